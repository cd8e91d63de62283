"""Fixtures shared by the catalog store tests."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack
from pathlib import Path

import pytest

from catalog.services import export_catalog
from daihuo import migrate
from daihuo.bootstrap import App, bootstrap
from ground.clock import FixedClock
from ground.settings import Settings
from tests.conftest import fresh_postgres_database


@pytest.fixture
def no_search_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """A CLI import would otherwise build the search index (the embedding model); tests about
    the catalog alone switch that step off."""

    async def skip(self: App, report: object, *, progress: bool = False) -> bool:
        return True

    monkeypatch.setattr(App, "catalog_changed", skip)


@pytest.fixture
async def other_app(any_app: App, tmp_path: Path, clock: FixedClock) -> AsyncIterator[App]:
    """A second, empty database on the same backend as `any_app`."""
    async with AsyncExitStack() as stack:
        if any_app.engine.dialect.name == "postgresql":
            url = await stack.enter_async_context(fresh_postgres_database())
            settings = Settings(_env_file=None, data_dir=tmp_path / "other", database_url=url)  # type: ignore[call-arg]
        else:
            settings = Settings(_env_file=None, data_dir=tmp_path / "other")  # type: ignore[call-arg]
        application = bootstrap(settings, clock=clock)
        stack.push_async_callback(application.aclose)
        await migrate.upgrade(application.engine)
        yield application


async def export_text(app: App) -> str:
    """The whole catalog as the exporter writes it."""
    buf = io.StringIO()
    await export_catalog(app, buf)
    return buf.getvalue()
