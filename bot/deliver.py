"""Deliverers for the outbox dispatcher (`ground.dispatch`): render rows in the recipient's
language, mint button tokens for the recipient, send through a channel, report the outcome.

`prepare` does all the database work for a batch of messages in one transaction (languages,
quiet hours, rendering, button tokens); `send` is only the channel call. The dispatcher marks a
message `sending` between the two, so a crash can only leave messages whose request was really
about to go out, or had gone, in doubt.
"""

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
from ground.dispatch import Delivery, Outcome, Prepared
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

    def special(self, rows: Sequence[StoredMessage]) -> Prepared | None:
        """A row that is an API call of its own rather than a message (None: a message)."""
        return None

    async def prepare(
        self, messages: Sequence[Sequence[StoredMessage]]
    ) -> list[Prepared | Delivery]:
        """Each message as a reply in its recipient's language and time zone with tokens on
        its buttons — or, for alerts, a `Delivery` saying not now (quiet hours: HOLD) or not
        any more (EXPIRED); a renderer failure is that message's FAILED, not everyone's."""
        from bot.actions import token_expiry

        now = self.infra.clock.now()
        settings = self.infra.settings
        out: list[Prepared | Delivery | None] = [None] * len(messages)
        todo: list[tuple[int, list[StoredMessage]]] = []
        for i, rows in enumerate(messages):
            special = self.special(rows)
            if special is not None:
                out[i] = special
                continue
            live = [r for r in rows if not _expired(r, now)]
            if not live:
                out[i] = Delivery(Outcome.EXPIRED, error="no longer relevant when it could go")
            else:
                todo.append((i, live))
        if todo:
            users = [rows[0].user_key for _, rows in todo if rows[0].user_key]
            async with self.infra.write_lock(), self.infra.uow() as uow:
                repo = BotRepository(uow.session)
                langs = await repo.languages(users)
                prefs = await load_prefs(uow, settings, users)
                replies: list[tuple[int, str | None, Reply]] = []
                for i, rows in todo:
                    user_key = rows[0].user_key
                    pref = prefs.get(user_key) if user_key else None
                    if pref is not None and all(
                        r.kind in HOLDABLE_KINDS and not r.urgent for r in rows
                    ):
                        until = pref.hold_until(now)
                        if until > now:
                            out[i] = Delivery(Outcome.HOLD, due_at=until)
                            continue
                    chosen, client = langs.get(user_key or "", (None, None))
                    lang = language_for(chosen, client, settings.default_language)
                    tz = pref.timezone if pref is not None else settings.timezone
                    try:
                        reply = render(NoticeCtx(lang, tz, now), rows)
                    except UnknownKind as exc:
                        out[i] = Delivery(
                            Outcome.FAILED, error=f"no renderer for outbox kind {exc}"
                        )
                        continue
                    except Exception as exc:  # a renderer bug must not stop the others
                        log.exception("rendering outbox rows %s failed", [r.id for r in rows])
                        out[i] = Delivery(Outcome.FAILED, error=f"{type(exc).__name__}: {exc}")
                        continue
                    replies.append((i, user_key, reply))
                wanted = []
                owners = []
                for _, user_key, reply in replies:
                    buttons = [b for b in reply.all_buttons() if b.action and b.token is None]
                    if not user_key:
                        reply.buttons = []  # nobody to own the tokens: no buttons
                        continue
                    for b in buttons:
                        wanted.append((user_key, b.action or "", b.args))
                        owners.append(b)
                tokens = await repo.issue_token_rows(wanted, token_expiry(now))
                for button, token in zip(owners, tokens, strict=True):
                    button.token = token
                await uow.commit()
            for i, _, reply in replies:
                out[i] = Prepared(messages[i][0].chat_id, reply)
        assert all(o is not None for o in out)
        return [o for o in out if o is not None]

    async def send(self, prepared: Prepared) -> Delivery:
        raise NotImplementedError


class TerminalDeliverer(BotDeliverer):
    """The terminal chat: messages for its user are printed between turns."""

    def __init__(self, infra: Infra, out: TextIO, chat_id: str) -> None:
        super().__init__(infra)
        self.out = out
        self.chat_id = chat_id
        self.last: Reply | None = None

    async def send(self, prepared: Prepared) -> Delivery:
        from bot.render.text import render_text

        if prepared.chat_id != self.chat_id:  # the dispatcher only claims this chat's rows
            return Delivery(Outcome.RETRY, error="recipient is not this terminal")
        reply = prepared.content
        assert isinstance(reply, Reply)
        self.out.write("bot> 🔔 " + render_text(reply).replace("\n", "\n     ") + "\n")
        self.out.flush()
        self.last = reply
        return Delivery(Outcome.SENT, ref="terminal")
