"""Lexical matching that tolerates how shoppers type: BM25 over surface words, lexicon concepts
and pinyin syllable pairs, with typo correction for English words.

* **Pinyin.** Chinese is typed through a pinyin IME, so most misspellings are homophones
  (蓝芽耳机, 羽绒副, 电动牙涮, 蜂密) and some shoppers type the pinyin itself (`fangshaishuang`,
  `lanya erji`). Listings carry their title/category/tag text as toneless pinyin syllable pairs
  (`py:lan_ya`); a query's Chinese runs — and its Latin words that are not words of the catalog
  but split into pinyin syllables — become the same pairs.
* **Fuzzy English.** A Latin word the catalog does not contain (`sunscrean`, `fyer`) is replaced
  by its closest catalog word (rapidfuzz ratio ≥ 80), once per word and index generation.
* **Coverage.** For each candidate, the IDF-weighted share of the query's terms it contains
  (a term is covered by its word, a lexicon concept it names, or — for a Chinese run — its
  pinyin pairs). Search uses it to tell a match from a near miss: "100以内的口红" against a
  catalog with no lipstick under ¥100 covers nothing, and the shopper is told so.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import numpy as np

from retrieval.text import Analysis, Concept, lexicon, normalize, stem

PINYIN_PREFIX = "py:"
CROSS_SIGNAL_WEIGHT = 0.25  # the weaker of the surface / concept signals adds this much
PINYIN_WEIGHT = 0.8  # a pinyin-only match is worth this much of a word match
FUZZY_CUTOFF = 80
FUZZY_MIN_LENGTH = 4

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_LATIN_WORD = re.compile(r"[a-z]+")


@cache
def _syllables() -> frozenset[str]:
    import pypinyin.pinyin_dict as pinyin_dict
    from pypinyin.contrib.tone_convert import to_normal

    out = set()
    for value in pinyin_dict.pinyin_dict.values():
        for reading in value.split(","):
            out.add(to_normal(reading))
    return frozenset(s for s in out if s.isalpha())


def pinyin_syllables(text: str) -> list[list[str]]:
    """Toneless pinyin syllables of each Chinese run in `text`."""
    from pypinyin import Style, lazy_pinyin

    return [
        [s for s in lazy_pinyin(run, style=Style.NORMAL) if s.isalpha()]
        for run in _CJK_RUN.findall(normalize(text))
    ]


@lru_cache(maxsize=65_536)
def _sound(piece: str) -> str:
    """Toneless pinyin of a short piece of a query ("蓝芽" → "lanya"). Shoppers type the same
    words all day, and pypinyin's phrase lookup is most of a query's typo handling cost."""
    from pypinyin import Style, lazy_pinyin

    return "".join(lazy_pinyin(piece, style=Style.NORMAL))


@lru_cache(maxsize=16_384)
def _query_run_syllables(run: str) -> tuple[str, ...]:
    from pypinyin import Style, lazy_pinyin

    return tuple(s for s in lazy_pinyin(run, style=Style.NORMAL) if s.isalpha())


def _pairs(syllables: list[str]) -> list[str]:
    if len(syllables) == 1:
        return [PINYIN_PREFIX + syllables[0]] if len(syllables[0]) >= 3 else []
    return [f"{PINYIN_PREFIX}{a}_{b}" for a, b in itertools.pairwise(syllables)]


def pinyin_tokens(text: str) -> list[str]:
    """The pinyin pair tokens of a listing's text (index side)."""
    out: list[str] = []
    for run in pinyin_syllables(text):
        out += _pairs(run)
    return out


def split_pinyin(word: str) -> list[str] | None:
    """`fangshaishuang` → [fang, shai, shuang]; None when the word is not pinyin."""
    syllables = _syllables()
    n = len(word)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        current = best[i]
        if current is None:
            continue
        for j in range(min(n, i + 6), i, -1):
            piece = word[i:j]
            if piece in syllables:
                candidate = [*current, piece]
                known = best[j]
                if known is None or len(candidate) < len(known):
                    best[j] = candidate
    result = best[n]
    return result if result and len(result) >= 2 else None


@dataclass(slots=True)
class _Vocab:
    """What typo handling needs from one BM25 index (built once per generation)."""

    vocab: dict[str, int]
    latin: list[str]
    df: np.ndarray
    fuzzy: dict[str, str | None]
    by_pinyin: dict[str, str] | None = None  # "lanya" → 蓝牙 (the most used word per sound)

    def homophones(self) -> dict[str, str]:
        with _homophones_lock:  # built once, not by every thread that asks at the same time
            return self._homophones()

    def _homophones(self) -> dict[str, str]:
        if self.by_pinyin is None:
            from pypinyin import Style, lazy_pinyin

            best: dict[str, tuple[int, str]] = {}
            for word, tid in self.vocab.items():
                if not (2 <= len(word) <= 4) or not _CJK_RUN.fullmatch(word):
                    continue
                key = "".join(lazy_pinyin(word, style=Style.NORMAL))
                df = int(self.df[tid])
                if key not in best or df > best[key][0]:
                    best[key] = (df, word)
            self.by_pinyin = {k: w for k, (_, w) in best.items()}
        return self.by_pinyin


_vocab_lock = threading.Lock()
_homophones_lock = threading.Lock()
KEPT_GENERATIONS = 2  # the one serving and the one being loaded
_vocab_cache: dict[int, tuple[Any, _Vocab]] = {}


def _vocab(bm25: Any) -> _Vocab:
    key = id(bm25)
    with _vocab_lock:
        hit = _vocab_cache.get(key)
        if hit is not None and hit[0] is bm25:
            return hit[1]
    vocab: dict[str, int] = bm25.vocab_dict
    indptr = np.asarray(bm25.scores["indptr"])
    df = np.diff(indptr)
    latin = [t for t in vocab if t.isascii() and t.isalpha() and len(t) >= FUZZY_MIN_LENGTH]
    entry = _Vocab(vocab=vocab, latin=latin, df=df, fuzzy={})
    with _vocab_lock:
        while len(_vocab_cache) >= KEPT_GENERATIONS:
            _vocab_cache.pop(next(iter(_vocab_cache)))
        _vocab_cache[key] = (bm25, entry)
    return entry


def _correct(word: str, v: _Vocab) -> str | None:
    if word in v.fuzzy:
        return v.fuzzy[word]
    from rapidfuzz import fuzz, process

    found = process.extractOne(word, v.latin, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    result = str(found[0]) if found else None
    v.fuzzy[word] = result
    return result


@dataclass(slots=True)
class _Group:
    """One query term: any member token in a listing covers it."""

    members: list[str]
    weight: float


class LexicalScores:
    """BM25 scores over every indexed row, plus per-row coverage of the query's terms."""

    def __init__(self, bm25: Any, scores: np.ndarray, groups: list[_Group], pinyin: list[str]):
        self._bm25 = bm25
        self.scores = scores
        self._groups = groups
        self._pinyin = pinyin

    def _has(self, token: str, rows: np.ndarray) -> np.ndarray:
        v = _vocab(self._bm25)
        tid = v.vocab.get(token)
        if tid is None:
            return np.zeros(rows.size, dtype=bool)
        indptr = self._bm25.scores["indptr"]
        postings = self._bm25.scores["indices"][indptr[tid] : indptr[tid + 1]]
        # A mark per document and a lookup: linear, where np.isin sorts both arrays.
        marked = np.zeros(int(self._bm25.scores["num_docs"]), dtype=bool)
        marked[postings] = True
        return marked[rows]

    def coverage(self, rows: np.ndarray) -> np.ndarray:
        """IDF-weighted share of the query's terms each row contains (0–1)."""
        total = sum(g.weight for g in self._groups)
        cov = np.zeros(rows.size, dtype=np.float32)
        if total > 0:
            for g in self._groups:
                present = np.zeros(rows.size, dtype=bool)
                for token in g.members:
                    present |= self._has(token, rows)
                cov += g.weight * present
            cov /= total
        if self._pinyin:
            weights = [self._idf(t) for t in self._pinyin]
            pin = np.zeros(rows.size, dtype=np.float32)
            for token, w in zip(self._pinyin, weights, strict=True):
                pin += w * self._has(token, rows)
            pin /= max(sum(weights), 1e-9)
            cov = np.maximum(cov, pin * PINYIN_WEIGHT)
        return cov

    def _idf(self, token: str) -> float:
        v = _vocab(self._bm25)
        n = max(int(self._bm25.scores["num_docs"]), 1)
        tid = v.vocab.get(token)
        df = int(v.df[tid]) if tid is not None else 0
        return math.log(1 + (n - df + 0.5) / (df + 0.5))


def homophone_corrections(text: str, v: _Vocab) -> list[tuple[str, str]]:
    """(typed, catalog word) for spans of the query's Chinese that the catalog never uses but
    that sound exactly like a catalog word: 蓝芽 → 蓝牙, 羽绒副 → 羽绒服, 牙涮 → 牙刷."""
    sounds = v.homophones()
    out: list[tuple[str, str]] = []
    for run in _CJK_RUN.findall(normalize(text)):
        i = 0
        while i < len(run):
            for size in (4, 3, 2):
                piece = run[i : i + size]
                if len(piece) < size or piece in v.vocab:
                    continue
                word = sounds.get(_sound(piece))
                if word is not None and word != piece:
                    out.append((piece, word))
                    i += size - 1
                    break
            i += 1
    return out


def _groups_for(
    analysis: Analysis,
    v: _Vocab,
    bm25: Any,
    text: str = "",
    links: Mapping[str, Sequence[Concept]] | None = None,
) -> tuple[list[_Group], list[str]]:
    """The query's terms (each surface word with the concepts it names) and extra tokens from
    typo correction; OOV words weigh as much as the rarest word, so an unknown word lowers
    coverage instead of vanishing."""
    lex = lexicon()
    n = max(int(bm25.scores["num_docs"]), 1)
    # A word the catalog never uses: it may name what isn't there ("电钢琴"), or be padding
    # ("airplane cabin"); it weighs half the rarest word.
    max_idf = 0.5 * math.log(1 + (n - 0.5) / 1.5)

    def idf(token: str) -> float:
        tid = v.vocab.get(token)
        if tid is None:
            return 0.0
        df = int(v.df[tid])
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    concept_of_word: dict[str, set[str]] = {}
    for c in analysis.concepts:
        for term in c.zh:
            concept_of_word.setdefault(normalize(term), set()).add(c.token)
        for term in c.en:
            for w in re.findall(r"[a-z0-9]+", normalize(term)):
                concept_of_word.setdefault(stem(w), set()).add(c.token)
    linked_only: set[str] = set()
    for token, linked in (links or {}).items():
        # "胡子" in a query asks for what answers it: a shaver covers that word — without
        # making the word weigh more than it does (its own idf, not the shaver's).
        own = concept_of_word.setdefault(token, set())
        linked_only |= {c.token for c in linked} - own
        own.update(c.token for c in linked)
    groups: list[_Group] = []
    extra: list[str] = []
    tokens = list(dict.fromkeys(analysis.tokens))
    # jieba's search mode adds the parts of a long word (蓝牙耳机 → 蓝牙, 耳机): the whole word
    # is the term, its parts are ways to cover it.
    parts_of = {
        t: [u for u in tokens if u != t and len(u) < len(t) and u in t]
        for t in tokens
        if not t.isascii()
    }
    covered_parts = {u for parts in parts_of.values() for u in parts}
    fixes = homophone_corrections(text, v) if text else []
    for _, word in fixes:
        extra.append(word)
        for c in lex.zh_terms.get(word, []):
            extra.append(c.token)
    for token in tokens:
        if token in covered_parts:
            continue
        members = [token, *sorted(concept_of_word.get(token, ()))]
        for typed, word in fixes:
            if token in typed or typed in token:
                members += [word, *(c.token for c in lex.zh_terms.get(word, []))]
        for part in parts_of.get(token, []):
            # A Chinese compound names what its last part names (扫地机器人 is a 机器人, 猫砂盆
            # a 盆): only that head stands for the whole word. A listing with a modifier part
            # alone (扫地 of a broom, 猫砂 of the litter) is a neighbour, not the thing.
            if token.endswith(part):
                members += [part, *sorted(concept_of_word.get(part, ()))]
        if token.isascii() and token.isalpha() and token not in v.vocab:
            fixed = _correct(token, v) if len(token) >= FUZZY_MIN_LENGTH else None
            if fixed is not None:
                members.append(fixed)
                extra.append(fixed)
                for c in lex.en_terms.get((fixed,), []):
                    members.append(c.token)
                    extra.append(c.token)
        weights = [idf(m) for m in members if m in v.vocab and m not in linked_only]
        weight = max(weights) if weights else max_idf
        groups.append(_Group(members=members, weight=weight))
    for concept in analysis.concepts:
        # A concept no listing carries ("gift for him") says nothing about coverage.
        if concept.token in v.vocab and not any(concept.token in g.members for g in groups):
            groups.append(_Group(members=[concept.token], weight=idf(concept.token)))
    return groups, extra


def query_pinyin(text: str, v: _Vocab, *, chinese: bool = True) -> list[str]:
    """Pinyin pair tokens for a query: its Chinese runs (unless `chinese` is False), and Latin
    words that are pinyin rather than catalog words."""
    out: list[str] = []
    text = normalize(text)
    for run in _CJK_RUN.findall(text) if chinese else ():
        out += _pairs(list(_query_run_syllables(run)))
    latin_run: list[str] = []
    for word in _LATIN_WORD.findall(text):
        if word in v.vocab or stem(word) in v.vocab:
            if latin_run:
                out += _pairs(latin_run)
            latin_run = []
            continue
        syllables = split_pinyin(word) or ([word] if word in _syllables() else None)
        if syllables is None:
            if latin_run:
                out += _pairs(latin_run)
            latin_run = []
            continue
        latin_run += syllables
    if latin_run:
        out += _pairs(latin_run)
    return [t for t in dict.fromkeys(out) if t in v.vocab]


def lexical_scores(
    gen: Any,
    analysis: Analysis,
    text: str | None = None,
    links: Mapping[str, Sequence[Concept]] | None = None,
) -> LexicalScores | None:
    """BM25 over words, concepts and pinyin pairs, combined so that a listing matched in the
    other language (concepts only) or by sound (pinyin only) is not worth half of one matched
    in words."""
    bm25 = gen.bm25
    if bm25 is None:
        return None
    v = _vocab(bm25)
    groups, extra = _groups_for(analysis, v, bm25, text or "", links)
    surface = list(dict.fromkeys(analysis.tokens + [t for t in extra if not t.startswith("§")]))
    concepts = list(
        dict.fromkeys(
            [c.token for c in analysis.concepts] + [t for t in extra if t.startswith("§")]
        )
    )
    raw = text if text is not None else " ".join(analysis.tokens)
    # The sound of the Chinese only matters when its words miss: a word the catalog never uses
    # (蓝芽) or one corrected by sound (羽绒副 → 羽绒服). When every word is a catalog word, the
    # pairs find the same listings again at a cost of a second BM25 pass.
    misses = any(not t.isascii() and t not in v.vocab for t in analysis.tokens)
    pinyin = query_pinyin(raw, v, chinese=misses or any(not t.isascii() for t in extra))
    if not surface and not concepts and not pinyin:
        return None
    n = int(bm25.scores["num_docs"])
    s = bm25.get_scores(surface) if surface else np.zeros(n, dtype=np.float32)
    c = bm25.get_scores(concepts) if concepts else np.zeros(n, dtype=np.float32)
    scores = np.maximum(s, c) + CROSS_SIGNAL_WEIGHT * np.minimum(s, c)
    if pinyin:
        p = bm25.get_scores(pinyin)
        scores = np.maximum(scores, PINYIN_WEIGHT * p)
    return LexicalScores(bm25, scores, groups, pinyin)


def pinyin_for_document(texts: Iterable[str]) -> list[str]:
    out: list[str] = []
    for text in texts:
        out += pinyin_tokens(text)
    return out


def warm_lexical(bm25: Any) -> None:
    """Build the typo tables for an index now rather than on the first search — and the
    process-wide tables they use (jieba's dictionary with the lexicon, pinyin syllables): each
    cost the first search that needed it 0.5–1 s."""
    lexicon()
    _syllables()
    _vocab(bm25).homophones()
