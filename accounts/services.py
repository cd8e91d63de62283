"""Accounts services: link Telegram users to creators, manage support staff."""

from __future__ import annotations

from dataclasses import dataclass

from accounts.model import Role, StaffMember
from accounts.repository import AccountRepository
from catalog.repository import CatalogRepository
from ground.infra import Infra


class AccountError(Exception):
    pass


@dataclass
class UnknownCreator(AccountError):
    creator_id: str


async def link_creator(infra: Infra, creator_id: str, user_key: str) -> bool:
    """Let `user_key` act for `creator_id` (their shop's orders, go-live, broadcasts)."""
    async with infra.write_lock(), infra.uow() as uow:
        if await CatalogRepository(uow.session).get_creator(creator_id) is None:
            raise UnknownCreator(creator_id)
        created = await AccountRepository(uow.session).link(creator_id, user_key, infra.clock.now())
        await uow.commit()
    return created


async def unlink_creator(infra: Infra, creator_id: str, user_key: str) -> bool:
    async with infra.write_lock(), infra.uow() as uow:
        removed = await AccountRepository(uow.session).unlink(creator_id, user_key)
        await uow.commit()
    return removed


async def creators_of(infra: Infra, user_key: str) -> list[str]:
    async with infra.uow() as uow:
        return await AccountRepository(uow.session).creators_of(user_key)


async def staff_member(infra: Infra, user_key: str) -> StaffMember | None:
    async with infra.uow() as uow:
        return await AccountRepository(uow.session).staff_member(user_key)


async def add_staff(infra: Infra, user_key: str, role: Role, alias: str | None = None) -> None:
    """Make `user_key` support staff or admin; `alias` is the name shoppers see."""
    async with infra.write_lock(), infra.uow() as uow:
        await AccountRepository(uow.session).set_staff(user_key, role, infra.clock.now(), alias)
        await uow.commit()


async def remove_staff(infra: Infra, user_key: str) -> bool:
    async with infra.write_lock(), infra.uow() as uow:
        removed = await AccountRepository(uow.session).remove_staff(user_key)
        await uow.commit()
    return removed
