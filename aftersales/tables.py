"""After-sales tables (SQLAlchemy Core): tickets, the order lines a return covers, every action
taken on a ticket, and the messages relayed between the shopper and staff."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from ground.db import JsonColumn, Money, UTCDateTime, metadata

tickets = Table(
    "tickets",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("kind", String(16), nullable=False),  # question | return | refund | exchange | support
    Column("status", String(24), nullable=False),
    Column("user_key", String(80), nullable=False),
    Column("chat_id", String(80), nullable=False),
    Column("language", String(8)),
    Column("product_id", String(64)),
    Column("order_id", BigInteger),
    Column("subject", Text),  # the shopper's question, or their description of the problem
    Column("details", JsonColumn),
    Column("assignee", String(80)),
    Column("reason", String(24)),  # ReturnReason for returns
    Column("photos", JsonColumn),  # Telegram file ids (at most 5)
    Column("currency", String(3)),
    Column("refund_total", Money, nullable=False, default=0, server_default="0"),
    Column("note", Text),  # the last staff decision's words (a rejection's reason …)
    Column("version", Integer, nullable=False, default=0, server_default="0"),
    Column("first_response_at", UTCDateTime),
    Column("resolved_at", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    CheckConstraint("refund_total >= 0", name="refund_non_negative"),
    Index("ix_tickets_status", "status"),
    Index("ix_tickets_user_key", "user_key"),
    Index("ix_tickets_order_id", "order_id"),
)

# The units of each order line a return/refund/exchange request covers.
ticket_lines = Table(
    "ticket_lines",
    metadata,
    Column("ticket_id", BigInteger, primary_key=True),
    Column("order_line_id", BigInteger, primary_key=True),
    Column("product_id", String(64), nullable=False),
    Column("sku_id", String(64)),
    Column("title", String(200), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("unit_price", Money, nullable=False),
    CheckConstraint("quantity > 0", name="quantity_positive"),
    Index("ix_ticket_lines_order_line_id", "order_line_id"),
)

# Who did what to a ticket, when: its history.
ticket_events = Table(
    "ticket_events",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("ticket_id", BigInteger, nullable=False),
    Column("actor", String(80), nullable=False),
    Column("action", String(24), nullable=False),
    Column("note", Text),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_ticket_events_ticket_id", "ticket_id"),
)

# Messages relayed through the bot (staff's own accounts are never shown to the shopper).
ticket_messages = Table(
    "ticket_messages",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("ticket_id", BigInteger, nullable=False),
    Column("sender", String(80), nullable=False),
    Column("from_staff", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("photo", String(200)),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_ticket_messages_ticket_id", "ticket_id"),
)
