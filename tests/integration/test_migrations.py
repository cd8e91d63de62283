"""Migrations create the schema from empty on both backends and can be rolled back."""

from sqlalchemy import inspect

from daihuo import migrate
from daihuo.bootstrap import App

CATALOG_TABLES = {
    "creators",
    "products",
    "skus",
    "live_rooms",
    "live_room_products",
    "videos",
    "video_products",
    "flash_sales",
}


async def _tables(app: App) -> set[str]:
    async with app.engine.connect() as conn:
        return set(await conn.run_sync(lambda c: inspect(c).get_table_names()))


async def test_upgrade_from_empty_creates_catalog_tables(any_app: App) -> None:
    assert await _tables(any_app) >= CATALOG_TABLES
    assert await migrate.current_revision(any_app.engine) is not None


async def test_downgrade_to_base_and_up_again(any_app: App) -> None:
    await migrate.downgrade(any_app.engine, "base")
    assert not (CATALOG_TABLES & await _tables(any_app))
    await migrate.upgrade(any_app.engine)
    assert await _tables(any_app) >= CATALOG_TABLES


async def test_migrations_match_the_tables_every_package_declares(any_app: App) -> None:
    """Alembic's autogenerate finds nothing to do: the migrations build exactly the schema the
    packages' `tables` modules describe (columns, types, indexes, constraints)."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    import daihuo.migrations.env_tables  # noqa: F401  (every package's tables)
    from ground.db import metadata

    def diff(connection: object) -> list[object]:
        context = MigrationContext.configure(
            connection,  # type: ignore[arg-type]
            opts={"compare_type": True, "render_as_batch": True},
        )
        return list(compare_metadata(context, metadata))

    async with any_app.engine.connect() as conn:
        changes = await conn.run_sync(diff)
    assert changes == []


async def test_upgrading_a_populated_0002_database_keeps_carts_and_reminders(
    any_app: App,
) -> None:
    """Rebuilding catalog tables with rows that refer to them (SKUs, room carts) must work, and
    the bot's old cart and reminders move to their packages."""
    from sqlalchemy import text

    await migrate.downgrade(any_app.engine, "0002")
    now = "2026-11-25 12:00:00+00:00"
    statements = [
        "INSERT INTO creators (id, name, platform, content_hash, updated_at) "
        f"VALUES ('c-1', '老张', 'douyin', 'h', '{now}')",
        "INSERT INTO products (id, title, category, price, currency, stock, status, "
        "return_policy, content_hash, updated_at, creator_id) VALUES "
        f"('p-1', '耳机', '数码', 19900, 'CNY', 5, 'on_sale', '7day_no_reason', 'h', '{now}', 'c-1')",
        "INSERT INTO skus (product_id, id, position, price, stock) VALUES ('p-1', 's-1', 0, 19900, 5)",
        "INSERT INTO live_rooms (id, creator_id, title, starts_at, ends_at, content_hash, "
        f"updated_at) VALUES ('r-1', 'c-1', '直播', '{now}', '{now}', 'h', '{now}')",
        "INSERT INTO live_room_products (live_room_id, position, product_id) VALUES ('r-1', 0, 'p-1')",
        "INSERT INTO cart_items (user_key, product_id, sku_id, quantity, added_at) "
        f"VALUES ('tg:1', 'p-1', 's-1', 2, '{now}')",
        "INSERT INTO reminders (user_key, chat_id, kind, target_id, created_at) "
        f"VALUES ('tg:1', 'tg:1', 'live_room', 'r-1', '{now}')",
        "INSERT INTO reminders (user_key, chat_id, kind, target_id, created_at) "
        f"VALUES ('tg:1', 'tg:1', 'question', 'p-1', '{now}')",
    ]
    async with any_app.engine.begin() as conn:
        for sql in statements:
            await conn.execute(text(sql))
    await migrate.upgrade(any_app.engine)
    async with any_app.uow() as uow:
        product = await uow.catalog.get_product("p-1")
        cart = (
            await uow.session.execute(text("SELECT product_id, sku_id, quantity FROM cart_lines"))
        ).all()
        subs = (await uow.session.execute(text("SELECT kind, target_id FROM subscriptions"))).all()
    assert product is not None and product.available == 5 and product.skus[0].held == 0
    assert [tuple(r) for r in cart] == [("p-1", "s-1", 2)]
    assert [tuple(r) for r in subs] == [("live_room", "r-1")]
