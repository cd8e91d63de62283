"""Catalog tables (SQLAlchemy Core). Rows map to `catalog.model` in `catalog.repository`.

`content_hash` on each record table makes re-importing an unchanged record a no-op.

Inventory columns (`held`, `sold`, `inventory_at`) belong to the inventory ledger, not to the
merchant's file: imports never write them (`INVENTORY_COLUMNS`), so re-importing a file never
gives back units that orders hold.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
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
# Columns the inventory ledger owns: never set from a catalog file.
INVENTORY_COLUMNS = frozenset({"held", "sold", "active", "inventory_at"})

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
    Column("held", Integer, nullable=False, default=0, server_default="0"),
    Column("inventory_at", UTCDateTime),
    CheckConstraint("stock >= 0", name="stock_non_negative"),
    CheckConstraint("price > 0", name="price_positive"),
    CheckConstraint("held >= 0", name="held_non_negative"),
    Index("ix_products_creator_id", "creator_id"),
    Index("ix_products_category", "category"),
    Index("ix_products_inventory_at", "inventory_at"),
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
    Column("held", Integer, nullable=False, default=0, server_default="0"),
    Column("active", Boolean, nullable=False, default=True, server_default="1"),
    Column("inventory_at", UTCDateTime),
    CheckConstraint("stock >= 0", name="stock_non_negative"),
    CheckConstraint("held >= 0", name="held_non_negative"),
    Index("ix_skus_inventory_at", "inventory_at"),
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
    Column("sold", Integer, nullable=False, default=0, server_default="0"),
    Column("inventory_at", UTCDateTime),
    CheckConstraint("quantity > 0", name="quantity_positive"),
    CheckConstraint("sold >= 0", name="sold_non_negative"),
    Index("ix_flash_sales_product_id", "product_id"),
    Index("ix_flash_sales_window", "starts_at", "ends_at"),
)

# ---- inventory ledger ---------------------------------------------------------------------
# Every change to `held` / `sold` is one row here, written in the same transaction by the
# same conditional statement's caller: the audit trail of who took which units and why.
inventory_ledger = Table(
    "inventory_ledger",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("product_id", ID, nullable=False),
    Column("sku_id", ID),
    Column("flash_sale_id", ID),
    Column("delta", Integer, nullable=False),  # + units taken, − units given back
    Column("reason", String(32), nullable=False),  # reserve | release | restock | adjust
    Column("ref", String(64)),  # e.g. "order:12"
    Column("at", UTCDateTime, nullable=False),
    Index("ix_inventory_ledger_product_id", "product_id"),
    Index("ix_inventory_ledger_ref", "ref"),
)

# Flash units per shopper and sale, so `per_user_limit` holds across all of a shopper's orders
# with one conditional upsert (no read-then-write).
flash_sale_buyers = Table(
    "flash_sale_buyers",
    metadata,
    Column("flash_sale_id", ID, primary_key=True),
    Column("user_key", String(80), primary_key=True),
    Column("units", Integer, nullable=False),
    CheckConstraint("units >= 0", name="units_non_negative"),
)


# ---- catalog events ----------------------------------------------------------------------
# What changed, appended in the transaction that changed it (an import, an order giving units
# back). Watches, price alerts and buy-for-me mandates read the log after their own cursor, so
# every consumer sees every event exactly once, whichever process runs it.
catalog_events = Table(
    "catalog_events",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("kind", String(32), nullable=False),
    Column("product_id", ID),
    Column("sku_id", ID),
    Column("ref_id", ID),  # the flash sale / live room / video the event is about
    Column("data", JsonColumn),
    Column("at", UTCDateTime, nullable=False),
)

event_cursors = Table(
    "event_cursors",
    metadata,
    Column("consumer", String(64), primary_key=True),
    Column("last_id", BigInteger, nullable=False),
)
