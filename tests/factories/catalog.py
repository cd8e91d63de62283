"""Factories for catalog domain objects and interchange-format records.

Each factory returns a valid object; pass keyword overrides for what a test cares about.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from catalog.model import Creator, Faq, FlashSale, LiveRoom, Platform, Product, Sku, Video

_seq = itertools.count(1)
BASE_TIME = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def _next(prefix: str) -> str:
    return f"{prefix}-{next(_seq)}"


def make_creator(**overrides: Any) -> Creator:
    fields: dict[str, Any] = {
        "id": _next("c"),
        "name": "小美爱分享",
        "platform": Platform.DOUYIN,
        "handle": "xiaomei",
        "followers": 120000,
    }
    fields.update(overrides)
    return Creator(**fields)


def make_product(**overrides: Any) -> Product:
    fields: dict[str, Any] = {
        "id": _next("p"),
        "title": "【主播推荐】降噪蓝牙耳机 长续航",
        "category": "数码/音频/耳机",
        "price": Decimal("199.00"),
        "original_price": Decimal("299.00"),
        "stock": 50,
        "brand": "声悦",
        "attributes": {"续航": "30小时", "颜色": "黑色"},
        "faqs": (Faq(q="是否防水", a="支持IPX5级防水，日常出汗淋雨没问题"),),
        "tags": ("蓝牙耳机", "降噪"),
        "shipping": "48小时内发货，包邮",
        "language": "zh-CN",
    }
    fields.update(overrides)
    return Product(**fields)


def make_sku(**overrides: Any) -> Sku:
    fields: dict[str, Any] = {
        "id": _next("sku"),
        "attributes": {"颜色": "黑色"},
        "price": Decimal("199.00"),
        "stock": 10,
    }
    fields.update(overrides)
    return Sku(**fields)


def make_live_room(**overrides: Any) -> LiveRoom:
    fields: dict[str, Any] = {
        "id": _next("room"),
        "creator_id": "c-1",
        "title": "双十二预热专场",
        "starts_at": BASE_TIME - timedelta(hours=1),
        "ends_at": BASE_TIME + timedelta(hours=2),
        "product_ids": (),
    }
    fields.update(overrides)
    return LiveRoom(**fields)


def make_video(**overrides: Any) -> Video:
    fields: dict[str, Any] = {
        "id": _next("v"),
        "creator_id": "c-1",
        "title": "三款平价耳机横评",
        "published_at": BASE_TIME - timedelta(days=1),
        "product_ids": (),
    }
    fields.update(overrides)
    return Video(**fields)


def make_flash_sale(**overrides: Any) -> FlashSale:
    fields: dict[str, Any] = {
        "id": _next("fs"),
        "product_id": "p-1",
        "price": Decimal("99.00"),
        "quantity": 100,
        "starts_at": BASE_TIME,
        "ends_at": BASE_TIME + timedelta(minutes=30),
    }
    fields.update(overrides)
    return FlashSale(**fields)


# ---- interchange-format records (dicts as they appear in a JSONL file) ------------------------
def creator_record(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": "creator",
        "id": _next("c"),
        "name": "小美爱分享",
        "platform": "douyin",
        "handle": "xiaomei",
        "followers": 120000,
    }
    record.update(overrides)
    return record


def product_record(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": "product",
        "id": _next("p"),
        "title": "【主播推荐】降噪蓝牙耳机 长续航",
        "category": "数码/音频/耳机",
        "price": "199.00",
        "original_price": "299.00",
        "stock": 50,
        "brand": "声悦",
        "attributes": {"续航": "30小时"},
        "faqs": [{"q": "是否防水", "a": "支持IPX5级防水"}],
        "images": ["https://img.example.com/p/1.jpg"],
        "tags": ["蓝牙耳机"],
    }
    record.update(overrides)
    return record


def live_room_record(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": "live_room",
        "id": _next("room"),
        "creator_id": "c-1",
        "title": "双十二预热专场",
        "starts_at": "2026-11-25T20:00:00+08:00",
        "ends_at": "2026-11-25T23:00:00+08:00",
        "product_ids": [],
    }
    record.update(overrides)
    return record


def video_record(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": "video",
        "id": _next("v"),
        "creator_id": "c-1",
        "title": "三款平价耳机横评",
        "published_at": "2026-11-24T18:00:00+08:00",
        "product_ids": [],
    }
    record.update(overrides)
    return record


def flash_sale_record(**overrides: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": "flash_sale",
        "id": _next("fs"),
        "product_id": "p-1",
        "price": "99.00",
        "quantity": 100,
        "starts_at": "2026-11-25T20:30:00+08:00",
        "ends_at": "2026-11-25T21:00:00+08:00",
    }
    record.update(overrides)
    return record


def write_jsonl(path: Path, records: Iterable[dict[str, Any] | str]) -> Path:
    """Write records (dicts, or raw lines for malformed input) as a JSONL file."""
    with path.open("w", encoding="utf-8") as fh:
        for record in records:
            line = record if isinstance(record, str) else json.dumps(record, ensure_ascii=False)
            fh.write(line + "\n")
    return path


def sku_record(**overrides: Any) -> dict[str, Any]:
    """One entry of a product record's `skus` list."""
    record: dict[str, Any] = {
        "id": _next("sku"),
        "attributes": {"颜色": "黑色"},
        "price": "199.00",
        "stock": 10,
    }
    record.update(overrides)
    return record


def write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> Path:
    """Write a products CSV; dict/list cells become JSON, None becomes an empty cell."""
    import csv

    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow(
                [
                    ""
                    if cell is None
                    else json.dumps(cell, ensure_ascii=False)
                    if isinstance(cell, dict | list)
                    else cell
                    for cell in row
                ]
            )
    return path
