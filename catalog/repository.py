"""Catalog persistence: reads that return domain objects; bulk writes used by the importer."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from itertools import islice
from typing import Any

from sqlalchemy import Table, delete, func, insert, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from catalog import tables as t
from catalog.model import (
    CatalogRecord,
    Creator,
    Faq,
    FlashSale,
    LiveRoom,
    Platform,
    Product,
    ProductStatus,
    Sku,
    Video,
)

# Record type → table, in dependency order (what `catalog.format.RECORD_TYPES` names).
RECORD_TABLES: dict[str, Table] = {
    "creator": t.creators,
    "product": t.products,
    "live_room": t.live_rooms,
    "video": t.videos,
    "flash_sale": t.flash_sales,
}
# Record type → (link table, owner column) for the ordered product lists of rooms and videos.
LINK_TABLES: dict[str, tuple[Table, str]] = {
    "live_room": (t.live_room_products, "live_room_id"),
    "video": (t.video_products, "video_id"),
}
_IN_CHUNK = 500


class CatalogRepository:
    """Reads and writes the catalog inside the caller's unit of work (one session)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # ---- creators -------------------------------------------------------------------------
    async def get_creator(self, creator_id: str) -> Creator | None:
        row = (
            (await self.session.execute(select(t.creators).where(t.creators.c.id == creator_id)))
            .mappings()
            .first()
        )
        return creator_from_row(row) if row else None

    async def list_creators(self) -> list[Creator]:
        rows = (await self.session.execute(select(t.creators).order_by(t.creators.c.id))).mappings()
        return [creator_from_row(r) for r in rows]

    # ---- products -------------------------------------------------------------------------
    async def get_product(self, product_id: str) -> Product | None:
        found = await self.get_products([product_id])
        return found[0] if found else None

    async def get_products(self, product_ids: Sequence[str]) -> list[Product]:
        """Products by id, in the order asked; unknown ids are left out."""
        if not product_ids:
            return []
        by_id: dict[str, Product] = {}
        unique = list(dict.fromkeys(product_ids))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            rows = (
                (await self.session.execute(select(t.products).where(t.products.c.id.in_(chunk))))
                .mappings()
                .all()
            )
            sku_map = await self._skus_for([r["id"] for r in rows])
            for row in rows:
                by_id[row["id"]] = product_from_row(row, sku_map.get(row["id"], ()))
        return [by_id[pid] for pid in product_ids if pid in by_id]

    async def iter_products(self, batch_size: int = 1000) -> AsyncIterator[list[Product]]:
        """Every product (on sale or not) in id order, a batch at a time."""
        last_id = ""
        while True:
            rows = (
                (
                    await self.session.execute(
                        select(t.products)
                        .where(t.products.c.id > last_id)
                        .order_by(t.products.c.id)
                        .limit(batch_size)
                    )
                )
                .mappings()
                .all()
            )
            if not rows:
                return
            sku_map = await self._skus_for([r["id"] for r in rows])
            yield [product_from_row(r, sku_map.get(r["id"], ())) for r in rows]
            last_id = rows[-1]["id"]

    async def product_hashes(self) -> dict[str, str]:
        """id → content hash of every product, to find what changed without loading rows."""
        rows = await self.session.execute(select(t.products.c.id, t.products.c.content_hash))
        return {pid: h for pid, h in rows}

    async def _skus_for(self, product_ids: Sequence[str]) -> dict[str, tuple[Sku, ...]]:
        if not product_ids:
            return {}
        rows = (
            await self.session.execute(
                select(t.skus)
                .where(t.skus.c.product_id.in_(product_ids))
                .order_by(t.skus.c.product_id, t.skus.c.position)
            )
        ).mappings()
        grouped: dict[str, list[Sku]] = defaultdict(list)
        for r in rows:
            grouped[r["product_id"]].append(
                Sku(
                    id=r["id"],
                    attributes=dict(r["attributes"] or {}),
                    price=r["price"],
                    stock=r["stock"],
                    held=r["held"],
                    active=bool(r["active"]),
                )
            )
        return {pid: tuple(s) for pid, s in grouped.items()}

    # ---- live rooms -----------------------------------------------------------------------
    async def get_live_room(self, room_id: str) -> LiveRoom | None:
        rooms = await self._live_rooms(select(t.live_rooms).where(t.live_rooms.c.id == room_id))
        return rooms[0] if rooms else None

    async def list_live_rooms(self) -> list[LiveRoom]:
        return await self._live_rooms(select(t.live_rooms).order_by(t.live_rooms.c.starts_at))

    async def live_rooms_live_at(self, now: datetime) -> list[LiveRoom]:
        return await self._live_rooms(
            select(t.live_rooms)
            .where(t.live_rooms.c.starts_at <= now, t.live_rooms.c.ends_at > now)
            .order_by(t.live_rooms.c.starts_at)
        )

    async def live_rooms_upcoming(self, now: datetime, limit: int = 20) -> list[LiveRoom]:
        return await self._live_rooms(
            select(t.live_rooms)
            .where(t.live_rooms.c.starts_at > now)
            .order_by(t.live_rooms.c.starts_at)
            .limit(limit)
        )

    async def live_rooms_starting(self, start: datetime, end: datetime) -> list[LiveRoom]:
        """Rooms whose start falls in [start, end) and that have not ended by `start`."""
        return await self._live_rooms(
            select(t.live_rooms)
            .where(
                t.live_rooms.c.starts_at >= start,
                t.live_rooms.c.starts_at < end,
                t.live_rooms.c.ends_at > start,
            )
            .order_by(t.live_rooms.c.starts_at)
        )

    async def live_rooms_of(self, creator_id: str) -> list[LiveRoom]:
        return await self._live_rooms(
            select(t.live_rooms)
            .where(t.live_rooms.c.creator_id == creator_id)
            .order_by(t.live_rooms.c.starts_at)
        )

    async def start_live_room_now(self, room_id: str, now: datetime) -> None:
        """A creator went live early: the room is live from `now` (its content hash stays, so
        re-importing the same file does not move the start back)."""
        from sqlalchemy import update

        await self.session.execute(
            update(t.live_rooms)
            .where(t.live_rooms.c.id == room_id, t.live_rooms.c.starts_at > now)
            .values(starts_at=now, updated_at=now)
        )

    async def _live_rooms(self, stmt: Any) -> list[LiveRoom]:
        rows = (await self.session.execute(stmt)).mappings().all()
        if not rows:
            return []
        links = await self._links(t.live_room_products, "live_room_id", [r["id"] for r in rows])
        return [live_room_from_row(r, links.get(r["id"], ())) for r in rows]

    # ---- videos ---------------------------------------------------------------------------
    async def get_video(self, video_id: str) -> Video | None:
        videos = await self._videos(select(t.videos).where(t.videos.c.id == video_id))
        return videos[0] if videos else None

    async def recent_videos(self, limit: int = 20) -> list[Video]:
        return await self._videos(
            select(t.videos).order_by(t.videos.c.published_at.desc()).limit(limit)
        )

    async def list_videos(self) -> list[Video]:
        return await self._videos(select(t.videos).order_by(t.videos.c.id))

    async def _videos(self, stmt: Any) -> list[Video]:
        rows = (await self.session.execute(stmt)).mappings().all()
        if not rows:
            return []
        links = await self._links(t.video_products, "video_id", [r["id"] for r in rows])
        return [video_from_row(r, links.get(r["id"], ())) for r in rows]

    async def _links(
        self, table: t.Table, owner_column: str, owner_ids: Sequence[str]
    ) -> dict[str, tuple[str, ...]]:
        owner = table.c[owner_column]
        rows = await self.session.execute(
            select(owner, table.c.product_id)
            .where(owner.in_(owner_ids))
            .order_by(owner, table.c.position)
        )
        grouped: dict[str, list[str]] = defaultdict(list)
        for owner_id, product_id in rows:
            grouped[owner_id].append(product_id)
        return {k: tuple(v) for k, v in grouped.items()}

    # ---- flash sales ----------------------------------------------------------------------
    async def get_flash_sale(self, sale_id: str) -> FlashSale | None:
        row = (
            (await self.session.execute(select(t.flash_sales).where(t.flash_sales.c.id == sale_id)))
            .mappings()
            .first()
        )
        return flash_sale_from_row(row) if row else None

    async def list_flash_sales(self, product_ids: Iterable[str] | None = None) -> list[FlashSale]:
        stmt = select(t.flash_sales).order_by(t.flash_sales.c.starts_at)
        if product_ids is not None:
            stmt = stmt.where(t.flash_sales.c.product_id.in_(list(product_ids)))
        rows = (await self.session.execute(stmt)).mappings()
        return [flash_sale_from_row(r) for r in rows]

    async def flash_sales_between(self, start: datetime, end: datetime) -> list[FlashSale]:
        """Flash sales whose window overlaps [start, end)."""
        rows = (
            await self.session.execute(
                select(t.flash_sales)
                .where(t.flash_sales.c.starts_at < end, t.flash_sales.c.ends_at > start)
                .order_by(t.flash_sales.c.starts_at)
            )
        ).mappings()
        return [flash_sale_from_row(r) for r in rows]

    async def flash_sales_starting(self, start: datetime, end: datetime) -> list[FlashSale]:
        """Flash sales whose start falls in [start, end)."""
        rows = (
            await self.session.execute(
                select(t.flash_sales)
                .where(t.flash_sales.c.starts_at >= start, t.flash_sales.c.starts_at < end)
                .order_by(t.flash_sales.c.starts_at)
            )
        ).mappings()
        return [flash_sale_from_row(r) for r in rows]

    async def products_of(self, creator_id: str, limit: int = 50) -> list[Product]:
        """A creator's products on sale, by id."""
        ids = (
            await self.session.execute(
                select(t.products.c.id)
                .where(t.products.c.creator_id == creator_id)
                .order_by(t.products.c.id)
                .limit(limit)
            )
        ).scalars()
        return [p for p in await self.get_products(list(ids)) if p.is_on_sale]

    # ---- summary --------------------------------------------------------------------------
    async def counts(self) -> dict[str, int]:
        """How many records of each type are stored."""
        result: dict[str, int] = {}
        for name, table in (
            ("creator", t.creators),
            ("product", t.products),
            ("live_room", t.live_rooms),
            ("video", t.videos),
            ("flash_sale", t.flash_sales),
        ):
            result[name] = (
                await self.session.execute(select(func.count()).select_from(table))
            ).scalar_one()
        return result

    # ---- bulk writes (the importer) ------------------------------------------------------
    async def content_hashes(self, record_type: str, ids: Iterable[str]) -> dict[str, str]:
        """id → stored content hash, for those of `ids` that exist."""
        table = RECORD_TABLES[record_type]
        found: dict[str, str] = {}
        wanted = list(ids)
        for start in range(0, len(wanted), _IN_CHUNK):
            rows = await self.session.execute(
                select(table.c.id, table.c.content_hash).where(
                    table.c.id.in_(wanted[start : start + _IN_CHUNK])
                )
            )
            found.update({rid: h for rid, h in rows})
        return found

    async def all_content_hashes(self, record_type: str) -> dict[str, str]:
        table = RECORD_TABLES[record_type]
        rows = await self.session.execute(select(table.c.id, table.c.content_hash))
        return {rid: h for rid, h in rows}

    async def product_pricing(self, product_ids: Iterable[str]) -> dict[str, tuple[Any, dict]]:
        """product id → (price, {sku id: price}) for stored products."""
        wanted = list(product_ids)
        result: dict[str, tuple[Any, dict]] = {}
        for start in range(0, len(wanted), _IN_CHUNK):
            chunk = wanted[start : start + _IN_CHUNK]
            rows = await self.session.execute(
                select(t.products.c.id, t.products.c.price).where(t.products.c.id.in_(chunk))
            )
            result.update({pid: (price, {}) for pid, price in rows})
            skus = await self.session.execute(
                select(t.skus.c.product_id, t.skus.c.id, t.skus.c.price).where(
                    t.skus.c.product_id.in_(chunk)
                )
            )
            for pid, sku_id, price in skus:
                result[pid][1][sku_id] = price
        return result

    async def flash_sales_ending_after(self, moment: datetime) -> list[FlashSale]:
        """Flash sales that are running or upcoming at `moment`."""
        rows = await self.session.execute(
            select(t.flash_sales).where(t.flash_sales.c.ends_at > moment)
        )
        return [flash_sale_from_row(r) for r in rows.mappings()]

    async def upsert(self, record_type: str, rows: Iterable[dict[str, Any]], chunk: int) -> None:
        """Insert rows or update those whose `content_hash` differs, in executemany chunks
        (rows may be a generator: only one chunk is built at a time)."""
        table = RECORD_TABLES[record_type]
        dialect = self.session.get_bind().dialect.name
        ins = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
        stmt = ins.on_conflict_do_update(
            index_elements=[c.name for c in table.primary_key.columns],
            set_={
                c.name: ins.excluded[c.name]
                for c in table.columns
                if not c.primary_key and c.name not in t.INVENTORY_COLUMNS
            },
            where=table.c.content_hash != ins.excluded.content_hash,
        )
        await self._executemany(stmt, rows, chunk)

    async def write_skus(
        self, product_ids: Sequence[str], rows: Iterable[dict[str, Any]], chunk: int
    ) -> None:
        """Make the SKUs of `product_ids` what `rows` say, keeping every SKU row (and its id)
        stable: listed SKUs are inserted or updated in place, SKUs the file no longer lists
        are deactivated, never deleted (orders and held units refer to them)."""
        dialect = self.session.get_bind().dialect.name
        ins = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(t.skus)
        stmt = ins.on_conflict_do_update(
            index_elements=["product_id", "id"],
            set_={
                "position": ins.excluded.position,
                "attributes": ins.excluded.attributes,
                "price": ins.excluded.price,
                "stock": ins.excluded.stock,
                "active": True,
            },
        )
        listed: set[tuple[str, str]] = set()

        def remember() -> Iterable[dict[str, Any]]:
            for row in rows:
                listed.add((row["product_id"], row["id"]))
                yield {**row, "active": True}

        await self._executemany(stmt, remember(), chunk)
        gone: list[dict[str, Any]] = []
        for start in range(0, len(product_ids), _IN_CHUNK):
            existing = await self.session.execute(
                select(t.skus.c.product_id, t.skus.c.id).where(
                    t.skus.c.product_id.in_(product_ids[start : start + _IN_CHUNK]),
                    t.skus.c.active.is_(True),
                )
            )
            gone += [{"p": pid, "s": sid} for pid, sid in existing if (pid, sid) not in listed]
        if gone:
            from sqlalchemy import bindparam, update

            await self._executemany(
                update(t.skus)
                .where(t.skus.c.product_id == bindparam("p"), t.skus.c.id == bindparam("s"))
                .values(active=False),
                gone,
                chunk,
            )

    async def replace_children(
        self,
        table: Table,
        owner_column: str,
        owner_ids: Sequence[str],
        rows: Iterable[dict[str, Any]],
        chunk: int,
    ) -> None:
        """Delete the child rows (SKUs, cart entries) of `owner_ids`, then insert `rows`."""
        owner = table.c[owner_column]
        for start in range(0, len(owner_ids), _IN_CHUNK):
            await self.session.execute(
                delete(table).where(owner.in_(owner_ids[start : start + _IN_CHUNK]))
            )
        await self._executemany(insert(table), rows, chunk)

    async def _executemany(self, stmt: Any, rows: Iterable[dict[str, Any]], chunk: int) -> None:
        connection = await self.session.connection()
        iterator = iter(rows)
        while part := list(islice(iterator, chunk)):
            await connection.execute(stmt, part)


# ---- row → domain -----------------------------------------------------------------------------
def creator_from_row(r: RowMapping) -> Creator:
    return Creator(
        id=r["id"],
        name=r["name"],
        platform=Platform(r["platform"]),
        handle=r["handle"],
        bio=r["bio"],
        followers=r["followers"],
        extra=dict(r["extra"] or {}),
    )


def product_from_row(r: RowMapping, skus: tuple[Sku, ...] = ()) -> Product:
    return Product(
        id=r["id"],
        title=r["title"],
        description=r["description"],
        brand=r["brand"],
        category=r["category"],
        price=r["price"],
        original_price=r["original_price"],
        currency=r["currency"],
        stock=r["stock"],
        status=ProductStatus(r["status"]),
        shop=r["shop"],
        creator_id=r["creator_id"],
        attributes=dict(r["attributes"] or {}),
        skus=skus,
        faqs=tuple(Faq(q=f["q"], a=f["a"]) for f in (r["faqs"] or [])),
        images=tuple(r["images"] or ()),
        tags=tuple(r["tags"] or ()),
        shipping=r["shipping"],
        return_policy=r["return_policy"],
        language=r["language"],
        extra=dict(r["extra"] or {}),
        held=r["held"],
    )


def live_room_from_row(r: RowMapping, product_ids: tuple[str, ...]) -> LiveRoom:
    return LiveRoom(
        id=r["id"],
        creator_id=r["creator_id"],
        title=r["title"],
        starts_at=r["starts_at"],
        ends_at=r["ends_at"],
        product_ids=product_ids,
        extra=dict(r["extra"] or {}),
    )


def video_from_row(r: RowMapping, product_ids: tuple[str, ...]) -> Video:
    return Video(
        id=r["id"],
        creator_id=r["creator_id"],
        title=r["title"],
        description=r["description"],
        published_at=r["published_at"],
        product_ids=product_ids,
        tags=tuple(r["tags"] or ()),
        extra=dict(r["extra"] or {}),
    )


def flash_sale_from_row(r: RowMapping) -> FlashSale:
    return FlashSale(
        id=r["id"],
        product_id=r["product_id"],
        sku_id=r["sku_id"],
        live_room_id=r["live_room_id"],
        price=r["price"],
        quantity=r["quantity"],
        per_user_limit=r["per_user_limit"],
        starts_at=r["starts_at"],
        ends_at=r["ends_at"],
        extra=dict(r["extra"] or {}),
        sold=r["sold"],
    )


# ---- domain → row -----------------------------------------------------------------------------
def record_row(
    obj: CatalogRecord, table: Table, content_hash: str, updated_at: datetime
) -> dict[str, Any]:
    """The row of a top-level record in `table` (SKUs and product lists go in their own tables)."""
    row: dict[str, Any] = {"content_hash": content_hash, "updated_at": updated_at}
    key = (table.name, type(obj).__name__)
    names = _RECORD_COLUMNS.get(key)
    if names is None:
        # Columns of the table filled from same-named attributes of the dataclass.
        fields = {f.name for f in dataclasses.fields(obj)}
        names = _RECORD_COLUMNS[key] = tuple(
            c.name for c in table.columns if c.name in fields and c.name not in t.INVENTORY_COLUMNS
        )
    for name in names:
        row[name] = _column_value(name, getattr(obj, name))
    return row


_RECORD_COLUMNS: dict[tuple[str, str], tuple[str, ...]] = {}


_PLAIN_TYPES = frozenset({str, int, Decimal, datetime})


def _column_value(name: str, value: Any) -> Any:
    if value is None or type(value) in _PLAIN_TYPES:  # the common case, checked first
        return value
    if isinstance(value, Platform | ProductStatus):
        return value.value
    if name == "attributes":
        # [key, value] pairs: JSONB sorts object keys, and attribute order is what shoppers see.
        return [[k, v] for k, v in value.items()] or None
    if name == "faqs":
        return [{"q": f.q, "a": f.a} for f in value] or None
    if isinstance(value, tuple | dict):
        return (list(value) if isinstance(value, tuple) else dict(value)) or None
    return value


def sku_rows(product: Product) -> list[dict[str, Any]]:
    return [
        {
            "product_id": product.id,
            "id": sku.id,
            "position": position,
            "attributes": _column_value("attributes", sku.attributes),
            "price": sku.price,
            "stock": sku.stock,
        }
        for position, sku in enumerate(product.skus)
    ]


def link_rows(owner_column: str, owner: LiveRoom | Video) -> list[dict[str, Any]]:
    return [
        {owner_column: owner.id, "position": position, "product_id": product_id}
        for position, product_id in enumerate(owner.product_ids)
    ]
