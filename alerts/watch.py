"""Saved searches run by the real search service: a watch matches a product when the search
for its words and constraints finds it among its top results."""

from __future__ import annotations

import asyncio
from decimal import Decimal

from catalog.repository import CatalogRepository
from retrieval.components import Retrieval
from retrieval.store import catalog_fingerprint, index_root, read_meta

WATCH_TOP_K = 20  # a watch only hears about products its search would show on page 1–4


class SearchWatchMatcher:
    """`alerts.fanout.WatchMatcher` over the hybrid search."""

    def __init__(self, retrieval: Retrieval) -> None:
        self.retrieval = retrieval

    async def ready(self) -> bool:
        infra = self.retrieval.infra
        async with infra.uow() as uow:
            repo = CatalogRepository(uow.session)
            hashes = await repo.product_hashes()
            creators = {c.id: c.name for c in await repo.list_creators()}
        meta = await asyncio.to_thread(read_meta, index_root(infra.settings))
        fresh = meta is not None and meta.get("fingerprint") == catalog_fingerprint(
            hashes, creators
        )
        if fresh:
            # Prices and stock changed too: the next search re-reads the filter table.
            self.retrieval.search_service().invalidate()
        return fresh

    async def matches(self, query: str, product_ids: set[str]) -> dict[str, Decimal]:
        result = await self.retrieval.search_service().search(query, k=WATCH_TOP_K)
        if result.nothing_matches:
            return {}  # only "nearest alternatives": nothing is what the watch asked for
        return {
            hit.product.id: hit.offer.price
            for hit in result.hits
            if hit.is_match and hit.product.id in product_ids
        }
