"""Orders persistence inside the caller's unit of work: cart, quotes, orders, payments,
idempotency keys and mandates."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from orders import tables as t
from orders.model import (
    CartLine,
    Delivery,
    Mandate,
    MandateStatus,
    MandateTrigger,
    Order,
    OrderEvent,
    OrderLine,
    OrderStatus,
    PaymentMethod,
)


def _sku_key(sku_id: str | None) -> str:
    return sku_id or ""


class CartRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self) -> Any:
        dialect = self.session.get_bind().dialect.name
        return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(t.cart_lines)

    def _line(self, user_key: str, product_id: str, sku_id: str | None) -> Any:
        c = t.cart_lines.c
        return (
            (c.user_key == user_key) & (c.product_id == product_id) & (c.sku_id == _sku_key(sku_id))
        )

    async def lines(self, user_key: str) -> list[CartLine]:
        c = t.cart_lines.c
        rows = await self.session.execute(
            select(c.product_id, c.sku_id, c.quantity, c.added_at)
            .where(c.user_key == user_key)
            .order_by(c.added_at, c.id)
        )
        return [CartLine(pid, sku or None, qty, at) for pid, sku, qty, at in rows]

    async def quantity(self, user_key: str, product_id: str, sku_id: str | None) -> int:
        c = t.cart_lines.c
        found = (
            await self.session.execute(
                select(c.quantity).where(self._line(user_key, product_id, sku_id))
            )
        ).scalar_one_or_none()
        return int(found or 0)

    async def set_quantity(
        self, user_key: str, product_id: str, sku_id: str | None, quantity: int, now: datetime
    ) -> None:
        """Create or update a line; 0 or less removes it."""
        if quantity <= 0:
            await self.session.execute(
                delete(t.cart_lines).where(self._line(user_key, product_id, sku_id))
            )
            return
        stmt = self._insert().values(
            user_key=user_key,
            product_id=product_id,
            sku_id=_sku_key(sku_id),
            quantity=quantity,
            added_at=now,
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=["user_key", "product_id", "sku_id"], set_={"quantity": quantity}
        )
        await self.session.execute(stmt)

    async def remove(self, user_key: str, product_id: str, sku_id: str | None) -> bool:
        result = await self.session.execute(
            delete(t.cart_lines).where(self._line(user_key, product_id, sku_id))
        )
        return bool(getattr(result, "rowcount", 0))

    async def clear(self, user_key: str) -> int:
        result = await self.session.execute(
            delete(t.cart_lines).where(t.cart_lines.c.user_key == user_key)
        )
        return int(getattr(result, "rowcount", 0) or 0)


# ---- orders, quotes, payments, mandates -----------------------------------------------------
def _order_from_row(r: Any, lines: tuple[OrderLine, ...], history: tuple[OrderEvent, ...]) -> Order:
    return Order(
        id=int(r["id"]),
        user_key=r["user_key"],
        chat_id=r["chat_id"],
        status=OrderStatus(r["status"]),
        currency=r["currency"],
        subtotal=r["subtotal"],
        shipping_fee=r["shipping_fee"],
        total=r["total"],
        payment_method=PaymentMethod(r["payment_method"]),
        created_at=r["created_at"],
        lines=lines,
        creator_id=r["creator_id"],
        quote_id=r["quote_id"],
        mandate_id=r["mandate_id"],
        invoice_payload=r["invoice_payload"],
        delivery=Delivery.from_dict(r["delivery"]),
        tracking_number=r["tracking_number"],
        reserved_until=r["reserved_until"],
        refunded=r["refunded"],
        history=history,
    )


def _mandate_from_row(r: Any) -> Mandate:
    delivery = Delivery.from_dict(r["delivery"])
    assert delivery is not None
    return Mandate(
        id=int(r["id"]),
        user_key=r["user_key"],
        chat_id=r["chat_id"],
        trigger=MandateTrigger(r["trigger"]),
        product_id=r["product_id"],
        sku_ids=tuple(r["sku_ids"]) if r["sku_ids"] is not None else None,
        quantity=int(r["quantity"]),
        max_unit_price=r["max_unit_price"],
        max_total=r["max_total"],
        currency=r["currency"],
        payment_method=PaymentMethod(r["payment_method"]),
        delivery=delivery,
        status=MandateStatus(r["status"]),
        expires_at=r["expires_at"],
        created_at=r["created_at"],
        flash_sale_id=r["flash_sale_id"],
        outcome=r["outcome"],
        order_id=r["order_id"],
    )


class OrderRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.last_line_ids: list[int] = []  # ids of the lines the last insert_order wrote

    def _insert(self, table: Any) -> Any:
        dialect = self.session.get_bind().dialect.name
        return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)

    # ---- delivery details ---------------------------------------------------------------
    async def delivery(self, user_key: str) -> Delivery | None:
        row = (
            (
                await self.session.execute(
                    select(t.delivery_profiles).where(t.delivery_profiles.c.user_key == user_key)
                )
            )
            .mappings()
            .first()
        )
        return Delivery(row["name"], row["phone"], row["address"]) if row else None

    async def deliveries(self, user_keys: Sequence[str]) -> dict[str, Delivery]:
        """Delivery details of several shoppers at once (a flash crowd's batch)."""
        dp = t.delivery_profiles
        rows = await self.session.execute(select(dp).where(dp.c.user_key.in_(list(user_keys))))
        return {
            r["user_key"]: Delivery(r["name"], r["phone"], r["address"]) for r in rows.mappings()
        }

    async def set_delivery(self, user_key: str, delivery: Delivery, now: datetime) -> None:
        values = {**delivery.as_dict(), "updated_at": now}
        stmt = self._insert(t.delivery_profiles).values(user_key=user_key, **values)
        stmt = stmt.on_conflict_do_update(index_elements=["user_key"], set_=values)
        await self.session.execute(stmt)

    # ---- quotes -------------------------------------------------------------------------
    async def save_quote(
        self,
        *,
        quote_id: str,
        user_key: str,
        source: str,
        lines: list[dict[str, Any]],
        fingerprint: str,
        now: datetime,
        expires_at: datetime,
    ) -> None:
        await self.session.execute(
            insert(t.quotes).values(
                id=quote_id,
                user_key=user_key,
                source=source,
                lines=lines,
                fingerprint=fingerprint,
                status="open",
                created_at=now,
                expires_at=expires_at,
            )
        )

    async def quote(self, quote_id: str) -> dict[str, Any] | None:
        row = (
            (await self.session.execute(select(t.quotes).where(t.quotes.c.id == quote_id)))
            .mappings()
            .first()
        )
        return dict(row) if row else None

    async def quotes(self, quote_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        rows = await self.session.execute(select(t.quotes).where(t.quotes.c.id.in_(quote_ids)))
        return {r["id"]: dict(r) for r in rows.mappings()}

    async def close_quotes(self, quote_ids: Sequence[str], status: str) -> set[str]:
        """`close_quote` for several quotes in one statement; the ids that were open."""
        q = t.quotes
        result = await self.session.execute(
            update(q)
            .where(q.c.id.in_(list(quote_ids)), q.c.status == "open")
            .values(status=status)
            .returning(q.c.id)
        )
        return {qid for (qid,) in result}

    async def set_quotes_orders(self, order_ids: dict[str, list[int]]) -> None:
        q = t.quotes
        await self.session.execute(
            update(q).where(q.c.id == bindparam("quote_id")).values(order_ids=bindparam("ids")),
            [{"quote_id": qid, "ids": ids} for qid, ids in order_ids.items()],
        )

    async def close_quote(
        self, quote_id: str, status: str, order_ids: list[int] | None = None
    ) -> bool:
        """open → confirmed / superseded, once: the row lock makes a concurrent second confirm
        wait and then find it closed."""
        result = await self.session.execute(
            update(t.quotes)
            .where(t.quotes.c.id == quote_id, t.quotes.c.status == "open")
            .values(status=status, order_ids=order_ids)
        )
        return bool(getattr(result, "rowcount", 0))

    async def set_quote_orders(self, quote_id: str, order_ids: list[int]) -> None:
        await self.session.execute(
            update(t.quotes).where(t.quotes.c.id == quote_id).values(order_ids=order_ids)
        )

    # ---- orders -------------------------------------------------------------------------
    async def insert_order(
        self,
        *,
        user_key: str,
        chat_id: str,
        status: OrderStatus,
        currency: str,
        subtotal: Decimal,
        shipping_fee: Decimal,
        total: Decimal,
        payment_method: PaymentMethod,
        creator_id: str | None,
        quote_id: str | None,
        mandate_id: int | None,
        invoice_payload: str | None,
        delivery: Delivery | None,
        reserved_until: datetime | None,
        lines: list[dict[str, Any]],
        actor: str,
        now: datetime,
    ) -> int:
        order = {
            "user_key": user_key,
            "chat_id": chat_id,
            "status": status.value,
            "currency": currency,
            "subtotal": subtotal,
            "shipping_fee": shipping_fee,
            "total": total,
            "payment_method": payment_method.value,
            "creator_id": creator_id,
            "quote_id": quote_id,
            "mandate_id": mandate_id,
            "invoice_payload": invoice_payload,
            "delivery": delivery,
            "reserved_until": reserved_until,
        }
        ((order_id, line_ids),) = await self.insert_orders(
            [order], [lines], actors=[actor], now=now
        )
        self.last_line_ids = line_ids
        return order_id

    async def insert_orders(
        self,
        orders: Sequence[dict[str, Any]],
        lines: Sequence[Sequence[dict[str, Any]]],
        *,
        actors: Sequence[str],
        now: datetime,
    ) -> list[tuple[int, list[int]]]:
        """`insert_order` for several orders in three statements (orders, their lines, their
        first events): (order id, line ids) for each, in the order given. `orders` hold the
        column values of `insert_order`'s keywords (status and payment method as values)."""
        result = await self.session.execute(
            insert(t.orders).returning(t.orders.c.id, sort_by_parameter_order=True),
            [
                {
                    **o,
                    "delivery": o["delivery"].as_dict() if o["delivery"] else None,
                    "refunded": Decimal("0"),
                    "created_at": now,
                    "updated_at": now,
                }
                for o in orders
            ],
        )
        order_ids = [int(i) for i in result.scalars().all()]
        flat = [
            {**line, "order_id": oid, "position": i}
            for oid, ls in zip(order_ids, lines, strict=True)
            for i, line in enumerate(ls)
        ]
        inserted = await self.session.execute(
            insert(t.order_lines).returning(t.order_lines.c.id, sort_by_parameter_order=True),
            flat,
        )
        line_ids = iter(int(i) for i in inserted.scalars().all())
        await self.session.execute(
            insert(t.order_events),
            [
                {
                    "order_id": oid,
                    "from_status": None,
                    "to_status": o["status"],
                    "actor": actor,
                    "note": None,
                    "at": now,
                }
                for oid, o, actor in zip(order_ids, orders, actors, strict=True)
            ],
        )
        return [
            (oid, [next(line_ids) for _ in ls]) for oid, ls in zip(order_ids, lines, strict=True)
        ]

    async def add_event(
        self,
        order_id: int,
        old: OrderStatus | None,
        new: OrderStatus,
        actor: str,
        now: datetime,
        note: str | None = None,
    ) -> None:
        await self.session.execute(
            insert(t.order_events).values(
                order_id=order_id,
                from_status=old.value if old else None,
                to_status=new.value,
                actor=actor,
                note=note,
                at=now,
            )
        )

    async def transition(
        self,
        order_id: int,
        old: OrderStatus,
        new: OrderStatus,
        *,
        actor: str,
        now: datetime,
        note: str | None = None,
        **values: Any,
    ) -> bool:
        """Move an order from `old` to `new` if it is still in `old` (one conditional
        statement, so a transition happens exactly once), and record who and when."""
        result = await self.session.execute(
            update(t.orders)
            .where(t.orders.c.id == order_id, t.orders.c.status == old.value)
            .values(status=new.value, updated_at=now, **values)
        )
        if not getattr(result, "rowcount", 0):
            return False
        await self.add_event(order_id, old, new, actor, now, note)
        return True

    async def expire(self, order_id: int, now: datetime) -> bool:
        """pending_payment → expired, only if its reservation really ran out (a pre-checkout
        may have just extended it)."""
        c = t.orders.c
        result = await self.session.execute(
            update(t.orders)
            .where(
                c.id == order_id,
                c.status == OrderStatus.PENDING_PAYMENT.value,
                c.reserved_until <= now,
            )
            .values(status=OrderStatus.EXPIRED.value, updated_at=now)
        )
        if not getattr(result, "rowcount", 0):
            return False
        await self.add_event(
            order_id, OrderStatus.PENDING_PAYMENT, OrderStatus.EXPIRED, "system", now
        )
        return True

    async def extend_reservation(self, order_id: int, now: datetime, until: datetime) -> bool:
        """Keep an unpaid order's stock while Telegram takes the payment (pre-checkout)."""
        c = t.orders.c
        valid = (
            c.id == order_id,
            c.status == OrderStatus.PENDING_PAYMENT.value,
            c.reserved_until > now,
        )
        result = await self.session.execute(
            update(t.orders).where(*valid, c.reserved_until < until).values(reserved_until=until)
        )
        if getattr(result, "rowcount", 0):
            return True
        return (await self.session.execute(select(c.id).where(*valid))).first() is not None

    async def add_refunded(self, order_id: int, amount: Decimal, now: datetime) -> bool:
        """Count a refund against the order; False (nothing changed) if it would exceed what
        was paid — the database checks it too (`refund_within_total`)."""
        c = t.orders.c
        result = await self.session.execute(
            update(t.orders)
            .where(c.id == order_id, c.refunded + amount <= c.total)
            .values(refunded=c.refunded + amount, updated_at=now)
        )
        return bool(getattr(result, "rowcount", 0))

    async def set_fields(self, order_id: int, now: datetime, **values: Any) -> None:
        await self.session.execute(
            update(t.orders).where(t.orders.c.id == order_id).values(updated_at=now, **values)
        )

    async def get(self, order_id: int, *, with_history: bool = True) -> Order | None:
        orders = await self._load(select(t.orders).where(t.orders.c.id == order_id), with_history)
        return orders[0] if orders else None

    async def by_payload(self, payload: str) -> Order | None:
        orders = await self._load(
            select(t.orders).where(t.orders.c.invoice_payload == payload), False
        )
        return orders[0] if orders else None

    async def for_user(self, user_key: str, limit: int = 10) -> list[Order]:
        return await self._load(
            select(t.orders)
            .where(t.orders.c.user_key == user_key)
            .order_by(t.orders.c.id.desc())
            .limit(limit),
            False,
        )

    async def for_quote(self, quote_id: str) -> list[Order]:
        return await self._load(
            select(t.orders).where(t.orders.c.quote_id == quote_id).order_by(t.orders.c.id), False
        )

    async def by_ids(self, ids: list[int]) -> list[Order]:
        if not ids:
            return []
        return await self._load(
            select(t.orders).where(t.orders.c.id.in_(ids)).order_by(t.orders.c.id), False
        )

    async def for_creators(
        self, creator_ids: list[str], statuses: list[OrderStatus] | None = None, limit: int = 20
    ) -> list[Order]:
        stmt = (
            select(t.orders)
            .where(t.orders.c.creator_id.in_(creator_ids))
            .order_by(t.orders.c.id.desc())
            .limit(limit)
        )
        if statuses:
            stmt = stmt.where(t.orders.c.status.in_([s.value for s in statuses]))
        return await self._load(stmt, False)

    async def find(
        self, statuses: list[OrderStatus] | None = None, limit: int = 1000
    ) -> list[Order]:
        stmt = select(t.orders).order_by(t.orders.c.id).limit(limit)
        if statuses:
            stmt = stmt.where(t.orders.c.status.in_([s.value for s in statuses]))
        return await self._load(stmt, False)

    async def due_reservations(self, now: datetime, limit: int = 200) -> list[int]:
        c = t.orders.c
        rows = await self.session.execute(
            select(c.id)
            .where(
                c.status == OrderStatus.PENDING_PAYMENT.value,
                c.reserved_until.is_not(None),
                c.reserved_until <= now,
            )
            .order_by(c.reserved_until)
            .limit(limit)
        )
        return [int(i) for (i,) in rows]

    async def _load(self, stmt: Any, with_history: bool) -> list[Order]:
        rows = (await self.session.execute(stmt)).mappings().all()
        if not rows:
            return []
        ids = [int(r["id"]) for r in rows]
        line_rows = (
            await self.session.execute(
                select(t.order_lines)
                .where(t.order_lines.c.order_id.in_(ids))
                .order_by(t.order_lines.c.order_id, t.order_lines.c.position)
            )
        ).mappings()
        lines: dict[int, list[OrderLine]] = defaultdict(list)
        for r in line_rows:
            lines[int(r["order_id"])].append(
                OrderLine(
                    id=int(r["id"]),
                    product_id=r["product_id"],
                    sku_id=r["sku_id"],
                    title=r["title"],
                    sku_label=r["sku_label"],
                    quantity=int(r["quantity"]),
                    unit_price=r["unit_price"],
                    regular_price=r["regular_price"],
                    flash_sale_id=r["flash_sale_id"],
                    returned_quantity=int(r["returned_quantity"]),
                )
            )
        history: dict[int, list[OrderEvent]] = defaultdict(list)
        if with_history:
            for r in (
                await self.session.execute(
                    select(t.order_events)
                    .where(t.order_events.c.order_id.in_(ids))
                    .order_by(t.order_events.c.id)
                )
            ).mappings():
                history[int(r["order_id"])].append(
                    OrderEvent(
                        OrderStatus(r["from_status"]) if r["from_status"] else None,
                        OrderStatus(r["to_status"]),
                        r["actor"],
                        r["at"],
                        r["note"],
                    )
                )
        return [
            _order_from_row(r, tuple(lines[int(r["id"])]), tuple(history[int(r["id"])]))
            for r in rows
        ]

    # ---- payments -----------------------------------------------------------------------
    async def add_payment(
        self,
        *,
        order_id: int,
        kind: str,
        method: PaymentMethod,
        amount: Decimal,
        currency: str,
        now: datetime,
        status: str = "done",
        telegram_charge_id: str | None = None,
        provider_charge_id: str | None = None,
        ref: str | None = None,
    ) -> bool:
        """Record a charge or a refund; False when its Telegram charge id or `ref` was
        recorded before (a re-delivered update, a double press)."""
        stmt = self._insert(t.payments).values(
            order_id=order_id,
            kind=kind,
            method=method.value,
            amount=amount,
            currency=currency,
            telegram_charge_id=telegram_charge_id,
            provider_charge_id=provider_charge_id,
            status=status,
            ref=ref,
            at=now,
        )
        result = await self.session.execute(stmt.on_conflict_do_nothing())
        return bool(getattr(result, "rowcount", 0))

    async def payments(self, order_id: int) -> list[dict[str, Any]]:
        rows = await self.session.execute(
            select(t.payments).where(t.payments.c.order_id == order_id).order_by(t.payments.c.id)
        )
        return [dict(r) for r in rows.mappings()]

    # ---- idempotency keys ---------------------------------------------------------------
    async def claim_request(
        self, key: str, user_key: str, fingerprint: str, now: datetime
    ) -> dict[str, Any] | None:
        """Claim an idempotency key; the stored request when it was claimed before."""
        result = await self.session.execute(
            self._insert(t.order_requests)
            .values(key=key, user_key=user_key, fingerprint=fingerprint, created_at=now)
            .on_conflict_do_nothing(index_elements=["key"])
        )
        if getattr(result, "rowcount", 0):
            return None
        row = (
            (
                await self.session.execute(
                    select(t.order_requests).where(t.order_requests.c.key == key)
                )
            )
            .mappings()
            .one()
        )
        return dict(row)

    async def finish_request(self, key: str, order_ids: list[int]) -> None:
        await self.session.execute(
            update(t.order_requests)
            .where(t.order_requests.c.key == key)
            .values(order_ids=order_ids)
        )

    # ---- mandates -----------------------------------------------------------------------
    async def insert_mandate(self, values: dict[str, Any]) -> int:
        result = await self.session.execute(
            insert(t.mandates).values(**values).returning(t.mandates.c.id)
        )
        return int(result.scalar_one())

    async def mandate(self, mandate_id: int) -> Mandate | None:
        row = (
            (await self.session.execute(select(t.mandates).where(t.mandates.c.id == mandate_id)))
            .mappings()
            .first()
        )
        return _mandate_from_row(row) if row else None

    async def mandates(
        self,
        *,
        user_key: str | None = None,
        statuses: list[MandateStatus] | None = None,
        trigger: MandateTrigger | None = None,
        flash_sale_id: str | None = None,
        product_ids: list[str] | None = None,
        limit: int = 1000,
    ) -> list[Mandate]:
        c = t.mandates.c
        stmt = select(t.mandates).order_by(c.id).limit(limit)
        if user_key is not None:
            stmt = stmt.where(c.user_key == user_key)
        if statuses:
            stmt = stmt.where(c.status.in_([s.value for s in statuses]))
        if trigger is not None:
            stmt = stmt.where(c.trigger == trigger.value)
        if flash_sale_id is not None:
            stmt = stmt.where(c.flash_sale_id == flash_sale_id)
        if product_ids is not None:
            stmt = stmt.where(c.product_id.in_(product_ids))
        return [_mandate_from_row(r) for r in (await self.session.execute(stmt)).mappings()]

    async def mandate_status(
        self,
        mandate_id: int,
        old: list[MandateStatus],
        new: MandateStatus,
        now: datetime,
        **values: Any,
    ) -> bool:
        c = t.mandates.c
        result = await self.session.execute(
            update(t.mandates)
            .where(c.id == mandate_id, c.status.in_([s.value for s in old]))
            .values(status=new.value, **values)
        )
        changed = bool(getattr(result, "rowcount", 0))
        if changed:
            await self.log_mandate(mandate_id, new.value, values.get("outcome"), now)
        return changed

    async def log_mandate(self, mandate_id: int, event: str, detail: Any, now: datetime) -> None:
        await self.session.execute(
            insert(t.mandate_log).values(
                mandate_id=mandate_id,
                event=event,
                detail={"detail": detail} if detail is not None else None,
                at=now,
            )
        )

    async def mandate_log(self, mandate_id: int) -> list[tuple[str, Any]]:
        rows = await self.session.execute(
            select(t.mandate_log.c.event, t.mandate_log.c.detail)
            .where(t.mandate_log.c.mandate_id == mandate_id)
            .order_by(t.mandate_log.c.id)
        )
        return [(e, d) for e, d in rows]

    async def sales_with_open_mandates(self, now: datetime) -> list[str]:
        """Flash sales whose sale-start mandates are due (the sale has started)."""
        from catalog import tables as ct

        c = t.mandates.c
        rows = await self.session.execute(
            select(c.flash_sale_id)
            .distinct()
            .select_from(t.mandates.join(ct.flash_sales, ct.flash_sales.c.id == c.flash_sale_id))
            .where(
                c.trigger == MandateTrigger.SALE_START.value,
                c.status.in_([MandateStatus.ACTIVE.value, MandateStatus.TRIGGERED.value]),
                ct.flash_sales.c.starts_at <= now,
            )
        )
        return [sid for (sid,) in rows]

    async def sale_has_waiting_mandates(self, sale_id: str) -> bool:
        c = t.mandates.c
        row = (
            await self.session.execute(
                select(c.id)
                .where(
                    c.flash_sale_id == sale_id,
                    c.trigger == MandateTrigger.SALE_START.value,
                    c.status.in_(
                        [
                            MandateStatus.ACTIVE.value,
                            MandateStatus.TRIGGERED.value,
                            MandateStatus.EXECUTING.value,
                        ]
                    ),
                )
                .limit(1)
            )
        ).first()
        return row is not None
