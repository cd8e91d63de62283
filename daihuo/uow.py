"""Unit of work: one database transaction per service call, with the repositories inside it."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.repository import BotRepository
from catalog.repository import CatalogRepository


class UnitOfWork:
    """`async with uow:` opens a session; leaving without `commit()` rolls everything back."""

    catalog: CatalogRepository
    bot: BotRepository
    session: AsyncSession

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._session_factory = session_factory

    async def __aenter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        self.catalog = CatalogRepository(self.session)
        self.bot = BotRepository(self.session)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            await self.session.rollback()
        finally:
            await self.session.close()

    async def commit(self) -> None:
        await self.session.commit()

    async def rollback(self) -> None:
        await self.session.rollback()
