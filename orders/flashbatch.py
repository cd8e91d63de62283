"""Group commit for a flash crowd: in one process, the confirms of one sale's one-line quotes
are placed together — one read of the product, the quotes and the shoppers, one transaction,
one conditional statement on the sale's quantity for the whole batch — instead of one
transaction each, queueing on the sale's row lock one after another.

A batch changes no rule. The same conditional statements decide (every shopper's limit in
one multi-row upsert, the sale's and the SKU's units against the batch's sum), and it is all
or nothing: anything unusual — a price that moved, an expired or already confirmed quote, a
missing address, waiting buy-for-me mandates, a shopper over the limit, a sale that ran short
because another process sold units, a database error — sends the requests concerned (when a
statement refuses, the whole batch, rolled back) down the one-by-one path of
`orders.checkout.confirm`, which gives each its own answer. While one batch is being written
the next one gathers, so the batches grow with the crowd and a lone shopper waits for no one.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import weakref
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from accounts.repository import AccountRepository
from catalog.inventory import BatchTake, InventoryRepository
from catalog.model import FlashSale
from catalog.queries import PricingInputs, pricing_inputs
from ground.infra import Infra
from orders import notices
from orders.checkout import (
    _drafts,
    _line_from_json,
    _quoted,
    initial_status,
    needs_delivery_first,
    new_order,
    order_line_values,
    payment_method_for,
)
from orders.commands import ConfirmQuote
from orders.model import CartLine, Delivery, Order, PaymentMethod, QuotedLine
from orders.repository import CartRepository, OrderRepository

log = logging.getLogger(__name__)

MAX_BATCH = 64


@dataclass(eq=False)
class _Request:
    cmd: ConfirmQuote
    line: QuotedLine
    done: asyncio.Future[Order | None]


@dataclass(eq=False)
class _Accepted:
    request: _Request
    line: QuotedLine
    method: PaymentMethod
    delivery: Delivery | None
    source: str


@dataclass(eq=False)
class _Batcher:
    waiting: list[_Request] = field(default_factory=list)
    task: asyncio.Task[None] | None = None


_batchers: weakref.WeakKeyDictionary[Infra, dict[str, _Batcher]] = weakref.WeakKeyDictionary()


async def confirm_flash(infra: Infra, cmd: ConfirmQuote, line: QuotedLine) -> Order | None:
    """Place a one-line flash quote in this process's next batch for its sale: the order, or
    None when this confirm must take the one-by-one path (nothing was written for it)."""
    if line.flash_sale_id is None:
        return None
    batchers = _batchers.setdefault(infra, {})
    batcher = batchers.setdefault(line.flash_sale_id, _Batcher())
    done: asyncio.Future[Order | None] = asyncio.get_running_loop().create_future()
    batcher.waiting.append(_Request(cmd, line, done))
    if batcher.task is None:
        batcher.task = asyncio.create_task(_drain(infra, line.flash_sale_id, batcher))
    return await done


async def _drain(infra: Infra, sale_id: str, batcher: _Batcher) -> None:
    try:
        while batcher.waiting:
            batch: list[_Request] = []
            later: list[_Request] = []
            users: set[str] = set()
            for request in batcher.waiting:
                # One request per shopper in a batch: a multi-row upsert may touch a row once.
                if len(batch) < MAX_BATCH and request.cmd.user_key not in users:
                    users.add(request.cmd.user_key)
                    batch.append(request)
                else:
                    later.append(request)
            batcher.waiting = later
            placed: dict[_Request, Order] = {}
            try:
                placed = await _place_batch(infra, sale_id, batch)
            except Exception:  # the one-by-one path answers each of them, errors included
                log.warning(
                    "flash batch of %d for %s fell back", len(batch), sale_id, exc_info=True
                )
            for request in batch:
                if not request.done.done():
                    request.done.set_result(placed.get(request))
    finally:
        batcher.task = None
        for request in batcher.waiting:
            if not request.done.done():
                request.done.set_result(None)
        batcher.waiting = []


async def _place_batch(infra: Infra, sale_id: str, batch: list[_Request]) -> dict[_Request, Order]:
    """Write the orders of every request that would be placed one by one exactly as shown;
    the requests left out take the one-by-one path."""
    now = infra.clock.now()
    for _ in range(3):
        accepted, sale = await _accept(infra, sale_id, batch, now)
        if sale is None or not accepted:
            return {}
        outcome = await _write(infra, sale, accepted, now)
        if isinstance(outcome, dict):
            return outcome
        # Refused and rolled back: another process sold units meanwhile, or a shopper reached
        # their limit elsewhere. Read again (what is left, who may still buy) and retry the
        # rest, rather than sending the whole batch one by one.
        batch = [r for r in batch if r.cmd.user_key not in outcome.over_limit]
    return {}


async def _accept(
    infra: Infra, sale_id: str, batch: list[_Request], now: datetime
) -> tuple[list[_Accepted], FlashSale | None]:
    """The requests a one-by-one confirm would place exactly as shown, as of now, within the
    units left; and the sale."""
    users = sorted(r.cmd.user_key for r in batch)
    async with infra.uow() as uow:
        repo = OrderRepository(uow.session)
        if await repo.sale_has_waiting_mandates(sale_id):
            return [], None
        quotes = await repo.quotes([r.cmd.quote_id for r in batch])
        inputs = await pricing_inputs(uow, sorted({r.line.product_id for r in batch}), None)
        bought = await InventoryRepository(uow.session).bought_by(sale_id, users)
        deliveries = await repo.deliveries(users)
    sale = next((s for g in inputs.sales.values() for s in g if s.id == sale_id), None)
    if sale is None or not sale.is_active(now):
        return [], None
    left = sale.units_left
    accepted: list[_Accepted] = []
    for request in batch:
        row = quotes.get(request.cmd.quote_id)
        if (
            row is None
            or row["user_key"] != request.cmd.user_key
            or row["status"] != "open"
            or row["expires_at"] <= now
            or len(row["lines"]) != 1
        ):
            continue
        line = _line_from_json(row["lines"][0])
        mine = PricingInputs(
            inputs.products, inputs.sales, {sale_id: bought.get(row["user_key"], 0)}
        )
        cart_line = CartLine(line.product_id, line.sku_id, line.quantity, now)
        requote = _quoted(mine, cart_line, now)[1]
        if requote is None or requote.key() != line.key() or line.flash_sale_id != sale_id:
            continue
        method = payment_method_for(infra, line.currency)
        delivery = deliveries.get(row["user_key"])
        if line.quantity > left or (needs_delivery_first(method) and delivery is None):
            continue
        left -= line.quantity
        accepted.append(_Accepted(request, line, method, delivery, row["source"]))
    return accepted, sale


async def _write(
    infra: Infra, sale: FlashSale, accepted: list[_Accepted], now: datetime
) -> dict[_Request, Order] | BatchTake:
    """One transaction for the batch: the orders placed, or the refusal (nothing written)."""
    async with infra.write_lock(), infra.uow() as uow:
        repo = OrderRepository(uow.session)
        opened = await repo.close_quotes([a.request.cmd.quote_id for a in accepted], "confirmed")
        accepted = [a for a in accepted if a.request.cmd.quote_id in opened]
        if not accepted:
            return {}  # confirmed meanwhile: the one-by-one path returns their orders
        accepted.sort(key=lambda a: a.request.cmd.user_key)  # one lock order for every batch
        drafts = [_drafts([a.line])[0] for a in accepted]
        minutes = timedelta(minutes=infra.settings.reservation_minutes)
        specs: list[dict[str, object]] = []
        payloads: list[str | None] = []
        until: list[datetime | None] = []
        for a, draft in zip(accepted, drafts, strict=True):
            online = a.method is not PaymentMethod.COD
            payloads.append(secrets.token_urlsafe(18) if online else None)
            until.append(now + minutes if online else None)
            specs.append(
                {
                    "user_key": a.request.cmd.user_key,
                    "chat_id": a.request.cmd.chat_id,
                    "status": initial_status(a.method).value,
                    "currency": draft.currency,
                    "subtotal": draft.subtotal,
                    "shipping_fee": draft.shipping_fee,
                    "total": draft.total,
                    "payment_method": a.method.value,
                    "creator_id": draft.creator_id,
                    "quote_id": a.request.cmd.quote_id,
                    "mandate_id": None,
                    "invoice_payload": payloads[-1],
                    "delivery": a.delivery,
                    "reserved_until": until[-1],
                }
            )
        ids = await repo.insert_orders(
            specs,
            [[order_line_values(a.line)] for a in accepted],
            actors=[a.request.cmd.user_key for a in accepted],
            now=now,
        )
        inventory = InventoryRepository(uow.session)
        refs = [f"order:{order_id}" for order_id, _ in ids]
        flash = [
            (a.request.cmd.user_key, a.line.quantity, ref)
            for a, ref in zip(accepted, refs, strict=True)
        ]
        product_id = accepted[0].line.product_id
        taken = await inventory.take_flash_many(
            sale.id, sale.per_user_limit, flash, product_id=product_id, now=now
        )
        if not taken.ok:
            return taken  # leaving without commit rolls the whole batch back
        by_sku: dict[str | None, list[tuple[int, str]]] = {}
        for a, ref in zip(accepted, refs, strict=True):
            by_sku.setdefault(a.line.sku_id, []).append((a.line.quantity, ref))
        for sku_id in sorted(by_sku, key=lambda s: s or ""):
            if not await inventory.take_many(product_id, sku_id, by_sku[sku_id], now=now):
                return BatchTake(False)
        await repo.set_quotes_orders(
            {
                a.request.cmd.quote_id: [order_id]
                for a, (order_id, _) in zip(accepted, ids, strict=True)
            }
        )
        carts = CartRepository(uow.session)
        sellers: dict[str, list[str]] = {}
        placed: dict[_Request, Order] = {}
        for a, draft, payload, reserved_until, (order_id, line_ids) in zip(
            accepted, drafts, payloads, until, ids, strict=True
        ):
            if a.source == "cart":
                await carts.remove(a.request.cmd.user_key, a.line.product_id, a.line.sku_id)
            order = new_order(
                order_id,
                line_ids,
                draft,
                user_key=a.request.cmd.user_key,
                chat_id=a.request.cmd.chat_id,
                method=a.method,
                quote_id=a.request.cmd.quote_id,
                mandate_id=None,
                invoice_payload=payload,
                delivery=a.delivery,
                reserved_until=reserved_until,
                actor=a.request.cmd.user_key,
                now=now,
            )
            placed[a.request] = order
            if a.method is PaymentMethod.COD and draft.creator_id:
                if draft.creator_id not in sellers:
                    accounts = AccountRepository(uow.session)
                    sellers[draft.creator_id] = await accounts.accounts_of(draft.creator_id)
                for seller in sellers[draft.creator_id]:
                    await uow.outbox.add(notices.seller_new_order(order, seller), now)
        await uow.commit()
    return placed
