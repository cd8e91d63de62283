"""Typed commands of the orders package. A button, a typed command, the CLI and an LLM tool
build the same command and call the same service with it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AddToCart:
    user_key: str
    product_id: str
    sku_id: str | None = None
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class SetCartQuantity:
    """Set a line's quantity; 0 removes it."""

    user_key: str
    product_id: str
    sku_id: str | None
    quantity: int


@dataclass(frozen=True, slots=True)
class RemoveFromCart:
    user_key: str
    product_id: str
    sku_id: str | None = None


@dataclass(frozen=True, slots=True)
class ClearCart:
    user_key: str


@dataclass(frozen=True, slots=True)
class ViewCart:
    user_key: str


# ---- checkout and orders --------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LineRequest:
    product_id: str
    sku_id: str | None = None
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class Checkout:
    """Make a quote: of the whole cart (`lines` empty), or of the given lines ("buy now")."""

    user_key: str
    lines: tuple[LineRequest, ...] = ()


@dataclass(frozen=True, slots=True)
class SetDelivery:
    user_key: str
    name: str
    phone: str
    address: str


@dataclass(frozen=True, slots=True)
class ConfirmQuote:
    """Place the orders of a quote exactly as shown (idempotent: confirming twice is one order)."""

    user_key: str
    chat_id: str
    quote_id: str


@dataclass(frozen=True, slots=True)
class PlaceOrder:
    """Quote and confirm in one step, for scripts and tools; `idempotency_key` makes a retry
    with the same content one order, and refuses the key with different content."""

    user_key: str
    chat_id: str
    lines: tuple[LineRequest, ...]
    idempotency_key: str
    max_total: str | None = None  # refuse rather than pay more than this (a decimal string)


@dataclass(frozen=True, slots=True)
class CancelOrder:
    order_id: int
    actor: str  # the shopper's user key, a merchant's, "staff:…" or "cli"
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class ShipOrder:
    order_id: int
    tracking_number: str
    actor: str


@dataclass(frozen=True, slots=True)
class DeliverOrder:
    order_id: int
    actor: str


@dataclass(frozen=True, slots=True)
class CompleteOrder:
    order_id: int
    actor: str


@dataclass(frozen=True, slots=True)
class ListOrders:
    user_key: str
    limit: int = 10


@dataclass(frozen=True, slots=True)
class GetOrder:
    order_id: int
    viewer: str  # who asks: only the shopper, the seller's linked accounts or staff may see it


# ---- payments -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PreCheckout:
    """Telegram asks whether to take the payment (answer within 10 s)."""

    user_key: str
    payload: str
    currency: str
    total_amount: int  # in the currency's minor units


@dataclass(frozen=True, slots=True)
class PaymentReceived:
    """Telegram's successful_payment (may arrive twice; may arrive after the reservation)."""

    user_key: str
    payload: str
    currency: str
    total_amount: int
    telegram_charge_id: str
    provider_charge_id: str | None = None
    name: str | None = None
    phone: str | None = None
    address: str | None = None


# ---- buy for me -----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class CreateMandate:
    user_key: str
    chat_id: str
    trigger: str  # MandateTrigger value
    product_id: str
    quantity: int = 1
    sku_ids: tuple[str, ...] | None = None
    flash_sale_id: str | None = None
    max_unit_price: str | None = None  # decimal strings; None = the sale / target price
    max_total: str | None = None
    expires_at: str | None = None  # ISO; None = the sale's end, or 7 days


@dataclass(frozen=True, slots=True)
class CancelMandate:
    mandate_id: int
    user_key: str
