"""Alerts tables (SQLAlchemy Core): what each shopper follows, watches or asked to be reminded of."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

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

# Per-shopper delivery preferences: time zone and quiet hours.
alert_prefs = Table(
    "alert_prefs",
    metadata,
    Column("user_key", String(80), primary_key=True),
    Column("timezone", String(64)),
    Column("quiet_start", String(5)),  # "23:00"; None with quiet_end None = no quiet hours
    Column("quiet_end", String(5)),
    Column("quiet_off", Boolean, nullable=False, default=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

# A moment that fans out once (a sale's reminder time, a room's start), whichever process
# gets there first: its key is claimed with one insert.
alert_moments = Table(
    "alert_moments",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("done_at", UTCDateTime, nullable=False),
)

# What a saved search (watch) already told its shopper about, and at what price.
watch_hits = Table(
    "watch_hits",
    metadata,
    Column("subscription_id", Integer, primary_key=True),
    Column("product_id", String(64), primary_key=True),
    Column("price_cents", BigInteger, nullable=False),
    Column("at", UTCDateTime, nullable=False),
)

broadcasts = Table(
    "broadcasts",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("creator_id", String(64), nullable=False),
    Column("product_id", String(64)),
    Column("live_room_id", String(64)),
    Column("text", Text, nullable=False),
    Column("created_by", String(80), nullable=False),
    Column("recipients", Integer, nullable=False, default=0),
    Column("created_at", UTCDateTime, nullable=False),
    Index("ix_broadcasts_creator_id", "creator_id"),
)

broadcast_opens = Table(
    "broadcast_opens",
    metadata,
    Column("broadcast_id", BigInteger, primary_key=True),
    Column("user_key", String(80), primary_key=True),
    Column("at", UTCDateTime, nullable=False),
)
