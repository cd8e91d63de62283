"""Shared helpers for the evaluation-set builders: load a catalog, check judgments, write files."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Query:
    text: str
    tags: list[str]
    grades: dict[str, int]
    max_price: Decimal | None = None
    min_price: Decimal | None = None
    live: bool = False


@dataclass
class Catalog:
    anchor: datetime
    products: dict[str, dict[str, Any]] = field(default_factory=dict)
    live_now: set[str] = field(default_factory=set)
    effective: dict[str, Decimal] = field(default_factory=dict)


def Q(text: str, tags: str, grades: str, **checks: Any) -> Query:
    """`grades` is "pid:grade pid:grade …"; `checks` (max_price/min_price/live) are verified."""
    parsed: dict[str, int] = {}
    for item in grades.split():
        pid, g = item.rsplit(":", 1)
        if pid in parsed:
            raise ValueError(f"{text}: {pid} judged twice")
        parsed[pid] = int(g)

    def price(key: str) -> Decimal | None:
        return Decimal(str(checks[key])) if key in checks else None

    unknown = set(checks) - {"max_price", "min_price", "live"}
    if unknown:
        raise ValueError(f"{text}: unknown checks {unknown}")
    return Query(
        text,
        tags.split(),
        parsed,
        max_price=price("max_price"),
        min_price=price("min_price"),
        live=bool(checks.get("live", False)),
    )


def load_catalog(path: Path) -> Catalog:
    lines = path.read_text(encoding="utf-8").splitlines()
    anchor = datetime.fromisoformat(lines[0].split("anchor:", 1)[1].strip())
    cat = Catalog(anchor)
    records = [json.loads(x) for x in lines if x.strip() and not x.startswith("//")]
    for r in records:
        if r["type"] == "product":
            cat.products[r["id"]] = r
            cat.effective[r["id"]] = Decimal(r["price"])
    for r in records:
        start = datetime.fromisoformat(r.get("starts_at", "1970-01-01T00:00:00+00:00"))
        end = datetime.fromisoformat(r.get("ends_at", "1970-01-01T00:00:01+00:00"))
        running = start <= anchor < end
        if r["type"] == "live_room" and running:
            cat.live_now.update(r["product_ids"])
        if r["type"] == "flash_sale" and running and "sku_id" not in r:
            pid = r["product_id"]
            cat.effective[pid] = min(cat.effective[pid], Decimal(str(r["price"])))
    return cat


def check_queries(queries: list[Query], cat: Catalog) -> list[str]:
    errors: list[str] = []
    for i, q in enumerate(queries, start=1):
        where = f"q{i:03d} {q.text!r}"
        if not any(g >= 2 for g in q.grades.values()):
            errors.append(f"{where}: no product graded ≥ 2")
        for pid, g in q.grades.items():
            p = cat.products.get(pid)
            if p is None:
                errors.append(f"{where}: unknown product {pid}")
                continue
            if g not in (0, 1, 2, 3):
                errors.append(f"{where}: {pid} grade {g}")
            if g == 0:
                continue
            if p.get("status") == "off_shelf":
                errors.append(f"{where}: off-shelf {pid} graded {g} (must be 0)")
            if p["stock"] == 0 and g > 1:
                errors.append(f"{where}: sold-out {pid} graded {g} (cap is 1)")
            price = cat.effective[pid]
            if q.max_price is not None and price > q.max_price:
                errors.append(f"{where}: {pid} at {price} violates max {q.max_price}")
            if q.min_price is not None and price < q.min_price:
                errors.append(f"{where}: {pid} at {price} violates min {q.min_price}")
            if q.live and pid not in cat.live_now:
                errors.append(f"{where}: {pid} is not in a room live at the anchor")
    return errors


def lingual_tags(q: Query, cat: Catalog) -> list[str]:
    """Computed, not hand-set: `cross_lingual` when some product graded ≥ 2 is listed in the other
    language than the query, `xl_only` when every such product is (mixed queries get neither)."""
    has_zh = bool(_CJK.search(q.text))
    has_en = bool(
        re.search(r"[A-Za-z]{2,}", re.sub(r"iPhone|iPad|AirPods|SPF\d*|\d+[A-Za-z]+", "", q.text))
    )
    if has_zh and has_en:
        return []
    qlang = "zh-CN" if has_zh else "en"
    good = [cat.products[pid]["language"] for pid, g in q.grades.items() if g >= 2]
    other = [lang != qlang for lang in good]
    tags = ["cross_lingual"] if any(other) else []
    if other and all(other):
        tags.append("xl_only")
    return tags


def write_set(out: Path, queries: list[Query], cat: Catalog, prefix: str = "q") -> None:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "queries.jsonl").open("w", encoding="utf-8") as f:
        for i, q in enumerate(queries, start=1):
            tags = [t for t in q.tags if t != "cross_lingual"] + lingual_tags(q, cat)
            rec = {"id": f"{prefix}{i:03d}", "text": q.text, "tags": tags}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with (out / "qrels.tsv").open("w", encoding="utf-8") as f:
        for i, q in enumerate(queries, start=1):
            for pid, g in q.grades.items():
                f.write(f"{prefix}{i:03d}\t{pid}\t{g}\n")


def write_qa(path: Path, items: list[dict[str, Any]], cat: Catalog, prefix: str) -> list[str]:
    errors: list[str] = []
    with path.open("w", encoding="utf-8") as f:
        for i, item in enumerate(items, start=1):
            rec = {"id": f"{prefix}{i:03d}", **item}
            if rec["product_id"] not in cat.products:
                errors.append(f"{rec['id']}: unknown product {rec['product_id']}")
            if rec["answerable"] and not rec["expected"]:
                errors.append(f"{rec['id']}: answerable but no expected facts")
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return errors
