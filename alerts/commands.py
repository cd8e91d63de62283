"""Typed commands of the alerts package."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from alerts.model import SubscriptionKind


@dataclass(frozen=True, slots=True)
class Subscribe:
    """Follow a creator, a room, a flash sale or a product (price drop / back in stock).

    `params` by kind: flash_sale {"lead": minutes}; creator {"pre_live": bool}; product
    {"target_price": "99.00", "sku": "s1"}."""

    user_key: str
    chat_id: str
    kind: SubscriptionKind
    target_id: str
    params: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class Watch:
    """A saved search: tell me when something new or changed matches it."""

    user_key: str
    chat_id: str
    query: str


@dataclass(frozen=True, slots=True)
class FollowByName:
    user_key: str
    chat_id: str
    name: str


@dataclass(frozen=True, slots=True)
class ChangeSubscription:
    """Mute/unmute, change params, or delete (`delete=True`) one of the shopper's own."""

    user_key: str
    subscription_id: int
    muted: bool | None = None
    params: dict[str, Any] | None = None
    delete: bool = False


@dataclass(frozen=True, slots=True)
class ListSubscriptions:
    user_key: str


@dataclass(frozen=True, slots=True)
class SetQuietHours:
    """ "23:00-08:00", or None to switch quiet hours off."""

    user_key: str
    hours: str | None
    timezone: str | None = None


# ---- creators -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class GoLive:
    actor: str
    room_id: str


@dataclass(frozen=True, slots=True)
class SendBroadcast:
    actor: str
    creator_id: str
    text: str
    product_id: str | None = None


@dataclass(frozen=True, slots=True)
class CreateFlashSale:
    """Fields as a creator types them; validated exactly like a catalog import."""

    actor: str
    product_id: str
    price: str
    quantity: str
    per_user_limit: str = "1"
    starts_at: str = ""  # ISO with offset (the bot turns "20:00" / "+10m" into one)
    minutes: str = "30"
    sku_id: str | None = None
