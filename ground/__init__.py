"""The ground floor every package stands on: settings, database, clock, unit of work, money,
the outbox. It imports no feature package (an import-linter contract checks it)."""
