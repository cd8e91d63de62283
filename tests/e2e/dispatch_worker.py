"""A real dispatcher process for the crash tests: `python -m tests.e2e.dispatch_worker`.

Sends the outbox of `--database-url` through the (fake) Bot API at `--api`, with a fixed worker
id (so a restart reclaims its own rows), until SIGTERM or until nothing is left to send.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
from pathlib import Path

from telegram import Bot

from bot.telegram.deliver import TelegramDeliverer
from bot.telegram.sender import AiohttpRequest
from daihuo.bootstrap import bootstrap, configure_offline_runtime
from ground.dispatch import Dispatcher, DispatcherConfig
from ground.outbox import OutboxStatus
from ground.ratelimit import Limits
from ground.settings import Settings


async def main(args: argparse.Namespace) -> int:
    configure_offline_runtime()
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=Path(args.data_dir),
        database_url=args.database_url,
        quiet_hours="off",  # the wall clock decides here; quiet hours have their own tests
    )
    app = bootstrap(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    bot = Bot(args.token, base_url=args.api, request=AiohttpRequest(64))
    limits = Limits(args.per_second, 0, 0)
    async with bot:
        dispatcher = Dispatcher(
            app,
            TelegramDeliverer(app, bot),
            config=DispatcherConfig(limits=limits, batch=args.batch, wave=args.wave),
            worker_id=args.worker_id,
        )
        await dispatcher.recover_own()
        while not stop.is_set():
            sent = await dispatcher.drain(stop=stop)
            if sent == 0 and not stop.is_set():
                async with app.uow() as uow:
                    left = await uow.outbox.find(status=OutboxStatus.PENDING, limit=1)
                    left += await uow.outbox.find(status=OutboxStatus.CLAIMED, limit=1)
                if not left:
                    break
                await asyncio.sleep(0.05)
    await app.aclose()
    print(f"worker {args.worker_id}: {dispatcher.stats.as_dict()}", flush=True)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--api", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--worker-id", required=True)
    parser.add_argument("--per-second", type=int, default=0)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--wave", type=int, default=32)
    raise SystemExit(asyncio.run(main(parser.parse_args())))
