"""Unit of work: one database transaction per service call.

The generic unit of work knows only the session and the outbox (both ground-level). Feature
packages build their repositories on `uow.session`, so the ground never imports a feature.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from ground.outbox import OutboxRepository


class UnitOfWork:
    """`async with uow:` opens a session; leaving without `commit()` rolls everything back."""

    session: AsyncSession
    outbox: OutboxRepository

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._session_factory = session_factory

    async def __aenter__(self) -> Self:
        self.session = self._session_factory()
        self.outbox = OutboxRepository(self.session)
        self._opened()
        return self

    def _opened(self) -> None:
        """Hook for subclasses that add repositories on the fresh session."""

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

    @property
    def dialect(self) -> str:
        """`sqlite` or `postgresql`: the few statements that differ ask this."""
        return self.session.get_bind().dialect.name

    async def commit(self) -> None:
        await self.session.commit()

    async def rollback(self) -> None:
        await self.session.rollback()
