"""`daihuo demo` and `daihuo serve`: from an empty data dir to a running assistant in one command."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from daihuo.bootstrap import App

# The bot's own `run`/`chat` handlers, with their command-line defaults.
_RUN_DEFAULTS = argparse.Namespace(webhook=None, listen="0.0.0.0", port=8443, url_path="telegram")
_CHAT_DEFAULTS = argparse.Namespace(user="local", lang=None)


def register(sub: Any) -> None:
    demo = sub.add_parser(
        "demo",
        help="load the sample catalog (times relative to now), index it, start the assistant",
        description=(
            "Creates the database, (re)loads the bundled sample catalog with its live rooms and "
            "flash sales shifted to start around now, brings the search index up to date and "
            "starts the assistant: Telegram when TELEGRAM_BOT_TOKEN is set, else the terminal chat."
        ),
    )
    demo.add_argument("--no-chat", action="store_true", help="prepare everything, then exit")
    demo.set_defaults(handler=_demo)

    serve = sub.add_parser(
        "serve",
        help="production start: migrate, index, run the Telegram bot (loads the sample if empty)",
    )
    serve.add_argument(
        "--no-sample", action="store_true", help="never load the sample catalog into an empty store"
    )
    serve.set_defaults(handler=_serve)


async def _prepare(app: App, *, load_sample: bool) -> None:
    from catalog.services import load_sample_catalog
    from retrieval.indexing import sync_index

    if load_sample:
        report = await load_sample_catalog(app)
        if not report.ok:
            for line in report.errors:
                print(line, file=sys.stderr)
            raise SystemExit(2)
        print(report.summary(), file=sys.stderr)
    from retrieval.store import IndexStoreError

    try:
        index_report = await sync_index(app.retrieval, progress=sys.stderr.isatty())
    except IndexStoreError as exc:
        print(f"error: cannot build the search index: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    print(index_report.summary(), file=sys.stderr)


async def _start_assistant(app: App) -> int:
    """Telegram when a token is configured, else the terminal chat (same engine)."""
    from bot.cli import chat_command, run_command

    if app.settings.telegram_bot_token is not None:
        return await run_command(app, _RUN_DEFAULTS)
    return await chat_command(app, _CHAT_DEFAULTS)


async def _demo(app: App, args: argparse.Namespace) -> int:
    await _prepare(app, load_sample=True)
    if args.no_chat:
        return 0
    return await _start_assistant(app)


async def _serve(app: App, args: argparse.Namespace) -> int:
    async with app.uow() as uow:
        empty = (await uow.catalog.counts())["product"] == 0
    await _prepare(app, load_sample=empty and not args.no_sample)
    if app.settings.telegram_bot_token is None:
        print("daihuo serve needs TELEGRAM_BOT_TOKEN (or use: daihuo chat)", file=sys.stderr)
        return 2
    return await _start_assistant(app)
