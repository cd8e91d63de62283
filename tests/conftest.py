"""Shared fixtures: a fresh data dir per test, the app on SQLite, and the app on PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from daihuo import migrate
from daihuo.bootstrap import App, bootstrap, configure_offline_runtime
from ground.clock import FixedClock
from ground.db import create_engine
from ground.settings import Settings

configure_offline_runtime()

PG_ADMIN_URL = os.environ.get(
    "DAIHUO_TEST_POSTGRES_URL", "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
)

# A fixed "now" for tests that need one: a Wednesday evening in Shanghai.
TEST_NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TEST_NOW)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings pointing everything at a fresh temporary data dir (no .env, no env leakage)."""
    return Settings(_env_file=None, data_dir=tmp_path / "data")  # type: ignore[call-arg]


@pytest.fixture
async def app(settings: Settings, clock: FixedClock) -> AsyncIterator[App]:
    """The application on a fresh, migrated SQLite database."""
    application = bootstrap(settings, clock=clock)
    await migrate.upgrade(application.engine)
    yield application
    await application.aclose()


async def _postgres_reachable() -> bool:
    engine = create_engine(PG_ADMIN_URL)
    try:
        async with engine.connect() as conn:
            await conn.execute(text("select 1"))
        return True
    except Exception:
        return False
    finally:
        await engine.dispose()


@asynccontextmanager
async def fresh_postgres_database() -> AsyncIterator[str]:
    """A brand-new PostgreSQL database, dropped afterwards.

    CI sets DAIHUO_REQUIRE_POSTGRES=1 so a missing server fails the run instead of skipping.
    """
    if not await _postgres_reachable():
        if os.environ.get("DAIHUO_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"PostgreSQL is required but not reachable at {PG_ADMIN_URL}")
        pytest.skip("PostgreSQL not reachable")
    name = f"daihuo_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_ADMIN_URL)
    async with admin.connect() as conn:
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    base = PG_ADMIN_URL.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        async with admin.connect() as conn:
            conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


@pytest.fixture
async def postgres_url() -> AsyncIterator[str]:
    async with fresh_postgres_database() as url:
        yield url


@pytest.fixture
async def pg_app(tmp_path: Path, postgres_url: str, clock: FixedClock) -> AsyncIterator[App]:
    """The application on a fresh, migrated PostgreSQL database."""
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", database_url=postgres_url)  # type: ignore[call-arg]
    application = bootstrap(settings, clock=clock)
    await migrate.upgrade(application.engine)
    yield application
    await application.aclose()


@pytest.fixture(params=["sqlite", "postgres"])
async def any_app(
    request: pytest.FixtureRequest, settings: Settings, clock: FixedClock, tmp_path: Path
) -> AsyncIterator[App]:
    """The same test on SQLite and on PostgreSQL."""
    async with AsyncExitStack() as stack:
        if request.param == "postgres":
            url = await stack.enter_async_context(fresh_postgres_database())
            settings = Settings(_env_file=None, data_dir=tmp_path / "pgdata", database_url=url)  # type: ignore[call-arg]
        application = bootstrap(settings, clock=clock)
        stack.push_async_callback(application.aclose)
        await migrate.upgrade(application.engine)
        yield application
