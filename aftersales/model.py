"""After-sales domain: tickets (returns, refunds, exchanges, questions, "a person please"),
their state machine, return eligibility, and the desk's figures — plain dataclasses."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from enum import StrEnum

NO_REASON_DAYS = 7  # 7天无理由退货
QUALITY_DAYS = 15  # quality problems
MAX_PHOTOS = 5
MAX_TEXT = 1000


class TicketKind(StrEnum):
    QUESTION = "question"  # a product question the bot could not answer, for the seller
    RETURN = "return"  # 退货退款: the goods come back, the money goes back
    REFUND = "refund"  # 仅退款: money back, nothing is sent back
    EXCHANGE = "exchange"  # 换货: the goods come back, a replacement goes out
    SUPPORT = "support"  # "talk to a person"

    @property
    def is_return(self) -> bool:
        return self in (TicketKind.RETURN, TicketKind.REFUND, TicketKind.EXCHANGE)


class TicketStatus(StrEnum):
    OPEN = "open"  # new, nobody has taken it
    ASSIGNED = "assigned"  # a staff member has it
    WAITING = "waiting"  # staff asked the shopper for information
    APPROVED = "approved"  # return/exchange: waiting for the parcel; refund only: to refund
    RECEIVED = "received"  # the returned parcel arrived: to refund (or exchange)
    REFUNDED = "refunded"  # money back: done
    EXCHANGED = "exchanged"  # replacement sent: done
    REJECTED = "rejected"  # done, with a reason
    ANSWERED = "answered"  # a question or support request answered: done
    CANCELLED = "cancelled"  # withdrawn by the shopper

    @property
    def is_open(self) -> bool:
        return self not in CLOSED


CLOSED = frozenset(
    {
        TicketStatus.REFUNDED,
        TicketStatus.EXCHANGED,
        TicketStatus.REJECTED,
        TicketStatus.ANSWERED,
        TicketStatus.CANCELLED,
    }
)

T = TicketStatus
# Every status change not listed is refused.
TRANSITIONS: dict[TicketStatus, frozenset[TicketStatus]] = {
    T.OPEN: frozenset({T.ASSIGNED, T.CANCELLED}),
    T.ASSIGNED: frozenset({T.WAITING, T.APPROVED, T.REJECTED, T.ANSWERED, T.CANCELLED}),
    T.WAITING: frozenset({T.ASSIGNED, T.APPROVED, T.REJECTED, T.ANSWERED, T.CANCELLED}),
    T.APPROVED: frozenset({T.RECEIVED, T.REFUNDED, T.CANCELLED}),
    T.RECEIVED: frozenset({T.REFUNDED, T.EXCHANGED}),
    T.REFUNDED: frozenset(),
    T.EXCHANGED: frozenset(),
    T.REJECTED: frozenset(),
    T.ANSWERED: frozenset(),
    T.CANCELLED: frozenset(),
}
SHOPPER_CANCELLABLE = frozenset({T.OPEN, T.ASSIGNED, T.WAITING, T.APPROVED})


def can_move(old: TicketStatus, new: TicketStatus) -> bool:
    return new in TRANSITIONS[old]


class ReturnReason(StrEnum):
    NO_REASON = "no_reason"  # 不想要了 / 7天无理由
    QUALITY = "quality"  # 质量问题
    DAMAGED = "damaged"  # 收到时已破损
    WRONG_ITEM = "wrong_item"  # 发错货 / 少件
    NOT_AS_DESCRIBED = "not_as_described"  # 与描述不符
    OTHER = "other"

    @property
    def is_quality(self) -> bool:
        """The seller's fault: allowed longer, and even under `no_return` (with photos)."""
        return self in (
            ReturnReason.QUALITY,
            ReturnReason.DAMAGED,
            ReturnReason.WRONG_ITEM,
            ReturnReason.NOT_AS_DESCRIBED,
        )


class Ineligible(StrEnum):
    """Why an order line cannot be returned for a reason now."""

    NOT_DELIVERED = "not_delivered"
    NO_RETURN_POLICY = "no_return_policy"  # only quality problems, with photos
    TOO_LATE = "too_late"
    NEEDS_PHOTOS = "needs_photos"
    NOTHING_LEFT = "nothing_left"  # every unit returned or in an open request already
    NOT_PAID = "not_paid"


@dataclass(frozen=True, slots=True)
class Eligibility:
    ok: bool
    why: Ineligible | None = None
    until: datetime | None = None  # the last moment it is (or was) allowed


def eligibility(
    policy: str,
    delivered_at: datetime | None,
    now: datetime,
    reason: ReturnReason,
    *,
    photos: int = 0,
) -> Eligibility:
    """May an item under `policy`, delivered at `delivered_at`, be returned for `reason` now?

    `7day_no_reason` (and any policy in the merchant's own words, which cannot take away the
    statutory 7 days): any reason within 7 days of delivery, quality problems within 15.
    `no_return`: only quality problems, within 15 days, with at least one photo."""
    if delivered_at is None:
        return Eligibility(False, Ineligible.NOT_DELIVERED)
    if reason.is_quality:
        until = delivered_at + timedelta(days=QUALITY_DAYS)
        if now > until:
            return Eligibility(False, Ineligible.TOO_LATE, until)
        if policy == "no_return" and photos <= 0:
            return Eligibility(False, Ineligible.NEEDS_PHOTOS, until)
        return Eligibility(True, None, until)
    if policy == "no_return":
        return Eligibility(False, Ineligible.NO_RETURN_POLICY)
    until = delivered_at + timedelta(days=NO_REASON_DAYS)
    if now > until:
        return Eligibility(False, Ineligible.TOO_LATE, until)
    return Eligibility(True, None, until)


@dataclass(frozen=True, slots=True)
class ReturnLine:
    """Units of one order line in a request, at the unit price the shopper paid."""

    order_line_id: int
    product_id: str
    sku_id: str | None
    title: str
    quantity: int
    unit_price: Decimal

    @property
    def value(self) -> Decimal:
        return (self.unit_price * self.quantity).quantize(Decimal("0.01"))


@dataclass(frozen=True, slots=True)
class TicketEvent:
    actor: str
    action: str  # created, taken, replied, asked, approved, rejected, received, refunded …
    at: datetime
    note: str | None = None


@dataclass(frozen=True, slots=True)
class TicketMessage:
    sender: str  # the user key (staff keys are never shown to shoppers)
    from_staff: bool
    text: str
    at: datetime
    photo: str | None = None


@dataclass(frozen=True, slots=True)
class Ticket:
    id: int
    kind: TicketKind
    status: TicketStatus
    user_key: str
    chat_id: str
    created_at: datetime
    product_id: str | None = None
    order_id: int | None = None
    subject: str | None = None  # the question, or the shopper's description of the problem
    language: str | None = None
    assignee: str | None = None
    reason: ReturnReason | None = None
    photos: tuple[str, ...] = ()
    lines: tuple[ReturnLine, ...] = ()
    refund_total: Decimal = Decimal("0.00")
    currency: str | None = None
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    note: str | None = None  # the last staff decision's reason (rejection, instructions)
    history: tuple[TicketEvent, ...] = ()
    messages: tuple[TicketMessage, ...] = ()

    @property
    def claim_value(self) -> Decimal:
        """What the requested units cost the shopper: the most a refund may give back."""
        return sum((ln.value for ln in self.lines), Decimal("0.00"))


@dataclass(frozen=True, slots=True)
class LineOption:
    """One order line in the return flow: how many units may still be returned."""

    order_line_id: int
    product_id: str
    title: str
    returnable: int
    unit_price: Decimal
    policy: str
    no_reason: Eligibility
    quality: Eligibility


@dataclass(frozen=True, slots=True)
class ReturnOptions:
    order_id: int
    currency: str
    delivered_at: datetime | None
    lines: tuple[LineOption, ...]

    @property
    def any_eligible(self) -> bool:
        return any(
            ln.returnable > 0 and (ln.no_reason.ok or ln.quality.ok or _photos_only(ln))
            for ln in self.lines
        )


def _photos_only(line: LineOption) -> bool:
    return line.quality.why is Ineligible.NEEDS_PHOTOS


@dataclass(frozen=True, slots=True)
class RateRow:
    key: str  # a product or creator id
    title: str
    sold: int
    returned: int

    @property
    def rate(self) -> float:
        return self.returned / self.sold if self.sold else 0.0


@dataclass(frozen=True, slots=True)
class DeskStats:
    open_tickets: int
    by_status: dict[str, int]
    median_first_response: timedelta | None
    median_resolution: timedelta | None
    products: tuple[RateRow, ...] = ()
    creators: tuple[RateRow, ...] = ()


def median_delta(deltas: Iterable[timedelta]) -> timedelta | None:
    values = [d.total_seconds() for d in deltas]
    return timedelta(seconds=statistics.median(values)) if values else None


@dataclass(frozen=True, slots=True)
class QueueItem:
    ticket: Ticket
    age: timedelta


@dataclass(frozen=True, slots=True)
class ShopperHistory:
    """What a staff card shows about the shopper: their orders and earlier returns."""

    orders: int
    returns: int
    refunded: Decimal = Decimal("0.00")
    earlier: tuple[int, ...] = field(default_factory=tuple)  # earlier ticket ids
