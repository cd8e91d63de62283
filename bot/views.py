"""Reply builders shared by the actions: money, times, product cards, filter labels."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from bot.i18n import t
from bot.reply import Button, Line, Span, bold, plain, strike
from catalog.model import Product
from catalog.queries import ProductCard
from retrieval.types import Evidence, SearchFilters, SortOrder

CARD_TITLE_MAX = 60
LOW_STOCK = 10
UPCOMING_SHOWN = timedelta(hours=24)  # a card mentions a flash sale starting within a day
_SYMBOLS = {"CNY": "¥", "RMB": "¥", "USD": "$", "EUR": "€", "JPY": "JP¥", "HKD": "HK$"}
_EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def money(amount: Decimal, currency: str = "CNY") -> str:
    """¥199 / ¥199.50 / USD 19.99 — exact, never through float."""
    q = amount.quantize(Decimal("0.01"))
    text = f"{q:,.0f}" if q == q.to_integral_value() else f"{q:,.2f}"
    symbol = _SYMBOLS.get(currency.upper())
    return f"{symbol}{text}" if symbol else f"{currency.upper()} {text}"


def local_time(
    dt: datetime, tz: str, lang: str, *, with_date: bool = True, now: datetime | None = None
) -> str:
    """A moment in the shopper's zone and language. With `now`: "21:30" today, "明天 21:30" /
    "tomorrow 21:30", "昨天 …" / "yesterday …", else the date; never a bare hour for another
    day."""
    zone = ZoneInfo(tz)
    local = dt.astimezone(zone)
    hm = local.strftime("%H:%M")
    if now is not None:
        days = (local.date() - now.astimezone(zone).date()).days
        if days == 0:
            return hm
        if days in (1, -1):
            word = t(lang, "tomorrow" if days == 1 else "yesterday")
            return f"{word} {hm}"
    elif not with_date:
        return hm
    if lang == "zh":
        return f"{local.month}月{local.day}日 {hm}"
    return f"{_EN_MONTHS[local.month - 1]} {local.day}, {hm}"


def duration(delta: timedelta, lang: str) -> str:
    minutes = max(1, int(delta.total_seconds() // 60) + (1 if delta.total_seconds() % 60 else 0))
    if minutes < 60:
        return t(lang, "minutes", n=minutes)
    hours, mins = divmod(minutes, 60)
    if hours < 24:
        return t(lang, "hours_minutes", h=hours, m=mins)
    days, hours = divmod(hours, 24)
    return t(lang, "days_hours", d=days, h=hours)


# Markup pasted into catalog text ("Grinder Set <b>2-pack</b>"): a shopper should see the
# words, not the tags. What is left is escaped by the renderer like any text.
_MARKUP_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,80})?\s*/?>")


def display(text: str) -> str:
    """Catalog text as a shopper reads it: tags dropped, whitespace folded."""
    return " ".join(_MARKUP_TAG.sub("", text).split())


def shorten(text: str, limit: int) -> str:
    """Catalog text for a card or a line: `display`, cut at `limit`."""
    text = display(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def stock_label(product: Product, lang: str) -> str | None:
    if not product.is_on_sale:
        return t(lang, "off_shelf")
    if product.available <= 0:
        return t(lang, "sold_out")
    if product.available <= LOW_STOCK:
        return t(lang, "only_left", n=product.available)
    return None


def price_text(amount: Decimal, currency: str, lang: str, *, from_price: bool = False) -> str:
    text = money(amount, currency)
    return t(lang, "from_price", price=text) if from_price else text


def price_spans(card: ProductCard, lang: str, now: datetime) -> list[Span]:
    """Price · struck list price · flash badge with time left · upcoming sale — all from the
    card's offer (the one pricing function)."""
    offer = card.offer
    currency = card.product.currency
    spans: list[Span] = [bold(price_text(offer.price, currency, lang, from_price=offer.from_price))]
    if offer.compare_at is not None:
        spans += [plain(" "), strike(money(offer.compare_at, currency))]
    if offer.flash_sale is not None:
        spans.append(plain(f" · {t(lang, 'flash_badge', price=money(offer.price, currency))} "))
        spans.append(plain(t(lang, "ends_in", left=duration(offer.flash_sale.ends_at - now, lang))))
    elif card.upcoming_sale is not None and card.upcoming_sale.starts_at - now <= UPCOMING_SHOWN:
        sale = card.upcoming_sale
        spans.append(
            plain(
                " · "
                + t(
                    lang,
                    "flash_upcoming_badge",
                    price=money(sale.price, currency),
                    left=duration(sale.starts_at - now, lang),
                )
            )
        )
    return spans


def card_lines(index: int | None, card: ProductCard, lang: str, now: datetime) -> list[Line]:
    """A compact product card: numbered title, then price · flash sale · stock · badges."""
    p = card.product
    head: list[Span] = []
    if index is not None:
        head.append(bold(f"{index}. "))
    head.append(bold(shorten(p.title, CARD_TITLE_MAX)))
    detail = price_spans(card, lang, now)
    extras = []
    if label := stock_label(p, lang):
        extras.append(label)
    if card.live:
        extras.append(t(lang, "live_badge"))
    if card.creator_name:
        extras.append(t(lang, "by_creator", name=shorten(card.creator_name, 30)))
    if extras:
        detail.append(plain(" · " + " · ".join(extras)))
    return [tuple(head), tuple(detail)]


def card_buttons(index: int, product: Product, lang: str) -> list[Button]:
    row = [Button(t(lang, "btn_details", n=index), "details", {"pid": product.id})]
    if product.is_on_sale and product.in_stock:
        row.append(Button(t(lang, "btn_cart"), "cart_add", {"pid": product.id}))
        row.append(Button(t(lang, "btn_buy"), "buy", {"pid": product.id}))
    row.append(Button(t(lang, "btn_remind"), "remind", {"kind": "product", "id": product.id}))
    return row


# ---- search filters <-> token args -----------------------------------------------------------
_DECIMAL_FIELDS = ("min_price", "max_price")


def filters_to_args(filters: SearchFilters) -> dict[str, Any]:
    """The constrained fields only, JSON-safe (Decimal → str)."""
    out: dict[str, Any] = {}
    for name in filters.__dataclass_fields__:
        value = getattr(filters, name)
        if value in (None, False, SortOrder.RELEVANCE):
            continue
        out[name] = str(value) if isinstance(value, Decimal | SortOrder) else value
    return out


def filters_from_args(args: dict[str, Any] | None) -> SearchFilters:
    if not args:
        return SearchFilters()
    values: dict[str, Any] = {}
    for name in SearchFilters.__dataclass_fields__:
        if name not in args:
            continue
        value = args[name]
        if name in _DECIMAL_FIELDS:
            value = Decimal(str(value))
        elif name == "sort":
            value = SortOrder(value)
        values[name] = value
    return SearchFilters(**values)


def filter_labels(filters: SearchFilters, lang: str, *, creator: str | None = None) -> list[str]:
    """Labels for a search's constraints, in `lang` (whatever language the query was in)."""
    labels: list[str] = []
    if filters.min_price is not None and filters.max_price is not None:
        labels.append(f"{money(filters.min_price)}–{money(filters.max_price)}")
    elif filters.max_price is not None:
        labels.append(
            f"{money(filters.max_price)}以内"
            if lang == "zh"
            else f"under {money(filters.max_price)}"
        )
    elif filters.min_price is not None:
        labels.append(
            f"{money(filters.min_price)}以上"
            if lang == "zh"
            else f"over {money(filters.min_price)}"
        )
    zh = lang == "zh"
    if filters.category_prefix:
        labels.append(filters.category_prefix)
    if filters.platform:
        labels.append(filters.platform)
    if filters.live_now:
        labels.append("正在直播" if zh else "live now")
    if filters.in_stock:
        labels.append("有货" if zh else "in stock")
    if filters.on_flash_sale:
        labels.append("秒杀中" if zh else "on flash sale")
    if filters.flash_soon:
        labels.append("即将开始的秒杀" if zh else "flash sales starting soon")
    if creator:
        labels.append(t(lang, "filter_creator", name=creator))
    if filters.sort is SortOrder.PRICE_ASC:
        labels.append("价格从低到高" if zh else "cheapest first")
    return labels


RELAXATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("relax_price", ("min_price", "max_price")),
    ("relax_live", ("live_now",)),
    ("relax_stock", ("in_stock",)),
    ("relax_flash", ("on_flash_sale", "flash_soon")),
    ("relax_category", ("category_prefix",)),
    ("relax_platform", ("platform",)),
    ("relax_creator", ("creator_id",)),
)


def evidence_label(evidence: Evidence, lang: str) -> str:
    """Where an answer's fact comes from, named in `lang`: the listing's own field name when it
    is in that language, else the property it is about; "seller FAQ" for FAQ answers."""
    from retrieval.qa import properties

    if evidence.kind == "faq":
        question = evidence.label.removeprefix("FAQ: ")
        return (
            f"{t(lang, 'evidence_faq')}「{question}」"
            if lang == "zh"
            else (f"{t(lang, 'evidence_faq')} “{question}”")
        )
    if evidence.kind == "description":
        return t(lang, "evidence_description")
    label = evidence.label
    has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in label)
    if (lang == "en") == (not has_cjk):
        return label
    prop = properties().get(evidence.prop or "")
    if prop is not None:
        return prop.en if lang == "en" else prop.zh
    return label
