"""Issue 12 regressions in the conversation: ordinals, "nothing matches", one language."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from bot.reply import Button, Reply
from bot.repository import UserState
from catalog.services import import_catalog
from daihuo.bootstrap import App
from tests.factories.catalog import (
    flash_sale_record,
    live_room_record,
    product_record,
    write_jsonl,
)
from tests.unit.bot.conftest import Say
from tests.unit.bot.fakes import InMemoryQA, InMemorySearch
from tests.unit.bot.shop import iso


def button(reply: Reply, label_part: str) -> Button:
    found = [b for b in reply.all_buttons() if label_part in b.label]
    assert found, [b.label for b in reply.all_buttons()]
    return found[0]


def test_pick_means_the_number_on_the_list_not_the_page() -> None:
    user = UserState(user_key="u")
    user.show_list(["a", "b", "c", "d", "e"], 1)
    user.show_list(["f", "g", "h"], 6)  # page 2
    assert user.pick(2) == "b" and user.pick(7) == "g"
    assert user.pick(9) is None
    user.show_list(["x", "y"], 1)  # a new search starts a new list
    assert user.pick(2) == "y" and user.pick(7) is None


async def test_second_one_on_page_two_is_card_two(say: Say, fake_qa: InMemoryQA) -> None:
    """After `给宝宝用的` and ▶ to page 2, `第二个多少钱` answered about #7."""
    first = await say("耳机")
    await say(press=button(first, "▶"))
    await say("第二个多少钱")
    assert fake_qa.calls[-1][0] == "ear-2"
    await say("第7个多少钱")
    assert fake_qa.calls[-1][0] == "ear-7"


async def test_a_comparison_keeps_the_list(say: Say, fake_qa: InMemoryQA) -> None:
    """After `对比1和3`, `第7个多少钱` said there was no #7 and `第二个` opened the third item."""
    first = await say("耳机")
    await say(press=button(first, "▶"))
    compared = await say("对比1和3")
    assert "商品对比" in compared.plain_text()
    await say("第7个多少钱")
    assert fake_qa.calls[-1][0] == "ear-7"
    second = await say("第二个")
    assert second.plain_text().startswith("降噪蓝牙耳机 2号")


async def test_nothing_matches_is_said_first_and_alternatives_are_labelled(
    say: Say, fake_search: InMemorySearch
) -> None:
    """`100以内的口红` said "共找到 27 件商品" for unrelated products."""
    reply = await say("50以内的口红")
    text = reply.plain_text()
    assert "没有找到「口红」" in text
    assert "共找到" not in text
    assert "不符合你的条件，但最接近的是这些" in text
    assert text.index("没有找到") < text.index("1. ")


async def test_filters_are_labelled_in_the_shoppers_language(say: Say) -> None:
    """`Filters: 正在直播` for an English shopper."""
    reply = await say("200以内的耳机", lang="en")
    text = reply.plain_text()
    assert "Filters: under ¥200" in text
    assert "以内" not in text.split("\n")[0]


async def test_questions_are_answered_in_the_shoppers_language(
    say: Say, fake_qa: InMemoryQA
) -> None:
    """A Chinese shopper asking in English got half-English half-Chinese."""
    await say("耳机")
    await say("is it waterproof?")
    assert fake_qa.languages[-1] == "zh"
    await say("耳机", lang="en")
    await say("这个防水吗？", lang="en")
    assert fake_qa.languages[-1] == "en"


async def _import(catalog_app: App, tmp_path: Path, records: list[dict[str, Any]]) -> None:
    report = await import_catalog(catalog_app, [write_jsonl(tmp_path / "more.jsonl", records)])
    assert report.written, report.errors


async def test_off_shelf_product_by_deep_link_is_not_shown(
    say: Say, catalog_app: App, tmp_path: Path
) -> None:
    """An off-shelf product opened by deep link was shown in full."""
    await _import(
        catalog_app,
        tmp_path,
        [product_record(id="gone-1", title="下架的耳机", status="off_shelf")],
    )
    reply = await say(command="start", deep_link="product_gone-1")
    assert "下架的耳机" not in reply.plain_text()
    assert not any(b.action in ("buy", "cart_add") for b in reply.all_buttons())


async def test_an_ended_room_says_it_ended(say: Say, catalog_app: App, tmp_path: Path) -> None:
    """An ended live room opened as "已进入…直播间" with no "ended" line."""
    await _import(
        catalog_app,
        tmp_path,
        [
            live_room_record(
                id="room-old",
                creator_id="c-mei",
                title="昨晚的耳机专场",
                starts_at=iso(-timedelta(hours=5)),
                ends_at=iso(-timedelta(hours=3)),
                product_ids=["ear-1"],
            )
        ],
    )
    text = (await say(command="start", deep_link="live_room-old")).plain_text()
    assert "已结束" in text and "已进入" not in text


async def test_a_room_ending_another_day_shows_the_day(
    say: Say, catalog_app: App, tmp_path: Path
) -> None:
    """A room in /live ending on another day showed only the hour."""
    await _import(
        catalog_app,
        tmp_path,
        [
            live_room_record(
                id="room-night",
                creator_id="c-mei",
                title="通宵耳机专场",
                starts_at=iso(-timedelta(hours=1)),
                ends_at=iso(timedelta(days=1, hours=1)),
                product_ids=["ear-2"],
            )
        ],
    )
    for reply in (await say(command="live"), await say(command="start")):
        line = next(ln for ln in reply.plain_text().splitlines() if "通宵耳机专场" in ln)
        assert "明天" in line, line


async def test_a_card_mentions_its_upcoming_flash_sale(
    say: Say, catalog_app: App, tmp_path: Path
) -> None:
    """A product's card did not mention its upcoming sale."""
    await _import(
        catalog_app,
        tmp_path,
        [
            flash_sale_record(
                id="fs-soon",
                product_id="ear-2",
                price="79.00",
                starts_at=iso(timedelta(minutes=20)),
                ends_at=iso(timedelta(minutes=50)),
            )
        ],
    )
    text = (await say("耳机")).plain_text()
    card = text[text.index("降噪蓝牙耳机 2号") :].split("\n\n")[0]
    assert "后秒杀 ¥79" in card, card


async def test_a_refusal_that_cites_the_listing_says_why(
    say: Say, fake_qa: InMemoryQA, monkeypatch: Any
) -> None:
    """ "6.3米的多少钱" when lengths are 3.6/4.5 m: the shopper hears which lengths there are,
    still with the offer to ask the seller — not a bare "I don't know"."""
    from retrieval.types import Answer, Evidence

    why = "这款没有你说的那种长度，可选的只有：3.6米、4.5米。"

    async def not_sold(product_id: str, question: str, *, language: str | None = None) -> Answer:
        return Answer(why, False, "zh", [Evidence("sku", "长度", "3.6米、4.5米")])

    await say("耳机")
    monkeypatch.setattr(fake_qa, "answer", not_sold)
    reply = await say("第一个6.3米的多少钱")
    assert why in reply.plain_text()
    assert any("商家" in b.label for b in reply.all_buttons())

    async def silent(product_id: str, question: str, *, language: str | None = None) -> Answer:
        return Answer("", False, "zh")

    monkeypatch.setattr(fake_qa, "answer", silent)
    assert "商品资料里没有写" in (await say("第一个保修多久")).plain_text()


async def test_another_kind_of_product_after_a_list_is_a_new_search(
    say: Say, fake_qa: InMemoryQA, fake_search: InMemorySearch
) -> None:
    """After `我想买个吹风机`, `有没有口红` was answered as a question about the dryer."""
    await say("耳机")
    asked = len(fake_qa.calls)
    await say("有没有口红")
    assert len(fake_qa.calls) == asked
    assert fake_search.calls[-1][0] == "有没有口红"
    # A question about the product in view still goes to Q&A.
    await say("这个防水吗？")
    assert fake_qa.calls[-1][1] == "这个防水吗？"


async def test_paging_words_turn_the_page_like_the_buttons(
    say: Say, fake_search: InMemorySearch
) -> None:
    """`蓝牙耳机 ⏎ 下一页` searched for "下一页"; only the ▶ button paged."""
    await say("耳机")
    page = fake_search.calls[-1][1]
    await say("下一页")
    assert fake_search.calls[-1][0] == "耳机" and fake_search.calls[-1][2] == page
    await say("上一页")
    assert fake_search.calls[-1][0] == "耳机" and fake_search.calls[-1][2] == 0
    await say("next page", lang="en")
    assert fake_search.calls[-1][0] == "耳机" and fake_search.calls[-1][2] == page
    for _ in range(5):
        last = await say("more", lang="en")
    assert "last page" in last.plain_text()
    # A card number still means that card of the list after paging by words.
    await say("第二个")
    assert fake_search.calls[-1][0] == "耳机"


async def test_greetings_and_plain_word_commands_are_not_searches(
    say: Say, fake_search: InMemorySearch
) -> None:
    """`你好`, `hi`, `帮助`, `购物车` returned product lists."""
    before = len(fake_search.calls)
    hello = await say("你好")
    assert "/help" in hello.plain_text() or "搜索" in hello.plain_text()
    await say("hi", lang="en")
    await say("帮助")
    cart = await say("购物车")
    assert "购物车" in cart.plain_text()
    assert len(fake_search.calls) == before
    # A longer message with those words is still a search.
    await say("购物车里能放的收纳盒")
    assert fake_search.calls[-1][0] == "购物车里能放的收纳盒"
