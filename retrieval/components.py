"""Heavy retrieval parts built lazily, once per App (the model itself once per process)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any, Protocol

import numpy as np

from daihuo.bootstrap import App
from retrieval.embedder import Embedder
from retrieval.store import chroma_client, chroma_collection

EMBEDDER = "retrieval.embedder"
CHROMA = "retrieval.chroma"
INDEX_LOCK = "retrieval.index_lock"
SEARCH = "retrieval.search"
QA = "retrieval.qa"


class TextEmbedder(Protocol):
    model_name: str
    multilingual: bool

    def encode(self, texts: Any, *, query: bool = False) -> np.ndarray: ...

    async def aencode(self, texts: Any, *, query: bool = False) -> np.ndarray: ...

    def encode_query(self, text: str) -> np.ndarray: ...


def embedder(app: App) -> TextEmbedder:
    """The app's embedder (tests may install a counting wrapper under the same key)."""
    found = app._components.get(EMBEDDER)
    if found is None:
        found = app._components[EMBEDDER] = Embedder(
            app.settings.embedding_model,
            backend=app.settings.embedding_backend,
            cache_dir=app.settings.data_dir / "models",
        )
    return found


class ChromaHandle:
    """The Chroma client and this model's collection; closed with the app."""

    def __init__(self, app: App) -> None:
        self.client = chroma_client(app.settings)
        self.collection = chroma_collection(self.client, app.settings.embedding_model)
        self.model = app.settings.embedding_model

    def recreate(self) -> None:
        """Drop and recreate the collection (full rebuild)."""
        # An absent collection is fine: there is nothing to drop.
        with contextlib.suppress(Exception):
            self.client.delete_collection(self.collection.name)
        self.collection = chroma_collection(self.client, self.model)

    async def aclose(self) -> None:
        close = getattr(self.client, "close", None)
        if close is not None:
            await asyncio.to_thread(close)


async def chroma(app: App) -> ChromaHandle:
    found: ChromaHandle | None = app._components.get(CHROMA)
    if found is None:
        found = await asyncio.to_thread(ChromaHandle, app)
        app._components[CHROMA] = found
    return found


def index_lock(app: App) -> asyncio.Lock:
    lock = app._components.get(INDEX_LOCK)
    if lock is None:
        lock = app._components[INDEX_LOCK] = asyncio.Lock()
    return lock
