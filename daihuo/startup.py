"""One clear line for everything that can stop a command before it does its work: settings
that do not validate, a `.env` that cannot be read, a database that cannot be reached, and
any other unexpected failure (its traceback only at DEBUG, with secrets redacted)."""

from __future__ import annotations

import logging
from typing import Any

from pydantic import ValidationError
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from ground.logs import redact
from ground.settings import Settings

log = logging.getLogger("daihuo")

EXIT_FAILED = 1
EXIT_CONFIG = 2


class StartupError(Exception):
    """A failure to report as one line; `exit_code` is what the command returns."""

    def __init__(self, message: str, exit_code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def load_settings(**overrides: Any) -> Settings:
    """`Settings(...)`, with a bad value or an unreadable `.env` as a `StartupError`."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = [_setting_problem(err) for err in exc.errors()]
        raise StartupError("bad settings: " + "; ".join(lines), EXIT_CONFIG) from None
    except UnicodeDecodeError as exc:
        raise StartupError(
            f"cannot read .env: it is not UTF-8 (byte 0x{exc.object[exc.start]:02x} at "
            f"position {exc.start}); save it as UTF-8",
            EXIT_CONFIG,
        ) from None
    except OSError as exc:
        raise StartupError(f"cannot read .env: {exc.strerror or exc}", EXIT_CONFIG) from None


def _setting_problem(err: Any) -> str:
    loc = err.get("loc") or ()
    name = str(loc[0]) if loc else "?"
    field = Settings.model_fields.get(name)
    alias = getattr(field, "validation_alias", None) if field else None
    choices = getattr(alias, "choices", None)
    env = str(choices[0]) if choices else f"DAIHUO_{name.upper()}"
    message = str(err.get("msg", "invalid")).removeprefix("Value error, ")
    return f"{env}: {message}"  # never the value itself: it may be a secret


def database_unreachable(url: str, exc: BaseException) -> StartupError | None:
    """A StartupError when `exc` means the database cannot be reached or opened."""
    if not isinstance(exc, OSError | OperationalError | InterfaceError | DBAPIError):
        return None
    shown = make_url(url).render_as_string(hide_password=True)
    reason = getattr(exc, "orig", None) or exc
    return StartupError(f"cannot open the database {shown}: {_one_line(reason)}")


def unexpected(exc: BaseException) -> str:
    """The one line for a failure nobody planned for; the traceback goes to the DEBUG log."""
    log.debug("the command failed", exc_info=exc)
    return f"{type(exc).__name__}: {_one_line(exc)} (set DAIHUO_LOG_LEVEL=DEBUG for details)"


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return redact(text[:300] or type(exc).__name__)
