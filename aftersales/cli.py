"""`daihuo tickets list|show`: the after-sales desk for operators and scripts, through the
same services and repository the chat uses."""

from __future__ import annotations

import argparse
import json
from typing import Any, Protocol

from aftersales.commands import ListTickets
from aftersales.desk import list_tickets
from aftersales.model import Ticket, TicketStatus
from aftersales.repository import TicketRepository
from ground.infra import Infra

EXIT_OK = 0
EXIT_REFUSED = 1


class TicketsHost(Protocol):
    @property
    def infra(self) -> Infra: ...


def _status(value: str) -> TicketStatus:
    try:
        return TicketStatus(value)
    except ValueError:
        known = ", ".join(s.value for s in TicketStatus)
        raise argparse.ArgumentTypeError(f"unknown status {value!r} (one of: {known})") from None


def _ticket_id(value: str) -> int:
    value = value.lstrip("#")
    if not value.isdigit() or len(value) > 12:
        raise argparse.ArgumentTypeError(f"a ticket number, got {value!r}")
    return int(value)


def register(sub: Any) -> None:
    tickets = sub.add_parser("tickets", help="after-sales tickets: list, show")
    actions = tickets.add_subparsers(dest="tickets_command", metavar="ACTION")
    actions.required = True
    listing = actions.add_parser("list", help="every ticket (or those in one status)")
    listing.add_argument("--status", type=_status)
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    listing.set_defaults(handler=_list)
    show = actions.add_parser("show", help="one ticket with its items, history and messages")
    show.add_argument("ticket_id", type=_ticket_id)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)


def ticket_json(t: Ticket) -> dict[str, Any]:
    """The stable fields scripts rely on (money as a decimal string)."""
    return {
        "id": t.id,
        "order_id": t.order_id,
        "user_id": t.user_key,
        "status": t.status.value,
        "assignee": t.assignee,
        "refund_total": str(t.refund_total),
        "kind": t.kind.value,
        "currency": t.currency,
        "created_at": t.created_at.isoformat(),
    }


async def _list(app: TicketsHost, args: argparse.Namespace) -> int:
    tickets = await list_tickets(app.infra, ListTickets(args.status))
    for t in tickets:
        if args.json:
            print(json.dumps(ticket_json(t), ensure_ascii=False))
        else:
            print(
                f"#{t.id}\t{t.kind.value}\t{t.status.value}\torder {t.order_id or '-'}\t"
                f"{t.user_key}\t{t.assignee or '-'}\t{t.refund_total}"
            )
    if not tickets and not args.json:
        print("no tickets")
    return EXIT_OK


async def _show(app: TicketsHost, args: argparse.Namespace) -> int:
    async with app.infra.uow() as uow:
        ticket = await TicketRepository(uow.session).get(args.ticket_id)
    if ticket is None:
        print(f"no ticket #{args.ticket_id}")
        return EXIT_REFUSED
    if args.json:
        data = ticket_json(ticket)
        data["lines"] = [
            {
                "order_line_id": ln.order_line_id,
                "product_id": ln.product_id,
                "sku_id": ln.sku_id,
                "quantity": ln.quantity,
                "unit_price": str(ln.unit_price),
            }
            for ln in ticket.lines
        ]
        data["history"] = [
            {"actor": e.actor, "action": e.action, "at": e.at.isoformat(), "note": e.note}
            for e in ticket.history
        ]
        print(json.dumps(data, ensure_ascii=False))
        return EXIT_OK
    print(f"ticket #{ticket.id} · {ticket.kind.value} · {ticket.status.value}")
    print(
        f"shopper {ticket.user_key} · order {ticket.order_id or '-'} · assignee {ticket.assignee or '-'}"
    )
    if ticket.reason:
        print(f"reason: {ticket.reason.value}")
    if ticket.subject:
        print(f"text: {ticket.subject}")
    for ln in ticket.lines:
        print(f"  {ln.title} × {ln.quantity} @ {ln.unit_price} {ticket.currency or ''}")
    print(f"claim {ticket.claim_value} · refunded {ticket.refund_total}")
    if ticket.photos:
        print(f"photos: {len(ticket.photos)}")
    for e in ticket.history:
        print(f"  {e.at.isoformat()} {e.actor} {e.action}{' — ' + e.note if e.note else ''}")
    for m in ticket.messages:
        who = "staff" if m.from_staff else "shopper"
        print(f"  [{who} {m.at.isoformat()}] {m.text}")
    return EXIT_OK
