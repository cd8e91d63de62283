"""What every chat action gets: the process's dependencies and one user's turn."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from bot.i18n import Lang, t
from bot.reply import Button, Line, Reply
from bot.repository import UserState
from bot.views import card_buttons, card_lines
from catalog.queries import ProductCard
from ground.infra import Infra
from retrieval.types import ProductQA, ProductSearch

PAGE_SIZE = 5


@dataclass
class Deps:
    """What the actions need, built once per process by the composition root."""

    infra: Infra
    search: ProductSearch
    qa: ProductQA
    page_size: int = PAGE_SIZE


@dataclass
class Ctx:
    """One user's turn: dependencies, their state, their language, the time."""

    deps: Deps
    user: UserState
    lang: Lang
    chat_id: str
    now: datetime
    bot_username: str | None = None
    first_name: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def infra(self) -> Infra:
        return self.deps.infra

    @property
    def user_key(self) -> str:
        return self.user.user_key

    @property
    def tz(self) -> str:
        return self.infra.settings.timezone

    def t(self, key: str, **fields: Any) -> str:
        return t(self.lang, key, **fields)


def list_reply(
    ctx: Ctx, cards: list[ProductCard], *, start_index: int = 1, header: list[Line] | None = None
) -> Reply:
    """Numbered cards with per-card buttons; remembers the list for "第二个" and "对比"."""
    reply = Reply(lines=list(header or []))
    for i, card in enumerate(cards, start=start_index):
        if reply.lines:
            reply.blank()
        reply.lines.extend(card_lines(i, card, ctx.lang, ctx.now))
        reply.row(*card_buttons(i, card.product, ctx.lang))
    if cards:
        reply.photo = next((c.product.cover for c in cards[:1] if c.product.cover), None)
        ctx.user.show_list([c.product.id for c in cards], start_index)
        ctx.user.focus_product_id = cards[0].product.id
    return reply


def nav_row(ctx: Ctx, action: str, args: dict[str, Any], offset: int, total: int) -> list[Button]:
    size = ctx.deps.page_size
    pages = max(1, math.ceil(total / size))
    if pages <= 1:
        return []
    page = offset // size + 1
    row: list[Button] = []
    if offset > 0:
        row.append(Button(ctx.t("btn_prev"), action, {**args, "offset": max(0, offset - size)}))
    row.append(Button(ctx.t("page", page=page, pages=pages), "noop"))
    if offset + size < total:
        row.append(Button(ctx.t("btn_next"), action, {**args, "offset": offset + size}))
    return row
