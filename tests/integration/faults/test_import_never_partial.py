"""Property test on a real database: a file with any malformed line imports nothing (the
catalog stays byte-for-byte as exported before), and never ends in a traceback."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.services import import_catalog
from daihuo import migrate
from daihuo.bootstrap import bootstrap
from ground.clock import FixedClock
from ground.settings import Settings
from tests.conftest import TEST_NOW
from tests.factories.catalog import creator_record, product_record, write_jsonl
from tests.integration.catalog.conftest import export_text
from tests.unit.catalog.test_format_properties import mutated_record

malformed = st.one_of(
    st.binary(min_size=1, max_size=40).filter(lambda b: b.strip() and not b.startswith(b"//")),
    st.integers(21, 3000).map(lambda n: b"[" * n + b"]" * n),
    mutated_record(),
)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite store holding a small catalog, shared by every example."""
    data = tmp_path_factory.mktemp("never-partial") / "data"

    async def prepare() -> None:
        app = bootstrap(Settings(_env_file=None, data_dir=data), clock=FixedClock(TEST_NOW))  # type: ignore[call-arg]
        await migrate.upgrade(app.engine)
        seed = [creator_record(id="c-1"), product_record(id="p-1", creator_id="c-1")]
        report = await import_catalog(app, [write_jsonl(data.parent / "seed.jsonl", seed)])
        assert report.written
        await app.aclose()

    asyncio.run(prepare())
    return data


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    good=st.integers(0, 5),
    bad=st.lists(malformed, min_size=1, max_size=3),
    position=st.integers(0, 8),
)
def test_a_malformed_line_means_nothing_is_written(
    store: Path, good: int, bad: list[bytes], position: int
) -> None:
    async def attempt() -> tuple[str, str, bool, bool]:
        app = bootstrap(Settings(_env_file=None, data_dir=store), clock=FixedClock(TEST_NOW))  # type: ignore[call-arg]
        try:
            before = await export_text(app)
            lines = [
                json.dumps(product_record(id=f"new-{i}", title=f"新品 {i}")).encode()
                for i in range(good)
            ]
            for raw in bad:
                lines.insert(
                    min(position, len(lines)), raw.replace(b"\n", b" ").replace(b"\r", b" ")
                )
            path = store.parent / "attempt.jsonl"
            path.write_bytes(b"\n".join(lines) + b"\n")
            report = await import_catalog(app, [path])
            return before, await export_text(app), report.written, report.ok
        finally:
            await app.aclose()

    before, after, written, ok = asyncio.run(attempt())
    if not ok:
        assert not written and after == before
