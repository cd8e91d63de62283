"""The outbox dispatcher: claims due rows, sends each at most once within the rate limits,
retries what failed for sure, and never resends what may have been delivered.

The channel is a `Deliverer` (the Telegram adapter or the terminal chat, injected by the
composition root): it renders rows in the recipient's language and sends them, answering
with a `Delivery`. Several dispatchers may run on one PostgreSQL database: rows are claimed
with `FOR UPDATE SKIP LOCKED`, so no row is ever claimed twice.

One wave at a time: take send slots from the limiter for as many claimed messages as may go
now, commit them as `sending`, send them concurrently, commit each outcome as it arrives
(group commit). A crash leaves the messages in flight at that moment `unknown` (reported,
never resent) and nothing that was merely claimed; the Bot API has no idempotency key, so
exactly-once across a hard kill is not possible — at most once is what is promised. A
dispatcher with a fixed `worker_id` reclaims its own rows as soon as it restarts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Protocol

from ground.infra import Infra
from ground.outbox import OutboxRepository, StoredMessage
from ground.ratelimit import Limits, SendLimiter

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    SENT = "sent"
    RETRY = "retry"  # certainly not delivered (connection refused, 5xx, 429): send again later
    RETRY_AFTER = "retry_after"  # Telegram said wait: pause everything, then send again
    BLOCKED = "blocked"  # the user blocked the bot (403): never again, unsubscribe them
    FAILED = "failed"  # a permanent error (400: chat not found, message rejected)
    UNKNOWN = "unknown"  # a timeout after sending: maybe delivered, so never resent
    HOLD = "hold"  # not now (the recipient's quiet hours): due again at `due_at`
    EXPIRED = "expired"  # no longer worth sending (the live ended while it waited): dropped


@dataclass(frozen=True, slots=True)
class Delivery:
    outcome: Outcome
    ref: str | None = None  # the channel's message id
    retry_after: float | None = None
    due_at: datetime | None = None  # for HOLD
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """A message rendered and ready for the channel (`content` is the channel's business)."""

    chat_id: str
    content: object


class Deliverer(Protocol):
    """Renders messages (several rows of one group become one message) and sends them."""

    async def prepare(
        self, messages: Sequence[Sequence[StoredMessage]]
    ) -> list[Prepared | Delivery]:
        """Everything but the channel call, for a batch: a `Prepared` per message to send,
        or the `Delivery` that settles it without sending (held, expired, failed)."""
        ...

    async def send(self, prepared: Prepared) -> Delivery:
        """The channel call only."""
        ...

    def is_group(self, chat_id: str) -> bool: ...


@dataclass(slots=True)
class DispatchStats:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    blocked: int = 0
    unknown: int = 0
    held: int = 0
    expired: int = 0
    waves: int = 0

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass
class DispatcherConfig:
    limits: Limits = field(default_factory=Limits)
    batch: int = 200  # rows claimed per round trip
    wave: int = 32  # messages sent concurrently
    lease: timedelta = timedelta(minutes=2)
    idle_poll: float = 1.0  # seconds between looks at an empty queue
    max_attempts: int = 8
    backoff_base: float = 2.0  # seconds; doubles per attempt, capped at backoff_max
    backoff_max: float = 300.0
    only_chat: str | None = None  # send only this chat's rows (the terminal chat)


BlockedHook = Callable[[str], Awaitable[None]]


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{id(object()) % 100000}"


class Dispatcher:
    """Sends the outbox. `run()` until stopped, or `drain()` once (tests, the terminal chat)."""

    def __init__(
        self,
        infra: Infra,
        deliverer: Deliverer,
        *,
        config: DispatcherConfig | None = None,
        worker_id: str | None = None,
        on_blocked: BlockedHook | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.infra = infra
        self.deliverer = deliverer
        self.config = config or DispatcherConfig()
        self.worker_id = worker_id or default_worker_id()
        # Only a configured id is known to be this process's alone after a restart.
        self.fixed_id = worker_id is not None
        self.on_blocked = on_blocked
        self.limiter = SendLimiter(self.config.limits, monotonic)
        self.stats = DispatchStats()
        self._wake = asyncio.Event()

    def wake(self) -> None:
        """Something was queued: look now instead of at the next poll."""
        self._wake.set()

    async def recover(self) -> tuple[int, int]:
        """Expired leases of dead workers: claimed rows back to the queue, in-flight ones to
        `unknown`."""
        async with self.infra.write_lock(), self.infra.uow() as uow:
            result = await uow.outbox.recover(self.infra.clock.now())
            await uow.commit()
        if result[1]:
            log.warning("%d outbox messages were in flight when a worker stopped", result[1])
        return result

    async def _claim(self) -> list[list[StoredMessage]]:
        """Claim due rows; rows of one group come together as one message."""
        now = self.infra.clock.now()
        async with self.infra.write_lock(), self.infra.uow() as uow:
            rows = await uow.outbox.claim(
                self.worker_id,
                now,
                limit=self.config.batch,
                lease=self.config.lease,
                chat_id=self.config.only_chat,
            )
            groups: dict[str, list[StoredMessage]] = {}
            messages: list[list[StoredMessage]] = []
            for row in rows:
                if row.group_key is None:
                    messages.append([row])
                elif row.group_key in groups:
                    groups[row.group_key].append(row)
                else:
                    groups[row.group_key] = [row]
                    messages.append(groups[row.group_key])
            for key, members in groups.items():
                extra = await uow.outbox.claim_group(
                    self.worker_id, key, now, lease=self.config.lease
                )
                members.extend(extra)
            await uow.commit()
        return messages

    async def drain(
        self, *, stop: asyncio.Event | None = None, max_seconds: float | None = None
    ) -> int:
        """Send everything due now (waiting for rate-limit slots as needed); returns how many
        messages went out. Rows that come due while draining are picked up too."""
        started = time.monotonic()
        total = 0
        while stop is None or not stop.is_set():
            messages = await self._claim()
            if not messages:
                break
            total += await self._send_all(messages, stop)
            if max_seconds is not None and time.monotonic() - started > max_seconds:
                break
        return total

    async def _send_all(
        self, messages: list[list[StoredMessage]], stop: asyncio.Event | None
    ) -> int:
        sent = 0
        pending: list[tuple[list[StoredMessage], Prepared]] = []
        try:
            try:
                outcomes = await self.deliverer.prepare(messages)
            except Exception as exc:  # rendering must not kill the dispatcher
                log.exception("preparing %d outbox messages failed", len(messages))
                outcomes = [Delivery(Outcome.RETRY, error=f"{type(exc).__name__}: {exc}")] * len(
                    messages
                )
            settled = [
                (m, o) for m, o in zip(messages, outcomes, strict=True) if isinstance(o, Delivery)
            ]
            pending = [
                (m, o) for m, o in zip(messages, outcomes, strict=True) if isinstance(o, Prepared)
            ]
            if settled:
                await self._flush(settled, sent_attempt=False)
            while pending and (stop is None or not stop.is_set()):
                wave: list[tuple[list[StoredMessage], Prepared, float]] = []
                rest: list[tuple[list[StoredMessage], Prepared]] = []
                shortest: float | None = None
                for msg, prepared in pending:
                    chat = msg[0].chat_id
                    group = self.deliverer.is_group(chat)
                    stamp = (
                        self.limiter.try_acquire(chat, group=group)
                        if len(wave) < self.config.wave
                        else None
                    )
                    if stamp is not None:
                        wave.append((msg, prepared, stamp))
                    else:
                        rest.append((msg, prepared))
                        if len(wave) >= self.config.wave:
                            continue
                        wait = self.limiter.wait(chat, group=group)
                        shortest = wait if shortest is None else min(shortest, wait)
                pending = rest
                if not wave:
                    await self._sleep(shortest if shortest is not None else 0.05, stop)
                    continue
                sent += await self._send_wave(wave)
                if self.stats.waves % 64 == 0:
                    self.limiter.forget_idle()
        finally:
            # Rows never attempted (stopped, or a crash below) go back exactly as they were.
            leftover = [row.id for msg, _ in pending for row in msg]
            if leftover:
                async with self.infra.write_lock(), self.infra.uow() as uow:
                    await uow.outbox.release(leftover)
                    await uow.commit()
        return sent

    async def _sleep(self, seconds: float, stop: asyncio.Event | None) -> None:
        if stop is None:
            await asyncio.sleep(seconds)
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), seconds)

    async def _send_wave(self, wave: list[tuple[list[StoredMessage], Prepared, float]]) -> int:
        """Commit the wave as `sending`, send it concurrently, and commit each outcome as soon
        as it is known (outcomes that arrive while one commit runs go in the next): after a
        crash only messages really in flight are `unknown`."""
        ids = [row.id for msg, _, _ in wave for row in msg]
        async with self.infra.write_lock(), self.infra.uow() as uow:
            await uow.outbox.mark_sending(ids, self.worker_id)
            await uow.commit()
        self.stats.waves += 1

        async def one(
            msg: list[StoredMessage], prepared: Prepared, stamp: float
        ) -> tuple[list[StoredMessage], Delivery]:
            try:
                return msg, await self._send(msg, prepared)
            finally:
                chat = msg[0].chat_id
                self.limiter.complete(chat, stamp, group=self.deliverer.is_group(chat))

        done: list[tuple[list[StoredMessage], Delivery]] = []
        flushing: asyncio.Task[None] | None = None
        sent = 0
        for next_done in asyncio.as_completed([one(*item) for item in wave]):
            msg, delivery = await next_done
            sent += delivery.outcome is Outcome.SENT
            done.append((msg, delivery))
            if flushing is None or flushing.done():
                if flushing is not None:
                    await flushing  # surface a failed commit
                flushing = asyncio.create_task(self._flush(done))
                done = []
        if flushing is not None:
            await flushing
        if done:
            await self._flush(done)
        return sent

    async def _flush(
        self, results: list[tuple[list[StoredMessage], Delivery]], *, sent_attempt: bool = True
    ) -> None:
        """Record outcomes in one transaction; unsubscribe users who blocked the bot."""
        now = self.infra.clock.now()
        blocked: list[str] = []
        sent = [(row.id, d.ref) for msg, d in results if d.outcome is Outcome.SENT for row in msg]
        async with self.infra.write_lock(), self.infra.uow() as uow:
            outbox: OutboxRepository = uow.outbox
            await outbox.mark_sent_many(sent, now)  # the common case: one statement
            self.stats.sent += sum(1 for _, d in results if d.outcome is Outcome.SENT)
            for msg, delivery in results:
                if delivery.outcome is Outcome.SENT:
                    continue
                await self._record(
                    outbox, msg, [row.id for row in msg], delivery, now, blocked, sent_attempt
                )
            for user_key in dict.fromkeys(blocked):
                await outbox.cancel_for_user(user_key)
            await uow.commit()
        for user_key in dict.fromkeys(blocked):
            if self.on_blocked is not None:
                try:
                    await self.on_blocked(user_key)
                except Exception:
                    log.exception("unsubscribing blocked user %s failed", user_key)

    async def _send(self, msg: list[StoredMessage], prepared: Prepared) -> Delivery:
        try:
            return await self.deliverer.send(prepared)
        except Exception as exc:  # after the request may have gone out: never resent
            log.exception("sending outbox rows %s failed", [r.id for r in msg])
            return Delivery(Outcome.UNKNOWN, error=f"{type(exc).__name__}: {exc}")

    async def _record(
        self,
        outbox: OutboxRepository,
        msg: list[StoredMessage],
        row_ids: list[int],
        delivery: Delivery,
        now: datetime,
        blocked: list[str],
        sent_attempt: bool = True,
    ) -> None:
        """Store one message's outcome. `sent_attempt` False: it was settled before any send
        (held, expired, or preparing it failed), so no attempt was counted by `mark_sending`."""
        outcome = delivery.outcome
        attempts = max(row.attempts for row in msg) + 1
        if outcome in (Outcome.RETRY, Outcome.RETRY_AFTER) and attempts >= self.config.max_attempts:
            outcome = Outcome.FAILED
        if outcome is Outcome.SENT:
            self.stats.sent += 1
            await outbox.mark_sent(row_ids, now, delivery.ref)
        elif outcome is Outcome.RETRY_AFTER:
            wait = max(delivery.retry_after or 1.0, 0.0)
            self.limiter.pause(wait)
            self.stats.retried += 1
            await outbox.retry(row_ids, now + timedelta(seconds=wait), delivery.error)
        elif outcome is Outcome.RETRY:
            backoff = min(self.config.backoff_max, self.config.backoff_base * 2 ** (attempts - 1))
            self.stats.retried += 1
            await outbox.retry(row_ids, now + timedelta(seconds=backoff), delivery.error)
            if not sent_attempt:
                await outbox.count_attempt(row_ids)
        elif outcome is Outcome.HOLD:
            self.stats.held += 1
            await outbox.retry(row_ids, delivery.due_at or now + timedelta(minutes=10))
        elif outcome is Outcome.BLOCKED:
            self.stats.blocked += 1
            await outbox.mark_failed(row_ids, delivery.error or "blocked by the user")
            blocked.extend(row.user_key for row in msg if row.user_key)
        elif outcome is Outcome.EXPIRED:
            self.stats.expired += 1
            await outbox.mark_cancelled(row_ids, delivery.error or "expired before it was sent")
        elif outcome is Outcome.UNKNOWN:
            self.stats.unknown += 1
            await outbox.mark_unknown(row_ids, delivery.error or "delivery unknown")
        else:
            self.stats.failed += 1
            await outbox.mark_failed(row_ids, delivery.error or "failed")

    async def recover_own(self) -> tuple[int, int]:
        """At start: rows this worker id held in a previous life (it was killed) — claimed
        ones back to the queue, in-flight ones to `unknown` — without waiting for the lease."""
        async with self.infra.write_lock(), self.infra.uow() as uow:
            result = await uow.outbox.recover_worker(self.worker_id)
            await uow.commit()
        if result[1]:
            log.warning(
                "%d outbox messages were in flight when this worker last stopped", result[1]
            )
        return result

    async def run(self, stop: asyncio.Event) -> None:
        """Send until `stop` is set: recover dead workers' leases now and then, send what is
        due, sleep until the next row is due (or something wakes us)."""
        if self.fixed_id:
            await self.recover_own()
        await self.recover()
        last_recover = time.monotonic()
        while not stop.is_set():
            try:
                await self.drain(stop=stop)
                if time.monotonic() - last_recover > self.config.lease.total_seconds():
                    await self.recover()
                    last_recover = time.monotonic()
                async with self.infra.uow() as uow:
                    due = await uow.outbox.next_due()
            except Exception:
                log.exception("outbox dispatch round failed; retrying")
                due = None
            delay = self.config.idle_poll
            if due is not None:
                delay = min(delay, max(0.0, (due - self.infra.clock.now()).total_seconds()))
            delay = max(delay, self.limiter.paused_for, 0.01)
            self._wake.clear()
            waiters = [asyncio.ensure_future(stop.wait()), asyncio.ensure_future(self._wake.wait())]
            try:
                await asyncio.wait(waiters, timeout=delay, return_when=asyncio.FIRST_COMPLETED)
            finally:
                for w in waiters:
                    w.cancel()
