"""Orders persistence inside the caller's unit of work: the cart."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from orders import tables as t
from orders.model import CartLine


def _sku_key(sku_id: str | None) -> str:
    return sku_id or ""


class CartRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self) -> Any:
        dialect = self.session.get_bind().dialect.name
        return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(t.cart_lines)

    def _line(self, user_key: str, product_id: str, sku_id: str | None) -> Any:
        c = t.cart_lines.c
        return (
            (c.user_key == user_key) & (c.product_id == product_id) & (c.sku_id == _sku_key(sku_id))
        )

    async def lines(self, user_key: str) -> list[CartLine]:
        c = t.cart_lines.c
        rows = await self.session.execute(
            select(c.product_id, c.sku_id, c.quantity, c.added_at)
            .where(c.user_key == user_key)
            .order_by(c.added_at, c.id)
        )
        return [CartLine(pid, sku or None, qty, at) for pid, sku, qty, at in rows]

    async def quantity(self, user_key: str, product_id: str, sku_id: str | None) -> int:
        c = t.cart_lines.c
        found = (
            await self.session.execute(
                select(c.quantity).where(self._line(user_key, product_id, sku_id))
            )
        ).scalar_one_or_none()
        return int(found or 0)

    async def set_quantity(
        self, user_key: str, product_id: str, sku_id: str | None, quantity: int, now: datetime
    ) -> None:
        """Create or update a line; 0 or less removes it."""
        if quantity <= 0:
            await self.session.execute(
                delete(t.cart_lines).where(self._line(user_key, product_id, sku_id))
            )
            return
        stmt = self._insert().values(
            user_key=user_key,
            product_id=product_id,
            sku_id=_sku_key(sku_id),
            quantity=quantity,
            added_at=now,
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=["user_key", "product_id", "sku_id"], set_={"quantity": quantity}
        )
        await self.session.execute(stmt)

    async def remove(self, user_key: str, product_id: str, sku_id: str | None) -> bool:
        result = await self.session.execute(
            delete(t.cart_lines).where(self._line(user_key, product_id, sku_id))
        )
        return bool(getattr(result, "rowcount", 0))

    async def clear(self, user_key: str) -> int:
        result = await self.session.execute(
            delete(t.cart_lines).where(t.cart_lines.c.user_key == user_key)
        )
        return int(getattr(result, "rowcount", 0) or 0)
