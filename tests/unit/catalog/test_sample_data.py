"""The hand-curated sample catalog and the evaluation sets stay valid and in sync."""

from __future__ import annotations

import copy
import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from catalog.format import CatalogParser, ExistingCatalog, iter_file_lines
from catalog.sample import build_sample

ROOT = Path(__file__).resolve().parents[3]
EVAL = ROOT / "eval"
SETS = [EVAL / "sample", EVAL / "holdout"]


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def products_of(dataset: Path) -> dict[str, dict]:
    records = [
        json.loads(x)
        for x in (dataset / "products.jsonl").read_text(encoding="utf-8").splitlines()
        if x.strip() and not x.startswith("//")
    ]
    return {r["id"]: r for r in records if r["type"] == "product"}


def test_sample_tables_pass_every_format_rule() -> None:
    assert build_sample.check(build_sample.all_records()) == []


def test_checker_rejects_a_flash_price_not_below_the_product_price() -> None:
    records = copy.deepcopy(build_sample.all_records())
    sale = next(r for r in records if r["type"] == "flash_sale" and "sku_id" not in r)
    product = next(r for r in records if r["type"] == "product" and r["id"] == sale["product_id"])
    sale["price"] = product["price"]
    assert any("not below product price" in e for e in build_sample.check(records))


def test_committed_files_match_the_tables() -> None:
    text = build_sample.render(build_sample.all_records())
    assert build_sample.OUT.read_text(encoding="utf-8") == text
    assert (EVAL / "sample" / "products.jsonl").read_text(encoding="utf-8") == text
    assert text.splitlines()[0] == "// anchor: 2026-01-01T20:00:00+08:00"


@pytest.mark.parametrize("dataset", SETS, ids=lambda p: p.name)
def test_the_real_parser_accepts_the_catalog(dataset: Path) -> None:
    parser = CatalogParser()
    parser.feed_jsonl(str(dataset / "products.jsonl"), iter_file_lines(dataset / "products.jsonl"))
    assert not any(parser.references_outside().values())
    parser.resolve(ExistingCatalog())
    assert [str(e) for e in parser.errors] == []
    assert parser.warnings == []


def test_sample_catalog_has_the_promised_mix() -> None:
    products = products_of(EVAL / "sample")
    langs = Counter(p["language"] for p in products.values())
    assert len(products) >= 300
    assert 0.25 <= langs["en"] / len(products) <= 0.4
    assert len({p["category"].split("/")[0] for p in products.values()}) >= 12
    assert sum(1 for p in products.values() if 2 <= len(p.get("faqs", [])) <= 5) >= 100
    assert all(p["attributes"] for p in products.values())


@pytest.mark.parametrize(
    ("dataset", "min_queries", "min_qa"),
    [(SETS[0], 100, 60), (SETS[1], 50, 30)],
    ids=["sample", "holdout"],
)
def test_eval_set_is_consistent(dataset: Path, min_queries: int, min_qa: int) -> None:
    products = products_of(dataset)
    queries = read_jsonl(dataset / "queries.jsonl")
    ids = [q["id"] for q in queries]
    assert len(ids) == len(set(ids)) >= min_queries
    with (dataset / "qrels.tsv").open(encoding="utf-8") as f:
        rows = list(csv.reader(f, delimiter="\t"))
    assert {qid for qid, _, _ in rows} == set(ids)
    assert all(pid in products and grade in "0123" for _, pid, grade in rows)
    assert len({(q, p) for q, p, _ in rows}) == len(rows)
    qa = read_jsonl(dataset / "qa.jsonl")
    assert len(qa) >= min_qa
    assert all(item["product_id"] in products for item in qa)
    assert sum(not item["answerable"] for item in qa) >= len(qa) / 4
    assert all(item["expected"] for item in qa if item["answerable"])
