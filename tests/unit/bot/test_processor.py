"""Per-chat update processing: in order within a chat, concurrent across chats."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, Message, Update, User

from bot.telegram.processor import PerChatUpdateProcessor, chat_key


def update(update_id: int, chat_id: int) -> Update:
    user = User(id=chat_id, first_name="A", is_bot=False)
    chat = Chat(id=chat_id, type="private")
    message = Message(
        message_id=update_id, date=datetime.now(UTC), chat=chat, from_user=user, text="x"
    )
    return Update(update_id=update_id, message=message)


async def test_one_chat_runs_in_order_while_other_chats_proceed() -> None:
    processor = PerChatUpdateProcessor(max_concurrent_updates=16)
    log: list[str] = []
    release_first = asyncio.Event()
    other_chat_done = asyncio.Event()

    async def work(
        name: str, gate: asyncio.Event | None = None, done: asyncio.Event | None = None
    ) -> None:
        log.append(f"start {name}")
        if gate is not None:
            await gate.wait()
        await asyncio.sleep(0)
        log.append(f"end {name}")
        if done is not None:
            done.set()

    async with processor:
        tasks = [
            asyncio.create_task(
                processor.process_update(update(1, 10), work("a1", gate=release_first))
            ),
            asyncio.create_task(processor.process_update(update(2, 10), work("a2"))),  # double tap
            asyncio.create_task(processor.process_update(update(3, 10), work("a3"))),
            asyncio.create_task(
                processor.process_update(update(4, 20), work("b1", done=other_chat_done))
            ),
        ]
        # Chat 20 finishes although chat 10's first update is still blocked.
        await asyncio.wait_for(other_chat_done.wait(), 5)
        assert "start a2" not in log and "end a1" not in log
        release_first.set()
        await asyncio.wait_for(asyncio.gather(*tasks), 5)
    chat10 = [entry for entry in log if entry.endswith(("a1", "a2", "a3"))]
    assert chat10 == ["start a1", "end a1", "start a2", "end a2", "start a3", "end a3"]
    assert processor._locks == {}  # no lock kept for idle chats


async def test_a_failing_update_does_not_block_the_chat() -> None:
    processor = PerChatUpdateProcessor(max_concurrent_updates=4)
    ran: list[int] = []

    async def boom() -> None:
        raise RuntimeError("handler failed")

    async def ok() -> None:
        ran.append(2)

    async with processor:
        first = asyncio.create_task(processor.process_update(update(1, 10), boom()))
        second = asyncio.create_task(processor.process_update(update(2, 10), ok()))
        results = await asyncio.gather(first, second, return_exceptions=True)
    assert isinstance(results[0], RuntimeError)
    assert ran == [2]


def test_chat_key() -> None:
    assert chat_key(update(1, 42)) == 42
    assert chat_key(object()) is None
