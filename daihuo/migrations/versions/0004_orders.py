"""Orders: quotes, delivery details, orders with lines, status history and payments,
idempotency keys, buy-for-me mandates and their audit log; the catalog event log; creator
links and staff accounts.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# Plain types on purpose: a migration must not change meaning when app types evolve.
JSON_TYPE = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
TS = sa.DateTime(timezone=True)

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "catalog_events",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=True),
        sa.Column("sku_id", sa.String(length=64), nullable=True),
        sa.Column("ref_id", sa.String(length=64), nullable=True),
        sa.Column("data", JSON_TYPE, nullable=True),
        sa.Column("at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_catalog_events")),
    )
    op.create_table(
        "creator_links",
        sa.Column("creator_id", sa.String(length=64), nullable=False),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("creator_id", "user_key", name=op.f("pk_creator_links")),
    )
    op.create_table(
        "delivery_profiles",
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("user_key", name=op.f("pk_delivery_profiles")),
    )
    op.create_table(
        "event_cursors",
        sa.Column("consumer", sa.String(length=64), nullable=False),
        sa.Column("last_id", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("consumer", name=op.f("pk_event_cursors")),
    )
    op.create_table(
        "mandates",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("chat_id", sa.String(length=80), nullable=False),
        sa.Column("trigger", sa.String(length=16), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.Column("sku_ids", JSON_TYPE, nullable=True),
        sa.Column("flash_sale_id", sa.String(length=64), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("max_unit_price", sa.BigInteger(), nullable=False),
        sa.Column("max_total", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("payment_method", sa.String(length=16), nullable=False),
        sa.Column("delivery", JSON_TYPE, nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("order_id", sa.BigInteger(), nullable=True),
        sa.Column("expires_at", TS, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("decided_at", TS, nullable=True),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_mandates_quantity_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mandates")),
    )
    with op.batch_alter_table("mandates", schema=None) as batch_op:
        batch_op.create_index("ix_mandates_flash_sale_id", ["flash_sale_id"], unique=False)
        batch_op.create_index("ix_mandates_product_id", ["product_id"], unique=False)
        batch_op.create_index("ix_mandates_status_trigger", ["status", "trigger"], unique=False)

    op.create_table(
        "order_requests",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("order_ids", JSON_TYPE, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_order_requests")),
    )
    op.create_table(
        "orders",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("chat_id", sa.String(length=80), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("subtotal", sa.BigInteger(), nullable=False),
        sa.Column("shipping_fee", sa.BigInteger(), nullable=False),
        sa.Column("total", sa.BigInteger(), nullable=False),
        sa.Column("refunded", sa.BigInteger(), server_default="0", nullable=False),
        sa.Column("payment_method", sa.String(length=16), nullable=False),
        sa.Column("creator_id", sa.String(length=64), nullable=True),
        sa.Column("quote_id", sa.String(length=24), nullable=True),
        sa.Column("mandate_id", sa.BigInteger(), nullable=True),
        sa.Column("invoice_payload", sa.String(length=64), nullable=True),
        sa.Column("delivery", JSON_TYPE, nullable=True),
        sa.Column("tracking_number", sa.String(length=64), nullable=True),
        sa.Column("reserved_until", TS, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.CheckConstraint(
            "refunded >= 0 AND refunded <= total", name=op.f("ck_orders_refund_within_total")
        ),
        sa.CheckConstraint("total >= 0", name=op.f("ck_orders_total_non_negative")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
        sa.UniqueConstraint("invoice_payload", name=op.f("uq_orders_invoice_payload")),
    )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index("ix_orders_creator_id", ["creator_id"], unique=False)
        batch_op.create_index("ix_orders_quote_id", ["quote_id"], unique=False)
        batch_op.create_index(
            "ix_orders_status_reserved", ["status", "reserved_until"], unique=False
        )
        batch_op.create_index("ix_orders_user_key", ["user_key"], unique=False)

    op.create_table(
        "quotes",
        sa.Column("id", sa.String(length=24), nullable=False),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("lines", JSON_TYPE, nullable=False),
        sa.Column("fingerprint", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("order_ids", JSON_TYPE, nullable=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
    )
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index("ix_quotes_user_key", ["user_key"], unique=False)

    op.create_table(
        "staff",
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("user_key", name=op.f("pk_staff")),
    )
    op.create_table(
        "mandate_log",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("mandate_id", sa.BigInteger(), nullable=False),
        sa.Column("event", sa.String(length=32), nullable=False),
        sa.Column("detail", JSON_TYPE, nullable=True),
        sa.Column("at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["mandate_id"], ["mandates.id"], name=op.f("fk_mandate_log_mandate_id_mandates")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mandate_log")),
    )
    with op.batch_alter_table("mandate_log", schema=None) as batch_op:
        batch_op.create_index("ix_mandate_log_mandate_id", ["mandate_id"], unique=False)

    op.create_table(
        "order_events",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("order_id", sa.BigInteger(), nullable=False),
        sa.Column("from_status", sa.String(length=24), nullable=True),
        sa.Column("to_status", sa.String(length=24), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("at", TS, nullable=False),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_order_events_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_events")),
    )
    with op.batch_alter_table("order_events", schema=None) as batch_op:
        batch_op.create_index("ix_order_events_order_id", ["order_id"], unique=False)

    op.create_table(
        "order_lines",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("order_id", sa.BigInteger(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.Column("sku_id", sa.String(length=64), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("sku_label", sa.String(length=200), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.Column("regular_price", sa.BigInteger(), nullable=False),
        sa.Column("flash_sale_id", sa.String(length=64), nullable=True),
        sa.Column("returned_quantity", sa.Integer(), server_default="0", nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_order_lines_quantity_positive")),
        sa.CheckConstraint(
            "returned_quantity >= 0 AND returned_quantity <= quantity",
            name=op.f("ck_order_lines_returned_within"),
        ),
        sa.ForeignKeyConstraint(
            ["order_id"],
            ["orders.id"],
            name=op.f("fk_order_lines_order_id_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_lines")),
    )
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.create_index("ix_order_lines_order_id", ["order_id"], unique=False)

    op.create_table(
        "payments",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("order_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("telegram_charge_id", sa.String(length=128), nullable=True),
        sa.Column("provider_charge_id", sa.String(length=128), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=True),
        sa.Column("at", TS, nullable=False),
        sa.CheckConstraint("amount > 0", name=op.f("ck_payments_amount_positive")),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_payments_order_id_orders")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sa.UniqueConstraint("ref", name=op.f("uq_payments_ref")),
        sa.UniqueConstraint("telegram_charge_id", name=op.f("uq_payments_telegram_charge_id")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index("ix_payments_order_id", ["order_id"], unique=False)
    op.create_table(
        "mandate_runs",
        sa.Column("flash_sale_id", sa.String(length=64), nullable=False),
        sa.Column("lease_until", TS, nullable=False),
        sa.Column("finished_at", TS, nullable=True),
        sa.PrimaryKeyConstraint("flash_sale_id", name=op.f("pk_mandate_runs")),
    )
    with op.batch_alter_table("bot_users") as batch:
        batch.add_column(sa.Column("pending", JSON_TYPE, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("bot_users") as batch:
        batch.drop_column("pending")
    op.drop_table("mandate_runs")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index("ix_payments_order_id")

    op.drop_table("payments")
    with op.batch_alter_table("order_lines", schema=None) as batch_op:
        batch_op.drop_index("ix_order_lines_order_id")

    op.drop_table("order_lines")
    with op.batch_alter_table("order_events", schema=None) as batch_op:
        batch_op.drop_index("ix_order_events_order_id")

    op.drop_table("order_events")
    with op.batch_alter_table("mandate_log", schema=None) as batch_op:
        batch_op.drop_index("ix_mandate_log_mandate_id")

    op.drop_table("mandate_log")
    op.drop_table("staff")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index("ix_quotes_user_key")

    op.drop_table("quotes")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index("ix_orders_user_key")
        batch_op.drop_index("ix_orders_status_reserved")
        batch_op.drop_index("ix_orders_quote_id")
        batch_op.drop_index("ix_orders_creator_id")

    op.drop_table("orders")
    op.drop_table("order_requests")
    with op.batch_alter_table("mandates", schema=None) as batch_op:
        batch_op.drop_index("ix_mandates_status_trigger")
        batch_op.drop_index("ix_mandates_product_id")
        batch_op.drop_index("ix_mandates_flash_sale_id")

    op.drop_table("mandates")
    op.drop_table("event_cursors")
    op.drop_table("delivery_profiles")
    op.drop_table("creator_links")
    op.drop_table("catalog_events")
