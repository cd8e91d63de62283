"""`daihuo chat` scripted through in-memory streams: the same engine, plain text."""

from __future__ import annotations

import io

from bot.engine import Engine
from bot.terminal import chat


async def run_script(engine: Engine, *lines: str) -> str:
    out = io.StringIO()
    code = await chat(
        engine, stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out, interactive=False
    )
    assert code == 0
    return out.getvalue()


async def test_a_scripted_conversation(engine: Engine) -> None:
    transcript = await run_script(
        engine,
        "/start",
        "200以内的耳机",
        "耳机",
        "!press ▶",
        "第七个防水吗",
        "第六个",
        "!press 加购",
        "/cart",
        "!quit",
        "/help",  # after !quit: never reached
    )
    assert "you> /start" in transcript and "带货小助手" in transcript
    assert "筛选：¥200以内" in transcript
    assert "(edits the previous message)" in transcript
    assert "7号支持IPX5防水" in transcript
    assert "已加入购物车：降噪蓝牙耳机 6号 × 1" in transcript
    assert "合计：¥220" in transcript
    assert "我能做这些" not in transcript


async def test_unknown_button_and_english(engine: Engine) -> None:
    out = io.StringIO()
    script = io.StringIO("!press 9\n/lang en\nlipstick? no: 口红\n")
    await chat(engine, stdin=script, stdout=out, interactive=False, language="zh")
    text = out.getvalue()
    assert "(no button '9' in the last reply)" in text
    assert "OK, English from now on." in text
    assert "[1] 1 Details" in text
