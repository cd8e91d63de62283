"""Typed commands of the after-sales package: one per thing a shopper or a staff member does.
The same command serves a button, a typed command, the CLI and (later) an LLM tool."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from aftersales.model import ReturnReason, TicketKind, TicketStatus


@dataclass(frozen=True, slots=True)
class AskSeller:
    """Forward a product question the bot could not answer from the product's data."""

    user_key: str
    chat_id: str
    product_id: str
    question: str
    language: str | None = None


# ---- shoppers ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class GetReturnOptions:
    """What of an order may be returned, for which reasons, until when."""

    user_key: str
    order_id: int


@dataclass(frozen=True, slots=True)
class RequestLine:
    order_line_id: int
    quantity: int


@dataclass(frozen=True, slots=True)
class RequestReturn:
    """退货退款 / 仅退款 / 换货 for some units of one order."""

    user_key: str
    chat_id: str
    order_id: int
    kind: TicketKind
    lines: tuple[RequestLine, ...]
    reason: ReturnReason
    text: str = ""
    photos: tuple[str, ...] = ()
    language: str | None = None


@dataclass(frozen=True, slots=True)
class OpenSupport:
    """ "A person, please": a support ticket, about an order or not."""

    user_key: str
    chat_id: str
    text: str
    order_id: int | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class CancelTicket:
    user_key: str
    ticket_id: int


@dataclass(frozen=True, slots=True)
class MyTickets:
    user_key: str


# ---- both sides ----------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class GetTicket:
    """A ticket for its shopper or for staff; anybody else is refused."""

    actor: str
    ticket_id: int


@dataclass(frozen=True, slots=True)
class PostMessage:
    """A message on a ticket, relayed to the other side (staff speak under their alias)."""

    actor: str
    ticket_id: int
    text: str
    photo: str | None = None


# ---- staff ---------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TakeTicket:
    staff: str
    ticket_id: int


@dataclass(frozen=True, slots=True)
class ApproveTicket:
    staff: str
    ticket_id: int
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RejectTicket:
    staff: str
    ticket_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class AskInformation:
    staff: str
    ticket_id: int
    question: str


@dataclass(frozen=True, slots=True)
class MarkReceived:
    """The returned parcel arrived (returns and exchanges)."""

    staff: str
    ticket_id: int


@dataclass(frozen=True, slots=True)
class RefundTicket:
    """Refund the ticket's units; `amount` (at most what they cost) defaults to all of it."""

    staff: str
    ticket_id: int
    amount: Decimal | None = None


@dataclass(frozen=True, slots=True)
class CompleteExchange:
    staff: str
    ticket_id: int
    tracking: str | None = None


@dataclass(frozen=True, slots=True)
class AnswerTicket:
    """Answer a forwarded question or a support request, closing it."""

    staff: str
    ticket_id: int
    text: str


@dataclass(frozen=True, slots=True)
class ListQueue:
    staff: str


@dataclass(frozen=True, slots=True)
class DeskStatsQuery:
    staff: str


@dataclass(frozen=True, slots=True)
class ListTickets:
    """For the CLI (an operator on the server): every ticket, or those in one status."""

    status: TicketStatus | None = None
    limit: int = 1000
