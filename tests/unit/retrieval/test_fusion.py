"""Fusion trusts each signal where it is trustworthy."""

from __future__ import annotations

import numpy as np

from retrieval.fusion import dense_weight, fuse


def _arrays(bm25: list[float], dense: list[float], zh: list[float]) -> dict[str, np.ndarray]:
    return {
        "bm25": np.array(bm25, dtype=np.float32),
        "dense": np.array(dense, dtype=np.float32),
        "zh_ratio": np.array(zh, dtype=np.float32),
        "mask": np.ones(len(bm25), dtype=bool),
    }


def test_chinese_query_keeps_the_lexical_order_against_noisy_dense() -> None:
    # Row 0 is the lexical match; the English-only model prefers row 1 on Chinese text.
    a = _arrays([9.0, 1.0, 0.0, 0.0], [0.30, 0.60, 0.10, 0.05], [1, 1, 1, 1])
    rows, _ = fuse(**a, query_language="zh", multilingual=False)
    assert rows[0] == 0


def test_english_query_lets_dense_reorder_close_lexical_matches() -> None:
    a = _arrays([5.0, 4.8, 0.0, 0.0], [0.20, 0.80, 0.10, 0.05], [0, 0, 0, 0])
    rows, _ = fuse(**a, query_language="en", multilingual=False)
    assert rows[0] == 1


def test_dense_carries_the_query_when_bm25_finds_nothing() -> None:
    a = _arrays([0.0, 0.0, 0.0], [0.2, 0.7, 0.1], [0, 0, 0])
    rows, scores = fuse(**a, query_language="en", multilingual=False)
    assert rows[0] == 1 and scores[0] > 0


def test_modes_use_one_signal_only() -> None:
    a = _arrays([9.0, 1.0, 0.5], [0.1, 0.9, 0.2], [0, 0, 0])
    assert fuse(**a, query_language="en", multilingual=False, mode="bm25")[0][0] == 0
    assert fuse(**a, query_language="en", multilingual=False, mode="dense")[0][0] == 1


def test_mask_excludes_rows_from_every_signal() -> None:
    a = _arrays([9.0, 1.0, 0.5], [0.9, 0.8, 0.2], [0, 0, 0])
    a["mask"] = np.array([False, True, True])
    rows, _ = fuse(**a, query_language="en", multilingual=False)
    assert 0 not in rows.tolist()


def test_dense_weight_depends_on_languages_and_model() -> None:
    zh = np.array([0.0, 1.0], dtype=np.float32)
    en_q = dense_weight(zh, "en", multilingual=False)
    zh_q = dense_weight(zh, "zh", multilingual=False)
    multi = dense_weight(zh, "zh", multilingual=True)
    # An English query leans more on meaning for a Chinese listing, whose words BM25 can't
    # meet, than for an English one …
    assert en_q[1] > en_q[0]
    # … a Chinese query is embedded as its English reading: trusted, but below BM25 …
    assert 0 < zh_q[0] == zh_q[1] <= 0.5
    # … and a multilingual model gets one weight whatever the languages.
    assert multi[0] == multi[1] > 0
