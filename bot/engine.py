"""The conversation engine: decides what an `Incoming` means and calls one action for it.

Channel-agnostic: the Telegram adapter, the terminal chat and tests all go through `handle`.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from aftersales.notices import STAFF_OWNER
from bot import actions as a
from bot import aftersales_ui as af
from bot import alerts_ui, shop
from bot.aftersales_intents import return_intent, support_intent
from bot.alert_intents import follow_intent, remind_intent, watch_intent
from bot.context import Ctx, Deps
from bot.i18n import language_for, t
from bot.intents import (
    bare_ordinal,
    compare_positions,
    find_ordinal,
    is_question,
    page_step,
    question_signals,
    word_command,
)
from bot.reply import Incoming, Reply
from bot.repository import BotRepository
from bot.views import filters_from_args
from ground.infra import Infra

log = logging.getLogger(__name__)

NOOP_TOKEN = "noop"
PRUNE_EVERY = 500

ActionFn = Callable[[Ctx, dict[str, Any]], Awaitable[Reply]]


def _int(value: str) -> int | None:
    value = value.lstrip("#")
    return int(value) if value.isdigit() and len(value) < 12 else None


def _bounded_args(args: tuple[str, ...], limit: int) -> tuple[str, ...]:
    out: list[str] = []
    used = 0
    for arg in args[: max(1, limit // 8)]:
        if used >= limit:
            break
        out.append(arg[: limit - used])
        used += len(out[-1])
    return tuple(out)


CANCEL_WORDS = frozenset({"取消", "算了", "不发了", "cancel", "never mind", "stop"})


async def _sync(reply: Reply) -> Reply:
    """A button whose action needs no service call (it opens a form)."""
    return reply


def _broadcast_link(payload: str) -> int | None:
    """`/start bc_12`: a recipient opened broadcast 12 from its link."""
    head, _, number = payload.partition("_")
    return int(number) if head == "bc" and number.isdigit() and len(number) < 12 else None


def _int_or_none(value: Any) -> int | None:
    return int(value) if value is not None else None


def _opt(args: dict[str, Any], key: str) -> str | None:
    value = args.get(key)
    return str(value) if value is not None else None


# Button actions: name → how to call the action with the token's stored arguments.
ACTIONS: dict[str, ActionFn] = {
    "page": lambda c, x: a.search(
        c,
        str(x["text"]),
        filters=filters_from_args(x.get("filters")),
        offset=int(x.get("offset", 0)),
        edit=True,
    ),
    "search": lambda c, x: a.search(
        c,
        str(x["text"]),
        filters=filters_from_args(x.get("filters")),
        drop_scope=bool(x.get("drop_scope")),
    ),
    "details": lambda c, x: a.show_product(c, str(x["pid"])),
    "cart_add": lambda c, x: shop.add_to_cart(c, str(x["pid"]), _opt(x, "sku")),
    "cart_qty": lambda c, x: shop.set_quantity(c, str(x["pid"]), _opt(x, "sku"), int(x["qty"])),
    "cart_remove": lambda c, x: shop.remove_line(c, str(x["pid"]), _opt(x, "sku")),
    "buy": lambda c, x: shop.buy_now(c, str(x["pid"]), _opt(x, "sku")),
    "remind": lambda c, x: alerts_ui.remind(c, str(x["kind"]), str(x["id"]), x.get("params")),
    "alerts": lambda c, x: alerts_ui.alerts_list(c),
    "alert_mute": lambda c, x: alerts_ui.mute(c, int(x["id"]), bool(x["muted"])),
    "alert_delete": lambda c, x: alerts_ui.delete(c, int(x["id"])),
    "alert_change": lambda c, x: alerts_ui.change(c, int(x["id"])),
    "alert_lead": lambda c, x: alerts_ui.set_lead(c, int(x["id"]), int(x["lead"])),
    "alert_pre_live": lambda c, x: alerts_ui.set_pre_live(c, int(x["id"]), bool(x["on"])),
    "alert_target_form": lambda c, x: _sync(alerts_ui.target_form(c, int(x["id"]))),
    "quiet_menu": lambda c, x: alerts_ui.quiet_menu(c),
    "quiet_set": lambda c, x: alerts_ui.set_quiet(c, _opt(x, "hours")),
    "open_sale": lambda c, x: a.open_flash_sale(c, str(x["id"])),
    "bc_open": lambda c, x: alerts_ui.open_broadcast(c, int(x["id"]), _opt(x, "pid")),
    "golive": lambda c, x: alerts_ui.golive(c, str(x["room"])),
    "bc_start": lambda c, x: alerts_ui.broadcast(c, str(x["creator"])),
    "bc_product": lambda c, x: _sync(
        alerts_ui.broadcast_form(c, str(x["creator"]), _opt(x, "pid"))
    ),
    "bc_send": lambda c, x: alerts_ui.broadcast_send(
        c, str(x["creator"]), _opt(x, "pid"), str(x["text"])
    ),
    "creator_stats": lambda c, x: alerts_ui.stats(c, str(x["creator"])),
    "compare": lambda c, x: a.compare(c, [str(p) for p in x["pids"]]),
    "open_room": lambda c, x: a.open_room(c, str(x["id"])),
    "open_video": lambda c, x: a.open_video(c, str(x["id"])),
    "scope_page": lambda c, x: (
        a.open_room(c, str(x["id"]), int(x.get("offset", 0)), edit=True)
        if x.get("kind") == "live"
        else a.open_video(c, str(x["id"]), int(x.get("offset", 0)), edit=True)
    ),
    "leave": lambda c, x: a.leave_scope(c),
    "lang": lambda c, x: a.set_language(c, str(x["code"])),
    "forward": lambda c, x: a.forward_to_seller(c, str(x["pid"]), str(x.get("q", ""))),
    "live": lambda c, x: a.live_rooms(c),
    "videos": lambda c, x: a.videos(c),
    "cart": lambda c, x: shop.view_cart(c),
    "cart_clear": lambda c, x: shop.clear_cart(c),
    "checkout": lambda c, x: shop.checkout(c),
    "confirm": lambda c, x: shop.confirm(c, str(x["quote"])),
    "delivery_form": lambda c, x: shop.delivery_form(c, _opt(x, "quote")),
    "cancel_form": lambda c, x: shop.cancel_form(c),
    "order": lambda c, x: shop.order_detail(c, int(x["id"])),
    "orders": lambda c, x: shop.orders(c),
    "pay": lambda c, x: shop.pay_again(c, int(x["id"])),
    "cancel_ask": lambda c, x: shop.cancel_ask(c, int(x["id"])),
    "cancel_order": lambda c, x: shop.cancel(c, int(x["id"])),
    "ship_form": lambda c, x: shop.ship_form(c, int(x["id"])),
    "mandate_preview": lambda c, x: shop.mandate_preview(c, str(x["sale"]), _opt(x, "sku")),
    "mandate_create": lambda c, x: shop.mandate_create(c, str(x["sale"]), _opt(x, "sku")),
    "mandates": lambda c, x: shop.mandate_list(c),
    "mandate_cancel": lambda c, x: shop.mandate_cancel(c, int(x["id"])),
    # after-sales: the shopper's flow and tickets
    "ret_begin": lambda c, x: af.start_return(c),
    "ret_start": lambda c, x: af.choose_kind(c, int(x["order"])),
    "ret_items": lambda c, x: af.choose_items(c, int(x["order"]), str(x["kind"]), x.get("sel")),
    "ret_reason_menu": lambda c, x: _sync(
        af.choose_reason(c, int(x["order"]), str(x["kind"]), x.get("sel"))
    ),
    "ret_reason": lambda c, x: af.details_form(
        c, int(x["order"]), str(x["kind"]), x.get("sel"), str(x["reason"])
    ),
    "ret_submit": lambda c, x: af.submit_return(c),
    "support_form": lambda c, x: _sync(af.support_form(c, _int_or_none(x.get("order")))),
    "tickets": lambda c, x: af.my_tickets(c),
    "ticket_view": lambda c, x: af.view_ticket(c, int(x["id"])),
    "ticket_msg_form": lambda c, x: _sync(af.ticket_message_form(c, int(x["id"]))),
    "ticket_cancel": lambda c, x: af.cancel_ticket(c, int(x["id"])),
    # after-sales: the desk (every one checks the presser is staff, and may decide)
    "st_take": lambda c, x: af.take(c, int(x["id"])),
    "st_approve": lambda c, x: af.approve(c, int(x["id"])),
    "st_received": lambda c, x: af.received(c, int(x["id"])),
    "st_refund": lambda c, x: af.refund(c, int(x["id"])),
    "st_exchanged": lambda c, x: af.exchanged(c, int(x["id"])),
    "st_form": lambda c, x: af.staff_form(c, int(x["id"]), str(x["form"])),
    "st_queue": lambda c, x: af.queue(c),
}

COMMANDS = (
    "start",
    "help",
    "live",
    "videos",
    "cart",
    "orders",
    "mandates",
    "alerts",
    "return",
    "support",
    "tickets",
    "watch",
    "quiet",
    "address",
    "leave",
    "lang",
)
# Commands for linked creator accounts (merchants); not in everyone's menu.
MERCHANT_COMMANDS = ("shop", "ship", "deliver", "golive", "broadcast", "flashsale", "stats")
# Commands for support staff.
STAFF_COMMANDS = ("queue", "ticket", "refund", "stats")


class Engine:
    """Routes an `Incoming` to an action, then persists user state and button tokens."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self._handled = 0

    @property
    def infra(self) -> Infra:
        return self.deps.infra

    async def handle(self, incoming: Incoming) -> Reply:
        incoming = self._bounded(incoming)
        now = self.infra.clock.now()
        async with self.infra.uow() as uow:
            user = await BotRepository(uow.session).get_user(incoming.user_id)
        lang = language_for(
            user.language, incoming.language_code, self.infra.settings.default_language
        )
        # Remembered so messages sent later (order updates, alerts) reach the user in their
        # language and private chat.
        if incoming.language_code:
            user.client_language = incoming.language_code[:16]
        if incoming.chat_id == incoming.user_id:
            user.chat_id = incoming.chat_id
        ctx = Ctx(
            deps=self.deps,
            user=user,
            lang=lang,
            chat_id=incoming.chat_id,
            now=now,
            bot_username=incoming.bot_username,
            first_name=incoming.first_name,
        )
        if incoming.inline_query is not None:
            return await a.inline_search(ctx, incoming.inline_query)
        reply = await self._route(ctx, incoming)
        await self._persist(ctx, reply)
        return reply

    def _bounded(self, incoming: Incoming) -> Incoming:
        """Cut what a shopper typed to `max_message_chars` before anything reads it.

        Telegram caps a message at 4,096 characters, but the terminal chat, a webhook caller
        or another adapter need not: 100 KB of text tokenised on the event loop stalled every
        chat for seconds."""
        limit = self.infra.settings.max_message_chars
        text, query = incoming.text, incoming.inline_query
        if (
            (text is None or len(text) <= limit)
            and (query is None or len(query) <= limit)
            and len(incoming.args) <= limit // 8
            and sum(map(len, incoming.args)) <= limit
        ):
            return incoming
        return replace(
            incoming,
            text=text[:limit] if text is not None else None,
            inline_query=query[:limit] if query is not None else None,
            args=_bounded_args(incoming.args, limit),
        )

    async def error_reply(self, incoming: Incoming) -> Reply:
        """The apology in the user's language (without touching state)."""
        lang = language_for(None, incoming.language_code, self.infra.settings.default_language)
        try:
            async with self.infra.uow() as uow:
                user = await BotRepository(uow.session).get_user(incoming.user_id)
            lang = language_for(user.language, incoming.language_code, lang)
        except Exception:  # the database may be what failed
            log.debug("could not read the user's language for the error reply", exc_info=True)
        return Reply(notice=t(lang, "error")).add(t(lang, "error"))

    async def _route(self, ctx: Ctx, inc: Incoming) -> Reply:
        if inc.payment is not None:
            if inc.payment.query_id is not None:
                return await shop.pre_checkout(ctx, inc.payment)
            return await shop.successful_payment(ctx, inc.payment)
        if inc.action_token is not None:
            return await self._press(ctx, inc.action_token)
        if inc.command is not None:
            return await self._command(ctx, inc)
        if inc.photo is not None:
            return await self._photo(ctx, inc.photo, inc.text)
        return await self._text(ctx, inc.text or "")

    async def _photo(self, ctx: Ctx, photo: str, caption: str | None) -> Reply:
        """Photos are evidence: for an open return form or a ticket conversation."""
        pending = ctx.user.pending or {}
        if pending.get("kind") == "return_details":
            return af.receive_details(ctx, caption, photo)
        if pending.get("kind") == "ticket_msg":
            ctx.user.pending = None
            return await af.send_ticket_message(ctx, int(pending["id"]), caption or "", photo)
        return Reply().add(ctx.t("photo_not_expected"))

    async def _press(self, ctx: Ctx, token: str) -> Reply:
        if token == NOOP_TOKEN:
            return Reply(notice="")
        async with self.infra.uow() as uow:
            repo = BotRepository(uow.session)
            stored = await repo.resolve_token(token, ctx.user.user_key, ctx.now)
            if stored is None and await af.is_staff(ctx):
                # A desk card's buttons belong to the desk: any staff member may press them
                # (the service decides whether this one may do what the button asks).
                stored = await repo.resolve_token(token, STAFF_OWNER, ctx.now)
        fn = ACTIONS.get(stored.action) if stored else None
        if stored is None or fn is None:
            return Reply(notice=ctx.t("expired"), notice_alert=False)
        try:
            reply = await fn(ctx, stored.args)
        except (KeyError, ValueError, TypeError):
            log.warning("token %s has unusable args for %s", token, stored.action, exc_info=True)
            return Reply(notice=ctx.t("expired"))
        if reply.notice is None:
            reply.notice = ""
        return reply

    async def _command(self, ctx: Ctx, inc: Incoming) -> Reply:
        cmd = (inc.command or "").lower()
        args = inc.args
        if cmd == "start":
            payload = inc.deep_link or (args[0] if args else None)
            if payload and (opened := _broadcast_link(payload)) is not None:
                return await alerts_ui.open_broadcast(ctx, opened)
            return await a.start(ctx, payload)
        if cmd == "alerts":
            return await alerts_ui.alerts_list(ctx)
        if cmd == "watch":
            return await alerts_ui.watch_command(ctx, args)
        if cmd == "quiet":
            return await alerts_ui.quiet_command(ctx, args)
        if cmd == "follow" and args:
            return await alerts_ui.follow_name(ctx, " ".join(args))
        if cmd == "golive":
            return await alerts_ui.golive(ctx, args[0] if args else None)
        if cmd == "broadcast":
            return await alerts_ui.broadcast(ctx, args[0] if args else None)
        if cmd == "flashsale":
            return await alerts_ui.flashsale(ctx, args)
        if cmd == "stats":
            if not args and await af.is_staff(ctx):
                return await af.stats(ctx)
            return await alerts_ui.stats(ctx, args[0] if args else None)
        if cmd == "return":
            return await af.start_return(ctx)
        if cmd == "support":
            if args:
                return await af.open_support(ctx, " ".join(args))
            return af.support_form(ctx)
        if cmd == "tickets":
            return await af.my_tickets(ctx)
        if cmd == "queue":
            return await af.queue(ctx)
        if cmd == "ticket":
            ticket_id = _int(args[0]) if args else None
            if ticket_id is None:
                return Reply().add(ctx.t("ticket_usage"))
            return await af.view_ticket(ctx, ticket_id)
        if cmd == "refund":
            ticket_id = _int(args[0]) if args else None
            if ticket_id is None or len(args) > 2:
                return Reply().add(ctx.t("refund_usage"))
            return await af.refund(ctx, ticket_id, args[1] if len(args) > 1 else None)
        if cmd == "help":
            return await a.help_text(ctx)
        if cmd == "lang":
            return await (a.set_language(ctx, args[0]) if args else a.choose_language(ctx))
        if cmd == "live":
            return await a.live_rooms(ctx)
        if cmd == "videos":
            return await a.videos(ctx)
        if cmd == "cart":
            return await shop.view_cart(ctx)
        if cmd == "orders":
            return await shop.orders(ctx)
        if cmd == "mandates":
            return await shop.mandate_list(ctx)
        if cmd == "address":
            return await shop.delivery_form(ctx)
        if cmd == "shop":
            return await shop.shop_orders(ctx)
        if cmd == "ship":
            order_id = _int(args[0]) if args else None
            if order_id is None or len(args) < 2:
                return Reply().add(ctx.t("ship_usage"))
            return await shop.ship(ctx, order_id, " ".join(args[1:]))
        if cmd == "deliver":
            order_id = _int(args[0]) if args else None
            if order_id is None:
                return Reply().add(ctx.t("deliver_usage"))
            return await shop.deliver(ctx, order_id)
        if cmd == "leave":
            return await a.leave_scope(ctx)
        if cmd in ("search", "s") and args:
            return await a.search(ctx, " ".join(args))
        return Reply().add(ctx.t("unknown_command"))

    async def _text(self, ctx: Ctx, text: str) -> Reply:
        text = text.strip()
        if not text:
            return Reply().add(ctx.t("empty_message"))
        pending = ctx.user.pending
        if pending is not None:
            # The previous reply asked for something (a form); this message answers it —
            # unless it plainly is something else (no digits at all: a search, a question),
            # then the form is dropped and the message handled as usual.
            ctx.user.pending = None
            kind = pending.get("kind")
            cancelled = text.lower() in CANCEL_WORDS
            if kind == "return_details":
                if cancelled:
                    return Reply().add(ctx.t("form_cancelled"))
                ctx.user.pending = pending
                return af.receive_details(ctx, text, None)
            if kind in ("ticket_msg", "support_text", "staff_text") and cancelled:
                return Reply().add(ctx.t("form_cancelled"))
            if kind == "ticket_msg":
                return await af.send_ticket_message(ctx, int(pending["id"]), text)
            if kind == "support_text":
                return await af.open_support(ctx, text, _int_or_none(pending.get("order")))
            if kind == "staff_text":
                return await af.staff_text(ctx, int(pending["id"]), str(pending["form"]), text)
            if kind == "broadcast":  # any text is the broadcast; "取消"/"cancel" drops it
                if text.lower() in CANCEL_WORDS:
                    return Reply().add(ctx.t("form_cancelled"))
                return await alerts_ui.broadcast_preview(
                    ctx, str(pending["creator"]), pending.get("pid"), text
                )
            if kind == "watch_edit" and text.lower() not in CANCEL_WORDS:
                return await alerts_ui.receive_watch_edit(ctx, int(pending["id"]), text)
            if kind == "target_price" and any(ch.isdigit() for ch in text):
                return await alerts_ui.receive_target(ctx, int(pending["id"]), text)
            if any(ch.isdigit() for ch in text):
                if pending.get("kind") == "delivery" and (
                    not pending.get("offered") or shop.reads_as_delivery(text)
                ):
                    ctx.user.pending = pending
                    return await shop.receive_delivery(ctx, text)
                if pending.get("kind") == "tracking" and len(text.split()) == 1:
                    return await shop.ship(ctx, int(pending["order"]), text)
        if (named := word_command(text)) is not None:
            if named == "help":
                return await a.help_text(ctx)
            if named == "cart":
                return await shop.view_cart(ctx)
            if named == "orders":
                return await shop.orders(ctx)
            return await a.live_rooms(ctx)
        shown = ctx.user.last_results
        last = ctx.user.last_search
        if last and (step := page_step(text)) is not None:
            offset = max(0, int(last.get("offset", 0)) + step * ctx.deps.page_size)
            return await a.search(
                ctx,
                str(last["text"]),
                filters=filters_from_args(last.get("filters")),
                offset=offset,
            )
        if shown and (positions := compare_positions(text, len(shown))) is not None:
            return await a.compare_positions(ctx, positions)
        if shown and (position := bare_ordinal(text)) is not None:
            return await a.show_position(ctx, position)
        if (reached := support_intent(text)) is not None:
            return await af.open_support(ctx, reached) if reached else af.support_form(ctx)
        if return_intent(text):
            return await af.start_return(ctx)
        if (name := follow_intent(text)) is not None:
            return await alerts_ui.follow_name(ctx, name)
        if (query := watch_intent(text)) is not None:
            return await alerts_ui.watch(ctx, query)
        if (remind := remind_intent(text)) is not None:
            return await alerts_ui.remind_from_text(ctx, remind)
        has_context = bool(ctx.user.focus_product_id or shown)
        if is_question(text, has_context=has_context):
            position = find_ordinal(text)
            focus = ctx.user.focus_product_id or next((p for p in shown if p), None)
            if (
                position is None
                and focus is not None
                and not question_signals(text).deictic
                and await ctx.deps.search.names_another_kind(text, focus)
            ):
                return await a.search(ctx, text)  # "有没有口红" after a hair dryer: a new search
            if position is not None:
                product_id = ctx.user.pick(position)
                if product_id is None:
                    return Reply().add(ctx.t("ordinal_missing", n=position))
                return await a.ask(ctx, text, product_id)
            return await a.ask(ctx, text)
        return await a.search(ctx, text)

    async def _persist(self, ctx: Ctx, reply: Reply) -> None:
        """Save the user's state and mint tokens for every button, in one transaction."""
        buttons = [b for r in [reply, *reply.followups] for b in r.all_buttons() if b.action]
        for b in buttons:
            if b.action == NOOP_TOKEN:
                b.token = NOOP_TOKEN
        pending = [b for b in buttons if b.token is None]
        self._handled += 1
        async with self.infra.write_lock(), self.infra.uow() as uow:
            tokens = await BotRepository(uow.session).issue_tokens(
                ctx.user.user_key,
                [(b.action or "", b.args) for b in pending],
                a.token_expiry(ctx.now),
            )
            for b, tok in zip(pending, tokens, strict=True):
                b.token = tok
            await BotRepository(uow.session).save_user(ctx.user, ctx.now)
            if self._handled % PRUNE_EVERY == 0:
                await BotRepository(uow.session).prune_tokens(ctx.now)
            await uow.commit()
