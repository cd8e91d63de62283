"""Q&A answers from the product's own data and refuses when the data is silent."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from catalog.model import Faq
from retrieval.qa import answer_question
from tests.factories.catalog import BASE_TIME, make_flash_sale, make_product, make_sku


@pytest.fixture
def earbuds():  # type: ignore[no-untyped-def]
    return make_product(
        id="p-qa",
        attributes={"续航": "30小时", "蓝牙版本": "5.3", "重量": "4.5g"},
        faqs=(Faq(q="是否防水", a="支持IPX5级防水，日常出汗淋雨没问题"),),
        skus=(
            make_sku(attributes={"颜色": "白色"}),
            make_sku(attributes={"颜色": "粉色"}),
        ),
        shipping="48小时内发货，包邮",
    )


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("续航多久", "30小时"),
        ("how long does the battery last?", "30 hours"),
        ("能防水吗", "IPX5"),
        ("is it waterproof?", "IPX5"),
        ("包邮吗", "包邮"),
        ("does it ship free?", "free shipping"),
        ("多重", "4.5g"),
        ("what bluetooth version?", "5.3"),
        ("可以退货吗", "7天无理由"),
        ("how much is it", "199"),
    ],
)
def test_answers_quote_the_right_fact(earbuds, question: str, fact: str) -> None:  # type: ignore[no-untyped-def]
    answer = answer_question(earbuds, question)
    assert answer.answerable, answer.answer
    assert fact in answer.answer
    assert answer.sources


def test_answers_in_the_question_language(earbuds) -> None:  # type: ignore[no-untyped-def]
    assert answer_question(earbuds, "续航多久").language == "zh"
    english = answer_question(earbuds, "how long does the battery last?")
    assert english.language == "en" and "30 hours" in english.answer


def test_colour_yes_and_no_from_sku_options(earbuds) -> None:  # type: ignore[no-untyped-def]
    no = answer_question(earbuds, "does it come in black?")
    assert no.answerable and no.answer.startswith("No")
    assert no.polarity == "no" and "white" in no.answer and "pink" in no.answer
    yes = answer_question(earbuds, "有粉色吗")
    assert yes.answerable and yes.polarity == "yes" and "粉色" in yes.answer


@pytest.mark.parametrize(
    "question",
    [
        "保修多久",
        "does it have a warranty?",
        "适合几岁的孩子",
        "what is the shelf life?",
        "好用吗",
        "产地是哪里",
        "what material is it made of?",
    ],
)
def test_refuses_when_the_data_is_silent(earbuds, question: str) -> None:  # type: ignore[no-untyped-def]
    answer = answer_question(earbuds, question)
    assert not answer.answerable, answer.answer
    assert answer.sources == []
    assert ("商家" in answer.answer) or ("seller" in answer.answer)


def test_flash_price_only_while_the_sale_runs() -> None:
    product = make_product(id="p-fs", price=Decimal("199.00"))
    sale = make_flash_sale(
        product_id="p-fs",
        price=Decimal("99.00"),
        starts_at=BASE_TIME,
        ends_at=BASE_TIME + timedelta(minutes=30),
    )
    during = answer_question(product, "多少钱", sales=[sale], now=BASE_TIME + timedelta(minutes=5))
    after = answer_question(product, "多少钱", sales=[sale], now=BASE_TIME + timedelta(hours=1))
    assert "99.00" in during.answer and "秒杀" in during.answer
    assert "秒杀" not in after.answer and "199.00" in after.answer


def test_seller_full_stop_is_not_doubled() -> None:
    product = make_product(faqs=(Faq(q="是否防水", a="支持IPX5级防水，不能戴着游泳。"),))
    answer = answer_question(product, "能防水吗")
    assert answer.answerable
    assert "。。" not in answer.answer and answer.answer.endswith("游泳。")


@pytest.mark.parametrize("question", ["多少钱一袋", "一袋多少钱"])
def test_the_price_per_unit_of_sale_is_a_price_question(question: str) -> None:
    rice = make_product(
        title="五常大米 5kg",
        price=Decimal("79.90"),
        original_price=None,
        attributes={"净含量": "5kg"},
        faqs=(),
        description="",
    )
    answer = answer_question(rice, question)
    assert answer.answerable and "79.90" in answer.answer
    # "一袋几斤" asks the pack's weight, not its price.
    assert "79.90" not in answer_question(rice, "一袋几斤").answer
