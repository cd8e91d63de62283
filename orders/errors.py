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


# ---- checkout and orders --------------------------------------------------------------------
@dataclass
class EmptyCheckout(OrderError):
    """Nothing that can be bought now (`problems`: the lines left out, with their reasons)."""

    problems: tuple[object, ...] = ()


@dataclass
class NeedsDelivery(OrderError):
    """No delivery details yet: the shopper must give name, phone and address."""


@dataclass
class BadDelivery(OrderError):
    field: str  # name | phone | address
    value: str


@dataclass
class UnknownQuote(OrderError):
    quote_id: str


@dataclass
class QuoteExpired(OrderError):
    """The quote is too old to confirm; `fresh` is the new one, priced now."""

    quote_id: str
    fresh: object  # orders.model.Quote


@dataclass
class QuoteChanged(OrderError):
    """Price, stock or the flash window changed since the quote: nothing was placed; `fresh`
    is the new summary to show, `changes` the lines that differ."""

    quote_id: str
    fresh: object  # orders.model.Quote
    changes: tuple[str, ...] = ()  # product ids whose line changed


@dataclass
class SaleOpening(OrderError):
    """The flash sale has just started and pre-authorised buy-for-me orders are being served
    first; try again in a moment."""

    sale_id: str


@dataclass
class UnknownOrder(OrderError):
    order_id: int


@dataclass
class NotYourOrder(OrderError):
    order_id: int


@dataclass
class IllegalTransition(OrderError):
    order_id: int
    status: str
    wanted: str


@dataclass
class IdempotencyConflict(OrderError):
    """The key was used before for a different request."""

    key: str


@dataclass
class OverBudget(OrderError):
    total: str
    max_total: str


@dataclass
class PaymentRefused(OrderError):
    """A pre-checkout or payment that cannot be accepted; `reason` is a stable code
    (`expired`, `amount`, `unknown_order`, `not_pending`, `sold_out`)."""

    reason: str


# ---- buy for me -----------------------------------------------------------------------------
@dataclass
class MandateInvalid(OrderError):
    """A mandate that could never be honoured, and why (a stable code and the detail)."""

    reason: str
    detail: str = ""


@dataclass
class UnknownMandate(OrderError):
    mandate_id: int
