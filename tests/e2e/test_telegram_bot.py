"""The bot end to end: real PTB Application ↔ fake Bot API over HTTP, real search and Q&A."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot import deeplink
from daihuo.bootstrap import App
from tests.e2e.fake_bot_api import Call, FakeBotAPI, FakeUser

pytestmark = pytest.mark.slow

ANN = FakeUser(id=501, language_code="zh-hans")
BOB = FakeUser(id=502, first_name="Bob", language_code="en")


async def say(fake: FakeBotAPI, user: FakeUser, text: str) -> Call:
    return await fake.exchange(fake.message_update(user, text))


async def press(
    fake: FakeBotAPI, user: FakeUser, reply: Call, label: str
) -> tuple[Call, dict[str, Any]]:
    """Press a button on the message `reply` produced; returns (answerCallbackQuery, update)."""
    update = fake.callback_update(user, reply.button(label)["callback_data"], fake.message(reply))
    mark = len(fake.calls)
    answer = await fake.exchange(update, methods=("answerCallbackQuery",))
    return answer, {"mark": mark, "update": update}


async def test_start_greets_sets_commands_and_lists_live_rooms(
    bot: Any, fake_api: FakeBotAPI
) -> None:
    commands = [c for c in fake_api.calls if c.method == "setMyCommands"]
    assert {c.params.get("language_code") for c in commands} >= {"zh", "en"}
    reply = await say(fake_api, ANN, "/start")
    assert reply.method == "sendMessage"
    assert "带货小助手" in reply.text and "双十二耳机专场" in reply.text
    assert reply.params["parse_mode"] == "HTML"
    assert all(
        len(b["callback_data"].encode()) <= 64 for b in reply.buttons if "callback_data" in b
    )


async def test_search_shows_filters_and_cards(bot: Any, fake_api: FakeBotAPI) -> None:
    reply = await say(fake_api, ANN, "200以内的耳机")
    assert "筛选：<b>¥200以内</b>" in reply.text
    assert "降噪蓝牙耳机" in reply.text
    assert "<s>¥" in reply.text  # struck list price
    assert (
        reply.button("详情")
        and reply.button("加购")
        and reply.button("购买")
        and reply.button("提醒")
    )


async def test_pagination_edits_the_same_message(bot: Any, fake_api: FakeBotAPI) -> None:
    first = await say(fake_api, ANN, "蓝牙耳机")
    assert "1/2" in [b["text"] for b in first.buttons]
    message_id = fake_api.message(first)["message_id"]
    _, info = await press(fake_api, ANN, first, "▶")
    edit = await fake_api.wait_for(lambda c: c.method.startswith("editMessage"), after=info["mark"])
    assert edit.params["message_id"] == message_id
    assert "2/2" in [b["text"] for b in edit.buttons]
    assert "6. " in edit.text
    sent = await fake_api.quiet(info["mark"], lambda c: c.method in ("sendMessage", "sendPhoto"))
    assert sent == []


async def test_question_in_context_answers_with_source(bot: Any, fake_api: FakeBotAPI) -> None:
    await say(fake_api, ANN, "正在直播的耳机")
    answer = await say(fake_api, ANN, "这个防水吗？")
    assert "IPX5" in answer.text
    assert "商家问答「是否防水」" in answer.text
    unknown = await say(fake_api, ANN, "这个能用来打电话吗？")
    assert unknown.button("转给商家")


async def test_forged_callback_data_is_expired_and_changes_nothing(
    bot: Any, fake_api: FakeBotAPI
) -> None:
    first = await say(fake_api, ANN, "蓝牙耳机")
    mark = len(fake_api.calls)
    forged = fake_api.callback_update(ANN, "forged-token", fake_api.message(first))
    answer = await fake_api.exchange(forged, methods=("answerCallbackQuery",))
    assert "过期" in answer.params["text"]
    # Bob presses Ann's button: a foreign token is refused the same way.
    stolen = fake_api.callback_update(
        BOB, first.button("▶")["callback_data"], fake_api.message(first)
    )
    answer = await fake_api.exchange(stolen, methods=("answerCallbackQuery",))
    assert "expired" in answer.params["text"]
    changed = await fake_api.quiet(mark, lambda c: c.method.startswith(("send", "edit")))
    assert changed == []


async def test_titles_are_escaped(bot: Any, fake_api: FakeBotAPI) -> None:
    """A title with markup in it ("丝绒哑光口红 <b>爆款</b> </a>") shows its words: the tags are
    neither rendered as HTML nor shown as text."""
    reply = await say(fake_api, ANN, "口红")
    assert "丝绒哑光口红 爆款" in reply.text
    assert "<b>爆款</b>" not in reply.text and "&lt;b&gt;" not in reply.text


@pytest.mark.parametrize(
    ("kind", "object_id", "expect"),
    [
        ("live", "room-live", "已进入「双十二耳机专场」"),
        ("video", "v-1", "三款平价耳机横评"),
        ("product", "ear-2", "降噪蓝牙耳机 2号"),
        ("fs", "fs-1", "秒杀价 ¥59"),
    ],
)
async def test_deep_links_open_their_context(
    bot: Any, fake_api: FakeBotAPI, kind: deeplink.Kind, object_id: str, expect: str
) -> None:
    payload = deeplink.encode(kind, object_id)
    reply = await say(fake_api, ANN, f"/start {payload}")
    assert expect in reply.text


async def test_long_and_dotted_ids_through_deep_links(
    app: App, tmp_path: Any, fake_api: FakeBotAPI
) -> None:
    from tests.e2e.conftest import running_bot, stock_shop
    from tests.factories.catalog import product_record
    from tests.unit.bot.shop import small_catalog

    dotted = "sku:shop.cn:9"
    long_id = "p." + "x" * 62
    records = [
        *small_catalog(),
        product_record(id=dotted, title="点号商品"),
        product_record(id=long_id, title="超长编号商品"),
    ]
    await stock_shop(app, tmp_path, records)
    async with running_bot(app, fake_api):
        for object_id, title in ((dotted, "点号商品"), (long_id, "超长编号商品")):
            link = deeplink.deep_link(fake_api.username, "product", object_id)
            payload = link.split("start=")[1]
            assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", payload)
            reply = await say(fake_api, ANN, f"/start {payload}")
            assert title in reply.text


async def test_language_switch(bot: Any, fake_api: FakeBotAPI) -> None:
    prompt = await say(fake_api, ANN, "/lang")
    _, info = await press(fake_api, ANN, prompt, "English")
    done = await fake_api.wait_for(lambda c: c.method == "sendMessage", after=info["mark"])
    assert "English from now on" in done.text
    help_reply = await say(fake_api, ANN, "/help")
    assert "Here is what I can do" in help_reply.text


async def test_duplicate_update_is_processed_once(bot: Any, fake_api: FakeBotAPI) -> None:
    update = fake_api.message_update(ANN, "/cart")
    await fake_api.exchange(update)
    mark = len(fake_api.calls)
    await fake_api.push(dict(update), force=True)  # re-delivered with the same update_id
    marker = await say(fake_api, ANN, "/orders")  # same chat: runs after the duplicate
    assert "订单" in marker.text
    carts = await fake_api.quiet(mark, lambda c: c.method == "sendMessage" and "购物车" in c.text)
    assert carts == []


async def test_an_unreadable_update_is_skipped_and_polling_goes_on(
    bot: Any, fake_api: FakeBotAPI
) -> None:
    broken = await fake_api.push({"message": {"text": "no chat, no date, no id"}})
    reply = await say(fake_api, ANN, "/help")  # the next update is answered as usual
    assert reply.text
    await fake_api.wait_for(lambda c: fake_api.confirmed > broken["update_id"], within=10)


async def test_inline_query_returns_articles_with_deep_links(
    bot: Any, fake_api: FakeBotAPI
) -> None:
    answer = await fake_api.exchange(
        fake_api.inline_update(BOB, "蓝牙耳机"), methods=("answerInlineQuery",)
    )
    results = answer.params["results"]
    assert results and results[0]["type"] == "article"
    text = results[0]["input_message_content"]["message_text"]
    assert f"https://t.me/{fake_api.username}?start=product_" in text
    assert "¥" in results[0]["description"]


async def test_long_descriptions_stay_within_limits(
    app: App, tmp_path: Any, fake_api: FakeBotAPI
) -> None:
    from tests.e2e.conftest import running_bot, stock_shop
    from tests.factories.catalog import product_record

    records = [
        product_record(
            id=f"long-{i}",
            title=f"长描述保温杯 {i} " + "<i>" * 30,
            description="超长描述&<>" * 1000,
            attributes={f"属性{j}": "值" * 200 for j in range(10)},
        )
        for i in range(6)
    ]
    await stock_shop(app, tmp_path, records)
    async with running_bot(app, fake_api):
        listing = await say(fake_api, ANN, "保温杯")
        details = await say(fake_api, ANN, "第一个")
        limit = {"sendPhoto": 1024, "sendMessage": 4096}
        for call in (listing, details):
            assert len(call.text.encode("utf-16-le")) // 2 <= limit[call.method]
        # Too long for a caption: details go out as a text message with the photo as preview.
        assert details.method == "sendMessage"
        assert details.params["link_preview_options"]["url"] == "https://img.example.com/p/1.jpg"
        assert "超长描述&amp;&lt;&gt;" in details.text and details.text.endswith("…")
        # Tags pasted into a title are dropped, never sent as markup: the details stay valid HTML.
        assert "<i>" not in details.text and "长描述保温杯" in details.text


async def test_state_survives_a_restart(shop_app: App, fake_api: FakeBotAPI) -> None:
    from tests.e2e.conftest import running_bot

    async with running_bot(shop_app, fake_api):
        await say(fake_api, ANN, "/start live_room-live")
        first = await say(fake_api, ANN, "耳机")
        assert "双十二耳机专场" in first.text
    async with running_bot(shop_app, fake_api):  # a new Application, same database
        again = await say(fake_api, ANN, "耳机")
        assert "双十二耳机专场" in again.text
        answer = await say(fake_api, ANN, "第二个防水吗")
        assert "IPX5" in answer.text
        # Buttons minted before the restart still work: tokens live in the database.
        _, info = await press(fake_api, ANN, first, "离开")
        left = await fake_api.wait_for(lambda c: c.method == "sendMessage", after=info["mark"])
        assert "已离开「双十二耳机专场」" in left.text


async def test_errors_are_logged_and_the_user_is_told(
    bot: Any, fake_api: FakeBotAPI, caplog: Any
) -> None:
    fake_api.fail["sendMessage"] = "Bad Request: something broke"  # the first send fails
    mark = len(fake_api.calls)
    await fake_api.push(fake_api.message_update(ANN, "/help"))
    apology = await fake_api.wait_for(
        lambda c: c.method == "sendMessage" and "出了点问题" in c.text, after=mark
    )
    assert apology.chat_id == ANN.id
    assert any("error while handling update" in r.getMessage() for r in caplog.records)


async def test_a_sticker_gets_a_helpful_answer(bot: Any, fake_api: FakeBotAPI) -> None:
    update = fake_api.message_update(ANN, "ignored")
    del update["message"]["text"]
    update["message"]["sticker"] = {
        "file_id": "s1",
        "file_unique_id": "u1",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
    }
    reply = await fake_api.exchange(update)
    assert "发点文字给我" in reply.text


async def test_nothing_matches_is_said_plainly_with_labelled_alternatives(
    bot: Any, fake_api: FakeBotAPI
) -> None:
    """Issue 12: `100以内的口红` answered "共找到 27 件商品" with books and pet toys; the
    shop's lipsticks cost more than ¥50. Emoji found random products."""
    reply = await say(fake_api, ANN, "50以内的口红")
    assert "没有找到「口红」" in reply.text and "共找到" not in reply.text
    assert "不符合你的条件，但最接近的是这些" in reply.text
    assert "口红" in reply.text.split("最接近的是这些", 1)[1]
    emoji = await say(fake_api, ANN, "😀😀😀")
    assert "没有找到" in emoji.text and "1. " not in emoji.text


async def test_an_english_question_from_a_chinese_shopper_is_answered_in_chinese(
    bot: Any, fake_api: FakeBotAPI
) -> None:
    """Issue 12: a Chinese shopper asking in English got half-English half-Chinese."""
    await say(fake_api, ANN, "正在直播的耳机")
    answer = await say(fake_api, ANN, "is it waterproof?")
    assert "IPX5" in answer.text
    assert "According" not in answer.text and "根据商品信息" in answer.text
