"""Small, explainable text classifiers: question vs search, ordinals, comparison requests."""

from __future__ import annotations

import re
from dataclasses import dataclass

_ZH_NUM = {
    "一": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}
_EN_ORD = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
}
_EN_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}

_ZH_ORDINAL = re.compile(r"第\s*([一二两三四五六七八九十]|\d{1,2})\s*(?:个|款|件|条|名)?")
_EN_ORDINAL = re.compile(
    r"\b(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"1st|2nd|3rd|4th|5th)\b(?:\s+(?:one|item|product))?",
    re.IGNORECASE,
)
_HASH_NUMBER = re.compile(r"(?:#|no\.?\s*|number\s+)(\d{1,2})\b", re.IGNORECASE)

# Words that point at something already on screen.
_ZH_DEICTIC = (
    "这个",
    "这款",
    "这件",
    "那个",
    "那款",
    "它",
    "该商品",
    "此款",
    "这一款",
    "这双",
    "这支",
)
_EN_DEICTIC = re.compile(r"\b(it|this|that|this one|that one|these|those|they)\b", re.IGNORECASE)

_ZH_PARTICLE_END = re.compile(r"(吗|嘛|么|呢|没有|不|吧)\s*[?？!！。~～]*$")
_ZH_QUESTION_WORDS = (
    "多少",
    "怎么",
    "怎样",
    "什么",
    "是否",
    "能不能",
    "可不可以",
    "会不会",
    "是不是",
    "支不支持",
    "有没有",
    "多久",
    "多大",
    "多重",
    "多长",
    "哪里",
    "哪个",
    "为什么",
    "能否",
)
# "几" only as "how many …" (几个/几天…), not inside words such as 茶几.
_ZH_HOW_MANY = re.compile(r"几(?:个|种|天|号|点|色|寸|斤|小时|年|月|岁|码|毫升|克)")
_EN_QUESTION_START = re.compile(
    r"^\s*(does|do|is|are|can|could|will|would|should|how|what|which|when|where|why|"
    r"has|have|any)\b",
    re.IGNORECASE,
)
# Words that make a message a request to find things rather than a question about one.
_SEARCH_MARKERS_ZH = (
    "推荐",
    "想买",
    "找",
    "搜",
    "要买",
    "给我看",
    "来点",
    "以内",
    "以下",
    "最便宜",
    "便宜点",
)
_SEARCH_MARKERS_EN = re.compile(
    r"\b(recommend|looking for|find|search|show me|suggest|cheapest|under|below|less than|"
    r"i want|i need|buy some)\b",
    re.IGNORECASE,
)
_COMPARE = re.compile(r"对比|比较|比一比|比一下|\bcompare\b|\bvs\.?\b|\bversus\b", re.IGNORECASE)
_ZH_FIRST_N = re.compile(r"前\s*([两二三四五]|\d)\s*(?:个|款|件)?")
_EN_FIRST_N = re.compile(r"\b(?:first|top)\s+(two|three|four|five|\d)\b", re.IGNORECASE)
_NUMBERS = re.compile(r"(?<![\d.¥$])(\d{1,2})(?![\d.%元块])")


def _zh_number(token: str) -> int:
    return int(token) if token.isdigit() else _ZH_NUM.get(token, 0)


def find_ordinal(text: str) -> int | None:
    """The 1-based position a message points at ("第二个", "the second one", "#2"), if any."""
    if m := _ZH_ORDINAL.search(text):
        return _zh_number(m.group(1)) or None
    if m := _EN_ORDINAL.search(text):
        return _EN_ORD[m.group(1).lower()]
    if m := _HASH_NUMBER.search(text):
        return int(m.group(1))
    return None


_NEXT_PAGE = re.compile(
    r"^(?:下一?页|翻页|往后翻|再来一?[页批点]|换一批|更多|看更多|还有别的吗|"
    r"next(?: page)?|more|show more|see more|load more)[\s。.!！~～]*$",
    re.IGNORECASE,
)
_PREVIOUS_PAGE = re.compile(
    r"^(?:上一?页|往前翻|前一页|previous(?: page)?|prev(?: page)?|back|go back)[\s。.!！~～]*$",
    re.IGNORECASE,
)


_WORD_COMMANDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"^(?:你好|您好|哈喽|嗨|在吗|在不在|hi|hello|hey|hiya|good (?:morning|evening))$"
        ),
        "help",
    ),
    (re.compile(r"^(?:帮助|怎么用|使用说明|help|menu|菜单|what can you do)$"), "help"),
    (
        re.compile(r"^(?:购物车|我的购物车|看看购物车|看购物车|cart|my cart|show (?:my )?cart)$"),
        "cart",
    ),
    (
        re.compile(r"^(?:我的订单|订单|看订单|查订单|orders|my orders|show (?:my )?orders)$"),
        "orders",
    ),
    (re.compile(r"^(?:直播|直播间|在播的|live|live rooms|who is live)$"), "live"),
)


def word_command(text: str) -> str | None:
    """The command a whole message names in words: "你好"/"hi" and "帮助" → help, "购物车" →
    cart, "我的订单" → orders, "直播间" → live. Anything longer is a search or a question."""
    s = re.sub(r"[\s!！?？。.~～,，]+$", "", text.strip().lower())
    for pattern, command in _WORD_COMMANDS:
        if pattern.match(s):
            return command
    return None


def page_step(text: str) -> int | None:
    """+1 for "下一页" / "next page" / "more", -1 for "上一页" / "previous", else None: the
    typed form of the list's ▶ and ◀ buttons."""
    s = text.strip()
    if _NEXT_PAGE.match(s):
        return 1
    if _PREVIOUS_PAGE.match(s):
        return -1
    return None


def bare_ordinal(text: str) -> int | None:
    """A message that is only a pick from the last list: "2", "第二个", "the second one"."""
    s = text.strip().rstrip("。.!！")
    if re.fullmatch(r"\d{1,2}", s):
        return int(s)
    if (m := _ZH_ORDINAL.fullmatch(s)) or (
        m := re.fullmatch(r"(?:看看?|打开|要)?" + _ZH_ORDINAL.pattern, s)
    ):
        return _zh_number(m.group(1)) or None
    if m := re.fullmatch(
        r"(?:(?:show|open)\s+(?:me\s+)?)?" + _EN_ORDINAL.pattern, s, re.IGNORECASE
    ):
        return _EN_ORD[m.group(1).lower()]
    return None


@dataclass(frozen=True, slots=True)
class QuestionSignals:
    deictic: bool
    ordinal: int | None
    question_form: bool
    search_form: bool

    @property
    def score(self) -> int:
        return (
            2 * (self.deictic or self.ordinal is not None)
            + self.question_form
            - 2 * self.search_form
        )


def question_signals(text: str) -> QuestionSignals:
    s = text.strip()
    lower = s.lower()
    deictic = any(w in s for w in _ZH_DEICTIC) or bool(_EN_DEICTIC.search(s))
    question_form = (
        s.endswith(("?", "？"))
        or bool(_ZH_PARTICLE_END.search(s))
        or any(w in s for w in _ZH_QUESTION_WORDS)
        or bool(_ZH_HOW_MANY.search(s))
        or bool(_EN_QUESTION_START.match(lower))
    )
    search_form = any(w in s for w in _SEARCH_MARKERS_ZH) or bool(_SEARCH_MARKERS_EN.search(s))
    return QuestionSignals(deictic, find_ordinal(s), question_form, search_form)


def is_question(text: str, *, has_context: bool) -> bool:
    """Is this a question about the product in context (rather than a new search)?

    Needs a product in context; then pointing words (这个/it/第二个) and question forms
    (吗/呢/？/does/is/how…) vote for a question, shopping words (推荐/以内/find/under…) against.
    """
    if not has_context or not text.strip():
        return False
    return question_signals(text).score >= 1


def compare_positions(text: str, available: int) -> list[int] | None:
    """1-based positions to compare when the message asks for a comparison, else None.

    "对比前两个" → [1, 2]; "compare 1 and 3" → [1, 3]; "比较第一个和第三个" → [1, 3];
    a bare "对比" / "compare" → the first two (or fewer when fewer were shown).
    """
    if not _COMPARE.search(text):
        return None
    if m := _ZH_FIRST_N.search(text):
        n = _zh_number(m.group(1))
        return list(range(1, n + 1))
    if m := _EN_FIRST_N.search(text):
        token = m.group(1).lower()
        n = int(token) if token.isdigit() else _EN_NUM[token]
        return list(range(1, n + 1))
    positions = [_zh_number(g) for g in _ZH_ORDINAL.findall(text)]
    positions += [_EN_ORD[g.lower()] for g in _EN_ORDINAL.findall(text)]
    if not positions:
        positions = [int(g) for g in _NUMBERS.findall(text)]
    positions = [p for p in dict.fromkeys(positions) if p > 0]
    if not positions:
        return list(range(1, min(2, available) + 1)) if available else []
    return positions
