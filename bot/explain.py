"""Domain errors in the shopper's words: one place turns each typed error into a reply."""

from __future__ import annotations

from aftersales import errors as ae
from alerts import errors as le
from bot.context import Ctx
from bot.reply import Button, Reply
from orders import errors as oe


def explain(ctx: Ctx, error: Exception) -> Reply:
    """A reply that says exactly what is wrong (and what the shopper can do instead)."""
    t = ctx.t
    reply = Reply()
    match error:
        case oe.UnknownProduct() | ae.UnknownProduct():
            reply.add(t("not_found"))
        case oe.UnknownSku():
            reply.add(t("unknown_sku"))
        case oe.SaleOpening():
            reply.add(t("sale_opening"))
        case oe.OutOfStock(product_id=pid, sku_id=sku):
            reply.add(t("sku_sold_out" if sku else "product_sold_out"))
            reply.row(
                Button(t("btn_notify_restock"), "remind", {"kind": "product", "id": pid}),
                Button(t("btn_details", n="").strip(), "details", {"pid": pid}),
            )
        case oe.NotEnoughStock(available=n):
            reply.add(t("not_enough_stock", n=n))
        case oe.OverLimit(limit=limit, may_still_buy=left):
            key = "over_limit_none" if left <= 0 else "over_limit"
            reply.add(t(key, limit=limit, left=left))
        case oe.FlashSoldOut(product_id=pid, sku_id=sku, units_left=left):
            if left <= 0:
                reply.add(t("flash_sold_out"))
                args = {"pid": pid, "sku": sku} if sku else {"pid": pid}
                reply.row(
                    Button(t("btn_buy_regular"), "buy", args),
                    Button(t("btn_notify_restock"), "remind", {"kind": "product", "id": pid}),
                )
            else:
                reply.add(t("flash_units_left", n=left))
        case oe.BadQuantity(quantity=q):
            reply.add(t("bad_quantity", n=q))
        case oe.NotInCart():
            reply.add(t("not_in_cart"))
        case le.UnknownTarget(kind="creator", target_id=name):
            reply.add(t("err_no_creator", name=name))
            reply.row(Button(t("btn_search_for", q=name[:20]), "search", {"text": name}))
        case le.UnknownTarget():
            reply.add(t("not_found"))
        case le.BadParams(field="lead"):
            reply.add(t("err_bad_params_lead"))
        case le.BadParams(field="target_price", reason=why):
            reply.add(t("err_target_price", reason=why))
        case le.BadParams(reason=why):
            reply.add(t("err_bad_params", reason=why))
        case le.SaleOver(reason="sold_out"):
            reply.add(t("err_sale_sold_out"))
        case le.SaleOver():
            reply.add(t("err_sale_ended"))
        case le.BadQuery():
            reply.add(t("err_bad_query"))
        case le.BadQuietHours(reason=why):
            reply.add(t("err_quiet_hours", reason=why))
        case le.AmbiguousCreator(name=name, candidates=found):
            reply.add(t("err_ambiguous_creator", name=name))
            for creator_id, creator_name in found:
                reply.row(Button(creator_name, "remind", {"kind": "creator", "id": creator_id}))
        case le.UnknownSubscription():
            reply.add(t("alert_unknown"))
            reply.notice = t("alert_unknown")
        case le.NotCreator():
            reply.add(t("not_creator"))
        case le.RoomOver():
            reply.add(t("err_room_over"))
        case le.EmptyBroadcast():
            reply.add(t("err_empty_broadcast"))
        case le.InvalidFlashSale(problems=problems):
            reply.add(t("err_flash_sale"))
            for field_name, why in problems:
                reply.add(f"• {field_name}: {why}")
        case ae.EmptyQuestion():
            reply.add(t("empty_question"))
        case _:
            raise error
    return reply
