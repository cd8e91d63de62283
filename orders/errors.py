"""Domain errors of the orders package: each says exactly what is wrong, in data, so every
front end (chat, CLI, an LLM tool) can explain it in its own words."""

from __future__ import annotations

from dataclasses import dataclass

from catalog.pricing import LineQuote


class OrderError(Exception):
    """Base of every orders domain error."""


@dataclass
class UnknownProduct(OrderError):
    """No such product, or it is off shelf (never sold)."""

    product_id: str


@dataclass
class NeedsSku(OrderError):
    """The product has variants: the shopper must pick one (ids in `options`)."""

    product_id: str
    options: tuple[str, ...]


@dataclass
class UnknownSku(OrderError):
    product_id: str
    sku_id: str


@dataclass
class OutOfStock(OrderError):
    """Nothing left of this product / SKU."""

    product_id: str
    sku_id: str | None


@dataclass
class NotEnoughStock(OrderError):
    """Fewer units left than asked for."""

    product_id: str
    sku_id: str | None
    available: int
    asked: int


@dataclass
class OverLimit(OrderError):
    """More units of a flash sale than the shopper may still buy (`per_user_limit`)."""

    product_id: str
    sku_id: str | None
    sale_id: str
    limit: int
    may_still_buy: int
    asked: int


@dataclass
class FlashSoldOut(OrderError):
    """Fewer units left at the flash price than asked for (`units_left` may be 0)."""

    product_id: str
    sku_id: str | None
    sale_id: str
    units_left: int
    asked: int


@dataclass
class BadQuantity(OrderError):
    quantity: int


@dataclass
class NotInCart(OrderError):
    product_id: str
    sku_id: str | None


def error_for(quote: LineQuote, *, options: tuple[str, ...] = ()) -> OrderError:
    """The domain error for a quote with a problem."""
    from catalog.pricing import QuoteProblem as P

    problem = quote.problem
    if problem is P.NEEDS_SKU:
        return NeedsSku(quote.product_id, options)
    if problem is P.UNKNOWN_SKU:
        return UnknownSku(quote.product_id, quote.sku_id or "")
    if problem is P.OFF_SHELF:
        return UnknownProduct(quote.product_id)
    if problem is P.SOLD_OUT:
        return OutOfStock(quote.product_id, quote.sku_id)
    if problem is P.NOT_ENOUGH_STOCK:
        return NotEnoughStock(quote.product_id, quote.sku_id, quote.available, quote.quantity)
    if problem is P.OVER_LIMIT and quote.flash_sale is not None:
        return OverLimit(
            quote.product_id,
            quote.sku_id,
            quote.flash_sale.id,
            quote.flash_sale.per_user_limit,
            quote.limit_left or 0,
            quote.quantity,
        )
    if problem is P.FLASH_SOLD_OUT and quote.flash_sale is not None:
        return FlashSoldOut(
            quote.product_id,
            quote.sku_id,
            quote.flash_sale.id,
            quote.flash_units_left or 0,
            quote.quantity,
        )
    return BadQuantity(quote.quantity)
