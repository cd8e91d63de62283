"""The LangChain retrievers return Documents with the metadata an agent needs."""

from __future__ import annotations

from langchain_core.retrievers import BaseRetriever

from daihuo.bootstrap import App
from ground.clock import FixedClock
from retrieval.embedder import Embedder
from retrieval.indexing import sync_index
from retrieval.langchain import ProductEvidenceRetriever, ProductSearchRetriever
from retrieval.types import SearchFilters
from tests.integration.retrieval import catalog_fixture as cat
from tests.integration.retrieval.seed import seed


async def test_search_and_evidence_retrievers(
    app: App, clock: FixedClock, real_embedder: Embedder
) -> None:
    app.retrieval.embedder = real_embedder
    now = clock.now()
    await seed(app, creators=cat.creators(), products=cat.products(), rooms=cat.rooms(now))
    await sync_index(app.retrieval)

    search = ProductSearchRetriever(retrieval=app.retrieval, k=3)
    assert isinstance(search, BaseRetriever)
    docs = await search.ainvoke("wireless earbuds")
    assert {d.metadata["product_id"] for d in docs[:2]} == {"p-earbuds-en", "p-earbuds-zh"}
    assert all(isinstance(d.metadata["price"], str) and d.page_content for d in docs)

    scoped = ProductSearchRetriever(
        retrieval=app.retrieval, k=5, scope=SearchFilters(live_now=True)
    )
    live_docs = await scoped.ainvoke("口红")
    assert [d.metadata["product_id"] for d in live_docs] == ["p-lipstick"]
    assert live_docs[0].metadata["live_room_ids"] == ["r-live"]

    evidence = ProductEvidenceRetriever(infra=app, product_id="p-earbuds-zh", k=2)
    top = (await evidence.ainvoke("how long does the battery last"))[0]
    assert top.metadata["label"] == "续航" and "30小时" in top.page_content
