"""The Telegram front end: a thin adapter around the engine.

Handlers only parse the update into an `Incoming`, call `Engine.handle`, and render the `Reply`.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

from telegram import (
    Bot,
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputMediaPhoto,
    InputTextMessageContent,
    LabeledPrice,
    LinkPreviewOptions,
    Message,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, InvalidToken, NetworkError, TelegramError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    PreCheckoutQueryHandler,
    TypeHandler,
    filters,
)

from bot.engine import COMMANDS, Engine
from bot.i18n import LANGUAGES, language_for, t
from bot.render.telegram_html import (
    CAPTION_LIMIT,
    MESSAGE_LIMIT,
    button_label,
    callback_data,
    render,
)
from bot.reply import Incoming, InvoiceSpec, PaymentInfo, Reply
from bot.repository import BotRepository
from bot.telegram.delivery import DeliveryTracker
from ground.health import Check, failure_text
from ground.logs import redact

log = logging.getLogger(__name__)

ENGINE = "daihuo.engine"
HANDLED_GROUP = 100
GROUP_CHATS = ("group", "supergroup")
PROCESSED_PRUNE_EVERY = 1000
PROCESSED_KEEP = timedelta(days=2)
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def file_base_url(base_url: str) -> str:
    """`http://host:8081/bot` → `http://host:8081/file/bot` (the Bot API's file endpoint)."""
    head, sep, tail = base_url.rstrip("/").rpartition("/")
    if sep and tail == "bot":
        return f"{head}/file/bot"
    return base_url.rstrip("/") + "/file/bot"


def build_application(
    engine: Engine,
    *,
    token: str,
    base_url: str | None = None,
    rate_limiter: AIORateLimiter | bool | None = True,
    max_concurrent_updates: int = 256,
    set_commands: bool = True,
    tracker: DeliveryTracker | None = None,
) -> Application[Any, Any, Any, Any, Any, Any]:
    """A PTB `Application` wired to `engine`. `base_url` points at another Bot API server
    (a self-hosted one, or a fake in tests), e.g. `http://127.0.0.1:8081/bot`. With a
    `tracker`, handled updates are reported to it (see `bot.telegram.delivery`)."""
    from bot.telegram.processor import PerChatUpdateProcessor

    builder = ApplicationBuilder().token(token)
    builder = builder.concurrent_updates(PerChatUpdateProcessor(max_concurrent_updates, tracker))
    if base_url:
        builder = builder.base_url(base_url).base_file_url(file_base_url(base_url))
    if rate_limiter is True:
        builder = builder.rate_limiter(AIORateLimiter(max_retries=2))  # type: ignore[arg-type]
    elif rate_limiter:
        builder = builder.rate_limiter(rate_limiter)  # type: ignore[arg-type]
    if set_commands:
        # post_init runs under run_polling/run_webhook; `start_application` calls it otherwise.
        builder = builder.post_init(set_commands_menu)
    application = builder.build()
    application.bot_data[ENGINE] = engine
    application.add_handler(TypeHandler(Update, _drop_duplicates), group=-1)
    application.add_handler(PreCheckoutQueryHandler(_on_pre_checkout))
    application.add_handler(MessageHandler(filters.SUCCESSFUL_PAYMENT, _on_message))
    # New messages only: an edit of an old message is not a new request (a shopper fixing a
    # typo would otherwise get a second answer to a search they already saw).
    application.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, _on_message))
    # Stickers, photos, voice …: say what the bot understands rather than staying silent.
    application.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE
            & filters.ChatType.PRIVATE
            & ~filters.TEXT
            & ~filters.StatusUpdate.ALL,
            _on_message,
        )
    )
    application.add_handler(CallbackQueryHandler(_on_callback))
    application.add_handler(InlineQueryHandler(_on_inline))
    application.add_error_handler(_on_error)
    # After every other group, whatever happened there: the update now counts as handled.
    application.add_handler(TypeHandler(Update, _mark_handled), group=HANDLED_GROUP)
    return application


def _engine(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    return context.bot_data[ENGINE]


async def start_application(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """initialize → post_init (the command menu) → start, as `run_polling` would."""
    await application.initialize()
    if application.post_init is not None:
        await application.post_init(application)
    await application.start()


async def set_commands_menu(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """The command menu in both languages (and English as the default)."""
    for lang in LANGUAGES:
        commands = [BotCommand(c, t(lang, f"cmd_{c}")) for c in COMMANDS]
        await application.bot.set_my_commands(commands, language_code=lang)
    await application.bot.set_my_commands([BotCommand(c, t("en", f"cmd_{c}")) for c in COMMANDS])


# ---- update → Incoming -----------------------------------------------------------------------
def _addressed_text(
    message: Message, text: str, bot_username: str | None, bot_id: int | None
) -> str | None:
    """In a group the bot answers only when addressed, as Telegram bots conventionally do: a
    command, a message that mentions it, or a reply to one of its messages. Returns the text
    without the mention, or None when the message is not for the bot."""
    if text.startswith("/"):
        return text
    if bot_username:
        mention = f"@{bot_username}"
        at = text.lower().find(mention.lower())
        if at >= 0:
            return (text[:at] + text[at + len(mention) :]).strip()
    replied = message.reply_to_message
    if (
        replied is not None
        and replied.from_user is not None
        and bot_id is not None
        and replied.from_user.id == bot_id
    ):
        return text
    return None


def incoming_from_update(
    update: Update, bot_username: str | None, bot_id: int | None = None
) -> Incoming | None:
    user = update.effective_user
    if user is None:
        return None
    chat = update.effective_chat
    base: dict[str, Any] = {
        "user_id": f"tg:{user.id}",
        "chat_id": f"tg:{chat.id if chat else user.id}",
        "language_code": user.language_code,
        "bot_username": bot_username,
        "first_name": user.first_name,
    }
    if update.pre_checkout_query is not None:
        q = update.pre_checkout_query
        return Incoming(
            **base,
            payment=PaymentInfo(
                payload=q.invoice_payload,
                currency=q.currency,
                total_amount=q.total_amount,
                query_id=q.id,
            ),
        )
    if update.callback_query is not None:
        return Incoming(**base, action_token=update.callback_query.data or "")
    if update.inline_query is not None:
        return Incoming(**base, inline_query=update.inline_query.query)
    message = update.effective_message
    if message is None:
        return None
    if message.successful_payment is not None:
        paid = message.successful_payment
        info = paid.order_info
        address = info.shipping_address if info else None
        return Incoming(
            **base,
            payment=PaymentInfo(
                payload=paid.invoice_payload,
                currency=paid.currency,
                total_amount=paid.total_amount,
                telegram_charge_id=paid.telegram_payment_charge_id,
                provider_charge_id=paid.provider_payment_charge_id or None,
                name=info.name if info else None,
                phone=info.phone_number if info else None,
                address=(
                    ", ".join(
                        x
                        for x in (
                            address.country_code,
                            address.state,
                            address.city,
                            address.street_line1,
                            address.street_line2,
                            address.post_code,
                        )
                        if x
                    )
                    if address
                    else None
                ),
            ),
        )
    if message.photo:
        # Evidence for a return or a ticket: the largest size's file id, the caption as text.
        return Incoming(**base, photo=message.photo[-1].file_id, text=message.caption or None)
    text = message.text or ""
    if chat is not None and chat.type in GROUP_CHATS:
        addressed = _addressed_text(message, text, bot_username, bot_id)
        if addressed is None:
            return None  # group chatter that is not for the bot
        text = addressed
    if text.startswith("/"):
        head, _, rest = text[1:].partition(" ")
        command, _, addressed_to = head.partition("@")
        if addressed_to and bot_username and addressed_to.lower() != bot_username.lower():
            return None  # a command for another bot in a group
        args = tuple(rest.split())
        deep = args[0] if command.lower() == "start" and args else None
        return Incoming(**base, command=command.lower(), args=args, deep_link=deep)
    return Incoming(**base, text=text)


# ---- handlers --------------------------------------------------------------------------------
async def _drop_duplicates(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A re-delivered update (same update_id) that was handled already is dropped, across
    processes. Recorded only once handled (`_mark_handled`): an update whose process died
    mid-answer comes back from Telegram unconfirmed and is answered then."""
    infra = _engine(context).infra
    async with infra.uow() as uow:
        seen = await BotRepository(uow.session).update_seen(context.bot.id, update.update_id)
    if seen:
        log.info("dropping duplicate update %s", update.update_id)
        raise ApplicationHandlerStop


async def _mark_handled(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    infra = _engine(context).infra
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        repo = BotRepository(uow.session)
        await repo.mark_update(context.bot.id, update.update_id, now)
        if update.update_id % PROCESSED_PRUNE_EVERY == 0:
            await repo.prune_updates(now - PROCESSED_KEEP)
        await uow.commit()


async def _on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    incoming = incoming_from_update(update, context.bot.username, context.bot.id)
    if incoming is None or update.effective_chat is None:
        return
    reply = await _engine(context).handle(incoming)
    await send_reply(context, update.effective_chat.id, reply)


async def _on_pre_checkout(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Telegram waits at most 10 s for this answer: one quick service call, then answer."""
    query = update.pre_checkout_query
    incoming = incoming_from_update(update, context.bot.username, context.bot.id)
    if query is None or incoming is None:
        return
    try:
        reply = await _engine(context).handle(incoming)
        error = reply.pre_checkout_error
    except Exception:
        log.exception("pre-checkout check failed; refusing the payment")
        error = None
    if error == "":
        await query.answer(ok=True)
    else:
        lang = language_for(None, incoming.language_code)
        await query.answer(ok=False, error_message=error or t(lang, "error"))


async def _on_callback(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    incoming = incoming_from_update(update, context.bot.username, context.bot.id)
    if query is None or incoming is None:
        return
    reply = await _engine(context).handle(incoming)
    await query.answer(text=reply.notice or None, show_alert=reply.notice_alert)
    if not reply.lines and not reply.followups and reply.invoice is None:
        return  # expired/forged token or a no-op: the toast is the whole answer
    message = query.message if isinstance(query.message, Message) else None
    chat_id = (
        message.chat_id
        if message
        else (update.effective_user.id if update.effective_user else None)
    )
    if chat_id is None:
        return
    await send_reply(context, chat_id, reply, edit=message if reply.edit else None)


async def _on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    incoming = incoming_from_update(update, context.bot.username, context.bot.id)
    if query is None or incoming is None:
        return
    reply = await _engine(context).handle(incoming)
    results = [
        InlineQueryResultArticle(
            id=r.id,
            title=r.title,
            description=r.description[:200],
            input_message_content=InputTextMessageContent(
                render(r.message, MESSAGE_LIMIT),
                parse_mode=ParseMode.HTML,
                link_preview_options=NO_PREVIEW,
            ),
            thumbnail_url=r.thumbnail_url,
        )
        for r in reply.inline_results or []
    ]
    await query.answer(results, cache_time=30, is_personal=True)


async def _on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log with context and tell the user, in their language, that something went wrong."""
    info = {}
    if isinstance(update, Update):
        info = {
            "update_id": update.update_id,
            "user": update.effective_user.id if update.effective_user else None,
            "chat": update.effective_chat.id if update.effective_chat else None,
        }
    log.error("error while handling update %s", info, exc_info=context.error)
    if not isinstance(update, Update):
        return
    incoming = incoming_from_update(update, context.bot.username, context.bot.id)
    if incoming is None:
        return
    try:
        reply = await _engine(context).error_reply(incoming)
        if update.callback_query is not None:
            try:
                await update.callback_query.answer(text=reply.notice, show_alert=False)
                return
            except BadRequest:
                pass  # already answered before the failure: tell them in the chat instead
        if update.effective_chat is not None and update.inline_query is None:
            await send_reply(context, update.effective_chat.id, reply)
    except Exception:
        log.exception("could not tell the user about the error")


# ---- Reply → Bot API -------------------------------------------------------------------------
def keyboard(reply: Reply) -> InlineKeyboardMarkup | None:
    rows = []
    for row in reply.buttons:
        cells = []
        for b in row:
            if b.url:
                cells.append(InlineKeyboardButton(button_label(b), url=b.url))
            else:
                cells.append(InlineKeyboardButton(button_label(b), callback_data=callback_data(b)))
        rows.append(cells)
    return InlineKeyboardMarkup(rows) if rows else None


async def send_reply(
    context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply, *, edit: Message | None = None
) -> None:
    """Send (or edit in place) one reply and its follow-ups."""
    bot = context.bot
    markup = keyboard(reply)
    if edit is not None:
        try:
            if edit.photo:
                caption = render(reply.lines, CAPTION_LIMIT)
                if reply.photo:
                    await bot.edit_message_media(
                        chat_id=chat_id,
                        message_id=edit.message_id,
                        media=InputMediaPhoto(
                            reply.photo, caption=caption, parse_mode=ParseMode.HTML
                        ),
                        reply_markup=markup,
                    )
                else:
                    await bot.edit_message_caption(
                        chat_id=chat_id,
                        message_id=edit.message_id,
                        caption=caption,
                        parse_mode=ParseMode.HTML,
                        reply_markup=markup,
                    )
            else:
                await bot.edit_message_text(
                    render(reply.lines, MESSAGE_LIMIT),
                    chat_id=chat_id,
                    message_id=edit.message_id,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup,
                    link_preview_options=NO_PREVIEW,
                )
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise
    elif reply.photo:
        caption = render(reply.lines, CAPTION_LIMIT)
        if caption != render(reply.lines, MESSAGE_LIMIT):
            # Too long for a caption: keep every word, show the photo as the link preview.
            await _send_text(context, chat_id, reply, markup, preview=reply.photo)
            return await _followups(context, chat_id, reply)
        try:
            await bot.send_photo(
                chat_id,
                reply.photo,
                caption=caption,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
            )
        except BadRequest:
            # Telegram could not fetch the picture: the words matter more than the photo.
            log.warning("photo %s rejected; sending text only", reply.photo, exc_info=True)
            await _send_text(context, chat_id, reply, markup)
    elif reply.lines:
        await _send_text(context, chat_id, reply, markup)
    if reply.invoice is not None:
        await send_invoice(context.bot, chat_id, reply.invoice)
    await _followups(context, chat_id, reply)


async def send_invoice(bot: Any, chat_id: int, invoice: InvoiceSpec) -> None:
    """sendInvoice: Telegram Payments (provider token) or Stars (XTR, empty token)."""
    await bot.send_invoice(
        chat_id=chat_id,
        title=invoice.title,
        description=invoice.description,
        payload=invoice.payload,
        currency=invoice.currency,
        prices=[LabeledPrice(label[:32], amount) for label, amount in invoice.prices],
        provider_token=invoice.provider_token or None,
        need_name=invoice.need_name or None,
        need_phone_number=invoice.need_phone_number or None,
        need_shipping_address=invoice.need_shipping_address or None,
    )


async def _followups(context: ContextTypes.DEFAULT_TYPE, chat_id: int, reply: Reply) -> None:
    for follow in reply.followups:
        await send_reply(context, chat_id, follow)


async def _send_text(
    context: ContextTypes.DEFAULT_TYPE,
    chat_id: int,
    reply: Reply,
    markup: InlineKeyboardMarkup | None,
    *,
    preview: str | None = None,
) -> None:
    options = (
        LinkPreviewOptions(url=preview, prefer_large_media=True, show_above_text=True)
        if preview
        else NO_PREVIEW
    )
    await context.bot.send_message(
        chat_id,
        render(reply.lines, MESSAGE_LIMIT),
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        link_preview_options=options,
    )


# ---- Bot API state ---------------------------------------------------------------------------
async def bot_api_check(bot: Bot, *, webhook: bool = False, within: float = 10.0) -> Check:
    """Can the Bot API be reached with this token? In webhook mode also what Telegram says
    about delivering to us (pending updates, its last delivery error)."""
    try:
        if webhook:
            info = await asyncio.wait_for(bot.get_webhook_info(), within)
            detail = (
                f"webhook {'set' if info.url else 'NOT set'}, {info.pending_update_count} pending"
            )
            if info.last_error_message:
                detail += f", last delivery error: {info.last_error_message}"
            return Check("bot_api", bool(info.url), redact(detail))
        me = await asyncio.wait_for(bot.get_me(), within)
    except InvalidToken:
        return Check("bot_api", False, "Telegram rejected the bot token (TELEGRAM_BOT_TOKEN)")
    except (TelegramError, TimeoutError, OSError) as exc:
        return Check("bot_api", False, f"unreachable: {failure_text(exc)}")
    return Check("bot_api", True, f"reachable, bot @{me.username}")


def bot_api_failure(exc: BaseException, base_url: str | None) -> str | None:
    """One line for a start-up failure talking to the Bot API; None if `exc` is not one."""
    if isinstance(exc, InvalidToken):
        return (
            "Telegram rejected the bot token: check TELEGRAM_BOT_TOKEN "
            "(@BotFather gives it; it looks like 123456789:AA…)"
        )
    if isinstance(exc, NetworkError | TimedOut | OSError):
        where = base_url or "https://api.telegram.org/bot"
        return f"cannot reach the Telegram Bot API at {where}: {failure_text(exc)}"
    if isinstance(exc, TelegramError):
        return f"the Telegram Bot API refused to start the bot: {failure_text(exc)}"
    return None
