"""Fault tests: real model, real Chroma, real SQLite; a "restart" is a fresh `App` (and, where
a signal or kill is involved, a real `python -m daihuo.cli` subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from daihuo import migrate
from daihuo.bootstrap import App, bootstrap
from ground.clock import FixedClock
from ground.settings import Settings
from retrieval.embedder import Embedder
from retrieval.store import forget_chroma_clients
from tests.integration.catalog.conftest import no_search_index
from tests.integration.retrieval import catalog_fixture as cat
from tests.integration.retrieval.conftest import CountingEmbedder, real_embedder
from tests.integration.retrieval.seed import seed

__all__ = ["no_search_index", "real_embedder"]

pytestmark = pytest.mark.slow

Restart = Callable[[], App]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
async def restart(
    data_dir: Path, clock: FixedClock, real_embedder: Embedder
) -> AsyncIterator[Restart]:
    """Build a fresh app on the same data dir, as a restarted process would (earlier ones are
    closed, and chromadb's per-path client cache is dropped)."""
    apps: list[App] = []

    def fresh() -> App:
        forget_chroma_clients()
        app = bootstrap(Settings(_env_file=None, data_dir=data_dir), clock=clock)  # type: ignore[call-arg]
        app.retrieval.embedder = CountingEmbedder(real_embedder)
        apps.append(app)
        return app

    yield fresh
    for app in apps:
        await app.aclose()
    forget_chroma_clients()


async def seeded(app: App, clock: FixedClock) -> App:
    await migrate.upgrade(app.engine)
    now = clock.now()
    await seed(
        app,
        creators=cat.creators(),
        products=cat.products(),
        rooms=cat.rooms(now),
        videos=cat.videos(),
        sales=cat.sales(now),
    )
    return app


def embedded(app: App) -> int:
    counter = app.retrieval.embedder
    assert isinstance(counter, CountingEmbedder)
    return counter.documents


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for a `daihuo` subprocess: no DAIHUO_/TELEGRAM_ leaking in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DAIHUO_", "TELEGRAM_"))}
    env.update(extra)
    return env


def daihuo(
    data_dir: Path, *args: str, timeout: float = 300, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "daihuo.cli", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=cli_env(**env),
        cwd=data_dir.parent,
        stdin=subprocess.DEVNULL,
    )
