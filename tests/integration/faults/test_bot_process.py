"""`daihuo run` as a real process against the fake Bot API: SIGTERM mid-answer, kill -9
mid-answer, a lost index at start, secrets at every log level, /health, start-up failures."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.e2e.fake_bot_api import FakeBotAPI, FakeUser
from tests.factories.catalog import write_jsonl
from tests.integration.faults.conftest import cli_env, daihuo
from tests.unit.bot.shop import small_catalog

pytestmark = pytest.mark.slow

ANN = FakeUser(id=901)
HOOK_SECRET = "hook-SECRET-xyz123"


@pytest.fixture(scope="module")
def shop_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with the small shop imported and indexed (copied for each test)."""
    folder = tmp_path_factory.mktemp("bot-process")
    data = folder / "data"
    catalog = write_jsonl(folder / "shop.jsonl", small_catalog())
    result = daihuo(data, "catalog", "import", str(catalog))
    assert result.returncode == 0, result.stderr
    return data


def fresh_data(tmp_path: Path, template: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(template, data, ignore=shutil.ignore_patterns("models"))
    (data / "models").symlink_to(template / "models", target_is_directory=True)
    return data


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as api:
        yield api


class Bot:
    """A `daihuo run` subprocess; its output goes to files (a full pipe would block it)."""

    def __init__(self, proc: asyncio.subprocess.Process, out: Path, err: Path) -> None:
        self.proc, self.out_path, self.err_path = proc, out, err

    @property
    def output(self) -> str:
        return self.out_path.read_text(errors="replace") + self.err_path.read_text(errors="replace")

    async def wait(self, within: float = 60) -> int:
        return await asyncio.wait_for(self.proc.wait(), within)


@asynccontextmanager
async def bot_process(
    data: Path, fake: FakeBotAPI, *args: str, token: str | None = None, **env: str
) -> AsyncIterator[Bot]:
    n = len(list(data.parent.glob("bot-*.out")))
    out, err = data.parent / f"bot-{n}.out", data.parent / f"bot-{n}.err"
    with out.open("wb") as o, err.open("wb") as e:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "daihuo.cli", "--data-dir", str(data), "run", *args,
            stdout=o, stderr=e, stdin=asyncio.subprocess.DEVNULL, cwd=data.parent,
            env=cli_env(
                TELEGRAM_BOT_TOKEN=token or fake.token, TELEGRAM_API_BASE_URL=fake.base_url,
                TELEGRAM_WEBHOOK_SECRET=HOOK_SECRET, **env,
            ),
        )  # fmt: skip
    bot = Bot(proc, out, err)
    try:
        yield bot
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()


async def polling(fake: FakeBotAPI, mark: int = 0) -> None:
    """The bot is up once it removed any webhook, right before its first getUpdates."""
    await fake.wait_for(lambda c: c.method == "deleteWebhook", after=mark, within=180)


async def test_sigterm_mid_answer_finishes_it_confirms_it_and_exits_0(
    tmp_path: Path, shop_template: Path, fake: FakeBotAPI
) -> None:
    data = fresh_data(tmp_path, shop_template)
    async with bot_process(data, fake) as bot:
        await polling(fake)
        fake.delays["sendMessage"] = 3.0  # the answer is slow to go out
        update = await fake.push(fake.message_update(ANN, "/help"))
        await fake.wait_for(lambda c: c.method == "sendMessage" and c.chat_id == ANN.id)
        bot.proc.send_signal(signal.SIGTERM)
        assert await bot.wait() == 0, bot.output
    assert fake.confirmed > update["update_id"]  # confirmed, and only after it was answered
    assert update["update_id"] not in fake.pending()
    assert "Traceback" not in bot.output


async def test_kill_9_mid_answer_is_redelivered_and_answered_after_restart(
    tmp_path: Path, shop_template: Path, fake: FakeBotAPI
) -> None:
    data = fresh_data(tmp_path, shop_template)
    async with bot_process(data, fake) as bot:
        await polling(fake)
        fake.delays["sendMessage"] = 60.0
        update = await fake.push(fake.message_update(ANN, "/help"))
        await fake.wait_for(lambda c: c.method == "sendMessage" and c.chat_id == ANN.id)
        os.kill(bot.proc.pid, signal.SIGKILL)
        await bot.wait()
    assert update["update_id"] in fake.pending()  # never confirmed: Telegram still has it
    fake.delays.clear()
    mark = len(fake.calls)
    async with bot_process(data, fake) as bot:
        reply = await fake.wait_for(
            lambda c: c.method == "sendMessage" and c.chat_id == ANN.id, after=mark, within=180
        )
        assert "/live" in reply.text  # the help text: the lost update was answered
        bot.proc.send_signal(signal.SIGTERM)
        assert await bot.wait() == 0, bot.output
    assert fake.confirmed > update["update_id"]


async def test_a_lost_index_is_repaired_before_the_first_search(
    tmp_path: Path, shop_template: Path, fake: FakeBotAPI
) -> None:
    data = fresh_data(tmp_path, shop_template)
    shutil.rmtree(data / "index")
    async with bot_process(data, fake) as bot:
        await polling(fake)
        reply = await fake.exchange(fake.message_update(ANN, "蓝牙耳机"), within=60)
        assert "降噪蓝牙耳机" in reply.text  # not "没有找到符合条件的商品"
        bot.proc.send_signal(signal.SIGTERM)
        assert await bot.wait() == 0
    assert "search index: " in bot.output and "repaired" in bot.output


@pytest.mark.parametrize("level", ["DEBUG", "INFO", "WARNING"])
async def test_a_rejected_token_is_one_line_without_the_token(
    tmp_path: Path, shop_template: Path, fake: FakeBotAPI, level: str
) -> None:
    data = fresh_data(tmp_path, shop_template)
    token = "987654:SECRET-abcdefghijklmnop"
    async with bot_process(data, fake, token=token, DAIHUO_LOG_LEVEL=level) as bot:
        assert await bot.wait(120) == 2
    output = bot.output
    assert "SECRET-abcdefghijklmnop" not in output and "Traceback" not in output
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: Telegram rejected the bot token: check TELEGRAM_BOT_TOKEN (@BotFather gives "
        "it; it looks like 123456789:AA…)"
    ]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_webhook_debug_log_redacts_secrets_and_health_reports_state(
    tmp_path: Path, shop_template: Path, fake: FakeBotAPI
) -> None:
    data = fresh_data(tmp_path, shop_template)
    port = free_port()
    args = ("--webhook", "https://bot.example.com/tg", "--listen", "127.0.0.1", "--port",
            str(port), "--url-path", "tg")  # fmt: skip
    async with bot_process(data, fake, *args, DAIHUO_LOG_LEVEL="DEBUG") as bot:
        hook = await fake.wait_for(lambda c: c.method == "setWebhook", within=180)
        assert hook.params["secret_token"] == HOOK_SECRET
        health: dict[str, Any] = {}
        async with aiohttp.ClientSession() as http:
            for _ in range(50):
                try:
                    async with http.get(f"http://127.0.0.1:{port}/health") as resp:
                        health = await resp.json()
                        status = resp.status
                        break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.2)
            update = fake.message_update(ANN, "/help")
            async with http.post(
                f"http://127.0.0.1:{port}/tg", json=update,
                headers={"X-Telegram-Bot-Api-Secret-Token": HOOK_SECRET},
            ) as resp:  # fmt: skip
                assert resp.status == 200
        # 200 came only after the answer had been sent.
        assert [c for c in fake.calls if c.method == "sendMessage" and c.chat_id == ANN.id]
        bot.proc.send_signal(signal.SIGTERM)
        assert await bot.wait() == 0, bot.output
    assert status == 200, health
    assert set(health["checks"]) == {"database", "index", "bot_api"} and health["ok"]
    output = bot.output
    assert "setWebhook" in output and "[REDACTED]" in output  # DEBUG lines were written …
    assert HOOK_SECRET not in output and fake.token.split(":")[1] not in output  # … redacted


async def test_an_unreachable_bot_api_is_one_line(tmp_path: Path, shop_template: Path) -> None:
    data = fresh_data(tmp_path, shop_template)
    port = free_port()  # nothing listens there
    result = await asyncio.to_thread(
        daihuo,
        data,
        "run",
        TELEGRAM_BOT_TOKEN="123456:TEST-token",
        TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{port}/bot",
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"error: cannot reach the Telegram Bot API at http://127.0.0.1:{port}/bot" in (
        result.stderr
    )


def test_bad_settings_and_unreadable_env_are_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (tmp_path / ".env").write_bytes(b"DAIHUO_LOG_LEVEL=INFO\nX=\xff\xfe\n")
    result = daihuo(data, "catalog", "stats")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "daihuo: error: cannot read .env: it is not UTF-8 (byte 0xff at position 24); "
        "save it as UTF-8"
    )
    (tmp_path / ".env").write_text("DAIHUO_DEFAULT_LANGUAGE=fr\n", encoding="utf-8")
    result = daihuo(data, "catalog", "stats")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "daihuo: error: bad settings: DAIHUO_DEFAULT_LANGUAGE: default_language must be 'zh' "
        "or 'en'"
    )
    (tmp_path / ".env").unlink()
    url = "postgresql+asyncpg://u:pw-SECRET@127.0.0.1:1/x"
    result = daihuo(data, "--database-url", url, "catalog", "stats")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(
        "daihuo: error: cannot open the database postgresql+asyncpg://u:***@127.0.0.1:1/x: "
    )
    doctor = daihuo(data, "--database-url", url, "doctor", "--json")
    assert doctor.returncode == 1 and "pw-SECRET" not in doctor.stdout
    assert json.loads(doctor.stdout)["checks"]["database"]["ok"] is False
