"""`daihuo doctor`: is everything the assistant needs in working order?"""

from __future__ import annotations

import argparse
import json
from typing import Any

from daihuo.bootstrap import App
from ground.health import Check


def register(sub: Any) -> None:
    doctor = sub.add_parser(
        "doctor",
        help="check the database, the search index and the Telegram Bot API",
        description=(
            "Reports the database (reachable, schema current), the search index (up to date "
            "with the catalog, readable) and the Bot API (token accepted) without changing "
            "anything. Exit status 1 when something needs attention."
        ),
    )
    doctor.add_argument("--json", action="store_true", help="machine-readable output")
    doctor.set_defaults(handler=_doctor, needs_db=False)


async def _doctor(app: App, args: argparse.Namespace) -> int:
    report = await app.health()
    report = report.plus(await _bot_api(app))
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        for line in report.lines():
            print(line)
        print("all good" if report.ok else "something needs attention (see FAIL above)")
    return 0 if report.ok else 1


async def _bot_api(app: App) -> Check:
    token = app.settings.telegram_bot_token
    if token is None or not token.get_secret_value().strip():
        return Check("bot_api", True, "no TELEGRAM_BOT_TOKEN: terminal chat only")
    from telegram import Bot

    from bot.telegram.app import bot_api_check, file_base_url

    base = app.settings.telegram_api_base_url
    kwargs: dict[str, Any] = (
        {"base_url": base, "base_file_url": file_base_url(base)} if base else {}
    )
    bot = Bot(token.get_secret_value(), **kwargs)
    try:
        return await bot_api_check(bot)
    finally:
        await bot.shutdown()
