"""Questions the property lexicon doesn't type, answered only on narrow evidence.

A shopper asks "how far can the remote reach" or "内胆是304还是316" in words no property cue
names. These fall-backs answer from the one piece of evidence that fits — the asked kind of
amount under a label the question names (in either language, by the dictionary), the one option
of a choice the listing states — and refuse the moment two pieces fit or none names the thing.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from catalog.model import Product
from retrieval.qa import answer_question
from tests.factories.catalog import BASE_TIME, make_flash_sale, make_product


def test_a_choice_is_answered_by_the_option_the_listing_names() -> None:
    product = make_product(attributes={"内胆材质": "316不锈钢", "外壳材质": "304不锈钢"}, faqs=())
    answer = answer_question(product, "内胆是304还是316")
    assert answer.answerable and "316" in answer.answer
    assert [s.label for s in answer.sources] == ["内胆材质"]


def test_a_choice_both_options_of_which_the_listing_names_is_not_guessed() -> None:
    product = make_product(attributes={"材质": "304不锈钢内胆，316不锈钢杯盖"}, faqs=())
    assert not answer_question(product, "是304还是316").answerable


def test_an_english_amount_question_meets_a_chinese_label_by_the_dictionary() -> None:
    product = make_product(attributes={"遥控距离": "80米", "重量": "1.2kg"}, faqs=())
    answer = answer_question(product, "how far can the remote reach")
    assert answer.answerable and "80" in answer.answer
    assert answer.sources[0].label == "遥控距离"
    assert "遥控距离" in answer.answer  # the listing's own label is shown with its reading


def test_a_chinese_duration_question_meets_an_english_label() -> None:
    product = make_product(
        attributes={"Filter replacement": "Every 2–4 weeks", "Capacity": "2.5 L"},
        faqs=(),
        description="",
    )
    answer = answer_question(product, "滤芯多久换一次")
    assert answer.answerable and "2–4 weeks" in answer.answer


def test_two_amounts_of_the_asked_kind_under_named_labels_are_not_guessed_between() -> None:
    product = make_product(
        attributes={"Filter replacement": "Every 2–4 weeks", "Filter life": "About 30 days"},
        faqs=(),
        description="",
    )
    assert not answer_question(product, "滤芯多久换一次").answerable


def test_an_amount_under_a_label_the_question_does_not_name_is_refused() -> None:
    product = make_product(attributes={"充电时间": "约90分钟"}, faqs=(), description="")
    assert not answer_question(product, "充一次电能玩多久").answerable
    product = make_product(attributes={"Control range": "50 m"}, faqs=(), description="")
    assert not answer_question(product, "how far can it fly from the launch site").answerable


def test_how_long_is_the_product_is_answered_by_its_dimensions() -> None:
    product = make_product(
        title="TPE瑜伽垫 加宽加厚", attributes={"尺寸": "183×61cm"}, faqs=(), description=""
    )
    answer = answer_question(product, "how long is the mat")
    assert answer.answerable and "183" in answer.answer
    # Dimensions don't say how long something lasts.
    assert not answer_question(product, "how long does the mat last").answerable


def test_a_return_question_with_the_shoppers_reason_gets_the_policy() -> None:
    product = make_product(
        return_policy="30-day returns for unused items in original packaging",
        faqs=(),
        description="",
    )
    answer = answer_question(product, "can i return it if i dont like it")
    assert answer.answerable and "30-day" in answer.answer


def test_a_flash_price_question_without_a_sale_gets_the_price_and_says_so() -> None:
    product = make_product(price=Decimal("129.00"), skus=(), faqs=(), description="")
    answer = answer_question(product, "现在买多少钱？昨天不是有秒杀吗", now=BASE_TIME)
    assert answer.answerable and "129" in answer.answer and "没有秒杀" in answer.answer
    sale = make_flash_sale(
        product_id=product.id,
        price=Decimal("99.00"),
        starts_at=BASE_TIME - timedelta(hours=1),
        ends_at=BASE_TIME + timedelta(hours=1),
    )
    on_sale = answer_question(
        product, "现在买多少钱？昨天不是有秒杀吗", sales=[sale], now=BASE_TIME
    )
    assert "99" in on_sale.answer


def test_the_variant_whose_range_holds_the_shoppers_amount_is_the_answer() -> None:
    from tests.factories.catalog import make_sku

    product = make_product(
        skus=(
            make_sku(id="m", attributes={"Size": "M", "Dog weight": "up to 15 kg"}),
            make_sku(
                id="l",
                attributes={"Size": "L", "Dog weight": "up to 30 kg"},
                price=Decimal("269.00"),
            ),
            make_sku(id="xl", attributes={"Size": "XL", "Dog weight": "up to 45 kg"}),
        ),
        faqs=(),
        description="",
    )
    answer = answer_question(product, "我家狗25公斤 买哪个尺码 多少钱")
    assert answer.answerable and answer.sources[0].label.startswith("L")
    assert "269" in answer.answer
    # An amount no variant holds is not answered with the biggest one.
    assert not answer_question(product, "我家狗60公斤 买哪个尺码").answer.startswith(
        "根据商品信息，XL"
    )


def _telescopic_pole() -> Product:
    from tests.factories.catalog import make_sku

    return make_product(
        skus=(
            make_sku(id="a", attributes={"长度": "3.6米", "收缩长度": "1.05米"}, stock=15),
            make_sku(id="b", attributes={"长度": "4.5米", "收缩长度": "1.2米"}, stock=7),
            make_sku(id="c", attributes={"长度": "5.4米", "收缩长度": "1.35米"}, stock=0),
        ),
        faqs=(),
        description="",
    )


def test_a_variant_named_by_its_length_is_that_variant_alone() -> None:
    answer = answer_question(_telescopic_pole(), "5米4的还有吗")
    assert answer.polarity == "no"  # the 5.4 m one is sold out; the others don't count
    assert [s.label for s in answer.sources] == ["5.4米 / 1.35米"]


def test_the_price_of_a_variant_that_is_not_sold_is_not_given() -> None:
    answer = answer_question(_telescopic_pole(), "6.3米的多少钱")
    assert not answer.answerable
    assert "3.6米" in answer.answer and "5.4米" in answer.answer  # what there is instead
    # 4.5 m is one of the lengths, though not one of the folded lengths: it is sold.
    sold = answer_question(_telescopic_pole(), "4.5米的多少钱")
    assert sold.answerable and [s.label for s in sold.sources] == ["4.5米 / 1.2米"]
    from tests.factories.catalog import make_sku

    shirt = make_product(
        skus=(
            make_sku(id="bs", attributes={"颜色": "黑色", "尺码": "S"}),
            make_sku(id="bl", attributes={"颜色": "黑色", "尺码": "L"}),
        ),
        faqs=(),
        description="",
    )
    assert not answer_question(shirt, "how much is the XXL in black").answerable
    assert answer_question(shirt, "how much is the L in black").answerable


def _chilli_sauce() -> Product:
    from tests.factories.catalog import make_sku

    return make_product(
        skus=(
            make_sku(id="mild", attributes={"Heat": "Mild"}, stock=9),
            make_sku(id="spicy", attributes={"Heat": "Spicy"}, stock=4),
            make_sku(id="extra", attributes={"Heat": "Extra spicy"}, stock=0),
        ),
        faqs=(),
        description="",
    )


def test_the_longer_value_named_wins_over_one_inside_it() -> None:
    answer = answer_question(_chilli_sauce(), "extra spicy in stock?")
    assert answer.polarity == "no"
    assert [s.label for s in answer.sources] == ["Extra spicy"]
    assert answer_question(_chilli_sauce(), "spicy in stock?").polarity == "yes"


def test_a_sold_out_question_is_answered_yes_when_it_is_sold_out() -> None:
    assert answer_question(_chilli_sauce(), "extra spicy sold out?").polarity == "yes"
    assert answer_question(_chilli_sauce(), "is the mild one sold out?").polarity == "no"
    assert answer_question(_chilli_sauce(), "Extra spicy卖完了吗").polarity == "yes"


def test_a_length_option_is_no_colour() -> None:
    """The 米 of "3.6米" is a metre, not 米色 (beige)."""
    pole = _telescopic_pole()
    beige = answer_question(pole, "有米色的吗")
    assert beige.polarity != "yes", beige.answer
    lengths = answer_question(pole, "what lengths does it come in", language="en")
    assert "colour" not in lengths.answer.lower(), lengths.answer


def test_how_long_is_shipping_asks_a_time_not_a_length() -> None:
    product = make_product(
        shipping="48小时内发货", attributes={"长度": "3.6米"}, faqs=(), description=""
    )
    answer = answer_question(product, "how long is shipping")
    assert answer.answerable
    assert [s.kind for s in answer.sources] == ["shipping"]


def test_is_it_sold_out_of_the_whole_product() -> None:
    in_stock = make_product(skus=(), stock=22, faqs=(), description="")
    assert answer_question(in_stock, "is it sold out?").polarity == "no"
    assert answer_question(in_stock, "is it in stock?").polarity == "yes"
