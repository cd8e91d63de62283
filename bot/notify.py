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
from bot.reply import Button, Reply
from bot.views import money
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


def render(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    renderer = RENDERERS.get(rows[0].kind)
    if renderer is None:
        raise UnknownKind(rows[0].kind)
    return renderer(ctx, rows)


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
