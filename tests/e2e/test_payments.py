"""Telegram Payments end to end through the fake Bot API: a search result to an invoice,
pre-checkout accepted and refused, the successful payment (also re-delivered), Stars with a
refund through refundStarPayment, and the shopper's /orders."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.telegram.deliver import TelegramDeliverer
from daihuo.bootstrap import App
from ground.dispatch import Dispatcher, DispatcherConfig
from ground.ratelimit import Limits
from orders.model import OrderStatus
from orders.repository import OrderRepository
from tests.e2e.conftest import running_bot, stock_shop
from tests.e2e.fake_bot_api import Call, FakeBotAPI, FakeUser
from tests.factories.catalog import product_record
from tests.unit.bot.shop import small_catalog

pytestmark = pytest.mark.slow

ANN = FakeUser(id=601, language_code="zh-hans")
BOB = FakeUser(id=602, first_name="Bob", language_code="en")


@pytest.fixture
async def paying_bot(app: App, tmp_path: Path, fake_api: FakeBotAPI) -> AsyncIterator[App]:
    records = [
        *small_catalog(),
        product_record(
            id="sticker",
            title="Sticker pack",
            price="50",
            original_price=None,
            currency="XTR",
            stock=3,
            creator_id="c-mei",
            language="en",
        ),
    ]
    await stock_shop(app, tmp_path, records)
    app.settings.payment_provider_token = SecretStr("284685063:TEST:provider")
    async with running_bot(app, fake_api):
        yield app


async def say(fake: FakeBotAPI, user: FakeUser, text: str) -> Call:
    return await fake.exchange(fake.message_update(user, text))


async def press(fake: FakeBotAPI, user: FakeUser, reply: Call, label: str) -> Call:
    """Press a button and return the bot's first message after it."""
    update = fake.callback_update(user, reply.button(label)["callback_data"], fake.message(reply))
    mark = len(fake.calls)
    await fake.exchange(update, methods=("answerCallbackQuery",))
    return await fake.wait_for(
        lambda c: (
            c.method in ("sendMessage", "sendPhoto", "editMessageText") and c.chat_id == user.id
        ),
        after=mark,
    )


async def invoice_after(fake: FakeBotAPI, mark: int, user: FakeUser) -> Call:
    return await fake.wait_for(
        lambda c: c.method == "sendInvoice" and c.chat_id == user.id, after=mark
    )


async def test_search_to_invoice_to_paid_order(paying_bot: App, fake_api: FakeBotAPI) -> None:
    found = await say(fake_api, ANN, "降噪蓝牙耳机 1号")
    mark = len(fake_api.calls)
    quote = await press(fake_api, ANN, found, "购买")
    assert "订单确认" in quote.text and "Telegram 支付" in quote.text
    assert "付款页填写" in quote.text  # Telegram collects the address for provider payments
    placed = await press(fake_api, ANN, quote, "确认下单")
    assert "已为你保留库存" in placed.text
    invoice = await invoice_after(fake_api, mark, ANN)
    params: dict[str, Any] = invoice.params
    assert params["currency"] == "CNY" and params["provider_token"] == "284685063:TEST:provider"
    assert sum(int(p["amount"]) for p in params["prices"]) == 12000  # ¥120.00 in fen
    assert str(params["need_shipping_address"]).lower() == "true"
    payload = params["payload"]

    wrong = await fake_api.exchange(fake_api.pre_checkout_update(ANN, payload, "CNY", 100))
    assert wrong.method == "answerPreCheckoutQuery" and str(wrong.params["ok"]).lower() == "false"
    assert "金额有变化" in wrong.params["error_message"]
    ok = await fake_api.exchange(fake_api.pre_checkout_update(ANN, payload, "CNY", 12000))
    assert str(ok.params["ok"]).lower() == "true"

    info = {
        "name": "Ann",
        "phone_number": "13800000000",
        "shipping_address": {
            "country_code": "CN",
            "state": "上海",
            "city": "上海",
            "street_line1": "南京西路1号",
            "street_line2": "",
            "post_code": "200040",
        },
    }
    update = fake_api.payment_update(
        ANN, payload, "CNY", 12000, "tg-ch-1", provider_charge_id="pv-1", order_info=info
    )
    done = await fake_api.exchange(update)
    assert "付款成功" in done.text
    again = await fake_api.exchange(  # Telegram re-delivers the same payment as a new update
        fake_api.payment_update(ANN, payload, "CNY", 12000, "tg-ch-1", provider_charge_id="pv-1")
    )
    assert "付款成功" in again.text
    async with paying_bot.uow() as uow:
        repo = OrderRepository(uow.session)
        (order,) = await repo.for_user(f"tg:{ANN.id}")
        payments = await repo.payments(order.id)
        delivery = await repo.delivery(f"tg:{ANN.id}")
    assert order.status is OrderStatus.PAID and len(payments) == 1
    assert delivery is not None and "南京西路1号" in delivery.address  # reused next time
    orders = await say(fake_api, ANN, "/orders")
    assert f"#{order.id}" in orders.text and "已付款" in orders.text


async def test_stars_invoice_and_refund_through_refund_star_payment(
    paying_bot: App, fake_api: FakeBotAPI
) -> None:
    await say(fake_api, BOB, "/address")
    await say(fake_api, BOB, "Bob Lee, +1 415 555 0100, 1 Market St, San Francisco")
    found = await say(fake_api, BOB, "sticker pack")
    mark = len(fake_api.calls)
    quote = await press(fake_api, BOB, found, "Buy")
    assert "Telegram Stars" in quote.text
    await press(fake_api, BOB, quote, "Place order")
    invoice = await invoice_after(fake_api, mark, BOB)
    assert invoice.params["currency"] == "XTR" and "provider_token" not in invoice.params
    assert [int(p["amount"]) for p in invoice.params["prices"]] == [50]
    payload = invoice.params["payload"]
    await fake_api.exchange(fake_api.pre_checkout_update(BOB, payload, "XTR", 50))
    await fake_api.exchange(fake_api.payment_update(BOB, payload, "XTR", 50, "stars-ch-9"))
    orders = await say(fake_api, BOB, "/orders")
    detail = await press(fake_api, BOB, orders, "Order #")
    ask = await press(fake_api, BOB, detail, "Cancel order")
    cancelled = await press(fake_api, BOB, ask, "Yes, cancel it")
    assert "cancelled" in cancelled.text and "50" in cancelled.text
    bot = Bot(fake_api.token, base_url=fake_api.base_url, request=HTTPXRequest(8))
    async with bot:
        dispatcher = Dispatcher(
            paying_bot,
            TelegramDeliverer(paying_bot, bot),
            config=DispatcherConfig(limits=Limits(0, 0, 0)),
        )
        await dispatcher.drain()
        await dispatcher.drain()
    refunds = [c for c in fake_api.calls if c.method == "refundStarPayment"]
    assert len(refunds) == 1 and refunds[0].params["telegram_payment_charge_id"] == "stars-ch-9"
    assert int(refunds[0].params["user_id"]) == BOB.id


async def test_the_merchant_ships_and_the_shopper_is_told(
    paying_bot: App, fake_api: FakeBotAPI
) -> None:
    from accounts.services import link_creator

    paying_bot.settings.payment_provider_token = None  # pay on delivery this time
    merchant = FakeUser(id=700, first_name="Mei", language_code="zh-hans")
    await link_creator(paying_bot, "c-mei", f"tg:{merchant.id}")
    await say(fake_api, ANN, "/address")
    await say(fake_api, ANN, "张三 13800000000 上海市静安区南京西路1号")
    found = await say(fake_api, ANN, "降噪蓝牙耳机 3号")
    quote = await press(fake_api, ANN, found, "购买")
    placed = await press(fake_api, ANN, quote, "确认下单")
    assert "货到付款" in placed.text
    stranger = await say(fake_api, FakeUser(id=701), "/shop")
    assert "还没有关联" in stranger.text
    desk = await say(fake_api, merchant, "/shop")
    assert "南京西路1号" in desk.text  # the merchant sees where to ship
    prompt = await press(fake_api, merchant, desk, "发货")
    assert "快递单号" in prompt.text
    shipped = await say(fake_api, merchant, "SF1234567890")
    assert "已发货" in shipped.text
    bot = Bot(fake_api.token, base_url=fake_api.base_url, request=HTTPXRequest(8))
    async with bot:
        dispatcher = Dispatcher(
            paying_bot,
            TelegramDeliverer(paying_bot, bot),
            config=DispatcherConfig(limits=Limits(0, 0, 0)),
        )
        await dispatcher.drain()
    pushes = [c for c in fake_api.sent_to(ANN.id) if "SF1234567890" in c.text]
    assert len(pushes) == 1 and "已发货" in pushes[0].text
    orders = await say(fake_api, ANN, "/orders")
    assert "已发货" in orders.text
