"""Incremental indexing with the real model and real Chroma (embedded)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from catalog.model import ProductStatus
from daihuo.bootstrap import App
from ground.clock import FixedClock
from retrieval.indexing import sync_index, verify_index
from tests.integration.retrieval import catalog_fixture as cat
from tests.integration.retrieval.conftest import CountingEmbedder
from tests.integration.retrieval.seed import remove_product, seed


async def _seed_all(app: App, clock: FixedClock) -> None:
    now = clock.now()
    await seed(
        app,
        creators=cat.creators(),
        products=cat.products(),
        rooms=cat.rooms(now),
        videos=cat.videos(),
        sales=cat.sales(now),
    )


async def test_only_new_and_changed_products_are_embedded(
    app: App, clock: FixedClock, counting: CountingEmbedder
) -> None:
    await _seed_all(app, clock)
    first = await sync_index(app.retrieval)
    on_sale = [p for p in cat.products() if p.status is ProductStatus.ON_SALE]
    assert (first.added, first.total) == (len(on_sale), len(on_sale))
    assert counting.documents == len(on_sale)

    again = await sync_index(app.retrieval)
    assert again.embedded == 0 and not again.changed
    assert counting.documents == len(on_sale)

    products = {p.id: p for p in cat.products()}
    await seed(app, products=[replace(products["p-case"], title="iPhone 15 Pro 磁吸手机壳")])
    changed = await sync_index(app.retrieval)
    assert (changed.updated, changed.embedded) == (1, 1)
    assert counting.documents == len(on_sale) + 1

    # A price change is metadata only: re-indexed, not re-embedded.
    await seed(app, products=[replace(products["p-jacket"], price=Decimal("459.00"))])
    price_only = await sync_index(app.retrieval)
    assert (price_only.updated, price_only.embedded) == (1, 0)

    # Renaming a creator changes the text of that creator's products only.
    await seed(app, creators=[replace(cat.creators()[0], name="小美")])
    renamed = await sync_index(app.retrieval)
    xiaomei = [p for p in on_sale if p.creator_id == "c-xm"]
    assert renamed.updated == len(xiaomei)
    # The English-only model's text leaves Chinese names out, so nothing needs re-embedding.
    assert renamed.embedded == 0
    assert (await verify_index(app.retrieval)).ok


async def test_deleted_and_off_shelf_products_leave_the_index(
    app: App, clock: FixedClock, counting: CountingEmbedder
) -> None:
    await _seed_all(app, clock)
    await sync_index(app.retrieval)
    products = {p.id: p for p in cat.products()}
    await seed(app, products=[replace(products["p-jacket"], status=ProductStatus.OFF_SHELF)])
    await remove_product(app, "p-case")
    report = await sync_index(app.retrieval)
    assert report.removed == 2 and report.embedded == 0
    chroma = app.retrieval._chroma.collection
    assert chroma.get(ids=["p-jacket", "p-case"])["ids"] == []
    assert (await verify_index(app.retrieval)).ok

    await seed(app, products=[products["p-jacket"]])  # back on shelf
    back = await sync_index(app.retrieval)
    assert back.added == 1 and back.embedded == 1


async def test_verify_reports_stale_and_missing_entries(
    app: App, clock: FixedClock, counting: CountingEmbedder
) -> None:
    await _seed_all(app, clock)
    await sync_index(app.retrieval)
    products = {p.id: p for p in cat.products()}
    await seed(
        app,
        products=[
            replace(products["p-lipstick"], title="丝绒口红 新色"),
            replace(products["p-case"], id="p-new-case"),
        ],
    )
    report = await verify_index(app.retrieval)
    assert report.stale == ["p-lipstick"]
    assert report.missing == ["p-new-case"]
    await sync_index(app.retrieval)
    assert (await verify_index(app.retrieval)).ok


async def test_rebuild_reembeds_everything(
    app: App, clock: FixedClock, counting: CountingEmbedder
) -> None:
    await _seed_all(app, clock)
    first = await sync_index(app.retrieval)
    rebuilt = await sync_index(app.retrieval, rebuild=True)
    assert rebuilt.rebuilt and rebuilt.embedded == first.total == rebuilt.total
    assert (await verify_index(app.retrieval)).ok
