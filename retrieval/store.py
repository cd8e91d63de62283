"""On-disk layout of the search index, and the Chroma client.

``<index_dir>/<model-slug>/``
  ``meta.json``      — format, model, current generation, and the catalog fingerprint and
                       counts it was built from (written last: readers follow it)
  ``state.pkl``      — per product: catalog hash, content hash, text hash, creator name, tokens
  ``gen-<n>/``       — one immutable generation: ``ids.json``, ``vectors.npy`` (float32,
                       L2-normalised, row i = ids[i]), ``zh.npy``, ``bm25/`` (bm25s)

Chroma (one collection per embedding model) is the durable vector store; each generation keeps
a float32 mirror of the vectors in memory so that filtered dense search is an exact dot product
over the rows that pass the filters (3 ms for 100k × 384) instead of a slow metadata `where`.

Everything here is derived from the catalog: unreadable files are treated as missing and
rebuilt by the indexer. Only a Chroma store that cannot be opened stops it
(`IndexStoreError`); `daihuo index --rebuild` moves such a store aside.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import pickle
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import bm25s
import numpy as np

from ground.settings import Settings
from retrieval.documents import INDEX_FORMAT
from retrieval.embedder import model_slug


@dataclass(slots=True)
class DocState:
    db_hash: str
    content_hash: str
    text_hash: str
    creator_id: str | None
    creator_name: str | None
    tokens: str  # BM25 tokens joined by spaces (tokens never contain whitespace)
    zh_ratio: float
    indexed: bool  # False for off-shelf products (known, but kept out of the index)


@dataclass(slots=True)
class IndexState:
    format: int = INDEX_FORMAT
    model: str = ""
    generation: int = 0
    docs: dict[str, DocState] = field(default_factory=dict)


def index_root(settings: Settings) -> Path:
    return settings.index_dir / model_slug(settings.embedding_model)


class IndexStoreError(Exception):
    """The vector store cannot be used (unreadable, not a folder, server unreachable).

    `str()` is the one line to show; `path` is the embedded store's folder (None for a
    server), which `daihuo index --rebuild` may move aside."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path


def catalog_fingerprint(product_hashes: dict[str, str], creator_names: dict[str, str]) -> str:
    """What the index was built from, in one string: every product id with its content hash,
    and every creator's name (it is part of the products' text)."""
    digest = hashlib.blake2b(digest_size=16)
    for pid in sorted(product_hashes):
        digest.update(f"p\t{pid}\t{product_hashes[pid]}\n".encode())
    for cid in sorted(creator_names):
        digest.update(f"c\t{cid}\t{creator_names[cid]}\n".encode())
    return digest.hexdigest()


def read_meta(root: Path) -> dict[str, Any] | None:
    try:
        meta = json.loads((root / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):  # missing, unreadable, not UTF-8, not JSON
        return None
    if not isinstance(meta, dict) or not isinstance(meta.get("generation"), int):
        return None
    return meta


def write_meta(root: Path, meta: dict[str, Any]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    tmp = root / "meta.json.tmp"
    tmp.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(tmp, root / "meta.json")


def load_state(root: Path, model: str) -> IndexState:
    """The indexer's bookkeeping, or an empty state when absent, unreadable or from another
    format/model (the indexer then rebuilds it from the catalog and the vector store)."""
    try:
        with (root / "state.pkl").open("rb") as fh:
            state = pickle.load(fh)
    except FileNotFoundError:
        return IndexState(model=model)
    except Exception:  # a truncated or overwritten file: any unpickling error
        logging.getLogger(__name__).warning("index bookkeeping unreadable; rebuilding it")
        return IndexState(model=model)
    if not isinstance(state, IndexState) or state.format != INDEX_FORMAT or state.model != model:
        return IndexState(model=model, generation=getattr(state, "generation", 0))
    return state


def save_state(root: Path, state: IndexState) -> None:
    root.mkdir(parents=True, exist_ok=True)
    tmp = root / "state.pkl.tmp"
    with tmp.open("wb") as fh:
        pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, root / "state.pkl")


@dataclass(slots=True)
class Generation:
    """One immutable snapshot of the searchable index."""

    number: int
    ids: list[str]
    vectors: np.ndarray  # (n, d) float32
    zh_ratio: np.ndarray  # (n,) float32
    bm25: bm25s.BM25 | None
    row: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.row = {pid: i for i, pid in enumerate(self.ids)}

    @property
    def size(self) -> int:
        return len(self.ids)


def generation_files(root: Path, meta: dict[str, Any]) -> list[str]:
    """Which files of the current generation are missing (a cheap check: no file is read)."""
    folder = root / f"gen-{meta['generation']}"
    missing = [
        name for name in ("ids.json", "vectors.npy", "zh.npy") if not (folder / name).is_file()
    ]
    if meta.get("size", 0) and not (folder / "bm25").is_dir():
        missing.append("bm25")
    return missing


def write_generation(
    root: Path, gen: Generation, model: str, extra_meta: dict[str, Any] | None = None
) -> None:
    """Write a generation folder, then point meta.json at it and drop older generations."""
    folder = root / f"gen-{gen.number}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / "ids.json").write_text(json.dumps(gen.ids), encoding="utf-8")
    np.save(folder / "vectors.npy", gen.vectors)
    np.save(folder / "zh.npy", gen.zh_ratio)
    if gen.bm25 is not None:
        gen.bm25.save(str(folder / "bm25"), show_progress=False)
    meta = {"format": INDEX_FORMAT, "model": model, "generation": gen.number, "size": gen.size}
    write_meta(root, {**meta, **(extra_meta or {})})
    for old in root.glob("gen-*"):
        if old != folder and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


def load_generation(root: Path) -> Generation | None:
    """The current generation, or None when nothing was indexed yet."""
    meta = read_meta(root)
    if meta is None or meta.get("format") != INDEX_FORMAT:
        return None
    folder = root / f"gen-{meta['generation']}"
    try:
        ids = [str(i) for i in json.loads((folder / "ids.json").read_text(encoding="utf-8"))]
        vectors = np.load(folder / "vectors.npy")
        zh = np.load(folder / "zh.npy")
    except (OSError, ValueError):  # missing, truncated or garbage: rebuilt by the indexer
        return None
    if len(ids) != len(zh) or (ids and (vectors.ndim != 2 or vectors.shape[0] != len(ids))):
        return None
    bm25 = None
    if (folder / "bm25").exists() and ids:
        try:
            bm25 = bm25s.BM25.load(str(folder / "bm25"), show_progress=False)
        except Exception:  # a broken keyword index is rebuilt from the bookkeeping
            logging.getLogger(__name__).warning("keyword index unreadable; it will be rebuilt")
            bm25 = None
    return Generation(int(meta["generation"]), ids, vectors, zh, bm25)


def build_bm25(token_lists: list[list[str]]) -> bm25s.BM25 | None:
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    if not token_lists:
        return None
    model = bm25s.BM25(k1=1.2, b=0.75)
    model.index(token_lists, show_progress=False)
    return model


# ---- Chroma --------------------------------------------------------------------------------
REBUILD_HINT = "run `daihuo index --rebuild` to move it aside and rebuild the index"


def open_chroma(settings: Settings) -> tuple[Any, Any]:
    """(client, this model's collection), or `IndexStoreError` with one clear line."""
    try:
        client = chroma_client(settings)
        return client, chroma_collection(client, settings.embedding_model)
    except IndexStoreError:
        raise
    except BaseException as exc:  # chromadb raises its own errors, OSErrors, Rust panics …
        if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
            raise
        reason = _first_line(exc)
        if settings.chroma_url:
            raise IndexStoreError(
                f"cannot use the Chroma server at {settings.chroma_url}: {reason}"
            ) from None
        raise IndexStoreError(
            f"the vector store in {settings.chroma_dir} is unreadable ({reason}); {REBUILD_HINT}",
            settings.chroma_dir,
        ) from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a broken store to `<name>.broken-<UTC time>` (kept for inspection, never deleted)."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.broken-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.broken-{stamp}-{n}")
    os.replace(path, target)
    forget_chroma_clients()
    return target


def forget_chroma_clients() -> None:
    """chromadb caches one client system per path; after moving a store it must not be reused."""
    with contextlib.suppress(Exception):
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient.clear_system_cache()


def all_ids(collection: Any, page: int = 5000) -> Iterable[str]:
    """Every id in a collection, a page at a time."""
    offset = 0
    while True:
        got = collection.get(include=[], limit=page, offset=offset)
        ids = got["ids"]
        yield from ids
        if len(ids) < page:
            return
        offset += page


def chroma_client(settings: Settings) -> Any:
    """Embedded PersistentClient under the data dir, or HttpClient when a URL is configured."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        from urllib.parse import urlparse

        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "localhost",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    if settings.chroma_dir.exists() and not settings.chroma_dir.is_dir():
        raise IndexStoreError(
            f"{settings.chroma_dir} should be the vector store's folder but is a file; {REBUILD_HINT}",
            settings.chroma_dir,
        )
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


def chroma_collection(client: Any, model: str) -> Any:
    """The collection for this embedding model (vectors of two models never mix)."""
    return client.get_or_create_collection(
        name=model_slug(model),
        configuration={"hnsw": {"space": "cosine"}},
        metadata={"embedding_model": model, "format": INDEX_FORMAT},
        embedding_function=None,
    )
