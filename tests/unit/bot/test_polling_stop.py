"""Stopping the poller never waits forever on a long poll that won't end when cancelled."""

from __future__ import annotations

import asyncio
import contextlib
from types import SimpleNamespace
from typing import Any

import pytest

from bot.telegram import polling
from bot.telegram.delivery import DeliveryTracker
from bot.telegram.polling import ConfirmingPoller


async def test_stop_returns_when_the_cancelled_long_poll_hangs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(polling, "STOP_GRACE", 0.05)
    release = asyncio.Event()
    application = SimpleNamespace(bot=object(), update_queue=asyncio.Queue())
    poller = ConfirmingPoller(application, DeliveryTracker())  # type: ignore[arg-type]

    async def stubborn_fetch(offset: Any) -> list[Any]:
        # What the HTTP client does when a cancelled request's connection is closed in a
        # shielded scope that waits on the server.
        try:
            await asyncio.sleep(3600)
        finally:
            while not release.is_set():
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.shield(release.wait())
        return []

    poller._fetch = stubborn_fetch  # type: ignore[method-assign]
    poller._task = asyncio.create_task(poller._run())
    await asyncio.sleep(0.01)
    assert not poller._task.done()  # the poll is under way
    stopping = asyncio.create_task(poller.stop())
    done, _ = await asyncio.wait({stopping}, timeout=2)
    release.set()  # let the left-behind poll end before the loop closes
    await asyncio.sleep(0.01)
    assert stopping in done
    assert poller.stopped is None
