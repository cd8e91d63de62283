"""SIGTERM (what `docker stop` and systemd send) and SIGINT both ask for a graceful stop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable, Iterator

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextlib.contextmanager
def graceful_stop(
    stop: asyncio.Event, *, hurry: Callable[[], None] | None = None
) -> Iterator[None]:
    """The first signal sets `stop`; a second one calls `hurry` (stop waiting for work)."""
    loop = asyncio.get_running_loop()

    def on_signal(sig: signal.Signals) -> None:
        if stop.is_set():
            log.warning("%s again: not waiting any longer", sig.name)
            if hurry is not None:
                hurry()
            return
        log.info("%s received: finishing the updates in progress, then stopping", sig.name)
        stop.set()

    installed: list[signal.Signals] = []
    for sig in STOP_SIGNALS:
        try:
            loop.add_signal_handler(sig, on_signal, sig)
            installed.append(sig)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread
            pass
    try:
        yield
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
