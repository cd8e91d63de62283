"""`daihuo` command line. Each package registers its own subcommands; this file only routes."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from daihuo import migrate
from daihuo.bootstrap import App, bootstrap
from daihuo.startup import (
    EXIT_FAILED,
    StartupError,
    database_unreachable,
    load_settings,
    unexpected,
)
from ground.logs import redact
from ground.settings import Settings

Handler = Callable[[App, argparse.Namespace], Awaitable[int]]

EXIT_OK = 0
EXIT_USAGE = 2


def settings_from_args(args: argparse.Namespace) -> Settings:
    """Settings from the environment, with the global flags on top (`StartupError` when they
    do not validate or `.env` cannot be read)."""
    overrides: dict[str, Any] = {}
    if getattr(args, "data_dir", None):
        overrides["data_dir"] = Path(args.data_dir)
    if getattr(args, "database_url", None):
        overrides["database_url"] = args.database_url
    return load_settings(**overrides)


def run_handler(handler: Handler, args: argparse.Namespace) -> int:
    """Bootstrap the app, bring the schema up to date (commands create the database on first
    use), run one async command, always dispose of the app."""

    async def main() -> int:
        app = bootstrap(settings_from_args(args))
        try:
            if getattr(args, "needs_db", True):
                try:
                    await migrate.upgrade(app.engine)
                except Exception as exc:
                    failure = database_unreachable(app.settings.resolved_database_url, exc)
                    if failure is None:
                        raise
                    raise failure from None
            return await handler(app, args)
        finally:
            await app.aclose()

    return asyncio.run(main())


def build_parser() -> argparse.ArgumentParser:
    from accounts import cli as accounts_cli
    from aftersales import cli as aftersales_cli
    from bot import cli as bot_cli
    from catalog import cli as catalog_cli
    from daihuo import db_cli, demo_cli, doctor_cli, eval_cli
    from orders import cli as orders_cli
    from retrieval import cli as retrieval_cli

    parser = argparse.ArgumentParser(
        prog="daihuo", description="Daihuo (带货): a shopping assistant for live commerce."
    )
    parser.add_argument("--data-dir", help="override DAIHUO_DATA_DIR for this run")
    parser.add_argument("--database-url", help="override DAIHUO_DATABASE_URL for this run")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    db_cli.register(sub)
    catalog_cli.register(sub)
    retrieval_cli.register(sub)
    orders_cli.register(sub)
    accounts_cli.register(sub)
    aftersales_cli.register(sub)
    eval_cli.register(sub)
    bot_cli.register(sub)
    demo_cli.register(sub)
    doctor_cli.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return run_handler(handler, args)
    except KeyboardInterrupt:
        return 130
    except StartupError as exc:
        print(f"daihuo: error: {redact(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # one line, never a traceback with a token in it
        print(f"daihuo: error: {unexpected(exc)}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
