"""`daihuo` subcommands of the bot package: `chat` (terminal) and `run` (Telegram)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any, Protocol

from bot.engine import Engine
from ground.infra import Infra


class BotHost(Protocol):
    """What the bot's commands need from the composition root."""

    @property
    def infra(self) -> Infra: ...

    def conversation(self) -> Engine: ...

    async def ready_to_serve(self, *, progress: bool = False) -> str | None:
        """Check (and repair) what serving needs; None when ready, else why not."""


def register(sub: Any) -> None:
    """Add this package's subcommands to the top-level parser."""
    chat = sub.add_parser("chat", help="talk to the shopping assistant in the terminal")
    chat.add_argument("--user", default="local", help="who you are (keeps your cart and state)")
    chat.add_argument("--lang", choices=["zh", "en"], help="language (default: settings)")
    chat.set_defaults(handler=chat_command)

    run = sub.add_parser("run", help="run the Telegram bot (polling, or a webhook)")
    run.add_argument("--webhook", metavar="URL", help="public HTTPS URL Telegram should call")
    run.add_argument("--listen", default="0.0.0.0", help="address for the webhook server")
    run.add_argument("--port", type=int, default=8443, help="port for the webhook server")
    run.add_argument("--url-path", default="telegram", help="path the webhook server serves")
    run.set_defaults(handler=run_command)

    link = sub.add_parser(
        "link", help="print a t.me deep link that opens a room/video/product/sale"
    )
    link.add_argument("kind", choices=["live", "video", "product", "fs"])
    link.add_argument("id", help="the catalog id")
    link.add_argument("--bot", required=True, metavar="USERNAME", help="the bot's @username")
    link.set_defaults(handler=link_command, needs_db=False)


async def _warm_engine(app: BotHost) -> Engine:
    engine = app.conversation()
    warm = getattr(engine.deps.search, "warm", None)
    if warm is not None:
        await warm()  # load the model and index before the first shopper waits for them
    return engine


async def _refuse_if_not_ready(app: BotHost) -> bool:
    problem = await app.ready_to_serve(progress=sys.stderr.isatty())
    if problem is not None:
        print(f"error: {problem}", file=sys.stderr)
        return True
    return False


async def chat_command(app: BotHost, args: argparse.Namespace) -> int:
    from bot.terminal import chat

    if await _refuse_if_not_ready(app):
        return 2
    engine = await _warm_engine(app)
    return await chat(engine, user_id=f"term:{args.user}", language=args.lang)


async def run_command(app: BotHost, args: argparse.Namespace) -> int:
    token = app.infra.settings.telegram_bot_token
    if token is None or not token.get_secret_value().strip():
        print(
            "error: no Telegram token: set TELEGRAM_BOT_TOKEN or use `daihuo chat`", file=sys.stderr
        )
        return 2
    secret = app.infra.settings.telegram_webhook_secret
    if args.webhook and secret is None:
        print(
            "error: webhook mode needs TELEGRAM_WEBHOOK_SECRET (Telegram sends it back in "
            "X-Telegram-Bot-Api-Secret-Token so forged requests can be refused)",
            file=sys.stderr,
        )
        return 2
    from bot.telegram.app import build_application, start_application

    if await _refuse_if_not_ready(app):
        return 2
    engine = await _warm_engine(app)
    application = build_application(
        engine, token=token.get_secret_value(), base_url=app.infra.settings.telegram_api_base_url
    )
    # PTB's run_* own the event loop; ours is running, so drive the same steps by hand.
    async with application:
        await start_application(application)
        if args.webhook:
            await application.updater.start_webhook(  # type: ignore[union-attr]
                listen=args.listen,
                port=args.port,
                url_path=args.url_path,
                webhook_url=args.webhook,
                secret_token=secret.get_secret_value() if secret else None,
            )
        else:
            await application.updater.start_polling()  # type: ignore[union-attr]
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            pass
        finally:
            await application.updater.stop()  # type: ignore[union-attr]
            await application.stop()
    return 0


async def link_command(app: BotHost, args: argparse.Namespace) -> int:
    """`daihuo link product p-1 --bot daihuo_bot` → https://t.me/daihuo_bot?start=product_p-1"""
    from bot.deeplink import DeepLinkError, deep_link

    try:
        print(deep_link(args.bot, args.kind, args.id))
    except DeepLinkError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0
