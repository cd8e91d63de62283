"""A small shop for commerce tests: a plain product on a running flash sale (limit 2), a
product with SKUs and a SKU-level sale, a dollar-priced product and a sold-out one. Times are
around tests.conftest.TEST_NOW."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from catalog.services import import_catalog
from ground.infra import Infra
from tests.conftest import TEST_NOW
from tests.factories.catalog import (
    creator_record,
    flash_sale_record,
    product_record,
    sku_record,
    write_jsonl,
)


def iso(delta: timedelta) -> str:
    return (TEST_NOW + delta).isoformat()


def shop_records(
    *, sale_quantity: int = 50, limit: int = 2, stock: int = 100
) -> list[dict[str, Any]]:
    window = {"starts_at": iso(-timedelta(minutes=10)), "ends_at": iso(timedelta(minutes=50))}
    return [
        creator_record(id="c-1", name="数码老张"),
        product_record(
            id="rice",
            title="五常大米 10斤",
            price="69.90",
            original_price="89.90",
            stock=stock,
            creator_id="c-1",
        ),
        product_record(
            id="cream",
            title="清透防晒霜 SPF50",
            price="99.00",
            original_price="159.00",
            stock=1500,
            creator_id="c-1",
            skus=[
                sku_record(id="cream-1", attributes={"规格": "50ml"}, price="99.00", stock=1200),
                sku_record(id="cream-2", attributes={"规格": "50ml×2"}, price="178.00", stock=300),
            ],
        ),
        product_record(
            id="pods",
            title="Sonic Pods ANC",
            price="49.00",
            original_price=None,
            currency="USD",
            stock=20,
            creator_id="c-1",
        ),
        product_record(id="gone", title="已售罄的杯子", price="19.90", stock=0, creator_id="c-1"),
        flash_sale_record(
            id="fs-rice",
            product_id="rice",
            price="49.90",
            quantity=sale_quantity,
            per_user_limit=limit,
            **window,
        ),
        flash_sale_record(
            id="fs-cream",
            product_id="cream",
            sku_id="cream-1",
            price="79.00",
            quantity=300,
            per_user_limit=2,
            **window,
        ),
    ]


async def stock_shop(
    infra: Infra, tmp_path: Path, records: list[dict[str, Any]] | None = None
) -> None:
    """Import the shop (or `records`) through the real importer."""
    import uuid

    path = write_jsonl(tmp_path / f"shop-{uuid.uuid4().hex[:8]}.jsonl", records or shop_records())
    report = await import_catalog(infra, [path])
    assert report.ok, report.errors
