"""Engine routing: commands, search, pagination, questions in context, comparison, buttons."""

from __future__ import annotations

from typing import Any

from aftersales.model import TicketKind
from aftersales.repository import TicketRepository
from bot.engine import Engine
from bot.reply import Button, Incoming, Reply
from daihuo.bootstrap import App
from tests.unit.bot.conftest import Say
from tests.unit.bot.fakes import InMemoryQA, InMemorySearch


def button(reply: Reply, label_part: str) -> Button:
    found = [b for b in reply.all_buttons() if label_part in b.label]
    assert found, f"no button with {label_part!r} in {[b.label for b in reply.all_buttons()]}"
    return found[0]


async def test_start_greets_and_lists_rooms_live_now(say: Say) -> None:
    reply = await say(command="start")
    text = reply.plain_text()
    assert "带货小助手" in text
    assert "双十二耳机专场" in text
    assert "口红试色夜" not in text  # upcoming, not live
    assert any(
        b.action == "open_room" and b.args == {"id": "room-live"} for b in reply.all_buttons()
    )


async def test_start_in_english_for_an_english_client(say: Say) -> None:
    reply = await say(command="start", lang="en-US")
    assert "live-shopping assistant" in reply.plain_text()


async def test_free_text_searches_and_shows_parsed_filters(
    say: Say, fake_search: InMemorySearch
) -> None:
    reply = await say("200以内的耳机")
    text = reply.plain_text()
    assert "筛选：¥200以内" in text
    assert fake_search.calls[-1][0] == "200以内的耳机"
    assert "1. 降噪蓝牙耳机 1号" in text
    assert "降噪蓝牙耳机 6号" not in text  # ¥220 is over the limit


async def test_pagination_edits_and_moves_offset(say: Say, fake_search: InMemorySearch) -> None:
    first = await say("耳机")
    assert "1/2" in [b.label for b in first.all_buttons()]
    page2 = await say(press=button(first, "▶"))
    assert page2.edit is True
    assert fake_search.calls[-1][2] == 5
    assert "6. 降噪蓝牙耳机 6号" in page2.plain_text()
    back = await say(press=button(page2, "◀"))
    assert back.edit and "1. 降噪蓝牙耳机 1号" in back.plain_text()


async def test_question_about_product_in_context_goes_to_qa(say: Say, fake_qa: InMemoryQA) -> None:
    await say("耳机")
    reply = await say("这个防水吗？")
    assert fake_qa.calls[-1] == ("ear-1", "这个防水吗？")
    assert "1号支持IPX5防水" in reply.plain_text()
    assert "商家问答「是否防水」" in reply.plain_text()


async def test_ordinal_question_picks_from_the_last_list(say: Say, fake_qa: InMemoryQA) -> None:
    await say("耳机")
    reply = await say("第二个防水吗")
    assert fake_qa.calls[-1][0] == "ear-2"
    assert "2号支持IPX5防水" in reply.plain_text()


async def test_unanswerable_question_offers_to_ask_the_seller(say: Say, catalog_app: App) -> None:
    await say("耳机")
    reply = await say("这个能用来打电话吗？")
    assert "不确定" in reply.plain_text()
    done = await say(press=button(reply, "转给商家"))
    assert "转给商家" in done.plain_text() and "这个能用来打电话吗" in done.plain_text()
    # A second question about the same product is its own ticket, with its own text.
    second = await say("这个能降噪吗？")
    await say(press=button(second, "转给商家"))
    async with catalog_app.uow() as uow:
        tickets = await TicketRepository(uow.session).for_user("tg:1")
    assert [(t.kind, t.product_id, t.subject) for t in sorted(tickets, key=lambda t: t.id)] == [
        (TicketKind.QUESTION, "ear-1", "这个能用来打电话吗？"),
        (TicketKind.QUESTION, "ear-1", "这个能降噪吗？"),
    ]


async def test_question_without_context_is_a_search(
    say: Say, fake_qa: InMemoryQA, fake_search: InMemorySearch
) -> None:
    await say("防水吗？")
    assert fake_qa.calls == []
    assert fake_search.calls


async def test_compare_first_two(say: Say) -> None:
    await say("耳机")
    reply = await say("对比前两个")
    text = reply.plain_text()
    assert "商品对比" in text
    assert "① 降噪蓝牙耳机 1号" in text and "② 降噪蓝牙耳机 2号" in text
    assert "续航: ① 21小时 · ② 22小时" in text


async def test_compare_explicit_positions_in_english(say: Say) -> None:
    await say("耳机", lang="en")
    reply = await say("compare 1 and 3", lang="en")
    assert "② 降噪蓝牙耳机 3号" in reply.plain_text()


async def test_bare_ordinal_opens_details(say: Say) -> None:
    await say("耳机")
    reply = await say("第三个")
    assert reply.plain_text().startswith("降噪蓝牙耳机 3号")


async def test_forged_and_foreign_tokens_are_expired(say: Say) -> None:
    reply = await say("耳机", user="tg:1")
    mine = button(reply, "▶")
    forged = await say(press=Button("x", token="not-a-token"))
    assert forged.notice == "这个按钮已过期，请重新搜索 🙏" and not forged.lines
    stolen = await say(press=mine, user="tg:2")
    assert stolen.notice and "过期" in stolen.notice and not stolen.lines


async def test_token_expires(say: Say, catalog_app) -> None:  # type: ignore[no-untyped-def]
    reply = await say("耳机")
    catalog_app.clock.advance(days=3)
    stale = await say(press=button(reply, "▶"))
    assert stale.notice and not stale.lines


async def test_open_room_scopes_search_until_leaving(say: Say, fake_search: InMemorySearch) -> None:
    start = await say(command="start")
    room = await say(press=button(start, "双十二耳机专场"))
    assert "已进入「双十二耳机专场」" in room.plain_text()
    assert "1. 降噪蓝牙耳机 3号" in room.plain_text()  # cart display order
    scoped = await say("耳机")
    assert (
        fake_search.calls[-1][3] is not None
        and fake_search.calls[-1][3].live_room_id == "room-live"
    )
    assert "在「双十二耳机专场」直播间内搜索" in scoped.plain_text()
    assert scoped.plain_text().count("降噪蓝牙耳机") == 2
    left = await say(press=button(scoped, "离开直播间"))
    assert "已离开" in left.plain_text()
    await say("耳机")
    assert fake_search.calls[-1][3] is not None and fake_search.calls[-1][3].live_room_id is None


async def test_no_results_offers_relaxations(say: Say) -> None:
    reply = await say("10以内的耳机")
    text = reply.plain_text()
    assert "没有找到" in text
    relax = button(reply, "去掉价格限制")
    relaxed = await say(press=relax)
    assert "降噪蓝牙耳机 1号" in relaxed.plain_text()


async def test_language_switch_persists(say: Say) -> None:
    prompt = await say(command="lang")
    await say(press=button(prompt, "English"))
    reply = await say(command="help")  # client still says zh; the choice wins
    assert "Here is what I can do" in reply.plain_text()


async def test_cart_with_sku_choice_and_decimal_total(say: Say) -> None:
    found = await say("口红")
    ask_sku = await say(press=button(found, "加购"))
    assert "请选择规格" in ask_sku.plain_text()
    nude = button(ask_sku, "裸色")
    assert "已售罄" in nude.label
    # Pressing a sold-out option says so (never an empty message) and offers a restock alert.
    sold_out = await say(press=nude)
    assert "售罄" in sold_out.plain_text() and button(sold_out, "到货提醒")
    added = await say(press=button(ask_sku, "正红"))
    assert "已加入购物车" in added.plain_text()
    await say(press=button(ask_sku, "正红"))
    ear = await say("耳机")
    await say(press=button(ear, "加购"))
    cart = await say(command="cart")
    text = cart.plain_text()
    assert "（正红） × 2" in text and "¥89 × 2 = ¥178" in text
    assert "2. 降噪蓝牙耳机 1号 × 1" in text and "¥120 × 1 = ¥120" in text
    assert "合计：¥298" in text  # 2 × 89.00 + 120.00, exact


async def test_live_lists_rooms_with_local_times_and_carts(say: Say) -> None:
    reply = await say(command="live")
    text = reply.plain_text()
    assert "双十二耳机专场 · 小美爱分享 · 直播中 · 到 22:00 结束" in text  # 14:00 UTC in Shanghai
    assert text.index("1. 降噪蓝牙耳机 3号") < text.index("2. 降噪蓝牙耳机 1号")  # cart order
    assert "口红试色夜 · 小美爱分享 · 明天 04:00 开播" in text  # another day: never a bare hour
    remind = button(reply, "开播提醒")
    saved = await say(press=remind)
    assert "开播提醒已设置：口红试色夜" in saved.plain_text()
    again = await say(press=remind)
    assert "已经设置过" in again.plain_text()


async def test_deep_links_and_bad_payloads(say: Say) -> None:
    fs = await say(command="start", deep_link="fs_fs-1")
    assert "秒杀价 ¥59" in fs.plain_text() and "剩 25分钟" in fs.plain_text()
    bad = await say(command="start", deep_link="shop_42")
    assert "链接无效" in bad.plain_text()
    gone = await say(command="start", deep_link="product_nope")
    assert "没有找到" in gone.plain_text()


async def test_flash_sale_price_shows_on_cards(say: Say) -> None:
    reply = await say("耳机")
    text = reply.plain_text()
    assert "¥59 ¥380 · ⚡秒杀 ¥59 剩 25分钟" in text  # ear-4: flash price, struck list price


async def test_video_scope_and_buy_now_is_honest(say: Say, fake_search: InMemorySearch) -> None:
    videos = await say(command="videos")
    opened = await say(press=button(videos, "三款平价耳机横评"))
    assert "降噪蓝牙耳机 5号" in opened.plain_text()
    await say("耳机")
    assert fake_search.calls[-1][3] is not None and fake_search.calls[-1][3].video_id == "v-1"
    buy = await say(press=button(opened, "购买"))
    assert "订单确认" in buy.plain_text() and "货到付款" in buy.plain_text()
    assert button(buy, "填写收货信息")  # pay on delivery: the address comes first
    orders = await say(command="orders")
    assert "还没有订单" in orders.plain_text()


async def test_an_oversized_message_is_cut_before_anything_reads_it(
    engine: Engine, catalog_app: App, fake_search: InMemorySearch
) -> None:
    limit = catalog_app.settings.max_message_chars
    seen: list[str] = []
    real = fake_search.search

    async def spy(text: str, **kwargs: Any) -> Any:
        seen.append(text)
        return await real(text, **kwargs)

    fake_search.search = spy  # type: ignore[method-assign]
    await engine.handle(Incoming(user_id="u:big", chat_id="u:big", text="耳" * (limit * 25)))
    assert seen and all(len(text) <= limit for text in seen)


async def test_an_address_typed_under_the_summary_fills_it_and_anything_else_is_as_usual(
    say: Say, fake_search: InMemorySearch
) -> None:
    videos = await say(command="videos")
    opened = await say(press=button(videos, "三款平价耳机横评"))
    summary = await say(press=button(opened, "购买"))
    assert button(summary, "填写收货信息")
    # Not an address (digits, but no phone number): a search, and the summary stays open.
    searched = await say("耳机 300以内")
    assert fake_search.calls[-1][0] == "耳机 300以内" and "筛选" in searched.plain_text()
    summary = await say(press=button(opened, "购买"))
    filled = await say("张三 13800000000 上海市静安区南京西路1号")
    assert "收货信息已保存" in filled.plain_text()
    assert button(filled, "确认下单")
    placed = await say(press=button(filled, "确认下单"))
    assert "下单成功" in placed.plain_text()
