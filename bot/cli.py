"""`daihuo` subcommands of the bot package: `chat` (terminal) and `run` (Telegram)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import sys
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from bot.engine import Engine
from bot.signals import graceful_stop
from bot.telegram.processor import PerChatUpdateProcessor
from ground.dispatch import Dispatcher
from ground.health import HealthReport
from ground.infra import Infra

if TYPE_CHECKING:
    from telegram import Bot

log = logging.getLogger(__name__)


class BotHost(Protocol):
    """What the bot's commands need from the composition root."""

    @property
    def infra(self) -> Infra: ...

    def conversation(self) -> Engine: ...

    async def health(self) -> HealthReport:
        """Database and search index state (for `/health`)."""

    async def ready_to_serve(self, *, progress: bool = False) -> str | None:
        """Check (and repair) what serving needs; None when ready, else why not."""

    def telegram_dispatcher(self, bot: Bot) -> Dispatcher: ...

    def terminal_dispatcher(self, out: TextIO, chat_id: str) -> Dispatcher: ...

    async def tick(self) -> None: ...

    async def run_jobs(self, stop: asyncio.Event) -> None: ...


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
    link.set_defaults(handler=link_command)


async def _warm_engine(app: BotHost) -> Engine:
    engine = app.conversation()
    warm = getattr(engine.deps.search, "warm", None)
    if warm is not None:
        await warm()  # load the model and index before the first shopper waits for them
    # What is loaded now (model, index, lexicons, typo tables: millions of objects) lives as
    # long as the process; left to the cyclic GC, every full collection walked all of it and
    # stalled replies for up to ~1 s (bot_bench p95 1.19 s → 0.15 s with this).
    gc.collect()
    gc.freeze()
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
    stop = asyncio.Event()
    user_id = f"term:{args.user}"
    outbox = app.terminal_dispatcher(sys.stdout, user_id)
    with graceful_stop(stop):
        return await chat(
            engine,
            user_id=user_id,
            language=args.lang,
            stop=stop,
            outbox=outbox,
            jobs=app.tick,
        )


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
    from bot.telegram.app import bot_api_failure, build_application, start_application
    from bot.telegram.delivery import DeliveryTracker

    settings = app.infra.settings
    tracker = DeliveryTracker()
    engine = app.conversation()  # cheap: the model and index load in `_warm_engine`
    application = build_application(
        engine, token=token.get_secret_value(), base_url=settings.telegram_api_base_url,
        tracker=tracker,
    )  # fmt: skip
    stop = asyncio.Event()
    # PTB's run_* own the event loop; ours is running, so drive the same steps by hand.
    with graceful_stop(stop, hurry=_cut_short(application)):
        try:
            # The token and the Bot API first: a typo in the token fails in a second.
            await start_application(application)
        except Exception as exc:
            message = bot_api_failure(exc, settings.telegram_api_base_url)
            if message is None:
                raise
            print(f"error: {message}", file=sys.stderr)
            with contextlib.suppress(Exception):
                await application.shutdown()
            return 2 if "token" in message else 1
        try:
            if await _refuse_if_not_ready(app):
                await application.stop()
                return 2
            await _warm_engine(app)
            return await _serve(app, application, tracker, args, stop)
        finally:
            await application.shutdown()


def _cut_short(application: Any) -> Any:
    def hurry() -> None:
        processor = application.update_processor
        if isinstance(processor, PerChatUpdateProcessor):
            processor.cut_short()

    return hurry


async def _serve(
    app: BotHost, application: Any, tracker: Any, args: argparse.Namespace, stop: asyncio.Event
) -> int:
    """Take updates until a stop is asked for; then stop taking them, give the ones in
    flight `shutdown_timeout` seconds, confirm only what was handled, and exit 0."""
    from bot.telegram.app import bot_api_failure
    from bot.telegram.polling import ConfirmingPoller
    from bot.telegram.webhook import WebhookServer

    settings = app.infra.settings
    poller: ConfirmingPoller | None = None
    server: WebhookServer | None = None
    try:
        if args.webhook:
            secret = settings.telegram_webhook_secret
            assert secret is not None
            health = _HealthProbe(app, application)
            server = WebhookServer(
                application, tracker, secret=secret.get_secret_value(), listen=args.listen,
                port=args.port, url_path=args.url_path, health=health,
            )  # fmt: skip
            await server.start()
            await application.bot.set_webhook(
                url=args.webhook, secret_token=secret.get_secret_value(), max_connections=40
            )
            log.info("webhook server listening on %s:%s (health: /health)", args.listen, args.port)
        else:
            poller = ConfirmingPoller(application, tracker)
            await poller.start()
            log.info("polling for updates")
    except Exception as exc:
        message = bot_api_failure(exc, settings.telegram_api_base_url)
        if message is None:
            raise
        print(f"error: {message}", file=sys.stderr)
        if server is not None:
            server.stop_accepting()
        await application.stop()
        return 1
    # Messages out and the commerce clock run beside the updates, with their own stop.
    from telegram import Bot

    from bot.telegram.sender import AiohttpRequest

    sender = Bot(
        application.bot.token,
        base_url=settings.telegram_api_base_url or "https://api.telegram.org/bot",
        request=AiohttpRequest(64),
    )
    await sender.initialize()
    stop_background = asyncio.Event()
    background = [
        asyncio.create_task(app.telegram_dispatcher(sender).run(stop_background), name="outbox"),
        asyncio.create_task(app.run_jobs(stop_background), name="jobs"),
    ]
    waiters: list[asyncio.Future[Any]] = [asyncio.ensure_future(stop.wait())]
    if poller is not None and poller.stopped is not None:
        waiters.append(asyncio.shield(poller.stopped))  # polling ends by itself on a bad token
    await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    for waiter in waiters:
        waiter.cancel()
    failure = poller.failure if poller is not None else None

    # Stop taking updates, finish the ones in flight (bounded), confirm only what was handled.
    if poller is not None:
        await poller.stop()
    if server is not None:
        server.stop_accepting()
    if not await tracker.wait_idle(settings.shutdown_timeout):
        left = _cut_short(application)
        left()
        log.warning(
            "%d updates were still running after %.0fs; they were not confirmed and will be "
            "delivered again on the next start",
            tracker.in_flight,
            settings.shutdown_timeout,
        )
    if poller is not None:
        await poller.confirm()
    # The dispatcher finishes the wave it is sending (nothing left half-sent), then stops.
    stop_background.set()
    await asyncio.gather(*background, return_exceptions=True)
    with contextlib.suppress(Exception):
        await sender.shutdown()
    await application.stop()
    if server is not None:
        with contextlib.suppress(Exception):
            await server.close()
    if failure is not None:
        print(f"error: {bot_api_failure(failure, settings.telegram_api_base_url)}", file=sys.stderr)
        return 2
    log.info("stopped")
    return 0


class _HealthProbe:
    """`/health`: database, index and Bot API state; the Bot API part is cached briefly so a
    probe every few seconds does not become a stream of requests to Telegram."""

    BOT_API_TTL = 30.0

    def __init__(self, app: BotHost, application: Any) -> None:
        self.app = app
        self.application = application
        self._bot_api: Any = None
        self._checked = 0.0

    async def __call__(self) -> tuple[bool, dict[str, Any]]:
        from bot.telegram.app import bot_api_check

        report = await self.app.health()
        now = asyncio.get_running_loop().time()
        if self._bot_api is None or now - self._checked > self.BOT_API_TTL:
            self._bot_api = await bot_api_check(self.application.bot, webhook=True)
            self._checked = now
        full = report.plus(self._bot_api)
        return full.ok, full.as_json()


async def link_command(app: BotHost, args: argparse.Namespace) -> int:
    """`daihuo link product p-1 --bot daihuo_bot` → https://t.me/daihuo_bot?start=product_p-1"""
    from bot.deeplink import DeepLinkError, deep_link
    from catalog import queries

    try:
        url = deep_link(args.bot, args.kind, args.id)
    except DeepLinkError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # A link to nothing would open "not found" for every shopper who taps it.
    record_type = {"live": "live_room", "video": "video", "fs": "flash_sale"}.get(
        args.kind, "product"
    )
    if args.id not in set(await queries.record_ids(app.infra, record_type)):
        print(f"error: no {record_type.replace('_', ' ')} with id {args.id!r}", file=sys.stderr)
        return 2
    print(url)
    return 0
