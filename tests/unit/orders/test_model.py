"""The order state machine and the quote/draft arithmetic, in isolation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orders.model import (
    HOLDS_STOCK,
    SHOPPER_CANCELLABLE,
    TRANSITIONS,
    OrderDraft,
    OrderStatus,
    QuotedLine,
    can_transition,
)

S = OrderStatus


@pytest.mark.parametrize(
    ("old", "new", "ok"),
    [
        (S.PENDING_PAYMENT, S.PAID, True),
        (S.PENDING_PAYMENT, S.EXPIRED, True),
        (S.PENDING_PAYMENT, S.SHIPPED, False),  # never ship unpaid
        (S.CONFIRMED, S.SHIPPED, True),
        (S.CONFIRMED, S.PAID, False),  # pay on delivery is paid when delivered
        (S.PAID, S.CANCELLED, True),
        (S.SHIPPED, S.CANCELLED, False),  # too late: that is a return
        (S.SHIPPED, S.DELIVERED, True),
        (S.DELIVERED, S.REFUNDED, True),
        (S.CANCELLED, S.PAID, False),
        (S.EXPIRED, S.PAID, True),  # a late payment that could take its units again
        (S.REFUNDED, S.COMPLETED, False),
    ],
)
def test_transitions(old: OrderStatus, new: OrderStatus, ok: bool) -> None:
    assert can_transition(old, new) is ok


def test_every_status_is_in_the_machine_and_terminal_ones_go_nowhere() -> None:
    assert set(TRANSITIONS) == set(OrderStatus)
    assert not TRANSITIONS[S.CANCELLED] and not TRANSITIONS[S.REFUNDED]
    assert SHOPPER_CANCELLABLE.isdisjoint({S.SHIPPED, S.DELIVERED})
    assert S.CANCELLED not in HOLDS_STOCK and S.EXPIRED not in HOLDS_STOCK


def line(price: str, qty: int, currency: str = "CNY") -> QuotedLine:
    return QuotedLine(
        "p", None, qty, Decimal(price), Decimal(price), currency, None, "t", None, "c"
    )


def test_draft_totals_are_exact() -> None:
    draft = OrderDraft("c", "CNY", (line("19.90", 3), line("0.10", 1)), Decimal("5.00"))
    assert draft.subtotal == Decimal("59.80") and draft.total == Decimal("64.80")
