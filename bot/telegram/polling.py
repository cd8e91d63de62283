"""Long polling that confirms an update only after it was handled (see `delivery`).

Used instead of PTB's `Updater.start_polling`, which confirms what it fetched on its next
request, before the update is handled. Each `getUpdates` here sends the tracker's offset;
updates already in flight come back until the oldest of them is done, and are skipped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from telegram import Update
from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import Application

from bot.telegram.delivery import DeliveryTracker

log = logging.getLogger(__name__)

MAX_BACKOFF = 30.0
BUSY_WAIT = 1.0  # all fetched updates still in flight: wait this long at most for one to end
STOP_GRACE = 2.0  # seconds stop() waits for a cancelled long poll to end


class ConfirmingPoller:
    """Fetches updates into `application.update_queue`; `stop()` stops fetching at once."""

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        tracker: DeliveryTracker,
        *,
        timeout: int = 30,
        poll_interval: float = 0.0,
    ) -> None:
        self.application = application
        self.tracker = tracker
        self.timeout = timeout
        self.poll_interval = poll_interval
        self._task: asyncio.Task[None] | None = None
        self.failure: BaseException | None = None  # why polling stopped on its own, if it did

    async def start(self) -> None:
        # Polling and a webhook exclude each other; PTB's updater removes a webhook too.
        await self.application.bot.delete_webhook(drop_pending_updates=False)
        self._task = asyncio.create_task(self._run(), name="daihuo:polling")

    @property
    def stopped(self) -> asyncio.Task[None] | None:
        return self._task

    async def _run(self) -> None:
        bot, queue = self.application.bot, self.application.update_queue
        backoff = 1.0
        while True:
            offset = self.tracker.offset()
            try:
                raw = await self._fetch(offset)
            except InvalidToken as exc:
                self.failure = exc
                log.error("Telegram rejected the bot token; polling stopped")
                return
            except RetryAfter as exc:
                await asyncio.sleep(float(_seconds(exc.retry_after)))
                continue
            except Conflict:
                log.error(
                    "another process is polling with this bot token; retrying in %ss", backoff
                )
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            except (NetworkError, TelegramError) as exc:
                log.warning("getUpdates failed (%s); retrying in %.0fs", exc, backoff)
                await asyncio.sleep(backoff)
                backoff = min(backoff * 2, MAX_BACKOFF)
                continue
            backoff = 1.0
            self.tracker.confirmed(offset)
            # Only new updates are parsed: the ones in flight come back on every poll until the
            # oldest is done, and turning up to 100 of them into objects on each poll was what
            # made a busy bot fall behind for good (1,450 polls re-parsing 132k updates for
            # 1,000 searches in bot_bench).
            fresh = []
            for data in raw:
                update_id = data.get("update_id") if isinstance(data, dict) else None
                if not isinstance(update_id, int) or not self.tracker.admit(update_id):
                    continue
                try:
                    fresh.append(Update.de_json(data, bot))
                except Exception:  # one malformed update must not stop polling for everyone
                    log.warning("update %s could not be read; skipped", update_id, exc_info=True)
                    self.tracker.finished(update_id)
            for update in fresh:
                await queue.put(update)
            if raw and not fresh:
                await self.tracker.wait_progress(BUSY_WAIT)
            elif self.poll_interval:
                await asyncio.sleep(self.poll_interval)

    async def _fetch(self, offset: int | None) -> list[Any]:
        """`getUpdates` as JSON, unparsed (PTB's `get_updates` parses every update it gets).
        Goes through the bot's own request path, so its getUpdates connection, timeouts and
        errors are PTB's."""
        bot = self.application.bot
        data = {"timeout": self.timeout, "offset": offset}
        read_timeout = (bot._request[0].read_timeout or 0) + self.timeout
        result = await bot._post("getUpdates", data, read_timeout=read_timeout)
        return result if isinstance(result, list) else []

    async def stop(self) -> None:
        """Stop fetching now. A long poll in progress is dropped: nothing it would have
        returned was confirmed, so Telegram keeps it for the next start."""
        task = self._task
        if task is not None and not task.done():
            task.cancel()
            # The HTTP client closes a cancelled long poll's connection in a shielded scope,
            # which can wait on the server; shutdown must not wait with it.
            done, _ = await asyncio.wait({task}, timeout=STOP_GRACE)
            if done:
                with contextlib.suppress(asyncio.CancelledError):
                    task.result()
            else:
                log.warning(
                    "the long poll did not end within %.0fs of stop; left behind", STOP_GRACE
                )
        self._task = None

    async def confirm(self) -> None:
        """Confirm what was handled (at shutdown), leaving unfinished updates with Telegram."""
        offset = self.tracker.offset()
        if offset is None:
            return
        try:
            await self.application.bot.get_updates(offset=offset, timeout=0, limit=1)
            self.tracker.confirmed(offset)
        except TelegramError as exc:
            log.warning("could not confirm the handled updates (%s); they may come again", exc)


def _seconds(value: Any) -> float:
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)
