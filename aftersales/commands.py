"""Typed commands of the after-sales package."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AskSeller:
    """Forward a product question the bot could not answer from the product's data."""

    user_key: str
    chat_id: str
    product_id: str
    question: str
    language: str | None = None
