from datetime import timedelta
from decimal import Decimal

from tests.conftest import TEST_NOW
from tests.factories.catalog import make_flash_sale, make_live_room, make_product


def test_effective_price_uses_flash_price_only_inside_window() -> None:
    product = make_product(id="p-x", price=Decimal("199.00"))
    sale = make_flash_sale(
        product_id="p-x",
        price=Decimal("99.00"),
        starts_at=TEST_NOW,
        ends_at=TEST_NOW + timedelta(minutes=30),
    )
    assert product.effective_price([sale], TEST_NOW - timedelta(seconds=1)) == Decimal("199.00")
    assert product.effective_price([sale], TEST_NOW) == Decimal("99.00")
    assert product.effective_price([sale], TEST_NOW + timedelta(minutes=30)) == Decimal("199.00")


def test_sku_flash_sale_does_not_change_product_price() -> None:
    product = make_product(id="p-y", price=Decimal("50"))
    sale = make_flash_sale(product_id="p-y", sku_id="s1", price=Decimal("10"), starts_at=TEST_NOW)
    assert product.effective_price([sale], TEST_NOW) == Decimal("50")


def test_live_room_window() -> None:
    room = make_live_room(starts_at=TEST_NOW, ends_at=TEST_NOW + timedelta(hours=1))
    assert room.is_upcoming(TEST_NOW - timedelta(minutes=1))
    assert room.is_live(TEST_NOW)
    assert not room.is_live(TEST_NOW + timedelta(hours=1))


def test_category_path_splits_and_trims() -> None:
    assert make_product(category="美妆/ 彩妆 /口红").category_path == ("美妆", "彩妆", "口红")
