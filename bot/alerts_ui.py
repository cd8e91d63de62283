"""Alerts in the chat: follow, remind, watch, /alerts (mute, change, delete), /quiet, and the
creator's desk (/golive, /broadcast, /flashsale, /stats). Each action parses, calls one
`alerts` service, and renders its typed result."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from alerts import creators as cr
from alerts import services as al
from alerts.commands import (
    ChangeSubscription,
    CreateFlashSale,
    FollowByName,
    GoLive,
    ListSubscriptions,
    SendBroadcast,
    SetQuietHours,
    Subscribe,
    Watch,
)
from alerts.errors import AlertError
from alerts.model import (
    DEFAULT_LEAD_MINUTES,
    PRE_LIVE_MINUTES,
    Subscribed,
    SubscriptionKind,
    SubscriptionView,
)
from bot.alert_intents import RemindIntent
from bot.context import Ctx
from bot.explain import explain
from bot.reply import Button, Reply, bold, italic, plain
from bot.views import duration, local_time, money, shorten
from catalog import queries
from catalog.pricing import upcoming_sales

LEAD_CHOICES = (1, 5, 15, 30)
MAX_LISTED = 20
BROADCAST_PRODUCTS = 8

_KINDS = {k.value: k for k in SubscriptionKind}


def _alerts_button(ctx: Ctx) -> Button:
    return Button(ctx.t("btn_my_alerts"), "alerts")


# ---- subscribing -----------------------------------------------------------------------------
async def remind(
    ctx: Ctx, kind: str, target_id: str, params: dict[str, Any] | None = None
) -> Reply:
    """Follow a creator, be reminded of a sale or a room, or of a product's price / restock."""
    sub_kind = _KINDS.get(kind)
    if sub_kind is None or sub_kind is SubscriptionKind.WATCH:
        return Reply().add(ctx.t("not_found"))
    try:
        result = await al.subscribe(
            ctx.infra, Subscribe(ctx.user_key, ctx.chat_id, sub_kind, target_id, params)
        )
    except AlertError as exc:
        return explain(ctx, exc)
    return await _subscribed(ctx, result, changed=params is not None)


async def _subscribed(ctx: Ctx, result: Subscribed, *, changed: bool = False) -> Reply:
    sub = result.subscription
    title = shorten(result.title, 50)
    reply = Reply()
    if sub.kind is SubscriptionKind.FLASH_SALE:
        lead = int(sub.params.get("lead", DEFAULT_LEAD_MINUTES))
        view = await queries.sale_view(ctx.infra, sub.target_id, user_key=ctx.user_key)
        key = "alert_sale_saved" if result.created or changed else "alert_sale_exists"
        reply.add(ctx.t(key, title=title, lead=lead))
        if view is not None and view.sale.is_active(ctx.now):
            reply.add(bold(ctx.t("alert_sale_running")))
            args: dict[str, Any] = {"pid": view.sale.product_id}
            if view.sale.sku_id:
                args["sku"] = view.sale.sku_id
            reply.row(Button(ctx.t("btn_buy"), "buy", args))
        elif view is not None:
            left = view.sale.starts_at - ctx.now
            reply.add(ctx.t("starts_in", left=duration(left, ctx.lang)))
            reply.row(
                *(
                    Button(
                        ("✓ " if n == lead else "") + ctx.t("alert_lead", n=n),
                        "alert_lead",
                        {"id": sub.id, "lead": n},
                    )
                    for n in LEAD_CHOICES
                )
            )
            reply.row(Button(ctx.t("btn_grab_for_me"), "mandate_preview", {"sale": sub.target_id}))
    elif sub.kind is SubscriptionKind.CREATOR:
        key = "alert_follow_saved" if result.created else "alert_follow_exists"
        reply.add(ctx.t(key, title=title))
        pre = bool(sub.params.get("pre_live"))
        reply.add(ctx.t("alert_pre_live_on" if pre else "alert_pre_live_off", n=PRE_LIVE_MINUTES))
        reply.row(
            Button(
                ctx.t("btn_pre_live_off" if pre else "btn_pre_live_on", n=PRE_LIVE_MINUTES),
                "alert_pre_live",
                {"id": sub.id, "on": not pre},
            )
        )
    elif sub.kind is SubscriptionKind.LIVE_ROOM:
        key = "alert_room_saved" if result.created else "alert_room_exists"
        reply.add(ctx.t(key, title=title))
    elif sub.kind is SubscriptionKind.WATCH:
        key = "alert_watch_saved" if result.created else "alert_watch_exists"
        reply.add(ctx.t(key, query=title))
    else:
        target = sub.params.get("target_price")
        product = await queries.product_cards(ctx.infra, [sub.target_id])
        currency = product[0].product.currency if product else "CNY"
        if target:
            reply.add(
                ctx.t("alert_price_saved", title=title, price=money(Decimal(target), currency))
            )
        else:
            key = "alert_product_saved" if result.created or changed else "alert_product_exists"
            reply.add(ctx.t(key, title=title))
        reply.row(Button(ctx.t("btn_target_price"), "alert_target_form", {"id": sub.id}))
    reply.row(_alerts_button(ctx))
    return reply


async def remind_from_text(ctx: Ctx, intent: RemindIntent) -> Reply:
    """ "提醒我" about what is on screen: the sale of the product in focus, the room the
    shopper is in, or the product itself (back in stock / a price target)."""
    product_id = ctx.user.focus_product_id
    in_room = ctx.user.scope_kind == "live" and ctx.user.scope_id
    if in_room and (intent.what == "live" or (intent.what == "auto" and product_id is None)):
        room = await queries.room_view(ctx.infra, str(ctx.user.scope_id))
        if room is not None and room.room.is_upcoming(ctx.now):
            return await remind(ctx, "live_room", room.room.id)
        if room is not None:
            return await remind(ctx, "creator", room.room.creator_id)
    if product_id is None:
        return Reply().add(ctx.t("alert_remind_what"))
    if intent.what in ("auto", "sale"):
        page = await queries.product_page(ctx.infra, product_id, user_key=ctx.user_key)
        if page is not None:
            sales = upcoming_sales(page.card.sales, product_id, ctx.now)
            running = next((r for r in page.running if r.units_left > 0), None)
            if sales:
                lead = {"lead": intent.lead} if intent.lead else None
                return await remind(ctx, "flash_sale", sales[0].id, lead)
            if running is not None and intent.what == "sale":
                return await remind(ctx, "flash_sale", running.id)
            if intent.what == "sale":
                reply = Reply().add(
                    ctx.t("alert_no_sale", title=shorten(page.card.product.title, 40))
                )
                reply.row(
                    Button(
                        ctx.t("btn_notify_restock"), "remind", {"kind": "product", "id": product_id}
                    )
                )
                return reply
    if intent.what == "live":
        cards = await queries.product_cards(ctx.infra, [product_id])
        creator_id = cards[0].product.creator_id if cards else None
        if creator_id:
            return await remind(ctx, "creator", creator_id, {"pre_live": True})
        return Reply().add(ctx.t("alert_remind_what"))
    params: dict[str, Any] = {"restock": True}
    if intent.target_price:
        params["target_price"] = intent.target_price
    return await remind(ctx, "product", product_id, params)


async def follow_name(ctx: Ctx, name: str) -> Reply:
    try:
        result = await al.follow_by_name(ctx.infra, FollowByName(ctx.user_key, ctx.chat_id, name))
    except AlertError as exc:
        return explain(ctx, exc)
    return await _subscribed(ctx, result)


async def watch(ctx: Ctx, query: str) -> Reply:
    """Save a search; show what matches it today, so the shopper sees what it looks for."""
    try:
        result = await al.watch(ctx.infra, Watch(ctx.user_key, ctx.chat_id, query))
    except AlertError as exc:
        return explain(ctx, exc)
    reply = await _subscribed(ctx, result)
    found = await ctx.deps.search.search(query, k=20)
    matching = sum(1 for hit in found.hits if hit.is_match)
    if matching and not found.nothing_matches:
        reply.add(ctx.t("alert_watch_now", n=f"{matching}+" if matching >= 20 else matching))
        reply.row(Button(ctx.t("btn_show_matches"), "search", {"text": query}))
    else:
        reply.add(ctx.t("alert_watch_none_yet"))
    return reply


async def watch_command(ctx: Ctx, args: tuple[str, ...]) -> Reply:
    if not args:
        return Reply().add(ctx.t("watch_usage"))
    return await watch(ctx, " ".join(args))


# ---- /alerts ---------------------------------------------------------------------------------
def _describe(ctx: Ctx, view: SubscriptionView) -> str:
    sub = view.subscription
    title = shorten(view.title, 36)
    if sub.kind is SubscriptionKind.FLASH_SALE:
        when = local_time(view.starts_at, ctx.tz, ctx.lang, now=ctx.now) if view.starts_at else ""
        text = ctx.t("alert_item_sale", title=title, time=when, lead=sub.params.get("lead", 5))
    elif sub.kind is SubscriptionKind.LIVE_ROOM:
        when = local_time(view.starts_at, ctx.tz, ctx.lang, now=ctx.now) if view.starts_at else ""
        text = ctx.t("alert_item_room", title=title, time=when)
    elif sub.kind is SubscriptionKind.CREATOR:
        extra = ctx.t("alert_item_pre", n=PRE_LIVE_MINUTES) if sub.params.get("pre_live") else ""
        text = ctx.t("alert_item_creator", title=title) + extra
    elif sub.kind is SubscriptionKind.WATCH:
        text = ctx.t("alert_item_watch", query=title)
    else:
        target = sub.params.get("target_price")
        text = (
            ctx.t("alert_item_price", title=title, price=target)
            if target
            else ctx.t("alert_item_product", title=title)
        )
    if view.gone:
        text += ctx.t("alert_item_gone")
    if sub.muted:
        text += ctx.t("alert_item_muted")
    return text


async def alerts_list(ctx: Ctx, *, edit: bool = False) -> Reply:
    """Everything followed or watched, each with mute / change / delete."""
    listing = await al.list_subscriptions(ctx.infra, ListSubscriptions(ctx.user_key))
    reply = Reply(edit=edit).add(bold(ctx.t("alerts_header")))
    if not listing.items:
        reply.add(ctx.t("alerts_empty"))
    for n, view in enumerate(listing.items[:MAX_LISTED], start=1):
        sub = view.subscription
        reply.add(f"{n}. ", plain(_describe(ctx, view)))
        row = [
            Button(
                f"{n} " + ctx.t("btn_unmute" if sub.muted else "btn_mute"),
                "alert_mute",
                {"id": sub.id, "muted": not sub.muted},
            )
        ]
        if sub.kind is not SubscriptionKind.LIVE_ROOM and not view.gone:
            row.append(Button(f"{n} " + ctx.t("btn_change"), "alert_change", {"id": sub.id}))
        row.append(Button(f"{n} " + ctx.t("btn_delete"), "alert_delete", {"id": sub.id}))
        reply.row(*row)
    if len(listing.items) > MAX_LISTED:
        reply.add(italic(ctx.t("alerts_more", n=len(listing.items) - MAX_LISTED)))
    quiet = listing.prefs.quiet
    reply.blank().add(
        ctx.t("quiet_now", hours=str(quiet), tz=listing.prefs.timezone)
        if quiet
        else ctx.t("quiet_none")
    )
    reply.row(Button(ctx.t("btn_quiet"), "quiet_menu"))
    return reply


async def _change(ctx: Ctx, cmd: ChangeSubscription) -> Reply:
    try:
        await al.change_subscription(ctx.infra, cmd)
    except AlertError as exc:
        return explain(ctx, exc)
    reply = await alerts_list(ctx, edit=True)
    reply.notice = ctx.t("alert_deleted" if cmd.delete else "alert_updated")
    return reply


async def mute(ctx: Ctx, subscription_id: int, muted: bool) -> Reply:
    return await _change(ctx, ChangeSubscription(ctx.user_key, subscription_id, muted=muted))


async def delete(ctx: Ctx, subscription_id: int) -> Reply:
    return await _change(ctx, ChangeSubscription(ctx.user_key, subscription_id, delete=True))


async def set_lead(ctx: Ctx, subscription_id: int, lead: int) -> Reply:
    return await _set_params(ctx, subscription_id, {"lead": lead})


async def set_pre_live(ctx: Ctx, subscription_id: int, on: bool) -> Reply:
    return await _set_params(ctx, subscription_id, {"pre_live": on})


async def _set_params(ctx: Ctx, subscription_id: int, params: dict[str, Any]) -> Reply:
    try:
        sub = await al.change_subscription(
            ctx.infra, ChangeSubscription(ctx.user_key, subscription_id, params=params)
        )
    except AlertError as exc:
        return explain(ctx, exc)
    if sub is None:
        return await alerts_list(ctx)
    listing = await al.list_subscriptions(ctx.infra, ListSubscriptions(ctx.user_key))
    view = next((v for v in listing.items if v.subscription.id == sub.id), None)
    title = view.title if view else sub.target_id
    reply = await _subscribed(ctx, Subscribed(sub, title, created=False), changed=True)
    reply.notice = ctx.t("alert_updated")
    return reply


async def change(ctx: Ctx, subscription_id: int) -> Reply:
    """What can be changed about one subscription, as buttons (or a form for prices)."""
    listing = await al.list_subscriptions(ctx.infra, ListSubscriptions(ctx.user_key))
    view = next((v for v in listing.items if v.subscription.id == subscription_id), None)
    if view is None:
        return Reply(notice=ctx.t("alert_unknown")).add(ctx.t("alert_unknown"))
    sub = view.subscription
    if sub.kind is SubscriptionKind.PRODUCT:
        return target_form(ctx, subscription_id)
    if sub.kind is SubscriptionKind.WATCH:
        ctx.user.pending = {"kind": "watch_edit", "id": sub.id}
        return Reply().add(ctx.t("watch_edit_prompt", query=view.title))
    return await _subscribed(ctx, Subscribed(sub, view.title, created=False), changed=True)


def target_form(ctx: Ctx, subscription_id: int) -> Reply:
    ctx.user.pending = {"kind": "target_price", "id": subscription_id}
    return Reply().add(ctx.t("target_prompt"))


async def receive_target(ctx: Ctx, subscription_id: int, text: str) -> Reply:
    amount = text.strip().lstrip("¥￥$").replace("元", "").replace("块", "").strip()
    return await _set_params(ctx, subscription_id, {"target_price": amount})


async def receive_watch_edit(ctx: Ctx, subscription_id: int, text: str) -> Reply:
    """A watch's new words: the new search replaces the old one."""
    try:
        await al.change_subscription(
            ctx.infra, ChangeSubscription(ctx.user_key, subscription_id, delete=True)
        )
    except AlertError as exc:
        return explain(ctx, exc)
    return await watch(ctx, text)


# ---- quiet hours -----------------------------------------------------------------------------
QUIET_CHOICES = ("23:00-08:00", "22:00-07:00", "00:00-09:00")


async def quiet_menu(ctx: Ctx) -> Reply:
    listing = await al.list_subscriptions(ctx.infra, ListSubscriptions(ctx.user_key))
    quiet = listing.prefs.quiet
    reply = Reply().add(
        ctx.t("quiet_now", hours=str(quiet), tz=listing.prefs.timezone)
        if quiet
        else ctx.t("quiet_none")
    )
    reply.add(ctx.t("quiet_explain"))
    reply.row(*(Button(h, "quiet_set", {"hours": h}) for h in QUIET_CHOICES))
    reply.row(Button(ctx.t("btn_quiet_off"), "quiet_set", {"hours": None}))
    return reply


async def set_quiet(ctx: Ctx, hours: str | None, timezone: str | None = None) -> Reply:
    try:
        prefs = await al.set_quiet_hours(ctx.infra, SetQuietHours(ctx.user_key, hours, timezone))
    except AlertError as exc:
        return explain(ctx, exc)
    if prefs.quiet is None:
        return Reply(notice=ctx.t("alert_updated")).add(ctx.t("quiet_none"))
    return Reply(notice=ctx.t("alert_updated")).add(
        ctx.t("quiet_now", hours=str(prefs.quiet), tz=prefs.timezone)
    )


async def quiet_command(ctx: Ctx, args: tuple[str, ...]) -> Reply:
    """`/quiet`, `/quiet 23:00-08:00 [Europe/Berlin]`, `/quiet off`."""
    if not args:
        return await quiet_menu(ctx)
    if args[0].lower() in ("off", "关", "关闭", "none"):
        return await set_quiet(ctx, None, args[1] if len(args) > 1 else None)
    return await set_quiet(ctx, args[0], args[1] if len(args) > 1 else None)


# ---- broadcasts opened -------------------------------------------------------------------------
async def open_broadcast(ctx: Ctx, broadcast_id: int, product_id: str | None = None) -> Reply:
    """A recipient opened a broadcast: counted, then its product (or the creator's rooms)."""
    from bot import actions

    broadcast = await cr.record_open(ctx.infra, broadcast_id, ctx.user_key)
    if broadcast is None:
        return Reply().add(ctx.t("bad_link"))
    pid = product_id or broadcast.product_id
    if pid:
        return await actions.show_product(ctx, pid)
    return await actions.live_rooms(ctx)


# ---- the creator's desk ------------------------------------------------------------------------
async def _pick_creator(ctx: Ctx, creator_id: str | None, action: str) -> str | Reply:
    """The creator the user acts for: the one given, or their only linked one; else a reply
    (a refusal, or one button per linked creator for `action`)."""
    if creator_id:
        return creator_id
    mine = await cr.creators_for(ctx.infra, ctx.user_key)
    if not mine:
        return Reply().add(ctx.t("not_creator"))
    if len(mine) == 1:
        return mine[0].id
    reply = Reply().add(ctx.t("pick_creator"))
    for c in mine[:10]:
        reply.row(Button(c.name, action, {"creator": c.id}))
    return reply


async def golive(ctx: Ctx, room_id: str | None = None) -> Reply:
    """`/golive ROOM`, or buttons for the creator's rooms that have not ended."""
    if room_id is None:
        mine = await cr.creators_for(ctx.infra, ctx.user_key)
        if not mine:
            return Reply().add(ctx.t("not_creator"))
        rooms = [r for c in mine for r in await cr.creator_rooms(ctx.infra, ctx.user_key, c.id)]
        if not rooms:
            return Reply().add(ctx.t("golive_no_rooms"))
        reply = Reply().add(ctx.t("golive_pick"))
        for room in rooms[:10]:
            when = local_time(room.starts_at, ctx.tz, ctx.lang, now=ctx.now)
            reply.row(Button(f"{shorten(room.title, 30)} · {when}", "golive", {"room": room.id}))
        return reply
    try:
        result = await cr.go_live(ctx.infra, GoLive(ctx.user_key, room_id))
    except AlertError as exc:
        return explain(ctx, exc)
    if result.already:
        return Reply().add(ctx.t("golive_already", title=shorten(result.title, 40)))
    return Reply().add(ctx.t("golive_done", title=shorten(result.title, 40), n=result.recipients))


async def broadcast(ctx: Ctx, creator_id: str | None = None) -> Reply:
    """Step 1: pick a product (or none) of the creator's."""
    picked = await _pick_creator(ctx, creator_id, "bc_start")
    if isinstance(picked, Reply):
        return picked
    creator_id = picked
    try:
        products = await cr.creator_products(ctx.infra, ctx.user_key, creator_id)
    except AlertError as exc:
        return explain(ctx, exc)
    reply = Reply().add(bold(ctx.t("bc_pick_product")))
    for p in products[:BROADCAST_PRODUCTS]:
        reply.row(Button(shorten(p.title, 40), "bc_product", {"creator": creator_id, "pid": p.id}))
    reply.row(Button(ctx.t("bc_no_product"), "bc_product", {"creator": creator_id}))
    return reply


def broadcast_form(ctx: Ctx, creator_id: str, product_id: str | None) -> Reply:
    """Step 2: the next message is the broadcast's text."""
    ctx.user.pending = {"kind": "broadcast", "creator": creator_id, "pid": product_id}
    return Reply().add(ctx.t("bc_prompt"))


async def broadcast_preview(ctx: Ctx, creator_id: str, product_id: str | None, text: str) -> Reply:
    """Step 3: exactly what followers will get, how many, and confirm / cancel."""
    cmd = SendBroadcast(ctx.user_key, creator_id, text, product_id)
    try:
        preview = await cr.preview_broadcast(ctx.infra, cmd)
    except AlertError as exc:
        return explain(ctx, exc)
    reply = Reply().add(bold(ctx.t("bc_preview_header", n=preview.followers)))
    reply.add(bold(ctx.t("notice_broadcast_from", name=preview.creator_name)))
    reply.add(plain(preview.text))
    if preview.product_title:
        reply.add(italic("🛍 " + shorten(preview.product_title, 60)))
    reply.row(
        Button(
            ctx.t("bc_send"),
            "bc_send",
            {"creator": creator_id, "pid": product_id, "text": preview.text},
        ),
        Button(ctx.t("bc_edit"), "bc_product", {"creator": creator_id, "pid": product_id}),
        Button(ctx.t("btn_cancel_form"), "cancel_form"),
    )
    return reply


async def broadcast_send(ctx: Ctx, creator_id: str, product_id: str | None, text: str) -> Reply:
    try:
        sent = await cr.send_broadcast(
            ctx.infra, SendBroadcast(ctx.user_key, creator_id, text, product_id)
        )
    except AlertError as exc:
        return explain(ctx, exc)
    reply = Reply(notice=ctx.t("bc_queued_short")).add(
        ctx.t("bc_queued", id=sent.id, n=sent.recipients)
    )
    reply.row(Button(ctx.t("btn_stats"), "creator_stats", {"creator": creator_id}))
    return reply


async def flashsale(ctx: Ctx, args: tuple[str, ...]) -> Reply:
    """`/flashsale PRODUCT PRICE QUANTITY [LIMIT] [START] [MINUTES]`; without arguments, the
    usage and the creator's products."""
    if len(args) < 3:
        mine = await cr.creators_for(ctx.infra, ctx.user_key)
        if not mine:
            return Reply().add(ctx.t("not_creator"))
        reply = Reply().add(ctx.t("flashsale_usage"))
        for c in mine[:3]:
            for p in (await cr.creator_products(ctx.infra, ctx.user_key, c.id))[:8]:
                reply.add(plain(f"• {p.id} — {shorten(p.title, 40)} {money(p.price, p.currency)}"))
        return reply
    product_id, price, quantity, *rest = args
    limit = rest[0] if len(rest) > 0 else "1"
    start = rest[1] if len(rest) > 1 else "now"
    minutes = rest[2] if len(rest) > 2 else "30"
    try:
        sale = await cr.create_flash_sale(
            ctx.infra,
            CreateFlashSale(ctx.user_key, product_id, price, quantity, limit, start, minutes),
        )
    except AlertError as exc:
        return explain(ctx, exc)
    cards = await queries.product_cards(ctx.infra, [sale.product_id])
    currency = cards[0].product.currency if cards else "CNY"
    reply = Reply().add(
        ctx.t(
            "flashsale_created",
            id=sale.id,
            price=money(sale.price, currency),
            qty=sale.quantity,
            limit=sale.per_user_limit,
            start=local_time(sale.starts_at, ctx.tz, ctx.lang, now=ctx.now),
            end=local_time(sale.ends_at, ctx.tz, ctx.lang, now=ctx.now),
        )
    )
    reply.row(Button(ctx.t("btn_open_sale"), "open_sale", {"id": sale.id}))
    return reply


async def stats(ctx: Ctx, creator_id: str | None = None) -> Reply:
    """Followers, and per recent broadcast: delivered / failed / opened / ordered."""
    picked = await _pick_creator(ctx, creator_id, "creator_stats")
    if isinstance(picked, Reply):
        return picked
    creator_id = picked
    try:
        found = await cr.creator_stats(ctx.infra, ctx.user_key, creator_id)
    except AlertError as exc:
        return explain(ctx, exc)
    reply = Reply().add(bold(ctx.t("stats_header", n=found.followers)))
    if not found.broadcasts:
        reply.add(ctx.t("stats_none"))
    for b in found.broadcasts:
        when = local_time(b.broadcast.created_at, ctx.tz, ctx.lang, now=ctx.now)
        reply.add(
            plain(f"#{b.broadcast.id} · {when} · "),
            italic(shorten(b.broadcast.text, 30)),
        )
        reply.add(
            ctx.t(
                "stats_line",
                sent=b.delivered,
                failed=b.failed,
                pending=b.pending,
                opened=b.opened,
                ordered=b.ordered,
                total=b.broadcast.recipients,
            )
        )
    return reply
