"""Admission control for a flash crowd: per process and sale, let through at most as many
purchase attempts as there are units left; the others wait for those to finish, and once the
sale is gone they are all told at once — without a database transaction each.

This is a throughput measure, never the guarantee: the database's conditional statements
decide every unit, across processes. A process's idea of what is left can only be stale in
one direction that matters — it may let too many through (the database then refuses the
extra ones), or, for at most `REFRESH_SECONDS`, say "sold out" while a cancellation just gave
a unit back.
"""

from __future__ import annotations

import asyncio
import time
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from catalog.repository import CatalogRepository
from ground.infra import Infra

REFRESH_SECONDS = 0.25


@dataclass
class _Gate:
    remaining: int | None = None  # units left, as last read from the database
    read_at: float = 0.0
    inflight: int = 0  # units admitted and not finished yet
    cond: asyncio.Condition = field(default_factory=asyncio.Condition)


_gates: weakref.WeakKeyDictionary[Infra, dict[str, _Gate]] = weakref.WeakKeyDictionary()


class SoldOut(Exception):
    """The sale has no units left (as far as this process knows, refreshed often)."""


@dataclass
class Ticket:
    units: int
    taken: bool = False  # set by the caller when the units were really taken
    gone: bool = False  # set by the caller when the database said the sale has run out


async def _units_left(infra: Infra, sale_id: str) -> int:
    async with infra.uow() as uow:
        sale = await CatalogRepository(uow.session).get_flash_sale(sale_id)
    return sale.units_left if sale is not None else 0


@asynccontextmanager
async def admit(infra: Infra, sale_id: str, units: int) -> AsyncIterator[Ticket]:
    """Wait for a slot among the units left of `sale_id`; raise `SoldOut` when none are."""
    gates = _gates.setdefault(infra, {})
    gate = gates.get(sale_id)
    if gate is None:
        gate = gates[sale_id] = _Gate()
    async with gate.cond:
        while True:
            stale = time.monotonic() - gate.read_at > REFRESH_SECONDS
            if gate.remaining is None or (stale and gate.inflight == 0):
                gate.remaining = await _units_left(infra, sale_id)
                gate.read_at = time.monotonic()
            if gate.remaining < units and gate.inflight == 0:
                raise SoldOut(sale_id)
            if gate.inflight + units <= gate.remaining:
                gate.inflight += units
                break
            await gate.cond.wait()  # someone ahead may still fail and leave a unit
    ticket = Ticket(units)
    try:
        yield ticket
    finally:
        async with gate.cond:
            gate.inflight -= units
            if ticket.taken and gate.remaining is not None:
                gate.remaining -= units
            elif ticket.gone:
                gate.remaining, gate.read_at = 0, time.monotonic()
            # A unit taken changes no waiter's chance (what is left and what is in flight fall
            # together), so the crowd is woken only when its answer may have changed: a unit
            # came back, the sale is gone, or nothing is in flight any more (refresh or refuse).
            # Waking every waiter on every sale made a flash crowd quadratic.
            if not ticket.taken or ticket.gone or gate.inflight == 0:
                gate.cond.notify_all()
