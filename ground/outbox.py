"""The outbox: messages caused by a change, written in the same transaction as the change.

A service that changes the world (an order is paid, a flash sale starts, a ticket is answered)
adds an `OutboxMessage` through `uow.outbox` before it commits; the message exists exactly when
the change does. A dispatcher (`ground.dispatch`) claims due rows and sends each at most once.

Row life: `pending` → `claimed` (a worker holds a lease on a batch) → `sending` (the worker is
about to call the Bot API for it; committed before the call) → `sent` | `failed` (permanent) |
back to `pending` with a later `due_at` (retry). A worker that dies leaves `claimed` rows that
were never attempted — they go back to `pending` — and at most one in-flight window of
`sending` rows whose fate is unknown: those become `unknown` and are never sent again (a
message sent twice is worse than a message reported as possibly lost; the Bot API has no
idempotency key that would make a resend safe).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    String,
    Table,
    Text,
    and_,
    bindparam,
    delete,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from ground.db import JsonColumn, UTCDateTime, metadata


class OutboxStatus(StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNKNOWN = "unknown"  # the worker died mid-send: maybe delivered, never resent
    CANCELLED = "cancelled"


outbox = Table(
    "outbox",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("kind", String(48), nullable=False),
    Column("chat_id", String(80), nullable=False),
    Column("user_key", String(80)),
    Column("payload", JsonColumn, nullable=False),
    Column("dedup_key", String(200), unique=True),
    Column("group_key", String(160)),
    Column("campaign", String(64)),
    Column("urgent", Boolean, nullable=False, default=False),
    Column("due_at", UTCDateTime, nullable=False),
    Column("status", String(16), nullable=False, default=OutboxStatus.PENDING.value),
    Column("attempts", Integer, nullable=False, default=0),
    Column("claimed_by", String(64)),
    Column("claimed_until", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("sent_at", UTCDateTime),
    Column("message_ref", String(64)),
    Column("error", Text),
    Index("ix_outbox_status_due", "status", "due_at"),
    Index("ix_outbox_campaign", "campaign"),
)


@dataclass(frozen=True, slots=True)
class OutboxMessage:
    """One message to one chat. `payload` is data (kind-specific), rendered at send time in the
    recipient's language — never copy text written by the service."""

    kind: str
    chat_id: str
    payload: dict[str, Any]
    user_key: str | None = None
    dedup_key: str | None = None  # one event → at most one message per recipient
    group_key: str | None = None  # pending rows with one group key go out as one message
    campaign: str | None = None  # e.g. "broadcast:12", for reach statistics
    urgent: bool = False  # True: not held back by the recipient's quiet hours
    due_at: datetime | None = None  # None: as soon as possible


@dataclass(frozen=True, slots=True)
class StoredMessage:
    id: int
    kind: str
    chat_id: str
    user_key: str | None
    payload: dict[str, Any]
    group_key: str | None
    campaign: str | None
    urgent: bool
    due_at: datetime
    status: OutboxStatus
    attempts: int
    created_at: datetime
    sent_at: datetime | None = None
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _stored(r: RowMapping) -> StoredMessage:
    return StoredMessage(
        id=int(r["id"]),
        kind=r["kind"],
        chat_id=r["chat_id"],
        user_key=r["user_key"],
        payload=dict(r["payload"] or {}),
        group_key=r["group_key"],
        campaign=r["campaign"],
        urgent=bool(r["urgent"]),
        due_at=r["due_at"],
        status=OutboxStatus(r["status"]),
        attempts=int(r["attempts"]),
        created_at=r["created_at"],
        sent_at=r["sent_at"],
        error=r["error"],
    )


class OutboxRepository:
    """The outbox inside the caller's unit of work."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self) -> Any:
        dialect = self.session.get_bind().dialect.name
        return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(outbox)

    async def add(self, message: OutboxMessage, now: datetime) -> bool:
        """Queue one message; False when its `dedup_key` was already queued (not added again)."""
        return bool(await self.add_many([message], now))

    async def add_many(self, messages: Sequence[OutboxMessage], now: datetime) -> int:
        """Queue messages; those whose `dedup_key` already exists are skipped. Returns how many
        were added."""
        if not messages:
            return 0
        rows = [
            {
                "kind": m.kind,
                "chat_id": m.chat_id,
                "user_key": m.user_key,
                "payload": m.payload,
                "dedup_key": m.dedup_key,
                "group_key": m.group_key,
                "campaign": m.campaign,
                "urgent": m.urgent,
                "due_at": m.due_at or now,
                "status": OutboxStatus.PENDING.value,
                "attempts": 0,
                "created_at": now,
            }
            for m in messages
        ]
        stmt = self._insert().on_conflict_do_nothing(index_elements=["dedup_key"])
        result = await self.session.execute(stmt, rows)
        count = getattr(result, "rowcount", None)
        return int(count) if count is not None and count >= 0 else len(rows)

    async def claim(
        self,
        worker: str,
        now: datetime,
        *,
        limit: int,
        lease: timedelta,
        chat_id: str | None = None,
    ) -> list[StoredMessage]:
        """Lease up to `limit` due rows to `worker`, oldest first. On PostgreSQL rows another
        worker holds are skipped (`FOR UPDATE SKIP LOCKED`), so several dispatchers share the
        queue without ever claiming one row twice; SQLite has one writer at a time anyway."""
        c = outbox.c
        due = (
            select(c.id)
            .where(c.status == OutboxStatus.PENDING.value, c.due_at <= now)
            .order_by(c.due_at, c.id)
            .limit(limit)
        )
        if chat_id is not None:
            due = due.where(c.chat_id == chat_id)
        if self.session.get_bind().dialect.name == "postgresql":
            due = due.with_for_update(skip_locked=True)
        stmt = (
            update(outbox)
            .where(c.id.in_(due.scalar_subquery()))
            .values(
                status=OutboxStatus.CLAIMED.value,
                claimed_by=worker,
                claimed_until=now + lease,
            )
            .returning(*outbox.c)
        )
        rows = (await self.session.execute(stmt)).mappings().all()
        return sorted((_stored(r) for r in rows), key=lambda m: (m.due_at, m.id))

    async def claim_group(
        self, worker: str, group_key: str, now: datetime, *, lease: timedelta, limit: int = 50
    ) -> list[StoredMessage]:
        """Also lease the other due rows of one group (they go out as one message)."""
        c = outbox.c
        stmt = (
            update(outbox)
            .where(
                c.group_key == group_key,
                c.status == OutboxStatus.PENDING.value,
                c.due_at <= now,
            )
            .values(status=OutboxStatus.CLAIMED.value, claimed_by=worker, claimed_until=now + lease)
            .returning(*outbox.c)
        )
        rows = (await self.session.execute(stmt)).mappings().all()
        return sorted((_stored(r) for r in rows), key=lambda m: m.id)[:limit]

    async def mark_sending(self, ids: Sequence[int], worker: str) -> None:
        """The worker is about to call the Bot API for these rows (committed first: a crash
        from here on leaves them `unknown`, never resent)."""
        if ids:
            await self.session.execute(
                update(outbox)
                .where(outbox.c.id.in_(list(ids)), outbox.c.claimed_by == worker)
                .values(status=OutboxStatus.SENDING.value, attempts=outbox.c.attempts + 1)
            )

    async def mark_sent(self, ids: Sequence[int], now: datetime, ref: str | None = None) -> None:
        if ids:
            await self.session.execute(
                update(outbox)
                .where(outbox.c.id.in_(list(ids)))
                .values(
                    status=OutboxStatus.SENT.value,
                    sent_at=now,
                    message_ref=ref,
                    claimed_by=None,
                    claimed_until=None,
                )
            )

    async def mark_sent_many(self, sent: Sequence[tuple[int, str | None]], now: datetime) -> None:
        """Many rows sent, each with its own message id, in one executemany."""
        if not sent:
            return
        stmt = (
            update(outbox)
            .where(outbox.c.id == bindparam("row_id"))
            .values(
                status=OutboxStatus.SENT.value,
                sent_at=now,
                message_ref=bindparam("ref"),
                claimed_by=None,
                claimed_until=None,
            )
        )
        await self.session.execute(stmt, [{"row_id": row_id, "ref": ref} for row_id, ref in sent])

    async def mark_failed(self, ids: Sequence[int], error: str) -> None:
        if ids:
            await self.session.execute(
                update(outbox)
                .where(outbox.c.id.in_(list(ids)))
                .values(
                    status=OutboxStatus.FAILED.value,
                    error=error[:2000],
                    claimed_by=None,
                    claimed_until=None,
                )
            )

    async def mark_unknown(self, ids: Sequence[int], error: str) -> None:
        """Maybe delivered (a timeout after the request went out): never sent again."""
        if ids:
            await self.session.execute(
                update(outbox)
                .where(outbox.c.id.in_(list(ids)))
                .values(
                    status=OutboxStatus.UNKNOWN.value,
                    error=error[:2000],
                    claimed_by=None,
                    claimed_until=None,
                )
            )

    async def mark_cancelled(self, ids: Sequence[int], error: str) -> None:
        """Not sent, on purpose (expired while it waited): never sent later."""
        if ids:
            await self.session.execute(
                update(outbox)
                .where(outbox.c.id.in_(list(ids)))
                .values(
                    status=OutboxStatus.CANCELLED.value,
                    error=error[:2000],
                    claimed_by=None,
                    claimed_until=None,
                )
            )

    async def count_attempt(self, ids: Sequence[int]) -> None:
        """An attempt that failed before sending (so `mark_sending` did not count it)."""
        if ids:
            await self.session.execute(
                update(outbox)
                .where(outbox.c.id.in_(list(ids)))
                .values(attempts=outbox.c.attempts + 1)
            )

    async def retry(self, ids: Sequence[int], due_at: datetime, error: str | None = None) -> None:
        """Give rows back to the queue, due again at `due_at` (a temporary failure, or a
        message held until the recipient's quiet hours end)."""
        if ids:
            await self.session.execute(
                update(outbox)
                .where(outbox.c.id.in_(list(ids)))
                .values(
                    status=OutboxStatus.PENDING.value,
                    due_at=due_at,
                    error=error[:2000] if error else None,
                    claimed_by=None,
                    claimed_until=None,
                )
            )

    async def release(self, ids: Sequence[int]) -> None:
        """Hand claimed rows that were never attempted back to the queue as they were."""
        if ids:
            await self.session.execute(
                update(outbox)
                .where(outbox.c.id.in_(list(ids)), outbox.c.status == OutboxStatus.CLAIMED.value)
                .values(status=OutboxStatus.PENDING.value, claimed_by=None, claimed_until=None)
            )

    async def recover(self, now: datetime) -> tuple[int, int]:
        """After a crash: expired `claimed` leases go back to `pending` (never attempted);
        expired `sending` rows become `unknown` (maybe delivered: never resent). Returns
        (requeued, unknown)."""
        c = outbox.c
        expired = and_(c.claimed_until.is_not(None), c.claimed_until < now)
        requeued = await self.session.execute(
            update(outbox)
            .where(c.status == OutboxStatus.CLAIMED.value, expired)
            .values(status=OutboxStatus.PENDING.value, claimed_by=None, claimed_until=None)
        )
        lost = await self.session.execute(
            update(outbox)
            .where(c.status == OutboxStatus.SENDING.value, expired)
            .values(
                status=OutboxStatus.UNKNOWN.value,
                error="the sending worker stopped mid-send; delivery unknown",
                claimed_by=None,
                claimed_until=None,
            )
        )
        return int(getattr(requeued, "rowcount", 0) or 0), int(getattr(lost, "rowcount", 0) or 0)

    async def recover_worker(self, worker: str) -> tuple[int, int]:
        """Rows a (restarted) worker held before it died: claimed → pending, sending →
        unknown. Returns (requeued, unknown)."""
        c = outbox.c
        requeued = await self.session.execute(
            update(outbox)
            .where(c.status == OutboxStatus.CLAIMED.value, c.claimed_by == worker)
            .values(status=OutboxStatus.PENDING.value, claimed_by=None, claimed_until=None)
        )
        lost = await self.session.execute(
            update(outbox)
            .where(c.status == OutboxStatus.SENDING.value, c.claimed_by == worker)
            .values(
                status=OutboxStatus.UNKNOWN.value,
                error="the sending worker stopped mid-send; delivery unknown",
                claimed_by=None,
                claimed_until=None,
            )
        )
        return int(getattr(requeued, "rowcount", 0) or 0), int(getattr(lost, "rowcount", 0) or 0)

    async def cancel_for_user(self, user_key: str, kinds: Sequence[str] | None = None) -> int:
        """Drop a recipient's pending messages (e.g. the shopper blocked the bot)."""
        c = outbox.c
        cond = [c.user_key == user_key, c.status == OutboxStatus.PENDING.value]
        if kinds:
            cond.append(c.kind.in_(list(kinds)))
        result = await self.session.execute(
            update(outbox).where(*cond).values(status=OutboxStatus.CANCELLED.value)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def next_due(self) -> datetime | None:
        """When the earliest pending row is due (a dispatcher sleeps until then)."""
        c = outbox.c
        return (
            await self.session.execute(
                select(func.min(c.due_at)).where(c.status == OutboxStatus.PENDING.value)
            )
        ).scalar_one_or_none()

    async def find(
        self,
        *,
        status: OutboxStatus | None = None,
        chat_id: str | None = None,
        kind: str | None = None,
        campaign: str | None = None,
        limit: int = 1000,
    ) -> list[StoredMessage]:
        c = outbox.c
        stmt = select(outbox).order_by(c.id).limit(limit)
        if status is not None:
            stmt = stmt.where(c.status == status.value)
        if chat_id is not None:
            stmt = stmt.where(c.chat_id == chat_id)
        if kind is not None:
            stmt = stmt.where(c.kind == kind)
        if campaign is not None:
            stmt = stmt.where(c.campaign == campaign)
        return [_stored(r) for r in (await self.session.execute(stmt)).mappings()]

    async def campaign_counts(self, campaign: str) -> dict[OutboxStatus, int]:
        """Rows of one campaign (a broadcast) by status."""
        c = outbox.c
        rows = await self.session.execute(
            select(c.status, func.count()).where(c.campaign == campaign).group_by(c.status)
        )
        return {OutboxStatus(status): int(n) for status, n in rows}

    async def prune(self, before: datetime) -> int:
        """Forget finished rows older than `before` (sent, failed, unknown, cancelled)."""
        c = outbox.c
        done = [
            OutboxStatus.SENT.value,
            OutboxStatus.FAILED.value,
            OutboxStatus.UNKNOWN.value,
            OutboxStatus.CANCELLED.value,
        ]
        result = await self.session.execute(
            delete(outbox).where(
                c.status.in_(done),
                or_(c.sent_at < before, and_(c.sent_at.is_(None), c.created_at < before)),
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)
