"""After-sales tables (SQLAlchemy Core): tickets — questions for the seller now; returns,
refunds and the support desk come with the after-sales issue."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, String, Table, Text

from ground.db import JsonColumn, UTCDateTime, metadata

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
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ix_tickets_status", "status"),
    Index("ix_tickets_user_key", "user_key"),
)
