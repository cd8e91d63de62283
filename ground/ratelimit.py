"""Sliding-window rate limits for sending: overall, per chat and per group chat.

A leaky bucket (aiolimiter, PTB's AIORateLimiter) lets a full bucket's burst through and then
the steady rate, so a 1-second window can see up to twice the rate; Telegram counts per
second. Here a send is allowed only while fewer than `n` sends are in flight or finished in the
last `period` seconds. A send counts from the moment it is allowed until `period` after its
response came back (`complete`): the server receives it somewhere in between, so *any* window
of that length *at the server* holds at most `n` — which the tests measure at a fake Bot API
server. One global pause (Telegram's `RetryAfter`) stops every send until it ends.
"""

from __future__ import annotations

import bisect
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

IN_FLIGHT_POLL = 0.005  # how soon to look again when every slot is a request in flight


@dataclass(slots=True)
class Window:
    """At most `limit` sends in flight or answered within the last `period` seconds."""

    limit: int
    period: float
    done: list[float] = field(default_factory=list)  # response times, sorted
    in_flight: int = 0
    # False: a send counts from its start only (pacing, not a limit anyone else counts).
    until_answered: bool = True

    def _trim(self, now: float) -> None:
        cut = bisect.bisect_right(self.done, now - self.period)
        if cut:
            del self.done[:cut]

    def wait(self, now: float) -> float:
        """Seconds until one more send is allowed (0: now)."""
        if self.limit <= 0:
            return float("inf")
        self._trim(now)
        if self.in_flight + len(self.done) < self.limit:
            return 0.0
        if not self.done:
            return IN_FLIGHT_POLL  # all slots are requests still waiting for an answer
        return max(self.done[0] + self.period - now, 0.0)

    def record(self, now: float) -> None:
        if self.until_answered:
            self.in_flight += 1
        else:
            bisect.insort(self.done, now)

    def move(self, old: float, new: float) -> None:
        """The send started at `old` got its response at `new`."""
        if self.until_answered:
            self.in_flight = max(0, self.in_flight - 1)
            bisect.insort(self.done, new)

    @property
    def idle(self) -> bool:
        return not self.in_flight and not self.done


@dataclass(frozen=True, slots=True)
class Limits:
    """Telegram's documented limits by default; 0 or less lifts a limit."""

    per_second: int = 30  # all chats together
    per_chat_second: int = 1  # one private chat
    per_group_minute: int = 20  # one group chat


class SendLimiter:
    """Decides when the next message to a chat may go. Not thread-safe; one per dispatcher."""

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self.clock = clock
        self._global = Window(limits.per_second, 1.0) if limits.per_second > 0 else None
        # Spread each second's sends over it (a tenth per 0.1 s) rather than firing them all at
        # once: the same throughput, far fewer requests in flight at any moment — which is
        # what a crash can leave in doubt.
        self._burst = (
            Window(math.ceil(limits.per_second / 10), 0.1, until_answered=False)
            if limits.per_second >= 10
            else None
        )
        self._chats: dict[str, Window] = {}
        self._paused_until = 0.0

    def _chat_window(self, chat_id: str, group: bool) -> Window | None:
        limit, period = (
            (self.limits.per_group_minute, 60.0) if group else (self.limits.per_chat_second, 1.0)
        )
        if limit <= 0:
            return None
        window = self._chats.get(chat_id)
        if window is None or window.limit != limit:
            window = self._chats[chat_id] = Window(limit, period)
        return window

    def pause(self, seconds: float) -> None:
        """Stop all sending for `seconds` (a RetryAfter from the Bot API)."""
        self._paused_until = max(self._paused_until, self.clock() + seconds)

    @property
    def paused_for(self) -> float:
        return max(0.0, self._paused_until - self.clock())

    def wait(self, chat_id: str, *, group: bool = False) -> float:
        """Seconds until a message to `chat_id` may go (0: now)."""
        now = self.clock()
        waits = [self._paused_until - now]
        if self._global is not None:
            waits.append(self._global.wait(now))
        if self._burst is not None:
            waits.append(self._burst.wait(now))
        window = self._chat_window(chat_id, group)
        if window is not None:
            waits.append(window.wait(now))
        return max(0.0, *waits)

    def try_acquire(self, chat_id: str, *, group: bool = False) -> float | None:
        """Take a send slot for `chat_id` if one is free now: the slot's stamp, to pass to
        `complete` when the response is back (None: no slot now)."""
        if self.wait(chat_id, group=group) > 0:
            return None
        now = self.clock()
        for shared in (self._global, self._burst):
            if shared is not None:
                shared.record(now)
        window = self._chat_window(chat_id, group)
        if window is not None:
            window.record(now)
        return now

    def complete(self, chat_id: str, stamp: float, *, group: bool = False) -> None:
        """The send taken at `stamp` got its response: it counts until `period` after now."""
        now = max(self.clock(), stamp)
        for shared in (self._global, self._burst):
            if shared is not None:
                shared.move(stamp, now)
        window = self._chat_window(chat_id, group)
        if window is not None:
            window.move(stamp, now)

    def forget_idle(self) -> None:
        """Drop per-chat windows with nothing in them (memory stays bounded in a broadcast)."""
        now = self.clock()
        for chat_id, window in list(self._chats.items()):
            window._trim(now)
            if window.idle:
                del self._chats[chat_id]
