"""The synthetic catalog is deterministic, realistic in shape, and always valid."""

from __future__ import annotations

import io
import json
from collections import Counter
from datetime import UTC, datetime
from typing import Any

import pytest

from catalog.format import CatalogParser, ExistingCatalog
from catalog.synth import write_synthetic_catalog

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def synth(n: int, seed: int) -> str:
    buf = io.StringIO()
    write_synthetic_catalog(buf, n, seed=seed, now=NOW)
    return buf.getvalue()


@pytest.fixture(scope="module")
def text() -> str:
    return synth(900, seed=11)


@pytest.fixture(scope="module")
def records(text: str) -> dict[str, list[dict[str, Any]]]:
    by_type: dict[str, list[dict[str, Any]]] = {}
    for line in text.splitlines():
        if line.startswith("//"):
            continue
        record = json.loads(line)
        by_type.setdefault(record["type"], []).append(record)
    return by_type


def test_same_seed_same_bytes_other_seed_other_catalog(text: str) -> None:
    assert synth(900, seed=11) == text
    assert synth(900, seed=12) != text


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_output_passes_the_importers_validation(seed: int) -> None:
    parser = CatalogParser()
    parser.feed("synth.jsonl", (line.encode() + b"\n" for line in synth(400, seed).splitlines()))
    parser.resolve(ExistingCatalog())
    assert [str(e) for e in parser.errors] == []
    assert parser.warnings == []
    assert len(parser.valid["product"]) == 400


def test_mix_of_languages_categories_and_states(records: dict[str, list[dict[str, Any]]]) -> None:
    products = records["product"]
    languages = Counter(p["language"] for p in products)
    assert 0.58 < languages["zh-CN"] / len(products) < 0.75
    assert languages["en"] + languages["zh-CN"] == len(products)
    assert len({p["category"].split("/")[0] for p in products if p["language"] == "en"}) >= 12
    assert any(p["title"].startswith("【主播推荐】") for p in products)
    assert any("🔥" in p["title"] for p in products)
    assert sum("skus" in p for p in products) > len(products) * 0.4
    assert sum("faqs" in p for p in products) > len(products) * 0.4
    assert any(p["stock"] == 0 for p in products)
    assert any(p.get("status") == "off_shelf" for p in products)
    assert {c["platform"] for c in records["creator"]} >= {"douyin", "kuaishou"}


def test_rooms_and_flash_sales_are_arranged_around_now(
    records: dict[str, list[dict[str, Any]]],
) -> None:
    def window(r: dict[str, Any]) -> tuple[datetime, datetime]:
        return datetime.fromisoformat(r["starts_at"]), datetime.fromisoformat(r["ends_at"])

    rooms = [window(r) for r in records["live_room"]]
    sales = [window(s) for s in records["flash_sale"]]
    assert any(s <= NOW < e for s, e in rooms) and any(s > NOW for s, _ in rooms)
    assert any(s <= NOW < e for s, e in sales) and any(s > NOW for s, _ in sales)
    assert records["video"]
