"""LangChain (langchain-core 1.x) retrievers over product search and over one product's Q&A evidence.

Use them asynchronously (`await retriever.ainvoke("防晒")`): the services are async. The sync
path (`invoke`) works only where no event loop is running in the calling thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

from langchain_core.callbacks import (
    AsyncCallbackManagerForRetrieverRun,
    CallbackManagerForRetrieverRun,
)
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import Field

from retrieval.types import SearchFilters

T = TypeVar("T")


def _run_sync(coro: Coroutine[Any, Any, T]) -> T:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    coro.close()
    raise RuntimeError("called synchronously inside an event loop; use `await ….ainvoke()`")


class ProductSearchRetriever(BaseRetriever):
    """Hybrid product search as Documents (page content = the product's indexed text).

    Metadata: product_id, title, price (effective, as a string), currency, flash_sale_id,
    creator_id, live_room_ids, score.
    """

    retrieval: Any = Field(description="retrieval.components.Retrieval")
    k: int = 5
    scope: SearchFilters | None = None

    async def _aget_relevant_documents(
        self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun
    ) -> list[Document]:
        from retrieval.documents import build_document

        service = self.retrieval.search_service()
        result = await service.search(query, k=self.k, scope=self.scope)
        docs = []
        for hit in result.hits:
            p = hit.product
            docs.append(
                Document(
                    page_content=build_document(p).embedding_text,
                    metadata={
                        "product_id": p.id,
                        "title": p.title,
                        "price": str(hit.effective_price),
                        "currency": p.currency,
                        "flash_sale_id": hit.flash_sale.id if hit.flash_sale else None,
                        "creator_id": p.creator_id,
                        "live_room_ids": list(hit.live_room_ids),
                        "score": hit.score,
                    },
                )
            )
        return docs

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return _run_sync(
            self._aget_relevant_documents(
                query, run_manager=AsyncCallbackManagerForRetrieverRun.get_noop_manager()
            )
        )


class ProductEvidenceRetriever(BaseRetriever):
    """One product's own data (attributes, SKU options, FAQs, shipping, returns, price) ranked
    against a question. Metadata: product_id, kind, label, score."""

    infra: Any = Field(description="ground.infra.Infra")
    product_id: str
    k: int = 3

    async def _aget_relevant_documents(
        self, query: str, *, run_manager: AsyncCallbackManagerForRetrieverRun
    ) -> list[Document]:
        from catalog.repository import CatalogRepository
        from retrieval.qa import ranked_evidence

        now = self.infra.clock.now()
        async with self.infra.uow() as uow:
            catalog = CatalogRepository(uow.session)
            product = await catalog.get_product(self.product_id)
            if product is None:
                return []
            sales = await catalog.list_flash_sales([self.product_id])
        return [
            Document(
                page_content=f"{ev.label}: {ev.text}",
                metadata={
                    "product_id": self.product_id,
                    "kind": ev.kind,
                    "label": ev.label,
                    "score": score,
                },
            )
            for score, ev in ranked_evidence(product, query, sales=sales, now=now)[: self.k]
        ]

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return _run_sync(
            self._aget_relevant_documents(
                query, run_manager=AsyncCallbackManagerForRetrieverRun.get_noop_manager()
            )
        )
