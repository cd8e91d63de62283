"""Is the search index fit to serve? A cheap check against the catalog, and the repair.

`check_index` reads no vectors: it compares the catalog's fingerprint (every product id and
content hash, every creator name) and the vector store's count with what `meta.json` says
the index was built from, and looks for the snapshot's files. `ensure_index` repairs what
the check finds (an incremental `sync_index`), or raises `IndexUnavailable` with one line
saying what to do. Run on every start of the assistant and after every import.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from pathlib import Path

from catalog.repository import CatalogRepository
from retrieval.components import Retrieval
from retrieval.documents import INDEX_FORMAT
from retrieval.indexing import IndexReport, sync_index
from retrieval.store import (
    IndexStoreError,
    catalog_fingerprint,
    generation_files,
    index_root,
    read_meta,
)

log = logging.getLogger(__name__)


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


class IndexUnavailable(Exception):
    """The index cannot be brought up to date; `str()` says why and what to run."""


@dataclass(frozen=True, slots=True)
class IndexHealth:
    """The result of the cheap check. `problems` empty = fit to serve."""

    catalog_products: int
    indexed: int  # products in the current snapshot (0 when there is none)
    in_store: int | None  # entries in the vector store (None when it cannot be opened)
    problems: tuple[str, ...] = ()
    store_error: str | None = None  # the store is unusable: only --rebuild helps
    details: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        if self.ok:
            return f"ok: {self.indexed} products indexed"
        return "; ".join(self.problems)


async def check_index(retrieval: Retrieval) -> IndexHealth:
    """Compare the index with the catalog without loading it (milliseconds to a second)."""
    settings = retrieval.infra.settings
    root = index_root(settings)
    async with retrieval.infra.uow() as uow:
        repo = CatalogRepository(uow.session)
        hashes = await repo.product_hashes()
        creators = {c.id: c.name for c in await repo.list_creators()}
    problems: list[str] = []
    in_store: int | None = None
    store_error: str | None = None
    try:
        chroma = await retrieval.chroma()
        in_store = int(await asyncio.to_thread(chroma.collection.count))
    except IndexStoreError as exc:
        store_error = str(exc)
    meta = await asyncio.to_thread(read_meta, root)
    indexed = int(meta.get("size", 0)) if meta else 0
    if meta is None:
        problems.append(
            "the search index is missing" if in_store else "there is no search index yet"
        )
    elif meta.get("format") != INDEX_FORMAT or meta.get("model") != settings.embedding_model:
        problems.append("the search index was built by another version or model")
    else:
        missing = await asyncio.to_thread(generation_files, root, meta)
        if "bm25" in missing:
            problems.append("the keyword index (BM25) is missing")
        if [m for m in missing if m != "bm25"]:
            problems.append("the search snapshot is incomplete")
        state_bytes = await asyncio.to_thread(_size, root / "state.pkl")
        if state_bytes is None:
            problems.append("the index bookkeeping is missing")
        elif meta.get("state_bytes") not in (None, state_bytes):
            problems.append("the index bookkeeping is damaged")
        if meta.get("fingerprint") != catalog_fingerprint(hashes, creators):
            problems.append("the catalog changed since it was last indexed")
        if in_store is not None and in_store != indexed:
            gap = indexed - in_store
            problems.append(
                f"{gap} indexed products are missing from the vector store"
                if gap > 0
                else f"the vector store holds {-gap} entries the index does not know"
            )
    if store_error is not None:
        problems.append(store_error)
    return IndexHealth(
        catalog_products=len(hashes),
        indexed=indexed,
        in_store=in_store,
        problems=tuple(problems),
        store_error=store_error,
    )


async def ensure_index(
    retrieval: Retrieval, *, progress: bool = False
) -> tuple[IndexHealth, IndexReport | None]:
    """Check the index; repair it when it is behind or damaged; raise `IndexUnavailable` when
    it cannot be made fit to serve. Returns the final health and the repair's report."""
    health = await check_index(retrieval)
    if health.ok:
        return health, None
    if health.store_error is not None:
        raise IndexUnavailable(health.store_error)
    log.warning("search index needs repair: %s", health.describe())
    try:
        report = await sync_index(retrieval, progress=progress, deep=True)
    except IndexStoreError as exc:
        raise IndexUnavailable(str(exc)) from None
    after = await check_index(retrieval)
    if not after.ok:
        raise IndexUnavailable(
            f"the search index could not be repaired ({after.describe()}); "
            "run `daihuo index --rebuild`"
        )
    return after, report
