"""Search and Q&A services: what the bot, the CLI and the LangChain retrievers call.

`Retrieval.search_service()` / `Retrieval.qa_service()` build each service once per process.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from catalog.queries import ProductCard, cards_for
from catalog.repository import CatalogRepository
from ground.infra import Infra
from retrieval import fusion
from retrieval.components import Retrieval, TextEmbedder
from retrieval.dictionary import english_reading
from retrieval.dictionary import load as load_dictionary
from retrieval.filtering import (
    FilterTable,
    catalog_fingerprint,
    cents,
    load_filter_table,
    refresh_inventory,
)
from retrieval.fusion import Mode, fuse
from retrieval.lexical import LexicalScores, lexical_scores, warm_lexical
from retrieval.qa import answer_question
from retrieval.query import parse_query
from retrieval.store import Generation, index_root, load_generation, read_meta
from retrieval.text import Analysis, analyze, cjk_ratio, need_links, normalize, translations
from retrieval.types import (
    Answer,
    Language,
    ParsedQuery,
    SearchFilters,
    SearchHit,
    SearchResult,
    SortOrder,
)

log = logging.getLogger(__name__)

_LATIN_WORDS = re.compile(r"[A-Za-z0-9][A-Za-z0-9'+.\-]*")

REFRESH_SECONDS = 2.0  # how often to look for catalog / index changes made by other processes
MIN_RELATIVE_SCORE = 0.2  # hits below this share of the best score are not counted as matches
# Sorting by price promotes weak matches to the top, so it only reorders strong ones.
PRICE_SORT_RELATIVE_SCORE = 0.5
MAX_MATCHES = 500
MAX_ALTERNATIVES = 5  # nearest alternatives shown when nothing matches
# A match covers at least this share of the query's IDF-weighted terms …
MATCH_COVERAGE = 0.3
COVERAGE_FLOOR = 0.6  # score multiplier at zero coverage (1.0 at full coverage)
# … or (English query, a listing the model reads) is this close in meaning (cosine).
DENSE_MATCH = 0.5
DENSE_MATCH_MULTILINGUAL = 0.6
SOLD_OUT_FACTOR = 0.8  # score multiplier for listings with no stock
QUERY_CACHE = 2048
T = TypeVar("T")

# A search query is a few words; past this it is not one, and parsing and tokenising cost
# grows with length.
MAX_QUERY_CHARS = 256
# Parsing, tokenising and BM25 for a query this short take well under a millisecond: a worker
# thread would cost more than the work (the hop, and the GIL, which the work holds anyway).
# Longer input — pasted text, a wall of emoji — can take tens of milliseconds and goes to a
# worker so that other chats keep moving.
INLINE_QUERY_CHARS = 40
MAX_QUESTION_CHARS = 500
ENGLISH_ONLY_CJK = 0.1  # an English-only model reads text with less Chinese than this


@dataclass(slots=True)
class StageTimes:
    """Per-stage timings of the last search (milliseconds), for benchmarks."""

    parse: float = 0.0
    embed: float = 0.0
    bm25: float = 0.0
    dense: float = 0.0
    filter: float = 0.0
    fuse: float = 0.0
    fetch: float = 0.0
    extra: dict[str, float] = field(default_factory=dict)


def _load_warm(root: Path) -> Any:
    gen = load_generation(root)
    if gen is not None and gen.bm25 is not None:
        warm_lexical(gen.bm25)
    return gen


class SearchService:
    """Hybrid product search over the current index, filtered on live catalog data."""

    def __init__(self, retrieval: Retrieval) -> None:
        self.infra = retrieval.infra
        self.embedder = retrieval.embedder
        self.root = index_root(self.infra.settings)
        self.gen: Generation | None = None
        self.table: FilterTable | None = None
        self._checked_at = 0.0
        self._refresh_task: asyncio.Task[None] | None = None
        self._stale = True
        self._lock = asyncio.Lock()
        self._qcache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._qlock = threading.Lock()
        self.last_times = StageTimes()

    def invalidate(self) -> None:
        """Catalog or index changed: re-read both before the next search."""
        self._stale = True

    async def names_another_kind(self, text: str, product_id: str) -> bool:
        """Whether a message names a kind of product the catalog sells (a category's own
        word or concept) that `product_id` is not: "有没有口红" while a hair dryer is in view
        asks for lipsticks, not about the dryer. "送耳机吗" (what comes with it) does not."""
        await self._ensure_fresh()
        table = self.table
        if table is None or _ASKS_WHAT_COMES_WITH.search(normalize(text)):
            return False
        words, concepts = _category_kinds(tuple(table.categories))
        analysis = analyze(text)
        named_concepts = {c.id for c in analysis.concepts} & concepts
        named_words = {t for t in analysis.tokens if t in words}
        if not (named_concepts or named_words):
            return False
        row = table.row.get(product_id)
        own_text = table.categories[int(table.category[row])] if row is not None else ""
        async with self.infra.uow() as uow:
            product = await CatalogRepository(uow.session).get_product(product_id)
        if product is not None:
            own_text += " " + product.title
        own = analyze(own_text)
        own_text = normalize(own_text)
        return bool(
            named_concepts - {c.id for c in own.concepts}
            or {w for w in named_words if w not in own_text}
        )

    async def warm(self) -> None:
        """Load the index, the filter table and the model now rather than on first search."""
        await self._ensure_fresh()
        await asyncio.to_thread(self._embed_query, "warm up")
        if not self.embedder.multilingual:
            await asyncio.to_thread(load_dictionary)  # Chinese queries are read through it
        if self.gen is not None and self.gen.bm25 is not None:
            await asyncio.to_thread(warm_lexical, self.gen.bm25)

    async def _ensure_fresh(self) -> None:
        """Make sure an index and filter table are loaded, and look for changes now and then.

        Only the first load and an explicit `invalidate()` make a search wait. The periodic
        check for other processes' changes runs in the background while searches keep using
        the current snapshot: at 100k products the check costs tens of milliseconds, and making
        every search that lands in that window queue behind it is what produced the tail.
        """
        if self._stale or self.gen is None or self.table is None:
            await self._refresh(background=False)
            return
        if time.monotonic() - self._checked_at < REFRESH_SECONDS:
            return
        if self._refresh_task is None or self._refresh_task.done():
            self._checked_at = time.monotonic()  # one background check per interval
            self._refresh_task = asyncio.create_task(self._refresh_in_background())

    async def _refresh_in_background(self) -> None:
        try:
            await self._refresh(background=True)
        except Exception:  # a failed check must not take search down; the next one retries
            log.exception("background refresh of the search index failed")

    async def _refresh(self, *, background: bool) -> None:
        async with self._lock:
            loaded = not self._stale and self.gen is not None and self.table is not None
            if loaded and not background:
                return  # another search loaded it while this one waited for the lock
            meta = await asyncio.to_thread(read_meta, self.root)
            generation = int(meta["generation"]) if meta else -1
            reload_index = self.gen is None or self.gen.number != generation
            gen = self.gen
            if reload_index:
                # The typo tables are built with the generation, off the event loop and before
                # it serves: built lazily, the first searches after a start or an import paid
                # seconds for them (200 shoppers at once: a p95 near one second).
                gen = await asyncio.to_thread(_load_warm, self.root)
            ids = gen.ids if gen is not None else []
            table = None if reload_index else self.table
            async with self.infra.uow() as uow:
                if table is None or self._stale:
                    table = await load_filter_table(uow.session, ids)
                else:
                    fingerprint = await catalog_fingerprint(uow.session)
                    if fingerprint != table.fingerprint:
                        table = await load_filter_table(uow.session, ids)
                    else:
                        # Orders moved stock: patch just those rows in place.
                        await refresh_inventory(uow.session, table)
            # Swap both at once so a concurrent search never pairs a new index with an old table.
            self.gen, self.table = gen, table
            self._stale = False
            self._checked_at = time.monotonic()

    async def aclose(self) -> None:
        if self._refresh_task is not None and not self._refresh_task.done():
            self._refresh_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._refresh_task

    def _embed_query(self, text: str) -> np.ndarray:
        """Runs in a worker thread; the LRU cache is shared by concurrent searches."""
        with self._qlock:
            vec = self._qcache.get(text)
            if vec is not None:
                self._qcache.move_to_end(text)
                return vec
        vec = self.embedder.encode_query(text)
        with self._qlock:
            self._qcache[text] = vec
            if len(self._qcache) > QUERY_CACHE:
                self._qcache.popitem(last=False)
        return vec

    async def parse(self, text: str) -> ParsedQuery:
        await self._ensure_fresh()
        return await _cpu(self._parse, text, size=len(text))

    def _parse(self, text: str) -> ParsedQuery:
        table = self.table
        return parse_query(
            text[:MAX_QUERY_CHARS],
            creators=table.creators if table is not None else (),
            categories=table.categories if table is not None else (),
            default_language=self._default_language(),
        )

    def _default_language(self) -> Language:
        return "en" if self.infra.settings.default_language == "en" else "zh"

    async def search(
        self,
        text: str,
        *,
        k: int = 10,
        offset: int = 0,
        scope: SearchFilters | None = None,
        mode: Mode = "hybrid",
    ) -> SearchResult:
        """Parse `text`, merge its constraints over `scope`, and return one page of hits.

        Only listings that are what was asked for count as matches. When none is, the result
        says so (`nothing_matches`) and its hits are the nearest alternatives: matches found
        without the query's constraints if there are any, else the closest weak candidates.
        """
        if k < 0 or offset < 0:
            raise ValueError("k and offset must be non-negative")
        times = StageTimes()
        t0 = time.perf_counter()
        await self._ensure_fresh()
        parsed = await _cpu(self._parse, text, size=len(text))
        filters = (scope or SearchFilters()).merged(parsed.filters)
        times.parse = (time.perf_counter() - t0) * 1000
        ranked = await self._rank(parsed, filters, mode, times)
        # Dense-only ranking (an evaluation mode) has no lexical evidence to judge matches by.
        nothing = mode != "dense" and not any(match for _, _, match in ranked)
        # Once something is what was asked for, the ranking stands as fused (a weaker listing
        # further down is still a candidate the shopper may want); only when nothing is does
        # the result say so and turn into alternatives.
        matches = [(pid, score) for pid, score, _ in ranked]
        matching = {pid for pid, _, match in ranked if match} if not nothing else set()
        alt_filters: SearchFilters | None = None
        if nothing:
            relaxed = _relaxed(filters)
            alternatives: list[tuple[str, float]] = []
            if relaxed != filters and parsed.text.strip():
                again = await self._rank(parsed, relaxed, mode, StageTimes())
                alternatives = [(pid, score) for pid, score, match in again if match]
                if alternatives:
                    alt_filters = relaxed
            if not alternatives:
                alternatives = [(pid, score) for pid, score, _ in ranked[:MAX_ALTERNATIVES]]
            matches = alternatives[:MAX_ALTERNATIVES]
        total = len(matches)
        page = matches[offset : offset + k]
        t1 = time.perf_counter()
        hits = await self._hits(page, alt_filters or filters, matching)
        times.fetch = (time.perf_counter() - t1) * 1000
        self.last_times = times
        used = ParsedQuery(
            original=parsed.original,
            text=parsed.text,
            filters=filters,
            language=parsed.language,
            constraint_labels=parsed.constraint_labels,
        )
        return SearchResult(
            query=used,
            hits=hits,
            total=total,
            offset=offset,
            nothing_matches=nothing,
            alternatives_filters=alt_filters,
        )

    async def _rank(
        self, parsed: ParsedQuery, filters: SearchFilters, mode: Mode, times: StageTimes
    ) -> list[tuple[str, float, bool]]:
        """(product id, score, is a match) best first. A match covers most of the query's
        weighted terms (words, lexicon concepts or their pinyin), or — for an English query
        and an English-reading model — is close to it in meaning."""
        gen, table = self.gen, self.table
        if gen is None or table is None or gen.size == 0:
            return []
        now = self.infra.clock.now()
        t = time.perf_counter()
        mask = table.mask(filters, now)
        times.filter = (time.perf_counter() - t) * 1000
        if not parsed.text.strip():
            if filters.is_empty() and parsed.original.strip():
                return []  # "？？？": no words and no constraints — nothing was asked for
            # Only constraints ("正在直播的", "cheapest"): every product that passes them —
            # upcoming sales soonest first, running ones ending soonest first.
            rows = np.flatnonzero(mask)[:MAX_MATCHES]
            if filters.flash_soon or filters.on_flash_sale:
                rows = np.array(
                    sorted(rows, key=lambda r: _sale_moment(table, int(r), now, filters))
                )
            scored = [(int(r), 1.0, True) for r in rows]
        else:
            t = time.perf_counter()
            analysis, lexical = await _cpu(
                _analyze_and_score,
                gen,
                parsed.text,
                mode != "dense" and gen.bm25 is not None,
                size=len(parsed.text),
            )
            times.bm25 = (time.perf_counter() - t) * 1000
            if not analysis.tokens and not analysis.concepts:
                return []  # "😀😀😀", "🎧", punctuation: nothing to match on
            bm25_scores = lexical.scores if lexical is not None else None
            dense_scores = None
            dense_text = self._dense_text(parsed, analysis)
            if (
                mode != "bm25"
                and dense_text
                and not self._dense_pointless(parsed, mode, bm25_scores, mask)
            ):
                t = time.perf_counter()
                qvec = await asyncio.to_thread(self._embed_query, dense_text)
                times.embed = (time.perf_counter() - t) * 1000
                t = time.perf_counter()
                dense_scores = gen.vectors @ qvec
                times.dense = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            rows, scores = fuse(
                bm25=bm25_scores,
                dense=dense_scores,
                mask=mask,
                zh_ratio=gen.zh_ratio,
                query_language=parsed.language,
                multilingual=self.embedder.multilingual,
                mode=mode,
            )
            times.fuse = (time.perf_counter() - t) * 1000
            if scores.size:
                # A sold-out listing can't be bought now: still findable, but below in-stock
                # listings of similar relevance.
                sold_out = table.stock[rows] <= 0
                if sold_out.any():
                    scores = np.where(sold_out, scores * SOLD_OUT_FACTOR, scores)
                    order = np.argsort(-scores, kind="stable")
                    rows, scores = rows[order], scores[order]
                keep = scores >= scores[0] * MIN_RELATIVE_SCORE
                rows, scores = rows[keep][:MAX_MATCHES], scores[keep][:MAX_MATCHES]
            match, cov = self._matches(parsed, rows, lexical, dense_scores, gen.zh_ratio)
            if rows.size:
                # Listings that cover more of what was asked rank above ones that share a
                # word or two with it.
                scores = scores * (COVERAGE_FLOOR + (1 - COVERAGE_FLOOR) * cov)
                order = np.argsort(-scores, kind="stable")
                rows, scores, match = rows[order], scores[order], match[order]
            scored = [
                (int(r), float(s), bool(m)) for r, s, m in zip(rows, scores, match, strict=True)
            ]
        if filters.sort is SortOrder.PRICE_ASC and scored:
            if parsed.text.strip():
                best = max((sc for _, sc, m in scored if m), default=scored[0][1])
                scored = [rs for rs in scored if rs[1] >= best * PRICE_SORT_RELATIVE_SCORE]
            price = table.effective_price(now)
            scored.sort(key=lambda rs: (not rs[2], int(price[rs[0]]), -rs[1]))
        return [(gen.ids[r], s, m) for r, s, m in scored]

    def _matches(
        self,
        parsed: ParsedQuery,
        rows: np.ndarray,
        lexical: LexicalScores | None,
        dense: np.ndarray | None,
        zh_ratio: np.ndarray,
    ) -> tuple[np.ndarray, np.ndarray]:
        match = np.zeros(rows.size, dtype=bool)
        cov = np.zeros(rows.size, dtype=np.float32)
        if rows.size == 0:
            return match, cov
        if lexical is not None:
            cov = lexical.coverage(rows)
            match |= cov >= MATCH_COVERAGE
        if dense is not None and (self.embedder.multilingual or parsed.language == "en"):
            threshold = DENSE_MATCH_MULTILINGUAL if self.embedder.multilingual else DENSE_MATCH
            readable = self.embedder.multilingual | (zh_ratio[rows] < 0.5)
            match |= readable & (dense[rows] >= threshold)
        return match, cov

    def _dense_text(self, parsed: ParsedQuery, analysis: Analysis) -> str:
        """What the model embeds: the query, or — a Chinese query and an English-only model —
        its English reading (the lexicon's names for its concepts, then the dictionary's)."""
        if self.embedder.multilingual or parsed.language != "zh":
            return parsed.text
        latin = _LATIN_WORDS.findall(parsed.text)  # "iPhone 15 手机壳" keeps "iPhone 15"
        words = translations(analysis.concepts, "en")[:8]
        reading = english_reading(parsed.text).split()
        if not (words or reading):
            return ""
        return " ".join(dict.fromkeys([*latin, *words, *reading]))

    def _dense_pointless(
        self, parsed: ParsedQuery, mode: Mode, bm25: np.ndarray | None, mask: np.ndarray
    ) -> bool:
        """A Chinese query, an English-only model and lexical matches: fusion would give the
        dense scores no weight, so don't spend the query embedding on them."""
        if mode != "hybrid" or self.embedder.multilingual or parsed.language != "zh":
            return False
        if fusion.WEIGHTS.zh_query_reading > 0 or bm25 is None:
            return False
        return bool((bm25[mask] > 0).any())

    async def _hits(
        self,
        page: list[tuple[str, float]],
        filters: SearchFilters,
        matching: set[str] | None = None,
    ) -> list[SearchHit]:
        """Load the page's products fresh from the catalog as cards (priced by the one pricing
        function) and re-check the filters on them."""
        if not page:
            return []
        now = self.infra.clock.now()
        ids = [pid for pid, _ in page]
        table = self.table
        async with self.infra.uow() as uow:
            products = await CatalogRepository(uow.session).get_products(ids)
            # Rooms and creators come from the filter table, which the live-now and creator
            # filters already trust (it is reloaded whenever the catalog changes): reading
            # every live room's product list per search cost more than the search itself.
            cards = {
                c.product.id: c
                for c in await cards_for(
                    uow,
                    products,
                    now,
                    rooms_by_product=table.rooms_by_product if table is not None else None,
                    creators=table.creator_names if table is not None else None,
                    # A product with no sale in the table has none: a sale added since is
                    # seen with the table's next reload (seconds), like a new live room.
                    with_sales=table.sales_by_product if table is not None else None,
                )
            }
        hits: list[SearchHit] = []
        for pid, score in page:
            card = cards.get(pid)
            if card is None or not _still_matches(card, filters, now):
                continue
            is_match = matching is None or pid in matching
            hits.append(SearchHit(score=score, card=card, is_match=is_match))
        return hits


async def _cpu(fn: Callable[..., T], *args: Any, size: int) -> T:
    """Run `fn` on the loop for short input, in a worker thread for long input."""
    if size <= INLINE_QUERY_CHARS:
        return fn(*args)
    return await asyncio.to_thread(fn, *args)


def _sale_moment(table: FilterTable, row: int, now: datetime, filters: SearchFilters) -> float:
    """When a product's sale that the filter asks about starts (upcoming) or ends (running)."""
    sales = table.sales_by_product.get(table.ids[row], [])
    if filters.flash_soon:
        moments = [s.starts_at for s in sales if s.starts_at > now]
    else:
        moments = [s.ends_at for s in sales if s.starts_at <= now < s.ends_at]
    return min(moments).timestamp() if moments else float("inf")


# "送耳机吗", "does it come with a case": a question about what comes with the product.
_ASKS_WHAT_COMES_WITH = re.compile(
    r"送|赠|附|配[不套件]?|带不带|自带|包含|含不含|come[s]? with|included|include|in the box"
)


@lru_cache(maxsize=8)
def _category_kinds(categories: tuple[str, ...]) -> tuple[frozenset[str], frozenset[int]]:
    """The words and lexicon concepts of the catalog's categories' last segments: the kinds
    of product it sells (口红, 吹风机, "earbuds")."""
    words: set[str] = set()
    concepts: set[int] = set()
    for path in categories:
        leaf = normalize(path.split("/")[-1]).strip()
        if not leaf:
            continue
        analysis = analyze(leaf)
        words |= {t for t in analysis.tokens if len(t) >= 2}
        concepts |= {c.id for c in analysis.concepts}
    return frozenset(words), frozenset(concepts)


def _analyze_and_score(
    gen: Generation, text: str, lexical: bool
) -> tuple[Analysis, LexicalScores | None]:
    """Tokens and concepts of the query text, and its BM25 scores (one worker hop for both)."""
    analysis = analyze(text)
    links = need_links(text, analysis)
    if links:
        # The products that answer a trouble the shopper names are what they asked for.
        known = {c.id for c in analysis.concepts}
        linked = {c.id: c for cs in links.values() for c in cs if c.id not in known}
        analysis = Analysis(analysis.tokens, [*analysis.concepts, *linked.values()])
    if not lexical or (not analysis.tokens and not analysis.concepts):
        return analysis, None
    return analysis, lexical_scores(gen, analysis, text, links)


def _still_matches(card: ProductCard, filters: SearchFilters, now: datetime) -> bool:
    """The cheap per-hit re-check against fresh rows (the table may be up to seconds old)."""
    product, price = card.product, card.offer.price
    if filters.min_price is not None and cents(price) < cents(filters.min_price):
        return False
    if filters.max_price is not None and cents(price) > cents(filters.max_price):
        return False
    if filters.in_stock and not product.in_stock:
        return False
    if filters.live_now and not card.live_room_ids:
        return False
    if filters.creator_id is not None and product.creator_id != filters.creator_id:
        return False
    return not filters.on_flash_sale or any(
        s.is_active(now) and s.units_left > 0 for s in card.sales
    )


def _relaxed(filters: SearchFilters) -> SearchFilters:
    """The same search without the shopper's constraints (price, live, stock, flash sale,
    creator, category, room/video scope): where the nearest alternatives come from."""
    return SearchFilters(sort=filters.sort)


class QAService:
    """Answers a shopper's question about one product from that product's own data."""

    def __init__(self, infra: Infra, embedder: TextEmbedder | None = None) -> None:
        self.infra = infra
        self.embedder = embedder

    def _similarity(self, question: str, texts: Sequence[str]) -> list[float | None]:
        """Cosines of the question against texts, by the embedding model; None for a pair the
        model can't read (an English-only model and Chinese on either side)."""
        embedder = self.embedder
        if embedder is None:
            return [None] * len(texts)
        readable = embedder.multilingual or cjk_ratio(question) < ENGLISH_ONLY_CJK
        wanted = [
            i
            for i, text in enumerate(texts)
            if readable and (embedder.multilingual or cjk_ratio(text) < ENGLISH_ONLY_CJK)
        ]
        out: list[float | None] = [None] * len(texts)
        if wanted:
            vectors = embedder.encode([question, *(texts[i] for i in wanted)])
            for i, score in zip(wanted, vectors[1:] @ vectors[0], strict=True):
                out[i] = float(score)
        return out

    async def answer(
        self, product_id: str, question: str, *, language: Language | None = None
    ) -> Answer:
        now = self.infra.clock.now()
        async with self.infra.uow() as uow:
            product = await CatalogRepository(uow.session).get_product(product_id)
            if product is None:
                raise LookupError(f"unknown product: {product_id}")
            sales = await CatalogRepository(uow.session).list_flash_sales([product_id])
        # Matching a question against a product's data is CPU work: keep it off the loop.
        return await asyncio.to_thread(
            answer_question,
            product,
            question[:MAX_QUESTION_CHARS],
            sales=sales,
            now=now,
            language=language,
            tz=self.infra.settings.timezone,
            similarity=self._similarity,
        )
