"""After-sales persistence inside the caller's unit of work."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import RowMapping
from sqlalchemy.ext.asyncio import AsyncSession

from aftersales import tables as t
from aftersales.model import Ticket, TicketKind


def ticket_from_row(r: RowMapping) -> Ticket:
    return Ticket(
        id=int(r["id"]),
        kind=TicketKind(r["kind"]),
        status=r["status"],
        user_key=r["user_key"],
        chat_id=r["chat_id"],
        product_id=r["product_id"],
        order_id=r["order_id"],
        subject=r["subject"],
        created_at=r["created_at"],
        language=r["language"],
        assignee=r["assignee"],
    )


class TicketRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def create(
        self,
        *,
        kind: TicketKind,
        status: str,
        user_key: str,
        chat_id: str,
        now: datetime,
        product_id: str | None = None,
        order_id: int | None = None,
        subject: str | None = None,
        language: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> Ticket:
        result = await self.session.execute(
            insert(t.tickets)
            .values(
                kind=kind.value,
                status=status,
                user_key=user_key,
                chat_id=chat_id,
                product_id=product_id,
                order_id=order_id,
                subject=subject,
                language=language,
                details=details,
                created_at=now,
                updated_at=now,
            )
            .returning(*t.tickets.c)
        )
        return ticket_from_row(result.mappings().one())

    async def for_user(self, user_key: str) -> list[Ticket]:
        rows = await self.session.execute(
            select(t.tickets).where(t.tickets.c.user_key == user_key).order_by(t.tickets.c.id)
        )
        return [ticket_from_row(r) for r in rows.mappings()]
