"""The delivery tracker: the offset confirms handled updates only, never one in flight."""

from __future__ import annotations

import asyncio

from bot.telegram.delivery import DeliveryTracker


async def test_offset_stays_below_the_oldest_update_in_flight() -> None:
    tracker = DeliveryTracker()
    assert tracker.offset() is None
    assert all(tracker.admit(u) for u in (10, 11, 12))
    assert not tracker.admit(11)  # Telegram sends it again until confirmed: skipped
    tracker.finished(11)
    tracker.finished(12)
    assert tracker.offset() == 10  # 10 is still running: nothing may be confirmed past it
    assert not tracker.admit(12)  # handled, but not yet confirmed: not handled twice
    tracker.finished(10)
    assert tracker.offset() == 13
    tracker.confirmed(13)
    assert not tracker.admit(12) and tracker.admit(13)


async def test_abandoned_updates_are_never_confirmed() -> None:
    tracker = DeliveryTracker()
    tracker.admit(5)
    tracker.admit(6)
    tracker.finished(6)
    tracker.abandoned(5)
    assert tracker.offset() == 5
    assert await tracker.wait_idle(0.1)  # nothing is running any more
    assert not await tracker.wait_handled(5)


async def test_wait_idle_is_bounded() -> None:
    tracker = DeliveryTracker()
    tracker.admit(1)
    assert not await tracker.wait_idle(0.05)
    asyncio.get_running_loop().call_later(0.05, tracker.finished, 1)
    assert await tracker.wait_idle(5)
