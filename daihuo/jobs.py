"""Background jobs every bot process runs: the clock of the commerce half.

Each tick: expire unpaid reservations, serve flash sales' buy-for-me mandates as sales start,
react to price and stock events. Every step is safe with several processes (conditional
statements, leases, locked event cursors), so each process simply runs its own ticker.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from ground.infra import Infra

log = logging.getLogger(__name__)
TICK_SECONDS = 2.0


async def tick(infra: Infra) -> None:
    """One round of every periodic job (tests and the terminal chat call it directly)."""
    from orders.lifecycle import expire_reservations
    from orders.mandates import run_due

    await expire_reservations(infra)
    await run_due(infra)


async def run(infra: Infra, stop: asyncio.Event, every: float = TICK_SECONDS) -> None:
    """Tick until `stop` is set; a failing round is logged and retried on the next one."""
    while not stop.is_set():
        try:
            await tick(infra)
        except Exception:
            log.exception("background jobs round failed")
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)
