"""Catalog services: import, export, the time-shifted sample catalog, and stats.

These are what the CLI, the bot and other packages call; each is one unit of work.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from catalog.exporter import export_catalog
from catalog.format import iter_file_lines, loads, shift_times
from catalog.importer import ImportReport, Source, TypeCounts, run_import
from catalog.repository import CatalogRepository

if TYPE_CHECKING:
    from ground.infra import Infra

__all__ = [
    "DEFAULT_SAMPLE_ANCHOR",
    "SAMPLE_CATALOG",
    "CatalogStats",
    "ImportReport",
    "TypeCounts",
    "catalog_stats",
    "export_catalog",
    "import_catalog",
    "load_sample_catalog",
]

SAMPLE_CATALOG = Path(__file__).resolve().parent / "sample" / "catalog.jsonl"
DEFAULT_SAMPLE_ANCHOR = datetime(2026, 1, 1, 20, 0, tzinfo=timezone(timedelta(hours=8)))
_ANCHOR_COMMENT = re.compile(rb"^\s*//\s*anchor:\s*(\S+)\s*$")


async def import_catalog(
    infra: Infra,
    paths: Sequence[Path],
    *,
    skip_invalid: bool = False,
    progress: bool = False,
    dry_run: bool = False,
) -> ImportReport:
    """Validate every record in `paths` (JSONL, or CSV for products), then write them in one
    transaction. With any error nothing is written, unless `skip_invalid`: then the valid
    records are written and records that refer to invalid ones are rejected too. `dry_run`
    reports what would change and writes nothing."""
    sources = [Source.from_path(Path(p)) for p in paths]
    return await run_import(
        infra, sources, skip_invalid=skip_invalid, progress=progress, dry_run=dry_run
    )


def sample_anchor(first_line: bytes) -> datetime | None:
    """The instant named by a `// anchor: <ISO time>` comment, if the line is one."""
    match = _ANCHOR_COMMENT.match(first_line.rstrip(b"\r\n"))
    if not match:
        return None
    try:
        anchor = datetime.fromisoformat(match.group(1).decode("utf-8"))
    except ValueError:
        return None
    return anchor if anchor.tzinfo is not None else None


def _shifted_lines(path: Path, delta: timedelta) -> Iterator[bytes]:
    """The file's lines with every time moved by `delta`; anything unparsable is passed on
    untouched so the importer reports it at the same line."""
    for raw in iter_file_lines(path):
        stripped = raw.strip()
        if not stripped or stripped.startswith(b"//") or not delta:
            yield raw
            continue
        try:
            record = loads(raw.decode("utf-8"))
        except ValueError:
            yield raw
            continue
        if isinstance(record, dict):
            shifted = shift_times(record, delta)
            yield (json.dumps(shifted, ensure_ascii=False, default=float) + "\n").encode("utf-8")
        else:
            yield raw


async def load_sample_catalog(
    infra: Infra, *, now: datetime | None = None, path: Path | None = None
) -> ImportReport:
    """Import the bundled sample catalog with its times moved so its anchor instant is `now`
    (default: the app clock), so rooms are live and flash sales running whenever it is loaded."""
    source_path = path or SAMPLE_CATALOG
    with source_path.open("rb") as fh:
        first = fh.readline()
    anchor = sample_anchor(first) or DEFAULT_SAMPLE_ANCHOR
    delta = (now or infra.clock.now()) - anchor
    source = Source(str(source_path), lambda: _shifted_lines(source_path, delta))
    return await run_import(infra, [source])


@dataclass(frozen=True)
class CatalogStats:
    counts: dict[str, int]
    on_sale: int
    off_shelf: int
    sold_out: int
    live_now: int
    upcoming_rooms: int
    flash_sales_running: int
    flash_sales_upcoming: int


async def catalog_stats(infra: Infra) -> CatalogStats:
    """Counts of what is stored and what is happening at the app clock's `now`."""
    from sqlalchemy import func, select

    from catalog import tables as t

    now = infra.clock.now()
    async with infra.uow() as uow:
        session = uow.session

        async def count(table: t.Table, *where: object) -> int:
            stmt = select(func.count()).select_from(table).where(*where)  # type: ignore[arg-type]
            return int((await session.execute(stmt)).scalar_one())

        p, fs, lr = t.products.c, t.flash_sales.c, t.live_rooms.c
        return CatalogStats(
            counts=await CatalogRepository(uow.session).counts(),
            on_sale=await count(t.products, p.status == "on_sale"),
            off_shelf=await count(t.products, p.status == "off_shelf"),
            sold_out=await count(t.products, p.status == "on_sale", p.stock == 0),
            live_now=await count(t.live_rooms, lr.starts_at <= now, lr.ends_at > now),
            upcoming_rooms=await count(t.live_rooms, lr.starts_at > now),
            flash_sales_running=await count(t.flash_sales, fs.starts_at <= now, fs.ends_at > now),
            flash_sales_upcoming=await count(t.flash_sales, fs.starts_at > now),
        )
