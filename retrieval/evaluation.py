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
            # Per query, so two runs can be compared query by query (`--json`).
            "per_query": {qid: round(n, 4) for qid, n in sorted(self.per_query.items())},
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


def qa_correct(
    item: Mapping[str, Any], answer_text: str, answerable: bool, polarity: str | None = None
) -> bool:
    """Right answer (or right refusal): every `expected` string occurs in the answer, and a
    yes/no item's `polarity` equals the answer's typed yes/no."""
    if not item.get("answerable", True):
        return not answerable
    expected = [str(e).lower() for e in item.get("expected") or []]
    text = answer_text.lower()
    if not answerable or not all(e in text for e in expected):
        return False
    want = item.get("polarity")
    return want is None or want == polarity


def qa_outcome(
    item: Mapping[str, Any], answer_text: str, answerable: bool, polarity: str | None = None
) -> str:
    """`right` (answered correctly), `refused_right` (declined an unanswerable item),
    `missed` (declined an answerable one) or `wrong` (answered, but not correctly — including
    any answer to an unanswerable item)."""
    if not item.get("answerable", True):
        return "wrong" if answerable else "refused_right"
    if not answerable:
        return "missed"
    return "right" if qa_correct(item, answer_text, answerable, polarity) else "wrong"


@dataclass
class QACounts:
    answerable: int = 0
    unanswerable: int = 0
    right: int = 0
    refused_right: int = 0
    missed: int = 0
    wrong: int = 0

    def add(self, item: Mapping[str, Any], outcome: str) -> None:
        if item.get("answerable", True):
            self.answerable += 1
        else:
            self.unanswerable += 1
        setattr(self, outcome, getattr(self, outcome) + 1)

    def as_dict(self) -> dict[str, float | int]:
        items = self.answerable + self.unanswerable
        return {
            "items": items,
            "answerable": self.answerable,
            "unanswerable": self.unanswerable,
            "answered_correctly": _ratio(self.right, self.answerable),
            "refused_correctly": _ratio(self.refused_right, self.unanswerable),
            "wrong_answers": self.wrong,
            "wrong_answer_rate": _ratio(self.wrong, items),
        }


def score_qa(
    items: Iterable[Mapping[str, Any]], outcomes: Mapping[str, str]
) -> tuple[QACounts, dict[str, QACounts]]:
    """Overall and per-tag Q&A counts from each item's outcome (`qa_outcome`)."""
    overall = QACounts()
    by_tag: dict[str, QACounts] = defaultdict(QACounts)
    for item in items:
        outcome = outcomes.get(str(item.get("id")))
        if outcome is None:
            continue
        overall.add(item, outcome)
        for tag in item.get("tags") or ():
            by_tag[str(tag)].add(item, outcome)
    return overall, dict(by_tag)


def _is_nothing_query(q: Mapping[str, Any], grades: Mapping[str, int] | None) -> bool:
    """A query nothing in the catalog answers: tagged `nothing`, or judged with no grade > 0."""
    if "nothing" in (q.get("tags") or ()):
        return True
    return grades is not None and bool(grades) and not any(g > 0 for g in grades.values())


@dataclass
class HonestyReport:
    """Whether search says "nothing matches" when (and only when) that is true, and whether
    it keeps the query's price constraint."""

    nothing_queries: int = 0
    nothing_said: int = 0  # of the nothing queries, how many search answered "nothing matches"
    judged_queries: int = 0
    false_nothing: int = 0  # of the answerable queries, how many got "nothing matches"
    price_queries: int = 0
    price_violations: int = 0  # hits shown as matches whose price breaks the query's bound

    def as_dict(self) -> dict[str, Any]:
        return {
            "nothing_queries": self.nothing_queries,
            "nothing_said_honestly": _ratio(self.nothing_said, self.nothing_queries),
            "false_nothing_rate": _ratio(self.false_nothing, self.judged_queries),
            "price_constraint_queries": self.price_queries,
            "price_violations": self.price_violations,
        }


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
        honesty = HonestyReport()
        for q in queries:
            qid = str(q["id"])
            res = await search.search(str(q["text"]), k=50, mode=mode)
            grades = qrels.get(qid)
            # "Nothing matches" is a claim: the alternatives shown after it are not matches, so
            # for ranking metrics the engine returned nothing.
            rankings[qid] = [] if res.nothing_matches else [h.product.id for h in res.hits]
            if _is_nothing_query(q, grades):
                honesty.nothing_queries += 1
                honesty.nothing_said += int(res.nothing_matches)
            elif grades:
                honesty.judged_queries += 1
                honesty.false_nothing += int(res.nothing_matches)
            f = res.query.filters
            if f.min_price is not None or f.max_price is not None:
                honesty.price_queries += 1
                if not res.nothing_matches:
                    honesty.price_violations += sum(
                        1
                        for h in res.hits[:10]
                        if (f.min_price is not None and h.effective_price < f.min_price)
                        or (f.max_price is not None and h.effective_price > f.max_price)
                    )
        report = score_queries(rankings, queries, qrels).as_dict()
        report["honesty"] = honesty.as_dict()
        result["modes"][mode] = report
    qa_path = dataset / "qa.jsonl"
    if qa_path.exists():
        qa = retrieval.qa_service()
        items = read_jsonl(qa_path)
        outcomes: dict[str, str] = {}
        failures = []
        for item in items:
            ans = await qa.answer(str(item["product_id"]), str(item["question"]))
            outcome = qa_outcome(item, ans.answer, ans.answerable, ans.polarity)
            outcomes[str(item.get("id"))] = outcome
            if outcome in ("missed", "wrong"):
                failures.append(
                    {
                        "id": item.get("id"),
                        "question": item["question"],
                        "answer": ans.answer,
                        "answerable": ans.answerable,
                        "polarity": ans.polarity,
                        "outcome": outcome,
                    }
                )
        overall, by_tag = score_qa(items, outcomes)
        result["qa"] = {
            **overall.as_dict(),
            "by_tag": {tag: c.as_dict() for tag, c in sorted(by_tag.items())},
            "failures": failures,
        }
    return result


def _ratio(ok: int, total: int) -> float:
    return round(ok / total, 4) if total else 0.0
