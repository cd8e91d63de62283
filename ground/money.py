"""Money: exact `Decimal` amounts with a currency, and per-currency totals.

Amounts are stored as integer cents (`ground.db.Money`); a payment provider wants the
currency's own minor units (two decimals for CNY and USD, none for JPY or Telegram Stars),
which `to_minor_units` gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal

STARS = "XTR"  # Telegram Stars: whole stars only
_ZERO_DECIMAL = frozenset({"JPY", "KRW", "VND", "CLP", "ISK", "UGX", "PYG", STARS})
CENT = Decimal("0.01")


def exponent(currency: str) -> int:
    """How many decimals the currency's minor unit has (2 for CNY, 0 for JPY and XTR)."""
    return 0 if currency.upper() in _ZERO_DECIMAL else 2


def to_minor_units(amount: Decimal, currency: str) -> int:
    """`Decimal("19.90"), "CNY"` → 1990; `Decimal("50"), "XTR"` → 50. Refuses fractions the
    currency cannot express rather than rounding money."""
    scaled = amount.scaleb(exponent(currency))
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{amount} {currency} has more decimals than the currency allows")
    return int(scaled)


def from_minor_units(units: int, currency: str) -> Decimal:
    return (Decimal(units).scaleb(-exponent(currency))).quantize(CENT)


class Totals(Mapping[str, Decimal]):
    """Sums kept apart per currency: ¥ and $ are never added together."""

    def __init__(self, items: Iterable[tuple[str, Decimal]] = ()) -> None:
        self._sums: dict[str, Decimal] = {}
        for currency, amount in items:
            self.add(currency, amount)

    def add(self, currency: str, amount: Decimal) -> None:
        self._sums[currency] = (self._sums.get(currency, Decimal("0")) + amount).quantize(CENT)

    def __getitem__(self, currency: str) -> Decimal:
        return self._sums[currency]

    def __iter__(self) -> Iterator[str]:
        return iter(self._sums)

    def __len__(self) -> int:
        return len(self._sums)

    def __repr__(self) -> str:
        return f"Totals({self._sums!r})"
