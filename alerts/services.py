"""Alerts services: subscribing now; delivery of alerts with the alerts issue."""

from __future__ import annotations

from alerts.commands import ListSubscriptions, Subscribe
from alerts.errors import UnknownTarget
from alerts.model import Subscribed, Subscription, SubscriptionKind
from alerts.repository import SubscriptionRepository
from catalog.repository import CatalogRepository
from ground.infra import Infra
from ground.uow import UnitOfWork


async def _title(uow: UnitOfWork, kind: SubscriptionKind, target_id: str) -> str | None:
    """What the subscription is about, for the confirmation (None: nothing by that id)."""
    repo = CatalogRepository(uow.session)
    if kind is SubscriptionKind.PRODUCT:
        product = await repo.get_product(target_id)
        return product.title if product and product.is_on_sale else None
    if kind is SubscriptionKind.FLASH_SALE:
        sale = await repo.get_flash_sale(target_id)
        product = await repo.get_product(sale.product_id) if sale else None
        return product.title if product and product.is_on_sale else None
    if kind is SubscriptionKind.LIVE_ROOM:
        room = await repo.get_live_room(target_id)
        return room.title if room else None
    if kind is SubscriptionKind.CREATOR:
        creator = await repo.get_creator(target_id)
        return creator.name if creator else None
    return None


async def subscribe(infra: Infra, cmd: Subscribe) -> Subscribed:
    """Follow / watch / be reminded of something; subscribing twice is harmless."""
    now = infra.clock.now()
    async with infra.write_lock(), infra.uow() as uow:
        title = await _title(uow, cmd.kind, cmd.target_id)
        if title is None:
            raise UnknownTarget(cmd.kind.value, cmd.target_id)
        repo = SubscriptionRepository(uow.session)
        created = await repo.add(cmd.user_key, cmd.chat_id, cmd.kind, cmd.target_id, now)
        subscription = await repo.get(cmd.user_key, cmd.kind, cmd.target_id)
        await uow.commit()
    assert subscription is not None
    return Subscribed(subscription=subscription, title=title, created=created)


async def list_subscriptions(infra: Infra, cmd: ListSubscriptions) -> list[Subscription]:
    async with infra.uow() as uow:
        return await SubscriptionRepository(uow.session).for_user(cmd.user_key)
