"""Filter masks over the catalog, evaluated against the injectable clock."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import numpy as np

from catalog.model import Platform, ProductStatus
from daihuo.bootstrap import App
from ground.clock import FixedClock
from retrieval.filtering import FilterTable, load_filter_table
from retrieval.types import SearchFilters
from tests.factories.catalog import (
    make_creator,
    make_flash_sale,
    make_live_room,
    make_product,
    make_video,
)
from tests.integration.retrieval.seed import seed

IDS = ["p-a", "p-b", "p-c", "p-off", "p-gone"]


async def _table(app: App, clock: FixedClock) -> FilterTable:
    now = clock.now()
    await seed(
        app,
        creators=[
            make_creator(id="c-dy", platform=Platform.DOUYIN),
            make_creator(id="c-ks", name="快手达人", handle="ks", platform=Platform.KUAISHOU),
        ],
        products=[
            make_product(
                id="p-a", price=Decimal("199.00"), creator_id="c-dy", category="数码/音频/耳机"
            ),
            make_product(
                id="p-b",
                price=Decimal("59.00"),
                stock=0,
                creator_id="c-ks",
                category="数码/手机配件",
            ),
            make_product(
                id="p-c", price=Decimal("120.00"), creator_id="c-dy", category="美妆/护肤/防晒"
            ),
            make_product(id="p-off", price=Decimal("10.00"), status=ProductStatus.OFF_SHELF),
        ],
        rooms=[
            make_live_room(
                id="r-live",
                creator_id="c-dy",
                product_ids=("p-a",),
                starts_at=now - timedelta(hours=1),
                ends_at=now + timedelta(hours=1),
            ),
            make_live_room(
                id="r-later",
                creator_id="c-ks",
                product_ids=("p-b",),
                starts_at=now + timedelta(hours=3),
                ends_at=now + timedelta(hours=5),
            ),
        ],
        videos=[make_video(id="v-1", creator_id="c-dy", product_ids=("p-c",))],
        sales=[
            make_flash_sale(
                id="fs-1",
                product_id="p-a",
                price=Decimal("99.00"),
                starts_at=now + timedelta(minutes=10),
                ends_at=now + timedelta(minutes=40),
            ),
        ],
    )
    async with app.uow() as uow:
        return await load_filter_table(uow.session, IDS)


def _ids(table: FilterTable, mask: np.ndarray) -> set[str]:
    return {table.ids[i] for i in np.flatnonzero(mask)}


async def test_off_shelf_and_deleted_products_never_pass(app: App, clock: FixedClock) -> None:
    table = await _table(app, clock)
    assert _ids(table, table.mask(SearchFilters(), clock.now())) == {"p-a", "p-b", "p-c"}


async def test_flash_price_counts_only_inside_the_window(app: App, clock: FixedClock) -> None:
    table = await _table(app, clock)
    under_100 = SearchFilters(max_price=Decimal("100"))
    assert _ids(table, table.mask(under_100, clock.now())) == {"p-b"}
    assert _ids(table, table.mask(SearchFilters(on_flash_sale=True), clock.now())) == set()
    during = clock.advance(minutes=15)
    assert _ids(table, table.mask(under_100, during)) == {"p-a", "p-b"}
    assert _ids(table, table.mask(SearchFilters(on_flash_sale=True), during)) == {"p-a"}
    after = clock.advance(hours=1)
    assert _ids(table, table.mask(under_100, after)) == {"p-b"}


async def test_live_now_follows_the_clock(app: App, clock: FixedClock) -> None:
    table = await _table(app, clock)
    live = SearchFilters(live_now=True)
    assert _ids(table, table.mask(live, clock.now())) == {"p-a"}
    assert _ids(table, table.mask(live, clock.now() + timedelta(hours=4))) == {"p-b"}
    assert _ids(table, table.mask(live, clock.now() + timedelta(hours=6))) == set()


async def test_scope_filters(app: App, clock: FixedClock) -> None:
    table = await _table(app, clock)
    now = clock.now()

    def ids(**kw: object) -> set[str]:
        return _ids(table, table.mask(SearchFilters(**kw), now))  # type: ignore[arg-type]

    assert ids(live_room_id="r-later") == {"p-b"}
    assert ids(video_id="v-1") == {"p-c"}
    assert ids(category_prefix="数码") == {"p-a", "p-b"}
    assert ids(category_prefix="数码/音频") == {"p-a"}
    assert ids(category_prefix="数") == set()  # prefixes are whole path segments
    assert ids(creator_id="c-ks") == {"p-b"}
    assert ids(platform="douyin") == {"p-a", "p-c"}
    assert ids(in_stock=True) == {"p-a", "p-c"}
    assert ids(min_price=Decimal("100"), max_price=Decimal("150")) == {"p-c"}
    assert ids(live_room_id="no-such-room") == set()
