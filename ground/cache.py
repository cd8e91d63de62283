"""A small per-process memory of recent answers, for refusing fast under a crowd.

Used where a stale entry cannot make the database accept anything: immutable data (what a
quote says) and refusals ("this flash sale is sold out"), which at worst make a shopper retry.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class TTLCache:
    def __init__(self, *, size: int = 4096, clock: Callable[[], float] = time.monotonic) -> None:
        self._items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()
        self._size = size
        self._clock = clock

    def get(self, key: Hashable) -> Any:
        item = self._items.get(key)
        if item is None:
            return None
        until, value = item
        if until < self._clock():
            del self._items[key]
            return None
        return value

    def put(self, key: Hashable, value: Any, ttl: float) -> None:
        self._items[key] = (self._clock() + ttl, value)
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)

    def forget(self, key: Hashable) -> None:
        self._items.pop(key, None)
