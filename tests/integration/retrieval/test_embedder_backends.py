"""The ONNX Runtime backend gives the torch model's vectors, and exports only once."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from retrieval import embedder as embedder_module
from retrieval.embedder import Embedder

TEXTS = [
    "Noise cancelling wireless earbuds, 30 h battery",
    "sunscreen SPF50 PA++++ for oily skin",
    "Kids' winter down jacket, navy, size 120",
]


def test_onnx_and_torch_give_the_same_vectors(tmp_path: Path) -> None:
    onnx = Embedder(backend="onnx", cache_dir=tmp_path / "models").encode(TEXTS)
    torch = Embedder(backend="torch").encode(TEXTS)
    assert onnx.shape == torch.shape == (3, 384)
    cosine = (onnx * torch).sum(axis=1)
    assert np.all(cosine > 0.9999), cosine


def test_onnx_export_is_kept_in_the_cache_and_reused(tmp_path: Path) -> None:
    cache = tmp_path / "models"
    embedder_module._models.clear()  # the model is cached per process; start as a new one would
    Embedder(backend="onnx", cache_dir=cache).encode(TEXTS[:1])
    exported = list(cache.glob("*-onnx/onnx/model.onnx"))
    assert len(exported) == 1
    stamp = exported[0].stat().st_mtime_ns
    # A new process would load it again: drop the in-process model and load from the cache.
    embedder_module._models.clear()
    Embedder(backend="onnx", cache_dir=cache).encode(TEXTS[:1])
    assert exported[0].stat().st_mtime_ns == stamp
    assert not list(cache.glob(".export-*")), "staging directories must not be left behind"
