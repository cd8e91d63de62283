"""Write domain objects straight into the catalog tables (retrieval tests only).

Retrieval tests must not depend on the importer's validation rules; this writes exactly the rows
a test describes (insert or update), with a content hash that changes when the object does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete

from catalog import tables as t
from catalog.model import Creator, FlashSale, LiveRoom, Product, Video
from catalog.repository import LINK_TABLES, RECORD_TABLES, link_rows, record_row, sku_rows
from daihuo.bootstrap import App

_STAMP = datetime(2026, 1, 1, tzinfo=UTC)
_tick = 0


def _hash(obj: Any) -> str:
    return hashlib.md5(repr(asdict(obj)).encode()).hexdigest()


def _stamp() -> datetime:
    """Strictly increasing `updated_at` values, like real writes."""
    global _tick
    _tick += 1
    return _STAMP + timedelta(milliseconds=_tick)


async def seed(
    app: App,
    *,
    creators: Iterable[Creator] = (),
    products: Iterable[Product] = (),
    rooms: Iterable[LiveRoom] = (),
    videos: Iterable[Video] = (),
    sales: Iterable[FlashSale] = (),
) -> None:
    """Insert or update the given records in one transaction, through the repository's own
    domain → row mapping (the importer's write path, without its validation)."""
    batches: list[tuple[str, list[Any]]] = [
        ("creator", list(creators)),
        ("product", list(products)),
        ("live_room", list(rooms)),
        ("video", list(videos)),
        ("flash_sale", list(sales)),
    ]
    async with app.uow() as uow:
        repo = uow.catalog
        for record_type, records in batches:
            if not records:
                continue
            table = RECORD_TABLES[record_type]
            rows = [record_row(r, table, _hash(r), _stamp()) for r in records]
            await repo.upsert(record_type, rows, chunk=500)
            ids = [r.id for r in records]
            if record_type == "product":
                skus = [row for p in records for row in sku_rows(p)]
                await repo.replace_children(t.skus, "product_id", ids, skus, chunk=500)
            elif record_type in LINK_TABLES:
                link_table, owner = LINK_TABLES[record_type]
                links = [row for r in records for row in link_rows(owner, r)]
                await repo.replace_children(link_table, owner, ids, links, chunk=500)
        await uow.commit()


async def remove_product(app: App, product_id: str) -> None:
    """Delete a product and every link to it."""
    async with app.uow() as uow:
        s = uow.session
        for table in (t.live_room_products, t.video_products, t.flash_sales, t.skus):
            await s.execute(delete(table).where(table.c.product_id == product_id))
        await s.execute(delete(t.products).where(t.products.c.id == product_id))
        await uow.commit()
