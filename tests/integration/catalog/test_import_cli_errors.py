"""Every kind of catalog error, through the real command line: exact message line, exit status 2,
and nothing written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from daihuo.cli import main
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


@pytest.fixture(autouse=True)
def _no_search_index(no_search_index: None) -> None:
    """These tests are about the catalog alone."""


def base_records() -> list[dict[str, Any]]:
    """Lines 1-3 of every case file: a creator, a plain product and a product with SKUs."""
    return [
        creator_record(id="c-1"),
        product_record(id="p-1", price="199.00", original_price="299.00", stock=50),
        product_record(
            id="p-2",
            price="199.00",
            original_price=None,
            stock=10,
            skus=[
                sku_record(id="s1", price="149.00", stock=5),
                sku_record(id="s2", price="219.00", stock=5),
            ],
        ),
    ]


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path / "data"), "catalog", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def error_lines(err: str, path: Path) -> list[str]:
    return [line for line in err.splitlines() if line.startswith(f"{path}:")]


def without(record: dict[str, Any], *names: str) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in names}


FS = {"product_id": "p-1", "price": "99.00"}
ROOM = {"creator_id": "c-1", "product_ids": ["p-1"]}
LONG_ID = "x" * 65

# (case, the record on line 4, the exact error lines after "FILE:4: ")
CASES: list[tuple[str, Any, list[str]]] = [
    (
        "missing_required_field",
        without(product_record(id="p-9"), "title"),
        ["product p-9: title: missing required field"],
    ),
    (
        "wrong_type",
        product_record(id="p-9", stock="50"),
        ["product p-9: stock: expected an integer, got string '50'"],
    ),
    (
        "boolean_is_not_an_integer",
        creator_record(id="c-9", followers=True),
        ["creator c-9: followers: expected an integer, got boolean True"],
    ),
    (
        "bad_id_characters",
        product_record(id="p 9"),
        [
            "product -: id: invalid id 'p 9': a space is not allowed; "
            "use 1-64 characters from A-Z a-z 0-9 _ . : -"
        ],
    ),
    (
        "id_too_long",
        product_record(id=LONG_ID),
        [
            "product -: id: invalid id '"
            + "x" * 37
            + "'…: it is 65 characters long; use 1-64 characters from A-Z a-z 0-9 _ . : -"
        ],
    ),
    (
        "duplicate_id_on_later_line",
        product_record(id="p-1"),
        ["product p-1: id: duplicate product id (first defined at line 2)"],
    ),
    (
        "string_too_long",
        product_record(id="p-9", title="长" * 201),
        ["product p-9: title: longer than 200 characters (201)"],
    ),
    (
        "empty_string",
        product_record(id="p-9", title="   "),
        ["product p-9: title: must not be empty"],
    ),
    (
        "unknown_enum_value",
        creator_record(id="c-9", platform="weibo"),
        ["creator c-9: platform: must be one of douyin, kuaishou, other, got 'weibo'"],
    ),
    (
        "unknown_status",
        product_record(id="p-9", status="deleted"),
        ["product p-9: status: must be one of on_sale, off_shelf, got 'deleted'"],
    ),
    (
        "negative_stock",
        product_record(id="p-9", stock=-1),
        ["product p-9: stock: must be >= 0, got -1"],
    ),
    (
        "quantity_not_positive",
        flash_sale_record(id="fs-9", **FS, quantity=0),
        ["flash_sale fs-9: quantity: must be > 0, got 0"],
    ),
    (
        "money_more_than_two_decimals",
        product_record(id="p-9", price="19.999"),
        ["product p-9: price: more than 2 decimals: 19.999"],
    ),
    (
        "money_not_positive",
        product_record(id="p-9", price="0", original_price=None),
        ["product p-9: price: must be > 0, got 0"],
    ),
    (
        "money_not_a_number",
        product_record(id="p-9", price="¥199"),
        ["product p-9: price: not a valid amount: '¥199'"],
    ),
    (
        "original_price_below_price",
        product_record(id="p-9", price="199.00", original_price="99.00"),
        ["product p-9: original_price: must be >= price (99.00 < 199.00)"],
    ),
    (
        "currency_not_iso_4217",
        product_record(id="p-9", currency="rmb"),
        [
            "product p-9: currency: not an ISO 4217 currency code (3 capital letters, "
            "e.g. CNY): 'rmb'"
        ],
    ),
    (
        "time_without_offset",
        live_room_record(id="room-9", **ROOM, starts_at="2026-11-25T20:00:00"),
        [
            "live_room room-9: starts_at: time has no UTC offset: '2026-11-25T20:00:00' "
            "(add e.g. +08:00 or Z)"
        ],
    ),
    (
        "time_not_iso_8601",
        video_record(id="v-9", creator_id="c-1", published_at="yesterday"),
        [
            "video v-9: published_at: not an ISO 8601 time: 'yesterday' "
            "(e.g. 2026-11-25T20:00:00+08:00)"
        ],
    ),
    (
        "room_ends_before_it_starts",
        live_room_record(id="room-9", **ROOM, ends_at="2026-11-25T19:00:00+08:00"),
        ["live_room room-9: ends_at: must be after starts_at"],
    ),
    (
        "flash_sale_ends_when_it_starts",
        flash_sale_record(
            id="fs-9", **FS, starts_at="2026-11-25T12:30:00Z", ends_at="2026-11-25T20:30:00+08:00"
        ),
        ["flash_sale fs-9: ends_at: must be after starts_at"],
    ),
    (
        "dangling_creator",
        product_record(id="p-9", creator_id="c-404"),
        ["product p-9: creator_id: unknown creator c-404 (not in this import or the catalog)"],
    ),
    (
        "dangling_product_in_cart",
        live_room_record(id="room-9", creator_id="c-1", product_ids=["p-1", "p-404"]),
        [
            "live_room room-9: product_ids: unknown product p-404 "
            "(not in this import or the catalog)"
        ],
    ),
    (
        "dangling_live_room",
        flash_sale_record(id="fs-9", **FS, live_room_id="room-404"),
        [
            "flash_sale fs-9: live_room_id: unknown live_room room-404 "
            "(not in this import or the catalog)"
        ],
    ),
    (
        "product_listed_twice_in_cart",
        live_room_record(id="room-9", creator_id="c-1", product_ids=["p-1", "p-1"]),
        ["live_room room-9: product_ids[1]: product p-1 is listed twice"],
    ),
    (
        "duplicate_sku_id",
        product_record(
            id="p-9",
            stock=10,
            skus=[sku_record(id="s1", stock=5), sku_record(id="s1", stock=5)],
        ),
        ["product p-9: skus[1].id: duplicate SKU id s1"],
    ),
    (
        "stock_is_not_the_sum_of_sku_stock",
        product_record(
            id="p-9",
            stock=11,
            skus=[sku_record(id="s1", stock=5), sku_record(id="s2", stock=5)],
        ),
        ["product p-9: stock: 11 is not the sum of the SKU stock (10)"],
    ),
    (
        "unknown_sku_field",
        product_record(id="p-9", stock=5, skus=[sku_record(id="s1", stock=5, colour="red")]),
        ["product p-9: skus[0].colour: unknown SKU field (allowed: id, attributes, price, stock)"],
    ),
    (
        "flash_price_not_below_product_price",
        flash_sale_record(id="fs-9", product_id="p-1", price="199.00"),
        ["flash_sale fs-9: price: flash price 199.00 must be below the product price 199.00"],
    ),
    (
        "flash_price_not_below_sku_price",
        flash_sale_record(id="fs-9", product_id="p-2", sku_id="s1", price="159.00"),
        ["flash_sale fs-9: price: flash price 159.00 must be below the SKU price 149.00"],
    ),
    (
        "sku_is_not_of_that_product",
        flash_sale_record(id="fs-9", product_id="p-2", sku_id="s-404", price="99.00"),
        ["flash_sale fs-9: sku_id: product p-2 has no SKU s-404"],
    ),
    (
        "attribute_value_not_a_string",
        product_record(id="p-9", attributes={"容量": 30}),
        ["product p-9: attributes.容量: expected a string, got integer"],
    ),
    (
        "bad_language_tag",
        product_record(id="p-9", language="中文"),
        ["product p-9: language: not a BCP 47 language tag (e.g. zh-CN, en): '中文'"],
    ),
    (
        "nul_character_in_text",
        product_record(id="p-9", title="耳机\x00"),
        ["product p-9: title: contains a NUL character"],
    ),
    (
        "unpaired_surrogate_escape",
        '{"type": "product", "id": "p-9", "title": "\\ud83d"}',
        ["- -: -: not valid JSON: unpaired surrogate escape (\\ud800-\\udfff)"],
    ),
    (
        "unknown_record_type",
        {"type": "shop", "id": "s-1"},
        [
            "- s-1: type: unknown record type 'shop' "
            "(expected one of creator, product, live_room, video, flash_sale)"
        ],
    ),
    (
        "missing_record_type",
        {"id": "x-1", "name": "小美"},
        ["- x-1: type: missing record type"],
    ),
    (
        "not_json",
        '{"type": "product", "id": "p-9",',
        ["- -: -: not valid JSON: Expecting property name enclosed in double quotes (column 33)"],
    ),
    (
        "not_a_json_object",
        '["product", "p-9"]',
        ["- -: -: a record must be a JSON object, got array"],
    ),
]


@pytest.mark.parametrize(("record", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_error_kind_is_reported_exactly_and_nothing_is_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], record: Any, expected: list[str]
) -> None:
    path = write_jsonl(tmp_path / "catalog.jsonl", [*base_records(), record])
    code, out, err = run(tmp_path, capsys, "import", str(path))
    assert code == 2
    assert error_lines(err, path) == [f"{path}:4: {line}" for line in expected]
    assert "nothing imported: 1 error in 1 record" in err
    # Nothing was written: the valid base records are not there either.
    code, out, _ = run(tmp_path, capsys, "stats")
    assert code == 0
    assert "products:    0" in out


def test_not_utf8_line_is_reported_by_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(tmp_path / "catalog.jsonl", base_records())
    with path.open("ab") as fh:
        fh.write(b'{"type": "creator", "id": "c-9", "name": "\xff\xfe", "platform": "douyin"}\n')
    code, _, err = run(tmp_path, capsys, "import", str(path))
    assert code == 2
    assert error_lines(err, path) == [
        f"{path}:4: - -: -: not valid UTF-8 (byte 0xff at column 43); "
        "save the file as UTF-8 (in Excel: CSV UTF-8)"
    ]


def test_all_errors_are_reported_at_once_in_file_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(
        tmp_path / "catalog.jsonl",
        [
            flash_sale_record(id="fs-1", product_id="p-1", price="250.00"),  # checked after p-1
            *base_records(),
            "// a comment, then a blank line",
            "",
            product_record(id="p-9", price="-5", stock=-1, currency="usd"),
            "not json",
        ],
    )
    code, _, err = run(tmp_path, capsys, "import", str(path))
    assert code == 2
    assert error_lines(err, path) == [
        f"{path}:1: flash_sale fs-1: price: flash price 250.00 must be below the product price "
        "199.00",
        f"{path}:7: product p-9: price: must be > 0, got -5",
        f"{path}:7: product p-9: currency: not an ISO 4217 currency code (3 capital letters, "
        "e.g. CNY): 'usd'",
        f"{path}:7: product p-9: stock: must be >= 0, got -1",
        f"{path}:8: - -: -: not valid JSON: Expecting value (column 1)",
    ]
    assert "nothing imported: 5 errors in 3 records" in err


def test_duplicate_across_files_names_the_first_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_jsonl(tmp_path / "a.jsonl", base_records())
    second = write_jsonl(tmp_path / "b.jsonl", [creator_record(id="c-1")])
    code, _, err = run(tmp_path, capsys, "import", str(first), str(second))
    assert code == 2
    assert error_lines(err, second) == [
        f"{second}:1: creator c-1: id: duplicate creator id (first defined at {first}:1)"
    ]


def test_csv_bad_cell_is_reported_with_its_csv_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(
        tmp_path / "products.csv",
        ["id", "title", "category", "price", "stock", "attributes", "skus"],
        [
            ["p-1", "降噪耳机", "数码/音频/耳机", "199.00", "3", {"颜色": "黑"}, None],
            # a description spanning two physical lines pushes the next record to line 5
            ["p-2", "Earbuds\nwith case", "Electronics/Audio", "99", "1.5", None, None],
            ["p-3", "口红", "美妆/彩妆/口红", "89", "2", "{not json", None],
        ],
    )
    code, _, err = run(tmp_path, capsys, "import", str(path))
    assert code == 2
    assert error_lines(err, path) == [
        f"{path}:3: product p-2: stock: expected an integer, got string '1.5'",
        f"{path}:5: product p-3: attributes: not valid JSON in this cell: "
        "Expecting property name enclosed in double quotes",
    ]


def test_unknown_field_is_a_warning_and_import_succeeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(
        tmp_path / "catalog.jsonl", [*base_records(), product_record(id="p-9", 颜色="黑")]
    )
    code, out, err = run(tmp_path, capsys, "import", str(path))
    assert code == 0
    assert f"warning: {path}:4: product p-9: 颜色: unknown field, kept as extra data" in err
    assert "imported: 1 creator (1 new, 0 updated, 0 unchanged)" in out
    assert "3 products (3 new, 0 updated, 0 unchanged)" in out


def test_skip_invalid_imports_the_rest_and_still_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(
        tmp_path / "catalog.jsonl", [*base_records(), product_record(id="p-9", stock=-1)]
    )
    code, out, err = run(tmp_path, capsys, "import", "--skip-invalid", str(path))
    assert code == 2
    assert error_lines(err, path) == [f"{path}:4: product p-9: stock: must be >= 0, got -1"]
    assert "2 products (2 new, 0 updated, 0 unchanged)" in out
    assert "skipped 1 invalid record" in out


def test_missing_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.jsonl"
    code, _, err = run(tmp_path, capsys, "import", str(missing))
    assert code == 2
    assert f"{missing}:0: - -: -: cannot read file: No such file or directory" in err
