"""`daihuo catalog …`: import, export, synthesize, load the sample, show stats."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ground.infra import Infra

if TYPE_CHECKING:
    from catalog.importer import ImportReport

EXIT_ERRORS = 2
EXIT_DERIVED = 1  # imported, but the search index could not be brought up to date


class CatalogHost(Protocol):
    """What these commands need from the composition root."""

    @property
    def infra(self) -> Infra: ...

    async def catalog_changed(self, report: ImportReport, *, progress: bool) -> bool:
        """Bring everything derived from the catalog (the search index …) up to date; False
        (after saying why) when that failed."""


def register(sub: Any) -> None:
    """Add `daihuo catalog` and its actions to the top-level parser."""
    catalog = sub.add_parser("catalog", help="import, export and inspect the product catalog")
    actions = catalog.add_subparsers(dest="catalog_command", metavar="ACTION")
    actions.required = True

    imp = actions.add_parser(
        "import",
        help="validate and import catalog files (JSONL, or CSV for products)",
        description=(
            "Checks every record first. With any error nothing is imported (exit status 2) "
            "unless --skip-invalid is given. Importing the same file twice changes nothing."
        ),
    )
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid records and report the rest (records that refer to an invalid "
        "record are skipped too)",
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help="check the files and show what would change, without writing anything",
    )
    imp.set_defaults(handler=_import)

    exp = actions.add_parser("export", help="write the whole catalog as JSONL")
    exp.add_argument("--out", type=Path, help="output file (default: stdout)")
    exp.set_defaults(handler=_export)

    syn = actions.add_parser("synth", help="write a synthetic catalog for testing and benchmarks")
    syn.add_argument("--products", type=int, required=True, metavar="N")
    syn.add_argument("--seed", type=int, default=0, metavar="S")
    syn.add_argument("--out", type=Path, help="output file (default: stdout)")
    syn.add_argument(
        "--now",
        type=datetime.fromisoformat,
        help="ISO time the live rooms and flash sales are arranged around (default: now)",
    )
    syn.set_defaults(handler=_synth, needs_db=False)

    sample = actions.add_parser(
        "sample", help="load the bundled sample catalog with its times shifted to now"
    )
    sample.set_defaults(handler=_sample)

    stats = actions.add_parser("stats", help="what the catalog holds right now")
    stats.set_defaults(handler=_stats)


def _print_problems(report: Any) -> None:
    for line in report.error_lines():
        print(line, file=sys.stderr)
    for line in report.warnings:
        print(f"warning: {line}", file=sys.stderr)


async def _import(app: CatalogHost, args: argparse.Namespace) -> int:
    from catalog.services import import_catalog

    report = await import_catalog(
        app.infra,
        args.files,
        skip_invalid=args.skip_invalid,
        progress=sys.stderr.isatty(),
        dry_run=args.dry_run,
    )
    _print_problems(report)
    print(
        report.summary(),
        file=sys.stdout if report.written or report.dry_run else sys.stderr,
        flush=True,  # before indexing starts, which may take minutes
    )
    if report.written and not await app.catalog_changed(report, progress=sys.stderr.isatty()):
        return EXIT_DERIVED if report.ok else EXIT_ERRORS
    return 0 if report.ok else EXIT_ERRORS


async def _sample(app: CatalogHost, args: argparse.Namespace) -> int:
    from catalog.services import SAMPLE_CATALOG, load_sample_catalog

    if not SAMPLE_CATALOG.exists():
        print(f"sample catalog not found: {SAMPLE_CATALOG}", file=sys.stderr)
        return EXIT_ERRORS
    report = await load_sample_catalog(app.infra)
    _print_problems(report)
    print(report.summary(), file=sys.stdout if report.written else sys.stderr)
    if report.written and not await app.catalog_changed(report, progress=sys.stderr.isatty()):
        return EXIT_DERIVED if report.ok else EXIT_ERRORS
    return 0 if report.ok else EXIT_ERRORS


async def _export(app: CatalogHost, args: argparse.Namespace) -> int:
    from catalog.services import export_catalog

    if args.out is None:
        counts = await export_catalog(app.infra, sys.stdout)
    else:
        # Write next to the target and rename, so a failed export never leaves half a file.
        args.out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".export-", suffix=".jsonl", dir=args.out.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                counts = await export_catalog(app.infra, fh)
            os.replace(tmp, args.out)
        except BaseException:
            os.unlink(tmp)
            raise
    total = _counted(counts)
    print(f"exported: {total}", file=sys.stderr)
    return 0


async def _synth(app: CatalogHost, args: argparse.Namespace) -> int:
    from catalog.synth import write_synthetic_catalog

    if args.products < 0:
        print("--products must be >= 0", file=sys.stderr)
        return EXIT_ERRORS
    now = args.now or app.infra.clock.now()
    if now.tzinfo is None:
        print("--now needs a UTC offset, e.g. 2026-11-25T20:00:00+08:00", file=sys.stderr)
        return EXIT_ERRORS
    if args.out is None:
        counts = write_synthetic_catalog(sys.stdout, args.products, seed=args.seed, now=now)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with args.out.open("w", encoding="utf-8", newline="\n") as fh:
            counts = write_synthetic_catalog(fh, args.products, seed=args.seed, now=now)
    total = _counted(counts)
    print(f"synthesized: {total}", file=sys.stderr)
    return 0


async def _stats(app: CatalogHost, args: argparse.Namespace) -> int:
    from catalog.services import catalog_stats

    s = await catalog_stats(app.infra)
    c = s.counts
    print(f"creators:    {c['creator']}")
    print(
        f"products:    {c['product']} ({s.on_sale} on sale, {s.off_shelf} off shelf, "
        f"{s.sold_out} sold out)"
    )
    print(f"live rooms:  {c['live_room']} ({s.live_now} live now, {s.upcoming_rooms} upcoming)")
    print(f"videos:      {c['video']}")
    print(
        f"flash sales: {c['flash_sale']} ({s.flash_sales_running} running, "
        f"{s.flash_sales_upcoming} upcoming)"
    )
    return 0


def _counted(counts: dict[str, int]) -> str:
    from catalog.importer import NOUNS, plural

    return ", ".join(plural(n, NOUNS[t]) for t, n in counts.items())
