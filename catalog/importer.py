"""Catalog import: validate every record first, then write them all in one transaction.

Parsing and validation live in `catalog.format`; this module only orchestrates: it streams the
files through the parser (in a worker thread, so a bot sharing the event loop stays
responsive), asks the database about ids the files refer to but do not define, and writes the
records whose content hash changed with bulk upserts in dependency order.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from catalog.events import CatalogEvent, EventKind, EventLog
from catalog.format import (
    RECORD_TYPES,
    CatalogParser,
    ExistingCatalog,
    ParsedRecord,
    Problem,
    ProductPricing,
    StoredFlashSale,
    content_hash,
    iter_file_lines,
)
from catalog.model import Product
from catalog.repository import (
    LINK_TABLES,
    RECORD_TABLES,
    CatalogRepository,
    link_rows,
    record_row,
    sku_rows,
)

if TYPE_CHECKING:
    from ground.infra import Infra
    from ground.uow import UnitOfWork

WRITE_CHUNK = 2000
# Above this many ids, one full scan of a table's hashes beats many `IN (…)` queries.
FULL_SCAN_THRESHOLD = 5000

NOUNS = {
    "creator": "creator",
    "product": "product",
    "live_room": "live room",
    "video": "video",
    "flash_sale": "flash sale",
}


@dataclass
class TypeCounts:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.inserted + self.updated + self.unchanged


@dataclass
class ImportReport:
    """What an import did. `ok` is False when any record was rejected (exit status 2)."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, TypeCounts] = field(
        default_factory=lambda: {t: TypeCounts() for t in RECORD_TYPES}
    )
    changed_product_ids: set[str] = field(default_factory=set)
    written: bool = False  # False: nothing was written (errors without skip_invalid)
    records_read: int = 0
    rejected: int = 0  # lines with at least one error
    omitted: dict[str, int] = field(default_factory=dict)  # per file: errors not listed
    error_sources: list[str] = field(default_factory=list)  # the file of each listed error
    dry_run: bool = False  # True: counts say what would have been written
    problems: list[Problem] = field(default_factory=list)  # the errors, structured

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def error_count(self) -> int:
        """Every error, including those past the listing limit of their file."""
        return len(self.errors) + sum(self.omitted.values())

    def error_lines(self) -> list[str]:
        """The listed errors, each file's followed by `FILE: … N more errors` when capped."""
        lines: list[str] = []
        sources = self.error_sources or [""] * len(self.errors)
        pending = dict(self.omitted)
        for i, (line, source) in enumerate(zip(self.errors, sources, strict=True)):
            lines.append(line)
            last_of_file = i + 1 == len(sources) or sources[i + 1] != source
            if last_of_file and source in pending:
                lines.append(_more(source, pending.pop(source)))
        lines.extend(_more(source, n) for source, n in pending.items())
        return lines

    @property
    def changed(self) -> bool:
        return any(c.inserted or c.updated for c in self.counts.values())

    def summary(self) -> str:
        """One line for people, e.g. `imported: 312 products (300 new, 12 updated, 0 unchanged)`."""
        if not self.written and not self.dry_run:
            return (
                f"nothing imported: {plural(self.error_count, 'error')} in "
                f"{plural(self.rejected, 'record')}; fix them or use --skip-invalid"
            )
        parts = [
            f"{plural(c.total, NOUNS[t])} ({c.inserted} new, {c.updated} updated, {c.unchanged} unchanged)"
            for t, c in self.counts.items()
            if c.total
        ]
        verb = "would import" if self.dry_run else "imported"
        text = f"{verb}: " + (", ".join(parts) if parts else "nothing")
        if self.errors:
            text += f"; skipped {plural(self.rejected, 'invalid record')}"
        return text


def _more(source: str, n: int) -> str:
    return f"{source}: … {n} more {'error' if n == 1 else 'errors'} (not listed)"


def plural(n: int, word: str) -> str:
    """`1 creator`, `2 creators`."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass(frozen=True)
class Source:
    """A named catalog input: a file, or lines made in memory (the time-shifted sample)."""

    name: str
    lines: Callable[[], Iterable[bytes]]
    csv_format: bool = False
    size: int | None = None  # bytes, for the progress bar

    @classmethod
    def from_path(cls, path: Path) -> Source:
        try:
            size: int | None = path.stat().st_size
        except OSError:
            size = None
        return cls(
            str(path),
            lambda: iter_file_lines(path),
            csv_format=path.suffix.lower() == ".csv",
            size=size,
        )


async def run_import(
    infra: Infra,
    sources: Sequence[Source],
    *,
    skip_invalid: bool = False,
    progress: bool = False,
    dry_run: bool = False,
) -> ImportReport:
    """Validate all sources, then (if clean, or with `skip_invalid`) write in one transaction.
    `dry_run` does the writes and rolls them back, to report exactly what would change."""
    show_progress = progress and sys.stderr.isatty()
    parser = await asyncio.to_thread(_parse, sources, show_progress)
    report = ImportReport(records_read=parser.records_read)
    async with infra.uow() as uow:
        await _resolve_with_database(uow, parser, infra.clock.now(), cascade=skip_invalid)
        report.errors = [str(p) for p in parser.errors]
        report.problems = list(parser.errors)
        report.warnings = [str(p) for p in parser.warnings]
        report.rejected = parser.rejected
        report.omitted = dict(parser.omitted)
        report.error_sources = [p.source for p in parser.errors]
        if parser.errors and not skip_invalid:
            return report
        hashes = await asyncio.to_thread(_hash_valid, parser)
        await _write(infra, uow, parser, hashes, report, show_progress)
        if dry_run:
            report.dry_run = True
            return report  # leaving the unit of work without commit rolls back
        await uow.commit()
    report.written = True
    return report


def _parse(sources: Sequence[Source], show_progress: bool) -> CatalogParser:
    parser = CatalogParser()
    for source in sources:
        try:
            lines = _with_progress(source, show_progress)
            parser.feed(source.name, lines, csv_format=source.csv_format)
        except OSError as e:
            parser.line_error(source.name, 0, f"cannot read file: {e.strerror or e}")
    return parser


def _with_progress(source: Source, show: bool) -> Iterator[bytes]:
    if not show:
        yield from source.lines()
        return
    from tqdm import tqdm

    with tqdm(
        total=source.size, unit="B", unit_scale=True, desc=f"reading {source.name}", leave=False
    ) as bar:
        for line in source.lines():
            bar.update(len(line))
            yield line


async def _resolve_with_database(
    uow: UnitOfWork, parser: CatalogParser, now: datetime, *, cascade: bool
) -> None:
    """Fetch what the database knows that the import's rules depend on, then resolve."""
    existing = ExistingCatalog()
    existing.open_flash_sales = [
        StoredFlashSale(s.id, s.product_id, s.sku_id, s.price)
        for s in await CatalogRepository(uow.session).flash_sales_ending_after(now)
        if s.product_id in parser.valid["product"]
    ]
    for rtype, ids in parser.references_outside().items():
        if ids:
            existing.ids[rtype] = set(
                await CatalogRepository(uow.session).content_hashes(rtype, ids)
            )
    pricing = await CatalogRepository(uow.session).product_pricing(
        parser.flash_sale_products_outside()
    )
    existing.products = {pid: ProductPricing(p, skus) for pid, (p, skus) in pricing.items()}
    parser.resolve(existing, cascade=cascade)


def _hash_valid(parser: CatalogParser) -> dict[str, dict[str, str]]:
    return {
        rtype: {rid: content_hash(rec.obj) for rid, rec in parser.valid[rtype].items()}
        for rtype in RECORD_TYPES
    }


async def _write(
    infra: Infra,
    uow: UnitOfWork,
    parser: CatalogParser,
    hashes: dict[str, dict[str, str]],
    report: ImportReport,
    show_progress: bool,
) -> None:
    now = infra.clock.now()
    bar: Any = None
    if show_progress:
        from tqdm import tqdm

        bar = tqdm(total=sum(len(h) for h in hashes.values()), unit="rec", desc="writing")
    try:
        for rtype in RECORD_TYPES:
            new_hashes = hashes[rtype]
            if not new_hashes:
                continue
            stored = (
                await CatalogRepository(uow.session).all_content_hashes(rtype)
                if len(new_hashes) > FULL_SCAN_THRESHOLD
                else await CatalogRepository(uow.session).content_hashes(rtype, new_hashes)
            )
            counts = report.counts[rtype]
            changed: list[ParsedRecord] = []
            updated_ids: list[str] = []
            for rid, digest in new_hashes.items():
                old = stored.get(rid)
                if old == digest:
                    counts.unchanged += 1
                    continue
                changed.append(parser.valid[rtype][rid])
                if old is None:
                    counts.inserted += 1
                else:
                    counts.updated += 1
                    updated_ids.append(rid)
            if rtype == "product":
                report.changed_product_ids = {rec.id for rec in changed}
            await _write_type(uow, rtype, changed, updated_ids, hashes[rtype], now)
            if bar is not None:
                bar.update(len(new_hashes))
    finally:
        if bar is not None:
            bar.close()


_REF_EVENTS = {
    "flash_sale": (EventKind.FLASH_SALE_ADDED, EventKind.FLASH_SALE_CHANGED),
    "live_room": (EventKind.LIVE_ROOM_ADDED, EventKind.LIVE_ROOM_CHANGED),
}


def product_events(old: Product | None, parsed: Product) -> list[CatalogEvent]:
    """Events for one imported product: added / changed, and per product or SKU a price
    change and a return from sold out to available. The units orders hold carry over from the
    stored product (imports never change them)."""
    if old is None:
        return [CatalogEvent(EventKind.PRODUCT_ADDED, product_id=parsed.id)]
    held = {s.id: s.held for s in old.skus}
    new = replace(
        parsed,
        held=old.held,
        skus=tuple(replace(s, held=held.get(s.id, 0)) for s in parsed.skus),
    )
    events = [CatalogEvent(EventKind.PRODUCT_CHANGED, product_id=new.id)]
    if new.price != old.price:
        events.append(
            CatalogEvent(
                EventKind.PRICE_CHANGED,
                product_id=new.id,
                data={"old": str(old.price), "new": str(new.price)},
            )
        )
    old_skus = {s.id: s for s in old.skus}
    for sku in new.skus:
        before = old_skus.get(sku.id)
        if before is not None and before.active and before.price != sku.price:
            events.append(
                CatalogEvent(
                    EventKind.PRICE_CHANGED,
                    product_id=new.id,
                    sku_id=sku.id,
                    data={"old": str(before.price), "new": str(sku.price)},
                )
            )
        if before is not None and before.available <= 0 < sku.available:
            events.append(CatalogEvent(EventKind.BACK_IN_STOCK, product_id=new.id, sku_id=sku.id))
    if old.available <= 0 < new.available or (
        not old.is_on_sale and new.is_on_sale and new.available
    ):
        events.append(CatalogEvent(EventKind.BACK_IN_STOCK, product_id=new.id))
    return events


async def _write_type(
    uow: UnitOfWork,
    rtype: str,
    changed: list[ParsedRecord],
    updated_ids: list[str],
    hashes: dict[str, str],
    now: datetime,
) -> None:
    if not changed:
        return
    table = RECORD_TABLES[rtype]
    repo = CatalogRepository(uow.session)
    old_products: dict[str, Product] = {}
    if rtype == "product" and updated_ids:
        old_products = {p.id: p for p in await repo.get_products(updated_ids)}
    rows = (record_row(rec.obj, table, hashes[rec.id], now) for rec in changed)
    await repo.upsert(rtype, rows, WRITE_CHUNK)
    # What changed goes into the event log in this same transaction (watches, price alerts
    # and buy-for-me mandates read it).
    events: list[CatalogEvent] = []
    updated = set(updated_ids)
    for rec in changed:
        if rtype == "product":
            events += product_events(old_products.get(rec.id), rec.obj)
        elif rtype in _REF_EVENTS:
            added, modified = _REF_EVENTS[rtype]
            events.append(
                CatalogEvent(
                    modified if rec.id in updated else added,
                    product_id=getattr(rec.obj, "product_id", None),
                    ref_id=rec.id,
                )
            )
    await EventLog(uow.session).append(events, now)
    # SKUs are written in place (their ids and held units stay); room and video product
    # lists are replaced wholesale for changed records (new records have none to delete).
    if rtype == "product":
        children = (row for rec in changed for row in sku_rows(rec.obj))
        await repo.write_skus(updated_ids, children, WRITE_CHUNK)
    elif rtype in LINK_TABLES:
        link_table, owner = LINK_TABLES[rtype]
        children = (row for rec in changed for row in link_rows(owner, rec.obj))
        await repo.replace_children(link_table, owner, updated_ids, children, WRITE_CHUNK)
