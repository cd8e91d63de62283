"""After-sales end to end through the fake Bot API: a shopper returns a delivered order from
/orders (kind → reason → text and a photo → submit), the desk gets the card, a stranger's and a
forged press do nothing, staff take / approve / mark received / refund by pressing, the shopper
is told at each step, messages are relayed both ways under the staff alias."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from telegram import Bot

from accounts.model import Role
from accounts.services import add_staff
from aftersales.commands import GetTicket
from aftersales.model import TicketStatus
from aftersales.services import get_ticket
from daihuo.bootstrap import App
from ground.clock import FixedClock
from orders.checkout import place_order, set_delivery
from orders.commands import DeliverOrder, LineRequest, PlaceOrder, SetDelivery, ShipOrder
from orders.lifecycle import deliver_order, ship_order
from orders.repository import OrderRepository
from tests.e2e.conftest import running_bot, stock_shop
from tests.e2e.fake_bot_api import Call, FakeBotAPI, FakeUser
from tests.e2e.test_alerts import deliver_due, press, pushed, say
from tests.e2e.test_alerts import telegram as telegram  # the fixture

pytestmark = pytest.mark.slow

ANN = FakeUser(id=711, language_code="zh-hans")
MEI = FakeUser(id=712, first_name="Mei", language_code="zh-hans")  # support
ADA = FakeUser(id=713, first_name="Ada", language_code="en")  # admin
EVE = FakeUser(id=714, first_name="Eve", language_code="en")  # nobody


@pytest.fixture
async def desk_bot(any_app: App, tmp_path: Path, fake_api: FakeBotAPI) -> AsyncIterator[App]:
    """The bot on SQLite and on PostgreSQL, a delivered order for Ann, two staff members."""
    app = any_app
    await stock_shop(app, tmp_path)
    await add_staff(app, f"tg:{MEI.id}", Role.SUPPORT, "小美")
    await add_staff(app, f"tg:{ADA.id}", Role.ADMIN, "Ada")
    app.settings.return_address = "杭州市余杭区 售后仓 1 号"
    user = f"tg:{ANN.id}"
    await set_delivery(app, SetDelivery(user, "张三", "13800000000", "上海市静安区南京西路1号"))
    (order,) = await place_order(app, PlaceOrder(user, user, (LineRequest("ear-3"),), "e2e-1"))
    await ship_order(app, ShipOrder(order.id, "SF1", "cli"))
    await deliver_order(app, DeliverOrder(order.id, "cli"))
    app.settings.support_chat_id = None  # cards to each staff member's private chat
    async with running_bot(app, fake_api):
        yield app


async def send_photo(fake: FakeBotAPI, user: FakeUser, file_id: str, caption: str = "") -> Call:
    update = fake.message_update(user, "")
    message = update["message"]
    del message["text"]
    message["photo"] = [
        {"file_id": f"{file_id}-small", "file_unique_id": "s", "width": 90, "height": 90},
        {"file_id": file_id, "file_unique_id": "b", "width": 800, "height": 800},
    ]
    if caption:
        message["caption"] = caption
    return await fake.exchange(update)


async def test_a_return_through_the_chat_and_the_desk(
    desk_bot: App,
    fake_api: FakeBotAPI,
    telegram: Bot,
) -> None:
    orders = await say(fake_api, ANN, "/orders")
    detail = await press(fake_api, ANN, orders, "#")
    kinds = await press(fake_api, ANN, detail, "退货/退款")
    assert "要怎么处理" in kinds.text and "无理由退货截至" in kinds.text
    reasons = await press(fake_api, ANN, kinds, "退货退款")  # one unit: straight to the reason
    form = await press(fake_api, ANN, reasons, "质量问题")
    assert "最多 5 张照片" in form.text
    described = await say(fake_api, ANN, "左耳没有声音")
    assert "说明：左耳没有声音" in described.text
    photo = await send_photo(fake_api, ANN, "AgAC-left-ear")
    assert "已收到第 1 张照片" in photo.text
    submitted = await press(fake_api, ANN, photo, "确认提交")
    assert "已提交，工单 #1" in submitted.text

    mark = len(fake_api.calls)
    assert await deliver_due(desk_bot, telegram) >= 3  # two cards, the shopper's receipt
    (card,) = pushed(fake_api, mark, MEI, "新工单 #1")
    assert card.method == "sendPhoto" and card.params["photo"] == "AgAC-left-ear"
    assert "左耳没有声音" in card.text and "降噪蓝牙耳机 3号" in card.text

    # Somebody who is not staff presses the card's button (its data leaked): nothing happens.
    take_data = card.button("接单")["callback_data"]
    await fake_api.exchange(
        fake_api.callback_update(EVE, take_data), methods=("answerCallbackQuery",)
    )
    forged = fake_api.callback_update(MEI, "not-a-token-at-all")
    await fake_api.exchange(forged, methods=("answerCallbackQuery",))
    ticket = await get_ticket(desk_bot, GetTicket(f"tg:{MEI.id}", 1))
    assert ticket.status is TicketStatus.OPEN and ticket.assignee is None

    taken = await press(fake_api, MEI, card, "接单")
    assert "处理中" in taken.text
    approved = await press(fake_api, MEI, taken, "批准")
    assert "已同意" in approved.text
    received = await press(fake_api, MEI, approved, "已收到退货")
    mark = len(fake_api.calls)
    refunded = await press(fake_api, MEI, received, "退款")
    assert "已退款" in refunded.text
    replay = await press(fake_api, MEI, received, "退款")  # the same button again
    assert "已经结束" in replay.text
    refund_data = received.button("退款")["callback_data"]
    await fake_api.exchange(  # Mei's token pressed by Ada: not hers, refused before any service
        fake_api.callback_update(ADA, refund_data), methods=("answerCallbackQuery",)
    )

    await deliver_due(desk_bot, telegram)
    told = [c.text for c in pushed(fake_api, 0, ANN, "工单 #1")]
    assert any("杭州市余杭区 售后仓 1 号" in t for t in told)  # approved: where to send it
    assert any("已收到你寄回的商品" in t for t in told)
    assert any("已退款 ¥160" in t for t in told)
    async with desk_bot.uow() as uow:
        orders_repo = OrderRepository(uow.session)
        (order,) = await orders_repo.for_user(f"tg:{ANN.id}")
    assert order.status.value == "refunded" and str(order.refunded) == "160.00"


async def test_support_in_words_and_relays_both_ways(
    desk_bot: App,
    fake_api: FakeBotAPI,
    telegram: Bot,
) -> None:
    await say(fake_api, ADA, "/help")  # the bot learns Ada's language
    asked = await say(fake_api, ANN, "人工客服")
    assert "人工客服会尽快" in asked.text
    opened = await say(fake_api, ANN, "快递三天没动了")
    assert "已转人工客服，工单 #1" in opened.text
    await deliver_due(desk_bot, telegram)
    (card,) = pushed(fake_api, 0, ADA, "New ticket #1")  # Ada reads English
    form = await press(fake_api, ADA, card, "Answer")
    assert "type your reply" in form.text
    sent = await say(fake_api, ADA, "已催快递，明天到")
    assert "#1" in sent.text
    mark = len(fake_api.calls)
    await deliver_due(desk_bot, telegram)
    (relayed,) = pushed(fake_api, mark, ANN, "已催快递")
    assert "客服 Ada" in relayed.text and str(ADA.id) not in relayed.text
    words = await say(fake_api, ANN, "我要退货")
    assert "要怎么处理" in words.text  # the one delivered order, straight to the choice
    product_search = await say(fake_api, ANN, "降噪蓝牙耳机")
    assert "降噪蓝牙耳机" in product_search.text and "要怎么处理" not in product_search.text
    clock = desk_bot.clock
    assert isinstance(clock, FixedClock)
    clock.advance(days=16)
    late = await say(fake_api, ANN, "/return")  # ineligible: says why and until when
    assert "已超过售后期限（截至" in late.text and late.button("联系客服")


async def test_tickets_cli_lists_and_shows(desk_bot: App) -> None:
    from aftersales.commands import RequestLine, RequestReturn
    from aftersales.model import ReturnReason, TicketKind
    from aftersales.services import request_return
    from tests.e2e.test_cli import daihuo

    user = f"tg:{ANN.id}"
    async with desk_bot.uow() as uow:
        (order,) = await OrderRepository(uow.session).for_user(user)
    await request_return(
        desk_bot,
        RequestReturn(
            user,
            user,
            order.id,
            TicketKind.RETURN,
            (RequestLine(order.lines[0].id, 1),),
            ReturnReason.NO_REASON,
            "尺寸不合适",
        ),
    )
    data_dir = desk_bot.settings.data_dir
    url = desk_bot.settings.database_url
    db = ("--database-url", url) if url else ()
    listed = daihuo(data_dir, *db, "tickets", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    (row,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert row == {
        **row,
        "id": 1,
        "order_id": order.id,
        "user_id": user,
        "status": "open",
        "assignee": None,
        "refund_total": "0.00",
    }
    assert daihuo(data_dir, *db, "tickets", "list", "--status", "refunded", "--json").stdout == ""
    bad = daihuo(data_dir, *db, "tickets", "list", "--status", "lost")
    assert bad.returncode == 2 and "unknown status 'lost'" in bad.stderr
    shown = daihuo(data_dir, *db, "tickets", "show", "1")
    assert shown.returncode == 0 and "尺寸不合适" in shown.stdout and "created" in shown.stdout
    missing = daihuo(data_dir, *db, "tickets", "show", "99")
    assert missing.returncode == 1 and "no ticket #99" in missing.stdout


async def test_the_shopper_side_in_the_terminal_chat(shop_app: App) -> None:
    """`daihuo chat` (a subprocess on the wall clock): words → kind → reason → text and a photo
    → submit → the ticket in /tickets; another user cannot open it."""
    from datetime import UTC, datetime

    from tests.e2e.test_cli import daihuo

    clock = shop_app.clock
    assert isinstance(clock, FixedClock)
    clock.set(datetime.now(UTC))  # delivered just now, as the subprocess's clock sees it
    user = "term:ann"
    await set_delivery(
        shop_app, SetDelivery(user, "张三", "13800000000", "上海市静安区南京西路1号")
    )
    (order,) = await place_order(shop_app, PlaceOrder(user, user, (LineRequest("ear-3"),), "t-1"))
    await ship_order(shop_app, ShipOrder(order.id, "SF1", "cli"))
    await deliver_order(shop_app, DeliverOrder(order.id, "cli"))
    script = "\n".join(
        [
            "耳机坏了怎么办",
            "!press 退货退款",
            "!press 质量问题",
            "左耳没有声音",
            "!photo left-ear.jpg",
            "!press 确认提交",
            "/tickets",
        ]
    )
    result = daihuo(shop_app.settings.data_dir, "chat", "--user", "ann", stdin=script + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "要怎么处理" in out and "原因是" in out
    assert "说明：左耳没有声音" in out and "已收到第 1 张照片" in out
    assert "已提交，工单 #1" in out and "#1 退货退款 · 待处理" in out
    other = daihuo(shop_app.settings.data_dir, "chat", "--user", "bob", stdin="/ticket 1\n")
    assert "没有找到这个工单" in other.stdout
