"""Write serialization for the bot's state on SQLite."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from daihuo.bootstrap import App

WRITE_LOCK_KEY = "bot.sqlite_write_lock"


def write_lock(app: App) -> contextlib.AbstractAsyncContextManager[Any]:
    """Serialize this process's bot writes on SQLite.

    SQLite has one writer at a time; concurrent writers otherwise wait in SQLite's busy
    handler, which sleeps in growing steps (up to 100 ms) — seconds of latency under load.
    Queueing on an asyncio lock instead costs only the few milliseconds each write takes.
    PostgreSQL needs no such thing.
    """
    if app.engine.dialect.name != "sqlite":
        return contextlib.nullcontext()
    lock = app._components.get(WRITE_LOCK_KEY)
    if lock is None:
        lock = app._components[WRITE_LOCK_KEY] = asyncio.Lock()
    return lock
