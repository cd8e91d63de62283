"""Webhook mode: Telegram's secret header is checked before any handler runs."""

from __future__ import annotations

import socket
from typing import Any

import aiohttp
import pytest

from bot.telegram.app import build_application, start_application
from daihuo.bootstrap import App
from tests.e2e.fake_bot_api import FakeBotAPI, FakeUser

pytestmark = pytest.mark.slow

SECRET = "s3cret-Token_1"
ANN = FakeUser(id=601)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def test_webhook_rejects_wrong_or_missing_secret(shop_app: App, fake_api: FakeBotAPI) -> None:
    application = build_application(
        shop_app.conversation(), token=fake_api.token, base_url=fake_api.base_url
    )
    port = free_port()
    await start_application(application)
    assert application.updater is not None
    await application.updater.start_webhook(
        listen="127.0.0.1",
        port=port,
        url_path="tg",
        webhook_url="https://bot.example.com/tg",
        secret_token=SECRET,
    )
    url = f"http://127.0.0.1:{port}/tg"
    try:
        set_hook = [c for c in fake_api.calls if c.method == "setWebhook"]
        assert set_hook and set_hook[-1].params["secret_token"] == SECRET
        mark = len(fake_api.calls)
        async with aiohttp.ClientSession() as http:
            for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "wrong"}):
                update: dict[str, Any] = fake_api.message_update(ANN, "/help")
                async with http.post(url, json=update, headers=headers) as resp:
                    assert resp.status == 403
            good = fake_api.message_update(ANN, "/orders")
            async with http.post(
                url, json=good, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
            ) as resp:
                assert resp.status == 200
        reply = await fake_api.wait_for(lambda c: c.method == "sendMessage", after=mark)
        assert "订单" in reply.text
        # Only the authentic update got an answer: nothing was sent for the forged ones.
        sent = [c for c in fake_api.calls[mark:] if c.method.startswith("send")]
        assert sent == [reply]
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
