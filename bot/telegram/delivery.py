"""At-least-once delivery: an update is confirmed to Telegram only after it was handled.

Telegram forgets an update when the bot confirms it — with the `offset` of the next
`getUpdates` in polling mode, with a 2xx answer in webhook mode. PTB's updater confirms as
soon as an update is *fetched*, so a process killed mid-answer loses it. `DeliveryTracker`
knows which updates are in flight, and gives the offset that confirms exactly the handled
ones (everything below the oldest still in flight); a re-delivery after a crash is then
caught by the duplicate filter if it had in fact been answered.
"""

from __future__ import annotations

import asyncio
import contextlib


class DeliveryTracker:
    """Updates admitted for handling, and which of them finished."""

    def __init__(self) -> None:
        self._in_flight: dict[int, asyncio.Future[bool]] = {}
        self._handled: set[int] = set()  # finished, not yet confirmed to Telegram
        self._highest: int | None = None
        self._confirmed_below: int | None = None
        self._progress = asyncio.Event()

    @property
    def in_flight(self) -> int:
        return len(self._in_flight)

    def admit(self, update_id: int) -> bool:
        """True for an update not seen before (handle it); False for one that is in flight,
        handled, or already confirmed (Telegram sends those again until confirmed)."""
        if update_id in self._in_flight or update_id in self._handled:
            return False
        if self._confirmed_below is not None and update_id < self._confirmed_below:
            return False
        self._in_flight[update_id] = asyncio.get_running_loop().create_future()
        if self._highest is None or update_id > self._highest:
            self._highest = update_id
        return True

    def finished(self, update_id: int) -> None:
        """The update was handled (answered, or its error reported): it may be confirmed."""
        future = self._in_flight.pop(update_id, None)
        if future is None:
            return
        self._handled.add(update_id)
        if not future.done():
            future.set_result(True)
        self._progress.set()

    def abandoned(self, update_id: int) -> None:
        """Handling was cut short (shutdown): never confirm it, so Telegram delivers it again."""
        future = self._in_flight.get(update_id)
        if future is not None and not future.done():
            future.set_result(False)
        self._progress.set()

    def offset(self) -> int | None:
        """The `getUpdates` offset that confirms the handled updates and nothing else."""
        if self._in_flight:
            return min(self._in_flight)
        if self._highest is not None:
            return self._highest + 1
        return None

    def confirmed(self, offset: int | None) -> None:
        """Telegram accepted `offset`: everything below it is gone for good."""
        if offset is None:
            return
        self._confirmed_below = offset
        self._handled = {u for u in self._handled if u >= offset}

    async def wait_progress(self, within: float) -> None:
        """Until some update finishes (at most `within` seconds): polling again sooner would
        only fetch the same unconfirmed updates."""
        self._progress.clear()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._progress.wait(), within)

    async def wait_handled(self, update_id: int) -> bool:
        """For the webhook: True once this update was handled, False if it was abandoned."""
        future = self._in_flight.get(update_id)
        if future is None:
            return update_id in self._handled
        return await asyncio.shield(future)

    async def wait_idle(self, within: float) -> bool:
        """Until nothing is in flight (True), or `within` seconds passed (False)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        while self._in_flight:
            pending = [f for f in self._in_flight.values() if not f.done()]
            if not pending:
                return True  # only abandoned ones are left
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            await asyncio.wait(pending, timeout=remaining)
        return True
