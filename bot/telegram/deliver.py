"""Sending outbox messages through the Bot API, with Telegram's errors mapped to outcomes."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.deliver import BotDeliverer
from bot.render.telegram_html import CAPTION_LIMIT, MESSAGE_LIMIT, render
from bot.reply import Reply
from bot.telegram.app import keyboard
from ground.dispatch import Delivery, Outcome, Prepared
from ground.infra import Infra
from ground.outbox import StoredMessage
from orders.notices import STARS_REFUND

log = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def telegram_chat_id(chat_id: str) -> int:
    """`tg:42` → 42."""
    prefix, _, number = chat_id.partition(":")
    if prefix != "tg" or not number.lstrip("-").isdigit():
        raise ValueError(f"not a Telegram chat: {chat_id!r}")
    return int(number)


class TelegramDeliverer(BotDeliverer):
    """Sends with its own `Bot` (no PTB rate limiter: the dispatcher's limiter decides)."""

    def __init__(self, infra: Infra, bot: Bot, *, paid_broadcast: bool = False) -> None:
        super().__init__(infra)
        self.bot = bot
        self.paid_broadcast = paid_broadcast

    def special(self, rows: Sequence[StoredMessage]) -> Prepared | None:
        if rows[0].kind == STARS_REFUND:
            return Prepared(rows[0].chat_id, rows[0])
        return None

    async def _refund_stars(self, row: StoredMessage) -> Delivery:
        """refundStarPayment with the stored charge id: an API call made at most once."""
        try:
            user_id = telegram_chat_id(row.user_key or row.chat_id)
            await self.bot.refund_star_payment(
                user_id=user_id, telegram_payment_charge_id=str(row.payload["charge_id"])
            )
        except (ValueError, KeyError) as exc:
            return Delivery(Outcome.FAILED, error=str(exc))
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            return Delivery(Outcome.RETRY_AFTER, retry_after=seconds, error=str(exc))
        except (BadRequest, Forbidden) as exc:
            return Delivery(Outcome.FAILED, error=str(exc))
        except TimedOut as exc:
            return Delivery(Outcome.UNKNOWN, error=str(exc))
        except NetworkError as exc:
            return Delivery(Outcome.RETRY, error=str(exc))
        return Delivery(Outcome.SENT, ref="refunded")

    async def send(self, prepared: Prepared) -> Delivery:
        if isinstance(prepared.content, StoredMessage):
            return await self._refund_stars(prepared.content)
        reply = prepared.content
        assert isinstance(reply, Reply)
        try:
            target = telegram_chat_id(prepared.chat_id)
        except ValueError as exc:
            return Delivery(Outcome.FAILED, error=str(exc))
        paid = True if self.paid_broadcast else None
        try:
            if reply.photo and render(reply.lines, CAPTION_LIMIT) == render(
                reply.lines, MESSAGE_LIMIT
            ):
                message = await self.bot.send_photo(
                    target,
                    reply.photo,
                    caption=render(reply.lines, CAPTION_LIMIT),
                    parse_mode=ParseMode.HTML,
                    reply_markup=keyboard(reply),
                    allow_paid_broadcast=paid,
                )
            else:
                message = await self.bot.send_message(
                    target,
                    render(reply.lines, MESSAGE_LIMIT),
                    parse_mode=ParseMode.HTML,
                    reply_markup=keyboard(reply),
                    link_preview_options=NO_PREVIEW,
                    allow_paid_broadcast=paid,
                )
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            return Delivery(Outcome.RETRY_AFTER, retry_after=seconds, error=str(exc))
        except Forbidden as exc:
            return Delivery(Outcome.BLOCKED, error=str(exc))
        except ChatMigrated as exc:
            return Delivery(Outcome.FAILED, error=f"chat moved to {exc.new_chat_id}")
        except BadRequest as exc:
            return Delivery(Outcome.FAILED, error=str(exc))
        except TimedOut as exc:
            # The request may have reached Telegram: resending could show it twice.
            return Delivery(Outcome.UNKNOWN, error=str(exc))
        except NetworkError as exc:
            return Delivery(Outcome.RETRY, error=str(exc))
        return Delivery(Outcome.SENT, ref=str(message.message_id))
