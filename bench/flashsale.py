"""Flash-sale benchmark: N concurrent buyers racing for one sale through the order service.

    .venv/bin/python bench/flashsale.py [--buyers 2000] [--units 200] [--processes 2]

For SQLite (embedded default) and PostgreSQL (127.0.0.1:5432, a fresh database): every buyer
first sees the flash price (a quote), then all press confirm at once — the purchase attempts.
Prints attempts/s, p50/p95 attempt latency, units sold vs offered and the outcome counts; the
run fails loudly on any oversell or on an error that would reach a shopper. On PostgreSQL the
buyers are split over several processes (the database, not an in-process lock, holds the
line).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PG_ADMIN = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"


async def prepare(url: str | None, data_dir: Path, units: int, buyers: int) -> str:
    """A store with one product and a running sale of `units`; returns the clock to use."""
    from daihuo import migrate
    from daihuo.bootstrap import bootstrap
    from ground.clock import FixedClock
    from ground.settings import Settings
    from tests.conftest import TEST_NOW
    from tests.factories.shop import shop_records, stock_shop

    settings = Settings(_env_file=None, data_dir=data_dir, database_url=url)  # type: ignore[call-arg]
    app = bootstrap(settings, clock=FixedClock(TEST_NOW))
    await migrate.upgrade(app.engine)
    await stock_shop(
        app, data_dir, shop_records(sale_quantity=units, limit=1, stock=units + buyers)
    )
    await app.aclose()
    return TEST_NOW.isoformat()


async def pg_database() -> str:
    from sqlalchemy import text

    from ground.db import create_engine

    name = f"daihuo_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN)
    async with admin.connect() as conn:
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name


async def drop_pg(url: str) -> None:
    from sqlalchemy import text

    from ground.db import create_engine

    admin = create_engine(PG_ADMIN)
    async with admin.connect() as conn:
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    await admin.dispose()


async def sold_units(url: str | None, data_dir: Path) -> tuple[int, int]:
    from sqlalchemy import select

    from catalog import tables as t
    from daihuo.bootstrap import bootstrap
    from ground.settings import Settings

    app = bootstrap(Settings(_env_file=None, data_dir=data_dir, database_url=url))  # type: ignore[call-arg]
    async with app.uow() as uow:
        sold = (
            await uow.session.execute(
                select(t.flash_sales.c.sold).where(t.flash_sales.c.id == "fs-rice")
            )
        ).scalar_one()
        held = (
            await uow.session.execute(select(t.products.c.held).where(t.products.c.id == "rice"))
        ).scalar_one()
    await app.aclose()
    return int(sold), int(held)


def report(name: str, results: list[dict], units: int, sold: tuple[int, int]) -> None:
    outcomes: Counter[str] = Counter()
    latencies: list[float] = []
    for r in results:
        outcomes.update(r["outcomes"])
        latencies += r["latencies"]
    seconds = max(r["seconds"] for r in results)
    attempts = len(latencies)
    latencies.sort()
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(
        f"{name:<10} {attempts} attempts in {seconds:.2f}s = {attempts / seconds:,.0f} attempts/s;"
        f" latency p50 {statistics.median(latencies):.1f} ms, p95 {p95:.1f} ms;"
        f" sold {sold[0]} of {units} offered (units held {sold[1]})",
        flush=True,
    )
    print(f"{'':<10} outcomes: {dict(outcomes)}", flush=True)
    errors = [k for k in outcomes if k.startswith("error:")]
    if sold[0] > units or sold[1] != sold[0] or outcomes.get("ok", 0) != sold[0] or errors:
        raise SystemExit(f"{name}: OVERSELL or shopper-facing error: {dict(outcomes)} {sold}")


def run_processes(url: str, data_dir: Path, buyers: int, processes: int, now: str) -> list[dict]:
    """Start the workers, let each make its buyers' quotes, then release them all at once."""
    per = buyers // processes
    barrier = data_dir / "barrier"
    barrier.mkdir()
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.integration.orders.race_worker",
                url,
                str(data_dir / f"w{i}"),
                f"w{i}",
                str(per),
                now,
                str(barrier),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(processes)
    ]
    while len(list(barrier.glob("ready-*"))) < processes:
        if any(p.poll() is not None for p in procs):
            break
        time.sleep(0.05)
    (barrier / "go").touch()
    results = []
    for p in procs:
        out, err = p.communicate()
        if p.returncode:
            raise SystemExit(err)
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--buyers", type=int, default=2000)
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--processes", type=int, default=2, help="processes on PostgreSQL")
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    args = parser.parse_args()
    from tests.integration.orders.race_worker import buyers as race

    if args.only != "postgres":
        with tempfile.TemporaryDirectory(prefix="daihuo-flash-") as tmp:
            data = Path(tmp)
            now = await prepare(None, data, args.units, args.buyers)
            result = await race("", str(data), "s", args.buyers, now=now)
            report("SQLite", [result], args.units, await sold_units(None, data))
    if args.only != "sqlite":
        url = await pg_database()
        try:
            with tempfile.TemporaryDirectory(prefix="daihuo-flash-") as tmp:
                data = Path(tmp)
                now = await prepare(url, data, args.units, args.buyers)
                results = run_processes(url, data, args.buyers, args.processes, now)
                report(f"PG ×{args.processes}", results, args.units, await sold_units(url, data))
        finally:
            await drop_pg(url)
        url = await pg_database()
        try:
            with tempfile.TemporaryDirectory(prefix="daihuo-flash-") as tmp:
                data = Path(tmp)
                now = await prepare(url, data, args.units, args.buyers)
                result = await race(url, str(data), "p", args.buyers, now=now)
                report("PG ×1", [result], args.units, await sold_units(url, data))
        finally:
            await drop_pg(url)


if __name__ == "__main__":
    asyncio.run(main())
