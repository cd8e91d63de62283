"""`Infra`: the ground-level parts every service needs (settings, clock, database).

Feature packages take an `Infra` (or something that is one, such as the composition root's
`App`) and never the composition root itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from ground.cache import TTLCache
from ground.clock import Clock, SystemClock
from ground.db import create_engine
from ground.settings import Settings
from ground.uow import UnitOfWork


def configure_offline_runtime() -> None:
    """No network at run time: models from disk only, Chroma telemetry off."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@dataclass(eq=False)
class Infra:
    """Settings, the clock and the database: built once per process."""

    settings: Settings
    clock: Clock
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    _write_lock: asyncio.Lock | None = field(default=None, init=False, repr=False)
    # Recent negative answers (a sold-out flash sale …), per process: see ground.cache.
    recent: TTLCache = field(default_factory=lambda: TTLCache(size=65536), init=False, repr=False)

    def uow(self) -> UnitOfWork:
        """A fresh unit of work; use as `async with infra.uow() as uow:`."""
        return UnitOfWork(self.session_factory)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def write_lock(self) -> contextlib.AbstractAsyncContextManager[Any]:
        """Serialise this process's writes on SQLite; a no-op on PostgreSQL.

        SQLite has one writer at a time; concurrent writers otherwise wait in SQLite's busy
        handler, which sleeps in growing steps (up to 100 ms) — seconds of latency under load.
        Queueing on an asyncio lock instead costs only the few milliseconds each write takes.
        It is a latency measure, never a correctness one: every invariant is held by the
        database's own conditional statements, across processes.
        """
        if self.engine.dialect.name != "sqlite":
            return contextlib.nullcontext()
        if self._write_lock is None:
            self._write_lock = asyncio.Lock()
        return self._write_lock

    async def aclose(self) -> None:
        await self.engine.dispose()


def build_infra(settings: Settings | None = None, *, clock: Clock | None = None) -> Infra:
    """Infra from settings (read from the environment when not given)."""
    configure_offline_runtime()
    settings = settings or Settings()
    if not settings.database_url:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_engine(settings.resolved_database_url)
    return Infra(
        settings=settings,
        clock=clock or SystemClock(),
        engine=engine,
        session_factory=async_sessionmaker(engine, expire_on_commit=False),
    )
