"""Logging set-up, and the filter that keeps secrets out of every log line.

The bot token travels inside every Bot API URL (`…/bot<token>/getMe`), so httpx and
python-telegram-bot print it at DEBUG, and a rejected token comes back in PTB's error message;
the webhook secret appears in `setWebhook`'s logged parameters. `SecretRedactor` sits on the
root handlers and rewrites each record (message, arguments and traceback) before any handler
formats it; `redact()` does the same for lines printed by hand.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable

from ground.settings import Settings

REDACTED = "[REDACTED]"
_lock = threading.Lock()
_secrets: tuple[str, ...] = ()


def register_secrets(values: Iterable[str | None]) -> None:
    """Add values that must never appear in a log line or an error message."""
    global _secrets
    found = set(_secrets)
    for value in values:
        if not value or len(value) < 6:
            continue  # too short to be a credential; redacting it would mangle ordinary text
        found.add(value)
        # A bot token is `<bot id>:<secret>`; the id is public, the part after it is not,
        # and it may appear URL-encoded (`%3A`) or alone.
        head, sep, tail = value.partition(":")
        if sep and head.isdigit() and len(tail) >= 6:
            found.add(tail)
    with _lock:
        _secrets = tuple(sorted(found, key=len, reverse=True))


def redact(text: str) -> str:
    for secret in _secrets:
        if secret in text:
            text = text.replace(secret, REDACTED)
    return text


def settings_secrets(settings: Settings) -> list[str | None]:
    token, hook = settings.telegram_bot_token, settings.telegram_webhook_secret
    return [
        token.get_secret_value() if token is not None else None,
        hook.get_secret_value() if hook is not None else None,
    ]


class SecretRedactor(logging.Filter):
    """Rewrites a record so no registered secret reaches any handler."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not _secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: let the handler report it as usual
            return True
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_REDACTOR = SecretRedactor()
NOISY_LOGGERS = ("alembic", "httpx", "httpcore", "chromadb", "sentence_transformers")


def configure_logging(settings: Settings) -> None:
    """Root logging at the configured level, secrets redacted on every root handler."""
    register_secrets(settings_secrets(settings))
    level = getattr(logging, settings.log_level.upper(), logging.INFO)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    for handler in [*root.handlers, logging.lastResort]:
        if handler is not None and _REDACTOR not in handler.filters:
            handler.addFilter(_REDACTOR)
    # Per-request and per-migration INFO lines drown the bot's own log; at DEBUG they are
    # wanted (and redacted like everything else).
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(
            logging.DEBUG if level <= logging.DEBUG else logging.WARNING
        )
