"""Filters as numpy masks over the indexed products.

Chroma's metadata `where` costs ~60 ms per query at 100k products; instead the filterable fields
live here as compact columns (price in cents, units available, status, category/creator/
platform codes) plus small membership lists for live rooms, videos and flash sales. A mask for
any combination of filters costs well under a millisecond.

Prices come from the one pricing function (`catalog.pricing.best_offer`): the column holds each
product's best regular price; the few products with a flash sale keep their full `Product` so
their price at a moment is exactly what a card shows. That price array is cached until the next
moment a sale starts or ends, or an inventory change arrives.

Freshness: a catalog import changes the fingerprint (row counts, last `updated_at`) and the table
is rebuilt; a sale only moves `inventory_at`, and `refresh_inventory` re-reads just the products
and sales whose inventory changed since the last look (no full reload per order).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog import tables as t
from catalog.model import Creator, FlashSale, LiveRoom, Product, ProductStatus
from catalog.pricing import best_offer
from catalog.repository import CatalogRepository
from retrieval.types import SearchFilters

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
FLASH_SOON_SECONDS = 3 * 3600  # "快开始的秒杀" / "秒杀预告": sales starting within three hours


def cents(value: Decimal) -> int:
    return int((value * 100).to_integral_value())


@dataclass(slots=True)
class _PriceCache:
    valid_from: datetime
    valid_until: datetime | None
    version: int
    price: np.ndarray


@dataclass(slots=True)
class FilterTable:
    """Filterable columns aligned with the index rows (row i = index ids[i])."""

    ids: list[str]
    present: np.ndarray  # bool: product exists in the catalog
    on_sale: np.ndarray  # bool
    price: np.ndarray  # int64 cents: the best regular price (cheapest option a shopper can buy)
    stock: np.ndarray  # int64: units available (stock minus what orders hold)
    category: np.ndarray  # int32 code into `categories`
    creator: np.ndarray  # int32 code into `creator_ids` (-1 = none)
    categories: list[str]
    creator_ids: list[str]
    creator_platform: list[str]
    creators: list[Creator]
    rooms: list[LiveRoom]
    room_rows: dict[str, np.ndarray]
    video_rows: dict[str, np.ndarray]
    sales_by_product: dict[str, list[FlashSale]] = field(default_factory=dict)
    sale_products: dict[str, Product] = field(default_factory=dict)  # products with a sale
    # Each product's rooms, earliest start first, and creator names: what a card shows, read
    # once with the table instead of per search (every room's cart, every search, was the
    # most expensive part of fetching a result page).
    rooms_by_product: dict[str, list[LiveRoom]] = field(default_factory=dict)
    creator_names: dict[str, str] = field(default_factory=dict)
    fingerprint: tuple[Any, ...] = ()
    inventory_seen: datetime | None = None  # latest inventory change read into the table
    version: int = 0  # bumped by every inventory refresh (invalidates the price cache)
    row: dict[str, int] = field(default_factory=dict)
    _category_cache: dict[str, np.ndarray] = field(default_factory=dict)
    _price_cache: _PriceCache | None = None

    @property
    def size(self) -> int:
        return len(self.ids)

    def base_mask(self) -> np.ndarray:
        """Products that may be shown at all: in the catalog and on sale (never off-shelf)."""
        return self.present & self.on_sale

    def _boundaries(self, now: datetime) -> tuple[datetime, datetime | None]:
        """The window around `now` in which no sale starts or ends."""
        start, end = EPOCH, None
        for sales in self.sales_by_product.values():
            for s in sales:
                for moment in (s.starts_at, s.ends_at):
                    if moment <= now:
                        start = max(start, moment)
                    elif end is None or moment < end:
                        end = moment
        return start, end

    def effective_price(self, now: datetime) -> np.ndarray:
        """Price in cents per row at `now`, as `catalog.pricing.best_offer` gives it."""
        cache = self._price_cache
        if (
            cache is not None
            and cache.version == self.version
            and cache.valid_from <= now
            and (cache.valid_until is None or now < cache.valid_until)
        ):
            return cache.price
        price = self.price
        running = [
            pid
            for pid, sales in self.sales_by_product.items()
            if pid in self.row and any(s.is_active(now) for s in sales)
        ]
        if running:
            price = price.copy()
            for pid in running:
                product = self.sale_products.get(pid)
                if product is None:
                    continue
                offer = best_offer(product, sales=self.sales_by_product[pid], now=now)
                price[self.row[pid]] = cents(offer.price)
        start, end = self._boundaries(now)
        self._price_cache = _PriceCache(start, end, self.version, price)
        return price

    def live_rows(self, now: datetime) -> np.ndarray:
        rows = [
            self.room_rows[r.id] for r in self.rooms if r.is_live(now) and r.id in self.room_rows
        ]
        return np.unique(np.concatenate(rows)) if rows else np.zeros(0, dtype=np.int64)

    def flash_rows(self, now: datetime) -> np.ndarray:
        """Rows with a flash sale running now that still has units (what "秒杀中" means)."""
        rows = [
            self.row[pid]
            for pid, sales in self.sales_by_product.items()
            if pid in self.row and any(s.is_active(now) and s.units_left > 0 for s in sales)
        ]
        return np.array(rows, dtype=np.int64)

    def upcoming_flash_rows(self, now: datetime, within_seconds: float) -> np.ndarray:
        """Rows with a flash sale starting within `within_seconds` from now."""
        rows = [
            self.row[pid]
            for pid, sales in self.sales_by_product.items()
            if pid in self.row
            and any(
                s.is_upcoming(now) and (s.starts_at - now).total_seconds() <= within_seconds
                for s in sales
            )
        ]
        return np.array(rows, dtype=np.int64)

    def mask(self, filters: SearchFilters, now: datetime) -> np.ndarray:
        """Rows passing every filter (always excludes off-shelf and deleted products)."""
        m = self.base_mask()
        if filters.min_price is not None or filters.max_price is not None:
            price = self.effective_price(now)
            if filters.min_price is not None:
                m &= price >= cents(filters.min_price)
            if filters.max_price is not None:
                m &= price <= cents(filters.max_price)
        if filters.in_stock:
            m &= self.stock > 0
        if filters.category_prefix:
            m &= self._category_mask(filters.category_prefix)
        if filters.creator_id is not None:
            code = _index(self.creator_ids, filters.creator_id)
            m &= self.creator == code
        if filters.platform:
            codes = [i for i, p in enumerate(self.creator_platform) if p == filters.platform]
            m &= np.isin(self.creator, codes)
        if filters.live_room_id is not None:
            m &= _rows_mask(self.size, self.room_rows.get(filters.live_room_id))
        if filters.video_id is not None:
            m &= _rows_mask(self.size, self.video_rows.get(filters.video_id))
        if filters.live_now:
            m &= _rows_mask(self.size, self.live_rows(now))
        if filters.on_flash_sale:
            m &= _rows_mask(self.size, self.flash_rows(now))
        if filters.flash_soon:
            m &= _rows_mask(self.size, self.upcoming_flash_rows(now, FLASH_SOON_SECONDS))
        return m

    def _category_mask(self, prefix: str) -> np.ndarray:
        cached = self._category_cache.get(prefix)
        if cached is None:
            want = [p.strip() for p in prefix.split("/") if p.strip()]
            codes = [
                i
                for i, cat in enumerate(self.categories)
                if [p.strip() for p in cat.split("/") if p.strip()][: len(want)] == want
            ]
            cached = np.isin(self.category, codes)
            self._category_cache[prefix] = cached
        return cached


def _index(items: list[str], value: str) -> int:
    try:
        return items.index(value)
    except ValueError:
        return -2  # matches nothing (-1 means "no creator")


def _rows_mask(size: int, rows: np.ndarray | None) -> np.ndarray:
    m = np.zeros(size, dtype=bool)
    if rows is not None and len(rows):
        m[rows] = True
    return m


async def catalog_fingerprint(session: AsyncSession) -> tuple[Any, ...]:
    """Cheap summary that changes whenever the catalog itself does (row counts, last update).
    Sales and cancellations do not change it; they move `inventory_mark`."""
    parts: list[Any] = []
    for table in (t.products, t.flash_sales, t.live_rooms, t.videos, t.creators):
        row = (await session.execute(select(func.count(), func.max(table.c.updated_at)))).one()
        parts.extend([row[0], str(row[1])])
    return tuple(parts)


async def inventory_mark(session: AsyncSession) -> datetime | None:
    """The latest inventory change (an order took or gave back units)."""
    latest: datetime | None = None
    for table in (t.products, t.skus, t.flash_sales):
        value = (await session.execute(select(func.max(table.c.inventory_at)))).scalar()
        if value is not None and (latest is None or value > latest):
            latest = value
    return latest


async def _sku_summary(
    session: AsyncSession, product_ids: list[str] | None
) -> dict[str, tuple[int, int, int]]:
    """product id → (units available over active SKUs, best in-stock SKU price in cents (or
    -1), best SKU price in cents) for products with active SKUs."""
    s = t.skus
    stmt = select(s.c.product_id, s.c.price, s.c.stock, s.c.held).where(s.c.active.is_(True))
    if product_ids is not None:
        stmt = stmt.where(s.c.product_id.in_(product_ids))
    out: dict[str, list[int]] = {}
    for pid, price, stock, held in await session.execute(stmt):
        avail = max(0, stock - held)
        c = cents(price)
        entry = out.get(pid)
        if entry is None:
            out[pid] = [avail, c if avail > 0 else -1, c]
            continue
        entry[0] += avail
        if avail > 0 and (entry[1] < 0 or c < entry[1]):
            entry[1] = c
        entry[2] = min(entry[2], c)
    return {pid: (a, b, c) for pid, (a, b, c) in out.items()}


def _row_values(
    p_price: Decimal, p_stock: int, p_held: int, summary: tuple[int, int, int] | None
) -> tuple[int, int]:
    """(best regular price in cents, units available) as `best_offer` / `Product.available`
    compute them for a product without a running sale."""
    if summary is None:
        return cents(p_price), max(0, p_stock - p_held)
    available, best_in_stock, best_any = summary
    return (best_in_stock if best_in_stock >= 0 else best_any), max(0, available - p_held)


async def load_filter_table(session: AsyncSession, ids: list[str]) -> FilterTable:
    """Build the table for the given index rows from the catalog (light columns only)."""
    # A narrow read of the columns filters need: loading 100k full products (JSON attributes,
    # SKUs) would take seconds; this takes a fraction of one.
    fingerprint = await catalog_fingerprint(session)
    seen = await inventory_mark(session)
    row_of = {pid: i for i, pid in enumerate(ids)}
    n = len(ids)
    present = np.zeros(n, dtype=bool)
    on_sale = np.zeros(n, dtype=bool)
    price = np.zeros(n, dtype=np.int64)
    stock = np.zeros(n, dtype=np.int64)
    category = np.zeros(n, dtype=np.int32)
    creator = np.full(n, -1, dtype=np.int32)
    categories: dict[str, int] = {}
    repo = CatalogRepository(session)
    creators = await repo.list_creators()
    creator_code = {c.id: i for i, c in enumerate(creators)}
    summaries = await _sku_summary(session, None)
    result = await session.execute(
        select(
            t.products.c.id,
            t.products.c.price,
            t.products.c.stock,
            t.products.c.held,
            t.products.c.status,
            t.products.c.category,
            t.products.c.creator_id,
        )
    )
    on_sale_value = ProductStatus.ON_SALE.value
    for pid, p_price, p_stock, p_held, p_status, p_category, p_creator in result:
        i = row_of.get(pid)
        if i is None:
            continue
        present[i] = True
        on_sale[i] = p_status == on_sale_value
        price[i], stock[i] = _row_values(p_price, p_stock, p_held, summaries.get(pid))
        category[i] = categories.setdefault(p_category, len(categories))
        if p_creator is not None:
            creator[i] = creator_code.get(p_creator, -1)
    rooms = await repo.list_live_rooms()
    videos = await repo.list_videos()
    sales_by_product, sale_products = await _sales(repo, None, row_of)

    def rows(product_ids: tuple[str, ...]) -> np.ndarray:
        return np.array([row_of[p] for p in product_ids if p in row_of], dtype=np.int64)

    return FilterTable(
        ids=ids,
        present=present,
        on_sale=on_sale,
        price=price,
        stock=stock,
        category=category,
        creator=creator,
        categories=list(categories),
        creator_ids=[c.id for c in creators],
        creator_platform=[c.platform.value for c in creators],
        creators=creators,
        rooms=rooms,
        room_rows={r.id: rows(r.product_ids) for r in rooms},
        video_rows={v.id: rows(v.product_ids) for v in videos},
        sales_by_product=sales_by_product,
        sale_products=sale_products,
        rooms_by_product=_rooms_by_product(rooms),
        creator_names={c.id: c.name for c in creators},
        fingerprint=fingerprint,
        inventory_seen=seen,
        row=row_of,
    )


def _rooms_by_product(rooms: list[LiveRoom]) -> dict[str, list[LiveRoom]]:
    out: dict[str, list[LiveRoom]] = {}
    for room in sorted(rooms, key=lambda r: r.starts_at):
        for pid in dict.fromkeys(room.product_ids):
            out.setdefault(pid, []).append(room)
    return out


async def _sales(
    repo: CatalogRepository, product_ids: list[str] | None, row_of: dict[str, int]
) -> tuple[dict[str, list[FlashSale]], dict[str, Product]]:
    sales = await repo.list_flash_sales(product_ids)
    by_product: dict[str, list[FlashSale]] = defaultdict(list)
    for s in sales:
        if s.product_id in row_of:
            by_product[s.product_id].append(s)
    products = {p.id: p for p in await repo.get_products(list(by_product))}
    return dict(by_product), products


async def refresh_inventory(session: AsyncSession, table: FilterTable) -> bool:
    """Apply inventory changes since the table last looked: units available and prices of the
    products whose stock moved, and the `sold` counts of flash sales. Returns True when
    anything changed. Cheap: only rows with a newer `inventory_at` are read."""
    mark = await inventory_mark(session)
    since = table.inventory_seen
    if mark is None or (since is not None and mark <= since):
        return False
    p, s, f = t.products, t.skus, t.flash_sales
    after = (lambda col: col > since) if since is not None else (lambda col: col.is_not(None))
    changed: set[str] = set()
    changed |= {
        pid for (pid,) in await session.execute(select(p.c.id).where(after(p.c.inventory_at)))
    }
    changed |= {
        pid
        for (pid,) in await session.execute(select(s.c.product_id).where(after(s.c.inventory_at)))
    }
    sale_products = {
        pid
        for (pid,) in await session.execute(select(f.c.product_id).where(after(f.c.inventory_at)))
    }
    ids = [pid for pid in changed if pid in table.row]
    if ids:
        summaries = await _sku_summary(session, ids)
        rows = await session.execute(
            select(p.c.id, p.c.price, p.c.stock, p.c.held).where(p.c.id.in_(ids))
        )
        for pid, p_price, p_stock, p_held in rows:
            i = table.row[pid]
            table.price[i], table.stock[i] = _row_values(
                p_price, p_stock, p_held, summaries.get(pid)
            )
    reload = [pid for pid in (changed | sale_products) if pid in table.sales_by_product]
    reload += [pid for pid in sale_products if pid in table.row and pid not in reload]
    if reload:
        repo = CatalogRepository(session)
        by_product, products = await _sales(repo, reload, table.row)
        table.sales_by_product.update(by_product)
        table.sale_products.update(products)
    table.inventory_seen = mark
    table.version += 1
    return True
