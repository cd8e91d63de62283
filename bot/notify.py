"""Messages out: an outbox row's kind and payload (data written by a service) rendered as a
`Reply` in the recipient's language and time zone, at send time.

Services never write copy text; each kind they queue has one renderer here. Rows of one group
(related alerts close together) are rendered as one message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.i18n import Lang, t
from bot.reply import Reply
from ground.outbox import StoredMessage


@dataclass(frozen=True, slots=True)
class NoticeCtx:
    lang: Lang
    tz: str
    now: datetime

    def t(self, key: str, **fields: object) -> str:
        return t(self.lang, key, **fields)


Renderer = Callable[[NoticeCtx, Sequence[StoredMessage]], Reply]
RENDERERS: dict[str, Renderer] = {}


def renders(kind: str) -> Callable[[Renderer], Renderer]:
    """Register the renderer of one outbox kind."""

    def register(fn: Renderer) -> Renderer:
        RENDERERS[kind] = fn
        return fn

    return register


class UnknownKind(LookupError):
    pass


def render(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    renderer = RENDERERS.get(rows[0].kind)
    if renderer is None:
        raise UnknownKind(rows[0].kind)
    return renderer(ctx, rows)


@renders("notice")
def _notice(ctx: NoticeCtx, rows: Sequence[StoredMessage]) -> Reply:
    """A message from the i18n catalog: payload {"key": …, "fields": {…}}."""
    reply = Reply()
    for row in rows:
        reply.add(ctx.t(str(row.payload["key"]), **dict(row.payload.get("fields") or {})))
    return reply
