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
