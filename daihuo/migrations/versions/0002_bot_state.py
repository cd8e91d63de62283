"""Bot state: users, button tokens, processed updates, cart items, reminders.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# Plain types on purpose: a migration must not change meaning when app types evolve.
JSON_TYPE = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
TS = sa.DateTime(timezone=True)

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bot_users",
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("scope_kind", sa.String(length=16), nullable=True),
        sa.Column("scope_id", sa.String(length=64), nullable=True),
        sa.Column("focus_product_id", sa.String(length=64), nullable=True),
        sa.Column("last_results", JSON_TYPE, nullable=True),
        sa.Column("list_start", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("last_search", JSON_TYPE, nullable=True),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("user_key", name=op.f("pk_bot_users")),
    )
    op.create_table(
        "bot_tokens",
        sa.Column("token", sa.String(length=24), nullable=False),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("args", JSON_TYPE, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("token", name=op.f("pk_bot_tokens")),
    )
    op.create_index("ix_bot_tokens_expires_at", "bot_tokens", ["expires_at"])
    op.create_table(
        "bot_processed_updates",
        sa.Column("bot_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("processed_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("bot_id", "update_id", name=op.f("pk_bot_processed_updates")),
    )
    op.create_index(
        "ix_bot_processed_updates_processed_at", "bot_processed_updates", ["processed_at"]
    )
    op.create_table(
        "cart_items",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.Column("sku_id", sa.String(length=64), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("added_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cart_items")),
        sa.UniqueConstraint("user_key", "product_id", "sku_id", name="uq_cart_items_line"),
    )
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("chat_id", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders")),
        sa.UniqueConstraint("user_key", "kind", "target_id", name="uq_reminders_target"),
    )


def downgrade() -> None:
    op.drop_table("reminders")
    op.drop_table("cart_items")
    op.drop_index("ix_bot_processed_updates_processed_at", table_name="bot_processed_updates")
    op.drop_table("bot_processed_updates")
    op.drop_index("ix_bot_tokens_expires_at", table_name="bot_tokens")
    op.drop_table("bot_tokens")
    op.drop_table("bot_users")
