"""The messages after-sales causes, as outbox rows (data; the chat adapter renders them in the
recipient's language at send time). Each is written in the transaction of its change.

Staff cards go to the support group (`DAIHUO_SUPPORT_CHAT_ID`), or with no group to every staff
member's private chat. Their buttons are owned by `STAFF_OWNER`: any staff member may press
them, and the service checks who they are on every press."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from accounts.model import StaffMember
from aftersales.model import ShopperHistory, Ticket, TicketStatus
from ground.outbox import OutboxMessage

STAFF_OWNER = "role:staff"
TICKET_CARD = "ticket.card"
TICKET_UPDATE = "ticket.update"  # to staff: taken by, decided, cancelled by the shopper
TICKET_STATUS = "ticket.status"  # to the shopper
TICKET_MESSAGE = "ticket.message"  # relayed, either way


def staff_chats(support_chat: int | None, staff: Sequence[StaffMember]) -> list[tuple[str, str]]:
    """(chat, owner of its buttons): the group, its buttons the desk's; or each staff member's
    private chat, in their own language, its buttons theirs."""
    if support_chat is not None:
        return [(f"tg:{support_chat}", STAFF_OWNER)]
    return [(m.user_key, m.user_key) for m in staff]


def _lines(ticket: Ticket) -> list[dict[str, Any]]:
    return [
        {"title": ln.title, "quantity": ln.quantity, "unit_price": str(ln.unit_price)}
        for ln in ticket.lines
    ]


def card(
    ticket: Ticket,
    chat: str,
    history: ShopperHistory,
    *,
    product_title: str | None,
    owner: str = STAFF_OWNER,
) -> OutboxMessage:
    """A new ticket for the desk: order, items, reason, photos, the shopper's history."""
    return OutboxMessage(
        kind=TICKET_CARD,
        chat_id=chat,
        user_key=owner,
        payload={
            "ticket_id": ticket.id,
            "kind": ticket.kind.value,
            "order_id": ticket.order_id,
            "product_id": ticket.product_id,
            "product_title": product_title,
            "reason": ticket.reason.value if ticket.reason else None,
            "subject": ticket.subject,
            "photos": list(ticket.photos),
            "lines": _lines(ticket),
            "claim": str(ticket.claim_value),
            "currency": ticket.currency,
            "orders": history.orders,
            "returns": history.returns,
            "earlier": list(history.earlier),
        },
        dedup_key=f"ticket:{ticket.id}:card:{chat}",
        urgent=True,
    )


def update(
    ticket_id: int,
    chat: str,
    action: str,
    by: str,
    note: str | None = None,
    *,
    owner: str = STAFF_OWNER,
) -> OutboxMessage:
    return OutboxMessage(
        kind=TICKET_UPDATE,
        chat_id=chat,
        user_key=owner,
        payload={"ticket_id": ticket_id, "action": action, "by": by, "note": note},
        urgent=True,
    )


def status(
    ticket: Ticket,
    new: TicketStatus,
    *,
    note: str | None = None,
    return_address: str | None = None,
    refund: Decimal | None = None,
) -> OutboxMessage:
    """The shopper's push at every status change of their ticket."""
    return OutboxMessage(
        kind=TICKET_STATUS,
        chat_id=ticket.chat_id,
        user_key=ticket.user_key,
        payload={
            "ticket_id": ticket.id,
            "kind": ticket.kind.value,
            "status": new.value,
            "note": note,
            "return_address": return_address,
            "refund": str(refund) if refund is not None else None,
            "currency": ticket.currency,
            "order_id": ticket.order_id,
        },
        dedup_key=f"ticket:{ticket.id}:status:{new.value}",
        urgent=True,
    )


def relay(
    ticket: Ticket,
    chat: str,
    recipient: str,
    *,
    text: str,
    from_staff: bool,
    alias: str | None = None,
    photo: str | None = None,
) -> OutboxMessage:
    return OutboxMessage(
        kind=TICKET_MESSAGE,
        chat_id=chat,
        user_key=recipient,
        payload={
            "ticket_id": ticket.id,
            "text": text,
            "from_staff": from_staff,
            "alias": alias,
            "photo": photo,
        },
        urgent=True,
    )
