"""Composition root: `bootstrap()` builds every component once, from one `Settings`."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from daihuo.clock import Clock, SystemClock
from daihuo.db import create_engine
from daihuo.settings import Settings
from daihuo.uow import UnitOfWork

if TYPE_CHECKING:  # retrieval imports this module; only the type checker needs the reverse
    from retrieval.service import QAService, SearchService


def configure_offline_runtime() -> None:
    """No network at run time: models from disk only, Chroma telemetry off."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@dataclass
class App:
    """Everything a command, the bot or a test needs, built once per process.

    Heavy parts (the embedding model, the search indexes) are built on first use, so commands
    that never search never pay for them.
    """

    settings: Settings
    clock: Clock
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    _components: dict[str, Any] = field(default_factory=dict)

    def uow(self) -> UnitOfWork:
        """A fresh unit of work; use as `async with app.uow() as uow:`."""
        return UnitOfWork(self.session_factory)

    async def search_service(self) -> SearchService:
        """Product search (`retrieval.service.SearchService`), built on first use."""
        from retrieval.service import search_service

        return await search_service(self)

    async def qa_service(self) -> QAService:
        """Product Q&A (`retrieval.service.QAService`), built on first use."""
        from retrieval.service import qa_service

        return await qa_service(self)

    async def aclose(self) -> None:
        for component in self._components.values():
            close = getattr(component, "aclose", None)
            if close is not None:
                await close()
        self._components.clear()
        await self.engine.dispose()


def bootstrap(settings: Settings | None = None, *, clock: Clock | None = None) -> App:
    """Build the application from settings (read from the environment when not given)."""
    configure_offline_runtime()
    settings = settings or Settings()
    logging.basicConfig(
        level=getattr(logging, settings.log_level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # Per-request and per-migration INFO lines drown the bot's own log.
    for noisy in ("alembic", "httpx", "httpcore", "chromadb", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if not settings.database_url:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_engine(settings.resolved_database_url)
    return App(
        settings=settings,
        clock=clock or SystemClock(),
        engine=engine,
        session_factory=async_sessionmaker(engine, expire_on_commit=False),
    )
