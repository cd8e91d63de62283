"""Every package's tables, registered on the one metadata Alembic migrates."""

import accounts.tables  # noqa: F401
import aftersales.tables  # noqa: F401
import alerts.tables  # noqa: F401
import bot.tables  # noqa: F401
import catalog.tables  # noqa: F401
import ground.outbox  # noqa: F401
import orders.tables  # noqa: F401
