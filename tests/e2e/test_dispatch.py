"""The outbox dispatcher through the fake Bot API, on SQLite and PostgreSQL: each row at most
once, retried until sent or permanently failed, blocked users dropped, crashes accounted."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.telegram.deliver import TelegramDeliverer
from daihuo.bootstrap import App
from ground.clock import FixedClock
from ground.dispatch import Dispatcher, DispatcherConfig
from ground.outbox import OutboxMessage, OutboxStatus
from ground.ratelimit import Limits
from tests.e2e.fake_bot_api import FakeBotAPI, Fault

UNLIMITED = Limits(per_second=0, per_chat_second=0, per_group_minute=0)


@pytest.fixture
async def telegram(fake_api: FakeBotAPI) -> AsyncIterator[Bot]:
    bot = Bot(fake_api.token, base_url=fake_api.base_url, request=HTTPXRequest(64))
    async with bot:
        yield bot


def dispatcher(app: App, bot: Bot, *, worker: str = "w1", **config: object) -> Dispatcher:
    return Dispatcher(
        app,
        TelegramDeliverer(app, bot),
        config=DispatcherConfig(limits=UNLIMITED, **config),  # type: ignore[arg-type]
        worker_id=worker,
    )


def notice(chat: int, key: str = "cart_cleared", **kw: object) -> OutboxMessage:
    return OutboxMessage(
        kind="notice",
        chat_id=f"tg:{chat}",
        user_key=f"tg:{chat}",
        payload={"key": key},
        **kw,  # type: ignore[arg-type]
    )


async def queue(app: App, *messages: OutboxMessage) -> int:
    async with app.uow() as uow:
        added = await uow.outbox.add_many(list(messages), app.clock.now())
        await uow.commit()
    return added


async def statuses(app: App) -> dict[str, OutboxStatus]:
    async with app.uow() as uow:
        return {m.chat_id: m.status for m in await uow.outbox.find()}


def delivered(fake: FakeBotAPI, chat: int) -> int:
    return sum(1 for (c, _), m in fake.messages.items() if c == chat and m["from"]["is_bot"])


async def test_each_row_is_sent_once_and_a_dedup_key_queues_once(
    any_app: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    assert await queue(any_app, notice(1, dedup_key="e1:1"), notice(2), notice(3)) == 3
    assert await queue(any_app, notice(1, dedup_key="e1:1")) == 0
    d = dispatcher(any_app, telegram)
    assert await d.drain() == 3
    assert await d.drain() == 0
    assert [delivered(fake_api, c) for c in (1, 2, 3)] == [1, 1, 1]
    assert set((await statuses(any_app)).values()) == {OutboxStatus.SENT}
    (call,) = fake_api.sent_to(1)
    assert call.text == "购物车已清空。"  # rendered at send time, in the recipient's language


async def test_temporary_errors_retry_later_and_permanent_ones_stop(
    any_app: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    clock = any_app.clock
    assert isinstance(clock, FixedClock)
    fake_api.faults += [
        Fault("sendMessage", 502, "Bad Gateway", chat_id=1),
        Fault("sendMessage", 400, "Bad Request: chat not found", chat_id=2),
    ]
    await queue(any_app, notice(1), notice(2))
    d = dispatcher(any_app, telegram)
    assert await d.drain() == 0
    assert await statuses(any_app) == {"tg:1": OutboxStatus.PENDING, "tg:2": OutboxStatus.FAILED}
    assert await d.drain() == 0  # not due yet: backoff
    clock.advance(minutes=1)
    assert await d.drain() == 1
    assert delivered(fake_api, 1) == 1 and delivered(fake_api, 2) == 0
    assert len(fake_api.sent_to(2)) == 1  # a permanent failure is never tried again


async def test_a_blocked_user_is_reported_and_their_queue_dropped(
    any_app: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    fake_api.blocked.add(7)
    blocked: list[str] = []

    async def on_blocked(user_key: str) -> None:
        blocked.append(user_key)

    await queue(any_app, notice(7))
    later = notice(7, due_at=any_app.clock.now() + timedelta(hours=1))
    await queue(any_app, later)
    d = dispatcher(any_app, telegram)
    d.on_blocked = on_blocked
    await d.drain()
    assert blocked == ["tg:7"]
    async with any_app.uow() as uow:
        rows = await uow.outbox.find(chat_id="tg:7")
    assert [r.status for r in rows] == [OutboxStatus.FAILED, OutboxStatus.CANCELLED]


async def test_a_crash_never_resends_what_may_have_gone(
    any_app: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    await queue(any_app, *(notice(c) for c in range(10, 14)))
    now = any_app.clock.now()
    async with any_app.uow() as uow:
        # A worker claims four rows and dies after committing two as "sending".
        claimed = await uow.outbox.claim("dead", now, limit=4, lease=timedelta(minutes=2))
        await uow.outbox.mark_sending([claimed[0].id, claimed[1].id], "dead")
        await uow.commit()
    d = dispatcher(any_app, telegram)
    assert await d.drain() == 0  # leased to the dead worker
    assert isinstance(any_app.clock, FixedClock)
    any_app.clock.advance(minutes=3)
    assert await d.recover() == (2, 2)
    assert await d.drain() == 2
    st = await statuses(any_app)
    assert sorted(st.values()) == sorted(
        [OutboxStatus.UNKNOWN, OutboxStatus.UNKNOWN, OutboxStatus.SENT, OutboxStatus.SENT]
    )


async def test_two_dispatchers_share_the_queue_without_sending_anything_twice(
    any_app: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    await queue(any_app, *(notice(c) for c in range(100, 400)))
    a = dispatcher(any_app, telegram, worker="a", batch=20, wave=8)
    b = dispatcher(any_app, telegram, worker="b", batch=20, wave=8)
    sent = await asyncio.gather(a.drain(), b.drain())
    assert sum(sent) == 300
    assert all(delivered(fake_api, c) == 1 for c in range(100, 400))
    if any_app.dialect == "postgresql":
        assert min(sent) > 0  # both really worked (SKIP LOCKED); SQLite serialises writers


def busiest_second(times: list[float]) -> int:
    """The most arrivals in any 1-second window."""
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - 1.0:
            j += 1
        best = max(best, i - j + 1)
    return best


async def test_the_limits_hold_at_the_server_overall_and_per_chat(
    app: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    """Telegram's defaults (30/s overall, 1/s per chat), measured where Telegram would count."""
    await queue(app, *(notice(c) for c in range(1000, 1075)))
    await queue(app, *(notice(5) for _ in range(4)))
    fake_api.latency = 0.02
    d = Dispatcher(
        app, TelegramDeliverer(app, telegram), config=DispatcherConfig(limits=Limits(30, 1, 20))
    )
    assert await d.drain() == 79
    sends = [c for c in fake_api.calls if c.method == "sendMessage"]
    assert busiest_second([c.at for c in sends]) <= 30
    assert busiest_second([c.at for c in sends if c.chat_id == 5]) == 1
    span = max(c.at for c in sends) - min(c.at for c in sends)
    assert span >= 2.0  # 79 messages at 30/s cannot take less


async def test_retry_after_pauses_every_send_for_its_whole_period(
    app: App, fake_api: FakeBotAPI, telegram: Bot
) -> None:
    fake_api.faults.append(Fault("sendMessage", 429, "Too Many Requests", retry_after=2, chat_id=1))
    await queue(app, *(notice(c) for c in range(1, 8)))
    d = dispatcher(app, telegram, wave=1)
    assert await d.drain() == 6  # the throttled one waits for its own retry time
    sends = [c for c in fake_api.calls if c.method == "sendMessage"]
    throttled = next(c for c in sends if c.chat_id == 1)
    after = [c.at for c in sends if c.index > throttled.index]
    assert len(after) == 6 and min(after) - throttled.at >= 2.0  # nothing during the pause
    async with app.uow() as uow:
        (row,) = await uow.outbox.find(chat_id="tg:1")
    assert row.status is OutboxStatus.PENDING and row.due_at >= app.clock.now() + timedelta(
        seconds=2
    )
