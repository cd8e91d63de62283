"""The messages the orders package causes, as outbox rows (data, rendered by the chat adapter in
the shopper's language at send time). Each is written in the transaction of its change."""

from __future__ import annotations

from ground.outbox import OutboxMessage
from orders.model import Mandate, Order, OrderStatus

ORDER_STATUS = "order.status"
MANDATE_RESULT = "mandate.result"
STARS_REFUND = "stars.refund"  # not a message: a Bot API call the dispatcher makes once
SELLER_NEW_ORDER = "seller.new_order"


def order_status(order: Order, status: OrderStatus, **extra: object) -> OutboxMessage:
    """ "Your order #12 was paid / shipped (SF123) / delivered / cancelled / expired"."""
    return OutboxMessage(
        kind=ORDER_STATUS,
        chat_id=order.chat_id,
        user_key=order.user_key,
        payload={
            "order_id": order.id,
            "status": status.value,
            "total": str(order.total),
            "currency": order.currency,
            **extra,
        },
        dedup_key=f"order:{order.id}:{status.value}:{extra.get('step', '')}",
        urgent=True,
    )


def mandate_result(
    mandate: Mandate,
    *,
    bought: bool,
    reason: str | None,
    order_id: int | None,
    unit_price: str | None = None,
    title: str | None = None,
) -> OutboxMessage:
    """The receipt of a buy-for-me mandate: bought (what, at what price) or missed (why)."""
    return OutboxMessage(
        kind=MANDATE_RESULT,
        chat_id=mandate.chat_id,
        user_key=mandate.user_key,
        payload={
            "mandate_id": mandate.id,
            "bought": bought,
            "reason": reason,
            "order_id": order_id,
            "product_id": mandate.product_id,
            "unit_price": unit_price,
            "currency": mandate.currency,
            "quantity": mandate.quantity,
            "title": title,
        },
        dedup_key=f"mandate:{mandate.id}:result",
        urgent=True,
    )


def stars_refund(order: Order, *, charge_id: str, ref: str) -> OutboxMessage:
    """Refund a Telegram Stars payment through the Bot API (refundStarPayment), once."""
    return OutboxMessage(
        kind=STARS_REFUND,
        chat_id=order.chat_id,
        user_key=order.user_key,
        payload={"order_id": order.id, "charge_id": charge_id},
        dedup_key=f"stars-refund:{ref}",
        urgent=True,
    )


def seller_new_order(order: Order, seller_chat: str, items: str = "") -> OutboxMessage:
    """Tell a seller's linked account about an order to ship."""
    items = items or "、".join(f"{ln.title[:16]}×{ln.quantity}" for ln in order.lines)
    return OutboxMessage(
        kind=SELLER_NEW_ORDER,
        chat_id=seller_chat,
        user_key=seller_chat,
        payload={
            "order_id": order.id,
            "items": items,
            "total": str(order.total),
            "currency": order.currency,
        },
        dedup_key=f"order:{order.id}:seller:{seller_chat}",
        urgent=True,
    )
