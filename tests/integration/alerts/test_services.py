"""Alerts services on a real database: what a subscription accepts, whose it is, quiet hours,
and that each moment fans out once even when several processes' tickers race for it."""

from __future__ import annotations

import asyncio
from datetime import time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from alerts import fanout
from alerts.commands import (
    ChangeSubscription,
    FollowByName,
    ListSubscriptions,
    SetQuietHours,
    Subscribe,
    Watch,
)
from alerts.errors import (
    AmbiguousCreator,
    BadParams,
    BadQuery,
    BadQuietHours,
    SaleOver,
    UnknownSubscription,
    UnknownTarget,
)
from alerts.model import AlertKind, SubscriptionKind
from alerts.services import (
    change_subscription,
    follow_by_name,
    list_subscriptions,
    set_quiet_hours,
    subscribe,
    watch,
)
from catalog.services import import_catalog
from daihuo.bootstrap import App
from ground.clock import FixedClock
from tests.conftest import TEST_NOW
from tests.factories.catalog import (
    creator_record,
    flash_sale_record,
    live_room_record,
    product_record,
    write_jsonl,
)

START = TEST_NOW + timedelta(minutes=20)


async def stocked(app: App, tmp_path: Path) -> App:
    records = [
        creator_record(id="c-a", name="老张", handle="laozhang"),
        creator_record(id="c-b", name="老张的店", handle="zhangstore"),
        creator_record(id="c-c", name="Mia Beauty", handle="mia"),
        product_record(id="p-1", title="保温杯", price="199", creator_id="c-a"),
        product_record(
            id="p-2",
            title="口红",
            price="89",
            creator_id="c-c",
            stock=3,
            skus=[{"id": "red", "attributes": {"色号": "红"}, "price": "89", "stock": 3}],
        ),
        flash_sale_record(
            id="fs-1",
            product_id="p-1",
            price="99",
            quantity=5,
            starts_at=START.isoformat(),
            ends_at=(START + timedelta(minutes=30)).isoformat(),
        ),
        live_room_record(
            id="room-a",
            creator_id="c-a",
            title="厨房好物",
            starts_at=(TEST_NOW + timedelta(minutes=30)).isoformat(),
            ends_at=(TEST_NOW + timedelta(hours=2)).isoformat(),
        ),
    ]
    report = await import_catalog(app, [write_jsonl(tmp_path / "c.jsonl", records)])
    assert report.written, report.errors
    await fanout.run_due(app)  # the import's own events, with nobody subscribed
    return app


@pytest.fixture
async def shop(any_app: App, tmp_path: Path) -> App:
    return await stocked(any_app, tmp_path)


def sub(user: str, kind: SubscriptionKind, target: str, **params: object) -> Subscribe:
    return Subscribe(user, user, kind, target, dict(params) or None)


async def test_subscribing_validates_what_it_is_about(shop: App) -> None:
    with pytest.raises(UnknownTarget):
        await subscribe(shop, sub("u1", SubscriptionKind.PRODUCT, "nope"))
    with pytest.raises(BadParams) as lead:
        await subscribe(shop, sub("u1", SubscriptionKind.FLASH_SALE, "fs-1", lead=0))
    assert lead.value.field == "lead"
    with pytest.raises(BadParams) as target:
        await subscribe(shop, sub("u1", SubscriptionKind.PRODUCT, "p-1", target_price="250"))
    assert target.value.field == "target_price"  # above today's price
    with pytest.raises(BadParams):
        await subscribe(shop, sub("u1", SubscriptionKind.PRODUCT, "p-1", target_price="9.999"))
    with pytest.raises(BadParams) as sku:
        await subscribe(shop, sub("u1", SubscriptionKind.PRODUCT, "p-2", sku="blue"))
    assert sku.value.field == "sku"
    assert (await list_subscriptions(shop, ListSubscriptions("u1"))).items == ()  # nothing kept

    first = await subscribe(shop, sub("u1", SubscriptionKind.FLASH_SALE, "fs-1", lead=10))
    again = await subscribe(shop, sub("u1", SubscriptionKind.FLASH_SALE, "fs-1", lead=15))
    assert first.created and not again.created
    assert (
        again.subscription.params["lead"] == 15 and again.subscription.id == first.subscription.id
    )
    drop = await subscribe(shop, sub("u1", SubscriptionKind.PRODUCT, "p-1", target_price="150"))
    assert drop.subscription.params["target_price"] == "150"


async def test_no_reminder_for_a_sale_that_ended(shop: App) -> None:
    assert isinstance(shop.clock, FixedClock)
    shop.clock.set(START + timedelta(hours=1))
    with pytest.raises(SaleOver) as over:
        await subscribe(shop, sub("u1", SubscriptionKind.FLASH_SALE, "fs-1"))
    assert over.value.reason == "ended"


async def test_only_the_owner_changes_a_subscription(shop: App) -> None:
    mine = await subscribe(shop, sub("u1", SubscriptionKind.CREATOR, "c-a"))
    sid = mine.subscription.id
    for cmd in (
        ChangeSubscription("u2", sid, muted=True),
        ChangeSubscription("u2", sid, delete=True),
        ChangeSubscription("u2", sid, params={"pre_live": True}),
    ):
        with pytest.raises(UnknownSubscription):
            await change_subscription(shop, cmd)
    (still,) = (await list_subscriptions(shop, ListSubscriptions("u1"))).items
    assert not still.subscription.muted and not still.subscription.params["pre_live"]
    muted = await change_subscription(shop, ChangeSubscription("u1", sid, muted=True))
    assert muted is not None and muted.muted
    assert await change_subscription(shop, ChangeSubscription("u1", sid, delete=True)) is None
    assert (await list_subscriptions(shop, ListSubscriptions("u1"))).items == ()


async def test_follow_by_name_exact_handle_ambiguous_and_unknown(shop: App) -> None:
    exact = await follow_by_name(shop, FollowByName("u1", "u1", "老张"))
    assert exact.subscription.target_id == "c-a"  # an exact name beats a longer one
    handle = await follow_by_name(shop, FollowByName("u1", "u1", "@mia"))
    assert handle.subscription.target_id == "c-c"
    with pytest.raises(AmbiguousCreator) as many:
        await follow_by_name(shop, FollowByName("u1", "u1", "张"))
    assert {cid for cid, _ in many.value.candidates} == {"c-a", "c-b"}
    with pytest.raises(UnknownTarget):
        await follow_by_name(shop, FollowByName("u1", "u1", "nobody"))


async def test_watches_need_words(shop: App) -> None:
    for bad in ("", "   ", "300", "x" * 101):
        with pytest.raises(BadQuery):
            await watch(shop, Watch("u1", "u1", bad))
    saved = await watch(shop, Watch("u1", "u1", "  降噪耳机   300以内 "))
    again = await watch(shop, Watch("u1", "u1", "降噪耳机 300以内"))
    assert saved.created and not again.created  # the same search, however spaced


async def test_quiet_hours_and_time_zone(shop: App) -> None:
    with pytest.raises(BadQuietHours):
        await set_quiet_hours(shop, SetQuietHours("u1", "late"))
    with pytest.raises(BadQuietHours):
        await set_quiet_hours(shop, SetQuietHours("u1", "22:00-07:00", "Mars/Olympus"))
    prefs = await set_quiet_hours(shop, SetQuietHours("u1", "22:30-07:30", "Europe/Berlin"))
    assert prefs.quiet is not None and prefs.quiet.start == time(22, 30)
    assert prefs.timezone == "Europe/Berlin"
    berlin_night = TEST_NOW.replace(hour=23)  # 00:00 in Berlin
    assert prefs.hold_until(berlin_night) == TEST_NOW.replace(hour=23) + timedelta(
        hours=7, minutes=30
    )
    off = await set_quiet_hours(shop, SetQuietHours("u1", None))
    assert off.quiet is None and off.timezone == "Europe/Berlin"


async def test_each_moment_fans_out_once_when_tickers_race(shop: App) -> None:
    """Several processes tick at once (here: concurrent rounds on one database; on PostgreSQL
    they are separate connections racing for the moment's row)."""
    for n in range(30):
        await subscribe(shop, sub(f"u{n}", SubscriptionKind.FLASH_SALE, "fs-1"))
        await subscribe(shop, sub(f"u{n}", SubscriptionKind.CREATOR, "c-a"))
    assert isinstance(shop.clock, FixedClock)
    for at in (START - timedelta(minutes=5), START, TEST_NOW + timedelta(minutes=30)):
        shop.clock.set(at)
        await asyncio.gather(*(fanout.run_due(shop) for _ in range(4)))
    async with shop.uow() as uow:
        rows = await uow.outbox.find(limit=10_000)
    by_kind: dict[str, list[str]] = {}
    for row in rows:
        by_kind.setdefault(row.kind, []).append(str(row.user_key))
    for kind in (AlertKind.SALE_SOON, AlertKind.SALE_START, AlertKind.LIVE):
        users = by_kind[kind.value]
        assert sorted(users) == sorted(f"u{n}" for n in range(30)), kind


async def test_a_price_drop_tells_once_per_drop_and_only_below_the_target(
    shop: App, tmp_path: Path
) -> None:
    await subscribe(shop, sub("u1", SubscriptionKind.PRODUCT, "p-1", target_price="150"))
    await subscribe(shop, sub("u2", SubscriptionKind.PRODUCT, "p-1"))  # any drop

    async def reprice(price: str, name: str) -> list[tuple[str, Decimal]]:
        record = product_record(id="p-1", title="保温杯", price=price, creator_id="c-a")
        report = await import_catalog(shop, [write_jsonl(tmp_path / name, [record])])
        assert report.written
        async with shop.uow() as uow:
            before = {r.id for r in await uow.outbox.find(kind=AlertKind.PRICE_DROP.value)}
        await fanout.run_due(shop)
        async with shop.uow() as uow:
            rows = await uow.outbox.find(kind=AlertKind.PRICE_DROP.value)
        return [(str(r.user_key), Decimal(r.payload["new"])) for r in rows if r.id not in before]

    assert await reprice("179", "a.jsonl") == [("u2", Decimal("179"))]
    assert sorted(await reprice("149", "b.jsonl")) == [
        ("u1", Decimal("149")),
        ("u2", Decimal("149")),
    ]
    assert await reprice("169", "c.jsonl") == []  # up again: nothing
    assert await reprice("159", "d.jsonl") == []  # down, but not below what they were told
    assert sorted(await reprice("139", "e.jsonl")) == [
        ("u1", Decimal("139")),
        ("u2", Decimal("139")),
    ]
