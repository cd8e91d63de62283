"""Who owns stock: the merchant's file says how many units Daihuo may sell, orders hold units
through the ledger, and no import — changed or unchanged — gives held units back."""

from __future__ import annotations

from pathlib import Path

import pytest

from catalog.inventory import FlashTake, InventoryError, InventoryRepository, TakeResult
from daihuo.bootstrap import App
from tests.factories.shop import shop_records, stock_shop


@pytest.fixture
async def shop(any_app: App, tmp_path: Path) -> App:
    await stock_shop(any_app, tmp_path)
    return any_app


async def _take(app: App, product: str, sku: str | None, n: int, ref: str = "order:1") -> bool:
    async with app.uow() as uow:
        ok = await InventoryRepository(uow.session).take(
            product, sku, n, ref=ref, now=app.clock.now()
        )
        await uow.commit()
    return ok


async def _available(app: App, product_id: str, sku_id: str | None = None) -> int:
    async with app.uow() as uow:
        product = await uow.catalog.get_product(product_id)
    assert product is not None
    if sku_id is None:
        return product.available
    sku = product.sku(sku_id)
    assert sku is not None
    return sku.available


def _with(records: list[dict], product_id: str, **changes: object) -> list[dict]:
    for r in records:
        if r.get("type") == "product" and r["id"] == product_id:
            r.update(changes)
    return records


async def test_reimporting_never_gives_back_held_units(shop: App, tmp_path: Path) -> None:
    assert await _take(shop, "rice", None, 30)
    assert await _take(shop, "cream", "cream-1", 200)
    assert await _available(shop, "rice") == 70
    await stock_shop(shop, tmp_path)  # the very same file again
    assert await _available(shop, "rice") == 70
    assert await _available(shop, "cream", "cream-1") == 1000
    # A changed product (new title) keeps its held units and its SKU rows.
    await stock_shop(shop, tmp_path, _with(shop_records(), "cream", title="新标题 防晒霜"))
    assert await _available(shop, "cream", "cream-1") == 1000
    # The merchant adds 20 units by raising the number by 20.
    await stock_shop(shop, tmp_path, _with(shop_records(), "rice", stock=120))
    assert await _available(shop, "rice") == 90


async def test_lowering_stock_below_what_orders_hold_stops_sales_without_going_negative(
    shop: App, tmp_path: Path
) -> None:
    assert await _take(shop, "rice", None, 30)
    await stock_shop(shop, tmp_path, _with(shop_records(), "rice", stock=10))
    assert await _available(shop, "rice") == 0
    assert not await _take(shop, "rice", None, 1)
    async with shop.uow() as uow:
        assert await InventoryRepository(uow.session).ledger_total("rice") == 30


async def test_takes_are_conditional_and_the_ledger_adds_up(shop: App) -> None:
    assert await _take(shop, "pods", None, 20)
    assert not await _take(shop, "pods", None, 1)  # 20 of 20 held
    assert not await _take(shop, "cream", "nope", 1)
    assert not await _take(shop, "gone", None, 1)
    async with shop.uow() as uow:
        inventory = InventoryRepository(uow.session)
        await inventory.give_back("pods", None, 5, ref="order:1", now=shop.clock.now())
        with pytest.raises(InventoryError):
            await inventory.give_back("pods", None, 99, ref="order:1", now=shop.clock.now())
        assert await inventory.ledger_total("pods") == 15
        await uow.commit()
    assert await _available(shop, "pods") == 5


async def test_flash_units_count_per_shopper_and_per_sale(shop: App) -> None:
    now = shop.clock.now()
    async with shop.uow() as uow:
        inv = InventoryRepository(uow.session)
        assert (
            await inv.take_flash(
                FlashTake("fs-rice", "a", 2, 2), product_id="rice", ref="o", now=now
            )
            is TakeResult.OK
        )
        assert (
            await inv.take_flash(
                FlashTake("fs-rice", "a", 1, 2), product_id="rice", ref="o", now=now
            )
            is TakeResult.OVER_LIMIT
        )
        assert (
            await inv.take_flash(
                FlashTake("fs-rice", "b", 3, 2), product_id="rice", ref="o", now=now
            )
            is TakeResult.OVER_LIMIT
        )
        assert await inv.bought("a", ["fs-rice"]) == {"fs-rice": 2}
        await uow.commit()
    async with shop.uow() as uow:
        sale = await uow.catalog.get_flash_sale("fs-rice")
    assert sale is not None and sale.sold == 2 and sale.units_left == 48


async def test_a_sold_out_flash_sale_refuses_and_gives_back_exactly(
    any_app: App, tmp_path: Path
) -> None:
    await stock_shop(any_app, tmp_path, shop_records(sale_quantity=3, limit=5))
    now = any_app.clock.now()
    async with any_app.uow() as uow:
        inv = InventoryRepository(uow.session)
        assert (
            await inv.take_flash(
                FlashTake("fs-rice", "a", 3, 5), product_id="rice", ref="o", now=now
            )
            is TakeResult.OK
        )
        await uow.commit()
    async with any_app.uow() as uow:
        inv = InventoryRepository(uow.session)
        result = await inv.take_flash(
            FlashTake("fs-rice", "b", 1, 5), product_id="rice", ref="o", now=now
        )
        assert result is TakeResult.FLASH_SOLD_OUT
        await uow.rollback()
    async with any_app.uow() as uow:
        inv = InventoryRepository(uow.session)
        await inv.give_back_flash("fs-rice", "a", 1, product_id="rice", ref="o", now=now)
        await uow.commit()
        assert await inv.bought("a", ["fs-rice"]) == {"fs-rice": 2}
    async with any_app.uow() as uow:
        sale = await uow.catalog.get_flash_sale("fs-rice")
    assert sale is not None and sale.sold == 2
