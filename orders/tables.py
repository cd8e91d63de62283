"""Orders tables (SQLAlchemy Core): cart, quotes, delivery details, orders with their lines,
status history and payments, idempotency keys, buy-for-me mandates and their audit log."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from ground.db import JsonColumn, Money, UTCDateTime, metadata

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

# ---- checkout -----------------------------------------------------------------------------
# A quote is what the shopper saw and confirms: lines priced at a moment, bound to one id.
quotes = Table(
    "quotes",
    metadata,
    Column("id", String(24), primary_key=True),
    Column("user_key", String(80), nullable=False),
    Column("source", String(16), nullable=False),  # cart | direct
    Column("lines", JsonColumn, nullable=False),  # [{product_id, sku_id, quantity, unit_price …}]
    Column("fingerprint", String(32), nullable=False),
    Column("status", String(16), nullable=False),  # open | confirmed | superseded
    Column("order_ids", JsonColumn),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Index("ix_quotes_user_key", "user_key"),
)

delivery_profiles = Table(
    "delivery_profiles",
    metadata,
    Column("user_key", String(80), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("phone", String(32), nullable=False),
    Column("address", String(500), nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
)

orders = Table(
    "orders",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("user_key", String(80), nullable=False),
    Column("chat_id", String(80), nullable=False),
    Column("status", String(24), nullable=False),
    Column("currency", String(3), nullable=False),
    Column("subtotal", Money, nullable=False),
    Column("shipping_fee", Money, nullable=False),
    Column("total", Money, nullable=False),
    Column("refunded", Money, nullable=False, default=0, server_default="0"),
    Column("payment_method", String(16), nullable=False),  # cod | provider | stars
    Column("creator_id", String(64)),  # the seller (an order never mixes sellers)
    Column("quote_id", String(24)),
    Column("mandate_id", BigInteger),
    Column("invoice_payload", String(64), unique=True),
    Column("delivery", JsonColumn),  # {name, phone, address} as confirmed
    Column("tracking_number", String(64)),
    Column("reserved_until", UTCDateTime),  # unpaid orders give their stock back after this
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    CheckConstraint("total >= 0", name="total_non_negative"),
    CheckConstraint("refunded >= 0 AND refunded <= total", name="refund_within_total"),
    Index("ix_orders_user_key", "user_key"),
    Index("ix_orders_status_reserved", "status", "reserved_until"),
    Index("ix_orders_creator_id", "creator_id"),
    Index("ix_orders_quote_id", "quote_id"),
)

order_lines = Table(
    "order_lines",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("order_id", BigInteger, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False),
    Column("position", Integer, nullable=False),
    Column("product_id", String(64), nullable=False),
    Column("sku_id", String(64)),
    Column("title", String(200), nullable=False),  # snapshots: what the shopper bought
    Column("sku_label", String(200)),
    Column("quantity", Integer, nullable=False),
    Column("unit_price", Money, nullable=False),
    Column("regular_price", Money, nullable=False),
    Column("flash_sale_id", String(64)),
    Column("returned_quantity", Integer, nullable=False, default=0, server_default="0"),
    CheckConstraint("quantity > 0", name="quantity_positive"),
    CheckConstraint(
        "returned_quantity >= 0 AND returned_quantity <= quantity", name="returned_within"
    ),
    Index("ix_order_lines_order_id", "order_id"),
)

order_events = Table(
    "order_events",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("order_id", BigInteger, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False),
    Column("from_status", String(24)),
    Column("to_status", String(24), nullable=False),
    Column("actor", String(80), nullable=False),  # tg:42 | system | staff:tg:7 | cli
    Column("note", Text),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_order_events_order_id", "order_id"),
)

payments = Table(
    "payments",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("order_id", BigInteger, ForeignKey("orders.id"), nullable=False),
    Column("kind", String(16), nullable=False),  # charge | refund
    Column("method", String(16), nullable=False),  # cod | provider | stars
    Column("amount", Money, nullable=False),
    Column("currency", String(3), nullable=False),
    # Telegram's ids: a re-delivered successful_payment carries the same one.
    Column("telegram_charge_id", String(128), unique=True),
    Column("provider_charge_id", String(128)),
    Column("status", String(16), nullable=False),  # done | pending (a refund to carry out)
    Column("ref", String(64), unique=True),  # idempotency of refunds: e.g. "ticket:7:refund"
    Column("at", UTCDateTime, nullable=False),
    CheckConstraint("amount > 0", name="amount_positive"),
    Index("ix_payments_order_id", "order_id"),
)

# A request made twice (a retried API call, an LLM tool called again) with one key makes one
# order; the same key with different content is refused.
order_requests = Table(
    "order_requests",
    metadata,
    Column("key", String(100), primary_key=True),
    Column("user_key", String(80), nullable=False),
    Column("fingerprint", String(32), nullable=False),
    Column("order_ids", JsonColumn),
    Column("created_at", UTCDateTime, nullable=False),
)

# ---- buy for me (帮我抢) ------------------------------------------------------------------
mandates = Table(
    "mandates",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("user_key", String(80), nullable=False),
    Column("chat_id", String(80), nullable=False),
    Column("trigger", String(16), nullable=False),  # sale_start | price_drop | back_in_stock
    Column("product_id", String(64), nullable=False),
    Column("sku_ids", JsonColumn),  # allowed SKUs (None: the product has none)
    Column("flash_sale_id", String(64)),
    Column("quantity", Integer, nullable=False),
    Column("max_unit_price", Money, nullable=False),
    Column("max_total", Money, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("payment_method", String(16), nullable=False),
    Column("delivery", JsonColumn, nullable=False),
    Column(
        "status", String(16), nullable=False
    ),  # active|triggered|executing|bought|missed|cancelled|expired
    Column("outcome", String(32)),
    Column("order_id", BigInteger),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("decided_at", UTCDateTime),
    CheckConstraint("quantity > 0", name="quantity_positive"),
    Index("ix_mandates_status_trigger", "status", "trigger"),
    Index("ix_mandates_flash_sale_id", "flash_sale_id"),
    Index("ix_mandates_product_id", "product_id"),
)

mandate_log = Table(
    "mandate_log",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("mandate_id", BigInteger, ForeignKey("mandates.id"), nullable=False),
    Column("event", String(32), nullable=False),
    Column("detail", JsonColumn),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_mandate_log_mandate_id", "mandate_id"),
)

# Who is serving a flash sale's buy-for-me mandates right now (a lease, so a crashed runner
# is taken over); live taps wait until `finished_at`.
mandate_runs = Table(
    "mandate_runs",
    metadata,
    Column("flash_sale_id", String(64), primary_key=True),
    Column("lease_until", UTCDateTime, nullable=False),
    Column("finished_at", UTCDateTime),
)
