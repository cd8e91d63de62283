"""One service function per shopper action. Plain async functions on typed inputs: a button,
a typed command, the terminal and (later) an LLM tool all call the same function.

Each returns a channel-neutral `Reply` and may update `ctx.user` (saved by the engine).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from bot import deeplink
from bot.i18n import Lang, t
from bot.reply import Button, InlineResult, Line, Reply, bold, italic, link, plain
from bot.repository import BotRepository, UserState
from bot.views import (
    RELAXATIONS,
    CardInfo,
    card_buttons,
    card_lines,
    duration,
    filter_labels,
    filters_to_args,
    local_time,
    money,
    price_spans,
    shorten,
    stock_label,
)
from catalog.model import FlashSale, LiveRoom, Product, Video
from catalog.repository import CatalogRepository
from ground.infra import Infra
from ground.uow import UnitOfWork
from retrieval.types import ProductQA, ProductSearch, SearchFilters, SearchResult

PAGE_SIZE = 5
INLINE_RESULTS = 10
MAX_COMPARE = 3
ROOMS_SHOWN = 5
CART_PREVIEW = 5
CREATOR_CACHE_SECONDS = 300.0


@dataclass
class Deps:
    """What the actions need, built once per process."""

    infra: Infra
    search: ProductSearch
    qa: ProductQA
    page_size: int = PAGE_SIZE
    creator_names: dict[str, tuple[float, str]] = field(default_factory=dict)


@dataclass
class Ctx:
    """One user's turn: dependencies, their state, their language, the time."""

    deps: Deps
    user: UserState
    lang: Lang
    chat_id: str
    now: datetime
    bot_username: str | None = None
    first_name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def infra(self) -> Infra:
        return self.deps.infra

    @property
    def tz(self) -> str:
        return self.infra.settings.timezone

    def t(self, key: str, **fields: Any) -> str:
        return t(self.lang, key, **fields)


# ---- helpers ---------------------------------------------------------------------------------
async def _card_infos(
    uow: UnitOfWork, products: list[Product], now: datetime, deps: Deps | None = None
) -> list[CardInfo]:
    """Current price, running flash sale, live badge and creator for products not from search."""
    if not products:
        return []
    ids = [p.id for p in products]
    sales = await CatalogRepository(uow.session).list_flash_sales(ids)
    live_ids = {
        pid
        for room in await CatalogRepository(uow.session).live_rooms_live_at(now)
        for pid in room.product_ids
    }
    names = await _creator_names(uow, [p.creator_id for p in products], deps)
    infos = []
    for p in products:
        flash = p.active_flash_sale(sales, now)
        infos.append(
            CardInfo(
                product=p,
                price=flash.price if flash else p.price,
                flash=flash,
                live=p.id in live_ids,
                creator_name=names.get(p.creator_id or ""),
            )
        )
    return infos


async def _creator_names(
    uow: UnitOfWork, creator_ids: list[str | None], deps: Deps | None = None
) -> dict[str, str]:
    """Creator display names; cached per process for a few minutes (they rarely change and
    every result page shows them)."""
    names: dict[str, str] = {}
    cache = deps.creator_names if deps is not None else {}
    now = time.monotonic()
    for cid in dict.fromkeys(c for c in creator_ids if c):
        cached = cache.get(cid)
        if cached is not None and now - cached[0] < CREATOR_CACHE_SECONDS:
            names[cid] = cached[1]
            continue
        creator = await CatalogRepository(uow.session).get_creator(cid)
        if creator is not None:
            names[cid] = creator.name
            cache[cid] = (now, creator.name)
    return names


def _scope_filters(user: UserState) -> SearchFilters:
    if user.scope_kind == "live" and user.scope_id:
        return SearchFilters(live_room_id=user.scope_id)
    if user.scope_kind == "video" and user.scope_id:
        return SearchFilters(video_id=user.scope_id)
    return SearchFilters()


async def _scope_title(ctx: Ctx) -> str | None:
    user = ctx.user
    if not user.scope_id:
        return None
    async with ctx.infra.uow() as uow:
        if user.scope_kind == "live":
            room = await CatalogRepository(uow.session).get_live_room(user.scope_id)
            return room.title if room else user.scope_id
        video = await CatalogRepository(uow.session).get_video(user.scope_id)
        return video.title if video else user.scope_id


def _leave_button(ctx: Ctx) -> Button:
    key = "btn_leave_room" if ctx.user.scope_kind == "live" else "btn_leave_video"
    return Button(ctx.t(key), "leave")


def _list_reply(
    ctx: Ctx, infos: list[CardInfo], *, start_index: int = 1, header: list[Line] | None = None
) -> Reply:
    """Numbered cards with per-card buttons; remembers the list for "第二个" and "对比"."""
    reply = Reply(lines=list(header or []))
    for i, info in enumerate(infos, start=start_index):
        if reply.lines:
            reply.blank()
        reply.lines.extend(card_lines(i, info, ctx.lang, ctx.now))
        reply.row(*card_buttons(i, info.product, ctx.lang))
    if infos:
        reply.photo = next((i.product.cover for i in infos[:1] if i.product.cover), None)
        ctx.user.last_results = [i.product.id for i in infos]
        ctx.user.list_start = start_index
        ctx.user.focus_product_id = infos[0].product.id
    return reply


def _nav_row(ctx: Ctx, action: str, args: dict[str, Any], offset: int, total: int) -> list[Button]:
    size = ctx.deps.page_size
    pages = max(1, math.ceil(total / size))
    if pages <= 1:
        return []
    page = offset // size + 1
    row: list[Button] = []
    if offset > 0:
        row.append(Button(ctx.t("btn_prev"), action, {**args, "offset": max(0, offset - size)}))
    row.append(Button(ctx.t("page", page=page, pages=pages), "noop"))
    if offset + size < total:
        row.append(Button(ctx.t("btn_next"), action, {**args, "offset": offset + size}))
    return row


# ---- start, help, language -------------------------------------------------------------------
async def start(ctx: Ctx, payload: str | None = None) -> Reply:
    """Greeting, what the bot does, rooms live now; or open a deep link directly."""
    if payload:
        return await open_deep_link(ctx, payload)
    name = f"，{ctx.first_name}" if ctx.lang == "zh" and ctx.first_name else ""
    if ctx.lang == "en" and ctx.first_name:
        name = f" {ctx.first_name}"
    reply = Reply().add(bold(ctx.t("greeting", name=name))).add(ctx.t("intro")).blank()
    async with ctx.infra.uow() as uow:
        live = await CatalogRepository(uow.session).live_rooms_live_at(ctx.now)
    reply.add(bold(ctx.t("live_now_header")))
    if not live:
        reply.add(ctx.t("no_live_now"))
    for room in live[:ROOMS_SHOWN]:
        reply.add(
            "• ",
            bold(room.title),
            plain(
                " · "
                + ctx.t(
                    "live_until", time=local_time(room.ends_at, ctx.tz, ctx.lang, with_date=False)
                )
            ),
        )
        reply.row(
            Button(ctx.t("enter_room", title=shorten(room.title, 24)), "open_room", {"id": room.id})
        )
    reply.row(Button(ctx.t("suggest_live"), "live"), Button(ctx.t("suggest_videos"), "videos"))
    return reply


async def help_text(ctx: Ctx) -> Reply:
    return Reply().add(ctx.t("help"))


async def choose_language(ctx: Ctx) -> Reply:
    return (
        Reply()
        .add(ctx.t("lang_prompt"))
        .row(Button("中文", "lang", {"code": "zh"}), Button("English", "lang", {"code": "en"}))
    )


async def set_language(ctx: Ctx, code: str) -> Reply:
    code = code.strip().lower()
    if code.startswith("zh") or code in ("中文", "cn"):
        code = "zh"
    elif code.startswith("en") or code == "english":
        code = "en"
    else:
        return Reply().add(ctx.t("lang_unknown", code=code))
    ctx.user.language = code
    ctx.lang = code  # type: ignore[assignment]
    return Reply().add(ctx.t("lang_set"))


# ---- search ----------------------------------------------------------------------------------
async def search(
    ctx: Ctx,
    text: str,
    *,
    filters: SearchFilters | None = None,
    offset: int = 0,
    edit: bool = False,
    drop_scope: bool = False,
) -> Reply:
    """Search within the user's room/video scope; shows parsed filters, cards and paging."""
    if drop_scope:
        ctx.user.scope_kind = ctx.user.scope_id = None
    extra = filters or SearchFilters()
    scope = _scope_filters(ctx.user).merged(extra)
    result = await ctx.deps.search.search(text, k=ctx.deps.page_size, offset=offset, scope=scope)
    ctx.user.last_search = {"text": text, "filters": filters_to_args(extra), "offset": offset}
    header: list[Line] = []
    scope_title = await _scope_title(ctx)
    if scope_title:
        key = "searching_in_room" if ctx.user.scope_kind == "live" else "searching_in_video"
        header.append((italic(ctx.t(key, title=scope_title) + "…"),))
    labels = list(result.query.constraint_labels)
    labels += [lab for lab in filter_labels(extra, ctx.lang) if lab not in labels]
    if labels:
        header.append((plain(ctx.t("filters")), bold(" · ".join(labels))))
    if not result.hits:
        return _no_results(ctx, result, extra, header, edit=edit)
    header.append((plain(ctx.t("found", total=result.total)),))
    async with ctx.infra.uow() as uow:
        names = await _creator_names(uow, [h.product.creator_id for h in result.hits], ctx.deps)
    infos = [
        CardInfo(
            product=h.product,
            price=h.effective_price,
            flash=h.flash_sale,
            live=bool(h.live_room_ids),
            creator_name=names.get(h.product.creator_id or ""),
        )
        for h in result.hits
    ]
    reply = _list_reply(ctx, infos, start_index=offset + 1, header=header)
    page_args = {"text": text, "filters": filters_to_args(extra)}
    reply.row(*_nav_row(ctx, "page", page_args, offset, result.total))
    extras: list[Button] = []
    if len(infos) >= 2:
        extras.append(
            Button(ctx.t("btn_compare"), "compare", {"pids": [i.product.id for i in infos[:2]]})
        )
    if ctx.user.scope_id:
        extras.append(_leave_button(ctx))
    reply.row(*extras)
    reply.edit = edit
    return reply


def _no_results(
    ctx: Ctx, result: SearchResult, extra: SearchFilters, header: list[Line], *, edit: bool
) -> Reply:
    reply = Reply(lines=header, edit=edit)
    reply.add(bold(ctx.t("no_results"))).add(ctx.t("no_results_hint"))
    applied = result.query.filters.merged(extra)
    base_text = result.query.text
    buttons: list[Button] = []
    for key, names in RELAXATIONS:
        if any(getattr(applied, n) not in (None, False) for n in names):
            defaults: dict[str, Any] = {
                n: SearchFilters.__dataclass_fields__[n].default for n in names
            }
            relaxed = replace(applied, **defaults)
            relaxed = replace(relaxed, live_room_id=None, video_id=None)
            buttons.append(
                Button(
                    ctx.t(key), "search", {"text": base_text, "filters": filters_to_args(relaxed)}
                )
            )
    if ctx.user.scope_id:
        buttons.append(
            Button(
                ctx.t("relax_scope"),
                "search",
                {
                    "text": result.query.original,
                    "filters": filters_to_args(extra),
                    "drop_scope": True,
                },
            )
        )
    for b in buttons:
        reply.row(b)
    reply.row(Button(ctx.t("suggest_live"), "live"), Button(ctx.t("suggest_videos"), "videos"))
    return reply


# ---- products --------------------------------------------------------------------------------
async def show_product(ctx: Ctx, product_id: str) -> Reply:
    """Full details: price, flash sale, stock, attributes, options, shipping, FAQ, description."""
    async with ctx.infra.uow() as uow:
        product = await CatalogRepository(uow.session).get_product(product_id)
        if product is None:
            return Reply().add(ctx.t("not_found"))
        info = (await _card_infos(uow, [product], ctx.now, ctx.deps))[0]
    p = product
    reply = Reply(photo=p.cover)
    reply.add(bold(p.title))
    reply.add(*price_spans(info, ctx.lang, ctx.now))
    facts: list[str] = []
    if label := stock_label(p, ctx.lang):
        facts.append(label)
    if info.live:
        facts.append(ctx.t("live_badge"))
    if info.creator_name:
        facts.append(ctx.t("by_creator", name=info.creator_name))
    if facts:
        reply.add(" · ".join(facts))
    if p.brand:
        reply.add(bold(ctx.t("brand") + ": "), plain(p.brand))
    for key, value in list(p.attributes.items())[:12]:
        reply.add(bold(f"{key}: "), plain(value))
    if p.skus:
        reply.add(
            bold(ctx.t("sku_header") + ": "),
            plain(
                " / ".join(
                    f"{s.label} {money(s.price, p.currency)}"
                    + ("" if s.stock > 0 else f"({ctx.t('sold_out')})")
                    for s in p.skus[:10]
                )
            ),
        )
    if p.shipping:
        reply.add(bold(ctx.t("shipping") + ": "), plain(p.shipping))
    policy_key = f"return_{p.return_policy}"
    policy = ctx.t(policy_key) if policy_key in _known_keys() else p.return_policy
    reply.add(bold(ctx.t("returns") + ": "), plain(policy))
    if p.faqs:
        reply.add(bold(ctx.t("faq_header")))
        for faq in p.faqs[:5]:
            reply.add(plain("Q: "), plain(faq.q))
            reply.add(plain("A: "), plain(faq.a))
    if p.description:
        reply.blank().add(plain(p.description))
    actions: list[Button] = []
    if p.is_on_sale and p.in_stock:
        actions += [
            Button(ctx.t("btn_cart"), "cart_add", {"pid": p.id}),
            Button(ctx.t("btn_buy"), "buy", {"pid": p.id}),
        ]
    actions.append(Button(ctx.t("btn_remind"), "remind", {"kind": "product", "id": p.id}))
    reply.row(*actions)
    if ctx.user.scope_id:
        reply.row(_leave_button(ctx))
    ctx.user.focus_product_id = p.id
    return reply


def _known_keys() -> set[str]:
    from bot.i18n import MESSAGES

    return set(MESSAGES["zh"])


async def show_position(ctx: Ctx, position: int) -> Reply:
    """ "第二个" / "the second one": open that product of the last list."""
    product_id = ctx.user.pick(position)
    if product_id is None:
        return Reply().add(ctx.t("ordinal_missing", n=position))
    return await show_product(ctx, product_id)


async def ask(ctx: Ctx, question: str, product_id: str | None = None) -> Reply:
    """Answer a question about a product from its own data, with the source shown."""
    pid = product_id or ctx.user.focus_product_id or next(iter(ctx.user.last_results), None)
    if pid is None:
        return Reply().add(ctx.t("no_context"))
    async with ctx.infra.uow() as uow:
        product = await CatalogRepository(uow.session).get_product(pid)
    if product is None:
        return Reply().add(ctx.t("not_found"))
    answer = await ctx.deps.qa.answer(pid, question)
    ctx.user.focus_product_id = pid
    reply = Reply().add(italic(ctx.t("answer_about", title=shorten(product.title, 40))))
    if answer.answerable:
        reply.add(plain(answer.answer))
        if answer.sources:
            sources = " · ".join(shorten(f"{e.label}: {e.text}", 80) for e in answer.sources[:3])
            reply.add(italic(ctx.t("answer_source")), italic(sources))
        reply.row(Button(ctx.t("btn_details", n="").strip() or "Details", "details", {"pid": pid}))
    else:
        reply.add(plain(ctx.t("dont_know")))
        reply.row(
            Button(ctx.t("btn_forward"), "forward", {"pid": pid, "q": question[:200]}),
            Button(ctx.t("btn_details", n="").strip(), "details", {"pid": pid}),
        )
    return reply


async def forward_to_seller(ctx: Ctx, product_id: str, question: str) -> Reply:
    """Noted for the seller; replies arrive with the support feature."""
    async with ctx.infra.write_lock(), ctx.infra.uow() as uow:
        await BotRepository(uow.session).add_reminder(
            ctx.user.user_key, ctx.chat_id, "question", product_id, ctx.now
        )
        await uow.commit()
    return Reply().add(ctx.t("forwarded", question=shorten(question, 100)))


async def compare(ctx: Ctx, product_ids: list[str]) -> Reply:
    """Side by side: price, list price, stock, brand and the attributes they share."""
    ids = list(dict.fromkeys(product_ids))[:MAX_COMPARE]
    if len(ids) < 2:
        return Reply().add(ctx.t("compare_need_two"))
    async with ctx.infra.uow() as uow:
        products = await CatalogRepository(uow.session).get_products(ids)
        infos = await _card_infos(uow, products, ctx.now, ctx.deps)
    if len(infos) < 2:
        return Reply().add(ctx.t("compare_need_two"))
    marks = "①②③"
    reply = Reply().add(bold(ctx.t("compare_header")))
    for mark, info in zip(marks, infos, strict=False):
        reply.add(bold(f"{mark} "), plain(shorten(info.product.title, 50)))
    reply.blank()

    def row(label: str, values: list[str]) -> None:
        cells = " · ".join(f"{m} {v}" for m, v in zip(marks, values, strict=False))
        reply.add(bold(f"{label}: "), plain(cells))

    row(
        ctx.t("price"),
        [money(i.price, i.product.currency) + (" ⚡" if i.flash else "") for i in infos],
    )
    row(
        ctx.t("list_price"),
        [
            money(i.product.original_price, i.product.currency) if i.product.original_price else "—"
            for i in infos
        ],
    )
    row(ctx.t("stock"), [stock_label(i.product, ctx.lang) or ctx.t("in_stock") for i in infos])
    if any(i.product.brand for i in infos):
        row(ctx.t("brand"), [i.product.brand or "—" for i in infos])
    keys: list[str] = []
    for info in infos:
        keys += [k for k in info.product.attributes if k not in keys]
    for key in keys[:8]:
        row(key, [info.product.attributes.get(key, "—") for info in infos])
    for mark, info in zip(marks, infos, strict=False):
        reply.row(
            Button(
                f"{mark} " + ctx.t("btn_details", n="").strip(), "details", {"pid": info.product.id}
            ),
            Button(ctx.t("btn_cart"), "cart_add", {"pid": info.product.id}),
        )
    ctx.user.last_results = [i.product.id for i in infos]
    ctx.user.list_start = 1
    return reply


async def compare_positions(ctx: Ctx, positions: list[int]) -> Reply:
    ids = []
    for n in positions:
        product_id = ctx.user.pick(n)
        if product_id is None:
            return Reply().add(ctx.t("compare_bad_index", n=n))
        ids.append(product_id)
    return await compare(ctx, ids)


# ---- rooms, videos, flash sales --------------------------------------------------------------
async def live_rooms(ctx: Ctx) -> Reply:
    """Rooms live now with their carts, then upcoming rooms with local start times."""
    async with ctx.infra.uow() as uow:
        live = await CatalogRepository(uow.session).live_rooms_live_at(ctx.now)
        upcoming = await CatalogRepository(uow.session).live_rooms_upcoming(
            ctx.now, limit=ROOMS_SHOWN
        )
        cart_ids = [pid for r in live[:ROOMS_SHOWN] for pid in r.product_ids[:CART_PREVIEW]]
        products = {p.id: p for p in await CatalogRepository(uow.session).get_products(cart_ids)}
        names = await _creator_names(uow, [r.creator_id for r in [*live, *upcoming]])
    reply = Reply().add(bold(ctx.t("live_now_header")))
    if not live:
        reply.add(ctx.t("no_live_now"))
    for room in live[:ROOMS_SHOWN]:
        until = local_time(room.ends_at, ctx.tz, ctx.lang, with_date=False)
        reply.add(
            bold(room.title),
            plain(_creator_suffix(names, room) + " · " + ctx.t("live_until", time=until)),
        )
        reply.add(plain("  🛒 " + ctx.t("room_cart_count", count=len(room.product_ids))))
        for n, pid in enumerate(room.product_ids[:CART_PREVIEW], start=1):
            if (p := products.get(pid)) is not None:
                reply.add(
                    plain(f"  {n}. "),
                    plain(shorten(p.title, 40)),
                    plain(" " + money(p.price, p.currency)),
                )
        reply.row(
            Button(ctx.t("enter_room", title=shorten(room.title, 24)), "open_room", {"id": room.id})
        )
    reply.blank().add(bold(ctx.t("upcoming_header")))
    if not upcoming:
        reply.add(ctx.t("no_upcoming"))
    for room in upcoming:
        when = local_time(room.starts_at, ctx.tz, ctx.lang)
        reply.add(
            plain("• "),
            bold(room.title),
            plain(_creator_suffix(names, room) + " · " + ctx.t("starts_at", time=when)),
        )
        reply.row(
            Button(
                ctx.t("enter_room", title=shorten(room.title, 20)), "open_room", {"id": room.id}
            ),
            Button(
                ctx.t("remind_room", title=shorten(room.title, 12)),
                "remind",
                {"kind": "live_room", "id": room.id},
            ),
        )
    return reply


def _creator_suffix(names: dict[str, str], room: LiveRoom | Video) -> str:
    name = names.get(room.creator_id)
    return f" · {name}" if name else ""


async def videos(ctx: Ctx) -> Reply:
    async with ctx.infra.uow() as uow:
        recent = await CatalogRepository(uow.session).recent_videos(limit=8)
        names = await _creator_names(uow, [v.creator_id for v in recent])
    reply = Reply().add(bold(ctx.t("videos_header")))
    if not recent:
        reply.add(ctx.t("no_videos"))
    for video in recent:
        when = local_time(video.published_at, ctx.tz, ctx.lang)
        reply.add(
            plain("• "),
            bold(video.title),
            plain(
                _creator_suffix(names, video)
                + f" · {when} · "
                + ctx.t("video_products", count=len(video.product_ids))
            ),
        )
        reply.row(
            Button(
                ctx.t("btn_open_video", title=shorten(video.title, 24)),
                "open_video",
                {"id": video.id},
            )
        )
    return reply


async def open_room(ctx: Ctx, room_id: str, offset: int = 0, *, edit: bool = False) -> Reply:
    """Enter a live room: later searches stay in its cart; shows the cart in display order."""
    async with ctx.infra.uow() as uow:
        room = await CatalogRepository(uow.session).get_live_room(room_id)
        if room is None:
            return Reply().add(ctx.t("not_found"))
        ctx.user.scope_kind, ctx.user.scope_id = "live", room.id
        header: list[Line] = [(bold(ctx.t("entered_room", title=room.title)),)]
        if room.is_live(ctx.now):
            header.append(
                (
                    plain(
                        ctx.t(
                            "live_until",
                            time=local_time(room.ends_at, ctx.tz, ctx.lang, with_date=False),
                        )
                    ),
                )
            )
        elif room.is_upcoming(ctx.now):
            header.append(
                (plain(ctx.t("starts_at", time=local_time(room.starts_at, ctx.tz, ctx.lang))),)
            )
        return await _scoped_list(
            ctx, uow, "live", room.id, list(room.product_ids), header, offset, edit
        )


async def open_video(ctx: Ctx, video_id: str, offset: int = 0, *, edit: bool = False) -> Reply:
    async with ctx.infra.uow() as uow:
        video = await CatalogRepository(uow.session).get_video(video_id)
        if video is None:
            return Reply().add(ctx.t("not_found"))
        ctx.user.scope_kind, ctx.user.scope_id = "video", video.id
        header: list[Line] = [(bold(ctx.t("entered_video", title=video.title)),)]
        return await _scoped_list(
            ctx, uow, "video", video.id, list(video.product_ids), header, offset, edit
        )


async def _scoped_list(
    ctx: Ctx,
    uow: UnitOfWork,
    kind: str,
    scope_id: str,
    ids: list[str],
    header: list[Line],
    offset: int,
    edit: bool,
) -> Reply:
    size = ctx.deps.page_size
    if not ids:
        reply = Reply(lines=header, edit=edit).add(ctx.t("room_cart_empty"))
        return reply.row(_leave_button(ctx))
    header.append((plain(ctx.t("room_cart_header")),))
    products = await CatalogRepository(uow.session).get_products(ids[offset : offset + size])
    infos = await _card_infos(uow, products, ctx.now, ctx.deps)
    reply = _list_reply(ctx, infos, start_index=offset + 1, header=header)
    reply.row(*_nav_row(ctx, "scope_page", {"kind": kind, "id": scope_id}, offset, len(ids)))
    reply.row(_leave_button(ctx))
    reply.edit = edit
    return reply


async def leave_scope(ctx: Ctx) -> Reply:
    title = await _scope_title(ctx)
    if title is None:
        return Reply().add(ctx.t("not_in_scope"))
    ctx.user.scope_kind = ctx.user.scope_id = None
    return Reply().add(ctx.t("left_scope", title=title))


async def open_flash_sale(ctx: Ctx, sale_id: str) -> Reply:
    async with ctx.infra.uow() as uow:
        sale = await CatalogRepository(uow.session).get_flash_sale(sale_id)
        product = (
            await CatalogRepository(uow.session).get_product(sale.product_id) if sale else None
        )
        if sale is None or product is None:
            return Reply().add(ctx.t("not_found"))
        info = (await _card_infos(uow, [product], ctx.now, ctx.deps))[0]
    return _flash_sale_reply(ctx, sale, info)


def _flash_sale_reply(ctx: Ctx, sale: FlashSale, info: CardInfo) -> Reply:
    p = info.product
    reply = Reply(photo=p.cover).add(bold(ctx.t("flash_sale_header")))
    reply.lines.extend(card_lines(None, info, ctx.lang, ctx.now))
    reply.add(
        ctx.t(
            "flash_sale_info",
            price=money(sale.price, p.currency),
            qty=sale.quantity,
            limit=sale.per_user_limit,
        )
    )
    reply.add(
        ctx.t(
            "flash_sale_when",
            start=local_time(sale.starts_at, ctx.tz, ctx.lang),
            end=local_time(sale.ends_at, ctx.tz, ctx.lang),
        )
    )
    if sale.is_upcoming(ctx.now):
        reply.add(bold(ctx.t("starts_in", left=duration(sale.starts_at - ctx.now, ctx.lang))))
    elif sale.is_active(ctx.now):
        reply.add(bold(ctx.t("ends_in", left=duration(sale.ends_at - ctx.now, ctx.lang))))
    else:
        reply.add(ctx.t("flash_sale_ended"))
    buttons = [Button(ctx.t("btn_details", n="").strip(), "details", {"pid": p.id})]
    if not sale.ends_at <= ctx.now:
        buttons.append(Button(ctx.t("btn_remind"), "remind", {"kind": "flash_sale", "id": sale.id}))
    if sale.is_active(ctx.now) and p.in_stock:
        buttons.append(Button(ctx.t("btn_buy"), "buy", {"pid": p.id}))
    reply.row(*buttons)
    ctx.user.focus_product_id = p.id
    ctx.user.last_results = [p.id]
    ctx.user.list_start = 1
    return reply


async def open_deep_link(ctx: Ctx, payload: str) -> Reply:
    """`/start live_…`, `video_…`, `product_…`, `fs_…` (raw, base64 or digest form)."""
    try:
        dl = deeplink.decode(payload)
    except deeplink.DeepLinkError:
        return Reply().add(ctx.t("bad_link"))
    object_id = dl.id if dl.id is not None else await _resolve_digest(ctx, dl)
    if object_id is None:
        return Reply().add(ctx.t("bad_link"))
    if dl.kind == "live":
        return await open_room(ctx, object_id)
    if dl.kind == "video":
        return await open_video(ctx, object_id)
    if dl.kind == "fs":
        return await open_flash_sale(ctx, object_id)
    return await show_product(ctx, object_id)


async def _resolve_digest(ctx: Ctx, dl: deeplink.DeepLink) -> str | None:
    async with ctx.infra.uow() as uow:
        if dl.kind == "live":
            candidates = [r.id for r in await CatalogRepository(uow.session).list_live_rooms()]
        elif dl.kind == "video":
            candidates = [v.id for v in await CatalogRepository(uow.session).list_videos()]
        elif dl.kind == "fs":
            candidates = [s.id for s in await CatalogRepository(uow.session).list_flash_sales()]
        else:
            candidates = list((await CatalogRepository(uow.session).product_hashes()).keys())
    return next((c for c in candidates if dl.matches(c)), None)


# ---- cart, checkout, reminders ---------------------------------------------------------------
async def add_to_cart(
    ctx: Ctx, product_id: str, sku_id: str | None = None, quantity: int = 1
) -> Reply:
    """Add to the cart; a product with options first asks which one (a second step)."""
    async with ctx.infra.write_lock(), ctx.infra.uow() as uow:
        product = await CatalogRepository(uow.session).get_product(product_id)
        if product is None or not product.is_on_sale:
            return Reply().add(ctx.t("not_found"))
        if product.skus and (sku_id is None or product.sku(sku_id) is None):
            reply = Reply().add(bold(shorten(product.title, 60))).add(ctx.t("choose_sku"))
            for sku in product.skus[:20]:
                label = f"{sku.label} {money(sku.price, product.currency)}"
                if sku.stock <= 0:
                    reply.row(Button(f"{label} ({ctx.t('sold_out')})", "noop"))
                else:
                    reply.row(Button(label, "cart_add", {"pid": product.id, "sku": sku.id}))
            return reply
        qty = await BotRepository(uow.session).add_to_cart(
            ctx.user.user_key, product.id, sku_id, quantity, ctx.now
        )
        await uow.commit()
    chosen = product.sku(sku_id) if sku_id else None
    ctx.user.focus_product_id = product.id
    return (
        Reply()
        .add(
            ctx.t(
                "added_to_cart",
                title=shorten(product.title, 40),
                sku=f"（{chosen.label}）" if chosen else "",
                qty=qty,
            )
        )
        .row(Button(ctx.t("btn_view_cart"), "cart"), Button(ctx.t("btn_checkout"), "checkout"))
    )


async def view_cart(ctx: Ctx) -> Reply:
    """Lines, quantities and the exact Decimal total at today's prices."""
    async with ctx.infra.uow() as uow:
        lines = await BotRepository(uow.session).cart(ctx.user.user_key)
        products = {
            p.id: p
            for p in await CatalogRepository(uow.session).get_products(
                [ln.product_id for ln in lines]
            )
        }
        sales = await CatalogRepository(uow.session).list_flash_sales(list(products))
    reply = Reply().add(bold(ctx.t("cart_header")))
    if not lines:
        return reply.add(ctx.t("cart_empty"))
    total = Decimal("0.00")
    currency = "CNY"
    for n, line in enumerate(lines, start=1):
        product = products.get(line.product_id)
        if product is None or not product.is_on_sale:
            reply.add(plain(f"{n}. {line.product_id}"), italic(ctx.t("cart_unavailable")))
            continue
        sku = product.sku(line.sku_id) if line.sku_id else None
        unit = sku.price if sku else product.effective_price(sales, ctx.now)
        subtotal = unit * line.quantity
        total += subtotal
        currency = product.currency
        reply.add(
            plain(f"{n}. "),
            plain(
                ctx.t(
                    "cart_line",
                    title=shorten(product.title, 40),
                    sku=f"（{sku.label}）" if sku else "",
                    qty=line.quantity,
                    subtotal=money(subtotal, product.currency),
                )
            ),
        )
    reply.add(bold(ctx.t("cart_total", total=money(total, currency))))
    reply.row(
        Button(ctx.t("btn_checkout"), "checkout"), Button(ctx.t("btn_clear_cart"), "cart_clear")
    )
    return reply


async def clear_cart(ctx: Ctx) -> Reply:
    async with ctx.infra.write_lock(), ctx.infra.uow() as uow:
        await BotRepository(uow.session).clear_cart(ctx.user.user_key)
        await uow.commit()
    return Reply().add(ctx.t("cart_cleared"))


async def buy_now(ctx: Ctx, product_id: str | None = None, sku_id: str | None = None) -> Reply:
    """Checkout arrives with the orders feature; until then say so honestly and keep the cart."""
    if product_id:
        added = await add_to_cart(ctx, product_id, sku_id)
        if any(b.action == "cart_add" for b in added.all_buttons()):
            return added  # the shopper must pick an option first
    return Reply().add(ctx.t("checkout_soon")).row(Button(ctx.t("btn_view_cart"), "cart"))


async def checkout(ctx: Ctx) -> Reply:
    return Reply().add(ctx.t("checkout_soon"))


async def orders(ctx: Ctx) -> Reply:
    return Reply().add(ctx.t("orders_soon"))


async def remind(ctx: Ctx, kind: str, target_id: str) -> Reply:
    """Subscribe to a product (price drop / back in stock), a flash sale or a room going live."""
    async with ctx.infra.write_lock(), ctx.infra.uow() as uow:
        title: str | None = None
        if kind == "product":
            p = await CatalogRepository(uow.session).get_product(target_id)
            title = p.title if p else None
        elif kind == "flash_sale":
            s = await CatalogRepository(uow.session).get_flash_sale(target_id)
            p = await CatalogRepository(uow.session).get_product(s.product_id) if s else None
            title = f"{p.title if p else target_id} ⚡{money(s.price)}" if s else None
        elif kind == "live_room":
            r = await CatalogRepository(uow.session).get_live_room(target_id)
            title = r.title if r else None
        if title is None:
            return Reply().add(ctx.t("not_found"))
        created = await BotRepository(uow.session).add_reminder(
            ctx.user.user_key, ctx.chat_id, kind, target_id, ctx.now
        )
        await uow.commit()
    title = shorten(title, 50)
    if not created:
        return Reply().add(ctx.t("reminder_exists", title=title))
    key = "reminder_room_saved" if kind == "live_room" else "reminder_saved"
    return Reply().add(ctx.t(key, title=title))


# ---- inline mode -----------------------------------------------------------------------------
async def inline_search(ctx: Ctx, text: str) -> Reply:
    """`@bot query` in any chat: article results linking back into the bot."""
    reply = Reply(inline_results=[])
    if not text.strip():
        return reply
    result = await ctx.deps.search.search(text, k=INLINE_RESULTS, offset=0)
    for hit in result.hits:
        p = hit.product
        price = money(hit.effective_price, p.currency)
        lines: list[Line] = [(bold(p.title),), (plain(price),)]
        if ctx.bot_username:
            url = deeplink.deep_link(ctx.bot_username, "product", p.id)
            lines.append((link(ctx.t("inline_open"), url),))
            lines.append((plain(url),))
        description = " · ".join(
            x for x in (price, stock_label(p, ctx.lang), shorten(p.description or "", 60)) if x
        )
        assert reply.inline_results is not None
        reply.inline_results.append(
            InlineResult(
                id=_inline_id(p.id),
                title=shorten(p.title, 100),
                description=description,
                message=lines,
                thumbnail_url=p.cover,
            )
        )
    return reply


def _inline_id(product_id: str) -> str:
    # Inline result ids are ≤ 64 bytes; catalog ids are ≤ 64 chars of ASCII.
    return product_id.encode()[:64].decode()


def token_expiry(now: datetime) -> datetime:
    return now + timedelta(days=2)
