"""What a question asks of, and about what: the predicate, the part, the counted thing.

"收纳包防水吗" asks whether the storage bag keeps water out; the bag's canvas answers neither
yes nor no. "how much weight are the carabiners rated for?" asks of the carabiners, not of the
hammock's own max load. These tests pin the rules that keep one thing's fact from answering
another's question, and the readings that let a plain question find its evidence.
"""

from __future__ import annotations

from decimal import Decimal

from catalog.model import Faq, Product
from retrieval.qa import answer_question, question_properties
from tests.factories.catalog import make_product, make_sku


def test_a_cue_that_names_a_thing_is_not_the_property_asked() -> None:
    assert question_properties("收纳包防水吗") == {"waterproof"}
    assert question_properties("充电线多长") == {"length"}
    # Alone it is still the property: "有收纳包吗" asks about storage.
    assert question_properties("能折叠收纳吗") == {"foldable"}


def test_a_yes_no_on_being_waterproof_is_not_answered_by_a_material() -> None:
    product = make_product(
        title="茶具套装 旅行便携",
        category="家居/茶具",
        attributes={"材质": "陶瓷"},
        description="收纳包为加厚帆布。",
        faqs=(),
    )
    assert not answer_question(product, "收纳包防水吗").answerable
    chair = make_product(
        title="Moon chair",
        category="Outdoor/Chairs",
        attributes={"Seat fabric": "600D Oxford cloth", "Weight": "1.1 kg"},
        faqs=(),
        description="",
        language="en",
    )
    assert not answer_question(chair, "is the seat fabric waterproof if it rains?").answerable


def test_a_yes_no_on_being_waterproof_is_answered_by_waterproof_evidence() -> None:
    chair = make_product(
        title="Moon chair",
        category="Outdoor/Chairs",
        attributes={"Seat fabric": "600D Oxford cloth, waterproof coating"},
        faqs=(),
        description="",
        language="en",
    )
    answer = answer_question(chair, "is the seat fabric waterproof?")
    assert answer.answerable and answer.polarity == "yes"


def test_a_or_nah_is_a_yes_no_about_the_one_option() -> None:
    dress = make_product(
        title="Linen dress",
        category="Women/Dresses",
        attributes={"Fabric": "100% linen"},
        faqs=(
            Faq(
                q="Is it see-through?",
                a="The skirt is lined, so it is not see-through; the top half is unlined.",
            ),
        ),
        description="",
        language="en",
    )
    answer = answer_question(dress, "is the skirt part lined or nah")
    assert answer.answerable and answer.polarity == "yes"


def test_a_sellers_answer_is_read_by_its_lead_clause() -> None:
    dress = make_product(
        title="Linen dress",
        category="Women/Dresses",
        attributes={"Fabric": "100% linen"},
        faqs=(Faq(q="Is the skirt lined?", a="The skirt is lined, so it is not see-through."),),
        description="",
        language="en",
    )
    answer = answer_question(dress, "Is the skirt lined?")
    assert answer.answerable and answer.polarity == "yes"
    dress2 = make_product(
        title="Linen dress",
        category="Women/Dresses",
        attributes={"Fabric": "100% linen"},
        faqs=(Faq(q="Is the skirt lined?", a="No, it is unlined, so wear a slip."),),
        description="",
        language="en",
    )
    assert answer_question(dress2, "Is the skirt lined?").polarity == "no"


def test_a_load_question_about_a_named_part_is_not_the_wholes_load() -> None:
    hammock = make_product(
        title="Camping hammock",
        category="Outdoor/Hammocks",
        attributes={"Max load": "200 kg", "Weight": "600 g"},
        faqs=(),
        description="",
        language="en",
    )
    assert not answer_question(hammock, "how much weight are the carabiners rated for?").answerable
    assert "200" in answer_question(hammock, "how much weight can it hold?").answer


def test_how_many_things_fit_is_not_answered_by_dimensions() -> None:
    cooler = make_product(
        title="Cooler box 25L",
        category="Outdoor/Coolers",
        attributes={"Dimensions": "47 x 33 x 38 cm", "Capacity": "25 L"},
        faqs=(),
        description="",
        language="en",
    )
    assert not answer_question(cooler, "how many cans of beer fit in it?").answerable
    counted = make_product(
        title="Cooler box 25L",
        category="Outdoor/Coolers",
        attributes={"Capacity": "25 L, holds 36 cans"},
        faqs=(),
        description="",
        language="en",
    )
    assert "36" in answer_question(counted, "how many cans fit in it?").answer


def test_a_size_not_offered_is_a_no_with_the_sizes_there_are() -> None:
    jacket = make_product(
        title="羽绒服 短款",
        category="女装/羽绒服",
        attributes={"面料": "锦纶"},
        skus=(
            make_sku(attributes={"尺码": "S"}, price=Decimal("399"), stock=3),
            make_sku(attributes={"尺码": "M"}, price=Decimal("399"), stock=3),
            make_sku(attributes={"尺码": "L"}, price=Decimal("399"), stock=3),
        ),
        faqs=(),
        description="",
    )
    answer = answer_question(jacket, "有XXL吗 我胖")
    assert answer.answerable and answer.polarity == "no"


def test_colloquial_price_question_gets_the_price() -> None:
    product = make_product(attributes={"颜色": "黑色"}, faqs=())
    answer = answer_question(product, "现在下单啥价")
    assert answer.answerable and "199" in answer.answer


def test_a_material_code_is_a_material_of_the_part_it_is_listed_for() -> None:
    glasses = make_product(
        title="Polarized Sunglasses",
        category="Accessories/Sunglasses",
        attributes={"Lens": "polarized, UV400", "Frame": "TR90", "Weight": "22 g"},
        faqs=(),
        description="",
        language="en",
    )
    answer = answer_question(glasses, "镜框什么材质")
    assert answer.answerable and "TR90" in answer.answer


def test_where_do_you_ship_from_asks_the_dispatch_place_not_the_origin() -> None:
    honey = make_product(
        title="Wild honey",
        category="Food/Honey",
        attributes={"Origin": "Inner Mongolia"},
        shipping="Ships from Hohhot within 48 hours",
        faqs=(),
        description="",
        language="en",
    )
    answer = answer_question(honey, "where do u ship from")
    assert answer.answerable and "Hohhot" in answer.answer
    assert question_properties("产地是哪里") == {"origin"}


def test_a_sellers_answer_is_read_by_the_clause_that_names_what_was_asked() -> None:
    pants = make_product(
        title="鲨鱼裤 女 外穿",
        category="女装/裤子",
        attributes={"面料": "锦纶"},
        faqs=(Faq(q="会不会起球", a="面料是高密锦纶，正常穿着不容易起球，避免和魔术贴摩擦就行。"),),
        description="",
    )
    answer = answer_question(pants, "will it pill after washing?")
    assert answer.answerable and answer.polarity == "no"
    scarf = make_product(
        title="真丝丝巾",
        category="配饰/丝巾",
        attributes={"面料": "桑蚕丝"},
        faqs=(Faq(q="可以机洗吗", a="建议冷水手洗，不能机洗，也不要暴晒。"),),
        description="",
    )
    # Clauses that disagree (手洗 yes, 机洗 no) leave the answer to its whole: "不能" is a no.
    assert answer_question(scarf, "can i just throw it in the washer").polarity == "no"


def test_a_when_question_is_not_answered_by_a_number_that_is_no_time() -> None:
    paint = make_product(
        title="儿童乳胶漆",
        category="家装/涂料",
        attributes={"涂刷面积": "约35㎡（两遍）"},
        faqs=(),
        description="",
    )
    assert not answer_question(
        paint, "after painting when can my baby sleep in the room?"
    ).answerable


def _dress() -> Product:
    return make_product(
        title="Linen dress",
        category="Women/Dresses",
        attributes={"Fabric": "100% linen"},
        skus=(
            make_sku(attributes={"Color": "Beige", "Size": "S"}, price=Decimal("299"), stock=2),
            make_sku(attributes={"Color": "Sage", "Size": "M"}, price=Decimal("299"), stock=2),
            make_sku(attributes={"Color": "Sage", "Size": "L"}, price=Decimal("299"), stock=2),
        ),
        faqs=(),
        description="",
        language="en",
    )


def test_a_bare_variant_phrase_asks_whether_that_variant_is_sold() -> None:
    answer = answer_question(_dress(), "sage in small?")
    # No Sage in S: a no, not the Sage sizes' stock (the "s" of "sage" names no size).
    assert answer.polarity != "yes"
    assert "M" in answer.answer and "L" in answer.answer


def test_a_misspelt_english_word_is_read_as_the_cue_it_misspells() -> None:
    diffuser = make_product(
        title="Car vent diffuser",
        category="Car/Fragrance",
        attributes={"Refill life": "About 45 days"},
        skus=(
            make_sku(attributes={"Scent": "Ocean"}, price=Decimal("39"), stock=5),
            make_sku(attributes={"Scent": "Cologne"}, price=Decimal("39"), stock=0),
        ),
        faqs=(),
        description="",
        language="en",
    )
    answer = answer_question(diffuser, "cologne one still avalable?")
    assert answer.answerable and answer.polarity == "no"


def test_a_return_question_with_a_reason_is_answered_by_the_policy() -> None:
    mats = make_product(
        title="汽车脚垫 定制",
        category="汽车/脚垫",
        attributes={"材质": "TPE"},
        return_policy="非质量问题7天内可退换，需脚垫未使用",
        faqs=(),
        description="",
    )
    answer = answer_question(mats, "买错了不合适能退吗")
    assert answer.answerable and answer.polarity == "yes"
    final = make_product(
        title="茶叶 礼盒", category="食品/茶", return_policy="no_return", faqs=(), description=""
    )
    assert answer_question(final, "不喜欢喝能退吗").polarity == "no"


def test_a_yes_no_naming_a_material_asks_the_parts_material() -> None:
    table = make_product(
        title="蛋卷桌 户外折叠",
        category="户外/桌子",
        attributes={"桌板材质": "铝合金", "桌腿材质": "碳钢"},
        faqs=(),
        description="",
    )
    answer = answer_question(table, "桌腿也是铝的吗")
    assert answer.answerable and answer.polarity == "no"
    assert [s.label for s in answer.sources] == ["桌腿材质"]


def test_a_variant_is_named_in_the_other_language_by_the_dictionary() -> None:
    glasses = make_product(
        title="Acetate sunglasses",
        category="Accessories/Sunglasses",
        attributes={"Frame material": "Acetate"},
        skus=(
            make_sku(attributes={"Frame": "Matte black"}, price=Decimal("199"), stock=4),
            make_sku(attributes={"Frame": "Tortoiseshell"}, price=Decimal("199"), stock=0),
        ),
        faqs=(),
        description="",
        language="en",
    )
    answer = answer_question(glasses, "玳瑁色还有吗")
    assert answer.answerable and answer.polarity == "no"


def test_a_battery_label_naming_a_cell_answers_which_battery() -> None:
    rope = make_product(
        title="智能计数跳绳",
        category="运动/跳绳",
        attributes={"电池": "CR2032纽扣电池", "绳长": "3米可调"},
        faqs=(),
        description="",
    )
    answer = answer_question(rope, "what battery does it take")
    assert answer.answerable and "CR2032" in answer.answer
    assert not answer_question(rope, "电池容量多少毫安").answerable


def test_a_stock_answer_says_which_matching_variant_is_sold_out() -> None:
    coat = make_product(
        title="羊毛大衣",
        category="女装/大衣",
        attributes={"面料": "羊毛"},
        skus=(
            make_sku(attributes={"颜色": "黑色", "尺码": "L"}, price=Decimal("499"), stock=60),
            make_sku(attributes={"颜色": "奶白", "尺码": "L"}, price=Decimal("499"), stock=0),
            make_sku(attributes={"颜色": "奶白", "尺码": "M"}, price=Decimal("499"), stock=50),
        ),
        faqs=(),
        description="",
    )
    answer = answer_question(coat, "L码有货吗")
    assert answer.polarity == "yes"
    in_stock, _, sold_out = answer.answer.partition("；")
    assert "黑色 / L" in in_stock and "奶白 / L" not in in_stock
    assert "奶白 / L" in sold_out and "售罄" in sold_out


def test_a_shade_the_lexicon_does_not_know_is_a_colour_option() -> None:
    lipstick = make_product(
        title="丝绒雾面口红",
        category="美妆/口红",
        attributes={"净含量": "3.5g"},
        skus=(
            make_sku(attributes={"色号": "#888 复古红"}, price=Decimal("139"), stock=300),
            make_sku(attributes={"色号": "#520 豆沙色"}, price=Decimal("139"), stock=450),
        ),
        faqs=(Faq(q="黄皮适合哪个色号", a="黄皮首推#520豆沙色，日常通勤很显白。"),),
        description="",
    )
    answer = answer_question(lipstick, "有豆沙色吗")
    assert answer.answerable and answer.polarity == "yes"
    assert [s.label for s in answer.sources] == ["#520 豆沙色"]


def test_an_english_answer_lists_options_with_commas() -> None:
    lipstick = make_product(
        title="Velvet Matte Lipstick",
        category="Beauty/Lipstick",
        attributes={"Wear": "Up to 8 hours"},
        skus=(
            make_sku(attributes={"Shade": "Ruby Red"}, price=Decimal("109"), stock=5),
            make_sku(attributes={"Shade": "Nude Rose"}, price=Decimal("109"), stock=5),
        ),
        faqs=(),
        description="",
        language="en",
    )
    answer = answer_question(lipstick, "what shades are there")
    assert "Ruby Red, Nude Rose" in answer.answer and "、" not in answer.answer


def test_how_long_it_lasts_is_its_wear_when_it_has_no_battery() -> None:
    lipstick = make_product(
        title="Velvet Matte Lipstick",
        category="Beauty/Lipstick",
        attributes={"Wear": "Up to 8 hours", "Net weight": "3.5 g"},
        faqs=(),
        description="",
        language="en",
    )
    answer = answer_question(lipstick, "how long does it last")
    assert answer.answerable and "8 hours" in answer.answer
    earbuds = make_product(attributes={"续航": "30小时"}, faqs=(), description="")
    assert "30" in answer_question(earbuds, "how long does it last").answer


def _lipstick() -> Product:
    return make_product(
        title="澜颜 丝绒雾面口红 秋冬显白 不沾杯",
        category="美妆/彩妆/口红",
        attributes={"质地": "丝绒雾面"},
        skus=(
            make_sku(attributes={"色号": "#888 复古红"}, price=Decimal("139"), stock=300),
            make_sku(attributes={"色号": "#316 枫叶棕"}, price=Decimal("139"), stock=0),
        ),
        faqs=(),
        description="",
    )


def test_the_products_own_name_names_no_variant() -> None:
    """`口红有香味吗` answered "有货，#888 复古红" — the 红 of 口红 read as the red shade."""
    answer = answer_question(_lipstick(), "口红有香味吗")
    assert not answer.answerable
    assert answer_question(_lipstick(), "复古红有货吗").polarity == "yes"


def test_a_claim_the_title_negates_answers_its_yes_no() -> None:
    answer = answer_question(_lipstick(), "会沾杯吗")
    assert answer.answerable and answer.polarity == "no"
    assert answer.sources[0].text.endswith("不沾杯")
