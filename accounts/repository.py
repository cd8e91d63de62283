"""Accounts persistence inside the caller's unit of work."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from accounts import tables as t
from accounts.model import Role, StaffMember


class AccountRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self, table: Any) -> Any:
        dialect = self.session.get_bind().dialect.name
        return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)

    # ---- creator links ------------------------------------------------------------------
    async def link(self, creator_id: str, user_key: str, now: datetime) -> bool:
        result = await self.session.execute(
            self._insert(t.creator_links)
            .values(creator_id=creator_id, user_key=user_key, created_at=now)
            .on_conflict_do_nothing()
        )
        return bool(getattr(result, "rowcount", 0))

    async def unlink(self, creator_id: str, user_key: str) -> bool:
        result = await self.session.execute(
            delete(t.creator_links).where(
                t.creator_links.c.creator_id == creator_id, t.creator_links.c.user_key == user_key
            )
        )
        return bool(getattr(result, "rowcount", 0))

    async def creators_of(self, user_key: str) -> list[str]:
        rows = await self.session.execute(
            select(t.creator_links.c.creator_id)
            .where(t.creator_links.c.user_key == user_key)
            .order_by(t.creator_links.c.creator_id)
        )
        return [c for (c,) in rows]

    async def accounts_of(self, creator_id: str) -> list[str]:
        rows = await self.session.execute(
            select(t.creator_links.c.user_key)
            .where(t.creator_links.c.creator_id == creator_id)
            .order_by(t.creator_links.c.user_key)
        )
        return [u for (u,) in rows]

    async def links(self) -> list[tuple[str, str]]:
        rows = await self.session.execute(
            select(t.creator_links.c.creator_id, t.creator_links.c.user_key).order_by(
                t.creator_links.c.creator_id, t.creator_links.c.user_key
            )
        )
        return [(c, u) for c, u in rows]

    # ---- staff --------------------------------------------------------------------------
    async def set_staff(
        self, user_key: str, role: Role, now: datetime, alias: str | None = None
    ) -> None:
        stmt = self._insert(t.staff).values(
            user_key=user_key, role=role.value, alias=alias, created_at=now
        )
        update: dict[str, object] = {"role": role.value}
        if alias is not None:
            update["alias"] = alias
        await self.session.execute(
            stmt.on_conflict_do_update(index_elements=["user_key"], set_=update)
        )

    async def remove_staff(self, user_key: str) -> bool:
        result = await self.session.execute(delete(t.staff).where(t.staff.c.user_key == user_key))
        return bool(getattr(result, "rowcount", 0))

    async def staff_member(self, user_key: str) -> StaffMember | None:
        c = t.staff.c
        row = (
            await self.session.execute(
                select(c.user_key, c.role, c.alias).where(c.user_key == user_key)
            )
        ).first()
        return StaffMember(row[0], Role(row[1]), row[2]) if row else None

    async def staff(self) -> list[StaffMember]:
        c = t.staff.c
        rows = await self.session.execute(select(c.user_key, c.role, c.alias).order_by(c.user_key))
        return [StaffMember(u, Role(r), a) for u, r, a in rows]
