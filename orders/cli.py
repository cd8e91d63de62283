"""`daihuo cart …` and `daihuo orders …`: the same services the chat buttons call, for
operators and scripts."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Protocol

from ground.infra import Infra
from orders import errors
from orders.commands import AddToCart, ClearCart, RemoveFromCart, SetCartQuantity, ViewCart
from orders.model import CartView, Order, OrderStatus
from orders.services import add_to_cart, clear_cart, remove_from_cart, set_cart_quantity, view_cart

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class OrdersHost(Protocol):
    @property
    def infra(self) -> Infra: ...


def user_key(value: str) -> str:
    """A Telegram user id (`42`) or a full user key (`tg:42`, `term:ann`)."""
    value = value.strip()
    if value.lstrip("-").isdigit():
        return f"tg:{value}"
    if ":" in value and value.split(":", 1)[1]:
        return value
    raise argparse.ArgumentTypeError(f"not a Telegram user id or user key: {value!r}")


def quantity(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 0 <= n <= 99:
        raise argparse.ArgumentTypeError("quantity must be between 0 and 99")
    return n


def register(sub: Any) -> None:
    register_cart(sub)
    register_orders(sub)


def register_cart(sub: Any) -> None:
    cart = sub.add_parser("cart", help="show or change a shopper's cart")
    actions = cart.add_subparsers(dest="cart_command", metavar="ACTION")
    actions.required = True
    show = actions.add_parser("show", help="the cart priced now, totals per currency")
    add = actions.add_parser("add", help="add units of a product (or one of its SKUs)")
    add.add_argument("product_id")
    add.add_argument("--sku")
    add.add_argument("--quantity", type=quantity, default=1)
    setq = actions.add_parser("set", help="set a line's quantity (0 removes it)")
    setq.add_argument("product_id")
    setq.add_argument("quantity", type=quantity)
    setq.add_argument("--sku")
    rm = actions.add_parser("remove", help="remove a line")
    rm.add_argument("product_id")
    rm.add_argument("--sku")
    clear = actions.add_parser("clear", help="empty the cart")
    for p in (show, add, setq, rm, clear):
        p.add_argument("--user", type=user_key, required=True, help="Telegram user id")
        p.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)
    add.set_defaults(handler=_add)
    setq.set_defaults(handler=_set)
    rm.set_defaults(handler=_remove)
    clear.set_defaults(handler=_clear)


def cart_json(cart: CartView) -> dict[str, Any]:
    return {
        "user": cart.user_key,
        "lines": [
            {
                "product_id": p.line.product_id,
                "sku_id": p.line.sku_id,
                "quantity": p.line.quantity,
                "unit_price": str(p.quote.unit_price) if p.quote else None,
                "currency": p.quote.currency if p.quote else None,
                "flash_sale_id": p.quote.flash_sale.id if p.quote and p.quote.flash_sale else None,
                "available": p.available,
                "problem": p.quote.problem.value
                if p.quote and p.quote.problem
                else (None if p.quote else "unavailable"),
            }
            for p in cart.lines
        ],
        "totals": {currency: str(amount) for currency, amount in cart.totals.items()},
    }


def _print(cart: CartView, as_json: bool) -> None:
    if as_json:
        print(json.dumps(cart_json(cart), ensure_ascii=False))
        return
    if cart.is_empty:
        print("cart is empty")
        return
    for p in cart.lines:
        sku = f" [{p.line.sku_id}]" if p.line.sku_id else ""
        if p.quote is None:
            print(f"{p.line.product_id}{sku} × {p.line.quantity}: unavailable")
            continue
        price = f"{p.quote.unit_price} {p.quote.currency}"
        flash = " (flash sale)" if p.quote.flash_sale else ""
        problem = f"  ! {p.quote.problem.value}" if p.quote.problem else ""
        print(f"{p.line.product_id}{sku} × {p.line.quantity} at {price}{flash}{problem}")
    for currency, amount in cart.totals.items():
        print(f"total {amount} {currency}")


def _refused(error: errors.OrderError) -> int:
    detail = ", ".join(f"{k}={v}" for k, v in vars(error).items())
    print(f"refused: {type(error).__name__}({detail})", file=sys.stderr)
    return EXIT_REFUSED


async def _show(app: OrdersHost, args: argparse.Namespace) -> int:
    _print(await view_cart(app.infra, ViewCart(args.user)), args.json)
    return EXIT_OK


async def _add(app: OrdersHost, args: argparse.Namespace) -> int:
    try:
        change = await add_to_cart(
            app.infra, AddToCart(args.user, args.product_id, args.sku, args.quantity)
        )
    except errors.OrderError as exc:
        return _refused(exc)
    _print(change.cart, args.json)
    return EXIT_OK


async def _set(app: OrdersHost, args: argparse.Namespace) -> int:
    try:
        change = await set_cart_quantity(
            app.infra, SetCartQuantity(args.user, args.product_id, args.sku, args.quantity)
        )
    except errors.OrderError as exc:
        return _refused(exc)
    _print(change.cart, args.json)
    return EXIT_OK


async def _remove(app: OrdersHost, args: argparse.Namespace) -> int:
    try:
        cart = await remove_from_cart(
            app.infra, RemoveFromCart(args.user, args.product_id, args.sku)
        )
    except errors.OrderError as exc:
        return _refused(exc)
    _print(cart, args.json)
    return EXIT_OK


async def _clear(app: OrdersHost, args: argparse.Namespace) -> int:
    removed = await clear_cart(app.infra, ClearCart(args.user))
    print(f"removed {removed} line(s)")
    return EXIT_OK


# ---- daihuo orders ------------------------------------------------------------------------
def register_orders(sub: Any) -> None:
    orders = sub.add_parser("orders", help="list, show, ship, deliver or cancel orders")
    actions = orders.add_subparsers(dest="orders_command", metavar="ACTION")
    actions.required = True
    ls = actions.add_parser(
        "list", help="orders, newest last (one JSON object per line with --json)"
    )
    ls.add_argument("--status", choices=[s.value for s in OrderStatus], action="append")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=_orders_list)
    show = actions.add_parser("show", help="one order with its lines, history and payments")
    show.add_argument("order", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_orders_show)
    ship = actions.add_parser("ship", help="mark an order shipped with its tracking number")
    ship.add_argument("order", type=int)
    ship.add_argument("tracking")
    ship.set_defaults(handler=_orders_ship)
    deliver = actions.add_parser("deliver", help="mark an order delivered")
    deliver.add_argument("order", type=int)
    deliver.set_defaults(handler=_orders_deliver)
    cancel = actions.add_parser("cancel", help="cancel an order not shipped yet (units back)")
    cancel.add_argument("order", type=int)
    cancel.add_argument("--reason")
    cancel.set_defaults(handler=_orders_cancel)
    expire = actions.add_parser("expire", help="expire unpaid orders past their reservation now")
    expire.set_defaults(handler=_orders_expire)


def telegram_user_id(user_key: str) -> int | str:
    prefix, _, rest = user_key.partition(":")
    return int(rest) if prefix == "tg" and rest.lstrip("-").isdigit() else user_key


def order_json(order: Order) -> dict[str, Any]:
    return {
        "id": order.id,
        "user_id": telegram_user_id(order.user_key),
        "status": order.status.value,
        "total": str(order.total),
        "currency": order.currency,
        "payment_method": order.payment_method.value,
        "refunded": str(order.refunded),
        "tracking_number": order.tracking_number,
        "created_at": order.created_at.isoformat(),
        "items": [
            {
                "product_id": ln.product_id,
                "sku_id": ln.sku_id,
                "quantity": ln.quantity,
                "unit_price": str(ln.unit_price),
                "title": ln.title,
                **({"flash_sale_id": ln.flash_sale_id} if ln.flash_sale_id else {}),
            }
            for ln in order.lines
        ],
    }


async def _orders_list(app: OrdersHost, args: argparse.Namespace) -> int:
    from orders.repository import OrderRepository

    statuses = [OrderStatus(s) for s in args.status] if args.status else None
    async with app.infra.uow() as uow:
        found = await OrderRepository(uow.session).find(statuses)
    for order in found:
        if args.json:
            print(json.dumps(order_json(order), ensure_ascii=False))
        else:
            print(
                f"#{order.id}  {order.status.value:<18} {order.total} {order.currency}  "
                f"{order.user_key}  {len(order.lines)} line(s)"
            )
    return EXIT_OK


async def _orders_show(app: OrdersHost, args: argparse.Namespace) -> int:
    from orders.repository import OrderRepository

    async with app.infra.uow() as uow:
        repo = OrderRepository(uow.session)
        order = await repo.get(args.order)
        payments = await repo.payments(args.order) if order else []
    if order is None:
        print(f"no order #{args.order}", file=sys.stderr)
        return EXIT_REFUSED
    data = order_json(order)
    data["history"] = [
        {
            "from": e.from_status,
            "to": e.to_status,
            "actor": e.actor,
            "at": e.at.isoformat(),
            "note": e.note,
        }
        for e in order.history
    ]
    data["payments"] = [
        {
            "kind": p["kind"],
            "method": p["method"],
            "amount": str(p["amount"]),
            "status": p["status"],
            "telegram_charge_id": p["telegram_charge_id"],
            "provider_charge_id": p["provider_charge_id"],
        }
        for p in payments
    ]
    data["delivery"] = order.delivery.as_dict() if order.delivery else None
    print(json.dumps(data, ensure_ascii=False, indent=None if args.json else 2, default=str))
    return EXIT_OK


async def _orders_ship(app: OrdersHost, args: argparse.Namespace) -> int:
    from orders.commands import ShipOrder
    from orders.lifecycle import ship_order

    try:
        order = await ship_order(app.infra, ShipOrder(args.order, args.tracking, "cli"))
    except errors.OrderError as exc:
        return _refused(exc)
    print(f"#{order.id} shipped ({order.tracking_number})")
    return EXIT_OK


async def _orders_deliver(app: OrdersHost, args: argparse.Namespace) -> int:
    from orders.commands import DeliverOrder
    from orders.lifecycle import deliver_order

    try:
        order = await deliver_order(app.infra, DeliverOrder(args.order, "cli"))
    except errors.OrderError as exc:
        return _refused(exc)
    print(f"#{order.id} delivered")
    return EXIT_OK


async def _orders_cancel(app: OrdersHost, args: argparse.Namespace) -> int:
    from orders.commands import CancelOrder
    from orders.lifecycle import cancel_order

    try:
        order = await cancel_order(app.infra, CancelOrder(args.order, "cli", args.reason))
    except errors.OrderError as exc:
        return _refused(exc)
    print(f"#{order.id} cancelled; refunded {order.refunded} {order.currency}")
    return EXIT_OK


async def _orders_expire(app: OrdersHost, args: argparse.Namespace) -> int:
    from orders.lifecycle import expire_reservations

    expired = await expire_reservations(app.infra)
    print(f"expired {len(expired)} unpaid order(s)")
    return EXIT_OK
