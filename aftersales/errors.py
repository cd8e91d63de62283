"""Domain errors of the after-sales package."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from aftersales.model import Ineligible, TicketStatus


class AftersalesError(Exception):
    """Base of every after-sales domain error."""


@dataclass
class EmptyQuestion(AftersalesError):
    """A question with no words in it."""


@dataclass
class UnknownProduct(AftersalesError):
    product_id: str


@dataclass
class UnknownTicket(AftersalesError):
    """No such ticket — or not one this actor may see (the same answer, on purpose)."""

    ticket_id: int


@dataclass
class NotStaff(AftersalesError):
    """Only support staff act on tickets."""


@dataclass
class NotAssignee(AftersalesError):
    """Only the staff member who took the ticket, or an admin, decides it."""

    assignee: str | None


@dataclass
class AlreadyTaken(AftersalesError):
    """Someone else has the ticket (their alias, as staff see it)."""

    by: str


@dataclass
class TicketClosed(AftersalesError):
    status: TicketStatus


@dataclass
class WrongStep(AftersalesError):
    """The ticket is not in a status where this is possible (a replay, or a race lost)."""

    status: TicketStatus
    action: str


@dataclass
class NotReturnable(AftersalesError):
    """The order (or a line of it) cannot be returned for this reason now."""

    why: Ineligible
    until: datetime | None = None
    order_line_id: int | None = None


@dataclass
class BadRequest(AftersalesError):
    """A request that does not add up; `field` names what is wrong."""

    field: str
    detail: str = ""


@dataclass
class RefundTooLarge(AftersalesError):
    """More than the ticket's units cost, or more than is left of what was paid."""

    most: str


@dataclass
class StarsRefundMustBeFull(AftersalesError):
    """Telegram refunds a Stars payment only as a whole (`refundStarPayment`)."""

    amount: str
