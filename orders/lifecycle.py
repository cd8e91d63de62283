"""An order's life after confirmation: cancel, ship, deliver, complete, expire unpaid ones.

Every transition is one conditional statement on the order's status (`TRANSITIONS` in
`orders.model` is the state machine), so it happens exactly once even when two processes or a
double tap race for it; the units an order held go back through the inventory ledger in that
same transaction, and the shopper's status message is an outbox row in it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from accounts.repository import AccountRepository
from catalog.inventory import InventoryRepository
from ground.infra import Infra
from ground.uow import UnitOfWork
from orders import notices
from orders.commands import (
    CancelOrder,
    CompleteOrder,
    DeliverOrder,
    GetOrder,
    ListOrders,
    ShipOrder,
)
from orders.errors import IllegalTransition, NotYourOrder, UnknownOrder
from orders.model import (
    SHOPPER_CANCELLABLE,
    Order,
    OrderLine,
    OrderStatus,
    PaymentMethod,
    can_transition,
)
from orders.repository import OrderRepository

SYSTEM = "system"
TRACKING_MAX = 64


async def give_back_units(
    uow: UnitOfWork, order: Order, lines: Sequence[OrderLine], now: datetime, reason: str
) -> None:
    """Return an order's units (and its flash-sale units and the shopper's limit)."""
    inventory = InventoryRepository(uow.session)
    ref = f"order:{order.id}"
    for ln in sorted(lines, key=lambda x: (x.product_id, x.sku_id or "")):
        units = ln.quantity - ln.returned_quantity
        if units <= 0:
            continue
        await inventory.give_back(ln.product_id, ln.sku_id, units, ref=ref, now=now, reason=reason)
        if ln.flash_sale_id:
            await inventory.give_back_flash(
                ln.flash_sale_id, order.user_key, units, product_id=ln.product_id, ref=ref, now=now
            )


async def _role(uow: UnitOfWork, order: Order, actor: str) -> str:
    """shopper | seller | staff | system, or "" when the actor may not touch this order."""
    if actor in (SYSTEM, "cli"):
        return "system"
    if actor == order.user_key:
        return "shopper"
    accounts = AccountRepository(uow.session)
    if await accounts.staff_member(actor.removeprefix("staff:")) is not None:
        return "staff"
    if order.creator_id and order.creator_id in await accounts.creators_of(actor):
        return "seller"
    return ""


async def _load(uow: UnitOfWork, order_id: int) -> Order:
    order = await OrderRepository(uow.session).get(order_id)
    if order is None:
        raise UnknownOrder(order_id)
    return order


async def get_order(infra: Infra, cmd: GetOrder) -> Order:
    """One order with its lines and history; only its shopper, its seller's linked accounts and
    staff may see it (anyone else gets `NotYourOrder`, never the order)."""
    async with infra.uow() as uow:
        order = await _load(uow, cmd.order_id)
        if not await _role(uow, order, cmd.viewer):
            raise NotYourOrder(cmd.order_id)
        return order


async def list_orders(infra: Infra, cmd: ListOrders) -> list[Order]:
    async with infra.uow() as uow:
        return await OrderRepository(uow.session).for_user(cmd.user_key, cmd.limit)


async def seller_orders(
    infra: Infra, user_key: str, statuses: Sequence[OrderStatus] | None = None
) -> list[Order]:
    """Orders of the shops `user_key` is linked to (a merchant's view)."""
    async with infra.uow() as uow:
        creators = await AccountRepository(uow.session).creators_of(user_key)
        if not creators:
            return []
        return await OrderRepository(uow.session).for_creators(
            creators, list(statuses) if statuses else None
        )


async def _move(
    infra: Infra,
    order_id: int,
    new: OrderStatus,
    actor: str,
    *,
    allowed_roles: frozenset[str],
    note: str | None = None,
    message_extra: dict[str, object] | None = None,
    **values: object,
) -> Order:
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        order = await _load(uow, order_id)
        role = await _role(uow, order, actor)
        if not role:
            raise NotYourOrder(order_id)
        if role not in allowed_roles or not can_transition(order.status, new):
            raise IllegalTransition(order_id, order.status.value, new.value)
        if (
            role == "shopper"
            and new is OrderStatus.CANCELLED
            and (order.status not in SHOPPER_CANCELLABLE)
        ):
            raise IllegalTransition(order_id, order.status.value, new.value)
        repo = OrderRepository(uow.session)
        if not await repo.transition(
            order_id, order.status, new, actor=actor, now=now, note=note, **values
        ):
            fresh = await _load(uow, order_id)
            raise IllegalTransition(order_id, fresh.status.value, new.value)
        if new is OrderStatus.CANCELLED:
            await give_back_units(uow, order, order.lines, now, "cancel")
            if order.status is OrderStatus.PAID:
                from orders.payments import refund_in_full

                await refund_in_full(uow, order, now, reason="cancelled")
        if role != "shopper":  # the shopper's own action is answered in the chat already
            await uow.outbox.add(
                notices.order_status(order, new, by=role, **(message_extra or {})), now
            )
        await uow.commit()
        return await _load(uow, order_id)


async def cancel_order(infra: Infra, cmd: CancelOrder) -> Order:
    """Cancel an order not yet shipped: its units go back; a paid one is refunded the way it
    was paid. The shopper, the seller or staff may cancel."""
    return await _move(
        infra,
        cmd.order_id,
        OrderStatus.CANCELLED,
        cmd.actor,
        allowed_roles=frozenset({"shopper", "seller", "staff", "system"}),
        note=cmd.reason,
    )


async def ship_order(infra: Infra, cmd: ShipOrder) -> Order:
    """The seller (or staff) ships with a tracking number; the shopper is told."""
    tracking = " ".join(cmd.tracking_number.split())
    if not tracking or len(tracking) > TRACKING_MAX:
        from orders.errors import BadDelivery

        raise BadDelivery("tracking_number", cmd.tracking_number)
    return await _move(
        infra,
        cmd.order_id,
        OrderStatus.SHIPPED,
        cmd.actor,
        allowed_roles=frozenset({"seller", "staff", "system"}),
        message_extra={"tracking": tracking},
        tracking_number=tracking,
    )


async def deliver_order(infra: Infra, cmd: DeliverOrder) -> Order:
    order = await _move(
        infra,
        cmd.order_id,
        OrderStatus.DELIVERED,
        cmd.actor,
        allowed_roles=frozenset({"seller", "staff", "system"}),
    )
    if order.payment_method is PaymentMethod.COD:
        # Pay on delivery: the courier collected the money when it was delivered.
        from orders.payments import record_cod_collected

        await record_cod_collected(infra, order)
    return order


async def complete_order(infra: Infra, cmd: CompleteOrder) -> Order:
    return await _move(
        infra,
        cmd.order_id,
        OrderStatus.COMPLETED,
        cmd.actor,
        allowed_roles=frozenset({"staff", "system"}),
    )


async def expire_reservations(infra: Infra, *, limit: int = 200) -> list[int]:
    """Unpaid orders past their reservation: expired, their units back, exactly once each
    (a payment racing this either finds the order still pending or follows the late-payment
    path)."""
    now = infra.clock.now()
    async with infra.uow() as uow:
        due = await OrderRepository(uow.session).due_reservations(now, limit)
    expired: list[int] = []
    for order_id in due:
        async with infra.write_lock(), infra.uow() as uow:
            repo = OrderRepository(uow.session)
            order = await repo.get(order_id, with_history=False)
            if order is None or order.status is not OrderStatus.PENDING_PAYMENT:
                continue
            if order.reserved_until is None or order.reserved_until > now:
                continue  # a pre-checkout extended it meanwhile
            if not await repo.expire(order_id, now):
                continue
            await give_back_units(uow, order, order.lines, now, "expire")
            await uow.outbox.add(notices.order_status(order, OrderStatus.EXPIRED), now)
            await uow.commit()
            expired.append(order_id)
    return expired
