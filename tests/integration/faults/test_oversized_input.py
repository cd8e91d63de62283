"""Every oversized or hostile catalog input, through `daihuo catalog import`: its documented
`FILE:LINE` error, exit status 2, nothing written, and never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from catalog import format as fmt
from daihuo.cli import main
from tests.factories.catalog import product_record, sku_record


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def cases(tmp: Path) -> list[tuple[Path, str]]:
    product = json.dumps(product_record(id="p-ok")).encode()
    many_skus = product_record(
        id="p-big", stock=100_000, skus=[sku_record(id=f"s{i}", stock=1) for i in range(100_000)]
    )
    return [
        (
            write(tmp / "deep.jsonl", b"[" * 100_000 + b"]" * 100_000 + b"\n" + product + b"\n"),
            "deep.jsonl:1: - -: -: nested more than 20 levels deep (the limit)",
        ),
        (
            write(tmp / "skus.jsonl", json.dumps(many_skus).encode() + b"\n"),
            "skus.jsonl:1: - -: -: line is longer than 1 MiB",
        ),
        (
            write(
                tmp / "skus-small.jsonl",
                json.dumps(
                    product_record(
                        id="p-501",
                        stock=501,
                        skus=[sku_record(id=f"s{i}", stock=1) for i in range(501)],
                    )
                ).encode(),
            ),
            "skus-small.jsonl:1: product p-501: skus: more than 500 SKUs (501)",
        ),
        (
            write(
                tmp / "cell.csv",
                b"id,title,category,price,stock,description\np-1,t,c,1,1,"
                + b"x" * (fmt.MAX_CSV_CELL_CHARS + 10)
                + b"\n",
            ),
            "cell.csv:2: - -: -: a cell is longer than 262144 characters (the limit)",
        ),
        (
            write(tmp / "photo.jsonl", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64),
            "photo.jsonl:1: - -: -: not a text file (it contains binary data)",
        ),
        (
            write(tmp / "garbage.jsonl", b"not json at all\n" * 5000),
            "garbage.jsonl: … 4900 more errors (not listed)",
        ),
    ]


def test_each_limit_is_its_documented_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], no_search_index: None
) -> None:
    data = tmp_path / "data"
    for path, expected in cases(tmp_path):
        code = main(["--data-dir", str(data), "catalog", "import", str(path)])
        err = capsys.readouterr().err
        assert code == 2, err
        assert expected in err, err[:2000]
        assert "Traceback" not in err and "nothing imported" in err
        assert len(err.splitlines()) <= fmt.MAX_ERRORS_PER_FILE + 2
    main(["--data-dir", str(data), "catalog", "stats"])
    assert "products:    0" in capsys.readouterr().out
