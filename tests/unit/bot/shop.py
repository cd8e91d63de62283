"""A small shop for bot tests: earphones, a lipstick with options and an HTML-ish title,
a room live now, an upcoming room, a video and a running flash sale (times around TEST_NOW)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from tests.conftest import TEST_NOW
from tests.factories.catalog import (
    creator_record,
    flash_sale_record,
    live_room_record,
    product_record,
    video_record,
)


def iso(delta: timedelta) -> str:
    return (TEST_NOW + delta).isoformat()


def small_catalog() -> list[dict[str, Any]]:
    """Earphones, lipsticks, a room live now, one upcoming, a video and a running flash sale."""
    creator = creator_record(id="c-mei", name="小美爱分享")
    earphones = [
        product_record(
            id=f"ear-{i}",
            title=f"降噪蓝牙耳机 {i}号",
            price=str(100 + 20 * i),
            creator_id="c-mei",
            original_price=str(300 + 20 * i),
            stock=3 if i == 2 else 50,
            attributes={"续航": f"{20 + i}小时", "颜色": "黑色"},
            faqs=[{"q": "是否防水", "a": f"{i}号支持IPX5防水"}],
        )
        for i in range(1, 8)
    ]
    lipstick = product_record(
        id="lip-1",
        title="丝绒哑光口红 <b>爆款</b> </a>",
        category="美妆/彩妆/口红",
        price="89.00",
        original_price="129.00",
        stock=5,
        tags=["口红"],
        images=[],
        faqs=[],
        skus=[
            {"id": "red", "attributes": {"色号": "正红"}, "price": "89.00", "stock": 5},
            {"id": "nude", "attributes": {"色号": "裸色"}, "price": "99.00", "stock": 0},
        ],
    )
    room = live_room_record(
        id="room-live",
        creator_id="c-mei",
        title="双十二耳机专场",
        starts_at=iso(-timedelta(hours=1)),
        ends_at=iso(timedelta(hours=2)),
        product_ids=["ear-3", "ear-1"],
    )
    upcoming = live_room_record(
        id="room-next",
        creator_id="c-mei",
        title="口红试色夜",
        starts_at=iso(timedelta(hours=8)),
        ends_at=iso(timedelta(hours=10)),
        product_ids=["lip-1"],
    )
    video = video_record(
        id="v-1",
        creator_id="c-mei",
        title="三款平价耳机横评",
        published_at=iso(-timedelta(days=1)),
        product_ids=["ear-5", "ear-6"],
    )
    sale = flash_sale_record(
        id="fs-1",
        product_id="ear-4",
        price="59.00",
        starts_at=iso(-timedelta(minutes=5)),
        ends_at=iso(timedelta(minutes=25)),
    )
    return [creator, *earphones, lipstick, room, upcoming, video, sale]
