"""The support desk: staff take, decide, relay and refund tickets; the queue and the figures.

Safety lives here, not in the chat adapter: every call checks that the actor is staff, and
decisions (approve, reject, received, refund, exchange) that the actor is the assignee or an
admin. Each decision is one conditional status change, so a replayed button or two staff
pressing at once decide once; a refund also goes through the orders ledger, which refuses
more than was paid across every partial refund of the order."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from accounts.model import StaffMember
from accounts.repository import AccountRepository
from aftersales import notices
from aftersales.commands import (
    AnswerTicket,
    ApproveTicket,
    AskInformation,
    CompleteExchange,
    DeskStatsQuery,
    ListQueue,
    ListTickets,
    MarkReceived,
    RefundTicket,
    RejectTicket,
    TakeTicket,
)
from aftersales.errors import (
    AlreadyTaken,
    BadRequest,
    NotAssignee,
    NotStaff,
    RefundTooLarge,
    StarsRefundMustBeFull,
    TicketClosed,
    UnknownTicket,
    WrongStep,
)
from aftersales.model import (
    DeskStats,
    QueueItem,
    RateRow,
    Ticket,
    TicketKind,
    TicketStatus,
    median_delta,
)
from aftersales.repository import TicketRepository
from aftersales.services import clean_text, staff_says, tell_staff
from catalog.inventory import InventoryRepository
from catalog.repository import CatalogRepository
from ground.infra import Infra
from ground.uow import UnitOfWork
from orders import payments
from orders.errors import PaymentRefused
from orders.model import OrderStatus, PaymentMethod, can_transition
from orders.repository import OrderRepository

S = TicketStatus
DECIDABLE = (S.OPEN, S.ASSIGNED, S.WAITING)
TOP_RATES = 10


async def _staff(uow: UnitOfWork, actor: str) -> StaffMember:
    member = await AccountRepository(uow.session).staff_member(actor)
    if member is None:
        raise NotStaff()
    return member


async def _ticket(uow: UnitOfWork, ticket_id: int) -> Ticket:
    ticket = await TicketRepository(uow.session).get(ticket_id, full=False)
    if ticket is None:
        raise UnknownTicket(ticket_id)
    return ticket


async def _alias(uow: UnitOfWork, user_key: str | None) -> str:
    if user_key is None:
        return ""
    member = await AccountRepository(uow.session).staff_member(user_key)
    return member.shown_name if member else user_key


async def _decider(uow: UnitOfWork, member: StaffMember, ticket: Ticket, now: datetime) -> Ticket:
    """The assignee (or an admin) decides; an untaken ticket is taken by whoever decides."""
    if not ticket.status.is_open:
        raise TicketClosed(ticket.status)
    if ticket.assignee is None:
        if not await TicketRepository(uow.session).take(ticket.id, member.user_key, now):
            ticket = await _ticket(uow, ticket.id)  # someone took it a moment ago
            if ticket.assignee != member.user_key and not member.is_admin:
                raise NotAssignee(ticket.assignee)
            return ticket
        await TicketRepository(uow.session).add_event(ticket.id, member.user_key, "taken", now)
        return await _ticket(uow, ticket.id)
    if ticket.assignee != member.user_key and not member.is_admin:
        raise NotAssignee(ticket.assignee)
    return ticket


async def _move(
    uow: UnitOfWork,
    ticket: Ticket,
    old: Iterable[TicketStatus],
    new: TicketStatus,
    action: str,
    now: datetime,
    **values: object,
) -> None:
    if not await TicketRepository(uow.session).move(ticket.id, old, new, now, **values):
        raise WrongStep(ticket.status, action)


async def take_ticket(infra: Infra, cmd: TakeTicket) -> Ticket:
    """Assign the ticket to this staff member — unless someone already has it."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        member = await _staff(uow, cmd.staff)
        ticket = await _ticket(uow, cmd.ticket_id)
        if not ticket.status.is_open:
            raise TicketClosed(ticket.status)
        repo = TicketRepository(uow.session)
        if not await repo.take(ticket.id, member.user_key, now):
            current = await _ticket(uow, ticket.id)
            if current.assignee == member.user_key:
                return current
            raise AlreadyTaken(await _alias(uow, current.assignee))
        await repo.add_event(ticket.id, member.user_key, "taken", now)
        await tell_staff(
            uow, infra, ticket, "taken", by=member.shown_name, now=now, actor=member.user_key
        )
        await uow.commit()
        taken = await repo.get(ticket.id)
    assert taken is not None
    return taken


async def approve_ticket(infra: Infra, cmd: ApproveTicket) -> Ticket:
    """Approve a return / refund-only / exchange: the shopper gets the instructions (where
    to send it, or that the refund comes)."""
    now = infra.clock.now()
    note = clean_text(cmd.note or "") or None
    async with infra.write_lock(), infra.uow() as uow:
        member = await _staff(uow, cmd.staff)
        ticket = await _decider(uow, member, await _ticket(uow, cmd.ticket_id), now)
        if not ticket.kind.is_return:
            raise WrongStep(ticket.status, "approve")
        await _move(uow, ticket, DECIDABLE, S.APPROVED, "approve", now, note=note)
        repo = TicketRepository(uow.session)
        await repo.responded(ticket.id, now)
        await repo.add_event(ticket.id, member.user_key, "approved", now, note)
        address = infra.settings.return_address or None
        await uow.outbox.add(
            notices.status(
                ticket,
                S.APPROVED,
                note=note,
                return_address=address if ticket.kind is not TicketKind.REFUND else None,
            ),
            now,
        )
        await tell_staff(
            uow, infra, ticket, "approved", by=member.shown_name, now=now, actor=member.user_key
        )
        await uow.commit()
        return await _reload(repo, ticket.id)


async def reject_ticket(infra: Infra, cmd: RejectTicket) -> Ticket:
    """Reject with a reason the shopper is told."""
    reason = clean_text(cmd.reason)
    if not reason:
        raise BadRequest("reason", "a rejection needs a reason")
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        member = await _staff(uow, cmd.staff)
        ticket = await _decider(uow, member, await _ticket(uow, cmd.ticket_id), now)
        await _move(uow, ticket, DECIDABLE, S.REJECTED, "reject", now, note=reason, resolved_at=now)
        repo = TicketRepository(uow.session)
        await repo.responded(ticket.id, now)
        await repo.add_event(ticket.id, member.user_key, "rejected", now, reason)
        await uow.outbox.add(notices.status(ticket, S.REJECTED, note=reason), now)
        await tell_staff(
            uow,
            infra,
            ticket,
            "rejected",
            by=member.shown_name,
            now=now,
            actor=member.user_key,
            note=reason,
        )
        await uow.commit()
        return await _reload(repo, ticket.id)


async def ask_information(infra: Infra, cmd: AskInformation) -> Ticket:
    """Ask the shopper for something (a photo, the serial number); their reply comes back."""
    question = clean_text(cmd.question)
    if not question:
        raise BadRequest("question", "empty")
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        member = await _staff(uow, cmd.staff)
        ticket = await _decider(uow, member, await _ticket(uow, cmd.ticket_id), now)
        await _move(uow, ticket, (S.ASSIGNED, S.WAITING), S.WAITING, "ask", now, note=question)
        repo = TicketRepository(uow.session)
        await staff_says(uow, ticket, member, question, now)
        await repo.add_event(ticket.id, member.user_key, "asked", now, question)
        await uow.commit()
        return await _reload(repo, ticket.id)


async def mark_received(infra: Infra, cmd: MarkReceived) -> Ticket:
    """The returned parcel arrived: returned units go back to stock (returns), then refund."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        member = await _staff(uow, cmd.staff)
        ticket = await _decider(uow, member, await _ticket(uow, cmd.ticket_id), now)
        if ticket.kind not in (TicketKind.RETURN, TicketKind.EXCHANGE):
            raise WrongStep(ticket.status, "received")
        await _move(uow, ticket, (S.APPROVED,), S.RECEIVED, "received", now)
        repo = TicketRepository(uow.session)
        if ticket.kind is TicketKind.RETURN:
            inventory = InventoryRepository(uow.session)
            for ln in ticket.lines:
                if not await repo.mark_returned(ln.order_line_id, ln.quantity):
                    raise WrongStep(ticket.status, "received")
                await inventory.give_back(
                    ln.product_id,
                    ln.sku_id,
                    ln.quantity,
                    ref=f"ticket:{ticket.id}",
                    now=now,
                    reason="return",
                )
        await repo.add_event(ticket.id, member.user_key, "received", now)
        await uow.outbox.add(notices.status(ticket, S.RECEIVED), now)
        await uow.commit()
        return await _reload(repo, ticket.id)


async def refund_ticket(infra: Infra, cmd: RefundTicket) -> Ticket:
    """Refund the ticket's units the way the order was paid, once.

    Never more than the units cost (a smaller `amount` is a partial refund, e.g. a price
    difference), and never more than is left of what the order was paid, across every
    partial refund. Telegram refunds Stars only whole: a Stars ticket must cover what is left
    of the order."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        member = await _staff(uow, cmd.staff)
        ticket = await _decider(uow, member, await _ticket(uow, cmd.ticket_id), now)
        if ticket.order_id is None or not ticket.kind.is_return:
            raise WrongStep(ticket.status, "refund")
        ready = (S.RECEIVED,) if ticket.kind is TicketKind.RETURN else (S.APPROVED,)
        if ticket.kind is TicketKind.EXCHANGE:
            raise WrongStep(ticket.status, "refund")
        orders = OrderRepository(uow.session)
        order = await orders.get(ticket.order_id, with_history=False)
        if order is None:
            raise UnknownTicket(ticket.id)
        left = order.total - order.refunded
        most = min(ticket.claim_value, left)
        amount = most if cmd.amount is None else cmd.amount
        if order.payment_method is PaymentMethod.STARS:
            covered = {ln.order_line_id: ln.quantity for ln in ticket.lines}
            whole = all(
                covered.get(ln.id, 0) + ln.returned_quantity >= ln.quantity for ln in order.lines
            )
            if not whole or (cmd.amount is not None and cmd.amount != left):
                raise StarsRefundMustBeFull(str(left))
            amount = most = left
        if not amount.is_finite() or amount <= 0 or amount != amount.quantize(Decimal("0.01")):
            raise BadRequest("amount", "a positive amount with at most 2 decimals")
        if amount > most:
            raise RefundTooLarge(str(most))
        # The status change first: of two staff pressing at once, one moves it, the other
        # gets WrongStep and refunds nothing.
        await _move(uow, ticket, ready, S.REFUNDED, "refund", now, resolved_at=now)
        repo = TicketRepository(uow.session)
        if not await repo.add_refund(ticket.id, amount, max(most, ticket.claim_value)):
            raise RefundTooLarge(str(most))
        if ticket.kind is TicketKind.REFUND:
            for ln in ticket.lines:
                if not await repo.mark_returned(ln.order_line_id, ln.quantity):
                    raise WrongStep(ticket.status, "refund")
        try:
            done = await payments.refund(
                uow, order, amount, now, ref=f"ticket:{ticket.id}", reason=ticket.kind.value
            )
        except PaymentRefused as exc:
            raise RefundTooLarge(str(left)) from exc
        if not done:
            raise WrongStep(ticket.status, "refund")
        await _order_after_refund(uow, order.id, member.user_key, now, ticket.id)
        await repo.add_event(ticket.id, member.user_key, "refunded", now, str(amount))
        await uow.outbox.add(notices.status(ticket, S.REFUNDED, refund=amount), now)
        await tell_staff(
            uow,
            infra,
            ticket,
            "refunded",
            by=member.shown_name,
            now=now,
            actor=member.user_key,
            note=str(amount),
        )
        await uow.commit()
        return await _reload(repo, ticket.id)


async def _order_after_refund(
    uow: UnitOfWork, order_id: int, actor: str, now: datetime, ticket_id: int
) -> None:
    """refunded when the whole order came back (or all its money), else partially."""
    orders = OrderRepository(uow.session)
    order = await orders.get(order_id, with_history=False)  # after this refund
    assert order is not None
    claimed = await TicketRepository(uow.session).claimed_units(order_id)
    refunded_units = all(
        ln.returned_quantity >= ln.quantity or claimed.get(ln.id, 0) >= ln.quantity
        for ln in order.lines
    )
    new = (
        OrderStatus.REFUNDED
        if order.refunded >= order.total or (refunded_units and order.refunded > 0)
        else OrderStatus.PARTIALLY_REFUNDED
    )
    if can_transition(order.status, new):
        await orders.transition(
            order.id, order.status, new, actor=actor, now=now, note=f"ticket #{ticket_id}"
        )


async def complete_exchange(infra: Infra, cmd: CompleteExchange) -> Ticket:
    """The replacement went out (with its tracking number): the exchange is done."""
    tracking = clean_text(cmd.tracking or "", 64) or None
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        member = await _staff(uow, cmd.staff)
        ticket = await _decider(uow, member, await _ticket(uow, cmd.ticket_id), now)
        if ticket.kind is not TicketKind.EXCHANGE:
            raise WrongStep(ticket.status, "exchange")
        await _move(
            uow, ticket, (S.RECEIVED,), S.EXCHANGED, "exchange", now, resolved_at=now, note=tracking
        )
        repo = TicketRepository(uow.session)
        await repo.add_event(ticket.id, member.user_key, "exchanged", now, tracking)
        await uow.outbox.add(notices.status(ticket, S.EXCHANGED, note=tracking), now)
        await uow.commit()
        return await _reload(repo, ticket.id)


async def answer_ticket(infra: Infra, cmd: AnswerTicket) -> Ticket:
    """Answer a forwarded question or a support request: relayed, and the ticket closes."""
    text = clean_text(cmd.text)
    if not text:
        raise BadRequest("text", "empty")
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        member = await _staff(uow, cmd.staff)
        ticket = await _decider(uow, member, await _ticket(uow, cmd.ticket_id), now)
        if ticket.kind.is_return:
            raise WrongStep(ticket.status, "answer")
        await _move(uow, ticket, DECIDABLE, S.ANSWERED, "answer", now, resolved_at=now)
        repo = TicketRepository(uow.session)
        await staff_says(uow, ticket, member, text, now)
        await repo.add_event(ticket.id, member.user_key, "answered", now)
        await uow.commit()
        return await _reload(repo, ticket.id)


async def _reload(repo: TicketRepository, ticket_id: int) -> Ticket:
    ticket = await repo.get(ticket_id)
    assert ticket is not None
    return ticket


# ---- reading -----------------------------------------------------------------------------
async def queue(infra: Infra, cmd: ListQueue) -> list[QueueItem]:
    """Open tickets, oldest first."""
    now = infra.clock.now()
    async with infra.uow() as uow:
        await _staff(uow, cmd.staff)
        tickets = await TicketRepository(uow.session).open_queue()
    return [QueueItem(t, now - t.created_at) for t in tickets]


async def desk_stats(infra: Infra, cmd: DeskStatsQuery) -> DeskStats:
    """Open tickets, median time to first response and to resolution, and return rates per
    product and per creator (units in return requests / units sold)."""
    async with infra.uow() as uow:
        await _staff(uow, cmd.staff)
        return await stats_in(uow)


async def stats_in(uow: UnitOfWork) -> DeskStats:
    repo = TicketRepository(uow.session)
    times = await repo.response_times()
    by_status = await repo.counts_by_status()
    sold = await repo.sold_units()
    returned = await repo.returned_units()
    product_rows: dict[str, RateRow] = {}
    creator_sold: dict[str, int] = {}
    creator_returned: dict[str, int] = {}
    per_product_sold: dict[str, int] = {}
    titles: dict[str, str] = {}
    for product_id, creator_id, title, units in sold:
        per_product_sold[product_id] = per_product_sold.get(product_id, 0) + units
        titles[product_id] = title
        if creator_id:
            creator_sold[creator_id] = creator_sold.get(creator_id, 0) + units
            creator_returned[creator_id] = creator_returned.get(creator_id, 0) + 0
    creator_of = {p: c for p, c, _, _ in sold if c}
    for product_id, units in per_product_sold.items():
        back = min(returned.get(product_id, 0), units)
        product_rows[product_id] = RateRow(product_id, titles[product_id], units, back)
        creator = creator_of.get(product_id)
        if creator:
            creator_returned[creator] += back
    catalog = CatalogRepository(uow.session)
    creators = []
    for creator_id, units in creator_sold.items():
        found = await catalog.get_creator(creator_id)
        creators.append(
            RateRow(
                creator_id, found.name if found else creator_id, units, creator_returned[creator_id]
            )
        )

    def ranked(rows: Iterable[RateRow]) -> tuple[RateRow, ...]:
        return tuple(sorted(rows, key=lambda r: (-r.rate, -r.returned, r.key))[:TOP_RATES])

    open_count = sum(n for s, n in by_status.items() if TicketStatus(s).is_open)
    return DeskStats(
        open_tickets=open_count,
        by_status=by_status,
        median_first_response=median_delta(b - a for a, b, _ in times if b is not None),
        median_resolution=median_delta(r - a for a, _, r in times if r is not None),
        products=ranked(r for r in product_rows.values() if r.returned),
        creators=ranked(r for r in creators if r.returned),
    )


async def list_tickets(infra: Infra, cmd: ListTickets) -> list[Ticket]:
    """Every ticket (or those in one status), for the operator's CLI."""
    async with infra.uow() as uow:
        return await TicketRepository(uow.session).listing(cmd.status, cmd.limit)
