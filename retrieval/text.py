"""Text handling shared by indexing, query parsing and Q&A.

* language detection (zh / en) by script,
* a tokenizer: jieba (search mode) for Chinese runs, a normalising tokenizer for Latin runs
  (lower case, punctuation stripped, plurals folded),
* the bilingual lexicon (`lexicons/lexicon.tsv`): every term maps to one or more *concepts*; a concept
  becomes an extra BM25 token (``§<n>``) on both the product and the query side, so "wireless
  earbuds" and "无线耳机" meet on the same tokens, and the other language's words are added to the
  text that is embedded.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jieba

from retrieval.types import Language

LEXICON_PATH = Path(__file__).parent / "lexicons" / "lexicon.tsv"
NEEDS_PATH = Path(__file__).parent / "lexicons" / "needs.tsv"

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z0-9][A-Za-z0-9'+.\-]*")
_EN_STOP_WORDS = (
    "a an the and or of for to in on with by at from is are be it its this that these those i "
    "me my we you your our do does can could would should will any some want need looking "
    "look find show get buy please recommend recommendation good best nice something one ones "
    "what which who how about have has there as"
)
_ZH_STOP_WORDS = (
    "的 了 吗 呢 吧 啊 呀 是 有 要 想 找 买 给 我 你 他 她 它 们 个 款 点 一下 一个 一款 什么 哪些 哪个 "
    "推荐 有没有 有没 没有 可以 能 请 帮 帮我 这 那 和 与 及 或 也 都 很 还 就 在 里 上 下"
)
_EN_STOP = frozenset(_EN_STOP_WORDS.split())
_ZH_STOP = frozenset(_ZH_STOP_WORDS.split())


def detect_language(text: str, default: Language = "zh") -> Language:
    """`zh` when the text has Chinese characters, `en` when it only has Latin letters."""
    if _CJK.search(text):
        return "zh"
    if _LATIN.search(text):
        return "en"
    return default


def cjk_ratio(text: str) -> float:
    """Share of letters that are Chinese characters (0 for pure English text)."""
    cjk = len(_CJK.findall(text))
    latin = len(_LATIN.findall(text))
    # A Chinese character carries about as much as a short English word.
    return cjk / (cjk + latin / 4) if cjk + latin else 0.0


def normalize(text: str) -> str:
    """NFKC (full-width → half-width), lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def stem(word: str) -> str:
    """Fold English plurals: earbuds → earbud, batteries → battery, boxes → box."""
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True, slots=True)
class Concept:
    id: int
    zh: tuple[str, ...]
    en: tuple[str, ...]

    @property
    def token(self) -> str:
        return f"§{self.id}"


class Lexicon:
    """The bilingual term lexicon: term → concepts, both directions."""

    def __init__(self, concepts: Sequence[Concept]) -> None:
        self.concepts = list(concepts)
        self.zh_terms: dict[str, list[Concept]] = {}
        self.en_terms: dict[tuple[str, ...], list[Concept]] = {}
        for concept in self.concepts:
            for term in concept.zh:
                self.zh_terms.setdefault(normalize(term), []).append(concept)
            for term in concept.en:
                key = tuple(stem(w) for w in _latin_words(normalize(term)))
                if key:
                    self.en_terms.setdefault(key, []).append(concept)
        self.max_en_len = max((len(k) for k in self.en_terms), default=1)

    @classmethod
    def load(cls, path: Path = LEXICON_PATH) -> Lexicon:
        concepts: list[Concept] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            zh_part, _, en_part = line.partition("\t")
            zh = tuple(t.strip() for t in zh_part.split("|") if t.strip())
            en = tuple(t.strip() for t in en_part.split("|") if t.strip())
            if zh and en:
                concepts.append(Concept(len(concepts), zh, en))
        return cls(concepts)

    def concepts_in(self, zh_tokens: Iterable[str], en_words: Sequence[str]) -> list[Concept]:
        """Concepts named by Chinese tokens or (multi-word) English phrases, in order, unique."""
        found: dict[int, Concept] = {}
        for token in zh_tokens:
            for concept in self.zh_terms.get(token, ()):
                found.setdefault(concept.id, concept)
        n = len(en_words)
        for i in range(n):
            for size in range(min(self.max_en_len, n - i), 0, -1):
                for concept in self.en_terms.get(tuple(en_words[i : i + size]), ()):
                    found.setdefault(concept.id, concept)
        return list(found.values())


def _latin_words(text: str) -> list[str]:
    return [w.strip("'.-+") for w in re.findall(r"[a-z0-9][a-z0-9'+.\-]*", text) if w.strip("'.-+")]


@cache
def lexicon() -> Lexicon:
    """The process-wide lexicon; its Chinese terms are taught to jieba so they stay whole."""
    lex = Lexicon.load()
    jieba.setLogLevel(logging.WARNING)
    for term in lex.zh_terms:
        if len(term) > 1 and _CJK.search(term):
            jieba.add_word(term, freq=20000)
    return lex


@dataclass(frozen=True, slots=True)
class Analysis:
    """A text broken into BM25 tokens, plus the lexicon concepts it names."""

    tokens: list[str]  # surface tokens (jieba words, stemmed English words)
    concepts: list[Concept]

    def bm25_tokens(self) -> list[str]:
        return self.tokens + [c.token for c in self.concepts]


def analyze(text: str, *, stopwords: bool = True) -> Analysis:
    """Tokenize mixed Chinese/English text and find the lexicon concepts in it."""
    lex = lexicon()
    text = normalize(text)
    zh_tokens: list[str] = []
    en_words: list[str] = []
    tokens: list[str] = []
    for match in _RUN.finditer(text):
        run = match.group(0)
        if _CJK.match(run):
            spans = [(w.strip(), a, b) for w, a, b in jieba.tokenize(run, mode="search")]
            spans = [(w, a, b) for w, a, b in spans if w]
            named = [(a, b) for w, a, b in spans if w in lex.zh_terms]
            for word, a, b in spans:
                # A modifier inside a longer lexicon term names no concept of its own: 充电宝 is a
                # power bank, not "charging"; 手机壳 is a case, not a phone. The head (the last
                # morpheme in Chinese) keeps its concept: 蓝牙耳机 is still 耳机.
                if not any(x <= a and b < y for x, y in named):
                    zh_tokens.append(word)
                if not (stopwords and word in _ZH_STOP):
                    tokens.append(word)
        else:
            for word in _latin_words(run):
                w = stem(word)
                en_words.append(w)
                if not (stopwords and w in _EN_STOP):
                    tokens.append(w)
    return Analysis(tokens=tokens, concepts=lex.concepts_in(zh_tokens, en_words))


@dataclass(frozen=True, slots=True)
class _Need:
    pattern: re.Pattern[str]  # the trouble, as typed
    pieces: frozenset[str]  # query tokens it is made of (stemmed English words, or Chinese)
    chinese: bool
    products: tuple[Concept, ...]


@cache
def _needs() -> tuple[_Need, ...]:
    """needs.tsv: troubles a shopper names, and the lexicon concepts of what answers them."""
    lex = lexicon()
    out: list[_Need] = []
    for line in NEEDS_PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        need_part, _, product_part = line.partition("\t")
        products: dict[int, Concept] = {}
        for term in (t.strip() for t in product_part.split("|") if t.strip()):
            key = normalize(term)
            found = lex.zh_terms.get(key) or lex.en_terms.get(
                tuple(stem(w) for w in _latin_words(key)), []
            )
            for c in found:
                products.setdefault(c.id, c)
        if not products:
            continue
        for term in (normalize(t.strip()) for t in need_part.split("|") if t.strip()):
            if _CJK.search(term):
                out.append(
                    _Need(
                        re.compile(re.escape(term)), frozenset([term]), True, (*products.values(),)
                    )
                )
            elif words := _latin_words(term):
                out.append(
                    _Need(
                        re.compile(rf"(?<![a-z]){re.escape(term)}(?![a-z])"),
                        frozenset(stem(w) for w in words),
                        False,
                        (*products.values(),),
                    )
                )
    return tuple(out)


def need_links(text: str, analysis: Analysis) -> dict[str, tuple[Concept, ...]]:
    """Query tokens that name a trouble ("胡子", "dark circles") → the concepts of the products
    that answer it (剃须刀, 眼霜). For queries only: see needs.tsv."""
    text = normalize(text)
    links: dict[str, dict[int, Concept]] = {}
    for need in _needs():
        if not need.pattern.search(text):
            continue
        # Every word the trouble is typed with ("手脚冰凉" → 手脚, 冰凉) is answered by them.
        (term,) = need.pieces if need.chinese else ("",)
        for token in analysis.tokens:
            if (term and token in term) or (not term and token in need.pieces):
                for c in need.products:
                    links.setdefault(token, {}).setdefault(c.id, c)
    return {t: tuple(cs.values()) for t, cs in links.items()}


def translations(concepts: Iterable[Concept], into: Language) -> list[str]:
    """The display terms of concepts in one language (for embedding text / labels)."""
    out: list[str] = []
    for c in concepts:
        terms = c.en if into == "en" else c.zh
        out.append(terms[0])
    return list(dict.fromkeys(out))
