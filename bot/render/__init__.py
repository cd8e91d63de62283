"""Rendering a `Reply` for a channel: Telegram HTML (`telegram_html`) and plain text (`text`)."""
