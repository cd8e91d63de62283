"""Alerts services for shoppers: follow, remind, watch, list/mute/change/delete, quiet hours.

Each is one unit of work on a typed command, returning a typed result or raising an
`AlertError`. What gets delivered, and when, is `alerts.fanout`'s business.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, time
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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
from alerts.model import (
    DEFAULT_LEAD_MINUTES,
    MAX_LEAD_MINUTES,
    MAX_WATCH_CHARS,
    AlertList,
    AlertPrefs,
    QuietHours,
    Subscribed,
    Subscription,
    SubscriptionKind,
    SubscriptionView,
)
from alerts.repository import SubscriptionRepository
from catalog.pricing import best_offer
from catalog.repository import CatalogRepository
from ground.infra import Infra
from ground.money import exponent
from ground.settings import Settings
from ground.uow import UnitOfWork


# ---- what a subscription is about ------------------------------------------------------------
async def _view(uow: UnitOfWork, sub: Subscription, now: datetime) -> SubscriptionView | None:
    """Title and state of what `sub` is about (None: no such thing at all)."""
    repo = CatalogRepository(uow.session)
    kind = sub.kind
    if kind is SubscriptionKind.WATCH:
        return SubscriptionView(sub, str(sub.params.get("query") or sub.target_id))
    if kind is SubscriptionKind.PRODUCT:
        product = await repo.get_product(sub.target_id)
        if product is None:
            return None
        return SubscriptionView(sub, product.title, gone=not product.is_on_sale)
    if kind is SubscriptionKind.FLASH_SALE:
        sale = await repo.get_flash_sale(sub.target_id)
        product = await repo.get_product(sale.product_id) if sale else None
        if sale is None or product is None:
            return None
        gone = sale.ends_at <= now or not product.is_on_sale
        return SubscriptionView(sub, product.title, starts_at=sale.starts_at, gone=gone)
    if kind is SubscriptionKind.LIVE_ROOM:
        room = await repo.get_live_room(sub.target_id)
        if room is None:
            return None
        return SubscriptionView(sub, room.title, starts_at=room.starts_at, gone=room.ends_at <= now)
    creator = await repo.get_creator(sub.target_id)
    return SubscriptionView(sub, creator.name) if creator else None


async def _checked_params(
    uow: UnitOfWork, kind: SubscriptionKind, target_id: str, params: dict[str, Any], now: datetime
) -> dict[str, Any]:
    """The kind's settings, validated and normalised (BadParams / SaleOver otherwise)."""
    repo = CatalogRepository(uow.session)
    out: dict[str, Any] = {}
    if kind is SubscriptionKind.FLASH_SALE:
        sale = await repo.get_flash_sale(target_id)
        if sale is None:
            raise UnknownTarget(kind.value, target_id)
        if sale.ends_at <= now:
            raise SaleOver(target_id, "ended")
        if sale.units_left <= 0:
            raise SaleOver(target_id, "sold_out")
        lead = params.get("lead", DEFAULT_LEAD_MINUTES)
        try:
            lead = int(lead)
        except (TypeError, ValueError):
            raise BadParams("lead", "minutes before the start, a whole number") from None
        if not 1 <= lead <= MAX_LEAD_MINUTES:
            raise BadParams("lead", f"between 1 and {MAX_LEAD_MINUTES} minutes")
        out["lead"] = lead
    elif kind is SubscriptionKind.CREATOR:
        out["pre_live"] = bool(params.get("pre_live", False))
    elif kind is SubscriptionKind.PRODUCT:
        product = await repo.get_product(target_id)
        if product is None:
            raise UnknownTarget(kind.value, target_id)
        sku_id = params.get("sku")
        if sku_id is not None:
            if product.sku(str(sku_id)) is None:
                raise BadParams("sku", f"{product.title} has no option {sku_id}")
            out["sku"] = str(sku_id)
        target = params.get("target_price")
        if target is not None:
            out["target_price"] = str(
                _target_price(target, product.currency, _current_price(product, out, now))
            )
        out["restock"] = bool(params.get("restock", True))
    return out


def _current_price(product: Any, params: dict[str, Any], now: datetime) -> Decimal:
    sku = product.sku(params["sku"]) if params.get("sku") else None
    return sku.price if sku is not None else best_offer(product, now=now).price


def _target_price(value: object, currency: str, current: Decimal) -> Decimal:
    """A price drop target: positive, in the currency's precision, below today's price."""
    try:
        amount = Decimal(str(value).strip().lstrip("¥$€").replace(",", ""))
    except InvalidOperation:
        raise BadParams("target_price", "a price like 99 or 99.50") from None
    if not amount.is_finite() or amount <= 0:
        raise BadParams("target_price", "a price above zero")
    places = exponent(currency)
    if amount != amount.quantize(Decimal(1).scaleb(-places)):
        raise BadParams("target_price", f"at most {places} decimals")
    if amount >= current:
        raise BadParams("target_price", f"below today's price {current}")
    return amount


async def subscribe(infra: Infra, cmd: Subscribe) -> Subscribed:
    """Follow / be reminded of something; subscribing again updates its settings."""
    if cmd.kind is SubscriptionKind.WATCH:
        return await watch(infra, Watch(cmd.user_key, cmd.chat_id, cmd.target_id))
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        repo = SubscriptionRepository(uow.session)
        existing = await repo.get(cmd.user_key, cmd.kind, cmd.target_id)
        merged = {**(existing.params if existing else {}), **(cmd.params or {})}
        params = await _checked_params(uow, cmd.kind, cmd.target_id, merged, now)
        placeholder = Subscription(0, cmd.user_key, cmd.chat_id, cmd.kind, cmd.target_id, params)
        view = await _view(uow, placeholder, now)
        if view is None or view.gone:
            raise UnknownTarget(cmd.kind.value, cmd.target_id)
        created = await repo.add(cmd.user_key, cmd.chat_id, cmd.kind, cmd.target_id, now, params)
        if not created:
            await repo.update_params(cmd.user_key, cmd.kind, cmd.target_id, params, now)
        subscription = await repo.get(cmd.user_key, cmd.kind, cmd.target_id)
        await uow.commit()
    assert subscription is not None
    fresh = created or not existing or not existing.active
    return Subscribed(subscription=subscription, title=view.title, created=fresh)


def normalise_query(text: str) -> str:
    """How a saved search is keyed: NFKC, lower case, single spaces."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"\s+", " ", folded).strip()


async def watch(infra: Infra, cmd: Watch) -> Subscribed:
    """Save a search: its shopper hears when a new or changed product matches it, or a match
    drops under its price limit."""
    query = normalise_query(cmd.query)
    if not query or len(query) > MAX_WATCH_CHARS or not any(ch.isalpha() for ch in query):
        raise BadQuery(cmd.query)
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        repo = SubscriptionRepository(uow.session)
        existing = await repo.get(cmd.user_key, SubscriptionKind.WATCH, query)
        params = {"query": cmd.query.strip()[:MAX_WATCH_CHARS]}
        created = await repo.add(
            cmd.user_key, cmd.chat_id, SubscriptionKind.WATCH, query, now, params
        )
        subscription = await repo.get(cmd.user_key, SubscriptionKind.WATCH, query)
        await uow.commit()
    assert subscription is not None
    fresh = created or existing is None or not existing.active
    return Subscribed(subscription=subscription, title=params["query"], created=fresh)


def _name_key(text: str) -> str:
    return normalise_query(text).replace(" ", "").lstrip("@")


async def follow_by_name(infra: Infra, cmd: FollowByName) -> Subscribed:
    """`关注老张`: the creator whose name or handle is the one given (or contains it, when
    only one does)."""
    wanted = _name_key(cmd.name)
    if not wanted:
        raise UnknownTarget(SubscriptionKind.CREATOR.value, cmd.name)
    async with infra.uow() as uow:
        creators = await CatalogRepository(uow.session).list_creators()
    exact = [
        c
        for c in creators
        if wanted in (_name_key(c.name), _name_key(c.handle or ""), c.id.lower())
    ]
    found = exact or [c for c in creators if wanted in _name_key(c.name)]
    if not found:
        raise UnknownTarget(SubscriptionKind.CREATOR.value, cmd.name)
    if len(found) > 1:
        raise AmbiguousCreator(cmd.name, tuple((c.id, c.name) for c in found[:8]))
    return await subscribe(
        infra, Subscribe(cmd.user_key, cmd.chat_id, SubscriptionKind.CREATOR, found[0].id)
    )


async def list_subscriptions(infra: Infra, cmd: ListSubscriptions) -> AlertList:
    """Everything the shopper follows or watches, with titles, and their quiet hours."""
    now = infra.clock.now()
    async with infra.uow() as uow:
        subs = await SubscriptionRepository(uow.session).for_user(cmd.user_key)
        items = [v for s in subs if (v := await _view(uow, s, now)) is not None]
        prefs = await load_prefs(uow, infra.settings, [cmd.user_key])
    return AlertList(tuple(items), prefs[cmd.user_key])


async def change_subscription(infra: Infra, cmd: ChangeSubscription) -> Subscription | None:
    """Mute, unmute, change or delete one of the shopper's own subscriptions (None: deleted).
    Someone else's id is refused as unknown, and nothing changes."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        repo = SubscriptionRepository(uow.session)
        sub = await repo.by_id(cmd.subscription_id)
        if sub is None or sub.user_key != cmd.user_key or not sub.active:
            raise UnknownSubscription(cmd.subscription_id)
        if cmd.delete:
            await repo.delete(sub.id)
            await uow.commit()
            return None
        values: dict[str, Any] = {}
        if cmd.muted is not None:
            values["muted"] = cmd.muted
        if cmd.params is not None:
            values["params"] = await _checked_params(
                uow, sub.kind, sub.target_id, {**sub.params, **cmd.params}, now
            )
        if values:
            await repo.update(sub.id, now, **values)
        changed = await repo.by_id(sub.id)
        await uow.commit()
    return changed


# ---- delivery preferences --------------------------------------------------------------------
def default_prefs(settings: Settings, user_key: str) -> AlertPrefs:
    quiet = None if settings.quiet_hours == "off" else QuietHours.parse(settings.quiet_hours)
    return AlertPrefs(user_key, settings.timezone, quiet)


async def load_prefs(
    uow: UnitOfWork, settings: Settings, user_keys: list[str]
) -> dict[str, AlertPrefs]:
    """Every user's preferences (the defaults for those who set none)."""
    rows = await SubscriptionRepository(uow.session).prefs(list(dict.fromkeys(user_keys)))
    out: dict[str, AlertPrefs] = {}
    for key in user_keys:
        base = default_prefs(settings, key)
        row = rows.get(key)
        if row is None:
            out[key] = base
            continue
        quiet = base.quiet
        if row["quiet_off"]:
            quiet = None
        elif row["quiet_start"] and row["quiet_end"]:
            quiet = QuietHours(
                time.fromisoformat(row["quiet_start"]), time.fromisoformat(row["quiet_end"])
            )
        out[key] = AlertPrefs(key, row["timezone"] or base.timezone, quiet)
    return out


async def set_quiet_hours(infra: Infra, cmd: SetQuietHours) -> AlertPrefs:
    """Quiet hours ("23:00-08:00", or None for none) and optionally the shopper's zone."""
    values: dict[str, Any] = {}
    if cmd.timezone is not None:
        try:
            ZoneInfo(cmd.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise BadQuietHours(cmd.timezone, "unknown time zone") from None
        values["timezone"] = cmd.timezone
    if cmd.hours is None:
        values.update(quiet_off=True, quiet_start=None, quiet_end=None)
    else:
        try:
            quiet = QuietHours.parse(cmd.hours)
        except ValueError as exc:
            raise BadQuietHours(cmd.hours, str(exc)) from None
        values.update(
            quiet_off=False, quiet_start=f"{quiet.start:%H:%M}", quiet_end=f"{quiet.end:%H:%M}"
        )
    async with infra.write_lock(), infra.uow() as uow:
        await SubscriptionRepository(uow.session).set_prefs(
            cmd.user_key, infra.clock.now(), **values
        )
        prefs = await load_prefs(uow, infra.settings, [cmd.user_key])
        await uow.commit()
    return prefs[cmd.user_key]


async def hold_until(infra: Infra, user_key: str, at: datetime) -> datetime:
    """When a non-urgent alert for `user_key` due `at` may be sent (their quiet hours)."""
    async with infra.uow() as uow:
        prefs = await load_prefs(uow, infra.settings, [user_key])
    return prefs[user_key].hold_until(at)


async def deactivate_user(infra: Infra, user_key: str) -> int:
    """The shopper blocked the bot: end every subscription (they can follow again later)."""
    async with infra.write_lock(), infra.uow() as uow:
        n = await SubscriptionRepository(uow.session).deactivate_user(user_key, infra.clock.now())
        await uow.commit()
    return n
