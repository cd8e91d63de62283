"""After-sales domain: tickets, as plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class TicketKind(StrEnum):
    QUESTION = "question"  # a product question the bot could not answer, for the seller
    RETURN = "return"  # 退货退款
    REFUND = "refund"  # 仅退款
    EXCHANGE = "exchange"  # 换货
    SUPPORT = "support"  # "talk to a person"


class TicketStatus(StrEnum):
    OPEN = "open"


@dataclass(frozen=True, slots=True)
class Ticket:
    id: int
    kind: TicketKind
    status: str
    user_key: str
    chat_id: str
    product_id: str | None
    order_id: int | None
    subject: str | None
    created_at: datetime
    language: str | None = None
    assignee: str | None = None
