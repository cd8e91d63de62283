"""`daihuo db …`: schema management."""

from __future__ import annotations

import argparse
from typing import Any

from daihuo import migrate
from daihuo.bootstrap import App


def register(sub: Any) -> None:
    db = sub.add_parser("db", help="database schema")
    db_sub = db.add_subparsers(dest="db_command", metavar="ACTION")
    db_sub.required = True
    up = db_sub.add_parser("upgrade", help="create or upgrade the schema (Alembic)")
    up.add_argument("revision", nargs="?", default="head")
    up.set_defaults(handler=_upgrade, needs_db=False)
    cur = db_sub.add_parser("current", help="show the schema revision")
    cur.set_defaults(handler=_current, needs_db=False)


async def _upgrade(app: App, args: argparse.Namespace) -> int:
    await migrate.upgrade(app.engine, args.revision)
    print(f"database at revision {await migrate.current_revision(app.engine)}")
    return 0


async def _current(app: App, args: argparse.Namespace) -> int:
    print(await migrate.current_revision(app.engine) or "empty")
    return 0
