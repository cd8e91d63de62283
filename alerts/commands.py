"""Typed commands of the alerts package."""

from __future__ import annotations

from dataclasses import dataclass

from alerts.model import SubscriptionKind


@dataclass(frozen=True, slots=True)
class Subscribe:
    """Follow a creator, a room, a flash sale or a product (price drop / back in stock)."""

    user_key: str
    chat_id: str
    kind: SubscriptionKind
    target_id: str


@dataclass(frozen=True, slots=True)
class ListSubscriptions:
    user_key: str
