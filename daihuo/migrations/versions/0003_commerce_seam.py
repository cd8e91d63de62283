"""The commerce seam: outbox, inventory ledger, cart, subscriptions and tickets in their packages.

* `outbox` (ground): messages written with the change that causes them.
* Inventory columns (`held`, `sold`, `active`, `inventory_at`) on products, SKUs and flash
  sales, the `inventory_ledger` and `flash_sale_buyers` (per-shopper flash units).
* The bot's `cart_items` become `orders.cart_lines`, its `reminders` become
  `alerts.subscriptions` (rows are copied). Forwarded questions kept no text before this
  revision; they are not carried over (there is nothing to answer).
* `tickets` (after-sales): forwarded questions, with their text.
* `bot_users.client_language`, `chat_id`: to render and address messages sent later.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON_TYPE = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
TS = sa.DateTime(timezone=True)
BIGID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outbox",
        sa.Column("id", BIGID, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=48), nullable=False),
        sa.Column("chat_id", sa.String(length=80), nullable=False),
        sa.Column("user_key", sa.String(length=80), nullable=True),
        sa.Column("payload", JSON_TYPE, nullable=False),
        sa.Column("dedup_key", sa.String(length=200), nullable=True),
        sa.Column("group_key", sa.String(length=160), nullable=True),
        sa.Column("campaign", sa.String(length=64), nullable=True),
        sa.Column("urgent", sa.Boolean(), nullable=False),
        sa.Column("due_at", TS, nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=True),
        sa.Column("claimed_until", TS, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("sent_at", TS, nullable=True),
        sa.Column("message_ref", sa.String(length=64), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox")),
        sa.UniqueConstraint("dedup_key", name=op.f("uq_outbox_dedup_key")),
    )
    op.create_index("ix_outbox_status_due", "outbox", ["status", "due_at"])
    op.create_index("ix_outbox_campaign", "outbox", ["campaign"])

    with op.batch_alter_table("products") as batch:
        batch.add_column(sa.Column("held", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("inventory_at", TS, nullable=True))
        batch.create_check_constraint(op.f("ck_products_held_non_negative"), "held >= 0")
        batch.create_index("ix_products_inventory_at", ["inventory_at"])
    with op.batch_alter_table("skus") as batch:
        batch.add_column(sa.Column("held", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("active", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.add_column(sa.Column("inventory_at", TS, nullable=True))
        batch.create_check_constraint(op.f("ck_skus_held_non_negative"), "held >= 0")
        batch.create_index("ix_skus_inventory_at", ["inventory_at"])
    with op.batch_alter_table("flash_sales") as batch:
        batch.add_column(sa.Column("sold", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(sa.Column("inventory_at", TS, nullable=True))
        batch.create_check_constraint(op.f("ck_flash_sales_sold_non_negative"), "sold >= 0")

    op.create_table(
        "inventory_ledger",
        sa.Column("id", BIGID, autoincrement=True, nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.Column("sku_id", sa.String(length=64), nullable=True),
        sa.Column("flash_sale_id", sa.String(length=64), nullable=True),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inventory_ledger")),
    )
    op.create_index("ix_inventory_ledger_product_id", "inventory_ledger", ["product_id"])
    op.create_index("ix_inventory_ledger_ref", "inventory_ledger", ["ref"])
    op.create_table(
        "flash_sale_buyers",
        sa.Column("flash_sale_id", sa.String(length=64), nullable=False),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("units", sa.Integer(), nullable=False),
        sa.CheckConstraint("units >= 0", name=op.f("ck_flash_sale_buyers_units_non_negative")),
        sa.PrimaryKeyConstraint("flash_sale_id", "user_key", name=op.f("pk_flash_sale_buyers")),
    )

    op.create_table(
        "cart_lines",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.Column("sku_id", sa.String(length=64), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("added_at", TS, nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_cart_lines_quantity_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cart_lines")),
        sa.UniqueConstraint("user_key", "product_id", "sku_id", name="uq_cart_lines_line"),
    )
    op.execute(
        "INSERT INTO cart_lines (user_key, product_id, sku_id, quantity, added_at) "
        "SELECT user_key, product_id, sku_id, quantity, added_at FROM cart_items "
        "WHERE quantity > 0"
    )
    op.drop_table("cart_items")

    op.create_table(
        "subscriptions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("chat_id", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("target_id", sa.String(length=128), nullable=False),
        sa.Column("params", JSON_TYPE, nullable=True),
        sa.Column("muted", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subscriptions")),
        sa.UniqueConstraint("user_key", "kind", "target_id", name="uq_subscriptions_target"),
    )
    op.create_index("ix_subscriptions_kind_target", "subscriptions", ["kind", "target_id"])
    op.execute(
        "INSERT INTO subscriptions (user_key, chat_id, kind, target_id, muted, active, "
        "created_at, updated_at) "
        "SELECT user_key, chat_id, kind, target_id, false, true, created_at, created_at "
        "FROM reminders WHERE kind IN ('product', 'flash_sale', 'live_room')"
    )
    op.drop_table("reminders")

    op.create_table(
        "tickets",
        sa.Column("id", BIGID, autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("chat_id", sa.String(length=80), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("product_id", sa.String(length=64), nullable=True),
        sa.Column("order_id", sa.BigInteger(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("details", JSON_TYPE, nullable=True),
        sa.Column("assignee", sa.String(length=80), nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tickets")),
    )
    op.create_index("ix_tickets_status", "tickets", ["status"])
    op.create_index("ix_tickets_user_key", "tickets", ["user_key"])

    # Messages out are rendered in the recipient's language and sent to their chat.
    with op.batch_alter_table("bot_users") as batch:
        batch.add_column(sa.Column("client_language", sa.String(length=16), nullable=True))
        batch.add_column(sa.Column("chat_id", sa.String(length=80), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("bot_users") as batch:
        batch.drop_column("chat_id")
        batch.drop_column("client_language")
    op.drop_index("ix_tickets_user_key", table_name="tickets")
    op.drop_index("ix_tickets_status", table_name="tickets")
    op.drop_table("tickets")
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
    op.execute(
        "INSERT INTO reminders (user_key, chat_id, kind, target_id, created_at) "
        "SELECT user_key, chat_id, kind, target_id, created_at FROM subscriptions "
        "WHERE kind IN ('product', 'flash_sale', 'live_room') AND length(target_id) <= 64"
    )
    op.drop_index("ix_subscriptions_kind_target", table_name="subscriptions")
    op.drop_table("subscriptions")
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
    op.execute(
        "INSERT INTO cart_items (user_key, product_id, sku_id, quantity, added_at) "
        "SELECT user_key, product_id, sku_id, quantity, added_at FROM cart_lines"
    )
    op.drop_table("cart_lines")
    op.drop_table("flash_sale_buyers")
    op.drop_index("ix_inventory_ledger_ref", table_name="inventory_ledger")
    op.drop_index("ix_inventory_ledger_product_id", table_name="inventory_ledger")
    op.drop_table("inventory_ledger")
    with op.batch_alter_table("flash_sales") as batch:
        batch.drop_constraint(op.f("ck_flash_sales_sold_non_negative"), type_="check")
        batch.drop_column("inventory_at")
        batch.drop_column("sold")
    with op.batch_alter_table("skus") as batch:
        batch.drop_index("ix_skus_inventory_at")
        batch.drop_constraint(op.f("ck_skus_held_non_negative"), type_="check")
        batch.drop_column("inventory_at")
        batch.drop_column("active")
        batch.drop_column("held")
    with op.batch_alter_table("products") as batch:
        batch.drop_index("ix_products_inventory_at")
        batch.drop_constraint(op.f("ck_products_held_non_negative"), type_="check")
        batch.drop_column("inventory_at")
        batch.drop_column("held")
    op.drop_index("ix_outbox_campaign", table_name="outbox")
    op.drop_index("ix_outbox_status_due", table_name="outbox")
    op.drop_table("outbox")
