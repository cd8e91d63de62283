"""Shopping actions: the SKU step, cart, checkout, payments, orders, the merchant's desk and
buy-for-me mandates. Each calls one `orders` service and renders its typed result; every price
shown comes from the one pricing function through that result."""

from __future__ import annotations

from bot.context import Ctx
from bot.explain import explain
from bot.reply import Button, InvoiceSpec, PaymentInfo, Reply, bold, italic, plain
from bot.views import display, local_time, money, shorten
from catalog import queries
from catalog.pricing import QuoteProblem
from orders import checkout as co
from orders import lifecycle as lc
from orders import mandates
from orders import payments as pay
from orders import services as shop
from orders.commands import (
    AddToCart,
    CancelMandate,
    CancelOrder,
    Checkout,
    ClearCart,
    ConfirmQuote,
    CreateMandate,
    DeliverOrder,
    GetOrder,
    LineRequest,
    ListOrders,
    PaymentReceived,
    PreCheckout,
    RemoveFromCart,
    SetCartQuantity,
    SetDelivery,
    ShipOrder,
    ViewCart,
)
from orders.errors import (
    BadDelivery,
    EmptyCheckout,
    NeedsDelivery,
    NeedsSku,
    OrderError,
    PaymentRefused,
    QuoteChanged,
    QuoteExpired,
    SaleOpening,
)
from orders.model import CartView, Delivery, Order, OrderStatus, PaymentMethod, PricedLine, Quote
from orders.payments import invoice_for

MAX_SKU_BUTTONS = 20


async def choose_sku(ctx: Ctx, product_id: str, action: str) -> Reply:
    """The option step: one button per SKU, priced for this shopper (flash price and limits
    applied); a sold-out SKU says so and, pressed, explains and offers a restock alert."""
    page = await queries.product_page(ctx.infra, product_id, user_key=ctx.user_key)
    if page is None:
        return Reply().add(ctx.t("not_found"))
    p = page.card.product
    reply = Reply().add(bold(shorten(p.title, 60))).add(ctx.t("choose_sku"))
    for option in page.options[:MAX_SKU_BUTTONS]:
        q = option.quote
        label = f"{option.label} {money(q.unit_price, q.currency)}"
        if q.on_flash_sale:
            label += " ⚡"
        if q.available <= 0:
            label += f" ({ctx.t('sold_out')})"
        reply.row(Button(label, action, {"pid": p.id, "sku": option.sku_id}))
    return reply


async def add_to_cart(
    ctx: Ctx, product_id: str, sku_id: str | None = None, quantity: int = 1
) -> Reply:
    """Add to the cart; a product with options first asks which one (a second step)."""
    try:
        change = await shop.add_to_cart(
            ctx.infra, AddToCart(ctx.user_key, product_id, sku_id, quantity)
        )
    except NeedsSku:
        return await choose_sku(ctx, product_id, "cart_add")
    except OrderError as exc:
        return explain(ctx, exc)
    ctx.user.focus_product_id = product_id
    line = change.line
    assert line is not None and line.quote is not None and line.product is not None
    sku = f"（{line.sku_label}）" if line.sku_label else ""
    reply = Reply().add(
        ctx.t(
            "added_to_cart",
            title=shorten(line.product.title, 40),
            sku=sku,
            qty=line.line.quantity,
        )
    )
    reply.add(plain(_line_price(ctx, line)))
    return reply.row(
        Button(ctx.t("btn_view_cart"), "cart"), Button(ctx.t("btn_checkout"), "checkout")
    )


def _line_price(ctx: Ctx, line: PricedLine) -> str:
    q = line.quote
    assert q is not None
    unit = money(q.unit_price, q.currency)
    text = ctx.t("cart_unit", unit=unit, qty=q.quantity, subtotal=money(q.total, q.currency))
    if q.on_flash_sale:
        text += " · " + ctx.t("flash_badge", price=unit)
    return text


def _problem(ctx: Ctx, line: PricedLine) -> str:
    q = line.quote
    if q is None or line.product is None:
        return ctx.t("cart_unavailable")
    match q.problem:
        case QuoteProblem.SOLD_OUT:
            return ctx.t("cart_sold_out")
        case QuoteProblem.NOT_ENOUGH_STOCK:
            return ctx.t("not_enough_stock", n=q.available)
        case QuoteProblem.OVER_LIMIT:
            return ctx.t(
                "over_limit",
                limit=q.flash_sale.per_user_limit if q.flash_sale else 0,
                left=q.limit_left or 0,
            )
        case QuoteProblem.FLASH_SOLD_OUT:
            return ctx.t("flash_units_left", n=q.flash_units_left or 0)
        case QuoteProblem.NEEDS_SKU | QuoteProblem.UNKNOWN_SKU:
            return ctx.t("unknown_sku")
        case _:
            return ctx.t("cart_unavailable")


def render_cart(ctx: Ctx, cart: CartView) -> Reply:
    """Lines with unit price, flash marker and subtotal; problems said per line; one total per
    currency (¥ and $ are never added together)."""
    reply = Reply().add(bold(ctx.t("cart_header")))
    if cart.is_empty:
        return reply.add(ctx.t("cart_empty"))
    for n, line in enumerate(cart.lines, start=1):
        title = shorten(line.product.title, 40) if line.product else line.line.product_id
        sku = f"（{line.sku_label}）" if line.sku_label else ""
        reply.add(bold(f"{n}. "), plain(f"{title}{sku} × {line.line.quantity}"))
        if line.available:
            reply.add(plain("   " + _line_price(ctx, line)))
        else:
            reply.add(italic("   " + _problem(ctx, line)))
        args = {"pid": line.line.product_id, "sku": line.line.sku_id}
        reply.row(
            Button(f"{n} ➖", "cart_qty", {**args, "qty": line.line.quantity - 1}),
            Button(f"{n} ➕", "cart_qty", {**args, "qty": line.line.quantity + 1}),
            Button(f"{n} 🗑", "cart_remove", args),
        )
    totals = cart.totals
    if totals:
        text = " + ".join(money(amount, currency) for currency, amount in totals.items())
        reply.add(bold(ctx.t("cart_total", total=text)))
    if len(totals) > 1:
        reply.add(italic(ctx.t("cart_currencies")))
    buttons = []
    if totals:
        buttons.append(Button(ctx.t("btn_checkout"), "checkout"))
    buttons.append(Button(ctx.t("btn_clear_cart"), "cart_clear"))
    return reply.row(*buttons)


async def view_cart(ctx: Ctx) -> Reply:
    return render_cart(ctx, await shop.view_cart(ctx.infra, ViewCart(ctx.user_key)))


async def set_quantity(ctx: Ctx, product_id: str, sku_id: str | None, quantity: int) -> Reply:
    try:
        change = await shop.set_cart_quantity(
            ctx.infra, SetCartQuantity(ctx.user_key, product_id, sku_id, quantity)
        )
    except OrderError as exc:
        return explain(ctx, exc)
    reply = render_cart(ctx, change.cart)
    reply.edit = True
    return reply


async def remove_line(ctx: Ctx, product_id: str, sku_id: str | None) -> Reply:
    try:
        cart = await shop.remove_from_cart(
            ctx.infra, RemoveFromCart(ctx.user_key, product_id, sku_id)
        )
    except OrderError as exc:
        return explain(ctx, exc)
    reply = render_cart(ctx, cart)
    reply.edit = True
    return reply


async def clear_cart(ctx: Ctx) -> Reply:
    await shop.clear_cart(ctx.infra, ClearCart(ctx.user_key))
    return Reply().add(ctx.t("cart_cleared"))


async def buy_now(ctx: Ctx, product_id: str, sku_id: str | None = None) -> Reply:
    """Straight to a checkout summary of this one item (the option step first if it has SKUs);
    the cart is left as it is."""
    try:
        quote = await co.checkout(
            ctx.infra, Checkout(ctx.user_key, (LineRequest(product_id, sku_id, 1),))
        )
    except NeedsSku:
        return await choose_sku(ctx, product_id, "buy")
    except OrderError as exc:
        return explain(ctx, exc)
    ctx.user.focus_product_id = product_id
    return render_quote(ctx, quote)


async def checkout(ctx: Ctx) -> Reply:
    """A summary of the whole cart to confirm (nothing is reserved until then)."""
    try:
        quote = await co.checkout(ctx.infra, Checkout(ctx.user_key))
    except EmptyCheckout as exc:
        reply = Reply().add(ctx.t("checkout_nothing"))
        for line in exc.problems:
            if isinstance(line, PricedLine):
                title = display(line.product.title) if line.product else line.line.product_id
                reply.add(italic(f"• {shorten(title, 40)}: {_problem(ctx, line)}"))
        return reply.row(Button(ctx.t("btn_view_cart"), "cart"))
    except OrderError as exc:
        return explain(ctx, exc)
    return render_quote(ctx, quote)


def _method_label(ctx: Ctx, method: PaymentMethod) -> str:
    return ctx.t(f"pay_{method.value}")


def masked_phone(phone: str) -> str:
    digits = [i for i, ch in enumerate(phone) if ch.isdigit()]
    hide = set(digits[3:-4]) if len(digits) > 7 else set()
    return "".join("*" if i in hide else ch for i, ch in enumerate(phone))


def delivery_line(ctx: Ctx, delivery: Delivery | None) -> str:
    if delivery is None:
        return ctx.t("delivery_missing")
    return ctx.t(
        "delivery_line",
        name=delivery.name,
        phone=masked_phone(delivery.phone),
        address=shorten(delivery.address, 60),
    )


def render_quote(ctx: Ctx, quote: Quote, *, note: str | None = None) -> Reply:
    """The summary the confirm button is bound to: every line, flash price marked, shipping,
    totals per order, delivery details, payment method, the quote's expiry."""
    reply = Reply()
    if note:
        reply.add(bold(note))
    expires = local_time(quote.expires_at, ctx.tz, ctx.lang, now=ctx.now)
    reply.add(bold(ctx.t("quote_header")), plain(" " + ctx.t("quote_expires", time=expires)))
    n = 0
    for draft in quote.drafts:
        for ln in draft.lines:
            n += 1
            sku = f"（{ln.sku_label}）" if ln.sku_label else ""
            unit = money(ln.unit_price, ln.currency)
            flash = " ⚡" + ctx.t("flash_price") if ln.flash_sale_id else ""
            struck = f" ~{money(ln.regular_price, ln.currency)}~" if ln.flash_sale_id else ""
            reply.add(
                plain(f"{n}. {shorten(ln.title, 40)}{sku} × {ln.quantity}"),
            )
            reply.add(plain(f"   {unit}{struck}{flash} = {money(ln.total, ln.currency)}"))
        shipping = (
            ctx.t("shipping_free")
            if not draft.shipping_fee
            else money(draft.shipping_fee, draft.currency)
        )
        reply.add(plain(ctx.t("quote_shipping", fee=shipping)))
        if len(quote.drafts) > 1:
            reply.add(bold(ctx.t("quote_order_total", total=money(draft.total, draft.currency))))
    total = " + ".join(money(a, c) for c, a in quote.totals.items())
    reply.add(bold(ctx.t("cart_total", total=total)))
    if len(quote.drafts) > 1:
        reply.add(italic(ctx.t("quote_split", n=len(quote.drafts))))
    for line in quote.left_out:
        title = display(line.product.title) if line.product else line.line.product_id
        reply.add(
            italic(ctx.t("quote_left_out", title=shorten(title, 30), why=_problem(ctx, line)))
        )
    needs_address = co.needs_delivery_first(quote.payment_method)
    if needs_address or quote.delivery is not None:
        reply.add(plain(delivery_line(ctx, quote.delivery)))
    else:
        reply.add(plain(ctx.t("delivery_in_payment")))
    reply.add(plain(ctx.t("quote_payment", method=_method_label(ctx, quote.payment_method))))
    if needs_address and quote.delivery is None:
        reply.row(Button(ctx.t("btn_delivery_form"), "delivery_form", {"quote": quote.id}))
        # Shoppers often just type the address under the summary instead of pressing the
        # button: a next message that reads as delivery details answers it (anything else is
        # handled as usual).
        ctx.user.pending = {"kind": "delivery", "quote": quote.id, "offered": True}
    else:
        reply.row(Button(ctx.t("btn_confirm_order"), "confirm", {"quote": quote.id}))
        if quote.delivery is not None:
            reply.row(Button(ctx.t("btn_change_delivery"), "delivery_form", {"quote": quote.id}))
    return reply


def _fresh(ctx: Ctx, fresh: object, key: str) -> Reply:
    assert isinstance(fresh, Quote)
    return render_quote(ctx, fresh, note=ctx.t(key))


async def confirm(ctx: Ctx, quote_id: str) -> Reply:
    """Place the orders of a quote exactly as shown; a changed price or stock shows the new
    summary instead, never a silent change."""
    try:
        orders = await co.confirm(ctx.infra, ConfirmQuote(ctx.user_key, ctx.chat_id, quote_id))
    except QuoteChanged as exc:
        return _fresh(ctx, exc.fresh, "quote_changed")
    except QuoteExpired as exc:
        return _fresh(ctx, exc.fresh, "quote_expired")
    except NeedsDelivery:
        return await delivery_form(ctx, quote_id)
    except SaleOpening:
        return (
            Reply()
            .add(ctx.t("sale_opening"))
            .row(Button(ctx.t("btn_confirm_order"), "confirm", {"quote": quote_id}))
        )
    except OrderError as exc:
        return explain(ctx, exc)
    return await _placed(ctx, orders)


async def _placed(ctx: Ctx, orders: list[Order]) -> Reply:
    reply = Reply()
    delivery = await co.delivery_of(ctx.infra, ctx.user_key)
    for order in orders:
        total = money(order.total, order.currency)
        if order.awaiting_payment:
            minutes = ctx.infra.settings.reservation_minutes
            reply.add(bold(ctx.t("order_reserved", id=order.id, total=total, minutes=minutes)))
            follow = Reply(invoice=_invoice(ctx, order, have_delivery=delivery is not None))
            reply.followups.append(follow)
        else:
            reply.add(bold(ctx.t("order_placed_cod", id=order.id, total=total)))
        reply.row(Button(ctx.t("btn_order", id=order.id), "order", {"id": order.id}))
    return reply


def _invoice(ctx: Ctx, order: Order, *, have_delivery: bool) -> InvoiceSpec:
    inv = invoice_for(ctx.infra, order, have_delivery=have_delivery)
    titles = "、".join(shorten(ln.title, 20) for ln in order.lines[:3])
    return InvoiceSpec(
        title=shorten(ctx.t("invoice_title", id=order.id), 32),
        description=shorten(ctx.t("invoice_description", items=titles), 255),
        payload=inv.payload,
        currency=inv.currency,
        prices=tuple((ln.label, ln.amount) for ln in inv.lines),
        provider_token=inv.provider_token,
        need_name=inv.need_name,
        need_phone_number=inv.need_phone_number,
        need_shipping_address=inv.need_shipping_address,
    )


# ---- delivery details -----------------------------------------------------------------------
async def delivery_form(ctx: Ctx, quote_id: str | None = None) -> Reply:
    """Ask for name, phone and address in one message (the next message answers it)."""
    ctx.user.pending = {"kind": "delivery", "quote": quote_id}
    current = await co.delivery_of(ctx.infra, ctx.user_key)
    reply = Reply().add(bold(ctx.t("delivery_prompt")))
    reply.add(ctx.t("delivery_example"))
    if current is not None:
        reply.add(italic(delivery_line(ctx, current)))
    return reply.row(Button(ctx.t("btn_cancel_form"), "cancel_form"))


def reads_as_delivery(text: str) -> bool:
    """True when `text` parses as name, phone and address."""
    try:
        co.parse_delivery_text(text)
    except BadDelivery:
        return False
    return True


async def receive_delivery(ctx: Ctx, text: str) -> Reply:
    pending = ctx.user.pending or {}
    try:
        delivery = co.parse_delivery_text(text)
        await co.set_delivery(
            ctx.infra, SetDelivery(ctx.user_key, delivery.name, delivery.phone, delivery.address)
        )
    except BadDelivery as exc:
        return Reply().add(ctx.t(f"bad_delivery_{exc.field}")).add(ctx.t("delivery_example"))
    ctx.user.pending = None
    quote_id = pending.get("quote")
    if quote_id:
        try:
            quote = await co.load_quote(ctx.infra, ctx.user_key, str(quote_id))
        except OrderError:
            return Reply().add(ctx.t("delivery_saved", line=delivery_line(ctx, delivery)))
        return render_quote(ctx, quote, note=ctx.t("delivery_saved_short"))
    return Reply().add(ctx.t("delivery_saved", line=delivery_line(ctx, delivery)))


async def cancel_form(ctx: Ctx) -> Reply:
    ctx.user.pending = None
    return Reply().add(ctx.t("form_cancelled"))


# ---- payments (Telegram) --------------------------------------------------------------------
_REFUSALS = {
    "expired": "pay_refused_expired",
    "amount": "pay_refused_changed",
    "not_pending": "pay_refused_not_pending",
    "unknown_order": "pay_refused_unknown",
}


async def pre_checkout(ctx: Ctx, payment: PaymentInfo) -> Reply:
    """Answer Telegram's pre-checkout question: "" accepts, a sentence refuses (shown to the
    shopper by Telegram)."""
    try:
        await pay.pre_checkout(
            ctx.infra,
            PreCheckout(ctx.user_key, payment.payload, payment.currency, payment.total_amount),
        )
    except PaymentRefused as exc:
        return Reply(pre_checkout_error=ctx.t(_REFUSALS.get(exc.reason, "pay_refused_unknown")))
    return Reply(pre_checkout_error="")


async def successful_payment(ctx: Ctx, payment: PaymentInfo) -> Reply:
    try:
        order = await pay.record_payment(
            ctx.infra,
            PaymentReceived(
                ctx.user_key,
                payment.payload,
                payment.currency,
                payment.total_amount,
                payment.telegram_charge_id or "",
                payment.provider_charge_id,
                payment.name,
                payment.phone,
                payment.address,
            ),
        )
    except PaymentRefused:
        return Reply().add(ctx.t("pay_unknown_order"))
    if order.status is OrderStatus.PAID:
        return (
            Reply()
            .add(bold(ctx.t("pay_done", id=order.id, total=money(order.total, order.currency))))
            .row(Button(ctx.t("btn_order", id=order.id), "order", {"id": order.id}))
        )
    return Reply().add(ctx.t("pay_late_refunded", id=order.id))


# ---- orders ---------------------------------------------------------------------------------
# Orders that may have a return: delivered ones (the service says whether and until when).
AFTER_SALES_STATUSES = frozenset(
    {OrderStatus.DELIVERED, OrderStatus.COMPLETED, OrderStatus.PARTIALLY_REFUNDED}
)


def status_label(ctx: Ctx, order: Order) -> str:
    label = ctx.t(f"status_{order.status.value}")
    if order.status is OrderStatus.CONFIRMED:
        label += " · " + ctx.t("pay_cod")
    return label


async def orders(ctx: Ctx) -> Reply:
    """The shopper's recent orders, each a button to its details."""
    found = await lc.list_orders(ctx.infra, ListOrders(ctx.user_key))
    reply = Reply().add(bold(ctx.t("orders_header")))
    if not found:
        return reply.add(ctx.t("orders_none"))
    for order in found:
        when = local_time(order.created_at, ctx.tz, ctx.lang, now=ctx.now)
        first = shorten(order.lines[0].title, 24) if order.lines else ""
        more = ctx.t("orders_more", n=len(order.lines) - 1) if len(order.lines) > 1 else ""
        reply.add(
            bold(f"#{order.id} "),
            plain(f"{status_label(ctx, order)} · {money(order.total, order.currency)} · {when}"),
        )
        reply.add(plain(f"   {first}{more}"))
        reply.row(Button(ctx.t("btn_order", id=order.id), "order", {"id": order.id}))
    return reply


async def order_detail(ctx: Ctx, order_id: int) -> Reply:
    try:
        order = await lc.get_order(ctx.infra, GetOrder(order_id, ctx.user_key))
    except OrderError as exc:
        return explain(ctx, exc)
    reply = Reply().add(
        bold(ctx.t("order_header", id=order.id)), plain(" " + status_label(ctx, order))
    )
    for n, ln in enumerate(order.lines, start=1):
        sku = f"（{ln.sku_label}）" if ln.sku_label else ""
        flash = " ⚡" if ln.flash_sale_id else ""
        reply.add(
            plain(
                f"{n}. {shorten(ln.title, 40)}{sku} × {ln.quantity}  "
                f"{money(ln.unit_price, order.currency)}{flash}"
            )
        )
    reply.add(bold(ctx.t("cart_total", total=money(order.total, order.currency))))
    if order.refunded:
        reply.add(plain(ctx.t("order_refunded", amount=money(order.refunded, order.currency))))
    reply.add(plain(ctx.t("quote_payment", method=_method_label(ctx, order.payment_method))))
    if order.delivery is not None:
        reply.add(plain(delivery_line(ctx, order.delivery)))
    if order.tracking_number:
        reply.add(plain(ctx.t("order_tracking", tracking=order.tracking_number)))
    if order.awaiting_payment and order.reserved_until is not None:
        until = local_time(order.reserved_until, ctx.tz, ctx.lang, now=ctx.now)
        reply.add(italic(ctx.t("order_pay_until", time=until)))
    for event in order.history:
        when = local_time(event.at, ctx.tz, ctx.lang, now=ctx.now)
        reply.add(italic(f"· {when} {ctx.t('status_' + event.to_status.value)}"))
    buttons: list[Button] = []
    if order.awaiting_payment:
        buttons.append(Button(ctx.t("btn_pay"), "pay", {"id": order.id}))
    if order.shopper_can_cancel and order.user_key == ctx.user_key:
        buttons.append(Button(ctx.t("btn_cancel_order"), "cancel_ask", {"id": order.id}))
    if order.user_key == ctx.user_key and order.status in AFTER_SALES_STATUSES:
        buttons.append(Button(ctx.t("btn_return"), "ret_start", {"order": order.id}))
    reply.row(*buttons)
    return reply


async def pay_again(ctx: Ctx, order_id: int) -> Reply:
    """Send the invoice of an unpaid order again."""
    try:
        order = await lc.get_order(ctx.infra, GetOrder(order_id, ctx.user_key))
        if not order.awaiting_payment:
            return Reply().add(ctx.t("pay_refused_not_pending"))
        delivery = await co.delivery_of(ctx.infra, ctx.user_key)
        return Reply(invoice=_invoice(ctx, order, have_delivery=delivery is not None))
    except OrderError as exc:
        return explain(ctx, exc)


async def cancel_ask(ctx: Ctx, order_id: int) -> Reply:
    return (
        Reply()
        .add(ctx.t("cancel_confirm", id=order_id))
        .row(
            Button(ctx.t("btn_cancel_yes"), "cancel_order", {"id": order_id}),
            Button(ctx.t("btn_cancel_no"), "order", {"id": order_id}),
        )
    )


async def cancel(ctx: Ctx, order_id: int) -> Reply:
    try:
        order = await lc.cancel_order(ctx.infra, CancelOrder(order_id, ctx.user_key))
    except OrderError as exc:
        return explain(ctx, exc)
    reply = Reply().add(ctx.t("order_cancelled", id=order.id))
    if order.refunded:
        reply.add(ctx.t("order_refunded", amount=money(order.refunded, order.currency)))
    return reply


# ---- merchants ------------------------------------------------------------------------------
async def shop_orders(ctx: Ctx) -> Reply:
    """A linked creator's orders waiting to ship (and the latest others)."""
    waiting = await lc.seller_orders(
        ctx.infra, ctx.user_key, [OrderStatus.CONFIRMED, OrderStatus.PAID]
    )
    reply = Reply().add(bold(ctx.t("shop_header")))
    if not await _is_merchant(ctx):
        return Reply().add(ctx.t("not_merchant"))
    if not waiting:
        return reply.add(ctx.t("shop_nothing_to_ship"))
    for order in waiting:
        items = "、".join(f"{shorten(ln.title, 16)}×{ln.quantity}" for ln in order.lines)
        reply.add(bold(f"#{order.id} "), plain(f"{status_label(ctx, order)} · {items}"))
        if order.delivery:
            reply.add(
                plain(f"   {order.delivery.name} {order.delivery.phone} {order.delivery.address}")
            )
        reply.row(Button(ctx.t("btn_ship", id=order.id), "ship_form", {"id": order.id}))
    return reply


async def _is_merchant(ctx: Ctx) -> bool:
    from accounts.services import creators_of

    return bool(await creators_of(ctx.infra, ctx.user_key))


async def ship_form(ctx: Ctx, order_id: int) -> Reply:
    ctx.user.pending = {"kind": "tracking", "order": order_id}
    return (
        Reply()
        .add(ctx.t("ship_prompt", id=order_id))
        .row(Button(ctx.t("btn_cancel_form"), "cancel_form"))
    )


async def ship(ctx: Ctx, order_id: int, tracking: str) -> Reply:
    ctx.user.pending = None
    try:
        order = await lc.ship_order(ctx.infra, ShipOrder(order_id, tracking, ctx.user_key))
    except OrderError as exc:
        return explain(ctx, exc)
    return Reply().add(ctx.t("shipped_ok", id=order.id, tracking=order.tracking_number or ""))


async def deliver(ctx: Ctx, order_id: int) -> Reply:
    try:
        order = await lc.deliver_order(ctx.infra, DeliverOrder(order_id, ctx.user_key))
    except OrderError as exc:
        return explain(ctx, exc)
    return Reply().add(ctx.t("delivered_ok", id=order.id))


# ---- buy for me -----------------------------------------------------------------------------
async def mandate_preview(ctx: Ctx, sale_id: str, sku_id: str | None = None) -> Reply:
    """The summary of "grab 1 when this 秒杀 starts", to authorise explicitly."""
    view = await queries.sale_view(ctx.infra, sale_id, user_key=ctx.user_key)
    if view is None:
        return Reply().add(ctx.t("not_found"))
    product = view.card.product
    sku = view.sale.sku_id or sku_id
    if product.active_skus and sku is None:
        reply = Reply().add(bold(shorten(product.title, 60))).add(ctx.t("choose_sku"))
        for option in product.active_skus[:20]:
            reply.row(Button(option.label, "mandate_preview", {"sale": sale_id, "sku": option.id}))
        return reply
    cmd = CreateMandate(
        ctx.user_key,
        ctx.chat_id,
        "sale_start",
        product.id,
        sku_ids=(sku,) if sku else None,
        flash_sale_id=sale_id,
    )
    try:
        preview = await mandates.preview_mandate(ctx.infra, cmd)
    except OrderError as exc:
        return explain(ctx, exc)
    label = f"（{preview.sku_label}）" if preview.sku_label else ""
    reply = Reply().add(bold(ctx.t("mandate_header")))
    reply.add(plain(shorten(preview.product_title, 60) + label))
    start = preview.sale_starts_at or ctx.now
    reply.add(
        plain(
            ctx.t(
                "mandate_terms",
                qty=preview.quantity,
                price=money(preview.max_unit_price, preview.currency),
                start=local_time(start, ctx.tz, ctx.lang, now=ctx.now),
                end=local_time(preview.expires_at, ctx.tz, ctx.lang, now=ctx.now),
            )
        )
    )
    method = PaymentMethod(preview.payment_method)
    reply.add(plain(ctx.t("quote_payment", method=_method_label(ctx, method))))
    if method is not PaymentMethod.COD:
        reply.add(italic(ctx.t("mandate_pay_note", minutes=ctx.infra.settings.reservation_minutes)))
    reply.add(plain(delivery_line(ctx, preview.delivery)))
    if preview.delivery is None:
        return reply.row(Button(ctx.t("btn_delivery_form"), "delivery_form", {}))
    args: dict[str, object] = {"sale": sale_id}
    if sku:
        args["sku"] = sku
    return reply.row(Button(ctx.t("btn_mandate_confirm"), "mandate_create", args))


async def mandate_create(ctx: Ctx, sale_id: str, sku_id: str | None) -> Reply:
    view = await queries.sale_view(ctx.infra, sale_id, user_key=ctx.user_key)
    if view is None:
        return Reply().add(ctx.t("not_found"))
    try:
        mandate = await mandates.create_mandate(
            ctx.infra,
            CreateMandate(
                ctx.user_key,
                ctx.chat_id,
                "sale_start",
                view.sale.product_id,
                sku_ids=(sku_id,) if sku_id else None,
                flash_sale_id=sale_id,
            ),
        )
    except NeedsDelivery:
        return await delivery_form(ctx)
    except OrderError as exc:
        return explain(ctx, exc)
    return (
        Reply()
        .add(bold(ctx.t("mandate_created", id=mandate.id)))
        .add(
            ctx.t(
                "mandate_caps",
                price=money(mandate.max_unit_price, mandate.currency),
                total=money(mandate.max_total, mandate.currency),
                until=local_time(mandate.expires_at, ctx.tz, ctx.lang, now=ctx.now),
            )
        )
        .row(Button(ctx.t("btn_mandates"), "mandates"))
    )


async def mandate_list(ctx: Ctx) -> Reply:
    found = await mandates.list_mandates(ctx.infra, ctx.user_key)
    reply = Reply().add(bold(ctx.t("mandates_header")))
    if not found:
        return reply.add(ctx.t("mandates_none"))
    for m in found[-10:]:
        title = m.product_id
        reply.add(
            bold(f"#{m.id} "),
            plain(
                f"{ctx.t('mandate_status_' + m.status.value)} · {title} × {m.quantity} · "
                f"≤{money(m.max_unit_price, m.currency)}"
            ),
        )
        if m.open:
            reply.row(Button(ctx.t("btn_mandate_cancel", id=m.id), "mandate_cancel", {"id": m.id}))
    return reply


async def mandate_cancel(ctx: Ctx, mandate_id: int) -> Reply:
    try:
        await mandates.cancel_mandate(ctx.infra, CancelMandate(mandate_id, ctx.user_key))
    except OrderError as exc:
        return explain(ctx, exc)
    return Reply().add(ctx.t("mandate_cancelled", id=mandate_id))
