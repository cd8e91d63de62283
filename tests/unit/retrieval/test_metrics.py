"""Eval metrics on a tiny dataset checked by hand."""

from __future__ import annotations

import math

import pytest

from retrieval.evaluation import mrr_at, ndcg_at, qa_correct, recall_at, score_queries


def test_ndcg_by_hand() -> None:
    grades = {"a": 3, "b": 1, "c": 2}
    ranked = ["b", "x", "a"]
    # DCG = (2^1-1)/log2(2) + 0 + (2^3-1)/log2(4) = 1 + 3.5 = 4.5
    # IDCG = 7/1 + 3/log2(3) + 1/log2(4) = 7 + 1.8928 + 0.5 = 9.3928
    expected = 4.5 / (7 + 3 / math.log2(3) + 0.5)
    assert ndcg_at(ranked, grades) == pytest.approx(expected)
    assert ndcg_at(["a", "c", "b"], grades) == pytest.approx(1.0)
    assert ndcg_at(["x", "y"], grades) == 0.0


def test_mrr_and_recall() -> None:
    grades = {"a": 2, "b": 0, "c": 1}
    assert mrr_at(["b", "x", "c", "a"], grades) == pytest.approx(1 / 3)
    assert mrr_at(["b"], grades) == 0.0
    assert recall_at(["c", "b"], grades, k=50) == pytest.approx(0.5)


def test_scores_average_over_judged_queries_and_tags() -> None:
    queries = [
        {"id": "q1", "text": "x", "tags": ["zh"]},
        {"id": "q2", "text": "y", "tags": ["en"]},
        {"id": "q3", "text": "unjudged"},
    ]
    qrels = {"q1": {"a": 1}, "q2": {"b": 1}}
    report = score_queries({"q1": ["a"], "q2": ["x", "b"]}, queries, qrels)
    d = report.as_dict()
    assert d["queries"] == 2
    assert d["mrr@10"] == pytest.approx((1 + 0.5) / 2)
    assert d["by_tag"]["zh"]["ndcg@10"] == pytest.approx(1.0)
    assert d["by_tag"]["en"]["ndcg@10"] == pytest.approx(1 / math.log2(3), abs=1e-4)


def test_qa_correctness() -> None:
    answerable = {"answerable": True, "expected": ["30小时"]}
    assert qa_correct(answerable, "续航：30小时", True)
    assert not qa_correct(answerable, "续航：20小时", True)
    assert not qa_correct(answerable, "30小时", False)
    assert qa_correct({"answerable": False}, "不知道", False)
    assert not qa_correct({"answerable": False}, "是的", True)


def test_qa_outcomes_count_wrong_answers_and_polarity() -> None:
    from retrieval.evaluation import qa_outcome, score_qa

    yes_no = {"id": "a", "answerable": True, "expected": [], "polarity": "no", "tags": ["sku"]}
    fact = {"id": "b", "answerable": True, "expected": ["IPX5"], "tags": ["sku"]}
    silent = {"id": "c", "answerable": False, "tags": ["near_miss"]}
    assert qa_outcome(yes_no, "No, sold out", True, "no") == "right"
    assert qa_outcome(yes_no, "Yes", True, "yes") == "wrong"
    assert qa_outcome(yes_no, "It's blue", True, None) == "wrong"
    assert qa_outcome(fact, "IPX5", False) == "missed"
    assert qa_outcome(silent, "150kg", True) == "wrong"
    assert qa_outcome(silent, "I don't know", False) == "refused_right"
    outcomes = {"a": "right", "b": "missed", "c": "wrong"}
    overall, by_tag = score_qa([yes_no, fact, silent], outcomes)
    d = overall.as_dict()
    assert d["answered_correctly"] == 0.5 and d["refused_correctly"] == 0.0
    assert d["wrong_answers"] == 1 and d["wrong_answer_rate"] == pytest.approx(1 / 3, abs=1e-4)
    assert by_tag["sku"].as_dict()["answered_correctly"] == 0.5
    assert by_tag["near_miss"].as_dict()["wrong_answer_rate"] == 1.0
