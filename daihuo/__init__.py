"""Daihuo (带货): settings, database, clock and wiring shared by every package."""

__version__ = "0.1.0"
