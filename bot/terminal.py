"""`daihuo chat`: the same engine in a terminal.

Interactive with readline on a TTY; otherwise one message per line, so a whole conversation
can be scripted: `/cmd args`, free text, `!press <button number or label>`, `!wait <seconds>`
(let time pass: reminders and alerts that come due meanwhile are printed), `!quit`.
Alerts and order updates for the chat's user are printed between turns, and while an
interactive chat waits for input.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TextIO

from bot.deliver import TerminalDeliverer
from bot.engine import Engine
from bot.i18n import t
from bot.render.text import find_button, render_text
from bot.reply import Incoming, Reply
from ground.dispatch import Dispatcher

PROMPT = "you> "
IDLE_SECONDS = 2.0  # how often an idle interactive chat looks for alerts that came due
MAX_WAIT_SECONDS = 600


class _LineReader:
    """Lines from stdin, read by a daemon thread: blocking reads stay off the event loop, and
    a stop (SIGTERM) does not wait for a line that may never come."""

    def __init__(self, stdin: TextIO, prompt: str | None) -> None:
        self._loop = asyncio.get_running_loop()
        self._lines: asyncio.Queue[str | None] = asyncio.Queue()
        self._want = threading.Semaphore(0)
        self._stdin, self._prompt = stdin, prompt
        threading.Thread(target=self._read, name="daihuo-chat-stdin", daemon=True).start()

    def _read(self) -> None:
        while True:
            self._want.acquire()
            try:
                line: str | None = (
                    input(self._prompt) if self._prompt is not None else self._stdin.readline()
                )
            except (EOFError, OSError, ValueError):
                line = None
            if line == "" and self._prompt is None:
                line = None  # end of the file
            self._loop.call_soon_threadsafe(self._lines.put_nowait, line)
            if line is None:
                return

    async def next_line(
        self,
        stop: asyncio.Event | None,
        idle: Callable[[], Awaitable[None]] | None = None,
        idle_every: float = IDLE_SECONDS,
    ) -> str | None:
        """The next line, or None at end of input or once `stop` is set. While waiting,
        `idle` runs every `idle_every` seconds (alerts that come due are shown meanwhile)."""
        if stop is not None and stop.is_set():
            return None
        self._want.release()
        get = asyncio.ensure_future(self._lines.get())
        halt = asyncio.ensure_future(stop.wait()) if stop is not None else None
        try:
            while True:
                waiting = {get} if halt is None else {get, halt}
                done, _ = await asyncio.wait(
                    waiting,
                    timeout=idle_every if idle is not None else None,
                    return_when=asyncio.FIRST_COMPLETED,
                )
                if get in done:
                    return get.result()
                if halt is not None and halt in done:
                    get.cancel()
                    return None
                if idle is not None:
                    await idle()
        finally:
            if halt is not None:
                halt.cancel()


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
    stop: asyncio.Event | None = None,
) -> int:
    """Run a conversation until EOF, `!quit` or `stop` (SIGTERM: the message being answered
    is finished first); returns an exit code."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    if interactive is None:
        interactive = stdin.isatty()
    if interactive:
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (line editing and history for input())
    last: Reply | None = None  # the bot's last answer: `!press` looks here first
    pushed: Reply | None = None  # then in the last message pushed meanwhile (an alert …)
    lang = language or engine.infra.settings.default_language

    def show(text: str) -> None:
        stdout.write(text + "\n")
        stdout.flush()

    async def between_turns() -> None:
        """What came due (an expired reservation, a sale that started), then the messages
        for this user (order updates, alerts) — their buttons can be pressed next."""
        nonlocal pushed
        if jobs is not None:
            await jobs()
        if outbox is not None:
            await outbox.drain()
            deliverer = outbox.deliverer
            if isinstance(deliverer, TerminalDeliverer) and deliverer.last is not None:
                pushed, deliverer.last = deliverer.last, None

    reader = _LineReader(stdin, PROMPT if interactive else None)
    idle = between_turns if interactive and (jobs or outbox) else None
    while True:
        line = await reader.next_line(stop, idle)
        if line is None:
            break
        line = line.strip()
        if not line:
            continue
        if not interactive:
            show(f"{PROMPT}{line}")
        if line in ("!quit", "!exit", "/quit", "/exit"):
            break
        if line.startswith("!wait"):
            seconds = _seconds(line[len("!wait") :])
            if seconds is None:
                show(f"(!wait takes seconds, 1 to {MAX_WAIT_SECONDS})")
                continue
            deadline = asyncio.get_running_loop().time() + seconds
            while (left := deadline - asyncio.get_running_loop().time()) > 0:
                if stop is not None and stop.is_set():
                    break
                await asyncio.sleep(min(IDLE_SECONDS, left))
                await between_turns()
            continue
        if line.startswith("!photo"):
            # A stand-in for sending a photo: `!photo NAME [caption]`.
            name, _, caption = line[len("!photo") :].strip().partition(" ")
            if not name:
                show("(!photo takes a name, e.g. !photo crack.jpg)")
                continue
            incoming = Incoming(
                user_id=user_id,
                chat_id=user_id,
                language_code=lang,
                photo=f"term-photo:{name[:100]}",
                text=caption or None,
                bot_username="daihuo_bot",
            )
        elif line.startswith("!press"):
            choice = line[len("!press") :].strip()
            button = find_button(last, choice) if last else None
            if (button is None or not button.token) and pushed is not None:
                button = find_button(pushed, choice)
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
        await between_turns()
    return 0


def _seconds(text: str) -> float | None:
    try:
        value = float(text.strip() or "nan")
    except ValueError:
        return None
    return value if 0 < value <= MAX_WAIT_SECONDS else None
