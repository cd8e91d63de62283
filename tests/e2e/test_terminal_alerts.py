"""Alerts in the terminal chat (`daihuo chat`, a subprocess on the wall clock): a reminder set
in words arrives when the flash sale starts, once, while the shopper waits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from daihuo.bootstrap import App
from tests.e2e.conftest import stock_shop
from tests.e2e.test_cli import daihuo
from tests.factories.catalog import flash_sale_record
from tests.unit.bot.shop import small_catalog

pytestmark = pytest.mark.slow


async def test_a_reminder_arrives_in_the_terminal_when_the_sale_starts(
    app: App, tmp_path: Path
) -> None:
    starts = datetime.now(UTC) + timedelta(seconds=25)
    records = [
        *small_catalog(),
        flash_sale_record(
            id="fs-soon",
            product_id="ear-6",
            price="99.00",
            quantity=10,
            per_user_limit=1,
            starts_at=starts.isoformat(),
            ends_at=(starts + timedelta(minutes=30)).isoformat(),
        ),
    ]
    await stock_shop(app, tmp_path, records)
    script = "/start fs_fs-soon\n开抢提醒我\n!wait 45\n"
    result = daihuo(app.settings.data_dir, "chat", "--user", "ann", stdin=script)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "秒杀提醒已设置" in out
    assert out.count("开抢了") == 1, out  # at the start, once
    assert "立即抢购" in out.split("开抢了", 1)[1]  # with its buy button
