"""Bring the search index (Chroma vectors + BM25 + in-memory mirror) up to date with the catalog.

Incremental by content hash: the catalog's own per-row hash tells which products may have
changed without loading them; for those, the hash of exactly what is indexed (embedding text,
BM25 tokens, filterable fields) decides what to do — re-embed only when the embedding text
changed, update metadata/tokens otherwise, drop deleted and off-shelf products.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import sys
import time
from collections.abc import AsyncIterator, Sequence
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
    IndexStoreError,
    all_ids,
    build_bm25,
    catalog_fingerprint,
    index_root,
    load_generation,
    load_state,
    move_aside,
    read_meta,
    save_state,
    write_generation,
    write_meta,
)

log = logging.getLogger(__name__)

LOAD_BATCH = 500
EMBED_CHUNK = 256


@dataclass(frozen=True, slots=True)
class IndexReport:
    """What one `sync_index` did. `total` = added + updated + unchanged + restored: the
    products in the index afterwards; off-shelf and removed ones are counted apart."""

    added: int = 0
    updated: int = 0  # changed products (re-embedded or metadata-only)
    removed: int = 0  # deleted or taken off shelf in this run
    unchanged: int = 0  # indexed and still as indexed
    embedded: int = 0  # texts sent through the embedding model
    total: int = 0  # products in the index afterwards
    seconds: float = 0.0
    rebuilt: bool = False
    off_shelf: int = 0  # catalog products kept out of the index (never shown)
    restored: int = 0  # entries the vector store had lost, put back
    reused: int = 0  # vectors found in the store or snapshot instead of embedded again
    repairs: tuple[str, ...] = ()  # what was found broken and fixed, for people

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.restored or self.repairs)

    def summary(self) -> str:
        parts = [f"{self.added} added", f"{self.updated} updated"]
        if self.restored:
            parts.append(f"{self.restored} restored")
        parts.append(f"{self.unchanged} unchanged")
        text = f"search index: {self.total} products ({', '.join(parts)})"
        extras = []
        if self.removed:
            extras.append(f"{self.removed} removed")
        if self.off_shelf:
            extras.append(f"{self.off_shelf} off shelf, not indexed")
        extras.append(f"{self.embedded} embedded")
        text += f"; {', '.join(extras)}; in {self.seconds:.1f}s"
        if self.repairs:
            text += "; repaired: " + "; ".join(self.repairs)
        return text


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """Products whose index entry is missing, stale, or should not be there."""

    checked: int
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # whole-index problems (no BM25 …)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.stale or self.unexpected or self.problems)


def _progress(total: int, desc: str, enabled: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="product", disable=not enabled, file=sys.stderr)


async def sync_index(
    retrieval: Retrieval, *, rebuild: bool = False, progress: bool = False, deep: bool = False
) -> IndexReport:
    """Index new and changed products, drop deleted/off-shelf ones; embed only what changed.

    Also repairs what a crash or a lost folder left behind: entries missing from the vector
    store, a missing or inconsistent snapshot, a lost keyword index. `deep` lists every id
    in the store instead of trusting its count (what `daihuo index` does); `rebuild` starts
    from nothing, moving an unreadable embedded store aside first.
    """
    async with retrieval.index_lock, _process_lock(retrieval):
        report = await _sync(retrieval, rebuild=rebuild, progress=progress, deep=deep)
    retrieval.index_changed()
    return report


@contextlib.asynccontextmanager
async def _process_lock(retrieval: Retrieval) -> AsyncIterator[None]:
    """One indexer at a time across processes (a bot starting while an import indexes)."""
    settings = retrieval.infra.settings
    lock_path = settings.data_dir / ".index.lock"
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        fh = lock_path.open("a+b")
    except OSError:
        yield  # a read-only data dir: nothing else can write the index either
        return
    try:
        await asyncio.to_thread(fcntl.flock, fh.fileno(), fcntl.LOCK_EX)
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        fh.close()


async def _open_for_rebuild(retrieval: Retrieval) -> tuple[ChromaHandle, list[str]]:
    """The store for a rebuild: a broken embedded one is moved aside and started afresh."""
    repairs: list[str] = []
    settings = retrieval.infra.settings
    root = index_root(settings)
    for folder in (settings.index_dir, root):
        if folder.exists() and not folder.is_dir():
            moved = await asyncio.to_thread(move_aside, folder)
            repairs.append(f"moved the file {folder} aside to {moved.name}")
    try:
        chroma = await retrieval.chroma()
    except IndexStoreError as exc:
        if exc.path is None or not exc.path.exists():
            raise
        await retrieval.close_chroma()
        moved = await asyncio.to_thread(move_aside, exc.path)
        log.warning("moved the unreadable vector store %s aside to %s", exc.path, moved)
        repairs.append(f"moved the unreadable vector store aside to {moved.name}")
        chroma = await retrieval.chroma()
    await asyncio.to_thread(chroma.recreate)
    return chroma, repairs


def _snapshot_matches(gen: Generation, state: IndexState) -> bool:
    """A snapshot is trusted only when it is the one the bookkeeping describes."""
    if gen.number != state.generation:
        return False
    indexed = [pid for pid, doc in state.docs.items() if doc.indexed]
    return len(indexed) == gen.size and all(pid in gen.row for pid in indexed)


async def _sync(retrieval: Retrieval, *, rebuild: bool, progress: bool, deep: bool) -> IndexReport:
    started = time.perf_counter()
    app = retrieval.infra
    model = app.settings.embedding_model
    root = index_root(app.settings)
    repairs: list[str] = []
    if rebuild:
        chroma, repairs = await _open_for_rebuild(retrieval)
    else:
        for folder in (app.settings.index_dir, root):
            if folder.exists() and not folder.is_dir():
                raise IndexStoreError(
                    f"{folder} should be the search index's folder but is a file; "
                    "run `daihuo index --rebuild` to move it aside and rebuild the index"
                )
        chroma = await retrieval.chroma()
    state = IndexState(model=model) if rebuild else await asyncio.to_thread(load_state, root, model)
    old_gen = None if rebuild else await asyncio.to_thread(load_generation, root)
    if old_gen is not None and not _snapshot_matches(old_gen, state):
        if state.docs:
            repairs.append("rebuilt the search snapshot, which did not match its bookkeeping")
        old_gen = None
    elif old_gen is None and state.docs:
        repairs.append("rebuilt the missing search snapshot")
    bm25_lost = old_gen is not None and old_gen.size > 0 and old_gen.bm25 is None
    if bm25_lost:
        repairs.append("rebuilt the missing keyword index")

    async with app.uow() as uow:
        db_hashes = await CatalogRepository(uow.session).product_hashes()
        creator_names = {c.id: c.name for c in await CatalogRepository(uow.session).list_creators()}

    # The vector store is the durable copy: what the bookkeeping counts as indexed must be
    # there. A count is cheap; the full id list only when it disagrees (or when asked).
    indexed = {pid for pid, doc in state.docs.items() if doc.indexed}
    store_ids: set[str] | None = None
    stored_count = await asyncio.to_thread(chroma.collection.count)
    if not rebuild and not state.docs and stored_count:
        repairs.append("rebuilt the lost search index from the vector store")
    if rebuild:
        store_ids = set()
    elif deep or old_gen is None or stored_count != len(indexed):
        store_ids = set(await asyncio.to_thread(lambda: list(all_ids(chroma.collection))))
    forgotten: dict[str, DocState] = {}
    if store_ids is not None:
        for pid in indexed - store_ids:
            # Lost from the store: index it again (its vector is reused when still known).
            forgotten[pid] = state.docs.pop(pid)
        if forgotten and not rebuild:
            repairs.append(f"{len(forgotten)} entries were missing from the vector store")

    english_only = not retrieval.embedder.multilingual
    to_load: list[str] = []
    unchanged = off_shelf = 0
    for pid, db_hash in db_hashes.items():
        known = state.docs.get(pid)
        if (
            known is not None
            and known.db_hash == db_hash
            and creator_names.get(known.creator_id or "") == known.creator_name
        ):
            if known.indexed:
                unchanged += 1
            else:
                off_shelf += 1
        else:
            to_load.append(pid)
    deleted = [pid for pid in state.docs if pid not in db_hashes]

    added = updated = removed = restored = 0
    tokens_changed = bool(forgotten)
    embed_docs: list[ProductDocument] = []
    embed_products: list[Product] = []
    meta_only: list[tuple[ProductDocument, Product]] = []
    drop: list[str] = []
    for pid in deleted:
        if state.docs.pop(pid).indexed:
            drop.append(pid)
            removed += 1
            tokens_changed = True
    drop.extend(pid for pid in forgotten if pid not in db_hashes)

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
            state.docs[product.id] = new_state
            if not product.is_on_sale:
                off_shelf += 1
                if known is not None and known.indexed:
                    drop.append(product.id)
                    removed += 1
                    tokens_changed = True
                elif product.id in forgotten:
                    tokens_changed = True
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
                elif product.id in forgotten:
                    restored += 1
                else:
                    added += 1

    reuse: dict[str, np.ndarray] = {}
    if embed_docs and not rebuild:
        reuse = await _reusable_vectors(chroma, embed_docs, forgotten, old_gen, store_ids)
    new_vectors = await _embed_and_store(
        retrieval, chroma, embed_docs, embed_products, progress, reuse
    )
    if meta_only:
        await _update_metadata(chroma, meta_only)
    indexed_now = {pid for pid, doc in state.docs.items() if doc.indexed}
    if store_ids is not None:
        # Entries the bookkeeping does not know (a crash between the store and the books).
        drop.extend(pid for pid in store_ids if pid not in indexed_now and pid not in drop)
    drop = [pid for pid in dict.fromkeys(drop) if pid not in indexed_now]
    if drop:
        await _delete(chroma, drop)

    # Price/stock/status changes only touch Chroma metadata: the searchable snapshot (vectors,
    # BM25) stays as it is, and search reads those fields from the catalog anyway.
    snapshot_changed = bool(added or removed or restored or embed_docs or tokens_changed)
    gen: Generation | None = None
    if snapshot_changed or old_gen is None or rebuild or bm25_lost:
        gen = await _build_generation(
            state,
            old_gen,
            new_vectors,
            chroma,
            rebuild_bm25=tokens_changed or old_gen is None or bm25_lost,
        )
        state.generation = gen.number
    total = len(indexed_now)
    meta = {
        "fingerprint": catalog_fingerprint(db_hashes, creator_names),
        "known": len(state.docs),
    }
    # The books first, then the snapshot, then meta.json last: a crash in between leaves a
    # mismatch the next run detects and repairs, never a snapshot the books do not describe.
    await asyncio.to_thread(save_state, root, state)
    meta["state_bytes"] = (root / "state.pkl").stat().st_size  # a cheap check of the books
    if gen is not None:
        await asyncio.to_thread(write_generation, root, gen, model, meta)
    else:
        current = await asyncio.to_thread(read_meta, root) or {}
        await asyncio.to_thread(write_meta, root, {**current, **meta})
    return IndexReport(
        added=added,
        updated=updated,
        removed=removed,
        unchanged=unchanged,
        embedded=len(embed_docs) - len(reuse),
        total=total,
        seconds=time.perf_counter() - started,
        rebuilt=rebuild,
        off_shelf=off_shelf,
        restored=restored,
        reused=len(reuse),
        repairs=tuple(repairs),
    )


async def _reusable_vectors(
    chroma: ChromaHandle,
    docs: list[ProductDocument],
    forgotten: dict[str, DocState],
    old_gen: Generation | None,
    store_ids: set[str] | None,
) -> dict[str, np.ndarray]:
    """Vectors that need no embedding: the snapshot's, for an entry the store lost whose text
    is unchanged; the store's own, where it holds exactly this text (a crash after the store
    was written but before the books were)."""
    out: dict[str, np.ndarray] = {}
    ask: list[ProductDocument] = []
    for doc in docs:
        lost = forgotten.get(doc.product_id)
        if (
            lost is not None
            and lost.text_hash == doc.text_hash
            and old_gen is not None
            and doc.product_id in old_gen.row
        ):
            out[doc.product_id] = old_gen.vectors[old_gen.row[doc.product_id]]
        elif store_ids is None or doc.product_id in store_ids:
            ask.append(doc)
    for start in range(0, len(ask), 1000):
        chunk = ask[start : start + 1000]
        got = await asyncio.to_thread(
            chroma.collection.get,
            ids=[d.product_id for d in chunk],
            include=["documents", "embeddings"],
        )
        by_id = {
            pid: (text, vec)
            for pid, text, vec in zip(got["ids"], got["documents"], got["embeddings"], strict=True)
        }
        for doc in chunk:
            found = by_id.get(doc.product_id)
            if found is not None and found[0] == doc.embedding_text:
                out[doc.product_id] = np.asarray(found[1], dtype=np.float32)
    return out


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
    known: dict[str, np.ndarray] | None = None,
) -> dict[str, np.ndarray]:
    """Embed the given documents in chunks (those in `known` already have their vector) and
    upsert them into Chroma; id → vector."""
    if not docs:
        return {}
    known = known or {}
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
            todo = [d for d in chunk if d.product_id not in known]
            fresh: dict[str, np.ndarray] = {}
            if todo:
                encoded = await embedder.aencode([d.embedding_text for d in todo])
                fresh = {d.product_id: encoded[i] for i, d in enumerate(todo)}
            vectors = np.stack(
                [
                    known[d.product_id] if d.product_id in known else fresh[d.product_id]
                    for d in chunk
                ]
            )
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
    seen = set(unexpected)
    store_ids = await asyncio.to_thread(lambda: list(all_ids(chroma.collection)))
    for pid in [*rows, *store_ids]:
        if pid not in expected_ids and pid not in seen:
            unexpected.append(pid)
            seen.add(pid)
    problems: list[str] = []
    if gen is None:
        problems.append("the search snapshot is missing")
    elif gen.size and gen.bm25 is None:
        problems.append("the keyword index (BM25) is missing")
    return VerifyReport(
        checked=checked, missing=missing, stale=stale, unexpected=unexpected, problems=problems
    )
