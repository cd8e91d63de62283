"""Alert requests in words: "提醒我", "开抢提醒我", "降到99提醒我", "关注老张", "有降噪耳机300以内的
告诉我", "remind me when the flash sale starts", "tell me when there's cat food under 100".

Anchored patterns only: a search such as "提醒器" or "关注度高的面霜" must stay a search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

What = Literal["auto", "sale", "live", "restock", "price"]

_POLITE = re.compile(r"^(请|麻烦|帮我|给我|能不能|可以)+|(吧|哦|哈|呀|啊|一下|好吗|好不好|谢谢)+$")
_END = re.compile(r"[\s,，.。!！?？~～]+$")
_LEAD_ZH = re.compile(r"提前\s*(\d{1,3})\s*分钟?")
_LEAD_EN = re.compile(r"(\d{1,3})\s*(?:min|mins|minutes?)\s+(?:before|ahead|early)", re.I)
_PRICE_ZH = re.compile(
    r"(?:降|降价|低|便宜)(?:到|至|于)?\s*[¥￥]?\s*(\d+(?:\.\d{1,2})?)\s*(?:元|块)?"
)
_PRICE_EN = re.compile(
    r"(?:drops?|falls?|goes|gets|is)\s+(?:down\s+)?(?:below|under|to|beneath)\s+"
    r"[$¥]?\s*(\d+(?:\.\d{1,2})?)",
    re.I,
)

_REMIND_ZH = re.compile(
    r"^(?:(?:开抢|开始|秒杀|开播|直播|到货|有货|补货|降价|上架)[了的时]*)?(?:提前\s*\d{1,3}\s*分钟?)?"
    r"(?:就|再)?(?:提醒我?|通知我?|告诉我|叫我)(?:一下|一声)?"
    r"(?:(?:开抢|秒杀|开播|到货|有货|降价)(?:了)?)?$"
)
_REMIND_ZH_PRICE = re.compile(
    r"^(?:降|降价|低|便宜)(?:到|至|于)?\s*[¥￥]?\s*\d+(?:\.\d{1,2})?\s*(?:元|块)?(?:的话)?(?:就|再)?"
    r"(?:提醒|通知|告诉)我$"
)
_REMIND_EN = re.compile(
    r"^(?:please\s+)?(?:(?:remind|notify|alert)\s+me\b(?!\s+(?:of|about)\s+(?:the\s+)?(?:price|size))"
    r"|(?:tell|ping)\s+me\s+(?:when|once|before)\b|let\s+me\s+know\s+(?:when|once)\b).*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class RemindIntent:
    what: What
    lead: int | None = None  # minutes before a sale
    target_price: str | None = None


def _clean(text: str) -> str:
    text = _END.sub("", text.strip())
    return _POLITE.sub("", text).strip()


def remind_intent(text: str) -> RemindIntent | None:
    """A reminder about what is on screen (the product, its sale, the room)."""
    raw = _clean(text)
    if not raw or len(raw) > 80:
        return None
    lowered = raw.lower()
    if _REMIND_EN.match(raw):
        lead = _LEAD_EN.search(raw)
        price = _PRICE_EN.search(raw)
        what: What = "auto"
        if price:
            what = "price"
        elif re.search(r"\b(back in stock|in stock|restock|available again)\b", lowered):
            what = "restock"
        elif re.search(r"\b(live|stream|broadcast)\b", lowered):
            what = "live"
        elif re.search(r"\b(flash|sale|starts?|begins?|opens?)\b", lowered):
            what = "sale"
        elif re.search(r"\b(cheaper|price drops?|drops?|on sale)\b", lowered):
            what = "price"
        return RemindIntent(
            what,
            lead=int(lead.group(1)) if lead else None,
            target_price=price.group(1) if price else None,
        )
    compact = re.sub(r"\s+", "", raw)
    if _REMIND_ZH_PRICE.match(compact):
        m = _PRICE_ZH.search(compact)
        return RemindIntent("price", target_price=m.group(1) if m else None)
    if not _REMIND_ZH.match(compact):
        return None
    lead_m = _LEAD_ZH.search(compact)
    zh_what: What = "auto"
    if re.search(r"开抢|秒杀|开始", compact):
        zh_what = "sale"
    elif re.search(r"开播|直播", compact):
        zh_what = "live"
    elif re.search(r"到货|有货|补货|上架", compact):
        zh_what = "restock"
    elif "降价" in compact:
        zh_what = "price"
    return RemindIntent(zh_what, lead=int(lead_m.group(1)) if lead_m else None)


_FOLLOW_ZH = re.compile(r"^(?:关注|订阅|追)(?:一下)?\s*(?P<name>[^\s，,。!！?？]{1,24})$")
_FOLLOW_EN = re.compile(r"^follow\s+(?!up\b)(?P<name>.{1,40})$", re.I)
_NOT_NAMES = ("度", "点", "的", "什么", "哪")


def follow_intent(text: str) -> str | None:
    """`关注老张` / `follow Lao Zhang` → the name to look up."""
    raw = _clean(text)
    m = _FOLLOW_ZH.match(raw) or _FOLLOW_EN.match(raw)
    if not m:
        return None
    name = m.group("name").strip()
    if raw.startswith(("关注", "订阅", "追")) and (
        name.startswith(_NOT_NAMES) or name.endswith(("吗", "嘛", "呢"))
    ):
        return None
    return name or None


_WATCH_ZH = (
    re.compile(
        r"^(?:如果|要是)?(?:有|出了?|上了?|来了?)(?P<q>.{2,60}?)(?:的话|的时候|了)?(?:就|请)?"
        r"(?:告诉|通知|提醒|叫)我(?:一下|一声)?$"
    ),
    re.compile(r"^(?:盯着?|留意|订阅|关注)(?:一下)?(?P<q>.{2,60}?)(?:的(?:上新|新品|降价))$"),
    re.compile(r"^(?:帮我)?(?:盯着|盯一下|留意一下)(?P<q>.{2,60})$"),
)
_WATCH_EN = (
    re.compile(
        r"^(?:please\s+)?(?:tell|notify|alert|ping|let)\s+me\s+(?:know\s+)?(?:when|if|once)\s+"
        r"(?:there'?s|there\s+is|there\s+are|you\s+(?:get|have)|something\s+like)\s+"
        r"(?P<q>.{2,80}?)(?:\s+(?:comes?\s+in|shows?\s+up|is\s+available|arrives?))?$",
        re.I,
    ),
    re.compile(r"^(?:watch|keep\s+an\s+eye\s+out)\s+for\s+(?P<q>.{2,80})$", re.I),
)


# "有货了告诉我" is a restock reminder about what is on screen, not a search for "货".
_NOT_QUERIES = re.compile(
    r"^(货|现货|库存|秒杀|开抢|直播|开播|降价|活动|优惠|折扣|新品|上新)[了的]?$"
)


def watch_intent(text: str) -> str | None:
    """A saved search in words → the search it saves."""
    raw = _END.sub("", text.strip())
    raw = re.sub(r"^(请|麻烦|帮我)+", "", raw).strip()
    for pattern in (*_WATCH_EN, *_WATCH_ZH):
        m = pattern.match(raw)
        if m:
            query = m.group("q").strip(" ,，的")
            if not query or _NOT_QUERIES.match(query):
                return None
            return query
    return None
