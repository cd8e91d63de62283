"""The flash crowd's group commit (orders.flashbatch) on SQLite and PostgreSQL: batches really
form, write exactly what one-by-one confirms would, and leave to the one-by-one path whatever
is unusual — each shopper still gets their own answer."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import func, select

from catalog import tables as ct
from catalog.inventory import InventoryRepository
from daihuo.bootstrap import App
from orders import errors, flashbatch
from orders import tables as ot
from orders.checkout import checkout, confirm, place_order
from orders.commands import AddToCart, Checkout, ConfirmQuote, LineRequest, PlaceOrder
from orders.model import Order
from orders.repository import CartRepository
from orders.services import add_to_cart
from tests.factories.shop import shop_records, stock_shop


@pytest.fixture
async def sale(any_app: App, tmp_path: Path) -> App:
    """A 30-unit flash sale, one unit per shopper, paid online (no address needed first)."""
    await stock_shop(any_app, tmp_path, shop_records(sale_quantity=30, limit=1, stock=40))
    any_app.settings.payment_provider_token = SecretStr("provider:TEST")
    return any_app


@pytest.fixture
def batch_sizes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The number of orders each batch wrote."""
    sizes: list[int] = []
    real = flashbatch._place_batch

    async def spy(*args: Any) -> dict[Any, Order]:
        placed = await real(*args)
        sizes.append(len(placed))
        return placed

    monkeypatch.setattr(flashbatch, "_place_batch", spy)
    return sizes


async def quote_for(app: App, user: str) -> str:
    return (await checkout(app, Checkout(user, (LineRequest("rice"),)))).id


async def press(app: App, user: str, quote_id: str) -> Order | str:
    try:
        (order,) = await confirm(app, ConfirmQuote(user, user, quote_id))
        return order
    except errors.OrderError as exc:
        return type(exc).__name__


async def ledger(app: App) -> dict[str, Any]:
    async with app.uow() as uow:
        s = uow.session
        led = ct.inventory_ledger.c
        rows = (await s.execute(select(led.reason, led.ref, led.delta))).all()
        sold = (
            await s.execute(select(ct.flash_sales.c.sold).where(ct.flash_sales.c.id == "fs-rice"))
        ).scalar_one()
        held = (
            await s.execute(select(ct.products.c.held).where(ct.products.c.id == "rice"))
        ).scalar_one()
        orders = (await s.execute(select(ot.orders.c.id, ot.orders.c.quote_id))).all()
        lines = (await s.execute(select(func.count()).select_from(ot.order_lines))).scalar_one()
        events = (await s.execute(select(func.count()).select_from(ot.order_events))).scalar_one()
        quotes = {
            q: ids
            for q, ids in (
                await s.execute(
                    select(ot.quotes.c.id, ot.quotes.c.order_ids).where(
                        ot.quotes.c.status == "confirmed"
                    )
                )
            ).all()
        }
    return {
        "flash": sorted(ref for reason, ref, _ in rows if reason == "flash"),
        "reserve": sorted(ref for reason, ref, _ in rows if reason == "reserve"),
        "deltas": {reason: sum(d for r, _, d in rows if r == reason) for reason, _, _ in rows},
        "sold": int(sold),
        "held": int(held),
        "orders": orders,
        "lines": int(lines),
        "events": int(events),
        "quotes": quotes,
    }


async def test_a_crowd_is_placed_in_batches_that_write_what_one_by_one_would(
    sale: App, batch_sizes: list[int]
) -> None:
    users = [f"tg:{700 + i}" for i in range(60)]
    quotes = [await quote_for(sale, u) for u in users]
    results = await asyncio.gather(*(press(sale, u, q) for u, q in zip(users, quotes, strict=True)))
    placed = [r for r in results if isinstance(r, Order)]
    assert len(placed) == 30 and {r for r in results if isinstance(r, str)} == {"FlashSoldOut"}
    assert max(batch_sizes) > 1  # the crowd really was batched
    assert sum(batch_sizes) == 30
    state = await ledger(sale)
    refs = sorted(f"order:{o.id}" for o in placed)
    # Every order: one line, one first event, one flash and one stock ledger row of its own,
    # its quote pointing at it; the counters equal the ledger.
    assert state["flash"] == refs and state["reserve"] == refs
    assert state["sold"] == state["held"] == state["deltas"]["flash"] == 30
    assert state["lines"] == state["events"] == len(state["orders"]) == 30
    assert {str(q): [int(i)] for i, q in state["orders"]} == {
        q: [int(i) for i in ids] for q, ids in state["quotes"].items()
    }
    for order, user in ((o, o.user_key) for o in placed):
        assert order.lines[0].unit_price == Decimal("49.90")  # the flash price, snapshotted
        assert order.lines[0].regular_price == Decimal("69.90") and order.total > 0
        assert order.quote_id in quotes and order.chat_id == user
        assert order.lines[0].flash_sale_id == "fs-rice" and order.reserved_until is not None


async def test_a_shopper_over_the_limit_is_refused_alone_and_the_rest_are_placed(
    sale: App, batch_sizes: list[int]
) -> None:
    users = [f"tg:{800 + i}" for i in range(8)]
    quotes = [await quote_for(sale, u) for u in users]
    # The first shopper bought their one unit elsewhere after seeing the quote.
    await place_order(sale, PlaceOrder(users[0], users[0], (LineRequest("rice"),), "elsewhere"))
    results = await asyncio.gather(*(press(sale, u, q) for u, q in zip(users, quotes, strict=True)))
    assert results[0] in {"OverLimit", "QuoteChanged"}
    assert all(isinstance(r, Order) for r in results[1:])
    assert (await ledger(sale))["sold"] == 8


async def test_pressing_confirm_many_times_at_once_places_one_order(
    sale: App, batch_sizes: list[int]
) -> None:
    quote = await quote_for(sale, "tg:901")
    results = await asyncio.gather(*(press(sale, "tg:901", quote) for _ in range(6)))
    assert all(isinstance(r, Order) for r in results)
    assert len({r.id for r in results if isinstance(r, Order)}) == 1
    assert (await ledger(sale))["sold"] == 1


async def test_a_cart_checkout_in_a_batch_empties_that_cart_line(sale: App) -> None:
    await add_to_cart(sale, AddToCart("tg:902", "rice"))
    quote = (await checkout(sale, Checkout("tg:902"))).id
    others = [(f"tg:{910 + i}", await quote_for(sale, f"tg:{910 + i}")) for i in range(5)]
    results = await asyncio.gather(
        press(sale, "tg:902", quote), *(press(sale, u, q) for u, q in others)
    )
    assert all(isinstance(r, Order) for r in results)
    async with sale.uow() as uow:
        assert await CartRepository(uow.session).lines("tg:902") == []


async def test_a_batch_statement_that_refuses_changes_nothing(sale: App) -> None:
    """All or nothing: one shopper over the limit, or more units than are left, and the
    whole batch's statements report it (the caller then rolls back)."""
    now = sale.clock.now()
    await place_order(sale, PlaceOrder("tg:1", "tg:1", (LineRequest("rice"),), "first"))
    refusals = []
    for takes in (
        [("tg:1", 1, "order:a"), ("tg:2", 1, "order:b")],  # tg:1 is at the limit
        [(f"tg:{100 + i}", 1, f"order:{i}") for i in range(30)],  # 29 units are left
    ):
        async with sale.uow() as uow:
            refusals.append(
                await InventoryRepository(uow.session).take_flash_many(
                    "fs-rice", 1, takes, product_id="rice", now=now
                )
            )
    assert [(r.ok, r.over_limit) for r in refusals] == [
        (False, frozenset({"tg:1"})),
        (False, frozenset()),
    ]
    async with sale.uow() as uow:
        taken = await InventoryRepository(uow.session).take_flash_many(
            "fs-rice",
            1,
            [("tg:2", 1, "order:b"), ("tg:3", 1, "order:c")],
            product_id="rice",
            now=now,
        )
        assert taken.ok
        await uow.commit()
    state = await ledger(sale)
    assert state["sold"] == 3 and state["flash"].count("order:b") == 1
    with pytest.raises(ValueError):
        async with sale.uow() as uow:
            await InventoryRepository(uow.session).take_flash_many(
                "fs-rice", 1, [("tg:4", 1, "x"), ("tg:4", 1, "y")], product_id="rice", now=now
            )


async def test_units_sold_by_another_process_mid_batch_shrink_the_batch_not_the_rules(
    sale: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between the batch's read and its write, someone else (another process) buys all but
    one unit too few: the batch's statement refuses, it rolls back, reads again and places
    what is left; the one left over hears the sale is gone. Nothing is oversold."""
    real = flashbatch._write
    outcomes: list[bool] = []
    elsewhere: list[str] = []

    async def interfering(infra: App, fs: Any, accepted: list[Any], now: Any) -> Any:
        if not outcomes:
            for i in range(fs.units_left - len(accepted) + 1):
                user = f"tg:elsewhere-{i}"
                await place_order(sale, PlaceOrder(user, user, (LineRequest("rice"),), user))
                elsewhere.append(user)
        result = await real(infra, fs, accepted, now)
        outcomes.append(isinstance(result, dict))
        return result

    monkeypatch.setattr(flashbatch, "_write", interfering)
    users = [f"tg:{600 + i}" for i in range(30)]
    quotes = [await quote_for(sale, u) for u in users]
    results = await asyncio.gather(*(press(sale, u, q) for u, q in zip(users, quotes, strict=True)))
    assert outcomes[:2] == [False, True]  # refused once, then placed after reading again
    placed = [r for r in results if isinstance(r, Order)]
    assert len(placed) == 30 - len(elsewhere)
    assert {r for r in results if isinstance(r, str)} <= {"FlashSoldOut"}
    state = await ledger(sale)
    assert state["sold"] == state["held"] == 30
