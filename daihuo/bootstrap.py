"""Composition root: `bootstrap()` builds every component once, from one `Settings`.

This is the only package that knows every other one; features never import it. Components are
typed attributes (no lookups by name); heavy ones (the embedding model, the search indexes,
the conversation engine) are built on first use so commands that never search never pay.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field

from bot.engine import Engine
from bot.repository import BotRepository
from catalog.importer import ImportReport
from catalog.repository import CatalogRepository
from ground.clock import Clock
from ground.infra import Infra, build_infra, configure_offline_runtime
from ground.settings import Settings
from ground.uow import UnitOfWork
from retrieval.components import Retrieval

__all__ = ["App", "AppUnitOfWork", "bootstrap", "configure_offline_runtime"]


class AppUnitOfWork(UnitOfWork):
    """The unit of work with every package's repository on it (for the CLI, scripts and
    tests). Feature code builds the repositories it needs on `uow.session` instead."""

    catalog: CatalogRepository
    bot: BotRepository

    def _opened(self) -> None:
        self.catalog = CatalogRepository(self.session)
        self.bot = BotRepository(self.session)


@dataclass(eq=False)
class App(Infra):
    """Everything a command, the bot or a test needs, built once per process."""

    retrieval: Retrieval = field(init=False)
    _conversation: Engine | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.retrieval = Retrieval(self)

    @property
    def infra(self) -> Infra:
        return self

    def uow(self) -> AppUnitOfWork:
        return AppUnitOfWork(self.session_factory)

    def conversation(self) -> Engine:
        """The process's conversation engine, wired to the real services."""
        if self._conversation is None:
            from bot.actions import Deps

            self._conversation = Engine(
                Deps(
                    infra=self,
                    search=self.retrieval.search_service(),
                    qa=self.retrieval.qa_service(),
                )
            )
        return self._conversation

    async def catalog_changed(self, report: ImportReport, *, progress: bool = False) -> bool:
        """After an import: bring the search index up to date with the catalog, and repair it
        if a crash left it behind, even when the import itself changed nothing. False (after
        saying why) when the index could not be updated."""
        from retrieval.indexing import sync_index
        from retrieval.store import IndexStoreError

        try:
            result = await sync_index(self.retrieval, progress=progress)
        except IndexStoreError as exc:
            print(f"the search index was not updated: {exc}", file=sys.stderr)
            return False
        print(result.summary(), file=sys.stderr)
        return True

    async def ready_to_serve(self, *, progress: bool = False) -> str | None:
        """Before the assistant takes its first message: the index is checked against the
        catalog and repaired when behind. None when ready; else one line saying why not."""
        from retrieval.health import IndexUnavailable, ensure_index

        try:
            _, report = await ensure_index(self.retrieval, progress=progress)
        except IndexUnavailable as exc:
            return f"cannot serve searches: {exc}"
        if report is not None:
            print(report.summary(), file=sys.stderr)
        return None

    async def aclose(self) -> None:
        await self.retrieval.aclose()
        await super().aclose()


def bootstrap(settings: Settings | None = None, *, clock: Clock | None = None) -> App:
    """Build the application from settings (read from the environment when not given)."""
    infra = build_infra(settings, clock=clock)
    settings = infra.settings
    logging.basicConfig(
        level=getattr(logging, settings.log_level.upper(), logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # Per-request and per-migration INFO lines drown the bot's own log.
    for noisy in ("alembic", "httpx", "httpcore", "chromadb", "sentence_transformers"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return App(
        settings=infra.settings,
        clock=infra.clock,
        engine=infra.engine,
        session_factory=infra.session_factory,
    )
