"""Q&A matches a seller FAQ by meaning (the real embedding model), not only by shared words."""

from __future__ import annotations

from decimal import Decimal

import pytest

from catalog.model import Faq, Product
from retrieval.embedder import Embedder
from retrieval.qa import answer_question
from retrieval.service import QAService
from tests.factories.catalog import make_product


def _serum() -> Product:
    return make_product(
        title="Vitamin C Brightening Serum 30ml",
        category="Beauty/Skincare/Serum",
        price=Decimal("159.00"),
        original_price=None,
        attributes={"Volume": "30ml"},
        faqs=(
            Faq(
                q="Can I use it with retinol?",
                a="Yes: vitamin C in the morning, retinol at night, not at the same time.",
            ),
            Faq(q="Is it dishwasher safe?", a="Yes, the dropper bottle is dishwasher safe."),
        ),
        description="A lightweight serum with 15% vitamin C.",
        tags=("serum",),
        shipping="Ships in 48 hours.",
        language="en",
    )


@pytest.fixture(scope="module")
def qa_service() -> QAService:
    return QAService(infra=None, embedder=Embedder())  # type: ignore[arg-type]


def test_a_question_in_other_words_is_answered_from_the_faq_it_means(
    qa_service: QAService,
) -> None:
    question = "using retinol too, morning or night for this?"
    without = answer_question(_serum(), question, language="en")
    with_meaning = answer_question(
        _serum(), question, language="en", similarity=qa_service._similarity
    )
    assert not without.answerable  # no shared words carry it
    assert with_meaning.answerable
    assert [s.kind for s in with_meaning.sources] == ["faq"]
    assert "retinol at night" in with_meaning.sources[0].text


def test_a_near_miss_faq_does_not_answer_by_meaning(qa_service: QAService) -> None:
    # "oven" and "dishwasher" are close in meaning; the FAQ says nothing about ovens.
    answer = answer_question(
        _serum(), "can it go in the oven?", language="en", similarity=qa_service._similarity
    )
    assert not answer.answerable


def test_an_english_only_model_reads_no_chinese_pair(qa_service: QAService) -> None:
    scores = qa_service._similarity("能和A醇一起用吗", ["Can I use it with retinol?"])
    assert scores == [None]
    scores = qa_service._similarity(
        "with retinol?", ["能和A醇一起用吗", "Can I use it with retinol?"]
    )
    assert scores[0] is None and scores[1] is not None and scores[1] > 0.5
