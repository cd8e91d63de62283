"""Creator services: go live, broadcast to followers, create a flash sale, see the reach.

Only a creator's linked accounts (`daihuo creators link …`) or an admin may act for a creator;
anyone else gets `NotCreator` and nothing changes.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta

from accounts.repository import AccountRepository
from alerts.commands import CreateFlashSale, GoLive, SendBroadcast
from alerts.errors import (
    EmptyBroadcast,
    InvalidFlashSale,
    NotCreator,
    RoomOver,
    UnknownTarget,
)
from alerts.fanout import live_messages
from alerts.model import (
    MAX_BROADCAST_CHARS,
    AlertKind,
    Broadcast,
    BroadcastPreview,
    BroadcastStats,
    CreatorStats,
    LiveAnnounced,
    SubscriptionKind,
    parse_start,
)
from alerts.repository import SubscriptionRepository
from alerts.services import load_prefs
from catalog.importer import Source, run_import
from catalog.model import Creator, FlashSale, LiveRoom, Product
from catalog.repository import CatalogRepository
from ground.infra import Infra
from ground.outbox import OutboxMessage, OutboxStatus
from ground.uow import UnitOfWork

MAX_SALE_MINUTES = 24 * 60


async def _may_act(uow: UnitOfWork, actor: str, creator_id: str) -> bool:
    accounts = AccountRepository(uow.session)
    if creator_id in await accounts.creators_of(actor):
        return True
    staff = await accounts.staff_member(actor)
    return staff is not None and staff.is_admin


async def _require(uow: UnitOfWork, actor: str, creator_id: str | None) -> None:
    if creator_id is None or not await _may_act(uow, actor, creator_id):
        raise NotCreator(actor, creator_id)


async def creators_for(infra: Infra, actor: str) -> list[Creator]:
    """The creators `actor` may act for (their linked ones; an admin's too, when linked)."""
    async with infra.uow() as uow:
        ids = await AccountRepository(uow.session).creators_of(actor)
        repo = CatalogRepository(uow.session)
        found = [c for cid in ids if (c := await repo.get_creator(cid)) is not None]
    return found


async def creator_rooms(infra: Infra, actor: str, creator_id: str) -> list[LiveRoom]:
    """The creator's rooms that have not ended (for /golive's buttons)."""
    now = infra.clock.now()
    async with infra.uow() as uow:
        await _require(uow, actor, creator_id)
        rooms = await CatalogRepository(uow.session).live_rooms_of(creator_id)
    return [r for r in rooms if r.ends_at > now]


async def creator_products(infra: Infra, actor: str, creator_id: str) -> list[Product]:
    async with infra.uow() as uow:
        await _require(uow, actor, creator_id)
        return await CatalogRepository(uow.session).products_of(creator_id)


# ---- going live ------------------------------------------------------------------------------
async def go_live(infra: Infra, cmd: GoLive) -> LiveAnnounced:
    """Announce a room to its creator's followers (and those who asked to be reminded of it)
    now. A room scheduled later is live from now on. Announcing twice tells nobody twice."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        catalog = CatalogRepository(uow.session)
        room = await catalog.get_live_room(cmd.room_id)
        if room is None:
            raise UnknownTarget(SubscriptionKind.LIVE_ROOM.value, cmd.room_id)
        await _require(uow, cmd.actor, room.creator_id)
        if room.ends_at <= now:
            raise RoomOver(room.id)
        if room.starts_at > now:
            await catalog.start_live_room_now(room.id, now)
            room = replace(room, starts_at=now)
        subs = SubscriptionRepository(uow.session)
        if not await subs.claim_moment(f"live:{room.id}:{room.starts_at.isoformat()}", now):
            return LiveAnnounced(room.id, room.title, 0, already=True)
        messages = await live_messages(uow, infra, room, now, now, pre=False)
        queued = await uow.outbox.add_many(messages, now)
        await uow.commit()
    return LiveAnnounced(room.id, room.title, queued, already=False)


# ---- broadcasts ------------------------------------------------------------------------------
async def _broadcast_parts(
    uow: UnitOfWork, cmd: SendBroadcast
) -> tuple[Creator, Product | None, str]:
    await _require(uow, cmd.actor, cmd.creator_id)
    catalog = CatalogRepository(uow.session)
    creator = await catalog.get_creator(cmd.creator_id)
    if creator is None:
        raise UnknownTarget(SubscriptionKind.CREATOR.value, cmd.creator_id)
    text = cmd.text.strip()
    if not text or len(text) > MAX_BROADCAST_CHARS:
        raise EmptyBroadcast()
    product = None
    if cmd.product_id:
        product = await catalog.get_product(cmd.product_id)
        if product is None or not product.is_on_sale or product.creator_id != creator.id:
            raise UnknownTarget("product", cmd.product_id)
    return creator, product, text


async def preview_broadcast(infra: Infra, cmd: SendBroadcast) -> BroadcastPreview:
    """What would go out and to how many followers; nothing is stored."""
    async with infra.uow() as uow:
        creator, product, text = await _broadcast_parts(uow, cmd)
        followers = await SubscriptionRepository(uow.session).count_followers(creator.id)
    return BroadcastPreview(
        creator.id,
        creator.name,
        text,
        followers,
        product.id if product else None,
        product.title if product else None,
    )


async def send_broadcast(infra: Infra, cmd: SendBroadcast) -> Broadcast:
    """Store the broadcast and queue one message per follower, in one transaction (a crash
    either sends it to everyone, once, or to no one)."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        creator, product, text = await _broadcast_parts(uow, cmd)
        subs_repo = SubscriptionRepository(uow.session)
        broadcast_id = await subs_repo.add_broadcast(
            {
                "creator_id": creator.id,
                "product_id": product.id if product else None,
                "text": text,
                "created_by": cmd.actor,
                "recipients": 0,
                "created_at": now,
            }
        )
        followers = await subs_repo.for_targets(SubscriptionKind.CREATOR, [creator.id])
        prefs = await load_prefs(uow, infra.settings, [s.user_key for s in followers])
        payload = {
            "broadcast_id": broadcast_id,
            "creator_id": creator.id,
            "creator_name": creator.name,
            "text": text,
            "product_id": product.id if product else None,
            "title": product.title if product else None,
        }
        messages = [
            OutboxMessage(
                kind=AlertKind.BROADCAST.value,
                chat_id=sub.chat_id,
                user_key=sub.user_key,
                payload=payload,
                dedup_key=f"bc:{broadcast_id}:{sub.user_key}",
                campaign=f"broadcast:{broadcast_id}",
                due_at=prefs[sub.user_key].hold_until(now),
            )
            for sub in followers
        ]
        queued = await uow.outbox.add_many(messages, now)
        await subs_repo.set_recipients(broadcast_id, queued)
        stored = await subs_repo.broadcast(broadcast_id)
        await uow.commit()
    assert stored is not None
    return stored


async def record_open(infra: Infra, broadcast_id: int, user_key: str) -> Broadcast | None:
    """A recipient opened the broadcast (its button or deep link); counted once per person."""
    async with infra.write_lock(), infra.uow() as uow:
        repo = SubscriptionRepository(uow.session)
        broadcast = await repo.broadcast(broadcast_id)
        if broadcast is not None:
            await repo.record_open(broadcast_id, user_key, infra.clock.now())
            await uow.commit()
    return broadcast


async def creator_stats(infra: Infra, actor: str, creator_id: str, limit: int = 5) -> CreatorStats:
    """Followers, and per recent broadcast: delivered, failed, still pending, opened, and
    ordered (recipients who opened it and then ordered from the creator)."""
    async with infra.uow() as uow:
        await _require(uow, actor, creator_id)
        repo = SubscriptionRepository(uow.session)
        followers = await repo.count_followers(creator_id)
        out: list[BroadcastStats] = []
        for b in await repo.broadcasts_of(creator_id, limit=limit):
            counts = await uow.outbox.campaign_counts(f"broadcast:{b.id}")
            opens = await repo.opens(b.id)
            ordered = await repo.buyers_after(creator_id, opens)
            out.append(
                BroadcastStats(
                    broadcast=b,
                    delivered=counts.get(OutboxStatus.SENT, 0),
                    failed=counts.get(OutboxStatus.FAILED, 0)
                    + counts.get(OutboxStatus.UNKNOWN, 0)
                    + counts.get(OutboxStatus.CANCELLED, 0),
                    pending=sum(
                        counts.get(s, 0)
                        for s in (OutboxStatus.PENDING, OutboxStatus.CLAIMED, OutboxStatus.SENDING)
                    ),
                    opened=len(opens),
                    ordered=ordered,
                )
            )
    return CreatorStats(creator_id, followers, tuple(out))


# ---- flash sales -----------------------------------------------------------------------------
def _whole(value: str, name: str, problems: list[tuple[str, str]]) -> int | str:
    text = value.strip()
    if text.isdigit():
        return int(text)
    problems.append((name, f"a whole number, not {text!r}" if text else "required"))
    return text


async def create_flash_sale(infra: Infra, cmd: CreateFlashSale) -> FlashSale:
    """A flash sale on one of the creator's products, validated exactly as a catalog import
    validates it (price below the product's, quantity within stock …) and written through the
    importer, so followers and search hear of it like any imported sale."""
    now = infra.clock.now()
    async with infra.uow() as uow:
        product = await CatalogRepository(uow.session).get_product(cmd.product_id)
        if product is None:
            raise UnknownTarget("product", cmd.product_id)
        await _require(uow, cmd.actor, product.creator_id)
    problems: list[tuple[str, str]] = []
    starts: datetime | None = None
    try:
        starts = parse_start(cmd.starts_at, now, infra.settings.timezone)
        if starts < now - timedelta(minutes=1):
            problems.append(("starts_at", "already past"))
    except ValueError as exc:
        problems.append(("starts_at", str(exc)))
    minutes = _whole(cmd.minutes, "minutes", problems)
    if isinstance(minutes, int) and not 1 <= minutes <= MAX_SALE_MINUTES:
        problems.append(("minutes", f"between 1 and {MAX_SALE_MINUTES}"))
    quantity = _whole(cmd.quantity, "quantity", problems)
    limit = _whole(cmd.per_user_limit, "per_user_limit", problems)
    if problems or starts is None or not isinstance(minutes, int):
        raise InvalidFlashSale(tuple(problems))
    starts = max(starts, now)
    sale_id = f"fs-{now:%y%m%d%H%M%S}-{product.id}"[:64]
    record = {
        "type": "flash_sale",
        "id": sale_id,
        "product_id": product.id,
        "price": cmd.price.strip().lstrip("¥"),
        "quantity": quantity,
        "per_user_limit": limit,
        "starts_at": starts.isoformat(),
        "ends_at": (starts + timedelta(minutes=minutes)).isoformat(),
    }
    if cmd.sku_id:
        record["sku_id"] = cmd.sku_id
    line = json.dumps(record, ensure_ascii=False).encode()
    async with infra.write_lock():
        report = await run_import(infra, [Source("flashsale", lambda: [line])])
    if not report.ok:
        raise InvalidFlashSale(tuple((p.field or "-", p.reason) for p in report.problems))
    async with infra.uow() as uow:
        sale = await CatalogRepository(uow.session).get_flash_sale(sale_id)
    assert sale is not None
    return sale
