"""`daihuo link`: deep links for creators."""

from __future__ import annotations

from pathlib import Path

import pytest

from daihuo.cli import main


def test_link_prints_a_deep_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
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
