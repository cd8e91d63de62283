"""The question-vs-search classifier, ordinals and comparison requests."""

from __future__ import annotations

import pytest

from bot.intents import bare_ordinal, compare_positions, find_ordinal, is_question


@pytest.mark.parametrize(
    "text",
    [
        "这个防水吗？",
        "防水吗",
        "这款有黑色的吗",
        "续航多久",
        "保修几年",
        "有几种颜色",
        "第二个有黑色吗",
        "它支持快充吗?",
        "does it come in black?",
        "is it waterproof",
        "how long does the battery last",
        "Can I return it?",
        "what about the second one?",
    ],
)
def test_questions_about_the_product_in_context(text: str) -> None:
    assert is_question(text, has_context=True)


@pytest.mark.parametrize(
    "text",
    [
        "蓝牙耳机",
        "口红",
        "茶几",
        "200以内的耳机",
        "有没有200以内的耳机？",
        "推荐一款防水耳机吗",
        "wireless earbuds under 50?",
        "find me a black dress",
        "cheapest lipstick",
        "",
    ],
)
def test_searches_stay_searches(text: str) -> None:
    assert not is_question(text, has_context=True)


def test_no_product_in_context_means_search() -> None:
    assert not is_question("这个防水吗？", has_context=False)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("第二个", 2),
        ("第2个防水吗", 2),
        ("the third one", 3),
        ("is the 2nd one black?", 2),
        ("#4", 4),
        ("蓝牙耳机", None),
    ],
)
def test_find_ordinal(text: str, n: int | None) -> None:
    assert find_ordinal(text) == n


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("2", 2),
        ("第二个", 2),
        ("看第三个", 3),
        ("the second one", 2),
        ("open the 2nd", 2),
        ("第二个防水吗", None),
        ("200", None),
    ],
)
def test_bare_ordinal(text: str, n: int | None) -> None:
    assert bare_ordinal(text) == n


@pytest.mark.parametrize(
    ("text", "positions"),
    [
        ("对比前两个", [1, 2]),
        ("对比前三个", [1, 2, 3]),
        ("比较第一个和第三个", [1, 3]),
        ("compare 1 and 3", [1, 3]),
        ("compare the first two", [1, 2]),
        ("2 vs 3", [2, 3]),
        ("对比", [1, 2]),
        ("200以内的耳机", None),
    ],
)
def test_compare_positions(text: str, positions: list[int] | None) -> None:
    assert compare_positions(text, 5) == positions
