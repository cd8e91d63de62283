"""Issue 12: search says when nothing matches, tolerates typos and finds upcoming flash sales.

Asserts on the typed SearchResult (nothing_matches, alternatives_filters, hits), not on copy.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from catalog.model import FlashSale, Product
from daihuo.bootstrap import App
from ground.clock import FixedClock
from retrieval.embedder import Embedder
from retrieval.indexing import sync_index
from retrieval.service import MAX_QUERY_CHARS, SearchService
from tests.factories.catalog import make_flash_sale, make_product
from tests.integration.retrieval.conftest import hit_ids
from tests.integration.retrieval.seed import seed
from tests.integration.retrieval.test_search import _indexed

# Listings with nothing but a title and a category: what a test says about them is all there is.
PLAIN: dict[str, Any] = {"attributes": {}, "faqs": (), "tags": (), "shipping": None, "brand": None}


async def _search_over(
    app: App, embedder: Embedder, *, products: list[Product], sales: list[FlashSale] | None = None
) -> SearchService:
    """Seed exactly these products (and sales), index them with the real model, and search."""
    app.retrieval.embedder = embedder
    await seed(app, products=products, sales=sales or [])
    await sync_index(app.retrieval)
    return app.retrieval.search_service()


@pytest.fixture
async def search(app: App, clock: FixedClock, real_embedder: Embedder) -> SearchService:
    return await _indexed(app, clock, real_embedder)


@pytest.mark.parametrize("query", ["100以内的口红", "lipstick under 100"])
async def test_nothing_under_the_price_says_so_then_shows_alternatives(
    search: SearchService, query: str
) -> None:
    """`100以内的口红` listed books and pet toys as "27 products found"; the only lipstick
    costs ¥139."""
    result = await search.search(query)
    assert result.nothing_matches
    assert result.query.filters.max_price == Decimal("100")
    # The nearest alternative is the lipstick itself, found without the price constraint.
    assert result.alternatives_filters is not None
    assert result.alternatives_filters.max_price is None
    assert hit_ids(result)[:1] == ["p-lipstick"]


@pytest.mark.parametrize("query", ["😀😀😀", "🎧", "A" * 5000, "？？？"])
async def test_noise_matches_nothing(search: SearchService, query: str) -> None:
    """Emoji, punctuation and a 5000-character `AAAA…` returned 22 random products each."""
    result = await search.search(query)
    assert result.nothing_matches
    assert len(result.query.original) <= MAX_QUERY_CHARS


async def test_a_real_match_is_not_called_nothing(search: SearchService) -> None:
    for query in ("口红", "lipstick", "防晒 100以内", "wireless earbuds"):
        result = await search.search(query)
        assert not result.nothing_matches, query
        assert result.hits


@pytest.mark.parametrize("query", ["蓝芽耳机", "lanya erji", "羽绒副", "sunscrean"])
async def test_typos_homophones_and_pinyin(search: SearchService, query: str) -> None:
    result = await search.search(query, k=3)
    assert not result.nothing_matches, query
    expected = {
        "蓝芽耳机": "p-earbuds-zh",
        "lanya erji": "p-earbuds-zh",
        "羽绒副": "p-jacket",
        "sunscrean": "p-sunscreen-en",
    }[query]
    assert expected in hit_ids(result)[:2]


@pytest.mark.parametrize("query", ["快开始的秒杀", "秒杀预告", "flash sales starting soon"])
async def test_upcoming_flash_sales_can_be_found(search: SearchService, query: str) -> None:
    """`快开始的秒杀` showed only running sales; the earbuds' sale starts in ten minutes."""
    result = await search.search(query)
    assert result.query.filters.flash_soon and not result.query.filters.on_flash_sale
    assert hit_ids(result) == ["p-earbuds-zh"]
    assert result.hits[0].card.upcoming_sale is not None


async def test_a_compounds_modifier_alone_is_a_neighbour_not_a_match(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    """蓝牙耳机 is 耳机 (earbuds), the head of the compound: a bluetooth speaker shares only
    the modifier 蓝牙. Under ¥150 only the speaker is left, and the shopper is told nothing
    matches, with the earbuds found without the price as the alternative."""
    search = await _search_over(
        app,
        real_embedder,
        products=[
            make_product(
                id="p-speaker",
                title="便携蓝牙音箱 户外",
                category="数码/音箱",
                price=Decimal("99.00"),
                original_price=None,
                **PLAIN,
            ),
            make_product(
                id="p-earbuds",
                title="降噪蓝牙耳机 长续航",
                category="数码/耳机",
                price=Decimal("199.00"),
                original_price=None,
                **PLAIN,
            ),
        ],
    )
    earbuds = await search.search("蓝牙耳机 150以内")
    assert earbuds.nothing_matches
    assert earbuds.alternatives_filters is not None
    assert hit_ids(earbuds)[:1] == ["p-earbuds"]
    speaker = await search.search("蓝牙音箱 150以内")
    assert not speaker.nothing_matches and hit_ids(speaker)[:1] == ["p-speaker"]


async def test_a_trouble_the_shopper_names_finds_what_answers_it(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    """ "老公胡子扎人" names no product: the shaver answers it (retrieval/lexicons/needs.tsv),
    as "dark circles" asks for an eye cream. The listings never say the trouble."""

    search = await _search_over(
        app,
        real_embedder,
        products=[
            make_product(
                id="p-shaver", title="男士电动剃须刀 全身水洗", category="个护/剃须刀", **PLAIN
            ),
            make_product(id="p-comb", title="防静电木梳 男士", category="个护/梳子", **PLAIN),
            make_product(
                id="p-eye",
                title="Caffeine eye cream 15ml",
                category="Beauty/Eye care",
                language="en",
                **PLAIN,
            ),
            make_product(
                id="p-mask",
                title="Hydrating sheet mask 10 pack",
                category="Beauty/Masks",
                language="en",
                **PLAIN,
            ),
        ],
    )
    shaver = await search.search("老公胡子扎人")
    assert not shaver.nothing_matches and hit_ids(shaver)[:1] == ["p-shaver"]
    eye = await search.search("terrible dark circles from late nights")
    assert hit_ids(eye)[:1] == ["p-eye"]


async def test_a_message_naming_another_kind_of_product_is_told_apart(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    """The router's test: "有没有口红" in view of a hair dryer names another kind the catalog
    sells; "能吹干头发吗" and "送收纳袋吗" are about the dryer."""

    search = await _search_over(
        app,
        real_embedder,
        products=[
            make_product(id="p-dryer", title="高速吹风机 负离子", category="个护/吹风机", **PLAIN),
            make_product(id="p-lip", title="丝绒口红 显白", category="美妆/口红", **PLAIN),
        ],
    )
    assert await search.names_another_kind("有没有口红", "p-dryer")
    assert await search.names_another_kind("any lipstick?", "p-dryer")
    assert not await search.names_another_kind("能吹干头发吗", "p-dryer")
    assert not await search.names_another_kind("吹风机声音大吗", "p-dryer")
    assert not await search.names_another_kind("送口红吗", "p-dryer")


async def test_upcoming_sales_are_listed_soonest_first(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    """`即将开始的秒杀` listed sales starting in 18 min, 43 min, 3 min, 28 min."""
    from datetime import timedelta

    now = clock.now()
    starts = {"p-a": 18, "p-b": 43, "p-c": 3, "p-d": 28}
    search = await _search_over(
        app,
        real_embedder,
        products=[
            make_product(id=pid, title=f"好物 {pid}", category="家居/杂货", **PLAIN)
            for pid in starts
        ],
        sales=[
            make_flash_sale(
                id=f"fs-{pid}",
                product_id=pid,
                price=Decimal("9.90"),
                starts_at=now + timedelta(minutes=m),
                ends_at=now + timedelta(minutes=m + 30),
            )
            for pid, m in starts.items()
        ],
    )
    result = await search.search("即将开始的秒杀")
    assert hit_ids(result) == ["p-c", "p-a", "p-d", "p-b"]
