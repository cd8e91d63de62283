"""Property tests: whatever a line holds, the parser reports `FILE:LINE` problems and never
raises, and a record is either valid or has at least one error on its line."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalog.format import CatalogParser, ExistingCatalog
from tests.factories.catalog import (
    creator_record,
    flash_sale_record,
    live_room_record,
    product_record,
    sku_record,
)

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
FIELDS = [
    "type", "id", "title", "category", "price", "original_price", "stock", "currency", "status",
    "skus", "attributes", "faqs", "images", "tags", "creator_id", "product_ids", "starts_at",
    "ends_at", "product_id", "sku_id", "quantity", "per_user_limit", "name", "platform",
]  # fmt: skip


def base_records() -> list[dict[str, Any]]:
    return [
        creator_record(id="c-1"),
        product_record(id="p-1", creator_id="c-1"),
        product_record(id="p-2", skus=[sku_record(id="s", stock=50)]),
        live_room_record(id="r-1", creator_id="c-1", product_ids=["p-1"]),
        flash_sale_record(id="fs-1", product_id="p-1", price="99.00"),
    ]


@st.composite
def mutated_record(draw: st.DrawFn) -> bytes:
    record = dict(draw(st.sampled_from(base_records())))
    for _ in range(draw(st.integers(1, 4))):
        name = draw(st.sampled_from(FIELDS))
        if draw(st.booleans()):
            record[name] = draw(json_values)
        else:
            record.pop(name, None)
    text = json.dumps(record, ensure_ascii=False)
    if draw(st.booleans()):  # cut or splice the text itself
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(max_size=5)) + text[at + draw(st.integers(0, 3)) :]
    return text.encode("utf-8", errors="surrogatepass")


lines_strategy = st.lists(
    st.one_of(
        mutated_record(),
        st.binary(max_size=60),
        st.text(max_size=60).map(lambda t: t.encode("utf-8", errors="surrogatepass")),
        st.integers(1, 60).map(lambda n: b"[" * n + b"]" * n),
        st.builds(lambda v: json.dumps(v).encode(), json_values),
    ),
    min_size=1,
    max_size=8,
)


def feed(lines: list[bytes], *, csv_format: bool) -> CatalogParser:
    parser = CatalogParser()
    name = "f.csv" if csv_format else "f.jsonl"
    # CR and LF both end a line (as documented): keep one record per generated line.
    raw = [line.replace(b"\n", b" ").replace(b"\r", b" ") + b"\n" for line in lines]
    if csv_format:
        raw.insert(0, b"id,title,category,price,stock,skus,attributes,tags,creator_id\n")
    parser.feed(name, raw, csv_format=csv_format)
    parser.resolve(ExistingCatalog(ids={"creator": {"c-1"}, "product": set(), "live_room": set(),
                                        "video": set(), "flash_sale": set()}))  # fmt: skip
    return parser


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines=lines_strategy, csv_format=st.booleans())
def test_random_lines_never_raise_and_every_line_is_accounted_for(
    lines: list[bytes], csv_format: bool
) -> None:
    parser = feed(lines, csv_format=csv_format)
    total_lines = len(lines) + (1 if csv_format else 0)
    for problem in parser.errors:
        assert 0 <= problem.line <= total_lines
        assert str(problem).startswith(f"{problem.source}:{problem.line}: ")
        assert "Traceback" not in problem.reason and "could not check" not in problem.reason
    valid_lines = {rec.line for records in parser.valid.values() for rec in records.values()}
    error_lines = {p.line for p in parser.errors}
    assert not valid_lines & error_lines  # a record is valid or rejected, never both
    assert parser.rejected == len(error_lines)
