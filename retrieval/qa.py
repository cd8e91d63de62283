"""Product Q&A: answer from the product's own data, or say so and offer to ask the seller.

Every fact in an answer is quoted from one evidence item (an attribute, the SKU options, a
seller FAQ, shipping, return policy, price or a running flash sale). Evidence is scored against
the question by

* intents from a bilingual intent lexicon (`lexicons/qa_intents.tsv`): "how long does the battery
  last" and attribute `续航` both carry *battery*; "能防水吗" and FAQ `是否防水` both carry
  *waterproof*;
* lexical overlap (jieba words, lexicon concepts, Chinese character bigrams) between the question
  and the evidence label (for FAQs, the seller's question).

Below a calibrated threshold the answer is a refusal: the product's data does not say, so it
never guesses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

from catalog.model import FlashSale, Product
from catalog.pricing import best_offer, quote_line, upcoming_sales
from retrieval.documents import sku_options
from retrieval.text import Analysis, Concept, analyze, detect_language, lexicon, normalize
from retrieval.types import Answer, Evidence, Language

INTENTS_PATH = Path(__file__).parent / "lexicons" / "qa_intents.tsv"

# Evidence score = intent match (1) + weighted coverage of the question's content words, of the
# evidence label's words, and of the question's Chinese characters. Weights and threshold were
# set on eval/sample/qa.jsonl and checked on eval/holdout/qa.jsonl.
W_COVERAGE = 0.8
W_LABEL = 0.4
W_CHARS = 0.5
W_MISSING = 0.3
ANSWER_THRESHOLD = 0.75
# Without a clock, no flash sale is considered running (a moment before any sale).
_NO_SALE_TIME = datetime(1900, 1, 1, tzinfo=UTC)
RETURN_POLICIES = {
    "7day_no_reason": ("支持7天无理由退货", "7-day no-reason returns"),
    "no_return": ("该商品不支持退货", "this item cannot be returned"),
}


@dataclass(frozen=True, slots=True)
class Intent:
    id: str
    zh: str
    en: str
    question_cues: tuple[str, ...]
    label_cues: tuple[str, ...]
    kinds: tuple[str, ...]


@cache
def intents() -> list[Intent]:
    out: list[Intent] = []
    for line in INTENTS_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 6
        out.append(
            Intent(
                id=cols[0],
                zh=cols[1],
                en=cols[2],
                question_cues=_split(cols[3]),
                label_cues=_split(cols[4]),
                kinds=_split(cols[5]),
            )
        )
    return out


def _split(col: str) -> tuple[str, ...]:
    return tuple(normalize(c.strip()) for c in col.split("|") if c.strip())


def _has_cue(text: str, cue: str) -> bool:
    if cue.isascii():
        # English cues match whole words, allowing inflections (swim → swimming, charge → charged).
        pattern = rf"(?<![a-z0-9]){re.escape(cue)}(?:s|es|d|ed|ing|ming|ning)?(?![a-z0-9])"
        return re.search(pattern, text) is not None
    return cue in text


def question_intents(question: str) -> set[str]:
    q = normalize(question)
    return {i.id for i in intents() if any(_has_cue(q, c) for c in i.question_cues)}


def label_intents(label: str, kind: str) -> set[str]:
    text = normalize(label)
    return {
        i.id for i in intents() if kind in i.kinds or any(_has_cue(text, c) for c in i.label_cues)
    }


@dataclass(frozen=True, slots=True)
class _Item:
    evidence: Evidence
    match_text: str  # what the question is compared with (label; FAQ question)
    intents: frozenset[str]
    value_intents: frozenset[str]
    label_tokens: frozenset[str]
    tokens: frozenset[str]
    chars: frozenset[str]
    sku_units: tuple[frozenset[str], ...] = ()  # per SKU attribute value, for SKU price items


def evidence_items(
    product: Product, sales: Iterable[FlashSale] = (), now: datetime | None = None
) -> list[Evidence]:
    """Every piece of the product's own data that an answer may quote."""
    return [item.evidence for item in _items(product, sales, now)]


def _items(product: Product, sales: Iterable[FlashSale], now: datetime | None) -> list[_Item]:
    raw: list[tuple[Evidence, str]] = []
    for name, value in product.attributes.items():
        raw.append((Evidence("attribute", name, value), name))
    for name, values in sku_options(product).items():
        raw.append((Evidence("sku", name, "、".join(values)), name))
    for faq in product.faqs:
        raw.append((Evidence("faq", f"FAQ: {faq.q}", faq.a), faq.q))
    if product.shipping:
        raw.append((Evidence("shipping", "发货", product.shipping), "发货 运费 shipping"))
    policy = RETURN_POLICIES.get(product.return_policy, (product.return_policy,) * 2)
    raw.append((Evidence("return_policy", "退换货", policy[0]), "退货 退换 return"))
    if product.brand:
        raw.append((Evidence("field", "品牌", product.brand), "品牌 brand"))
    raw.append(
        (
            Evidence(
                "field",
                "库存",
                f"有货（{product.available}件）" if product.available else "暂时缺货",
            ),
            "库存 stock",
        )
    )
    sale_list = [s for s in sales if s.product_id == product.id]
    # Prices come from the one pricing function, exactly as the product's card shows them.
    at = now if now is not None else _NO_SALE_TIME
    offer = best_offer(product, sales=sale_list, now=at)
    price_text = f"¥{offer.price}"
    if offer.compare_at is not None:
        price_text += f"（原价¥{offer.compare_at}）"
    if now is not None:
        running = offer.flash_sale
        if running is not None:
            price_text += "（秒杀价）"
            raw.append(
                (
                    Evidence(
                        "flash_sale",
                        "秒杀",
                        f"¥{offer.price}，{running.ends_at.isoformat(timespec='minutes')}结束",
                    ),
                    "秒杀 flash sale",
                )
            )
        else:
            upcoming = upcoming_sales(sale_list, product.id, now)
            if upcoming:
                s = upcoming[0]
                raw.append(
                    (
                        Evidence(
                            "flash_sale",
                            "秒杀预告",
                            f"¥{s.price}，{s.starts_at.isoformat(timespec='minutes')}开始",
                        ),
                        "秒杀 flash sale",
                    )
                )
    raw.append((Evidence("price", "价格", price_text), "价格 price"))
    sku_items: list[_Item] = []
    for sku in product.active_skus:
        quote = quote_line(product, sku_id=sku.id, sales=sale_list, now=at)
        sku_price = f"¥{quote.unit_price}"
        if quote.flash_sale is not None:
            sku_price += f"（秒杀价，原价¥{quote.regular_price}）"
        stock = "" if quote.available else "，暂时缺货"
        sku_items.append(
            replace(
                _make_item(Evidence("sku", sku.label, sku_price + stock), "价格 price"),
                sku_units=tuple(_mention_units(v) for v in sku.attributes.values()),
            )
        )
    return [_make_item(ev, match_text) for ev, match_text in raw] + sku_items


_MENTION = re.compile(r"\d+(?:\.\d+)?|[a-z]+|[\u3400-\u9fff]")


_UNIT_WORDS = {"毫升": "ml", "公斤": "kg", "千克": "kg", "克": "g", "升": "l", "约": "", "款": ""}


def _mention_units(text: str) -> frozenset[str]:
    text = normalize(text)
    for word, unit in _UNIT_WORDS.items():
        text = text.replace(word, unit)
    return frozenset(u for u in _MENTION.findall(text) if u not in _STOP_CHARS)


def _sku_mention(q: _Question, item: _Item) -> float:
    """How well the question names this SKU: best share of one attribute value's units."""
    asked = _mention_units(q.text)
    return max((len(u & asked) / len(u) for u in item.sku_units if u), default=0.0)


def _make_item(ev: Evidence, match_text: str) -> _Item:
    intents_ = set(label_intents(match_text, ev.kind))
    if ev.kind == "faq":
        # A seller's FAQ is itself a question: read it the way a shopper's question is read.
        intents_ |= question_intents(match_text)
    label = analyze(match_text)
    body = analyze(ev.text)
    return _Item(
        evidence=ev,
        match_text=match_text,
        intents=frozenset(intents_),
        value_intents=frozenset(label_intents(ev.text, "")),
        label_tokens=frozenset(_content(label)),
        tokens=frozenset(_content(label) | _content(body)),
        chars=frozenset(_CJK_CHAR.findall(normalize(match_text + ev.text))),
    )


_CJK_CHAR = re.compile(r"[\u3400-\u9fff]")
_FILLER_WORDS = (
    "支持 可以 能不能 能否 能 吗 多少 多久 怎么 怎么办 什么 怎么样 是不是 会不会 有没有 这个 这款 "
    "那款 这 那 哪 哪些 哪个 几 呢 啊 么 还是 的 了 会 是 有 吧 请问 一下 一个 我 你 它 买 要 "
    "will this that my does do is are it can could i what how which there the a an have has "
    "any with on in for of you your get me be to at if its they them come comes"
)
_FILLER = frozenset(_FILLER_WORDS.split())
_STOP_CHARS = frozenset("的了吗呢吧啊呀是有要能会可以不么什怎多少这那个一我你它请问还")


def _content(analysis: Analysis) -> set[str]:
    tokens = {t for t in analysis.tokens if t not in _FILLER}
    return tokens | {c.token for c in analysis.concepts}


@dataclass(frozen=True, slots=True)
class _Question:
    text: str
    intents: set[str]
    units: list[tuple[str, frozenset[str]]]  # content word → its lexicon concept tokens
    chars: set[str]  # content Chinese characters


def _question(question: str, product: Product) -> _Question:
    """The question's content words, minus words that just name the product itself
    ("这个充电宝…", "is this mat…"): they match everything about it and decide nothing."""
    lex = lexicon()
    analysis = analyze(question)
    own_analysis = analyze(" ".join(product.category_path))
    own = set(own_analysis.tokens)
    own_concepts = {c.token for c in own_analysis.concepts}
    words = [t for t in dict.fromkeys(analysis.tokens) if t not in _FILLER]
    units = []
    for word in words:
        concepts = frozenset(
            c.token for c in (lex.zh_terms.get(word) or lex.en_terms.get((word,)) or [])
        )
        if word in own or concepts & own_concepts:
            continue
        units.append((word, concepts))
    kept = [w for w, _ in units]
    chars = {ch for t in kept for ch in _CJK_CHAR.findall(t) if ch not in _STOP_CHARS}
    return _Question(normalize(question), question_intents(question), units, chars)


def _score(q: _Question, item: _Item) -> float:
    intent = 0.0
    if q.intents & item.intents:
        intent = 1.0
    elif item.evidence.kind in ("attribute", "faq", "shipping") and q.intents & item.value_intents:
        intent = 0.3
    if item.sku_units:
        return 0.0  # a SKU's own price only answers when the question names that SKU (below)
    covered = sum(1 for word, concepts in q.units if word in item.tokens or concepts & item.tokens)
    coverage = covered / len(q.units) if q.units else 0.0
    # A shopping term the evidence never mentions ("无线" in "支持无线充电吗" against a wired
    # charger) means the evidence is about something else, however much else overlaps.
    missing_terms = (
        sum(
            1
            for word, concepts in q.units
            if concepts and not (word in item.tokens or concepts & item.tokens)
        )
        if intent == 0.0
        else 0
    )
    q_words = {w for w, _ in q.units} | {c for _, cs in q.units for c in cs}
    label = len(item.label_tokens & q_words) / len(item.label_tokens) if item.label_tokens else 0.0
    chars = len(q.chars & item.chars) / len(q.chars) if q.chars else 0.0
    # SKU options are what can actually be bought: they win a tie with a descriptive attribute.
    bonus = 0.05 if item.evidence.kind == "sku" else 0.0
    return (
        intent
        + W_COVERAGE * coverage
        + W_LABEL * label
        + W_CHARS * chars
        + bonus
        - W_MISSING * min(missing_terms, 2)
    )


def _ranked(
    product: Product, question: str, sales: Sequence[FlashSale], now: datetime | None
) -> tuple[set[str], list[tuple[float, _Item]]]:
    items = _items(product, sales, now)
    q = _question(question, product)
    scores = [_score(q, it) for it in items]
    if q.intents & {"price", "flash_sale"}:
        # "粉色那款多少钱", "12G内存的版本多少钱": the price of the SKU the question names.
        mentions = [(_sku_mention(q, it), i) for i, it in enumerate(items) if it.sku_units]
        mentions.sort(reverse=True)
        if (
            mentions
            and mentions[0][0] >= 0.5
            and (len(mentions) == 1 or mentions[0][0] > mentions[1][0])
        ):
            best = mentions[0][1]
            scores[best] = max(*scores, ANSWER_THRESHOLD) + 0.5
    scored = sorted(((scores[i], i, it) for i, it in enumerate(items)), key=lambda t: (-t[0], t[1]))
    return q.intents, [(s, it) for s, _, it in scored]


def ranked_evidence(
    product: Product,
    question: str,
    *,
    sales: Sequence[FlashSale] = (),
    now: datetime | None = None,
) -> list[tuple[float, Evidence]]:
    """The product's evidence items scored against the question, best first."""
    return [(s, it.evidence) for s, it in _ranked(product, question, sales, now)[1]]


def answer_question(
    product: Product,
    question: str,
    *,
    sales: Sequence[FlashSale] = (),
    now: datetime | None = None,
    language: Language | None = None,
) -> Answer:
    """Answer `question` about `product` from its own data, in the question's language."""
    lang: Language = language or detect_language(question, "zh")
    q_intents, scored = _ranked(product, question, sales, now)
    if not scored or scored[0][0] < ANSWER_THRESHOLD:
        return refusal(question, lang, q_intents)
    best_score, best = scored[0]
    chosen = [best]
    # A second item on the same topic (e.g. attribute 尺码 and the SKU sizes) completes the answer.
    for score, item in scored[1:3]:
        if (
            score >= ANSWER_THRESHOLD
            and score >= best_score - 0.25
            and (item.intents & best.intents & q_intents)
        ):
            chosen.append(item)
    # "有45码吗" / "does it come in black?": the SKU options answer it, whatever ranked first.
    options = [it for _, it in scored if it.evidence.kind == "sku" and not it.sku_units]
    option_item = next((it for it in options if it.intents & {"colour", "size"}), None)
    asks_price = bool(q_intents & {"price", "flash_sale"})
    if (
        option_item is not None
        and not asks_price
        and _EXISTENCE.search(normalize(question))
        and _option_answer(question, lang, [option_item])
    ):
        chosen = [option_item]
    sources = [c.evidence for c in chosen]
    option_answer = _option_answer(question, lang, chosen)
    text = option_answer or _compose(lang, sources)
    return Answer(answer=text, answerable=True, language=lang, sources=sources)


def refusal(question: str, lang: Language, q_intents: set[str] | None = None) -> Answer:
    """ "The product's data doesn't say" — with an offer to ask the seller."""
    topic_ids = q_intents if q_intents is not None else question_intents(question)
    topics = [i for i in intents() if i.id in topic_ids]
    if lang == "zh":
        about = f"「{topics[0].zh}」的信息" if topics else "相关信息"
        text = f"抱歉，商品信息里没有{about}，我不确定，不乱说。要我帮你问问商家吗？"
    else:
        about = f"the {topics[0].en}" if topics else "that"
        text = (
            f"Sorry, the product details don't mention {about}, so I don't know and won't guess. "
            "Shall I ask the seller for you?"
        )
    return Answer(answer=text, answerable=False, language=lang, sources=[])


# ---- composing answers ------------------------------------------------------------------------
_UNITS_EN = [
    (r"(\d+(?:\.\d+)?)\s*小时", r"\1 hours"),
    (r"(\d+(?:\.\d+)?)\s*分钟", r"\1 minutes"),
    (r"(\d+(?:\.\d+)?)\s*个月", r"\1 months"),
    (r"(\d+(?:\.\d+)?)\s*天", r"\1 days"),
    (r"(\d+(?:\.\d+)?)\s*年", r"\1 years"),
    (r"(\d+(?:\.\d+)?)\s*克", r"\1 g"),
    (r"(\d+(?:\.\d+)?)\s*毫升", r"\1 ml"),
    (r"(\d+(?:\.\d+)?)\s*公斤", r"\1 kg"),
    (r"包邮", "free shipping"),
    (r"内发货", " to ship"),
]


def english_gloss(text: str) -> str | None:
    """A rough English reading of a Chinese value (units and lexicon terms), or None."""
    if not re.search(r"[\u3400-\u9fff]", text):
        return None
    gloss = text
    for pattern, repl in _UNITS_EN:
        gloss = re.sub(pattern, repl, gloss)
    terms = [c.en[0] for c in analyze(text).concepts]
    if re.search(r"[\u3400-\u9fff]", gloss):
        return ", ".join(dict.fromkeys(terms)) if terms else None
    return gloss


def _value(text: str, lang: Language) -> str:
    if lang == "en":
        gloss = english_gloss(text)
        if gloss and gloss != text:
            return f"{text} ({gloss})"
    return text


def _compose(lang: Language, sources: list[Evidence]) -> str:
    parts: list[str] = []
    for ev in sources:
        if ev.kind == "faq":
            parts.append(
                ("商家答复：" if lang == "zh" else "The seller says: ") + _value(ev.text, lang)
            )
        elif ev.kind == "return_policy":
            policy = next((v for v in RETURN_POLICIES.values() if v[0] == ev.text), None)
            parts.append(policy[1] if (policy and lang == "en") else ev.text)
        elif lang == "zh":
            parts.append(f"{ev.label}：{ev.text}")
        else:
            parts.append(f"{_label_en(ev)}: {_value(ev.text, lang)}")
    # Seller-written parts often end with their own full stop; don't double it.
    parts = [p.rstrip("。.；;，, ") for p in parts]
    if lang == "zh":
        return "根据商品信息，" + "；".join(parts) + "。"
    return "According to the product details — " + "; ".join(parts) + "."


def _label_en(ev: Evidence) -> str:
    ids = label_intents(ev.label, ev.kind)
    for intent in intents():
        if intent.id in ids:
            return f"{intent.en} ({ev.label})" if not ev.label.isascii() else ev.label
    return ev.label


def _option_answer(question: str, lang: Language, chosen: list[_Item]) -> str | None:
    """Yes/no for "does it come in black?" / "有XL吗" against SKU options or an attribute."""
    item = next((c for c in chosen if c.evidence.kind in ("sku", "attribute")), None)
    if item is None or not item.intents & {"colour", "size"}:
        return None
    values = [v.strip() for v in re.split(r"[、,，/;；]", item.evidence.text) if v.strip()]
    q = normalize(question)
    if "colour" in item.intents:
        asked = {c.id for c in analyze(q).concepts if _is_colour(c)}
        if not asked:
            return None
        matches = [v for v in values if asked & {c.id for c in analyze(v).concepts}]
    else:
        sizes = set(re.findall(r"(?<![a-z0-9])(x{0,3}[sml]|[2-5]xl|\d{2,3})(?![a-z0-9])", q))
        if not sizes:
            return None
        matches = [v for v in values if normalize(v) in sizes]
    listed = "、".join(values) if lang == "zh" else ", ".join(_value(v, lang) for v in values)
    if matches:
        got = "、".join(matches) if lang == "zh" else ", ".join(_value(v, lang) for v in matches)
        return (
            f"有的，{item.evidence.label}有：{got}（全部可选：{listed}）。"
            if lang == "zh"
            else f"Yes — it comes in {got} (all options: {listed})."
        )
    return (
        f"没有哦，{item.evidence.label}只有：{listed}。"
        if lang == "zh"
        else f"No — it only comes in {listed}."
    )


# "有45码吗", "有没有蓝色", "does it come in black": asking whether an option exists.
_EXISTENCE = re.compile(
    r"有.{0,8}[吗么嘛]|有没有|有木有|come[s]? in|available in|do you have|is there|"
    r"does it have|in (?:black|white|red|pink|blue|green|grey|gray|size)"
)
_COLOUR_WORDS = "黑白红粉蓝绿黄紫灰棕米橙金银透"


def _is_colour(concept: Concept) -> bool:
    head = concept.zh[0]
    return (head.endswith("色") and head[:1] in _COLOUR_WORDS) or head == "透明"


def format_price(value: Decimal) -> str:
    return f"¥{value}"
