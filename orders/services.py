"""Orders services: the cart now (checkout, orders and payments with the orders issue).

Each function takes what it needs (the ground `Infra`: unit of work and clock) and a typed
command, and returns a typed result or raises an `orders.errors` domain error. Nothing is
reserved by the cart: stock and flash limits are only taken, atomically, at confirmation. The
cart checks them anyway so the shopper hears about a limit when adding, not at the till.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from catalog.pricing import QuoteProblem
from catalog.queries import PricingInputs, pricing_inputs
from ground.infra import Infra
from ground.uow import UnitOfWork
from orders.commands import AddToCart, ClearCart, RemoveFromCart, SetCartQuantity, ViewCart
from orders.errors import BadQuantity, NotInCart, UnknownProduct, error_for
from orders.model import CartChange, CartLine, CartView, PricedLine
from orders.repository import CartRepository

MAX_LINE_QUANTITY = 99


def _priced(inputs: PricingInputs, line: CartLine, now: datetime) -> PricedLine:
    product = inputs.products.get(line.product_id)
    quote = inputs.quote(line.product_id, line.sku_id, line.quantity, now)
    return PricedLine(line=line, product=product, quote=quote)


async def _cart(uow: UnitOfWork, user_key: str, now: datetime) -> CartView:
    lines = await CartRepository(uow.session).lines(user_key)
    inputs = await pricing_inputs(uow, [ln.product_id for ln in lines], user_key)
    return CartView(user_key, tuple(_priced(inputs, ln, now) for ln in lines))


async def view_cart(infra: Infra, cmd: ViewCart) -> CartView:
    """The cart priced now by the one pricing function, totals per currency."""
    async with infra.uow() as uow:
        return await _cart(uow, cmd.user_key, infra.clock.now())


async def _set_line(
    infra: Infra, user_key: str, product_id: str, sku_id: str | None, quantity: int, *, add: bool
) -> CartChange:
    if quantity < 0 or (add and quantity == 0):
        raise BadQuantity(quantity)
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        carts = CartRepository(uow.session)
        inputs = await pricing_inputs(uow, [product_id], user_key)
        product = inputs.products.get(product_id)
        if product is None:
            raise UnknownProduct(product_id)
        current = await carts.quantity(user_key, product_id, sku_id)
        if not add and current == 0:
            raise NotInCart(product_id, sku_id)
        wanted = current + quantity if add else quantity
        if wanted > MAX_LINE_QUANTITY:
            raise BadQuantity(wanted)
        if wanted > 0:
            # The flash limit is per shopper per sale, whichever options the units are: the
            # cart's other lines of this product under the same sale count as bought.
            in_cart = dict(inputs.bought)
            for other in await carts.lines(user_key):
                if other.product_id != product_id or other.sku_id == sku_id:
                    continue
                held = inputs.quote(other.product_id, other.sku_id, other.quantity, now)
                if held is not None and held.flash_sale is not None:
                    sale_id = held.flash_sale.id
                    in_cart[sale_id] = in_cart.get(sale_id, 0) + other.quantity
            inputs = replace(inputs, bought=in_cart)
            quote = inputs.quote(product_id, sku_id, wanted, now)
            assert quote is not None
            if quote.problem is not None and not (
                # Lowering a quantity that is already too high is always allowed.
                not add and wanted < current and quote.problem is not QuoteProblem.NEEDS_SKU
            ):
                raise error_for(quote, options=tuple(s.id for s in product.active_skus))
        await carts.set_quantity(user_key, product_id, sku_id, wanted, now)
        cart = await _cart(uow, user_key, now)
        await uow.commit()
    line = next(
        (p for p in cart.lines if p.line.product_id == product_id and p.line.sku_id == sku_id),
        None,
    )
    return CartChange(line=line, cart=cart)


async def add_to_cart(infra: Infra, cmd: AddToCart) -> CartChange:
    """Add units to a line (creating it). Refuses, with the reason, a product with variants but
    no SKU chosen (`NeedsSku`), a sold-out SKU (`OutOfStock`), more than is left
    (`NotEnoughStock`) and more flash units than the shopper's limit (`OverLimit`)."""
    return await _set_line(infra, cmd.user_key, cmd.product_id, cmd.sku_id, cmd.quantity, add=True)


async def set_cart_quantity(infra: Infra, cmd: SetCartQuantity) -> CartChange:
    """Set a line's quantity (0 removes it), with the same checks as adding."""
    return await _set_line(infra, cmd.user_key, cmd.product_id, cmd.sku_id, cmd.quantity, add=False)


async def remove_from_cart(infra: Infra, cmd: RemoveFromCart) -> CartView:
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        if not await CartRepository(uow.session).remove(cmd.user_key, cmd.product_id, cmd.sku_id):
            raise NotInCart(cmd.product_id, cmd.sku_id)
        cart = await _cart(uow, cmd.user_key, now)
        await uow.commit()
    return cart


async def clear_cart(infra: Infra, cmd: ClearCart) -> int:
    """Empty the cart; returns how many lines were removed."""
    async with infra.write_lock(), infra.uow() as uow:
        removed = await CartRepository(uow.session).clear(cmd.user_key)
        await uow.commit()
    return removed
