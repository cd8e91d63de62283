"""Hybrid ranking: BM25 (jieba + lexicon concepts) fused with dense similarity.

Naive reciprocal-rank fusion treats both lists as equally trustworthy. With the bundled
English-only MiniLM they are not: on Chinese text its neighbours are close to random, and RRF
lets that noise push good lexical matches down. So fusion is a *weighted score sum* whose
dense weight depends on

* the embedding model (multilingual models are trusted on Chinese, English-only ones are not),
* the query's language, and per product how Chinese the product's text is,
* the score distribution: when BM25 finds nothing, dense is all there is; when the dense top
  score barely stands out from the crowd, it says little.

Scores are normalised per query (BM25 by its best masked score; dense between a reference level —
the 100th best masked similarity — and the best), so the weights mean the same across queries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

Mode = Literal["bm25", "dense", "hybrid"]

POOL = 300  # candidates taken from each signal
DENSE_REF_RANK = 100


@dataclass(frozen=True, slots=True)
class FusionWeights:
    """Dense weights by (query language, product language) for an English-only model."""

    en_query_en_product: float = 0.35
    en_query_zh_product: float = 0.7  # zh listings carry English lexicon terms in their text
    # An English-only model reads Chinese as noise, but reads a Chinese query's English reading
    # (the lexicon's names for its concepts and the dictionary's senses).
    zh_query_reading: float = 0.5
    multilingual: float = 0.45
    min_dense_spread: float = 0.08  # dense top barely above the reference → distrust


WEIGHTS = FusionWeights()


def _top(scores: np.ndarray, mask: np.ndarray, n: int) -> np.ndarray:
    """Row indices of the n best masked scores (unordered)."""
    idx = np.flatnonzero(mask)
    if idx.size <= n:
        return idx
    part = np.argpartition(-scores[idx], n - 1)[:n]
    return idx[part]


def fuse(
    *,
    bm25: np.ndarray | None,
    dense: np.ndarray | None,
    mask: np.ndarray,
    zh_ratio: np.ndarray,
    query_language: str,
    multilingual: bool,
    mode: Mode = "hybrid",
    weights: FusionWeights | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Ranked (rows, scores) of candidates, best first; scores are in [0, 1]."""
    weights = weights or WEIGHTS
    if not mask.any():
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    use_bm25 = bm25 is not None and mode != "dense"
    use_dense = dense is not None and mode != "bm25"
    candidates: list[np.ndarray] = []
    b_norm = d_norm = None
    b_max = 0.0
    if use_bm25:
        assert bm25 is not None
        b_rows = _top(bm25, mask & (bm25 > 0), POOL)
        if b_rows.size:
            b_max = float(bm25[b_rows].max())
            candidates.append(b_rows)
    if use_dense:
        assert dense is not None
        d_rows = _top(dense, mask, POOL)
        candidates.append(d_rows)
    if not candidates:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    rows = np.unique(np.concatenate(candidates))

    if use_bm25 and b_max > 0:
        assert bm25 is not None
        b_norm = bm25[rows] / b_max
    if use_dense:
        assert dense is not None
        d_vals = dense[rows]
        d_top = float(dense[d_rows].max())
        if d_rows.size > DENSE_REF_RANK:
            ref = float(np.partition(dense[d_rows], -DENSE_REF_RANK)[-DENSE_REF_RANK])
        else:
            ref = float(dense[d_rows].min()) if d_rows.size > 1 else d_top - 1.0
        spread = max(d_top - ref, 1e-6)
        d_norm = np.clip((d_vals - ref) / spread, 0.0, 1.0)
        if mode == "hybrid" and spread < weights.min_dense_spread:
            d_norm = d_norm * (spread / weights.min_dense_spread)

    if mode == "bm25" or d_norm is None:
        scores = b_norm if b_norm is not None else np.zeros(rows.size)
    elif mode == "dense" or b_norm is None:
        scores = d_norm
    else:
        w = dense_weight(zh_ratio[rows], query_language, multilingual, weights)
        scores = (1.0 - w) * b_norm + w * d_norm
    order = np.argsort(-scores, kind="stable")
    return rows[order], scores[order].astype(np.float32)


def dense_weight(
    zh_ratio: np.ndarray,
    query_language: str,
    multilingual: bool,
    weights: FusionWeights | None = None,
) -> np.ndarray:
    """How much to trust dense similarity for each candidate product."""
    weights = weights or WEIGHTS
    if multilingual:
        return np.full(zh_ratio.shape, weights.multilingual, dtype=np.float32)
    if query_language == "zh":
        # The dense vector of a Chinese query is its English reading (see SearchService).
        return np.full(zh_ratio.shape, weights.zh_query_reading, dtype=np.float32)
    en, zh = weights.en_query_en_product, weights.en_query_zh_product
    return (en + (zh - en) * zh_ratio).astype(np.float32)
