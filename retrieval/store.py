"""On-disk layout of the search index, and the Chroma client.

``<index_dir>/<model-slug>/``
  ``meta.json``      — format, model, current generation (written last: readers follow it)
  ``state.pkl``      — per product: catalog hash, content hash, text hash, creator name, tokens
  ``gen-<n>/``       — one immutable generation: ``ids.json``, ``vectors.npy`` (float32,
                       L2-normalised, row i = ids[i]), ``zh.npy``, ``bm25/`` (bm25s)

Chroma (one collection per embedding model) is the durable vector store; each generation keeps
a float32 mirror of the vectors in memory so that filtered dense search is an exact dot product
over the rows that pass the filters (3 ms for 100k × 384) instead of a slow metadata `where`.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import shutil
from dataclasses import dataclass, field
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


def read_meta(root: Path) -> dict[str, Any] | None:
    try:
        return dict(json.loads((root / "meta.json").read_text(encoding="utf-8")))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


def load_state(root: Path, model: str) -> IndexState:
    """The indexer's bookkeeping, or an empty state when absent or from another format/model."""
    try:
        with (root / "state.pkl").open("rb") as fh:
            state = pickle.load(fh)
    except (FileNotFoundError, EOFError, pickle.UnpicklingError):
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


def write_generation(root: Path, gen: Generation, model: str) -> None:
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
    tmp = root / "meta.json.tmp"
    tmp.write_text(json.dumps(meta), encoding="utf-8")
    os.replace(tmp, root / "meta.json")
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
        ids = list(json.loads((folder / "ids.json").read_text(encoding="utf-8")))
        vectors = np.load(folder / "vectors.npy")
        zh = np.load(folder / "zh.npy")
    except FileNotFoundError:
        return None
    bm25 = None
    if (folder / "bm25").exists() and ids:
        bm25 = bm25s.BM25.load(str(folder / "bm25"), show_progress=False)
    return Generation(int(meta["generation"]), ids, vectors, zh, bm25)


def build_bm25(token_lists: list[list[str]]) -> bm25s.BM25 | None:
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    if not token_lists:
        return None
    model = bm25s.BM25(k1=1.2, b=0.75)
    model.index(token_lists, show_progress=False)
    return model


# ---- Chroma --------------------------------------------------------------------------------
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
