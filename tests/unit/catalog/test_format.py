"""The interchange format parser and serialiser on their own (no database)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from catalog.format import (
    CatalogParser,
    ExistingCatalog,
    content_hash,
    shift_times,
    to_record,
)
from catalog.model import FlashSale, LiveRoom, Product, ProductStatus
from catalog.services import sample_anchor
from tests.factories.catalog import (
    creator_record,
    flash_sale_record,
    live_room_record,
    product_record,
    sku_record,
)


def lines(*records: dict[str, Any] | str) -> list[bytes]:
    return [
        (r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)).encode() + b"\n"
        for r in records
    ]


def parse(*records: dict[str, Any] | str, existing: ExistingCatalog | None = None) -> CatalogParser:
    parser = CatalogParser()
    parser.feed("f.jsonl", lines(*records))
    parser.resolve(existing or ExistingCatalog())
    return parser


def only_product(parser: CatalogParser) -> Product:
    assert parser.errors == []
    (record,) = parser.valid["product"].values()
    product: Product = record.obj
    return product


def test_minimal_product_gets_the_documented_defaults() -> None:
    product = only_product(
        parse(
            {
                "type": "product",
                "id": "p-1",
                "title": "耳机",
                "category": "数码",
                "price": 1,
                "stock": 0,
            }
        )
    )
    assert product.price == Decimal("1.00")
    assert (product.currency, product.status, product.return_policy) == (
        "CNY",
        ProductStatus.ON_SALE,
        "7day_no_reason",
    )
    assert product.skus == () and product.extra == {}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('"199"', "199.00"),
        ("199", "199.00"),
        ("19.99", "19.99"),
        ('"0.10"', "0.10"),
        ("1.50", "1.50"),
    ],
)
def test_money_is_exact_from_strings_and_numbers(raw: str, expected: str) -> None:
    line = (
        '{"type": "product", "id": "p-1", "title": "t", "category": "c", "stock": 1, '
        f'"price": {raw}}}'
    )
    product = only_product(parse(line))
    assert isinstance(product.price, Decimal) and str(product.price) == expected


def test_blank_lines_comments_and_bom_are_ignored() -> None:
    parser = CatalogParser()
    data = lines(product_record(id="p-1"))
    parser.feed("f.jsonl", [b"\xef\xbb\xbf// exported by the shop\n", b"\n", b"   \n", *data])
    parser.resolve(ExistingCatalog())
    assert parser.errors == [] and list(parser.valid["product"]) == ["p-1"]


def test_times_keep_their_instant_and_hash_ignores_the_offset() -> None:
    a = parse(creator_record(id="c-1"), live_room_record(id="r", creator_id="c-1"))
    b = parse(
        creator_record(id="c-1"),
        live_room_record(
            id="r",
            creator_id="c-1",
            starts_at="2026-11-25T12:00:00Z",
            ends_at="2026-11-25T15:00:00+00:00",
        ),
    )
    room_a: LiveRoom = a.valid["live_room"]["r"].obj
    room_b: LiveRoom = b.valid["live_room"]["r"].obj
    assert room_a.starts_at == datetime(2026, 11, 25, 12, tzinfo=UTC) == room_b.starts_at
    assert content_hash(room_a) == content_hash(room_b)


def test_hash_changes_with_content_not_with_key_order() -> None:
    record = product_record(id="p-1")
    reordered = dict(reversed(list(record.items())))
    h1 = content_hash(only_product(parse(record)))
    assert content_hash(only_product(parse(reordered))) == h1
    assert content_hash(only_product(parse({**record, "stock": 49}))) != h1
    assert content_hash(only_product(parse({**record, "note": "x"}))) != h1
    # Attribute order is what shoppers see, so reordering attributes is a change.
    two = {**record, "attributes": {"颜色": "黑", "续航": "30小时"}}
    swapped = {**record, "attributes": {"续航": "30小时", "颜色": "黑"}}
    assert content_hash(only_product(parse(two))) != content_hash(only_product(parse(swapped)))


def test_to_record_writes_the_spec_shape() -> None:
    product = only_product(
        parse(
            product_record(
                id="p-1",
                price=59.9,
                original_price=None,
                stock=3,
                skus=[sku_record(id="s", price="59.9", stock=3)],
                zz_note="kept",
                aa_note=2.5,
            )
        )
    )
    out = to_record(product, timezone(timedelta(hours=8)))
    assert out["price"] == "59.90" and out["skus"][0]["price"] == "59.90"
    assert "original_price" not in out and "description" not in out
    assert list(out)[:3] == ["type", "id", "title"]
    assert list(out)[-2:] == ["aa_note", "zz_note"]  # unknown fields last, by name
    assert out["aa_note"] == 2.5


def test_flash_sale_times_are_written_in_the_requested_zone() -> None:
    parser = parse(product_record(id="p-1"), flash_sale_record(id="fs", product_id="p-1"))
    sale: FlashSale = parser.valid["flash_sale"]["fs"].obj
    assert to_record(sale, UTC)["starts_at"] == "2026-11-25T12:30:00+00:00"
    assert to_record(sale, timezone(timedelta(hours=8)))["starts_at"] == "2026-11-25T20:30:00+08:00"


def test_references_outside_lists_only_ids_the_import_does_not_define() -> None:
    parser = CatalogParser()
    parser.feed(
        "f.jsonl",
        lines(
            product_record(id="p-1", creator_id="c-db"),
            live_room_record(id="r", creator_id="c-db", product_ids=["p-1", "p-db"]),
            flash_sale_record(id="fs", product_id="p-db"),
        ),
    )
    outside = parser.references_outside()
    assert outside["creator"] == {"c-db"} and outside["product"] == {"p-db"}
    assert parser.flash_sale_products_outside() == {"p-db"}


def test_csv_cells_empty_means_absent_and_unknown_columns_warn() -> None:
    parser = CatalogParser()
    csv_text = (
        "\ufeffid,title,category,price,stock,brand,attributes,colour\n"
        'p-1,"Earbuds, black",Electronics/Audio,99,3,,"{""Colour"": ""Black""}",black\n'
    )
    parser.feed(
        "p.csv", [ln.encode() for ln in csv_text.splitlines(keepends=True)], csv_format=True
    )
    parser.resolve(ExistingCatalog())
    product = only_product(parser)
    assert product.title == "Earbuds, black" and product.brand is None
    assert product.attributes == {"Colour": "Black"} and product.extra == {"colour": "black"}
    assert [str(w) for w in parser.warnings] == [
        "p.csv:2: product p-1: colour: unknown field, kept as extra data"
    ]


def test_csv_row_with_too_many_cells_is_an_error() -> None:
    parser = CatalogParser()
    parser.feed("p.csv", [b"id,title,category,price,stock\n", b"p-1,a,c,1,1,b\n"], csv_format=True)
    assert [str(e) for e in parser.errors] == [
        "p.csv:2: product -: -: 6 cells but the header has 5 columns"
    ]


def test_shift_times_moves_only_time_fields() -> None:
    record = live_room_record(id="r", title="2026-11-25T20:00:00+08:00")
    shifted = shift_times(record, timedelta(days=2))
    assert shifted["starts_at"] == "2026-11-27T20:00:00+08:00"
    assert shifted["ends_at"] == "2026-11-27T23:00:00+08:00"
    assert shifted["title"] == record["title"]


def test_sample_anchor_comment() -> None:
    assert sample_anchor(b"// anchor: 2026-01-01T20:00:00+08:00\n") == datetime(
        2026, 1, 1, 12, tzinfo=UTC
    )
    assert sample_anchor(b'{"type": "creator"}\n') is None
    assert sample_anchor(b"// anchor: 2026-01-01T20:00:00\n") is None  # no offset: not usable


def test_a_file_without_records_is_warned_about_not_silently_accepted() -> None:
    parser = CatalogParser()
    parser.feed("empty.jsonl", [b"// exported by the shop\n", b"\n"])
    parser.feed("good.jsonl", lines(creator_record(id="c-1")))
    assert [str(w) for w in parser.warnings] == ["empty.jsonl:0: - -: -: no records in this file"]
    assert not parser.errors


@pytest.mark.parametrize("extra", [{"attributes": None}, {"skus": None}, {"skus": [1, None]}])
def test_an_unknown_field_shaped_like_a_product_field_is_hashed_as_given(
    extra: dict[str, Any],
) -> None:
    # Found by the never-partial property test: a creator line with `"attributes": null`
    # crashed the hash instead of being kept as an unknown field.
    parser = parse(creator_record(id="c-1", **extra))
    creator = parser.valid["creator"]["c-1"].obj
    assert content_hash(creator) != content_hash(
        parse(creator_record(id="c-1")).valid["creator"]["c-1"].obj
    )
