"""Wiring the engine to the real services of an `App` (search and Q&A from retrieval)."""

from __future__ import annotations

from typing import Any

from bot.actions import Deps
from bot.engine import Engine
from daihuo.bootstrap import App

ENGINE_KEY = "bot.engine"


async def build_deps(app: App, *, search: Any = None, qa: Any = None) -> Deps:
    """Deps with retrieval's services (built once per App) unless test doubles are given."""
    if search is None or qa is None:
        from retrieval import service as retrieval_service

        search = search or await retrieval_service.search_service(app)
        qa = qa or await retrieval_service.qa_service(app)
    return Deps(app=app, search=search, qa=qa)


async def engine_for(app: App) -> Engine:
    """The process's conversation engine for `app` (built on first use)."""
    found = app._components.get(ENGINE_KEY)
    if found is None:
        found = app._components[ENGINE_KEY] = Engine(await build_deps(app))
    return found
