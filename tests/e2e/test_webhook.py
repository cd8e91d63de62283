"""Webhook mode (the server `daihuo run --webhook` uses): Telegram's secret header is checked
before anything is parsed, and an update is answered 200 only once it was handled."""

from __future__ import annotations

import socket
from typing import Any

import aiohttp
import pytest

from bot.telegram.app import build_application, start_application
from bot.telegram.delivery import DeliveryTracker
from bot.telegram.webhook import WebhookServer
from daihuo.bootstrap import App
from tests.e2e.fake_bot_api import FakeBotAPI, FakeUser

pytestmark = pytest.mark.slow

SECRET = "s3cret-Token_1"
ANN = FakeUser(id=601)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def healthy() -> tuple[bool, dict[str, Any]]:
    return True, {"ok": True}


async def test_webhook_rejects_wrong_or_missing_secret(shop_app: App, fake_api: FakeBotAPI) -> None:
    tracker = DeliveryTracker()
    application = build_application(
        shop_app.conversation(), token=fake_api.token, base_url=fake_api.base_url, tracker=tracker
    )
    port = free_port()
    await start_application(application)
    server = WebhookServer(
        application, tracker, secret=SECRET, listen="127.0.0.1", port=port, url_path="tg",
        health=healthy,
    )  # fmt: skip
    await server.start()
    url = f"http://127.0.0.1:{port}/tg"
    try:
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
                # 200 only once handled: the answer was sent before the response came.
                assert [c for c in fake_api.calls[mark:] if c.method == "sendMessage"]
            async with http.post(
                url, data=b"x" * (2 * 1024 * 1024),
                headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
            ) as resp:  # fmt: skip
                assert resp.status == 400  # refused unread: over the 1 MiB body limit
            async with http.get(f"http://127.0.0.1:{port}/health") as resp:
                assert resp.status == 200 and (await resp.json())["ok"]
        reply = await fake_api.wait_for(lambda c: c.method == "sendMessage", after=mark)
        assert "订单" in reply.text
        # Only the authentic update got an answer: nothing was sent for the forged ones.
        sent = [c for c in fake_api.calls[mark:] if c.method.startswith("send")]
        assert sent == [reply]
    finally:
        server.stop_accepting()
        await server.close()
        await application.stop()
        await application.shutdown()
