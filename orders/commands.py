"""Typed commands of the orders package. A button, a typed command, the CLI and an LLM tool
build the same command and call the same service with it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class AddToCart:
    user_key: str
    product_id: str
    sku_id: str | None = None
    quantity: int = 1


@dataclass(frozen=True, slots=True)
class SetCartQuantity:
    """Set a line's quantity; 0 removes it."""

    user_key: str
    product_id: str
    sku_id: str | None
    quantity: int


@dataclass(frozen=True, slots=True)
class RemoveFromCart:
    user_key: str
    product_id: str
    sku_id: str | None = None


@dataclass(frozen=True, slots=True)
class ClearCart:
    user_key: str


@dataclass(frozen=True, slots=True)
class ViewCart:
    user_key: str
