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
