"""Checkout: a quote bound to what was shown, then confirmation that reserves stock atomically.

* `checkout` prices the cart (or "buy now" lines) with the one pricing function and stores the
  result as a quote with an id and an expiry. Nothing is reserved.
* `confirm` re-prices every line; if anything differs (price, stock, the flash window, a
  limit) nothing is placed and the shopper gets the new quote (`QuoteChanged`). Otherwise, in
  one transaction: the quote closes (once — a double tap or a re-delivered update finds it
  closed and gets the same orders back), one order per seller and currency is written with
  titles and prices snapshotted, and the units are taken through the inventory ledger's
  conditional statements (per-shopper flash units, the sale's quantity, the SKU's stock). Any
  refusal rolls the whole transaction back.
* `place_order` does both at once for scripts and tools, with an idempotency key.

Payment: Telegram Stars for prices in XTR; Telegram Payments when a provider token is set;
otherwise pay on delivery, so the embedded default works end to end.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import secrets
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from accounts.repository import AccountRepository
from catalog.inventory import FlashTake, InventoryRepository, TakeResult
from catalog.pricing import QuoteProblem
from catalog.queries import PricingInputs, pricing_inputs
from catalog.repository import CatalogRepository
from ground.infra import Infra
from ground.money import STARS
from ground.uow import UnitOfWork
from orders import notices
from orders.admission import SoldOut, Ticket, admit
from orders.commands import Checkout, ConfirmQuote, LineRequest, PlaceOrder, SetDelivery
from orders.errors import (
    BadDelivery,
    EmptyCheckout,
    FlashSoldOut,
    IdempotencyConflict,
    NeedsDelivery,
    OrderError,
    OutOfStock,
    OverBudget,
    OverLimit,
    QuoteChanged,
    QuoteExpired,
    SaleOpening,
    UnknownQuote,
    error_for,
)
from orders.model import (
    CartLine,
    Delivery,
    Order,
    OrderDraft,
    OrderEvent,
    OrderLine,
    OrderStatus,
    PaymentMethod,
    PricedLine,
    Quote,
    QuotedLine,
)
from orders.repository import CartRepository, OrderRepository

QUOTE_MINUTES = 15
MAX_LINES = 50
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,19}$")


def payment_method_for(infra: Infra, currency: str) -> PaymentMethod:
    if currency.upper() == STARS:
        return PaymentMethod.STARS
    if infra.settings.payment_provider_token is not None:
        return PaymentMethod.PROVIDER
    return PaymentMethod.COD


def needs_delivery_first(method: PaymentMethod) -> bool:
    """Telegram's invoice collects the address for provider payments; Stars and pay on
    delivery need it in chat first."""
    return method is not PaymentMethod.PROVIDER


# ---- delivery details ---------------------------------------------------------------------
def parse_delivery(name: str, phone: str, address: str) -> Delivery:
    """Validate delivery details; `BadDelivery` names the field that is wrong."""
    name, address = " ".join(name.split()), " ".join(address.split())
    phone = phone.strip()
    if not 1 <= len(name) <= 50:
        raise BadDelivery("name", name)
    if not _PHONE.match(phone) or sum(ch.isdigit() for ch in phone) < 6:
        raise BadDelivery("phone", phone)
    if not 4 <= len(address) <= 300:
        raise BadDelivery("address", address)
    return Delivery(name, phone, address)


_PHONE_IN_TEXT = re.compile(r"(?<![0-9])\+?[0-9][0-9 \-]{5,18}[0-9](?![0-9])")


def parse_delivery_text(text: str) -> Delivery:
    """One message with name, phone and address in any order around the phone number:
    "张三 13800000000 上海市静安区南京西路1号" or "Ann Lee, +1 415 555 0100, 1 Market St"."""
    text = " ".join(text.replace("，", ",").replace("、", ",").split())
    match = _PHONE_IN_TEXT.search(text)
    if match is None:
        raise BadDelivery("phone", text[:40])
    before = text[: match.start()].strip(" ,;:")
    after = text[match.end() :].strip(" ,;:")
    if before and after:
        name, address = before, after
    else:
        # Phone first or last: the name is the first word (or comma part) of the rest.
        rest = before or after
        head, _, tail = rest.partition(",") if "," in rest else rest.partition(" ")
        name, address = head.strip(), tail.strip(" ,")
    return parse_delivery(name, match.group(0), address)


async def load_quote(infra: Infra, user_key: str, quote_id: str) -> Quote:
    """A stored quote as it was made (with the shopper's current delivery details)."""
    async with infra.uow() as uow:
        repo = OrderRepository(uow.session)
        row = await repo.quote(quote_id)
        if row is None or row["user_key"] != user_key:
            raise UnknownQuote(quote_id)
        lines = [_line_from_json(d) for d in row["lines"]]
        drafts = _drafts(lines)
        methods = {payment_method_for(infra, d.currency) for d in drafts}
        return Quote(
            id=quote_id,
            user_key=user_key,
            source=row["source"],
            drafts=drafts,
            created_at=row["created_at"],
            expires_at=row["expires_at"],
            delivery=await repo.delivery(user_key),
            payment_method=sorted(methods)[0] if len(methods) == 1 else PaymentMethod.COD,
        )


async def set_delivery(infra: Infra, cmd: SetDelivery) -> Delivery:
    delivery = parse_delivery(cmd.name, cmd.phone, cmd.address)
    async with infra.write_lock(), infra.uow() as uow:
        await OrderRepository(uow.session).set_delivery(cmd.user_key, delivery, infra.clock.now())
        await uow.commit()
    return delivery


async def delivery_of(infra: Infra, user_key: str) -> Delivery | None:
    async with infra.uow() as uow:
        return await OrderRepository(uow.session).delivery(user_key)


# ---- quoting ------------------------------------------------------------------------------
def _quoted(
    inputs: PricingInputs, line: CartLine, now: datetime
) -> tuple[PricedLine, QuotedLine | None]:
    product = inputs.products.get(line.product_id)
    quote = inputs.quote(line.product_id, line.sku_id, line.quantity, now)
    priced = PricedLine(line=line, product=product, quote=quote)
    if product is None or quote is None or not quote.ok:
        return priced, None
    sku = product.sku(quote.sku_id) if quote.sku_id else None
    return priced, QuotedLine(
        product_id=product.id,
        sku_id=quote.sku_id,
        quantity=line.quantity,
        unit_price=quote.unit_price,
        regular_price=quote.regular_price,
        currency=quote.currency,
        flash_sale_id=quote.flash_sale.id if quote.flash_sale else None,
        title=product.title,
        sku_label=sku.label if sku else None,
        creator_id=product.creator_id,
        per_user_limit=quote.flash_sale.per_user_limit if quote.flash_sale else None,
    )


def _drafts(lines: Iterable[QuotedLine]) -> tuple[OrderDraft, ...]:
    """One order per seller and currency (one parcel, one invoice)."""
    groups: dict[tuple[str | None, str], list[QuotedLine]] = {}
    for ln in lines:
        groups.setdefault((ln.creator_id, ln.currency), []).append(ln)
    return tuple(
        OrderDraft(creator, currency, tuple(ls)) for (creator, currency), ls in groups.items()
    )


def _fingerprint(lines: Sequence[QuotedLine]) -> str:
    raw = json.dumps([[str(x) for x in ln.key()] for ln in lines])
    return hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


def _line_json(ln: QuotedLine) -> dict[str, Any]:
    return {
        "product_id": ln.product_id,
        "sku_id": ln.sku_id,
        "quantity": ln.quantity,
        "unit_price": str(ln.unit_price),
        "regular_price": str(ln.regular_price),
        "currency": ln.currency,
        "flash_sale_id": ln.flash_sale_id,
        "title": ln.title,
        "sku_label": ln.sku_label,
        "creator_id": ln.creator_id,
        "per_user_limit": ln.per_user_limit,
    }


def _line_from_json(d: dict[str, Any]) -> QuotedLine:
    return QuotedLine(
        product_id=d["product_id"],
        sku_id=d["sku_id"],
        quantity=int(d["quantity"]),
        unit_price=Decimal(d["unit_price"]),
        regular_price=Decimal(d["regular_price"]),
        currency=d["currency"],
        flash_sale_id=d["flash_sale_id"],
        title=d["title"],
        sku_label=d["sku_label"],
        creator_id=d["creator_id"],
        per_user_limit=d.get("per_user_limit"),
    )


def _requested(lines: Sequence[LineRequest], now: datetime) -> list[CartLine]:
    merged: dict[tuple[str, str | None], int] = {}
    for r in lines:
        merged[(r.product_id, r.sku_id)] = merged.get((r.product_id, r.sku_id), 0) + r.quantity
    return [CartLine(pid, sku, qty, now) for (pid, sku), qty in merged.items()]


async def _make_quote(
    infra: Infra,
    uow: UnitOfWork,
    user_key: str,
    lines: Sequence[CartLine],
    source: str,
    now: datetime,
) -> Quote:
    if not lines:
        raise EmptyCheckout(())
    if len(lines) > MAX_LINES:
        raise EmptyCheckout(())
    inputs = await pricing_inputs(uow, [ln.product_id for ln in lines], user_key)
    quoted: list[QuotedLine] = []
    left_out: list[PricedLine] = []
    for line in lines:
        priced, q = _quoted(inputs, line, now)
        if q is None:
            left_out.append(priced)
        else:
            quoted.append(q)
    if not quoted:
        if source == "direct" and len(left_out) == 1 and left_out[0].quote is not None:
            # "Buy now" of one thing that cannot be bought: say exactly why.
            product = left_out[0].product
            raise error_for(
                left_out[0].quote,
                options=tuple(s.id for s in product.active_skus) if product else (),
            )
        raise EmptyCheckout(tuple(left_out))
    drafts = _drafts(quoted)
    methods = {payment_method_for(infra, d.currency) for d in drafts}
    quote_id = secrets.token_urlsafe(9)
    expires = now + timedelta(minutes=QUOTE_MINUTES)
    repo = OrderRepository(uow.session)
    await repo.save_quote(
        quote_id=quote_id,
        user_key=user_key,
        source=source,
        lines=[_line_json(ln) for ln in quoted],
        fingerprint=_fingerprint(quoted),
        now=now,
        expires_at=expires,
    )
    # What a quote says never changes: later confirms in this process need not read it back.
    infra.recent.put(("quote", quote_id), (user_key, tuple(quoted)), QUOTE_MINUTES * 60)
    return Quote(
        id=quote_id,
        user_key=user_key,
        source=source,
        drafts=drafts,
        created_at=now,
        expires_at=expires,
        delivery=await repo.delivery(user_key),
        payment_method=sorted(methods)[0] if len(methods) == 1 else PaymentMethod.COD,
        left_out=tuple(left_out),
    )


async def checkout(infra: Infra, cmd: Checkout) -> Quote:
    """A quote of the cart (or of `cmd.lines`): every line priced now, one order per seller and
    currency, an id and an expiry. Lines that cannot be bought now are listed, not quoted."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        if cmd.lines:
            lines, source = _requested(cmd.lines, now), "direct"
        else:
            lines, source = await CartRepository(uow.session).lines(cmd.user_key), "cart"
        quote = await _make_quote(infra, uow, cmd.user_key, lines, source, now)
        await uow.commit()
    return quote


# ---- confirming ---------------------------------------------------------------------------
async def _take_units(
    uow: UnitOfWork, user_key: str, lines: Sequence[QuotedLine], ref: str, now: datetime
) -> None:
    """Take every line's units, or raise (the caller's transaction then rolls back). Lines go
    in one fixed order so two transactions never wait on each other's rows."""
    inventory = InventoryRepository(uow.session)
    for ln in sorted(lines, key=lambda x: (x.product_id, x.sku_id or "")):
        if ln.flash_sale_id is not None:
            result = await inventory.take_flash(
                FlashTake(ln.flash_sale_id, user_key, ln.quantity, ln.per_user_limit or 1),
                product_id=ln.product_id,
                ref=ref,
                now=now,
            )
            if result is TakeResult.OVER_LIMIT:
                raise OverLimit(
                    ln.product_id,
                    ln.sku_id,
                    ln.flash_sale_id,
                    ln.per_user_limit or 1,
                    0,
                    ln.quantity,
                )
            if result is not TakeResult.OK:
                raise FlashSoldOut(ln.product_id, ln.sku_id, ln.flash_sale_id, 0, ln.quantity)
        if not await inventory.take(ln.product_id, ln.sku_id, ln.quantity, ref=ref, now=now):
            raise OutOfStock(ln.product_id, ln.sku_id)


async def precheck_flash(infra: Infra, lines: Sequence[QuotedLine]) -> None:
    """Refuse a sold-out flash line before any write; if the sale has just started and has
    buy-for-me mandates waiting, serve them first (this tap becomes their runner) or say the
    sale is opening."""
    for attempt in (1, 2):
        try:
            async with infra.uow() as uow:
                await _precheck_flash(uow, lines, for_mandate=False)
            return
        except SaleOpening as opening:
            if attempt == 2:
                raise
            from orders.mandates import serve_sale

            if not await serve_sale(infra, opening.sale_id):
                raise


async def _precheck_flash(
    uow: UnitOfWork, lines: Sequence[QuotedLine], *, for_mandate: bool
) -> None:
    """Answer a sold-out sale at once, before any write: a plain read (no lock taken), so a
    flash crowd's late arrivals never queue behind the winners. The conditional statements
    stay the guarantee; this only refuses early."""
    repo = CatalogRepository(uow.session)
    for ln in lines:
        if ln.flash_sale_id is None:
            continue
        sale = await repo.get_flash_sale(ln.flash_sale_id)
        if sale is None or sale.units_left < ln.quantity:
            raise FlashSoldOut(
                ln.product_id,
                ln.sku_id,
                ln.flash_sale_id,
                sale.units_left if sale else 0,
                ln.quantity,
            )
        if not for_mandate and await OrderRepository(uow.session).sale_has_waiting_mandates(
            ln.flash_sale_id
        ):
            raise SaleOpening(ln.flash_sale_id)


def new_order(
    order_id: int,
    line_ids: Sequence[int],
    draft: OrderDraft,
    *,
    user_key: str,
    chat_id: str,
    method: PaymentMethod,
    quote_id: str | None,
    mandate_id: int | None,
    invoice_payload: str | None,
    delivery: Delivery | None,
    reserved_until: datetime | None,
    actor: str,
    now: datetime,
) -> Order:
    """The order just written for `draft` (without reading it back)."""
    status = initial_status(method)
    return Order(
        id=order_id,
        user_key=user_key,
        chat_id=chat_id,
        status=status,
        currency=draft.currency,
        subtotal=draft.subtotal,
        shipping_fee=draft.shipping_fee,
        total=draft.total,
        payment_method=method,
        created_at=now,
        lines=tuple(
            OrderLine(
                id=line_id,
                product_id=ln.product_id,
                sku_id=ln.sku_id,
                title=ln.title,
                sku_label=ln.sku_label,
                quantity=ln.quantity,
                unit_price=ln.unit_price,
                regular_price=ln.regular_price,
                flash_sale_id=ln.flash_sale_id,
            )
            for line_id, ln in zip(line_ids, draft.lines, strict=True)
        ),
        creator_id=draft.creator_id,
        quote_id=quote_id,
        mandate_id=mandate_id,
        invoice_payload=invoice_payload,
        delivery=delivery,
        reserved_until=reserved_until,
        history=(OrderEvent(None, status, actor, now),),
    )


def initial_status(method: PaymentMethod) -> OrderStatus:
    """Paid online: waiting for the payment; pay on delivery: confirmed at once."""
    return OrderStatus.CONFIRMED if method is PaymentMethod.COD else OrderStatus.PENDING_PAYMENT


def order_line_values(ln: QuotedLine) -> dict[str, Any]:
    """An order line's stored columns: the title and prices snapshotted from the quote."""
    return {
        "product_id": ln.product_id,
        "sku_id": ln.sku_id,
        "title": ln.title,
        "sku_label": ln.sku_label,
        "quantity": ln.quantity,
        "unit_price": ln.unit_price,
        "regular_price": ln.regular_price,
        "flash_sale_id": ln.flash_sale_id,
    }


async def _place(
    infra: Infra,
    uow: UnitOfWork,
    *,
    user_key: str,
    chat_id: str,
    lines: Sequence[QuotedLine],
    delivery: Delivery | None,
    now: datetime,
    quote_id: str | None,
    mandate_id: int | None = None,
    actor: str | None = None,
) -> list[Order]:
    """Write one order per seller and currency, then take their units. Inside the caller's
    transaction; the hot rows (the sale, the SKU) are touched last so their locks are held for
    as short a time as possible."""
    repo = OrderRepository(uow.session)
    accounts = AccountRepository(uow.session)
    placed: list[Order] = []
    takes: list[tuple[int, OrderDraft]] = []
    for draft in _drafts(lines):
        method = payment_method_for(infra, draft.currency)
        if needs_delivery_first(method) and delivery is None:
            raise NeedsDelivery()
        online = method is not PaymentMethod.COD
        invoice_payload = secrets.token_urlsafe(18) if online else None
        reserved_until = (
            now + timedelta(minutes=infra.settings.reservation_minutes) if online else None
        )
        order_id = await repo.insert_order(
            user_key=user_key,
            chat_id=chat_id,
            status=initial_status(method),
            currency=draft.currency,
            subtotal=draft.subtotal,
            shipping_fee=draft.shipping_fee,
            total=draft.total,
            payment_method=method,
            creator_id=draft.creator_id,
            quote_id=quote_id,
            mandate_id=mandate_id,
            invoice_payload=invoice_payload,
            delivery=delivery,
            reserved_until=reserved_until,
            lines=[order_line_values(ln) for ln in draft.lines],
            actor=actor or user_key,
            now=now,
        )
        takes.append((order_id, draft))
        order = new_order(
            order_id,
            repo.last_line_ids,
            draft,
            user_key=user_key,
            chat_id=chat_id,
            method=method,
            quote_id=quote_id,
            mandate_id=mandate_id,
            invoice_payload=invoice_payload,
            delivery=delivery,
            reserved_until=reserved_until,
            actor=actor or user_key,
            now=now,
        )
        placed.append(order)
        if not online and draft.creator_id:
            for seller in await accounts.accounts_of(draft.creator_id):
                await uow.outbox.add(notices.seller_new_order(order, seller), now)
    for order_id, draft in takes:
        await _take_units(uow, user_key, draft.lines, f"order:{order_id}", now)
    return placed


def _changes(old: Sequence[QuotedLine], new: Quote) -> tuple[str, ...]:
    fresh = {(ln.product_id, ln.sku_id): ln.key() for ln in new.lines}
    return tuple(ln.product_id for ln in old if fresh.get((ln.product_id, ln.sku_id)) != ln.key())


async def confirm(infra: Infra, cmd: ConfirmQuote) -> list[Order]:
    """Place the quote's orders exactly as shown, or refuse with the reason (and, when prices
    moved, the new quote). Idempotent: a second confirm of one quote returns the same orders.

    Under a flash crowd each process admits only as many attempts as the sale has units left
    (`orders.admission`); the rest wait for those and are refused at once when it is gone."""
    known = infra.recent.get(("quote", cmd.quote_id))
    confirmed = infra.recent.get(("confirmed", cmd.quote_id))
    if known is not None and known[0] == cmd.user_key and confirmed is None:
        # Made in this process: no read needed before the crowd control below.
        cached = known[1]
        lines = list(cached)
        row: dict[str, Any] | None = None
    else:
        async with infra.uow() as uow:
            repo = OrderRepository(uow.session)
            row = await repo.quote(cmd.quote_id)
            if row is None or row["user_key"] != cmd.user_key:
                raise UnknownQuote(cmd.quote_id)
            if row["status"] == "confirmed":
                return await repo.by_ids([int(i) for i in row["order_ids"] or []])
        lines = [_line_from_json(d) for d in row["lines"]]
    flash = sorted({ln.flash_sale_id: ln.quantity for ln in lines if ln.flash_sale_id}.items())
    async with contextlib.AsyncExitStack() as stack:
        tickets: list[Ticket] = []
        for sale_id, units in flash:
            try:
                tickets.append(await stack.enter_async_context(admit(infra, sale_id, units)))
            except SoldOut:
                ln = next(x for x in lines if x.flash_sale_id == sale_id)
                raise FlashSoldOut(ln.product_id, ln.sku_id, sale_id, 0, ln.quantity) from None
        if len(lines) == 1 and lines[0].flash_sale_id is not None:
            # The flash crowd's case: placed together with this process's other confirms of
            # the sale (orders.flashbatch), or, when anything is unusual, one by one below.
            from orders.flashbatch import confirm_flash

            batched = await confirm_flash(infra, cmd, lines[0])
            if batched is not None:
                for ticket in tickets:
                    ticket.taken = True
                infra.recent.put(("confirmed", cmd.quote_id), True, QUOTE_MINUTES * 60)
                return [batched]
        if row is None:
            async with infra.uow() as uow:
                row = await OrderRepository(uow.session).quote(cmd.quote_id)
            if row is None:
                raise UnknownQuote(cmd.quote_id)
            if row["status"] == "confirmed":
                async with infra.uow() as uow:
                    return await OrderRepository(uow.session).by_ids(
                        [int(i) for i in row["order_ids"] or []]
                    )
        try:
            orders = await _confirm(infra, cmd, row, lines)
        except FlashSoldOut as exc:
            for ticket, (sale_id, _) in zip(tickets, flash, strict=True):
                ticket.gone = ticket.gone or (sale_id == exc.sale_id and exc.units_left == 0)
            raise
        for ticket in tickets:
            ticket.taken = True
        infra.recent.put(("confirmed", cmd.quote_id), True, QUOTE_MINUTES * 60)
        return orders


async def _confirm(
    infra: Infra, cmd: ConfirmQuote, row: dict[str, Any], lines: list[QuotedLine]
) -> list[Order]:
    now = infra.clock.now()
    async with infra.uow() as uow:
        repo = OrderRepository(uow.session)
        inputs = await pricing_inputs(uow, [ln.product_id for ln in lines], cmd.user_key)
        requote = [
            _quoted(inputs, CartLine(ln.product_id, ln.sku_id, ln.quantity, now), now)[1]
            for ln in lines
        ]
        delivery = await repo.delivery(cmd.user_key)
        waiting = [
            ln.flash_sale_id
            for ln in lines
            if ln.flash_sale_id is not None
            and await repo.sale_has_waiting_mandates(ln.flash_sale_id)
        ]
    # A flash line whose sale ran out: say so at once (the shopper can still buy at the
    # regular price from the reply), without writing a new quote under the crowd.
    sales = {s.id: s for group in inputs.sales.values() for s in group}
    for ln in lines:
        sale = sales.get(ln.flash_sale_id or "")
        if sale is not None and sale.is_active(now) and sale.units_left < ln.quantity:
            raise FlashSoldOut(ln.product_id, ln.sku_id, sale.id, sale.units_left, ln.quantity)
    expired = row["expires_at"] <= now or row["status"] != "open"
    changed = any(q is None or q.key() != ln.key() for q, ln in zip(requote, lines, strict=True))
    if expired or changed:
        async with infra.write_lock(), infra.uow() as uow:
            await OrderRepository(uow.session).close_quote(cmd.quote_id, "superseded")
            cart_lines = [CartLine(ln.product_id, ln.sku_id, ln.quantity, now) for ln in lines]
            try:
                fresh = await _make_quote(infra, uow, cmd.user_key, cart_lines, row["source"], now)
            except OrderError:
                await uow.commit()
                raise
            await uow.commit()
        if expired and not changed:
            raise QuoteExpired(cmd.quote_id, fresh)
        raise QuoteChanged(cmd.quote_id, fresh, _changes(lines, fresh))
    for sale_id in waiting:
        # The sale has just started and buy-for-me mandates wait: serve them first (this tap
        # becomes their runner), or say the sale is opening.
        from orders.mandates import serve_sale

        if not await serve_sale(infra, sale_id):
            raise SaleOpening(sale_id)
        return await _confirm(infra, cmd, row, lines)
    method = {payment_method_for(infra, ln.currency) for ln in lines}
    if delivery is None and any(needs_delivery_first(m) for m in method):
        raise NeedsDelivery()
    async with infra.write_lock(), infra.uow() as uow:
        repo = OrderRepository(uow.session)
        if not await repo.close_quote(cmd.quote_id, "confirmed"):
            # Confirmed meanwhile (a double tap, a re-delivered update): the same orders.
            closed = await repo.quote(cmd.quote_id)
            assert closed is not None
            return await repo.by_ids([int(i) for i in closed["order_ids"] or []])
        orders = await _place(
            infra,
            uow,
            user_key=cmd.user_key,
            chat_id=cmd.chat_id,
            lines=lines,
            delivery=delivery,
            now=now,
            quote_id=cmd.quote_id,
        )
        await repo.set_quote_orders(cmd.quote_id, [o.id for o in orders])
        if row["source"] == "cart":
            carts = CartRepository(uow.session)
            for ln in lines:
                await carts.remove(cmd.user_key, ln.product_id, ln.sku_id)
        await uow.commit()
    return orders


async def place_order(infra: Infra, cmd: PlaceOrder) -> list[Order]:
    """Quote and confirm in one transaction (scripts, tools, the benchmark). The idempotency
    key makes a retry one order; the same key with other content is refused."""
    now = infra.clock.now()
    requested = _requested(cmd.lines, now)
    fingerprint = hashlib.blake2b(
        json.dumps(
            [
                cmd.user_key,
                sorted((ln.product_id, ln.sku_id or "", ln.quantity) for ln in requested),
            ]
        ).encode(),
        digest_size=16,
    ).hexdigest()
    max_total: Decimal | None = None
    if cmd.max_total is not None:
        try:
            max_total = Decimal(cmd.max_total)
        except InvalidOperation:
            raise OverBudget("?", cmd.max_total) from None
    async with infra.uow() as uow:
        inputs = await pricing_inputs(uow, [ln.product_id for ln in requested], cmd.user_key)
        quoted = []
        for line in requested:
            priced, q = _quoted(inputs, line, now)
            if q is None:
                product = priced.product
                if priced.quote is None:
                    from orders.errors import UnknownProduct

                    raise UnknownProduct(line.product_id)
                raise error_for(
                    priced.quote,
                    options=tuple(s.id for s in product.active_skus) if product else (),
                )
            quoted.append(q)
        total = sum((q.total for q in quoted), Decimal("0"))
        if max_total is not None and total > max_total:
            raise OverBudget(str(total), str(max_total))
        delivery = await OrderRepository(uow.session).delivery(cmd.user_key)
    await precheck_flash(infra, quoted)
    async with infra.write_lock(), infra.uow() as uow:
        repo = OrderRepository(uow.session)
        earlier = await repo.claim_request(cmd.idempotency_key, cmd.user_key, fingerprint, now)
        if earlier is not None:
            if earlier["fingerprint"] != fingerprint or earlier["user_key"] != cmd.user_key:
                raise IdempotencyConflict(cmd.idempotency_key)
            return await repo.by_ids([int(i) for i in earlier["order_ids"] or []])
        orders = await _place(
            infra,
            uow,
            user_key=cmd.user_key,
            chat_id=cmd.chat_id,
            lines=quoted,
            delivery=delivery,
            now=now,
            quote_id=None,
        )
        await repo.finish_request(cmd.idempotency_key, [o.id for o in orders])
        await uow.commit()
    return orders


def problem_of(line: PricedLine) -> QuoteProblem | None:
    return line.quote.problem if line.quote else QuoteProblem.OFF_SHELF
