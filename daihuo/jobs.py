"""Background jobs every bot process runs: the clock of the commerce half.

Each tick: expire unpaid reservations, serve flash sales' buy-for-me mandates as sales start,
queue alerts (flash-sale reminders, live starts, price drops, restocks, saved searches). Every step is safe with several processes (conditional
statements, leases, locked event cursors), so each process simply runs its own ticker.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import TYPE_CHECKING

from ground.infra import Infra

if TYPE_CHECKING:
    from alerts.fanout import WatchMatcher

log = logging.getLogger(__name__)
TICK_SECONDS = 2.0


async def tick(infra: Infra, matcher: WatchMatcher | None = None) -> None:
    """One round of every periodic job (tests and the terminal chat call it directly)."""
    from alerts import fanout
    from orders.lifecycle import expire_reservations
    from orders.mandates import run_due

    await expire_reservations(infra)
    await run_due(infra)
    await fanout.run_due(infra, matcher)


async def run(
    infra: Infra,
    stop: asyncio.Event,
    every: float = TICK_SECONDS,
    matcher: WatchMatcher | None = None,
) -> None:
    """Tick until `stop` is set; a failing round is logged and retried on the next one."""
    while not stop.is_set():
        try:
            await tick(infra, matcher)
        except Exception:
            log.exception("background jobs round failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
