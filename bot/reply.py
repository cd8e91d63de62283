"""Channel-neutral conversation types: what an adapter hands the engine and gets back."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


@dataclass(frozen=True, slots=True)
class Incoming:
    """One thing a user did, whatever the channel.

    Exactly one of `text`, `command`, `action_token`, `inline_query` is normally set; a
    `/start <payload>` arrives as command "start" with `deep_link` set.
    """

    user_id: str  # channel-scoped, e.g. "tg:42" or "term:local"
    chat_id: str
    language_code: str | None = None
    text: str | None = None
    command: str | None = None
    args: tuple[str, ...] = ()
    action_token: str | None = None
    inline_query: str | None = None
    deep_link: str | None = None
    bot_username: str | None = None
    first_name: str | None = None
    payment: PaymentInfo | None = None  # a pre-checkout query or a successful payment
    photo: str | None = None  # a photo's file id (its caption, if any, is `text`)


class Style(StrEnum):
    PLAIN = "plain"
    BOLD = "bold"
    ITALIC = "italic"
    STRIKE = "strike"
    CODE = "code"
    LINK = "link"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with one style. Text is always raw; renderers escape it."""

    text: str
    style: Style = Style.PLAIN
    url: str | None = None


Line = tuple[Span, ...]


def plain(text: str) -> Span:
    return Span(text)


def bold(text: str) -> Span:
    return Span(text, Style.BOLD)


def italic(text: str) -> Span:
    return Span(text, Style.ITALIC)


def strike(text: str) -> Span:
    return Span(text, Style.STRIKE)


def link(text: str, url: str) -> Span:
    return Span(text, Style.LINK, url)


@dataclass(slots=True)
class Button:
    """A button: either an action the server resolves through a token, or a URL."""

    label: str
    action: str | None = None
    args: dict[str, Any] = field(default_factory=dict)
    url: str | None = None
    token: str | None = None  # filled in by the engine before the reply leaves


@dataclass(slots=True)
class InlineResult:
    id: str
    title: str
    description: str
    message: list[Line]
    thumbnail_url: str | None = None


@dataclass(frozen=True, slots=True)
class InvoiceSpec:
    """A payment request (Telegram `sendInvoice`), all amounts in the currency's minor units."""

    title: str
    description: str
    payload: str
    currency: str
    prices: tuple[tuple[str, int], ...]
    provider_token: str
    need_name: bool = False
    need_phone_number: bool = False
    need_shipping_address: bool = False


@dataclass(frozen=True, slots=True)
class PaymentInfo:
    """What Telegram tells about a payment: a pre-checkout question or a successful payment."""

    payload: str
    currency: str
    total_amount: int
    query_id: str | None = None  # set for a pre-checkout query (answer it!)
    telegram_charge_id: str | None = None  # set for a successful payment
    provider_charge_id: str | None = None
    name: str | None = None
    phone: str | None = None
    address: str | None = None


@dataclass(slots=True)
class Reply:
    """What the engine answers: lines of styled text, button rows, an optional photo.

    `edit` asks the adapter to edit the message a button was pressed on instead of sending a
    new one (pagination). `notice` is a short toast for a button press (answerCallbackQuery).
    """

    lines: list[Line] = field(default_factory=list)
    buttons: list[list[Button]] = field(default_factory=list)
    photo: str | None = None
    edit: bool = False
    notice: str | None = None
    notice_alert: bool = False
    inline_results: list[InlineResult] | None = None
    invoice: InvoiceSpec | None = None  # sent after the text
    # The answer to a pre-checkout query: None = not one; "" = accept; text = refuse, saying why.
    pre_checkout_error: str | None = None
    # A reply may be followed by more messages (e.g. a room intro, then its cart).
    followups: list[Reply] = field(default_factory=list)

    def add(self, *spans: Span | str) -> Reply:
        self.lines.append(tuple(s if isinstance(s, Span) else Span(s) for s in spans))
        return self

    def blank(self) -> Reply:
        self.lines.append(())
        return self

    def row(self, *buttons: Button) -> Reply:
        if buttons:
            self.buttons.append(list(buttons))
        return self

    def all_buttons(self) -> list[Button]:
        return [b for row in self.buttons for b in row]

    def plain_text(self) -> str:
        """The text without styling (for logs, tests and the terminal)."""
        return "\n".join("".join(s.text for s in line) for line in self.lines)
