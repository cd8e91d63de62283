"""Domain errors in the shopper's words: one place turns each typed error into a reply."""

from __future__ import annotations

from aftersales import errors as ae
from aftersales.model import Ineligible
from alerts import errors as le
from bot.context import Ctx
from bot.reply import Button, Reply
from bot.views import local_time
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
        case ae.UnknownTicket():
            reply.add(t("err_unknown_ticket"))
        case ae.NotStaff():
            reply.add(t("err_not_staff"))
        case ae.NotAssignee():
            reply.add(t("err_not_assignee", name=t("kind_support")))
        case ae.AlreadyTaken(by=name):
            reply.add(t("err_already_taken", name=name))
        case ae.TicketClosed(status=status):
            reply.add(t("err_ticket_closed", status=t(f"tstatus_{status.value}")))
        case ae.WrongStep(status=status):
            reply.add(t("err_wrong_step", status=t(f"tstatus_{status.value}")))
        case ae.NotReturnable(why=why, until=until):
            if why is Ineligible.TOO_LATE and until is not None:
                when = local_time(until, ctx.tz, ctx.lang, now=ctx.now)
                reply.add(t("inelig_too_late", until=when))
            else:
                reply.add(t(f"inelig_{why.value}"))
        case ae.BadRequest(field=field_name):
            reply.add(t("err_bad_request", field=field_name))
        case ae.RefundTooLarge(most=most):
            reply.add(t("err_refund_too_large", amount=most))
        case ae.StarsRefundMustBeFull(amount=amount):
            reply.add(t("err_stars_full", amount=amount))
        case oe.UnknownOrder() | oe.NotYourOrder():
            reply.add(t("order_unknown"))
        case _:
            raise error
    return reply
