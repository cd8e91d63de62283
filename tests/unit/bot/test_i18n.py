"""Every user-visible string exists in both languages, with the same fields."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from bot.i18n import LANGUAGES, MESSAGES, language_for, t

BOT_DIR = Path(__file__).resolve().parents[3] / "bot"


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_have_the_same_keys_and_fields() -> None:
    assert set(MESSAGES["zh"]) == set(MESSAGES["en"])
    for key in MESSAGES["zh"]:
        assert fields(MESSAGES["zh"][key]) == fields(MESSAGES["en"][key]), key
        assert MESSAGES["zh"][key].strip() and MESSAGES["en"][key].strip(), key


def test_every_key_used_in_the_code_exists() -> None:
    used: set[str] = set()
    for path in BOT_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = node.args
                if name == "t" and args:
                    key_node = (
                        args[-1]
                        if isinstance(func, ast.Attribute)
                        else args[1]
                        if len(args) > 1
                        else None
                    )
                    if isinstance(key_node, ast.Constant) and isinstance(key_node.value, str):
                        used.add(key_node.value)
    assert used, "found no t() calls"
    missing = {k for k in used if k not in MESSAGES["zh"] and not re.match(r"^(cmd_|return_)", k)}
    assert missing == set()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_command_descriptions_exist(lang: str) -> None:
    from bot.engine import COMMANDS

    for command in COMMANDS:
        assert t(lang, f"cmd_{command}")


def test_language_choice() -> None:
    assert language_for(None, "zh-hans") == "zh"
    assert language_for(None, "en-GB") == "en"
    assert language_for(None, "de") == "en"  # neither: English is the lingua franca
    assert language_for("zh", "en") == "zh"  # an explicit /lang wins
    assert language_for(None, None, "en") == "en"
