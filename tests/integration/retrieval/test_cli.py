"""`daihuo search | ask | index | eval` as a user runs them (in-process, real everything)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from daihuo import migrate
from daihuo.bootstrap import bootstrap
from daihuo.cli import main
from ground.clock import FixedClock
from ground.settings import Settings
from tests.factories.catalog import creator_record, product_record, write_jsonl
from tests.integration.retrieval import catalog_fixture as cat
from tests.integration.retrieval.seed import seed


@pytest.fixture
def data_dir(tmp_path: Path, clock: FixedClock) -> Path:
    """A data dir with the fixture catalog (not yet indexed)."""
    path = tmp_path / "cli-data"

    async def prepare() -> None:
        app = bootstrap(Settings(_env_file=None, data_dir=path), clock=clock)  # type: ignore[call-arg]
        await migrate.upgrade(app.engine)
        await seed(app, creators=cat.creators(), products=cat.products())
        await app.aclose()

    asyncio.run(prepare())
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_indexes_on_first_use(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--data-dir", str(data_dir), "search", "防晒 150以内", "--json")
    assert code == 0 and "indexing" in err
    result = json.loads(out)
    assert result["query"] == "防晒 150以内"
    assert result["filters"]["max_price"] == "150"
    ids = [r["product_id"] for r in result["results"]]
    assert set(ids[:2]) == {"p-sunscreen-zh", "p-sunscreen-en"}
    assert all(isinstance(r["price"], str) for r in result["results"])


def test_search_queries_file_one_json_per_line(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queries = write_jsonl(
        tmp_path / "q.jsonl", [{"id": "a", "text": "口红"}, {"id": "b", "text": "phone case"}]
    )
    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "search", "--queries", str(queries), "--json"
    )
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [line["id"] for line in lines] == ["a", "b"]
    assert lines[0]["results"][0]["product_id"] == "p-lipstick"
    assert lines[1]["results"][0]["product_id"] == "p-case"


def test_ask_answers_and_refuses(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "ask", "p-earbuds-zh", "续航多久", "--json"
    )
    answer = json.loads(out)
    assert code == 0 and answer["answerable"] and "30小时" in answer["answer"]
    assert answer["sources"][0]["label"] == "续航"
    questions = write_jsonl(
        tmp_path / "qa.jsonl",
        [{"id": "x", "product_id": "p-earbuds-zh", "question": "does it have a warranty?"}],
    )
    code, out, _ = run(
        capsys, "--data-dir", str(data_dir), "ask", "--questions", str(questions), "--json"
    )
    line = json.loads(out)
    assert code == 0 and line["id"] == "x" and line["answerable"] is False
    code, _, err = run(capsys, "--data-dir", str(data_dir), "ask", "no-such-product", "多少钱")
    assert code == 1 and "no-such-product" in err


def test_index_and_verify_exit_codes(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "index", "--verify", "--json")
    assert code == 1 and len(json.loads(out)["missing"]) == 7
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "index", "--json")
    assert code == 0 and json.loads(out)["added"] == 7
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "index", "--verify")
    assert code == 0 and "index OK" in out


def test_eval_on_a_tiny_labeled_dataset(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ds = tmp_path / "ds"
    ds.mkdir()
    write_jsonl(
        ds / "products.jsonl",
        [
            creator_record(id="c-1"),
            product_record(id="e1", title="降噪蓝牙耳机", creator_id="c-1"),
            product_record(
                id="s1",
                title="清透防晒霜 SPF50",
                category="美妆/护肤/防晒",
                attributes={},
                faqs=[],
                tags=[],
            ),
            product_record(
                id="s2",
                title="Sunscreen Lotion SPF30",
                category="Beauty/Sunscreen",
                attributes={},
                faqs=[],
                tags=[],
            ),
        ],
    )
    write_jsonl(
        ds / "queries.jsonl", [{"id": "q1", "text": "sunscreen", "tags": ["en", "cross_lingual"]}]
    )
    (ds / "qrels.tsv").write_text("q1\ts2\t3\nq1\ts1\t2\n", encoding="utf-8")
    write_jsonl(
        ds / "qa.jsonl",
        [
            {
                "id": "a1",
                "product_id": "e1",
                "question": "续航多久",
                "answerable": True,
                "expected": ["30小时"],
            },
            {
                "id": "a2",
                "product_id": "e1",
                "question": "保修多久",
                "answerable": False,
                "expected": [],
            },
        ],
    )
    code, out, _ = run(
        capsys, "--data-dir", str(tmp_path / "unused"), "eval", "--dataset", str(ds), "--json"
    )
    report = json.loads(out)
    assert code == 0 and set(report["modes"]) == {"bm25", "dense", "hybrid"}
    hybrid = report["modes"]["hybrid"]
    assert hybrid["ndcg@10"] == pytest.approx(1.0) and hybrid["recall@50"] == 1.0
    assert hybrid["by_tag"]["cross_lingual"]["queries"] == 1
    assert report["qa"]["answered_correctly"] == 1.0 and report["qa"]["refused_correctly"] == 1.0
