"""`daihuo` subcommands of the catalog package."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """Add this package's subcommands to the top-level parser."""
