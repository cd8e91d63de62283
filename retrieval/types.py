"""The contract between retrieval and its callers (bot, CLI, LangChain retrievers).

Callers depend on these types only; how search works behind them is retrieval's business.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Literal, Protocol

from catalog.model import FlashSale, Product
from catalog.pricing import Offer
from catalog.queries import ProductCard

Language = Literal["zh", "en"]


class SortOrder(StrEnum):
    RELEVANCE = "relevance"
    PRICE_ASC = "price_asc"  # "cheapest", "最便宜"


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """Constraints on a search. `None`/False means "not constrained"."""

    min_price: Decimal | None = None  # on the effective price (flash price while one runs)
    max_price: Decimal | None = None
    category_prefix: str | None = None  # e.g. "美妆/彩妆"
    creator_id: str | None = None
    platform: str | None = None  # douyin | kuaishou | other
    live_room_id: str | None = None  # only products in this room's cart
    video_id: str | None = None  # only products linked from this video
    live_now: bool = False  # only products in a room that is live now
    in_stock: bool = False
    on_flash_sale: bool = False  # only products with a flash sale running now
    flash_soon: bool = False  # only products with a flash sale starting soon (秒杀预告)
    sort: SortOrder = SortOrder.RELEVANCE

    def merged(self, other: SearchFilters) -> SearchFilters:
        """These filters with every constraint set in `other` laid on top (scope + parsed)."""
        updates = {
            name: getattr(other, name)
            for name in self.__dataclass_fields__
            if getattr(other, name) not in (None, False, SortOrder.RELEVANCE)
        }
        return replace(self, **updates)

    def is_empty(self) -> bool:
        return self == SearchFilters()


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A shopper's words split into what to match (`text`) and constraints (`filters`)."""

    original: str
    text: str
    filters: SearchFilters
    language: Language
    # Human-readable constraint labels in the query's language, e.g. ["¥200以内", "正在直播"].
    constraint_labels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SearchHit:
    score: float
    card: ProductCard  # the product as a card shows it now (priced by catalog.pricing)
    # It covers what was asked (not just near it): what a saved search may alert about.
    is_match: bool = True

    @property
    def product(self) -> Product:
        return self.card.product

    @property
    def offer(self) -> Offer:
        return self.card.offer

    @property
    def effective_price(self) -> Decimal:
        return self.card.offer.price

    @property
    def flash_sale(self) -> FlashSale | None:
        """The running flash sale behind the price, if any."""
        return self.card.offer.flash_sale

    @property
    def live_room_ids(self) -> tuple[str, ...]:
        """Rooms live now whose cart holds the product."""
        return self.card.live_room_ids


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: ParsedQuery
    hits: list[SearchHit]
    total: int  # matches after filters (hits is one page of them)
    offset: int = 0
    # True when nothing in the catalog is what was asked for: `hits` are then only the nearest
    # alternatives (possibly outside the query's constraints, see `alternatives_filters`) and
    # must be shown labelled as such, never as matches.
    nothing_matches: bool = False
    # The filters the alternatives were found with, when the query's own constraints were
    # relaxed to find them (None: same filters as `query.filters`).
    alternatives_filters: SearchFilters | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """One piece of a product's own data used in an answer."""

    kind: Literal[
        "attribute",
        "sku",
        "faq",
        "description",
        "shipping",
        "return_policy",
        "price",
        "flash_sale",
        "field",
    ]
    label: str  # e.g. "续航" or "FAQ: 是否防水" (the field as the listing names it)
    text: str  # the value / answer as stored
    # What the evidence is about, from the property lexicon ("weight", "load", "material" …).
    prop: str | None = None


Polarity = Literal["yes", "no"]


@dataclass(frozen=True, slots=True)
class Answer:
    answer: str
    answerable: bool
    language: Language
    sources: list[Evidence] = field(default_factory=list)
    # For a yes/no question ("能防水吗", "is the blue one in stock?"): the answer itself.
    polarity: Polarity | None = None
    # The property the question was understood to ask about (None: not recognised).
    asked: str | None = None


class ProductSearch(Protocol):
    """What the bot and the CLI need from search."""

    async def search(
        self,
        text: str,
        *,
        k: int = 10,
        offset: int = 0,
        scope: SearchFilters | None = None,
    ) -> SearchResult: ...

    async def names_another_kind(self, text: str, product_id: str) -> bool: ...


class ProductQA(Protocol):
    async def answer(
        self, product_id: str, question: str, *, language: Language | None = None
    ) -> Answer: ...
