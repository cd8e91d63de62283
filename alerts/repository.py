"""Alerts persistence inside the caller's unit of work."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from alerts import tables as t
from alerts.model import Subscription, SubscriptionKind


def subscription_from_row(r: RowMapping) -> Subscription:
    return Subscription(
        id=int(r["id"]),
        user_key=r["user_key"],
        chat_id=r["chat_id"],
        kind=SubscriptionKind(r["kind"]),
        target_id=r["target_id"],
        params=dict(r["params"] or {}),
        muted=bool(r["muted"]),
        active=bool(r["active"]),
        created_at=r["created_at"],
    )


class SubscriptionRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self) -> Any:
        dialect = self.session.get_bind().dialect.name
        return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(t.subscriptions)

    async def add(
        self,
        user_key: str,
        chat_id: str,
        kind: SubscriptionKind,
        target_id: str,
        now: datetime,
        params: dict[str, Any] | None = None,
    ) -> bool:
        """Subscribe; False when the same subscription already existed (it is re-activated)."""
        c = t.subscriptions.c
        stmt = (
            self._insert()
            .values(
                user_key=user_key,
                chat_id=chat_id,
                kind=kind.value,
                target_id=target_id,
                params=params,
                muted=False,
                active=True,
                created_at=now,
                updated_at=now,
            )
            .on_conflict_do_nothing(index_elements=["user_key", "kind", "target_id"])
        )
        result = await self.session.execute(stmt)
        created = bool(getattr(result, "rowcount", 0))
        if not created:
            from sqlalchemy import update

            await self.session.execute(
                update(t.subscriptions)
                .where(c.user_key == user_key, c.kind == kind.value, c.target_id == target_id)
                .values(active=True, chat_id=chat_id, updated_at=now)
            )
        return created

    async def get(
        self, user_key: str, kind: SubscriptionKind, target_id: str
    ) -> Subscription | None:
        c = t.subscriptions.c
        row = (
            (
                await self.session.execute(
                    select(t.subscriptions).where(
                        c.user_key == user_key, c.kind == kind.value, c.target_id == target_id
                    )
                )
            )
            .mappings()
            .first()
        )
        return subscription_from_row(row) if row else None

    async def for_user(self, user_key: str) -> list[Subscription]:
        c = t.subscriptions.c
        rows = await self.session.execute(
            select(t.subscriptions).where(c.user_key == user_key, c.active.is_(True)).order_by(c.id)
        )
        return [subscription_from_row(r) for r in rows.mappings()]
