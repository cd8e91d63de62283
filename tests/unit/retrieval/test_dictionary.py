"""The CC-CEDICT reading of Chinese text: words the curated lexicon doesn't know."""

from __future__ import annotations

from retrieval.dictionary import chinese_words, english_reading


def test_words_outside_the_lexicon_get_their_english() -> None:
    assert "foot bath" in english_reading("足浴盆 恒温加热")
    assert "snore" in english_reading("室友打呼噜")
    assert "flour" in english_reading("称面粉用的")


def test_grammar_and_vague_words_are_left_out() -> None:
    words = chinese_words("有没有什么推荐的 那种")
    assert words == []
    assert english_reading("的了吗呢") == ""


def test_a_lone_content_character_reads_as_itself() -> None:
    reading = english_reading("拿在手上吹的")
    assert "hand" in reading and "blow" in reading


def test_latin_text_has_no_reading() -> None:
    assert english_reading("wireless earbuds 2024") == ""
