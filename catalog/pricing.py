"""The one price: what a line costs right now.

Every place that shows or charges a price — product cards, details, search filters and ranking,
Q&A, the cart, checkout and orders — asks `quote_line` (one product or SKU, a quantity, a
shopper) or `best_offer` (the lowest price a shopper can pay for a product now, for cards and
filters). Nothing else computes a unit price.

Rules (documented for merchants in docs/catalog-format.md):

* A running flash sale (`starts_at ≤ now < ends_at`) with units left applies; a sold-out sale
  does not (the shopper pays the regular price).
* A SKU-level sale applies to its SKU only, at its price.
* A product-wide sale on a product without SKUs sets its price. On a product with SKUs it takes
  the same amount off every SKU (the product price minus the flash price: "立减"), never below
  the flash price itself, so a 2-pack stays dearer than a single.
* When several sales apply to one line, the lowest price wins; a sale never raises a price.
* A flash price holds for at most the sale's units left and the shopper's `per_user_limit`
  minus the units of that sale already in their live orders; more than that is refused
  (`OVER_LIMIT`, `FLASH_SOLD_OUT` says how many are left), never silently charged at two prices.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from catalog.model import FlashSale, Product, Sku

ZERO = Decimal("0.00")


class QuoteProblem(StrEnum):
    """Why a line cannot be bought as asked."""

    NEEDS_SKU = "needs_sku"  # the product has variants: which one?
    UNKNOWN_SKU = "unknown_sku"
    OFF_SHELF = "off_shelf"
    SOLD_OUT = "sold_out"  # nothing left of this product/SKU
    NOT_ENOUGH_STOCK = "not_enough_stock"  # fewer left than asked
    OVER_LIMIT = "over_limit"  # more flash units than this shopper may still buy
    FLASH_SOLD_OUT = "flash_sold_out"  # fewer flash units left than asked
    BAD_QUANTITY = "bad_quantity"


@dataclass(frozen=True, slots=True)
class LineQuote:
    """The price of `quantity` units of one product (or one of its SKUs) for one shopper, now."""

    product_id: str
    sku_id: str | None
    quantity: int
    currency: str
    unit_price: Decimal  # what the shopper pays per unit
    regular_price: Decimal  # the SKU's or product's own price, before any flash sale
    compare_at: Decimal | None  # the struck-through price to show next to unit_price, if any
    flash_sale: FlashSale | None  # the sale that sets unit_price
    flash_units_left: int | None  # units left in that sale
    limit_left: int | None  # flash units this shopper may still buy (None: no sale applies)
    available: int  # units of this product/SKU left to sell
    problem: QuoteProblem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def total(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(Decimal("0.01"))

    @property
    def on_flash_sale(self) -> bool:
        return self.flash_sale is not None

    @property
    def max_quantity(self) -> int:
        """The most units this shopper can take on this line now."""
        most = self.available
        if self.limit_left is not None:
            most = min(most, self.limit_left)
        if self.flash_units_left is not None:
            most = min(most, self.flash_units_left)
        return max(0, most)


@dataclass(frozen=True, slots=True)
class Offer:
    """The lowest price a shopper can pay for a product now (what a card and a price filter
    show): the best in-stock option, or the best option at all when everything is sold out."""

    product_id: str
    currency: str
    price: Decimal
    compare_at: Decimal | None
    flash_sale: FlashSale | None  # the sale behind `price`, if any
    sku_id: str | None  # the option behind `price` (None: no SKUs)
    from_price: bool  # True when other options cost more ("¥79起")
    available: int


def running_sales(sales: Iterable[FlashSale], product_id: str, now: datetime) -> list[FlashSale]:
    """Sales of `product_id` inside their window now (sold out or not)."""
    return [s for s in sales if s.product_id == product_id and s.is_active(now)]


def upcoming_sales(sales: Iterable[FlashSale], product_id: str, now: datetime) -> list[FlashSale]:
    """Sales of `product_id` that have not started yet, soonest first."""
    return sorted(
        (s for s in sales if s.product_id == product_id and s.is_upcoming(now)),
        key=lambda s: (s.starts_at, s.price),
    )


def _flash_unit_price(product: Product, sku: Sku | None, sale: FlashSale) -> Decimal | None:
    """The unit price `sale` gives this line, or None when it does not apply to it (a flash
    price never raises a price, whatever the catalog says later)."""
    if sale.sku_id is not None:
        if sku is None or sku.id != sale.sku_id:
            return None
        return sale.price if sale.price < sku.price else None
    if sku is None:
        return sale.price if sale.price < product.price else None
    discount = product.price - sale.price
    if sku.price <= sale.price or discount <= 0:
        return None
    return max(sale.price, sku.price - discount)


def _best_sale(
    product: Product, sku: Sku | None, sales: Iterable[FlashSale], now: datetime
) -> tuple[FlashSale, Decimal] | None:
    best: tuple[FlashSale, Decimal] | None = None
    for sale in running_sales(sales, product.id, now):
        if sale.units_left <= 0:
            continue
        price = _flash_unit_price(product, sku, sale)
        if price is None:
            continue
        if best is None or price < best[1]:
            best = (sale, price)
    return best


def quote_line(
    product: Product,
    *,
    sku_id: str | None = None,
    quantity: int = 1,
    sales: Iterable[FlashSale] = (),
    now: datetime,
    bought: Mapping[str, int] | None = None,
) -> LineQuote:
    """What `quantity` units of `product` (SKU `sku_id`) cost this shopper now.

    `sales` are the product's flash sales (with their `sold` counts); `bought` maps a sale id
    to the units of that sale already in this shopper's live orders. The quote always carries
    a price (the regular one when the line has a problem) so a card can still show it.
    """
    sales = list(sales)
    bought = bought or {}
    sku: Sku | None = None
    problem: QuoteProblem | None = None
    if product.skus:
        if sku_id is None:
            problem = QuoteProblem.NEEDS_SKU
        else:
            sku = product.sku(sku_id)
            if sku is None or not sku.active:
                problem = QuoteProblem.UNKNOWN_SKU
                sku = None
    elif sku_id is not None:
        problem = QuoteProblem.UNKNOWN_SKU
    regular = sku.price if sku is not None else product.price
    available = sku.available if sku is not None else product.available
    best = (
        None
        if problem is not None and sku is None and product.skus
        else _best_sale(product, sku, sales, now)
    )
    sale, unit = (best[0], best[1]) if best is not None else (None, regular)
    compare_at = product.original_price if sku is None else None
    if sale is not None:
        compare_at = max(regular, compare_at or regular)
    if compare_at is not None and compare_at <= unit:
        compare_at = None
    limit_left = max(0, sale.per_user_limit - bought.get(sale.id, 0)) if sale else None
    units_left = sale.units_left if sale else None
    if problem is None:
        if quantity <= 0:
            problem = QuoteProblem.BAD_QUANTITY
        elif not product.is_on_sale:
            problem = QuoteProblem.OFF_SHELF
        elif available <= 0:
            problem = QuoteProblem.SOLD_OUT
        elif quantity > available:
            problem = QuoteProblem.NOT_ENOUGH_STOCK
        elif limit_left is not None and quantity > limit_left:
            problem = QuoteProblem.OVER_LIMIT
        elif units_left is not None and quantity > units_left:
            problem = QuoteProblem.FLASH_SOLD_OUT
    return LineQuote(
        product_id=product.id,
        sku_id=sku.id if sku is not None else None,
        quantity=quantity,
        currency=product.currency,
        unit_price=unit,
        regular_price=regular,
        compare_at=compare_at,
        flash_sale=sale,
        flash_units_left=units_left,
        limit_left=limit_left,
        available=available,
        problem=problem,
    )


def best_offer(product: Product, *, sales: Iterable[FlashSale] = (), now: datetime) -> Offer:
    """The lowest price a shopper can pay for `product` now, over its options."""
    sales = list(sales)
    options: list[Sku | None] = [s for s in product.skus if s.active] or [None]
    quotes = [
        quote_line(product, sku_id=opt.id if opt else None, sales=sales, now=now) for opt in options
    ]
    in_stock = [q for q in quotes if q.available > 0]
    pool = in_stock or quotes
    best = min(pool, key=lambda q: (q.unit_price, q.sku_id or ""))
    prices = {q.unit_price for q in pool}
    return Offer(
        product_id=product.id,
        currency=product.currency,
        price=best.unit_price,
        compare_at=best.compare_at,
        flash_sale=best.flash_sale,
        sku_id=best.sku_id,
        from_price=len(prices) > 1,
        available=product.available,
    )
