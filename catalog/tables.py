"""Catalog tables (SQLAlchemy Core). Rows map to `catalog.model` in `catalog.repository`.

`content_hash` on each record table makes re-importing an unchanged record a no-op.
"""

from __future__ import annotations

from sqlalchemy import (
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)

from ground.db import JsonColumn, Money, UTCDateTime, metadata

ID = String(64)

creators = Table(
    "creators",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("platform", String(16), nullable=False),
    Column("handle", String(64)),
    Column("bio", Text),
    Column("followers", Integer),
    Column("extra", JsonColumn),
    Column("content_hash", String(32), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

products = Table(
    "products",
    metadata,
    Column("id", ID, primary_key=True),
    Column("title", String(200), nullable=False),
    Column("description", Text),
    Column("brand", String(100)),
    Column("category", String(200), nullable=False),
    Column("price", Money, nullable=False),
    Column("original_price", Money),
    Column("currency", String(3), nullable=False, default="CNY"),
    Column("stock", Integer, nullable=False),
    Column("status", String(16), nullable=False, default="on_sale"),
    Column("shop", String(100)),
    Column("creator_id", ID, ForeignKey("creators.id")),
    Column("attributes", JsonColumn),
    Column("faqs", JsonColumn),
    Column("images", JsonColumn),
    Column("tags", JsonColumn),
    Column("shipping", String(500)),
    Column("return_policy", String(200), nullable=False, default="7day_no_reason"),
    Column("language", String(35)),
    Column("extra", JsonColumn),
    Column("content_hash", String(32), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    CheckConstraint("stock >= 0", name="stock_non_negative"),
    CheckConstraint("price > 0", name="price_positive"),
    Index("ix_products_creator_id", "creator_id"),
    Index("ix_products_category", "category"),
)

skus = Table(
    "skus",
    metadata,
    Column("product_id", ID, ForeignKey("products.id", ondelete="CASCADE"), primary_key=True),
    Column("id", ID, primary_key=True),
    Column("position", Integer, nullable=False),
    Column("attributes", JsonColumn),
    Column("price", Money, nullable=False),
    Column("stock", Integer, nullable=False),
    CheckConstraint("stock >= 0", name="stock_non_negative"),
)

live_rooms = Table(
    "live_rooms",
    metadata,
    Column("id", ID, primary_key=True),
    Column("creator_id", ID, ForeignKey("creators.id"), nullable=False),
    Column("title", String(200), nullable=False),
    Column("starts_at", UTCDateTime, nullable=False),
    Column("ends_at", UTCDateTime, nullable=False),
    Column("extra", JsonColumn),
    Column("content_hash", String(32), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Index("ix_live_rooms_window", "starts_at", "ends_at"),
)

live_room_products = Table(
    "live_room_products",
    metadata,
    Column("live_room_id", ID, ForeignKey("live_rooms.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("product_id", ID, ForeignKey("products.id"), nullable=False),
    Index("ix_live_room_products_product_id", "product_id"),
)

videos = Table(
    "videos",
    metadata,
    Column("id", ID, primary_key=True),
    Column("creator_id", ID, ForeignKey("creators.id"), nullable=False),
    Column("title", String(200), nullable=False),
    Column("description", Text),
    Column("published_at", UTCDateTime, nullable=False),
    Column("tags", JsonColumn),
    Column("extra", JsonColumn),
    Column("content_hash", String(32), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

video_products = Table(
    "video_products",
    metadata,
    Column("video_id", ID, ForeignKey("videos.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("product_id", ID, ForeignKey("products.id"), nullable=False),
    Index("ix_video_products_product_id", "product_id"),
)

flash_sales = Table(
    "flash_sales",
    metadata,
    Column("id", ID, primary_key=True),
    Column("product_id", ID, ForeignKey("products.id"), nullable=False),
    Column("sku_id", ID),
    Column("live_room_id", ID, ForeignKey("live_rooms.id")),
    Column("price", Money, nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("per_user_limit", Integer, nullable=False, default=1),
    Column("starts_at", UTCDateTime, nullable=False),
    Column("ends_at", UTCDateTime, nullable=False),
    Column("extra", JsonColumn),
    Column("content_hash", String(32), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    CheckConstraint("quantity > 0", name="quantity_positive"),
    Index("ix_flash_sales_product_id", "product_id"),
    Index("ix_flash_sales_window", "starts_at", "ends_at"),
)
