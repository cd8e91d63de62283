"""Hybrid search end to end: real model, real Chroma, SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from daihuo.bootstrap import App
from ground.clock import FixedClock
from retrieval.embedder import Embedder
from retrieval.indexing import sync_index
from retrieval.service import SearchService
from retrieval.types import SearchFilters, SortOrder
from tests.integration.retrieval import catalog_fixture as cat
from tests.integration.retrieval.conftest import CountingEmbedder, hit_ids, match_ids
from tests.integration.retrieval.seed import seed


async def _indexed(app: App, clock: FixedClock, embedder: Embedder) -> SearchService:
    app.retrieval.embedder = embedder
    now = clock.now()
    await seed(
        app,
        creators=cat.creators(),
        products=cat.products(),
        rooms=cat.rooms(now),
        videos=cat.videos(),
        sales=cat.sales(now),
    )
    await sync_index(app.retrieval)
    return app.retrieval.search_service()


async def test_cross_lingual_both_ways(
    any_app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    search = await _indexed(any_app, clock, real_embedder)
    earbuds = hit_ids(await search.search("wireless earbuds", k=5))
    assert {"p-earbuds-en", "p-earbuds-zh"} <= set(earbuds[:3])
    sunscreen = hit_ids(await search.search("防晒", k=5))
    assert {"p-sunscreen-zh", "p-sunscreen-en"} <= set(sunscreen[:2])
    assert hit_ids(await search.search("蓝芽耳机", k=3))[0] == "p-earbuds-zh"


async def test_off_shelf_products_are_never_returned(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    search = await _indexed(app, clock, real_embedder)
    result = await search.search("下架的蓝牙耳机", k=20)
    assert "p-off" not in hit_ids(result)


async def test_price_filter_uses_the_flash_price_only_while_it_runs(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    search = await _indexed(app, clock, real_embedder)
    before = await search.search("蓝牙耳机 100以内")
    assert before.query.constraint_labels == ("¥100以内",)
    assert "p-earbuds-zh" not in hit_ids(before)
    clock.advance(minutes=15)
    during = await search.search("蓝牙耳机 100以内")
    hit = next(h for h in during.hits if h.product.id == "p-earbuds-zh")
    assert hit.effective_price == Decimal("99.00") and hit.flash_sale is not None
    assert "p-earbuds-zh" in hit_ids(await search.search("秒杀 耳机"))
    clock.advance(hours=1)
    assert "p-earbuds-zh" not in hit_ids(await search.search("蓝牙耳机 100以内"))


async def test_live_now_and_scope(app: App, clock: FixedClock, real_embedder: Embedder) -> None:
    search = await _indexed(app, clock, real_embedder)
    live = await search.search("正在直播的口红")
    assert hit_ids(live) == ["p-lipstick"]
    assert live.hits[0].live_room_ids == ("r-live",)
    # Everything in the live carts when the text carries only constraints.
    assert set(hit_ids(await search.search("正在直播"))) == {"p-lipstick", "p-sunscreen-zh"}
    in_video = await search.search("耳机", scope=SearchFilters(video_id="v-1"))
    assert hit_ids(in_video) == ["p-earbuds-en"]
    later_room = await search.search("耳机", scope=SearchFilters(live_room_id="r-later"))
    assert hit_ids(later_room) == ["p-earbuds-zh"]
    clock.advance(hours=3)
    assert hit_ids(await search.search("正在直播的耳机")) == ["p-earbuds-zh"]


async def test_creator_mention_sorting_and_paging(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    search = await _indexed(app, clock, real_embedder)
    by_creator = await search.search("小美爱分享的防晒")
    assert by_creator.query.filters.creator_id == "c-xm"
    assert set(hit_ids(by_creator)) == {"p-sunscreen-zh", "p-sunscreen-en"}
    cheapest = await search.search("cheapest sunscreen")
    assert cheapest.query.filters.sort is SortOrder.PRICE_ASC
    prices = [h.effective_price for h in cheapest.hits]
    assert prices == sorted(prices) and len(prices) >= 2
    page1 = await search.search("耳机", k=1)
    page2 = await search.search("耳机", k=1, offset=1)
    assert page1.total == page2.total >= 2
    assert hit_ids(page1) != hit_ids(page2)


async def test_results_are_never_stale(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    search = await _indexed(app, clock, real_embedder)
    products = {p.id: p for p in cat.products()}
    # A price change without re-indexing: the hit shows the catalog's current price …
    await seed(app, products=[replace(products["p-jacket"], price=Decimal("299.00"))])
    search.invalidate()
    hit = (await search.search("羽绒服")).hits[0]
    assert hit.product.id == "p-jacket" and hit.effective_price == Decimal("299.00")
    # … and filters follow it.
    assert "p-jacket" in match_ids(await search.search("羽绒服 300以内"))
    # Taken off shelf and not yet re-indexed: still never shown.
    await seed(app, products=[replace(products["p-jacket"], status=cat.ProductStatus.OFF_SHELF)])
    search.invalidate()
    assert "p-jacket" not in hit_ids(await search.search("羽绒服"))


async def test_index_changes_reach_a_running_service(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    search = await _indexed(app, clock, real_embedder)
    new = replace(
        cat.products()[0], id="p-new", title="儿童电话手表 4G 定位", category="数码/智能手表"
    )
    await seed(app, products=[new])
    assert "p-new" not in hit_ids(await search.search("电话手表"))
    await sync_index(app.retrieval)
    assert hit_ids(await search.search("电话手表"))[0] == "p-new"


async def test_search_embeds_each_query_once(
    app: App, clock: FixedClock, counting: CountingEmbedder
) -> None:
    search = await _indexed(app, clock, counting)  # type: ignore[arg-type]
    before = counting.queries
    for _ in range(3):
        await search.search("wireless earbuds")
    assert counting.queries - before == 1


@pytest.mark.parametrize("text", ["", "   ", "的"])
async def test_degenerate_queries_do_not_fail(
    app: App, clock: FixedClock, real_embedder: Embedder, text: str
) -> None:
    search = await _indexed(app, clock, real_embedder)
    result = await search.search(text)
    assert result.total >= 0


async def test_no_index_yet_returns_nothing(app: App) -> None:
    result = await (app.retrieval.search_service()).search("耳机")
    assert result.hits == [] and result.total == 0


async def test_another_process_change_is_picked_up_without_blocking_searches(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    """No invalidate(): a price drop made elsewhere is found by the periodic background check."""
    from retrieval import service as service_module

    search = await _indexed(app, clock, real_embedder)
    products = {p.id: p for p in cat.products()}
    # It costs 499: no match (it is only offered as the nearest alternative).
    assert "p-jacket" not in match_ids(await search.search("羽绒服 300以内"))
    await seed(app, products=[replace(products["p-jacket"], price=Decimal("299.00"))])
    # Within the check interval the filter still works on the loaded snapshot …
    assert "p-jacket" not in match_ids(await search.search("羽绒服 300以内"))
    # … once the interval has passed, a search starts the check and is answered at once;
    search._checked_at -= service_module.REFRESH_SECONDS
    await search.search("羽绒服")
    assert search._refresh_task is not None
    await search._refresh_task
    # the next search filters on the new price.
    assert "p-jacket" in match_ids(await search.search("羽绒服 300以内"))


async def test_sold_out_listing_ranks_below_an_equally_relevant_one_in_stock(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    from tests.factories.catalog import make_product

    app.retrieval.embedder = real_embedder
    title = "Trail running shoes, waterproof, lightweight"
    await seed(
        app,
        products=[
            # Sold-out first in id order, so a tie would otherwise favour it.
            make_product(id="shoe-a", title=title, category="Sports/Shoes", stock=0, tags=()),
            make_product(id="shoe-b", title=title, category="Sports/Shoes", stock=5, tags=()),
        ],
    )
    await sync_index(app.retrieval)
    search = app.retrieval.search_service()
    ids = hit_ids(await search.search("waterproof trail running shoes"))
    assert ids[:2] == ["shoe-b", "shoe-a"]  # still findable, just not first
    assert hit_ids(await search.search("waterproof trail running shoes 有货")) == ["shoe-b"]
