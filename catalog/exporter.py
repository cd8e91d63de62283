"""Catalog export: every stored record in the interchange format, in a deterministic order."""

from __future__ import annotations

from datetime import tzinfo
from typing import TYPE_CHECKING, TextIO
from zoneinfo import ZoneInfo

from catalog.format import RECORD_TYPES, dump_line, to_record
from catalog.model import CatalogRecord
from catalog.repository import CatalogRepository

if TYPE_CHECKING:
    from ground.infra import Infra


async def export_catalog(infra: Infra, out: TextIO, *, tz: tzinfo | None = None) -> dict[str, int]:
    """Write creators, products, live rooms, videos and flash sales (each type in id order),
    one JSON line per record, times in the configured time zone. Returns counts per type."""
    zone = tz or ZoneInfo(infra.settings.timezone)
    counts = dict.fromkeys(RECORD_TYPES, 0)

    def write(record_type: str, obj: CatalogRecord) -> None:
        out.write(dump_line(to_record(obj, zone)) + "\n")
        counts[record_type] += 1

    async with infra.uow() as uow:
        repo = CatalogRepository(uow.session)
        for creator in await repo.list_creators():
            write("creator", creator)
        async for batch in repo.iter_products(batch_size=2000):
            for product in batch:
                write("product", product)
        for room in sorted(await repo.list_live_rooms(), key=lambda r: r.id):
            write("live_room", room)
        for video in await repo.list_videos():
            write("video", video)
        for sale in sorted(await repo.list_flash_sales(), key=lambda s: s.id):
            write("flash_sale", sale)
    return counts
