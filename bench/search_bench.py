"""Search and indexing benchmark on a synthetic catalog (default 100k products).

    .venv/bin/python bench/search_bench.py [--products 100000] [--queries 600] [--data-dir DIR]

Phases (each prints its figures):
1. synth + import (not a retrieval figure; printed for context);
2. index from scratch: products/s, and the ratio to raw `model.encode` throughput on the same
   embedding texts;
3. re-index of the unchanged catalog: seconds and embeddings computed (target ≤ 30 s, 0);
4. search in a fresh process (the one a bot would run): p50/p95 end to end over a query mix in
   which a third carry filters (price, live now, in stock, category scope), a per-stage
   breakdown, and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

ZH = [
    "蓝牙耳机",
    "防晒霜",
    "口红",
    "手机壳",
    "羽绒服",
    "保温杯",
    "充电宝",
    "面膜",
    "运动鞋",
    "猫粮",
    "空气炸锅",
    "连衣裙",
    "坚果",
    "洗面奶",
    "双肩包",
    "纸尿裤",
    "瑜伽垫",
    "吹风机",
    "降噪耳机",
    "无线鼠标",
    "机械键盘",
    "卫衣 女",
    "儿童玩具",
    "咖啡",
    "床上四件套",
]
EN = [
    "wireless earbuds",
    "sunscreen",
    "lipstick",
    "phone case",
    "down jacket",
    "thermos",
    "power bank",
    "face mask",
    "running shoes",
    "cat food",
    "air fryer",
    "dress",
    "snacks",
    "cleanser",
    "backpack",
    "diapers",
    "yoga mat",
    "hair dryer",
    "keyboard",
    "hoodie",
]
FILTERED = [
    "{} 200以内",
    "{} 100到300",
    "正在直播的{}",
    "有货的{}",
    "{} under 50",
    "{} live now",
    "最便宜的{}",
    "{} 三百左右",
]


def rss_mb() -> float:
    """Peak RSS of this process image (VmHWM; ru_maxrss would include the parent's peak,
    which Linux carries across fork+exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def query_mix(n: int, seed: int = 7) -> list[tuple[str, bool]]:
    """(text, scoped) pairs: two thirds plain, one third with filters."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        noun = rng.choice(ZH + EN)
        if i % 3 == 2:
            if rng.random() < 0.25:
                out.append((noun, True))  # a category scope from the bot's context
            else:
                out.append((rng.choice(FILTERED).format(noun), False))
        else:
            out.append((noun, False))
    return out


async def build(data_dir: Path, n_products: int) -> None:
    from catalog.services import import_catalog
    from catalog.synth import write_synthetic_catalog
    from daihuo import migrate
    from daihuo.bootstrap import bootstrap
    from ground.clock import FixedClock
    from ground.settings import Settings
    from retrieval.documents import build_document
    from retrieval.indexing import sync_index

    settings = Settings(_env_file=None, data_dir=data_dir)  # type: ignore[call-arg]
    catalog = data_dir / "synth.jsonl"
    await asyncio.to_thread(data_dir.mkdir, parents=True, exist_ok=True)
    t = time.perf_counter()
    with catalog.open("w", encoding="utf-8") as fh:
        write_synthetic_catalog(fh, n_products, seed=1, now=NOW)
    app = bootstrap(settings, clock=FixedClock(NOW))
    await migrate.upgrade(app.engine)
    report = await import_catalog(app, [catalog])
    print(
        f"synth+import: {n_products} products in {time.perf_counter() - t:.1f}s "
        f"(ok={getattr(report, 'ok', '?')})",
        flush=True,
    )

    t = time.perf_counter()
    first = await sync_index(app.retrieval, progress=sys.stderr.isatty())
    index_s = time.perf_counter() - t
    rate = first.embedded / index_s
    print(
        f"index from scratch: {first.total} products, {first.embedded} embedded in "
        f"{index_s:.1f}s = {rate:.0f} products/s",
        flush=True,
    )

    # Raw model throughput on the same texts (a sample), for the overhead ratio.
    async with app.uow() as uow:
        sample = [p async for batch in uow.catalog.iter_products(2000) for p in batch][:2000]
    embedder = app.retrieval.embedder
    texts = [
        build_document(p, english_only=not embedder.multilingual).embedding_text for p in sample
    ]
    embedder.encode(texts[:64])
    t = time.perf_counter()
    embedder.encode(texts)
    raw = len(texts) / (time.perf_counter() - t)
    print(
        f"raw model.encode: {raw:.0f} texts/s; indexing runs at {rate / raw:.0%} of it", flush=True
    )

    t = time.perf_counter()
    again = await sync_index(app.retrieval)
    print(
        f"re-index unchanged: {time.perf_counter() - t:.1f}s, {again.embedded} embedded, "
        f"{again.unchanged} unchanged",
        flush=True,
    )
    await app.aclose()


async def search(data_dir: Path, n_queries: int) -> dict[str, object]:
    from daihuo.bootstrap import bootstrap
    from ground.clock import FixedClock
    from ground.settings import Settings
    from retrieval.types import SearchFilters

    settings = Settings(_env_file=None, data_dir=data_dir)  # type: ignore[call-arg]
    app = bootstrap(settings, clock=FixedClock(NOW))
    t = time.perf_counter()
    service = app.retrieval.search_service()
    await service.warm()
    load_s = time.perf_counter() - t
    categories = sorted({c.split("/")[0] for c in service.table.categories})  # type: ignore[union-attr]
    mix = query_mix(n_queries)
    # Warm-up pass is excluded; a bot process answers the same kinds of queries all day.
    for text, _ in mix[:20]:
        await service.search(text + " warm")
    latencies: list[float] = []
    stages: dict[str, list[float]] = {}
    for i, (text, scoped) in enumerate(mix):
        scope = SearchFilters(category_prefix=categories[i % len(categories)]) if scoped else None
        t = time.perf_counter()
        await service.search(text, k=10, scope=scope)
        latencies.append((time.perf_counter() - t) * 1000)
        times = service.last_times
        for name in ("parse", "filter", "bm25", "embed", "dense", "fuse", "fetch"):
            stages.setdefault(name, []).append(getattr(times, name))
    latencies.sort()
    result = {
        "load_s": round(load_s, 1),
        "queries": len(latencies),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(latencies[int(0.95 * len(latencies)) - 1], 1),
        "max_ms": round(latencies[-1], 1),
        "stages_mean_ms": {k: round(statistics.mean(v), 2) for k, v in stages.items()},
        "stages_p95_ms": {
            k: round(sorted(v)[int(0.95 * len(v)) - 1], 2) for k, v in stages.items()
        },
        "peak_rss_mb": round(rss_mb()),
    }
    await app.aclose()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=600)
    parser.add_argument("--data-dir", type=Path, help="reuse/keep the data here (default: tmp)")
    parser.add_argument("--search-only", action="store_true", help="phase 4 only (internal)")
    args = parser.parse_args()
    if args.search_only:
        print(json.dumps(asyncio.run(search(args.data_dir, args.queries))), flush=True)
        return 0
    with tempfile.TemporaryDirectory(prefix="daihuo-bench-") as tmp:
        data_dir = args.data_dir or Path(tmp)
        if not (data_dir / "index").exists():
            asyncio.run(build(data_dir, args.products))
        out = (
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--search-only",
                    "--data-dir",
                    str(data_dir),
                    "--queries",
                    str(args.queries),
                ],
                check=True,
                capture_output=True,
                text=True,
            )
            .stdout.strip()
            .splitlines()[-1]
        )
        r = json.loads(out)
        print(
            f"search process: index+table loaded in {r['load_s']}s; {r['queries']} queries "
            f"(1/3 filtered): p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, max {r['max_ms']} ms"
        )
        print(
            "  per stage mean ms: " + ", ".join(f"{k} {v}" for k, v in r["stages_mean_ms"].items())
        )
        print(
            "  per stage p95 ms:  " + ", ".join(f"{k} {v}" for k, v in r["stages_p95_ms"].items())
        )
        print(f"  peak RSS of the search process: {r['peak_rss_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
