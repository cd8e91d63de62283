"""Composition root: `bootstrap()` builds every component once, from one `Settings`.

This is the only package that knows every other one; features never import it. Components are
typed attributes (no lookups by name); heavy ones (the embedding model, the search indexes,
the conversation engine) are built on first use so commands that never search never pay.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from bot.engine import Engine
from bot.repository import BotRepository
from catalog.importer import ImportReport
from catalog.repository import CatalogRepository
from ground.clock import Clock
from ground.dispatch import Dispatcher, DispatcherConfig
from ground.infra import Infra, build_infra, configure_offline_runtime
from ground.ratelimit import Limits
from ground.settings import Settings
from ground.uow import UnitOfWork
from retrieval.components import Retrieval

if TYPE_CHECKING:
    from telegram import Bot

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

    def dispatch_config(self, *, only_chat: str | None = None) -> DispatcherConfig:
        s = self.settings
        limits = Limits(s.send_per_second, s.send_per_chat_second, s.send_per_group_minute)
        if s.paid_broadcast:  # Telegram allows up to 1000/s overall when paying per message
            limits = Limits(1000, s.send_per_chat_second, s.send_per_group_minute)
        return DispatcherConfig(limits=limits, only_chat=only_chat)

    def telegram_dispatcher(self, bot: Bot) -> Dispatcher:
        """The outbox dispatcher sending through the Bot API with its own `Bot` (no PTB rate
        limiter: the dispatcher's sliding windows decide)."""
        from bot.telegram.deliver import TelegramDeliverer

        return Dispatcher(
            self,
            TelegramDeliverer(self, bot, paid_broadcast=self.settings.paid_broadcast),
            config=self.dispatch_config(),
        )

    def terminal_dispatcher(self, out: TextIO, chat_id: str) -> Dispatcher:
        """Messages for the terminal chat's user, printed between turns."""
        from bot.deliver import TerminalDeliverer

        config = self.dispatch_config(only_chat=chat_id)
        config.limits = Limits(0, 0, 0)
        return Dispatcher(self, TerminalDeliverer(self, out, chat_id), config=config)

    async def tick(self) -> None:
        """One round of the background jobs (reservations, mandates …)."""
        from daihuo import jobs

        await jobs.tick(self)

    async def run_jobs(self, stop: asyncio.Event) -> None:
        from daihuo import jobs

        await jobs.run(self, stop)

    async def catalog_changed(self, report: ImportReport, *, progress: bool = False) -> None:
        """After an import: bring the search index up to date with the catalog."""
        from retrieval.indexing import sync_index

        result = await sync_index(self.retrieval, progress=progress)
        print(result.summary(), file=sys.stderr)

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
