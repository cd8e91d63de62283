"""`daihuo creators link|unlink|list` and `daihuo staff add|remove|list`."""

from __future__ import annotations

import argparse
import sys
from typing import Any, Protocol

from accounts.model import Role
from accounts.repository import AccountRepository
from accounts.services import UnknownCreator, add_staff, link_creator, remove_staff, unlink_creator
from ground.infra import Infra


class AccountsHost(Protocol):
    @property
    def infra(self) -> Infra: ...


def telegram_user(value: str) -> str:
    """A Telegram user id (`42`), or a terminal chat user (`term:ann`, for trying it out)."""
    value = value.strip()
    if value.startswith("term:") and len(value) > 5:
        return value
    if not value.lstrip("-").isdigit():
        raise argparse.ArgumentTypeError(f"a Telegram user id is a number, got {value!r}")
    return f"tg:{value}"


def register(sub: Any) -> None:
    creators = sub.add_parser("creators", help="link Telegram accounts to creators (merchants)")
    c = creators.add_subparsers(dest="creators_command", metavar="ACTION")
    c.required = True
    link = c.add_parser("link", help="let a Telegram user act for a creator")
    link.add_argument("creator_id")
    link.add_argument("telegram_user_id", type=telegram_user)
    link.set_defaults(handler=_link)
    unlink = c.add_parser("unlink")
    unlink.add_argument("creator_id")
    unlink.add_argument("telegram_user_id", type=telegram_user)
    unlink.set_defaults(handler=_unlink)
    c.add_parser("list", help="every link").set_defaults(handler=_links)

    staff = sub.add_parser("staff", help="support staff accounts")
    s = staff.add_subparsers(dest="staff_command", metavar="ACTION")
    s.required = True
    add = s.add_parser("add", help="make a Telegram user support staff (or admin)")
    add.add_argument("telegram_user_id", type=telegram_user)
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.SUPPORT.value)
    add.add_argument(
        "--name", default=None, help='the name shoppers see (e.g. "小王"); never their account'
    )
    add.set_defaults(handler=_staff_add)
    rm = s.add_parser("remove", help="take the staff role away")
    rm.add_argument("telegram_user_id", type=telegram_user)
    rm.set_defaults(handler=_staff_remove)
    s.add_parser("list", help="staff accounts, roles and shown names").set_defaults(
        handler=_staff_list
    )


async def _link(app: AccountsHost, args: argparse.Namespace) -> int:
    try:
        created = await link_creator(app.infra, args.creator_id, args.telegram_user_id)
    except UnknownCreator:
        print(f"no creator {args.creator_id!r} in the catalog", file=sys.stderr)
        return 1
    print(
        ("linked" if created else "already linked")
        + f": {args.creator_id} ← {args.telegram_user_id}"
    )
    return 0


async def _unlink(app: AccountsHost, args: argparse.Namespace) -> int:
    removed = await unlink_creator(app.infra, args.creator_id, args.telegram_user_id)
    print("unlinked" if removed else "was not linked")
    return 0 if removed else 1


async def _links(app: AccountsHost, args: argparse.Namespace) -> int:
    async with app.infra.uow() as uow:
        for creator_id, user_key in await AccountRepository(uow.session).links():
            print(f"{creator_id}\t{user_key}")
    return 0


async def _staff_add(app: AccountsHost, args: argparse.Namespace) -> int:
    name = (args.name or "").strip()[:40] or None
    await add_staff(app.infra, args.telegram_user_id, Role(args.role), name)
    print(f"{args.telegram_user_id} is {args.role}" + (f" ({name})" if name else ""))
    return 0


async def _staff_remove(app: AccountsHost, args: argparse.Namespace) -> int:
    removed = await remove_staff(app.infra, args.telegram_user_id)
    print("removed" if removed else "was not staff")
    return 0 if removed else 1


async def _staff_list(app: AccountsHost, args: argparse.Namespace) -> int:
    async with app.infra.uow() as uow:
        for member in await AccountRepository(uow.session).staff():
            print(f"{member.user_key}\t{member.role.value}\t{member.alias or ''}")
    return 0
