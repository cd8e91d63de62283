"""After-sales: what a return covers (order lines and units), every action on a ticket, the
messages relayed between shopper and staff, refund totals and response times; staff aliases.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

# Plain types on purpose: a migration must not change meaning when app types evolve.
TS = sa.DateTime(timezone=True)
JSON_TYPE = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ticket_events",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("ticket_id", sa.BigInteger(), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=24), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_events")),
    )
    op.create_index("ix_ticket_events_ticket_id", "ticket_events", ["ticket_id"], unique=False)
    op.create_table(
        "ticket_lines",
        sa.Column("ticket_id", sa.BigInteger(), nullable=False),
        sa.Column("order_line_id", sa.BigInteger(), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.Column("sku_id", sa.String(length=64), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_ticket_lines_quantity_positive")),
        sa.PrimaryKeyConstraint("ticket_id", "order_line_id", name=op.f("pk_ticket_lines")),
    )
    op.create_index(
        "ix_ticket_lines_order_line_id", "ticket_lines", ["order_line_id"], unique=False
    )
    op.create_table(
        "ticket_messages",
        sa.Column("id", ID, autoincrement=True, nullable=False),
        sa.Column("ticket_id", sa.BigInteger(), nullable=False),
        sa.Column("sender", sa.String(length=80), nullable=False),
        sa.Column("from_staff", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("photo", sa.String(length=200), nullable=True),
        sa.Column("at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_messages")),
    )
    op.create_index("ix_ticket_messages_ticket_id", "ticket_messages", ["ticket_id"], unique=False)
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.add_column(sa.Column("alias", sa.String(length=40), nullable=True))
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reason", sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column("photos", JSON_TYPE, nullable=True))
        batch_op.add_column(sa.Column("currency", sa.String(length=3), nullable=True))
        batch_op.add_column(
            sa.Column("refund_total", sa.BigInteger(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("first_response_at", TS, nullable=True))
        batch_op.add_column(sa.Column("resolved_at", TS, nullable=True))
        batch_op.create_index("ix_tickets_order_id", ["order_id"], unique=False)
        batch_op.create_check_constraint("refund_non_negative", "refund_total >= 0")


def downgrade() -> None:
    with op.batch_alter_table("tickets", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_tickets_refund_non_negative"), type_="check")
        batch_op.drop_index("ix_tickets_order_id")
        for name in (
            "resolved_at",
            "first_response_at",
            "version",
            "note",
            "refund_total",
            "currency",
            "photos",
            "reason",
        ):
            batch_op.drop_column(name)
    with op.batch_alter_table("staff", schema=None) as batch_op:
        batch_op.drop_column("alias")
    op.drop_index("ix_ticket_messages_ticket_id", table_name="ticket_messages")
    op.drop_table("ticket_messages")
    op.drop_index("ix_ticket_lines_order_line_id", table_name="ticket_lines")
    op.drop_table("ticket_lines")
    op.drop_index("ix_ticket_events_ticket_id", table_name="ticket_events")
    op.drop_table("ticket_events")
