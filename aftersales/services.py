"""After-sales services for shoppers: what may be returned, requests, support, messages,
cancelling; and forwarded questions. Staff's side is `aftersales.desk`.

Each runs in one transaction: the ticket change, its history row and the outbox rows that tell
the shopper and the desk are committed together or not at all."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from accounts.model import StaffMember
from accounts.repository import AccountRepository
from aftersales import notices
from aftersales.commands import (
    AskSeller,
    CancelTicket,
    GetReturnOptions,
    GetTicket,
    MyTickets,
    OpenSupport,
    PostMessage,
    RequestReturn,
)
from aftersales.errors import (
    BadRequest,
    EmptyQuestion,
    NotAssignee,
    NotReturnable,
    TicketClosed,
    UnknownProduct,
    UnknownTicket,
    WrongStep,
)
from aftersales.model import (
    MAX_PHOTOS,
    MAX_TEXT,
    SHOPPER_CANCELLABLE,
    Eligibility,
    Ineligible,
    LineOption,
    ReturnLine,
    ReturnOptions,
    ReturnReason,
    ShopperHistory,
    Ticket,
    TicketKind,
    TicketStatus,
    eligibility,
)
from aftersales.repository import TicketRepository
from catalog.model import DEFAULT_RETURN_POLICY
from catalog.repository import CatalogRepository
from ground.infra import Infra
from ground.uow import UnitOfWork
from orders.errors import UnknownOrder
from orders.model import Order, OrderStatus
from orders.repository import OrderRepository

MAX_QUESTION = MAX_TEXT
RETURNABLE_ORDERS = frozenset(
    {OrderStatus.DELIVERED, OrderStatus.COMPLETED, OrderStatus.PARTIALLY_REFUNDED}
)
MAX_PHOTO_ID = 200


def clean_text(text: str, limit: int = MAX_TEXT) -> str:
    """One line of words, at most `limit` characters (what a ticket stores)."""
    return " ".join(text.split())[:limit]


def delivered_at(order: Order) -> datetime | None:
    """When the order was delivered, from its history."""
    for event in reversed(order.history):
        if event.to_status is OrderStatus.DELIVERED:
            return event.at
    return None


async def _order_of(uow: UnitOfWork, user_key: str, order_id: int) -> Order:
    order = await OrderRepository(uow.session).get(order_id)
    if order is None or order.user_key != user_key:
        raise UnknownOrder(order_id)
    return order


async def _options(uow: UnitOfWork, order: Order, now: datetime) -> ReturnOptions:
    claimed = await TicketRepository(uow.session).claimed_units(order.id)
    products = {
        p.id: p
        for p in await CatalogRepository(uow.session).get_products(
            sorted({ln.product_id for ln in order.lines})
        )
    }
    when = delivered_at(order)
    paid = order.status in RETURNABLE_ORDERS
    lines = []
    for ln in order.lines:
        product = products.get(ln.product_id)
        policy = product.return_policy if product is not None else DEFAULT_RETURN_POLICY
        if paid:
            no_reason = eligibility(policy, when, now, ReturnReason.NO_REASON)
            quality = eligibility(policy, when, now, ReturnReason.QUALITY)
        else:
            no_reason = quality = Eligibility(False, Ineligible.NOT_DELIVERED)
        lines.append(
            LineOption(
                order_line_id=ln.id,
                product_id=ln.product_id,
                title=ln.title + (f"（{ln.sku_label}）" if ln.sku_label else ""),
                returnable=max(0, ln.quantity - claimed.get(ln.id, 0)),
                unit_price=ln.unit_price,
                policy=policy,
                no_reason=no_reason,
                quality=quality,
            )
        )
    return ReturnOptions(order.id, order.currency, when, tuple(lines))


async def return_options(infra: Infra, cmd: GetReturnOptions) -> ReturnOptions:
    """What of the shopper's order may be returned, for which reasons, until when."""
    async with infra.uow() as uow:
        order = await _order_of(uow, cmd.user_key, cmd.order_id)
        return await _options(uow, order, infra.clock.now())


def _photos(photos: tuple[str, ...]) -> tuple[str, ...]:
    if len(photos) > MAX_PHOTOS:
        raise BadRequest("photos", f"at most {MAX_PHOTOS}")
    for p in photos:
        if not p or len(p) > MAX_PHOTO_ID or not p.isprintable():
            raise BadRequest("photos", "not a photo")
    return photos


async def shopper_history(uow: UnitOfWork, user_key: str, ticket_id: int) -> ShopperHistory:
    orders = await OrderRepository(uow.session).for_user(user_key, limit=1000)
    tickets = await TicketRepository(uow.session).for_user(user_key, limit=1000)
    earlier = tuple(t.id for t in tickets if t.kind.is_return and t.id != ticket_id)
    return ShopperHistory(
        orders=len(orders),
        returns=len(earlier),
        refunded=sum((t.refund_total for t in tickets), Decimal("0.00")),
        earlier=earlier[:10],
    )


async def tell_desk(
    uow: UnitOfWork, infra: Infra, ticket: Ticket, now: datetime, *, product_title: str | None
) -> None:
    """Post the new ticket's card to the support group (or to every staff member)."""
    staff = await AccountRepository(uow.session).staff()
    history = await shopper_history(uow, ticket.user_key, ticket.id)
    for chat, owner in notices.staff_chats(infra.settings.support_chat_id, staff):
        await uow.outbox.add(
            notices.card(ticket, chat, history, product_title=product_title, owner=owner), now
        )


async def request_return(infra: Infra, cmd: RequestReturn) -> Ticket:
    """Open a return / refund-only / exchange request for some units of the shopper's order.

    Checked here, not in the chat: the order is the shopper's and delivered; each line belongs
    to it, the quantity is still returnable (units in other live requests count), and the
    product's policy allows this reason now (photos where it needs them)."""
    if not cmd.kind.is_return:
        raise BadRequest("kind")
    if not cmd.lines:
        raise BadRequest("lines", "pick at least one item")
    if len({ln.order_line_id for ln in cmd.lines}) != len(cmd.lines):
        raise BadRequest("lines", "an item twice")
    text = clean_text(cmd.text)
    photos = _photos(cmd.photos)
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        order = await _order_of(uow, cmd.user_key, cmd.order_id)
        repo = TicketRepository(uow.session)
        await repo.touch_order(order.id, now)  # requests for one order, one after another
        options = await _options(uow, order, now)
        by_id = {o.order_line_id: o for o in options.lines}
        order_lines = {ln.id: ln for ln in order.lines}
        picked: list[ReturnLine] = []
        for want in cmd.lines:
            option = by_id.get(want.order_line_id)
            if option is None:
                raise BadRequest("lines", f"no item {want.order_line_id} in this order")
            if want.quantity <= 0:
                raise BadRequest("quantity", "at least 1")
            if want.quantity > option.returnable:
                raise NotReturnable(Ineligible.NOTHING_LEFT, None, want.order_line_id)
            verdict = eligibility(
                option.policy, options.delivered_at, now, cmd.reason, photos=len(photos)
            )
            if order.status not in RETURNABLE_ORDERS:
                verdict = Eligibility(False, Ineligible.NOT_DELIVERED)
            if not verdict.ok:
                raise NotReturnable(
                    verdict.why or Ineligible.TOO_LATE, verdict.until, want.order_line_id
                )
            line = order_lines[want.order_line_id]
            picked.append(
                ReturnLine(
                    order_line_id=line.id,
                    product_id=line.product_id,
                    sku_id=line.sku_id,
                    title=option.title,
                    quantity=want.quantity,
                    unit_price=line.unit_price,
                )
            )
        ticket = await repo.create(
            kind=cmd.kind,
            status=TicketStatus.OPEN.value,
            user_key=cmd.user_key,
            chat_id=cmd.chat_id,
            order_id=order.id,
            subject=text or None,
            language=cmd.language,
            reason=cmd.reason,
            photos=photos,
            currency=order.currency,
            lines=picked,
            now=now,
        )
        await tell_desk(uow, infra, ticket, now, product_title=None)
        await uow.outbox.add(notices.status(ticket, TicketStatus.OPEN), now)
        await uow.commit()
    return ticket


async def open_support(infra: Infra, cmd: OpenSupport) -> Ticket:
    """ "人工客服": a ticket a person answers, about one of the shopper's orders or not."""
    text = clean_text(cmd.text)
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        currency = None
        if cmd.order_id is not None:
            currency = (await _order_of(uow, cmd.user_key, cmd.order_id)).currency
        ticket = await TicketRepository(uow.session).create(
            kind=TicketKind.SUPPORT,
            status=TicketStatus.OPEN.value,
            user_key=cmd.user_key,
            chat_id=cmd.chat_id,
            order_id=cmd.order_id,
            subject=text or None,
            language=cmd.language,
            currency=currency,
            now=now,
        )
        await tell_desk(uow, infra, ticket, now, product_title=None)
        await uow.commit()
    return ticket


async def ask_seller(infra: Infra, cmd: AskSeller) -> Ticket:
    """Store the shopper's question, with its text, as a ticket the desk answers through the
    bot. Every question is its own ticket: a second question on one product is never lost."""
    question = clean_text(cmd.question, MAX_QUESTION)
    if not question:
        raise EmptyQuestion()
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        product = await CatalogRepository(uow.session).get_product(cmd.product_id)
        if product is None or not product.is_on_sale:
            raise UnknownProduct(cmd.product_id)
        ticket = await TicketRepository(uow.session).create(
            kind=TicketKind.QUESTION,
            status=TicketStatus.OPEN.value,
            user_key=cmd.user_key,
            chat_id=cmd.chat_id,
            product_id=product.id,
            subject=question,
            language=cmd.language,
            now=now,
        )
        await tell_desk(uow, infra, ticket, now, product_title=product.title)
        await uow.commit()
    return ticket


async def my_tickets(infra: Infra, cmd: MyTickets) -> list[Ticket]:
    async with infra.uow() as uow:
        return await TicketRepository(uow.session).for_user(cmd.user_key)


async def get_ticket(infra: Infra, cmd: GetTicket) -> Ticket:
    """The shopper's own ticket, or any ticket for staff; `UnknownTicket` for anybody else."""
    async with infra.uow() as uow:
        ticket = await TicketRepository(uow.session).get(cmd.ticket_id)
        if ticket is None:
            raise UnknownTicket(cmd.ticket_id)
        if ticket.user_key != cmd.actor and (
            await AccountRepository(uow.session).staff_member(cmd.actor) is None
        ):
            raise UnknownTicket(cmd.ticket_id)
        return ticket


async def cancel_ticket(infra: Infra, cmd: CancelTicket) -> Ticket:
    """The shopper withdraws a request that is not decided yet (or approved, not yet sent)."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        repo = TicketRepository(uow.session)
        ticket = await repo.get(cmd.ticket_id, full=False)
        if ticket is None or ticket.user_key != cmd.user_key:
            raise UnknownTicket(cmd.ticket_id)
        if not await repo.move(
            ticket.id, SHOPPER_CANCELLABLE, TicketStatus.CANCELLED, now, resolved_at=now
        ):
            raise WrongStep(ticket.status, "cancel")
        await repo.add_event(ticket.id, cmd.user_key, "cancelled", now)
        await uow.outbox.add(notices.status(ticket, TicketStatus.CANCELLED), now)
        await tell_staff(uow, infra, ticket, "cancelled", by="", now=now)
        await uow.commit()
        cancelled = await repo.get(ticket.id)
    assert cancelled is not None
    return cancelled


async def tell_staff(
    uow: UnitOfWork,
    infra: Infra,
    ticket: Ticket,
    action: str,
    *,
    by: str,
    now: datetime,
    note: str | None = None,
    actor: str | None = None,
) -> None:
    """A line for the desk, so the others see who has a ticket and what was decided: to the
    group, or with no group to every staff member but the one who acted (a shopper's
    withdrawal: to the assignee if someone has it)."""
    staff = await AccountRepository(uow.session).staff()
    chats = notices.staff_chats(infra.settings.support_chat_id, staff)
    if infra.settings.support_chat_id is None:
        if actor is None and ticket.assignee is not None:
            chats = [(ticket.assignee, ticket.assignee)]
        chats = [(chat, owner) for chat, owner in chats if owner != actor]
    for chat, owner in chats:
        await uow.outbox.add(notices.update(ticket.id, chat, action, by, note, owner=owner), now)


async def staff_says(
    uow: UnitOfWork,
    ticket: Ticket,
    member: StaffMember,
    text: str,
    now: datetime,
    *,
    photo: str | None = None,
) -> None:
    """Record what a staff member says on a ticket and relay it to the shopper, under the
    staff member's shown name (never their account)."""
    repo = TicketRepository(uow.session)
    await repo.responded(ticket.id, now)
    await repo.add_message(
        ticket.id, member.user_key, from_staff=True, text=text, photo=photo, now=now
    )
    await uow.outbox.add(
        notices.relay(
            ticket,
            ticket.chat_id,
            ticket.user_key,
            text=text,
            from_staff=True,
            alias=member.shown_name,
            photo=photo,
        ),
        now,
    )


async def post_message(infra: Infra, cmd: PostMessage) -> Ticket:
    """A message on a ticket, relayed through the bot: the shopper's to the staff member who
    has it (or the desk), staff's to the shopper under their alias — never their account."""
    text = clean_text(cmd.text)
    photo = _photos((cmd.photo,))[0] if cmd.photo else None
    if not text and photo is None:
        raise BadRequest("text", "empty")
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        repo = TicketRepository(uow.session)
        ticket = await repo.get(cmd.ticket_id, full=False)
        if ticket is None:
            raise UnknownTicket(cmd.ticket_id)
        accounts = AccountRepository(uow.session)
        member = None if ticket.user_key == cmd.actor else await accounts.staff_member(cmd.actor)
        if ticket.user_key != cmd.actor and member is None:
            raise UnknownTicket(cmd.ticket_id)
        if not ticket.status.is_open:
            raise TicketClosed(ticket.status)
        if member is None:  # the shopper
            await repo.add_message(
                ticket.id, cmd.actor, from_staff=False, text=text, photo=photo, now=now
            )
            if ticket.status is TicketStatus.WAITING:  # the information staff asked for
                await repo.move(ticket.id, [TicketStatus.WAITING], TicketStatus.ASSIGNED, now)
            if ticket.assignee is not None:
                chats = [(ticket.assignee, ticket.assignee)]
            else:
                staff = await accounts.staff()
                chats = notices.staff_chats(infra.settings.support_chat_id, staff)
            for chat, owner in chats:
                await uow.outbox.add(
                    notices.relay(ticket, chat, owner, text=text, from_staff=False, photo=photo),
                    now,
                )
        else:
            if ticket.assignee is None:
                await repo.take(ticket.id, member.user_key, now)
            elif ticket.assignee != member.user_key and not member.is_admin:
                raise NotAssignee(ticket.assignee)
            await staff_says(uow, ticket, member, text, now, photo=photo)
            await repo.add_event(ticket.id, member.user_key, "replied", now)
        await uow.commit()
        updated = await repo.get(ticket.id)
    assert updated is not None
    return updated
