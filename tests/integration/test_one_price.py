"""Regressions of "two prices for one flash sale" on the bundled sample catalog: the card, the
SKU step, search, its price filter, /live, the product page, Q&A and the cart all show the one
price `catalog.pricing` decides — real search (model, Chroma, BM25) and the real engine."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest
import pytest_asyncio

from bot.reply import Incoming, Reply
from catalog import queries
from catalog.services import load_sample_catalog
from daihuo import migrate
from daihuo.bootstrap import App, bootstrap
from ground.clock import FixedClock
from ground.settings import Settings
from orders import errors
from orders.commands import AddToCart, ViewCart
from orders.services import add_to_cart, view_cart
from retrieval.indexing import sync_index
from tests.conftest import TEST_NOW

pytestmark = [pytest.mark.slow, pytest.mark.asyncio(loop_scope="module")]
D = Decimal


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def sample(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[App]:
    data: Path = tmp_path_factory.mktemp("sample") / "data"
    app = bootstrap(Settings(_env_file=None, data_dir=data), clock=FixedClock(TEST_NOW))  # type: ignore[call-arg]
    await migrate.upgrade(app.engine)
    assert (await load_sample_catalog(app, now=TEST_NOW)).ok
    await sync_index(app.retrieval)
    yield app
    await app.aclose()


async def say(app: App, text: str | None = None, *, user: str = "tg:9", **kw: object) -> Reply:
    return await app.conversation().handle(
        Incoming(user_id=user, chat_id=user, language_code="zh", text=text, **kw)  # type: ignore[arg-type]
    )


async def test_a_sku_flash_sale_is_one_price_from_card_to_cart(sample: App) -> None:
    (card,) = await queries.product_cards(sample, ["bt-003"])
    assert card.offer.price == D("79.00") and card.offer.sku_id == "bt-003-s1"
    page = await queries.product_page(sample, "bt-003", user_key="tg:9")
    assert page is not None
    prices = {o.sku_id: o.quote.unit_price for o in page.options}
    assert prices == {"bt-003-s1": D("79.00"), "bt-003-s2": D("178.00")}
    change = await add_to_cart(sample, AddToCart("tg:9", "bt-003", "bt-003-s1"))
    assert change.cart.totals == {"CNY": D("79.00")}
    # Q&A quotes the same price.
    answer = await sample.retrieval.qa_service().answer("bt-003", "多少钱")
    assert answer.answerable and "79" in answer.answer


async def test_the_cart_refuses_a_third_unit_of_a_limit_two_sale(sample: App) -> None:
    await add_to_cart(sample, AddToCart("tg:limit", "bt-003", "bt-003-s1", quantity=2))
    with pytest.raises(errors.OverLimit):
        await add_to_cart(sample, AddToCart("tg:limit", "bt-003", "bt-003-s1"))
    cart = await view_cart(sample, ViewCart("tg:limit"))
    assert [p.line.quantity for p in cart.lines] == [2]


async def test_a_product_wide_sale_takes_the_same_amount_off_each_sku(sample: App) -> None:
    change = await add_to_cart(sample, AddToCart("tg:el1", "el-001", "el-001-s1"))
    assert change.cart.totals == {"CNY": D("169.00")}  # ⚡¥169, never ¥199


async def test_search_its_price_filter_and_live_use_the_running_sku_sale(sample: App) -> None:
    search = sample.retrieval.search_service()
    result = await search.search("wireless earbuds under 300", k=50)
    hit = next((h for h in result.hits if h.product.id == "el-007"), None)
    assert hit is not None and hit.offer.price == D("299.00") and hit.flash_sale is not None
    assert all(h.offer.price <= 300 for h in result.hits)
    overview = await queries.live_overview(sample, preview=10)
    rice = overview.cards.get("fd-014")
    assert rice is not None and rice.offer.price == D("49.90")


async def test_the_chat_shows_the_same_price_everywhere(sample: App) -> None:
    live = (await say(sample, command="live")).plain_text()
    assert "五常稻花香大米" in live and "¥49.90" in live and "¥69.90" not in live
    opened = await say(sample, command="start", deep_link="fs_fs-002")
    assert "¥79" in opened.plain_text()
    buy = next(b for b in opened.all_buttons() if b.action == "buy")
    assert buy.args == {"pid": "bt-003", "sku": "bt-003-s1"}  # straight to the sale's SKU
    details = await say(sample, command="start", deep_link="product_el-007")
    assert "¥299" in details.plain_text()
