"""What the bot answers: new messages (not edits), and in groups only what is addressed to it."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.e2e.fake_bot_api import FakeBotAPI, FakeUser

pytestmark = pytest.mark.slow

ANN = FakeUser(id=701)
GROUP = -100777


def group_message(fake: FakeBotAPI, text: str, **extra: Any) -> dict[str, Any]:
    update = fake.message_update(ANN, text)
    update["message"]["chat"] = {"id": GROUP, "type": "supergroup", "title": "好物群"}
    update["message"].update(extra)
    return update


async def answered(fake: FakeBotAPI, update: dict[str, Any]) -> bool:
    """Push `update`, then a marker the bot surely answers in a private chat; True if the
    first got an answer in its chat before the marker's answer arrived."""
    mark = len(fake.calls)
    await fake.push(update)
    await fake.exchange(fake.message_update(FakeUser(id=702), "/help"))
    chat = update.get("message", update.get("edited_message", {})).get("chat", {}).get("id")
    return bool(await fake.quiet(mark, lambda c: c.method.startswith("send") and c.chat_id == chat))


async def test_edited_messages_are_ignored(bot: Any, fake_api: FakeBotAPI) -> None:
    first = await fake_api.exchange(fake_api.message_update(ANN, "蓝牙耳机"))
    assert "降噪蓝牙耳机" in first.text
    edit = fake_api.message_update(ANN, "口红")
    edit["edited_message"] = {**edit.pop("message"), "edit_date": int(time.time())}
    assert not await answered(fake_api, edit)


async def test_in_groups_only_commands_mentions_and_replies_are_answered(
    bot: Any, fake_api: FakeBotAPI
) -> None:
    assert not await answered(fake_api, group_message(fake_api, "蓝牙耳机 有人买过吗"))
    mention = await fake_api.exchange(
        group_message(fake_api, f"@{fake_api.username} 蓝牙耳机"), within=30
    )
    assert mention.chat_id == GROUP and "降噪蓝牙耳机" in mention.text
    reply_to_bot = group_message(
        fake_api,
        "200以内的",
        reply_to_message={
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": GROUP, "type": "supergroup"},
            "from": fake_api.bot_user(),
            "text": "…",
        },
    )
    assert (await fake_api.exchange(reply_to_bot, within=30)).chat_id == GROUP
    command = await fake_api.exchange(group_message(fake_api, "/help"), within=30)
    assert command.chat_id == GROUP
