"""The catalog event log: what changed, written in the transaction that changed it.

Kinds (`EventKind`) and their `data`:

* `product_added` / `product_changed` — a product was imported new / with new content;
* `price_changed` — {"old": "199.00", "new": "169.00"} for the product or one SKU;
* `back_in_stock` — a product or SKU went from nothing left to some left (a re-import raised
  its stock, or an order gave units back);
* `flash_sale_added` / `flash_sale_changed`, `live_room_added` / `live_room_changed`.

A consumer (`EventLog.consume`) reads the events after its cursor and advances the cursor in
the same transaction as whatever it does with them, so each consumer handles each event exactly
once even with several processes (the cursor row is locked while it works).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from catalog import tables as t


class EventKind(StrEnum):
    PRODUCT_ADDED = "product_added"
    PRODUCT_CHANGED = "product_changed"
    PRICE_CHANGED = "price_changed"
    BACK_IN_STOCK = "back_in_stock"
    FLASH_SALE_ADDED = "flash_sale_added"
    FLASH_SALE_CHANGED = "flash_sale_changed"
    LIVE_ROOM_ADDED = "live_room_added"
    LIVE_ROOM_CHANGED = "live_room_changed"


@dataclass(frozen=True, slots=True)
class CatalogEvent:
    kind: EventKind
    product_id: str | None = None
    sku_id: str | None = None
    ref_id: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    id: int = 0
    at: datetime | None = None


class EventLog:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def append(self, events: Sequence[CatalogEvent], now: datetime) -> None:
        for start in range(0, len(events), 2000):
            await self.session.execute(
                insert(t.catalog_events),
                [
                    {
                        "kind": e.kind.value,
                        "product_id": e.product_id,
                        "sku_id": e.sku_id,
                        "ref_id": e.ref_id,
                        "data": e.data or None,
                        "at": now,
                    }
                    for e in events[start : start + 2000]
                ],
            )

    async def consume(self, consumer: str, *, limit: int = 500) -> tuple[list[CatalogEvent], int]:
        """Lock `consumer`'s cursor and return the events after it (oldest first) with the id
        to store once they are handled (`advance`). Two processes consuming under one name take
        turns: the second waits for the first's transaction (PostgreSQL row lock; SQLite has one
        writer)."""
        dialect = self.session.get_bind().dialect.name
        ins = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(t.event_cursors)
        await self.session.execute(
            ins.values(consumer=consumer, last_id=0).on_conflict_do_nothing(
                index_elements=["consumer"]
            )
        )
        stmt = select(t.event_cursors.c.last_id).where(t.event_cursors.c.consumer == consumer)
        if dialect == "postgresql":
            stmt = stmt.with_for_update()
        else:
            # Take SQLite's write lock now, so the read below and the advance are one step.
            await self.session.execute(
                update(t.event_cursors)
                .where(t.event_cursors.c.consumer == consumer)
                .values(last_id=t.event_cursors.c.last_id)
            )
        last = int((await self.session.execute(stmt)).scalar_one())
        events = await self._after(last, limit)
        return events, (events[-1].id if events else last)

    async def peek(self, consumer: str, *, limit: int = 500) -> list[CatalogEvent]:
        """The events after `consumer`'s cursor, locking nothing (to prepare work that
        `consume` then commits)."""
        last = (
            await self.session.execute(
                select(t.event_cursors.c.last_id).where(t.event_cursors.c.consumer == consumer)
            )
        ).scalar_one_or_none()
        return await self._after(int(last or 0), limit)

    async def _after(self, last: int, limit: int) -> list[CatalogEvent]:
        e = t.catalog_events.c
        rows = (
            await self.session.execute(
                select(t.catalog_events).where(e.id > last).order_by(e.id).limit(limit)
            )
        ).mappings()
        return [
            CatalogEvent(
                kind=EventKind(r["kind"]),
                product_id=r["product_id"],
                sku_id=r["sku_id"],
                ref_id=r["ref_id"],
                data=dict(r["data"] or {}),
                id=int(r["id"]),
                at=r["at"],
            )
            for r in rows
        ]

    async def advance(self, consumer: str, last_id: int) -> None:
        await self.session.execute(
            update(t.event_cursors)
            .where(t.event_cursors.c.consumer == consumer)
            .values(last_id=last_id)
        )

    async def latest_id(self) -> int:
        from sqlalchemy import func

        return int(
            (
                await self.session.execute(
                    select(func.coalesce(func.max(t.catalog_events.c.id), 0))
                )
            ).scalar_one()
        )
