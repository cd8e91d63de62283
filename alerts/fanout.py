"""From moments and catalog events to outbox rows: who hears about what, once.

`run_due(infra, matcher)` is one round, called by every bot process's ticker:

* **Moments** — a flash sale's reminder time (its start minus each shopper's lead) and start,
  a room's start and ten minutes before it. A moment fans out once across processes: its key
  is claimed with one insert in the transaction that queues its messages. Rows are queued a
  few seconds ahead with `due_at` at the exact moment, so the dispatcher sends on time.
* **Catalog events** (written by imports and orders in the transaction that changed the
  catalog) — price drops, back in stock, saved searches (watches), a followed creator's new
  flash sale. The "alerts" cursor advances in the transaction that queues the messages.

One event reaches a shopper at most once (one row per shopper per event, by `dedup_key`, and
one message per shopper per product even when several of their subscriptions match).
Non-urgent alerts wait out the shopper's quiet hours and, when close together, are grouped
(same `group_key`, same `due_at`) into one message.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, Protocol

from alerts.model import (
    DEFAULT_LEAD_MINUTES,
    MAX_LEAD_MINUTES,
    PRE_LIVE_MINUTES,
    AlertKind,
    AlertPrefs,
    Subscription,
    SubscriptionKind,
)
from alerts.repository import SubscriptionRepository
from alerts.services import load_prefs
from catalog.events import CatalogEvent, EventKind, EventLog
from catalog.model import FlashSale, LiveRoom, Product
from catalog.pricing import best_offer, quote_line
from catalog.repository import CatalogRepository
from ground.infra import Infra
from ground.money import to_minor_units
from ground.outbox import OutboxMessage
from ground.uow import UnitOfWork

log = logging.getLogger(__name__)

CONSUMER = "alerts"
LOOKAHEAD = timedelta(seconds=5)  # queue this far ahead, due at the exact moment
GRACE = timedelta(minutes=15)  # a moment missed while no process ran is still served this late
INDEX_WAIT = timedelta(minutes=5)  # how long watches wait for the search index to catch up
PRODUCT_EVENTS = (
    EventKind.PRODUCT_ADDED,
    EventKind.PRODUCT_CHANGED,
    EventKind.PRICE_CHANGED,
    EventKind.BACK_IN_STOCK,
)


class WatchMatcher(Protocol):
    """Runs saved searches (the composition root wires it to the search service)."""

    async def ready(self) -> bool:
        """True when the search index reflects the catalog as it is now (an import in another
        process commits its events before it has re-indexed)."""
        ...

    async def matches(self, query: str, product_ids: set[str]) -> dict[str, Decimal]:
        """Products among `product_ids` that `query` finds (constraints applied), with the
        price the search saw."""
        ...


@dataclass(frozen=True, slots=True)
class RoundResult:
    queued: int = 0
    events: int = 0


# ---- grouping and quiet hours ----------------------------------------------------------------
def _digest(
    kind: AlertKind,
    sub: Subscription,
    payload: dict[str, Any],
    dedup: str,
    now: datetime,
    prefs: AlertPrefs,
    group_seconds: int,
) -> OutboxMessage:
    """A non-urgent alert: due at the end of its grouping window (after quiet hours), with
    the group key every alert of that shopper in that window shares."""
    step = max(group_seconds, 1)
    epoch = int(now.timestamp())
    bucket_end = datetime.fromtimestamp((epoch // step + 1) * step, tz=now.tzinfo)
    due = prefs.hold_until(bucket_end if group_seconds else now)
    return OutboxMessage(
        kind=kind.value,
        chat_id=sub.chat_id,
        user_key=sub.user_key,
        payload=payload,
        dedup_key=dedup,
        group_key=f"dg:{sub.user_key}:{int(due.timestamp())}" if group_seconds else None,
        due_at=due,
    )


def _moment_message(
    kind: AlertKind,
    sub: Subscription,
    payload: dict[str, Any],
    dedup: str,
    due: datetime,
    *,
    urgent: bool,
    prefs: AlertPrefs,
) -> OutboxMessage:
    """An alert tied to a moment: at the moment; non-urgent ones wait out quiet hours (and
    say when they stop being worth sending, `expires_at`)."""
    when = due if urgent else prefs.hold_until(due)
    return OutboxMessage(
        kind=kind.value,
        chat_id=sub.chat_id,
        user_key=sub.user_key,
        payload=payload,
        dedup_key=dedup,
        group_key=f"mo:{sub.user_key}:{int(when.timestamp())}",
        urgent=urgent,
        due_at=when,
    )


# ---- flash sale reminders --------------------------------------------------------------------
def sale_payload(sale: FlashSale, product: Product) -> dict[str, Any]:
    sku = product.sku(sale.sku_id) if sale.sku_id else None
    return {
        "sale_id": sale.id,
        "product_id": product.id,
        "sku_id": sale.sku_id,
        "title": product.title,
        "price": str(sale.price),
        "regular": str(sku.price if sku is not None else product.price),
        "sku_label": sku.label if sku is not None else None,
        "currency": product.currency,
        "starts_at": sale.starts_at.isoformat(),
        "ends_at": sale.ends_at.isoformat(),
        "quantity": sale.quantity,
        "per_user_limit": sale.per_user_limit,
        "expires_at": sale.ends_at.isoformat(),
    }


async def _sale_reminders(uow: UnitOfWork, infra: Infra, now: datetime) -> list[OutboxMessage]:
    catalog = CatalogRepository(uow.session)
    subs_repo = SubscriptionRepository(uow.session)
    sales = await catalog.flash_sales_starting(
        now - GRACE, now + timedelta(minutes=MAX_LEAD_MINUTES) + LOOKAHEAD
    )
    if not sales:
        return []
    subs = await subs_repo.for_targets(SubscriptionKind.FLASH_SALE, [s.id for s in sales])
    by_sale: dict[str, list[Subscription]] = defaultdict(list)
    for sub in subs:
        by_sale[sub.target_id].append(sub)
    out: list[OutboxMessage] = []
    products = {p.id: p for p in await catalog.get_products([s.product_id for s in sales])}
    prefs = await load_prefs(uow, infra.settings, [s.user_key for s in subs])
    for sale in sales:
        product = products.get(sale.product_id)
        followers = by_sale.get(sale.id, [])
        # Nothing for a sale that is over, sold out or whose product left the shelf.
        if not followers or product is None or not product.is_on_sale:
            continue
        if sale.ends_at <= now or sale.units_left <= 0:
            continue
        payload = sale_payload(sale, product)
        stamp = sale.starts_at.isoformat()
        by_lead: dict[int, list[Subscription]] = defaultdict(list)
        for sub in followers:
            by_lead[int(sub.params.get("lead", DEFAULT_LEAD_MINUTES))].append(sub)
        for lead, group in sorted(by_lead.items()):
            at = sale.starts_at - timedelta(minutes=lead)
            if not (now - GRACE <= at <= now + LOOKAHEAD) or sale.starts_at <= now:
                continue
            if not await subs_repo.claim_moment(f"sale:{sale.id}:{stamp}:soon:{lead}", now):
                continue
            for sub in group:
                out.append(
                    _moment_message(
                        AlertKind.SALE_SOON,
                        sub,
                        {**payload, "lead": lead},
                        f"sale:{sale.id}:{stamp}:soon:{sub.user_key}",
                        max(at, now),
                        urgent=True,
                        prefs=prefs[sub.user_key],
                    )
                )
        if sale.starts_at <= now + LOOKAHEAD and await subs_repo.claim_moment(
            f"sale:{sale.id}:{stamp}:start", now
        ):
            for sub in followers:
                out.append(
                    _moment_message(
                        AlertKind.SALE_START,
                        sub,
                        payload,
                        f"sale:{sale.id}:{stamp}:start:{sub.user_key}",
                        max(sale.starts_at, now),
                        urgent=True,
                        prefs=prefs[sub.user_key],
                    )
                )
    return out


# ---- live rooms ------------------------------------------------------------------------------
async def live_messages(
    uow: UnitOfWork, infra: Infra, room: LiveRoom, due: datetime, now: datetime, *, pre: bool
) -> list[OutboxMessage]:
    """The room's start (or its ten-minute notice) for everyone who wants it: the room's own
    reminders (urgent: asked for) and the creator's followers (pre-live only for those who
    asked). One message per shopper however many of those they have."""
    subs_repo = SubscriptionRepository(uow.session)
    catalog = CatalogRepository(uow.session)
    creator = await catalog.get_creator(room.creator_id)
    recipients: dict[str, tuple[Subscription, bool]] = {}
    if not pre:
        for sub in await subs_repo.for_targets(SubscriptionKind.LIVE_ROOM, [room.id]):
            recipients[sub.user_key] = (sub, True)
    for sub in await subs_repo.for_targets(SubscriptionKind.CREATOR, [room.creator_id]):
        if pre and not sub.params.get("pre_live"):
            continue
        recipients.setdefault(sub.user_key, (sub, False))
    if not recipients:
        return []
    prefs = await load_prefs(uow, infra.settings, list(recipients))
    payload = {
        "room_id": room.id,
        "title": room.title,
        "creator_id": room.creator_id,
        "creator_name": creator.name if creator else room.creator_id,
        "starts_at": room.starts_at.isoformat(),
        "expires_at": room.ends_at.isoformat(),
    }
    kind = AlertKind.PRE_LIVE if pre else AlertKind.LIVE
    phase = "pre" if pre else "live"
    stamp = room.starts_at.isoformat()
    return [
        _moment_message(
            kind,
            sub,
            payload,
            f"{phase}:{room.id}:{stamp}:{user}",
            due,
            urgent=urgent,
            prefs=prefs[user],
        )
        for user, (sub, urgent) in recipients.items()
    ]


async def _live_moments(uow: UnitOfWork, infra: Infra, now: datetime) -> list[OutboxMessage]:
    catalog = CatalogRepository(uow.session)
    subs_repo = SubscriptionRepository(uow.session)
    rooms = await catalog.live_rooms_starting(
        now - GRACE, now + timedelta(minutes=PRE_LIVE_MINUTES) + LOOKAHEAD
    )
    out: list[OutboxMessage] = []
    for room in rooms:
        stamp = room.starts_at.isoformat()
        pre_at = room.starts_at - timedelta(minutes=PRE_LIVE_MINUTES)
        if (
            now - GRACE <= pre_at <= now + LOOKAHEAD
            and room.starts_at > now
            and await subs_repo.claim_moment(f"pre:{room.id}:{stamp}", now)
        ):
            out += await live_messages(uow, infra, room, max(pre_at, now), now, pre=True)
        if (
            room.starts_at <= now + LOOKAHEAD
            and room.ends_at > now
            and await subs_repo.claim_moment(f"live:{room.id}:{stamp}", now)
        ):
            out += await live_messages(uow, infra, room, max(room.starts_at, now), now, pre=False)
    return out


# ---- catalog events --------------------------------------------------------------------------
_PRIORITY = {AlertKind.PRICE_DROP: 3, AlertKind.RESTOCK: 2, AlertKind.NEW_SALE: 2}


@dataclass(slots=True)
class _Pending:
    kind: AlertKind
    sub: Subscription
    payload: dict[str, Any]
    dedup: str


def _offer_price(
    product: Product, sub: Subscription, sales: list[FlashSale], now: datetime
) -> Decimal:
    sku_id = sub.params.get("sku")
    if sku_id and product.sku(str(sku_id)) is not None:
        return quote_line(product, sku_id=str(sku_id), sales=sales, now=now).unit_price
    return best_offer(product, sales=sales, now=now).price


async def _event_alerts(
    uow: UnitOfWork,
    events: Sequence[CatalogEvent],
    watch_hits: dict[int, dict[str, Decimal]],
    now: datetime,
) -> tuple[list[_Pending], list[tuple[Subscription, dict[str, Any]]]]:
    """Alerts the events cause, and subscription params to store (what was last told)."""
    catalog = CatalogRepository(uow.session)
    subs_repo = SubscriptionRepository(uow.session)
    product_ids = {e.product_id for e in events if e.product_id}
    products = {p.id: p for p in await catalog.get_products(sorted(product_ids))}
    sales_by_product: dict[str, list[FlashSale]] = defaultdict(list)
    for sale in await catalog.list_flash_sales(sorted(product_ids)):
        sales_by_product[sale.product_id].append(sale)
    product_subs: dict[str, list[Subscription]] = defaultdict(list)
    for sub in await subs_repo.for_targets(SubscriptionKind.PRODUCT, sorted(product_ids)):
        product_subs[sub.target_id].append(sub)
    pending: list[_Pending] = []
    updates: list[tuple[Subscription, dict[str, Any]]] = []
    told: dict[int, Decimal] = {}  # subscription → price told in this round

    for event in events:
        product = products.get(event.product_id or "")
        if product is None or not product.is_on_sale:
            continue
        sales = sales_by_product.get(product.id, [])
        base = {"product_id": product.id, "title": product.title, "currency": product.currency}
        if event.kind is EventKind.PRICE_CHANGED:
            for sub in product_subs.get(product.id, []):
                wanted_sku = sub.params.get("sku")
                if wanted_sku and event.sku_id not in (None, wanted_sku):
                    continue
                price = _offer_price(product, sub, sales, now)
                last = told.get(sub.id)
                if last is None and sub.params.get("notified_price"):
                    last = Decimal(str(sub.params["notified_price"]))
                target = sub.params.get("target_price")
                old = Decimal(str(event.data.get("old", price)))
                if target is not None and price > Decimal(str(target)):
                    continue
                if target is None and price >= old:
                    continue
                if last is not None and price >= last:
                    continue
                told[sub.id] = price
                payload = {
                    **base,
                    "old": str(old),
                    "new": str(price),
                    "sku_id": wanted_sku,
                    "target": target,
                }
                pending.append(
                    _Pending(AlertKind.PRICE_DROP, sub, payload, f"ev:{event.id}:{sub.user_key}")
                )
                updates.append((sub, {**sub.params, "notified_price": str(price)}))
        elif event.kind is EventKind.BACK_IN_STOCK:
            for sub in product_subs.get(product.id, []):
                if not sub.params.get("restock", True):
                    continue
                wanted_sku = sub.params.get("sku")
                if wanted_sku and event.sku_id not in (None, wanted_sku):
                    continue
                sku = product.sku(event.sku_id) if event.sku_id else None
                payload = {
                    **base,
                    "sku_id": event.sku_id,
                    "sku_label": sku.label if sku else None,
                    "price": str(_offer_price(product, sub, sales, now)),
                }
                pending.append(
                    _Pending(AlertKind.RESTOCK, sub, payload, f"ev:{event.id}:{sub.user_key}")
                )
        elif event.kind is EventKind.FLASH_SALE_ADDED and event.ref_id:
            new_sale = next((s for s in sales if s.id == event.ref_id), None)
            if new_sale is None or new_sale.ends_at <= now:
                continue
            sale = new_sale
            creator = await catalog.get_creator(product.creator_id) if product.creator_id else None
            payload = {
                **sale_payload(sale, product),
                "creator_name": creator.name if creator else None,
            }
            audience: list[Subscription] = []
            if product.creator_id:
                audience += await subs_repo.for_targets(
                    SubscriptionKind.CREATOR, [product.creator_id]
                )
            audience += [
                s
                for s in product_subs.get(product.id, [])
                if s.params.get("target_price") is not None
                and sale.price <= Decimal(str(s.params["target_price"]))
            ]
            for sub in audience:
                pending.append(
                    _Pending(AlertKind.NEW_SALE, sub, payload, f"sale:{sale.id}:new:{sub.user_key}")
                )

    for sub_id, hits in watch_hits.items():
        watcher = await subs_repo.by_id(sub_id)
        if watcher is None or not watcher.active or watcher.muted:
            continue
        sub = watcher
        for product_id, price in hits.items():
            product = products.get(product_id)
            if product is None:
                continue
            before = await subs_repo.watch_hit(sub.id, product_id)
            cents = to_minor_units(price, product.currency)
            if before is not None and cents >= before:
                continue  # told already, at this price or lower
            await subs_repo.record_hit(sub.id, product_id, cents, now)
            payload = {
                "product_id": product_id,
                "title": product.title,
                "price": str(price),
                "currency": product.currency,
                "query": sub.params.get("query"),
                "subscription_id": sub.id,
                "cheaper": before is not None,
            }
            pending.append(
                _Pending(AlertKind.WATCH, sub, payload, f"watch:{sub.id}:{product_id}:{cents}")
            )
    return pending, updates


def _one_per_product(pending: Iterable[_Pending]) -> list[_Pending]:
    """Several subscriptions of one shopper matching one product change → the most telling
    single alert (a price drop beats a restock beats a watch hit)."""
    best: dict[tuple[str, str], _Pending] = {}
    for item in pending:
        key = (item.sub.user_key, str(item.payload.get("sale_id") or item.payload["product_id"]))
        have = best.get(key)
        if have is None or _PRIORITY.get(item.kind, 1) > _PRIORITY.get(have.kind, 1):
            best[key] = item
    return list(best.values())


async def _catalog_events(infra: Infra, matcher: WatchMatcher | None, now: datetime) -> RoundResult:
    # Read first, outside any write: saved searches run against the search index and may take
    # a while; the write transaction below only checks nobody else consumed these events.
    async with infra.uow() as uow:
        events = await EventLog(uow.session).peek(CONSUMER)
        has_watches = bool(
            await SubscriptionRepository(uow.session).of_kind(SubscriptionKind.WATCH)
        )
    if not events:
        return RoundResult()
    watch_hits: dict[int, dict[str, Decimal]] = {}
    changed = {e.product_id for e in events if e.product_id and e.kind in PRODUCT_EVENTS}
    if has_watches and changed and matcher is not None:
        ready = await matcher.ready()
        if not ready and events[0].at is not None and now - events[0].at < INDEX_WAIT:
            return RoundResult()  # the index has not caught up with these changes yet
        async with infra.uow() as uow:
            watches = await SubscriptionRepository(uow.session).of_kind(SubscriptionKind.WATCH)
        for sub in watches:
            found = await matcher.matches(str(sub.params.get("query") or sub.target_id), changed)
            if found:
                watch_hits[sub.id] = found
    async with infra.write_lock(), infra.uow() as uow:
        log_ = EventLog(uow.session)
        consumed, last = await log_.consume(CONSUMER, limit=len(events))
        if not consumed or consumed[0].id != events[0].id:
            return RoundResult()  # another process handled them meanwhile
        pending, updates = await _event_alerts(uow, consumed, watch_hits, now)
        subs_repo = SubscriptionRepository(uow.session)
        for sub, params in updates:
            await subs_repo.update(sub.id, now, params=params)
        chosen = _one_per_product(pending)
        prefs = await load_prefs(uow, infra.settings, [p.sub.user_key for p in chosen])
        messages = [
            _digest(
                p.kind,
                p.sub,
                p.payload,
                p.dedup,
                now,
                prefs[p.sub.user_key],
                infra.settings.alert_group_seconds,
            )
            for p in chosen
        ]
        queued = await uow.outbox.add_many(messages, now)
        await log_.advance(CONSUMER, last)
        await uow.commit()
    return RoundResult(queued=queued, events=len(consumed))


async def run_due(infra: Infra, matcher: WatchMatcher | None = None) -> RoundResult:
    """One round: due moments, then new catalog events. Safe with several processes."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        messages = await _sale_reminders(uow, infra, now) + await _live_moments(uow, infra, now)
        queued = await uow.outbox.add_many(messages, now) if messages else 0
        await uow.commit()
    result = await _catalog_events(infra, matcher, now)
    return RoundResult(queued=queued + result.queued, events=result.events)
