"""Bounded input: every documented limit is a `FILE:LINE` error, checked before the work it
guards; every problem of one record is reported at once; error listings are capped per file."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from catalog import format as fmt
from catalog.format import CatalogParser, ExistingCatalog, OversizedLine, iter_file_lines
from tests.factories.catalog import (
    flash_sale_record,
    live_room_record,
    product_record,
    sku_record,
)


def parse_lines(raw: list[bytes], *, csv_format: bool = False) -> CatalogParser:
    parser = CatalogParser()
    parser.feed("f.csv" if csv_format else "f.jsonl", raw, csv_format=csv_format)
    parser.resolve(ExistingCatalog())
    return parser


def parse(*records: dict[str, Any] | str) -> CatalogParser:
    return parse_lines(
        [(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)).encode() + b"\n"
         for r in records]
    )  # fmt: skip


def reasons(parser: CatalogParser) -> list[tuple[int, str | None, str]]:
    return [(p.line, p.field, p.reason) for p in parser.errors]


def test_deep_json_is_an_error_not_a_recursion_error() -> None:
    for depth in (2_000, 100_000):
        parser = parse("[" * depth + "]" * depth)
        assert reasons(parser) == [(1, None, "nested more than 20 levels deep (the limit)")]
    # Brackets inside strings are text, not nesting.
    ok = parse(product_record(id="p-1", description="[" * 5000))
    assert ok.errors == [] and "p-1" in ok.valid["product"]


def test_deep_json_in_an_unknown_field_or_csv_cell() -> None:
    nested: Any = "x"
    for _ in range(25):
        nested = [nested]
    parser = parse(product_record(id="p-1", extra_stuff=nested))
    assert reasons(parser) == [(1, None, "nested more than 20 levels deep (the limit)")]
    header = "id,title,category,price,stock,attributes\n"
    cell = '"' + ("[" * 30 + "]" * 30) + '"'
    csv_parser = parse_lines([header.encode(), f"p-2,t,c,1,1,{cell}\n".encode()], csv_format=True)
    assert reasons(csv_parser) == [(2, "attributes", "nested more than 20 levels deep (the limit)")]


def test_too_many_skus_is_rejected_before_parsing_them() -> None:
    skus = [sku_record(id=f"s{i}", stock=1) for i in range(fmt.MAX_SKUS + 1)]
    parser = parse(product_record(id="p-1", skus=skus, stock=len(skus)))
    assert reasons(parser) == [(1, "skus", f"more than {fmt.MAX_SKUS} SKUs ({fmt.MAX_SKUS + 1})")]
    at_limit = [sku_record(id=f"s{i}", stock=1) for i in range(fmt.MAX_SKUS)]
    assert parse(product_record(id="p-2", skus=at_limit, stock=fmt.MAX_SKUS)).errors == []


@pytest.mark.parametrize(
    ("override", "field", "reason"),
    [
        (
            {"attributes": {f"k{i}": "v" for i in range(fmt.MAX_ATTRIBUTES + 1)}},
            "attributes",
            f"more than {fmt.MAX_ATTRIBUTES} attributes ({fmt.MAX_ATTRIBUTES + 1})",
        ),
        (
            {"attributes": {"颜色": "x" * (fmt.MAX_ATTRIBUTE_VALUE + 1)}},
            "attributes.颜色",
            f"longer than {fmt.MAX_ATTRIBUTE_VALUE} characters ({fmt.MAX_ATTRIBUTE_VALUE + 1})",
        ),
        (
            {"description": "字" * 20001},
            "description",
            "longer than 20000 characters (20001)",
        ),
        (
            {"faqs": [{"q": f"q{i}", "a": "a"} for i in range(fmt.MAX_FAQS + 1)]},
            "faqs",
            f"more than {fmt.MAX_FAQS} FAQs ({fmt.MAX_FAQS + 1})",
        ),
        (
            {"tags": [f"t{i}" for i in range(fmt.MAX_LIST_ITEMS + 1)]},
            "tags",
            f"more than {fmt.MAX_LIST_ITEMS} items ({fmt.MAX_LIST_ITEMS + 1})",
        ),
        (
            {
                "skus": [sku_record(id="a", attributes={f"k{i}": "v" for i in range(21)})],
                "stock": 10,
            },
            "skus[0].attributes",
            f"more than {fmt.MAX_SKU_ATTRIBUTES} attributes (21)",
        ),
    ],
)
def test_product_limits(override: dict[str, Any], field: str, reason: str) -> None:
    parser = parse(product_record(id="p-1", **override))
    assert (1, field, reason) in reasons(parser)


def test_a_room_lists_at_most_so_many_products() -> None:
    ids = [f"p{i}" for i in range(fmt.MAX_PRODUCT_IDS + 1)]
    parser = parse(live_room_record(id="r-1", creator_id="c-1", product_ids=ids))
    assert (
        1,
        "product_ids",
        f"more than {fmt.MAX_PRODUCT_IDS} products ({fmt.MAX_PRODUCT_IDS + 1})",
    ) in reasons(parser)


def test_an_oversized_line_is_never_read_into_memory(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    good = json.dumps(product_record(id="p-ok")).encode() + b"\n"
    path.write_bytes(good + b"x" * (3 * fmt.MAX_LINE_BYTES) + b"\n" + good.replace(b"p-ok", b"p-2"))
    lines = list(iter_file_lines(path))
    assert isinstance(lines[1], OversizedLine) and lines[1].size == 3 * fmt.MAX_LINE_BYTES + 1
    parser = CatalogParser()
    parser.feed(str(path), iter_file_lines(path))
    parser.resolve(ExistingCatalog())
    assert reasons(parser) == [(2, None, "line is longer than 1 MiB (3,145,729 bytes; the limit)")]
    assert set(parser.valid["product"]) == {"p-ok", "p-2"}


def test_a_big_csv_cell_is_an_error_and_the_rest_is_still_checked() -> None:
    header = b"id,title,category,price,stock,description\n"
    big = "x" * (fmt.MAX_CSV_CELL_CHARS + 1)
    rows = [f"p-1,t,c,1,1,{big}\n", f'p-2,t,c,1,1,"{big}"\n', "p-3,t,c,1,1,fine\n"]
    before = csv.field_size_limit()
    parser = parse_lines([header, *(r.encode() for r in rows)], csv_format=True)
    reason = f"a cell is longer than {fmt.MAX_CSV_CELL_CHARS} characters (the limit)"
    assert reasons(parser) == [(2, None, reason), (3, None, reason)]
    assert set(parser.valid["product"]) == {"p-3"}
    assert csv.field_size_limit() == before  # the process-wide limit is restored


def test_a_binary_file_is_one_error() -> None:
    parser = parse_lines([b"\x89PNG\r\n", b"\x00\x01\x02" * 1000 + b"\n"] * 50)
    assert reasons(parser) == [
        (
            1,
            None,
            "not a text file (it contains binary data); a catalog is UTF-8 JSON Lines (.jsonl) "
            "or CSV (.csv)",
        )
    ]


def test_errors_listed_per_file_are_capped_and_the_rest_counted() -> None:
    bad = [b"not json\n"] * (fmt.MAX_ERRORS_PER_FILE + 50)
    parser = CatalogParser()
    parser.feed("a.jsonl", bad)
    parser.feed("b.jsonl", [b"nope\n"])
    parser.resolve(ExistingCatalog())
    listed = [p for p in parser.errors if p.source == "a.jsonl"]
    assert len(listed) == fmt.MAX_ERRORS_PER_FILE and listed[-1].line == fmt.MAX_ERRORS_PER_FILE
    assert parser.omitted == {"a.jsonl": 50}
    assert parser.error_count == fmt.MAX_ERRORS_PER_FILE + 51
    assert parser.rejected == fmt.MAX_ERRORS_PER_FILE + 51


def test_every_problem_of_one_record_is_reported() -> None:
    parser = parse(
        flash_sale_record(
            id="fs-1", product_id="p-gone", price="0", quantity=0, starts_at="2026-12-10T21:00:00"
        ),
        live_room_record(
            id="r-1",
            creator_id="c-gone",
            product_ids=["p-gone"],
            starts_at="2026-12-10T21:00:00+08:00",
            ends_at="2026-12-10T20:00:00+08:00",
        ),
        product_record(id="p-2", price="10.00", original_price="12.00", stock=1, skus=None),
        flash_sale_record(
            id="fs-2", product_id="p-2", sku_id="nope", live_room_id="r-gone", price="1.00"
        ),
    )
    got = reasons(parser)
    unknown = "(not in this import or the catalog)"
    assert got == [
        (1, "price", "must be > 0, got 0"),
        (1, "quantity", "must be > 0, got 0"),
        (
            1,
            "starts_at",
            "time has no UTC offset: '2026-12-10T21:00:00' (add e.g. +08:00 or Z)",
        ),
        (1, "product_id", f"unknown product p-gone {unknown}"),
        (2, "ends_at", "must be after starts_at"),
        (2, "creator_id", f"unknown creator c-gone {unknown}"),
        (2, "product_ids", f"unknown product p-gone {unknown}"),
        (4, "live_room_id", f"unknown live_room r-gone {unknown}"),
        (4, "sku_id", "product p-2 has no SKU nope"),
    ]
    assert parser.rejected == 3
