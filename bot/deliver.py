"""Deliverers for the outbox dispatcher (`ground.dispatch`): render rows in the recipient's
language, mint button tokens for the recipient, send through a channel, report the outcome."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import TextIO

from alerts.model import HOLDABLE_KINDS
from alerts.services import load_prefs
from bot.i18n import language_for
from bot.notify import NoticeCtx, UnknownKind, render
from bot.reply import Reply
from bot.repository import BotRepository
from ground.dispatch import Delivery, Outcome
from ground.infra import Infra
from ground.outbox import StoredMessage

log = logging.getLogger(__name__)


def _expired(row: StoredMessage, now: datetime) -> bool:
    """An alert that is no use any more (a live that ended, a sale that closed)."""
    stamp = row.payload.get("expires_at")
    if not stamp:
        return False
    try:
        return datetime.fromisoformat(str(stamp)) <= now
    except ValueError:
        return False


class BotDeliverer:
    """What every channel shares: the recipient's language, rendering, button tokens."""

    def __init__(self, infra: Infra) -> None:
        self.infra = infra

    def is_group(self, chat_id: str) -> bool:
        return chat_id.startswith("tg:-")

    async def prepare(self, rows: Sequence[StoredMessage]) -> Reply | Delivery:
        """The rows as one reply in the recipient's language and time zone, with tokens on
        its buttons — or, for alerts, a `Delivery` saying not now (quiet hours: HOLD) or not
        any more (EXPIRED)."""
        from bot.actions import token_expiry

        now = self.infra.clock.now()
        live = [r for r in rows if not _expired(r, now)]
        if not live:
            return Delivery(Outcome.EXPIRED, error="no longer relevant when it could be sent")
        user_key = rows[0].user_key
        async with self.infra.write_lock(), self.infra.uow() as uow:
            repo = BotRepository(uow.session)
            user = await repo.get_user(user_key) if user_key else None
            prefs = (
                (await load_prefs(uow, self.infra.settings, [user_key]))[user_key]
                if user_key
                else None
            )
            if prefs is not None and all(r.kind in HOLDABLE_KINDS and not r.urgent for r in live):
                until = prefs.hold_until(now)
                if until > now:
                    return Delivery(Outcome.HOLD, due_at=until)
            lang = language_for(
                user.language if user else None,
                user.client_language if user else None,
                self.infra.settings.default_language,
            )
            tz = prefs.timezone if prefs is not None else self.infra.settings.timezone
            reply = render(NoticeCtx(lang, tz, now), live)
            buttons = [b for b in reply.all_buttons() if b.action and b.token is None]
            if buttons and user_key:
                tokens = await repo.issue_tokens(
                    user_key, [(b.action or "", b.args) for b in buttons], token_expiry(now)
                )
                for b, tok in zip(buttons, tokens, strict=True):
                    b.token = tok
                await uow.commit()
            elif buttons:
                reply.buttons = []  # no recipient to own the tokens: no buttons
        return reply

    async def deliver(self, messages: Sequence[StoredMessage]) -> Delivery:
        try:
            reply = await self.prepare(messages)
        except UnknownKind as exc:
            return Delivery(Outcome.FAILED, error=f"no renderer for outbox kind {exc}")
        if isinstance(reply, Delivery):
            return reply
        return await self.send(messages[0].chat_id, reply)

    async def send(self, chat_id: str, reply: Reply) -> Delivery:
        raise NotImplementedError


class TerminalDeliverer(BotDeliverer):
    """The terminal chat: messages for its user are printed between turns."""

    def __init__(self, infra: Infra, out: TextIO, chat_id: str) -> None:
        super().__init__(infra)
        self.out = out
        self.chat_id = chat_id
        self.last: Reply | None = None

    async def send(self, chat_id: str, reply: Reply) -> Delivery:
        from bot.render.text import render_text

        if chat_id != self.chat_id:  # the dispatcher only claims this chat's rows
            return Delivery(Outcome.RETRY, error="recipient is not this terminal")
        self.out.write("bot> 🔔 " + render_text(reply).replace("\n", "\n     ") + "\n")
        self.out.flush()
        self.last = reply
        return Delivery(Outcome.SENT, ref="terminal")
