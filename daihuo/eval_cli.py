"""`daihuo eval`: load a labelled dataset into a scratch store and score search and Q&A.

It lives in the composition root because it builds a whole throw-away application (schema,
catalog import, index) around the dataset; the metrics themselves are `retrieval.evaluation`.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from daihuo import migrate
from daihuo.bootstrap import App, bootstrap
from ground.clock import FixedClock, SystemClock
from ground.settings import Settings

EXIT_OK = 0
EXIT_USAGE = 2


def register(sub: Any) -> None:
    p = sub.add_parser("eval", help="evaluate search and Q&A on a labeled dataset folder")
    p.add_argument("--dataset", type=Path, required=True)
    p.add_argument("--mode", choices=["bm25", "dense", "hybrid", "all"], default="all")
    p.add_argument("--now", help="evaluation clock, ISO 8601 with offset")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_eval, needs_db=False)


async def evaluate(
    dataset: Path,
    *,
    base: Settings,
    modes: Any = None,
    now: datetime | None = None,
    progress: bool = False,
) -> dict[str, Any]:
    """Import, index and evaluate a dataset in a temporary data dir; a JSON-able report."""
    from catalog.services import import_catalog
    from retrieval.evaluation import MODES, dataset_now, evaluate_loaded
    from retrieval.indexing import sync_index

    products = dataset / "products.jsonl"
    at = dataset_now(products, now)
    with tempfile.TemporaryDirectory(prefix="daihuo-eval-") as tmp:
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            data_dir=Path(tmp),
            embedding_model=base.embedding_model,
            default_language=base.default_language,
        )
        app = bootstrap(settings, clock=FixedClock(at) if at else SystemClock())
        try:
            await migrate.upgrade(app.engine)
            imported = await import_catalog(app, [products], skip_invalid=True, progress=progress)
            index = await sync_index(app.retrieval, progress=progress)
            return await evaluate_loaded(
                app.retrieval,
                dataset,
                modes=modes or MODES,
                now=at,
                products=index.total,
                import_errors=list(imported.errors),
            )
        finally:
            await app.aclose()


def _err(message: str) -> None:
    print(f"daihuo: {message}", file=sys.stderr)


async def cmd_eval(app: App, args: argparse.Namespace) -> int:
    from retrieval.evaluation import MODES

    dataset: Path = args.dataset
    if not (dataset / "products.jsonl").exists():
        _err(f"{dataset}: no products.jsonl")
        return EXIT_USAGE
    now = None
    if args.now:
        try:
            now = datetime.fromisoformat(args.now)
        except ValueError:
            now = None
        if now is None or now.tzinfo is None:
            _err("--now: expected ISO 8601 with a UTC offset, e.g. 2026-11-25T20:00:00+08:00")
            return EXIT_USAGE
    modes = MODES if args.mode == "all" else (args.mode,)
    report = await evaluate(
        dataset, base=app.settings, modes=modes, now=now, progress=sys.stderr.isatty()
    )
    if args.json:
        print(json.dumps(report, ensure_ascii=False), flush=True)
        return EXIT_OK
    print_report(report)
    return EXIT_OK


def print_report(report: dict[str, Any]) -> None:
    """The human-readable tables: search per mode and per tag, honesty, Q&A per tag."""
    print(f"dataset {report['dataset']}  ({report['products']} products, now={report['now']})")
    modes = report["modes"]
    if modes:
        print(f"{'mode':<8} {'nDCG@10':>8} {'MRR@10':>8} {'R@50':>8}  queries")
        for mode, m in modes.items():
            print(
                f"{mode:<8} {m['ndcg@10']:>8.4f} {m['mrr@10']:>8.4f} {m['recall@50']:>8.4f}"
                f"  {m['queries']}"
            )
    tags = sorted({t for m in modes.values() for t in m["by_tag"]})
    if tags:
        print("\nnDCG@10 by tag: " + "  ".join(f"{m:>8}" for m in modes))
        for tag in tags:
            cells = "  ".join(
                f"{m['by_tag'].get(tag, {}).get('ndcg@10', 0):>8.4f}" for m in modes.values()
            )
            count = next(iter(modes.values()))["by_tag"].get(tag, {}).get("queries", 0)
            print(f"  {tag:<14}{cells}  ({count})")
    if modes:
        print("\nsaying so when nothing matches: " + "  ".join(f"{m:>8}" for m in modes))
        rows = (
            ("nothing said", "nothing_said_honestly", True),
            ("false nothing", "false_nothing_rate", True),
            ("price violations", "price_violations", False),
        )
        for label, key, ratio in rows:
            cells = "  ".join(
                (f"{m['honesty'][key]:>8.1%}" if ratio else f"{m['honesty'][key]:>8}")
                for m in modes.values()
            )
            h = next(iter(modes.values()))["honesty"]
            n = {
                "nothing_said_honestly": h["nothing_queries"],
                "false_nothing_rate": None,
                "price_violations": h["price_constraint_queries"],
            }[key]
            print(f"  {label:<16}{cells}" + (f"  ({n})" if n is not None else ""))
    if "qa" in report:
        qa = report["qa"]
        print(
            f"\nQ&A: answerable answered correctly {qa['answered_correctly']:.1%} "
            f"({qa['answerable']}), unanswerable refused {qa['refused_correctly']:.1%} "
            f"({qa['unanswerable']}), WRONG answers {qa['wrong_answers']} of {qa['items']} "
            f"({qa['wrong_answer_rate']:.1%})"
        )
        if qa.get("by_tag"):
            print(f"  {'tag':<14}{'items':>6}{'right':>8}{'refused':>9}{'wrong':>8}")
            for tag, c in qa["by_tag"].items():
                right = f"{c['answered_correctly']:.0%}" if c["answerable"] else "—"
                refused = f"{c['refused_correctly']:.0%}" if c["unanswerable"] else "—"
                print(
                    f"  {tag:<14}{c['items']:>6}{right:>8}{refused:>9}"
                    f"{c['wrong_answer_rate']:>8.1%}"
                )
