"""Alerts: delivery preferences (time zone, quiet hours), fan-out moments claimed once,
what each saved search already told, creator broadcasts and who opened them.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Plain types on purpose: a migration must not change meaning when app types evolve.
TS = sa.DateTime(timezone=True)

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_moments",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("done_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_alert_moments")),
    )
    op.create_table(
        "alert_prefs",
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=True),
        sa.Column("quiet_start", sa.String(length=5), nullable=True),
        sa.Column("quiet_end", sa.String(length=5), nullable=True),
        sa.Column("quiet_off", sa.Boolean(), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("user_key", name=op.f("pk_alert_prefs")),
    )
    op.create_table(
        "broadcast_opens",
        sa.Column("broadcast_id", sa.BigInteger(), nullable=False),
        sa.Column("user_key", sa.String(length=80), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.PrimaryKeyConstraint("broadcast_id", "user_key", name=op.f("pk_broadcast_opens")),
    )
    op.create_table(
        "broadcasts",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("creator_id", sa.String(length=64), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=True),
        sa.Column("live_room_id", sa.String(length=64), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=80), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_broadcasts")),
    )
    with op.batch_alter_table("broadcasts", schema=None) as batch_op:
        batch_op.create_index("ix_broadcasts_creator_id", ["creator_id"], unique=False)

    op.create_table(
        "watch_hits",
        sa.Column("subscription_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.String(length=64), nullable=False),
        sa.Column("price_cents", sa.BigInteger(), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.PrimaryKeyConstraint("subscription_id", "product_id", name=op.f("pk_watch_hits")),
    )


def downgrade() -> None:
    op.drop_table("watch_hits")
    with op.batch_alter_table("broadcasts", schema=None) as batch_op:
        batch_op.drop_index("ix_broadcasts_creator_id")

    op.drop_table("broadcasts")
    op.drop_table("broadcast_opens")
    op.drop_table("alert_prefs")
    op.drop_table("alert_moments")
