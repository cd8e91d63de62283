"""`daihuo search | ask | index | eval` — scriptable, JSON on request (`--json`)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Protocol

from retrieval.components import Retrieval

EXIT_OK = 0
EXIT_FAIL = 1
EXIT_USAGE = 2


class RetrievalHost(Protocol):
    """What these commands need from the composition root."""

    @property
    def retrieval(self) -> Retrieval: ...


def register(sub: Any) -> None:
    """Add this package's subcommands to the top-level parser."""
    p = sub.add_parser("search", help="search products (hybrid BM25 + embeddings)")
    p.add_argument("text", nargs="?", help="what to look for, e.g. '200以内的蓝牙耳机'")
    p.add_argument("--k", type=int, default=10, help="results to show (default 10)")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--mode", choices=["hybrid", "bm25", "dense"], default="hybrid")
    p.add_argument("--queries", type=Path, help='JSONL file of {"id", "text"}; one result per line')
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("ask", help="ask a question about one product")
    p.add_argument("product_id", nargs="?")
    p.add_argument("question", nargs="?")
    p.add_argument("--questions", type=Path, help='JSONL of {"id", "product_id", "question"}')
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_ask)

    p = sub.add_parser("index", help="bring the search index up to date with the catalog")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--rebuild", action="store_true", help="re-embed everything from scratch")
    group.add_argument("--verify", action="store_true", help="report missing/stale entries")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_index)


def _err(message: str) -> None:
    print(f"daihuo: {message}", file=sys.stderr)


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)


async def _ensure_index(retrieval: Retrieval) -> bool:
    """Index on first use and repair what is missing, so `daihuo search` right after an import
    (or after a crash) just works. False (after saying why) when the index is unusable."""
    from retrieval.health import IndexUnavailable, check_index, ensure_index

    try:
        health = await check_index(retrieval)
        if not health.ok:
            _err(f"search index: {health.describe()}; indexing the catalog first …")
            _, report = await ensure_index(retrieval, progress=sys.stderr.isatty())
            if report is not None:
                _err(report.summary())
    except IndexUnavailable as exc:
        _err(str(exc))
        return False
    return True


def _result_json(result: Any) -> dict[str, Any]:
    f = result.query.filters
    filters = {
        name: (str(getattr(f, name)) if name in ("min_price", "max_price") else getattr(f, name))
        for name in f.__dataclass_fields__
        if getattr(f, name) not in (None, False)
    }
    filters["sort"] = f.sort.value
    return {
        "query": result.query.original,
        "text": result.query.text,
        "language": result.query.language,
        "filters": filters,
        "labels": list(result.query.constraint_labels),
        "total": result.total,
        "results": [
            {
                "product_id": h.product.id,
                "title": h.product.title,
                "price": str(h.effective_price),
                "score": round(h.score, 4),
                **({"flash_sale_id": h.flash_sale.id} if h.flash_sale else {}),
                **({"live_room_ids": list(h.live_room_ids)} if h.live_room_ids else {}),
            }
            for h in result.hits
        ],
    }


def _print_human(result: Any) -> None:
    labels = " · ".join(result.query.constraint_labels)
    print(
        f"「{result.query.original}」 {result.total} match(es)"
        + (f"  [{labels}]" if labels else "")
    )
    for i, h in enumerate(result.hits, start=result.offset + 1):
        extras = []
        if h.flash_sale:
            extras.append(f"秒杀 was ¥{h.product.price}")
        if h.live_room_ids:
            extras.append("live: " + ",".join(h.live_room_ids))
        tail = f"  ({'; '.join(extras)})" if extras else ""
        print(f"{i:>3}. ¥{h.effective_price:<9} {h.product.title}  [{h.product.id}]{tail}")


async def cmd_search(app: RetrievalHost, args: argparse.Namespace) -> int:
    if not args.text and not args.queries:
        _err("search: give TEXT or --queries FILE")
        return EXIT_USAGE
    if args.k < 0 or args.offset < 0:
        _err("search: --k and --offset must be ≥ 0")
        return EXIT_USAGE
    if not await _ensure_index(app.retrieval):
        return EXIT_FAIL
    service = app.retrieval.search_service()
    if args.queries:
        try:
            lines = args.queries.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            _err(f"{args.queries}: {exc.strerror}")
            return EXIT_USAGE
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                qid, text = item["id"], str(item["text"])
            except (ValueError, KeyError, TypeError):
                _err(f'{args.queries}:{n}: expected a JSON object with "id" and "text"')
                return EXIT_USAGE
            result = await service.search(text, k=args.k, offset=args.offset, mode=args.mode)
            if args.json:
                _print_json({"id": qid, **_result_json(result)})
            else:
                print(f"# {qid}")
                _print_human(result)
        return EXIT_OK
    result = await service.search(args.text, k=args.k, offset=args.offset, mode=args.mode)
    if args.json:
        _print_json(_result_json(result))
    else:
        _print_human(result)
    return EXIT_OK


def _answer_json(answer: Any) -> dict[str, Any]:
    return {
        "answer": answer.answer,
        "answerable": answer.answerable,
        "language": answer.language,
        "sources": [{"kind": s.kind, "label": s.label, "text": s.text} for s in answer.sources],
    }


async def cmd_ask(app: RetrievalHost, args: argparse.Namespace) -> int:
    qa = app.retrieval.qa_service()
    if args.questions:
        try:
            lines = args.questions.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            _err(f"{args.questions}: {exc.strerror}")
            return EXIT_USAGE
        status = EXIT_OK
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                qid, pid, question = item["id"], str(item["product_id"]), str(item["question"])
            except (ValueError, KeyError, TypeError):
                _err(f'{args.questions}:{n}: expected {{"id", "product_id", "question"}}')
                return EXIT_USAGE
            try:
                answer = await qa.answer(pid, question)
            except LookupError as exc:
                _err(f"{args.questions}:{n}: {exc}")
                status = EXIT_FAIL
                continue
            if args.json:
                _print_json({"id": qid, "product_id": pid, **_answer_json(answer)})
            else:
                print(f"# {qid} [{pid}] {question}\n{answer.answer}")
        return status
    if not args.product_id or not args.question:
        _err("ask: give PRODUCT_ID and QUESTION, or --questions FILE")
        return EXIT_USAGE
    try:
        answer = await qa.answer(args.product_id, args.question)
    except LookupError as exc:
        _err(str(exc))
        return EXIT_FAIL
    if args.json:
        _print_json(_answer_json(answer))
    else:
        print(answer.answer)
        for s in answer.sources:
            print(f"  · {s.label}: {s.text}")
    return EXIT_OK


async def cmd_index(app: RetrievalHost, args: argparse.Namespace) -> int:
    from retrieval.indexing import sync_index, verify_index
    from retrieval.store import IndexStoreError

    if args.verify:
        try:
            report = await verify_index(app.retrieval)
        except IndexStoreError as exc:
            _err(str(exc))
            return EXIT_FAIL
        if args.json:
            _print_json(
                {
                    "checked": report.checked,
                    "ok": report.ok,
                    "missing": report.missing,
                    "stale": report.stale,
                    "unexpected": report.unexpected,
                    "problems": report.problems,
                }
            )
        else:
            print(f"checked {report.checked} products")
            for problem in report.problems:
                print(problem)
            for name in ("missing", "stale", "unexpected"):
                ids = getattr(report, name)
                if ids:
                    shown = ", ".join(ids[:20]) + (" …" if len(ids) > 20 else "")
                    print(f"{name}: {len(ids)}: {shown}")
            print(
                "index OK" if report.ok else "index needs `daihuo index` (it repairs all of this)"
            )
        return EXIT_OK if report.ok else EXIT_FAIL
    try:
        # `daihuo index` repairs whatever --verify reports: it lists every id in the store.
        result = await sync_index(
            app.retrieval, rebuild=args.rebuild, progress=sys.stderr.isatty(), deep=True
        )
    except IndexStoreError as exc:
        _err(str(exc))
        return EXIT_FAIL
    if args.json:
        _print_json(
            {
                "added": result.added,
                "updated": result.updated,
                "removed": result.removed,
                "unchanged": result.unchanged,
                "restored": result.restored,
                "off_shelf": result.off_shelf,
                "embedded": result.embedded,
                "reused": result.reused,
                "total": result.total,
                "repairs": list(result.repairs),
                "seconds": round(result.seconds, 3),
                "rebuilt": result.rebuilt,
            }
        )
    else:
        print(result.summary())
    return EXIT_OK
