"""Telegram adapter (python-telegram-bot 22): updates → `Incoming`, `Reply` → Bot API calls."""
