"""Health reports: what `daihuo doctor` prints and the webhook's `/health` answers.

Each part of the system contributes a `Check` (the database here; the search index, the Bot
API and the schema revision from the packages that own them)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from ground.infra import Infra
from ground.logs import redact

CHECK_TIMEOUT = 10.0


@dataclass(frozen=True, slots=True)
class Check:
    name: str  # "database", "index", "bot_api"
    ok: bool
    detail: str


@dataclass(frozen=True, slots=True)
class HealthReport:
    checks: tuple[Check, ...] = ()

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    def plus(self, *checks: Check) -> HealthReport:
        return HealthReport((*self.checks, *checks))

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "checks": {c.name: {"ok": c.ok, "detail": c.detail} for c in self.checks},
        }

    def lines(self) -> list[str]:
        return [f"{c.name:<9} {'ok  ' if c.ok else 'FAIL'} {c.detail}" for c in self.checks]


def failure_text(exc: BaseException) -> str:
    """An exception as one short, redacted line."""
    text_ = " ".join(str(getattr(exc, "orig", None) or exc).split())[:200]
    return redact(f"{type(exc).__name__}: {text_}" if text_ else type(exc).__name__)


async def database_check(infra: Infra) -> Check:
    """Can the database be reached and queried?"""
    try:
        async with infra.engine.connect() as conn:
            await asyncio.wait_for(conn.execute(text("select 1")), CHECK_TIMEOUT)
    except Exception as exc:
        return Check("database", False, f"unreachable: {failure_text(exc)}")
    return Check("database", True, f"{infra.dialect} reachable")
