"""Messages out: an outbox row's kind and payload (data written by a service) rendered as a
`Reply` in the recipient's language and time zone, at send time.

Services never write copy text; each kind they queue has one renderer here. Rows of one group
(related alerts close together) are rendered as one message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from bot.i18n import Lang, t
from bot.reply import Button, Reply, bold, italic, plain
from bot.views import local_time, money, shorten
from ground.outbox import StoredMessage


@dataclass(frozen=True, slots=True)
class NoticeCtx:
    lang: Lang
    tz: str
    now: datetime

    def t(self, key: str, **fields: object) -> str:
        return t(self.lang, key, **fields)


Renderer = Callable[[NoticeCtx, Sequence[StoredMessage]], Reply]
RENDERERS: dict[str, Renderer] = {}


def renders(kind: str) -> Callable[[Renderer], Renderer]:
    """Register the renderer of one outbox kind."""

    def register(fn: Renderer) -> Renderer:
        RENDERERS[kind] = fn
        return fn

    return register


class UnknownKind(LookupError):
    pass


MAX_GROUP_BUTTON_ROWS = 6


def render(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    """One message for `rows`: one row as its kind renders it; a group (related alerts close
    together) as a digest of each, with the first few rows of buttons."""
    for row in rows:
        if row.kind not in RENDERERS:
            raise UnknownKind(row.kind)
    if len(rows) == 1 or rows[0].group_key is None:
        return RENDERERS[rows[0].kind](ctx, rows)
    reply = Reply().add(bold(ctx.t("notice_group", n=len(rows))))
    for row in rows:
        part = RENDERERS[row.kind](ctx, [row])
        reply.blank()
        reply.lines.extend(part.lines)
        for buttons in part.buttons:
            if len(reply.buttons) < MAX_GROUP_BUTTON_ROWS:
                reply.buttons.append(buttons)
    return reply


@renders("notice")
def _notice(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    """A message from the i18n catalog: payload {"key": …, "fields": {…}}."""
    reply = Reply()
    for row in rows:
        reply.add(ctx.t(str(row.payload["key"]), **dict(row.payload.get("fields") or {})))
    return reply


# ---- orders ---------------------------------------------------------------------------------
_STATUS_NOTICE = {
    "paid": "notice_paid",
    "shipped": "notice_shipped",
    "delivered": "notice_delivered",
    "cancelled": "notice_cancelled",
    "expired": "notice_expired",
    "completed": "notice_completed",
}


def _order_button(ctx: NoticeCtx, order_id: int) -> Button:
    return Button(ctx.t("btn_order", id=order_id), "order", {"id": order_id})


@renders("order.status")
def _order_status(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        order_id = int(p["order_id"])
        if p.get("refund"):
            amount = money(Decimal(str(p["refund"])), str(p.get("currency") or "CNY"))
            method = ctx.t(f"pay_{p.get('method', 'cod')}")
            reply.add(ctx.t("notice_refund", id=order_id, amount=amount, method=method))
        else:
            key = _STATUS_NOTICE.get(str(p["status"]), "notice_cancelled")
            total = money(Decimal(str(p.get("total", "0"))), str(p.get("currency") or "CNY"))
            reply.add(
                ctx.t(key, id=order_id, tracking=p.get("tracking", ""), total=total)
                if key in ("notice_shipped", "notice_paid")
                else ctx.t(key, id=order_id)
            )
        reply.row(_order_button(ctx, order_id))
    return reply


@renders("seller.new_order")
def _seller_new_order(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        reply.add(
            ctx.t(
                "notice_seller_order",
                id=p["order_id"],
                items=str(p.get("items", "")),
                total=money(Decimal(str(p.get("total", "0"))), str(p.get("currency") or "CNY")),
            )
        )
    return reply


@renders("mandate.result")
def _mandate_result(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        if p.get("bought"):
            reply.add(
                ctx.t(
                    "mandate_bought",
                    id=p["mandate_id"],
                    title=str(p.get("title") or p.get("product_id")),
                    qty=p.get("quantity", 1),
                    price=money(Decimal(str(p["unit_price"])), str(p.get("currency") or "CNY")),
                    order=p["order_id"],
                )
            )
            reply.row(_order_button(ctx, int(p["order_id"])))
        else:
            reason = str(p.get("reason") or "other")
            key = f"mandate_why_{reason}"
            known = ("sold_out", "flash_sold_out", "price_above_cap", "expired")
            why = ctx.t(key if reason in known else "mandate_why_other")
            reply.add(ctx.t("mandate_missed", id=p["mandate_id"], why=why))
    return reply


# ---- alerts ---------------------------------------------------------------------------------
def _when(ctx: NoticeCtx, stamp: object) -> str:
    try:
        return local_time(datetime.fromisoformat(str(stamp)), ctx.tz, ctx.lang, now=ctx.now)
    except ValueError:
        return str(stamp)


def _price(p: dict[str, object], key: str) -> str:
    return money(Decimal(str(p[key])), str(p.get("currency") or "CNY"))


def _title(p: dict[str, object]) -> str:
    title = shorten(str(p.get("title") or p.get("product_id") or ""), 60)
    label = p.get("sku_label")
    return f"{title}（{label}）" if label else title


def _buy_args(p: dict[str, object]) -> dict[str, object]:
    args: dict[str, object] = {"pid": p["product_id"]}
    if p.get("sku_id"):
        args["sku"] = p["sku_id"]
    return args


@renders("alert.sale_soon")
def _sale_soon(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        reply.add(
            bold(ctx.t("notice_sale_soon", n=p.get("lead", 5), time=_when(ctx, p["starts_at"])))
        )
        reply.add(
            plain(_title(p) + " · "),
            bold(_price(p, "price")),
            plain(" " + ctx.t("notice_regular", price=_price(p, "regular"))),
        )
        reply.add(
            ctx.t("notice_sale_quantity", qty=p.get("quantity"), limit=p.get("per_user_limit"))
        )
        reply.row(
            Button(ctx.t("btn_open_sale"), "open_sale", {"id": p["sale_id"]}),
            Button(ctx.t("btn_grab_for_me"), "mandate_preview", {"sale": p["sale_id"]}),
        )
    return reply


@renders("alert.sale_start")
def _sale_start(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        reply.add(bold(ctx.t("notice_sale_start")))
        reply.add(
            plain(_title(p) + " · "),
            bold(_price(p, "price")),
            plain(" " + ctx.t("notice_regular", price=_price(p, "regular"))),
        )
        reply.add(
            ctx.t("notice_sale_quantity", qty=p.get("quantity"), limit=p.get("per_user_limit"))
        )
        reply.row(
            Button(ctx.t("btn_grab_now"), "buy", _buy_args(p)),
            Button(ctx.t("btn_open_sale"), "open_sale", {"id": p["sale_id"]}),
        )
    return reply


@renders("alert.live")
def _live(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        reply.add(bold(ctx.t("notice_live", name=str(p.get("creator_name") or ""))))
        reply.add(plain(shorten(str(p.get("title") or ""), 80)))
        reply.row(
            Button(
                ctx.t("enter_room", title=shorten(str(p.get("title") or ""), 24)),
                "open_room",
                {"id": p["room_id"]},
            )
        )
    return reply


@renders("alert.pre_live")
def _pre_live(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        reply.add(
            bold(
                ctx.t(
                    "notice_pre_live",
                    name=str(p.get("creator_name") or ""),
                    time=_when(ctx, p["starts_at"]),
                )
            )
        )
        reply.add(plain(shorten(str(p.get("title") or ""), 80)))
        reply.row(
            Button(
                ctx.t("enter_room", title=shorten(str(p.get("title") or ""), 24)),
                "open_room",
                {"id": p["room_id"]},
            )
        )
    return reply


@renders("alert.price_drop")
def _price_drop(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        reply.add(bold(ctx.t("notice_price_drop")), plain(" " + _title(p)))
        reply.add(plain(_price(p, "old") + " → "), bold(_price(p, "new")))
        if p.get("target"):
            reply.add(ctx.t("notice_target_reached", price=_price(p, "target")))
        reply.row(
            Button(ctx.t("btn_buy"), "buy", _buy_args(p)),
            Button(ctx.t("btn_details", n="").strip(), "details", {"pid": p["product_id"]}),
        )
    return reply


@renders("alert.restock")
def _restock(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        reply.add(bold(ctx.t("notice_restock")), plain(" " + _title(p)))
        if p.get("price"):
            reply.add(ctx.t("notice_price_now", price=_price(p, "price")))
        reply.row(
            Button(ctx.t("btn_buy"), "buy", _buy_args(p)),
            Button(ctx.t("btn_details", n="").strip(), "details", {"pid": p["product_id"]}),
        )
    return reply


@renders("alert.watch")
def _watch(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        key = "notice_watch_cheaper" if p.get("cheaper") else "notice_watch"
        reply.add(bold(ctx.t(key, query=shorten(str(p.get("query") or ""), 30))))
        reply.add(plain(_title(p) + " · "), bold(_price(p, "price")))
        reply.row(
            Button(ctx.t("btn_details", n="").strip(), "details", {"pid": p["product_id"]}),
            Button(ctx.t("btn_my_alerts"), "alerts"),
        )
    return reply


@renders("alert.new_sale")
def _new_sale(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        name = str(p.get("creator_name") or "")
        reply.add(bold(ctx.t("notice_new_sale", name=name, time=_when(ctx, p["starts_at"]))))
        reply.add(
            plain(_title(p) + " · "),
            bold(_price(p, "price")),
            plain(" " + ctx.t("notice_regular", price=_price(p, "regular"))),
        )
        reply.row(
            Button(ctx.t("btn_remind"), "remind", {"kind": "flash_sale", "id": p["sale_id"]}),
            Button(ctx.t("btn_open_sale"), "open_sale", {"id": p["sale_id"]}),
        )
    return reply


@renders("broadcast")
def _broadcast(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        reply.add(bold(ctx.t("notice_broadcast_from", name=str(p.get("creator_name") or ""))))
        reply.add(plain(str(p.get("text") or "")))
        args: dict[str, object] = {"id": p["broadcast_id"]}
        if p.get("product_id"):
            args["pid"] = p["product_id"]
            reply.add(italic("🛍 " + shorten(str(p.get("title") or ""), 60)))
            reply.row(Button(ctx.t("btn_bc_open_product"), "bc_open", args))
        else:
            reply.row(Button(ctx.t("btn_bc_open"), "bc_open", args))
    return reply


# ---- after-sales ----------------------------------------------------------------------------
def _ticket_button(ctx: NoticeCtx, ticket_id: int) -> Button:
    return Button(ctx.t("btn_view_ticket", id=ticket_id), "ticket_view", {"id": ticket_id})


@renders("ticket.card")
def _ticket_card(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    """A new ticket on the desk: what, which order, items, reason, photos, the shopper's
    history, and the first decisions as buttons (each checked by the service when pressed)."""
    reply = Reply()
    for row in rows:
        p = row.payload
        tid = int(p["ticket_id"])
        kind = str(p["kind"])
        currency = str(p.get("currency") or "CNY")
        reply.add(bold(ctx.t("card_new", id=tid, kind=ctx.t(f"kind_{kind}"))))
        if p.get("order_id"):
            claim = money(Decimal(str(p.get("claim") or "0")), currency)
            reply.add(plain(ctx.t("card_order", order=p["order_id"], claim=claim)))
        if p.get("product_title"):
            reply.add(plain(ctx.t("card_product", title=shorten(str(p["product_title"]), 60))))
        for ln in p.get("lines") or []:
            price = money(Decimal(str(ln["unit_price"])), currency)
            title = shorten(str(ln["title"]), 40)
            reply.add(plain(ctx.t("card_item", title=title, qty=ln["quantity"], price=price)))
        if p.get("reason"):
            reply.add(plain(ctx.t("ticket_reason", reason=ctx.t(f"reason_{p['reason']}"))))
        if p.get("subject"):
            reply.add(plain(ctx.t("ticket_text", text=shorten(str(p["subject"]), 300))))
        photos = list(p.get("photos") or [])
        if photos:
            reply.add(plain(ctx.t("ticket_photos", n=len(photos))))
            reply.photo = str(photos[0])
        reply.add(
            italic(ctx.t("card_history", orders=p.get("orders", 0), returns=p.get("returns", 0)))
        )
        args = {"id": tid}
        reply.row(Button(ctx.t("btn_take"), "st_take", args))
        if kind in ("return", "refund", "exchange"):
            reply.row(
                Button(ctx.t("btn_approve"), "st_approve", args),
                Button(ctx.t("btn_reject"), "st_form", {**args, "form": "reject"}),
                Button(ctx.t("btn_ask_info"), "st_form", {**args, "form": "ask"}),
            )
        else:
            reply.row(Button(ctx.t("btn_answer"), "st_form", {**args, "form": "answer"}))
        reply.row(_ticket_button(ctx, tid))
    return reply


@renders("ticket.update")
def _ticket_update(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    reply = Reply()
    for row in rows:
        p = row.payload
        action = str(p.get("action"))
        key = f"upd_{action}" if action in ("taken", "approved", "rejected", "refunded") else None
        reply.add(
            ctx.t(
                key or "upd_cancelled",
                id=p["ticket_id"],
                by=p.get("by") or "",
                note=p.get("note") or "",
            )
        )
    return reply


@renders("ticket.status")
def _ticket_status(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    """The shopper's push at every status change of their ticket."""
    reply = Reply()
    for row in rows:
        p = row.payload
        tid = p["ticket_id"]
        status, kind = str(p["status"]), str(p.get("kind"))
        note = str(p.get("note") or "")
        address = p.get("return_address")
        if status == "open":
            reply.add(ctx.t("st_open", id=tid, kind=ctx.t(f"kind_{kind}")))
        elif status == "approved" and kind == "refund":
            reply.add(ctx.t("st_approved_refund", id=tid))
        elif status == "approved":
            key = "st_approved_exchange" if kind == "exchange" else "st_approved_return"
            reply.add(
                ctx.t(key, id=tid, address=address)
                if address
                else ctx.t("st_approved_return_no_address", id=tid)
            )
            if note:
                reply.add(plain(ctx.t("ticket_note", note=note)))
        elif status == "refunded":
            amount = money(Decimal(str(p.get("refund") or "0")), str(p.get("currency") or "CNY"))
            reply.add(ctx.t("st_refunded", id=tid, amount=amount))
        elif status in ("received", "exchanged", "rejected", "cancelled"):
            reply.add(ctx.t(f"st_{status}", id=tid, note=note))
        else:
            reply.add(ctx.t("st_other", id=tid, status=ctx.t(f"tstatus_{status}")))
        reply.row(_ticket_button(ctx, int(tid)))
    return reply


@renders("ticket.message")
def _ticket_message(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    """A relayed message: staff's under their alias, the shopper's to the desk."""
    reply = Reply()
    for row in rows:
        p = row.payload
        tid = int(p["ticket_id"])
        if p.get("from_staff"):
            reply.add(bold(ctx.t("relay_to_shopper", id=tid, name=p.get("alias") or "")))
            reply.add(plain(str(p.get("text") or "")))
            reply.row(
                Button(ctx.t("btn_reply"), "ticket_msg_form", {"id": tid}), _ticket_button(ctx, tid)
            )
        else:
            reply.add(bold(ctx.t("relay_to_staff", id=tid)))
            reply.add(plain(str(p.get("text") or "")))
            reply.row(
                Button(ctx.t("btn_reply"), "st_form", {"id": tid, "form": "reply"}),
                _ticket_button(ctx, tid),
            )
        if p.get("photo"):
            reply.photo = str(p["photo"])
    return reply
