"""Payments: the invoice for an order, Telegram's pre-checkout question, the successful
payment (also when it comes twice or too late), and refunds the way the money came.

* `invoice_for` — what `sendInvoice` needs: amounts in the currency's minor units (whole stars
  for XTR), the order's unguessable payload, and whether Telegram should collect the address.
* `pre_checkout` — re-checks order, amount, currency and reservation; an accepted one keeps the
  reservation a few minutes longer so the payment can finish. Reads and one update: fast under
  a flash-sale crowd, well inside Telegram's 10 s.
* `record_payment` — idempotent by Telegram's charge id. A payment for an order whose
  reservation already expired re-takes the units if they are still there; otherwise it is
  refunded (Stars through the Bot API, once, via the outbox; provider payments are recorded for
  the provider and the shopper is told). Never oversold.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from accounts.repository import AccountRepository
from catalog.repository import CatalogRepository
from ground.infra import Infra
from ground.money import exponent, to_minor_units
from ground.uow import UnitOfWork
from orders import notices
from orders.checkout import QuotedLine, _take_units
from orders.commands import PaymentReceived, PreCheckout
from orders.errors import OrderError, PaymentRefused
from orders.model import Delivery, Order, OrderStatus, PaymentMethod
from orders.repository import OrderRepository

log = logging.getLogger(__name__)
PAYMENT_GRACE = timedelta(minutes=5)  # a pre-checkout keeps the stock this long for the payment


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    label: str
    amount: int  # minor units


@dataclass(frozen=True, slots=True)
class Invoice:
    order_id: int
    payload: str
    currency: str
    lines: tuple[InvoiceLine, ...]
    total_amount: int
    provider_token: str  # "" for Telegram Stars
    need_name: bool
    need_phone_number: bool
    need_shipping_address: bool


def invoice_for(infra: Infra, order: Order, *, have_delivery: bool) -> Invoice:
    """The invoice of an unpaid order (Telegram Stars take exactly one price line)."""
    if order.payment_method is PaymentMethod.COD or order.invoice_payload is None:
        raise PaymentRefused("not_online")
    total = to_minor_units(order.total, order.currency)
    if order.payment_method is PaymentMethod.STARS:
        lines: tuple[InvoiceLine, ...] = (InvoiceLine(f"#{order.id}", total),)
        token = ""
    else:
        lines = tuple(
            InvoiceLine(
                f"{ln.title[:24]} × {ln.quantity}", to_minor_units(ln.total, order.currency)
            )
            for ln in order.lines
        )
        if order.shipping_fee:
            lines += (InvoiceLine("shipping", to_minor_units(order.shipping_fee, order.currency)),)
        secret = infra.settings.payment_provider_token
        token = secret.get_secret_value() if secret else ""
    collect = order.payment_method is PaymentMethod.PROVIDER and not have_delivery
    return Invoice(
        order_id=order.id,
        payload=order.invoice_payload,
        currency=order.currency,
        lines=lines,
        total_amount=total,
        provider_token=token,
        need_name=collect,
        need_phone_number=collect,
        need_shipping_address=collect,
    )


async def pre_checkout(infra: Infra, cmd: PreCheckout) -> Order:
    """Accept (the order) or refuse (`PaymentRefused` with a reason code) a payment Telegram is
    about to take."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        repo = OrderRepository(uow.session)
        order = await repo.by_payload(cmd.payload)
        if order is None or order.user_key != cmd.user_key:
            raise PaymentRefused("unknown_order")
        if order.status is not OrderStatus.PENDING_PAYMENT:
            raise PaymentRefused(
                "expired" if order.status is OrderStatus.EXPIRED else "not_pending"
            )
        if cmd.currency != order.currency or cmd.total_amount != to_minor_units(
            order.total, order.currency
        ):
            raise PaymentRefused("amount")
        if not await repo.extend_reservation(order.id, now, now + PAYMENT_GRACE):
            raise PaymentRefused("expired")
        await uow.commit()
    return order


async def record_payment(infra: Infra, cmd: PaymentReceived) -> Order:
    """Telegram took the money: the order is paid (once per charge id). Too late for its
    reservation: re-take the units, or refund."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        repo = OrderRepository(uow.session)
        order = await repo.by_payload(cmd.payload)
        if order is None:
            log.error("payment %s for an unknown invoice payload", cmd.telegram_charge_id)
            raise PaymentRefused("unknown_order")
        amount = Decimal(cmd.total_amount).scaleb(-exponent(cmd.currency)).quantize(Decimal("0.01"))
        fresh = await repo.add_payment(
            order_id=order.id,
            kind="charge",
            method=order.payment_method,
            amount=amount,
            currency=cmd.currency,
            now=now,
            telegram_charge_id=cmd.telegram_charge_id,
            provider_charge_id=cmd.provider_charge_id,
        )
        if not fresh:
            return order  # a re-delivered successful_payment: already recorded
        if cmd.name and cmd.phone and cmd.address:
            delivery = Delivery(cmd.name, cmd.phone, cmd.address)
            await repo.set_delivery(order.user_key, delivery, now)
            await repo.set_fields(order.id, now, delivery=delivery.as_dict())
        if order.status is OrderStatus.PENDING_PAYMENT and await repo.transition(
            order.id, OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, actor=order.user_key, now=now
        ):
            await _paid(uow, order, now)
        elif order.status is OrderStatus.EXPIRED:
            await _late_payment(uow, order, amount, cmd.telegram_charge_id, now)
        else:
            # Paid for an order that is cancelled (or otherwise not payable): give it back.
            await _refund(uow, order, amount, cmd.telegram_charge_id, now, reason="not_payable")
        await uow.commit()
    async with infra.uow() as uow:
        result = await OrderRepository(uow.session).get(order.id)
    assert result is not None
    return result


async def _paid(uow: UnitOfWork, order: Order, now: datetime) -> None:
    await OrderRepository(uow.session).set_fields(order.id, now, reserved_until=None)
    await uow.outbox.add(notices.order_status(order, OrderStatus.PAID), now)
    if order.creator_id:
        for seller in await AccountRepository(uow.session).accounts_of(order.creator_id):
            await uow.outbox.add(notices.seller_new_order(order, seller), now)


async def _late_payment(
    uow: UnitOfWork, order: Order, amount: Decimal, charge_id: str, now: datetime
) -> None:
    """The reservation ran out before the money arrived: if the units are still there (and the
    flash sale still runs, for flash lines), take them again inside a savepoint and the order is
    paid; otherwise refund — never oversell."""
    catalog = CatalogRepository(uow.session)
    lines = []
    for ln in order.lines:
        sale = await catalog.get_flash_sale(ln.flash_sale_id) if ln.flash_sale_id else None
        lines.append(
            QuotedLine(
                ln.product_id,
                ln.sku_id,
                ln.quantity,
                ln.unit_price,
                ln.regular_price,
                order.currency,
                ln.flash_sale_id,
                ln.title,
                ln.sku_label,
                order.creator_id,
                per_user_limit=sale.per_user_limit if sale else None,
            )
        )
    savepoint = await uow.session.begin_nested()
    try:
        await _take_units(uow, order.user_key, lines, f"order:{order.id}", now)
    except OrderError:
        await savepoint.rollback()
        if await OrderRepository(uow.session).add_refunded(order.id, amount, now):
            await _refund(uow, order, amount, charge_id, now, reason="reservation_expired")
        return
    await savepoint.commit()
    await OrderRepository(uow.session).transition(
        order.id,
        OrderStatus.EXPIRED,
        OrderStatus.PAID,
        actor=order.user_key,
        now=now,
        note="paid after the reservation expired; units taken again",
    )
    await _paid(uow, order, now)


async def _refund(
    uow: UnitOfWork,
    order: Order,
    amount: Decimal,
    charge_id: str | None,
    now: datetime,
    *,
    reason: str,
    ref: str | None = None,
) -> bool:
    """Give money back the way it came: Stars through the Bot API (an outbox row, sent once),
    a provider payment recorded for the provider, pay on delivery recorded. False when this
    refund (`ref`) was made before."""
    ref = ref or f"order:{order.id}:refund:{reason}"
    recorded = await OrderRepository(uow.session).add_payment(
        order_id=order.id,
        kind="refund",
        method=order.payment_method,
        amount=amount,
        currency=order.currency,
        now=now,
        status="requested" if order.payment_method is PaymentMethod.STARS else "recorded",
        ref=ref,
    )
    if not recorded:
        return False
    if order.payment_method is PaymentMethod.STARS and charge_id:
        await uow.outbox.add(notices.stars_refund(order, charge_id=charge_id, ref=ref), now)
    await uow.outbox.add(
        notices.order_status(
            order,
            order.status,
            step=f"refund:{ref}",
            refund=str(amount),
            reason=reason,
            method=order.payment_method.value,
        ),
        now,
    )
    return True


async def refund_in_full(uow: UnitOfWork, order: Order, now: datetime, *, reason: str) -> None:
    """A paid order was cancelled: refund everything still unrefunded."""
    amount = order.total - order.refunded
    if amount > 0 and await OrderRepository(uow.session).add_refunded(order.id, amount, now):
        await _refund(uow, order, amount, await last_charge_id(uow, order.id), now, reason=reason)


async def last_charge_id(uow: UnitOfWork, order_id: int) -> str | None:
    for p in reversed(await OrderRepository(uow.session).payments(order_id)):
        if p["kind"] == "charge" and p["telegram_charge_id"]:
            return str(p["telegram_charge_id"])
    return None


async def record_cod_collected(infra: Infra, order: Order) -> None:
    """Pay on delivery: the money was collected with the parcel."""
    async with infra.write_lock(), infra.uow() as uow:
        await OrderRepository(uow.session).add_payment(
            order_id=order.id,
            kind="charge",
            method=PaymentMethod.COD,
            amount=order.total,
            currency=order.currency,
            now=infra.clock.now(),
            ref=f"order:{order.id}:cod",
        )
        await uow.commit()


async def refund(
    uow: UnitOfWork, order: Order, amount: Decimal, now: datetime, *, ref: str, reason: str
) -> bool:
    """Refund part of an order (after-sales), inside the caller's transaction. The same `ref`
    refunds once (False the second time); more than was paid, across partial refunds too, is
    refused (`PaymentRefused("over_refund")`, the caller's transaction rolls back)."""
    if amount <= 0:
        raise PaymentRefused("amount")
    charge = await last_charge_id(uow, order.id)
    if not await _refund(uow, order, amount, charge, now, reason=reason, ref=ref):
        return False
    if not await OrderRepository(uow.session).add_refunded(order.id, amount, now):
        raise PaymentRefused("over_refund")
    return True
