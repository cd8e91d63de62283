"""Real model (loaded once per session), real Chroma, real databases."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from daihuo.bootstrap import App
from retrieval.embedder import Embedder


class CountingEmbedder:
    """The real embedder, counting the texts it embeds for the index (queries separately)."""

    def __init__(self, inner: Embedder) -> None:
        self.inner = inner
        self.model_name = inner.model_name
        self.multilingual = inner.multilingual
        self.documents = 0
        self.queries = 0

    def encode(self, texts: Sequence[str], *, query: bool = False) -> np.ndarray:
        if query:
            self.queries += len(texts)
        else:
            self.documents += len(texts)
        return self.inner.encode(texts, query=query)

    async def aencode(self, texts: Sequence[str], *, query: bool = False) -> np.ndarray:
        import asyncio

        return await asyncio.to_thread(self.encode, texts, query=query)

    def encode_query(self, text: str) -> np.ndarray:
        return self.encode([text], query=True)[0]


@pytest.fixture(scope="session")
def real_embedder() -> Embedder:
    embedder = Embedder()
    embedder.encode(["warm up"])  # load the bundled model once for the whole session
    return embedder


@pytest.fixture
def counting(app: App, real_embedder: Embedder) -> CountingEmbedder:
    wrapper = CountingEmbedder(real_embedder)
    app.retrieval.embedder = wrapper
    return wrapper


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[str]:
    """A real Chroma server on 127.0.0.1 (the venv's `chroma run`), stopped afterwards."""
    import httpx

    port = _free_port()
    chroma = Path(sys.executable).with_name("chroma")
    proc = subprocess.Popen(
        [
            str(chroma),
            "run",
            "--path",
            str(tmp_path / "chroma-server"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={"ANONYMIZED_TELEMETRY": "False", "PATH": str(chroma.parent)},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chroma server did not start (exit {proc.poll()})")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def hit_ids(result: Any) -> list[str]:
    return [h.product.id for h in result.hits]


def match_ids(result: Any) -> list[str]:
    """Ids of the hits that are matches: none when search said nothing matches (its hits are
    then only the nearest alternatives)."""
    return [] if result.nothing_matches else hit_ids(result)
