"""Bot persistence inside the caller's unit of work: conversation state, button tokens, dedup."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot import tables as t


@dataclass(slots=True)
class UserState:
    """What the bot remembers about one user between messages."""

    user_key: str
    language: str | None = None
    client_language: str | None = None
    chat_id: str | None = None
    scope_kind: str | None = None  # "live" | "video"
    scope_id: str | None = None
    focus_product_id: str | None = None
    last_results: list[str] = field(default_factory=list)
    list_start: int = 1  # the number shown on the first card of `last_results`
    last_search: dict[str, Any] | None = None
    pending: dict[str, Any] | None = None  # {"kind": "delivery", …}: the next message fills it
    exists: bool = False

    def pick(self, number: int) -> str | None:
        """The product a shopper means by "第N个": the card numbered N in the list they are
        looking at (on page 2, "第二个" is still card 2 of that list, not the page's second)."""
        ids = self.last_results
        if self.list_start <= number < self.list_start + len(ids):
            return ids[number - self.list_start] or None
        return None

    def show_list(self, ids: list[str], start: int) -> None:
        """Remember cards `start`, `start+1`, … as shown. A later page of the same list (start >
        1) extends what was seen of it, so every number on any of its pages stays valid."""
        if start <= 1 or not self.last_results:
            self.last_results, self.list_start = list(ids), max(start, 1)
            return
        seen = {self.list_start + i: pid for i, pid in enumerate(self.last_results) if pid}
        seen.update({start + i: pid for i, pid in enumerate(ids)})
        first, last = min(seen), max(seen)
        self.last_results = [seen.get(n, "") for n in range(first, last + 1)]
        self.list_start = first


@dataclass(frozen=True, slots=True)
class StoredToken:
    token: str
    user_key: str
    action: str
    args: dict[str, Any]
    expires_at: datetime


def new_token() -> str:
    """12 url-safe characters (72 random bits): short enough for any callback_data."""
    return secrets.token_urlsafe(9)


class BotRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self, table: t.Table) -> Any:
        bind = self.session.get_bind()
        if bind.dialect.name == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)

    # ---- user state -----------------------------------------------------------------------
    async def get_user(self, user_key: str) -> UserState:
        row = (
            (
                await self.session.execute(
                    select(t.bot_users).where(t.bot_users.c.user_key == user_key)
                )
            )
            .mappings()
            .first()
        )
        if row is None:
            return UserState(user_key=user_key)
        return UserState(
            user_key=user_key,
            language=row["language"],
            client_language=row["client_language"],
            chat_id=row["chat_id"],
            scope_kind=row["scope_kind"],
            scope_id=row["scope_id"],
            focus_product_id=row["focus_product_id"],
            last_results=list(row["last_results"] or []),
            list_start=row["list_start"] or 1,
            last_search=row["last_search"],
            pending=row["pending"],
            exists=True,
        )

    async def languages(self, user_keys: Sequence[str]) -> dict[str, tuple[str | None, str | None]]:
        """user key → (chosen language, client language), for users the bot has met."""
        out: dict[str, tuple[str | None, str | None]] = {}
        keys = list(dict.fromkeys(user_keys))
        c = t.bot_users.c
        for start in range(0, len(keys), 500):
            rows = await self.session.execute(
                select(c.user_key, c.language, c.client_language).where(
                    c.user_key.in_(keys[start : start + 500])
                )
            )
            out.update({key: (lang, client) for key, lang, client in rows})
        return out

    async def save_user(self, state: UserState, now: datetime) -> None:
        values = {
            "language": state.language,
            "client_language": state.client_language,
            "chat_id": state.chat_id,
            "scope_kind": state.scope_kind,
            "scope_id": state.scope_id,
            "focus_product_id": state.focus_product_id,
            "last_results": state.last_results,
            "list_start": state.list_start,
            "last_search": state.last_search,
            "pending": state.pending,
            "updated_at": now,
        }
        stmt = self._insert(t.bot_users).values(user_key=state.user_key, **values)
        stmt = stmt.on_conflict_do_update(index_elements=["user_key"], set_=values)
        await self.session.execute(stmt)
        state.exists = True

    # ---- button tokens --------------------------------------------------------------------
    async def issue_tokens(
        self, user_key: str, actions: Sequence[tuple[str, dict[str, Any]]], expires_at: datetime
    ) -> list[str]:
        """Store one fresh token per (action, args); returns them in the same order."""
        if not actions:
            return []
        tokens = [new_token() for _ in actions]
        await self.session.execute(
            t.bot_tokens.insert(),
            [
                {
                    "token": tok,
                    "user_key": user_key,
                    "action": action,
                    "args": args,
                    "expires_at": expires_at,
                }
                for tok, (action, args) in zip(tokens, actions, strict=True)
            ],
        )
        return tokens

    async def issue_token_rows(
        self, wanted: Sequence[tuple[str, str, dict[str, Any]]], expires_at: datetime
    ) -> list[str]:
        """One fresh token per (user key, action, args), in one insert; same order."""
        if not wanted:
            return []
        tokens = [new_token() for _ in wanted]
        await self.session.execute(
            t.bot_tokens.insert(),
            [
                {
                    "token": tok,
                    "user_key": user_key,
                    "action": action,
                    "args": args,
                    "expires_at": expires_at,
                }
                for tok, (user_key, action, args) in zip(tokens, wanted, strict=True)
            ],
        )
        return tokens

    async def resolve_token(self, token: str, user_key: str, now: datetime) -> StoredToken | None:
        """The token's action if it exists, belongs to `user_key` and has not expired."""
        if not token or len(token) > 24:
            return None
        row = (
            (await self.session.execute(select(t.bot_tokens).where(t.bot_tokens.c.token == token)))
            .mappings()
            .first()
        )
        if row is None or row["user_key"] != user_key or row["expires_at"] <= now:
            return None
        return StoredToken(
            token=token,
            user_key=row["user_key"],
            action=row["action"],
            args=dict(row["args"] or {}),
            expires_at=row["expires_at"],
        )

    async def prune_tokens(self, now: datetime) -> int:
        result = await self.session.execute(
            delete(t.bot_tokens).where(t.bot_tokens.c.expires_at <= now)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    # ---- duplicate updates ----------------------------------------------------------------
    async def mark_update(self, bot_id: int, update_id: int, now: datetime) -> bool:
        """Record an update id; False when it was already recorded (a re-delivery)."""
        stmt = (
            self._insert(t.bot_processed_updates)
            .values(bot_id=bot_id, update_id=update_id, processed_at=now)
            .on_conflict_do_nothing(index_elements=["bot_id", "update_id"])
        )
        result = await self.session.execute(stmt)
        return bool(getattr(result, "rowcount", 0))

    async def update_seen(self, bot_id: int, update_id: int) -> bool:
        """Whether an update id was recorded (handled) already."""
        row = await self.session.execute(
            select(t.bot_processed_updates.c.update_id).where(
                t.bot_processed_updates.c.bot_id == bot_id,
                t.bot_processed_updates.c.update_id == update_id,
            )
        )
        return row.first() is not None

    async def prune_updates(self, before: datetime) -> int:
        result = await self.session.execute(
            delete(t.bot_processed_updates).where(t.bot_processed_updates.c.processed_at < before)
        )
        return int(getattr(result, "rowcount", 0) or 0)
