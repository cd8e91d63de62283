"""The time-shifted sample catalog loader and the export / synth / stats commands."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from catalog.services import SAMPLE_CATALOG, load_sample_catalog
from daihuo.bootstrap import App
from daihuo.cli import main
from tests.conftest import TEST_NOW
from tests.factories.catalog import (
    creator_record,
    flash_sale_record,
    live_room_record,
    product_record,
    write_jsonl,
)

pytestmark = pytest.mark.postgres

ANCHOR = "2026-03-08T20:00:00+08:00"


def sample_file(path: Path, *, anchor_comment: str | None) -> Path:
    """A tiny sample: a room live from anchor-1h to anchor+2h, a sale from anchor to +30min."""
    records: list[dict[str, object] | str] = [anchor_comment] if anchor_comment else []
    anchor = datetime.fromisoformat(ANCHOR if anchor_comment else "2026-01-01T20:00:00+08:00")
    records += [
        creator_record(id="c-1"),
        product_record(id="p-1", price="199.00"),
        live_room_record(
            id="room-1",
            creator_id="c-1",
            product_ids=["p-1"],
            starts_at=(anchor - timedelta(hours=1)).isoformat(),
            ends_at=(anchor + timedelta(hours=2)).isoformat(),
        ),
        flash_sale_record(
            id="fs-1",
            product_id="p-1",
            price=99,
            starts_at=anchor.isoformat(),
            ends_at=(anchor + timedelta(minutes=30)).isoformat(),
        ),
    ]
    return write_jsonl(path, records)


async def test_sample_times_are_shifted_to_the_clock(any_app: App, tmp_path: Path) -> None:
    path = sample_file(tmp_path / "sample.jsonl", anchor_comment=f"// anchor: {ANCHOR}")
    report = await load_sample_catalog(any_app, path=path)
    assert report.ok, report.errors
    async with any_app.uow() as uow:
        room = await uow.catalog.get_live_room("room-1")
        sale = await uow.catalog.get_flash_sale("fs-1")
    assert room is not None and sale is not None
    assert room.starts_at == TEST_NOW - timedelta(hours=1)
    assert room.ends_at == TEST_NOW + timedelta(hours=2)
    assert sale.starts_at == TEST_NOW and sale.is_active(TEST_NOW)

    later = TEST_NOW + timedelta(days=3, minutes=7)
    again = await load_sample_catalog(any_app, now=later, path=path)
    assert again.counts["live_room"].updated == 1 and again.counts["product"].unchanged == 1
    async with any_app.uow() as uow:
        live = await uow.catalog.live_rooms_live_at(later)
    assert [r.id for r in live] == ["room-1"]
    assert live[0].starts_at == later - timedelta(hours=1)


async def test_sample_without_anchor_comment_uses_the_default_anchor(
    app: App, tmp_path: Path
) -> None:
    path = sample_file(tmp_path / "sample.jsonl", anchor_comment=None)
    assert (await load_sample_catalog(app, path=path)).ok
    async with app.uow() as uow:
        sale = await uow.catalog.get_flash_sale("fs-1")
    assert sale is not None and sale.starts_at == TEST_NOW


async def test_bundled_sample_catalog_loads_with_something_live(app: App) -> None:
    if not SAMPLE_CATALOG.exists():
        pytest.skip("the bundled sample catalog has not been written yet")
    report = await load_sample_catalog(app)
    assert report.ok, report.errors[:10]
    assert report.counts["product"].inserted > 0
    async with app.uow() as uow:
        assert await uow.catalog.live_rooms_live_at(TEST_NOW)
        assert any(s.is_active(TEST_NOW) for s in await uow.catalog.list_flash_sales())


def test_synth_import_export_stats_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_search_index: None
) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    synth = tmp_path / "synth.jsonl"
    assert main([*data, "catalog", "synth", "--products", "50", "--seed", "5", "--out", str(synth),
                 "--now", "2026-11-25T20:00:00+08:00"]) == 0  # fmt: skip
    assert main([*data, "catalog", "import", str(synth)]) == 0
    out = capsys.readouterr().out
    assert "50 products (50 new, 0 updated, 0 unchanged)" in out

    exported = tmp_path / "out" / "export.jsonl"
    assert main([*data, "catalog", "export", "--out", str(exported)]) == 0
    capsys.readouterr()
    assert main([*data, "catalog", "export"]) == 0
    assert capsys.readouterr().out == exported.read_text(encoding="utf-8")
    assert exported.read_text(encoding="utf-8").count('"type": "product"') == 50

    assert main([*data, "catalog", "stats"]) == 0
    stats = capsys.readouterr().out
    assert "products:    50 (" in stats and "creators:    4" in stats
