"""Sending outbox messages through the Bot API, with Telegram's errors mapped to outcomes."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta

from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.deliver import BotDeliverer
from bot.render.telegram_html import (
    CAPTION_LIMIT,
    MESSAGE_LIMIT,
    button_label,
    callback_data,
    render,
)
from bot.reply import Reply
from ground.dispatch import Delivery, Outcome, Prepared
from ground.infra import Infra
from ground.outbox import StoredMessage
from orders.notices import STARS_REFUND

log = logging.getLogger(__name__)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True).to_dict()


def keyboard_json(reply: Reply) -> dict[str, object] | None:
    """The inline keyboard as the Bot API's JSON (what `bot.telegram.app.keyboard` builds as
    PTB objects), without the objects: a broadcast builds thousands."""
    rows = [
        [
            {"text": button_label(b), "url": b.url}
            if b.url
            else {"text": button_label(b), "callback_data": callback_data(b)}
            for b in row
        ]
        for row in reply.buttons
    ]
    return {"inline_keyboard": rows} if rows else None


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
        params: dict[str, object] = {"chat_id": target, "parse_mode": ParseMode.HTML.value}
        if reply.photo and render(reply.lines, CAPTION_LIMIT) == render(reply.lines, MESSAGE_LIMIT):
            method = "sendPhoto"
            params.update(photo=reply.photo, caption=render(reply.lines, CAPTION_LIMIT))
        else:
            method = "sendMessage"
            params.update(text=render(reply.lines, MESSAGE_LIMIT), link_preview_options=NO_PREVIEW)
        markup = keyboard_json(reply)
        if markup is not None:
            params["reply_markup"] = markup
        if self.paid_broadcast:
            params["allow_paid_broadcast"] = True
        try:
            result = await self._post(method, params)
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
        message_id = result.get("message_id") if isinstance(result, dict) else None
        return Delivery(Outcome.SENT, ref=str(message_id))

    async def _post(self, method: str, params: dict[str, object]) -> object:
        """One Bot API call through the bot's transport (its error mapping: RetryAfter,
        Forbidden …), without building PTB objects for the answer: a broadcast makes
        thousands of these and only needs the message id back."""
        request = RequestData(
            [RequestParameter(name, value, None) for name, value in params.items()]
        )
        return await self.bot.request.post(f"{self.bot.base_url}/{method}", request_data=request)
