"""E2E fixtures: the real PTB Application, real search/Q&A (real model, real Chroma) on a small
catalog imported through the real importer, against the fake Bot API server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.telegram.app import build_application, start_application
from bot.telegram.delivery import DeliveryTracker
from bot.telegram.polling import ConfirmingPoller
from catalog.services import import_catalog
from daihuo.bootstrap import App
from retrieval.indexing import sync_index
from tests.e2e.fake_bot_api import FakeBotAPI
from tests.factories.catalog import write_jsonl
from tests.unit.bot.shop import small_catalog

pytestmark = pytest.mark.slow


async def stock_shop(app: App, tmp_path: Path, records: list[dict[str, Any]] | None = None) -> App:
    report = await import_catalog(
        app, [write_jsonl(tmp_path / "shop.jsonl", records or small_catalog())]
    )
    assert report.written, report.errors
    await sync_index(app.retrieval)
    return app


@pytest.fixture
async def shop_app(app: App, tmp_path: Path) -> App:
    return await stock_shop(app, tmp_path)


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as fake:
        yield fake


@asynccontextmanager
async def running_bot(app: App, fake: FakeBotAPI, **kwargs: Any) -> AsyncIterator[Any]:
    """A real `Application` polling the fake server the way `daihuo run` does (an update is
    confirmed once handled); stopped gracefully and shut down afterwards."""
    engine = app.conversation()
    tracker = DeliveryTracker()
    application = build_application(
        engine, token=fake.token, base_url=fake.base_url, tracker=tracker, **kwargs
    )
    await start_application(application)
    poller = ConfirmingPoller(application, tracker, timeout=5)
    await poller.start()
    try:
        yield application
    finally:
        await poller.stop()
        await tracker.wait_idle(10)
        await poller.confirm()
        await application.stop()
        await application.shutdown()


@pytest.fixture
async def bot(shop_app: App, fake_api: FakeBotAPI) -> AsyncIterator[Any]:
    async with running_bot(shop_app, fake_api) as application:
        yield application
