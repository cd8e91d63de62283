"""After-sales on a real database (SQLite and PostgreSQL): eligibility, requests, the desk's
decisions and who may take them, refunds that never exceed what was paid, relays, figures —
and races between real concurrent clients."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from accounts.model import Role
from accounts.services import add_staff
from aftersales import desk, errors
from aftersales.commands import (
    AnswerTicket,
    ApproveTicket,
    AskInformation,
    AskSeller,
    CancelTicket,
    DeskStatsQuery,
    GetReturnOptions,
    GetTicket,
    ListQueue,
    ListTickets,
    MarkReceived,
    PostMessage,
    RefundTicket,
    RejectTicket,
    RequestLine,
    RequestReturn,
    TakeTicket,
)
from aftersales.model import Ineligible, ReturnReason, TicketKind, TicketStatus
from aftersales.services import (
    ask_seller,
    cancel_ticket,
    get_ticket,
    post_message,
    request_return,
    return_options,
)
from catalog import tables as ct
from daihuo.bootstrap import App, bootstrap
from ground.clock import FixedClock
from orders.checkout import place_order, set_delivery
from orders.commands import DeliverOrder, LineRequest, PlaceOrder, SetDelivery, ShipOrder
from orders.errors import UnknownOrder
from orders.lifecycle import deliver_order, ship_order
from orders.model import Order, OrderStatus
from orders.repository import OrderRepository
from tests.factories.catalog import product_record
from tests.factories.shop import shop_records, stock_shop

ANN, BOB = "tg:501", "tg:502"
AGENT, OTHER, ADMIN = "tg:801", "tg:802", "tg:803"


@pytest.fixture
async def desk_app(any_app: App, tmp_path: Path) -> App:
    records = shop_records()
    records.append(
        product_record(
            id="sealed",
            title="贴身衣物",
            price="59.00",
            original_price=None,
            stock=10,
            creator_id="c-1",
            return_policy="no_return",
        )
    )
    await stock_shop(any_app, tmp_path, records)
    await add_staff(any_app, AGENT, Role.SUPPORT, "小美")
    await add_staff(any_app, OTHER, Role.SUPPORT, "小王")
    await add_staff(any_app, ADMIN, Role.ADMIN, "主管")
    for user in (ANN, BOB):
        await set_delivery(
            any_app, SetDelivery(user, "张三", "13800000000", "上海市静安区南京西路1号")
        )
    return any_app


async def delivered(app: App, user: str, *lines: LineRequest, key: str) -> Order:
    (order,) = await place_order(app, PlaceOrder(user, user, tuple(lines), key))
    await ship_order(app, ShipOrder(order.id, "SF100", "cli"))
    done = await deliver_order(app, DeliverOrder(order.id, "cli"))
    assert done.status is OrderStatus.DELIVERED
    return done


def line(order: Order, sku: str | None, product: str | None = None) -> int:
    return next(
        ln.id
        for ln in order.lines
        if ln.sku_id == sku and (product is None or ln.product_id == product)
    )


async def held(app: App, sku: str) -> int:
    async with app.uow() as uow:
        return int(
            (
                await uow.session.execute(select(ct.skus.c.held).where(ct.skus.c.id == sku))
            ).scalar_one()
        )


async def outbox(app: App, kind: str) -> list[dict[str, object]]:
    async with app.uow() as uow:
        return [
            {"chat": m.chat_id, "user": m.user_key, **m.payload}
            for m in await uow.outbox.find()
            if m.kind == kind
        ]


async def test_a_return_from_request_to_refund(desk_app: App) -> None:
    app = desk_app
    order = await delivered(
        app, ANN, LineRequest("cream", "cream-2", 2), LineRequest("cream", "cream-1", 1), key="o1"
    )
    options = await return_options(app, GetReturnOptions(ANN, order.id))
    assert options.any_eligible and {o.returnable for o in options.lines} == {2, 1}
    with pytest.raises(UnknownOrder):  # Bob cannot see Ann's order
        await return_options(app, GetReturnOptions(BOB, order.id))

    ticket = await request_return(
        app,
        RequestReturn(
            ANN,
            ANN,
            order.id,
            TicketKind.RETURN,
            (RequestLine(line(order, "cream-2"), 1),),
            ReturnReason.NO_REASON,
            "不想要了",
        ),
    )
    assert ticket.status is TicketStatus.OPEN and ticket.claim_value == D("178.00")
    cards = await outbox(app, "ticket.card")
    assert all(c["user"] == c["chat"] for c in cards)  # each member's card, their buttons
    assert {c["chat"] for c in cards} == {AGENT, OTHER, ADMIN}  # no group: every staff member
    assert cards[0]["orders"] == 1 and cards[0]["claim"] == "178.00"

    with pytest.raises(errors.NotStaff):
        await desk.take_ticket(app, TakeTicket(BOB, ticket.id))
    taken = await desk.take_ticket(app, TakeTicket(AGENT, ticket.id))
    assert taken.assignee == AGENT and taken.first_response_at is not None
    with pytest.raises(errors.AlreadyTaken) as by:
        await desk.take_ticket(app, TakeTicket(OTHER, ticket.id))
    assert by.value.by == "小美"
    with pytest.raises(errors.NotAssignee):
        await desk.approve_ticket(app, ApproveTicket(OTHER, ticket.id))
    with pytest.raises(errors.WrongStep):  # nothing received before it is approved
        await desk.refund_ticket(app, RefundTicket(AGENT, ticket.id))

    app.settings.return_address = "杭州市余杭区仓前街道 1 号 售后仓"
    approved = await desk.approve_ticket(app, ApproveTicket(AGENT, ticket.id))
    assert approved.status is TicketStatus.APPROVED
    statuses = await outbox(app, "ticket.status")
    assert ("approved", "杭州市余杭区仓前街道 1 号 售后仓") in [
        (s["status"], s["return_address"]) for s in statuses
    ]
    before = await held(app, "cream-2")
    await desk.mark_received(app, MarkReceived(AGENT, ticket.id))
    assert await held(app, "cream-2") == before - 1  # the unit is back on sale
    with pytest.raises(errors.RefundTooLarge):
        await desk.refund_ticket(app, RefundTicket(AGENT, ticket.id, D("178.01")))
    refunded = await desk.refund_ticket(app, RefundTicket(AGENT, ticket.id))
    assert refunded.status is TicketStatus.REFUNDED and refunded.refund_total == D("178.00")
    with pytest.raises((errors.WrongStep, errors.TicketClosed)):  # a replay refunds nothing
        await desk.refund_ticket(app, RefundTicket(AGENT, ticket.id))
    async with app.uow() as uow:
        now_order = await OrderRepository(uow.session).get(order.id)
        payments = await OrderRepository(uow.session).payments(order.id)
    assert now_order is not None and now_order.status is OrderStatus.PARTIALLY_REFUNDED
    assert now_order.refunded == D("178.00")
    assert [p["amount"] for p in payments if p["kind"] == "refund"] == [D("178.00")]

    # The rest: 1 × cream-2 and the flash-priced cream-1, refund only (damaged, with a photo).
    options = await return_options(app, GetReturnOptions(ANN, order.id))
    assert sorted(o.returnable for o in options.lines) == [1, 1]
    with pytest.raises(errors.NotReturnable) as none_left:
        await request_return(
            app,
            RequestReturn(
                ANN,
                ANN,
                order.id,
                TicketKind.REFUND,
                (RequestLine(line(order, "cream-2"), 2),),
                ReturnReason.DAMAGED,
            ),
        )
    assert none_left.value.why is Ineligible.NOTHING_LEFT
    second = await request_return(
        app,
        RequestReturn(
            ANN,
            ANN,
            order.id,
            TicketKind.REFUND,
            (RequestLine(line(order, "cream-2"), 1), RequestLine(line(order, "cream-1"), 1)),
            ReturnReason.DAMAGED,
            "盖子裂了",
            ("photo-1",),
        ),
    )
    assert second.claim_value == D("257.00")  # 178 + the 79 flash price paid, not 99
    await desk.approve_ticket(app, ApproveTicket(ADMIN, second.id))  # an admin may take it
    done = await desk.refund_ticket(app, RefundTicket(ADMIN, second.id))
    assert done.refund_total == D("257.00")
    async with app.uow() as uow:
        final = await OrderRepository(uow.session).get(order.id)
    assert final is not None and final.status is OrderStatus.REFUNDED
    assert final.refunded == D("435.00") <= final.total
    history = [e.action for e in (await get_ticket(app, GetTicket(AGENT, ticket.id))).history]
    assert history == ["created", "taken", "approved", "received", "refunded"]


async def test_eligibility_says_why_and_until_when(desk_app: App) -> None:
    app = desk_app
    clock = app.clock
    assert isinstance(clock, FixedClock)
    order = await delivered(app, ANN, LineRequest("cream", "cream-2", 1), key="o2")
    sealed = await delivered(app, ANN, LineRequest("sealed"), key="o3")
    one = (RequestLine(line(order, "cream-2"), 1),)
    clock.advance(days=8)
    with pytest.raises(errors.NotReturnable) as late:
        await request_return(
            app, RequestReturn(ANN, ANN, order.id, TicketKind.RETURN, one, ReturnReason.NO_REASON)
        )
    assert late.value.why is Ineligible.TOO_LATE
    assert late.value.until is not None and late.value.until < clock.now()
    # A quality problem still may, for 15 days.
    ok = await request_return(
        app, RequestReturn(ANN, ANN, order.id, TicketKind.RETURN, one, ReturnReason.QUALITY)
    )
    assert ok.status is TicketStatus.OPEN
    no_return = (RequestLine(sealed.lines[0].id, 1),)
    with pytest.raises(errors.NotReturnable) as policy:
        await request_return(
            app,
            RequestReturn(
                ANN, ANN, sealed.id, TicketKind.RETURN, no_return, ReturnReason.NO_REASON
            ),
        )
    assert policy.value.why is Ineligible.NO_RETURN_POLICY
    with pytest.raises(errors.NotReturnable) as photos:
        await request_return(
            app,
            RequestReturn(ANN, ANN, sealed.id, TicketKind.REFUND, no_return, ReturnReason.QUALITY),
        )
    assert photos.value.why is Ineligible.NEEDS_PHOTOS
    with pytest.raises(errors.BadRequest) as too_many:
        await request_return(
            app,
            RequestReturn(
                ANN,
                ANN,
                sealed.id,
                TicketKind.REFUND,
                no_return,
                ReturnReason.QUALITY,
                photos=tuple(f"p{i}" for i in range(6)),
            ),
        )
    assert too_many.value.field == "photos"
    with_photo = await request_return(
        app,
        RequestReturn(
            ANN, ANN, sealed.id, TicketKind.REFUND, no_return, ReturnReason.QUALITY, photos=("p1",)
        ),
    )
    assert with_photo.photos == ("p1",)
    clock.advance(days=8)
    options = await return_options(app, GetReturnOptions(ANN, order.id))
    assert not options.any_eligible  # 16 days: nothing any more (and one unit is claimed)
    async with app.uow() as uow:
        count = len([m for m in await uow.outbox.find() if m.kind == "ticket.card"])
    assert count == 2 * 3  # two tickets, three staff members; the refusals queued nothing


async def test_the_shopper_may_cancel_and_staff_reject_with_a_reason(desk_app: App) -> None:
    app = desk_app
    order = await delivered(app, ANN, LineRequest("cream", "cream-2", 2), key="o4")
    one = (RequestLine(line(order, "cream-2"), 1),)
    first = await request_return(
        app, RequestReturn(ANN, ANN, order.id, TicketKind.RETURN, one, ReturnReason.NO_REASON)
    )
    with pytest.raises(errors.UnknownTicket):  # not Bob's
        await cancel_ticket(app, CancelTicket(BOB, first.id))
    assert (await cancel_ticket(app, CancelTicket(ANN, first.id))).status is TicketStatus.CANCELLED
    with pytest.raises((errors.WrongStep, errors.TicketClosed)):
        await cancel_ticket(app, CancelTicket(ANN, first.id))
    with pytest.raises(errors.TicketClosed):
        await desk.take_ticket(app, TakeTicket(AGENT, first.id))
    second = await request_return(  # cancelled units may be asked for again
        app,
        RequestReturn(
            ANN,
            ANN,
            order.id,
            TicketKind.RETURN,
            (RequestLine(line(order, "cream-2"), 2),),
            ReturnReason.NO_REASON,
        ),
    )
    with pytest.raises(errors.BadRequest):
        await desk.reject_ticket(app, RejectTicket(AGENT, second.id, "   "))
    rejected = await desk.reject_ticket(app, RejectTicket(AGENT, second.id, "已拆封使用"))
    assert rejected.status is TicketStatus.REJECTED and rejected.note == "已拆封使用"
    assert rejected.resolved_at is not None
    assert ("rejected", "已拆封使用") in [
        (s["status"], s["note"]) for s in await outbox(app, "ticket.status")
    ]


async def test_messages_are_relayed_under_the_staff_alias(desk_app: App) -> None:
    app = desk_app
    app.settings.support_chat_id = -100777
    order = await delivered(app, ANN, LineRequest("cream", "cream-2", 1), key="o5")
    ticket = await request_return(
        app,
        RequestReturn(
            ANN,
            ANN,
            order.id,
            TicketKind.EXCHANGE,
            (RequestLine(line(order, "cream-2"), 1),),
            ReturnReason.WRONG_ITEM,
            "发成了50ml",
        ),
    )
    assert {c["chat"] for c in await outbox(app, "ticket.card")} == {"tg:-100777"}
    await post_message(app, PostMessage(ANN, ticket.id, "什么时候处理？"))
    relayed = await outbox(app, "ticket.message")
    assert relayed[-1]["chat"] == "tg:-100777" and relayed[-1]["from_staff"] is False
    with pytest.raises(errors.UnknownTicket):  # a stranger cannot write on it
        await post_message(app, PostMessage(BOB, ticket.id, "hi"))
    await desk.ask_information(app, AskInformation(AGENT, ticket.id, "请拍一下外包装"))
    assert (await get_ticket(app, GetTicket(ANN, ticket.id))).status is TicketStatus.WAITING
    await post_message(app, PostMessage(ANN, ticket.id, "好的", photo="file-9"))
    back = await get_ticket(app, GetTicket(ANN, ticket.id))
    assert back.status is TicketStatus.ASSIGNED  # answered: back with the assignee
    relayed = await outbox(app, "ticket.message")
    to_shopper = [m for m in relayed if m["from_staff"]]
    assert to_shopper and all(m["alias"] == "小美" and m["chat"] == ANN for m in to_shopper)
    assert not any(AGENT in str(m.values()) for m in to_shopper)  # never the staff account
    assert relayed[-1]["chat"] == AGENT and relayed[-1]["photo"] == "file-9"  # to the assignee
    assert [m.text for m in back.messages] == ["什么时候处理？", "请拍一下外包装", "好的"]
    with pytest.raises(errors.WrongStep):  # an exchange is not refunded
        await desk.refund_ticket(app, RefundTicket(AGENT, ticket.id))


async def test_a_forwarded_question_is_answered_by_staff(desk_app: App) -> None:
    app = desk_app
    q = await ask_seller(app, AskSeller(ANN, ANN, "rice", "是今年的新米吗？"))
    cards = await outbox(app, "ticket.card")
    assert (
        cards[0]["subject"] == "是今年的新米吗？" and cards[0]["product_title"] == "五常大米 10斤"
    )
    with pytest.raises(errors.WrongStep):  # a question is answered, not approved
        await desk.approve_ticket(app, ApproveTicket(AGENT, q.id))
    answered = await desk.answer_ticket(app, AnswerTicket(OTHER, q.id, "是的，2026年秋收新米"))
    assert answered.status is TicketStatus.ANSWERED and answered.assignee == OTHER
    reply = (await outbox(app, "ticket.message"))[-1]
    assert reply["chat"] == ANN and reply["text"] == "是的，2026年秋收新米"
    assert reply["alias"] == "小王"
    with pytest.raises(errors.TicketClosed):
        await post_message(app, PostMessage(ANN, q.id, "谢谢"))


async def test_queue_listing_and_figures(desk_app: App) -> None:
    app = desk_app
    clock = app.clock
    assert isinstance(clock, FixedClock)
    a = await delivered(app, ANN, LineRequest("cream", "cream-2", 2), key="o6")
    b = await delivered(app, BOB, LineRequest("cream", "cream-2", 2), key="o7")
    await delivered(app, BOB, LineRequest("pods", quantity=4), key="o8")
    t1 = await request_return(
        app,
        RequestReturn(
            ANN,
            ANN,
            a.id,
            TicketKind.REFUND,
            (RequestLine(line(a, "cream-2"), 2),),
            ReturnReason.QUALITY,
        ),
    )
    clock.advance(minutes=30)
    t2 = await request_return(
        app,
        RequestReturn(
            BOB,
            BOB,
            b.id,
            TicketKind.RETURN,
            (RequestLine(line(b, "cream-2"), 1),),
            ReturnReason.NO_REASON,
        ),
    )
    clock.advance(minutes=30)
    await desk.take_ticket(app, TakeTicket(AGENT, t1.id))  # first response after 60 min
    clock.advance(minutes=60)
    await desk.approve_ticket(app, ApproveTicket(AGENT, t1.id))
    await desk.refund_ticket(app, RefundTicket(AGENT, t1.id))  # resolved after 120 min
    with pytest.raises(errors.NotStaff):
        await desk.queue(app, ListQueue(ANN))
    queue = await desk.queue(app, ListQueue(OTHER))
    assert [q.ticket.id for q in queue] == [t2.id] and queue[0].age == timedelta(minutes=90)
    stats = await desk.desk_stats(app, DeskStatsQuery(ADMIN))
    assert stats.open_tickets == 1
    assert stats.median_first_response == timedelta(minutes=60)
    assert stats.median_resolution == timedelta(minutes=120)
    cream = next(r for r in stats.products if r.key == "cream")
    assert (cream.sold, cream.returned) == (4, 3)  # pods: sold, never returned, not listed
    assert [r.key for r in stats.products] == ["cream"]
    assert stats.creators[0].key == "c-1" and stats.creators[0].returned == 3
    listed = await desk.list_tickets(app, ListTickets(TicketStatus.REFUNDED))
    assert [t.id for t in listed] == [t1.id] and listed[0].refund_total == D("356.00")


async def test_two_staff_refunding_at_once_refund_once(desk_app: App) -> None:
    """Two processes' worth of clients (separate engines and connections) press refund on the
    same ticket, and race two requests for the same units."""
    app = desk_app
    order = await delivered(app, ANN, LineRequest("cream", "cream-2", 3), key="o9")
    ticket = await request_return(
        app,
        RequestReturn(
            ANN,
            ANN,
            order.id,
            TicketKind.REFUND,
            (RequestLine(line(order, "cream-2"), 2),),
            ReturnReason.DAMAGED,
        ),
    )
    await desk.approve_ticket(app, ApproveTicket(AGENT, ticket.id))
    other = bootstrap(app.settings, clock=app.clock)
    try:
        results = await asyncio.gather(
            desk.refund_ticket(app, RefundTicket(AGENT, ticket.id)),
            desk.refund_ticket(other, RefundTicket(ADMIN, ticket.id)),
            return_exceptions=True,
        )
        names = sorted(type(r).__name__.replace("TicketClosed", "WrongStep") for r in results)
        assert names == ["Ticket", "WrongStep"], results
        ask = RequestReturn(
            ANN,
            ANN,
            order.id,
            TicketKind.RETURN,
            (RequestLine(line(order, "cream-2"), 1),),
            ReturnReason.NO_REASON,
        )
        raced = await asyncio.gather(
            request_return(app, ask), request_return(other, ask), return_exceptions=True
        )
        assert sorted(type(r).__name__ for r in raced) == ["NotReturnable", "Ticket"], raced
    finally:
        await other.aclose()
    async with app.uow() as uow:
        final = await OrderRepository(uow.session).get(order.id)
        refunds = [
            p
            for p in await OrderRepository(uow.session).payments(order.id)
            if p["kind"] == "refund"
        ]
    assert final is not None and final.refunded == D("356.00") and len(refunds) == 1
    assert (await get_ticket(app, GetTicket(ADMIN, ticket.id))).refund_total == D("356.00")
