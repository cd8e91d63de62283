"""Alerts domain: what a shopper follows or watches, as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo


class SubscriptionKind(StrEnum):
    CREATOR = "creator"  # follow: live starts, broadcasts
    LIVE_ROOM = "live_room"  # tell me when this room goes live
    FLASH_SALE = "flash_sale"  # remind me before / when the sale starts
    PRODUCT = "product"  # price drop (to a target) and back in stock
    WATCH = "watch"  # a saved search


@dataclass(frozen=True, slots=True)
class Subscription:
    id: int
    user_key: str
    chat_id: str
    kind: SubscriptionKind
    target_id: str
    params: dict[str, Any] = field(default_factory=dict)
    muted: bool = False
    active: bool = True
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Subscribed:
    """The result of a subscribe command: the subscription, the title of what it is about,
    and whether it already existed."""

    subscription: Subscription
    title: str
    created: bool


# ---- delivery preferences -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class QuietHours:
    """A daily window (local time) in which non-urgent alerts wait; may wrap midnight."""

    start: time
    end: time

    @classmethod
    def parse(cls, text: str) -> QuietHours:
        """ "23:00-08:00" (ValueError with the reason otherwise)."""
        start, sep, end = text.strip().partition("-")
        if not sep:
            raise ValueError("quiet hours look like 23:00-08:00")
        try:
            a, b = time.fromisoformat(start.strip()), time.fromisoformat(end.strip())
        except ValueError:
            raise ValueError("quiet hours look like 23:00-08:00") from None
        if a == b:
            raise ValueError("quiet hours need a start and an end that differ")
        return cls(a, b)

    def contains(self, moment: time) -> bool:
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True, slots=True)
class AlertPrefs:
    user_key: str
    timezone: str
    quiet: QuietHours | None  # None: no quiet hours

    def hold_until(self, at: datetime) -> datetime:
        """When a non-urgent alert due `at` may go: `at`, or the end of the quiet hours it falls
        into (in the shopper's zone)."""
        if self.quiet is None:
            return at
        zone = ZoneInfo(self.timezone)
        local = at.astimezone(zone)
        if not self.quiet.contains(local.time().replace(tzinfo=None)):
            return at
        end = datetime.combine(local.date(), self.quiet.end, tzinfo=zone)
        if end <= local:
            end += timedelta(days=1)
        return end.astimezone(at.tzinfo)


@dataclass(frozen=True, slots=True)
class Broadcast:
    id: int
    creator_id: str
    text: str
    created_by: str
    created_at: datetime
    product_id: str | None = None
    live_room_id: str | None = None
    recipients: int = 0


@dataclass(frozen=True, slots=True)
class BroadcastStats:
    broadcast: Broadcast
    delivered: int
    failed: int
    pending: int
    opened: int
    ordered: int


@dataclass(frozen=True, slots=True)
class CreatorStats:
    creator_id: str
    followers: int
    broadcasts: tuple[BroadcastStats, ...]


# ---- what each outbox row of the alerts package is ------------------------------------------
class AlertKind(StrEnum):
    """Outbox kinds written by the alerts package (one renderer each in `bot.notify`)."""

    SALE_SOON = "alert.sale_soon"  # a flash sale starts in N minutes
    SALE_START = "alert.sale_start"  # … starts now
    LIVE = "alert.live"  # a followed creator's / a reminded room goes live
    PRE_LIVE = "alert.pre_live"  # … in 10 minutes
    PRICE_DROP = "alert.price_drop"
    RESTOCK = "alert.restock"
    WATCH = "alert.watch"  # a saved search found something
    NEW_SALE = "alert.new_sale"  # a followed creator announced a flash sale
    BROADCAST = "broadcast"


# Kinds that wait out the recipient's quiet hours unless the row is urgent (a reminder the
# shopper asked for). Order updates and support replies are never held.
HOLDABLE_KINDS = frozenset(k.value for k in AlertKind)

DEFAULT_LEAD_MINUTES = 5
MAX_LEAD_MINUTES = 120
PRE_LIVE_MINUTES = 10
MAX_WATCH_CHARS = 100
MAX_BROADCAST_CHARS = 1000


@dataclass(frozen=True, slots=True)
class SubscriptionView:
    """One line of /alerts: the subscription and what it is about now."""

    subscription: Subscription
    title: str
    starts_at: datetime | None = None  # a sale's or room's start
    gone: bool = False  # the thing it is about ended or was removed


@dataclass(frozen=True, slots=True)
class AlertList:
    items: tuple[SubscriptionView, ...]
    prefs: AlertPrefs


@dataclass(frozen=True, slots=True)
class LiveAnnounced:
    room_id: str
    title: str
    recipients: int  # followers told now (0 when it had been announced already)
    already: bool


@dataclass(frozen=True, slots=True)
class BroadcastPreview:
    creator_id: str
    creator_name: str
    text: str
    followers: int
    product_id: str | None = None
    product_title: str | None = None


def parse_start(text: str, now: datetime, timezone: str) -> datetime:
    """When a creator's flash sale starts, as typed: "now", "+10m"/"+2h", "20:00" (today in
    `timezone`, tomorrow if already past), "2026-12-10 20:00" or ISO with offset.
    ValueError with the reason otherwise."""
    import re

    raw = text.strip().lower()
    if raw in ("", "now", "现在", "马上", "立即"):
        return now
    zone = ZoneInfo(timezone)
    rel = re.fullmatch(r"\+?\s*(\d{1,4})\s*(m|min|mins|minutes?|分钟?|h|hours?|小时)", raw)
    if rel:
        n = int(rel.group(1))
        unit = rel.group(2)
        minutes = n * 60 if unit.startswith(("h", "小")) else n
        return now + timedelta(minutes=minutes)
    clock = re.fullmatch(r"(\d{1,2})[:：](\d{2})", raw)
    if clock:
        h, m = int(clock.group(1)), int(clock.group(2))
        if h > 23 or m > 59:
            raise ValueError("a time of day looks like 20:00")
        local = now.astimezone(zone)
        at = local.replace(hour=h, minute=m, second=0, microsecond=0)
        if at <= local:
            at += timedelta(days=1)
        return at.astimezone(now.tzinfo)
    try:
        moment = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        raise ValueError(
            'a start looks like "now", "+10m", "20:00" or "2026-12-10 20:00"'
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(now.tzinfo)
