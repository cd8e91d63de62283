"""Alerts domain: what a shopper follows or watches, as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


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
