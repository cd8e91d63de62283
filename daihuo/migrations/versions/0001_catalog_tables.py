"""Catalog tables: creators, products, SKUs, live rooms, videos, flash sales.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 10:28:51.262562
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# Plain types on purpose: a migration must not change meaning when app types evolve.
JSON_TYPE = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "creators",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("handle", sa.String(length=64), nullable=True),
        sa.Column("bio", sa.Text(), nullable=True),
        sa.Column("followers", sa.Integer(), nullable=True),
        sa.Column("extra", JSON_TYPE, nullable=True),
        sa.Column("content_hash", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_creators")),
    )
    op.create_table(
        "live_rooms",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("creator_id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("extra", JSON_TYPE, nullable=True),
        sa.Column("content_hash", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["creator_id"], ["creators.id"], name=op.f("fk_live_rooms_creator_id_creators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_rooms")),
    )
    with op.batch_alter_table("live_rooms", schema=None) as batch_op:
        batch_op.create_index("ix_live_rooms_window", ["starts_at", "ends_at"], unique=False)

    op.create_table(
        "products",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("brand", sa.String(length=100), nullable=True),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("original_price", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("stock", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("shop", sa.String(length=100), nullable=True),
        sa.Column("creator_id", sa.String(length=64), nullable=True),
        sa.Column("attributes", JSON_TYPE, nullable=True),
        sa.Column("faqs", JSON_TYPE, nullable=True),
        sa.Column("images", JSON_TYPE, nullable=True),
        sa.Column("tags", JSON_TYPE, nullable=True),
        sa.Column("shipping", sa.String(length=500), nullable=True),
        sa.Column("return_policy", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=True),
        sa.Column("extra", JSON_TYPE, nullable=True),
        sa.Column("content_hash", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("price > 0", name=op.f("ck_products_price_positive")),
        sa.CheckConstraint("stock >= 0", name=op.f("ck_products_stock_non_negative")),
        sa.ForeignKeyConstraint(
            ["creator_id"], ["creators.id"], name=op.f("fk_products_creator_id_creators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
    )
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.create_index("ix_products_category", ["category"], unique=False)
        batch_op.create_index("ix_products_creator_id", ["creator_id"], unique=False)

    op.create_table(
        "videos",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("creator_id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("tags", JSON_TYPE, nullable=True),
        sa.Column("extra", JSON_TYPE, nullable=True),
        sa.Column("content_hash", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["creator_id"], ["creators.id"], name=op.f("fk_videos_creator_id_creators")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_videos")),
    )
    op.create_table(
        "flash_sales",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.Column("sku_id", sa.String(length=64), nullable=True),
        sa.Column("live_room_id", sa.String(length=64), nullable=True),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("per_user_limit", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("extra", JSON_TYPE, nullable=True),
        sa.Column("content_hash", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_flash_sales_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["live_room_id"], ["live_rooms.id"], name=op.f("fk_flash_sales_live_room_id_live_rooms")
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_flash_sales_product_id_products")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_flash_sales")),
    )
    with op.batch_alter_table("flash_sales", schema=None) as batch_op:
        batch_op.create_index("ix_flash_sales_product_id", ["product_id"], unique=False)
        batch_op.create_index("ix_flash_sales_window", ["starts_at", "ends_at"], unique=False)

    op.create_table(
        "live_room_products",
        sa.Column("live_room_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["live_room_id"],
            ["live_rooms.id"],
            name=op.f("fk_live_room_products_live_room_id_live_rooms"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_live_room_products_product_id_products")
        ),
        sa.PrimaryKeyConstraint("live_room_id", "position", name=op.f("pk_live_room_products")),
    )
    with op.batch_alter_table("live_room_products", schema=None) as batch_op:
        batch_op.create_index("ix_live_room_products_product_id", ["product_id"], unique=False)

    op.create_table(
        "skus",
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("attributes", JSON_TYPE, nullable=True),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("stock", sa.Integer(), nullable=False),
        sa.CheckConstraint("stock >= 0", name=op.f("ck_skus_stock_non_negative")),
        sa.ForeignKeyConstraint(
            ["product_id"],
            ["products.id"],
            name=op.f("fk_skus_product_id_products"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("product_id", "id", name=op.f("pk_skus")),
    )
    op.create_table(
        "video_products",
        sa.Column("video_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["products.id"], name=op.f("fk_video_products_product_id_products")
        ),
        sa.ForeignKeyConstraint(
            ["video_id"],
            ["videos.id"],
            name=op.f("fk_video_products_video_id_videos"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("video_id", "position", name=op.f("pk_video_products")),
    )
    with op.batch_alter_table("video_products", schema=None) as batch_op:
        batch_op.create_index("ix_video_products_product_id", ["product_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("video_products", schema=None) as batch_op:
        batch_op.drop_index("ix_video_products_product_id")

    op.drop_table("video_products")
    op.drop_table("skus")
    with op.batch_alter_table("live_room_products", schema=None) as batch_op:
        batch_op.drop_index("ix_live_room_products_product_id")

    op.drop_table("live_room_products")
    with op.batch_alter_table("flash_sales", schema=None) as batch_op:
        batch_op.drop_index("ix_flash_sales_window")
        batch_op.drop_index("ix_flash_sales_product_id")

    op.drop_table("flash_sales")
    op.drop_table("videos")
    with op.batch_alter_table("products", schema=None) as batch_op:
        batch_op.drop_index("ix_products_creator_id")
        batch_op.drop_index("ix_products_category")

    op.drop_table("products")
    with op.batch_alter_table("live_rooms", schema=None) as batch_op:
        batch_op.drop_index("ix_live_rooms_window")

    op.drop_table("live_rooms")
    op.drop_table("creators")
