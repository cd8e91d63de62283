"""Shopping actions: the SKU step, the cart. Each calls one `orders` service and renders its
typed result; every price shown comes from the one pricing function through that result."""

from __future__ import annotations

from bot.context import Ctx
from bot.explain import explain
from bot.reply import Button, Reply, bold, italic, plain
from bot.views import money, shorten
from catalog import queries
from catalog.pricing import QuoteProblem
from orders import services as shop
from orders.commands import AddToCart, ClearCart, RemoveFromCart, SetCartQuantity, ViewCart
from orders.errors import NeedsSku, OrderError
from orders.model import CartView, PricedLine

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
    """Straight to checkout with this one line (the option step first when it has SKUs)."""
    try:
        change = await shop.add_to_cart(ctx.infra, AddToCart(ctx.user_key, product_id, sku_id, 1))
    except NeedsSku:
        return await choose_sku(ctx, product_id, "buy")
    except OrderError as exc:
        return explain(ctx, exc)
    ctx.user.focus_product_id = product_id
    return await checkout(ctx, change.cart)


async def checkout(ctx: Ctx, cart: CartView | None = None) -> Reply:
    """Checkout arrives with the orders feature; until then say so honestly and keep the cart."""
    cart = cart or await shop.view_cart(ctx.infra, ViewCart(ctx.user_key))
    reply = render_cart(ctx, cart)
    reply.add(ctx.t("checkout_soon"))
    return reply


async def orders(ctx: Ctx) -> Reply:
    return Reply().add(ctx.t("orders_soon"))
