"""A separate process racing for one flash sale (the two-processes-on-PostgreSQL test and the
flash-sale benchmark): `python -m tests.integration.orders.race_worker URL DATA_DIR PREFIX N`.

N buyers `PREFIX-0 … PREFIX-(N-1)` each see the flash price first (a quote of one unit of
`rice`), then all press confirm at once — the purchase attempts that race. Prints one JSON
line: outcome counts, per-attempt latencies (ms) and the seconds the race took."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from pydantic import SecretStr

from daihuo.bootstrap import bootstrap
from ground.clock import FixedClock
from ground.settings import Settings
from orders.checkout import checkout, confirm
from orders.commands import Checkout, ConfirmQuote, LineRequest
from orders.errors import OrderError


async def buyers(
    url: str,
    data_dir: str,
    prefix: str,
    n: int,
    *,
    now: str | None = None,
    product: str = "rice",
    barrier: str | None = None,
) -> dict:
    settings = Settings(_env_file=None, data_dir=Path(data_dir), database_url=url or None)  # type: ignore[call-arg]
    settings.payment_provider_token = SecretStr("provider:RACE")
    app = bootstrap(settings, clock=FixedClock(datetime.fromisoformat(now)) if now else None)
    outcomes: Counter[str] = Counter()
    latencies: list[float] = []
    start = asyncio.Event()
    quotes = [
        await checkout(app, Checkout(f"{prefix}-{i}", (LineRequest(product),))) for i in range(n)
    ]

    async def buy(i: int) -> None:
        await start.wait()
        t0 = time.perf_counter()
        try:
            await confirm(app, ConfirmQuote(f"{prefix}-{i}", f"{prefix}-{i}", quotes[i].id))
            outcomes["ok"] += 1
        except OrderError as exc:
            outcomes[type(exc).__name__] += 1
        except Exception as exc:  # anything else would reach a shopper: counted and reported
            outcomes[f"error:{type(exc).__name__}:{exc}"[:200]] += 1
        latencies.append((time.perf_counter() - t0) * 1000)

    tasks = [asyncio.create_task(buy(i)) for i in range(n)]
    if barrier:
        # Other processes race too: say we are ready, start when everyone is.
        gate = Path(barrier)
        (gate / f"ready-{prefix}").touch()
        await asyncio.to_thread(_wait_for, gate / "go")
    t0 = time.perf_counter()
    start.set()
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - t0
    await app.aclose()
    return {"outcomes": dict(outcomes), "latencies": latencies, "seconds": elapsed}


def _wait_for(path: Path) -> None:
    """Block until another process creates `path` (the start line of a cross-process race)."""
    while not path.exists():
        time.sleep(0.002)


def main() -> None:
    url, data_dir, prefix, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    now = sys.argv[5] if len(sys.argv) > 5 else None
    barrier = sys.argv[6] if len(sys.argv) > 6 else None
    result = asyncio.run(buyers(url, data_dir, prefix, n, now=now, barrier=barrier))
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
