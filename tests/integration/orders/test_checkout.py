"""Checkout and the order's life on SQLite and PostgreSQL: quotes bound to what was shown,
idempotent confirmation, atomic reservation, payments (provider and Stars), expiry, late
payments, cancellation, shipping — asserting on typed results."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from accounts.services import link_creator
from catalog.inventory import InventoryRepository
from daihuo.bootstrap import App
from ground.clock import FixedClock
from ground.outbox import OutboxStatus
from orders import errors
from orders.checkout import checkout, confirm, place_order, set_delivery
from orders.commands import (
    AddToCart,
    CancelOrder,
    Checkout,
    ConfirmQuote,
    DeliverOrder,
    GetOrder,
    LineRequest,
    PaymentReceived,
    PlaceOrder,
    PreCheckout,
    SetDelivery,
    ShipOrder,
    ViewCart,
)
from orders.lifecycle import cancel_order, deliver_order, expire_reservations, get_order, ship_order
from orders.model import OrderStatus, PaymentMethod
from orders.payments import invoice_for, pre_checkout, record_payment
from orders.services import add_to_cart, view_cart
from tests.factories.catalog import product_record
from tests.factories.shop import shop_records, stock_shop

D = Decimal
ANN, BOB = "tg:501", "tg:502"


@pytest.fixture
async def shop(any_app: App, tmp_path: Path) -> App:
    records = shop_records()
    records.append(
        product_record(
            id="stars-pack",
            title="贴纸包",
            price="50",
            original_price=None,
            currency="XTR",
            stock=5,
            creator_id="c-1",
        )
    )
    await stock_shop(any_app, tmp_path, records)
    await set_delivery(any_app, SetDelivery(ANN, "张三", "13800000000", "上海市静安区南京西路1号"))
    return any_app


@pytest.fixture
def online(shop: App) -> App:
    """The same shop with Telegram Payments configured."""
    shop.settings.payment_provider_token = SecretStr("provider:TEST")
    return shop


async def available(app: App, product_id: str, sku_id: str | None = None) -> int:
    async with app.uow() as uow:
        product = await uow.catalog.get_product(product_id)
    assert product is not None
    return product.sku(sku_id).available if sku_id else product.available  # type: ignore[union-attr]


async def outbox_kinds(app: App) -> list[tuple[str, Any]]:
    async with app.uow() as uow:
        return [(m.kind, m.payload.get("status")) for m in await uow.outbox.find()]


async def test_a_quote_reserves_nothing_and_confirming_it_takes_the_units(shop: App) -> None:
    await add_to_cart(shop, AddToCart(ANN, "rice", quantity=2))
    await add_to_cart(shop, AddToCart(ANN, "cream", "cream-1"))
    quote = await checkout(shop, Checkout(ANN))
    assert quote.totals == {"CNY": D("178.80")}  # 2 × 49.90 flash + 79.00 SKU flash
    assert quote.payment_method is PaymentMethod.COD and quote.delivery is not None
    assert await available(shop, "rice") == 100  # nothing reserved yet
    (order,) = await confirm(shop, ConfirmQuote(ANN, ANN, quote.id))
    assert order.status is OrderStatus.CONFIRMED and order.total == D("178.80")
    assert [(ln.title, ln.unit_price, ln.flash_sale_id) for ln in order.lines] == [
        ("五常大米 10斤", D("49.90"), "fs-rice"),
        ("清透防晒霜 SPF50", D("79.00"), "fs-cream"),
    ]
    assert await available(shop, "rice") == 98 and await available(shop, "cream", "cream-1") == 1199
    assert (await view_cart(shop, ViewCart(ANN))).is_empty
    # A double tap, a re-delivered update: the same order, nothing taken twice.
    again = await confirm(shop, ConfirmQuote(ANN, ANN, quote.id))
    assert [o.id for o in again] == [order.id]
    assert await available(shop, "rice") == 98


async def test_concurrent_double_confirm_makes_one_order(shop: App) -> None:
    quote = await checkout(shop, Checkout(ANN, (LineRequest("pods", quantity=2),)))
    results = await asyncio.gather(
        *(confirm(shop, ConfirmQuote(ANN, ANN, quote.id)) for _ in range(5))
    )
    assert len({tuple(o.id for o in r) for r in results}) == 1
    assert await available(shop, "pods") == 18


async def test_a_changed_price_gives_a_new_summary_never_a_silent_change(
    shop: App, tmp_path: Path
) -> None:
    quote = await checkout(shop, Checkout(ANN, (LineRequest("pods"),)))
    records = shop_records()
    for r in records:
        if r.get("id") == "pods":
            r["price"] = "59.00"
    await stock_shop(shop, tmp_path, records)
    with pytest.raises(errors.QuoteChanged) as changed:
        await confirm(shop, ConfirmQuote(ANN, ANN, quote.id))
    fresh = changed.value.fresh
    assert changed.value.changes == ("pods",)
    assert fresh.lines[0].unit_price == D("59.00")  # type: ignore[attr-defined]
    assert await available(shop, "pods") == 20  # nothing placed
    with pytest.raises(errors.QuoteChanged):  # the old quote is closed for good
        await confirm(shop, ConfirmQuote(ANN, ANN, quote.id))
    (order,) = await confirm(shop, ConfirmQuote(ANN, ANN, fresh.id))  # type: ignore[attr-defined]
    assert order.total == D("59.00")


async def test_a_flash_sale_sold_out_meanwhile_offers_the_regular_price(shop: App) -> None:
    quote = await checkout(shop, Checkout(ANN, (LineRequest("rice"),)))
    async with shop.uow() as uow:
        from sqlalchemy import update

        from catalog import tables as t

        await uow.session.execute(update(t.flash_sales).values(sold=t.flash_sales.c.quantity))
        await uow.commit()
    with pytest.raises(errors.FlashSoldOut) as gone:
        await confirm(shop, ConfirmQuote(ANN, ANN, quote.id))
    assert gone.value.units_left == 0  # answered at once, nothing written
    again = await checkout(shop, Checkout(ANN, (LineRequest("rice"),)))
    line = again.lines[0]
    assert line.unit_price == D("69.90") and line.flash_sale_id is None  # the regular price


async def test_an_old_quote_expires_and_comes_back_fresh(shop: App) -> None:
    quote = await checkout(shop, Checkout(ANN, (LineRequest("pods"),)))
    assert isinstance(shop.clock, FixedClock)
    shop.clock.advance(minutes=20)
    with pytest.raises(errors.QuoteExpired) as expired:
        await confirm(shop, ConfirmQuote(ANN, ANN, quote.id))
    assert expired.value.fresh.expires_at > shop.clock.now()  # type: ignore[attr-defined]


async def test_another_shoppers_quote_and_order_are_not_theirs(shop: App) -> None:
    quote = await checkout(shop, Checkout(ANN, (LineRequest("pods"),)))
    with pytest.raises(errors.UnknownQuote):
        await confirm(shop, ConfirmQuote(BOB, BOB, quote.id))
    (order,) = await confirm(shop, ConfirmQuote(ANN, ANN, quote.id))
    with pytest.raises(errors.NotYourOrder):
        await get_order(shop, GetOrder(order.id, BOB))
    with pytest.raises(errors.NotYourOrder):
        await cancel_order(shop, CancelOrder(order.id, BOB))
    assert (await get_order(shop, GetOrder(order.id, ANN))).status is OrderStatus.CONFIRMED


async def test_pay_on_delivery_needs_delivery_details_first(shop: App) -> None:
    quote = await checkout(shop, Checkout(BOB, (LineRequest("pods"),)))
    with pytest.raises(errors.NeedsDelivery):
        await confirm(shop, ConfirmQuote(BOB, BOB, quote.id))
    with pytest.raises(errors.BadDelivery) as bad:
        await set_delivery(shop, SetDelivery(BOB, "Bob", "12", "Somewhere 1"))
    assert bad.value.field == "phone"
    await set_delivery(shop, SetDelivery(BOB, "Bob", "+1 415 555 0100", "1 Market St, SF"))
    (order,) = await confirm(shop, ConfirmQuote(BOB, BOB, quote.id))
    assert order.delivery is not None and order.delivery.name == "Bob"


async def test_provider_payment_end_to_end_and_idempotent(online: App) -> None:
    quote = await checkout(online, Checkout(ANN, (LineRequest("rice", quantity=2),)))
    assert quote.payment_method is PaymentMethod.PROVIDER
    (order,) = await confirm(online, ConfirmQuote(ANN, ANN, quote.id))
    assert order.status is OrderStatus.PENDING_PAYMENT and order.reserved_until is not None
    invoice = invoice_for(online, order, have_delivery=True)
    assert invoice.total_amount == 9980 and sum(ln.amount for ln in invoice.lines) == 9980
    assert invoice.provider_token == "provider:TEST" and not invoice.need_shipping_address
    with pytest.raises(errors.PaymentRefused) as wrong:
        await pre_checkout(online, PreCheckout(ANN, invoice.payload, "CNY", 1))
    assert wrong.value.reason == "amount"
    await pre_checkout(online, PreCheckout(ANN, invoice.payload, "CNY", 9980))
    paid = PaymentReceived(ANN, invoice.payload, "CNY", 9980, "tg-charge-1", "prov-1")
    assert (await record_payment(online, paid)).status is OrderStatus.PAID
    again = await record_payment(online, paid)  # Telegram re-delivers the update
    assert again.status is OrderStatus.PAID
    async with online.uow() as uow:
        from orders.repository import OrderRepository

        payments = await OrderRepository(uow.session).payments(order.id)
    assert [(p["kind"], p["telegram_charge_id"], p["provider_charge_id"]) for p in payments] == [
        ("charge", "tg-charge-1", "prov-1")
    ]
    assert ("order.status", "paid") in await outbox_kinds(online)


async def test_an_expired_reservation_gives_stock_back_once_and_a_late_payment_retakes_it(
    online: App,
) -> None:
    clock = online.clock
    assert isinstance(clock, FixedClock)
    (order,) = await place_order(
        online, PlaceOrder(ANN, ANN, (LineRequest("pods", quantity=3),), "k-late")
    )
    assert await available(online, "pods") == 17
    clock.advance(minutes=16)
    assert await expire_reservations(online) == [order.id]
    assert await expire_reservations(online) == []  # exactly once
    assert await available(online, "pods") == 20
    with pytest.raises(errors.PaymentRefused) as refused:
        await pre_checkout(online, PreCheckout(ANN, order.invoice_payload or "", "USD", 14700))
    assert refused.value.reason == "expired"
    late = await record_payment(
        online, PaymentReceived(ANN, order.invoice_payload or "", "USD", 14700, "late-1")
    )
    assert late.status is OrderStatus.PAID and await available(online, "pods") == 17


async def test_a_late_payment_without_stock_is_refunded_never_oversold(online: App) -> None:
    clock = online.clock
    assert isinstance(clock, FixedClock)
    (mine,) = await place_order(
        online, PlaceOrder(ANN, ANN, (LineRequest("stars-pack", quantity=5),), "k-stars")
    )
    assert mine.payment_method is PaymentMethod.STARS
    invoice = invoice_for(online, mine, have_delivery=True)
    assert invoice.provider_token == "" and len(invoice.lines) == 1 and invoice.total_amount == 250
    clock.advance(minutes=16)
    await expire_reservations(online)
    await set_delivery(online, SetDelivery(BOB, "Bob", "+1 415 555 0100", "1 Market St, SF"))
    await place_order(online, PlaceOrder(BOB, BOB, (LineRequest("stars-pack", quantity=5),), "k-b"))
    late = await record_payment(online, PaymentReceived(ANN, invoice.payload, "XTR", 250, "st-1"))
    assert late.status is OrderStatus.EXPIRED and late.refunded == D("250.00")
    assert await available(online, "stars-pack") == 0
    async with online.uow() as uow:
        refunds = [m for m in await uow.outbox.find() if m.kind == "stars.refund"]
    assert [r.payload["charge_id"] for r in refunds] == ["st-1"]


async def test_cancel_ship_deliver_follow_the_state_machine(shop: App) -> None:
    await link_creator(shop, "c-1", "tg:900")
    (order,) = await place_order(shop, PlaceOrder(ANN, ANN, (LineRequest("pods"),), "k-1"))
    with pytest.raises(errors.NotYourOrder):
        await ship_order(shop, ShipOrder(order.id, "SF1", "tg:777"))
    with pytest.raises(errors.IllegalTransition):
        await ship_order(shop, ShipOrder(order.id, "SF1", ANN))  # a shopper cannot ship
    shipped = await ship_order(shop, ShipOrder(order.id, "SF1234567", "tg:900"))
    assert shipped.status is OrderStatus.SHIPPED and shipped.tracking_number == "SF1234567"
    with pytest.raises(errors.IllegalTransition):
        await cancel_order(shop, CancelOrder(order.id, ANN))  # shipped: too late to cancel
    delivered = await deliver_order(shop, DeliverOrder(order.id, "tg:900"))
    assert [e.to_status for e in delivered.history] == [
        OrderStatus.CONFIRMED,
        OrderStatus.SHIPPED,
        OrderStatus.DELIVERED,
    ]
    assert [e.actor for e in delivered.history] == [ANN, "tg:900", "tg:900"]
    kinds = await outbox_kinds(shop)
    assert ("order.status", "shipped") in kinds and ("order.status", "delivered") in kinds
    assert ("seller.new_order", None) in kinds


async def test_cancelling_gives_units_back_and_refunds_a_paid_order(online: App) -> None:
    (order,) = await place_order(
        online, PlaceOrder(ANN, ANN, (LineRequest("rice", quantity=2),), "k-c")
    )
    await record_payment(
        online, PaymentReceived(ANN, order.invoice_payload or "", "CNY", 9980, "c-1", "p-1")
    )
    cancelled = await cancel_order(online, CancelOrder(order.id, ANN, "changed my mind"))
    assert cancelled.status is OrderStatus.CANCELLED and cancelled.refunded == D("99.80")
    assert await available(online, "rice") == 100
    async with online.uow() as uow:
        assert await InventoryRepository(uow.session).bought(ANN, ["fs-rice"]) == {"fs-rice": 0}
        assert await InventoryRepository(uow.session).ledger_total("rice") == 0


async def test_an_idempotency_key_with_other_content_is_refused(shop: App) -> None:
    first = await place_order(shop, PlaceOrder(ANN, ANN, (LineRequest("pods"),), "same-key"))
    again = await place_order(shop, PlaceOrder(ANN, ANN, (LineRequest("pods"),), "same-key"))
    assert [o.id for o in again] == [o.id for o in first]
    with pytest.raises(errors.IdempotencyConflict):
        await place_order(
            shop, PlaceOrder(ANN, ANN, (LineRequest("pods", quantity=2),), "same-key")
        )
    with pytest.raises(errors.OverBudget):
        await place_order(
            shop, PlaceOrder(ANN, ANN, (LineRequest("pods"),), "k-budget", max_total="10")
        )
    assert await available(shop, "pods") == 19


async def test_every_message_is_an_outbox_row_written_with_its_change(shop: App) -> None:
    (order,) = await place_order(shop, PlaceOrder(ANN, ANN, (LineRequest("pods"),), "k-o"))
    await cancel_order(shop, CancelOrder(order.id, "cli"))  # not the shopper: they are told
    async with shop.uow() as uow:
        rows = await uow.outbox.find(chat_id=ANN)
    assert [(r.kind, r.payload["status"], r.status) for r in rows] == [
        ("order.status", "cancelled", OutboxStatus.PENDING)
    ]
