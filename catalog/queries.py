"""The catalog's read side: what a product card, a product page, a live room or a flash sale
shows right now, priced by the one pricing function.

The bot, the CLI and (later) an LLM planner's tools call these; none of them computes a price.
Off-shelf products are never returned (the catalog format promises they are never shown).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from catalog import tables as t
from catalog.inventory import InventoryRepository
from catalog.model import Creator, FlashSale, LiveRoom, Product, Video
from catalog.pricing import LineQuote, Offer, best_offer, quote_line, running_sales, upcoming_sales
from catalog.repository import CatalogRepository, creator_from_row
from ground.infra import Infra
from ground.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class ProductCard:
    """A product plus what is true about it right now."""

    product: Product
    offer: Offer
    live_room_ids: tuple[str, ...] = ()
    creator_name: str | None = None
    upcoming_sale: FlashSale | None = None  # the next sale that has not started
    sales: tuple[FlashSale, ...] = ()  # all of the product's flash sales (with `sold`)

    @property
    def live(self) -> bool:
        return bool(self.live_room_ids)


@dataclass(frozen=True, slots=True)
class OptionQuote:
    """One SKU of a product page, priced for the shopper looking at it."""

    sku_id: str
    label: str
    quote: LineQuote


@dataclass(frozen=True, slots=True)
class ProductPage:
    card: ProductCard
    options: tuple[OptionQuote, ...]  # empty for products without SKUs
    quote: LineQuote | None  # the product's own quote when it has no SKUs
    running: tuple[FlashSale, ...] = ()  # every sale running now (sold out or not)


@dataclass(frozen=True, slots=True)
class RoomView:
    room: LiveRoom
    creator_name: str | None
    product_ids: tuple[str, ...]  # the cart, on-sale products only, display order


@dataclass(frozen=True, slots=True)
class VideoView:
    video: Video
    creator_name: str | None
    product_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LiveOverview:
    live: tuple[RoomView, ...]
    upcoming: tuple[RoomView, ...]
    cards: dict[str, ProductCard] = field(default_factory=dict)  # preview of the live carts


@dataclass(frozen=True, slots=True)
class SaleView:
    sale: FlashSale
    card: ProductCard
    quote: LineQuote  # the sale's own line (its SKU when SKU-level), for this shopper


async def creator_names(uow: UnitOfWork, creator_ids: Sequence[str | None]) -> dict[str, str]:
    ids = list(dict.fromkeys(c for c in creator_ids if c))
    if not ids:
        return {}
    rows = (
        await uow.session.execute(select(t.creators).where(t.creators.c.id.in_(ids)))
    ).mappings()
    return {c.id: c.name for c in (creator_from_row(r) for r in rows)}


async def _live_room_ids(repo: CatalogRepository, now: datetime) -> dict[str, list[str]]:
    by_product: dict[str, list[str]] = defaultdict(list)
    for room in await repo.live_rooms_live_at(now):
        for pid in room.product_ids:
            by_product[pid].append(room.id)
    return by_product


async def cards_for(
    uow: UnitOfWork,
    products: Sequence[Product],
    now: datetime,
    *,
    rooms_by_product: Mapping[str, Sequence[LiveRoom]] | None = None,
    creators: Mapping[str, str] | None = None,
    with_sales: Collection[str] | None = None,
) -> list[ProductCard]:
    """Cards for already loaded products (off-shelf ones left out), in the given order.

    A caller that already holds each product's rooms (earliest start first) and the creator
    names — search keeps both in its filter table, refreshed with the catalog — passes them
    in and saves the queries. Flash sales are read fresh, since their sold units decide the
    price; a caller that knows which products have any sale at all (`with_sales`) saves the
    read for a page that has none.
    """
    shown = [p for p in products if p.is_on_sale]
    if not shown:
        return []
    repo = CatalogRepository(uow.session)
    sale_ids = [p.id for p in shown if with_sales is None or p.id in with_sales]
    sales = await repo.list_flash_sales(sale_ids) if sale_ids else []
    by_product: dict[str, list[FlashSale]] = defaultdict(list)
    for s in sales:
        by_product[s.product_id].append(s)
    live: Mapping[str, list[str]]
    if rooms_by_product is None:
        live = await _live_room_ids(repo, now)
    else:
        live = {
            p.id: [r.id for r in rooms_by_product.get(p.id, ()) if r.is_live(now)] for p in shown
        }
    names = (
        creators
        if creators is not None
        else await creator_names(uow, [p.creator_id for p in shown])
    )
    cards = []
    for p in shown:
        own = by_product.get(p.id, [])
        upcoming = upcoming_sales(own, p.id, now)
        cards.append(
            ProductCard(
                product=p,
                offer=best_offer(p, sales=own, now=now),
                live_room_ids=tuple(live.get(p.id, ())),
                creator_name=names.get(p.creator_id or ""),
                upcoming_sale=upcoming[0] if upcoming else None,
                sales=tuple(own),
            )
        )
    return cards


async def _product_cards(
    uow: UnitOfWork, product_ids: Sequence[str], now: datetime
) -> list[ProductCard]:
    """Cards for products by id, in that order; unknown and off-shelf ids are left out."""
    products = await CatalogRepository(uow.session).get_products(list(product_ids))
    return await cards_for(uow, products, now)


async def _product_page(
    uow: UnitOfWork, product_id: str, now: datetime, *, user_key: str | None = None
) -> ProductPage | None:
    """Everything a product page shows, each option priced for `user_key` (limits applied)."""
    repo = CatalogRepository(uow.session)
    product = await repo.get_product(product_id)
    if product is None or not product.is_on_sale:
        return None
    card = (await cards_for(uow, [product], now))[0]
    sales = await repo.list_flash_sales([product.id])
    bought = (
        await InventoryRepository(uow.session).bought(user_key, [s.id for s in sales])
        if user_key
        else {}
    )
    options = tuple(
        OptionQuote(
            sku.id,
            sku.label,
            quote_line(product, sku_id=sku.id, sales=sales, now=now, bought=bought),
        )
        for sku in product.active_skus
    )
    quote = None if product.skus else quote_line(product, sales=sales, now=now, bought=bought)
    return ProductPage(
        card=card,
        options=options,
        quote=quote,
        running=tuple(running_sales(sales, product.id, now)),
    )


def _on_sale_ids(products: Sequence[Product], wanted: Sequence[str]) -> tuple[str, ...]:
    on_sale = {p.id for p in products if p.is_on_sale}
    return tuple(pid for pid in wanted if pid in on_sale)


async def _room_views(uow: UnitOfWork, rooms: Sequence[LiveRoom]) -> list[RoomView]:
    repo = CatalogRepository(uow.session)
    names = await creator_names(uow, [r.creator_id for r in rooms])
    ids = [pid for r in rooms for pid in r.product_ids]
    products = await repo.get_products(ids) if ids else []
    return [
        RoomView(r, names.get(r.creator_id), _on_sale_ids(products, r.product_ids)) for r in rooms
    ]


async def _room_view(uow: UnitOfWork, room_id: str) -> RoomView | None:
    room = await CatalogRepository(uow.session).get_live_room(room_id)
    return (await _room_views(uow, [room]))[0] if room else None


async def _video_view(uow: UnitOfWork, video_id: str) -> VideoView | None:
    repo = CatalogRepository(uow.session)
    video = await repo.get_video(video_id)
    if video is None:
        return None
    names = await creator_names(uow, [video.creator_id])
    products = await repo.get_products(list(video.product_ids))
    return VideoView(video, names.get(video.creator_id), _on_sale_ids(products, video.product_ids))


async def _recent_videos(uow: UnitOfWork, limit: int = 8) -> list[VideoView]:
    repo = CatalogRepository(uow.session)
    videos = await repo.recent_videos(limit=limit)
    names = await creator_names(uow, [v.creator_id for v in videos])
    ids = [pid for v in videos for pid in v.product_ids]
    products = await repo.get_products(ids) if ids else []
    return [
        VideoView(v, names.get(v.creator_id), _on_sale_ids(products, v.product_ids)) for v in videos
    ]


async def _live_overview(
    uow: UnitOfWork, now: datetime, *, rooms: int = 5, preview: int = 5
) -> LiveOverview:
    """Rooms live now (with a priced preview of their carts) and the next upcoming rooms."""
    repo = CatalogRepository(uow.session)
    live = await _room_views(uow, (await repo.live_rooms_live_at(now))[:rooms])
    upcoming = await _room_views(uow, await repo.live_rooms_upcoming(now, limit=rooms))
    preview_ids = [pid for v in live for pid in v.product_ids[:preview]]
    cards = {c.product.id: c for c in await _product_cards(uow, preview_ids, now)}
    return LiveOverview(tuple(live), tuple(upcoming), cards)


async def _sale_view(
    uow: UnitOfWork, sale_id: str, now: datetime, *, user_key: str | None = None
) -> SaleView | None:
    repo = CatalogRepository(uow.session)
    sale = await repo.get_flash_sale(sale_id)
    if sale is None:
        return None
    product = await repo.get_product(sale.product_id)
    if product is None or not product.is_on_sale:
        return None
    card = (await cards_for(uow, [product], now))[0]
    sales = await repo.list_flash_sales([product.id])
    bought = await InventoryRepository(uow.session).bought(user_key, [sale.id]) if user_key else {}
    sku_id = sale.sku_id
    if sku_id is None and product.active_skus:
        sku_id = card.offer.sku_id
    quote = quote_line(product, sku_id=sku_id, sales=sales, now=now, bought=bought)
    return SaleView(sale, card, quote)


async def _creator(uow: UnitOfWork, creator_id: str) -> Creator | None:
    return await CatalogRepository(uow.session).get_creator(creator_id)


# ---- the public read services: one unit of work each ---------------------------------------
async def product_cards(infra: Infra, product_ids: Sequence[str]) -> list[ProductCard]:
    """Cards for products by id, in that order; unknown and off-shelf ids are left out."""
    async with infra.uow() as uow:
        return await _product_cards(uow, product_ids, infra.clock.now())


async def product_page(
    infra: Infra, product_id: str, *, user_key: str | None = None
) -> ProductPage | None:
    """A product page priced for `user_key`, or None when unknown or off-shelf."""
    async with infra.uow() as uow:
        return await _product_page(uow, product_id, infra.clock.now(), user_key=user_key)


async def room_view(infra: Infra, room_id: str) -> RoomView | None:
    async with infra.uow() as uow:
        return await _room_view(uow, room_id)


async def video_view(infra: Infra, video_id: str) -> VideoView | None:
    async with infra.uow() as uow:
        return await _video_view(uow, video_id)


async def recent_videos(infra: Infra, limit: int = 8) -> list[VideoView]:
    async with infra.uow() as uow:
        return await _recent_videos(uow, limit)


async def live_overview(infra: Infra, *, rooms: int = 5, preview: int = 5) -> LiveOverview:
    """Rooms live now (with a priced preview of their carts) and the next upcoming rooms."""
    async with infra.uow() as uow:
        return await _live_overview(uow, infra.clock.now(), rooms=rooms, preview=preview)


async def sale_view(infra: Infra, sale_id: str, *, user_key: str | None = None) -> SaleView | None:
    async with infra.uow() as uow:
        return await _sale_view(uow, sale_id, infra.clock.now(), user_key=user_key)


async def creator(infra: Infra, creator_id: str) -> Creator | None:
    async with infra.uow() as uow:
        return await _creator(uow, creator_id)


async def cards_for_products(infra: Infra, products: Sequence[Product]) -> list[ProductCard]:
    """Cards for products already loaded (a search page), priced now."""
    async with infra.uow() as uow:
        return await cards_for(uow, products, infra.clock.now())


@dataclass(frozen=True, slots=True)
class PricingInputs:
    """What the pricing function needs for a set of products and one shopper."""

    products: dict[str, Product]
    sales: dict[str, list[FlashSale]]  # product id → its flash sales (with `sold`)
    bought: dict[str, int]  # sale id → units already in the shopper's live orders

    def quote(
        self, product_id: str, sku_id: str | None, quantity: int, now: datetime
    ) -> LineQuote | None:
        product = self.products.get(product_id)
        if product is None:
            return None
        return quote_line(
            product,
            sku_id=sku_id,
            quantity=quantity,
            sales=self.sales.get(product_id, ()),
            now=now,
            bought=self.bought,
        )


async def pricing_inputs(
    uow: UnitOfWork, product_ids: Sequence[str], user_key: str | None
) -> PricingInputs:
    """Load products (on sale only), their flash sales and the shopper's flash purchases."""
    repo = CatalogRepository(uow.session)
    products = {p.id: p for p in await repo.get_products(list(product_ids)) if p.is_on_sale}
    sales: dict[str, list[FlashSale]] = defaultdict(list)
    for s in await repo.list_flash_sales(list(products)) if products else []:
        sales[s.product_id].append(s)
    sale_ids = [s.id for group in sales.values() for s in group]
    bought = (
        await InventoryRepository(uow.session).bought(user_key, sale_ids)
        if user_key and sale_ids
        else {}
    )
    return PricingInputs(products, dict(sales), bought)


async def record_ids(infra: Infra, record_type: str) -> list[str]:
    """Every id of one record type (`product`, `live_room`, `video`, `flash_sale`, `creator`)."""
    from catalog.repository import RECORD_TABLES

    table = RECORD_TABLES[record_type]
    async with infra.uow() as uow:
        return [rid for (rid,) in await uow.session.execute(select(table.c.id))]
