"""Bot latency under load: shoppers searching through the fake Bot API.

Measures, per search, the time from "update available" (the fake server makes it available to
getUpdates) to "reply received" (sendMessage/sendPhoto arrives at the fake server), with the
real PTB Application, the real search on a synthetic catalog, and SQLite state.

    .venv/bin/python bench/bot_bench.py [--products 100000] [--shoppers 200] [--searches 5]

The catalog is synthesized, imported and indexed once into a cached data dir
(default ~/.cache/daihuo/bot-bench-<N>); later runs reuse it.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


from bot.telegram.app import build_application, start_application  # noqa: E402
from bot.telegram.delivery import DeliveryTracker  # noqa: E402
from bot.telegram.polling import ConfirmingPoller  # noqa: E402
from daihuo import migrate  # noqa: E402
from daihuo.bootstrap import bootstrap  # noqa: E402
from ground.settings import Settings  # noqa: E402
from tests.e2e.fake_bot_api import FakeBotAPI, FakeUser  # noqa: E402

QUERIES = [
    "口红",
    "200以内的口红",
    "显白不挑皮的唇釉",
    "精华",
    "保湿面霜 300以内",
    "蓝牙耳机",
    "降噪耳机 正在直播",
    "零食",
    "连衣裙",
    "跑步鞋",
    "保温杯",
    "手机壳 50以内",
    "lipstick",
    "wireless earbuds under 200",
    "serum",
    "running shoes",
    "cheap snacks",
    "dress live now",
]


def prepare(data_dir: Path, products: int) -> None:
    """Synthesize, import and index the catalog once (cached by a marker file)."""
    marker = data_dir / "bench-ready"
    if marker.exists():
        return
    data_dir.mkdir(parents=True, exist_ok=True)
    catalog = data_dir / "catalog.jsonl"
    cli = [sys.executable, "-m", "daihuo.cli", "--data-dir", str(data_dir)]
    now = datetime.now(UTC).isoformat()
    steps = [
        [
            *cli,
            "catalog",
            "synth",
            "--products",
            str(products),
            "--now",
            now,
            "--out",
            str(catalog),
        ],
        [*cli, "db", "upgrade"],
        [*cli, "catalog", "import", str(catalog)],
    ]
    for step in steps:
        print("$", " ".join(step[2:]), flush=True)
        subprocess.run(step, check=True, cwd=ROOT)
    print("indexing (embeds every product once) …", flush=True)
    asyncio.run(_index(data_dir))
    marker.write_text(now)


async def _index(data_dir: Path) -> None:
    from retrieval.indexing import sync_index

    app = bootstrap(Settings(_env_file=None, data_dir=data_dir))  # type: ignore[call-arg]
    try:
        await migrate.upgrade(app.engine)
        print(await sync_index(app.retrieval, progress=True), flush=True)
    finally:
        await app.aclose()


def shoppers_process(args: argparse.Namespace, to_parent: Any, from_parent: Any) -> None:
    """The outside world, in its own process: the fake Bot API plus the shoppers using it
    (so its CPU is not charged to the bot's event loop, as with the real Telegram)."""
    asyncio.run(_shoppers(args, to_parent, from_parent))


async def _shoppers(args: argparse.Namespace, to_parent: Any, from_parent: Any) -> None:
    rng = random.Random(args.seed)
    latencies: list[float] = []
    async with FakeBotAPI() as fake:
        to_parent.put(fake.base_url)
        await fake.wait_for(lambda c: c.method == "deleteWebhook", within=600)  # bot is polling

        async def shopper(n: int) -> None:
            user = FakeUser(id=10_000 + n, language_code="zh-hans" if n % 3 else "en")
            await asyncio.sleep(rng.uniform(0, args.think))  # arrivals spread, not in lockstep
            for i in range(args.searches):
                update = fake.message_update(user, rng.choice(QUERIES))
                reply = await fake.exchange(
                    update, methods=("sendMessage", "sendPhoto"), within=120
                )
                if i or not args.skip_first:
                    latencies.append(reply.at - fake.available_at[update["update_id"]])
                await asyncio.sleep(rng.uniform(args.think / 2, args.think * 1.5))

        # One warm-up exchange so first-use costs (SQLite pages, caches) are not measured.
        await fake.exchange(fake.message_update(FakeUser(id=1), "口红"), within=120)
        started = time.monotonic()
        await asyncio.gather(*(shopper(n) for n in range(args.shoppers)))
        elapsed = time.monotonic() - started
        await fake.drain()
        to_parent.put((latencies, elapsed))
        await asyncio.to_thread(from_parent.get)  # keep serving until the bot has stopped


async def run(args: argparse.Namespace, data_dir: Path) -> None:
    settings = Settings(_env_file=None, data_dir=data_dir, log_level="WARNING")  # type: ignore[call-arg]
    app = bootstrap(settings)
    await migrate.upgrade(app.engine)
    engine = app.conversation()
    warm = getattr(engine.deps.search, "warm", None)
    if warm is not None:
        await warm()
    import gc

    gc.freeze()  # as `daihuo run` does once it is ready to serve
    ctx = multiprocessing.get_context("spawn")
    to_parent, from_parent = ctx.Queue(), ctx.Queue()
    world = ctx.Process(target=shoppers_process, args=(args, to_parent, from_parent))
    world.start()
    base_url = await asyncio.to_thread(to_parent.get)
    tracker = DeliveryTracker()  # as `daihuo run`: updates confirmed once handled
    application = build_application(
        engine,
        token=FakeBotAPI.token,
        base_url=base_url,
        rate_limiter=args.rate_limiter,
        max_concurrent_updates=args.shoppers + 8,
        tracker=tracker,
    )
    await start_application(application)
    poller = ConfirmingPoller(application, tracker, timeout=5)
    await poller.start()
    latencies, elapsed = await asyncio.to_thread(to_parent.get)
    await poller.stop()
    await tracker.wait_idle(30)
    await poller.confirm()
    await application.stop()
    await application.shutdown()
    from_parent.put("stop")
    await asyncio.to_thread(world.join)
    await app.aclose()
    ms = sorted(x * 1000 for x in latencies)
    q = statistics.quantiles(ms, n=100)
    print(
        f"\nproducts={args.products} shoppers={args.shoppers} searches={len(ms)} "
        f"think={args.think}s rate_limiter={'on' if args.rate_limiter else 'off'}"
    )
    print(f"offered load ≈ {len(ms) / elapsed:.1f} searches/s over {elapsed:.1f}s")
    print(
        f"update available → reply received: p50 {q[49]:.1f} ms · p95 {q[94]:.1f} ms · "
        f"p99 {q[98]:.1f} ms · max {ms[-1]:.1f} ms (target p95 ≤ 150 ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--shoppers", type=int, default=200)
    parser.add_argument("--searches", type=int, default=5, help="searches per shopper")
    parser.add_argument(
        "--think",
        type=float,
        default=8.0,
        help="mean seconds a shopper reads a reply before the next search",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--data-dir", type=Path, help="cache dir (default ~/.cache/daihuo/bot-bench-N)"
    )
    parser.add_argument(
        "--rate-limiter",
        action="store_true",
        help="keep PTB's AIORateLimiter on (30 msg/s overall, as Telegram enforces)",
    )
    parser.add_argument(
        "--skip-first", action="store_true", help="do not measure each shopper's first search"
    )
    args = parser.parse_args()
    data_dir = args.data_dir or Path.home() / ".cache" / "daihuo" / f"bot-bench-{args.products}"
    prepare(data_dir, args.products)
    asyncio.run(run(args, data_dir))


if __name__ == "__main__":
    main()
