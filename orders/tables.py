"""Orders tables (SQLAlchemy Core): the cart now; orders, payments and mandates with checkout."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, Integer, String, Table, UniqueConstraint

from ground.db import UTCDateTime, metadata

cart_lines = Table(
    "cart_lines",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_key", String(80), nullable=False),
    Column("product_id", String(64), nullable=False),
    Column("sku_id", String(64), nullable=False, default=""),  # "" = product without SKUs
    Column("quantity", Integer, nullable=False),
    Column("added_at", UTCDateTime, nullable=False),
    CheckConstraint("quantity > 0", name="quantity_positive"),
    UniqueConstraint("user_key", "product_id", "sku_id", name="uq_cart_lines_line"),
)
