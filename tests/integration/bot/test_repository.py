"""Bot state on SQLite and PostgreSQL: upserts, tokens, duplicate updates, cart, reminders."""

from __future__ import annotations

from datetime import timedelta

from bot.repository import UserState
from daihuo.bootstrap import App


async def test_user_state_round_trip_and_upsert(any_app: App) -> None:
    now = any_app.clock.now()
    state = UserState(
        "tg:1",
        language="en",
        scope_kind="live",
        scope_id="room-1",
        focus_product_id="p-1",
        last_results=["p-1", "p-2"],
        list_start=6,
        last_search={"text": "耳机", "filters": {"max_price": "200"}},
    )
    async with any_app.uow() as uow:
        await uow.bot.save_user(state, now)
        state.language = "zh"
        await uow.bot.save_user(state, now)  # second save updates, not duplicates
        await uow.commit()
    async with any_app.uow() as uow:
        loaded = await uow.bot.get_user("tg:1")
        fresh = await uow.bot.get_user("tg:2")
    assert loaded.language == "zh" and loaded.scope_id == "room-1" and loaded.exists
    assert (
        loaded.last_results == ["p-1", "p-2"]
        and loaded.pick(6) == "p-1"
        and loaded.pick(7) == "p-2"
        # Card 1 of that list was never shown: "第一个" is not the page's first (issue 12).
        and loaded.pick(1) is None
    )
    assert loaded.last_search == {"text": "耳机", "filters": {"max_price": "200"}}
    assert not fresh.exists and fresh.language is None


async def test_tokens_are_per_user_and_expire(any_app: App) -> None:
    now = any_app.clock.now()
    async with any_app.uow() as uow:
        tokens = await uow.bot.issue_tokens(
            "tg:1", [("details", {"pid": "p-1"}), ("page", {"offset": 5})], now + timedelta(hours=1)
        )
        await uow.commit()
    assert len(set(tokens)) == 2 and all(len(t.encode()) <= 64 for t in tokens)
    async with any_app.uow() as uow:
        mine = await uow.bot.resolve_token(tokens[0], "tg:1", now)
        theirs = await uow.bot.resolve_token(tokens[0], "tg:2", now)
        stale = await uow.bot.resolve_token(tokens[1], "tg:1", now + timedelta(hours=2))
        forged = await uow.bot.resolve_token("nope", "tg:1", now)
        pruned = await uow.bot.prune_tokens(now + timedelta(hours=2))
        await uow.commit()
    assert mine is not None and mine.action == "details" and mine.args == {"pid": "p-1"}
    assert theirs is None and stale is None and forged is None
    assert pruned == 2


async def test_duplicate_updates_are_detected(any_app: App) -> None:
    now = any_app.clock.now()
    async with any_app.uow() as uow:
        first = await uow.bot.mark_update(1, 100, now)
        again = await uow.bot.mark_update(1, 100, now)
        other_bot = await uow.bot.mark_update(2, 100, now)
        await uow.commit()
    assert (first, again, other_bot) == (True, False, True)
    async with any_app.uow() as uow:
        assert await uow.bot.prune_updates(now + timedelta(seconds=1)) == 2
        await uow.commit()
