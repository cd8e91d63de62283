"""Fixtures for the bot's unit tests: a migrated app, a small catalog, an engine on fakes."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.actions import Deps
from bot.engine import Engine
from bot.reply import Incoming, Reply
from catalog.services import import_catalog
from daihuo.bootstrap import App
from tests.factories.catalog import write_jsonl
from tests.unit.bot.fakes import InMemoryQA, InMemorySearch
from tests.unit.bot.shop import small_catalog


@pytest.fixture
async def catalog_app(app: App, tmp_path: Path) -> App:
    report = await import_catalog(app, [write_jsonl(tmp_path / "c.jsonl", small_catalog())])
    assert report.written, report.errors
    return app


@pytest.fixture
def fake_search(catalog_app: App) -> InMemorySearch:
    return InMemorySearch(catalog_app)


@pytest.fixture
def fake_qa(catalog_app: App) -> InMemoryQA:
    return InMemoryQA(catalog_app)


@pytest.fixture
def engine(catalog_app: App, fake_search: InMemorySearch, fake_qa: InMemoryQA) -> Engine:
    return Engine(Deps(infra=catalog_app, search=fake_search, qa=fake_qa))


Say = Callable[..., Awaitable[Reply]]


@pytest.fixture
def say(engine: Engine) -> Say:
    """`await say("text")`, `await say(command="cart")`, `await say(press=button)`."""

    async def _say(
        text: str | None = None, *, user: str = "tg:1", lang: str = "zh", **kw: Any
    ) -> Reply:
        press = kw.pop("press", None)
        if press is not None:
            kw["action_token"] = press.token
        return await engine.handle(
            Incoming(
                user_id=user,
                chat_id=user,
                language_code=lang,
                text=text,
                bot_username="daihuo_bot",
                **kw,
            )
        )

    return _say
