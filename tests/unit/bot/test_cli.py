"""`daihuo link`: deep links for creators."""

from __future__ import annotations

from pathlib import Path

import pytest

from daihuo.cli import main
from tests.factories.catalog import product_record, write_jsonl


def test_link_prints_a_deep_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    catalog = write_jsonl(tmp_path / "c.jsonl", [product_record(id="sku:shop.cn:9")])
    assert main(["--data-dir", str(tmp_path), "catalog", "import", str(catalog)]) == 0
    capsys.readouterr()
    code = main(
        ["--data-dir", str(tmp_path), "link", "product", "sku:shop.cn:9", "--bot", "@daihuo_bot"]
    )
    assert code == 0
    assert (
        capsys.readouterr().out.strip()
        == "https://t.me/daihuo_bot?start=product-c2t1OnNob3AuY246OQ"
    )


def test_link_refuses_a_bad_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(tmp_path), "link", "live", "has space", "--bot", "daihuo_bot"])
    assert code == 2
    assert "not a catalog id" in capsys.readouterr().err


def test_link_refuses_an_id_that_does_not_exist(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 12: `daihuo link` printed links for ids that don't exist."""
    code = main(["--data-dir", str(tmp_path), "link", "product", "no-such", "--bot", "daihuo_bot"])
    assert code == 2
    err = capsys.readouterr()
    assert "no product with id 'no-such'" in err.err and err.out == ""
