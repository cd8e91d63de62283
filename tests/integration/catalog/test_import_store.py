"""Import, upsert, export and round trips against real SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from catalog import tables as t
from catalog.services import import_catalog
from catalog.synth import write_synthetic_catalog
from daihuo.bootstrap import App
from ground.clock import FixedClock
from tests.conftest import TEST_NOW
from tests.factories.catalog import (
    creator_record,
    flash_sale_record,
    live_room_record,
    product_record,
    sku_record,
    video_record,
    write_csv,
    write_jsonl,
)
from tests.integration.catalog.conftest import export_text

pytestmark = pytest.mark.postgres


async def updated_at(app: App, table: t.Table) -> dict[str, datetime]:
    async with app.uow() as uow:
        rows = await uow.session.execute(select(table.c.id, table.c.updated_at))
        return {rid: ts for rid, ts in rows}


async def all_hashes(app: App) -> dict[str, dict[str, str]]:
    async with app.uow() as uow:
        return {
            rtype: await uow.catalog.all_content_hashes(rtype)
            for rtype in ("creator", "product", "live_room", "video", "flash_sale")
        }


def counts(report: Any) -> dict[str, tuple[int, int, int]]:
    return {
        rtype: (c.inserted, c.updated, c.unchanged) for rtype, c in report.counts.items() if c.total
    }


def small_catalog() -> list[dict[str, Any]]:
    return [
        creator_record(id="c-1", name="小美爱分享", platform="douyin"),
        product_record(
            id="p-1",
            title="【主播推荐】修护精华液",
            category="美妆/护肤/精华",
            price="199.00",
            original_price="299.00",
            stock=30,
            creator_id="c-1",
            attributes={"适合肤质": "油皮", "容量": "30ml"},
            skus=[
                sku_record(
                    id="s-30", attributes={"容量": "30ml", "色": "白"}, price="199", stock=20
                ),
                sku_record(
                    id="s-50", attributes={"容量": "50ml", "色": "白"}, price="259", stock=10
                ),
            ],
        ),
        product_record(id="p-2", title="Noise Cancelling Earbuds", price=129, stock=0),
        live_room_record(
            id="room-1",
            creator_id="c-1",
            product_ids=["p-2", "p-1"],
            starts_at="2026-11-25T19:00:00+08:00",
            ends_at="2026-11-25T23:00:00+08:00",
        ),
        video_record(id="v-1", creator_id="c-1", product_ids=["p-1"], tags=["测评"]),
        flash_sale_record(
            id="fs-1",
            product_id="p-1",
            sku_id="s-50",
            live_room_id="room-1",
            price="99.90",
            quantity=100,
            per_user_limit=2,
            starts_at="2026-11-25T20:00:00+08:00",
            ends_at="2026-11-25T20:30:00+08:00",
        ),
    ]


async def test_import_stores_every_record_as_written(any_app: App, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "c.jsonl", small_catalog())
    report = await import_catalog(any_app, [path])
    assert report.ok and report.written
    assert counts(report) == {
        "creator": (1, 0, 0),
        "product": (2, 0, 0),
        "live_room": (1, 0, 0),
        "video": (1, 0, 0),
        "flash_sale": (1, 0, 0),
    }
    assert report.changed_product_ids == {"p-1", "p-2"}
    async with any_app.uow() as uow:
        p1 = await uow.catalog.get_product("p-1")
        room = await uow.catalog.get_live_room("room-1")
        sale = await uow.catalog.get_flash_sale("fs-1")
    assert p1 is not None and room is not None and sale is not None
    assert p1.price == Decimal("199.00") and p1.original_price == Decimal("299.00")
    # Attribute order is the seller's, on both backends (JSONB would sort object keys).
    assert list(p1.attributes) == ["适合肤质", "容量"]
    assert [(s.id, s.price, s.stock, s.label) for s in p1.skus] == [
        ("s-30", Decimal("199.00"), 20, "30ml / 白"),
        ("s-50", Decimal("259.00"), 10, "50ml / 白"),
    ]
    assert room.product_ids == ("p-2", "p-1")
    assert room.starts_at == datetime(2026, 11, 25, 11, 0, tzinfo=UTC)
    assert sale.price == Decimal("99.90") and sale.sku_id == "s-50" and sale.per_user_limit == 2


async def test_forward_references_within_the_file(any_app: App, tmp_path: Path) -> None:
    records = small_catalog()
    path = write_jsonl(tmp_path / "c.jsonl", list(reversed(records)))  # flash sale first
    report = await import_catalog(any_app, [path])
    assert report.ok, report.errors
    async with any_app.uow() as uow:
        assert (await uow.catalog.counts())["flash_sale"] == 1


async def test_references_to_records_already_stored(any_app: App, tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", small_catalog()[:3])
    assert (await import_catalog(any_app, [first])).ok
    second = write_jsonl(
        tmp_path / "b.jsonl",
        [
            live_room_record(id="room-2", creator_id="c-1", product_ids=["p-1", "p-2"]),
            flash_sale_record(id="fs-ok", product_id="p-1", sku_id="s-30", price="150.00"),
            flash_sale_record(id="fs-sku", product_id="p-1", sku_id="s-30", price="199.00"),
            flash_sale_record(id="fs-none", product_id="p-1", sku_id="s-99", price="9.90"),
        ],
    )
    report = await import_catalog(any_app, [second])
    assert report.errors == [
        f"{second}:3: flash_sale fs-sku: price: flash price 199.00 must be below the SKU price "
        "199.00",
        f"{second}:4: flash_sale fs-none: sku_id: product p-1 has no SKU s-99",
    ]
    assert not report.written
    fixed = write_jsonl(tmp_path / "c.jsonl", [live_room_record(id="room-2", creator_id="c-1")])
    assert (await import_catalog(any_app, [fixed])).ok


async def test_skip_invalid_imports_valid_records_and_cascades(
    any_app: App, tmp_path: Path
) -> None:
    path = write_jsonl(
        tmp_path / "c.jsonl",
        [
            creator_record(id="c-ok"),
            creator_record(id="c-bad", platform="weibo"),
            product_record(id="p-ok", creator_id="c-ok"),
            product_record(id="p-orphan", creator_id="c-bad"),
            live_room_record(id="room-bad", creator_id="c-ok", product_ids=["p-ok", "p-orphan"]),
            flash_sale_record(id="fs-bad", product_id="p-ok", live_room_id="room-bad"),
            flash_sale_record(id="fs-ok", product_id="p-ok"),
        ],
    )
    root = f"{path}:2: creator c-bad: platform: must be one of douyin, kuaishou, other, got 'weibo'"
    strict = await import_catalog(any_app, [path])
    assert not strict.written
    # Without --skip-invalid nothing is written, so only the root cause is worth reading.
    assert strict.errors == [root]
    report = await import_catalog(any_app, [path], skip_invalid=True)
    assert report.errors == [
        root,
        f"{path}:4: product p-orphan: creator_id: references invalid creator c-bad",
        f"{path}:5: live_room room-bad: product_ids: references invalid product p-orphan",
        f"{path}:6: flash_sale fs-bad: live_room_id: references invalid live_room room-bad",
    ]
    assert report.written and not report.ok
    assert counts(report) == {"creator": (1, 0, 0), "product": (1, 0, 0), "flash_sale": (1, 0, 0)}
    hashes = await all_hashes(any_app)
    assert {k: sorted(v) for k, v in hashes.items()} == {
        "creator": ["c-ok"],
        "product": ["p-ok"],
        "live_room": [],
        "video": [],
        "flash_sale": ["fs-ok"],
    }


async def test_upsert_updates_only_changed_records(
    any_app: App, tmp_path: Path, clock: FixedClock
) -> None:
    records = small_catalog()
    assert (await import_catalog(any_app, [write_jsonl(tmp_path / "a.jsonl", records)])).ok
    first_times = await updated_at(any_app, t.products)

    clock.advance(hours=1)
    records[2] = {**records[2], "price": "119.00", "stock": 5}
    report = await import_catalog(any_app, [write_jsonl(tmp_path / "b.jsonl", records)])
    assert report.ok
    assert counts(report)["product"] == (0, 1, 1)
    assert counts(report)["creator"] == (0, 0, 1)
    assert report.changed_product_ids == {"p-2"}
    times = await updated_at(any_app, t.products)
    assert times["p-1"] == first_times["p-1"]
    assert times["p-2"] == TEST_NOW + timedelta(hours=1)
    async with any_app.uow() as uow:
        p2 = await uow.catalog.get_product("p-2")
    assert p2 is not None and (p2.price, p2.stock) == (Decimal("119.00"), 5)


async def test_importing_the_same_file_twice_changes_nothing(
    any_app: App, tmp_path: Path, clock: FixedClock
) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", small_catalog())
    assert (await import_catalog(any_app, [path])).ok
    before = (await export_text(any_app), await updated_at(any_app, t.products))
    clock.advance(days=1)
    again = await import_catalog(any_app, [path])
    assert again.ok and not again.changed and again.changed_product_ids == set()
    assert all(c.unchanged == c.total for c in again.counts.values())
    assert (await export_text(any_app), await updated_at(any_app, t.products)) == before


async def test_same_instant_in_another_offset_is_unchanged(any_app: App, tmp_path: Path) -> None:
    records = small_catalog()
    assert (await import_catalog(any_app, [write_jsonl(tmp_path / "a.jsonl", records)])).ok
    records[3] = {
        **records[3],
        "starts_at": "2026-11-25T11:00:00Z",
        "ends_at": "2026-11-25T15:00:00+00:00",
    }
    report = await import_catalog(any_app, [write_jsonl(tmp_path / "b.jsonl", records)])
    assert counts(report)["live_room"] == (0, 0, 1)


async def test_changed_skus_keep_their_rows_and_room_lists_are_replaced(
    any_app: App, tmp_path: Path
) -> None:
    records = small_catalog()[:4]
    assert (await import_catalog(any_app, [write_jsonl(tmp_path / "a.jsonl", records)])).ok
    async with any_app.uow() as uow:
        before = await uow.catalog.get_product("p-1")
    assert before is not None and before.skus
    old_ids = [s.id for s in before.skus]
    records[1] = {
        **records[1],
        "stock": 7,
        "skus": [sku_record(id="s-100", attributes={"容量": "100ml"}, price="399", stock=7)],
    }
    records[3] = {**records[3], "product_ids": ["p-1"]}
    report = await import_catalog(any_app, [write_jsonl(tmp_path / "b.jsonl", records)])
    assert report.ok
    async with any_app.uow() as uow:
        p1 = await uow.catalog.get_product("p-1")
        room = await uow.catalog.get_live_room("room-1")
        rows = {
            r: active
            for r, active in await uow.session.execute(select(t.skus.c.id, t.skus.c.active))
        }
    assert p1 is not None and room is not None
    # The file's SKUs are the ones offered; the dropped ones keep their rows (and ids) for
    # the orders and held units that refer to them, inactive.
    assert [s.id for s in p1.active_skus] == ["s-100"]
    assert rows == {"s-100": True, **dict.fromkeys(old_ids, False)}
    assert p1.available == 7
    assert room.product_ids == ("p-1",)


async def test_export_import_round_trip(any_app: App, other_app: App, tmp_path: Path) -> None:
    source = tmp_path / "synth.jsonl"
    with source.open("w", encoding="utf-8") as fh:
        write_synthetic_catalog(fh, 300, seed=3, now=TEST_NOW)
    assert (await import_catalog(any_app, [source])).ok

    exported = tmp_path / "export.jsonl"
    exported.write_text(await export_text(any_app), encoding="utf-8")
    again = await import_catalog(any_app, [exported])
    assert again.ok and not again.changed  # the export says exactly what was imported

    into_empty = await import_catalog(other_app, [exported])
    assert into_empty.ok and into_empty.counts["product"].inserted == 300
    assert await export_text(other_app) == exported.read_text(encoding="utf-8")
    assert await all_hashes(other_app) == await all_hashes(any_app)


async def test_bad_last_line_leaves_the_database_exactly_as_it_was(
    any_app: App, tmp_path: Path
) -> None:
    first = tmp_path / "first.jsonl"
    with first.open("w", encoding="utf-8") as fh:
        write_synthetic_catalog(fh, 1500, seed=1, now=TEST_NOW)
    assert (await import_catalog(any_app, [first])).ok
    before = (await export_text(any_app), await all_hashes(any_app))

    # Same ids, different content (updates) plus new records, and one bad line at the very end.
    second = tmp_path / "second.jsonl"
    with second.open("w", encoding="utf-8") as fh:
        write_synthetic_catalog(fh, 2500, seed=2, now=TEST_NOW)
        fh.write('{"type": "video", "id": "v-bad", "creator_id": "syn-c0000"}\n')
    n_lines = sum(1 for _ in second.open(encoding="utf-8"))
    assert n_lines > 2500

    report = await import_catalog(any_app, [second])
    assert not report.written
    assert report.errors == [
        f"{second}:{n_lines}: video v-bad: title: missing required field",
        f"{second}:{n_lines}: video v-bad: published_at: missing required field",
        f"{second}:{n_lines}: video v-bad: product_ids: missing required field",
    ]
    assert (await export_text(any_app), await all_hashes(any_app)) == before


async def test_unknown_fields_are_kept_and_exported(any_app: App, tmp_path: Path) -> None:
    extra = {"颜色": "黑", "weight_kg": 1.5, "meta": {"batch": 7, "tags": ["a"]}}
    path = write_jsonl(
        tmp_path / "a.jsonl",
        [creator_record(id="c-1", tiktok="xm"), product_record(id="p-1", **extra)],
    )
    report = await import_catalog(any_app, [path])
    assert report.ok
    assert report.warnings == [
        f"{path}:1: creator c-1: tiktok: unknown field, kept as extra data",
        f"{path}:2: product p-1: 颜色: unknown field, kept as extra data",
        f"{path}:2: product p-1: weight_kg: unknown field, kept as extra data",
        f"{path}:2: product p-1: meta: unknown field, kept as extra data",
    ]
    async with any_app.uow() as uow:
        product = await uow.catalog.get_product("p-1")
    assert product is not None and product.extra == extra
    exported = tmp_path / "export.jsonl"
    exported.write_text(await export_text(any_app), encoding="utf-8")
    assert '"weight_kg": 1.5' in exported.read_text(encoding="utf-8")
    again = await import_catalog(any_app, [exported])
    assert again.ok and not again.changed


async def test_csv_products_import_like_jsonl(any_app: App, tmp_path: Path) -> None:
    skus = [
        sku_record(id="s1", price="59.90", stock=2),
        sku_record(id="s2", price="69.90", stock=3),
    ]
    csv_path = write_csv(
        tmp_path / "products.csv",
        ["type", "id", "title", "category", "price", "stock", "skus", "tags", "brand", "status"],
        [
            [
                "product",
                "p-1",
                "【爆款】唇釉, 显白",
                "美妆/彩妆",
                "59.90",
                "5",
                skus,
                ["显白"],
                None,
                None,
            ],
            [
                None,
                "p-2",
                'Lip "Gloss"',
                "Beauty/Makeup",
                "19",
                "0",
                None,
                None,
                "3CE",
                "off_shelf",
            ],
        ],
    )
    report = await import_catalog(any_app, [csv_path])
    assert report.ok, report.errors
    assert counts(report) == {"product": (2, 0, 0)}
    # The same products written as JSONL are recognised as unchanged.
    jsonl = write_jsonl(
        tmp_path / "same.jsonl",
        [
            {
                "type": "product",
                "id": "p-1",
                "title": "【爆款】唇釉, 显白",
                "category": "美妆/彩妆",
                "price": 59.9,
                "stock": 5,
                "skus": skus,
                "tags": ["显白"],
            },
            {
                "type": "product",
                "id": "p-2",
                "title": 'Lip "Gloss"',
                "category": "Beauty/Makeup",
                "price": "19.00",
                "stock": 0,
                "brand": "3CE",
                "status": "off_shelf",
                "currency": "CNY",
            },
        ],
    )
    again = await import_catalog(any_app, [jsonl])
    assert counts(again) == {"product": (0, 0, 2)}


async def test_product_update_must_stay_above_stored_open_flash_sales(
    any_app: App, tmp_path: Path, clock: FixedClock
) -> None:
    records = small_catalog()  # fs-1: SKU s-50 at 99.90, 20:00-20:30 +08:00, upcoming at now
    assert (await import_catalog(any_app, [write_jsonl(tmp_path / "a.jsonl", records)])).ok
    cheaper = {
        **records[1],
        "price": "89.00",
        "stock": 20,
        "skus": [sku_record(id="s-30", attributes={}, price="89.00", stock=20)],
    }
    path = write_jsonl(tmp_path / "b.jsonl", [cheaper])
    report = await import_catalog(any_app, [path])
    # fs-1 sells SKU s-50 only, so it is checked against that SKU, not the product price.
    assert report.errors == [
        f"{path}:1: product p-1: skus: drops SKU s-50, which flash sale fs-1 still sells",
    ]
    # Once the sale is over, the product may be priced freely.
    clock.set(datetime(2026, 11, 25, 13, 0, tzinfo=UTC))
    assert (await import_catalog(any_app, [path])).ok


async def test_dry_run_reports_changes_and_writes_nothing(any_app: App, tmp_path: Path) -> None:
    records = small_catalog()
    assert (await import_catalog(any_app, [write_jsonl(tmp_path / "a.jsonl", records)])).ok
    before = await export_text(any_app)
    records[2] = {**records[2], "stock": 9}
    records.append(product_record(id="p-new"))
    path = write_jsonl(tmp_path / "b.jsonl", records)
    report = await import_catalog(any_app, [path], dry_run=True)
    assert report.ok and report.dry_run and not report.written
    assert counts(report)["product"] == (1, 1, 1)
    assert report.summary().startswith("would import: 1 creator (0 new, 0 updated, 1 unchanged)")
    assert await export_text(any_app) == before
