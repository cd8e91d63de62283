"""Alerts tables (SQLAlchemy Core): what each shopper follows, watches or asked to be reminded of."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Index, Integer, String, Table, UniqueConstraint

from ground.db import JsonColumn, UTCDateTime, metadata

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_key", String(80), nullable=False),
    Column("chat_id", String(80), nullable=False),
    # creator | live_room | flash_sale | product (price drop / back in stock) | watch
    Column("kind", String(16), nullable=False),
    Column("target_id", String(128), nullable=False),
    Column("params", JsonColumn),  # kind-specific: target price, SKU, lead minutes, query …
    Column("muted", Boolean, nullable=False, default=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    UniqueConstraint("user_key", "kind", "target_id", name="uq_subscriptions_target"),
    Index("ix_subscriptions_kind_target", "kind", "target_id"),
)
