"""The trust gate: evidence that is about something else than what was asked never answers.

Each case is a near miss a shopper really types: the data holds a neighbouring fact (battery
life for a mAh question, a bead's weight for the whole bracelet, a size for "can the shelves be
adjusted?"), and the only right outcome is "the listing doesn't say".
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from catalog.model import ProductStatus
from retrieval.qa import answer_question
from tests.factories.catalog import BASE_TIME, make_flash_sale, make_product, make_sku


@pytest.mark.parametrize(
    ("attributes", "question"),
    [
        ({"续航": "单次8小时"}, "电池多少毫安"),  # a unit asked that the evidence doesn't carry
        ({"Battery life": "Up to 14 days"}, "how many mAh is the battery"),
        ({"容量": "30L"}, "能装16寸电脑吗"),  # yes/no with a length, evidence in litres
        ({"尺寸": "60×30×170cm"}, "隔板高度能调吗"),  # a size is not "adjustable: yes"
        ({"表带材质": "硅胶"}, "表盘是什么材质"),  # one part's material for another's
        ({"热量": "很低"}, "一包多少大卡"),
    ],
)
def test_a_neighbouring_fact_does_not_answer(attributes: dict[str, str], question: str) -> None:
    product = make_product(attributes=attributes, faqs=(), description="")
    answer = answer_question(product, question)
    assert not answer.answerable, answer.answer


def test_when_is_not_answered_by_a_status() -> None:
    product = make_product(stock=0, faqs=(), description="")
    assert not answer_question(product, "when will it be back in stock").answerable
    assert not answer_question(product, "什么时候补货").answerable


def test_total_stock_does_not_answer_an_unknown_variant() -> None:
    product = make_product(
        skus=(
            make_sku(id="s-black", attributes={"颜色": "黑色"}, stock=5),
            make_sku(id="s-grey", attributes={"颜色": "灰色"}, stock=3),
        ),
    )
    answer = answer_question(product, "玳瑁色还有吗")
    assert answer.polarity != "yes", answer.answer
    plain = answer_question(product, "还有货吗")
    assert plain.answerable and plain.polarity == "yes"


def test_a_bare_english_colour_names_a_variant() -> None:
    product = make_product(
        skus=(
            make_sku(id="s-grey", attributes={"Colour": "Space Grey"}, stock=4),
            make_sku(id="s-orange", attributes={"Colour": "Sunset Orange"}, stock=0),
        ),
    )
    answer = answer_question(product, "orange in stock?")
    assert answer.answerable and answer.polarity == "no", answer.answer


def test_how_many_left_of_a_variant_gives_the_count() -> None:
    product = make_product(
        skus=(
            make_sku(id="s-white", attributes={"颜色": "奶白色"}, stock=40),
            make_sku(id="s-grey", attributes={"颜色": "雾霾灰"}, stock=0),
        ),
    )
    for question in ("白色还剩几个呀", "how many are left of the white one?"):
        answer = answer_question(product, question)
        assert answer.answerable and answer.polarity == "yes", answer.answer
        assert "40" in answer.answer


def test_a_yes_no_question_with_a_trailing_clause_gets_its_yes_or_no() -> None:
    product = make_product(shipping="物流配送到楼下，不送货上楼")
    for question in ("送货上楼吗", "能送货上楼吗？谢谢"):
        answer = answer_question(product, question)
        assert answer.answerable and answer.polarity == "no", answer.answer
    # A clause the listing says nothing about ("我住6楼没电梯") may make it decline, never say yes.
    assert answer_question(product, "送货上楼吗 我住6楼没电梯").polarity != "yes"


def test_how_many_people_is_not_a_count_of_pieces() -> None:
    product = make_product(attributes={"容纳人数": "3-4人"})
    answer = answer_question(product, "能睡几个人")
    assert answer.answerable and "3-4人" in answer.answer


def test_tomorrow_comes_with_its_date() -> None:
    product = make_product(id="p-up", price=Decimal("199.00"), status=ProductStatus.ON_SALE)
    sale = make_flash_sale(
        product_id="p-up",
        price=Decimal("149.00"),
        starts_at=BASE_TIME + timedelta(days=1),
        ends_at=BASE_TIME + timedelta(days=1, hours=2),
    )
    answer = answer_question(product, "秒杀啥时候开始", sales=[sale], now=BASE_TIME)
    start = (BASE_TIME + timedelta(days=1)).astimezone(
        __import__("zoneinfo").ZoneInfo("Asia/Shanghai")
    )
    assert answer.answerable and f"{start.month}月{start.day}日" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("description", "question", "polarity"),
    [
        ("配方不含酒精、不含香精，敏感肌也可尝试。", "含酒精吗 我酒精过敏🙏", "no"),
        ("每袋6种搭配：腰果、巴旦木、核桃仁、蔓越莓干。", "里面有核桃吗", "yes"),
        ("无谷配方，不添加玉米和小麦。", "有没有加玉米", "no"),
    ],
)
def test_a_thing_named_in_passing_answers_yes_or_no(
    description: str, question: str, polarity: str
) -> None:
    product = make_product(attributes={}, faqs=(), description=description)
    answer = answer_question(product, question)
    assert answer.answerable and answer.polarity == polarity, answer.answer


def test_a_thing_named_both_ways_is_not_decided() -> None:
    product = make_product(
        attributes={}, faqs=(), description="原味款不含糖。巧克力味：可可粉、糖、奶粉。"
    )
    assert not answer_question(product, "含糖吗").answerable


@pytest.mark.parametrize(
    ("description", "question", "expected"),
    [
        ("Restock expected in early October.", "when will it be back in stock", "october"),
        ("预计12月10日补货。", "什么时候补货", "12月10日"),
    ],
)
def test_when_it_comes_back_is_answered_by_the_restock_date(
    description: str, question: str, expected: str
) -> None:
    product = make_product(stock=0, faqs=(), description=description, attributes={})
    answer = answer_question(product, question)
    assert answer.answerable and answer.asked == "restock", answer.answer
    assert expected in answer.answer.lower()
    # Whether it is in stock now is still the stock's answer, not the restock note's.
    in_stock = answer_question(product, "is it in stock" if question.isascii() else "还有货吗")
    assert in_stock.polarity == "no"


@pytest.mark.parametrize(
    ("attributes", "question"),
    [
        # A part's fact for the whole product, or for another part.
        ({"转运珠克重": "约0.8g", "手围": "14-18cm"}, "整条手链多重"),
        ({"Origin of cocoa": "Ecuador", "Cocoa content": "70%"}, "what country is it made in"),
        ({"Blades": "6 stainless steel blades", "Jar material": "Tritan"}, "杯子什么材料的"),
        # "How long" wants a duration; "how much / 几" wants a number.
        ({"Battery capacity": "2000 mAh"}, "充满电能用多久"),
        ({"Ingredients": "Cocoa mass, cane sugar"}, "how much sugar is in one bar"),
        ({"Water tank": "1.5L"}, "How many cups can it brew at once?"),
        # A fee question is not answered by a dispatch time.
        ({"重量": "3kg"}, "运费贵不贵"),
        # An open list that doesn't name what was asked about.
        ({"Skin type": "Normal, combination, oily"}, "ok for sensitive skin??"),
        # The value is stated for the other state of the feature.
        (
            {"单次续航": "6小时（关闭降噪）", "总续航": "30小时（含充电盒）"},
            "battery life with ANC on?",
        ),
    ],
)
def test_a_near_miss_of_another_kind_is_refused(attributes: dict[str, str], question: str) -> None:
    product = make_product(
        title="商品", attributes=attributes, faqs=(), description="", shipping="48小时内发货"
    )
    answer = answer_question(product, question)
    assert not answer.answerable, answer.answer


@pytest.mark.parametrize(
    ("title", "attributes", "question", "expected"),
    [
        # The part named, in either language, still gets its fact.
        ("足金转运珠手链", {"转运珠克重": "约0.8g"}, "转运珠多重", "0.8"),
        ("Dark Chocolate", {"Origin of cocoa": "Ecuador"}, "where is the cocoa from", "Ecuador"),
        ("声波电动牙刷", {"刷头数量": "3个"}, "how many brush heads?", "3"),
        # A part the title sells answers a question that names nothing else.
        ("足金转运珠手链", {"转运珠材质": "足金999"}, "什么材质", "足金999"),
        # Qualifiers of the property itself (越障高度, 容纳人数) are not parts.
        ("扫地机器人", {"越障高度": "2cm"}, "门槛能过多高的", "2cm"),
        ("全自动帐篷", {"容纳人数": "3-4人"}, "能睡几个人", "3-4"),
        ("扫地机器人", {"运行噪音": "65dB"}, "噪音多大", "65"),
        # With the asked state, the figure answers.
        ("降噪耳机", {"单次续航": "6小时（关闭降噪）"}, "关闭降噪能用多久", "6"),
    ],
)
def test_the_part_or_state_asked_about_is_answered(
    title: str, attributes: dict[str, str], question: str, expected: str
) -> None:
    product = make_product(title=title, attributes=attributes, faqs=(), description="")
    answer = answer_question(product, question)
    assert answer.answerable, answer.answer
    assert expected in answer.answer


def test_a_named_head_noun_takes_its_own_attribute_only() -> None:
    product = make_product(
        title="足金999转运珠手链 红绳编织",
        attributes={"转运珠材质": "足金999", "编织绳": "红色蜡线手工编织"},
        faqs=(),
        description="",
    )
    answer = answer_question(product, "绳子是什么做的")
    assert "足金" not in answer.answer, answer.answer


def test_a_price_question_lists_variants_that_cost_different_amounts() -> None:
    product = make_product(
        skus=(
            make_sku(id="s-one", attributes={"规格": "单只"}, price=Decimal("899.00"), stock=6),
            make_sku(id="s-pair", attributes={"规格": "一对"}, price=Decimal("1698.00"), stock=0),
        ),
    )
    answer = answer_question(product, "how much is it?")
    assert answer.answerable
    assert "1698" in answer.answer and "899" in answer.answer
    assert [s.label for s in answer.sources] == ["单只", "一对"]
    # "a pair" names the 一对 variant (by the dictionary): its own price, not the cheapest.
    pair = answer_question(product, "price for a pair?")
    assert "1698" in pair.answer and "899" not in pair.answer
    # A part's price is not the product's variants' prices.
    assert not answer_question(
        make_product(attributes={"刷头": "附赠3个"}, skus=product.skus, faqs=(), description=""),
        "刷头多少钱一个",
    ).answerable
