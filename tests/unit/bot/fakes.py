"""A small in-memory search and Q&A over the catalog in the test database.

They implement the `ProductSearch`/`ProductQA` protocols just well enough to drive the engine
(substring matching, a few parsed constraints); retrieval's real services are used in e2e.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from catalog.model import Product
from catalog.pricing import best_offer, upcoming_sales
from catalog.queries import ProductCard
from daihuo.bootstrap import App
from retrieval.types import (
    Answer,
    Evidence,
    ParsedQuery,
    SearchFilters,
    SearchHit,
    SearchResult,
)

_ZH_MAX = re.compile(r"(\d+)\s*(?:元|块)?\s*(?:以内|以下)")
_EN_MAX = re.compile(r"\bunder\s*[¥$]?\s*(\d+)", re.IGNORECASE)


class InMemorySearch:
    def __init__(self, app: App) -> None:
        self.app = app
        self.calls: list[tuple[str, int, int, SearchFilters | None]] = []

    def parse(self, text: str) -> ParsedQuery:
        filters = SearchFilters()
        labels: list[str] = []
        language = "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"
        rest = text
        if m := _ZH_MAX.search(rest) or _EN_MAX.search(rest):
            filters = SearchFilters(max_price=Decimal(m.group(1)))
            labels.append(f"¥{m.group(1)}以内" if language == "zh" else f"under ¥{m.group(1)}")
            rest = rest.replace(m.group(0), " ")
        for marker in ("正在直播", "live now"):
            if marker in rest:
                filters = SearchFilters(max_price=filters.max_price, live_now=True)
                labels.append("正在直播" if language == "zh" else "live now")
                rest = rest.replace(marker, " ")
        rest = re.sub(r"[的]", " ", rest)
        return ParsedQuery(text, " ".join(rest.split()), filters, language, tuple(labels))  # type: ignore[arg-type]

    async def names_another_kind(self, text: str, product_id: str) -> bool:
        """A category leaf of another product named in the text, not the focused one's."""
        async with self.app.uow() as uow:
            products = [p async for batch in uow.catalog.iter_products() for p in batch]
        own = next((p for p in products if p.id == product_id), None)
        own_text = f"{own.title} {own.category}" if own else ""
        leaves = {p.category.split("/")[-1] for p in products if p.category}
        return any(leaf in text and leaf not in own_text for leaf in leaves if len(leaf) >= 2)

    async def search(
        self, text: str, *, k: int = 10, offset: int = 0, scope: SearchFilters | None = None
    ) -> SearchResult:
        self.calls.append((text, k, offset, scope))
        parsed = self.parse(text)
        filters = (scope or SearchFilters()).merged(parsed.filters)
        now = self.app.clock.now()
        async with self.app.uow() as uow:
            products = [p async for batch in uow.catalog.iter_products() for p in batch]
            sales = await uow.catalog.list_flash_sales()
            live = await uow.catalog.live_rooms_live_at(now)
            room = (
                await uow.catalog.get_live_room(filters.live_room_id)
                if filters.live_room_id
                else None
            )
            video = await uow.catalog.get_video(filters.video_id) if filters.video_id else None
        live_ids: dict[str, list[str]] = {}
        for r in live:
            for pid in r.product_ids:
                live_ids.setdefault(pid, []).append(r.id)
        words = [w.casefold() for w in parsed.text.split()]
        hits = []
        for p in products:
            if not p.is_on_sale:
                continue
            hay = " ".join([p.title, p.category, *p.tags, p.brand or ""]).casefold()
            if words and not any(w in hay for w in words):
                continue
            offer = best_offer(p, sales=sales, now=now)
            price = offer.price
            if filters.max_price is not None and price > filters.max_price:
                continue
            if filters.live_now and p.id not in live_ids:
                continue
            if room is not None and p.id not in room.product_ids:
                continue
            if video is not None and p.id not in video.product_ids:
                continue
            if filters.in_stock and not p.in_stock:
                continue
            own = [s for s in sales if s.product_id == p.id]
            upcoming = upcoming_sales(own, p.id, now)
            card = ProductCard(
                product=p,
                offer=best_offer(p, sales=own, now=now),
                live_room_ids=tuple(live_ids.get(p.id, ())),
                sales=tuple(own),
                upcoming_sale=upcoming[0] if upcoming else None,
            )
            hits.append(SearchHit(score=1.0, card=card))
        hits.sort(key=lambda h: h.product.id)
        if not hits and words and not filters.is_empty():
            # Like the real search: nothing matches under the constraints, so say so and offer
            # the matches found without them.
            relaxed = await self.search(parsed.text, k=k, offset=offset)
            self.calls.pop()
            return replace(
                relaxed,
                query=parsed,
                nothing_matches=True,
                alternatives_filters=SearchFilters(),
            )
        return SearchResult(
            query=parsed, hits=hits[offset : offset + k], total=len(hits), offset=offset
        )


class InMemoryQA:
    def __init__(self, app: App) -> None:
        self.app = app
        self.calls: list[tuple[str, str]] = []
        self.languages: list[str | None] = []

    async def answer(
        self, product_id: str, question: str, *, language: str | None = None
    ) -> Answer:
        self.calls.append((product_id, question))
        self.languages.append(language)
        async with self.app.uow() as uow:
            product = await uow.catalog.get_product(product_id)
        assert product is not None
        language = language or ("zh" if re.search(r"[\u4e00-\u9fff]", question) else "en")
        for faq in product.faqs:
            if _overlap(faq.q, question) >= 1:
                return Answer(faq.a, True, language, [Evidence("faq", f"FAQ: {faq.q}", faq.a)])  # type: ignore[arg-type]
        for key, value in product.attributes.items():
            if key in question:
                return Answer(
                    f"{key}: {value}", True, language, [Evidence("attribute", key, value)]
                )  # type: ignore[arg-type]
        return Answer("", False, language)  # type: ignore[arg-type]


def _overlap(a: str, b: str) -> int:
    grams = {a[i : i + 2] for i in range(len(a) - 1)}
    return sum(1 for i in range(len(b) - 1) if b[i : i + 2] in grams)


def titles(products: list[Product]) -> list[str]:
    return [p.title for p in products]
