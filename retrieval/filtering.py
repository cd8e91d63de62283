"""Filters as numpy masks over the indexed products.

Chroma's metadata `where` costs ~60 ms per query at 100k products; instead the filterable fields
live here as compact columns (price in cents, stock, status, category/creator/platform codes)
plus small membership lists for live rooms, videos and flash sales. A mask for any combination
of filters costs well under a millisecond. The table is refreshed from the catalog when it
changes; time-dependent filters (live now, flash price) are evaluated against the clock on every
query, so they are right even between refreshes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from catalog import tables as t
from catalog.model import Creator, FlashSale, LiveRoom, ProductStatus, Video
from retrieval.types import SearchFilters


def cents(value: Decimal) -> int:
    return int((value * 100).to_integral_value())


@dataclass(slots=True)
class _Sale:
    id: str
    row: int
    price_cents: int
    starts_at: datetime
    ends_at: datetime
    product_wide: bool


@dataclass(slots=True)
class FilterTable:
    """Filterable columns aligned with the index rows (row i = index ids[i])."""

    ids: list[str]
    present: np.ndarray  # bool: product exists in the catalog
    on_sale: np.ndarray  # bool
    price: np.ndarray  # int64 cents
    stock: np.ndarray  # int64
    category: np.ndarray  # int32 code into `categories`
    creator: np.ndarray  # int32 code into `creator_ids` (-1 = none)
    categories: list[str]
    creator_ids: list[str]
    creator_platform: list[str]
    creators: list[Creator]
    rooms: list[LiveRoom]
    room_rows: dict[str, np.ndarray]
    video_rows: dict[str, np.ndarray]
    sales: list[_Sale]
    sales_by_product: dict[str, list[FlashSale]] = field(default_factory=dict)
    fingerprint: tuple[Any, ...] = ()
    _category_cache: dict[str, np.ndarray] = field(default_factory=dict)

    @property
    def size(self) -> int:
        return len(self.ids)

    def base_mask(self) -> np.ndarray:
        """Products that may be shown at all: in the catalog and on sale (never off-shelf)."""
        return self.present & self.on_sale

    def effective_price(self, now: datetime) -> np.ndarray:
        """Price in cents per row, with the lowest running product-wide flash price applied."""
        price = self.price
        running = [s for s in self.sales if s.product_wide and s.starts_at <= now < s.ends_at]
        if not running:
            return price
        price = price.copy()
        for sale in running:
            price[sale.row] = min(price[sale.row], sale.price_cents)
        return price

    def live_rows(self, now: datetime) -> np.ndarray:
        rows = [
            self.room_rows[r.id] for r in self.rooms if r.is_live(now) and r.id in self.room_rows
        ]
        return np.unique(np.concatenate(rows)) if rows else np.zeros(0, dtype=np.int64)

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
            running = [s.row for s in self.sales if s.starts_at <= now < s.ends_at]
            m &= _rows_mask(self.size, np.array(running, dtype=np.int64))
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
    """Cheap summary that changes whenever the catalog does (row counts and last update)."""
    parts: list[Any] = []
    for table in (t.products, t.flash_sales, t.live_rooms, t.videos, t.creators):
        row = (await session.execute(select(func.count(), func.max(table.c.updated_at)))).one()
        parts.extend([row[0], str(row[1])])
    return tuple(parts)


async def load_filter_table(session: AsyncSession, ids: list[str]) -> FilterTable:
    """Build the table for the given index rows from the catalog (light columns only)."""
    from catalog.repository import CatalogRepository

    # A narrow read of the product columns filters need: loading 100k full products (JSON
    # attributes, SKUs) would take seconds; this takes a fraction of one.
    fingerprint = await catalog_fingerprint(session)
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
    result = await session.execute(
        select(
            t.products.c.id,
            t.products.c.price,
            t.products.c.stock,
            t.products.c.status,
            t.products.c.category,
            t.products.c.creator_id,
        )
    )
    on_sale_value = ProductStatus.ON_SALE.value
    for pid, p_price, p_stock, p_status, p_category, p_creator in result:
        i = row_of.get(pid)
        if i is None:
            continue
        present[i] = True
        on_sale[i] = p_status == on_sale_value
        price[i] = cents(p_price)
        stock[i] = p_stock
        category[i] = categories.setdefault(p_category, len(categories))
        if p_creator is not None:
            creator[i] = creator_code.get(p_creator, -1)
    rooms = await repo.list_live_rooms()
    videos: list[Video] = await repo.list_videos()
    flash_sales = await repo.list_flash_sales()
    sales = [
        _Sale(s.id, row_of[s.product_id], cents(s.price), s.starts_at, s.ends_at, s.sku_id is None)
        for s in flash_sales
        if s.product_id in row_of
    ]
    sales_by_product: dict[str, list[FlashSale]] = {}
    for s in flash_sales:
        sales_by_product.setdefault(s.product_id, []).append(s)

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
        sales=sales,
        sales_by_product=sales_by_product,
        fingerprint=fingerprint,
    )
