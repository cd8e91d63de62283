"""Flash sales never oversell — proven with real concurrent clients, on SQLite and PostgreSQL,
in one process and across processes (the in-process lock is not the guarantee)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import SecretStr
from sqlalchemy import func, select

from catalog import tables as ct
from daihuo.bootstrap import App
from ground.clock import FixedClock
from orders import errors
from orders import tables as ot
from orders.checkout import place_order
from orders.commands import CancelOrder, LineRequest, PaymentReceived, PlaceOrder
from orders.lifecycle import cancel_order, expire_reservations
from orders.model import HOLDS_STOCK
from orders.payments import record_payment
from tests.factories.shop import shop_records, stock_shop
from tests.integration.orders.race_worker import buyers

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
async def sale(any_app: App, tmp_path: Path) -> App:
    """A 50-unit flash sale with one unit per shopper, shoppers paying online."""
    await stock_shop(any_app, tmp_path, shop_records(sale_quantity=50, limit=1, stock=60))
    any_app.settings.payment_provider_token = SecretStr("provider:TEST")
    return any_app


async def sold(app: App, sale_id: str = "fs-rice") -> tuple[int, int, int]:
    """(flash units sold, units held on the product, units in live orders)."""
    async with app.uow() as uow:
        s = (
            await uow.session.execute(
                select(ct.flash_sales.c.sold).where(ct.flash_sales.c.id == sale_id)
            )
        ).scalar_one()
        held = (
            await uow.session.execute(select(ct.products.c.held).where(ct.products.c.id == "rice"))
        ).scalar_one()
        live = (
            await uow.session.execute(
                select(func.coalesce(func.sum(ot.order_lines.c.quantity), 0))
                .select_from(ot.order_lines.join(ot.orders))
                .where(
                    ot.order_lines.c.product_id == "rice",
                    ot.orders.c.status.in_([s.value for s in HOLDS_STOCK]),
                )
            )
        ).scalar_one()
    return int(s), int(held), int(live)


async def test_500_buyers_for_50_units_sell_exactly_50(sale: App) -> None:
    result = await buyers(
        sale.settings.database_url or "",
        str(sale.settings.data_dir),
        "b",
        500,
        now=sale.clock.now().isoformat(),
    )
    outcomes = result["outcomes"]
    # Everyone saw the flash price; the losers hear it is sold out (with the regular price
    # offered as a new quote), and no other error reaches anyone.
    assert outcomes.get("ok") == 50, outcomes
    assert set(outcomes) <= {"ok", "FlashSoldOut", "QuoteChanged"}, outcomes
    assert await sold(sale) == (50, 50, 50)


async def test_one_shopper_pressing_buy_20_times_gets_their_limit(
    any_app: App, tmp_path: Path
) -> None:
    await stock_shop(any_app, tmp_path, shop_records(sale_quantity=50, limit=2))
    any_app.settings.payment_provider_token = SecretStr("provider:TEST")

    async def press(i: int) -> str:
        try:
            await place_order(
                any_app, PlaceOrder("tg:1", "tg:1", (LineRequest("rice"),), f"press-{i}")
            )
            return "ok"
        except errors.OrderError as exc:
            return type(exc).__name__

    outcomes = await asyncio.gather(*(press(i) for i in range(20)))
    assert outcomes.count("ok") == 2 and set(outcomes) == {"ok", "OverLimit"}
    assert (await sold(any_app))[0] == 2


@pytest.mark.postgres
async def test_two_processes_on_postgres_never_oversell(pg_app: App, tmp_path: Path) -> None:
    await stock_shop(pg_app, tmp_path, shop_records(sale_quantity=50, limit=1, stock=60))
    url = pg_app.settings.database_url or ""
    barrier = tmp_path / "barrier"
    barrier.mkdir()
    procs = [
        subprocess.Popen(  # noqa: ASYNC220 (two real processes; waited for below, briefly)
            [
                sys.executable,
                "-m",
                "tests.integration.orders.race_worker",
                url,
                str(tmp_path / f"p{i}"),
                f"proc{i}",
                "150",
                pg_app.clock.now().isoformat(),
                str(barrier),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(2)
    ]
    # Both processes make their buyers' quotes (everyone sees the flash price), then race.
    await asyncio.to_thread(_wait_for_ready, barrier, 2)
    (barrier / "go").touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    ok = sum(r["outcomes"].get("ok", 0) for r in results)
    others = {k for r in results for k in r["outcomes"] if k != "ok"}
    assert ok == 50 and others <= {"FlashSoldOut", "QuoteChanged"}, results
    assert all(r["outcomes"].get("ok", 0) > 0 for r in results)  # both really competed
    assert await sold(pg_app) == (50, 50, 50)


async def test_expiry_racing_late_payments_returns_stock_exactly_once(sale: App) -> None:
    clock = sale.clock
    assert isinstance(clock, FixedClock)
    orders = []
    for i in range(20):
        (order,) = await place_order(
            sale, PlaceOrder(f"tg:{i}", f"tg:{i}", (LineRequest("rice"),), f"late-{i}")
        )
        orders.append(order)
    clock.advance(minutes=16)

    async def pay(i: int) -> None:
        o = orders[i]
        await record_payment(
            sale, PaymentReceived(o.user_key, o.invoice_payload or "", "CNY", 4990, f"ch-{i}")
        )

    await asyncio.gather(expire_reservations(sale), *(pay(i) for i in range(20)))
    flash, held, live = await sold(sale)
    assert flash == held == live  # whatever won each race, no unit is counted twice or lost
    async with sale.uow() as uow:
        statuses = [s for (s,) in await uow.session.execute(select(ot.orders.c.status))]
        refunds = (
            await uow.session.execute(
                select(func.count()).select_from(ot.payments).where(ot.payments.c.kind == "refund")
            )
        ).scalar_one()
    assert set(statuses) <= {"paid", "expired"}
    assert statuses.count("paid") == live and refunds == statuses.count("expired")


def _wait_for_ready(barrier: Path, n: int, timeout: float = 120.0) -> None:
    import time

    deadline = time.monotonic() + timeout
    while len(list(barrier.glob("ready-*"))) < n and time.monotonic() < deadline:
        time.sleep(0.05)


ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["buy", "buy2", "cancel", "expire", "pay", "tick"]), st.integers(0, 7)
    ),
    min_size=5,
    max_size=40,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(actions=ACTIONS)
async def test_stock_invariant_under_any_mix_of_buy_cancel_expire_pay(
    app: App, tmp_path: Path, actions: list[tuple[str, int]]
) -> None:
    """Initial stock = units left + units in live orders, whatever happens in between."""
    from sqlalchemy import delete

    async with app.uow() as uow:  # every example starts from an empty store
        for table in (
            ot.payments,
            ot.order_events,
            ot.order_lines,
            ot.orders,
            ot.order_requests,
            ct.inventory_ledger,
            ct.flash_sale_buyers,
            ct.catalog_events,
            ct.flash_sales,
            ct.skus,
            ct.products,
            ct.creators,
        ):
            await uow.session.execute(delete(table))
        from ground.outbox import outbox

        await uow.session.execute(delete(outbox))
        await uow.commit()
    await stock_shop(app, tmp_path, shop_records(sale_quantity=5, limit=2, stock=12))
    app.settings.payment_provider_token = SecretStr("provider:TEST")
    clock = app.clock
    assert isinstance(clock, FixedClock)
    start = clock.now()
    placed: list = []
    for action, n in actions:
        user = f"tg:{n}"
        try:
            if action in ("buy", "buy2"):
                qty = 2 if action == "buy2" else 1
                placed += await place_order(
                    app,
                    PlaceOrder(
                        user,
                        user,
                        (LineRequest("rice", quantity=qty),),
                        f"{len(placed)}-{action}-{n}-{clock.now().timestamp()}",
                    ),
                )
            elif action == "cancel" and placed:
                await cancel_order(app, CancelOrder(placed[n % len(placed)].id, "cli"))
            elif action == "expire":
                await expire_reservations(app)
            elif action == "pay" and placed:
                o = placed[n % len(placed)]
                await record_payment(
                    app,
                    PaymentReceived(
                        o.user_key,
                        o.invoice_payload or "",
                        "CNY",
                        int(o.total * 100),
                        f"pay-{o.id}-{n}",
                    ),
                )
            elif action == "tick":
                clock.advance(minutes=8)
        except errors.OrderError:
            pass
        async with app.uow() as uow:
            product = await uow.catalog.get_product("rice")
        assert product is not None and product.available >= 0
        _, held, live = await sold(app)
        assert product.available + live == 12 and held == live
    clock.set(start)
