"""Telegram HTML rendering: escaping, message/caption limits, callback data size."""

from __future__ import annotations

import pytest

from bot.render.telegram_html import (
    CAPTION_LIMIT,
    MESSAGE_LIMIT,
    callback_data,
    render,
    telegram_length,
)
from bot.render.text import find_button, render_text
from bot.reply import Button, Reply, Span, Style, bold, link, plain, strike


def test_every_span_is_escaped() -> None:
    lines = [(bold("<b>爆款</b> & </a>"), plain(" <i>x</i>"), strike("¥<299>"))]
    out = render(lines)
    assert (
        out
        == "<b>&lt;b&gt;爆款&lt;/b&gt; &amp; &lt;/a&gt;</b> &lt;i&gt;x&lt;/i&gt;<s>¥&lt;299&gt;</s>"
    )


def test_link_urls_are_attribute_escaped() -> None:
    out = render([(link('a"b', 'https://t.me/x?start=a"><script>'),)])
    assert out == '<a href="https://t.me/x?start=a&quot;&gt;&lt;script&gt;">a"b</a>'


@pytest.mark.parametrize("limit", [MESSAGE_LIMIT, CAPTION_LIMIT])
def test_long_descriptions_are_cut_to_fit_keeping_the_title(limit: int) -> None:
    description = "超长描述&<>" * 1500  # 10,500 characters, most of them escaped
    lines = [(bold("标题 <b>"),), (plain("¥199"),), (), (plain(description),)]
    out = render(lines, limit)
    assert telegram_length(out) <= limit
    assert out.startswith("<b>标题 &lt;b&gt;</b>\n¥199\n")
    assert out.endswith("…")
    assert telegram_length(out) > limit - 40  # cut no more than needed
    assert "&amp;&lt;" in out  # no half entity: cutting happens before escaping


def test_many_short_lines_are_dropped_from_the_end() -> None:
    lines = [(plain(f"line {i}"),) for i in range(2000)]
    out = render(lines, MESSAGE_LIMIT)
    assert telegram_length(out) <= MESSAGE_LIMIT
    assert out.startswith("line 0\nline 1\n")


def test_emoji_count_as_two_units() -> None:
    out = render([(plain("😀" * 3000),)], MESSAGE_LIMIT)
    assert telegram_length(out) <= MESSAGE_LIMIT


def test_callback_data_over_64_bytes_is_refused() -> None:
    assert callback_data(Button("ok", "x", token="a" * 64)) == "a" * 64
    with pytest.raises(ValueError, match="64 bytes"):
        callback_data(Button("no", "x", token="é" * 33))
    with pytest.raises(ValueError, match="no token"):
        callback_data(Button("no", "x"))


def test_text_rendering_numbers_buttons_and_finds_them() -> None:
    reply = Reply().add(bold("标题"), plain(" "), Span("¥299", Style.STRIKE))
    reply.row(Button("1 详情", "details"), Button("🛒 加购", "cart_add")).row(Button("▶", "page"))
    text = render_text(reply)
    assert "标题 ~¥299~" in text
    assert "[1] 1 详情  [2] 🛒 加购\n[3] ▶" in text
    assert find_button(reply, "3").label == "▶"  # type: ignore[union-attr]
    assert find_button(reply, "加购").label == "🛒 加购"  # type: ignore[union-attr]
    assert find_button(reply, "nothing") is None
