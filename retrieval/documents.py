"""What gets indexed for a product, and the hashes that tell when it changed.

The embedded text is deliberate and short (a 128-token model window): title, the other
language's names for what the product is (from the lexicon, so an English-only model can place a
Chinese listing), brand, category path, key attributes, SKU options, tags and creator. The
free-text description is *not* embedded (sellers pad it with keywords and boilerplate); a short
prefix of it goes into BM25 only.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from catalog.model import Product
from retrieval.dictionary import english_reading
from retrieval.lexical import pinyin_for_document
from retrieval.text import Analysis, Concept, analyze, cjk_ratio, translations
from retrieval.types import Language

INDEX_FORMAT = 5  # bump when what is indexed changes: every product is re-hashed (not re-embedded
# unless its embedding text changed)
MAX_ATTRIBUTES = 8
DESCRIPTION_CHARS = 200
READING_WORDS = 20  # dictionary senses embedded for a Chinese listing


@dataclass(frozen=True, slots=True)
class ProductDocument:
    product_id: str
    embedding_text: str
    tokens: list[str]
    zh_ratio: float  # how Chinese the product's text is (0 = English)
    text_hash: str  # over the embedding text: a change means re-embedding
    content_hash: str  # over everything indexed: embedding text, BM25 tokens, filterable fields


def sku_options(product: Product) -> dict[str, list[str]]:
    """SKU attribute name → distinct values, in SKU order ("颜色" → ["黑色", "白色"])."""
    options: dict[str, list[str]] = {}
    for sku in product.active_skus:
        for name, value in sku.attributes.items():
            values = options.setdefault(name, [])
            if value not in values:
                values.append(value)
    return options


def _hash(payload: object) -> str:
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.blake2b(raw.encode("utf-8"), digest_size=16).hexdigest()


def build_document(
    product: Product, creator_name: str | None = None, *, english_only: bool = False
) -> ProductDocument:
    """The embedding text, BM25 tokens and hashes for one product.

    `english_only` (the bundled MiniLM): the embedded text keeps what such a model can read —
    Latin-script words and the English names of the lexicon concepts — and drops Chinese
    characters, which it sees as noise and which cost a token each (a Chinese listing would
    otherwise spend the whole window, and the indexing time, on them).
    """
    attrs = list(product.attributes.items())[:MAX_ATTRIBUTES]
    options = sku_options(product)
    category = " > ".join(product.category_path)
    core = " ".join(
        [
            product.title,
            product.brand or "",
            " ".join(product.category_path),
            " ".join(product.tags),
        ]
    )
    core_analysis = analyze(core)
    zh_ratio = cjk_ratio(product.title + " ".join(product.tags))
    other_language: Language = "en" if zh_ratio >= 0.5 else "zh"
    other_terms = translations(core_analysis.concepts, other_language)

    lines = [product.title]
    if other_terms:
        lines.append(" / ".join(other_terms[:12]))
    if product.brand:
        lines.append(f"Brand: {product.brand}")
    lines.append(f"Category: {category}")
    if attrs:
        lines.append("; ".join(f"{k}: {v}" for k, v in attrs))
    if options:
        lines.append("; ".join(f"{k}: {', '.join(v)}" for k, v in options.items()))
    if product.tags:
        lines.append("Tags: " + ", ".join(product.tags))
    if creator_name:
        lines.append(f"Creator: {creator_name}")
    embedding_text = "\n".join(lines)
    if english_only:
        embedding_text = _english_view(product, core_analysis, attrs, options) or product.title

    # Title tokens count twice: the title is what a listing is about.
    rest = " ".join(
        [
            product.brand or "",
            " ".join(product.category_path),
            " ".join(f"{k} {v}" for k, v in product.attributes.items()),
            " ".join(v for values in options.values() for v in values),
            " ".join(product.tags),
            creator_name or "",
            (product.description or "")[:DESCRIPTION_CHARS],
        ]
    )
    title_analysis = analyze(product.title)
    rest_analysis = analyze(rest)
    merged = Analysis(
        tokens=title_analysis.tokens * 2 + rest_analysis.tokens,
        concepts=_unique(title_analysis.concepts + core_analysis.concepts + rest_analysis.concepts),
    )
    tokens = merged.tokens + [c.token for c in merged.concepts]
    # Title concepts twice as well, so "earbuds" ranks earbuds above an earbud case.
    tokens += [c.token for c in title_analysis.concepts]
    # The dictionary's English for a Chinese listing, once, so an English shopper's words meet
    # it in BM25 too ("foot bath" → 足浴盆).
    tokens += analyze(_reading(product)).tokens
    # Pinyin syllable pairs of what the listing is (title, category, tags, brand), so
    # homophone typos (蓝芽耳机) and typed pinyin (lanya erji) still meet it.
    tokens += pinyin_for_document(
        [
            product.title,
            " ".join(product.category_path),
            " ".join(product.tags),
            product.brand or "",
        ]
    )

    filterable = filterable_fields(product)
    text_hash = _hash(embedding_text)
    content_hash = _hash([INDEX_FORMAT, text_hash, tokens, filterable])
    return ProductDocument(
        product_id=product.id,
        embedding_text=embedding_text,
        tokens=tokens,
        zh_ratio=zh_ratio,
        text_hash=text_hash,
        content_hash=content_hash,
    )


_LATIN_RUN = re.compile(r"[A-Za-z0-9][A-Za-z0-9 '&+.,%/:-]*[A-Za-z0-9%]|[A-Za-z0-9]")


def _latin(text: str) -> str:
    return " ".join(m.group(0) for m in _LATIN_RUN.finditer(text))


def _english_view(
    product: Product,
    core: Analysis,
    attrs: list[tuple[str, str]],
    options: dict[str, list[str]],
) -> str:
    parts = [_latin(product.title), " / ".join(translations(core.concepts, "en")[:10])]
    # The dictionary's English for what the listing is, beyond the lexicon's concepts.
    parts.append(_reading(product))
    if product.brand:
        parts.append(_latin(product.brand))
    parts.append(" > ".join(p for p in (_latin(c) for c in product.category_path) if p))
    attr_text = "; ".join(
        f"{_latin(k)}: {_latin(v)}" for k, v in attrs[:4] if _latin(k) and _latin(v)
    )
    parts.append(attr_text)
    colours = [
        t for v in options.values() for t in translations(analyze(" ".join(v)).concepts, "en")
    ]
    parts.append(", ".join(dict.fromkeys(colours)))
    return "\n".join(p for p in parts if p.strip())


def _reading(product: Product) -> str:
    """English senses of a Chinese listing's title, category and tags ("" for English ones)."""
    text = " ".join([product.title, " ".join(product.category_path[-2:]), " ".join(product.tags)])
    if cjk_ratio(text) < 0.5:
        return ""
    return english_reading(text, senses=2, limit=READING_WORDS)


def filterable_fields(product: Product) -> Mapping[str, object]:
    """Fields search filters on; stored as Chroma metadata and covered by the content hash."""
    return {
        "price": float(product.price),
        "category": product.category,
        "creator_id": product.creator_id or "",
        "stock": product.stock,
        "status": product.status.value,
    }


def _unique(items: list[Concept]) -> list[Concept]:
    seen: dict[int, Concept] = {}
    for item in items:
        seen.setdefault(item.id, item)
    return list(seen.values())
