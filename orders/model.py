"""Orders domain: plain dataclasses with behaviour, no framework imports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from catalog.model import Product
from catalog.pricing import LineQuote
from ground.money import Totals


@dataclass(frozen=True, slots=True)
class CartLine:
    """What the shopper put in the cart (priced only when shown or checked out)."""

    product_id: str
    sku_id: str | None
    quantity: int
    added_at: datetime


@dataclass(frozen=True, slots=True)
class PricedLine:
    """A cart line with its current quote; `product` is None when it no longer exists or is off
    shelf (the line stays, marked unavailable, until the shopper removes it)."""

    line: CartLine
    product: Product | None
    quote: LineQuote | None

    @property
    def available(self) -> bool:
        return self.quote is not None and self.quote.ok

    @property
    def sku_label(self) -> str | None:
        if self.product is None or self.line.sku_id is None:
            return None
        sku = self.product.sku(self.line.sku_id)
        return sku.label if sku else self.line.sku_id


@dataclass(frozen=True, slots=True)
class CartView:
    """The cart priced now: totals per currency over the lines that can be bought."""

    user_key: str
    lines: tuple[PricedLine, ...]

    @property
    def totals(self) -> Totals:
        totals = Totals()
        for p in self.lines:
            if p.available and p.quote is not None:
                totals.add(p.quote.currency, p.quote.total)
        return totals

    @property
    def problems(self) -> tuple[PricedLine, ...]:
        return tuple(p for p in self.lines if not p.available)

    @property
    def is_empty(self) -> bool:
        return not self.lines

    def total(self, currency: str) -> Decimal:
        return self.totals.get(currency, Decimal("0.00"))


@dataclass(frozen=True, slots=True)
class CartChange:
    """The result of adding to / changing the cart: the line as it is now, and the cart."""

    line: PricedLine | None  # None when the line was removed
    cart: CartView
