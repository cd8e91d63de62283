"""Orders domain: plain dataclasses with behaviour, no framework imports."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

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


# ---- delivery -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Delivery:
    """Where an order goes: collected once, reused, changeable."""

    name: str
    phone: str
    address: str

    def as_dict(self) -> dict[str, str]:
        return {"name": self.name, "phone": self.phone, "address": self.address}

    @classmethod
    def from_dict(cls, data: dict[str, object] | None) -> Delivery | None:
        if not data:
            return None
        return cls(str(data["name"]), str(data["phone"]), str(data["address"]))


class PaymentMethod(StrEnum):
    COD = "cod"  # pay on delivery: no payment provider configured
    PROVIDER = "provider"  # Telegram Payments through a provider token
    STARS = "stars"  # Telegram Stars (XTR)


# ---- quotes ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class QuotedLine:
    """One line exactly as the shopper saw it (the confirm button is bound to these)."""

    product_id: str
    sku_id: str | None
    quantity: int
    unit_price: Decimal
    regular_price: Decimal
    currency: str
    flash_sale_id: str | None
    title: str
    sku_label: str | None
    creator_id: str | None
    per_user_limit: int | None = None

    @property
    def total(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(Decimal("0.01"))

    def key(self) -> tuple[object, ...]:
        """What may not change between showing and confirming."""
        return (
            self.product_id,
            self.sku_id,
            self.quantity,
            self.unit_price,
            self.currency,
            self.flash_sale_id,
        )


@dataclass(frozen=True, slots=True)
class OrderDraft:
    """The lines of one future order: one seller, one currency (one invoice)."""

    creator_id: str | None
    currency: str
    lines: tuple[QuotedLine, ...]
    shipping_fee: Decimal = Decimal("0.00")

    @property
    def subtotal(self) -> Decimal:
        return sum((ln.total for ln in self.lines), Decimal("0.00"))

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.shipping_fee


@dataclass(frozen=True, slots=True)
class Quote:
    """A checkout summary with an id and an expiry; confirming it is bound to exactly these
    lines and prices."""

    id: str
    user_key: str
    source: str  # "cart" | "direct"
    drafts: tuple[OrderDraft, ...]
    created_at: datetime
    expires_at: datetime
    delivery: Delivery | None
    payment_method: PaymentMethod
    left_out: tuple[PricedLine, ...] = ()  # cart lines that cannot be bought now (and why)

    @property
    def lines(self) -> tuple[QuotedLine, ...]:
        return tuple(ln for d in self.drafts for ln in d.lines)

    @property
    def totals(self) -> Totals:
        totals = Totals()
        for d in self.drafts:
            totals.add(d.currency, d.total)
        return totals


# ---- orders ---------------------------------------------------------------------------------
class OrderStatus(StrEnum):
    PENDING_PAYMENT = "pending_payment"  # stock reserved, waiting for the payment
    CONFIRMED = "confirmed"  # pay on delivery: accepted, waiting to ship
    PAID = "paid"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"  # unpaid past its reservation: stock given back
    PARTIALLY_REFUNDED = "partially_refunded"
    REFUNDED = "refunded"


S = OrderStatus
# The state machine: every transition not listed here is refused.
TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    S.PENDING_PAYMENT: frozenset({S.PAID, S.CANCELLED, S.EXPIRED}),
    S.CONFIRMED: frozenset({S.SHIPPED, S.CANCELLED}),
    S.PAID: frozenset({S.SHIPPED, S.CANCELLED}),
    S.SHIPPED: frozenset({S.DELIVERED}),
    S.DELIVERED: frozenset({S.COMPLETED, S.PARTIALLY_REFUNDED, S.REFUNDED}),
    S.COMPLETED: frozenset({S.PARTIALLY_REFUNDED, S.REFUNDED}),
    S.PARTIALLY_REFUNDED: frozenset({S.PARTIALLY_REFUNDED, S.REFUNDED, S.COMPLETED}),
    S.EXPIRED: frozenset({S.PAID}),  # a late payment that could re-reserve its stock
    S.CANCELLED: frozenset(),
    S.REFUNDED: frozenset(),
}
# Statuses in which an order holds its stock.
HOLDS_STOCK = frozenset(
    {
        S.PENDING_PAYMENT,
        S.CONFIRMED,
        S.PAID,
        S.SHIPPED,
        S.DELIVERED,
        S.COMPLETED,
        S.PARTIALLY_REFUNDED,
        S.REFUNDED,
    }
)
SHOPPER_CANCELLABLE = frozenset({S.PENDING_PAYMENT, S.CONFIRMED, S.PAID})


def can_transition(old: OrderStatus, new: OrderStatus) -> bool:
    return new in TRANSITIONS[old]


@dataclass(frozen=True, slots=True)
class OrderLine:
    id: int
    product_id: str
    sku_id: str | None
    title: str
    sku_label: str | None
    quantity: int
    unit_price: Decimal
    regular_price: Decimal
    flash_sale_id: str | None
    returned_quantity: int = 0

    @property
    def total(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(Decimal("0.01"))


@dataclass(frozen=True, slots=True)
class OrderEvent:
    from_status: OrderStatus | None
    to_status: OrderStatus
    actor: str
    at: datetime
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Order:
    id: int
    user_key: str
    chat_id: str
    status: OrderStatus
    currency: str
    subtotal: Decimal
    shipping_fee: Decimal
    total: Decimal
    payment_method: PaymentMethod
    created_at: datetime
    lines: tuple[OrderLine, ...] = ()
    creator_id: str | None = None
    quote_id: str | None = None
    mandate_id: int | None = None
    invoice_payload: str | None = None
    delivery: Delivery | None = None
    tracking_number: str | None = None
    reserved_until: datetime | None = None
    refunded: Decimal = Decimal("0.00")
    history: tuple[OrderEvent, ...] = ()

    @property
    def shopper_can_cancel(self) -> bool:
        return self.status in SHOPPER_CANCELLABLE

    @property
    def awaiting_payment(self) -> bool:
        return self.status is OrderStatus.PENDING_PAYMENT

    @property
    def paid_online(self) -> bool:
        return self.payment_method is not PaymentMethod.COD


# ---- buy for me -----------------------------------------------------------------------------
class MandateTrigger(StrEnum):
    SALE_START = "sale_start"  # grab N when this 秒杀 starts
    PRICE_DROP = "price_drop"  # buy if it drops to ¥X or below
    BACK_IN_STOCK = "back_in_stock"  # buy as soon as it is back


class MandateStatus(StrEnum):
    ACTIVE = "active"
    TRIGGERED = "triggered"  # its moment came; waiting to be executed (in order of creation)
    EXECUTING = "executing"
    BOUGHT = "bought"
    MISSED = "missed"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class Mandate:
    """A purchase the shopper pre-authorised, with every cap it must respect."""

    id: int
    user_key: str
    chat_id: str
    trigger: MandateTrigger
    product_id: str
    sku_ids: tuple[str, ...] | None
    quantity: int
    max_unit_price: Decimal
    max_total: Decimal
    currency: str
    payment_method: PaymentMethod
    delivery: Delivery
    status: MandateStatus
    expires_at: datetime
    created_at: datetime
    flash_sale_id: str | None = None
    outcome: str | None = None
    order_id: int | None = None

    @property
    def open(self) -> bool:
        return self.status in (MandateStatus.ACTIVE, MandateStatus.TRIGGERED)
