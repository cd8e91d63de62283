"""Words that start after-sales, and look-alikes that must stay product questions/searches."""

from __future__ import annotations

import pytest

from bot.aftersales_intents import return_intent, support_intent


@pytest.mark.parametrize(
    "text",
    [
        "我要退货",
        "耳机坏了怎么办",
        "收到的杯子裂了",
        "想换货，尺码小了",
        "申请退款",
        "I want to return my order",
        "the blender arrived damaged",
        "it stopped working after two days",
        "I'd like a refund for my order",
    ],
)
def test_after_sales_requests(text: str) -> None:
    assert return_intent(text)


@pytest.mark.parametrize(
    "text",
    [
        "这个支持七天无理由退货吗",
        "can this be returned?",
        "what is the return policy",
        "降噪耳机 300以内",
        "wireless earbuds under 300",
        "这款耐摔吗",
        "送男朋友的礼物",
    ],
)
def test_product_questions_and_searches_are_not_requests(text: str) -> None:
    assert not return_intent(text)


def test_asking_for_a_person() -> None:
    assert support_intent("人工客服") == ""
    assert support_intent("转人工") == ""
    assert support_intent("talk to a human please") == ""
    assert support_intent("人工客服 我的快递三天没动了") == "我的快递三天没动了"
    assert support_intent("降噪耳机") is None
    assert support_intent("human hair wig") is None
