"""The inventory ledger: units taken from the merchant's stock by orders, and given back.

Stock model (docs/catalog-format.md, "Stock and orders"): a product's or SKU's `stock` is what
the merchant's file says — the units handed to Daihuo to sell. Orders take units from it
(`held`), cancellations, expiries and returns give them back; what a shopper can buy is
`stock − held`. Imports write `stock` and never touch `held`, so re-importing a file, changed
or not, never gives back sold or reserved units: a merchant who adds 20 units raises the
number by 20.

Every change is one conditional statement (`… WHERE held + :n <= stock`), evaluated by the
database under its row lock, so two processes can never oversell, plus one ledger row with
the reason and the order it belongs to. No read-then-write in Python.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from catalog import tables as t
from catalog.model import ProductStatus


class TakeResult(StrEnum):
    OK = "ok"
    SOLD_OUT = "sold_out"  # not enough units left of the product / SKU
    OVER_LIMIT = "over_limit"  # the shopper's per-user flash limit would be exceeded
    FLASH_SOLD_OUT = "flash_sold_out"  # the sale has fewer units left (or is not running)


@dataclass(frozen=True, slots=True)
class FlashTake:
    sale_id: str
    user_key: str
    units: int
    per_user_limit: int


@dataclass(frozen=True, slots=True)
class BatchTake:
    """A batch's flash take: all taken, or nothing (and who was over their limit, if anyone;
    nobody means the sale had fewer units left than the batch or was not running)."""

    ok: bool
    over_limit: frozenset[str] = frozenset()


class InventoryError(RuntimeError):
    """Giving back units that were never taken: a bug, never a shopper's mistake."""


class InventoryRepository:
    """Conditional stock statements inside the caller's unit of work."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    def _insert(self, table: t.Table) -> Any:
        dialect = self.session.get_bind().dialect.name
        return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)

    async def _ledger(
        self,
        product_id: str,
        sku_id: str | None,
        delta: int,
        reason: str,
        ref: str | None,
        now: datetime,
        flash_sale_id: str | None = None,
    ) -> None:
        await self.session.execute(
            insert(t.inventory_ledger).values(
                product_id=product_id,
                sku_id=sku_id,
                flash_sale_id=flash_sale_id,
                delta=delta,
                reason=reason,
                ref=ref,
                at=now,
            )
        )

    async def take(
        self, product_id: str, sku_id: str | None, units: int, *, ref: str, now: datetime
    ) -> bool:
        """Hold `units` of a product (or SKU) for an order; False when fewer are left."""
        if units <= 0:
            raise ValueError("units must be positive")
        if not await self.take_units(product_id, sku_id, units, now=now):
            return False
        await self._ledger(product_id, sku_id, units, "reserve", ref, now)
        return True

    async def take_units(
        self, product_id: str, sku_id: str | None, units: int, *, now: datetime
    ) -> bool:
        """The conditional statement of a take, without its ledger row (the caller writes
        it, in the same transaction)."""
        if sku_id is None:
            table = t.products
            cond = [
                table.c.id == product_id,
                table.c.status == ProductStatus.ON_SALE.value,
                table.c.held + units <= table.c.stock,
            ]
        else:
            table = t.skus
            cond = [
                table.c.product_id == product_id,
                table.c.id == sku_id,
                table.c.active.is_(True),
                table.c.held + units <= table.c.stock,
            ]
        result = await self.session.execute(
            update(table).where(*cond).values(held=table.c.held + units, inventory_at=now)
        )
        return bool(getattr(result, "rowcount", 0))

    async def give_back(
        self,
        product_id: str,
        sku_id: str | None,
        units: int,
        *,
        ref: str,
        now: datetime,
        reason: str = "release",
    ) -> None:
        """Return `units` held by an order (cancelled, expired, returned)."""
        if units <= 0:
            raise ValueError("units must be positive")
        if sku_id is None:
            table = t.products
            cond = [table.c.id == product_id]
        else:
            table = t.skus
            cond = [table.c.product_id == product_id, table.c.id == sku_id]
        result = await self.session.execute(
            update(table)
            .where(*cond, table.c.held >= units)
            .values(held=table.c.held - units, inventory_at=now)
            .returning(table.c.stock, table.c.held)
        )
        row = result.first()
        if row is None:
            raise InventoryError(f"{product_id}/{sku_id}: giving back {units} never taken")
        await self._ledger(product_id, sku_id, -units, reason, ref, now)
        stock, held = int(row[0]), int(row[1])
        if stock - (held + units) <= 0 < stock - held:
            # Nothing was left and now something is: tell the back-in-stock watchers.
            from catalog.events import CatalogEvent, EventKind, EventLog

            await EventLog(self.session).append(
                [CatalogEvent(EventKind.BACK_IN_STOCK, product_id=product_id, sku_id=sku_id)], now
            )

    async def take_flash(
        self, take: FlashTake, *, product_id: str, ref: str, now: datetime
    ) -> TakeResult:
        """Count `units` of a flash sale against the shopper's limit and the sale's quantity.

        Two conditional statements: the shopper's units (an upsert that only grows while it
        stays within `per_user_limit`), then the sale's `sold` (only while the sale runs and
        `sold + units <= quantity`). The caller rolls back on anything but OK.
        """
        if take.units <= 0:
            raise ValueError("units must be positive")
        if take.units > take.per_user_limit:
            return TakeResult.OVER_LIMIT
        buyers = t.flash_sale_buyers
        ins = self._insert(buyers).values(
            flash_sale_id=take.sale_id, user_key=take.user_key, units=take.units
        )
        stmt = ins.on_conflict_do_update(
            index_elements=["flash_sale_id", "user_key"],
            set_={"units": buyers.c.units + take.units},
            where=buyers.c.units + take.units <= take.per_user_limit,
        )
        result = await self.session.execute(stmt)
        if not getattr(result, "rowcount", 0):
            return TakeResult.OVER_LIMIT
        sales = t.flash_sales
        result = await self.session.execute(
            update(sales)
            .where(
                sales.c.id == take.sale_id,
                sales.c.sold + take.units <= sales.c.quantity,
                sales.c.starts_at <= now,
                sales.c.ends_at > now,
            )
            .values(sold=sales.c.sold + take.units, inventory_at=now)
        )
        if not getattr(result, "rowcount", 0):
            return TakeResult.FLASH_SOLD_OUT
        await self._ledger(product_id, None, take.units, "flash", ref, now, take.sale_id)
        return TakeResult.OK

    async def take_flash_many(
        self,
        sale_id: str,
        per_user_limit: int,
        takes: Sequence[tuple[str, int, str]],
        *,
        product_id: str,
        now: datetime,
    ) -> BatchTake:
        """`take_flash` for several shoppers at once (a flash crowd's batch): `takes` are
        (user key, units, ledger ref), one per shopper. The same conditional statements as
        one take, each evaluated once for the whole batch — every shopper's limit in one
        multi-row upsert, the sale's quantity against the batch's sum — so it is all or
        nothing: anything but `ok` means the caller must roll back."""
        if not takes or len({user for user, _, _ in takes}) != len(takes):
            raise ValueError("one take per shopper")
        over = frozenset(user for user, units, _ in takes if units <= 0 or units > per_user_limit)
        if over:
            return BatchTake(False, over)
        buyers = t.flash_sale_buyers
        ins = self._insert(buyers).values(
            [{"flash_sale_id": sale_id, "user_key": u, "units": n} for u, n, _ in takes]
        )
        stmt = ins.on_conflict_do_update(
            index_elements=["flash_sale_id", "user_key"],
            set_={"units": buyers.c.units + ins.excluded.units},
            where=buyers.c.units + ins.excluded.units <= per_user_limit,
        ).returning(buyers.c.user_key)
        within = {user for (user,) in await self.session.execute(stmt)}
        if len(within) != len(takes):
            return BatchTake(False, frozenset(u for u, _, _ in takes if u not in within))
        total = sum(n for _, n, _ in takes)
        sales = t.flash_sales
        result = await self.session.execute(
            update(sales)
            .where(
                sales.c.id == sale_id,
                sales.c.sold + total <= sales.c.quantity,
                sales.c.starts_at <= now,
                sales.c.ends_at > now,
            )
            .values(sold=sales.c.sold + total, inventory_at=now)
        )
        if not getattr(result, "rowcount", 0):
            return BatchTake(False)
        await self._ledger_many(
            [(product_id, None, n, "flash", ref, sale_id) for _, n, ref in takes], now
        )
        return BatchTake(True)

    async def take_many(
        self,
        product_id: str,
        sku_id: str | None,
        takes: Sequence[tuple[int, str]],
        *,
        now: datetime,
    ) -> bool:
        """`take` for several orders of one product or SKU at once: (units, ledger ref) each.
        One conditional statement on the batch's sum; False (roll back) when fewer are left."""
        if not takes or any(units <= 0 for units, _ in takes):
            raise ValueError("units must be positive")
        if not await self.take_units(product_id, sku_id, sum(n for n, _ in takes), now=now):
            return False
        await self._ledger_many(
            [(product_id, sku_id, n, "reserve", ref, None) for n, ref in takes], now
        )
        return True

    async def _ledger_many(
        self,
        rows: Sequence[tuple[str, str | None, int, str, str | None, str | None]],
        now: datetime,
    ) -> None:
        await self.session.execute(
            insert(t.inventory_ledger),
            [
                {
                    "product_id": pid,
                    "sku_id": sku,
                    "flash_sale_id": sale,
                    "delta": delta,
                    "reason": reason,
                    "ref": ref,
                    "at": now,
                }
                for pid, sku, delta, reason, ref, sale in rows
            ],
        )

    async def give_back_flash(
        self, sale_id: str, user_key: str, units: int, *, product_id: str, ref: str, now: datetime
    ) -> None:
        """Return flash units (the order was cancelled or expired): to the sale, and to the
        shopper's limit."""
        buyers, sales = t.flash_sale_buyers, t.flash_sales
        a = await self.session.execute(
            update(buyers)
            .where(
                buyers.c.flash_sale_id == sale_id,
                buyers.c.user_key == user_key,
                buyers.c.units >= units,
            )
            .values(units=buyers.c.units - units)
        )
        b = await self.session.execute(
            update(sales)
            .where(sales.c.id == sale_id, sales.c.sold >= units)
            .values(sold=sales.c.sold - units, inventory_at=now)
        )
        if not getattr(a, "rowcount", 0) or not getattr(b, "rowcount", 0):
            raise InventoryError(f"flash sale {sale_id}: giving back {units} never taken")
        await self._ledger(product_id, None, -units, "flash_release", ref, now, sale_id)

    async def bought(self, user_key: str, sale_ids: Iterable[str]) -> dict[str, int]:
        """Units of each sale in the shopper's live orders (for `per_user_limit`)."""
        ids = list(sale_ids)
        if not ids:
            return {}
        buyers = t.flash_sale_buyers
        rows = await self.session.execute(
            select(buyers.c.flash_sale_id, buyers.c.units).where(
                buyers.c.user_key == user_key, buyers.c.flash_sale_id.in_(ids)
            )
        )
        return {sid: int(units) for sid, units in rows}

    async def bought_by(self, sale_id: str, user_keys: Sequence[str]) -> dict[str, int]:
        """`bought` of one sale for several shoppers at once."""
        buyers = t.flash_sale_buyers
        rows = await self.session.execute(
            select(buyers.c.user_key, buyers.c.units).where(
                buyers.c.flash_sale_id == sale_id, buyers.c.user_key.in_(list(user_keys))
            )
        )
        return {user: int(units) for user, units in rows}

    async def ledger_total(self, product_id: str, sku_id: str | None = None) -> int:
        """Net units taken by orders according to the ledger (equals `held`)."""
        ledger = t.inventory_ledger
        cond = [ledger.c.product_id == product_id, ledger.c.flash_sale_id.is_(None)]
        cond.append(ledger.c.sku_id.is_(None) if sku_id is None else ledger.c.sku_id == sku_id)
        total = (
            await self.session.execute(
                select(func.coalesce(func.sum(ledger.c.delta), 0)).where(*cond)
            )
        ).scalar_one()
        return int(total)
