"""Accounts tables: which Telegram users act for a creator, and who is support staff."""

from __future__ import annotations

from sqlalchemy import Column, String, Table

from ground.db import UTCDateTime, metadata

creator_links = Table(
    "creator_links",
    metadata,
    Column("creator_id", String(64), primary_key=True),
    Column("user_key", String(80), primary_key=True),
    Column("created_at", UTCDateTime, nullable=False),
)

staff = Table(
    "staff",
    metadata,
    Column("user_key", String(80), primary_key=True),
    Column("role", String(16), nullable=False),  # support | admin
    Column("alias", String(40)),  # what shoppers see instead of the account ("客服小王")
    Column("created_at", UTCDateTime, nullable=False),
)
