"""Query understanding: prices (zh/en, Chinese numerals), flags, creators, and non-prices."""

from __future__ import annotations

from decimal import Decimal

import pytest

from retrieval.query import chinese_number, parse_query
from retrieval.types import SortOrder
from tests.factories.catalog import make_creator

D = Decimal


@pytest.mark.parametrize(
    ("text", "min_price", "max_price", "rest"),
    [
        ("200以内的蓝牙耳机", None, D(200), "蓝牙耳机"),
        ("200元以下防晒", None, D(200), "防晒"),
        ("不超过300的口红", None, D(300), "口红"),
        ("低于150块的面膜", None, D(150), "面膜"),
        ("预算500 买个充电宝", None, D(500), "买个充电宝"),
        ("100到300的面膜", D(100), D(300), "面膜"),
        ("100-300块 卫衣", D(100), D(300), "卫衣"),
        ("价格在50至80之间的零食", D(50), D(80), "零食"),
        ("三百左右的包", D(225), D(375), "包"),
        ("两百块以内的耳机", None, D(200), "耳机"),
        ("两千五以内的手机", None, D(2500), "手机"),
        ("一千以上的吹风机", D(1000), None, "吹风机"),
        ("100块以上的口红", D(100), None, "口红"),
        ("200元的耳机", D(160), D(240), "耳机"),
        ("¥99 的防晒", D(79), D(119), "防晒"),
        ("under 50 lipstick", None, D(50), "lipstick"),
        ("earbuds below $30", None, D(30), "earbuds"),
        ("sunscreen less than 100 yuan", None, D(100), "sunscreen"),
        ("between 100 and 200 headphones", D(100), D(200), "headphones"),
        ("headphones from 100 to 200", D(100), D(200), "headphones"),
        ("around 200 hair dryer", D(150), D(250), "hair dryer"),
        ("phone case up to 40 rmb", None, D(40), "phone case"),
        ("over 100 perfume", D(100), None, "perfume"),
        ("$30 earbuds", D(24), D(36), "earbuds"),
        ("iphone 15 case under 100", None, D(100), "iphone 15 case"),
    ],
)
def test_prices_in_every_phrasing(
    text: str, min_price: Decimal | None, max_price: Decimal | None, rest: str
) -> None:
    parsed = parse_query(text)
    assert (parsed.filters.min_price, parsed.filters.max_price) == (min_price, max_price)
    assert parsed.text == rest
    assert parsed.constraint_labels, "a parsed price must come with a label"


@pytest.mark.parametrize(
    "text",
    [
        "iPhone 15",
        "iphone 15 pro max 手机壳",
        "小米14",
        "华为Mate 60",
        "华为 mate 60 pro",
        "300ml 保温杯",
        "2024款羽绒服",
        "5G手机",
        "3-5岁 童装",
        "65寸电视",
        "500g 坚果",
        "20000mAh 充电宝",
        "1.5kg 猫粮",
        "size 38 shoes",
        "90白鸭绒",
        "Galaxy S24",
        "6件套",
    ],
)
def test_model_numbers_and_measures_are_not_prices(text: str) -> None:
    parsed = parse_query(text)
    assert parsed.filters.min_price is None
    assert parsed.filters.max_price is None
    assert parsed.constraint_labels == ()


@pytest.mark.parametrize(
    ("text", "flag", "rest"),
    [
        ("正在直播的口红", "live_now", "口红"),
        ("直播间里的耳机", "live_now", "耳机"),
        ("直播中 防晒", "live_now", "防晒"),
        ("lipstick live now", "live_now", "lipstick"),
        ("earbuds on live", "live_now", "earbuds"),
        ("秒杀的充电宝", "on_flash_sale", "充电宝"),
        ("flash sale earbuds", "on_flash_sale", "earbuds"),
        ("有货的羽绒服", "in_stock", "羽绒服"),
        ("sneakers in stock", "in_stock", "sneakers"),
    ],
)
def test_flags(text: str, flag: str, rest: str) -> None:
    parsed = parse_query(text)
    assert getattr(parsed.filters, flag) is True
    assert parsed.text == rest


def test_cheapest_sorts_by_price_in_both_languages() -> None:
    zh = parse_query("最便宜的手机壳")
    en = parse_query("cheapest sunscreen")
    assert zh.filters.sort is SortOrder.PRICE_ASC and zh.text == "手机壳"
    assert en.filters.sort is SortOrder.PRICE_ASC and en.text == "sunscreen"
    assert zh.constraint_labels == ("价格从低到高",)
    assert en.constraint_labels == ("cheapest first",)


def test_labels_are_in_the_query_language() -> None:
    assert parse_query("两百块以内的耳机 正在直播").constraint_labels == ("¥200以内", "正在直播")
    assert parse_query("earbuds under 50 live now").constraint_labels == ("under ¥50", "live now")
    assert parse_query("100到300的面膜").constraint_labels == ("¥100–300",)


def test_creator_by_name_or_handle() -> None:
    xiaomei = make_creator(id="c-xm", name="小美爱分享", handle="xiaomei")
    other = make_creator(id="c-lz", name="数码老张", handle="laozhang")
    by_name = parse_query("小美爱分享推荐的口红", creators=[xiaomei, other])
    by_handle = parse_query("lipstick from @xiaomei", creators=[xiaomei, other])
    assert by_name.filters.creator_id == "c-xm" and by_name.text == "口红"
    assert by_handle.filters.creator_id == "c-xm" and by_handle.text == "lipstick"
    assert by_name.constraint_labels == ("主播：小美爱分享",)
    # A handle inside another word is not a mention.
    assert parse_query("xiaomeiphone case", creators=[xiaomei]).filters.creator_id is None


def test_language_detection_and_untouched_text() -> None:
    assert parse_query("蓝牙耳机").language == "zh"
    assert parse_query("wireless earbuds").language == "en"
    plain = parse_query("wireless earbuds")
    assert plain.text == "wireless earbuds" and plain.filters.is_empty()


@pytest.mark.parametrize(
    ("text", "value"),
    [("三百", 300), ("两千五", 2500), ("一万二", 12000), ("十五", 15), ("一百零五", 105)],
)
def test_chinese_numerals(text: str, value: int) -> None:
    assert chinese_number(text) == Decimal(value)


def test_category_only_when_named_explicitly() -> None:
    categories = ["美妆/彩妆/口红", "数码/音频/耳机", "Beauty/Skincare/Sunscreen"]
    zh = parse_query("数码区的耳机", categories=categories)
    assert zh.filters.category_prefix == "数码" and zh.text == "耳机"
    assert zh.constraint_labels == ("分类：数码",)
    en = parse_query("sunscreen in the beauty category", categories=categories)
    assert en.filters.category_prefix == "Beauty" and en.text == "sunscreen"
    # A product word alone is left to search: guessing a category would hide other listings.
    assert parse_query("口红", categories=categories).filters.category_prefix is None
    assert parse_query("电子类", categories=categories).filters.category_prefix is None


@pytest.mark.parametrize("text", ["现在在秒杀的东西", "what's on flash sale right now"])
def test_constraint_only_questions_leave_no_text(text: str) -> None:
    parsed = parse_query(text)
    assert parsed.filters.on_flash_sale and parsed.text == ""


def test_question_words_left_by_constraints_are_not_a_search_term() -> None:
    """`any upcoming flash sales?` said "No products match “any”"; `which one is cheapest`
    "No products match “which one is”"."""
    upcoming = parse_query("any upcoming flash sales?")
    assert upcoming.text == "" and upcoming.filters.flash_soon
    cheapest = parse_query("which one is cheapest")
    assert cheapest.text == "" and cheapest.filters.sort == "price_asc"
    assert parse_query("哪个最便宜").text == ""
    assert parse_query("any lipstick under 100").text == "lipstick"


def test_two_amounts_a_price_apart_are_a_price_range() -> None:
    """`100-200的耳机` and `lipstick 100-120` applied no filter; `耳机 100~200` became "¥200左右"."""
    for text, lo, hi in [
        ("100-200的耳机", 100, 200),
        ("lipstick 100-120", 100, 120),
        ("耳机 100~200", 100, 200),
        ("200-300左右的口红", 200, 300),
    ]:
        parsed = parse_query(text)
        assert (parsed.filters.min_price, parsed.filters.max_price) == (lo, hi), text
    # Not prices: small numbers, models, years and resolutions.
    for text in ["3-5岁玩具", "iphone 13-15 手机壳", "2024-2025款", "1080-1440p"]:
        parsed = parse_query(text)
        assert parsed.filters.min_price is None and parsed.filters.max_price is None, text
