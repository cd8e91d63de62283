"""Domain errors of the after-sales package."""

from __future__ import annotations

from dataclasses import dataclass


class AftersalesError(Exception):
    """Base of every after-sales domain error."""


@dataclass
class EmptyQuestion(AftersalesError):
    """A question with no words in it."""


@dataclass
class UnknownProduct(AftersalesError):
    product_id: str
