"""A small bilingual catalog shared by the retrieval integration tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from catalog.model import Creator, Faq, FlashSale, LiveRoom, Platform, Product, ProductStatus, Video
from tests.factories.catalog import (
    make_creator,
    make_flash_sale,
    make_live_room,
    make_product,
    make_sku,
    make_video,
)


def creators() -> list[Creator]:
    return [
        make_creator(id="c-xm", name="小美爱分享", handle="xiaomei", platform=Platform.DOUYIN),
        make_creator(id="c-lz", name="数码老张", handle="laozhang", platform=Platform.KUAISHOU),
    ]


def products() -> list[Product]:
    plain = {"attributes": {}, "faqs": (), "tags": (), "shipping": None, "brand": None}
    return [
        make_product(
            id="p-earbuds-zh",
            title="【主播推荐】降噪蓝牙耳机 续航30小时",
            category="数码/音频/耳机",
            price=Decimal("199.00"),
            creator_id="c-lz",
            attributes={"续航": "30小时"},
            faqs=(Faq(q="是否防水", a="支持IPX5级防水"),),
            tags=("蓝牙耳机",),
            brand="声悦",
        ),
        make_product(
            **plain,
            id="p-earbuds-en",
            title="Budget Wireless Earbuds, Bluetooth 5.3",
            category="Electronics/Audio/Earbuds",
            price=Decimal("89.00"),
            creator_id="c-lz",
            language="en",
        ),
        make_product(
            **plain,
            id="p-sunscreen-en",
            title="Daily UV Shield Sunscreen SPF50+",
            category="Beauty/Skincare/Sunscreen",
            price=Decimal("139.00"),
            creator_id="c-xm",
            language="en",
        ),
        make_product(
            **plain,
            id="p-sunscreen-zh",
            title="清透防晒霜 SPF50+ 军训不黑",
            category="美妆/护肤/防晒",
            price=Decimal("99.00"),
            creator_id="c-xm",
        ),
        make_product(
            **plain,
            id="p-lipstick",
            title="丝绒雾面口红 秋冬显白",
            category="美妆/彩妆/口红",
            price=Decimal("139.00"),
            creator_id="c-xm",
            skus=(make_sku(id="s-1", attributes={"色号": "正红"}),),
        ),
        make_product(
            **plain,
            id="p-case",
            title="iPhone 15 透明手机壳 防摔",
            category="数码/手机配件/手机壳",
            price=Decimal("39.00"),
            creator_id="c-lz",
        ),
        make_product(
            **plain,
            id="p-jacket",
            title="女士短款羽绒服 加厚",
            category="服饰/女装/羽绒服",
            price=Decimal("499.00"),
        ),
        make_product(
            **plain,
            id="p-off",
            title="下架的蓝牙耳机",
            category="数码/音频/耳机",
            price=Decimal("59.00"),
            status=ProductStatus.OFF_SHELF,
        ),
    ]


def rooms(now: datetime) -> list[LiveRoom]:
    return [
        make_live_room(
            id="r-live",
            creator_id="c-xm",
            product_ids=("p-lipstick", "p-sunscreen-zh"),
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(hours=1),
        ),
        make_live_room(
            id="r-later",
            creator_id="c-lz",
            product_ids=("p-earbuds-zh",),
            starts_at=now + timedelta(hours=2),
            ends_at=now + timedelta(hours=4),
        ),
    ]


def videos() -> list[Video]:
    return [make_video(id="v-1", creator_id="c-lz", product_ids=("p-case", "p-earbuds-en"))]


def sales(now: datetime) -> list[FlashSale]:
    return [
        make_flash_sale(
            id="fs-earbuds",
            product_id="p-earbuds-zh",
            price=Decimal("99.00"),
            starts_at=now + timedelta(minutes=10),
            ends_at=now + timedelta(minutes=40),
        )
    ]
