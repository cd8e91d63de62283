"""Bring the search index (Chroma vectors + BM25 + in-memory mirror) up to date with the catalog.

Incremental by content hash: the catalog's own per-row hash tells which products may have
changed without loading them; for those, the hash of exactly what is indexed (embedding text,
BM25 tokens, filterable fields) decides what to do — re-embed only when the embedding text
changed, update metadata/tokens otherwise, drop deleted and off-shelf products.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from catalog.model import Product
from catalog.repository import CatalogRepository
from retrieval.components import ChromaHandle, Retrieval
from retrieval.documents import ProductDocument, build_document, filterable_fields
from retrieval.store import (
    DocState,
    Generation,
    IndexState,
    build_bm25,
    index_root,
    load_generation,
    load_state,
    save_state,
    write_generation,
)

log = logging.getLogger(__name__)

LOAD_BATCH = 500
EMBED_CHUNK = 256


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What one `sync_index` did."""

    added: int = 0
    updated: int = 0  # changed products (re-embedded or metadata-only)
    removed: int = 0  # deleted or taken off shelf
    unchanged: int = 0
    embedded: int = 0  # texts sent through the embedding model
    total: int = 0  # products in the index afterwards
    seconds: float = 0.0
    rebuilt: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def summary(self) -> str:
        return (
            f"search index: {self.total} products ({self.added} added, {self.updated} updated, "
            f"{self.removed} removed, {self.unchanged} unchanged; {self.embedded} embedded) "
            f"in {self.seconds:.1f}s"
        )


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """Products whose index entry is missing, stale, or should not be there."""

    checked: int
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.stale or self.unexpected)


def _progress(total: int, desc: str, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="product", disable=not enabled, file=sys.stderr)


async def sync_index(
    retrieval: Retrieval, *, rebuild: bool = False, progress: bool = False
) -> IndexReport:
    """Index new and changed products, drop deleted/off-shelf ones; embed only what changed."""
    async with retrieval.index_lock:
        report = await _sync(retrieval, rebuild=rebuild, progress=progress)
    retrieval.index_changed()
    return report


async def _sync(retrieval: Retrieval, *, rebuild: bool, progress: bool) -> IndexReport:
    started = time.perf_counter()
    app = retrieval.infra
    model = app.settings.embedding_model
    root = index_root(app.settings)
    chroma = await retrieval.chroma()
    state = IndexState(model=model) if rebuild else await asyncio.to_thread(load_state, root, model)
    old_gen = None if rebuild else await asyncio.to_thread(load_generation, root)
    if rebuild:
        await asyncio.to_thread(chroma.recreate)
    if old_gen is None or not state.docs:
        # No usable snapshot: every product must be (re)built; vectors may still be in Chroma.
        if state.docs and not rebuild:
            log.warning("index snapshot missing; rebuilding it from the catalog")
        state = IndexState(model=model, generation=state.generation)
        old_gen = None

    async with app.uow() as uow:
        db_hashes = await CatalogRepository(uow.session).product_hashes()
        creator_names = {c.id: c.name for c in await CatalogRepository(uow.session).list_creators()}

    english_only = not retrieval.embedder.multilingual
    to_load: list[str] = []
    unchanged = 0
    for pid, db_hash in db_hashes.items():
        known = state.docs.get(pid)
        if (
            known is not None
            and known.db_hash == db_hash
            and creator_names.get(known.creator_id or "") == known.creator_name
        ):
            unchanged += 1
        else:
            to_load.append(pid)
    deleted = [pid for pid in state.docs if pid not in db_hashes]

    added = updated = removed = 0
    tokens_changed = False
    embed_docs: list[ProductDocument] = []
    embed_products: list[Product] = []
    meta_only: list[tuple[ProductDocument, Product]] = []
    drop: list[str] = []
    for pid in deleted:
        if state.docs.pop(pid).indexed:
            drop.append(pid)
            removed += 1

    for start in range(0, len(to_load), LOAD_BATCH):
        async with app.uow() as uow:
            products = await CatalogRepository(uow.session).get_products(
                to_load[start : start + LOAD_BATCH]
            )
        docs = await asyncio.to_thread(_documents, products, creator_names, english_only)
        for product, doc in zip(products, docs, strict=True):
            known = state.docs.get(product.id)
            new_state = DocState(
                db_hash=db_hashes[product.id],
                content_hash=doc.content_hash,
                text_hash=doc.text_hash,
                creator_id=product.creator_id,
                creator_name=creator_names.get(product.creator_id or ""),
                tokens=" ".join(doc.tokens),
                zh_ratio=doc.zh_ratio,
                indexed=product.is_on_sale,
            )
            if not product.is_on_sale:
                if known is not None and known.indexed:
                    drop.append(product.id)
                    removed += 1
                    tokens_changed = True
                else:
                    unchanged += 1
                state.docs[product.id] = new_state
                continue
            if known is not None and known.indexed and known.content_hash == doc.content_hash:
                unchanged += 1
            elif known is not None and known.indexed and known.text_hash == doc.text_hash:
                meta_only.append((doc, product))
                updated += 1
                tokens_changed = tokens_changed or known.tokens != new_state.tokens
            else:
                embed_docs.append(doc)
                embed_products.append(product)
                tokens_changed = True
                if known is not None and known.indexed:
                    updated += 1
                else:
                    added += 1
            state.docs[product.id] = new_state

    new_vectors = await _embed_and_store(retrieval, chroma, embed_docs, embed_products, progress)
    if meta_only:
        await _update_metadata(chroma, meta_only)
    if drop:
        await _delete(chroma, drop)

    # Price/stock/status changes only touch Chroma metadata: the searchable snapshot (vectors,
    # BM25) stays as it is, and search reads those fields from the catalog anyway.
    snapshot_changed = bool(added or removed or embed_docs or tokens_changed)
    if snapshot_changed or old_gen is None or rebuild:
        gen = await _build_generation(
            state, old_gen, new_vectors, chroma, rebuild_bm25=tokens_changed or old_gen is None
        )
        await asyncio.to_thread(write_generation, root, gen, model)
        state.generation = gen.number
        total = gen.size
    else:
        total = old_gen.size
    await asyncio.to_thread(save_state, root, state)
    return IndexReport(
        added=added,
        updated=updated,
        removed=removed,
        unchanged=unchanged,
        embedded=len(embed_docs),
        total=total,
        seconds=time.perf_counter() - started,
        rebuilt=rebuild,
    )


def _documents(
    products: Sequence[Product], creator_names: dict[str, str], english_only: bool
) -> list[ProductDocument]:
    return [
        build_document(p, creator_names.get(p.creator_id or ""), english_only=english_only)
        for p in products
    ]


def _metadata(product: Product) -> dict[str, Any]:
    return dict(filterable_fields(product))


async def _embed_and_store(
    retrieval: Retrieval,
    chroma: ChromaHandle,
    docs: list[ProductDocument],
    products: list[Product],
    progress: bool,
) -> dict[str, np.ndarray]:
    """Embed the given documents in chunks and upsert them into Chroma; id → vector."""
    if not docs:
        return {}
    embedder = retrieval.embedder
    out: dict[str, np.ndarray] = {}
    max_batch = min(EMBED_CHUNK, int(chroma.client.get_max_batch_size()))
    bar = _progress(len(docs), "embedding", progress)
    # Chroma's write of one chunk overlaps the encoding of the next: the model is the
    # bottleneck, so it should never wait for the store.
    pending: asyncio.Future[None] | None = None
    try:
        for start in range(0, len(docs), max_batch):
            chunk = docs[start : start + max_batch]
            vectors = await embedder.aencode([d.embedding_text for d in chunk])
            if pending is not None:
                await pending
            pending = asyncio.ensure_future(
                asyncio.to_thread(
                    chroma.collection.upsert,
                    ids=[d.product_id for d in chunk],
                    embeddings=vectors,
                    metadatas=[_metadata(p) for p in products[start : start + max_batch]],
                    documents=[d.embedding_text for d in chunk],
                )
            )
            for doc, vector in zip(chunk, vectors, strict=True):
                out[doc.product_id] = vector
            bar.update(len(chunk))
        if pending is not None:
            await pending
            pending = None
    finally:
        if pending is not None and not pending.done():
            # An encode failed: let the write in flight finish so Chroma is not left mid-call.
            with contextlib.suppress(Exception):
                await pending
        bar.close()
    return out


async def _update_metadata(
    chroma: ChromaHandle, items: list[tuple[ProductDocument, Product]]
) -> None:
    for start in range(0, len(items), 1000):
        chunk = items[start : start + 1000]
        await asyncio.to_thread(
            chroma.collection.update,
            ids=[d.product_id for d, _ in chunk],
            metadatas=[_metadata(p) for _, p in chunk],
        )


async def _delete(chroma: ChromaHandle, ids: list[str]) -> None:
    for start in range(0, len(ids), 1000):
        await asyncio.to_thread(chroma.collection.delete, ids=ids[start : start + 1000])


async def _build_generation(
    state: IndexState,
    old: Generation | None,
    new_vectors: dict[str, np.ndarray],
    chroma: ChromaHandle,
    *,
    rebuild_bm25: bool,
) -> Generation:
    ids = sorted(pid for pid, doc in state.docs.items() if doc.indexed)
    # Vectors not embedded in this run come from the previous snapshot, else from Chroma.
    missing = [pid for pid in ids if pid not in new_vectors and (old is None or pid not in old.row)]
    fetched = await _fetch_vectors(chroma, missing) if missing else {}
    dim = _dimension(new_vectors, old, fetched)

    def assemble() -> Generation:
        vectors = np.zeros((len(ids), dim), dtype=np.float32)
        for i, pid in enumerate(ids):
            vec = new_vectors.get(pid)
            if vec is None and old is not None and pid in old.row:
                vec = old.vectors[old.row[pid]]
            if vec is None:
                vec = fetched.get(pid)
            if vec is not None:
                vectors[i] = vec
        zh = np.array([state.docs[pid].zh_ratio for pid in ids], dtype=np.float32)
        if rebuild_bm25 or old is None or old.bm25 is None:
            bm25 = build_bm25([state.docs[pid].tokens.split() for pid in ids])
        else:
            bm25 = old.bm25
        return Generation(state.generation + 1, ids, vectors, zh, bm25)

    return await asyncio.to_thread(assemble)


async def _fetch_vectors(chroma: ChromaHandle, ids: list[str]) -> dict[str, np.ndarray]:
    out: dict[str, np.ndarray] = {}
    for start in range(0, len(ids), 1000):
        got = await asyncio.to_thread(
            chroma.collection.get, ids=ids[start : start + 1000], include=["embeddings"]
        )
        for pid, vec in zip(got["ids"], got["embeddings"], strict=True):
            out[pid] = np.asarray(vec, dtype=np.float32)
    if len(out) < len(ids):
        raise RuntimeError(
            f"{len(ids) - len(out)} indexed products have no vector; run `daihuo index --rebuild`"
        )
    return out


def _dimension(
    new: dict[str, np.ndarray], old: Generation | None, fetched: dict[str, np.ndarray]
) -> int:
    for source in (new, fetched):
        for vec in source.values():
            return int(vec.shape[0])
    if old is not None and old.vectors.ndim == 2:
        return int(old.vectors.shape[1])
    return 0


async def verify_index(retrieval: Retrieval) -> VerifyReport:
    """Check every product against the index: missing, stale or unexpected entries."""
    app = retrieval.infra
    root = index_root(app.settings)
    state = await asyncio.to_thread(load_state, root, app.settings.embedding_model)
    gen = await asyncio.to_thread(load_generation, root)
    rows = gen.row if gen is not None else {}
    chroma = await retrieval.chroma()
    english_only = not retrieval.embedder.multilingual
    missing: list[str] = []
    stale: list[str] = []
    unexpected: list[str] = []
    expected_ids: set[str] = set()
    checked = 0
    async with app.uow() as uow:
        creator_names = {c.id: c.name for c in await CatalogRepository(uow.session).list_creators()}
        async for batch in CatalogRepository(uow.session).iter_products(LOAD_BATCH):
            docs = await asyncio.to_thread(_documents, batch, creator_names, english_only)
            ids = [p.id for p in batch]
            got = await asyncio.to_thread(chroma.collection.get, ids=ids, include=[])
            in_chroma = set(got["ids"])
            for product, doc in zip(batch, docs, strict=True):
                checked += 1
                known = state.docs.get(product.id)
                present = product.id in rows and product.id in in_chroma
                if not product.is_on_sale:
                    if product.id in rows or product.id in in_chroma:
                        unexpected.append(product.id)
                    continue
                expected_ids.add(product.id)
                if not present or known is None or not known.indexed:
                    missing.append(product.id)
                elif known.content_hash != doc.content_hash:
                    stale.append(product.id)
    unexpected.extend(pid for pid in rows if pid not in expected_ids and pid not in unexpected)
    return VerifyReport(checked=checked, missing=missing, stale=stale, unexpected=unexpected)
