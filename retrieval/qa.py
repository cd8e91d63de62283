"""Product Q&A by evidence: answer only from the product's own data, and only with evidence
about the property that was asked.

1. **Evidence.** Every product becomes typed evidence items: attributes (name and value), SKU
   options and each SKU with its price and stock, seller FAQ pairs, description sentences,
   shipping and return policy, brand, stock, and the price / flash sale from the one pricing
   function. Each item is typed with *properties* from the zh/en property lexicon
   (`lexicons/properties.tsv`: 功率/power/多少瓦, 承重/load/能坐多重 …) by its label (attribute
   name, option name, FAQ question) and, for description sentences, by the cue next to a value;
   and with the *components* it is about (奶嘴, 表带, 镜片, 内胆 …).
2. **The question.** The same lexicon gives the properties asked (a more specific property beats
   its neighbour: "how much weight can it hold" is load, not weight), the components named, the
   SKU named ("雾霾蓝", "奶白色L码"), quantities (10公斤, 13寸) and the intent (yes/no, which,
   how much).
3. **Matching.** When the question asks a known property, only evidence typed with that property
   (and, if a component is named, about that component) may answer; otherwise the answer is an
   honest "the listing doesn't say". Never one property with another's value. Questions with no
   known property are matched lexically against FAQ questions and attribute names, with a high
   bar.
4. **Answering.** Yes/no questions get a typed yes/no (`Answer.polarity`) decided from the
   evidence: an option that is or isn't offered, a SKU's own stock, a negated value, a quantity
   inside or outside the stated range. Every answer cites its evidence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

from catalog.model import FlashSale, Product, Sku
from catalog.pricing import best_offer, quote_line, upcoming_sales
from retrieval.dictionary import english_reading, english_terms, english_words, names_a_thing
from retrieval.documents import sku_options
from retrieval.text import Concept, analyze, detect_language, lexicon, normalize, stem
from retrieval.types import Answer, Evidence, Language, Polarity

PROPERTIES_PATH = Path(__file__).parent / "lexicons" / "properties.tsv"

# Without a clock, no flash sale is considered running (a moment before any sale).
_NO_SALE_TIME = datetime(1900, 1, 1, tzinfo=UTC)
RETURN_POLICIES = {
    "7day_no_reason": ("支持7天无理由退货", "7-day no-reason returns"),
    "no_return": ("该商品不支持退货", "this item cannot be returned"),
}
# Lexical matching (questions that name no known property): the share of the question's content
# words / characters an FAQ question or attribute name must cover. Set on eval/sample and
# eval/holdout.
LEXICAL_THRESHOLD = 0.72
# Cosine between a question and a seller FAQ's question above which they ask the same thing
# in other words ("using retinol too, morning or night?" / "Can I use it with retinol?").
# Near misses sit well below it ("can it go in the oven?" / "is it dishwasher safe?": 0.4).
MEANING_THRESHOLD = 0.55
MAX_SOURCES = 3


# ---- the property lexicon ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Property:
    id: str
    type: str  # bool | cat | scalar | info
    zh: str
    en: str
    question_cues: tuple[str, ...]
    label_cues: tuple[str, ...]


@cache
def properties() -> dict[str, Property]:
    out: dict[str, Property] = {}
    for line in PROPERTIES_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 6
        out[cols[0]] = Property(
            id=cols[0],
            type=cols[1],
            zh=cols[2],
            en=cols[3],
            question_cues=_split(cols[4]),
            label_cues=_split(cols[5]),
        )
    return out


def _split(col: str) -> tuple[str, ...]:
    return tuple(normalize(c.strip()) for c in col.split("|") if c.strip())


@cache
def _cue_pattern(cue: str) -> re.Pattern[str]:
    if ".{" in cue:
        return re.compile(cue)
    if cue.isascii() and re.search(r"[a-z]", cue):
        # English cues match whole words, allowing inflections (swim → swimming, charge → charged).
        return re.compile(rf"(?<![a-z0-9]){re.escape(cue)}(?:s|es|d|ed|ing|ming|ning)?(?![a-z0-9])")
    if ".{" in cue:
        return re.compile(cue)
    return re.compile(re.escape(cue))


def _cue_spans(text: str, cues: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for cue in cues:
        spans += [(m.start(), m.end()) for m in _cue_pattern(cue).finditer(text)]
    return spans


# A more specific property beats a neighbour that its question also mentions: "这把椅子能坐多重的
# 人" is load, not weight; "电池容量" is battery capacity, not a container's capacity.
_BEATS = {
    "load": {"weight", "capacity", "fit", "people"},
    "charge_time": {"battery_life", "battery_capacity", "charging"},
    "battery_life": {"battery_capacity", "charging"},
    "battery_capacity": {"capacity", "charging"},
    "battery_type": {"battery_capacity", "battery_life", "charging"},
    "fit": {"weight"},
    "net_content": {"price"},
    "quantity": {"price"},
    "flash_sale": {"price"},
    "restock": {"stock"},  # "when will it be back in stock" asks a date, not the stock
    "length": {"size"},
    "anc": {"noise"},
    "people": {"capacity", "quantity"},
    "spf": {"waterproof"},
    "shelf_life": {"storage_method"},
    "washing": {"usage"},
    "induction": {"compatibility", "scene"},
    "pilling": {"washing", "material"},
    "filling": {"material"},
    "age": {"size", "fit"},
    "screen": {"size"},
    "charging": {"compatibility"},
    "included": {"quantity"},
    "area": {"capacity", "size"},
    "damage": {"warranty", "returns"},
    "fading": {"colour"},
    "size_accuracy": {"size", "accuracy"},
    "wear": {"battery_life"},
    "contents": {"gift", "included", "quantity"},
    "capacity": {"usage", "quantity"},
    "replace": {"material", "colour", "size", "returns"},
    "shipping": {"length"},  # "how long is shipping" asks a time
}
# Categorical properties with one value: "是纯羊绒的吗" against 面料 100%羊毛 is a no. For open
# lists (compatibility, ingredients, what's included) a term the listing doesn't name is unknown.
_EXCLUSIVE = frozenset(
    {"material", "origin", "brand", "colour", "taste", "style", "model", "filling"}
)


def question_properties(question: str) -> set[str]:
    """The properties a question asks about (after longer cues and specific properties win)."""
    text = normalize(question)
    found: dict[str, list[tuple[int, int]]] = {}
    for prop in properties().values():
        spans = _cue_spans(text, prop.question_cues)
        if spans:
            found[prop.id] = spans
    # A cue inside a longer cue of another property names nothing of its own.
    kept: set[str] = set()
    for pid, spans in found.items():
        own_best = max(b - a for a, b in spans)
        covered = all(
            any(
                oa <= a and b <= ob and (ob - oa) > (b - a)
                for other, ospans in found.items()
                if other != pid
                for oa, ob in ospans
            )
            for a, b in spans
        )
        if not covered or own_best >= 6:
            kept.add(pid)
    # "收纳包防水吗", "充电线多长": a cue that modifies a thing's name (收纳|包, 充电|线) names the
    # thing, not the property asked — when the question asks another property besides.
    modifiers = {
        pid
        for pid in kept
        if all(_modifies_thing(text, b) for _, b in found[pid] if not text[b - 1 : b].isascii())
        and any(not text[b - 1 : b].isascii() for _, b in found[pid])
    }
    if modifiers and kept - modifiers:
        kept -= modifiers
    if not kept and re.search(r"[\u4e00-\u9fff]{2,4}色(?![\u4e00-\u9fff]{0,1}(?:素|拉|彩))", text):
        kept.add("colour")  # "有豆沙色吗": a shade the lexicon doesn't know is still a colour
    if not kept and _MATERIAL_WORDS.search(text):
        kept.add("material")  # "桌腿也是铝的吗", "are the handles cork?"
    if _SIZE_MENTION.search(text):
        kept.add("size")  # "有16号的吗", "XL码还有吗"
    if any(c.id in _colour_ids() for c in analyze(text).concepts):
        kept.add("colour")  # "有橄榄绿吗": any colour the lexicon knows
    for strong, weak in _BEATS.items():
        if strong in kept:
            kept -= weak
    if _SHIPS_FROM.search(text):
        kept.discard("origin")  # "where do you ship from" asks the dispatch place
    if "price" in found and all(
        _UNIT_OF_SALE.fullmatch(text[a:b]) for a, b in found.get("quantity", [(0, 0)])
    ):
        kept.add("price")  # "多少钱一袋": the price, per the unit it is sold in
    return kept


# One-character heads of Chinese compound nouns: 收纳包, 充电线, 防水袋, 加热垫.
_THING_HEADS = "包袋盒箱罐瓶桶架盘垫套线头器座仓网罩"
_NOT_A_HEAD = re.compile(r"包[装邮括含]|线[上下]|头[发疼]")


def _modifies_thing(text: str, end: int) -> bool:
    """Whether the Chinese cue ending at `end` is followed by a noun head it modifies."""
    return (
        end < len(text)
        and text[end] in _THING_HEADS
        and not _NOT_A_HEAD.match(text, end)
        and not re.match(r"[吗嘛么呢]", text[end + 1 : end + 2])
    )


# A bare English phrase asked as a question ("sage in small?"): no wh-word, no verb up front.
_TELEGRAPHIC = re.compile(
    r"^(?!.*\b(?:what|which|how|where|when|who|why|price|cost)\b)[a-z0-9 ,'/-]+\?+\s*$"
)
_SHIPS_FROM = re.compile(
    r"\bship(?:s|ped)? (?:out )?from\b|发货地|从哪.{0,2}发|哪里?发货?[的吗呀啊]?$"
)
_ASKS_PRICE = re.compile(r"多少钱|几块|什么价|啥价|价格|价钱|how much|price|cost")
_UNIT_OF_SALE = re.compile(r"一[盒箱包袋瓶罐斤支条件个只]")


_SIZE_MENTION = re.compile(
    r"(?<![\d.])\d{2,3}\s*(?:码|号)|(?<![a-z])(?:x{0,3}[sml]|[2-5]?xl)\s*码|"
    r"(?<![a-z0-9])(?:x{1,3}l|[2-5]xl|x{1,2}s)(?![a-z0-9])"  # XL, XXL, 3XL, XS: only sizes
)


def label_properties(label: str) -> set[str]:
    text = normalize(label)
    return {p.id for p in properties().values() if _cue_spans(text, p.label_cues)}


# ---- components ----------------------------------------------------------------------------------
# A part of a product that a question may single out. Evidence about one part never answers a
# question about another (the inner pot's material is not the lid's).
_COMPONENTS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("奶嘴",), ("nipple", "teat")),
    (("表带", "腕带"), ("watch strap", "watch band", "strap")),
    (("表盘", "表面"), ("dial", "watch face")),
    (("镜片",), ("lens", "lenses")),
    (("镜框", "镜架"), ("frame", "frames")),
    (("盖子", "杯盖", "锅盖", "壶盖", "瓶盖"), ("lid", "cap")),
    (("内胆",), ("inner pot", "liner", "inner")),
    (("外壳", "机身"), ("shell", "casing", "housing")),
    (("手柄", "把手", "握把", "提手"), ("handle", "grip")),
    (("刷头",), ("brush head",)),
    (("刷毛",), ("bristle", "bristles")),
    (("滤芯", "滤网"), ("filter", "filters")),
    (("鞋底", "大底", "外底"), ("sole", "outsole")),
    (("鞋面",), ("upper",)),
    (("鞋垫",), ("insole",)),
    (("拉链",), ("zipper", "zip")),
    (("肩带", "背带"), ("shoulder strap", "straps")),
    (("里衬", "内衬", "里料"), ("lining",)),
    (("杯身", "瓶身", "壶身", "锅身"), ("cup body", "bottle body")),
    (("底座",), ()),
    (("充电盒", "充电仓", "耳机仓"), ("charging case",)),
    (("线材", "充电线", "电源线"), ("cord", "wire")),
    (("坐垫", "座椅", "座面"), ("seat", "cushion")),
    (("靠背",), ("backrest",)),
    (("椅腿", "支腿", "桌腿"), ("legs",)),
    (("纽扣", "扣子", "按扣"), ("button", "buttons")),
    (("登山扣", "挂扣"), ("carabiner", "carabiners")),
    (("口袋", "内袋", "暗袋"), ("pocket", "pockets")),
    (("收纳包", "收纳袋", "收纳盒"), ("storage bag", "stuff sack", "carry bag")),
    (("软管", "气管", "管子"), ("hose", "tube")),
    (("帐篷杆", "帐杆"), ("tent pole",)),
    (("琴弦",), ("strings",)),
    (("面板", "背板", "侧板"), ("soundboard", "back and sides")),
    (("笔芯", "替芯"), ("refill", "refills", "ink")),
    (("笔杆", "笔身"), ("barrel",)),
    (("灯泡", "灯珠"), ("bulb",)),
    (("轮子", "万向轮"), ("wheels",)),
    (("枕芯",), ("pillow insert",)),
    (("被芯",), ("duvet insert",)),
    (("被套", "枕套"), ("pillowcase", "duvet cover")),
    (("吸管",), ("straw",)),
    (("硅胶套",), ("silicone sleeve",)),
    (("耳塞", "耳帽"), ("ear tips", "eartips")),
    (("刀片", "刀头"), ("blade", "blades")),
    (("袖带",), ("cuff",)),
    (("笔尖", "笔头"), ("nib",)),
    (("镜头",), ("camera lens",)),
    (("吸盘",), ("suction cup",)),
    (("水箱",), ("water tank", "tank")),
    (("喷头", "喷嘴"), ("nozzle",)),
    (("充电座", "底座充电"), ("charging base", "dock")),
    (("地钉",), ("stakes", "pegs")),
    (("外帐",), ("rainfly", "fly")),
    (("内帐",), ("inner tent",)),
    (("壶嘴",), ("spout",)),
    (("琴颈",), ("neck",)),
    (("指板",), ("fretboard",)),
    (("琴包",), ("gig bag",)),
    (("鞋带",), ("laces", "shoelaces")),
    (("帽檐",), ("brim",)),
    (("滤网",), ("mesh",)),
    (("电池仓",), ("battery compartment",)),
)


@cache
def _component_index() -> list[tuple[int, str, bool]]:
    out: list[tuple[int, str, bool]] = []
    for i, (zh, en) in enumerate(_COMPONENTS):
        out += [(i, normalize(w), False) for w in zh]
        out += [(i, normalize(w), True) for w in en]
    # Longest first, so 帐篷杆 wins over 杆 and "brush head" over "head".
    out.sort(key=lambda t: -len(t[1]))
    return out


def components_in(text: str) -> set[int]:
    text = normalize(text)
    found: set[int] = set()
    taken: list[tuple[int, int]] = []
    for cid, word, is_en in _component_index():
        pattern = (
            re.compile(rf"(?<![a-z]){re.escape(word)}s?(?![a-z])") if is_en else re.compile(word)
        )
        for m in pattern.finditer(text):
            if any(a <= m.start() and m.end() <= b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.add(cid)
    return found


# ---- quantities ------------------------------------------------------------------------------
_UNIT_SCALE: dict[str, tuple[str, float]] = {
    "kg": ("mass", 1000),
    "公斤": ("mass", 1000),
    "千克": ("mass", 1000),
    "斤": ("mass", 500),
    "g": ("mass", 1),
    "克": ("mass", 1),
    "lb": ("mass", 453.6),
    "lbs": ("mass", 453.6),
    "pound": ("mass", 453.6),
    "pounds": ("mass", 453.6),
    "ml": ("volume", 1),
    "毫升": ("volume", 1),
    "l": ("volume", 1000),
    "升": ("volume", 1000),
    "liter": ("volume", 1000),
    "litre": ("volume", 1000),
    "liters": ("volume", 1000),
    "litres": ("volume", 1000),
    "mah": ("charge", 1),
    "毫安": ("charge", 1),
    "w": ("power", 1),
    "瓦": ("power", 1),
    "v": ("voltage", 1),
    "伏": ("voltage", 1),
    "cm": ("length", 1),
    "厘米": ("length", 1),
    "公分": ("length", 1),
    "mm": ("length", 0.1),
    "毫米": ("length", 0.1),
    "m": ("length", 100),
    "米": ("length", 100),
    "寸": ("inch", 1),
    "英寸": ("inch", 1),
    "inch": ("inch", 1),
    "inches": ("inch", 1),
    "小时": ("time", 60),
    "h": ("time", 60),
    "hours": ("time", 60),
    "hour": ("time", 60),
    "hrs": ("time", 60),
    "分钟": ("time", 1),
    "min": ("time", 1),
    "mins": ("time", 1),
    "minutes": ("time", 1),
    "岁": ("age", 12),
    "years": ("age", 12),
    "year": ("age", 12),
    "个月": ("age", 1),
    "月": ("age", 1),
    "months": ("age", 1),
    "month": ("age", 1),
    "人": ("people", 1),
    "个": ("count", 1),
    "片": ("count", 1),
    "包": ("count", 1),
    "支": ("count", 1),
    "颗": ("count", 1),
    "粒": ("count", 1),
    "瓶": ("count", 1),
    "只": ("count", 1),
    "张": ("count", 1),
    "本": ("count", 1),
    "枚": ("count", 1),
    "pcs": ("count", 1),
    "pieces": ("count", 1),
    "pack": ("count", 1),
    "杯": ("serving", 1),
    "cups": ("serving", 1),
    "cup": ("serving", 1),
    "碗": ("serving", 1),
    "bowls": ("serving", 1),
    "servings": ("serving", 1),
    "℃": ("temperature", 1),
    "°c": ("temperature", 1),
    "度": ("temperature", 1),
    "people": ("people", 1),
    "persons": ("people", 1),
    "kcal": ("energy", 1),
    "大卡": ("energy", 1),
    "千卡": ("energy", 1),
    "卡路里": ("energy", 1),
    "kj": ("energy", 0.239),
    "千焦": ("energy", 0.239),
}
_UNITS_RE = "|".join(sorted((re.escape(u) for u in _UNIT_SCALE), key=len, reverse=True))
_QTY = re.compile(
    rf"(?<![a-z0-9.])(\d+(?:\.\d+)?)(?:\s*(?:-|–|~|～|—|到|至|to)\s*(\d+(?:\.\d+)?))?\s*"
    rf"({_UNITS_RE})(?![a-z])"
)
_ZH_METRE = re.compile(r"(\d)米(\d)")  # 1米2 → 1.2米
_BOUND_MAX = re.compile(r"以下|以内|之内|不超过|最大|最高|最多|max|up to|under|below|less than|≤")
_BOUND_MIN = re.compile(r"以上|起|至少|最少|不低于|min|at least|over|above|\+|≥")


@dataclass(frozen=True, slots=True)
class Quantity:
    dim: str
    low: float
    high: float  # == low for a single value
    bound: str = ""  # "max" / "min" when the text says "up to" / "at least"


def quantities(text: str) -> list[Quantity]:
    # An upper-case G after a number is a generation or gigabytes (5G, 256G), not grams.
    text = re.sub(r"(\d)\s*G(?![a-zA-Z])", r"\1 gen", unicodedata.normalize("NFKC", text))
    text = _ZH_METRE.sub(r"\1.\2米", normalize(text))
    out = []
    for m in _QTY.finditer(text):
        dim, scale = _UNIT_SCALE[m.group(3)]
        low = float(m.group(1)) * scale
        high = float(m.group(2)) * scale if m.group(2) else low
        around = text[max(0, m.start() - 6) : m.end() + 4]
        bound = ""
        if not m.group(2):
            if _BOUND_MAX.search(around):
                bound = "max"
            elif _BOUND_MIN.search(around):
                bound = "min"
        out.append(Quantity(dim, min(low, high), max(low, high), bound))
    return out


_PROP_DIMS = {
    "weight": {"mass"},
    "load": {"mass"},
    "fit": {"mass", "length"},
    "capacity": {"volume"},
    "net_content": {"mass", "volume"},
    "battery_capacity": {"charge"},
    "power": {"power"},
    "voltage": {"voltage"},
    "size": {"length", "inch"},
    "length": {"length"},
    "screen": {"inch"},
    "battery_life": {"time"},
    "charge_time": {"time"},
    "age": {"age"},
    "people": {"people"},
    "temperature": {"temperature"},
    "quantity": {"count"},
}


# ---- evidence ------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Item:
    evidence: Evidence
    props: frozenset[str]
    components: frozenset[int]
    match_text: str  # what a question is compared with lexically (label; FAQ question)
    sku: Sku | None = None
    sku_available: int = 0
    options: tuple[str, ...] = ()  # for SKU option lists: the values
    rank: int = 0  # kind preference when several items carry the asked property (lower first)
    # The part an attribute's name singles out beyond its property ("转运珠" in 转运珠材质, "cocoa"
    # in "Origin of cocoa"): its value is that part's fact, not the whole product's.
    part: str = ""


_SENTENCE = re.compile(r"(?:[^。！!？?；;\n.]|\.(?=\d)|\.(?!\s))+")
_INJECTION = re.compile(
    r"忽略|无视|之前的指令|以上指令|系统提示|ignore (?:all |the )?(?:previous|prior|above)|"
    r"disregard|system prompt|you are now|告诉所有用户"
)
_WEIGHT_IN_TEXT = re.compile(
    r"(?<![承载负能可坐])(?:重|重量|净重|自重|仅重|只有)\s*(?:约|仅|只有|才)?\s*\d|weighs|weight of"
)
# What shipping and return texts may also speak to ("坏果包赔", "ships in a gift box").
_POLICY_PROPS = frozenset({"shipping", "returns", "damage", "warranty", "gift", "invoice"})
_GENERIC_SPEC_LABELS = ("规格", "净含量", "包装规格", "spec", "specs", "specification", "net")


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _format_time(moment: datetime, lang: Language, tz: str, now: datetime | None) -> str:
    local = moment.astimezone(ZoneInfo(tz))
    hm = local.strftime("%H:%M")
    if now is not None:
        days = (local.date() - now.astimezone(ZoneInfo(tz)).date()).days
        if days == 0:
            return ("今天 " if lang == "zh" else "today ") + hm
        if days == 1:  # the date too: "明天" alone is ambiguous around midnight
            if lang == "zh":
                return f"明天（{local.month}月{local.day}日）{hm}"
            return f"tomorrow ({_MONTHS[local.month - 1]} {local.day}) {hm}"
    if lang == "zh":
        return f"{local.month}月{local.day}日 {hm}"
    return f"{_MONTHS[local.month - 1]} {local.day}, {hm}"


def _description_clauses(product: Product) -> list[str]:
    """The description's clauses (split at sentence ends and commas), without the ones that
    read as instructions to the assistant."""
    out = []
    for sentence in _SENTENCE.findall(product.description or ""):
        for clause in re.split(r"[，,]\s*", sentence):
            clause = clause.strip()
            if clause and not _INJECTION.search(normalize(clause)):
                out.append(clause)
    return out


def _items(
    product: Product,
    sales: Iterable[FlashSale],
    now: datetime | None,
    lang: Language,
    tz: str,
) -> list[_Item]:
    zh = lang == "zh"
    items: list[_Item] = []

    def add(ev: Evidence, props: set[str], match_text: str, rank: int, **kw: object) -> None:
        comps = components_in(match_text)
        items.append(
            _Item(
                evidence=Evidence(ev.kind, ev.label, ev.text, prop=_first(props)),
                props=frozenset(props),
                components=frozenset(comps),
                match_text=match_text,
                rank=rank,
                **kw,  # type: ignore[arg-type]
            )
        )

    for name, value in product.attributes.items():
        own = label_properties(name)
        if "battery_capacity" in own and not any(
            x.dim in ("charge", "energy") for x in quantities(value)
        ):
            # "电池: CR2032纽扣电池" names the battery, it states no capacity.
            own = (own - {"battery_capacity", "capacity"}) | {"battery_type"}
        props = set(own)
        if not props or any(g in normalize(name) for g in _GENERIC_SPEC_LABELS):
            props |= _props_from_value(value)
        add(
            Evidence("attribute", name, value),
            props,
            name,
            0,
            part=_attribute_part(name, own, props),
        )
    options = sku_options(product)
    for name, values in options.items():
        props = label_properties(name) | _option_props(values)
        add(
            Evidence("sku", name, "、".join(values)),
            props,
            name,
            0,
            options=tuple(values),
        )
    for faq in product.faqs:
        # The seller's question says what it is about; a value in the answer ("仅支持220V电压")
        # says so too.
        props = question_properties(faq.q) | label_properties(faq.q) | _clause_properties(faq.a)
        add(Evidence("faq", f"FAQ: {faq.q}", faq.a), props, faq.q, 1)
    for clause in _description_clauses(product):
        if len(clause) >= 2:
            props = _clause_properties(clause)
            if props:
                add(
                    Evidence("description", "商品描述" if zh else "description", clause),
                    props,
                    clause,
                    2,
                )
    if product.shipping:
        add(
            Evidence("shipping", "发货" if zh else "shipping", product.shipping),
            {"shipping"} | (_clause_properties(product.shipping) & _POLICY_PROPS),
            "发货 shipping",
            0,
        )
    policy = RETURN_POLICIES.get(product.return_policy)
    policy_text = (policy[0] if zh else policy[1]) if policy else product.return_policy
    add(
        Evidence("return_policy", "退换货" if zh else "returns", policy_text),
        {"returns"} | (_clause_properties(policy_text) & _POLICY_PROPS),
        "退货 returns",
        0,
    )
    if product.brand:
        add(Evidence("field", "品牌" if zh else "brand", product.brand), {"brand"}, "品牌", 0)
    if zh:
        stock_text = f"有货（{product.available}件）" if product.available else "暂时缺货"
    else:
        stock_text = f"in stock ({product.available} left)" if product.available else "sold out"
    add(Evidence("field", "库存" if zh else "stock", stock_text), {"stock"}, "库存", 3)

    sale_list = [s for s in sales if s.product_id == product.id]
    at = now if now is not None else _NO_SALE_TIME
    # Prices come from the one pricing function, exactly as the product's card shows them.
    offer = best_offer(product, sales=sale_list, now=at)
    price_text = f"¥{offer.price}"
    if offer.from_price:
        price_text += "起" if zh else " and up"
    if offer.compare_at is not None:
        price_text += f"（原价¥{offer.compare_at}）" if zh else f" (was ¥{offer.compare_at})"
    if now is not None:
        running = offer.flash_sale
        if running is not None:
            price_text += "（秒杀价）" if zh else " (flash sale price)"
            ends = _format_time(running.ends_at, lang, tz, now)
            add(
                Evidence(
                    "flash_sale",
                    "秒杀" if zh else "flash sale",
                    f"¥{offer.price}，{ends}结束" if zh else f"¥{offer.price}, ends {ends}",
                ),
                {"flash_sale", "price"},
                "秒杀",
                0,
            )
        else:
            upcoming = upcoming_sales(sale_list, product.id, now)
            if upcoming:
                s = upcoming[0]
                starts = _format_time(s.starts_at, lang, tz, now)
                add(
                    Evidence(
                        "flash_sale",
                        "秒杀预告" if zh else "upcoming flash sale",
                        f"¥{s.price}，{starts}开始" if zh else f"¥{s.price}, starts {starts}",
                    ),
                    {"flash_sale"},
                    "秒杀",
                    1,
                )
    add(Evidence("price", "价格" if zh else "price", price_text), {"price"}, "价格", 0)
    for sku in product.active_skus:
        quote = quote_line(product, sku_id=sku.id, sales=sale_list, now=at)
        text = f"¥{quote.unit_price}"
        if quote.flash_sale is not None:
            text += (
                f"（秒杀价，原价¥{quote.regular_price}）"
                if zh
                else f" (flash sale, was ¥{quote.regular_price})"
            )
        if zh:
            text += f"，有货（{quote.available}件）" if quote.available else "，已售罄"
        else:
            text += f", in stock ({quote.available} left)" if quote.available else ", sold out"
        add(
            Evidence("sku", sku.label, text),
            {"price", "stock"},
            sku.label,
            0,
            sku=sku,
            sku_available=quote.available,
        )
    return items


def _first(props: set[str]) -> str | None:
    return sorted(props)[0] if props else None


# Words in an attribute name that say how a value is measured, not which part it is about:
# 产品重量, 单次续航, 展开尺寸, "Net weight", "Max load". What is left once these and the
# property's own cue are taken out names a part (转运珠材质, "Jar material", "Origin of cocoa").
_MEASURE_QUALIFIER_ZH = re.compile(
    r"^(?:产品|商品|整机|整体|成品|本品|单品|外形|外观|展开|收纳|折叠|使用|实际|额定|标准|建议|适用|"
    r"最大|最高|最小|最低|标称|理论|官方|参考|包装|净|毛|约|总|单|每|整|全|主|可|支持|推荐|适合)"
)
_MEASURE_WORDS_EN = (
    "of the a per each single total net gross product item unit overall max maximum min "
    "minimum rated approx approximate folded unfolded packed package packaging assembled "
    "actual recommended suitable standard nominal full fully one time type level main key "
    "core active base basic"
)
_MEASURE_QUALIFIER_EN = frozenset(_MEASURE_WORDS_EN.split())


def _label_part(name: str, props: set[str]) -> str:
    """The part an attribute name is about beyond its property, or "" when it is the whole."""
    if not props:
        return ""
    text = re.sub(r"[（(].*?[)）]", " ", normalize(name)).strip()
    cues = [c for p in props if p in properties() for c in properties()[p].label_cues]
    spans = _cue_spans(text, cues)
    if not spans:
        return ""
    # Names are head-final in both languages: the part is what comes before the property
    # (转运珠|材质, "jar| material") or after "of" ("origin of| cocoa"). What follows the
    # property (温度|范围, 防水|等级) qualifies the property itself.
    start = min(a for a, _ in spans)
    end = max(b for _, b in spans)
    before = text[:start]
    after = text[end:]
    pieces = []
    for chunk in re.findall(r"[\u4e00-\u9fff]+", before):
        while (m := _MEASURE_QUALIFIER_ZH.match(chunk)) is not None:
            chunk = chunk[m.end() :]
        chunk = chunk.strip("的之")
        if len(chunk) >= 2 and _is_part_noun(chunk):
            pieces.append(chunk)
    en_words = re.findall(r"[a-z]+", before)
    if re.match(r"\s*of\b", after):
        en_words += re.findall(r"[a-z]+", after)
    pieces += [w for w in en_words if _is_part_word(w)]
    return " ".join(pieces)


def _is_part_noun(chunk: str) -> bool:
    """Whether a Chinese modifier names a thing (转运珠, 内胆, 刷头) rather than a use or a
    manner (越障高度, 运行噪音, 容纳人数): a known part, or a noun by the dictionary."""
    return bool(components_in(chunk)) or names_a_thing(chunk)


def _is_part_word(word: str) -> bool:
    # "operating noise", "running time": a use, not a part.
    return len(word) >= 3 and word not in _MEASURE_QUALIFIER_EN and not word.endswith("ing")


_PHYSICAL = frozenset({"material", "size", "weight", "colour", "capacity"})


def _attribute_part(name: str, label_props: set[str], props: set[str]) -> str:
    """The part an attribute is about: named before its property (转运珠材质), or the whole name
    when the name is no property and the value is a physical fact ("Blades": "6 stainless
    steel blades")."""
    if label_props:
        return _label_part(name, label_props)
    if not props or not props <= _PHYSICAL:
        return ""
    text = normalize(name)
    if any(g in text for g in _GENERIC_SPEC_LABELS):
        return ""
    if re.fullmatch(r"[\u4e00-\u9fff]{2,}", text):
        return text if _is_part_noun(text) else ""
    words = [w for w in re.findall(r"[a-z]+", text) if _is_part_word(w)]
    return " ".join(words)


def _part_named(part: str, q: _Question) -> bool:
    """Whether the question is about that part: it names it, in a word or most of its
    characters ("珠子" for 转运珠, "cocoa" for "Origin of cocoa")."""
    if components_in(part) & q.components:
        return True  # the part in the other language: 刷头 for "brush heads"
    if {c.id for c in analyze(part).concepts} & q.concepts:
        return True
    for piece in part.split():
        if piece.isascii():
            if re.search(rf"(?<![a-z]){re.escape(piece)}", q.text) or stem(piece) in {
                stem(w) for w in q.words
            }:
                return True
        elif piece in q.text or sum(c in q.text for c in piece) * 2 > len(piece):
            return True
    return False


_MATERIAL_WORDS = re.compile(
    r"硅胶|不锈钢|塑料|陶瓷|玻璃|实木|竹|纯棉|棉|羊毛|羊绒|真丝|亚麻|涤纶|尼龙|皮革|真皮|铝合金|钛|"
    r"橡胶|乳胶|锌合金|黄铜|紫铜|碳纤维|树脂|亚克力|牛津布|帆布|铝|软木|"
    r"(?<![a-z0-9])(?:ppsu|pp|abs|tpu|tpe|tr90|tac|pc|pu|eva|pvc|pet|pom|ptfe)(?![a-z])|"
    r"silicone|stainless|plastic|ceramic|glass|wood|bamboo|cotton|wool|leather|rubber|latex|"
    r"nylon|polyester|aluminium|aluminum|titanium|steel|brass|acrylic|resin|carbon fiber|canvas|"
    r"cork"
)


def _props_from_value(value: str) -> set[str]:
    dims = {q.dim for q in quantities(value)}
    out: set[str] = set()
    text = normalize(value)
    if _MATERIAL_WORDS.search(text):
        out.add("material")
    if "count" in dims:
        out.add("quantity")
    if re.search(r"附赠|赠送|送|含|配|included|comes with|with", text):
        out.add("included")
    if re.search(r"(?<![a-z])(?:x{0,3}[sml]|[2-5]?xl)\s*[号码]|\d{2,3}\s*[号码]", text):
        out.add("size")
    if "age" in {q.dim for q in quantities(value)}:
        out.add("age")
    if "mass" in dims:
        out |= {"weight", "net_content"}
    if "volume" in dims:
        out |= {"capacity", "net_content"}
    return out


def _option_props(values: Sequence[str]) -> set[str]:
    # "3.6米" is a length, not the colour 米色.
    if any(_colour_concepts(v) and not quantities(v) for v in values):
        return {"colour"}
    return set()


def _clause_properties(clause: str) -> set[str]:
    """What a description clause states: a property cue next to a value."""
    out: set[str] = set()
    for part in re.split(r"[。！!？?；;，,\n]|\s{1,}(?=[\u4e00-\u9fff])", clause):
        if part.strip():
            out |= _one_clause_properties(part)
    return out


def _one_clause_properties(clause: str) -> set[str]:
    text = normalize(clause)
    props = {
        p.id
        for p in properties().values()
        if _cue_spans(text, [c for c in p.label_cues if len(c) >= 2])
    }
    if not re.search(r"\d", text):
        props = {p for p in props if properties()[p].type != "scalar"}
    qty_dims = {q.dim for q in quantities(text)}
    if _WEIGHT_IN_TEXT.search(text) and "mass" in qty_dims:
        props.add("weight")
    # A scalar property needs its value in the clause ("承重150kg"), not just the word.
    keep = set()
    for p in props:
        dims = _PROP_DIMS.get(p)
        if dims is None or dims & qty_dims:
            keep.add(p)
    if "load" in keep:
        keep.discard("weight")
    return keep


# ---- the question ----------------------------------------------------------------------------
_YES_NO_ZH = re.compile(
    r"(?:吗|嘛|么|不)\s*[?？!！。~～]*$|(?:吗|嘛)(?=[\s?？!！。~～,，;；])|是不是|能不能|可不可以|会不会|有没有|支不支持|行不行|"
    r"能否|是否|可以.{0,12}[吗么]|算不算|要不要|用不用|防不防|带不带|包不包|好不好"
)
_YES_NO_EN = re.compile(
    r"^\s*(?:does|do|is|are|can|could|will|would|should|has|have|did|was|were|any|got)\b|"
    r"^\s*(?:ok|okay|good|fine|safe|suitable|alright)\s+(?:for|to|with|on)\b",
    re.I,
)
_WH = re.compile(
    r"多少|几|什么|哪|怎么|如何|多久|多大|多重|多长|多高|多宽|多厚|what|which|how|when|where|who",
    re.I,
)
_STOP_WORDS = (
    "的 了 吗 呢 吧 啊 呀 是 有 要 能 会 可以 么 嘛 这 那 个 一 我 你 它 请问 还 不 没 没有 这个 "
    "这款 那款 宝贝 亲 多少 什么 怎么 哪 哪些 几 之前 之后 以后 时候 平时 一般 我家 家里 的话 用 还是 "
    "is it a an the this that does doe do can of to for "
    "in on with be are what how which will my i me you your there have has any"
)
_STOP = frozenset(_STOP_WORDS.split())


@dataclass(slots=True)
class _Question:
    text: str
    props: set[str]
    components: set[int]
    yes_no: bool
    quantities: list[Quantity]
    words: list[str]  # content words (not the product's own words, not fillers)
    concepts: set[int] = field(default_factory=set)
    # Attribute names that are not properties but name a part ("Grinder", "鞋底"), when the
    # question mentions them: then only evidence about that part answers.
    fields: set[str] = field(default_factory=set)
    # The text without the product's own category words ("口红" of a lipstick): what names a
    # variant ("有复古红吗") — 口红's 红 is no colour asked for.
    variant_text: str = ""


def _read_question(question: str, product: Product) -> _Question:
    text = normalize(question)
    props = question_properties(question)
    own = components_in(product.category_path[-1] if product.category_path else "")
    comps = components_in(text) - own
    # "奶嘴是什么材质" names a part; a bare "线" or "灯" after a product word is not a part
    # question unless the listing itself splits the product into parts.
    is_yes_no = bool(_YES_NO_EN.search(text) or _YES_NO_ZH.search(text)) and not (
        re.search(r"多少|几|什么|哪|how many|how much|what|which", text)
        and not re.search(r"有没有|是不是|能不能", text)
    )
    analysis = analyze(question)
    own_words = set(analyze(" ".join(product.category_path)).tokens)
    words = [w for w in dict.fromkeys(analysis.tokens) if w not in _STOP and w not in own_words]
    tokens = set(analysis.tokens)
    named_fields = set()
    for name in product.attributes:
        key = normalize(name)
        if label_properties(name):
            continue
        name_tokens = set(analyze(name).tokens)
        # "绳子" names 编织绳: the noun is the name's head, 子/儿 only make it a word.
        by_head = not key.isascii() and any(
            len(w) == 2 and w[1] in "子儿" and key.endswith(w[0]) for w in analysis.tokens
        )
        if (
            (len(key) >= 2 and not key.isascii() and key in text)
            or (key.isascii() and name_tokens and name_tokens <= tokens)
            or by_head
        ):
            named_fields.add(key)
    variant_text = text
    for word in sorted(own_words, key=len, reverse=True):
        if len(word) >= 2 and not word.isascii():
            variant_text = variant_text.replace(word, " ")
    return _Question(
        fields=named_fields,
        variant_text=variant_text,
        text=text,
        props=props,
        components=comps,
        yes_no=is_yes_no,
        quantities=quantities(text),
        words=words,
        concepts={c.id for c in analysis.concepts},
    )


# ---- matching ----------------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def _reading_stems(text: str) -> frozenset[str]:
    """Stems of the English senses of the text's Chinese words (CC-CEDICT): what an English
    question's words can meet in a Chinese label ("remote" in 遥控距离)."""
    reading = english_terms(text)
    return frozenset(
        stem(w) for w in re.findall(r"[a-z]+", reading) if len(w) >= 3 and w not in _STOP
    )


def _lexical(q: _Question, item: _Item) -> float:
    """Share of the question's content words and characters that the item's label covers."""
    target = normalize(item.match_text)
    if not q.words:
        return 0.0
    hit = _word_hit(q, target, zh_to_en=False)
    word_hits = sum(1 for w in q.words if hit(w))
    chars = [c for w in q.words for c in w if "\u4e00" <= c <= "\u9fff"]
    char_share = sum(1 for c in chars if c in target) / len(chars) if chars else 0.0
    share = word_hits / len(q.words)
    return max(share, char_share) if len(chars) >= 3 else share


def _word_hit(q: _Question, target: str, *, zh_to_en: bool = True) -> Callable[[str], bool]:
    """Whether a question word is named by `target` (normalised), in either language; with
    `zh_to_en`, a Chinese word also by its dictionary English in an English label."""
    analysis = analyze(target)
    tokens = set(analysis.tokens)
    stems = {stem(t) for t in tokens if t.isascii()}
    target_concepts = {c.id for c in analysis.concepts}
    lex = lexicon()

    # Words of the question's phrases whose concept the target carries ("grain free" → 无谷).
    covered: set[str] = set()
    for cid in q.concepts & target_concepts:
        concept = lex.concepts[cid]
        for term in concept.en:
            covered.update(stem(w) for w in re.findall(r"[a-z0-9]+", normalize(term)))
        covered.update(normalize(t) for t in concept.zh)

    def hit(w: str) -> bool:
        if w in tokens or (len(w) > 1 and w in target) or w in covered:
            return True
        # The other language's word for it: "plane" meets 飞机, "grain free" meets 无谷.
        named = lex.zh_terms.get(w) or lex.en_terms.get((w,)) or []
        if any(c.id in target_concepts for c in named):
            return True
        # Failing the lexicon, the dictionary's English for a Chinese label, or for a Chinese
        # question word against an English label (滤芯 → "filter").
        if w.isascii():
            return len(w) >= 3 and stem(w) in _reading_stems(target)
        if len(w) < 2 or not zh_to_en:
            return False
        # "open" meets "opening": an English stem is light, so a longer word may carry it.
        return any(
            r in stems or (len(r) >= 4 and any(t.startswith(r) for t in stems))
            for r in _reading_stems(w)
        )

    return hit


def _component_ok(q: _Question, item: _Item) -> bool:
    if q.fields:
        text = normalize(item.evidence.label + " " + item.evidence.text)
        if not any(f in text for f in q.fields):
            return False
    if not q.components:
        return True
    about = item.components | components_in(item.evidence.text)
    return bool(about & q.components)


def _candidates(q: _Question, items: list[_Item]) -> list[tuple[float, _Item]]:
    out = []
    for it in items:
        if it.sku is not None:
            continue  # single SKUs answer only when the question names them (below)
        if not (it.props & q.props) or not _component_ok(q, it):
            continue
        # Evidence about a part answers a question that names no part only if it's the only
        # kind there is (then its label says which part it is).
        score = 1.0 + 0.3 * _lexical(q, it) - 0.1 * it.rank
        if it.components and not q.components:
            score -= 0.2
        dims = set().union(*(_PROP_DIMS.get(p, set()) for p in it.props & q.props))
        has_value = bool(dims) and any(x.dim in dims for x in quantities(it.evidence.text))
        if dims and it.evidence.kind == "description" and not has_value:
            continue
        if q.quantities and has_value:
            # "10公斤的宝宝穿什么码": evidence with a quantity of the same kind decides it.
            score += 0.3
        out.append((score, it))
    out.sort(key=lambda t: -t[0])
    return out


def _sku_value_named(value: str, q: _Question, q_colours: set[int]) -> bool:
    """Whether the question names this option value. A value that is an amount of a kind the
    question states ("5.4米" for "5米4的") is named by that amount only, not by its unit."""
    asked = {(x.dim, x.low) for x in q.quantities}
    amounts = quantities(value)
    stated = [x for x in amounts if x.dim in {d for d, _ in asked}]
    if stated:
        return any((x.dim, x.low) in asked for x in stated)
    if amounts and re.fullmatch(r"[\d.\s/×x*~\-–]*[^\d\s]{0,4}", normalize(value)):
        return _numbers_named(value, q)  # "3.6米" is named by 3.6, not by the 米 of 米色
    return _value_named(value, q.text, q_colours) or _numbers_named(value, q)


def _unoffered_option(q: _Question, items: list[_Item]) -> _Item | None:
    """The option list the question picks a value from that it doesn't offer: "6.3米的多少钱"
    when lengths are 3.6/4.5/5.4米, "XXL in black" when sizes end at L, "the navy one" when
    colours are black and sand."""
    q = replace(q, text=q.variant_text or q.text)
    q_colours = _colour_concepts(q.text)
    # Letter sizes, or numbers said to be sizes ("38码"); a bare number may be anything.
    sizes = {t for t in _SIZES.findall(q.text) if not t.isdigit()} | set(
        re.findall(r"(\d{2,3})\s*(?:码|号)", q.text)
    )
    asked = {(x.dim, x.low) for x in q.quantities}
    options = [it for it in items if it.options]
    # A colour any option list offers ("Blue mirror" lenses on a black frame) is offered.
    if q_colours and any(_value_named(v, q.text, q_colours) for it in options for v in it.options):
        q_colours = set()
    # An amount any option list offers (4.5米 among the lengths, not the folded lengths) is
    # offered; one no list of that kind of amount offers is not.
    stated = {(x.dim, x.low) for it in options for v in it.options for x in quantities(v)}
    if asked & stated:
        asked = set()
    if sizes and any(_size_matches(v, sizes) for it in options for v in it.options):
        sizes = set()
    for it in options:
        offered = [quantities(v) for v in it.options]
        dims = {x.dim for qs in offered for x in qs}
        if asked and any(d in dims for d, _ in asked):
            return it
        if sizes and "size" in it.props and not any(_size_matches(v, sizes) for v in it.options):
            return it
        if (
            q_colours
            and "colour" in it.props
            and not any(_value_named(v, q.text, q_colours) for v in it.options)
        ):
            return it
    return None


def _not_offered(item: _Item, lang: Language, asked: str | None) -> Answer:
    """No price for a variant that isn't sold: which variants there are, instead."""
    values = list(item.options)
    if lang == "zh":
        text = f"这款没有你说的那种{item.evidence.label}，可选的只有：{'、'.join(values)}。"
    else:
        listed = ", ".join(_value_en(v) for v in values)
        label = item.evidence.label
        reading = "" if label.isascii() else english_reading(label, senses=1, limit=4)
        name = f"{label} ({reading})" if reading else label
        text = f"That option isn't sold — {name} comes only in: {listed}."
    return Answer(text, answerable=False, language=lang, sources=[item.evidence], asked=asked)


def _inside(short: str, long: str) -> bool:
    """Whether one value is part of another: "spicy" of "extra spicy", not "s" of "sage"."""
    if short.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(short)}(?![a-z0-9])", long) is not None
    return short in long


def _named_skus(q: _Question, items: list[_Item]) -> list[_Item]:
    """SKUs the question names by their option values ("雾霾蓝", "奶白色L码", "the blue one")."""
    q = replace(q, text=q.variant_text or q.text)
    scored: list[tuple[float, _Item]] = []
    q_colours = _colour_concepts(q.text)
    # "extra spicy" names the value "Extra spicy", not also "Spicy" inside it.
    named_values = {
        v
        for it in items
        if it.sku is not None
        for v in it.sku.attributes.values()
        if _sku_value_named(v, q, q_colours)
    }
    shadowed = {
        v
        for v in named_values
        if any(
            v != w and _inside(normalize(v), normalize(w)) and normalize(w) in q.text
            for w in named_values
        )
    }
    for it in items:
        if it.sku is None:
            continue
        values = list(it.sku.attributes.values())
        hits = sum(1 for v in values if _sku_value_named(v, q, q_colours) and v not in shadowed)
        if hits:
            scored.append((hits / len(values), it))
    if not scored:
        return []
    best = max(s for s, _ in scored)
    top = [it for s, it in scored if s == best]
    if best < 1:
        # "冰川蓝12G的有吗": each SKU has one of the named values, none has both. Name the values
        # the question picks per attribute; only a SKU with all of them is what was asked.
        named: dict[str, set[str]] = {}
        for _, it in scored:
            assert it.sku is not None
            for name, v in it.sku.attributes.items():
                if _sku_value_named(v, q, q_colours) and v not in shadowed:
                    named.setdefault(name, set()).add(v)
        if len(named) >= 2:
            exact = [
                it
                for _, it in scored
                if it.sku is not None
                and all(it.sku.attributes.get(n) in vs for n, vs in named.items())
            ]
            return exact or [_NO_SUCH_SKU]
    return top


MAX_VARIANT_PRICES = 4


_ASKS_WHICH_ONE = re.compile(
    r"哪个|哪款|哪一?种|哪一?个|什么码|多大码|几码|选哪|买哪|拍哪|which|what size"
)


def _fitting_sku(q: _Question, items: list[_Item]) -> _Item | None:
    """The one variant that fits an amount the shopper states ("狗25公斤", "baby is 10 kg"),
    by a range its own option values give ("up to 30 kg", "10-15kg"): for "up to" limits the
    smallest that holds it, as a shopper would choose."""
    if q.yes_no or not q.quantities or not _ASKS_WHICH_ONE.search(q.text):
        return None
    asked = q.quantities[0]
    fits: list[tuple[float, _Item]] = []
    ranged = 0
    for it in items:
        if it.sku is None or it.options:
            continue
        have = [x for v in it.sku.attributes.values() for x in quantities(v) if x.dim == asked.dim]
        if len(have) != 1:
            continue
        h = have[0]
        ranged += 1
        if h.low != h.high:
            if h.low <= asked.low <= h.high:
                fits.append((h.high, it))
        elif h.bound == "max" and asked.low <= h.high:
            fits.append((h.high, it))
        elif h.bound == "min" and asked.low >= h.low:
            fits.append((-h.low, it))
    if ranged < 2 or not fits:
        return None  # the variants don't differ by that amount, or none holds it
    fits.sort(key=lambda t: t[0])
    if len(fits) > 1 and fits[1][0] == fits[0][0]:
        return None
    return fits[0][1]


def _variant_prices(items: list[_Item]) -> list[_Item]:
    """The SKUs with their prices, cheapest first, when they don't all cost the same and are
    few enough to list (otherwise the price line's "from ¥X" says it)."""
    skus = [it for it in items if it.sku is not None]
    prices = {it.sku.price for it in skus if it.sku is not None}
    if len(prices) < 2 or len(skus) > MAX_VARIANT_PRICES:
        return []
    return sorted(skus, key=lambda it: it.sku.price if it.sku is not None else Decimal(0))


# Stands for "the combination the question names is not offered".
_NO_SUCH_SKU = _Item(
    evidence=Evidence("sku", "", ""), props=frozenset(), components=frozenset(), match_text=""
)


def _numbers_named(value: str, q: _Question) -> bool:
    """ "5.4公斤装" names SKU "5.4kg"; "12G内存的版本" names "12+256G"."""
    asked = {(x.dim, x.low) for x in q.quantities}
    if asked & {(x.dim, x.low) for x in quantities(value)}:
        return True
    q_numbers = set(re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", q.text))
    v_numbers = re.findall(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])", normalize(value))
    return bool(q_numbers and v_numbers and v_numbers[0] in q_numbers)


_GENERIC_OPTION_WORDS = frozenset(
    ["colour", "color", "style", "size", "version", "edition", "type", "model", "pack", "with"]
)


def _named_across(value: str, text: str) -> bool:
    """A value named in the other language, by the dictionary: 玳瑁色 for "Tortoiseshell",
    "strawberry" for 草莓味."""
    han = re.search(r"[\u4e00-\u9fff]", text) is not None
    if value.isascii() and han:
        words = [w for w in re.findall(r"[a-z]{4,}", value) if w not in _GENERIC_OPTION_WORDS]
        return bool(words) and stem(words[0]) in _reading_stems(
            "".join(re.findall(r"[\u4e00-\u9fff]+", text))
        )
    if not value.isascii() and not han:
        asked = {stem(w) for w in re.findall(r"[a-z]{4,}", text) if w not in _STOP}
        return bool(asked & _reading_stems(re.sub(r"[色款味码号装]$", "", value)))
    return False


# Sizes said in words: "sage in small?", "中码还有吗".
_SIZE_WORDS = (
    (r"\bextra[- ]small\b", "xs"),
    (r"(?<!extra )(?<!extra-)\bsmall\b", "s"),
    (r"\bmedium\b", "m"),
    (r"(?<!extra )(?<!extra-)(?<!x-)\blarge\b", "l"),
    (r"\b(?:extra[- ]large|x-large)\b", "xl"),
    (r"小码", "s"),
    (r"中码", "m"),
)


def _value_named(value: str, text: str, q_colours: set[int]) -> bool:
    v = normalize(value).strip()
    core = re.sub(r"[（(].*?[)）]", "", v).strip()
    # "#520 豆沙色" is named by 豆沙色: a shade's number is the seller's code, not its name.
    uncoded = re.sub(r"^#?[a-z]*\d+[a-z]*\s+", "", core)
    for candidate in {v, core, core.rstrip("色"), core.removesuffix("码"), uncoded}:
        if len(candidate) >= 2 or (candidate and candidate.isascii() and candidate.isalnum()):
            if candidate.isascii():
                if re.search(rf"(?<![a-z0-9]){re.escape(candidate)}(?![a-z0-9])", text):
                    return True
            elif candidate in text:
                return True
    sizes = re.findall(r"(?<![a-z0-9])(x{0,3}[sml]|[2-5]xl|\d{2,3})(?:码|号)?(?![a-z0-9])", text)
    sizes += [size for word, size in _SIZE_WORDS if re.search(word, text)]
    if core in sizes:
        return True
    if _named_across(core, text):
        return True
    v_colours = _colour_concepts(core)
    if not v_colours and core.isascii():
        # "Sunset Orange", "Midnight Black": the colour is the value's last word.
        v_colours = _colour_concepts(core.split()[-1]) if core.split() else set()
    return bool(v_colours and q_colours and v_colours & q_colours)


@cache
def _colour_ids() -> dict[int, Concept]:
    out = {}
    for c in lexicon().concepts:
        head = c.zh[0]
        if (head.endswith("色") and len(head) <= 3 and head != "颜色") or head == "透明":
            out[c.id] = c
    return out


def _colour_concepts(text: str) -> set[int]:
    """Colour concepts named in a text, by any zh/en term or a colour character (雾霾蓝 → 蓝)."""
    text = normalize(text)
    found = {c.id for c in analyze(text).concepts if c.id in _colour_ids()}
    words = set(re.findall(r"[a-z]+", text))
    for cid, c in _colour_ids().items():
        # "orange colour" is the lexicon's term (a bare "orange" is the fruit in search), but in
        # a variant's name or a question about variants the bare colour word means the colour.
        if c.zh[0][0] in text or any(
            re.sub(r"\s+colou?r$", "", t) in words
            for t in c.en
            if " " not in re.sub(r"\s+colou?r$", "", t)
        ):
            found.add(cid)
    return found


# ---- polarity ------------------------------------------------------------------------------------
_NEGATIVE = re.compile(
    r"^(?:不|否|无|没|暂不|no\b|not\b|none\b)|缺货|售罄|卖完|sold out|out of stock|不支持|不能|不可|不建议|不适合|不含|不防水|没有|不带|"
    r"不包|无法|不行|❌|\bno\b|\bnot\b|\bcannot\b|\bcan't\b|\bwithout\b|\bnon-"
)
_POSITIVE = re.compile(r"^(?:是|支持|可以|能|有|会|包|适合|含|带|yes\b|can\b|✓|✅)")


def _polarity_of_value(text: str) -> Polarity | None:
    t = normalize(text).strip()
    if _NEGATIVE.search(t):
        return "no"
    if _POSITIVE.search(t) or t in ("是", "有", "支持", "yes", "true"):
        return "yes"
    return None


def _quantity_polarity(q: _Question, evidence_text: str, props: set[str]) -> Polarity | None:
    dims = set().union(*(_PROP_DIMS.get(p, set()) for p in props))
    asked = [x for x in q.quantities if x.dim in dims]
    have = [x for x in quantities(evidence_text) if x.dim in dims]
    if not asked or not have:
        return None
    a = asked[0]
    for h in have:
        if h.dim != a.dim:
            continue
        if h.low != h.high:
            return "yes" if h.low <= a.low and a.high <= h.high else "no"
        upper = h.bound == "max" or props & {"load", "capacity", "battery_life", "people"}
        if h.bound == "min":
            return "yes" if a.low >= h.low else "no"
        if upper:
            return "yes" if a.high <= h.low else "no"
        return "yes" if abs(a.low - h.low) < 1e-6 else "no"
    return None


def _asked_terms(q: _Question, props: set[str]) -> list[str]:
    """The question's words that are not just the property's name: what the shopper hopes the
    value is ("纯棉" in "是纯棉的吗", "iphone 15" in "iPhone 15能用吗")."""
    generic: set[str] = set()
    for p in props:
        prop = properties().get(p)
        if prop:
            generic |= set(prop.label_cues)
    out = []
    for w in q.words:
        if w in generic or any(w in g for g in generic if len(g) >= 2):
            continue
        if re.fullmatch(r"[\d.]+", w):
            continue
        out.append(w)
    return out


def _term_polarity(q: _Question, text: str, props: set[str]) -> Polarity | None:
    terms = _asked_terms(q, props)
    if not terms:
        return None
    value = normalize(text)
    value_concepts = {c.id for c in analyze(value).concepts}
    for term in terms:
        concept_ids = {c.id for c in analyze(term).concepts}
        if term in value or (concept_ids and concept_ids & value_concepts):
            return "yes"
    return "no"


# ---- answering -------------------------------------------------------------------------------
def evidence_items(
    product: Product,
    sales: Iterable[FlashSale] = (),
    now: datetime | None = None,
    *,
    language: Language = "zh",
    tz: str = "Asia/Shanghai",
) -> list[Evidence]:
    """Every piece of the product's own data that an answer may quote."""
    return [item.evidence for item in _items(product, sales, now, language, tz)]


def ranked_evidence(
    product: Product,
    question: str,
    *,
    sales: Sequence[FlashSale] = (),
    now: datetime | None = None,
) -> list[tuple[float, Evidence]]:
    """Evidence about the property the question asks, best first (or lexical matches)."""
    lang = detect_language(question, "zh")
    items = _items(product, sales, now, lang, "Asia/Shanghai")
    q = _read_question(question, product)
    if q.props:
        return [(s, it.evidence) for s, it in _candidates(q, items)]
    scored = [(_lexical(q, it), it.evidence) for it in items if it.sku is None]
    return sorted((t for t in scored if t[0] > 0), key=lambda t: -t[0])


def answer_question(
    product: Product,
    question: str,
    *,
    sales: Sequence[FlashSale] = (),
    now: datetime | None = None,
    language: Language | None = None,
    tz: str = "Asia/Shanghai",
    similarity: Similarity | None = None,
) -> Answer:
    """Answer `question` about `product` from its own data, in `language` (default: the
    question's). `similarity` scores the question against texts by meaning (the embedding
    model); without it only words and the property lexicon match."""
    lang: Language = language or detect_language(question, "zh")
    question = _corrected_typos(question, product)
    items = _items(product, sales, now, lang, tz)
    q = _read_question(question, product)
    asked = _first(q.props)

    named = _named_skus(q, items)
    wants_stock = "stock" in q.props or bool(
        re.search(
            r"有货|还有|还剩|剩[几多下]|有.{0,8}[吗么嘛没]|有没有|in stock|available|do you have|"
            r"\bleft\b|remaining",
            q.text,
        )
    )
    if named and _TELEGRAPHIC.search(q.text):
        wants_stock = True  # "sage in small?", "the blue one?": is that variant to be had
    wants_price = bool(q.props & {"price", "flash_sale"}) or bool(
        re.search(r"多少\s*[?？!！~～]*$|how much\s*[?？!]*$", q.text)
    )
    # 1a. "我家狗25公斤 买哪个尺码": the variant whose stated range holds the shopper's amount.
    fitting = _fitting_sku(q, items)
    if fitting is not None:
        return _compose_answer(lang, [fitting], None, asked)
    # 1b'. The price of a variant that isn't sold ("6.3米的多少钱", "XXL in black?") has no
    # answer; the shopper hears which variants there are.
    if wants_price and not q.yes_no:
        unoffered = _unoffered_option(q, items)
        if unoffered is not None:
            return _not_offered(unoffered, lang, asked)
    # 1. A named SKU's own stock / price: "雾霾蓝有货吗", "奶白色L码有货吗", "粉色那款多少钱".
    if named and (wants_stock or wants_price):
        return _sku_answer(q, named, items, lang, wants_price, asked)
    # 1b. "多少钱" for a product whose variants cost different amounts: each variant's price,
    # not the cheapest one alone ("price for a pair?" when the pair costs more).
    if (
        "price" in q.props
        and q.props <= {"price", "stock"}
        and not (named or q.yes_no or q.components or q.fields)
    ):
        priced = _variant_prices(items)
        if priced:
            return _compose_answer(lang, priced, None, "price")
    # 1c. "现在买多少钱？昨天不是有秒杀吗" with no sale on or coming: the price it sells at.
    if (
        "flash_sale" in q.props
        and not q.yes_no
        and _ASKS_PRICE.search(q.text)
        and not any(it.evidence.kind == "flash_sale" for it in items)
    ):
        priced = _variant_prices(items) or [it for it in items if it.evidence.kind == "price"]
        if priced:
            answer = _compose_answer(lang, priced, None, "price")
            lead = "现在没有秒杀，" if lang == "zh" else "No flash sale is on or coming. "
            return replace(answer, answer=lead + answer.answer)
    # 2. "现在有秒杀吗" / "is there a flash sale?": the product's sales are all known.
    if "flash_sale" in q.props and q.yes_no:
        return _flash_yes_no(items, lang)
    # 2b. "内胆是304还是316", "morning or night?": the option the evidence names, alone.
    choice = _choice_answer(q, items, product, lang, asked)
    if choice is not None:
        return choice
    # 3. Whether an option is offered: "有XL吗", "does it come in red?", "有几种颜色".
    option_answer = _option_answer(q, items, lang)
    if option_answer is not None:
        return option_answer
    # 4. Evidence about the asked property (and part).
    if q.props and any(
        it.props & q.props and _condition_conflict(q, it.evidence.text) for it in items
    ):
        # The listing states the value for the other state only ("6小时（关闭降噪）" for "with
        # ANC on"): its other figures don't say which state they are for either.
        return refusal(question, lang, asked)
    if q.props:
        candidates = [(s, it) for s, it in _candidates(q, items) if _trusted(q, it, product)]
        if not candidates and "battery_life" in q.props and not q.components:
            # "how long does it last" of a lipstick or a perfume: how long it wears.
            worn = replace(q, props=(q.props - {"battery_life"}) | {"wear"})
            candidates = [
                (s, it) for s, it in _candidates(worn, items) if _trusted(worn, it, product)
            ]
            if candidates:
                q = worn
        if not candidates:
            # A seller FAQ asking the same thing in other words, not typed with a different
            # property, still answers it.
            faqs = [it for it in items if it.evidence.kind == "faq"]

            def answers(faq: _Item | None) -> bool:
                return (
                    faq is not None
                    and (not faq.props or bool(faq.props & q.props))
                    and _trusted(q, faq, product)
                )

            faq = _best_lexical(q, faqs)
            if not answers(faq):
                faq = _best_by_meaning(question, q, faqs, similarity)  # the model: words failed
            if faq is not None and answers(faq):
                return _compose_answer(lang, [faq], _faq_polarity(q, faq), asked)
            return (
                _term_answer(q, product, lang, asked)
                or _broader_answer(q, items, product, lang, asked)
                or refusal(question, lang, asked)
            )
        return _property_answer(q, candidates, lang, asked, product)
    # 5. No known property: an FAQ question or attribute name that says the same.
    best = _best_lexical(q, [it for it in items if it.sku is None and it.evidence.kind != "price"])
    if best is not None and _trusted(q, best, product):
        if best.evidence.kind == "faq":
            return _compose_answer(lang, [best], _faq_polarity(q, best), asked)
        polarity = _yes_no_polarity(q, best) if q.yes_no else None
        if q.yes_no and polarity is None:
            return _term_answer(q, product, lang, asked) or refusal(question, lang, asked)
        return _compose_answer(lang, [best], polarity, asked)
    if best is None:
        faqs = [it for it in items if it.evidence.kind == "faq"]
        faq = _best_by_meaning(question, q, faqs, similarity)
        if faq is not None and _trusted(q, faq, product):
            return _compose_answer(lang, [faq], _faq_polarity(q, faq), asked)
    return (
        _term_answer(q, product, lang, asked)
        or _quantity_answer(q, items, product, lang)
        or refusal(question, lang, asked)
    )


@cache
def _cue_words() -> frozenset[str]:
    words: set[str] = set()
    for prop in properties().values():
        for cue in prop.question_cues + prop.label_cues:
            if ".{" not in cue:
                words.update(w for w in re.findall(r"[a-z]+", cue) if len(w) >= 5)
    return frozenset(words)


def _corrected_typos(question: str, product: Product) -> str:
    """English words no dictionary knows, replaced by the property cue or listing word they
    misspell ("avalable" → "available", "colgone" → "cologne")."""
    typed = {w for w in re.findall(r"[A-Za-z]{5,}", question)}
    if not typed:
        return question
    known = english_words()
    unknown = {w for w in typed if w.lower() not in known and stem(w.lower()) not in known}
    if not unknown:
        return question
    from rapidfuzz import fuzz, process

    own = " ".join(
        str(t)
        for t in (
            product.title,
            product.description or "",
            *product.attributes,
            *product.attributes.values(),
            *(v for sku in product.skus for v in sku.attributes.values()),
            *(f.q for f in product.faqs),
        )
    ).lower()
    targets = sorted(_cue_words() | {w for w in re.findall(r"[a-z]{5,}", own)})
    for w in unknown:
        if w.lower() in targets:
            continue
        match = process.extractOne(w.lower(), targets, scorer=fuzz.ratio, score_cutoff=85)
        if match is not None:
            question = re.sub(rf"(?<![A-Za-z]){re.escape(w)}(?![A-Za-z])", match[0], question)
    return question


Similarity = Callable[[str, Sequence[str]], Sequence[float | None]]
"""(question, texts) → a cosine per text, None where the model can't read the pair."""


def _best_by_meaning(
    question: str, q: _Question, faqs: list[_Item], similarity: Similarity | None
) -> _Item | None:
    """The seller FAQ that asks what the question asks in other words, judged by meaning."""
    faqs = [it for it in faqs if _component_ok(q, it)]
    if similarity is None or not faqs:
        return None
    scores = similarity(question, [it.match_text for it in faqs])
    scored = [(s, it) for s, it in zip(scores, faqs, strict=True) if s is not None]
    if not scored:
        return None
    score, best = max(scored, key=lambda t: t[0])
    return best if score >= MEANING_THRESHOLD else None


# ---- trust gate -------------------------------------------------------------------------------
# Words that ask rather than name: they need no evidence of their own.
_ASKING = frozenset(
    [
        "多重",
        "多大",
        "多长",
        "多久",
        "多高",
        "多宽",
        "多厚",
        "多远",
        "多快",
        "多少钱",
        "几个",
        "几种",
        "几天",
        "几点",
        "多少天",
        "最多",
        "最多能",
        "最少",
        "大概",
        "大约",
        "一下",
        "本身",
        "谢谢",
        "谢了",
        "感谢",
        "麻烦",
        "现在",
        "今天",
        "下单",
        "买",
        "用",
        "做",
        "做的",
        "吗",
        "呢",
        "啥",
        "咋",
        "怎样",
        "如何",
        "是否",
        "能不能",
        "可不可以",
        "有没有",
        "还有",
        "货",
        "ok",
        "okay",
        "pls",
        "please",
        "thanks",
        "thank",
        "thx",
        "much",
        "many",
        "long",
        "big",
        "heavy",
        "tall",
        "wide",
        "often",
        "get",
        "buy",
        "use",
        "put",
        "made",
        "come",
        "comes",
        "tell",
        "know",
        "need",
        "want",
        "would",
        "could",
        "should",
        "about",
        "much",
        "when",
        "where",
        "why",
        "who",
    ]
)
_WHEN = re.compile(
    r"什么时候|啥时候|几时|几点|哪天|多久(?:能|会|才)?(?:到|发|补|有)|\bwhen\b|what time"
)
_WHEN_ANSWER = re.compile(
    r"\d\s*(?:[:：点号日月天周年时分]|小时|分钟|个月|h\b|hrs?\b|hours?|days?|weeks?|months?|years?|"
    r"am\b|pm\b|min)|\d{1,2}[/-]\d{1,2}|[今明后]天|周[一二三四五六日末]|星期|月|日|today|tomorrow|week|month|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|hour|day|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b"
)
_ASKS_FEE = re.compile(
    r"运费|邮费|包邮|免邮|快递费|postage|shipping (?:cost|fee|charge|price)|free shipping|"
    r"delivery (?:cost|fee|charge)|cost to ship|how much (?:is|for) (?:shipping|delivery)"
)
_FEE_ANSWER = re.compile(
    r"运费|邮费|包邮|免邮|不包邮|到付|¥|\d\s*元|\d\s*块|free|postage|fee|charge|cost|paid by"
)
# A value stated for one state of a feature ("6小时（关闭降噪）", "30 h with ANC off") doesn't
# answer a question about the other state.
_OFF_STATE = r"关闭|不开|关掉|关|without|off|no"
_ON_STATE = r"开启|打开|开着|开|with|on|using"


def _condition_conflict(q: _Question, text: str) -> bool:
    norm = normalize(text)
    for m in re.finditer(r"[（(]([^）)]{1,20})[）)]", norm):
        condition = m.group(1)
        shared = {c.id for c in analyze(condition).concepts} & q.concepts
        if not shared:
            continue
        off = re.search(rf"(?:{_OFF_STATE})", condition) is not None
        asked_off = re.search(rf"(?<![a-z])(?:{_OFF_STATE})(?![a-z])", q.text) is not None
        asked_on = re.search(rf"(?<![a-z])(?:{_ON_STATE})(?![a-z])", q.text) is not None
        if (off and asked_on and not asked_off) or (not off and asked_off and not asked_on):
            return True
    return False


_DURATION = re.compile(
    r"\d\s*(?:小时|分钟|秒|天|周|个月|月|年|h|hr|hrs|hours?|min|mins|minutes?|days?|weeks?|months?|"
    r"years?)(?![a-z])|[半一两二三四五六七八九十几]\s*(?:小时|分钟|天|周|个月|年)|"
    r"长效|持久|全天|一整天|all day|overnight"
)
# "How much / how many / 多少 / 几" asks for an amount: evidence without a number doesn't give one.
_ASKS_AMOUNT = re.compile(r"how much|how many|多少|几(?![乎])")
_NUMERAL = re.compile(r"\d|[一两二三四五六七八九十百千万半]")
# Amounts that are answered by words: the price path, sizes (S/M/L), versions, colours, options.
_NON_NUMERIC_AMOUNTS = frozenset({"price", "flash_sale", "size", "colour", "stock", "style"})
_ASKED_UNIT = re.compile(rf"(?:多少|几|how many|how much|what)\s*({_UNITS_RE})(?![a-z])")
_HOW_LONG = re.compile(r"多久|多长时间|多少小时|多少分钟|how long|how many hours|how many minutes")


def _asked_dims(q: _Question) -> set[str]:
    """Kinds of quantity the question asks for by its unit ("多少mAh", "几瓦") or its
    interrogative ("多久"): evidence that quotes only other kinds does not answer it."""
    dims: set[str] = set()
    for m in _ASKED_UNIT.finditer(q.text):
        if m.group(1) == "个" and re.match(r"[\u4e00-\u9fff]", q.text[m.end() : m.end() + 1]):
            continue  # "几个人": 个 counts the noun after it
        dims.add(_UNIT_SCALE[m.group(1)][0])
    return dims


# Why a shopper sends a thing back: the reason a return policy need not name.
_RETURN_REASON = re.compile(
    r"买错了?|拍错了?|不合适|不喜欢|不想要了?|尺码不对|大了|小了|不合身|"
    r"\b(?:don't|do not|didn't) (?:like|fit|want)\w*|wrong size|changed my mind|too (?:big|small)"
)
_CONDITION = re.compile(r"(?:\bif\b|\bin case\b|如果|要是|万一|假如)[^,，。.?？!！]*")


def _uncovered(q: _Question, item: _Item, product: Product) -> list[str]:
    """Content words of the question that neither the evidence nor the product's own title
    names. A word left over names something else (另一个部件, a skin type, a load) that this
    evidence is not about: answering would state one thing's fact for another."""
    cue_spans = _cue_spans(
        q.text, [c for p in q.props if p in properties() for c in properties()[p].question_cues]
    )
    target = normalize(" ".join((item.evidence.label, item.evidence.text, item.match_text)))
    title = normalize(" ".join((product.title, *product.category_path)))
    analysis = analyze(target + " " + title)
    tokens = set(analysis.tokens)
    concepts = {c.id for c in analysis.concepts}
    lex = lexicon()
    # Only a word in the listing's language can be missing from it. Labels of a Chinese
    # listing are glossed into English for an English question, so for Latin words only the
    # value tells.
    value = normalize(item.evidence.text)
    has_latin = bool(re.search(r"[a-z]{2}", value))
    has_han = bool(re.search(r"[\u4e00-\u9fff]", value + normalize(item.evidence.label)))
    if item.evidence.kind in ("return_policy", "shipping"):
        # "can i return it if i don't like it": the shopper's reason is not what a policy
        # must name.
        cue_spans += [(m.start(), m.end()) for m in _CONDITION.finditer(q.text)]
        if item.evidence.kind == "return_policy":
            cue_spans += [(m.start(), m.end()) for m in _RETURN_REASON.finditer(q.text)]
    out = []
    for w in q.words:
        if (w.isascii() and not has_latin) or (not w.isascii() and not has_han):
            continue  # no words of that language to compare with
        if w in _ASKING or w in _STOP or w.isdigit() or w in _UNIT_SCALE:
            continue
        if w.isascii() and len(w) <= 2:
            continue
        start = q.text.find(w)
        if start >= 0 and any(a <= start and start + len(w) <= b for a, b in cue_spans):
            continue  # part of the asked property's own cue ("多重", "什么材质")
        w = re.sub(r"'s$", "", w)  # "the floor's rating": the floor
        if w in tokens or w in target or w in title or stem(w) in tokens:
            continue
        if w.isascii() and stem(w) in _reading_stems(title):
            continue  # "the mat" of a 瑜伽垫: the product itself, in the question's language
        named = lex.zh_terms.get(w) or lex.en_terms.get((w,)) or []
        if any(c.id in concepts for c in named):
            continue
        zh_chars = [c for c in w if "\u4e00" <= c <= "\u9fff"]
        if len(zh_chars) >= 2 and sum(c in target or c in title for c in zh_chars) * 2 >= len(
            zh_chars
        ):
            continue
        out.append(w)
    return out


def _trusted(q: _Question, item: _Item, product: Product) -> bool:
    """Whether `item` is about what was asked, by checks that hold whatever the property."""
    text = item.evidence.text
    asks_time = _WHEN.search(q.text) or (_HOW_LONG.search(q.text) and "length" not in q.props)
    if asks_time and not _WHEN_ANSWER.search(normalize(text)):
        return False
    if (
        _HOW_LONG.search(q.text)
        and not _WHEN.search(q.text)
        and "length" not in q.props
        and not _DURATION.search(normalize(text))
    ):
        return False  # "充满电能用多久" is not answered by "2000 mAh"
    if (
        _ASKS_AMOUNT.search(q.text)
        and item.evidence.kind not in ("faq", "sku")
        and not q.props & _NON_NUMERIC_AMOUNTS
        and not _NUMERAL.search(normalize(text))
    ):
        return False  # "how much sugar is in it" is not answered by an ingredient list
    if (
        _ASKS_FEE.search(q.text)
        and item.evidence.kind in ("shipping", "description", "attribute")
        and not _FEE_ANSWER.search(normalize(text))
    ):
        return False  # "运费贵不贵" is not answered by "48小时内发货"
    if _condition_conflict(q, text):
        return False  # "battery life with ANC on" against "6小时（关闭降噪）"
    if item.part and not _part_named(item.part, q):
        # A part's fact ("转运珠克重", "Origin of cocoa") answers a question about that part.
        # A question naming nothing else may have it when the title sells that part
        # (足金转运珠手链: the bead is the product's point), with the label saying which.
        title = normalize(product.title)
        if not all(piece in title for piece in item.part.split()) or _uncovered(q, item, product):
            return False
    if item.evidence.kind in ("attribute", "field", "description") and any(
        _mentions_part(q, w) for w in _uncovered(q, item, product)
    ):
        return False  # "how much weight are the carabiners rated for?" against "Max load"
    counted = _counted_nouns(q)
    if counted and item.evidence.kind != "faq" and not _counts_named(counted, item):
        return False  # "how many cans of beer fit in it?" is not answered by its dimensions
    asked_dims = _asked_dims(q)
    if asked_dims and not {x.dim for x in quantities(text)} & asked_dims:
        return False  # "电池多少毫安" is not answered by a text with no mAh in it
    if (
        q.yes_no
        and q.quantities
        and item.evidence.kind != "faq"
        and not {x.dim for x in quantities(text)} & {x.dim for x in q.quantities}
    ):
        return False  # "能装16寸电脑吗" against "容量 30L"
    total_stock = item.evidence.kind == "field" and item.props == {"stock"} and bool(product.skus)
    # The total stock answers "有货吗", not "玳瑁色还有吗" when 玳瑁色 is no variant we know;
    # a part's fact ("转运珠材质") answers only a question about that part.
    if total_stock or _names_other_part(q, item):
        return not _uncovered(q, item, product)
    return True


_HOW_MANY_EN = re.compile(r"\bhow many ([a-z]+)(?: of ([a-z]+))?")
_HOW_MANY_ZH = re.compile(r"(?:几|多少)([罐瓶包袋盒张条双套颗粒支根本块杯碗])")
_TIME_OR_PEOPLE = frozenset(
    [
        "hours",
        "hour",
        "minutes",
        "minute",
        "days",
        "day",
        "weeks",
        "week",
        "months",
        "month",
        "years",
        "year",
        "times",
        "people",
        "persons",
        "kids",
        "children",
        "adults",
        "guests",
    ]
)


_UNIT_WORDS = frozenset(
    [
        "grams",
        "gram",
        "kilograms",
        "kilos",
        "pounds",
        "ounces",
        "sqm",
        "square",
        "meters",
        "metres",
        "feet",
        "inches",
        "liters",
        "litres",
        "calories",
        "kcal",
        "watts",
        "volts",
        "amps",
        "degrees",
        "miles",
        "kilometers",
        "km",
        "centimeters",
        "millimeters",
    ]
)


def _not_a_thing(word: str) -> bool:
    # Units ("how many grams"), verbs ("how many can one person buy"), hours and people.
    return (
        word in _TIME_OR_PEOPLE
        or word in _STOP
        or word in _UNIT_WORDS
        or bool(quantities(f"1 {word}"))
        or word.rstrip("s") in _UNIT_SCALE
        or word in _UNIT_SCALE
    )


def _counted_nouns(q: _Question) -> set[str]:
    """What "how many cans" / "能装几罐" counts, when it is a thing (not hours or people)."""
    out: set[str] = set()
    for m in _HOW_MANY_EN.finditer(q.text):
        nouns = {n for n in m.groups() if n and not _not_a_thing(n)}
        if not _not_a_thing(m.group(1)) and nouns:
            out |= nouns
    out |= {m.group(1) for m in _HOW_MANY_ZH.finditer(q.text)}
    return out


def _counts_named(counted: set[str], item: _Item) -> bool:
    """Whether the evidence counts one of those things ("holds 24 cans", "可装12罐")."""
    text = normalize(f"{item.evidence.label} {item.evidence.text} {item.match_text}")
    stems = {stem(w) for w in re.findall(r"[a-z]+", text)} | _reading_stems(text)
    return any((c in text) if not c.isascii() else (stem(c) in stems or c in text) for c in counted)


_NOT_A_PART = frozenset(
    ["itself", "same", "one", "ones", "other", "whole", "rest", "first", "second", "last", "way"]
)


def _mentions_part(q: _Question, word: str) -> bool:
    """Whether an English question word names a thing the question is about: "the
    carabiners", "its strap" (a noun right after a determiner)."""
    return (
        word.isascii()
        and len(word) >= 3
        and word not in _NOT_A_PART
        and bool(re.search(rf"\b(?:the|its|their)\s+{re.escape(word)}", q.text))
    )


def _names_other_part(q: _Question, item: _Item) -> bool:
    """Whether the evidence is about a part (表带, 镜片, 内胆 …) the question doesn't name."""
    return item.evidence.kind in ("attribute", "field") and bool(item.components - q.components)


# ---- "does it contain X?" ------------------------------------------------------------------------
_INCLUDES = re.compile(
    r"(?:含有?|内含|包含|添加了?|加了?|加入|配有?|附赠?|附带|带有?|自带|采用|选用)$"
)
_EXCLUDES = re.compile(r"(?:不含|无|不加|不添加|未添加|没有|没加|零|0|不带|不配|拒绝|免)$")
_EXCLUDED_LIST = re.compile(r"不含|无|不添加|未添加|没有|不加|不带")


def _term_answer(
    q: _Question, product: Product, lang: Language, asked: str | None
) -> Answer | None:
    """A yes/no about one thing the listing names in passing ("含酒精吗" against "0酒精配方",
    "里面有核桃吗" against "内含核桃仁"): answered only when exactly one of the question's words
    occurs in the listing, every time with the same stated inclusion or exclusion."""
    if not q.yes_no:
        return None
    title = normalize(product.title)

    def negated_in_title(w: str) -> bool:
        at = title.find(w)
        return at > 0 and re.search(r"(?:不|无|零|免|0)$", title[max(0, at - 3) : at]) is not None

    # "会沾杯" asks about 沾杯: a modal in front is the asking, not the thing.
    words = [
        stripped
        if len(stripped := re.sub(r"^(?:会不会|会|能不能|能|可以|容易|要)", "", w)) >= 2
        else w
        for w in q.words
    ]
    terms = [
        w
        for w in words
        if not w.isascii()
        and len(w) >= 2
        and w not in _ASKING
        and w not in _STOP
        and (w not in title or negated_in_title(w))
    ]
    clauses = [
        Evidence("description", "商品描述" if lang == "zh" else "description", clause)
        for clause in _description_clauses(product)
    ]
    for name, value in product.attributes.items():
        clauses.append(Evidence("attribute", name, value))
    for faq in product.faqs:
        clauses.append(Evidence("faq", f"FAQ: {faq.q}", faq.a))
    if any(negated_in_title(w) for w in terms):
        # "不沾杯" in the title answers "会沾杯吗": the listing's own headline claim.
        clauses.append(Evidence("field", "标题" if lang == "zh" else "title", product.title))
    found: dict[str, list[tuple[Polarity | None, Evidence]]] = {}
    for term in terms:
        for ev in clauses:
            text = normalize(ev.text if ev.kind != "attribute" else f"{ev.label}{ev.text}")
            at = text.find(term)
            if at < 0:
                continue
            before = text[max(0, at - 4) : at]
            polarity: Polarity | None = None
            # In an enumeration ("搭配：腰果、核桃仁、…", "不含：酒精、香精") the list's head
            # says whether its items are in or out.
            colon = max(text.rfind("：", 0, at), text.rfind(":", 0, at))
            listed = colon >= 0 and "、" in text[colon:]
            head = text[:colon] if listed else ""
            if (
                _EXCLUDES.search(before[-3:])
                or (listed and _EXCLUDED_LIST.search(head))
                or (ev.kind == "field" and negated_in_title(term))
            ):
                polarity = "no"
            elif (
                _INCLUDES.search(before)
                or text[at + len(term) : at + len(term) + 1] in (":", "：")
                or listed
            ):
                polarity = "yes"
            found.setdefault(term, []).append((polarity, ev))
    # "含酒精" and "酒精" are one asked thing: keep the shortest word of overlapping ones.
    for term in sorted(found, key=len, reverse=True):
        if any(other != term and other in term for other in found):
            del found[term]
    if len(found) != 1:
        return None
    (hits,) = found.values()
    polarities = {p for p, _ in hits}
    if len(polarities) != 1 or None in polarities:
        return None
    (polarity,) = polarities
    item = _Item(evidence=hits[0][1], props=frozenset(), components=frozenset(), match_text="")
    return _compose_answer(lang, [item], polarity, asked)


# ---- "A还是B?" ------------------------------------------------------------------------------------
_CHOICE_ZH = re.compile(
    r"(?:^|[是要用买选，,\s])([^是要用买选，,\s]{1,8}?)的?还是([^，,\s?？]{1,8}?)的?[呢吗啊呀?？!！~～\s]*$"
)
_CHOICE_EN = re.compile(r"\b([a-z0-9.]+) or ([a-z0-9.]+)\b")


def _choice_options(text: str) -> tuple[str, str] | None:
    m = _CHOICE_ZH.search(text) or _CHOICE_EN.search(text)
    if m is None:
        return None
    a, b = m.group(1), m.group(2)
    if a == b or (min(len(a), len(b)) < 2 and not (a.isascii() and b.isascii())):
        return None  # one-character options ("大还是小") match too much to be told apart
    if a in _STOP or b in _STOP or a in _ASKING or b in _ASKING:
        return None
    if b in ("nah", "not", "no", "nope", "none", "never") or b.startswith("不"):
        return a, ""  # "lined or nah", "是真皮还是不是": a yes/no about one option
    return a, b


def _option_in(option: str, text: str) -> bool:
    if option.isascii():
        return re.search(rf"(?<![a-z0-9.]){re.escape(option)}(?![a-z0-9])", text) is not None
    return option in text


def _choice_answer(
    q: _Question, items: list[_Item], product: Product, lang: Language, asked: str | None
) -> Answer | None:
    """ "内胆是304还是316": the evidence about what was asked that names one option and not the
    other. Answered only when every such piece names the same option."""
    options = _choice_options(q.text)
    if options is None:
        return None
    named: dict[str, list[_Item]] = {}
    for it in items:
        if it.sku is not None or it.evidence.kind in ("price", "flash_sale", "field"):
            continue
        if not _component_ok(q, it) or _names_other_part(q, it):
            continue
        if q.props and it.props and not it.props & q.props:
            continue
        text = normalize(f"{it.evidence.label} {it.evidence.text}")
        hits = [o for o in options if o and _option_in(o, text)]
        if len(hits) == 1:
            named.setdefault(hits[0], []).append(it)
    if len(named) != 1:
        return None
    ((option, chosen),) = named.items()
    polarity: Polarity | None = None
    if not options[1]:
        # "A or nah": yes where the listing states A, no where it states A negated.
        stated = set()
        for it in chosen:
            for clause in re.split(r"[,，;；。.!！?？]", normalize(it.evidence.text)):
                if _option_in(option, clause):
                    stated.add("no" if _NEGATIVE.search(clause.split(option)[0]) else "yes")
        if len(stated) != 1:
            return None
        polarity = "yes" if stated == {"yes"} else "no"
    return _compose_answer(lang, chosen[:2], polarity, asked)


# ---- "how far / 多久 / 多少公斤" with no property named --------------------------------------------
_ASKED_BY_WORD: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (
        re.compile(
            r"多久|多长时间|how long (?:does|do|will|can|would|should|is it good)|"
            r"how many (?:hours|minutes|days|weeks|months)"
        ),
        frozenset({"time"}),
    ),
    (
        re.compile(r"多远|how far|多高|多宽|多厚|多深|how (?:tall|high|wide|thick|deep)"),
        frozenset({"length"}),
    ),
    (re.compile(r"多重|how heavy"), frozenset({"mass"})),
    (re.compile(r"几度|多少度|what temp"), frozenset({"temperature"})),
)


def _quantity_answer(
    q: _Question, items: list[_Item], product: Product, lang: Language
) -> Answer | None:
    """A question that asks an amount of a known kind ("充一次电能玩多久", "how far can the remote
    reach", "最重能调到多少公斤") but names no property the lexicon knows: the one piece of
    evidence that quotes that kind of amount and whose words the question covers."""
    if q.props or q.yes_no:
        return None
    dims = set(_asked_dims(q))
    asking = [(m.start(), m.end()) for m in _ASKED_UNIT.finditer(q.text)]
    for pattern, kinds in _ASKED_BY_WORD:
        for m in pattern.finditer(q.text):
            dims |= kinds
            asking.append((m.start(), m.end()))

    def asks(w: str) -> bool:
        at = q.text.find(w)
        return w in _ASKING or w in _UNIT_SCALE or any(a <= at < b for a, b in asking)

    # The words that name what is measured ("滤芯", "remote"), not how it is asked.
    content = [
        w for w in q.words if not asks(w) and (len(w) >= 2 if not w.isascii() else len(w) >= 3)
    ]
    if not dims or not content:
        return None
    if "time" in dims:
        dims.add("age")  # "6 months", "2年" are read as ages too
    scored: list[tuple[float, _Item]] = []
    for it in items:
        # Attributes and FAQs name what their amount measures; a description clause names
        # many things, so one of its words met is no sign it measures what was asked.
        if it.sku is not None or it.evidence.kind not in ("attribute", "faq"):
            continue
        text = normalize(it.evidence.text)
        if not {x.dim for x in quantities(text)} & dims and not (
            "time" in dims and _DURATION.search(text)
        ):
            continue
        if not _component_ok(q, it) or _names_other_part(q, it) or not _trusted(q, it, product):
            continue
        if _uncovered(q, it, product):
            continue
        target = normalize(it.match_text)
        hit = _word_hit(q, target)
        share = sum(
            1
            for w in content
            # or a Chinese word half of whose characters the label has ("最重" in 重量调节范围)
            if hit(w)
        )
        scored.append((share / len(content), it))
    scored.sort(key=lambda t: -t[0])
    if not scored or scored[0][0] < 0.5:
        return None
    if len(scored) > 1 and scored[1][0] >= scored[0][0] - 0.2:
        return None  # two amounts of that kind fit as well: which one is meant is a guess
    return _compose_answer(lang, [scored[0][1]], None, None)


def _broader_answer(
    q: _Question, items: list[_Item], product: Product, lang: Language, asked: str | None
) -> Answer | None:
    """ "how long is the mat" when the listing gives only its dimensions (尺寸 183×61cm): the
    dimensions answer a length, width or height question, quoted whole."""
    if q.props != {"length"} or q.yes_no:
        return None
    dims = [
        it
        for it in items
        if it.sku is None
        and "size" in it.props
        and it.evidence.kind == "attribute"
        and re.search(r"\d\s*[×x*]\s*\d", normalize(it.evidence.text))
        and _component_ok(q, it)
        and not _names_other_part(q, it)
        and not _uncovered(q, it, product)
    ]
    if len(dims) != 1:
        return None
    return _compose_answer(lang, dims, None, asked)


def _best_lexical(q: _Question, items: list[_Item]) -> _Item | None:
    scored = sorted(
        ((_lexical(q, it), it) for it in items if _component_ok(q, it)),
        key=lambda t: (-t[0], t[1].rank),
    )
    if scored and scored[0][0] >= LEXICAL_THRESHOLD:
        return scored[0][1]
    return None


def _faq_polarity(q: _Question, faq: _Item) -> Polarity | None:
    """A seller's answer leads with its yes or no ("The skirt is lined, so it is not
    see-through": yes): judged on the first clause, not on a "not" in what follows."""
    if not q.yes_no:
        return None
    text = faq.evidence.text
    first = re.split(
        r"[,，;；。.!！?？]|\bso\b|\bbut\b|所以|但是?|不过", normalize(text), maxsplit=1
    )[0]
    lead = _polarity_of_value(first)
    if lead is not None or first.strip() == normalize(text).strip():
        return lead if lead is not None else _polarity_of_value(text)
    # No yes/no word up front: the asked word, stated in the lead clause, affirms it.
    if any(len(w) >= 3 and w.isascii() and re.search(rf"\b{re.escape(w)}", first) for w in q.words):
        return "yes"
    if any(len(w) >= 2 and not w.isascii() and w in first for w in q.words):
        return "yes"
    # "面料是高密锦纶，正常穿着不容易起球": the clause that names what was asked says it.
    cues = [c for p in q.props if p in properties() for c in properties()[p].question_cues]
    stated: set[Polarity] = set()
    for clause in re.split(r"[,，;；。.!！?？]", normalize(text)):
        spans = _cue_spans(clause, cues)
        if spans:
            before = clause[: min(a for a, _ in spans)]
            negated = re.search(
                r"(?:不|没|无|不会|不容易|不易|不太|很少|won't|will not|doesn't|does not|not|never)"
                r"\s*\S{0,3}$",
                before,
            )
            stated.add("no" if negated else "yes")
    if len(stated) == 1:
        return stated.pop()  # clauses that disagree ("手洗，不能机洗") leave it to the whole
    return _polarity_of_value(text)


def _flash_yes_no(items: list[_Item], lang: Language) -> Answer:
    running = [it for it in items if it.evidence.kind == "flash_sale" and it.rank == 0]
    sku_sales = [
        it
        for it in items
        if it.sku is not None and ("秒杀价" in it.evidence.text or "flash sale" in it.evidence.text)
    ]
    upcoming = [it for it in items if it.evidence.kind == "flash_sale" and it.rank == 1]
    price = [it for it in items if it.evidence.kind == "price"]
    if running or sku_sales:
        return _compose_answer(lang, (running or sku_sales)[:MAX_SOURCES], "yes", "flash_sale")
    return _compose_answer(lang, (upcoming or price)[:1], "no", "flash_sale")


def _sku_answer(
    q: _Question,
    named: list[_Item],
    items: list[_Item],
    lang: Language,
    wants_price: bool,
    asked: str | None,
) -> Answer:
    zh = lang == "zh"
    if named == [_NO_SUCH_SKU]:
        options = [it for it in items if it.options]
        listed = "；".join(f"{it.evidence.label}：{it.evidence.text}" for it in options)
        return Answer(
            answer=(
                f"没有这个组合哦。可选的有：{listed}。"
                if zh
                else "No — that combination is not offered. Options: "
                + "; ".join(
                    f"{_label_en(it)}: {', '.join(_value_en(v) for v in it.options)}"
                    for it in options
                )
                + "."
            ),
            answerable=True,
            language=lang,
            sources=[it.evidence for it in options],
            polarity="no",
            asked="stock",
        )
    sources = [it.evidence for it in named[:MAX_SOURCES]]
    if wants_price and not ("stock" in q.props and q.yes_no):
        return _compose_answer(lang, named[:MAX_SOURCES], None, asked or "price")
    available = any(it.sku_available > 0 for it in named)
    labels = "、".join(it.evidence.label for it in named[:MAX_SOURCES])
    if available and re.search(r"几|多少|how many", q.text):
        # "白色还剩几个": the count itself.
        counts = [(it.evidence.label, it.sku_available) for it in named[:MAX_SOURCES]]
        text = (
            "有货，" + "、".join(f"{label}还剩{n}件" for label, n in counts) + "。"
            if zh
            else "Yes — " + ", ".join(f"{n} left of {label}" for label, n in counts) + "."
        )
    elif available:
        # "L码有货吗" when 黑色/L has stock and 奶白/L has none: say which is which.
        shown = named[:MAX_SOURCES]
        have = [it.evidence.label for it in shown if it.sku_available > 0]
        gone = [it.evidence.label for it in shown if it.sku_available <= 0]
        if zh:
            text = f"有货，{'、'.join(have)}还有库存" + (
                f"；{'、'.join(gone)}已售罄。" if gone else "。"
            )
        else:
            text = f"Yes — {', '.join(have)} {'is' if len(have) == 1 else 'are'} in stock" + (
                f"; {', '.join(gone)} {'is' if len(gone) == 1 else 'are'} sold out."
                if gone
                else "."
            )
    else:
        text = (
            f"没有货了，{labels}已售罄。"
            if zh
            else f"No — {', '.join(it.evidence.label for it in named[:3])} is sold out."
        )
    polarity: Polarity = "yes" if available else "no"
    if _ASKS_SOLD_OUT.search(q.text):
        # "pink ones sold out?": the yes/no is about being sold out, the reverse of in stock.
        polarity = "no" if available else "yes"
        lead = {"yes": ("是的，", "Yes — "), "no": ("没有卖完，", "No — ")}[polarity][
            0 if zh else 1
        ]
        text = lead + text.split("，", 1)[1] if zh else lead + text.split(" — ", 1)[1]
    return Answer(
        answer=text,
        answerable=True,
        language=lang,
        sources=sources,
        polarity=polarity,
        asked="stock",
    )


_ASKS_SOLD_OUT = re.compile(r"卖完|售罄|卖光|断货|没货了|sold out|out of stock|gone\b")


_EXISTENCE = re.compile(
    r"有.{0,8}[吗么嘛]|有没有|有木有|有.{0,6}的?[码号色]|come[s]? in|available in|do you have|"
    r"is there|does it have|have it in|in (?:black|white|red|pink|blue|green|grey|gray|size)"
)


_ASKS_WHICH = re.compile(
    r"哪些|几种|哪几|有什么|什么码|多少种|which|what .*(?:options|choices|sizes|colou?rs)|choose|options"
)
_SIZES = re.compile(r"(?<![a-z0-9])(x{0,3}[sml]|[2-5]xl|\d{2,3})(?:码|号)?(?![a-z0-9])")


def _option_answer(q: _Question, items: list[_Item], lang: Language) -> Answer | None:
    """What is on offer (colours, sizes, flavours …): a list, or yes/no for one option."""
    q = replace(q, text=q.variant_text or q.text)
    if q.props & {"price", "stock", "fit", "age", "area"} or q.quantities:
        return None
    q_colours = _colour_concepts(q.text) if "colour" in q.props else set()
    sizes = set(_SIZES.findall(q.text)) if "size" in q.props else set()
    asks = q.yes_no or bool(_EXISTENCE.search(q.text))
    for it in items:
        if not it.options:
            continue
        label = normalize(it.evidence.label)
        label_named = (len(label) >= 2 and label in q.text) or bool(
            set(analyze(label).tokens) and set(analyze(label).tokens) <= set(analyze(q.text).tokens)
        )
        if not (it.props & q.props or label_named):
            continue
        named = [v for v in it.options if _option_named(v, q, q_colours, sizes)]
        sold_out = _sold_out_values(it, items)
        if named and asks:
            if all(v in sold_out for v in named) and _ASKS_AVAILABLE.search(q.text):
                # "有XL吗" when XL is sold out: offered, but not to be had.
                return _option_sold_out(it, named, lang, _first(set(it.props)) or "option")
            return _option_yes_no(it, named, lang, _first(set(it.props)) or "option")
        if named and _ASKS_WHICH.search(q.text):
            return _option_list(it, lang, _first(set(it.props)) or "option", named)
        if asks and ((q_colours and "colour" in it.props) or (sizes and "size" in it.props)):
            # A closed set: a colour or size that is not offered is a no.
            return _option_yes_no(it, [], lang, _first(set(it.props)) or "option")
        if _ASKS_WHICH.search(q.text) and not q.props - it.props - {"colour", "size"}:
            return _option_list(it, lang, _first(set(it.props)) or "option")
    return None


# Asking whether one can have it now, not whether it exists ("有XL吗", "do you have it in
# blue", "is the blue available") — as opposed to "does it come in blue?".
_ASKS_AVAILABLE = re.compile(
    r"有.{0,8}[吗么嘛没]|有没有|还有|有货|现货|买|available|in stock|do you have|can i (?:get|buy)"
)


def _sold_out_values(option_item: _Item, items: list[_Item]) -> set[str]:
    """Values of an option whose every SKU is sold out."""
    name = option_item.evidence.label
    have: dict[str, bool] = {}
    for it in items:
        if it.sku is None or name not in it.sku.attributes:
            continue
        value = it.sku.attributes[name]
        have[value] = have.get(value, False) or it.sku_available > 0
    return {v for v, ok in have.items() if not ok}


def _option_sold_out(item: _Item, named: list[str], lang: Language, asked: str) -> Answer:
    if lang == "zh":
        text = f"没有货了：{item.evidence.label}「{'、'.join(named)}」有这个款，但已售罄。"
    else:
        text = f"No — {', '.join(_value_en(v) for v in named)} is offered but sold out."
    return Answer(
        answer=text,
        answerable=True,
        language=lang,
        sources=[item.evidence],
        polarity="no",
        asked=asked,
    )


def _option_named(value: str, q: _Question, q_colours: set[int], sizes: set[str]) -> bool:
    if sizes and _size_matches(value, sizes):
        return True
    if _value_named(value, q.text, q_colours if q_colours else set()):
        return True
    v = normalize(value)
    for w in q.words:
        core = w.removesuffix("味").removesuffix("的")
        if core and not core.isascii() and core in v and core not in _GENERIC_OPTION_WORDS:
            return True
    return False


_GENERIC_OPTION = "色 款 码 号 颜色 尺码 口味 规格 版本 型号"
_GENERIC_OPTION_WORDS = frozenset(_GENERIC_OPTION.split())


def _size_matches(value: str, sizes: set[str]) -> bool:
    v = normalize(value)
    core = re.sub(r"[（(].*?[)）]", "", v).strip().removesuffix("码").removesuffix("号")
    return core in sizes


def _option_list(
    item: _Item, lang: Language, asked: str, only: Sequence[str] | None = None
) -> Answer:
    values = list(only or item.options)
    if lang == "zh":
        text = f"{item.evidence.label}有：{'、'.join(values)}。"
    else:
        text = f"It comes in: {', '.join(_value_en(v) for v in values)}."
    return Answer(
        answer=text,
        answerable=True,
        language=lang,
        sources=[item.evidence],
        asked=asked,
    )


def _option_yes_no(item: _Item, matches: list[str], lang: Language, asked: str) -> Answer:
    values = list(item.options)
    if lang == "zh":
        listed = "、".join(values)
        text = (
            f"有的，{item.evidence.label}有：{'、'.join(matches)}（全部可选：{listed}）。"
            if matches
            else f"没有哦，{item.evidence.label}只有：{listed}。"
        )
    else:
        listed = ", ".join(_value_en(v) for v in values)
        text = (
            f"Yes — it comes in {', '.join(_value_en(v) for v in matches)} (all options: {listed})."
            if matches
            else f"No — it only comes in {listed}."
        )
    return Answer(
        answer=text,
        answerable=True,
        language=lang,
        sources=[item.evidence],
        polarity="yes" if matches else "no",
        asked=asked,
    )


def _yes_no_polarity(q: _Question, item: _Item) -> Polarity | None:
    props = set(item.props & q.props) or set(item.props)
    text = item.evidence.text
    # "送货上楼吗" against "…不送货上楼": the asked phrase itself, negated in the listing.
    norm = normalize(text)
    for w in q.words:
        if len(w) >= 2 and not w.isascii() and w not in _ASKING:
            at = norm.find(w)
            if at > 0 and re.search(
                r"(?:不|没|无|非|不能|不可|不支持)$", norm[max(0, at - 3) : at]
            ):
                return "no"
    for w in q.words:
        # "能退吗" against "7天内可退换": the asked verb, stated with 可/能/支持 before it.
        if not w.isascii() and w not in _ASKING and w not in _STOP:
            at = norm.find(w)
            window = norm[max(0, at - 4) : at] if at > 0 else ""
            if re.search(r"(?:不|没|无|非|不可|不能)(?:可|能|可以|支持|包)?$", window):
                return "no"
            if re.search(r"(?:可|能|可以|支持|包)$", window):
                return "yes"
    if "price" in props and re.search(r"免费|白送|不要钱|\bfree\b", q.text):
        return "no" if re.search(r"[1-9]", text) else "yes"
    by_qty = _quantity_polarity(q, text, props)
    if by_qty is not None:
        return by_qty
    # The phrase asked about may itself carry a negation ("grain free" = 无谷): judge the
    # value's polarity on what is left once the asked phrase is taken out of it.
    shared = [lexicon().concepts[c] for c in q.concepts & {c.id for c in analyze(text).concepts}]
    if shared:
        rest = normalize(text)
        for concept in shared:
            for term in sorted(concept.zh + concept.en, key=len, reverse=True):
                rest = rest.replace(normalize(term), " ")
        if _polarity_of_value(rest) == "no":
            return "no"
        if not _colour_ids().keys() & {c.id for c in shared} or item.options:
            return "yes"
    value_polarity = _polarity_of_value(text)
    types = {properties()[p].type for p in props if p in properties()}
    if item.evidence.kind == "faq":
        return _faq_polarity(q, item)
    if value_polarity == "no":
        return "no"
    if types & {"cat"} or (item.evidence.kind == "sku" and item.options):
        by_term = _term_polarity(q, text, props)
        if by_term == "yes" or (by_term == "no" and (props & _EXCLUSIVE or item.options)):
            return by_term
    if value_polarity == "yes":
        return "yes"
    if types & {"bool"}:
        return "yes"  # a stated water resistance / fast charging means it has it
    return None


# Properties whose yes/no is the whole question (has it or not): only evidence about them says.
_PREDICATES = frozenset(
    p for p, prop in properties().items() if prop.type == "bool" and p not in {"stock"}
)


def _about(item: _Item, props: set[str]) -> bool:
    """Whether evidence is about one of `props`: typed so, or its text uses one's words."""
    if item.props & props:
        return True
    text = normalize(item.evidence.label + " " + item.evidence.text)
    cues = [c for p in props for c in properties()[p].label_cues + properties()[p].question_cues]
    return bool(_cue_spans(text, cues))


def _property_answer(
    q: _Question,
    candidates: list[tuple[float, _Item]],
    lang: Language,
    asked: str | None,
    product: Product,
) -> Answer:
    if q.yes_no:
        # "is the seat fabric waterproof?": the yes/no is about being waterproof; the fabric's
        # material names the part, it doesn't say whether it keeps rain out.
        predicates = {p for p in q.props if p in _PREDICATES}
        if predicates:
            candidates = [(s, it) for s, it in candidates if _about(it, predicates)]
            if not candidates:
                return refusal(q.text, lang, asked)
    best_score, best = candidates[0]
    chosen = [best]
    for score, it in candidates[1:]:
        if len(chosen) >= 2 or score < best_score - 0.25:
            break
        if it.evidence.text != best.evidence.text:
            chosen.append(it)
    if q.quantities and any(p in _PROP_DIMS for p in q.props):
        # "10公斤的宝宝穿什么码": with per-SKU fits, the SKU whose range holds the quantity.
        fitting = _fitting_options(q, chosen)
        if fitting:
            chosen = fitting
    polarity: Polarity | None = None
    if q.yes_no:
        polarity = _yes_no_polarity(q, best)
        if polarity is not None and "stock" in best.props and _ASKS_SOLD_OUT.search(q.text):
            # "is it sold out?": the yes/no is about being sold out, the reverse of in stock.
            polarity = "no" if polarity == "yes" else "yes"
        if polarity is None:
            # Evidence that neither says yes nor no. A quantity ("耐温180°C" for "can I boil
            # it?") is still the fact the shopper needs: quote it without a yes/no. A text that
            # doesn't name what was asked ("接口: Type-C" for "wireless charging?") says nothing.
            types = {properties()[p].type for p in best.props & q.props if p in properties()}
            if (
                best.evidence.kind == "faq"
                or types & {"info"}
                or (types & {"scalar"} and quantities(best.evidence.text))
            ) and not (best.evidence.kind != "faq" and _uncovered(q, best, product)):
                return _compose_answer(lang, chosen, None, asked)
            return refusal(q.text, lang, asked)
    return _compose_answer(lang, chosen, polarity, asked)


def _fitting_options(q: _Question, chosen: list[_Item]) -> list[_Item]:
    return [it for it in chosen if _quantity_polarity(q, it.evidence.text, set(it.props)) == "yes"]


def refusal(question: str, lang: Language, asked: str | None = None) -> Answer:
    """ "The product's data doesn't say" — with an offer to ask the seller."""
    if asked is None:
        found = question_properties(question)
        asked = _first(found)
    prop = properties().get(asked) if asked else None
    if lang == "zh":
        about = f"「{prop.zh}」的信息" if prop else "相关信息"
        text = f"抱歉，商品信息里没有{about}，我不确定，不乱说。要我帮你问问商家吗？"
    else:
        about = f"the {prop.en}" if prop else "that"
        text = (
            f"Sorry, the product details don't mention {about}, so I don't know and won't guess. "
            "Shall I ask the seller for you?"
        )
    return Answer(answer=text, answerable=False, language=lang, sources=[], asked=asked)


# ---- composing answers -------------------------------------------------------------------------
_UNITS_EN = [
    (r"(\d+(?:\.\d+)?)\s*小时", r"\1 hours"),
    (r"(\d+(?:\.\d+)?)\s*分钟", r"\1 minutes"),
    (r"(\d+(?:\.\d+)?)\s*个月", r"\1 months"),
    (r"(\d+(?:\.\d+)?)\s*天", r"\1 days"),
    (r"(\d+(?:\.\d+)?)\s*年", r"\1 years"),
    (r"(\d+(?:\.\d+)?)\s*岁", r"\1 years old"),
    (r"(\d+(?:\.\d+)?)\s*克", r"\1 g"),
    (r"(\d+(?:\.\d+)?)\s*毫升", r"\1 ml"),
    (r"(\d+(?:\.\d+)?)\s*公斤", r"\1 kg"),
    (r"(\d+(?:\.\d+)?)\s*千克", r"\1 kg"),
    (r"(\d+(?:\.\d+)?)\s*斤", r"\1 jin (500 g)"),
    (r"(\d+(?:\.\d+)?)\s*厘米", r"\1 cm"),
    (r"(\d+(?:\.\d+)?)\s*毫米", r"\1 mm"),
    (r"(\d+(?:\.\d+)?)\s*米", r"\1 m"),
    (r"(\d+(?:\.\d+)?)\s*升", r"\1 L"),
    (r"(\d+(?:\.\d+)?)\s*瓦", r"\1 W"),
    (r"(\d+(?:\.\d+)?)\s*寸", r"\1 inch"),
    (r"(\d+(?:\.\d+)?)\s*件", r"\1 pcs"),
    (r"(\d+(?:\.\d+)?)\s*个", r"\1 pcs"),
    (r"(\d+(?:\.\d+)?)\s*片", r"\1 pcs"),
    (r"(\d+(?:\.\d+)?)\s*人", r"\1 people"),
    (r"包邮", "free shipping"),
    (r"内发货", " to ship"),
    (r"以下", " or less"),
    (r"以内", " or less"),
    (r"以上", " or more"),
    (r"约", "about "),
    (r"[，、；]", ", "),
    (r"[（]", " ("),
    (r"[）]", ")"),
    (r"[：]", ": "),
    (r"[～~—]", "-"),
    (r"起", " and up"),
]


def english_gloss(text: str) -> str | None:
    """A rough English reading of a Chinese value (units and lexicon terms), or None."""
    if not re.search(r"[\u3400-\u9fff]", text):
        return None
    gloss = text
    for pattern, repl in _UNITS_EN:
        gloss = re.sub(pattern, repl, gloss)
    if re.search(r"[\u3400-\u9fff]", gloss):
        concepts = analyze(text).concepts
        for c in sorted(concepts, key=lambda c: -max(len(z) for z in c.zh)):
            for term in sorted(c.zh, key=len, reverse=True):
                if term in gloss:
                    gloss = gloss.replace(term, f" {c.en[0]} ")
        gloss = re.sub(r"\s+", " ", gloss).strip()
    if re.search(r"[\u3400-\u9fff]", gloss):
        return None
    return gloss


def _value_en(text: str, *, cite: bool = False) -> str:
    """A value for an English answer: its English reading, or the listing's own words quoted.
    With `cite`, a reading that translated words (not just units) keeps the listing's words
    after it in quotes, so the shopper can check it against the listing."""
    if not re.search(r"[\u3400-\u9fff]", text):
        return text.replace("、", ", ")  # "Ruby Red、Nude Rose": a list, in English commas
    gloss = english_gloss(text)
    if gloss:
        units_only = text
        for pattern, repl in _UNITS_EN:
            units_only = re.sub(pattern, repl, units_only)
        if cite and re.search(r"[\u3400-\u9fff]", units_only):
            return f"{gloss} (“{text}”)"
        return gloss
    return f"“{text}” (as the listing says)"


def _label_en(item: _Item) -> str:
    ev = item.evidence
    if ev.kind == "sku" and item.sku is not None:
        return "option " + _value_en(ev.label)
    if ev.label.isascii():
        return ev.label
    for p in sorted(item.props):
        prop = properties().get(p)
        if prop is not None:
            return prop.en
    # A label the lexicon doesn't know: the listing's own word, with the dictionary's reading.
    reading = english_reading(ev.label, senses=1, limit=6)
    return f"{ev.label} ({reading})" if reading else ev.label


def _zh_lead(polarity: Polarity | None, asked: str | None) -> str:
    """The yes/no in front of a Chinese answer, worded for what was asked."""
    if polarity is None:
        return ""
    if asked in ("stock", "flash_sale", "included", "gift", "warranty", "invoice"):
        return "有的。" if polarity == "yes" else "没有。"
    if asked in ("waterproof", "foldable", "microwave", "induction", "compatibility", "flight"):
        return "可以。" if polarity == "yes" else "不行哦。"
    return "是的。" if polarity == "yes" else "不是哦。"


def _compose_answer(
    lang: Language, chosen: list[_Item], polarity: Polarity | None, asked: str | None
) -> Answer:
    parts: list[str] = []
    for it in chosen:
        ev = it.evidence
        if ev.kind == "faq":
            parts.append(
                ("商家答复：" + ev.text)
                if lang == "zh"
                else "the seller says: " + _value_en(ev.text)
            )
        elif ev.kind == "return_policy":
            parts.append(ev.text)
        elif ev.kind == "description":
            parts.append(
                ("商品描述里写着：" + ev.text)
                if lang == "zh"
                else "the description says: " + _value_en(ev.text)
            )
        elif lang == "zh":
            parts.append(f"{ev.label}：{ev.text}")
        else:
            parts.append(f"{_label_en(it)}: {_value_en(ev.text, cite=ev.kind != 'sku')}")
    # Seller-written parts often end with their own full stop; don't double it.
    parts = [p.rstrip("。.；;，, ") for p in parts]
    if lang == "zh":
        lead = _zh_lead(polarity, asked)
        text = lead + "根据商品信息，" + "；".join(parts) + "。"
    else:
        lead = {"yes": "Yes. ", "no": "No. ", None: ""}[polarity]
        text = lead + "According to the product details — " + "; ".join(parts) + "."
    return Answer(
        answer=text,
        answerable=True,
        language=lang,
        sources=[c.evidence for c in chosen],
        polarity=polarity,
        asked=asked,
    )


def format_price(value: Decimal) -> str:
    return f"¥{value}"
