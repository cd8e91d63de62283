"""Composition root: `bootstrap()` builds every component once, from one `Settings`.

This is the only package that knows every other one; features never import it. Components are
typed attributes (no lookups by name); heavy ones (the embedding model, the search indexes,
the conversation engine) are built on first use so commands that never search never pay.
"""

from __future__ import annotations

import asyncio
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from alerts.watch import SearchWatchMatcher
from bot.engine import Engine
from bot.repository import BotRepository
from catalog.importer import ImportReport
from catalog.repository import CatalogRepository
from ground.clock import Clock
from ground.dispatch import Dispatcher, DispatcherConfig
from ground.health import Check, HealthReport, database_check, failure_text
from ground.infra import Infra, build_infra, configure_offline_runtime
from ground.logs import configure_logging
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
        config = DispatcherConfig(limits=limits, only_chat=only_chat)
        if s.paid_broadcast:  # Telegram allows up to 1000/s overall when paying per message
            config.limits = Limits(1000, s.send_per_chat_second, s.send_per_group_minute)
            config.batch, config.wave = 1000, 128  # enough requests in flight for that rate
        return config

    def telegram_dispatcher(self, bot: Bot) -> Dispatcher:
        """The outbox dispatcher sending through the Bot API with its own `Bot` (no PTB rate
        limiter: the dispatcher's sliding windows decide)."""
        from bot.telegram.deliver import TelegramDeliverer

        return Dispatcher(
            self,
            TelegramDeliverer(self, bot, paid_broadcast=self.settings.paid_broadcast),
            config=self.dispatch_config(),
            worker_id=self.settings.dispatcher_id,
            on_blocked=self._blocked,
        )

    async def _blocked(self, user_key: str) -> None:
        """A 403 from Telegram: the shopper blocked the bot; their subscriptions end."""
        from alerts.services import deactivate_user

        await deactivate_user(self, user_key)

    def terminal_dispatcher(self, out: TextIO, chat_id: str) -> Dispatcher:
        """Messages for the terminal chat's user, printed between turns."""
        from bot.deliver import TerminalDeliverer

        config = self.dispatch_config(only_chat=chat_id)
        config.limits = Limits(0, 0, 0)
        return Dispatcher(
            self, TerminalDeliverer(self, out, chat_id), config=config, on_blocked=self._blocked
        )

    async def tick(self) -> None:
        """One round of the background jobs (reservations, mandates …)."""
        from daihuo import jobs

        await jobs.tick(self, self.watch_matcher())

    async def run_jobs(self, stop: asyncio.Event) -> None:
        from daihuo import jobs

        await jobs.run(self, stop, matcher=self.watch_matcher())

    def watch_matcher(self) -> SearchWatchMatcher:
        """Saved searches run by this process's search service."""
        return SearchWatchMatcher(self.retrieval)

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

    async def health(self) -> HealthReport:
        """Database (reachable, schema current) and search index (fit to serve), for
        `daihuo doctor` and the webhook's `/health`; never raises."""
        from daihuo import migrate
        from retrieval.health import check_index

        db = await database_check(self)
        if db.ok:
            try:
                revision = await migrate.current_revision(self.engine)
                head = migrate.head_revision()
            except Exception as exc:
                db = Check("database", False, f"schema unreadable: {failure_text(exc)}")
            else:
                if revision != head:
                    db = Check(
                        "database",
                        False,
                        f"schema at {revision or 'nothing'}, not {head}: run `daihuo db upgrade`",
                    )
                else:
                    db = Check("database", True, f"{db.detail}, schema at {revision}")
        if not db.ok:
            return HealthReport((db, Check("index", False, "not checked: no database")))
        try:
            index = await check_index(self.retrieval)
            found = Check("index", index.ok, index.describe())
        except Exception as exc:
            found = Check("index", False, f"check failed: {failure_text(exc)}")
        return HealthReport((db, found))

    async def aclose(self) -> None:
        await self.retrieval.aclose()
        await super().aclose()


def bootstrap(settings: Settings | None = None, *, clock: Clock | None = None) -> App:
    """Build the application from settings (read from the environment when not given)."""
    infra = build_infra(settings, clock=clock)
    # Level, format, and the filter that redacts the bot token and webhook secret everywhere.
    configure_logging(infra.settings)
    return App(
        settings=infra.settings,
        clock=infra.clock,
        engine=infra.engine,
        session_factory=infra.session_factory,
    )
