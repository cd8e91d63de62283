"""Write the evaluation sets (`eval/sample`, `eval/holdout`) from the hand-judged sources.

Run: `.venv/bin/python eval/build_eval.py` after `python -m catalog.sample.build_sample`.
Checks every judgment against the catalog (ids exist, price/live constraints hold at the anchor,
sold-out ≤ 1, off-shelf = 0, Q&A facts occur in the product's data) and refuses to write on error.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from _common import Catalog, Query, check_queries, load_catalog, write_qa, write_set

from catalog.sample.build_sample import check

HERE = Path(__file__).resolve().parent


def grounding_errors(items: list[dict], cat: Catalog, catalog_path: Path) -> list[str]:
    """Every expected fact of an answerable item must occur in the product or its flash sales."""
    sales: dict[str, list[str]] = {}
    for line in catalog_path.read_text(encoding="utf-8").splitlines():
        if line.startswith("//") or not line.strip():
            continue
        r = json.loads(line)
        if r["type"] == "flash_sale":
            sales.setdefault(r["product_id"], []).append(json.dumps(r, ensure_ascii=False))
    errors = []
    for i, it in enumerate(items, start=1):
        p = cat.products.get(it["product_id"])
        if p is None:
            continue
        blob = json.dumps(p, ensure_ascii=False) + " ".join(sales.get(p["id"], []))
        for fact in it["expected"]:
            if fact.lower() not in blob.lower():
                errors.append(f"qa #{i} {it['question']!r}: {fact!r} not in {p['id']}")
    return errors


def build(name: str, queries: list[Query], qa: list[dict], prefix: str) -> list[str]:
    out = HERE / name
    products = out / "products.jsonl"
    cat = load_catalog(products)
    errors = check_queries(queries, cat) + grounding_errors(qa, cat, products)
    if errors:
        return [f"{name}: {e}" for e in errors]
    write_set(out, queries, cat)
    errors = write_qa(out / "qa.jsonl", qa, cat, prefix)
    tags = Counter(
        t
        for line in (out / "queries.jsonl").open(encoding="utf-8")
        for t in json.loads(line)["tags"]
    )
    unans = sum(1 for x in qa if not x["answerable"])
    print(
        f"{name}: {len(queries)} queries, {sum(len(q.grades) for q in queries)} judgments, "
        f"tags {dict(sorted(tags.items()))}; {len(qa)} Q&A ({unans} unanswerable)"
    )
    return errors


def main() -> int:
    import sample_qa
    import sample_queries

    sys.path.insert(0, str(HERE / "holdout"))
    import holdout_data
    import holdout_products

    bad = check(holdout_products.records())
    if bad:
        print("\n".join(f"holdout catalog: {e}" for e in bad), file=sys.stderr)
        return 2
    text = "\n".join(
        [holdout_products.ANCHOR_COMMENT]
        + [json.dumps(r, ensure_ascii=False) for r in holdout_products.records()]
    )
    (HERE / "holdout" / "products.jsonl").write_text(text + "\n", encoding="utf-8")

    errors = build("sample", sample_queries.QUERIES, sample_qa.QA, "qa")
    errors += build("holdout", holdout_data.QUERIES, holdout_data.QA, "hqa")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
