"""Catalog import benchmark: synthesize N products, import into a fresh SQLite data dir,
re-import (everything unchanged), then append one bad line and show nothing changes.

    .venv/bin/python bench/import_bench.py [--products 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import io
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO, cast

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from catalog.services import export_catalog, import_catalog  # noqa: E402
from catalog.synth import write_synthetic_catalog  # noqa: E402
from daihuo import migrate  # noqa: E402
from daihuo.bootstrap import App, bootstrap  # noqa: E402
from ground.clock import FixedClock  # noqa: E402
from ground.settings import Settings  # noqa: E402

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


class _HashingWriter(io.TextIOBase):
    """A text sink that only keeps a running sha256 of what is written."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()

    def write(self, text: str) -> int:
        self.digest.update(text.encode("utf-8"))
        return len(text)


async def _export_digest(app: App) -> str:
    sink = _HashingWriter()
    await export_catalog(app, cast(TextIO, sink))
    return sink.digest.hexdigest()


async def main(n_products: int, seed: int) -> int:
    with tempfile.TemporaryDirectory(prefix="daihuo-bench-") as tmp:
        catalog_file = Path(tmp) / "catalog.jsonl"
        t0 = time.perf_counter()
        with catalog_file.open("w", encoding="utf-8") as fh:
            counts = write_synthetic_catalog(fh, n_products, seed=seed, now=NOW)
        t_synth = time.perf_counter() - t0
        size_mb = catalog_file.stat().st_size / 1e6
        print(f"synth:     {n_products} products in {t_synth:.2f} s ({size_mb:.1f} MB) {counts}")

        settings = Settings(_env_file=None, data_dir=Path(tmp) / "data")  # type: ignore[call-arg]
        app = bootstrap(settings, clock=FixedClock(NOW))
        try:
            await migrate.upgrade(app.engine)
            t0 = time.perf_counter()
            report = await import_catalog(app, [catalog_file])
            t_import = time.perf_counter() - t0
            assert report.ok, report.errors[:5]
            print(
                f"import:    {t_import:.2f} s, {n_products / t_import:,.0f} products/s\n"
                f"           {report.summary()}"
            )

            t0 = time.perf_counter()
            again = await import_catalog(app, [catalog_file])
            t_again = time.perf_counter() - t0
            all_unchanged = not again.changed and again.ok
            print(f"re-import: {t_again:.2f} s, all unchanged: {all_unchanged}")
            print(f"           {again.summary()}")

            before = await _export_digest(app)
            with catalog_file.open("a", encoding="utf-8") as fh:
                fh.write('{"type": "product", "id": "bad-1", "title": "x", "price": "-1"}\n')
            t0 = time.perf_counter()
            rejected = await import_catalog(app, [catalog_file])
            t_rejected = time.perf_counter() - t0
            after = await _export_digest(app)
            print(f"bad line:  {t_rejected:.2f} s, rejected: {not rejected.written}")
            for line in rejected.errors:
                print(f"           {line}")
            print(f"           database unchanged (export sha256 equal): {before == after}")
            ok = all_unchanged and not rejected.written and before == after
        finally:
            await app.aclose()
    return 0 if ok else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sys.exit(asyncio.run(main(args.products, args.seed)))
