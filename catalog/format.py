"""Catalog interchange format v1: parsing, validation and serialisation. No database here.

The format is described record type by record type in `SPECS`: each field has a `Kind` that
knows how to check and convert a JSON value (and how to write it back), so parsing, CSV cells,
exporting and content hashing all follow the same table. Cross-record rules that need the
database (references to stored ids, flash price below a stored product's price) are resolved
by `CatalogParser.resolve` against an `ExistingCatalog` the importer fetches.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any

from catalog.model import (
    CatalogRecord,
    Creator,
    Faq,
    FlashSale,
    LiveRoom,
    Platform,
    Product,
    ProductStatus,
    Sku,
    Video,
)

# Dependency order: every reference points to a type earlier in this tuple.
RECORD_TYPES = ("creator", "product", "live_room", "video", "flash_sale")

SAVE_AS_UTF8 = "save the file as UTF-8 (in Excel: CSV UTF-8)"
ID_PATTERN = re.compile(r"[A-Za-z0-9_.:-]{1,64}")
CURRENCY_PATTERN = re.compile(r"[A-Z]{3}")
LANGUAGE_PATTERN = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")
INT_CELL_PATTERN = re.compile(r"\s*[+-]?\d+\s*")
CENT = Decimal("0.01")
MAX_INT = 2**31 - 1  # an INTEGER column on PostgreSQL
MAX_MONEY = Decimal("1000000000000")
MIN_YEAR, MAX_YEAR = 1900, 9998

# ---- limits (each is documented in docs/catalog-format.md, "Limits") -----------------------
# They keep one hostile or broken file from costing gigabytes or minutes: every limit is
# checked before the expensive work it guards, and reported as a `FILE:LINE` error.
MAX_LINE_BYTES = 1024 * 1024  # one JSONL record, or one physical CSV line
MAX_CSV_CELL_CHARS = 256 * 1024  # one CSV cell (a multi-line quoted cell counts whole)
MAX_JSON_DEPTH = 20  # nesting of objects and lists in one record (or one CSV JSON cell)
MAX_SKUS = 500  # SKUs of one product
MAX_ATTRIBUTES = 100  # attributes of one product
MAX_SKU_ATTRIBUTES = 20  # attributes of one SKU
MAX_ATTRIBUTE_NAME = 100  # characters of an attribute name
MAX_ATTRIBUTE_VALUE = 1000  # characters of an attribute value
MAX_FAQS = 100  # seller FAQ pairs of one product
MAX_FAQ_QUESTION, MAX_FAQ_ANSWER = 500, 5000  # characters
MAX_LIST_ITEMS = 100  # images or tags of one record
MAX_PRODUCT_IDS = 2000  # products listed by one live room or video
MAX_ERRORS_PER_FILE = 100  # errors listed per file; the rest are counted ("… N more")
BINARY_SNIFF_BYTES = 8192  # a NUL byte this near the start: not a text file

# ---- problems ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """One error or warning, printed as `FILE:LINE: type id: field: reason`."""

    source: str
    line: int
    type: str | None
    id: str | None
    field: str | None
    reason: str

    def __str__(self) -> str:
        return (
            f"{self.source}:{self.line}: {self.type or '-'} {self.id or '-'}: "
            f"{self.field or '-'}: {self.reason}"
        )


class Invalid(Exception):
    """Raised by a `Kind`: one or more (field suffix, reason) pairs, e.g. ("[2].price", …)."""

    def __init__(self, *issues: tuple[str, str]) -> None:
        super().__init__(issues)
        self.issues = issues


def _fail(reason: str, suffix: str = "") -> Invalid:
    return Invalid((suffix, reason))


def json_kind(value: Any) -> str:
    """The JSON name of a value's type, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, Decimal | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


def _short(value: Any, limit: int = 40) -> str:
    if isinstance(value, str):
        text = repr(value)
        # Cut inside the quotes, so a merchant still sees where the value ends.
        return text if len(text) <= limit else repr(value[: limit - 3]) + "…"
    return json_kind(value)


# ---- field kinds ------------------------------------------------------------------------------


class Kind:
    """How one field is checked, converted to the domain value and written back."""

    csv_cell = "text"  # how a CSV cell holds it: "text", "int" or "json"

    def parse(self, value: Any) -> Any:
        raise NotImplementedError

    def dump(self, value: Any, tz: tzinfo) -> Any:
        return value


def _check_string(value: Any, suffix: str = "") -> str:
    if not isinstance(value, str):
        raise _fail(f"expected a string, got {json_kind(value)}", suffix)
    if "\x00" in value:
        raise _fail("contains a NUL character", suffix)
    return value


class Text(Kind):
    def __init__(self, max_len: int, *, non_empty: bool = False) -> None:
        self.max_len = max_len
        self.non_empty = non_empty

    def parse(self, value: Any) -> str:
        text = _check_string(value)
        if self.non_empty and not text.strip():
            raise _fail("must not be empty")
        if len(text) > self.max_len:
            raise _fail(f"longer than {self.max_len} characters ({len(text)})")
        return text


class Id(Kind):
    def __init__(self, ref: str | None = None) -> None:
        self.ref = ref  # the record type this id points to, if it is a reference

    def parse(self, value: Any) -> str:
        return parse_id(value)


def parse_id(value: Any, suffix: str = "") -> str:
    if not isinstance(value, str):
        raise _fail(f"expected an id string, got {json_kind(value)}", suffix)
    if not ID_PATTERN.fullmatch(value):
        raise _fail(f"invalid id {_short(value)}: {_id_problem(value)}; {ID_RULE}", suffix)
    return value


ID_RULE = "use 1-64 characters from A-Z a-z 0-9 _ . : -"


def _id_problem(value: str) -> str:
    if not value:
        return "it is empty"
    if len(value) > 64:
        return f"it is {len(value)} characters long"
    bad = next(c for c in value if not ID_PATTERN.fullmatch(c))
    return f"{_char_name(bad)} is not allowed"


def _char_name(char: str) -> str:
    if char == " ":
        return "a space"
    if char.isprintable():
        return repr(char)
    return f"character U+{ord(char):04X}"


class IdList(Kind):
    csv_cell = "json"

    def __init__(self, ref: str) -> None:
        self.ref = ref

    def parse(self, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise _fail(f"expected a list of {self.ref} ids, got {json_kind(value)}")
        if len(value) > MAX_PRODUCT_IDS:
            raise _fail(f"more than {MAX_PRODUCT_IDS} {self.ref}s ({len(value)})")
        issues: list[tuple[str, str]] = []
        seen: set[str] = set()
        for i, item in enumerate(value):
            try:
                item_id = parse_id(item, f"[{i}]")
            except Invalid as e:
                issues.extend(e.issues)
                continue
            if item_id in seen:
                issues.append((f"[{i}]", f"{self.ref} {item_id} is listed twice"))
            seen.add(item_id)
        if issues:
            raise Invalid(*issues)
        return tuple(value)

    def dump(self, value: Any, tz: tzinfo) -> Any:
        return list(value)


class Choice(Kind):
    def __init__(self, enum: type[StrEnum]) -> None:
        self.enum = enum
        self.allowed = ", ".join(m.value for m in enum)

    def parse(self, value: Any) -> StrEnum:
        if isinstance(value, str):
            try:
                return self.enum(value)
            except ValueError:
                pass
        raise _fail(f"must be one of {self.allowed}, got {_short(value)}")

    def dump(self, value: Any, tz: tzinfo) -> Any:
        return value.value


class Int(Kind):
    csv_cell = "int"

    def __init__(self, minimum: int) -> None:
        self.minimum = minimum

    def parse(self, value: Any) -> int:
        return parse_int(value, self.minimum)


def parse_int(value: Any, minimum: int, suffix: str = "") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(f"expected an integer, got {json_kind(value)} {_plain_repr(value)}", suffix)
    if value < minimum:
        op = "> 0" if minimum == 1 else f">= {minimum}"
        raise _fail(f"must be {op}, got {value}", suffix)
    if value > MAX_INT:
        raise _fail(f"too large (at most {MAX_INT})", suffix)
    return value


def _plain_repr(value: Any) -> str:
    if isinstance(value, str | Decimal | int | float):
        return _short(value) if isinstance(value, str) else str(value)
    return ""


class Money(Kind):
    def __init__(self, *, positive: bool) -> None:
        self.positive = positive

    def parse(self, value: Any) -> Decimal:
        return parse_money(value, positive=self.positive)

    def dump(self, value: Any, tz: tzinfo) -> Any:
        return format_money(value)


def parse_money(value: Any, *, positive: bool, suffix: str = "") -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise _fail(f"expected an amount (string or number), got {json_kind(value)}", suffix)
    try:
        amount = Decimal(value.strip()) if isinstance(value, str) else Decimal(value)
    except InvalidOperation:
        raise _fail(f"not a valid amount: {_short(value)}", suffix) from None
    if not amount.is_finite():
        raise _fail(f"not a valid amount: {_short(value)}", suffix)
    if abs(amount) > MAX_MONEY:
        raise _fail(f"too large (at most {MAX_MONEY})", suffix)
    if amount != amount.quantize(CENT):
        raise _fail(f"more than 2 decimals: {value}", suffix)
    if positive and amount <= 0:
        raise _fail(f"must be > 0, got {value}", suffix)
    if amount < 0:
        raise _fail(f"must not be negative, got {value}", suffix)
    return amount.quantize(CENT)


def format_money(value: Decimal) -> str:
    return str(value.quantize(CENT))


class Currency(Kind):
    def parse(self, value: Any) -> str:
        if not isinstance(value, str) or not CURRENCY_PATTERN.fullmatch(value):
            raise _fail(
                f"not an ISO 4217 currency code (3 capital letters, e.g. CNY): {_short(value)}"
            )
        return value


class Language(Kind):
    def parse(self, value: Any) -> str:
        text = _check_string(value)
        if len(text) > 35 or not LANGUAGE_PATTERN.fullmatch(text):
            raise _fail(f"not a BCP 47 language tag (e.g. zh-CN, en): {_short(text)}")
        return text


class Time(Kind):
    def parse(self, value: Any) -> datetime:
        text = _check_string(value)
        try:
            moment = datetime.fromisoformat(text.strip())
        except ValueError:
            raise _fail(
                f"not an ISO 8601 time: {_short(text)} (e.g. 2026-11-25T20:00:00+08:00)"
            ) from None
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise _fail(f"time has no UTC offset: {_short(text)} (add e.g. +08:00 or Z)")
        try:
            year = moment.astimezone(UTC).year
        except OverflowError:
            year = 0
        # Outside this range the time cannot be shown in every time zone (export would fail).
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise _fail(
                f"time out of range: {_short(text)} (the year must be {MIN_YEAR}-{MAX_YEAR})"
            )
        return moment

    def dump(self, value: Any, tz: tzinfo) -> Any:
        return value.astimezone(tz).isoformat()


def _parse_str_map(
    value: Any, suffix: str = "", *, max_items: int = MAX_ATTRIBUTES
) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _fail(f"expected an object of text values, got {json_kind(value)}", suffix)
    if len(value) > max_items:
        raise _fail(f"more than {max_items} attributes ({len(value)})", suffix)
    issues: list[tuple[str, str]] = []
    for key, item in value.items():
        if "\x00" in key:
            issues.append((suffix, "attribute names must not contain NUL characters"))
        if not key.strip():
            issues.append((suffix, "attribute names must not be empty"))
        elif len(key) > MAX_ATTRIBUTE_NAME:
            issues.append(
                (suffix, f"attribute name longer than {MAX_ATTRIBUTE_NAME} characters ({len(key)})")
            )
        at = f"{suffix}.{key if len(key) <= 40 else key[:37] + '…'}"
        try:
            _check_string(item, at)
        except Invalid as e:
            issues.extend(e.issues)
            continue
        if len(item) > MAX_ATTRIBUTE_VALUE:
            issues.append((at, f"longer than {MAX_ATTRIBUTE_VALUE} characters ({len(item)})"))
    if issues:
        raise Invalid(*issues)
    return dict(value)


def _parse_sku_attributes(value: Any, suffix: str = "") -> dict[str, str]:
    return _parse_str_map(value, suffix, max_items=MAX_SKU_ATTRIBUTES)


class StrMap(Kind):
    csv_cell = "json"

    def parse(self, value: Any) -> dict[str, str]:
        return _parse_str_map(value)

    def dump(self, value: Any, tz: tzinfo) -> Any:
        return dict(value)


class StrList(Kind):
    csv_cell = "json"

    def __init__(self, max_len: int = 2000, max_items: int = MAX_LIST_ITEMS) -> None:
        self.max_len = max_len
        self.max_items = max_items

    def parse(self, value: Any) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise _fail(f"expected a list of strings, got {json_kind(value)}")
        if len(value) > self.max_items:
            raise _fail(f"more than {self.max_items} items ({len(value)})")
        issues: list[tuple[str, str]] = []
        for i, item in enumerate(value):
            try:
                text = _check_string(item, f"[{i}]")
            except Invalid as e:
                issues.extend(e.issues)
                continue
            if not text.strip():
                issues.append((f"[{i}]", "must not be empty"))
            elif len(text) > self.max_len:
                issues.append((f"[{i}]", f"longer than {self.max_len} characters ({len(text)})"))
        if issues:
            raise Invalid(*issues)
        return tuple(value)

    def dump(self, value: Any, tz: tzinfo) -> Any:
        return list(value)


SKU_FIELDS = ("id", "attributes", "price", "stock")
_SKU_PARSERS: tuple[tuple[str, Callable[[Any, str], Any]], ...] = (
    ("id", parse_id),
    ("attributes", _parse_sku_attributes),
    ("price", lambda v, s: parse_money(v, positive=True, suffix=s)),
    ("stock", lambda v, s: parse_int(v, 0, s)),
)


class Skus(Kind):
    csv_cell = "json"

    def parse(self, value: Any) -> tuple[Sku, ...]:
        if not isinstance(value, list):
            raise _fail(f"expected a list of SKU objects, got {json_kind(value)}")
        if len(value) > MAX_SKUS:
            # Checked before any SKU is parsed: a 100k-SKU product costs nothing to reject.
            raise _fail(f"more than {MAX_SKUS} SKUs ({len(value)})")
        issues: list[tuple[str, str]] = []
        skus: list[Sku] = []
        seen: set[str] = set()
        for i, item in enumerate(value):
            at = f"[{i}]"
            if not isinstance(item, dict):
                issues.append((at, f"expected a SKU object, got {json_kind(item)}"))
                continue
            before = len(issues)
            for key in item:
                if key not in SKU_FIELDS:
                    issues.append(
                        (f"{at}.{key}", f"unknown SKU field (allowed: {', '.join(SKU_FIELDS)})")
                    )
            parts: dict[str, Any] = {"attributes": {}}
            for name, parse in _SKU_PARSERS:
                if item.get(name) is None:
                    if name != "attributes":
                        issues.append((f"{at}.{name}", "missing required field"))
                    continue
                try:
                    parts[name] = parse(item[name], f"{at}.{name}")
                except Invalid as e:
                    issues.extend(e.issues)
            sku_id = parts.get("id")
            if sku_id is not None:
                if sku_id in seen:
                    issues.append((f"{at}.id", f"duplicate SKU id {sku_id}"))
                seen.add(sku_id)
            if len(issues) == before:
                skus.append(Sku(**parts))
        if issues:
            raise Invalid(*issues)
        return tuple(skus)

    def dump(self, value: Any, tz: tzinfo) -> Any:
        out = []
        for sku in value:
            if not sku.active:
                continue  # dropped from the merchant's file; kept only for the ledger
            entry: dict[str, Any] = {"id": sku.id}
            if sku.attributes:
                entry["attributes"] = dict(sku.attributes)
            entry["price"] = format_money(sku.price)
            entry["stock"] = sku.stock
            out.append(entry)
        return out


class Faqs(Kind):
    csv_cell = "json"

    def parse(self, value: Any) -> tuple[Faq, ...]:
        if not isinstance(value, list):
            raise _fail(f'expected a list of {{"q", "a"}} objects, got {json_kind(value)}')
        if len(value) > MAX_FAQS:
            raise _fail(f"more than {MAX_FAQS} FAQs ({len(value)})")
        issues: list[tuple[str, str]] = []
        faqs: list[Faq] = []
        for i, item in enumerate(value):
            at = f"[{i}]"
            if not isinstance(item, dict):
                issues.append((at, f'expected a {{"q", "a"}} object, got {json_kind(item)}'))
                continue
            before = len(issues)
            for key in item:
                if key not in ("q", "a"):
                    issues.append((f"{at}.{key}", "unknown FAQ field (allowed: q, a)"))
            for key, limit in (("q", MAX_FAQ_QUESTION), ("a", MAX_FAQ_ANSWER)):
                if item.get(key) is None:
                    issues.append((f"{at}.{key}", "missing required field"))
                    continue
                try:
                    text = _check_string(item[key], f"{at}.{key}")
                except Invalid as e:
                    issues.extend(e.issues)
                    continue
                if not text.strip():
                    issues.append((f"{at}.{key}", "must not be empty"))
                elif len(text) > limit:
                    issues.append((f"{at}.{key}", f"longer than {limit} characters ({len(text)})"))
            if len(issues) == before:
                faqs.append(Faq(q=item["q"], a=item["a"]))
        if issues:
            raise Invalid(*issues)
        return tuple(faqs)

    def dump(self, value: Any, tz: tzinfo) -> Any:
        return [{"q": f.q, "a": f.a} for f in value]


# ---- record specs -----------------------------------------------------------------------------

Issue = tuple[str, str]  # (field, reason)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: Kind
    required: bool = False


def _ends_after_starts(values: dict[str, Any]) -> list[Issue]:
    starts, ends = values.get("starts_at"), values.get("ends_at")
    if starts is not None and ends is not None and ends <= starts:
        return [("ends_at", "must be after starts_at")]
    return []


def _product_checks(values: dict[str, Any]) -> list[Issue]:
    issues: list[Issue] = []
    price, original = values.get("price"), values.get("original_price")
    if price is not None and original is not None and original < price:
        issues.append(("original_price", f"must be >= price ({format_money(original)} < {price})"))
    skus, stock = values.get("skus"), values.get("stock")
    if skus and stock is not None:
        total = sum(s.stock for s in skus)
        if total != stock:
            issues.append(("stock", f"{stock} is not the sum of the SKU stock ({total})"))
    return issues


@dataclass(frozen=True)
class RecordSpec:
    type: str
    cls: Callable[..., Any]
    fields: tuple[FieldSpec, ...]
    checks: Callable[[dict[str, Any]], list[Issue]] = lambda values: []
    by_name: dict[str, FieldSpec] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    @property
    def references(self) -> tuple[tuple[str, str], ...]:
        """(field, target type) for every field that holds ids of other records."""
        return tuple(
            (f.name, f.kind.ref)
            for f in self.fields
            if isinstance(f.kind, Id | IdList) and f.kind.ref is not None
        )


def _f(name: str, kind: Kind, required: bool = False) -> FieldSpec:
    return FieldSpec(name, kind, required)


SPECS: dict[str, RecordSpec] = {
    spec.type: spec
    for spec in (
        RecordSpec(
            "creator",
            Creator,
            (
                _f("id", Id(), True),
                _f("name", Text(100, non_empty=True), True),
                _f("platform", Choice(Platform), True),
                _f("handle", Text(64)),
                _f("bio", Text(2000)),
                _f("followers", Int(0)),
            ),
        ),
        RecordSpec(
            "product",
            Product,
            (
                _f("id", Id(), True),
                _f("title", Text(200, non_empty=True), True),
                _f("description", Text(20000)),
                _f("brand", Text(100)),
                _f("category", Text(200, non_empty=True), True),
                _f("price", Money(positive=True), True),
                _f("original_price", Money(positive=False)),
                _f("currency", Currency()),
                _f("stock", Int(0), True),
                _f("status", Choice(ProductStatus)),
                _f("shop", Text(100)),
                _f("creator_id", Id(ref="creator")),
                _f("attributes", StrMap()),
                _f("skus", Skus()),
                _f("faqs", Faqs()),
                _f("images", StrList()),
                _f("tags", StrList(100)),
                _f("shipping", Text(500)),
                _f("return_policy", Text(200, non_empty=True)),
                _f("language", Language()),
            ),
            _product_checks,
        ),
        RecordSpec(
            "live_room",
            LiveRoom,
            (
                _f("id", Id(), True),
                _f("creator_id", Id(ref="creator"), True),
                _f("title", Text(200, non_empty=True), True),
                _f("starts_at", Time(), True),
                _f("ends_at", Time(), True),
                _f("product_ids", IdList(ref="product"), True),
            ),
            _ends_after_starts,
        ),
        RecordSpec(
            "video",
            Video,
            (
                _f("id", Id(), True),
                _f("creator_id", Id(ref="creator"), True),
                _f("title", Text(200, non_empty=True), True),
                _f("description", Text(5000)),
                _f("published_at", Time(), True),
                _f("product_ids", IdList(ref="product"), True),
                _f("tags", StrList(100)),
            ),
        ),
        RecordSpec(
            "flash_sale",
            FlashSale,
            (
                _f("id", Id(), True),
                _f("product_id", Id(ref="product"), True),
                _f("sku_id", Id()),
                _f("live_room_id", Id(ref="live_room")),
                _f("price", Money(positive=True), True),
                _f("quantity", Int(1), True),
                _f("per_user_limit", Int(1)),
                _f("starts_at", Time(), True),
                _f("ends_at", Time(), True),
            ),
            _ends_after_starts,
        ),
    )
}
SPEC_BY_CLASS: dict[Any, RecordSpec] = {spec.cls: spec for spec in SPECS.values()}
TIME_FIELDS = frozenset(
    f.name for spec in SPECS.values() for f in spec.fields if isinstance(f.kind, Time)
)


def _plain_extra(value: Any, suffix: str = "") -> Any:
    """Unknown-field values as plain JSON (numbers parsed as Decimal become float)."""
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, str):
        if "\x00" in value:
            raise _fail("contains a NUL character", suffix)
        return value
    if isinstance(value, list):
        return [_plain_extra(v, suffix) for v in value]
    if isinstance(value, dict):
        return {_plain_extra(k, suffix): _plain_extra(v, suffix) for k, v in value.items()}
    return value


# ---- serialisation ----------------------------------------------------------------------------


def to_record(obj: CatalogRecord, tz: tzinfo = UTC) -> dict[str, Any]:
    """The interchange-format dict of a domain object: spec order, absent fields omitted,
    money as 2-decimal strings, times in `tz`, unknown fields (`extra`) last in name order."""
    spec = SPEC_BY_CLASS[type(obj)]
    out: dict[str, Any] = {"type": spec.type}
    for f in spec.fields:
        value = getattr(obj, f.name)
        if value is None or (not f.required and isinstance(value, tuple | dict) and not value):
            continue
        out[f.name] = f.kind.dump(value, tz)
    for key in sorted(obj.extra):
        out[key] = obj.extra[key]
    return out


def dump_line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def content_hash(obj: CatalogRecord) -> str:
    """A canonical hash of everything a record says: times in UTC, object keys sorted (the
    database may reorder JSON objects) except attributes, whose order shoppers see."""
    record = to_record(obj, UTC)
    # Only the fields of the record's own type have a known shape: a creator line may carry an
    # unknown `attributes` or `skus` field (kept as is, any JSON value, null included).
    if isinstance(record.get("attributes"), dict):
        record["attributes"] = list(record["attributes"].items())
    skus = record.get("skus")
    for sku in skus if isinstance(skus, list) else ():
        if isinstance(sku, dict) and isinstance(sku.get("attributes"), dict):
            sku["attributes"] = list(sku["attributes"].items())
    canonical = json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(canonical.encode("utf-8"), digest_size=16).hexdigest()


def shift_times(record: dict[str, Any], delta: timedelta) -> dict[str, Any]:
    """A copy of a raw record with every well-formed time field moved by `delta`."""
    shifted = dict(record)
    for name in TIME_FIELDS & record.keys():
        value = record[name]
        if isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value.strip())
            except ValueError:
                continue
            if moment.tzinfo is not None:
                shifted[name] = (moment + delta).isoformat()
    return shifted


class TooDeep(ValueError):
    """JSON nested deeper than `MAX_JSON_DEPTH`: refused before the parser recurses into it."""

    def __init__(self) -> None:
        super().__init__(f"nested more than {MAX_JSON_DEPTH} levels deep (the limit)")


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JSON_BRACKET = re.compile(r"[\[\]{}]")


def json_too_deep(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether `text` nests objects/lists deeper than `limit` (brackets in strings ignored).

    Python's parser recurses once per level, so 2,000 levels raise RecursionError; this linear
    scan runs first, and only when there are enough brackets to matter."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for match in _JSON_BRACKET.finditer(_JSON_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            if depth > limit:
                return True
        else:
            depth -= 1
    return False


def loads(text: str) -> Any:
    """JSON with exact decimals (never float), no NaN/Infinity and no lone surrogates. A key
    written twice in one object is kept track of (see `repeated_keys`) instead of lost.
    Nesting deeper than `MAX_JSON_DEPTH` raises `TooDeep` (a ValueError)."""
    if json_too_deep(text):
        raise TooDeep
    try:
        data = json.loads(
            text, parse_float=Decimal, parse_constant=_reject_constant, object_pairs_hook=_checked
        )
    except _Repeats:
        # Rare: parse again, keeping where the repeated keys are.
        data = json.loads(
            text,
            parse_float=Decimal,
            parse_constant=_reject_constant,
            object_pairs_hook=_JsonObject.of,
        )
        data = data if isinstance(data, _JsonObject) else _JsonList(data)
        data.has_repeats = True
    if "\\u" in text and _SURROGATE_ESCAPE.search(text):
        try:
            json.dumps(data, ensure_ascii=False, default=str).encode("utf-8")
        except UnicodeEncodeError:
            # Valid JSON, but no database can store half of a UTF-16 pair.
            raise ValueError("unpaired surrogate escape (\\ud800-\\udfff)") from None
    return data


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class _Repeats(Exception):
    pass


def _checked(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _Repeats
    return obj


class _JsonObject(dict[str, Any]):
    """A JSON object that remembers keys written twice (plain `json` keeps the last silently)."""

    repeated: tuple[str, ...] = ()  # keys of this object written more than once
    has_repeats = False  # on the top value: some object in it has repeated keys

    @classmethod
    def of(cls, pairs: list[tuple[str, Any]]) -> _JsonObject:
        obj = cls(pairs)
        if len(obj) != len(pairs):
            obj.repeated = _repeated(pairs)
        return obj


class _JsonList(list[Any]):
    has_repeats = False


def _repeated(pairs: list[tuple[str, Any]]) -> tuple[str, ...]:
    seen: set[str] = set()
    repeated: list[str] = []
    for key, _ in pairs:
        if key in seen and key not in repeated:
            repeated.append(key)
        seen.add(key)
    return tuple(repeated)


def repeated_keys(value: Any, path: str = "") -> list[tuple[str, str]]:
    """(field path, key) for every key written twice in one object, at any depth."""
    found: list[tuple[str, str]] = []
    if isinstance(value, dict):
        found.extend((path, key) for key in getattr(value, "repeated", ()))
        for key, item in value.items():
            found.extend(repeated_keys(item, f"{path}.{key}" if path else key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found.extend(repeated_keys(item, f"{path}[{i}]"))
    return found


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


# ---- parsing ----------------------------------------------------------------------------------


@dataclass(slots=True)
class ParsedRecord:
    type: str
    id: str
    source: str
    line: int
    obj: Any


@dataclass(slots=True)
class PartialRecord:
    """What parsed of a record that has errors: its references and prices are still checked,
    so every problem of the record is reported at once, not one round of fixes at a time."""

    type: str
    id: str | None
    source: str
    line: int
    values: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ProductPricing:
    """What a flash sale is checked against: the product price and its SKU prices."""

    price: Decimal
    sku_prices: dict[str, Decimal]


@dataclass(frozen=True, slots=True)
class StoredFlashSale:
    id: str
    product_id: str
    sku_id: str | None
    price: Decimal


@dataclass
class ExistingCatalog:
    """What the database knows that the import's rules depend on: ids the import refers to,
    prices of stored products that imported flash sales discount, and stored flash sales that
    have not ended (an imported product must stay pricier than those)."""

    ids: dict[str, set[str]] = field(default_factory=lambda: {t: set() for t in RECORD_TYPES})
    products: dict[str, ProductPricing] = field(default_factory=dict)
    open_flash_sales: list[StoredFlashSale] = field(default_factory=list)


class OversizedLine(bytes):
    """Stands in for a line longer than `MAX_LINE_BYTES`, which is never held in memory."""

    size: int = 0

    @classmethod
    def of(cls, size: int) -> OversizedLine:
        line = cls(b"")
        line.size = size
        return line


def iter_file_lines(path: Path, max_bytes: int = MAX_LINE_BYTES) -> Iterator[bytes]:
    """A file's raw lines, streamed; a line over `max_bytes` comes as an `OversizedLine` (its
    bytes are skipped in chunks, so a 1 GB file without newlines costs no memory)."""
    with path.open("rb") as fh:
        while True:
            line = fh.readline(max_bytes + 1)
            if not line:
                return
            if len(line) <= max_bytes:
                yield line
                continue
            size = len(line)
            while not line.endswith(b"\n"):
                line = fh.readline(max_bytes)
                if not line:
                    break
                size += len(line)
            yield OversizedLine.of(size)


def editor_lines(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Lines as an editor numbers them: `\n`, `\r\n` and a lone `\r` (old Mac exports) each
    end one. JSON text never holds a raw CR, so splitting on it cannot cut a record."""
    for raw in chunks:
        if isinstance(raw, OversizedLine) or b"\r" not in raw:
            yield raw
            continue
        body = raw[:-1] if raw.endswith(b"\n") else raw
        parts = body.split(b"\r")
        if raw.endswith(b"\r\n"):
            parts.pop()  # the CR of a CRLF
        yield from parts


class CatalogParser:
    """Collects valid records and problems from one or more catalog files.

    Feed every file, ask `references_outside()` which ids must come from the database, then
    call `resolve()` once; afterwards `valid` holds what may be written and `errors` the rest.
    """

    def __init__(self) -> None:
        self.valid: dict[str, dict[str, ParsedRecord]] = {t: {} for t in RECORD_TYPES}
        self.invalid: dict[str, set[str]] = {t: set() for t in RECORD_TYPES}
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.records_read = 0
        self.rejected = 0  # records (lines) with at least one error
        self.omitted: dict[str, int] = {}  # per file: errors beyond MAX_ERRORS_PER_FILE
        self._partial: list[PartialRecord] = []
        self._resolving = False  # resolve() keeps every error, sorts, then trims the listing
        self._stored_errors: dict[str, int] = {}
        self._last_error_at: tuple[str, int] | None = None
        self._first_seen: dict[tuple[str, str], tuple[str, int]] = {}
        self._source_order: dict[str, int] = {}

    @property
    def error_count(self) -> int:
        """All errors, listed or not."""
        return len(self.errors) + sum(self.omitted.values())

    # -- input -------------------------------------------------------------------------------
    def feed(self, source: str, lines: Iterable[bytes], *, csv_format: bool = False) -> None:
        self._source_order.setdefault(source, len(self._source_order))
        chunks = iter(lines)
        first = next(chunks, b"")
        if first[:2] in (b"\xff\xfe", b"\xfe\xff"):
            # Excel's "Unicode text": one clear error instead of one per line.
            self.line_error(source, 1, f"the file is UTF-16, not UTF-8; {SAVE_AS_UTF8}")
            return
        head = [first] if first or isinstance(first, OversizedLine) else []
        size = len(first)
        while size < BINARY_SNIFF_BYTES and (more := next(chunks, None)) is not None:
            head.append(more)
            size += len(more)
        if any(b"\x00" in chunk for chunk in head):
            # No text format has NUL bytes near its start: an image, an archive, a database
            # file … One error, instead of one for each of its thousands of "lines".
            self.line_error(
                source,
                1,
                "not a text file (it contains binary data); a catalog is UTF-8 JSON Lines "
                "(.jsonl) or CSV (.csv)",
            )
            return
        lines = itertools.chain(head, chunks)
        records_before, errors_before = self.records_read, len(self.errors)
        if csv_format:
            self.feed_csv(source, lines)
        else:
            self.feed_jsonl(source, lines)
        if self.records_read == records_before and len(self.errors) == errors_before:
            # Most likely the wrong file: say so rather than report a quiet success.
            self.warnings.append(Problem(source, 0, None, None, None, "no records in this file"))

    def feed_jsonl(self, source: str, lines: Iterable[bytes]) -> None:
        self._source_order.setdefault(source, len(self._source_order))
        for lineno, raw in enumerate(editor_lines(lines), 1):
            text = self._decode(source, lineno, raw)
            if text is None:
                continue
            stripped = text.strip()
            if not stripped or stripped.startswith("//"):
                continue
            try:
                data = loads(text.rstrip("\r\n"))
            except TooDeep as e:
                self.line_error(source, lineno, str(e))
                continue
            except json.JSONDecodeError as e:
                self.line_error(source, lineno, f"not valid JSON: {e.msg} (column {e.colno})")
                continue
            except ValueError as e:
                self.line_error(source, lineno, f"not valid JSON: {e}")
                continue
            if not isinstance(data, dict):
                self.line_error(
                    source, lineno, f"a record must be a JSON object, got {json_kind(data)}"
                )
                continue
            self.add(source, lineno, data)

    def feed_csv(self, source: str, lines: Iterable[bytes]) -> None:
        """Products as CSV: a header row of field names, JSON in list/object cells."""
        self._source_order.setdefault(source, len(self._source_order))
        # The csv module's cell limit is process-wide; ours applies while this file is read.
        previous_limit = csv.field_size_limit(MAX_CSV_CELL_CHARS)
        try:
            self._feed_csv(source, lines)
        finally:
            csv.field_size_limit(previous_limit)

    def _feed_csv(self, source: str, lines: Iterable[bytes]) -> None:
        bad_lines: set[int] = set()

        def text_lines() -> Iterator[str]:
            for lineno, raw in enumerate(lines, 1):
                text = self._decode(source, lineno, raw)
                if text is None:
                    bad_lines.add(lineno)
                    text = "\n" if isinstance(raw, OversizedLine) else raw.decode(errors="replace")
                yield text

        row_text: list[str] = []  # the physical lines of the row being read

        def tracked() -> Iterator[str]:
            for text in text_lines():
                row_text.append(text)
                yield text

        reader = csv.reader(tracked())
        header: list[str] | None = None
        absent: frozenset[str] = frozenset()
        start = 1

        def rows() -> Iterator[list[str] | None]:
            """The reader's rows, then None; a bad row is reported where it starts."""
            nonlocal start
            while True:
                try:
                    yield next(reader)
                except StopIteration:
                    yield None
                    return
                except csv.Error as e:
                    row_start, unclosed = start, sum(t.count('"') for t in row_text) % 2
                    start = reader.line_num + 1
                    row_text.clear()
                    if "field limit" in str(e):
                        reason = (
                            f"a cell is longer than {MAX_CSV_CELL_CHARS} characters (the limit)"
                        )
                    else:
                        reason = f"not valid CSV: {e}"
                    if unclosed:
                        # Stopped inside a quoted cell: what follows cannot be split into rows
                        # reliably, so say so instead of inventing errors for its pieces.
                        self.line_error(source, row_start, f"{reason}; the rest was not checked")
                        yield None
                        return
                    self.line_error(source, row_start, reason)

        # Each row is handled once the next one is read, so the last row is known as last.
        pending: tuple[int, list[str]] | None = None
        last_quotes = 0
        for row in rows():
            if pending is not None:
                row_start, cells = pending
                if row is None and last_quotes % 2:
                    # A quote never closed swallows the rest of the file into one cell.
                    self.line_error(
                        source,
                        row_start,
                        'a quoted cell that starts here is never closed (missing ")',
                    )
                    return
                if header is None:
                    header = [h.strip().removeprefix("\ufeff").strip() for h in cells]
                    if self._bad_header(source, row_start, header):
                        return
                    absent = self._missing_columns(source, row_start, header)
                elif any(cell.strip() for cell in cells):
                    self._add_csv_row(source, row_start, header, cells, absent)
                pending = None
            if row is None:
                break
            end = reader.line_num
            row_start, start = start, end + 1
            last_quotes = sum(t.count('"') for t in row_text)
            row_text.clear()
            if any(n in bad_lines for n in range(row_start, end + 1)):
                continue  # already reported (not UTF-8, or too long)
            pending = (row_start, row)

    def _bad_header(self, source: str, line: int, header: list[str]) -> bool:
        dupes = sorted({h for h in header if header.count(h) > 1})
        if dupes:
            self.line_error(source, line, f"duplicate columns: {', '.join(dupes)}")
        if any(not h for h in header):
            self.line_error(source, line, "a header column has no name")
        return bool(dupes) or any(not h for h in header)

    def _missing_columns(self, source: str, line: int, header: list[str]) -> frozenset[str]:
        missing = [f.name for f in SPECS["product"].fields if f.required and f.name not in header]
        for name in missing:
            self.error(source, line, None, None, name, "missing required column")
        return frozenset(missing)

    def _add_csv_row(
        self,
        source: str,
        line: int,
        header: list[str],
        row: list[str],
        absent: frozenset[str] = frozenset(),
    ) -> None:
        if len(row) > len(header):
            self.error(
                source, line, "product", None, None,
                f"{len(row)} cells but the header has {len(header)} columns",
            )  # fmt: skip
            return
        spec = SPECS["product"]
        data: dict[str, Any] = {}
        pre: list[Issue] = []
        for name, cell in zip(header, row, strict=False):
            if cell == "":
                continue
            fspec = spec.by_name.get(name)
            kind = fspec.kind.csv_cell if fspec else "text"
            if name == "type":
                if cell.strip() != "product":
                    pre.append(("type", f"CSV files hold products only, got {_short(cell)}"))
                continue
            if kind == "int" and INT_CELL_PATTERN.fullmatch(cell):
                data[name] = int(cell)
            elif kind == "json":
                try:
                    data[name] = loads(cell)
                except TooDeep as e:
                    pre.append((name, str(e)))
                    continue
                except ValueError as e:
                    msg = e.msg if isinstance(e, json.JSONDecodeError) else str(e)
                    pre.append((name, f"not valid JSON in this cell: {msg}"))
                    continue
                if getattr(data[name], "has_repeats", False):
                    pre.extend(
                        (f"{path}.{key}", "written twice in one record; keep only one")
                        for path, key in repeated_keys(data[name], name)
                    )
            else:
                data[name] = cell
        data["type"] = "product"
        self.add(source, line, data, pre_issues=pre, absent_columns=absent)

    def _decode(self, source: str, lineno: int, raw: bytes) -> str | None:
        if isinstance(raw, OversizedLine):
            self.line_error(
                source,
                lineno,
                f"line is longer than {MAX_LINE_BYTES // 2**20} MiB ({raw.size:,} bytes; the limit)",
            )
            return None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            # The column an editor shows: characters, not bytes, before the bad byte.
            column = len(raw[: e.start].decode("utf-8", errors="replace").lstrip("\ufeff")) + 1
            self.line_error(
                source,
                lineno,
                f"not valid UTF-8 (byte 0x{raw[e.start]:02x} at column {column}); {SAVE_AS_UTF8}",
            )
            return None
        return text.removeprefix("\ufeff") if lineno == 1 else text

    def add(
        self,
        source: str,
        line: int,
        data: dict[str, Any],
        *,
        pre_issues: Iterable[Issue] = (),
        absent_columns: frozenset[str] = frozenset(),
    ) -> None:
        """Validate one raw record (a JSON object) found at `source:line`."""
        try:
            self._add(source, line, data, pre_issues, absent_columns)
        except Exception as e:
            # A bug in a check must cost one record an error line, never the import a
            # traceback (nothing is written either way).
            self.line_error(source, line, f"could not check this record ({type(e).__name__})")

    def _add(
        self,
        source: str,
        line: int,
        data: dict[str, Any],
        pre_issues: Iterable[Issue],
        absent_columns: frozenset[str],
    ) -> None:
        self.records_read += 1
        raw_type, raw_id = data.get("type"), data.get("id")
        shown_id = raw_id if isinstance(raw_id, str) and ID_PATTERN.fullmatch(raw_id) else None
        spec = SPECS.get(raw_type) if isinstance(raw_type, str) else None
        if spec is None:
            reason = (
                "missing record type"
                if raw_type is None
                else f"unknown record type {_short(raw_type)} (expected one of {', '.join(RECORD_TYPES)})"
            )
            self.error(source, line, None, shown_id, "type", reason)
            return
        rtype = spec.type
        issues: list[Issue] = list(pre_issues)
        if getattr(data, "has_repeats", False):
            for path, key in repeated_keys(data):
                issues.append(
                    (f"{path}.{key}" if path else key, "written twice in one record; keep only one")
                )
        values: dict[str, Any] = {}
        unwritable = False  # lacks a required CSV column: reported once, on the header
        for f in spec.fields:
            raw = data.get(f.name)
            if raw is None:
                if f.required and f.name in absent_columns:
                    unwritable = True
                elif f.required and f.name not in {name for name, _ in issues}:
                    issues.append((f.name, "missing required field"))
                continue
            try:
                values[f.name] = f.kind.parse(raw)
            except Invalid as e:
                issues.extend((f.name + suffix, reason) for suffix, reason in e.issues)
        issues.extend(spec.checks(values))
        extra: dict[str, Any] = {}
        for key, value in data.items():
            if key == "type" or key in spec.by_name:
                continue
            try:
                extra[key] = _plain_extra(value)
            except Invalid as e:
                issues.extend((key, reason) for _, reason in e.issues)
                continue
            self.warnings.append(
                Problem(source, line, rtype, shown_id, key, "unknown field, kept as extra data")
            )
        record_id = values.get("id")
        duplicate = False
        if record_id is not None:
            first = self._first_seen.get((rtype, record_id))
            if first is not None:
                duplicate = True
                where = f"line {first[1]}" if first[0] == source else f"{first[0]}:{first[1]}"
                issues.insert(0, ("id", f"duplicate {rtype} id (first defined at {where})"))
            else:
                self._first_seen[(rtype, record_id)] = (source, line)
        if issues or unwritable:
            for name, reason in issues:
                self.error(source, line, rtype, shown_id, name, reason)
            if record_id is not None and not duplicate:
                self.invalid[rtype].add(record_id)
            if issues and (spec.references or rtype == "flash_sale"):
                self._partial.append(PartialRecord(rtype, shown_id, source, line, values))
            return
        assert record_id is not None  # a required field: its absence is an issue above
        self.valid[rtype][record_id] = ParsedRecord(
            rtype, record_id, source, line, spec.cls(**values, extra=extra)
        )

    # -- cross-record rules ------------------------------------------------------------------
    def references_outside(self) -> dict[str, set[str]]:
        """Ids that valid records refer to but that this import does not define validly."""
        wanted: dict[str, set[str]] = {t: set() for t in RECORD_TYPES}
        views: list[tuple[str, Callable[[str], Any]]] = [
            (rtype, functools.partial(getattr, rec.obj))
            for rtype, records in self.valid.items()
            for rec in records.values()
        ]
        views.extend((p.type, p.values.get) for p in self._partial)
        for rtype, get in views:
            for name, target in SPECS[rtype].references:
                for target_id in _ids(get(name)):
                    # An invalid record's stored version, if any, can stand in for it.
                    if (target, target_id) not in self._first_seen or (
                        target_id in self.invalid[target]
                    ):
                        wanted[target].add(target_id)
        return wanted

    def resolve(self, existing: ExistingCatalog, *, cascade: bool = True) -> None:
        """Check references and flash-sale prices.

        A reference to a record that is invalid in this import is fine when the catalog
        already holds that record (the stored version stays). Otherwise the referring record
        becomes invalid too (types are visited in dependency order, so this cascades) and, with
        `cascade`, says so; without it (nothing will be written anyway) only the root errors
        are reported, so one typo does not bury the file in follow-up errors."""
        self._resolving = True
        resolved_invalid: dict[str, set[str]] = {t: set() for t in RECORD_TYPES}
        stored_sales: dict[str, list[StoredFlashSale]] = {}
        for sale in existing.open_flash_sales:
            if ("flash_sale", sale.id) not in self._first_seen:  # else the import replaces it
                stored_sales.setdefault(sale.product_id, []).append(sale)
        for rtype in RECORD_TYPES:
            refs = SPECS[rtype].references
            for rec in list(self.valid[rtype].values()):
                issues: list[Issue] = []
                for name, target in refs:
                    for target_id in _ids(getattr(rec.obj, name)):
                        if target_id in self.valid[target]:
                            continue
                        stored = target_id in existing.ids[target]
                        if target_id in resolved_invalid[target] or (
                            target_id in self.invalid[target] and not stored
                        ):
                            issues.append((name, f"references invalid {target} {target_id}"))
                        elif not stored:
                            issues.append(
                                (name, f"unknown {target} {target_id} (not in this import or the catalog)")
                            )  # fmt: skip
                if rtype == "flash_sale":
                    sale = rec.obj
                    issues.extend(
                        self._flash_sale_prices(sale.product_id, sale.sku_id, sale.price, existing)
                    )
                elif rtype == "product" and rec.id in stored_sales:
                    issues.extend(_against_stored_sales(rec.obj, stored_sales[rec.id]))
                if issues:
                    del self.valid[rtype][rec.id]
                    self.invalid[rtype].add(rec.id)
                    resolved_invalid[rtype].add(rec.id)
                    for name, reason in issues:
                        if cascade or not reason.startswith("references invalid "):
                            self.error(rec.source, rec.line, rtype, rec.id, name, reason)
        for partial in self._partial:
            for name, reason in self._partial_issues(partial, existing, resolved_invalid):
                if cascade or not reason.startswith("references invalid "):
                    # The record is already counted as rejected by its own errors.
                    self.error(
                        partial.source, partial.line, partial.type, partial.id, name, reason,
                        new_record=False,
                    )  # fmt: skip
        self.errors.sort(key=self._position)
        self.warnings.sort(key=self._position)
        self._limit_listed_errors()
        self._resolving = False

    def _partial_issues(
        self,
        partial: PartialRecord,
        existing: ExistingCatalog,
        resolved_invalid: dict[str, set[str]],
    ) -> list[Issue]:
        """The cross-record problems of a record that also has errors of its own."""
        issues: list[Issue] = []
        values = partial.values
        for name, target in SPECS[partial.type].references:
            for target_id in _ids(values.get(name)):
                if target_id in self.valid[target] or target_id in existing.ids[target]:
                    continue
                if target_id in resolved_invalid[target] or target_id in self.invalid[target]:
                    issues.append((name, f"references invalid {target} {target_id}"))
                else:
                    issues.append(
                        (name, f"unknown {target} {target_id} (not in this import or the catalog)")
                    )
        product_id, price = values.get("product_id"), values.get("price")
        if partial.type == "flash_sale" and product_id is not None and price is not None:
            issues.extend(
                self._flash_sale_prices(product_id, values.get("sku_id"), price, existing)
            )
        return issues

    def _limit_listed_errors(self) -> None:
        """Keep the first `MAX_ERRORS_PER_FILE` errors of each file; count the rest."""
        kept: list[Problem] = []
        per_file: dict[str, int] = {}
        for problem in self.errors:
            n = per_file[problem.source] = per_file.get(problem.source, 0) + 1
            if n <= MAX_ERRORS_PER_FILE:
                kept.append(problem)
            else:
                self.omitted[problem.source] = self.omitted.get(problem.source, 0) + 1
        self.errors = kept
        self._stored_errors = {src: min(n, MAX_ERRORS_PER_FILE) for src, n in per_file.items()}

    def _flash_sale_prices(
        self,
        product_id: str,
        sku_id: str | None,
        sale_price: Decimal,
        existing: ExistingCatalog,
    ) -> list[Issue]:
        parsed = self.valid["product"].get(product_id)
        if parsed is not None:
            product: Product = parsed.obj
            pricing = ProductPricing(product.price, {s.id: s.price for s in product.skus})
        else:
            found = existing.products.get(product_id)
            if found is None:
                return []
            pricing = found
        # A sale of one SKU discounts that SKU's price, which may be above the product's
        # headline price (often the cheapest variant); a whole-product sale the product price.
        if sku_id is None:
            regular, what = pricing.price, "the product price"
        elif sku_id in pricing.sku_prices:
            regular, what = pricing.sku_prices[sku_id], "the SKU price"
        else:
            return [("sku_id", f"product {product_id} has no SKU {sku_id}")]
        if sale_price >= regular:
            return [
                (
                    "price",
                    f"flash price {format_money(sale_price)} must be below {what} "
                    f"{format_money(regular)}",
                )
            ]
        return []

    def flash_sale_products_outside(self) -> set[str]:
        """Products of valid flash sales that only the database can price."""
        wanted = {rec.obj.product_id for rec in self.valid["flash_sale"].values()}
        wanted.update(
            p.values["product_id"]
            for p in self._partial
            if p.type == "flash_sale" and p.values.get("product_id") is not None
        )
        return {pid for pid in wanted if pid not in self.valid["product"]}

    # -- helpers -----------------------------------------------------------------------------
    def error(
        self,
        source: str,
        line: int,
        rtype: str | None,
        rid: str | None,
        name: str | None,
        reason: str,
        *,
        new_record: bool = True,
    ) -> None:
        """Record one error. Errors of one record arrive together, so a change of position
        counts one more rejected record; past `MAX_ERRORS_PER_FILE` listed errors of a file
        (a binary or wrong file has thousands), the rest are only counted."""
        if new_record and self._last_error_at != (source, line):
            self.rejected += 1
        self._last_error_at = (source, line)
        stored = self._stored_errors.get(source, 0)
        if stored >= MAX_ERRORS_PER_FILE and not self._resolving:
            # While reading, errors come in file order: a later one is never listed before.
            self.omitted[source] = self.omitted.get(source, 0) + 1
            return
        self._stored_errors[source] = stored + 1
        self.errors.append(Problem(source, line, rtype, rid, name, reason))

    def line_error(self, source: str, line: int, reason: str) -> None:
        """An error about a whole line (not JSON, not UTF-8, unreadable): no type, id or field."""
        self.error(source, line, None, None, None, reason)

    def _position(self, problem: Problem) -> tuple[int, int]:
        return (self._source_order.get(problem.source, len(self._source_order)), problem.line)


def _against_stored_sales(product: Product, sales: list[StoredFlashSale]) -> list[Issue]:
    """A product update must not make a running or upcoming stored flash sale pointless."""
    issues: list[Issue] = []
    for sale in sales:
        price = format_money(sale.price)
        if sale.sku_id is None and sale.price >= product.price:
            issues.append(
                (
                    "price",
                    f"{format_money(product.price)} is not above the price of flash sale "
                    f"{sale.id} ({price}) that has not ended",
                )
            )
        if sale.sku_id is not None:
            sku = product.sku(sale.sku_id)
            if sku is None:
                issues.append(
                    ("skus", f"drops SKU {sale.sku_id}, which flash sale {sale.id} still sells")
                )
            elif sale.price >= sku.price:
                issues.append(
                    (
                        "skus",
                        f"SKU {sku.id} price {format_money(sku.price)} is not above the price "
                        f"of flash sale {sale.id} ({price}) that has not ended",
                    )
                )
    return issues


def _ids(value: str | tuple[str, ...] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    return (value,) if isinstance(value, str) else value
