"""Bot state tables (SQLAlchemy Core): per-user conversation state, button tokens and
processed updates. Shared by every bot process through the database. (The cart lives in
`orders`, subscriptions in `alerts`, questions for the seller in `aftersales`.)"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Index,
    Integer,
    String,
    Table,
)

from ground.db import JsonColumn, UTCDateTime, metadata

bot_users = Table(
    "bot_users",
    metadata,
    Column("user_key", String(80), primary_key=True),
    Column("language", String(8), nullable=True),  # chosen with /lang; None = from the client
    Column("client_language", String(16), nullable=True),  # the client's language_code, last seen
    Column("chat_id", String(80), nullable=True),  # where to reach the user (private chat)
    Column("scope_kind", String(16), nullable=True),  # "live" | "video"
    Column("scope_id", String(64), nullable=True),
    Column("focus_product_id", String(64), nullable=True),
    Column("last_results", JsonColumn, nullable=True),  # product ids of the last list shown
    Column("list_start", Integer, nullable=False, default=1),  # number shown on its first card
    Column("last_search", JsonColumn, nullable=True),  # {"text", "scope", "offset", "total"}
    Column("pending", JsonColumn, nullable=True),  # what the next message answers, e.g. a form
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
