"""Domain errors of the alerts package."""

from __future__ import annotations

from dataclasses import dataclass


class AlertError(Exception):
    """Base of every alerts domain error."""


@dataclass
class UnknownTarget(AlertError):
    """Nothing to subscribe to: no such creator, room, sale or product (or off shelf)."""

    kind: str
    target_id: str


@dataclass
class UnknownSubscription(AlertError):
    subscription_id: int


@dataclass
class BadQuery(AlertError):
    """A watch needs words to look for."""

    query: str


@dataclass
class BadQuietHours(AlertError):
    value: str
    reason: str


@dataclass
class AmbiguousCreator(AlertError):
    """Several creators match the name: `candidates` are (id, name)."""

    name: str
    candidates: tuple[tuple[str, str], ...]


@dataclass
class NotCreator(AlertError):
    """Only the creator's linked accounts (or an admin) may act for a creator."""

    actor: str
    creator_id: str | None = None


@dataclass
class InvalidFlashSale(AlertError):
    """A flash sale the importer refused; `problems` are (field, reason)."""

    problems: tuple[tuple[str, str], ...]


@dataclass
class EmptyBroadcast(AlertError):
    """A broadcast needs text (1–1000 characters)."""


@dataclass
class BadParams(AlertError):
    """A subscription setting that cannot be used: (field, reason)."""

    field: str
    reason: str


@dataclass
class SaleOver(AlertError):
    """No reminder for a flash sale that ended, sold out or was removed."""

    sale_id: str
    reason: str  # "ended" | "sold_out"


@dataclass
class RoomOver(AlertError):
    """The live room already ended: nothing to announce."""

    room_id: str
