"""Plain-text rendering for the terminal: text lines, then numbered buttons."""

from __future__ import annotations

from bot.reply import Button, InlineResult, Reply, Style


def render_text(reply: Reply) -> str:
    """The reply as plain text; struck prices show as ~¥299~ so they still read as old prices."""
    lines = []
    for line in reply.lines:
        parts = []
        for span in line:
            if span.style is Style.STRIKE:
                parts.append(f"~{span.text}~")
            elif span.style is Style.LINK and span.url and span.url != span.text:
                parts.append(f"{span.text} <{span.url}>")
            else:
                parts.append(span.text)
        lines.append("".join(parts))
    out = "\n".join(lines).strip("\n")
    if reply.photo:
        out = f"[photo: {reply.photo}]\n{out}"
    numbered = numbered_buttons(reply)
    if numbered:
        rows: list[str] = []
        n = 0
        for row in reply.buttons:
            cells = []
            for button in row:
                n += 1
                cells.append(f"[{n}] {button.label}")
            rows.append("  ".join(cells))
        out += "\n" + "\n".join(rows)
    if reply.invoice is not None:
        inv = reply.invoice
        total = sum(amount for _, amount in inv.prices)
        out += f"\n[invoice: {inv.title} · {total} {inv.currency} (minor units) · pay in Telegram]"
    if reply.inline_results is not None:
        out += "\n" + "\n".join(_inline(r) for r in reply.inline_results)
    return out


def _inline(result: InlineResult) -> str:
    return f"- {result.title} | {result.description}"


def numbered_buttons(reply: Reply) -> list[Button]:
    return reply.all_buttons()


def find_button(reply: Reply, choice: str) -> Button | None:
    """A button of `reply` by number ("3"), exact label, or unique label prefix/substring."""
    buttons = numbered_buttons(reply)
    choice = choice.strip()
    if choice.isdigit() and 1 <= int(choice) <= len(buttons):
        return buttons[int(choice) - 1]
    folded = choice.casefold()
    for test in (
        lambda label: label == folded,
        lambda label: label.startswith(folded),
        lambda label: folded in label,
    ):
        found = [b for b in buttons if test(b.label.casefold())]
        if found:
            return found[0]
    return None
