"""The one pricing function, table-driven: product- and SKU-level flash sales, windows, sold-out
sales, per-user limits, stock, currencies; and property tests of its money invariants."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from catalog.model import FlashSale, Product, ProductStatus
from catalog.pricing import QuoteProblem, best_offer, quote_line
from tests.conftest import TEST_NOW
from tests.factories.catalog import make_flash_sale, make_product, make_sku

D = Decimal
NOW = TEST_NOW
HOUR = timedelta(hours=1)


def sale(**kw: object) -> FlashSale:
    base: dict[str, object] = {
        "product_id": "p",
        "price": D("79.00"),
        "quantity": 100,
        "starts_at": NOW - HOUR,
        "ends_at": NOW + HOUR,
        "per_user_limit": 2,
    }
    base.update(kw)
    return make_flash_sale(**base)


def plain() -> Product:
    return make_product(id="p", price=D("99.00"), original_price=D("159.00"), stock=10)


def with_skus() -> Product:
    return make_product(
        id="p",
        price=D("99.00"),
        original_price=None,
        stock=30,
        skus=(
            make_sku(id="s1", price=D("99.00"), stock=10, attributes={"规格": "50ml"}),
            make_sku(id="s2", price=D("178.00"), stock=20, attributes={"规格": "50ml×2"}),
        ),
    )


CASES = [
    # (name, product, sku, qty, sales, bought, unit, flash?, problem)
    ("no sale", plain(), None, 1, [], {}, "99.00", False, None),
    ("product sale running", plain(), None, 1, [sale()], {}, "79.00", True, None),
    ("before the window", plain(), None, 1, [sale(starts_at=NOW + HOUR)], {}, "99.00", False, None),
    ("at the end instant", plain(), None, 1, [sale(ends_at=NOW)], {}, "99.00", False, None),
    ("sold-out sale", plain(), None, 1, [sale(sold=100)], {}, "99.00", False, None),
    ("lowest of two", plain(), None, 1, [sale(), sale(price=D("69.00"))], {}, "69.00", True, None),
    ("sku sale on its sku", with_skus(), "s1", 1, [sale(sku_id="s1")], {}, "79.00", True, None),
    (
        "sku sale not on another",
        with_skus(),
        "s2",
        1,
        [sale(sku_id="s1")],
        {},
        "178.00",
        False,
        None,
    ),
    (
        "product sale on skus: same amount off",
        with_skus(),
        "s2",
        1,
        [sale()],
        {},
        "158.00",
        True,
        None,
    ),
    ("needs a sku", with_skus(), None, 1, [sale()], {}, "99.00", False, QuoteProblem.NEEDS_SKU),
    ("unknown sku", with_skus(), "zz", 1, [], {}, "99.00", False, QuoteProblem.UNKNOWN_SKU),
    ("within limit", plain(), None, 2, [sale()], {}, "79.00", True, None),
    ("over limit", plain(), None, 3, [sale()], {}, "79.00", True, QuoteProblem.OVER_LIMIT),
    (
        "limit across orders",
        plain(),
        None,
        1,
        [sale(id="fs")],
        {"fs": 2},
        "79.00",
        True,
        QuoteProblem.OVER_LIMIT,
    ),
    (
        "fewer flash units than asked",
        plain(),
        None,
        2,
        [sale(sold=99)],
        {},
        "79.00",
        True,
        QuoteProblem.FLASH_SOLD_OUT,
    ),
    ("not enough stock", plain(), None, 11, [], {}, "99.00", False, QuoteProblem.NOT_ENOUGH_STOCK),
    (
        "held units are gone",
        replace(plain(), held=10),
        None,
        1,
        [],
        {},
        "99.00",
        False,
        QuoteProblem.SOLD_OUT,
    ),
    (
        "off shelf",
        replace(plain(), status=ProductStatus.OFF_SHELF),
        None,
        1,
        [],
        {},
        "99.00",
        False,
        QuoteProblem.OFF_SHELF,
    ),
    ("zero quantity", plain(), None, 0, [], {}, "99.00", False, QuoteProblem.BAD_QUANTITY),
]


@pytest.mark.parametrize(
    ("product", "sku", "qty", "sales", "bought", "unit", "flash", "problem"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_quote_line(
    product: Product,
    sku: str | None,
    qty: int,
    sales: list[FlashSale],
    bought: dict[str, int],
    unit: str,
    flash: bool,
    problem: QuoteProblem | None,
) -> None:
    quote = quote_line(product, sku_id=sku, quantity=qty, sales=sales, now=NOW, bought=bought)
    assert quote.unit_price == D(unit)
    assert quote.on_flash_sale is flash
    assert quote.problem == problem
    assert quote.total == (D(unit) * qty).quantize(D("0.01"))


def test_flash_quote_shows_the_regular_price_struck_and_what_is_left() -> None:
    q = quote_line(plain(), sales=[sale(sold=40)], now=NOW, bought={})
    assert q.compare_at == D("159.00")  # the list price is higher than the regular one
    assert q.flash_units_left == 60 and q.limit_left == 2 and q.max_quantity == 2
    sku = quote_line(with_skus(), sku_id="s1", sales=[sale(sku_id="s1")], now=NOW)
    assert sku.compare_at == D("99.00") and sku.regular_price == D("99.00")


def test_currency_travels_with_the_quote() -> None:
    usd = replace(plain(), currency="USD")
    assert quote_line(usd, now=NOW).currency == "USD"
    assert best_offer(usd, now=NOW).currency == "USD"


def test_best_offer_is_the_cheapest_option_a_shopper_can_buy() -> None:
    product = with_skus()
    # A SKU-level sale makes that SKU the card price (fs-002 in the sample: ¥79, not ¥99).
    offer = best_offer(product, sales=[sale(sku_id="s1")], now=NOW)
    assert offer.price == D("79.00") and offer.sku_id == "s1" and offer.flash_sale is not None
    assert offer.from_price  # other options cost more: "¥79起"
    # A sold-out option does not set the price while another can be bought.
    sold_out_cheap = replace(product, skus=(replace(product.skus[0], stock=0), product.skus[1]))
    assert best_offer(sold_out_cheap, now=NOW).price == D("178.00")
    # Everything sold out: still a price to show.
    nothing = replace(product, skus=tuple(replace(s, stock=0) for s in product.skus))
    assert best_offer(nothing, now=NOW).price == D("99.00")
    # Inactive (dropped) SKUs are never offered.
    dropped = replace(product, skus=(replace(product.skus[0], active=False), product.skus[1]))
    assert best_offer(dropped, now=NOW).price == D("178.00")


def test_best_offer_agrees_with_the_quote_of_its_option() -> None:
    product = with_skus()
    for sales in ([], [sale()], [sale(sku_id="s2", price=D("90"))], [sale(sold=100)]):
        offer = best_offer(product, sales=sales, now=NOW)
        quote = quote_line(product, sku_id=offer.sku_id, sales=sales, now=NOW)
        assert quote.unit_price == offer.price and quote.flash_sale == offer.flash_sale


cents = st.integers(min_value=1, max_value=10_000_00).map(lambda c: D(c) / 100)


@given(
    regular=cents,
    flash=cents,
    qty=st.integers(min_value=1, max_value=5),
    sold=st.integers(min_value=0, max_value=10),
    bought=st.integers(min_value=0, max_value=5),
)
def test_money_invariants(regular: D, flash: D, qty: int, sold: int, bought: int) -> None:
    """Whatever the numbers: a flash price never raises a price, totals are exact cents, and an
    accepted flash line never exceeds the sale's units or the shopper's limit."""
    product = make_product(id="p", price=regular, original_price=None, stock=100)
    sales = [sale(id="fs", price=flash, quantity=10, sold=sold, per_user_limit=3)]
    q = quote_line(product, quantity=qty, sales=sales, now=NOW, bought={"fs": bought})
    assert q.unit_price <= regular
    assert q.total == q.total.quantize(D("0.01")) == q.unit_price * qty
    if q.ok and q.on_flash_sale:
        assert qty <= 10 - sold and bought + qty <= 3
