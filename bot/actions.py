"""Browsing actions: start, search, product pages, Q&A, comparison, rooms, videos, flash
sales, deep links, reminders and questions for the seller.

Each action parses what it was given, calls one read or write service (catalog.queries,
retrieval, alerts, aftersales) and renders the typed result as a channel-neutral `Reply`. No
price, stock or business rule is decided here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from aftersales.commands import AskSeller
from aftersales.errors import AftersalesError
from aftersales.services import ask_seller
from bot import deeplink
from bot.context import PAGE_SIZE, Ctx, Deps, list_reply, nav_row
from bot.explain import explain
from bot.reply import Button, InlineResult, Line, Reply, bold, italic, link, plain
from bot.repository import UserState
from bot.views import (
    RELAXATIONS,
    card_lines,
    display,
    duration,
    evidence_label,
    filter_labels,
    filters_to_args,
    local_time,
    money,
    price_spans,
    shorten,
    stock_label,
)
from catalog import queries
from catalog.model import LiveRoom
from catalog.queries import RoomView, VideoView
from retrieval.types import SearchFilters, SearchResult

__all__ = ["PAGE_SIZE", "Ctx", "Deps"]

INLINE_RESULTS = 10
MAX_QUESTION = 1000
MAX_COMPARE = 3
ROOMS_SHOWN = 5
CART_PREVIEW = 5


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
    if user.scope_kind == "live":
        room = await queries.room_view(ctx.infra, user.scope_id)
        return room.room.title if room else user.scope_id
    video = await queries.video_view(ctx.infra, user.scope_id)
    return video.video.title if video else user.scope_id


def _leave_button(ctx: Ctx) -> Button:
    key = "btn_leave_room" if ctx.user.scope_kind == "live" else "btn_leave_video"
    return Button(ctx.t(key), "leave")


# ---- start, help, language -------------------------------------------------------------------
async def start(ctx: Ctx, payload: str | None = None) -> Reply:
    """Greeting, what the bot does, rooms live now; or open a deep link directly."""
    if payload:
        return await open_deep_link(ctx, payload)
    name = f"，{ctx.first_name}" if ctx.lang == "zh" and ctx.first_name else ""
    if ctx.lang == "en" and ctx.first_name:
        name = f" {ctx.first_name}"
    reply = Reply().add(bold(ctx.t("greeting", name=name))).add(ctx.t("intro")).blank()
    overview = await queries.live_overview(ctx.infra, rooms=ROOMS_SHOWN, preview=0)
    live = [v.room for v in overview.live]
    reply.add(bold(ctx.t("live_now_header")))
    if not live:
        reply.add(ctx.t("no_live_now"))
    for room in live[:ROOMS_SHOWN]:
        reply.add(
            "• ",
            bold(room.title),
            plain(
                " · "
                + ctx.t("live_until", time=local_time(room.ends_at, ctx.tz, ctx.lang, now=ctx.now))
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
    # Labels in the shopper's language, from the filters themselves (the query may have been
    # typed in the other language).
    labels = filter_labels(result.query.filters, ctx.lang, creator=_creator_label(result))
    if labels:
        header.append((plain(ctx.t("filters")), bold(" · ".join(labels))))
    if result.nothing_matches:
        return _nothing_matches(ctx, text, result, extra, header, offset=offset, edit=edit)
    if not result.hits and offset > 0 and result.total > 0:
        # "下一页" past the end: the list is still there, there is just no more of it.
        ctx.user.last_search = {
            **ctx.user.last_search,
            "offset": max(0, offset - ctx.deps.page_size),
        }
        return Reply().add(ctx.t("past_last_page", total=result.total))
    if not result.hits:
        return _no_results(ctx, result, extra, header, edit=edit)
    header.append((plain(ctx.t("found", total=result.total)),))
    cards = [h.card for h in result.hits]
    reply = list_reply(ctx, cards, start_index=offset + 1, header=header)
    page_args = {"text": text, "filters": filters_to_args(extra)}
    reply.row(*nav_row(ctx, "page", page_args, offset, result.total))
    extras: list[Button] = []
    if len(cards) >= 2:
        extras.append(
            Button(ctx.t("btn_compare"), "compare", {"pids": [c.product.id for c in cards[:2]]})
        )
    if ctx.user.scope_id:
        extras.append(_leave_button(ctx))
    reply.row(*extras)
    reply.edit = edit
    return reply


def _creator_label(result: SearchResult) -> str | None:
    """The creator a query named, as the parser labelled it ("主播：小美" / "by Xiaomei")."""
    for label in result.query.constraint_labels:
        for prefix in ("主播：", "by "):
            if label.startswith(prefix):
                return label.removeprefix(prefix)
    return None


def _nothing_matches(
    ctx: Ctx,
    text: str,
    result: SearchResult,
    extra: SearchFilters,
    header: list[Line],
    *,
    offset: int,
    edit: bool,
) -> Reply:
    """Say plainly that nothing is what was asked for; then the nearest alternatives, labelled
    as such (found without the query's constraints when that is where they came from)."""
    wanted = result.query.text or result.query.original
    header.append((bold(ctx.t("nothing_matches", query=shorten(wanted, 30))),))
    if not result.hits:
        return _no_results(ctx, result, extra, header, edit=edit, said=True)
    if result.alternatives_filters is not None:
        header.append((italic(ctx.t("alternatives_relaxed")),))
    else:
        header.append((italic(ctx.t("alternatives_nearest")),))
    cards = [h.card for h in result.hits]
    reply = list_reply(ctx, cards, start_index=offset + 1, header=header)
    page_args = {"text": text, "filters": filters_to_args(extra)}
    reply.row(*nav_row(ctx, "page", page_args, offset, result.total))
    for b in _relax_buttons(ctx, result, extra):
        reply.row(b)
    reply.edit = edit
    return reply


def _no_results(
    ctx: Ctx,
    result: SearchResult,
    extra: SearchFilters,
    header: list[Line],
    *,
    edit: bool,
    said: bool = False,
) -> Reply:
    reply = Reply(lines=header, edit=edit)
    if not said:
        reply.add(bold(ctx.t("no_results")))
    reply.add(ctx.t("no_results_hint"))
    for b in _relax_buttons(ctx, result, extra):
        reply.row(b)
    reply.row(Button(ctx.t("suggest_live"), "live"), Button(ctx.t("suggest_videos"), "videos"))
    return reply


def _relax_buttons(ctx: Ctx, result: SearchResult, extra: SearchFilters) -> list[Button]:
    """One button per constraint the search could do without, and one to leave the scope."""
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
    return buttons


# ---- products --------------------------------------------------------------------------------
async def show_product(ctx: Ctx, product_id: str) -> Reply:
    """Full details: price, flash sale, stock, attributes, options (each priced for this
    shopper), shipping, FAQ, description. Off-shelf products are not shown."""
    page = await queries.product_page(ctx.infra, product_id, user_key=ctx.user_key)
    if page is None:
        return Reply().add(ctx.t("not_found"))
    card = page.card
    p = card.product
    reply = Reply(photo=p.cover)
    reply.add(bold(display(p.title)))
    reply.add(*price_spans(card, ctx.lang, ctx.now))
    for sale in page.running:
        if sale.units_left <= 0:
            reply.add(italic(ctx.t("flash_sold_out_note", price=money(sale.price, p.currency))))
    if card.offer.flash_sale is not None:
        sale = card.offer.flash_sale
        reply.add(
            plain(
                ctx.t(
                    "flash_sale_info",
                    price=money(card.offer.price, p.currency),
                    qty=sale.units_left,
                    limit=sale.per_user_limit,
                )
            )
        )
    elif card.upcoming_sale is not None:
        sale = card.upcoming_sale
        reply.add(
            plain(
                ctx.t(
                    "flash_upcoming_line",
                    price=money(sale.price, p.currency),
                    time=local_time(sale.starts_at, ctx.tz, ctx.lang, now=ctx.now),
                )
            )
        )
    facts: list[str] = []
    if label := stock_label(p, ctx.lang):
        facts.append(label)
    if card.live:
        facts.append(ctx.t("live_badge"))
    if card.creator_name:
        facts.append(ctx.t("by_creator", name=card.creator_name))
    if facts:
        reply.add(" · ".join(facts))
    if p.brand:
        reply.add(bold(ctx.t("brand") + ": "), plain(p.brand))
    for key, value in list(p.attributes.items())[:12]:
        reply.add(bold(f"{key}: "), plain(value))
    if page.options:
        reply.add(
            bold(ctx.t("sku_header") + ": "),
            plain(
                " / ".join(
                    f"{o.label} {money(o.quote.unit_price, p.currency)}"
                    + ("⚡" if o.quote.on_flash_sale else "")
                    + ("" if o.quote.available > 0 else f"({ctx.t('sold_out')})")
                    for o in page.options[:10]
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
    if p.in_stock:
        actions += [
            Button(ctx.t("btn_cart"), "cart_add", {"pid": p.id}),
            Button(ctx.t("btn_buy"), "buy", {"pid": p.id}),
        ]
    actions.append(Button(ctx.t("btn_remind"), "remind", {"kind": "product", "id": p.id}))
    reply.row(*actions)
    if follow := _follow_buttons(ctx, p.creator_id, page.card.creator_name):
        reply.row(*follow)
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
    pid = (
        product_id
        or ctx.user.focus_product_id
        or next((p for p in ctx.user.last_results if p), None)
    )
    if pid is None:
        return Reply().add(ctx.t("no_context"))
    cards = await queries.product_cards(ctx.infra, [pid])
    if not cards:
        return Reply().add(ctx.t("not_found"))
    product = cards[0].product
    # The whole reply is in the shopper's language, whatever language the question was in.
    answer = await ctx.deps.qa.answer(pid, question, language=ctx.lang)
    ctx.user.focus_product_id = pid
    reply = Reply().add(italic(ctx.t("answer_about", title=shorten(product.title, 40))))
    if answer.answerable:
        reply.add(plain(answer.answer))
        if answer.sources:
            sep = ", " if ctx.lang == "en" else "、"  # an option list in the reply's language
            sources = " · ".join(
                shorten(f"{evidence_label(e, ctx.lang)}: {e.text.replace('、', sep)}", 80)
                for e in answer.sources[:3]
            )
            reply.add(italic(ctx.t("answer_source")), italic(sources))
        reply.row(Button(ctx.t("btn_details", n="").strip() or "Details", "details", {"pid": pid}))
    else:
        if answer.sources:
            # A refusal that says why with the listing's own data ("no 6.3 m one; lengths are
            # 3.6 / 4.5 / 5.4 m"): that is more use than "I don't know".
            reply.add(plain(answer.answer))
        else:
            reply.add(plain(ctx.t("dont_know")))
        reply.row(
            Button(ctx.t("btn_forward"), "forward", {"pid": pid, "q": question[:MAX_QUESTION]}),
            Button(ctx.t("btn_details", n="").strip(), "details", {"pid": pid}),
        )
    return reply


async def forward_to_seller(ctx: Ctx, product_id: str, question: str) -> Reply:
    """The question, with its text, becomes a ticket for the seller (every question its own)."""
    try:
        ticket = await ask_seller(
            ctx.infra,
            AskSeller(ctx.user_key, ctx.chat_id, product_id, question, language=ctx.lang),
        )
    except AftersalesError as exc:
        return explain(ctx, exc)
    return Reply().add(ctx.t("forwarded", question=shorten(question, 100), ticket=ticket.id))


async def compare(ctx: Ctx, product_ids: list[str]) -> Reply:
    """Side by side: price, list price, stock, brand and the attributes they share."""
    ids = list(dict.fromkeys(product_ids))[:MAX_COMPARE]
    if len(ids) < 2:
        return Reply().add(ctx.t("compare_need_two"))
    infos = await queries.product_cards(ctx.infra, ids)
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
        [
            money(i.offer.price, i.product.currency) + (" ⚡" if i.offer.flash_sale else "")
            for i in infos
        ],
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
    # The list the shopper is looking at stays what it was: after "对比1和3", "第二个" is still
    # card 2 of that list.
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
    """Rooms live now with their carts (priced like every card), then upcoming rooms."""
    overview = await queries.live_overview(ctx.infra, rooms=ROOMS_SHOWN, preview=CART_PREVIEW)
    reply = Reply().add(bold(ctx.t("live_now_header")))
    if not overview.live:
        reply.add(ctx.t("no_live_now"))
    for view in overview.live:
        room = view.room
        until = local_time(room.ends_at, ctx.tz, ctx.lang, now=ctx.now)
        reply.add(
            bold(room.title),
            plain(_creator_suffix(view) + " · " + ctx.t("live_until", time=until)),
        )
        reply.add(plain("  🛒 " + ctx.t("room_cart_count", count=len(view.product_ids))))
        for n, pid in enumerate(view.product_ids[:CART_PREVIEW], start=1):
            if (card := overview.cards.get(pid)) is not None:
                reply.add(
                    plain(f"  {n}. "),
                    plain(shorten(card.product.title, 40) + " "),
                    *price_spans(card, ctx.lang, ctx.now)[:1],
                    plain(" ⚡" if card.offer.flash_sale else ""),
                )
        reply.row(
            Button(ctx.t("enter_room", title=shorten(room.title, 24)), "open_room", {"id": room.id})
        )
    reply.blank().add(bold(ctx.t("upcoming_header")))
    if not overview.upcoming:
        reply.add(ctx.t("no_upcoming"))
    for view in overview.upcoming:
        room = view.room
        when = local_time(room.starts_at, ctx.tz, ctx.lang, now=ctx.now)
        reply.add(
            plain("• "),
            bold(room.title),
            plain(_creator_suffix(view) + " · " + ctx.t("starts_at", time=when)),
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


def _creator_suffix(view: RoomView | VideoView) -> str:
    return f" · {view.creator_name}" if view.creator_name else ""


async def videos(ctx: Ctx) -> Reply:
    recent = await queries.recent_videos(ctx.infra, limit=8)
    reply = Reply().add(bold(ctx.t("videos_header")))
    if not recent:
        reply.add(ctx.t("no_videos"))
    for view in recent:
        video = view.video
        when = local_time(video.published_at, ctx.tz, ctx.lang, now=ctx.now)
        reply.add(
            plain("• "),
            bold(video.title),
            plain(
                _creator_suffix(view)
                + f" · {when} · "
                + ctx.t("video_products", count=len(view.product_ids))
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


def _room_status(ctx: Ctx, room: LiveRoom) -> Line:
    if room.is_live(ctx.now):
        until = local_time(room.ends_at, ctx.tz, ctx.lang, now=ctx.now)
        return (plain(ctx.t("live_until", time=until)),)
    if room.is_upcoming(ctx.now):
        start = local_time(room.starts_at, ctx.tz, ctx.lang, now=ctx.now)
        return (plain(ctx.t("starts_at", time=start)),)
    ended = local_time(room.ends_at, ctx.tz, ctx.lang, now=ctx.now)
    return (italic(ctx.t("room_ended", time=ended)),)


async def open_room(ctx: Ctx, room_id: str, offset: int = 0, *, edit: bool = False) -> Reply:
    """Enter a live room: later searches stay in its cart; shows the cart in display order."""
    view = await queries.room_view(ctx.infra, room_id)
    if view is None:
        return Reply().add(ctx.t("not_found"))
    room = view.room
    ctx.user.scope_kind, ctx.user.scope_id = "live", room.id
    key = "entered_room" if not room.ends_at <= ctx.now else "entered_ended_room"
    header: list[Line] = [(bold(ctx.t(key, title=room.title)),), _room_status(ctx, room)]
    extra = _follow_buttons(ctx, room.creator_id, view.creator_name)
    if room.is_upcoming(ctx.now):
        extra.insert(
            0,
            Button(
                ctx.t("remind_room", title=shorten(room.title, 12)),
                "remind",
                {"kind": "live_room", "id": room.id},
            ),
        )
    return await _scoped_list(
        ctx, "live", room.id, list(view.product_ids), header, offset, edit, extra
    )


async def open_video(ctx: Ctx, video_id: str, offset: int = 0, *, edit: bool = False) -> Reply:
    view = await queries.video_view(ctx.infra, video_id)
    if view is None:
        return Reply().add(ctx.t("not_found"))
    ctx.user.scope_kind, ctx.user.scope_id = "video", view.video.id
    header: list[Line] = [(bold(ctx.t("entered_video", title=view.video.title)),)]
    extra = _follow_buttons(ctx, view.video.creator_id, view.creator_name)
    return await _scoped_list(
        ctx, "video", view.video.id, list(view.product_ids), header, offset, edit, extra
    )


def _follow_buttons(ctx: Ctx, creator_id: str | None, name: str | None) -> list[Button]:
    """➕ Follow the creator (live starts, their broadcasts and flash sales)."""
    if not creator_id:
        return []
    label = ctx.t("btn_follow", name=shorten(name or creator_id, 12))
    return [Button(label, "remind", {"kind": "creator", "id": creator_id})]


async def _scoped_list(
    ctx: Ctx,
    kind: str,
    scope_id: str,
    ids: list[str],
    header: list[Line],
    offset: int,
    edit: bool,
    extra: list[Button] | None = None,
) -> Reply:
    size = ctx.deps.page_size
    if not ids:
        reply = Reply(lines=header, edit=edit).add(ctx.t("room_cart_empty"))
        return reply.row(*(extra or []), _leave_button(ctx))
    header.append((plain(ctx.t("room_cart_header")),))
    cards = await queries.product_cards(ctx.infra, ids[offset : offset + size])
    reply = list_reply(ctx, cards, start_index=offset + 1, header=header)
    reply.row(*nav_row(ctx, "scope_page", {"kind": kind, "id": scope_id}, offset, len(ids)))
    reply.row(*(extra or []), _leave_button(ctx))
    reply.edit = edit
    return reply


async def leave_scope(ctx: Ctx) -> Reply:
    title = await _scope_title(ctx)
    if title is None:
        return Reply().add(ctx.t("not_in_scope"))
    ctx.user.scope_kind = ctx.user.scope_id = None
    return Reply().add(ctx.t("left_scope", title=title))


async def open_flash_sale(ctx: Ctx, sale_id: str) -> Reply:
    view = await queries.sale_view(ctx.infra, sale_id, user_key=ctx.user_key)
    if view is None:
        return Reply().add(ctx.t("not_found"))
    sale, card, quote = view.sale, view.card, view.quote
    p = card.product
    reply = Reply(photo=p.cover).add(bold(ctx.t("flash_sale_header")))
    reply.lines.extend(card_lines(None, card, ctx.lang, ctx.now))
    sku = p.sku(sale.sku_id) if sale.sku_id else None
    if sku is not None:
        reply.add(plain(ctx.t("flash_sale_sku", sku=sku.label)))
    reply.add(
        ctx.t(
            "flash_sale_info",
            price=money(sale.price, p.currency),
            qty=sale.units_left,
            limit=sale.per_user_limit,
        )
    )
    reply.add(
        ctx.t(
            "flash_sale_when",
            start=local_time(sale.starts_at, ctx.tz, ctx.lang, now=ctx.now),
            end=local_time(sale.ends_at, ctx.tz, ctx.lang, now=ctx.now),
        )
    )
    running = sale.is_active(ctx.now)
    if sale.is_upcoming(ctx.now):
        reply.add(bold(ctx.t("starts_in", left=duration(sale.starts_at - ctx.now, ctx.lang))))
    elif running and sale.units_left <= 0:
        reply.add(bold(ctx.t("flash_sold_out")))
    elif running:
        reply.add(bold(ctx.t("ends_in", left=duration(sale.ends_at - ctx.now, ctx.lang))))
    else:
        reply.add(ctx.t("flash_sale_ended"))
    buttons = [Button(ctx.t("btn_details", n="").strip(), "details", {"pid": p.id})]
    if not sale.ends_at <= ctx.now and sale.units_left > 0:
        buttons.append(Button(ctx.t("btn_remind"), "remind", {"kind": "flash_sale", "id": sale.id}))
    if sale.is_upcoming(ctx.now):
        buttons.append(Button(ctx.t("btn_grab_for_me"), "mandate_preview", {"sale": sale.id}))
    if running and quote.available > 0:
        args: dict[str, Any] = {"pid": p.id}
        if sale.sku_id:
            args["sku"] = sale.sku_id
        buttons.append(Button(ctx.t("btn_buy"), "buy", args))
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
    kind = {"live": "live_room", "video": "video", "fs": "flash_sale"}.get(dl.kind, "product")
    candidates = await queries.record_ids(ctx.infra, kind)
    return next((c for c in candidates if dl.matches(c)), None)


# ---- inline mode -----------------------------------------------------------------------------
async def inline_search(ctx: Ctx, text: str) -> Reply:
    """`@bot query` in any chat: article results linking back into the bot."""
    reply = Reply(inline_results=[])
    if not text.strip():
        return reply
    result = await ctx.deps.search.search(text, k=INLINE_RESULTS, offset=0)
    for hit in result.hits:
        p = hit.product
        price = money(hit.offer.price, p.currency)
        lines: list[Line] = [(bold(display(p.title)),), (plain(price),)]
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
