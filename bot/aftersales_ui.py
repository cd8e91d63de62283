"""After-sales in the chat: the return flow (order → kind → items → reason → details and
photos → submit), tickets and support for shoppers; the desk (/queue, /ticket, decisions,
replies, /stats) for staff. Each action parses, calls one `aftersales` service, and renders.

Who may do what is decided by the services (staff, assignee, the shopper's own tickets); a
button here is only a way to ask."""

from __future__ import annotations

from collections.abc import Awaitable
from decimal import Decimal, InvalidOperation
from typing import Any

from accounts.services import staff_member
from aftersales import desk
from aftersales import services as sv
from aftersales.commands import (
    AnswerTicket,
    ApproveTicket,
    AskInformation,
    CancelTicket,
    CompleteExchange,
    DeskStatsQuery,
    GetReturnOptions,
    GetTicket,
    ListQueue,
    MarkReceived,
    MyTickets,
    OpenSupport,
    PostMessage,
    RefundTicket,
    RejectTicket,
    RequestLine,
    RequestReturn,
    TakeTicket,
)
from aftersales.errors import AftersalesError, NotStaff
from aftersales.model import (
    MAX_PHOTOS,
    SHOPPER_CANCELLABLE,
    Ineligible,
    ReturnOptions,
    ReturnReason,
    Ticket,
    TicketKind,
    TicketStatus,
)
from bot.context import Ctx
from bot.explain import explain
from bot.reply import Button, Reply, bold, italic, plain
from bot.views import duration, local_time, money, shorten
from orders import lifecycle as lc
from orders.commands import ListOrders
from orders.errors import OrderError

RETURN_KINDS = (TicketKind.RETURN, TicketKind.REFUND, TicketKind.EXCHANGE)
MAX_MESSAGES_SHOWN = 6
MAX_ORDERS_OFFERED = 8


def _kind(ctx: Ctx, kind: TicketKind) -> str:
    return ctx.t(f"kind_{kind.value}")


def _status(ctx: Ctx, status: TicketStatus) -> str:
    return ctx.t(f"tstatus_{status.value}")


def _fail(ctx: Ctx, exc: Exception) -> Reply:
    reply = explain(ctx, exc)
    reply.notice = reply.plain_text()[:190]
    return reply


# ---- shoppers: starting --------------------------------------------------------------------
async def start_return(ctx: Ctx, hint: str | None = None) -> Reply:
    """/return, "我要退货": the shopper's delivered orders to pick from (or the one there is)."""
    orders = await lc.list_orders(ctx.infra, ListOrders(ctx.user_key))
    returnable = [o for o in orders if o.status in sv.RETURNABLE_ORDERS][:MAX_ORDERS_OFFERED]
    if len(returnable) == 1:
        return await choose_kind(ctx, returnable[0].id)
    if not returnable:
        reply = Reply().add(ctx.t("ret_no_orders"))
        for o in orders[:MAX_ORDERS_OFFERED]:
            reply.row(Button(ctx.t("btn_order", id=o.id), "order", {"id": o.id}))
        reply.row(Button(ctx.t("btn_message_support"), "support_form"))
        return reply
    reply = Reply().add(ctx.t("ret_pick_order"))
    for o in returnable:
        title = shorten(o.lines[0].title, 24) if o.lines else ""
        reply.row(
            Button(f"#{o.id} {title} {money(o.total, o.currency)}", "ret_start", {"order": o.id})
        )
    return reply


def _why(ctx: Ctx, why: Ineligible | None, until: Any) -> str:
    if why is Ineligible.TOO_LATE:
        if until is None:
            return ctx.t("inelig_too_late_no_date")
        return ctx.t("inelig_too_late", until=local_time(until, ctx.tz, ctx.lang, now=ctx.now))
    return ctx.t(f"inelig_{(why or Ineligible.NOT_DELIVERED).value}")


async def choose_kind(ctx: Ctx, order_id: int) -> Reply:
    """An eligible order offers 退货退款 / 仅退款 / 换货; an ineligible one says why and until."""
    try:
        options = await sv.return_options(ctx.infra, GetReturnOptions(ctx.user_key, order_id))
    except (OrderError, AftersalesError) as exc:
        return explain(ctx, exc)
    if not options.any_eligible:
        first = options.lines[0] if options.lines else None
        reply = Reply()
        if first is not None and first.returnable <= 0:
            reply.add(ctx.t("inelig_nothing_left"))
        elif first is not None:
            quality = first.quality
            why = (
                first.no_reason.why
                if first.no_reason.why is not Ineligible.NO_RETURN_POLICY
                else quality.why
            )
            reply.add(_why(ctx, why, quality.until or first.no_reason.until))
        reply.row(Button(ctx.t("btn_message_support"), "support_form", {"order": order_id}))
        return reply
    reply = Reply().add(bold(ctx.t("ret_pick_kind", id=order_id)))
    _eligibility_line(ctx, reply, options)
    reply.row(
        *(
            Button(ctx.t(f"btn_kind_{k.value}"), "ret_items", {"order": order_id, "kind": k.value})
            for k in RETURN_KINDS
        )
    )
    return reply


def _eligibility_line(ctx: Ctx, reply: Reply, options: ReturnOptions) -> None:
    first = next((ln for ln in options.lines if ln.returnable > 0), None)
    if first is None:
        return
    if first.no_reason.until and first.quality.until:
        reply.add(
            italic(
                ctx.t(
                    "inelig_until",
                    until=local_time(first.no_reason.until, ctx.tz, ctx.lang, now=ctx.now),
                    quality=local_time(first.quality.until, ctx.tz, ctx.lang, now=ctx.now),
                )
            )
        )
    elif first.policy == "no_return":
        reply.add(italic(ctx.t("ret_needs_photos_hint")))


def _selection(raw: Any) -> dict[int, int]:
    if not isinstance(raw, dict):
        return {}
    return {int(k): int(v) for k, v in raw.items() if int(v) > 0}


async def choose_items(ctx: Ctx, order_id: int, kind: str, selected: Any = None) -> Reply:
    """Items and quantities; the selection travels in the buttons (checked again on submit)."""
    ticket_kind = TicketKind(kind)
    sel = _selection(selected)
    try:
        options = await sv.return_options(ctx.infra, GetReturnOptions(ctx.user_key, order_id))
    except (OrderError, AftersalesError) as exc:
        return explain(ctx, exc)
    lines = [ln for ln in options.lines if ln.returnable > 0]
    if len(lines) == 1 and lines[0].returnable == 1 and not sel:
        return choose_reason(ctx, order_id, kind, {lines[0].order_line_id: 1})
    reply = Reply(edit=bool(sel)).add(ctx.t("ret_pick_items", kind=_kind(ctx, ticket_kind)))
    base = {"order": order_id, "kind": kind}
    for ln in lines:
        reply.add(plain(f"· {shorten(ln.title, 40)} {money(ln.unit_price, options.currency)}"))
        row = []
        for n in sorted({1, min(2, ln.returnable), ln.returnable}):
            label = ctx.t("btn_all_units", n=n) if n == ln.returnable and n > 1 else f"{n}"
            mark = "✓ " if sel.get(ln.order_line_id) == n else ""
            new = {**{str(k): v for k, v in sel.items()}, str(ln.order_line_id): n}
            row.append(
                Button(f"{mark}{shorten(ln.title, 10)} {label}", "ret_items", {**base, "sel": new})
            )
        reply.row(*row)
    if sel:
        titles = {ln.order_line_id: ln.title for ln in lines}
        chosen = "、".join(f"{shorten(titles.get(k, '?'), 16)}×{v}" for k, v in sel.items())
        reply.add(bold(ctx.t("ret_selected", items=chosen)))
        reply.row(
            Button(
                ctx.t("btn_ret_next"),
                "ret_reason_menu",
                {**base, "sel": {str(k): v for k, v in sel.items()}},
            )
        )
    return reply


def choose_reason(ctx: Ctx, order_id: int, kind: str, selected: Any) -> Reply:
    sel = _selection(selected)
    reply = Reply().add(ctx.t("ret_pick_reason"))
    args = {"order": order_id, "kind": kind, "sel": {str(k): v for k, v in sel.items()}}
    for reason in ReturnReason:  # all of them, exchanges too ("another size" is no reason)
        reply.row(
            Button(ctx.t(f"reason_{reason.value}"), "ret_reason", {**args, "reason": reason.value})
        )
    return reply


async def _reason_menu(ctx: Ctx, x: dict[str, Any]) -> Reply:
    return choose_reason(ctx, int(x["order"]), str(x["kind"]), x.get("sel"))


async def details_form(ctx: Ctx, order_id: int, kind: str, selected: Any, reason: str) -> Reply:
    """The last step: text and photos go into the pending form; Submit sends the request."""
    ReturnReason(reason)  # a forged value fails here (the engine answers "expired")
    try:
        options = await sv.return_options(ctx.infra, GetReturnOptions(ctx.user_key, order_id))
    except (OrderError, AftersalesError) as exc:
        return explain(ctx, exc)
    titles = {str(ln.order_line_id): shorten(ln.title, 24) for ln in options.lines}
    ctx.user.pending = {
        "titles": titles,
        "kind": "return_details",
        "order": order_id,
        "ticket_kind": TicketKind(kind).value,
        "sel": {str(k): v for k, v in _selection(selected).items()},
        "reason": reason,
        "text": "",
        "photos": [],
    }
    return _details_reply(ctx)


def _details_reply(ctx: Ctx, *, extra: str | None = None) -> Reply:
    form = ctx.user.pending or {}
    reply = Reply()
    if extra:
        reply.add(extra)
    sel = _selection(form.get("sel"))
    titles = form.get("titles") or {}
    items = "、".join(f"{titles.get(str(k), '#' + str(k))}×{v}" for k, v in sel.items())
    reply.add(
        bold(
            ctx.t(
                "ret_summary",
                kind=_kind(ctx, TicketKind(form["ticket_kind"])),
                order=form["order"],
                items=items,
                reason=ctx.t(f"reason_{form['reason']}"),
            )
        )
    )
    if form.get("text"):
        reply.add(plain(ctx.t("ret_summary_text", text=shorten(str(form["text"]), 200))))
    if form.get("photos"):
        reply.add(plain(ctx.t("ret_summary_photos", n=len(form["photos"]))))
    reply.add(italic(ctx.t("ret_details", n=MAX_PHOTOS)))
    reply.row(
        Button(ctx.t("btn_submit"), "ret_submit"), Button(ctx.t("btn_cancel_form"), "cancel_form")
    )
    return reply


def receive_details(ctx: Ctx, text: str | None, photo: str | None) -> Reply:
    """Text or a photo while the return form is open: kept in the form (nothing is sent yet)."""
    form = dict(ctx.user.pending or {})
    extra = None
    if text:
        form["text"] = (str(form.get("text") or "") + " " + text).strip()[:1000]
    if photo:
        photos = list(form.get("photos") or [])
        if len(photos) >= MAX_PHOTOS:
            extra = ctx.t("ret_too_many_photos", n=MAX_PHOTOS)
        else:
            photos.append(photo)
            extra = ctx.t("ret_photo_added", n=len(photos))
        form["photos"] = photos
    ctx.user.pending = form
    return _details_reply(ctx, extra=extra)


async def submit_return(ctx: Ctx) -> Reply:
    form = ctx.user.pending
    if not form or form.get("kind") != "return_details":
        return Reply().add(ctx.t("ret_expired_form"))
    lines = tuple(RequestLine(k, v) for k, v in _selection(form.get("sel")).items())
    try:
        ticket = await sv.request_return(
            ctx.infra,
            RequestReturn(
                ctx.user_key,
                ctx.chat_id,
                int(form["order"]),
                TicketKind(form["ticket_kind"]),
                lines,
                ReturnReason(form["reason"]),
                str(form.get("text") or ""),
                tuple(form.get("photos") or ()),
                language=ctx.lang,
            ),
        )
    except (OrderError, AftersalesError) as exc:
        return explain(ctx, exc)  # the form stays open: fix it (add a photo) and submit again
    ctx.user.pending = None
    return _shopper_ticket_reply(ctx, ticket, ctx.t("ret_submitted", id=ticket.id))


# ---- shoppers: tickets and support ---------------------------------------------------------
def support_form(ctx: Ctx, order_id: int | None = None) -> Reply:
    ctx.user.pending = {"kind": "support_text", "order": order_id}
    return Reply().add(ctx.t("support_ask"))


async def open_support(ctx: Ctx, text: str, order_id: int | None = None) -> Reply:
    try:
        ticket = await sv.open_support(
            ctx.infra, OpenSupport(ctx.user_key, ctx.chat_id, text, order_id, ctx.lang)
        )
    except (OrderError, AftersalesError) as exc:
        return explain(ctx, exc)
    return _shopper_ticket_reply(ctx, ticket, ctx.t("support_opened", id=ticket.id))


def _shopper_ticket_reply(ctx: Ctx, ticket: Ticket, head: str) -> Reply:
    reply = Reply().add(head)
    buttons = [Button(ctx.t("btn_message_support"), "ticket_msg_form", {"id": ticket.id})]
    if ticket.status in SHOPPER_CANCELLABLE and ticket.kind.is_return:
        buttons.append(Button(ctx.t("btn_cancel_request"), "ticket_cancel", {"id": ticket.id}))
    reply.row(*buttons)
    return reply


async def my_tickets(ctx: Ctx) -> Reply:
    tickets = await sv.my_tickets(ctx.infra, MyTickets(ctx.user_key))
    if not tickets:
        return Reply().add(ctx.t("tickets_none")).row(Button(ctx.t("btn_return"), "ret_begin"))
    reply = Reply().add(bold(ctx.t("tickets_header")))
    for tk in tickets[:10]:
        reply.row(
            Button(
                f"#{tk.id} {_kind(ctx, tk.kind)} · {_status(ctx, tk.status)}",
                "ticket_view",
                {"id": tk.id},
            )
        )
    return reply


async def view_ticket(ctx: Ctx, ticket_id: int) -> Reply:
    """A ticket for its shopper (their buttons) or for staff (the desk's buttons)."""
    try:
        ticket = await sv.get_ticket(ctx.infra, GetTicket(ctx.user_key, ticket_id))
    except AftersalesError as exc:
        return explain(ctx, exc)
    staff = ticket.user_key != ctx.user_key
    reply = Reply().add(
        bold(
            ctx.t(
                "ticket_header",
                id=ticket.id,
                kind=_kind(ctx, ticket.kind),
                status=_status(ctx, ticket.status),
            )
        )
    )
    if ticket.order_id is not None:
        reply.add(plain(ctx.t("ticket_order", id=ticket.order_id)))
    for ln in ticket.lines:
        reply.add(
            plain(
                ctx.t(
                    "card_item",
                    title=shorten(ln.title, 40),
                    qty=ln.quantity,
                    price=money(ln.unit_price, ticket.currency or "CNY"),
                )
            )
        )
    if ticket.reason is not None:
        reply.add(plain(ctx.t("ticket_reason", reason=ctx.t(f"reason_{ticket.reason.value}"))))
    if ticket.subject:
        reply.add(plain(ctx.t("ticket_text", text=shorten(ticket.subject, 300))))
    if ticket.photos:
        reply.add(plain(ctx.t("ticket_photos", n=len(ticket.photos))))
        reply.photo = ticket.photos[0]
    if ticket.lines:
        reply.add(
            plain(ctx.t("ticket_claim", amount=money(ticket.claim_value, ticket.currency or "CNY")))
        )
    if ticket.refund_total:
        reply.add(
            plain(
                ctx.t(
                    "ticket_refunded", amount=money(ticket.refund_total, ticket.currency or "CNY")
                )
            )
        )
    if ticket.note:
        reply.add(plain(ctx.t("ticket_note", note=shorten(ticket.note, 200))))
    if staff and ticket.assignee:
        member = await staff_member(ctx.infra, ticket.assignee)
        reply.add(plain(ctx.t("ticket_assignee", name=member.shown_name if member else "?")))
    for m in ticket.messages[-MAX_MESSAGES_SHOWN:]:
        text = shorten(m.text, 200)
        key = "ticket_msg_staff_plain" if m.from_staff else "ticket_msg_shopper"
        reply.add(italic(ctx.t(key, text=text)))
    if staff:
        reply.buttons.extend(desk_buttons(ctx, ticket))
    elif ticket.status.is_open:
        reply.row(Button(ctx.t("btn_message_support"), "ticket_msg_form", {"id": ticket.id}))
        if ticket.status in SHOPPER_CANCELLABLE and ticket.kind.is_return:
            reply.row(Button(ctx.t("btn_cancel_request"), "ticket_cancel", {"id": ticket.id}))
    return reply


def ticket_message_form(ctx: Ctx, ticket_id: int) -> Reply:
    ctx.user.pending = {"kind": "ticket_msg", "id": ticket_id}
    return Reply().add(ctx.t("ticket_msg_ask"))


async def send_ticket_message(
    ctx: Ctx, ticket_id: int, text: str, photo: str | None = None
) -> Reply:
    try:
        ticket = await sv.post_message(ctx.infra, PostMessage(ctx.user_key, ticket_id, text, photo))
    except AftersalesError as exc:
        return explain(ctx, exc)
    staff = ticket.user_key != ctx.user_key
    return Reply().add(ctx.t("staff_sent" if staff else "ticket_msg_sent", id=ticket.id))


async def cancel_ticket(ctx: Ctx, ticket_id: int) -> Reply:
    try:
        ticket = await sv.cancel_ticket(ctx.infra, CancelTicket(ctx.user_key, ticket_id))
    except AftersalesError as exc:
        return _fail(ctx, exc)
    return Reply().add(ctx.t("ticket_cancelled_ok", id=ticket.id))


# ---- staff ---------------------------------------------------------------------------------
def desk_buttons(ctx: Ctx, ticket: Ticket) -> list[list[Button]]:
    """The decisions that make sense in the ticket's status (the service checks again)."""
    a = {"id": ticket.id}
    s, k = ticket.status, ticket.kind
    rows: list[list[Button]] = []
    if s in (TicketStatus.OPEN, TicketStatus.WAITING) and ticket.assignee is None:
        rows.append([Button(ctx.t("btn_take"), "st_take", a)])
    if s in (TicketStatus.OPEN, TicketStatus.ASSIGNED, TicketStatus.WAITING):
        if k.is_return:
            rows.append(
                [
                    Button(ctx.t("btn_approve"), "st_approve", a),
                    Button(ctx.t("btn_reject"), "st_form", {**a, "form": "reject"}),
                    Button(ctx.t("btn_ask_info"), "st_form", {**a, "form": "ask"}),
                ]
            )
        else:
            rows.append([Button(ctx.t("btn_answer"), "st_form", {**a, "form": "answer"})])
    if s is TicketStatus.APPROVED and k in (TicketKind.RETURN, TicketKind.EXCHANGE):
        rows.append([Button(ctx.t("btn_received"), "st_received", a)])
    refundable = (s is TicketStatus.RECEIVED and k is TicketKind.RETURN) or (
        s is TicketStatus.APPROVED and k is TicketKind.REFUND
    )
    if refundable:
        amount = money(ticket.claim_value - ticket.refund_total, ticket.currency or "CNY")
        rows.append([Button(ctx.t("btn_refund", amount=amount), "st_refund", a)])
    if s is TicketStatus.RECEIVED and k is TicketKind.EXCHANGE:
        rows.append([Button(ctx.t("btn_exchanged"), "st_exchanged", a)])
    if s.is_open:
        rows.append(
            [
                Button(ctx.t("btn_reply"), "st_form", {**a, "form": "reply"}),
                Button(ctx.t("btn_view_ticket", id=ticket.id), "ticket_view", a),
            ]
        )
    return rows


async def _decide(ctx: Ctx, decision: Awaitable[Ticket]) -> Reply:
    """Run one desk decision; its result, or why not, as the press's answer."""
    try:
        return await _decided(ctx, await decision)
    except AftersalesError as exc:
        return _fail(ctx, exc)


async def _decided(ctx: Ctx, ticket: Ticket) -> Reply:
    reply = Reply().add(ctx.t("staff_done", id=ticket.id, status=_status(ctx, ticket.status)))
    reply.notice = reply.plain_text()[:190]
    reply.buttons.extend(desk_buttons(ctx, ticket))
    return reply


async def take(ctx: Ctx, ticket_id: int) -> Reply:
    return await _decide(ctx, desk.take_ticket(ctx.infra, TakeTicket(ctx.user_key, ticket_id)))


async def approve(ctx: Ctx, ticket_id: int) -> Reply:
    return await _decide(
        ctx, desk.approve_ticket(ctx.infra, ApproveTicket(ctx.user_key, ticket_id))
    )


async def received(ctx: Ctx, ticket_id: int) -> Reply:
    return await _decide(ctx, desk.mark_received(ctx.infra, MarkReceived(ctx.user_key, ticket_id)))


async def refund(ctx: Ctx, ticket_id: int, amount: str | None = None) -> Reply:
    value: Decimal | None = None
    if amount is not None:
        try:
            value = Decimal(amount.replace(",", "").lstrip("¥￥$"))
        except InvalidOperation:
            value = None
        if value is None or not value.is_finite():
            return Reply().add(ctx.t("refund_usage"))
    cmd = RefundTicket(ctx.user_key, ticket_id, value)
    return await _decide(ctx, desk.refund_ticket(ctx.infra, cmd))


async def exchanged(ctx: Ctx, ticket_id: int) -> Reply:
    cmd = CompleteExchange(ctx.user_key, ticket_id)
    return await _decide(ctx, desk.complete_exchange(ctx.infra, cmd))


async def staff_form(ctx: Ctx, ticket_id: int, form: str) -> Reply:
    """Reject (reason), ask (what), reply/answer (text): the next message is the text."""
    if form not in ("reject", "ask", "reply", "answer"):
        raise ValueError(form)
    if await staff_member(ctx.infra, ctx.user_key) is None:
        return _fail(ctx, NotStaff())
    ctx.user.pending = {"kind": "staff_text", "id": ticket_id, "form": form}
    key = {"reject": "staff_reject_ask", "ask": "staff_ask_ask"}.get(form, "staff_reply_ask")
    return Reply().add(ctx.t(key, id=ticket_id))


async def staff_text(ctx: Ctx, ticket_id: int, form: str, text: str) -> Reply:
    try:
        if form == "reject":
            ticket = await desk.reject_ticket(
                ctx.infra, RejectTicket(ctx.user_key, ticket_id, text)
            )
        elif form == "ask":
            ticket = await desk.ask_information(
                ctx.infra, AskInformation(ctx.user_key, ticket_id, text)
            )
        elif form == "answer":
            ticket = await desk.answer_ticket(
                ctx.infra, AnswerTicket(ctx.user_key, ticket_id, text)
            )
        else:
            ticket = await sv.post_message(ctx.infra, PostMessage(ctx.user_key, ticket_id, text))
            return Reply().add(ctx.t("staff_sent", id=ticket.id))
    except AftersalesError as exc:
        return explain(ctx, exc)
    return await _decided(ctx, ticket)


async def queue(ctx: Ctx) -> Reply:
    try:
        items = await desk.queue(ctx.infra, ListQueue(ctx.user_key))
    except AftersalesError as exc:
        return explain(ctx, exc)
    if not items:
        return Reply().add(ctx.t("queue_empty"))
    reply = Reply().add(bold(ctx.t("queue_header", n=len(items))))
    for item in items[:20]:
        tk = item.ticket
        line = ctx.t(
            "queue_line",
            id=tk.id,
            kind=_kind(ctx, tk.kind),
            status=_status(ctx, tk.status),
            age=duration(item.age, ctx.lang),
        )
        reply.add(plain(line))
        reply.row(Button(ctx.t("btn_view_ticket", id=tk.id), "ticket_view", {"id": tk.id}))
    return reply


async def is_staff(ctx: Ctx) -> bool:
    return await staff_member(ctx.infra, ctx.user_key) is not None


async def stats(ctx: Ctx) -> Reply:
    try:
        figures = await desk.desk_stats(ctx.infra, DeskStatsQuery(ctx.user_key))
    except AftersalesError as exc:
        return explain(ctx, exc)
    none = ctx.t("desk_none")
    reply = Reply().add(bold(ctx.t("desk_stats_header")))
    reply.add(plain(ctx.t("desk_open", n=figures.open_tickets)))
    first = figures.median_first_response
    done = figures.median_resolution
    reply.add(
        plain(ctx.t("desk_first_response", value=duration(first, ctx.lang) if first else none))
    )
    reply.add(plain(ctx.t("desk_resolution", value=duration(done, ctx.lang) if done else none)))
    for key, rows in (("desk_products", figures.products), ("desk_creators", figures.creators)):
        if rows:
            reply.blank().add(bold(ctx.t(key)))
            for r in rows[:5]:
                reply.add(
                    plain(
                        ctx.t(
                            "desk_rate_line",
                            title=shorten(r.title, 30),
                            returned=r.returned,
                            sold=r.sold,
                            rate=f"{r.rate:.0%}",
                        )
                    )
                )
    reply.row(Button(ctx.t("btn_queue"), "st_queue"))
    return reply
