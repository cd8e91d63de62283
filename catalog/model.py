"""Catalog domain: plain dataclasses with behaviour, no framework imports.

Money is `Decimal`; every datetime is timezone-aware.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

DEFAULT_CURRENCY = "CNY"
DEFAULT_RETURN_POLICY = "7day_no_reason"


class Platform(StrEnum):
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    OTHER = "other"


class ProductStatus(StrEnum):
    ON_SALE = "on_sale"
    OFF_SHELF = "off_shelf"


@dataclass(frozen=True, slots=True)
class Creator:
    id: str
    name: str
    platform: Platform
    handle: str | None = None
    bio: str | None = None
    followers: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Sku:
    """A variant of a product (colour, size, capacity …).

    `stock` is what the merchant's file says (the units given to Daihuo to sell); `held` is
    what Daihuo's own orders have taken from it (the inventory ledger); `available` is the
    difference. An inactive SKU was dropped from the merchant's file: kept (orders and held
    units refer to it) but never offered.
    """

    id: str
    attributes: dict[str, str]
    price: Decimal
    stock: int
    held: int = 0
    active: bool = True

    @property
    def label(self) -> str:
        return " / ".join(self.attributes.values()) or self.id

    @property
    def available(self) -> int:
        return max(0, self.stock - self.held) if self.active else 0


@dataclass(frozen=True, slots=True)
class Faq:
    q: str
    a: str


@dataclass(frozen=True, slots=True)
class Product:
    id: str
    title: str
    category: str
    price: Decimal
    stock: int
    description: str | None = None
    brand: str | None = None
    original_price: Decimal | None = None
    currency: str = DEFAULT_CURRENCY
    status: ProductStatus = ProductStatus.ON_SALE
    shop: str | None = None
    creator_id: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)
    skus: tuple[Sku, ...] = ()
    faqs: tuple[Faq, ...] = ()
    images: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    shipping: str | None = None
    return_policy: str = DEFAULT_RETURN_POLICY
    language: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    held: int = 0  # units held by orders at product level (products without SKUs)

    @property
    def category_path(self) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.category.split("/") if part.strip())

    @property
    def is_on_sale(self) -> bool:
        return self.status is ProductStatus.ON_SALE

    @property
    def available(self) -> int:
        """Units left to sell: the merchant's stock minus what Daihuo's orders hold."""
        if self.skus:
            return max(0, sum(s.available for s in self.skus) - self.held)
        return max(0, self.stock - self.held)

    @property
    def in_stock(self) -> bool:
        return self.available > 0

    @property
    def active_skus(self) -> tuple[Sku, ...]:
        return tuple(s for s in self.skus if s.active)

    @property
    def cover(self) -> str | None:
        return self.images[0] if self.images else None

    def sku(self, sku_id: str) -> Sku | None:
        return next((s for s in self.skus if s.id == sku_id), None)


@dataclass(frozen=True, slots=True)
class LiveRoom:
    """A live broadcast session; `product_ids` is its cart (小黄车) in display order."""

    id: str
    creator_id: str
    title: str
    starts_at: datetime
    ends_at: datetime
    product_ids: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def is_live(self, now: datetime) -> bool:
        return self.starts_at <= now < self.ends_at

    def is_upcoming(self, now: datetime) -> bool:
        return now < self.starts_at


@dataclass(frozen=True, slots=True)
class Video:
    id: str
    creator_id: str
    title: str
    published_at: datetime
    product_ids: tuple[str, ...] = ()
    description: str | None = None
    tags: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FlashSale:
    """A limited-time, limited-quantity price (秒杀)."""

    id: str
    product_id: str
    price: Decimal
    quantity: int
    starts_at: datetime
    ends_at: datetime
    sku_id: str | None = None
    live_room_id: str | None = None
    per_user_limit: int = 1
    extra: dict[str, Any] = field(default_factory=dict)
    sold: int = 0  # units taken by orders (the inventory ledger), never from a file

    @property
    def units_left(self) -> int:
        return max(0, self.quantity - self.sold)

    def is_active(self, now: datetime) -> bool:
        return self.starts_at <= now < self.ends_at

    def is_upcoming(self, now: datetime) -> bool:
        return now < self.starts_at


CatalogRecord = Creator | Product | LiveRoom | Video | FlashSale
