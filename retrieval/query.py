"""Query understanding: split a shopper's words into what to match and constraints.

`parse_query("两百块以内的蓝牙耳机 正在直播")` → text "蓝牙耳机", max_price 200, live_now, labels
("¥200以内", "正在直播"). Numbers only become prices next to a price cue (a currency, 以内, under,
左右 …) and never when they are part of a model number or a measure (iPhone 15, 小米14, 300ml,
2024款, 5G).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from catalog.model import Creator
from retrieval.text import detect_language, normalize
from retrieval.types import Language, ParsedQuery, SearchFilters, SortOrder

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6}
_CN_DIGITS |= {"七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}


def chinese_number(text: str) -> Decimal | None:
    """三百 → 300, 两千五 → 2500, 一万二 → 12000, 十五 → 15; None if not a Chinese numeral."""
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in text):
        return None
    total, section, digit = 0, 0, None
    last_unit = 1
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
            if digit == 0:
                last_unit = 10  # 一百零五: what follows a zero counts in ones
        else:
            unit = _CN_UNITS[ch]
            if unit == 10000:
                total = (total + section + (digit or 0)) * unit
                section, digit, last_unit = 0, None, unit
                continue
            section += (digit if digit is not None else 1) * unit
            digit, last_unit = None, unit
    if digit is not None:
        # 两千五 means 2500: a trailing digit counts in the unit below the last one.
        section += digit * (last_unit // 10 if last_unit >= 100 else 1)
    return Decimal(total + section)


_NUM = r"(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万]+)"
_PRE = r"(?:[¥$]\s*|rmb\s*|cny\s*)"
_POST = r"(?:\s*(?:块钱|块|元|rmb|cny|yuan|dollars?|bucks|usd))"
# A number followed by one of these is a measure or a model, not a price.
_MEASURE = (
    r"(?!\s*(?:ml|毫升|l\b|升|kg|g\b|克|公斤|斤|两\b|寸|英寸|inch|款|年|代|系|mah|w\b|瓦|号|码|岁|"
    r"cm|厘米|mm|毫米|m\b|米|个|件|双|条|只|支|片|包|袋|瓶|罐|盒|箱|天|小时|分钟|h\b|gb|tb|g\b|hz|"
    r"p\b|k\b|人|度|层|色|寸|pro|max|plus|mini|ultra|s\b|\+|%|折|倍|秒|pcs|pack|oz|lb))"
)
# Not glued to a letter on the left (iPhone15, mate60) nor to more digits.
_PRICE = rf"(?<![a-z0-9.])(?:{_PRE})?(?P<{{g}}>{_NUM})(?![\d.]){_MEASURE}(?:{_POST})?"


def _price(group: str) -> str:
    return _PRICE.replace("{g}", group)


_P = _price("n")
_P1 = _price("a")
_P2 = _price("b")

_RANGE = [
    rf"(?:between\s+|from\s+|(?:价格|价位)?在)?{_P1}\s*(?:到|至|-|~|～|—|–|to|and)\s*{_P2}"
    rf"(?:\s*(?:之间|左右|的价位))?",
]
_MAX = [
    rf"{_P}\s*(?:以内|以下|之内|内|封顶|以下的|or less|or under|and under|and below|max)",
    rf"(?:不超过|不高于|低于|少于|小于|不到|最多|预算|预算在|最高|价格低于|价格不超过)\s*{_P}",
    rf"(?:under|below|less than|cheaper than|no more than|not more than|not over|max|maximum|"
    rf"at most|up to|within|budget of|budget|<=?)\s*{_P}",
]
_MIN = [
    rf"{_P}\s*(?:以上|起|往上|or more|and up|and above|plus|\+)",
    rf"(?:高于|超过|大于|不低于|至少|最低)\s*{_P}",
    rf"(?:over|above|more than|at least|min|minimum|>=?)\s*{_P}",
]
_AROUND = [
    rf"{_P}\s*(?:左右|上下|附近)",
    rf"(?:around|about|approximately|approx\.?|roughly|circa|~)\s*{_P}",
]
_NEEDS_CURRENCY = (
    rf"(?<![a-z0-9.])(?:{_PRE}(?P<n>{_NUM})(?:{_POST})?|(?P<m>{_NUM}){_POST}){_MEASURE}"
)

_SORT_CHEAP = (
    r"(?:最便宜|价格最低|最低价|便宜的排前面|价格从低到高|从低到高|cheapest|lowest price|"
    r"sort by price|price low to high|least expensive)"
)
_LIVE = (
    r"(?:现在直播|现在在直播|正在直播|直播中|正在播|在直播|直播间里|直播间的|直播间|开播中|live now|on live|"
    r"currently live|live right now|streaming now|in (?:the )?live(?: room| stream)?|live stream)"
)
_FLASH = (
    r"(?:限时秒杀|秒杀|限时抢购|限时折扣|限时特价|flash sales?|flash deals?|lightning deals?|"
    r"on sale now|deals? right now)"
)
_STOCK = r"(?:有货|现货|有库存|不缺货|in stock|available now|in-stock)"
# Flash sales that have not started yet: "快开始的秒杀", "秒杀预告", "flash sales starting soon".
_FLASH_SOON = (
    r"(?:(?:快|马上|即将|快要|就要|等下|待会儿?|一会儿?)(?:要)?(?:开始|开抢|开)的?(?:限时)?(?:秒杀|抢购)|"
    r"(?:秒杀|抢购)(?:预告|预热)|预告的?(?:秒杀|抢购)|(?:秒杀|抢购)(?:快|马上|即将)(?:要)?开始|"
    r"下一场(?:秒杀|抢购)|upcoming (?:flash sales?|flash deals?|deals?)|"
    r"(?:flash sales?|flash deals?|deals?) (?:that )?(?:starting|start|coming|begin|beginning)"
    r"(?: up)? (?:soon|later|next)|next flash sales?|(?:flash sales?|flash deals?) soon)"
)

_GENERIC = re.compile(
    r"现在|目前|东西|商品|宝贝|好物|有什么|有哪些|什么|哪些|哪个|哪款|(?<![\u4e00-\u9fff])在(?![\u4e00-\u9fff])|"
    r"\b(?:what's|whats|what is|what are|what|which one is|which ones are|which one|which|"
    r"are there|is there|any|right now|now|stuff|things?|items?|products?|"
    r"anything|show me|currently)\b"
)
_PARTICLES = re.compile(r"^[\s的,，。.、!！?？:：;；]+|[\s的,，。.、!！?？:：;；]+$")


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int


def _to_decimal(raw: str) -> Decimal | None:
    raw = raw.strip()
    if not raw:
        return None
    if raw[0].isdigit():
        return Decimal(raw)
    value = chinese_number(raw)
    # A lone Chinese digit (一, 两) is a count, not a price.
    if value is None or not any(ch in _CN_UNITS for ch in raw):
        return None
    return value


def _fmt(value: Decimal) -> str:
    value = value.normalize()
    return f"{value:f}" if value == value.to_integral() else f"{value:.2f}"


_CATEGORY_ZH = re.compile(
    r"([\u4e00-\u9fffA-Za-z&]{1,12}?)(?:类目|分类|类|区|频道|专区)(?:的|里的|里)?"
)
_CATEGORY_EN = re.compile(
    r"(?:in (?:the )?)?([a-z][a-z &]{1,30}?) (?:category|section|department)\b|"
    r"category:? ([a-z][a-z &]{1,30})"
)


def _category_prefix(work: str, categories: Sequence[str]) -> tuple[str, str, re.Match[str]] | None:
    """An explicitly named category ("美妆类", "数码区", "beauty category") → its path prefix.

    Only explicit mentions count: a bare product word ("口红") is matched by search itself, and
    guessing a category from it would hide listings filed elsewhere.
    """
    matches = [m for pattern in (_CATEGORY_ZH, _CATEGORY_EN) for m in pattern.finditer(work)]
    if not matches:
        return None  # most queries name no category: don't index every category path for them
    segments: dict[str, set[str]] = {}
    for path in categories:
        parts = [p.strip() for p in path.split("/") if p.strip()]
        for i, part in enumerate(parts):
            segments.setdefault(normalize(part), set()).add("/".join(parts[: i + 1]))
    for m in matches:
        name = m.group(1) or (m.group(2) if m.lastindex and m.lastindex >= 2 else "") or ""
        words = name.strip().split()
        # "sunscreen in the beauty category": the category is the words right before it.
        for i in range(len(words)):
            prefixes = segments.get(" ".join(words[i:]))
            if prefixes and len(prefixes) == 1:
                cat = " ".join(words[i:])
                exact = re.search(
                    rf"(?:in (?:the )?)?{re.escape(cat)}\s*(?:类目|分类|类|区|频道|专区|"
                    r" category| section| department)(?:的|里的|里)?|category:? " + re.escape(cat),
                    work,
                )
                return next(iter(prefixes)), cat, exact or m
    return None


def parse_query(
    text: str,
    *,
    creators: Sequence[Creator] = (),
    categories: Sequence[str] = (),
    default_language: Language = "zh",
) -> ParsedQuery:
    """Parse a shopper's query (Chinese or English) into match text, filters and labels."""
    language = detect_language(text, default_language)
    work = normalize(text)
    spans: list[_Span] = []
    min_price: Decimal | None = None
    max_price: Decimal | None = None
    labels: list[str] = []
    zh = language == "zh"

    def take(match: re.Match[str]) -> None:
        spans.append(_Span(match.start(), match.end()))

    def free(match: re.Match[str]) -> bool:
        return not any(s.start < match.end() and match.start() < s.end for s in spans)

    price_label: str | None = None
    for pattern in _RANGE:
        for m in re.finditer(pattern, work):
            a, b = _to_decimal(m.group("a")), _to_decimal(m.group("b"))
            if a is None or b is None or not free(m):
                continue
            # "3-5" without any currency or range word is too ambiguous to be a price.
            has_cue = re.search(rf"{_POST}|{_PRE}|between|from|之间|价格|价位|到|至", m.group(0))
            # "100-200的耳机", "lipstick 100~120": two amounts a price apart are a price range
            # ("3-5", "iphone 13-15" are not: too small to be prices in this catalog's ¥).
            bare_prices = (
                min(a, b) >= 20
                and max(a, b) > min(a, b)
                and (re.search(r"[-~～—–]", m.group(0)) is not None)
            )
            if not (has_cue or bare_prices):
                continue
            lo, hi = min(a, b), max(a, b)
            min_price, max_price = lo, hi
            price_label = f"¥{_fmt(lo)}–{_fmt(hi)}"
            take(m)
    if price_label is None:
        for pattern in _AROUND:
            for m in re.finditer(pattern, work):
                v = _to_decimal(m.group("n"))
                if v is None or not free(m):
                    continue
                # "三百左右" / "around 300": 0.75×–1.25× (eval/README.md's convention).
                min_price, max_price = (
                    (v * Decimal("0.75")).quantize(Decimal("1")),
                    (v * Decimal("1.25")).quantize(Decimal("1")),
                )
                price_label = f"¥{_fmt(v)}左右" if zh else f"around ¥{_fmt(v)}"
                take(m)
                break
    for pattern in _MAX:
        for m in re.finditer(pattern, work):
            v = _to_decimal(m.group("n"))
            if v is None or not free(m):
                continue
            max_price = v
            take(m)
            price_label = (
                (f"¥{_fmt(min_price)}–{_fmt(v)}" if min_price else f"¥{_fmt(v)}以内")
                if zh
                else (f"¥{_fmt(min_price)}–{_fmt(v)}" if min_price else f"under ¥{_fmt(v)}")
            )
    for pattern in _MIN:
        for m in re.finditer(pattern, work):
            v = _to_decimal(m.group("n"))
            if v is None or not free(m):
                continue
            min_price = v
            take(m)
            if max_price is not None:
                price_label = f"¥{_fmt(v)}–{_fmt(max_price)}"
            else:
                price_label = f"¥{_fmt(v)}以上" if zh else f"over ¥{_fmt(v)}"
    if min_price is None and max_price is None:
        # "200元的耳机", "$30 earbuds": an explicit amount means "about this much".
        for m in re.finditer(_NEEDS_CURRENCY, work):
            v = _to_decimal(m.group("n") or m.group("m"))
            if v is None or not free(m):
                continue
            min_price = (v * Decimal("0.8")).quantize(Decimal("1"))
            max_price = (v * Decimal("1.2")).quantize(Decimal("1"))
            price_label = f"¥{_fmt(v)}左右" if zh else f"around ¥{_fmt(v)}"
            take(m)
            break
    if price_label:
        labels.append(price_label)

    sort = SortOrder.RELEVANCE
    for m in re.finditer(_SORT_CHEAP, work):
        if free(m):
            sort = SortOrder.PRICE_ASC
            take(m)
    if sort is SortOrder.PRICE_ASC:
        labels.append("价格从低到高" if zh else "cheapest first")

    flags: dict[str, bool] = {}
    for name, pattern, zh_label, en_label in (
        ("flash_soon", _FLASH_SOON, "即将开始的秒杀", "flash sales starting soon"),
        ("live_now", _LIVE, "正在直播", "live now"),
        ("on_flash_sale", _FLASH, "秒杀中", "flash sale now"),
        ("in_stock", _STOCK, "有货", "in stock"),
    ):
        for m in re.finditer(pattern, work):
            if free(m):
                flags[name] = True
                take(m)
        if flags.get(name):
            labels.append(zh_label if zh else en_label)

    creator_id: str | None = None
    for creator in sorted(creators, key=lambda c: -len(c.name)):
        names = [creator.name] + ([creator.handle, "@" + creator.handle] if creator.handle else [])
        for name in sorted(names, key=len, reverse=True):
            key = normalize(name)
            if len(key) < 2:
                continue
            start = work.find(key)
            if start < 0:
                continue
            if key.isascii() and not re.search(rf"(?<![a-z0-9]){re.escape(key)}(?![a-z0-9])", work):
                continue
            end = start + len(key)
            if any(s.start < end and start < s.end for s in spans):
                continue
            if start > 0 and work[start - 1] == "@":
                start -= 1
            creator_id = creator.id
            spans.append(_Span(start, end))
            labels.append(f"主播：{creator.name}" if zh else f"by {creator.name}")
            break
        if creator_id:
            break

    category_prefix: str | None = None
    found = _category_prefix(work, categories) if categories else None
    if found is not None:
        prefix, name, m = found
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            category_prefix = prefix
            spans.append(_Span(m.start(), m.end()))
            labels.append(f"分类：{prefix}" if zh else f"in {prefix}")

    remaining = _remove(work, spans)
    if creator_id:
        # "小美推荐的", "from xiaomei" leave a dangling word behind.
        remaining = re.sub(r"(?:家的|推荐的|直播间|的店|\bfrom\b|\bby\b)", " ", remaining)
    if spans:
        remaining = re.sub(
            r"(?:\bthe\b|\bfor\b|\bthat (?:is|are)\b|\bitems?\b)\s*$", " ", remaining
        )
        # With constraints taken out, words like 东西 / "stuff" / "right now" carry nothing.
        remaining = _GENERIC.sub(" ", _GENERIC.sub(" ", remaining))
        if set(remaining.replace("的", " ").split()) <= {"在", "on", "in", "is", "are", "for"}:
            remaining = ""
    remaining = re.sub(r"\s+", " ", remaining)
    remaining = _PARTICLES.sub("", remaining).strip()
    filters = SearchFilters(
        min_price=min_price,
        max_price=max_price,
        creator_id=creator_id,
        category_prefix=category_prefix,
        live_now=flags.get("live_now", False),
        in_stock=flags.get("in_stock", False),
        on_flash_sale=flags.get("on_flash_sale", False),
        flash_soon=flags.get("flash_soon", False),
        sort=sort,
    )
    return ParsedQuery(
        original=text,
        text=remaining,
        filters=filters,
        language=language,
        constraint_labels=tuple(labels),
    )


def _remove(text: str, spans: list[_Span]) -> str:
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: s.start):
        if span.start > pos:
            out.append(text[pos : span.start])
        out.append(" ")
        pos = max(pos, span.end)
    out.append(text[pos:])
    return "".join(out)
