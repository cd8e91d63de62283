"""Alerts persistence inside the caller's unit of work."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from alerts import tables as t
from alerts.model import Broadcast, Subscription, SubscriptionKind


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

    async def update_params(
        self,
        user_key: str,
        kind: SubscriptionKind,
        target_id: str,
        params: dict[str, Any],
        now: datetime,
    ) -> None:
        c = t.subscriptions.c
        await self.session.execute(
            update(t.subscriptions)
            .where(c.user_key == user_key, c.kind == kind.value, c.target_id == target_id)
            .values(params=params, updated_at=now)
        )

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

    async def by_id(self, subscription_id: int) -> Subscription | None:
        row = (
            (
                await self.session.execute(
                    select(t.subscriptions).where(t.subscriptions.c.id == subscription_id)
                )
            )
            .mappings()
            .first()
        )
        return subscription_from_row(row) if row else None

    async def for_targets(
        self, kind: SubscriptionKind, target_ids: list[str]
    ) -> list[Subscription]:
        """Active, unmuted subscriptions of one kind to any of `target_ids`."""
        if not target_ids:
            return []
        c = t.subscriptions.c
        rows = await self.session.execute(
            select(t.subscriptions)
            .where(
                c.kind == kind.value,
                c.target_id.in_(target_ids),
                c.active.is_(True),
                c.muted.is_(False),
            )
            .order_by(c.id)
        )
        return [subscription_from_row(r) for r in rows.mappings()]

    async def of_kind(self, kind: SubscriptionKind) -> list[Subscription]:
        c = t.subscriptions.c
        rows = await self.session.execute(
            select(t.subscriptions)
            .where(c.kind == kind.value, c.active.is_(True), c.muted.is_(False))
            .order_by(c.id)
        )
        return [subscription_from_row(r) for r in rows.mappings()]

    async def update(self, subscription_id: int, now: datetime, **values: Any) -> bool:
        result = await self.session.execute(
            update(t.subscriptions)
            .where(t.subscriptions.c.id == subscription_id)
            .values(updated_at=now, **values)
        )
        return bool(getattr(result, "rowcount", 0))

    async def delete(self, subscription_id: int) -> bool:
        result = await self.session.execute(
            delete(t.subscriptions).where(t.subscriptions.c.id == subscription_id)
        )
        await self.session.execute(
            delete(t.watch_hits).where(t.watch_hits.c.subscription_id == subscription_id)
        )
        return bool(getattr(result, "rowcount", 0))

    async def deactivate_user(self, user_key: str, now: datetime) -> int:
        result = await self.session.execute(
            update(t.subscriptions)
            .where(t.subscriptions.c.user_key == user_key, t.subscriptions.c.active.is_(True))
            .values(active=False, updated_at=now)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def count_followers(self, creator_id: str) -> int:
        c = t.subscriptions.c
        return int(
            (
                await self.session.execute(
                    select(func.count()).where(
                        c.kind == SubscriptionKind.CREATOR.value,
                        c.target_id == creator_id,
                        c.active.is_(True),
                    )
                )
            ).scalar_one()
        )

    # ---- preferences --------------------------------------------------------------------
    async def prefs(self, user_keys: list[str]) -> dict[str, dict[str, Any]]:
        if not user_keys:
            return {}
        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(user_keys), 500):
            rows = await self.session.execute(
                select(t.alert_prefs).where(
                    t.alert_prefs.c.user_key.in_(user_keys[start : start + 500])
                )
            )
            out.update({r["user_key"]: dict(r) for r in rows.mappings()})
        return out

    async def set_prefs(self, user_key: str, now: datetime, **values: Any) -> None:
        stmt = (
            (
                postgresql.insert
                if self.session.get_bind().dialect.name == "postgresql"
                else sqlite.insert
            )(t.alert_prefs)
            .values(user_key=user_key, updated_at=now, **values)
            .on_conflict_do_update(index_elements=["user_key"], set_={"updated_at": now, **values})
        )
        await self.session.execute(stmt)

    # ---- moments ------------------------------------------------------------------------
    async def claim_moment(self, key: str, now: datetime) -> bool:
        """True for exactly one caller per key, across processes."""
        stmt = (
            (
                postgresql.insert
                if self.session.get_bind().dialect.name == "postgresql"
                else sqlite.insert
            )(t.alert_moments)
            .values(key=key[:200], done_at=now)
            .on_conflict_do_nothing(index_elements=["key"])
        )
        result = await self.session.execute(stmt)
        return bool(getattr(result, "rowcount", 0))

    # ---- watches ------------------------------------------------------------------------
    async def watch_hit(self, subscription_id: int, product_id: str) -> int | None:
        row = (
            await self.session.execute(
                select(t.watch_hits.c.price_cents).where(
                    t.watch_hits.c.subscription_id == subscription_id,
                    t.watch_hits.c.product_id == product_id,
                )
            )
        ).first()
        return int(row[0]) if row else None

    async def record_hit(
        self, subscription_id: int, product_id: str, price_cents: int, now: datetime
    ) -> None:
        dialect = self.session.get_bind().dialect.name
        ins = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(t.watch_hits)
        stmt = ins.values(
            subscription_id=subscription_id, product_id=product_id, price_cents=price_cents, at=now
        ).on_conflict_do_update(
            index_elements=["subscription_id", "product_id"],
            set_={"price_cents": price_cents, "at": now},
        )
        await self.session.execute(stmt)

    # ---- broadcasts ---------------------------------------------------------------------
    async def add_broadcast(self, values: dict[str, Any]) -> int:
        result = await self.session.execute(
            insert(t.broadcasts).values(**values).returning(t.broadcasts.c.id)
        )
        return int(result.scalar_one())

    async def set_recipients(self, broadcast_id: int, n: int) -> None:
        await self.session.execute(
            update(t.broadcasts).where(t.broadcasts.c.id == broadcast_id).values(recipients=n)
        )

    async def broadcast(self, broadcast_id: int) -> Broadcast | None:
        row = (
            (
                await self.session.execute(
                    select(t.broadcasts).where(t.broadcasts.c.id == broadcast_id)
                )
            )
            .mappings()
            .first()
        )
        return _broadcast(row) if row else None

    async def broadcasts_of(self, creator_id: str, limit: int = 10) -> list[Broadcast]:
        rows = await self.session.execute(
            select(t.broadcasts)
            .where(t.broadcasts.c.creator_id == creator_id)
            .order_by(t.broadcasts.c.id.desc())
            .limit(limit)
        )
        return [_broadcast(r) for r in rows.mappings()]

    async def record_open(self, broadcast_id: int, user_key: str, now: datetime) -> bool:
        dialect = self.session.get_bind().dialect.name
        ins = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(t.broadcast_opens)
        result = await self.session.execute(
            ins.values(
                broadcast_id=broadcast_id, user_key=user_key, at=now
            ).on_conflict_do_nothing()
        )
        return bool(getattr(result, "rowcount", 0))

    async def opens(self, broadcast_id: int) -> list[tuple[str, datetime]]:
        rows = await self.session.execute(
            select(t.broadcast_opens.c.user_key, t.broadcast_opens.c.at).where(
                t.broadcast_opens.c.broadcast_id == broadcast_id
            )
        )
        return [(u, at) for u, at in rows]

    async def buyers_after(self, creator_id: str, opens: list[tuple[str, datetime]]) -> int:
        """How many of these people ordered from the creator after they opened (orders that
        were not cancelled or left unpaid)."""
        from orders import tables as ot

        if not opens:
            return 0
        c = ot.orders.c
        first_open = min(at for _, at in opens)
        opened = dict(opens)
        rows = await self.session.execute(
            select(c.user_key, c.created_at).where(
                c.creator_id == creator_id,
                c.user_key.in_(list(opened)),
                c.created_at >= first_open,
                c.status.not_in(["cancelled", "expired"]),
            )
        )
        return len({user for user, at in rows if at >= opened[user]})


def _broadcast(r: Any) -> Broadcast:
    return Broadcast(
        id=int(r["id"]),
        creator_id=r["creator_id"],
        text=r["text"],
        created_by=r["created_by"],
        created_at=r["created_at"],
        product_id=r["product_id"],
        live_room_id=r["live_room_id"],
        recipients=int(r["recipients"]),
    )
