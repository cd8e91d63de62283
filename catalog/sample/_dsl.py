"""Tiny helpers for writing hand-authored catalog data tables compactly.

The data modules call `P(...)` once per product with hand-written titles, specs and FAQs; these
helpers only fill in mechanical fields (SKU ids, stock = sum of SKU stock, image URLs, language)
so the output is deterministic and always consistent with the catalog format.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

CST = timezone(timedelta(hours=8))
ANCHOR = datetime(2026, 1, 1, 20, 0, tzinfo=CST)
ANCHOR_COMMENT = "// anchor: 2026-01-01T20:00:00+08:00"

_CJK = re.compile(r"[\u4e00-\u9fff]")

Record = dict[str, Any]


def at(*, days: float = 0, hours: float = 0, minutes: float = 0) -> str:
    """An ISO time relative to the anchor (negative = before it), with the +08:00 offset."""
    t = ANCHOR + timedelta(days=days, hours=hours, minutes=minutes)
    return t.isoformat()


def money(value: str | int | float) -> str:
    d = Decimal(str(value))
    if d != d.quantize(Decimal("0.01")):
        raise ValueError(f"more than 2 decimals: {value}")
    # keep the seller's spelling (9.9, 129, 59.90) but always as a string
    return str(value)


SkuSpec = tuple[Any, list[tuple[Any, Any, int]]]


def P(
    pid: str,
    title: str,
    category: str,
    price: Any | None,
    original_price: Any | None,
    stock: int | None,
    attributes: dict[str, str],
    *,
    brand: str | None = None,
    shop: str | None = None,
    creator: str | None = None,
    skus: SkuSpec | None = None,
    faqs: list[tuple[str, str]] | None = None,
    tags: list[str] | None = None,
    desc: str | None = None,
    ship: str | None = None,
    ret: str | None = None,
    status: str | None = None,
    images: list[str] | None = None,
    lang: str | None = None,
) -> Record:
    """One product record. `skus` is `(key or (key1, key2), [(value(s), price, stock), ...])`."""
    rec: Record = {"type": "product", "id": pid, "title": title}
    if desc:
        rec["description"] = desc
    if brand:
        rec["brand"] = brand
    rec["category"] = category
    sku_list: list[Record] = []
    if skus is not None:
        keys, rows = skus
        keys_t = (keys,) if isinstance(keys, str) else tuple(keys)
        for i, (values, sprice, sstock) in enumerate(rows, start=1):
            vals = (values,) if isinstance(values, str) else tuple(values)
            if len(vals) != len(keys_t):
                raise ValueError(f"{pid}: sku {values} does not match keys {keys_t}")
            sku_list.append(
                {
                    "id": f"{pid}-s{i}",
                    "attributes": dict(zip(keys_t, vals, strict=True)),
                    "price": money(sprice),
                    "stock": sstock,
                }
            )
        if price is None:
            price = min(Decimal(s["price"]) for s in sku_list)
            price = format(price, "f")
        stock = sum(s["stock"] for s in sku_list)
    if price is None or stock is None:
        raise ValueError(f"{pid}: price and stock are required without skus")
    rec["price"] = money(price)
    if original_price is not None:
        rec["original_price"] = money(original_price)
    rec["stock"] = stock
    if status:
        rec["status"] = status
    if shop:
        rec["shop"] = shop
    if creator:
        rec["creator_id"] = creator
    rec["attributes"] = attributes
    if sku_list:
        rec["skus"] = sku_list
    if faqs:
        rec["faqs"] = [{"q": q, "a": a} for q, a in faqs]
    rec["images"] = images if images is not None else [f"https://img.daihuo-demo.cn/p/{pid}/1.jpg"]
    if tags:
        rec["tags"] = tags
    if ship:
        rec["shipping"] = ship
    if ret:
        rec["return_policy"] = ret
    rec["language"] = lang or ("zh-CN" if _CJK.search(title) else "en")
    return rec
