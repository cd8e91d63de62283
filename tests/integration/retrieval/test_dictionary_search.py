"""Cross-language search beyond the curated lexicon: the dictionary reading (CC-CEDICT) lets
an English shopper find a Chinese listing and a Chinese shopper an English one, for words the
lexicon has never heard of (足浴盆, 打呼噜, flour)."""

from __future__ import annotations

from decimal import Decimal

from daihuo.bootstrap import App
from ground.clock import FixedClock
from retrieval.embedder import Embedder
from retrieval.indexing import sync_index
from tests.factories.catalog import make_product
from tests.integration.retrieval.conftest import hit_ids
from tests.integration.retrieval.seed import seed


def _catalog() -> list:
    def listing(pid: str, title: str, category: str, language: str) -> object:
        return make_product(
            id=pid,
            title=title,
            category=category,
            tags=(),
            attributes={},
            faqs=(),
            brand=None,
            price=Decimal("99.00"),
            language=language,
        )

    def zh(pid: str, title: str, category: str) -> object:
        return listing(pid, title, category, "zh-CN")

    def en(pid: str, title: str, category: str) -> object:
        return listing(pid, title, category, "en")

    return [
        zh("zh-footbath", "足浴盆 全自动按摩 恒温加热 泡脚桶", "家居/个护/足浴盆"),
        zh("zh-cane", "老人拐杖 四脚防滑 可伸缩", "家居/老人用品/拐杖"),
        zh("zh-noodles", "重庆小面 麻辣 5袋装", "食品/方便食品/面条"),
        zh("zh-mop", "平板拖把 免手洗 家用", "家居/清洁/拖把"),
        en("en-earplugs", "Soft Foam Earplugs for Sleeping, 30 Pairs", "Health/Sleep/Earplugs"),
        en(
            "en-scale",
            "Digital Kitchen Scale for Baking, weighs flour and sugar",
            "Kitchen/Tools/Scales",
        ),
        en("en-mug", "Ceramic Coffee Mug 350ml", "Kitchen/Drinkware/Mugs"),
        en("en-socks", "Merino Wool Hiking Socks", "Clothing/Socks"),
    ]


async def test_the_dictionary_reading_crosses_languages_both_ways(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    app.retrieval.embedder = real_embedder
    await seed(app, products=_catalog())
    await sync_index(app.retrieval)
    search = app.retrieval.search_service()
    assert hit_ids(await search.search("foot bath massager", k=3))[:1] == ["zh-footbath"]
    assert hit_ids(await search.search("walking stick for grandpa", k=3))[:1] == ["zh-cane"]
    assert hit_ids(await search.search("室友打呼噜 睡不着", k=3))[:1] == ["en-earplugs"]
    assert hit_ids(await search.search("做蛋糕 称面粉", k=3))[:1] == ["en-scale"]
