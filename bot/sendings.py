"""One scheduled digest to one subscriber: recorded first, sent in parts, retried, marked.

The ledger row is written before anything is sent (db.subscriptions.claim_sending),
so whichever path gets to a due digest first (the scheduler's run, the catch-up
on start) is the only one that sends it. Each delivered part is recorded at once,
so a stop in the middle resumes after it. A failure is retried with back-off
inside this subscriber's own task: it never holds up anyone else.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from telethon import errors

from bot.config import Config
from bot.delivery import Outgoing, classify, describe, empty_line, send_outgoing
from db import subscriptions as subs
from db.store import Store
from db.subscriptions import Sending, Subscriber
from db.util import parse_iso, to_iso
from handlers.commands.html import Html, fmt

log = logging.getLogger(__name__)

# Builds the Telegram form of the digest for a topic (None: every claim) over [since, until).
FormBuilder = Callable[[str | None, dt.datetime, dt.datetime], Awaitable[Outgoing]]
Notify = Callable[[Html], Awaitable[None]]
Result = Literal["sent", "empty", "failed", "dropped", "skipped"]


@dataclass(frozen=True)
class RetryPolicy:
    """Attempts per digest and the waits between them (doubling, capped)."""

    attempts: int = 5  # for a chat that refuses us (blocked, gone)
    max_attempts: int = 50  # for anything else, a backstop behind the grace
    base_seconds: float = 30.0
    max_seconds: float = 1800.0
    flood_cap_seconds: float = 3600.0  # a FloodWait is slept as told, up to this

    def delay(self, attempt: int) -> float:
        return float(min(self.base_seconds * 2 ** max(attempt - 1, 0), self.max_seconds))


class SharedBuilds:
    """One build per window, however many subscribers share it.

    Everyone subscribed to a topic at 08:00 gets the same digest; it is built
    (and its chart drawn) once, and the last few windows are kept for retries.
    """

    def __init__(self, build: FormBuilder, keep: int = 16) -> None:
        self._build = build
        self._keep = keep
        self._builds: OrderedDict[tuple[Any, ...], asyncio.Future[Outgoing]] = OrderedDict()

    async def __call__(self, topic: str | None, since: dt.datetime, until: dt.datetime) -> Outgoing:
        key = (topic, since, until)
        future = self._builds.get(key)
        if future is None or (future.done() and future.exception() is not None):
            future = asyncio.ensure_future(self._build(topic, since, until))
            self._builds[key] = future
            while len(self._builds) > self._keep:
                self._builds.popitem(last=False)
        # shield: one subscriber's task being cancelled must not cancel everyone's build
        return await asyncio.shield(future)


class Sender:
    def __init__(
        self,
        store: Store,
        config: Config,
        client: Any,
        build: FormBuilder,
        *,
        notify_admins: Notify | None = None,
        on_dropped: Callable[[Subscriber], Awaitable[None]] | None = None,
        policy: RetryPolicy | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.store = store
        self.config = config
        self.client = client
        self.build = build
        self.notify_admins = notify_admins
        self.on_dropped = on_dropped
        self.policy = policy or RetryPolicy()
        self.sleep = sleep
        self.clock = clock

    async def send_due(self, sub: Subscriber, due: dt.datetime) -> Result:
        """Send the digest due at `due` unless it was already sent (or is being sent)."""
        async with self.store.transaction() as conn:
            sending = await subs.claim_sending(conn, sub, to_iso(due))
        if sending is None:
            log.debug("digest %s for subscriber %s already handled", to_iso(due), sub.id)
            return "skipped"
        return await self._deliver(sub, sending)

    async def resume(self, sending: Sending) -> Result:
        """Finish a sending a stop interrupted, from the first part not yet delivered."""
        async with self.store.transaction() as conn:
            sub = await subs.get(conn, sending.subscriber_id or 0)
            if sub is None or not sub.active:
                await subs.finish(conn, sending.id, "failed", "unsubscribed before it was sent")
                return "failed"
        log.info(
            "resuming digest %s for chat %s after part %s",
            sending.due_at,
            sending.chat_id,
            sending.parts_sent,
        )
        return await self._deliver(sub, sending)

    async def give_up(self, sending: Sending, why: str) -> None:
        async with self.store.transaction() as conn:
            await subs.finish(conn, sending.id, "failed", why)

    async def _deliver(self, sub: Subscriber, sending: Sending) -> Result:
        due = parse_iso(sending.due_at)
        since = due - dt.timedelta(days=self.config.digest.days)
        done = sending.parts_sent

        async def delivered(parts: int) -> None:
            nonlocal done
            done = parts
            async with self.store.transaction() as conn:
                await subs.mark_parts(conn, sending.id, parts)

        topic = None if sub.topic == subs.ALL_TOPICS else sub.topic
        attempt = 0
        while True:
            attempt += 1
            try:
                out = await self.build(topic, since, due)
                if out.parts == 0 or out.empty:
                    out = Outgoing([empty_line(topic, self.config.digest.days)], empty=True)
                await send_outgoing(self.client, sub.chat_id, out, start=done, on_part=delivered)
            except asyncio.CancelledError:
                raise  # a stop: the row stays 'sending' and the next start resumes it
            except Exception as exc:
                async with self.store.transaction() as conn:
                    await subs.mark_attempt(conn, sending.id, describe(exc))
                if self._give_up(exc, attempt, due):
                    return await self._failed(sub, sending, exc)
                wait = self._wait(exc, attempt)
                log.warning(
                    "digest for chat %s (%s) attempt %d failed: %s; retrying in %.0fs",
                    sub.chat_id,
                    sub.topic,
                    attempt,
                    describe(exc),
                    wait,
                )
                await self.sleep(wait)
                continue
            async with self.store.transaction() as conn:
                await subs.finish(conn, sending.id, "empty" if out.empty else "sent")
                await subs.reset_failures(conn, sub.id)
            return "empty" if out.empty else "sent"

    def _give_up(self, exc: BaseException, attempt: int, due: dt.datetime) -> bool:
        """A chat that refuses us is asked `attempts` times. A flood wait or a network
        problem is outlasted while the digest is still timely (the grace), so an outage
        of the bot's connection delays a digest instead of losing it."""
        if classify(exc) == "gone":
            return attempt >= self.policy.attempts
        late = self.clock() - due > dt.timedelta(hours=self.config.digest.grace_hours)
        return late or attempt >= self.policy.max_attempts

    def _wait(self, exc: BaseException, attempt: int) -> float:
        if isinstance(exc, errors.FloodWaitError):
            return float(min(exc.seconds + 1, self.policy.flood_cap_seconds))
        return self.policy.delay(attempt)

    async def _failed(self, sub: Subscriber, sending: Sending, exc: BaseException) -> Result:
        why = describe(exc)
        gone = classify(exc) == "gone"
        async with self.store.transaction() as conn:
            await subs.finish(conn, sending.id, "failed", why)
            failures = await subs.record_failure(conn, sub.id) if gone else sub.failures
            drop = gone and failures >= self.config.digest.max_failures
            if drop:
                await subs.deactivate(conn, sub.id)
        log.error("digest for chat %s (%s) not sent: %s", sub.chat_id, sub.topic, why)
        if not drop:
            return "failed"
        log.warning(
            "unsubscribed chat %s from %s after %d failed digests", sub.chat_id, sub.topic, failures
        )
        if self.on_dropped is not None:
            await self.on_dropped(sub)
        if self.notify_admins is not None:
            await self.notify_admins(
                fmt(
                    "Unsubscribed chat <code>{}</code> from <b>{}</b>: {} digests in a row"
                    " could not be delivered (last error: {}).",
                    sub.chat_id,
                    sub.topic,
                    failures,
                    why,
                )
            )
        return "dropped"
