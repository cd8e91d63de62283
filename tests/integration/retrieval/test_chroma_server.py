"""The same indexing and search through chromadb.HttpClient against a real Chroma server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from daihuo import migrate
from daihuo.bootstrap import App, bootstrap
from ground.clock import FixedClock
from ground.settings import Settings
from retrieval.embedder import Embedder
from retrieval.indexing import sync_index, verify_index
from tests.integration.retrieval import catalog_fixture as cat
from tests.integration.retrieval.conftest import hit_ids
from tests.integration.retrieval.seed import seed


@pytest.fixture
async def http_app(
    tmp_path: Path, chroma_server: str, clock: FixedClock, real_embedder: Embedder
) -> AsyncIterator[App]:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", chroma_url=chroma_server)  # type: ignore[call-arg]
    application = bootstrap(settings, clock=clock)
    await migrate.upgrade(application.engine)
    application.retrieval.embedder = real_embedder
    yield application
    await application.aclose()


async def test_index_and_search_through_a_chroma_server(http_app: App, clock: FixedClock) -> None:
    await seed(
        http_app, creators=cat.creators(), products=cat.products(), rooms=cat.rooms(clock.now())
    )
    report = await sync_index(http_app.retrieval)
    handle = await http_app.retrieval.chroma()
    assert type(handle.client).__name__ != "PersistentClient"
    assert handle.collection.count() == report.total
    assert not (http_app.settings.chroma_dir).exists()  # nothing embedded locally
    search = http_app.retrieval.search_service()
    assert set(hit_ids(await search.search("wireless earbuds", k=3))[:2]) == {
        "p-earbuds-en",
        "p-earbuds-zh",
    }
    assert (await verify_index(http_app.retrieval)).ok
