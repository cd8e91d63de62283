"""Bot state tables (SQLAlchemy Core): per-user state, button tokens, processed updates,
cart lines and reminder subscriptions. Shared by every bot process through the database."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from ground.db import JsonColumn, UTCDateTime, metadata

bot_users = Table(
    "bot_users",
    metadata,
    Column("user_key", String(80), primary_key=True),
    Column("language", String(8), nullable=True),  # chosen with /lang; None = from the client
    Column("scope_kind", String(16), nullable=True),  # "live" | "video"
    Column("scope_id", String(64), nullable=True),
    Column("focus_product_id", String(64), nullable=True),
    Column("last_results", JsonColumn, nullable=True),  # product ids of the last list shown
    Column("list_start", Integer, nullable=False, default=1),  # number shown on its first card
    Column("last_search", JsonColumn, nullable=True),  # {"text", "scope", "offset", "total"}
    Column("updated_at", UTCDateTime(), nullable=False),
)

bot_tokens = Table(
    "bot_tokens",
    metadata,
    Column("token", String(24), primary_key=True),
    Column("user_key", String(80), nullable=False),
    Column("action", String(32), nullable=False),
    Column("args", JsonColumn, nullable=False),
    Column("expires_at", UTCDateTime(), nullable=False),
    Index("ix_bot_tokens_expires_at", "expires_at"),
)

bot_processed_updates = Table(
    "bot_processed_updates",
    metadata,
    Column("bot_id", BigInteger, primary_key=True, autoincrement=False),
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    Column("processed_at", UTCDateTime(), nullable=False),
    Index("ix_bot_processed_updates_processed_at", "processed_at"),
)

cart_items = Table(
    "cart_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_key", String(80), nullable=False),
    Column("product_id", String(64), nullable=False),
    Column("sku_id", String(64), nullable=False, default=""),  # "" = product without SKUs
    Column("quantity", Integer, nullable=False),
    Column("added_at", UTCDateTime(), nullable=False),
    UniqueConstraint("user_key", "product_id", "sku_id", name="uq_cart_items_line"),
)

reminders = Table(
    "reminders",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_key", String(80), nullable=False),
    Column("chat_id", String(80), nullable=False),
    Column("kind", String(16), nullable=False),  # "product" | "flash_sale"
    Column("target_id", String(64), nullable=False),
    Column("note", Text, nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    UniqueConstraint("user_key", "kind", "target_id", name="uq_reminders_target"),
)
