"""The conversational assistant.

Flow: an adapter (`bot.telegram.app`, `bot.terminal`) turns what a user did into an
`Incoming` → `bot.engine.Engine` decides what it means (command, button token, question about
the product in context, comparison, otherwise a search) and calls one action in
`bot.actions` → a channel-neutral `bot.reply.Reply` → the adapter renders it
(`bot.render.telegram_html` escaped HTML within Telegram's limits, `bot.render.text`).

State (language, room/video scope, last list, button tokens, cart, reminders, processed
update ids) lives in the database (`bot.tables`, `bot.repository`), shared by every process.
"""
