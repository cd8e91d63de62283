"""The send limiter with a hand-moved clock: overall, per chat, per group, the burst spread,
RetryAfter pauses, and sends counted until their response is back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ground.ratelimit import Limits, SendLimiter


class Tick:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def send(limiter: SendLimiter, chat: str, *, group: bool = False) -> bool:
    """Try a send that is answered at once."""
    stamp = limiter.try_acquire(chat, group=group)
    if stamp is None:
        return False
    limiter.complete(chat, stamp, group=group)
    return True


def test_a_chat_gets_one_message_per_second_and_a_group_twenty_per_minute() -> None:
    clock = Tick()
    limiter = SendLimiter(Limits(per_second=0, per_chat_second=1, per_group_minute=20), clock)
    assert send(limiter, "tg:1")
    assert not send(limiter, "tg:1")
    assert 0.99 < limiter.wait("tg:1") <= 1.0
    assert send(limiter, "tg:2")  # other chats are not held up
    granted = [send(limiter, "tg:-5", group=True) for _ in range(25)]
    assert sum(granted) == 20
    clock.now += 59.0
    assert not send(limiter, "tg:-5", group=True)
    clock.now += 1.01
    assert send(limiter, "tg:-5", group=True)


def test_a_request_still_in_flight_keeps_its_slot() -> None:
    clock = Tick()
    limiter = SendLimiter(Limits(per_second=0, per_chat_second=1, per_group_minute=0), clock)
    assert limiter.try_acquire("tg:1") is not None
    clock.now += 5.0  # no answer yet: the server may see it any moment
    assert limiter.try_acquire("tg:1") is None


def test_a_send_counts_until_its_response_is_back() -> None:
    clock = Tick()
    limiter = SendLimiter(Limits(per_second=0, per_chat_second=1, per_group_minute=0), clock)
    stamp = limiter.try_acquire("tg:1")
    assert stamp is not None
    clock.now += 0.8  # a slow request: the response comes 0.8 s later
    limiter.complete("tg:1", stamp)
    clock.now += 0.5  # 1.3 s after the start, but only 0.5 s after the server may have seen it
    assert limiter.try_acquire("tg:1") is None
    clock.now += 0.51
    assert limiter.try_acquire("tg:1") is not None


def test_each_second_is_spread_in_tenths_and_a_pause_stops_everything() -> None:
    clock = Tick()
    limiter = SendLimiter(Limits(per_second=30, per_chat_second=0, per_group_minute=0), clock)
    burst = [send(limiter, f"tg:{i}") for i in range(10)]
    assert sum(burst) == 3  # 30/s → 3 per 0.1 s
    clock.now += 0.1
    assert send(limiter, "tg:99")
    limiter.pause(2.0)
    clock.now += 1.9
    assert not send(limiter, "tg:100") and limiter.paused_for > 0
    clock.now += 0.11
    assert send(limiter, "tg:100")


@settings(max_examples=60, deadline=None)
@given(
    steps=st.lists(
        st.tuples(
            st.floats(min_value=0.0, max_value=0.2),  # time to the next attempt
            st.integers(min_value=0, max_value=4),  # which chat
            st.floats(min_value=0.0, max_value=1.5),  # how long the request takes (may be > 1 s)
        ),
        min_size=1,
        max_size=200,
    )
)
def test_no_window_at_the_server_ever_holds_more_than_the_limits(
    steps: list[tuple[float, int, float]],
) -> None:
    """Whatever the timing, a request that arrives anywhere between its start and its
    response never makes any 1-second window exceed the limits."""
    clock = Tick()
    limits = Limits(per_second=12, per_chat_second=1, per_group_minute=0)
    limiter = SendLimiter(limits, clock)
    sends: list[tuple[float, float, int]] = []  # (start, response, chat)
    in_flight: list[tuple[float, float, int]] = []
    for gap, chat, latency in steps:
        clock.now += gap
        for item in [f for f in in_flight if f[1] <= clock.now]:
            in_flight.remove(item)
            limiter.complete(f"tg:{item[2]}", item[0])
        stamp = limiter.try_acquire(f"tg:{chat}")
        if stamp is not None:
            send = (stamp, stamp + latency, chat)
            sends.append(send)
            in_flight.append(send)
    # A request reaches the server somewhere between its start and its response: count, for
    # every window, each request whose [start, response] touches it (the worst case).
    edges = sorted({t for s in sends for t in (s[0], s[1])})
    for a in edges:
        touching = [c for start, end, c in sends if start < a + 1.0 and end >= a]
        assert len(touching) <= limits.per_second
        for chat in set(touching):
            assert touching.count(chat) <= limits.per_chat_second
