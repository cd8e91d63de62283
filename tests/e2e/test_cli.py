"""`daihuo chat` and `daihuo run` as a shopper or operator runs them (subprocesses)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from daihuo.bootstrap import App

pytestmark = pytest.mark.slow


def daihuo(
    data_dir: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("DAIHUO_", "TELEGRAM_"))}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "daihuo.cli", "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        env=full_env,
        cwd=data_dir.parent,
    )


async def test_scripted_chat_with_the_real_services(shop_app: App) -> None:
    # The subprocess runs on the wall clock, so nothing here depends on what is live.
    data_dir = shop_app.settings.data_dir
    script = (
        "\n".join(
            [
                "/start",
                "200以内的蓝牙耳机",
                "这个防水吗？",
                "!press 详情",
                "!press 加购",
                "/cart",
                "/lang en",
                "/orders",
            ]
        )
        + "\n"
    )
    result = daihuo(data_dir, "chat", "--user", "ann", stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "you> /start" in out and "带货小助手" in out
    assert "筛选：¥200以内" in out
    assert "IPX5" in out and "商家问答「是否防水」" in out
    assert "已加入购物车" in out and "合计：¥" in out
    assert "No orders yet" in out


def test_run_without_a_token_says_what_to_do(tmp_path: Path) -> None:
    result = daihuo(tmp_path / "data", "run")
    assert result.returncode == 2
    assert "set TELEGRAM_BOT_TOKEN or use `daihuo chat`" in result.stderr
