"""Alerts end to end through the fake Bot API: follow → live start → one message; a reminder at
the right time (injected clock, no sleeping) with its buy button; a watch that a matching
import triggers; quiet hours; a blocked user; grouping; the creator's commands and refusals."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from telegram import Bot
from telegram.request import HTTPXRequest

from accounts.services import link_creator
from alerts.commands import ListSubscriptions
from alerts.services import list_subscriptions
from bot.telegram.deliver import TelegramDeliverer
from catalog import tables as ct
from catalog.services import import_catalog
from daihuo.bootstrap import App
from ground.clock import FixedClock
from ground.dispatch import Dispatcher, DispatcherConfig
from ground.outbox import OutboxStatus
from ground.ratelimit import Limits
from retrieval.indexing import sync_index
from tests.conftest import TEST_NOW
from tests.e2e.conftest import running_bot, stock_shop
from tests.e2e.fake_bot_api import Call, FakeBotAPI, FakeUser
from tests.factories.catalog import (
    creator_record,
    flash_sale_record,
    live_room_record,
    product_record,
    write_jsonl,
)
from tests.unit.bot.shop import iso, small_catalog

pytestmark = pytest.mark.slow

ANN = FakeUser(id=701, language_code="zh-hans")
BOB = FakeUser(id=702, first_name="Bob", language_code="en")
ZHANG = FakeUser(id=703, first_name="老张", language_code="zh-hans")  # the creator's account
EVE = FakeUser(id=704, first_name="Eve", language_code="en")  # not a creator

SALE_START = TEST_NOW + timedelta(minutes=20)
ROOM_START = TEST_NOW + timedelta(minutes=30)


def alerts_catalog() -> list[dict[str, Any]]:
    return [
        *small_catalog(),
        creator_record(id="c-zhang", name="老张", handle="laozhang"),
        product_record(
            id="zh-1", title="老张同款保温杯", price="199", stock=10, creator_id="c-zhang"
        ),
        product_record(
            id="zh-2", title="老张推荐 不锈钢饭盒", price="79", stock=10, creator_id="c-zhang"
        ),
        live_room_record(
            id="room-zhang",
            creator_id="c-zhang",
            title="老张的厨房好物夜",
            starts_at=ROOM_START.isoformat(),
            ends_at=iso(timedelta(hours=3)),
            product_ids=["zh-1", "zh-2"],
        ),
        flash_sale_record(
            id="fs-next",
            product_id="ear-5",
            price="99.00",
            quantity=20,
            per_user_limit=2,
            starts_at=SALE_START.isoformat(),
            ends_at=iso(timedelta(minutes=50)),
        ),
    ]


@pytest.fixture
async def telegram(fake_api: FakeBotAPI) -> AsyncIterator[Bot]:
    bot = Bot(fake_api.token, base_url=fake_api.base_url, request=HTTPXRequest(32))
    async with bot:
        yield bot


@pytest.fixture
async def alerts_bot(app: App, tmp_path: Path, fake_api: FakeBotAPI) -> AsyncIterator[App]:
    await stock_shop(app, tmp_path, alerts_catalog())
    await app.tick()  # the import's own events: nobody subscribed yet
    async with running_bot(app, fake_api):
        yield app


def outbox(app: App, bot: Bot) -> Dispatcher:
    return Dispatcher(
        app,
        TelegramDeliverer(app, bot),
        config=DispatcherConfig(limits=Limits(0, 0, 0)),
        worker_id="alerts-test",
        on_blocked=app._blocked,
    )


async def deliver_due(app: App, bot: Bot) -> int:
    """What a bot process does on its own: a jobs tick, then the outbox dispatcher."""
    await app.tick()
    return await outbox(app, bot).drain()


async def deliver_digest(app: App, bot: Bot) -> int:
    """A tick, then the dispatcher once the grouping window of what it queued has closed."""
    await app.tick()
    clock_of(app).advance(seconds=app.settings.alert_group_seconds)
    return await deliver_due(app, bot)


def clock_of(app: App) -> FixedClock:
    assert isinstance(app.clock, FixedClock)
    return app.clock


async def say(fake: FakeBotAPI, user: FakeUser, text: str) -> Call:
    return await fake.exchange(fake.message_update(user, text))


async def press(fake: FakeBotAPI, user: FakeUser, reply: Call, label: str) -> Call:
    update = fake.callback_update(user, reply.button(label)["callback_data"], fake.message(reply))
    mark = len(fake.calls)
    await fake.exchange(update, methods=("answerCallbackQuery",))
    return await fake.wait_for(
        lambda c: (
            c.method in ("sendMessage", "sendPhoto", "editMessageText") and c.chat_id == user.id
        ),
        after=mark,
    )


def pushed(fake: FakeBotAPI, mark: int, user: FakeUser, needle: str = "") -> list[Call]:
    """Messages sent to `user` since `mark` that contain `needle`."""
    return [
        c
        for c in fake.calls[mark:]
        if c.method in ("sendMessage", "sendPhoto") and c.chat_id == user.id and needle in c.text
    ]


async def test_follow_then_live_start_sends_one_message(
    alerts_bot: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    followed = await say(fake_api, ANN, "关注老张")
    assert "已关注：老张" in followed.text
    room = await say(fake_api, ANN, "/start live_room-zhang")
    saved = await press(fake_api, ANN, room, "开播提醒")  # also a room reminder: still one message
    assert "开播提醒已设置" in saved.text
    mark = len(fake_api.calls)
    assert await deliver_due(alerts_bot, telegram) == 0  # 30 minutes to go
    clock_of(alerts_bot).set(ROOM_START)
    assert await deliver_due(alerts_bot, telegram) == 1
    (live,) = pushed(fake_api, mark, ANN)
    assert "老张 开播了" in live.text and "老张的厨房好物夜" in live.text
    assert await deliver_due(alerts_bot, telegram) == 0  # once
    entered = await press(fake_api, ANN, live, "进入")
    assert "老张同款保温杯" in entered.text


async def test_reminders_come_at_their_minute_in_each_language(
    alerts_bot: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    await say(fake_api, ANN, "/start fs_fs-next")
    saved = await say(fake_api, ANN, "开抢提醒我")
    assert "秒杀提醒已设置" in saved.text and "5 分钟" in saved.text
    await say(fake_api, BOB, "/start fs_fs-next")
    bob_saved = await say(fake_api, BOB, "remind me 10 minutes before the flash sale starts")
    assert "10 min before" in bob_saved.text
    clock = clock_of(alerts_bot)
    mark = len(fake_api.calls)

    clock.set(SALE_START - timedelta(minutes=11))
    assert await deliver_due(alerts_bot, telegram) == 0
    clock.set(SALE_START - timedelta(minutes=10))
    assert await deliver_due(alerts_bot, telegram) == 1
    (bob_soon,) = pushed(fake_api, mark, BOB)
    assert "Flash sale in 10 min" in bob_soon.text and "¥99" in bob_soon.text
    assert not pushed(fake_api, mark, ANN)
    async with alerts_bot.uow() as uow:
        (row,) = await uow.outbox.find(kind="alert.sale_soon")
    assert row.due_at == SALE_START - timedelta(minutes=10) and row.urgent

    clock.set(SALE_START - timedelta(minutes=5))
    assert await deliver_due(alerts_bot, telegram) == 1
    (ann_soon,) = pushed(fake_api, mark, ANN)
    assert "5 分钟后开抢" in ann_soon.text
    assert ann_soon.button("帮我抢")  # the buy-for-me offer

    clock.set(SALE_START)
    assert await deliver_due(alerts_bot, telegram) == 2
    ann_start = pushed(fake_api, mark, ANN, "开抢了")[0]
    assert "开抢了" in pushed(fake_api, mark, ANN)[-1].text
    assert "has started" in pushed(fake_api, mark, BOB)[-1].text
    quote = await press(fake_api, ANN, ann_start, "立即抢购")
    assert "订单确认" in quote.text and "¥99" in quote.text
    assert await deliver_due(alerts_bot, telegram) == 0  # each moment once


async def test_no_reminder_for_a_sold_out_sale(
    alerts_bot: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    await say(fake_api, ANN, "/start fs_fs-next")
    await say(fake_api, ANN, "提醒我")
    async with alerts_bot.uow() as uow:
        await uow.session.execute(
            update(ct.flash_sales).where(ct.flash_sales.c.id == "fs-next").values(sold=20)
        )
        await uow.commit()
    mark = len(fake_api.calls)
    for minutes in (5, 0):
        clock_of(alerts_bot).set(SALE_START - timedelta(minutes=minutes))
        await deliver_due(alerts_bot, telegram)
    assert not pushed(fake_api, mark, ANN)


async def test_a_watch_hears_of_a_matching_import_once(
    alerts_bot: App, fake_api: FakeBotAPI, telegram: Bot, tmp_path: Path
) -> None:
    saved = await say(fake_api, ANN, "有猫粮100以内的告诉我")
    assert "已订阅搜索" in saved.text and "猫粮" in saved.text
    mark = len(fake_api.calls)
    new = [
        product_record(id="cat-1", title="成猫粮 鸡肉味 2kg", category="宠物/猫粮", price="89"),
        product_record(id="cat-2", title="全价猫粮 三文鱼 5kg", category="宠物/猫粮", price="159"),
        product_record(id="mask-1", title="一次性医用口罩 50只", category="个护/口罩", price="20"),
    ]

    async def import_and_index(records: list[dict[str, Any]], name: str) -> None:
        report = await import_catalog(alerts_bot, [write_jsonl(tmp_path / name, records)])
        assert report.written, report.errors
        await sync_index(alerts_bot.retrieval)

    await import_and_index(new, "new.jsonl")
    assert await deliver_digest(alerts_bot, telegram) == 1
    (hit,) = pushed(fake_api, mark, ANN)
    assert "成猫粮" in hit.text and "全价猫粮" not in hit.text and "口罩" not in hit.text
    await import_and_index(new, "again.jsonl")  # unchanged: nothing new
    assert await deliver_digest(alerts_bot, telegram) == 0
    cheaper = [{**new[1], "price": "95"}]
    await import_and_index(cheaper, "cheaper.jsonl")
    assert await deliver_digest(alerts_bot, telegram) == 1
    assert "全价猫粮" in pushed(fake_api, mark, ANN)[-1].text


async def test_quiet_hours_hold_what_can_wait_but_not_a_reminder(
    alerts_bot: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    await link_creator(alerts_bot, "c-zhang", f"tg:{ZHANG.id}")
    await say(fake_api, ANN, "关注老张")
    await say(fake_api, ANN, "/start fs_fs-next")
    await say(fake_api, ANN, "提醒我")
    clock = clock_of(alerts_bot)
    late = TEST_NOW.replace(hour=15, minute=10)  # 23:10 in Shanghai
    clock.set(late)
    async with alerts_bot.uow() as uow:  # the sale moves to 23:30
        await uow.session.execute(
            update(ct.flash_sales)
            .where(ct.flash_sales.c.id == "fs-next")
            .values(starts_at=late + timedelta(minutes=20), ends_at=late + timedelta(minutes=50))
        )
        await uow.commit()
    menu = await say(fake_api, ZHANG, "/broadcast")
    form = await press(fake_api, ZHANG, menu, "不带商品")
    preview = await say(fake_api, ZHANG, "明晚8点上新，记得来！")
    await press(fake_api, ZHANG, preview, "发送")
    mark = len(fake_api.calls)
    assert form.text
    await deliver_due(alerts_bot, telegram)
    assert not pushed(fake_api, mark, ANN)  # the broadcast waits for the morning
    clock.set(late + timedelta(minutes=15))  # 23:25: the reminder is urgent
    await deliver_due(alerts_bot, telegram)
    assert [c.text for c in pushed(fake_api, mark, ANN)] and all(
        "5 分钟后开抢" in c.text for c in pushed(fake_api, mark, ANN)
    )
    clock.set(TEST_NOW.replace(hour=23, minute=59) + timedelta(minutes=1))  # 08:00 next day
    await deliver_due(alerts_bot, telegram)
    assert pushed(fake_api, mark, ANN, "明晚8点上新")


async def test_a_user_who_blocked_the_bot_is_unsubscribed(
    alerts_bot: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    await link_creator(alerts_bot, "c-zhang", f"tg:{ZHANG.id}")
    await say(fake_api, ANN, "关注老张")
    await say(fake_api, BOB, "follow 老张")
    fake_api.blocked.add(ANN.id)
    await say(fake_api, ZHANG, "/golive room-zhang")
    await deliver_due(alerts_bot, telegram)
    ann = await list_subscriptions(alerts_bot, ListSubscriptions(f"tg:{ANN.id}"))
    bob = await list_subscriptions(alerts_bot, ListSubscriptions(f"tg:{BOB.id}"))
    assert ann.items == () and len(bob.items) == 1
    assert pushed(fake_api, 0, BOB, "is live")


async def test_related_alerts_close_together_are_one_message(
    alerts_bot: App, fake_api: FakeBotAPI, telegram: Bot, tmp_path: Path
) -> None:
    details = await say(fake_api, ANN, "/start product_zh-1")
    await press(fake_api, ANN, details, "提醒")  # price drop / restock on the cup
    await say(fake_api, ANN, "/watch 饭盒")
    await say(fake_api, ANN, "关注老张")
    mark = len(fake_api.calls)
    changed = [
        product_record(
            id="zh-1", title="老张同款保温杯", price="149", stock=10, creator_id="c-zhang"
        ),
        product_record(
            id="zh-3", title="老张推荐 玻璃饭盒 三件套", price="59", stock=10, creator_id="c-zhang"
        ),
    ]
    report = await import_catalog(alerts_bot, [write_jsonl(tmp_path / "c.jsonl", changed)])
    assert report.written
    await sync_index(alerts_bot.retrieval)
    await alerts_bot.tick()
    assert await outbox(alerts_bot, telegram).drain() == 0  # the grouping window is open
    clock_of(alerts_bot).advance(seconds=alerts_bot.settings.alert_group_seconds)
    assert await deliver_due(alerts_bot, telegram) == 1
    (digest,) = pushed(fake_api, mark, ANN)
    assert "2 条新提醒" in digest.text
    assert "降价了" in digest.text and "玻璃饭盒" in digest.text


async def test_creator_goes_live_broadcasts_creates_a_sale_and_sees_the_reach(
    alerts_bot: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    await link_creator(alerts_bot, "c-zhang", f"tg:{ZHANG.id}")
    await say(fake_api, ANN, "关注老张")
    await say(fake_api, BOB, "follow laozhang")

    refused = await say(fake_api, EVE, "/golive room-zhang")
    assert "Only the creator" in refused.text
    picker = await say(fake_api, ZHANG, "/golive")
    done = await press(fake_api, ZHANG, picker, "老张的厨房好物夜")
    assert "已宣布开播" in done.text and "2 位粉丝" in done.text
    again = await say(fake_api, ZHANG, "/golive room-zhang")
    assert "不会重复发送" in again.text
    mark = len(fake_api.calls)
    assert await deliver_due(alerts_bot, telegram) == 2
    assert pushed(fake_api, mark, BOB, "is live") and pushed(fake_api, mark, ANN, "开播了")

    menu = await say(fake_api, ZHANG, "/broadcast")
    form = await press(fake_api, ZHANG, menu, "不锈钢饭盒")
    assert "请输入" in form.text
    preview = await say(fake_api, ZHANG, "今晚饭盒只要 79，库存不多！")
    assert "2 位粉丝" in preview.text and "今晚饭盒只要 79" in preview.text
    stolen = await fake_api.exchange(  # Eve replays the creator's button: refused, nothing sent
        fake_api.callback_update(EVE, preview.button("发送")["callback_data"]),
        methods=("answerCallbackQuery",),
    )
    assert stolen.params.get("text")
    queued = await press(fake_api, ZHANG, preview, "发送")
    assert "已排队" in queued.text and "2 位粉丝" in queued.text
    mark = len(fake_api.calls)
    assert await deliver_due(alerts_bot, telegram) == 2
    (bob_bc,) = pushed(fake_api, mark, BOB)
    assert "老张:" in bob_bc.text and "今晚饭盒只要 79" in bob_bc.text
    product = await press(fake_api, BOB, bob_bc, "See the product")
    assert "不锈钢饭盒" in product.text
    await say(fake_api, BOB, "/address")
    await say(fake_api, BOB, "Bob Lee, +1 415 555 0100, 1 Market St, San Francisco")
    quote = await press(fake_api, BOB, product, "Buy")
    placed = await press(fake_api, BOB, quote, "Place order")
    assert "#" in placed.text

    bad = await say(fake_api, ZHANG, "/flashsale zh-2 abc 0 1 +10m 30")
    assert "秒杀没有创建" in bad.text and "price" in bad.text and "quantity" in bad.text
    not_mine = await say(fake_api, ZHANG, "/flashsale ear-1 50 5")
    assert "只有主播本人" in not_mine.text
    created = await say(fake_api, ZHANG, "/flashsale zh-2 59 5 1 +10m 30")
    assert "秒杀已创建" in created.text and "¥59" in created.text
    await alerts_bot.tick()  # followers hear of it once the grouping window closes
    clock_of(alerts_bot).advance(seconds=alerts_bot.settings.alert_group_seconds)
    await deliver_due(alerts_bot, telegram)
    assert pushed(fake_api, mark, ANN, "新秒杀")

    stats = await say(fake_api, ZHANG, "/stats")
    assert "粉丝 2 人" in stats.text
    assert "送达 2/2" in stats.text and "打开 1" in stats.text and "下单 1" in stats.text
    async with alerts_bot.uow() as uow:
        rows = await uow.outbox.find(kind="broadcast")
    assert {r.status for r in rows} == {OutboxStatus.SENT}
