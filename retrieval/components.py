"""Retrieval's heavy parts, built lazily once per process: the embedding model, the Chroma
handle, the index lock and the search / Q&A services."""

from __future__ import annotations

import asyncio
import contextlib
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from ground.infra import Infra
from retrieval.embedder import Embedder
from retrieval.store import chroma_collection, open_chroma

if TYPE_CHECKING:
    from retrieval.service import QAService, SearchService


class TextEmbedder(Protocol):
    model_name: str
    multilingual: bool

    def encode(self, texts: Any, *, query: bool = False) -> np.ndarray: ...

    async def aencode(self, texts: Any, *, query: bool = False) -> np.ndarray: ...

    def encode_query(self, text: str) -> np.ndarray: ...


class ChromaHandle:
    """The Chroma client and this model's collection; closed with the app."""

    def __init__(self, infra: Infra) -> None:
        # Raises IndexStoreError (one clear line) when the store cannot be opened.
        self.client, self.collection = open_chroma(infra.settings)
        self.model = infra.settings.embedding_model

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


class Retrieval:
    """Everything search needs, built on first use: commands that never search never load the
    model. Tests may set `embedder` to a wrapper before first use."""

    def __init__(self, infra: Infra, *, embedder: TextEmbedder | None = None) -> None:
        self.infra = infra
        self._embedder = embedder
        self._chroma: ChromaHandle | None = None
        self._search: SearchService | None = None
        self._qa: QAService | None = None
        self.index_lock = asyncio.Lock()

    @property
    def embedder(self) -> TextEmbedder:
        if self._embedder is None:
            settings = self.infra.settings
            self._embedder = Embedder(
                settings.embedding_model,
                backend=settings.embedding_backend,
                cache_dir=settings.data_dir / "models",
            )
        return self._embedder

    @embedder.setter
    def embedder(self, value: TextEmbedder) -> None:
        self._embedder = value

    async def chroma(self) -> ChromaHandle:
        """The vector store, opened on first use; raises `IndexStoreError` if it can't be."""
        if self._chroma is None:
            self._chroma = await asyncio.to_thread(ChromaHandle, self.infra)
        return self._chroma

    async def close_chroma(self) -> None:
        """Forget the open store (before it is moved aside); the next use opens it anew."""
        if self._chroma is not None:
            chroma, self._chroma = self._chroma, None
            with contextlib.suppress(Exception):
                await chroma.aclose()

    def search_service(self) -> SearchService:
        """Product search (the index is loaded on its first search, or by `warm()`)."""
        if self._search is None:
            from retrieval.service import SearchService

            self._search = SearchService(self)
        return self._search

    def qa_service(self) -> QAService:
        if self._qa is None:
            from retrieval.service import QAService

            self._qa = QAService(self.infra, self.embedder)
        return self._qa

    def index_changed(self) -> None:
        """The index or catalog changed in this process: search re-reads both."""
        if self._search is not None:
            self._search.invalidate()

    async def aclose(self) -> None:
        if self._search is not None:
            await self._search.aclose()
        if self._chroma is not None:
            await self._chroma.aclose()
            self._chroma = None
