"""Acceptance of `daihuo catalog import/export` against the spec, with a catalog written from
the spec alone the way a merchant's export tool would write it (`merchant_catalog/`): a
Kuaishou jewelry and tea shop, every record type and optional field, flash sales before their
products, `Z` and `+08:00`, money as numbers and strings, comments and blank lines, CRLF, a
UTF-8 BOM, unknown fields, ids with `. : - _`, and an Excel CSV (BOM, quoted cells with commas
and newlines, JSON cells).

Every broken variant must give the exact `FILE:LINE: type id: field: reason` lines (lines
counted as an editor counts them), exit status 2 and an unchanged database."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from catalog.format import CatalogParser
from catalog.services import import_catalog
from daihuo.bootstrap import App
from daihuo.cli import main
from tests.factories.catalog import creator_record, product_record, write_csv, write_jsonl
from tests.integration.catalog.conftest import export_text

DATA = Path(__file__).parent / "merchant_catalog"  # not "data/": .gitignore has that
BOM = b"\xef\xbb\xbf"
COUNTS = {"creator": 3, "product": 39, "live_room": 2, "video": 3, "flash_sale": 4}
# Lines of merchant.jsonl as an editor shows them (comments and blank lines count).
LINE = {
    "fs:1212:jade-01": 4,
    "fs-tea_longjing": 5,
    "fs.pearl": 6,
    "v:0001": 10,
    "lr:tea-morning": 15,
    "jade.bangle-01": 17,
    "pearl-earring_07": 19,
    "tea-003": 24,
    "tea-029": 54,
    "c_tea-lady": 60,
    "c-other:01": 61,
}


@pytest.fixture(autouse=True)
def _no_search_index(no_search_index: None) -> None:
    """These tests are about the catalog alone."""


@pytest.fixture
def merchant(tmp_path: Path) -> tuple[Path, Path]:
    """The merchant's two files, copied byte for byte."""
    folder = tmp_path / "merchant"
    folder.mkdir()
    return (
        Path(shutil.copy(DATA / "merchant.jsonl", folder)),
        Path(shutil.copy(DATA / "products.csv", folder)),
    )


def merchant_lines() -> list[str]:
    raw = (DATA / "merchant.jsonl").read_bytes()
    assert raw.startswith(BOM) and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    return raw[len(BOM) :].decode("utf-8").split("\r\n")[:-1]


Edit = Callable[[dict[str, Any]], Any]


def broken(
    path: Path,
    edits: dict[str, Edit] | None = None,
    raw: Callable[[bytes], bytes] | None = None,
) -> Path:
    """The merchant file with the records named by id edited (BOM and CRLF kept), written to
    `path`. An edit changes the record in place, or returns the line's new text."""
    lines = merchant_lines()
    for rid, edit in (edits or {}).items():
        at = LINE[rid] - 1
        record = json.loads(lines[at])
        assert record["id"] == rid
        text = edit(record)
        lines[at] = text if isinstance(text, str) else json.dumps(record, ensure_ascii=False)
    data = BOM + ("\r\n".join(lines) + "\r\n").encode("utf-8")
    path.write_bytes(raw(data) if raw else data)
    return path


def alone(path: Path, rid: str, edit: Edit) -> Path:
    """One record of the merchant file, edited, as a file of its own."""
    record = json.loads(merchant_lines()[LINE[rid] - 1])
    edit(record)
    return write_jsonl(path, [record])


def put(field: str, value: Any) -> Edit:
    return lambda record: record.__setitem__(field, value)


def drop(field: str) -> Edit:
    return lambda record: record.pop(field) and None


def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(tmp_path / "data"), "catalog", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def problems(err: str, *paths: Path) -> list[str]:
    """Error lines, with the file's directory left out."""
    out = []
    for line in err.splitlines():
        for path in paths:
            if line.startswith(f"{path}:"):
                out.append(path.name + line[len(str(path)) :])
    return out


@pytest.fixture
def stored(tmp_path: Path, capsys: pytest.CaptureFixture[str], merchant: tuple[Path, Path]) -> str:
    """Import the merchant catalog through the CLI; the export of what is stored."""
    code, out, _ = cli(tmp_path, capsys, "import", *map(str, merchant))
    assert code == 0, out
    code, exported, _ = cli(tmp_path, capsys, "export")
    assert code == 0
    return exported


# ---- the good catalog -------------------------------------------------------------------------


@pytest.mark.postgres
async def test_merchant_catalog_imports_and_round_trips(
    any_app: App, other_app: App, merchant: tuple[Path, Path], tmp_path: Path
) -> None:
    report = await import_catalog(any_app, list(merchant))
    assert report.ok and report.written
    assert {t: c.inserted for t, c in report.counts.items()} == COUNTS
    jsonl = merchant[0]
    assert [w.replace(str(jsonl.parent) + "/", "") for w in report.warnings] == [
        "merchant.jsonl:4: flash_sale fs:1212:jade-01: campaign: unknown field, kept as extra data",
        "merchant.jsonl:10: video v:0001: views: unknown field, kept as extra data",
        "merchant.jsonl:17: product jade.bangle-01: 产地: unknown field, kept as extra data",
        "merchant.jsonl:17: product jade.bangle-01: supplier_code: unknown field, kept as "
        "extra data",
        "merchant.jsonl:59: creator c.jade-master: verified: unknown field, kept as extra data",
        "products.csv:2: product csv-tea-01: 备注: unknown field, kept as extra data",
    ]
    first = await export_text(any_app)
    records = {(r["type"], r["id"]): r for r in map(json.loads, first.splitlines())}
    assert len(records) == sum(COUNTS.values())
    # The Excel cells arrive intact: commas, quotes and newlines inside, JSON cells, BOM header.
    tea = records["product", "csv-tea-01"]
    assert tea["description"] == '第一行\n第二行, 有逗号\n"引号"内容'
    assert tea["shop"] == "茶香阁, 旗舰店"
    assert tea["skus"][1] == {
        "id": "200g",
        "attributes": {"规格": "200g"},
        "price": "168.00",
        "stock": 4,
    }
    assert "original_price" not in records["product", "csv-tea-02"]  # empty cell: absent
    # Money written as 88, 88.5, "88.50", 59.9 + i: exact cents.
    assert records["flash_sale", "fs-tea_longjing"]["price"] == "88.00"
    assert records["flash_sale", "fs.pearl"]["price"] == "88.50"
    assert records["product", "csv-jewel-03"]["price"] == "88.50"
    assert records["product", "jewel-002"]["price"] == "61.90"
    # `Z` and +08:00 are the same instants, shown in the configured zone.
    assert records["flash_sale", "fs-tea_longjing"]["starts_at"] == "2026-12-12T20:00:00+08:00"
    # Data that looks like instructions or markup is kept as written.
    assert "<script>" in records["product", "jade.bangle-01"]["description"]
    assert records["product", "jade.bangle-01"]["supplier_code"] == {"erp": "A-17"}
    # The export imports into an empty catalog and exports identically.
    path = tmp_path / "export.jsonl"
    path.write_text(first, encoding="utf-8")
    again = await import_catalog(other_app, [path])
    assert again.ok and {t: c.inserted for t, c in again.counts.items()} == COUNTS
    assert await export_text(other_app) == first
    # And the merchant's own files a second time change nothing.
    repeat = await import_catalog(any_app, list(merchant))
    assert {t: c.unchanged for t, c in repeat.counts.items()} == COUNTS
    assert not repeat.changed


def test_success_and_export_summaries_read_well(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], merchant: tuple[Path, Path]
) -> None:
    code, out, _ = cli(tmp_path, capsys, "import", *map(str, merchant))
    assert code == 0
    assert out.strip() == (
        "imported: 3 creators (3 new, 0 updated, 0 unchanged), 39 products (39 new, 0 updated, "
        "0 unchanged), 2 live rooms (2 new, 0 updated, 0 unchanged), 3 videos (3 new, 0 updated, "
        "0 unchanged), 4 flash sales (4 new, 0 updated, 0 unchanged)"
    )
    code, _, err = cli(tmp_path, capsys, "export", "--out", str(tmp_path / "out.jsonl"))
    assert code == 0
    assert "exported: 3 creators, 39 products, 2 live rooms, 3 videos, 4 flash sales" in err


# ---- broken variants: exact lines, exit 2, nothing written -----------------------------------

BROKEN: list[tuple[str, dict[str, Edit], list[str]]] = [
    (
        "stock_as_string",
        {"tea-003": put("stock", "12")},
        ["24: product tea-003: stock: expected an integer, got string '12'"],
    ),
    (
        "negative_price",
        {"tea-003": put("price", -1)},
        ["24: product tea-003: price: must be > 0, got -1"],
    ),
    (
        "three_decimals",
        {"tea-003": put("price", 1.999)},
        ["24: product tea-003: price: more than 2 decimals: 1.999"],
    ),
    (
        "boolean_stock",
        {"tea-003": put("stock", True)},
        ["24: product tea-003: stock: expected an integer, got boolean True"],
    ),
    (
        "description_20001",
        {"tea-003": put("description", "描" * 20001)},
        ["24: product tea-003: description: longer than 20000 characters (20001)"],
    ),
    (
        "time_without_offset",
        {"lr:tea-morning": put("starts_at", "2026-12-13T01:00:00")},
        [
            "15: live_room lr:tea-morning: starts_at: time has no UTC offset: "
            "'2026-12-13T01:00:00' (add e.g. +08:00 or Z)"
        ],
    ),
    (
        "ends_equal_starts_across_offsets",
        {"lr:tea-morning": put("ends_at", "2026-12-13T09:00:00+08:00")},
        ["15: live_room lr:tea-morning: ends_at: must be after starts_at"],
    ),
    (
        "dangling_references",
        {
            "tea-003": put("creator_id", "c-nobody"),
            "fs.pearl": put("live_room_id", "lr-ghost"),
        },
        [
            "6: flash_sale fs.pearl: live_room_id: unknown live_room lr-ghost (not in this "
            "import or the catalog)",
            "24: product tea-003: creator_id: unknown creator c-nobody (not in this import or "
            "the catalog)",
        ],
    ),
    (
        "sku_stock_not_summing",
        {"jade.bangle-01": put("stock", 8)},
        ["17: product jade.bangle-01: stock: 8 is not the sum of the SKU stock (7)"],
    ),
    (
        "flash_price_not_below",
        {"fs.pearl": put("price", "99.50")},
        ["6: flash_sale fs.pearl: price: flash price 99.50 must be below the product price 99.50"],
    ),
    (
        "sku_of_another_product",
        {"fs:1212:jade-01": put("sku_id", "100g")},
        ["4: flash_sale fs:1212:jade-01: sku_id: product jade.bangle-01 has no SKU 100g"],
    ),
    (
        "type_missing_and_unknown",
        {"tea-003": drop("type"), "c-other:01": put("type", "shop")},
        [
            "24: - tea-003: type: missing record type",
            "61: - c-other:01: type: unknown record type 'shop' (expected one of creator, "
            "product, live_room, video, flash_sale)",
        ],
    ),
    (
        "array_instead_of_object",
        {"tea-029": lambda record: '["tea-029", 39]'},
        ["54: - -: -: a record must be a JSON object, got array"],
    ),
    (
        "several_at_once",
        {
            "tea-003": put("price", "1.999"),
            "c-other:01": put("followers", 1.5),
            "lr:tea-morning": drop("title"),
        },
        [
            "15: live_room lr:tea-morning: title: missing required field",
            "24: product tea-003: price: more than 2 decimals: 1.999",
            "61: creator c-other:01: followers: expected an integer, got number 1.5",
        ],
    ),
    # Regressions: each of these was wrong before the acceptance run.
    (
        "invalid_creator_reports_only_the_root_cause",  # was 23 lines of follow-up errors
        {"c_tea-lady": put("platform", "Kuaishou")},
        [
            "60: creator c_tea-lady: platform: must be one of douyin, kuaishou, other, "
            "got 'Kuaishou'"
        ],
    ),
    (
        "flash_sale_on_sku_checked_against_that_sku_only",  # was also "below the product price"
        {"fs:1212:jade-01": put("price", "1688")},
        [
            "4: flash_sale fs:1212:jade-01: price: flash price 1688.00 must be below the SKU "
            "price 1688.00"
        ],
    ),
    (
        "key_written_twice",  # the last value silently won
        {
            "tea-003": lambda r: json.dumps(r, ensure_ascii=False).replace(
                '"stock": 9', '"stock": -1, "stock": 9'
            ),
            "jade.bangle-01": lambda r: json.dumps(r, ensure_ascii=False).replace(
                '"颜色": "青白"', '"颜色": "青白", "颜色": "白"'
            ),
        },
        [
            "17: product jade.bangle-01: attributes.颜色: written twice in one record; keep only one",
            "24: product tea-003: stock: written twice in one record; keep only one",
        ],
    ),
    (
        "time_out_of_range",  # crashed with a traceback (OverflowError)
        {"lr:tea-morning": put("ends_at", "9999-12-31T23:00:00-08:00")},
        [
            "15: live_room lr:tea-morning: ends_at: time out of range: "
            "'9999-12-31T23:00:00-08:00' (the year must be 1900-9998)"
        ],
    ),
    (
        "faq_without_answer",  # said "must not be empty"
        {"pearl-earring_07": put("faqs", [{"q": "会掉色吗"}])},
        ["19: product pearl-earring_07: faqs[0].a: missing required field"],
    ),
    (
        "ids_say_what_is_wrong",  # all said only "invalid id" with a cut-off quote
        {
            "fs.pearl": put("id", ""),
            "tea-003": put("id", "tea 003"),
            "tea-029": put("id", "t" * 65),
        },
        [
            "6: flash_sale -: id: invalid id '': it is empty; use 1-64 characters from "
            "A-Z a-z 0-9 _ . : -",
            "24: product -: id: invalid id 'tea 003': a space is not allowed; use 1-64 "
            "characters from A-Z a-z 0-9 _ . : -",
            "54: product -: id: invalid id '" + "t" * 37 + "'…: it is 65 characters long; "
            "use 1-64 characters from A-Z a-z 0-9 _ . : -",
        ],
    ),
]


@pytest.mark.parametrize(("edits", "expected"), [c[1:] for c in BROKEN], ids=[c[0] for c in BROKEN])
def test_broken_merchant_file_is_reported_exactly_and_changes_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    stored: str,
    edits: dict[str, Edit],
    expected: list[str],
) -> None:
    # A valid change too, so a partial write would show in the export.
    path = broken(tmp_path / "broken.jsonl", {**edits, "v:0001": put("title", "改过的标题")})
    code, _, err = cli(tmp_path, capsys, "import", str(path))
    assert code == 2
    assert problems(err, path) == [f"broken.jsonl:{line}" for line in expected]
    assert "nothing imported: " in err
    assert cli(tmp_path, capsys, "export")[1] == stored


RAW_BREAKS: list[tuple[str, Callable[[bytes], bytes], list[str]]] = [
    (
        "truncated_last_line",
        lambda data: data[:-40],
        ["61: - -: -: not valid JSON: Unterminated string starting at (column 41)"],
    ),
    (
        # The column is counted in characters, as an editor shows it (was the byte offset, 71).
        "invalid_utf8_mid_file",
        lambda data: data.replace("第13号".encode(), b"\xff\xfe13"),
        [
            "36: - -: -: not valid UTF-8 (byte 0xff at column 57); save the file as UTF-8 "
            "(in Excel: CSV UTF-8)"
        ],
    ),
    (
        # Old Mac line ends (lone CR): the file was one comment line, silently importing nothing.
        "lone_cr_line_ends",
        lambda data: data.replace(b"\r\n", b"\r").replace(b'"stock": 9,', b'"stock": -9,'),
        ["24: product tea-003: stock: must be >= 0, got -9"],
    ),
]


@pytest.mark.parametrize(
    ("raw", "expected"), [c[1:] for c in RAW_BREAKS], ids=[c[0] for c in RAW_BREAKS]
)
def test_broken_bytes_are_reported_by_editor_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    stored: str,
    raw: Callable[[bytes], bytes],
    expected: list[str],
) -> None:
    path = broken(tmp_path / "broken.jsonl", {"v:0001": put("title", "改过的标题")}, raw)
    code, _, err = cli(tmp_path, capsys, "import", str(path))
    assert code == 2
    assert problems(err, path) == [f"broken.jsonl:{line}" for line in expected]
    assert cli(tmp_path, capsys, "export")[1] == stored


def test_duplicate_ids_across_two_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stored: str, merchant: tuple[Path, Path]
) -> None:
    second = write_jsonl(
        tmp_path / "second.jsonl",
        [product_record(id="tea-003"), creator_record(id="c_tea-lady")],
    )
    code, _, err = cli(tmp_path, capsys, "import", str(merchant[0]), str(second))
    assert code == 2
    assert problems(err, second) == [
        "second.jsonl:1: product tea-003: id: duplicate product id (first defined at "
        f"{merchant[0]}:24)",
        "second.jsonl:2: creator c_tea-lady: id: duplicate creator id (first defined at "
        f"{merchant[0]}:60)",
    ]
    assert cli(tmp_path, capsys, "export")[1] == stored


def test_skip_invalid_keeps_good_records_and_uses_the_stored_version_of_a_bad_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stored: str
) -> None:
    # The creator's new version is bad, but the catalog already has her: her 20 products and
    # the rooms and videos that list them are fine and must not be thrown away with her.
    path = broken(
        tmp_path / "update.jsonl",
        {
            "c_tea-lady": put("platform", "weibo"),
            "tea-003": put("title", "茶香阁 精选茶叶 第3号 新包装"),
            "tea-029": put("stock", -1),
        },
    )
    code, out, err = cli(tmp_path, capsys, "import", "--skip-invalid", str(path))
    assert code == 2
    assert problems(err, path) == [
        "update.jsonl:54: product tea-029: stock: must be >= 0, got -1",
        "update.jsonl:60: creator c_tea-lady: platform: must be one of douyin, kuaishou, other, "
        "got 'weibo'",
    ]
    assert "34 products (0 new, 1 updated, 33 unchanged)" in out
    assert "skipped 2 invalid records" in out
    after = cli(tmp_path, capsys, "export")[1]
    assert "茶香阁 精选茶叶 第3号 新包装" in after
    assert after.replace("茶香阁 精选茶叶 第3号 新包装", "茶香阁 精选茶叶 第3号") == stored


def test_flash_sale_on_a_dearer_sku_may_cost_more_than_the_headline_price(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stored: str
) -> None:
    # jade.bangle-01 is listed at 1688.00; its 58mm SKU costs 1788.00. 1700 is a real discount.
    path = broken(
        tmp_path / "sale.jsonl",
        {"fs:1212:jade-01": lambda r: r.update(sku_id="58mm", price="1700.00")},
    )
    code, out, err = cli(tmp_path, capsys, "import", str(path))
    assert (code, problems(err, path)) == (0, [])
    assert "4 flash sales (0 new, 1 updated, 3 unchanged)" in out


# ---- whole-file problems ----------------------------------------------------------------------


def test_utf16_file_is_one_clear_error(tmp_path: Path) -> None:
    text = "\r\n".join(merchant_lines()) + "\r\n"
    parser = CatalogParser()
    parser.feed("m.jsonl", [text.encode("utf-16")])
    assert [str(e) for e in parser.errors] == [
        "m.jsonl:1: - -: -: the file is UTF-16, not UTF-8; save the file as UTF-8 "
        "(in Excel: CSV UTF-8)"
    ]


def test_csv_without_a_required_column_is_one_header_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stored: str
) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        ["id", "title", "price", "stock"],
        [["x-1", "Tea", "10", "1"], ["x-2", "Tea 2", "-1", "1"]],
    )
    code, _, err = cli(tmp_path, capsys, "import", str(path))
    assert code == 2
    assert problems(err, path) == [
        "p.csv:1: - -: category: missing required column",
        "p.csv:3: product x-2: price: must be > 0, got -1",
    ]
    assert cli(tmp_path, capsys, "export")[1] == stored


def test_csv_quote_never_closed_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], stored: str
) -> None:
    path = tmp_path / "p.csv"
    path.write_bytes(
        BOM + 'id,title,category,price,stock\r\nx-1,"Tea,茶,10,1\r\nx-2,Tea,茶,10,1\r\n'.encode()
    )
    code, _, err = cli(tmp_path, capsys, "import", str(path))
    assert code == 2
    assert problems(err, path) == [
        'p.csv:2: - -: -: a quoted cell that starts here is never closed (missing ")'
    ]
    assert cli(tmp_path, capsys, "export")[1] == stored


@pytest.mark.postgres
async def test_stored_open_flash_sales_guard_only_the_price_they_discount(
    any_app: App, merchant: tuple[Path, Path], tmp_path: Path
) -> None:
    assert (await import_catalog(any_app, list(merchant))).ok  # sales are upcoming at TEST_NOW
    # fs:1212:jade-01 sells SKU 56mm at 1288.00: the bangle's headline price may drop below
    # that as long as the 56mm SKU stays dearer (was rejected).
    sku_sale = alone(tmp_path / "a.jsonl", "jade.bangle-01", put("price", "1200.00"))
    report = await import_catalog(any_app, [sku_sale])
    assert report.errors == [] and report.counts["product"].updated == 1
    # fs.pearl discounts the whole product to 88.50: the product price must stay above it.
    whole = alone(tmp_path / "b.jsonl", "pearl-earring_07", put("price", "80.00"))
    report = await import_catalog(any_app, [whole])
    assert report.errors == [
        f"{whole}:1: product pearl-earring_07: price: 80.00 is not above the price of flash "
        "sale fs.pearl (88.50) that has not ended"
    ]


def test_csv_json_cell_with_a_key_written_twice(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv",
        ["id", "title", "category", "price", "stock", "attributes"],
        [["x-1", "绿茶", "茶/绿茶", "10", "1", '{"产地": "杭州", "产地": "福建"}']],
    )
    parser = CatalogParser()
    parser.feed("p.csv", path.read_bytes().splitlines(keepends=True), csv_format=True)
    assert [str(e) for e in parser.errors] == [
        "p.csv:2: product x-1: attributes.产地: written twice in one record; keep only one"
    ]
