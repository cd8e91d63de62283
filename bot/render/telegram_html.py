"""Telegram HTML rendering: every span escaped, every message within Telegram's limits."""

from __future__ import annotations

import html
import math

from bot.reply import Button, Line, Span, Style

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
CALLBACK_DATA_LIMIT = 64
BUTTON_LABEL_LIMIT = 64
ELLIPSIS = "…"

_TAGS = {
    Style.BOLD: ("<b>", "</b>"),
    Style.ITALIC: ("<i>", "</i>"),
    Style.STRIKE: ("<s>", "</s>"),
    Style.CODE: ("<code>", "</code>"),
}


def telegram_length(text: str) -> int:
    """Length as Telegram counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def render_span(span: Span) -> str:
    text = html.escape(span.text, quote=False)
    if span.style is Style.LINK and span.url:
        return f'<a href="{html.escape(span.url, quote=True)}">{text}</a>'
    if span.style in _TAGS:
        if not text:
            return ""
        open_tag, close_tag = _TAGS[span.style]
        return f"{open_tag}{text}{close_tag}"
    return text


def render_lines(lines: list[Line]) -> str:
    return "\n".join("".join(render_span(s) for s in line) for line in lines).strip("\n")


def render(lines: list[Line], limit: int = MESSAGE_LIMIT) -> str:
    """HTML for `lines`, shortened to fit `limit`: the longest text is cut first (so a huge
    description gives way before titles and prices), and cutting happens before escaping so
    no entity or tag is ever split."""
    work = [list(line) for line in lines]
    while True:
        out = render_lines([tuple(line) for line in work])
        over = telegram_length(out) - limit
        if over <= 0:
            return out
        longest = max(
            ((i, j) for i, line in enumerate(work) for j in range(len(line))),
            key=lambda ij: len(work[ij[0]][ij[1]].text),
            default=None,
        )
        if longest is None:
            return ""
        i, j = longest
        span = work[i][j]
        if len(span.text) <= 8:
            work.pop()  # only short pieces left: drop whole lines from the end
            continue
        # Escaping makes rendered text longer than raw text (& → &amp;): cut in proportion.
        ratio = max(1.0, telegram_length(render_span(span)) / len(span.text))
        keep = max(0, len(span.text) - math.ceil(over / ratio) - len(ELLIPSIS) - 1)
        # Cut at a UTF-16-safe point: Python slicing is by code point, never mid-surrogate.
        work[i][j] = Span(span.text[:keep].rstrip() + ELLIPSIS, span.style, span.url)


def callback_data(button: Button) -> str:
    """The token a button carries; refuses anything over Telegram's 64 bytes."""
    data = button.token or ""
    if not data:
        raise ValueError(f"button {button.label!r} has no token")
    if len(data.encode()) > CALLBACK_DATA_LIMIT:
        raise ValueError(f"callback data over {CALLBACK_DATA_LIMIT} bytes: {data!r}")
    return data


def button_label(button: Button) -> str:
    label = " ".join(button.label.split())
    return label if len(label) <= BUTTON_LABEL_LIMIT else label[: BUTTON_LABEL_LIMIT - 1] + ELLIPSIS
