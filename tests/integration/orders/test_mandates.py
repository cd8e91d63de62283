"""Buy-for-me mandates on SQLite and PostgreSQL: caps, expiry, served in order before live taps,
at most once, always a receipt, every step audited."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert

from daihuo.bootstrap import App
from ground.clock import FixedClock
from orders import errors
from orders import tables as ot
from orders.checkout import checkout, confirm, set_delivery
from orders.commands import (
    CancelMandate,
    Checkout,
    ConfirmQuote,
    CreateMandate,
    LineRequest,
    SetDelivery,
)
from orders.mandates import cancel_mandate, create_mandate, mandate_history, run_due
from orders.model import MandateStatus
from tests.conftest import TEST_NOW
from tests.factories.shop import iso, shop_records, stock_shop

D = Decimal


def upcoming_sale(quantity: int) -> list[dict]:
    records = shop_records(sale_quantity=quantity, limit=1, stock=500)
    for r in records:
        if r.get("id") == "fs-rice":
            r["starts_at"] = iso(timedelta(minutes=30))
            r["ends_at"] = iso(timedelta(minutes=90))
    return records


async def give_addresses(app: App, users: list[str]) -> None:
    async with app.uow() as uow:
        await uow.session.execute(
            insert(ot.delivery_profiles),
            [
                {
                    "user_key": u,
                    "name": "买家",
                    "phone": "13800000000",
                    "address": "杭州市西湖区1号",
                    "updated_at": TEST_NOW,
                }
                for u in users
            ],
        )
        await uow.commit()


async def test_mandates_are_served_in_order_before_live_taps(any_app: App, tmp_path: Path) -> None:
    await stock_shop(any_app, tmp_path, upcoming_sale(10))
    clock = any_app.clock
    assert isinstance(clock, FixedClock)
    holders = [f"tg:m{i}" for i in range(100)]
    tappers = [f"tg:t{i}" for i in range(100)]
    await give_addresses(any_app, holders + tappers)
    mandates = [
        await create_mandate(
            any_app, CreateMandate(u, u, "sale_start", "rice", flash_sale_id="fs-rice")
        )
        for u in holders
    ]
    assert {m.max_unit_price for m in mandates} == {
        D("49.90")
    }  # the cap defaults to the flash price
    assert {m.expires_at for m in mandates} == {TEST_NOW + timedelta(minutes=90)}  # the sale's end
    clock.set(TEST_NOW + timedelta(minutes=30))  # the sale starts
    quotes = [await checkout(any_app, Checkout(u, (LineRequest("rice"),))) for u in tappers]

    async def tap(i: int) -> str:
        try:
            await confirm(any_app, ConfirmQuote(tappers[i], tappers[i], quotes[i].id))
            return "ok"
        except errors.OrderError as exc:
            return type(exc).__name__

    results = await asyncio.gather(run_due(any_app), *(tap(i) for i in range(100)))
    taps = results[1:]
    assert "ok" not in taps, taps  # every unit went to the mandates made first
    assert set(taps) <= {"SaleOpening", "FlashSoldOut", "QuoteChanged"}
    await run_due(any_app)  # anything a lost lease left behind
    final = [await _mandate(any_app, m.id) for m in mandates]
    assert [m.status for m in final[:10]] == [MandateStatus.BOUGHT] * 10
    assert {m.status for m in final[10:]} == {MandateStatus.MISSED}
    async with any_app.uow() as uow:
        receipts = [m for m in await uow.outbox.find(kind="mandate.result")]
    assert len(receipts) == 100 and len({r.payload["mandate_id"] for r in receipts}) == 100
    assert sum(r.payload["bought"] for r in receipts) == 10
    assert all(r.payload["unit_price"] in (None, "49.90") for r in receipts)  # never above cap
    for m in final:
        log = [event for event, _ in await mandate_history(any_app, m.id)]
        assert log.count("executing") == 1  # triggered at most once


async def _mandate(app: App, mandate_id: int):  # type: ignore[no-untyped-def]
    async with app.uow() as uow:
        from orders.repository import OrderRepository

        return await OrderRepository(uow.session).mandate(mandate_id)


async def test_a_price_drop_mandate_buys_at_or_below_its_target(
    any_app: App, tmp_path: Path
) -> None:
    await stock_shop(any_app, tmp_path)
    await set_delivery(any_app, SetDelivery("tg:1", "张三", "13800000000", "上海市静安区1号"))
    with pytest.raises(errors.MandateInvalid) as already:
        await create_mandate(
            any_app, CreateMandate("tg:1", "tg:1", "price_drop", "pods", max_unit_price="60")
        )
    assert already.value.reason == "already_there"
    mandate = await create_mandate(
        any_app,
        CreateMandate("tg:1", "tg:1", "price_drop", "pods", quantity=2, max_unit_price="40"),
    )
    assert await run_due(any_app) == 0  # nothing changed yet
    records = shop_records()
    for r in records:
        if r.get("id") == "pods":
            r["price"] = "45.00"
    await stock_shop(any_app, tmp_path, records)
    await run_due(any_app)
    assert (await _mandate(any_app, mandate.id)).status is MandateStatus.ACTIVE  # 45 > 40
    for r in records:
        if r.get("id") == "pods":
            r["price"] = "39.00"
    await stock_shop(any_app, tmp_path, records)
    await run_due(any_app)
    bought = await _mandate(any_app, mandate.id)
    assert bought.status is MandateStatus.BOUGHT and bought.order_id is not None
    async with any_app.uow() as uow:
        from orders.repository import OrderRepository

        order = await OrderRepository(uow.session).get(bought.order_id)
    assert order is not None and order.total == D("78.00") and order.mandate_id == mandate.id


async def test_a_back_in_stock_mandate_and_cancelling_and_expiry(
    any_app: App, tmp_path: Path
) -> None:
    await stock_shop(any_app, tmp_path)
    clock = any_app.clock
    assert isinstance(clock, FixedClock)
    await set_delivery(any_app, SetDelivery("tg:1", "张三", "13800000000", "上海市静安区1号"))
    with pytest.raises(errors.MandateInvalid) as in_stock:
        await create_mandate(any_app, CreateMandate("tg:1", "tg:1", "back_in_stock", "pods"))
    assert in_stock.value.reason == "in_stock"
    waiting = await create_mandate(any_app, CreateMandate("tg:1", "tg:1", "back_in_stock", "gone"))
    other = await create_mandate(
        any_app,
        CreateMandate(
            "tg:1",
            "tg:1",
            "back_in_stock",
            "gone",
            expires_at=(TEST_NOW + timedelta(days=1)).isoformat(),
        ),
    )
    with pytest.raises(errors.UnknownMandate):
        await cancel_mandate(any_app, CancelMandate(other.id, "tg:2"))  # not theirs
    assert (
        await cancel_mandate(any_app, CancelMandate(other.id, "tg:1"))
    ).status is MandateStatus.CANCELLED
    records = shop_records()
    for r in records:
        if r.get("id") == "gone":
            r["stock"] = 3
    await stock_shop(any_app, tmp_path, records)
    await run_due(any_app)
    assert (await _mandate(any_app, waiting.id)).status is MandateStatus.BOUGHT
    late = await create_mandate(
        any_app, CreateMandate("tg:1", "tg:1", "price_drop", "rice", max_unit_price="10")
    )
    clock.advance(days=8)
    await run_due(any_app)
    assert (await _mandate(any_app, late.id)).status is MandateStatus.EXPIRED


async def test_a_mandate_needs_delivery_details_and_valid_caps(
    any_app: App, tmp_path: Path
) -> None:
    await stock_shop(any_app, tmp_path, upcoming_sale(10))
    with pytest.raises(errors.NeedsDelivery):
        await create_mandate(
            any_app, CreateMandate("tg:9", "tg:9", "sale_start", "rice", flash_sale_id="fs-rice")
        )
    await set_delivery(any_app, SetDelivery("tg:9", "李四", "13900000000", "北京市朝阳区2号"))
    for cmd, reason in [
        (CreateMandate("tg:9", "tg:9", "sale_start", "rice", flash_sale_id="nope"), "unknown_sale"),
        (
            CreateMandate(
                "tg:9", "tg:9", "sale_start", "rice", quantity=2, flash_sale_id="fs-rice"
            ),
            "over_limit",
        ),
        (
            CreateMandate(
                "tg:9", "tg:9", "sale_start", "cream", sku_ids=("cream-1",), flash_sale_id="fs-rice"
            ),
            "unknown_sale",
        ),
        (CreateMandate("tg:9", "tg:9", "sale_start", "cream"), "bad_sku"),
        (
            CreateMandate(
                "tg:9", "tg:9", "sale_start", "rice", flash_sale_id="fs-rice", max_unit_price="30"
            ),
            "cap_below_price",
        ),
        (CreateMandate("tg:9", "tg:9", "teleport", "rice"), "bad_trigger"),
        (CreateMandate("tg:9", "tg:9", "price_drop", "rice", max_unit_price="1.001"), "bad_amount"),
    ]:
        with pytest.raises(errors.MandateInvalid) as bad:
            await create_mandate(any_app, cmd)
        assert bad.value.reason == reason
