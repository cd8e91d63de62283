"""Offline evaluation of search (nDCG@10, MRR@10, Recall@50) and Q&A on a labeled dataset.

A dataset folder holds `products.jsonl` (catalog interchange format), `queries.jsonl`
(`{"id", "text", "tags"?}`), `qrels.tsv` (`query_id  product_id  grade`, grades 0–3) and
optionally `qa.jsonl` (`{"id", "product_id", "question", "answerable", "expected": [...]}`).
The catalog is imported into a throw-away data dir and indexed from scratch, so the figures hold
for catalogs nobody tuned for.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from retrieval.components import Retrieval
from retrieval.fusion import Mode

MODES: tuple[Mode, ...] = ("bm25", "dense", "hybrid")


# ---- metrics ------------------------------------------------------------------------------------
def dcg(gains: Sequence[float]) -> float:
    return sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(gains))


def ndcg_at(ranked: Sequence[str], grades: Mapping[str, int], k: int = 10) -> float:
    """Normalised DCG with exponential gains (2^grade − 1)."""
    ideal = dcg(sorted((g for g in grades.values() if g > 0), reverse=True)[:k])
    if ideal == 0:
        return 0.0
    return dcg([grades.get(pid, 0) for pid in ranked[:k]]) / ideal


def mrr_at(ranked: Sequence[str], grades: Mapping[str, int], k: int = 10) -> float:
    for i, pid in enumerate(ranked[:k]):
        if grades.get(pid, 0) > 0:
            return 1.0 / (i + 1)
    return 0.0


def recall_at(ranked: Sequence[str], grades: Mapping[str, int], k: int = 50) -> float:
    relevant = {pid for pid, g in grades.items() if g > 0}
    if not relevant:
        return 0.0
    return len(relevant & set(ranked[:k])) / len(relevant)


@dataclass
class Scores:
    ndcg: float = 0.0
    mrr: float = 0.0
    recall: float = 0.0
    n: int = 0

    def add(self, ndcg: float, mrr: float, recall: float) -> None:
        self.ndcg += ndcg
        self.mrr += mrr
        self.recall += recall
        self.n += 1

    def as_dict(self) -> dict[str, float | int]:
        n = max(self.n, 1)
        return {
            "ndcg@10": round(self.ndcg / n, 4),
            "mrr@10": round(self.mrr / n, 4),
            "recall@50": round(self.recall / n, 4),
            "queries": self.n,
        }


@dataclass
class ModeReport:
    overall: Scores = field(default_factory=Scores)
    by_tag: dict[str, Scores] = field(default_factory=lambda: defaultdict(Scores))
    per_query: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.overall.as_dict(),
            "by_tag": {tag: s.as_dict() for tag, s in sorted(self.by_tag.items())},
        }


def read_qrels(path: Path) -> dict[str, dict[str, int]]:
    """`qid pid grade` (tab/space separated; TREC `qid 0 pid grade` also accepted)."""
    qrels: dict[str, dict[str, int]] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or line.startswith("#"):
            continue
        if len(parts) == 4:
            qid, _, pid, grade = parts
        elif len(parts) == 3:
            qid, pid, grade = parts
        else:
            continue
        try:
            qrels[qid][pid] = int(grade)
        except ValueError:
            continue  # header line
    return dict(qrels)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("//"):
            out.append(json.loads(line))
    return out


def dataset_now(products: Path, explicit: datetime | None) -> datetime | None:
    """The eval clock: `--now`, else the products file's `// anchor: ISO` line."""
    if explicit is not None:
        return explicit
    with products.open("rb") as fh:
        first = fh.readline().decode("utf-8", "replace").strip()
    if first.startswith("//") and "anchor:" in first:
        try:
            at = datetime.fromisoformat(first.split("anchor:", 1)[1].strip())
            return at if at.tzinfo else None
        except ValueError:
            return None
    return None


def score_queries(
    rankings: Mapping[str, Sequence[str]],
    queries: Iterable[Mapping[str, Any]],
    qrels: Mapping[str, Mapping[str, int]],
) -> ModeReport:
    report = ModeReport()
    for q in queries:
        qid = str(q["id"])
        grades = qrels.get(qid)
        if not grades or not any(g > 0 for g in grades.values()):
            continue
        ranked = rankings.get(qid, [])
        n, m, r = ndcg_at(ranked, grades), mrr_at(ranked, grades), recall_at(ranked, grades)
        report.overall.add(n, m, r)
        report.per_query[qid] = n
        for tag in q.get("tags") or ():
            report.by_tag[str(tag)].add(n, m, r)
    return report


def qa_correct(item: Mapping[str, Any], answer_text: str, answerable: bool) -> bool:
    if not item.get("answerable", True):
        return not answerable
    expected = [str(e).lower() for e in item.get("expected") or []]
    text = answer_text.lower()
    return answerable and all(e in text for e in expected)


# ---- running ------------------------------------------------------------------------------------
async def evaluate_loaded(
    retrieval: Retrieval,
    dataset: Path,
    *,
    modes: Sequence[Mode] = MODES,
    now: datetime | None = None,
    products: int = 0,
    import_errors: Sequence[str] = (),
) -> dict[str, Any]:
    """Run a dataset's queries and Q&A items against a store that already holds its catalog
    (the composition root loads it into a scratch data dir); a JSON-able report."""
    queries = read_jsonl(dataset / "queries.jsonl") if (dataset / "queries.jsonl").exists() else []
    qrels = read_qrels(dataset / "qrels.tsv") if (dataset / "qrels.tsv").exists() else {}
    search = retrieval.search_service()
    result: dict[str, Any] = {
        "dataset": str(dataset),
        "now": now.isoformat() if now else None,
        "products": products,
        "import_errors": list(import_errors)[:20],
        "modes": {},
    }
    for mode in modes:
        rankings: dict[str, list[str]] = {}
        for q in queries:
            res = await search.search(str(q["text"]), k=50, mode=mode)
            rankings[str(q["id"])] = [h.product.id for h in res.hits]
        result["modes"][mode] = score_queries(rankings, queries, qrels).as_dict()
    qa_path = dataset / "qa.jsonl"
    if qa_path.exists():
        qa = retrieval.qa_service()
        items = read_jsonl(qa_path)
        counts = {"answerable": [0, 0], "unanswerable": [0, 0]}
        failures = []
        for item in items:
            ans = await qa.answer(str(item["product_id"]), str(item["question"]))
            key = "answerable" if item.get("answerable", True) else "unanswerable"
            ok = qa_correct(item, ans.answer, ans.answerable)
            counts[key][0] += int(ok)
            counts[key][1] += 1
            if not ok:
                failures.append(
                    {
                        "id": item.get("id"),
                        "question": item["question"],
                        "answer": ans.answer,
                        "answerable": ans.answerable,
                    }
                )
        result["qa"] = {
            "answered_correctly": _ratio(*counts["answerable"]),
            "refused_correctly": _ratio(*counts["unanswerable"]),
            "answerable": counts["answerable"][1],
            "unanswerable": counts["unanswerable"][1],
            "failures": failures,
        }
    return result


def _ratio(ok: int, total: int) -> float:
    return round(ok / total, 4) if total else 0.0
