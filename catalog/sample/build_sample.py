"""Write the sample catalog from the hand-written data tables, after checking every format rule.

Run: `.venv/bin/python -m catalog.sample.build_sample` (deterministic: same tables, same bytes).
Writes `catalog/sample/catalog.jsonl` and a copy to `eval/sample/products.jsonl`.
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections import Counter
from datetime import datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from catalog.sample import (
    data_appliances,
    data_baby,
    data_beauty,
    data_books_jewelry,
    data_clothing,
    data_creators,
    data_electronics,
    data_events,
    data_extra,
    data_faqs_more,
    data_food,
    data_home,
    data_personal_care,
    data_pets,
    data_sports,
)
from catalog.sample._dsl import ANCHOR_COMMENT, Record

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = HERE / "catalog.jsonl"
EVAL_COPY = ROOT / "eval" / "sample" / "products.jsonl"

_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")
_CUR = re.compile(r"^[A-Z]{3}$")


def all_records() -> list[Record]:
    products: list[Record] = []
    for mod in (
        data_beauty,
        data_clothing,
        data_electronics,
        data_appliances,
        data_food,
        data_baby,
        data_home,
        data_sports,
        data_personal_care,
        data_pets,
        data_books_jewelry,
        data_extra,
    ):
        products.extend(copy.deepcopy(mod.PRODUCTS))
    for p in products:
        for q, a in data_faqs_more.MORE_FAQS.get(p["id"], []):
            p.setdefault("faqs", []).append({"q": q, "a": a})
    return [
        *data_creators.CREATORS,
        *products,
        *data_events.LIVE_ROOMS,
        *data_events.VIDEOS,
        *data_events.FLASH_SALES,
    ]


def _money(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        return None
    if not d.is_finite() or d != d.quantize(Decimal("0.01")):
        return None
    return d


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return t if t.tzinfo is not None else None


def check(records: list[Record]) -> list[str]:
    """Every rule of /work/shared/spec/catalog-format.md that this data could break."""
    errors: list[str] = []
    ids: dict[str, dict[str, Record]] = {}
    for r in records:
        t, rid = r.get("type"), r.get("id")
        if not isinstance(rid, str) or not _ID.match(rid):
            errors.append(f"{t} {rid!r}: bad id")
            continue
        bucket = ids.setdefault(str(t), {})
        if rid in bucket:
            errors.append(f"{t} {rid}: duplicate id")
        bucket[rid] = r
    creators, products = ids.get("creator", {}), ids.get("product", {})
    rooms = ids.get("live_room", {})

    def err(r: Record, msg: str) -> None:
        errors.append(f"{r['type']} {r['id']}: {msg}")

    for r in creators.values():
        if not 1 <= len(r["name"]) <= 100:
            err(r, "name length")
        if r["platform"] not in ("douyin", "kuaishou", "other"):
            err(r, "platform")
        if len(r.get("handle", "")) > 64 or len(r.get("bio", "")) > 2000:
            err(r, "handle/bio length")
    for r in products.values():
        if not 1 <= len(r["title"]) <= 200:
            err(r, f"title length {len(r['title'])}")
        if len(r.get("description", "")) > 20000 or len(r.get("brand", "")) > 100:
            err(r, "description/brand length")
        if not r.get("category") or len(r["category"]) > 200:
            err(r, "category")
        price = _money(r["price"])
        if price is None or price <= 0 or not isinstance(r["price"], str):
            err(r, f"price {r['price']!r}")
        if "original_price" in r:
            op = _money(r["original_price"])
            if op is None or price is None or op < price:
                err(r, f"original_price {r['original_price']!r} < price")
        if not _CUR.match(r.get("currency", "CNY")):
            err(r, "currency")
        if not isinstance(r["stock"], int) or r["stock"] < 0:
            err(r, "stock")
        if r.get("status", "on_sale") not in ("on_sale", "off_shelf"):
            err(r, "status")
        if "creator_id" in r and r["creator_id"] not in creators:
            err(r, f"dangling creator {r['creator_id']}")
        attrs = r.get("attributes")
        if not attrs or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in attrs.items()
        ):
            err(r, "attributes must be a non-empty string→string object")
        skus = r.get("skus", [])
        if skus:
            sku_ids = [s["id"] for s in skus]
            if len(set(sku_ids)) != len(sku_ids) or not all(_ID.match(s) for s in sku_ids):
                err(r, "sku ids")
            if sum(s["stock"] for s in skus) != r["stock"]:
                err(r, "stock != sum of sku stock")
            for s in skus:
                sp = _money(s["price"])
                if sp is None or sp <= 0 or s["stock"] < 0 or not s["attributes"]:
                    err(r, f"sku {s['id']}")
        for f in r.get("faqs", []):
            if not f.get("q") or not f.get("a"):
                err(r, "faq")
        for img in r.get("images", []):
            if not (img.startswith("https://") or not re.match(r"^[a-z]+:", img)):
                err(r, f"image {img}")
        if len(r.get("shipping", "")) > 500:
            err(r, "shipping length")
        if r.get("language") not in ("zh-CN", "en"):
            err(r, "language")
    for r in rooms.values():
        if r["creator_id"] not in creators:
            err(r, "dangling creator")
        s, e = _time(r["starts_at"]), _time(r["ends_at"])
        if s is None or e is None or e <= s:
            err(r, "times")
        for pid in r["product_ids"]:
            if pid not in products:
                err(r, f"dangling product {pid}")
        if len(set(r["product_ids"])) != len(r["product_ids"]):
            err(r, "duplicate product in cart")
    for r in ids.get("video", {}).values():
        if r["creator_id"] not in creators or _time(r["published_at"]) is None:
            err(r, "creator/published_at")
        for pid in r["product_ids"]:
            if pid not in products:
                err(r, f"dangling product {pid}")
    for r in ids.get("flash_sale", {}).values():
        p = products.get(r["product_id"])
        if p is None:
            err(r, "dangling product")
            continue
        if "live_room_id" in r and r["live_room_id"] not in rooms:
            err(r, "dangling room")
        price = _money(r["price"])
        if price is None or price <= 0 or price >= Decimal(p["price"]):
            err(r, f"price {r['price']} not below product price {p['price']}")
        if "sku_id" in r:
            sku = next((s for s in p.get("skus", []) if s["id"] == r["sku_id"]), None)
            if sku is None:
                err(r, "dangling sku")
            elif price is not None and price >= Decimal(sku["price"]):
                err(r, "price not below sku price")
        if r["quantity"] <= 0 or r.get("per_user_limit", 1) <= 0:
            err(r, "quantity/limit")
        s, e = _time(r["starts_at"]), _time(r["ends_at"])
        if s is None or e is None or e <= s:
            err(r, "times")
    return errors


def stats(records: list[Record]) -> str:
    prods = [r for r in records if r["type"] == "product"]
    lang = Counter(p["language"] for p in prods)
    tops = Counter(p["category"].split("/")[0] for p in prods)
    return (
        f"{len(prods)} products ({dict(lang)}), {len(tops)} top-level categories, "
        f"{sum(1 for p in prods if p.get('faqs'))} with FAQs, "
        f"{sum(1 for p in prods if p.get('skus'))} with SKUs, "
        f"{sum(1 for p in prods if p['stock'] == 0)} sold out, "
        f"{sum(1 for p in prods if p.get('status') == 'off_shelf')} off shelf; "
        + ", ".join(
            f"{n} {t}" for t, n in Counter(r["type"] for r in records).items() if t != "product"
        )
    )


def render(records: list[Record]) -> str:
    lines = [ANCHOR_COMMENT]
    lines += [json.dumps(r, ensure_ascii=False, separators=(", ", ": ")) for r in records]
    return "\n".join(lines) + "\n"


def main() -> int:
    records = all_records()
    errors = check(records)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 2
    text = render(records)
    OUT.write_text(text, encoding="utf-8")
    EVAL_COPY.parent.mkdir(parents=True, exist_ok=True)
    EVAL_COPY.write_text(text, encoding="utf-8")
    print(stats(records))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
