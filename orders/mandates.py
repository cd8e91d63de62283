"""Buy for me (帮我抢): purchases the shopper pre-authorised once, explicitly, with caps.

A mandate holds everything it may do: the product and allowed SKUs, the quantity, the highest
unit price and total, the delivery details and payment method, and an expiry (never after the
flash sale ends). It triggers when its moment comes — the sale starts, a price change brings
the price to the target, the product is back — and is then executed through the same atomic
order path as a live tap, at most once (`active → triggered → executing → bought | missed`,
each step one conditional statement), never above its caps. The shopper always gets a
receipt: what was bought and at what price, or why not. Every step is kept in `mandate_log`.

A sale's mandates are served in the order they were made before live taps compete: while a
started sale has mandates waiting, a live tap either becomes the runner that serves them (one
runner per sale at a time, by lease) or is told the sale is opening.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation

from sqlalchemy import update

from catalog.events import EventKind, EventLog
from catalog.pricing import quote_line
from catalog.queries import pricing_inputs
from catalog.repository import CatalogRepository
from ground.infra import Infra
from ground.uow import UnitOfWork
from orders import notices
from orders import tables as t
from orders.checkout import QuotedLine, _place, payment_method_for
from orders.commands import CancelMandate, CreateMandate
from orders.errors import (
    MandateInvalid,
    NeedsDelivery,
    OrderError,
    UnknownMandate,
    UnknownProduct,
)
from orders.model import Delivery, Mandate, MandateStatus, MandateTrigger
from orders.repository import OrderRepository

log = logging.getLogger(__name__)
MAX_DAYS = 30
DEFAULT_DAYS = 7
RUN_LEASE = timedelta(minutes=1)
EVENTS_CONSUMER = "orders.mandates"
OPEN = [MandateStatus.ACTIVE, MandateStatus.TRIGGERED]


def _money(value: str | None, field: str) -> Decimal | None:
    if value is None:
        return None
    try:
        amount = Decimal(value)
    except InvalidOperation:
        raise MandateInvalid("bad_amount", field) from None
    if amount <= 0 or amount != amount.quantize(Decimal("0.01")):
        raise MandateInvalid("bad_amount", field)
    return amount


@dataclass(frozen=True, slots=True)
class MandatePreview:
    """What a mandate would do, shown for the shopper to authorise (nothing is stored)."""

    product_title: str
    sku_label: str | None
    quantity: int
    max_unit_price: Decimal
    max_total: Decimal
    currency: str
    expires_at: datetime
    payment_method: str
    delivery: Delivery | None
    sale_starts_at: datetime | None


async def preview_mandate(infra: Infra, cmd: CreateMandate) -> MandatePreview:
    """Validate a mandate exactly as `create_mandate` would and say what it will do."""
    return await _validated(infra, cmd, store=False)  # type: ignore[return-value]


async def create_mandate(infra: Infra, cmd: CreateMandate) -> Mandate:
    """Validate and store a mandate (active at once: the shopper confirmed its summary)."""
    result = await _validated(infra, cmd, store=True)
    assert isinstance(result, Mandate)
    return result


async def _validated(infra: Infra, cmd: CreateMandate, *, store: bool) -> Mandate | MandatePreview:
    now = infra.clock.now()
    try:
        trigger = MandateTrigger(cmd.trigger)
    except ValueError:
        raise MandateInvalid("bad_trigger", cmd.trigger) from None
    if not 1 <= cmd.quantity <= 99:
        raise MandateInvalid("bad_quantity", str(cmd.quantity))
    async with infra.write_lock(), infra.uow() as uow:
        catalog = CatalogRepository(uow.session)
        repo = OrderRepository(uow.session)
        product = await catalog.get_product(cmd.product_id)
        if product is None or not product.is_on_sale:
            raise UnknownProduct(cmd.product_id)
        active = [s.id for s in product.active_skus]
        sku_ids: tuple[str, ...] | None = None
        if product.skus:
            sku_ids = tuple(dict.fromkeys(cmd.sku_ids or ()))
            if not sku_ids or any(s not in active for s in sku_ids):
                raise MandateInvalid("bad_sku", ",".join(cmd.sku_ids or ()))
        elif cmd.sku_ids:
            raise MandateInvalid("bad_sku", ",".join(cmd.sku_ids))
        sales = await catalog.list_flash_sales([product.id])
        cap = _money(cmd.max_unit_price, "max_unit_price")
        latest = now + timedelta(days=MAX_DAYS)
        sale = None
        if trigger is MandateTrigger.SALE_START:
            sale = next((s for s in sales if s.id == cmd.flash_sale_id), None)
            if sale is None:
                raise MandateInvalid("unknown_sale", cmd.flash_sale_id or "")
            if sale.ends_at <= now:
                raise MandateInvalid("sale_over", sale.id)
            if sale.sku_id is not None and sku_ids != (sale.sku_id,):
                sku_ids = (sale.sku_id,) if sku_ids is None or sale.sku_id in sku_ids else sku_ids
                if sku_ids != (sale.sku_id,):
                    raise MandateInvalid("bad_sku", ",".join(sku_ids))
            if cmd.quantity > sale.per_user_limit:
                raise MandateInvalid("over_limit", str(sale.per_user_limit))
            latest = sale.ends_at
            flash_prices = [
                quote_line(product, sku_id=s, sales=[sale], now=sale.starts_at).unit_price
                for s in (sku_ids or (None,))
            ]
            if cap is not None and cap < min(flash_prices):
                raise MandateInvalid("cap_below_price", str(min(flash_prices)))
            cap = cap or max(flash_prices)
        elif trigger is MandateTrigger.PRICE_DROP:
            if cap is None:
                raise MandateInvalid("target_needed")
            current = min(
                quote_line(product, sku_id=s, sales=sales, now=now).unit_price
                for s in (sku_ids or (None,))
            )
            if current <= cap:
                raise MandateInvalid("already_there", str(current))
        else:
            quotes = [
                quote_line(product, sku_id=s, quantity=cmd.quantity, sales=sales, now=now)
                for s in (sku_ids or (None,))
            ]
            if any(q.available >= cmd.quantity for q in quotes):
                raise MandateInvalid("in_stock")
            cap = cap or max(q.unit_price for q in quotes)
        assert cap is not None
        max_total = _money(cmd.max_total, "max_total") or cap * cmd.quantity
        if max_total < cap * cmd.quantity and trigger is not MandateTrigger.PRICE_DROP:
            raise MandateInvalid("total_below_caps", str(cap * cmd.quantity))
        expires = now + timedelta(days=DEFAULT_DAYS) if cmd.expires_at is None else None
        if cmd.expires_at is not None:
            try:
                expires = datetime.fromisoformat(cmd.expires_at)
            except ValueError:
                raise MandateInvalid("bad_expiry", cmd.expires_at) from None
            if expires.tzinfo is None or expires <= now:
                raise MandateInvalid("bad_expiry", cmd.expires_at)
        assert expires is not None
        expires = min(expires, latest)
        method = payment_method_for(infra, product.currency)
        delivery = await repo.delivery(cmd.user_key)
        if not store:
            sku = product.sku(sku_ids[0]) if sku_ids else None
            return MandatePreview(
                product_title=product.title,
                sku_label=sku.label if sku else None,
                quantity=cmd.quantity,
                max_unit_price=cap,
                max_total=max_total,
                currency=product.currency,
                expires_at=expires,
                payment_method=method.value,
                delivery=delivery,
                sale_starts_at=sale.starts_at if sale else None,
            )
        if delivery is None:
            raise NeedsDelivery()
        mandate_id = await repo.insert_mandate(
            {
                "user_key": cmd.user_key,
                "chat_id": cmd.chat_id,
                "trigger": trigger.value,
                "product_id": product.id,
                "sku_ids": list(sku_ids) if sku_ids is not None else None,
                "flash_sale_id": sale.id if sale else None,
                "quantity": cmd.quantity,
                "max_unit_price": cap,
                "max_total": max_total,
                "currency": product.currency,
                "payment_method": method.value,
                "delivery": delivery.as_dict(),
                "status": MandateStatus.ACTIVE.value,
                "expires_at": expires,
                "created_at": now,
            }
        )
        await repo.log_mandate(mandate_id, "created", None, now)
        await uow.commit()
        mandate = await repo.mandate(mandate_id)
    assert mandate is not None
    return mandate


async def cancel_mandate(infra: Infra, cmd: CancelMandate) -> Mandate:
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        repo = OrderRepository(uow.session)
        mandate = await repo.mandate(cmd.mandate_id)
        if mandate is None or mandate.user_key != cmd.user_key:
            raise UnknownMandate(cmd.mandate_id)
        if not await repo.mandate_status(
            mandate.id, OPEN, MandateStatus.CANCELLED, now, decided_at=now, outcome="cancelled"
        ):
            raise MandateInvalid("not_open", mandate.status.value)
        await uow.commit()
        result = await repo.mandate(mandate.id)
    assert result is not None
    return result


async def list_mandates(infra: Infra, user_key: str) -> list[Mandate]:
    async with infra.uow() as uow:
        return await OrderRepository(uow.session).mandates(user_key=user_key)


async def mandate_history(infra: Infra, mandate_id: int) -> list[tuple[str, object]]:
    async with infra.uow() as uow:
        return await OrderRepository(uow.session).mandate_log(mandate_id)


# ---- executing --------------------------------------------------------------------------
async def _finish(
    uow: UnitOfWork, mandate: Mandate, now: datetime, *, outcome: str, back_to_active: bool = False
) -> None:
    repo = OrderRepository(uow.session)
    if back_to_active:
        await repo.mandate_status(
            mandate.id, [MandateStatus.EXECUTING], MandateStatus.ACTIVE, now, outcome=outcome
        )
        return
    if await repo.mandate_status(
        mandate.id,
        [MandateStatus.EXECUTING],
        MandateStatus.MISSED,
        now,
        outcome=outcome,
        decided_at=now,
    ):
        await uow.outbox.add(
            notices.mandate_result(mandate, bought=False, reason=outcome, order_id=None), now
        )


async def execute(infra: Infra, mandate_id: int) -> Mandate | None:
    """Run one triggered mandate through the order path, at most once."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        repo = OrderRepository(uow.session)
        if not await repo.mandate_status(
            mandate_id, [MandateStatus.TRIGGERED], MandateStatus.EXECUTING, now
        ):
            return None
        await uow.commit()
    async with infra.uow() as uow:
        repo = OrderRepository(uow.session)
        mandate = await repo.mandate(mandate_id)
        assert mandate is not None
        inputs = await pricing_inputs(uow, [mandate.product_id], mandate.user_key)
    repeatable = mandate.trigger is not MandateTrigger.SALE_START
    # The first allowed option that can be bought within the caps.
    chosen: QuotedLine | None = None
    reason = "sold_out"
    for sku_id in mandate.sku_ids or (None,):
        q = inputs.quote(mandate.product_id, sku_id, mandate.quantity, now)
        if q is None:
            reason = "unavailable"
            continue
        if not q.ok:
            reason = q.problem.value if q.problem else "unavailable"
            continue
        if mandate.trigger is MandateTrigger.SALE_START and (
            q.flash_sale is None or q.flash_sale.id != mandate.flash_sale_id
        ):
            reason = "flash_sold_out"
            continue
        if q.unit_price > mandate.max_unit_price or q.total > mandate.max_total:
            reason = "price_above_cap"
            continue
        if q.currency != mandate.currency:
            reason = "currency"
            continue
        product = inputs.products[mandate.product_id]
        sku = product.sku(sku_id) if sku_id else None
        chosen = QuotedLine(
            product.id,
            sku_id,
            mandate.quantity,
            q.unit_price,
            q.regular_price,
            q.currency,
            q.flash_sale.id if q.flash_sale else None,
            product.title,
            sku.label if sku else None,
            product.creator_id,
            per_user_limit=q.flash_sale.per_user_limit if q.flash_sale else None,
        )
        break
    async with infra.write_lock(), infra.uow() as uow:
        repo = OrderRepository(uow.session)
        if chosen is None:
            await _finish(
                uow,
                mandate,
                now,
                outcome=reason,
                back_to_active=repeatable and now < mandate.expires_at,
            )
            await uow.commit()
            return await repo.mandate(mandate_id)
        try:
            savepoint = await uow.session.begin_nested()
            placed = await _place(
                infra,
                uow,
                user_key=mandate.user_key,
                chat_id=mandate.chat_id,
                lines=[chosen],
                delivery=mandate.delivery,
                now=now,
                quote_id=None,
                mandate_id=mandate.id,
                actor=f"mandate:{mandate.id}",
            )
            await savepoint.commit()
        except OrderError as exc:
            await savepoint.rollback()
            await _finish(
                uow,
                mandate,
                now,
                outcome=type(exc).__name__,
                back_to_active=repeatable and now < mandate.expires_at,
            )
            await uow.commit()
            return await repo.mandate(mandate_id)
        await repo.mandate_status(
            mandate.id,
            [MandateStatus.EXECUTING],
            MandateStatus.BOUGHT,
            now,
            outcome="bought",
            order_id=placed[0].id,
            decided_at=now,
        )
        await uow.outbox.add(
            notices.mandate_result(
                mandate,
                bought=True,
                reason=None,
                order_id=placed[0].id,
                unit_price=str(chosen.unit_price),
                title=chosen.title,
            ),
            now,
        )
        await uow.commit()
        return await repo.mandate(mandate_id)


async def _claim_run(uow: UnitOfWork, sale_id: str, now: datetime) -> bool:
    dialect = uow.dialect
    from sqlalchemy.dialects import postgresql, sqlite

    ins = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(t.mandate_runs)
    runs = t.mandate_runs.c
    stmt = ins.values(flash_sale_id=sale_id, lease_until=now + RUN_LEASE).on_conflict_do_update(
        index_elements=["flash_sale_id"],
        set_={"lease_until": now + RUN_LEASE},
        where=(runs.finished_at.is_(None)) & (runs.lease_until < now),
    )
    result = await uow.session.execute(stmt)
    return bool(getattr(result, "rowcount", 0))


async def serve_sale(infra: Infra, sale_id: str) -> bool:
    """Serve a started sale's mandates in the order they were made. False when another runner
    holds the sale (a live tap then hears the sale is opening)."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        if not await _claim_run(uow, sale_id, now):
            return False
        repo = OrderRepository(uow.session)
        waiting = await repo.mandates(
            statuses=[*OPEN, MandateStatus.EXECUTING],
            trigger=MandateTrigger.SALE_START,
            flash_sale_id=sale_id,
        )
        for m in waiting:
            if m.status is MandateStatus.ACTIVE:
                await repo.mandate_status(
                    m.id, [MandateStatus.ACTIVE], MandateStatus.TRIGGERED, now
                )
            elif m.status is MandateStatus.EXECUTING:
                # A runner died mid-mandate: its transaction rolled back; serve it again.
                await repo.mandate_status(
                    m.id, [MandateStatus.EXECUTING], MandateStatus.TRIGGERED, now
                )
        await uow.commit()
    for m in waiting:
        await execute(infra, m.id)
    async with infra.write_lock(), infra.uow() as uow:
        await uow.session.execute(
            update(t.mandate_runs)
            .where(t.mandate_runs.c.flash_sale_id == sale_id)
            .values(finished_at=infra.clock.now())
        )
        await uow.commit()
    return True


async def run_due(infra: Infra) -> int:
    """The mandates' clock: serve started sales, react to price and stock events, expire old
    mandates. Safe to call from several processes; returns how many mandates were decided."""
    now = infra.clock.now()
    decided = 0
    async with infra.uow() as uow:
        sales = await OrderRepository(uow.session).sales_with_open_mandates(now)
    for sale_id in sales:
        await serve_sale(infra, sale_id)
        decided += 1
    # Price drops and returns to stock, from the catalog's event log.
    async with infra.write_lock(), infra.uow() as uow:
        events, last = await EventLog(uow.session).consume(EVENTS_CONSUMER)
        products = {
            e.product_id
            for e in events
            if e.product_id
            and e.kind
            in (
                EventKind.PRICE_CHANGED,
                EventKind.BACK_IN_STOCK,
                EventKind.FLASH_SALE_ADDED,
                EventKind.FLASH_SALE_CHANGED,
            )
        }
        triggered: list[int] = []
        if products:
            repo = OrderRepository(uow.session)
            inputs = await pricing_inputs(uow, list(products), None)
            for m in await repo.mandates(
                statuses=[MandateStatus.ACTIVE], product_ids=list(products)
            ):
                if m.trigger is MandateTrigger.SALE_START:
                    continue
                quotes = [
                    inputs.quote(m.product_id, s, m.quantity, now) for s in (m.sku_ids or (None,))
                ]
                ready = any(
                    q is not None and q.ok and q.unit_price <= m.max_unit_price for q in quotes
                )
                if ready and await repo.mandate_status(
                    m.id, [MandateStatus.ACTIVE], MandateStatus.TRIGGERED, now
                ):
                    triggered.append(m.id)
        await EventLog(uow.session).advance(EVENTS_CONSUMER, last)
        await uow.commit()
    for mandate_id in triggered:
        await execute(infra, mandate_id)
        decided += 1
    decided += await _expire(infra, now)
    return decided


async def _expire(infra: Infra, now: datetime) -> int:
    async with infra.write_lock(), infra.uow() as uow:
        repo = OrderRepository(uow.session)
        n = 0
        for m in await repo.mandates(statuses=[MandateStatus.ACTIVE]):
            if m.expires_at <= now and await repo.mandate_status(
                m.id,
                [MandateStatus.ACTIVE],
                MandateStatus.EXPIRED,
                now,
                outcome="expired",
                decided_at=now,
            ):
                await uow.outbox.add(
                    notices.mandate_result(m, bought=False, reason="expired", order_id=None), now
                )
                n += 1
        await uow.commit()
    return n
