"""Per-chat ordering: updates from one chat run one at a time, in arrival order; different
chats run concurrently (a double-tapped button cannot race itself).

It also reports to a `DeliveryTracker` which updates finished, and at shutdown cuts the
unfinished ones short (after the bound), so they are re-delivered rather than confirmed."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.telegram.delivery import DeliveryTracker


def chat_key(update: object) -> int | None:
    """The chat an update belongs to (the user for inline queries); None = no ordering."""
    if isinstance(update, Update):
        if update.pre_checkout_query is not None:
            return None  # Telegram waits ≤ 10 s for the answer: never queue it behind a chat
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return None


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Concurrent across chats (up to `max_concurrent_updates`), sequential within a chat."""

    __slots__ = ("_closing", "_locks", "_tasks", "_users", "tracker")

    def __init__(self, max_concurrent_updates: int, tracker: DeliveryTracker | None = None) -> None:
        super().__init__(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._users: dict[int, int] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closing = False
        self.tracker = tracker

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        update_id = update.update_id if isinstance(update, Update) else None
        if self._closing:
            # Shutting down past the bound: leave it unconfirmed for the next start.
            if inspect.iscoroutine(coroutine):
                coroutine.close()
            if self.tracker is not None and update_id is not None:
                self.tracker.abandoned(update_id)
            return
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            await self._ordered(update, coroutine)
        except asyncio.CancelledError:
            if self.tracker is not None and update_id is not None:
                self.tracker.abandoned(update_id)
            raise
        else:
            if self.tracker is not None and update_id is not None:
                self.tracker.finished(update_id)
        finally:
            if task is not None:
                self._tasks.discard(task)

    async def _ordered(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = chat_key(update)
        if key is None:
            await coroutine
            return
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = asyncio.Lock()
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:  # asyncio.Lock wakes waiters first-in, first-out
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key]
                del self._locks[key]

    def cut_short(self) -> int:
        """Cancel every update still running or waiting; returns how many there were."""
        self._closing = True
        tasks = [t for t in self._tasks if not t.done()]
        for task in tasks:
            task.cancel()
        return len(tasks)

    async def initialize(self) -> None:
        """Nothing to allocate."""

    async def shutdown(self) -> None:
        self._locks.clear()
        self._users.clear()
