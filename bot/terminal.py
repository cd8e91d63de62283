"""`daihuo chat`: the same engine in a terminal.

Interactive with readline on a TTY; otherwise one message per line, so a whole conversation
can be scripted: `/cmd args`, free text, `!press <button number or label>`, `!quit`.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Awaitable, Callable
from typing import Any, TextIO

from bot.deliver import TerminalDeliverer
from bot.engine import Engine
from bot.i18n import t
from bot.render.text import find_button, render_text
from bot.reply import Incoming, Reply
from ground.dispatch import Dispatcher

PROMPT = "you> "


def parse_line(line: str, *, user_id: str, language: str | None) -> Incoming | None:
    """One typed line → an `Incoming` (None for blank lines)."""
    line = line.strip()
    if not line:
        return None
    base: dict[str, Any] = {
        "user_id": user_id,
        "chat_id": user_id,
        "language_code": language,
        "bot_username": "daihuo_bot",
    }
    if line.startswith("/"):
        head, _, rest = line[1:].partition(" ")
        args = tuple(rest.split())
        command = head.lower()
        return Incoming(
            **base,
            command=command,
            args=args,
            deep_link=args[0] if command == "start" and args else None,
        )
    return Incoming(**base, text=line)


async def chat(
    engine: Engine,
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    user_id: str = "term:local",
    language: str | None = None,
    interactive: bool | None = None,
    outbox: Dispatcher | None = None,
    jobs: Callable[[], Awaitable[None]] | None = None,
) -> int:
    """Run a conversation until EOF or `!quit`; returns an exit code."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    if interactive is None:
        interactive = stdin.isatty()
    if interactive:
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (line editing and history for input())
    last: Reply | None = None
    lang = language or engine.infra.settings.default_language

    def show(text: str) -> None:
        stdout.write(text + "\n")
        stdout.flush()

    while True:
        try:
            # Reading blocks: keep it off the event loop.
            if interactive:
                line = await asyncio.to_thread(input, PROMPT)
            else:
                line = await asyncio.to_thread(stdin.readline)
        except EOFError:
            break
        if not interactive and line == "":
            break
        line = line.strip()
        if not line:
            continue
        if not interactive:
            show(f"{PROMPT}{line}")
        if line in ("!quit", "!exit", "/quit", "/exit"):
            break
        if line.startswith("!press"):
            choice = line[len("!press") :].strip()
            button = find_button(last, choice) if last else None
            if button is None or not button.token:
                show(f"(no button {choice!r} in the last reply)")
                continue
            incoming = Incoming(
                user_id=user_id,
                chat_id=user_id,
                language_code=lang,
                action_token=button.token,
                bot_username="daihuo_bot",
            )
        else:
            parsed = parse_line(line, user_id=user_id, language=lang)
            if parsed is None:
                continue
            incoming = parsed
        try:
            reply = await engine.handle(incoming)
        except Exception as exc:  # keep the session alive, like the Telegram error handler
            show(f"bot> {t(lang, 'error')} ({type(exc).__name__}: {exc})")
            continue
        if reply.notice and not reply.lines:
            show(f"bot> ({reply.notice})")
            continue
        if reply.edit:
            show("bot> (edits the previous message)")
        show("bot> " + render_text(reply).replace("\n", "\n     "))
        for follow in reply.followups:
            show("bot> " + render_text(follow).replace("\n", "\n     "))
        if reply.lines or reply.buttons:
            last = reply
        if jobs is not None:
            await jobs()  # what came due (an expired reservation, a sale that started)
        if outbox is not None:
            # Messages the turn caused (an order update, an alert that came due) follow it.
            await outbox.drain()
            deliverer = outbox.deliverer
            if isinstance(deliverer, TerminalDeliverer) and deliverer.last is not None:
                last, deliverer.last = deliverer.last, None  # its buttons can be pressed
    return 0
