"""The cart service on SQLite and PostgreSQL: priced by the one pricing function, flash limits
enforced when adding, per-currency totals, typed errors for every refusal."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from catalog.inventory import FlashTake, InventoryRepository
from daihuo.bootstrap import App
from orders import errors
from orders.commands import AddToCart, ClearCart, RemoveFromCart, SetCartQuantity, ViewCart
from orders.services import add_to_cart, clear_cart, remove_from_cart, set_cart_quantity, view_cart
from tests.factories.shop import stock_shop

D = Decimal
ANN = "tg:501"


@pytest.fixture
async def shop(any_app: App, tmp_path: Path) -> App:
    await stock_shop(any_app, tmp_path)
    return any_app


async def test_a_sku_flash_sale_is_the_price_in_the_cart(shop: App) -> None:
    change = await add_to_cart(shop, AddToCart(ANN, "cream", "cream-1"))
    line = change.line
    assert line is not None and line.quote is not None
    assert line.quote.unit_price == D("79.00") and line.quote.on_flash_sale
    other = await add_to_cart(shop, AddToCart(ANN, "cream", "cream-2"))
    assert other.line is not None and other.line.quote is not None
    assert other.line.quote.unit_price == D("178.00") and not other.line.quote.on_flash_sale
    assert other.cart.totals == {"CNY": D("257.00")}


async def test_a_third_unit_of_a_limit_two_sale_is_refused(shop: App) -> None:
    await add_to_cart(shop, AddToCart(ANN, "rice", quantity=2))
    with pytest.raises(errors.OverLimit) as refused:
        await add_to_cart(shop, AddToCart(ANN, "rice"))
    assert (refused.value.limit, refused.value.asked) == (2, 3)
    cart = await view_cart(shop, ViewCart(ANN))
    assert [(p.line.product_id, p.line.quantity) for p in cart.lines] == [("rice", 2)]
    assert cart.totals == {"CNY": D("99.80")}  # 2 × 49.90, exact


async def test_the_limit_counts_units_already_bought(shop: App) -> None:
    async with shop.uow() as uow:
        taken = await InventoryRepository(uow.session).take_flash(
            FlashTake("fs-rice", ANN, 2, 2), product_id="rice", ref="order:1", now=shop.clock.now()
        )
        await uow.commit()
    assert taken.value == "ok"
    with pytest.raises(errors.OverLimit) as refused:
        await add_to_cart(shop, AddToCart(ANN, "rice"))
    assert refused.value.may_still_buy == 0


async def test_options_sold_out_and_unknown_products_say_why(shop: App) -> None:
    with pytest.raises(errors.NeedsSku) as needs:
        await add_to_cart(shop, AddToCart(ANN, "cream"))
    assert needs.value.options == ("cream-1", "cream-2")
    with pytest.raises(errors.OutOfStock):
        await add_to_cart(shop, AddToCart(ANN, "gone"))
    with pytest.raises(errors.UnknownProduct):
        await add_to_cart(shop, AddToCart(ANN, "nope"))
    with pytest.raises(errors.NotEnoughStock) as short:
        await add_to_cart(shop, AddToCart(ANN, "pods", quantity=21))
    assert short.value.available == 20
    assert (await view_cart(shop, ViewCart(ANN))).is_empty  # nothing was added by refusals


async def test_totals_are_kept_per_currency(shop: App) -> None:
    await add_to_cart(shop, AddToCart(ANN, "pods", quantity=2))
    change = await add_to_cart(shop, AddToCart(ANN, "rice"))
    assert change.cart.totals == {"USD": D("98.00"), "CNY": D("49.90")}


async def test_change_remove_and_clear(shop: App) -> None:
    await add_to_cart(shop, AddToCart(ANN, "pods"))
    changed = await set_cart_quantity(shop, SetCartQuantity(ANN, "pods", None, 3))
    assert changed.line is not None and changed.line.line.quantity == 3
    removed = await set_cart_quantity(shop, SetCartQuantity(ANN, "pods", None, 0))
    assert removed.line is None and removed.cart.is_empty
    with pytest.raises(errors.NotInCart):
        await remove_from_cart(shop, RemoveFromCart(ANN, "pods"))
    await add_to_cart(shop, AddToCart(ANN, "rice"))
    await add_to_cart(shop, AddToCart("tg:other", "rice"))
    assert await clear_cart(shop, ClearCart(ANN)) == 1
    assert not (await view_cart(shop, ViewCart("tg:other"))).is_empty  # only Ann's cart


async def test_a_line_that_became_unbuyable_stays_and_is_not_totalled(
    shop: App, tmp_path: Path
) -> None:
    await add_to_cart(shop, AddToCart(ANN, "pods", quantity=2))
    await add_to_cart(shop, AddToCart(ANN, "rice"))
    from tests.factories.shop import shop_records

    records = shop_records()
    for r in records:
        if r.get("id") == "pods":
            r["status"] = "off_shelf"
    await stock_shop(shop, tmp_path, records)
    cart = await view_cart(shop, ViewCart(ANN))
    assert [p.available for p in cart.lines] == [False, True]
    assert cart.totals == {"CNY": D("49.90")}


async def test_a_product_wide_limit_counts_every_option_in_the_cart(
    any_app: App, tmp_path: Path
) -> None:
    """A 1-per-person sale on earbuds of two colours: the second colour was accepted in the
    cart (2 × the flash price) and refused only at confirmation."""
    from datetime import timedelta

    from tests.factories.catalog import flash_sale_record, product_record, sku_record
    from tests.factories.shop import iso

    await stock_shop(
        any_app,
        tmp_path,
        [
            product_record(
                id="buds",
                title="AirFree Pro",
                price="199.00",
                stock=100,
                skus=[
                    sku_record(id="buds-b", attributes={"颜色": "黑"}, price="199.00", stock=50),
                    sku_record(id="buds-w", attributes={"颜色": "白"}, price="199.00", stock=50),
                ],
            ),
            flash_sale_record(
                id="fs-buds",
                product_id="buds",
                price="169.00",
                quantity=30,
                per_user_limit=1,
                starts_at=iso(-timedelta(minutes=5)),
                ends_at=iso(timedelta(minutes=30)),
            ),
        ],
    )
    await add_to_cart(any_app, AddToCart(ANN, "buds", "buds-b"))
    with pytest.raises(errors.OverLimit) as refused:
        await add_to_cart(any_app, AddToCart(ANN, "buds", "buds-w"))
    assert refused.value.may_still_buy == 0
    cart = await view_cart(any_app, ViewCart(ANN))
    assert [(p.line.sku_id, p.line.quantity) for p in cart.lines] == [("buds-b", 1)]
