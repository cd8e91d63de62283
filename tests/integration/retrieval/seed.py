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

from sqlalchemy import delete, insert, update
from sqlalchemy.ext.asyncio import AsyncSession

from catalog import tables as t
from catalog.model import Creator, FlashSale, LiveRoom, Product, Video
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


async def _upsert(session: AsyncSession, table: t.Table, row_id: str, **values: Any) -> None:
    values.setdefault("updated_at", _stamp())
    result = await session.execute(update(table).where(table.c.id == row_id).values(**values))
    if result.rowcount == 0:  # type: ignore[attr-defined]
        await session.execute(insert(table).values(id=row_id, **values))


async def _links(
    session: AsyncSession, table: t.Table, owner: str, owner_id: str, product_ids: Iterable[str]
) -> None:
    await session.execute(delete(table).where(table.c[owner] == owner_id))
    for pos, pid in enumerate(product_ids):
        await session.execute(
            insert(table).values({owner: owner_id, "position": pos, "product_id": pid})
        )


async def seed(
    app: App,
    *,
    creators: Iterable[Creator] = (),
    products: Iterable[Product] = (),
    rooms: Iterable[LiveRoom] = (),
    videos: Iterable[Video] = (),
    sales: Iterable[FlashSale] = (),
) -> None:
    """Insert or update the given records in one transaction."""
    async with app.uow() as uow:
        s = uow.session
        for c in creators:
            await _upsert(
                s,
                t.creators,
                c.id,
                name=c.name,
                platform=c.platform.value,
                handle=c.handle,
                bio=c.bio,
                followers=c.followers,
                extra=c.extra,
                content_hash=_hash(c),
            )
        for p in products:
            await _upsert(
                s,
                t.products,
                p.id,
                title=p.title,
                description=p.description,
                brand=p.brand,
                category=p.category,
                price=p.price,
                original_price=p.original_price,
                currency=p.currency,
                stock=p.stock,
                status=p.status.value,
                shop=p.shop,
                creator_id=p.creator_id,
                attributes=p.attributes,
                faqs=[{"q": f.q, "a": f.a} for f in p.faqs],
                images=list(p.images),
                tags=list(p.tags),
                shipping=p.shipping,
                return_policy=p.return_policy,
                language=p.language,
                extra=p.extra,
                content_hash=_hash(p),
            )
            await s.execute(delete(t.skus).where(t.skus.c.product_id == p.id))
            for pos, sku in enumerate(p.skus):
                await s.execute(
                    insert(t.skus).values(
                        product_id=p.id,
                        id=sku.id,
                        position=pos,
                        attributes=sku.attributes,
                        price=sku.price,
                        stock=sku.stock,
                    )
                )
        for r in rooms:
            await _upsert(
                s,
                t.live_rooms,
                r.id,
                creator_id=r.creator_id,
                title=r.title,
                starts_at=r.starts_at,
                ends_at=r.ends_at,
                extra=r.extra,
                content_hash=_hash(r),
            )
            await _links(s, t.live_room_products, "live_room_id", r.id, r.product_ids)
        for v in videos:
            await _upsert(
                s,
                t.videos,
                v.id,
                creator_id=v.creator_id,
                title=v.title,
                description=v.description,
                published_at=v.published_at,
                tags=list(v.tags),
                extra=v.extra,
                content_hash=_hash(v),
            )
            await _links(s, t.video_products, "video_id", v.id, v.product_ids)
        for fs in sales:
            await _upsert(
                s,
                t.flash_sales,
                fs.id,
                product_id=fs.product_id,
                sku_id=fs.sku_id,
                live_room_id=fs.live_room_id,
                price=fs.price,
                quantity=fs.quantity,
                per_user_limit=fs.per_user_limit,
                starts_at=fs.starts_at,
                ends_at=fs.ends_at,
                extra=fs.extra,
                content_hash=_hash(fs),
            )
        await uow.commit()


async def remove_product(app: App, product_id: str) -> None:
    """Delete a product and every link to it."""
    async with app.uow() as uow:
        s = uow.session
        for table in (t.live_room_products, t.video_products, t.flash_sales, t.skus):
            await s.execute(delete(table).where(table.c.product_id == product_id))
        await s.execute(delete(t.products).where(t.products.c.id == product_id))
        await uow.commit()
