"""A missing, partial or corrupt search index is found by the cheap check and repaired (or
refused with one clear line), and `daihuo index` repairs whatever `--verify` reports."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from catalog.model import ProductStatus
from daihuo.bootstrap import App
from ground.clock import FixedClock
from retrieval.health import IndexUnavailable, check_index, ensure_index
from retrieval.indexing import sync_index, verify_index
from retrieval.store import IndexStoreError, index_root
from tests.integration.faults.conftest import Restart, embedded, seeded
from tests.integration.retrieval import catalog_fixture as cat

pytestmark = pytest.mark.slow

ON_SALE = sum(p.status is ProductStatus.ON_SALE for p in cat.products())
OFF_SHELF = len(cat.products()) - ON_SALE


async def indexed_app(restart: Restart, clock: FixedClock) -> App:
    app = await seeded(restart(), clock)
    report = await sync_index(app.retrieval)
    assert report.total == ON_SALE
    assert (await check_index(app.retrieval)).ok
    await app.aclose()
    return app


def moved_aside(data_dir: Path) -> list[str]:
    return [p.name for p in data_dir.glob("chroma.broken-*")]


async def search_ids(app: App, text: str) -> list[str]:
    result = await app.retrieval.search_service().search(text)
    return [h.product.id for h in result.hits]


async def test_summary_counts_add_up_and_off_shelf_is_apart(
    restart: Restart, clock: FixedClock
) -> None:
    app = await seeded(restart(), clock)
    first = await sync_index(app.retrieval)
    again = await sync_index(app.retrieval)
    for report in (first, again):
        assert report.total == report.added + report.updated + report.unchanged + report.restored
        assert report.off_shelf == OFF_SHELF
    assert f"search index: {ON_SALE} products (0 added, 0 updated, {ON_SALE} unchanged)" in (
        again.summary()
    )
    assert f"{OFF_SHELF} off shelf, not indexed" in again.summary()


async def test_lost_index_folder_is_repaired_on_start_without_re_embedding(
    restart: Restart, clock: FixedClock, data_dir: Path
) -> None:
    await indexed_app(restart, clock)
    shutil.rmtree(data_dir / "index")
    app = restart()
    health = await check_index(app.retrieval)
    assert not health.ok and "the search index is missing" in health.problems
    after, report = await ensure_index(app.retrieval)
    assert after.ok and report is not None
    assert report.embedded == 0 and report.reused == ON_SALE  # vectors came from the store
    assert "p-earbuds-zh" in await search_ids(app, "降噪耳机")
    assert (await verify_index(app.retrieval)).ok


async def test_lost_vector_store_is_restored_from_the_snapshot(
    restart: Restart, clock: FixedClock, data_dir: Path
) -> None:
    await indexed_app(restart, clock)
    shutil.rmtree(data_dir / "chroma")
    app = restart()
    health = await check_index(app.retrieval)
    assert f"{ON_SALE} indexed products are missing from the vector store" in health.problems
    verify = await verify_index(app.retrieval)
    assert len(verify.missing) == ON_SALE
    report = await sync_index(app.retrieval, deep=True)  # what `daihuo index` runs
    assert report.restored == ON_SALE and report.embedded == 0
    assert (await verify_index(app.retrieval)).ok and (await check_index(app.retrieval)).ok


async def test_lost_keyword_index_and_garbage_bookkeeping_are_rebuilt(
    restart: Restart, clock: FixedClock, data_dir: Path
) -> None:
    await indexed_app(restart, clock)
    root = index_root(restart().settings)
    (gen_dir,) = root.glob("gen-*")
    shutil.rmtree(gen_dir / "bm25")
    app = restart()
    assert "the keyword index (BM25) is missing" in (await check_index(app.retrieval)).problems
    assert "the keyword index (BM25) is missing" in (await verify_index(app.retrieval)).problems
    await ensure_index(app.retrieval)
    assert "p-lipstick" in await search_ids(app, "口红")

    (root / "state.pkl").write_bytes(b"\x80\x04garbage")
    app = restart()
    _, report = await ensure_index(app.retrieval)
    assert report is not None and report.embedded == 0
    assert (await verify_index(app.retrieval)).ok


async def test_entries_lost_from_the_store_are_put_back_by_the_next_sync(
    restart: Restart, clock: FixedClock
) -> None:
    app = await seeded(restart(), clock)
    await sync_index(app.retrieval)
    chroma = await app.retrieval.chroma()
    chroma.collection.delete(ids=["p-lipstick", "p-case"])
    health = await check_index(app.retrieval)
    assert "2 indexed products are missing from the vector store" in health.problems
    report = await sync_index(app.retrieval)  # the plain sync an import runs
    assert report.restored == 2 and report.embedded == 0
    assert (await check_index(app.retrieval)).ok


@pytest.mark.parametrize("damage", ["garbage sqlite", "file instead of folder"])
async def test_corrupt_vector_store_is_one_clear_error_and_rebuild_recovers(
    restart: Restart, clock: FixedClock, data_dir: Path, damage: str
) -> None:
    await indexed_app(restart, clock)
    chroma_dir = data_dir / "chroma"
    if damage == "garbage sqlite":
        (chroma_dir / "chroma.sqlite3").write_bytes(b"this is not a database" * 500)
    else:
        shutil.rmtree(chroma_dir)
        chroma_dir.write_text("oops")
    app = restart()
    health = await check_index(app.retrieval)
    assert health.store_error is not None and "daihuo index --rebuild" in health.store_error
    assert "\n" not in health.store_error
    with pytest.raises(IndexUnavailable, match="--rebuild"):
        await ensure_index(app.retrieval)
    with pytest.raises(IndexStoreError):
        await sync_index(app.retrieval, deep=True)
    with pytest.raises(IndexStoreError):
        await verify_index(app.retrieval)

    app = restart()
    report = await sync_index(app.retrieval, rebuild=True)
    assert report.total == ON_SALE and any("moved" in r for r in report.repairs)
    assert moved_aside(data_dir)
    assert (await verify_index(app.retrieval)).ok and (await check_index(app.retrieval)).ok
    assert embedded(app) == ON_SALE
