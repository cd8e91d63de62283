"""Broadcast fan-out benchmark: one creator's broadcast to N followers through the real
services, the real outbox dispatcher and Telegram adapter, against the fake Bot API.

    .venv/bin/python bench/fanout.py [--followers 10000] [--limited 300] [--postgres]

1. Queue: `send_broadcast` writes one outbox row per follower in one transaction (time).
2. Limits lifted: the dispatcher sends all of them as fast as it can; the fake server runs in
   its own process so its work is not counted as the dispatcher's. Prints messages/s.
3. Real limits (30/s overall, 1/s per chat): a second broadcast to `--limited` followers,
   measured at the fake server — the busiest 1-second window overall and per chat.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SERVER = """
import asyncio, sys
sys.path.insert(0, {root!r})
from tests.e2e.fake_bot_api import FakeBotAPI

async def main():
    async with FakeBotAPI() as fake:
        print(fake.port, flush=True)
        await asyncio.Event().wait()

asyncio.run(main())
"""


async def followers_of(app: object, n: int, first: int, creator: str) -> None:
    from sqlalchemy import insert

    from alerts import tables as at

    now = app.clock.now()  # type: ignore[attr-defined]
    rows = [
        {
            "user_key": f"tg:{first + i}",
            "chat_id": f"tg:{first + i}",
            "kind": "creator",
            "target_id": creator,
            "params": {},
            "muted": False,
            "active": True,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]
    async with app.uow() as uow:  # type: ignore[attr-defined]
        for start in range(0, n, 2000):
            await uow.session.execute(insert(at.subscriptions), rows[start : start + 2000])
        await uow.commit()


def cpu_of(pid: int) -> float:
    """User + system CPU seconds of another process (Linux /proc)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def busiest(times: list[float]) -> int:
    times = sorted(times)
    best, j = 0, 0
    for i, t in enumerate(times):
        while times[j] <= t - 1.0:
            j += 1
        best = max(best, i - j + 1)
    return best


async def in_processes(
    app: object, args: argparse.Namespace, base: str, token: str, server_pid: int, total: int
) -> None:
    """The same broadcast sent by several dispatcher processes sharing the outbox."""
    settings = app.settings  # type: ignore[attr-defined]
    t0, srv0 = time.perf_counter(), cpu_of(server_pid)
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.e2e.dispatch_worker",
            "--database-url",
            settings.resolved_database_url,
            "--data-dir",
            str(settings.data_dir),
            "--api",
            base,
            "--token",
            token,
            "--worker-id",
            f"bench-{i}",
            "--batch",
            "500",
            "--wave",
            "128",
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=asyncio.subprocess.PIPE,
        )
        for i in range(args.processes)
    ]
    outs = [(await p.communicate())[0].decode() for p in procs]
    took = time.perf_counter() - t0
    sent = sum(int(o.split("'sent': ")[1].split(",")[0]) for o in outs if "'sent': " in o)
    srv = cpu_of(server_pid) - srv0
    print(
        f"limits lifted, {args.processes} dispatcher processes: {sent} of {total} messages in "
        f"{took:.2f} s (incl. ~1 s start-up each) = {sent / took:.0f} msg/s; fake server "
        f"{srv * 1e6 / max(sent, 1):.0f} µs/message"
    )


async def pg_url() -> str:
    from sqlalchemy import text

    from ground.db import create_engine

    name = f"daihuo_fanout_{uuid.uuid4().hex[:8]}"
    admin = create_engine("postgresql+asyncpg://postgres@127.0.0.1:5432/test")
    async with admin.connect() as conn:
        conn = await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text(f'CREATE DATABASE "{name}"'))
    await admin.dispose()
    return f"postgresql+asyncpg://postgres@127.0.0.1:5432/{name}"


async def main(args: argparse.Namespace) -> None:
    from telegram import Bot

    from accounts.services import link_creator
    from alerts.commands import SendBroadcast
    from alerts.creators import send_broadcast
    from bot.telegram.deliver import TelegramDeliverer
    from bot.telegram.sender import AiohttpRequest
    from catalog.services import import_catalog
    from daihuo import migrate
    from daihuo.bootstrap import bootstrap, configure_offline_runtime
    from ground.dispatch import Dispatcher, DispatcherConfig
    from ground.outbox import OutboxMessage
    from ground.ratelimit import Limits
    from ground.settings import Settings
    from tests.e2e.fake_bot_api import FakeBotAPI
    from tests.factories.catalog import creator_record, write_jsonl

    configure_offline_runtime()
    tmp = Path(tempfile.mkdtemp(prefix="daihuo-fanout-"))
    url = await pg_url() if args.postgres else None
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, data_dir=tmp / "data", database_url=url, quiet_hours="off"
    )
    app = bootstrap(settings)
    await migrate.upgrade(app.engine)
    await import_catalog(app, [write_jsonl(tmp / "c.jsonl", [creator_record(id="c-b", name="B")])])
    await link_creator(app, "c-b", "tg:1")
    await followers_of(app, args.followers, 10_000_000, "c-b")
    db = "PostgreSQL" if args.postgres else "SQLite"
    print(f"{db}, {args.followers} followers, {os.cpu_count()} cores")

    t0 = time.perf_counter()
    sent = await send_broadcast(app, SendBroadcast("tg:1", "c-b", "今晚 8 点开播，秒杀 9.9！"))
    queued_s = time.perf_counter() - t0
    print(
        f"queue: {sent.recipients} outbox rows in {queued_s * 1000:.0f} ms "
        f"({sent.recipients / queued_s:.0f} rows/s, one transaction)"
    )

    server = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SERVER.format(root=str(ROOT)), stdout=asyncio.subprocess.PIPE
    )
    try:
        assert server.stdout is not None
        port = int((await server.stdout.readline()).decode())
        base = f"http://127.0.0.1:{port}/bot"
        if args.processes > 1:
            await in_processes(app, args, base, FakeBotAPI.token, server.pid, sent.recipients)
        bot = Bot(FakeBotAPI.token, base_url=base, request=AiohttpRequest(64))
        async with bot:
            dispatcher = Dispatcher(
                app,
                TelegramDeliverer(app, bot),
                config=DispatcherConfig(limits=Limits(0, 0, 0), batch=1000, wave=256),
                worker_id="bench",
            )
            t0, cpu0, srv0 = time.perf_counter(), time.process_time(), cpu_of(server.pid)
            n = await dispatcher.drain()
            took, cpu = time.perf_counter() - t0, time.process_time() - cpu0
            srv = cpu_of(server.pid) - srv0
        print(
            f"limits lifted: {n} messages in {took:.2f} s = {n / took:.0f} msg/s; CPU per message: "
            f"dispatcher {cpu * 1e6 / max(n, 1):.0f} µs (claim, render, tokens, send, record), "
            f"fake server {srv * 1e6 / max(n, 1):.0f} µs (its own process, same 2 cores) "
            f"{dispatcher.stats.as_dict()}"
        )
    finally:
        server.terminate()
        await server.wait()

    if args.limited:
        await import_catalog(
            app, [write_jsonl(tmp / "d.jsonl", [creator_record(id="c-s", name="S")])]
        )
        await link_creator(app, "c-s", "tg:1")
        await followers_of(app, args.limited, 20_000_000, "c-s")
        await send_broadcast(app, SendBroadcast("tg:1", "c-s", "限量！"))
        async with app.uow() as uow:  # one chat that gets several messages: at most 1/s
            await uow.outbox.add_many(
                [
                    OutboxMessage("notice", "tg:30000000", {"key": "cart_cleared"}, "tg:30000000")
                    for _ in range(4)
                ],
                app.clock.now(),
            )
            await uow.commit()
        async with FakeBotAPI() as fake:
            fake.latency = 0.03  # a Bot API call is not instant
            bot = Bot(fake.token, base_url=fake.base_url, request=AiohttpRequest(64))
            async with bot:
                dispatcher = Dispatcher(
                    app,
                    TelegramDeliverer(app, bot),
                    config=DispatcherConfig(limits=Limits(30, 1, 20)),
                )
                t0 = time.perf_counter()
                n = await dispatcher.drain()
                took = time.perf_counter() - t0
            sends = [c for c in fake.calls if c.method == "sendMessage"]
            per_chat: dict[int, list[float]] = {}
            for c in sends:
                per_chat.setdefault(int(c.chat_id or 0), []).append(c.at)
            print(
                f"real limits (30/s, 1/s per chat): {n} messages in {took:.1f} s = "
                f"{n / took:.1f} msg/s; busiest second at the server {busiest([c.at for c in sends])}"
                f" (limit 30); busiest second for one chat "
                f"{max(busiest(v) for v in per_chat.values())} (limit 1)"
            )
    await app.aclose()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--followers", type=int, default=10_000)
    parser.add_argument("--limited", type=int, default=300)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument(
        "--processes", type=int, default=1, help="also send with this many dispatcher processes"
    )
    asyncio.run(main(parser.parse_args()))
