"""Hostile input vs. everyone else: how much does one shopper's huge message delay another
shopper's search running at the same time?

Shopper A sends a message of random Chinese text (100 KB by default; Telegram caps messages
at 4,096 characters, the terminal chat or a webhook caller does not); shopper B searches
concurrently, over and over, through the same conversation engine. Prints B's search latency
alone and while A's message is being handled, the delay (the target is ≤ 50 ms), how long A
waited, and the longest the event loop went without running anything else.

    .venv/bin/python bench/input_bench.py [--kb 100] [--kb 1000] [--rounds 5]

Uses the bundled sample catalog, imported and indexed once into a cached data dir
(default ~/.cache/daihuo/input-bench); later runs reuse it.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.engine import Engine  # noqa: E402
from bot.reply import Incoming  # noqa: E402
from catalog.services import load_sample_catalog  # noqa: E402
from daihuo import migrate  # noqa: E402
from daihuo.bootstrap import App, bootstrap  # noqa: E402
from ground.settings import Settings  # noqa: E402
from retrieval.health import ensure_index  # noqa: E402

B_QUERIES = ["蓝牙耳机", "200以内的口红", "保温杯", "wireless earbuds under 200", "防晒"]


def random_chinese(n_bytes: int, rng: random.Random) -> str:
    """Random CJK characters (3 bytes each in UTF-8) with a few spaces and punctuation."""
    chars = []
    for i in range(n_bytes // 3):
        chars.append(chr(rng.randint(0x4E00, 0x9FA5)) if i % 37 else rng.choice(" ，。"))
    return "".join(chars)


async def prepare(app: App) -> None:
    await migrate.upgrade(app.engine)
    async with app.uow() as uow:
        empty = (await uow.catalog.counts())["product"] == 0
    if empty:
        report = await load_sample_catalog(app)
        assert report.ok, report.errors
    await ensure_index(app.retrieval)


async def search_b(engine: Engine, text: str) -> float:
    started = time.perf_counter()
    await engine.handle(Incoming(user_id="bench:b", chat_id="bench:b", text=text))
    return (time.perf_counter() - started) * 1000


async def loop_stall(stop: asyncio.Event) -> float:
    """The longest gap between two 1 ms ticks: how long the loop was blocked."""
    worst, last = 0.0, time.perf_counter()
    while not stop.is_set():
        await asyncio.sleep(0.001)
        now = time.perf_counter()
        worst, last = max(worst, now - last - 0.001), now
    return worst * 1000


async def round_with_message(engine: Engine, message: str) -> tuple[list[float], float, float]:
    """B searches back to back while A's message is handled; returns B's latencies, A's time
    and the worst loop stall."""
    stop = asyncio.Event()
    stall = asyncio.create_task(loop_stall(stop))
    a_done = asyncio.Event()

    async def shopper_a() -> float:
        started = time.perf_counter()
        await engine.handle(Incoming(user_id="bench:a", chat_id="bench:a", text=message))
        a_done.set()
        return (time.perf_counter() - started) * 1000

    a = asyncio.create_task(shopper_a())
    await asyncio.sleep(0)  # A's message is in before B's first search
    latencies: list[float] = []
    i = 0
    while not a_done.is_set() or not latencies:
        latencies.append(await search_b(engine, B_QUERIES[i % len(B_QUERIES)]))
        i += 1
    a_ms = await a
    stop.set()
    return latencies, a_ms, await stall


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 2 else values[0]


async def run(args: argparse.Namespace) -> None:
    data_dir = args.data_dir or Path.home() / ".cache" / "daihuo" / "input-bench"
    app = bootstrap(Settings(_env_file=None, data_dir=data_dir, log_level="WARNING"))  # type: ignore[call-arg]
    try:
        await prepare(app)
        engine = app.conversation()
        await engine.deps.search.warm()  # type: ignore[attr-defined]
        rng = random.Random(args.seed)
        for q in B_QUERIES * 2:  # warm caches: first-use costs are not the point here
            await search_b(engine, q)
        print(f"catalog: sample; max_message_chars={app.settings.max_message_chars}")
        for kb in args.kb:
            # "Alone" and "with A" alternate, so both see the same background load.
            alone: list[float] = []
            during: list[float] = []
            a_times: list[float] = []
            stalls: list[float] = []
            for r in range(args.rounds):
                for i in range(4):
                    alone.append(await search_b(engine, B_QUERIES[(r + i) % len(B_QUERIES)]))
                message = random_chinese(kb * 1024, rng)
                lat, a_ms, stall = await round_with_message(engine, message)
                during.extend(lat)
                a_times.append(a_ms)
                stalls.append(stall)
            base, p50 = statistics.median(alone), statistics.median(during)
            print(
                f"{kb} KB message from A: B's search p50 {base:.1f} → {p50:.1f} ms "
                f"(delay {p50 - base:+.1f} ms), p95 {_p95(alone):.1f} → {_p95(during):.1f} ms "
                f"(delay {_p95(during) - _p95(alone):+.1f} ms); target ≤ 50 ms; "
                f"A answered in {statistics.median(a_times):.0f} ms (p50); "
                f"longest event-loop stall {max(stalls):.1f} ms; "
                f"{len(during)} searches during, {len(alone)} alone"
            )
    finally:
        await app.aclose()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--kb", type=int, action="append", help="size of A's message (repeatable; default 100)"
    )
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    args.kb = args.kb or [100]
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
