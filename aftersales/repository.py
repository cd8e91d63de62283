"""After-sales persistence inside the caller's unit of work. Every status change is one
conditional statement (`move`), so two staff members pressing at once change it once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from aftersales import tables as t
from aftersales.model import (
    ReturnLine,
    ReturnReason,
    Ticket,
    TicketEvent,
    TicketKind,
    TicketMessage,
    TicketStatus,
)
from ground.db import Money
from orders import tables as ot

# Units in these tickets are spoken for: they cannot be claimed by another request.
_CLAIMING = tuple(
    s.value
    for s in TicketStatus
    if s not in (TicketStatus.REJECTED, TicketStatus.CANCELLED, TicketStatus.ANSWERED)
)


def ticket_from_row(
    r: RowMapping,
    lines: Sequence[ReturnLine] = (),
    history: Sequence[TicketEvent] = (),
    messages: Sequence[TicketMessage] = (),
) -> Ticket:
    return Ticket(
        id=int(r["id"]),
        kind=TicketKind(r["kind"]),
        status=TicketStatus(r["status"]),
        user_key=r["user_key"],
        chat_id=r["chat_id"],
        product_id=r["product_id"],
        order_id=r["order_id"],
        subject=r["subject"],
        created_at=r["created_at"],
        language=r["language"],
        assignee=r["assignee"],
        reason=ReturnReason(r["reason"]) if r["reason"] else None,
        photos=tuple(r["photos"] or ()),
        lines=tuple(lines),
        refund_total=r["refund_total"] if r["refund_total"] is not None else Decimal("0.00"),
        currency=r["currency"],
        first_response_at=r["first_response_at"],
        resolved_at=r["resolved_at"],
        note=r["note"],
        history=tuple(history),
        messages=tuple(messages),
    )


class TicketRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def create(
        self,
        *,
        kind: TicketKind,
        status: str,
        user_key: str,
        chat_id: str,
        now: datetime,
        product_id: str | None = None,
        order_id: int | None = None,
        subject: str | None = None,
        language: str | None = None,
        details: dict[str, Any] | None = None,
        reason: ReturnReason | None = None,
        photos: Sequence[str] = (),
        currency: str | None = None,
        lines: Sequence[ReturnLine] = (),
    ) -> Ticket:
        result = await self.session.execute(
            insert(t.tickets)
            .values(
                kind=kind.value,
                status=status,
                user_key=user_key,
                chat_id=chat_id,
                product_id=product_id,
                order_id=order_id,
                subject=subject,
                language=language,
                details=details,
                reason=reason.value if reason else None,
                photos=list(photos) or None,
                currency=currency,
                created_at=now,
                updated_at=now,
            )
            .returning(*t.tickets.c)
        )
        row = result.mappings().one()
        ticket_id = int(row["id"])
        if lines:
            await self.session.execute(
                insert(t.ticket_lines),
                [
                    {
                        "ticket_id": ticket_id,
                        "order_line_id": ln.order_line_id,
                        "product_id": ln.product_id,
                        "sku_id": ln.sku_id,
                        "title": ln.title[:200],
                        "quantity": ln.quantity,
                        "unit_price": ln.unit_price,
                    }
                    for ln in lines
                ],
            )
        await self.add_event(ticket_id, user_key, "created", now)
        return ticket_from_row(row, lines)

    async def add_event(
        self, ticket_id: int, actor: str, action: str, now: datetime, note: str | None = None
    ) -> None:
        await self.session.execute(
            insert(t.ticket_events).values(
                ticket_id=ticket_id, actor=actor, action=action, note=note, at=now
            )
        )

    async def add_message(
        self,
        ticket_id: int,
        sender: str,
        *,
        from_staff: bool,
        text: str,
        now: datetime,
        photo: str | None = None,
    ) -> None:
        await self.session.execute(
            insert(t.ticket_messages).values(
                ticket_id=ticket_id,
                sender=sender,
                from_staff=1 if from_staff else 0,
                text=text,
                photo=photo,
                at=now,
            )
        )

    async def move(
        self,
        ticket_id: int,
        old: Iterable[TicketStatus],
        new: TicketStatus,
        now: datetime,
        **values: Any,
    ) -> bool:
        """`old` → `new` if the ticket is still in one of `old`: one statement, so of two
        racing presses exactly one wins."""
        c = t.tickets.c
        result = await self.session.execute(
            update(t.tickets)
            .where(c.id == ticket_id, c.status.in_([s.value for s in old]))
            .values(status=new.value, updated_at=now, version=c.version + 1, **values)
        )
        return bool(getattr(result, "rowcount", 0))

    async def take(self, ticket_id: int, staff: str, now: datetime) -> bool:
        """Assign an open ticket to `staff` — only if nobody has it yet."""
        c = t.tickets.c
        result = await self.session.execute(
            update(t.tickets)
            .where(
                c.id == ticket_id,
                c.assignee.is_(None),
                c.status.in_([TicketStatus.OPEN.value, TicketStatus.WAITING.value]),
            )
            .values(
                assignee=staff,
                status=TicketStatus.ASSIGNED.value,
                updated_at=now,
                version=c.version + 1,
                first_response_at=func.coalesce(c.first_response_at, now),
            )
        )
        return bool(getattr(result, "rowcount", 0))

    async def responded(self, ticket_id: int, now: datetime) -> None:
        """The first staff response (a reply, a decision) starts nothing twice."""
        c = t.tickets.c
        await self.session.execute(
            update(t.tickets)
            .where(c.id == ticket_id, c.first_response_at.is_(None))
            .values(first_response_at=now)
        )

    async def add_refund(self, ticket_id: int, amount: Decimal, most: Decimal) -> bool:
        """Count a refund on the ticket, never beyond `most` (what its units cost)."""
        c = t.tickets.c
        result = await self.session.execute(
            update(t.tickets)
            .where(
                c.id == ticket_id,
                c.refund_total + literal(amount, Money()) <= literal(most, Money()),
            )
            .values(refund_total=c.refund_total + amount)
        )
        return bool(getattr(result, "rowcount", 0))

    async def touch_order(self, order_id: int, now: datetime) -> bool:
        """Lock the order's row for the rest of the transaction (PostgreSQL: `UPDATE` takes the
        row lock), so two requests for the same units are counted one after the other."""
        result = await self.session.execute(
            update(ot.orders).where(ot.orders.c.id == order_id).values(updated_at=now)
        )
        return bool(getattr(result, "rowcount", 0))

    async def claimed_units(self, order_id: int) -> dict[int, int]:
        """Units of each order line already in a live or refunded request."""
        tl, tk = t.ticket_lines, t.tickets
        rows = await self.session.execute(
            select(tl.c.order_line_id, func.sum(tl.c.quantity))
            .join(tk, tk.c.id == tl.c.ticket_id)
            .where(tk.c.order_id == order_id, tk.c.status.in_(_CLAIMING))
            .group_by(tl.c.order_line_id)
        )
        return {int(line): int(units) for line, units in rows}

    async def mark_returned(self, order_line_id: int, units: int) -> bool:
        c = ot.order_lines.c
        result = await self.session.execute(
            update(ot.order_lines)
            .where(c.id == order_line_id, c.returned_quantity + units <= c.quantity)
            .values(returned_quantity=c.returned_quantity + units)
        )
        return bool(getattr(result, "rowcount", 0))

    # ---- reading -----------------------------------------------------------------------
    async def get(self, ticket_id: int, *, full: bool = True) -> Ticket | None:
        found = await self._load(select(t.tickets).where(t.tickets.c.id == ticket_id), full)
        return found[0] if found else None

    async def for_user(self, user_key: str, limit: int = 20) -> list[Ticket]:
        c = t.tickets.c
        return await self._load(
            select(t.tickets).where(c.user_key == user_key).order_by(c.id.desc()).limit(limit),
            full=False,
        )

    async def for_order(self, order_id: int) -> list[Ticket]:
        c = t.tickets.c
        return await self._load(
            select(t.tickets).where(c.order_id == order_id).order_by(c.id), full=False
        )

    async def open_queue(self, limit: int = 50) -> list[Ticket]:
        c = t.tickets.c
        closed = [s.value for s in TicketStatus if not s.is_open]
        return await self._load(
            select(t.tickets)
            .where(c.status.not_in(closed))
            .order_by(c.created_at, c.id)
            .limit(limit),
            full=False,
        )

    async def listing(self, status: TicketStatus | None, limit: int) -> list[Ticket]:
        c = t.tickets.c
        stmt = select(t.tickets).order_by(c.id).limit(limit)
        if status is not None:
            stmt = stmt.where(c.status == status.value)
        return await self._load(stmt, full=False)

    async def _load(self, stmt: Any, full: bool) -> list[Ticket]:
        rows = list((await self.session.execute(stmt)).mappings())
        if not rows:
            return []
        ids = [int(r["id"]) for r in rows]
        lines: dict[int, list[ReturnLine]] = {i: [] for i in ids}
        tl = t.ticket_lines.c
        for r in (
            await self.session.execute(
                select(t.ticket_lines).where(tl.ticket_id.in_(ids)).order_by(tl.order_line_id)
            )
        ).mappings():
            lines[int(r["ticket_id"])].append(
                ReturnLine(
                    order_line_id=int(r["order_line_id"]),
                    product_id=r["product_id"],
                    sku_id=r["sku_id"],
                    title=r["title"],
                    quantity=int(r["quantity"]),
                    unit_price=r["unit_price"],
                )
            )
        events: dict[int, list[TicketEvent]] = {i: [] for i in ids}
        messages: dict[int, list[TicketMessage]] = {i: [] for i in ids}
        if full:
            ev = t.ticket_events.c
            for r in (
                await self.session.execute(
                    select(t.ticket_events).where(ev.ticket_id.in_(ids)).order_by(ev.id)
                )
            ).mappings():
                events[int(r["ticket_id"])].append(
                    TicketEvent(r["actor"], r["action"], r["at"], r["note"])
                )
            mc = t.ticket_messages.c
            for r in (
                await self.session.execute(
                    select(t.ticket_messages).where(mc.ticket_id.in_(ids)).order_by(mc.id)
                )
            ).mappings():
                messages[int(r["ticket_id"])].append(
                    TicketMessage(
                        r["sender"], bool(r["from_staff"]), r["text"], r["at"], r["photo"]
                    )
                )
        return [
            ticket_from_row(r, lines[int(r["id"])], events[int(r["id"])], messages[int(r["id"])])
            for r in rows
        ]

    # ---- the desk's figures ------------------------------------------------------------
    async def response_times(self) -> list[tuple[datetime, datetime | None, datetime | None]]:
        c = t.tickets.c
        rows = await self.session.execute(select(c.created_at, c.first_response_at, c.resolved_at))
        return [(a, b, r) for a, b, r in rows]

    async def counts_by_status(self) -> dict[str, int]:
        c = t.tickets.c
        rows = await self.session.execute(select(c.status, func.count()).group_by(c.status))
        return {str(s): int(n) for s, n in rows}

    async def sold_units(self) -> list[tuple[str, str | None, str, int]]:
        """(product id, creator id, title, units) over orders that were really sold."""
        o, ln = ot.orders.c, ot.order_lines.c
        sold = ("paid", "shipped", "delivered", "completed", "partially_refunded", "refunded")
        rows = await self.session.execute(
            select(ln.product_id, o.creator_id, func.max(ln.title), func.sum(ln.quantity))
            .join(ot.orders, o.id == ln.order_id)
            .where(o.status.in_(sold) | (o.status == "confirmed"))
            .group_by(ln.product_id, o.creator_id)
        )
        return [(p, cr, title, int(n)) for p, cr, title, n in rows]

    async def returned_units(self) -> dict[str, int]:
        """Units per product in return requests that were not rejected or withdrawn."""
        tl, tk = t.ticket_lines.c, t.tickets.c
        counted = [
            s.value
            for s in TicketStatus
            if s not in (TicketStatus.REJECTED, TicketStatus.CANCELLED)
        ]
        rows = await self.session.execute(
            select(tl.product_id, func.sum(tl.quantity))
            .join(t.tickets, tk.id == tl.ticket_id)
            .where(tk.status.in_(counted))
            .group_by(tl.product_id)
        )
        return {str(p): int(n) for p, n in rows}
