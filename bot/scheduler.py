"""The clock of the bot: daily digests per subscription, and periodic work of other parts.

APScheduler 3's AsyncIOScheduler runs on the bot's event loop. Each active
subscription is one job with a cron trigger at its local HH:MM in the configured
timezone, kept in the claimwatch database itself (SQLAlchemyJobStore, table
`apscheduler_jobs`), so a restart finds the jobs where it left them. What is
*sent* is decided by the ledger (db.subscriptions), not by the job store: on
start, interrupted sendings are resumed and every subscription's latest due
digest is offered once more; the ledger's UNIQUE row lets exactly one of those
paths send it, and only within `digest.grace_hours` of its time.

Other parts plug periodic work in with `every("poll:rfi", 30, poll_rfi)`; those
jobs live in memory and are re-added from the config on every start.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import zoneinfo
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy import create_engine

from bot.config import Config
from bot.sendings import Result, Sender
from db import subscriptions as subs
from db.store import BUSY_TIMEOUT_MS, Store
from db.subscriptions import ScheduleEntry, Subscriber
from db.util import parse_iso, utc_now

log = logging.getLogger(__name__)

DIGEST_JOB = "bot.scheduler:run_digest_job"  # by name: jobs in the database outlive the process
PERIODIC = "memory"

Clock = Callable[[], dt.datetime]


def parse_hhmm(text: str) -> dt.time:
    hours, _, minutes = text.partition(":")
    return dt.time(int(hours), int(minutes))


def last_due(at_time: str, tz: dt.tzinfo, now: dt.datetime) -> dt.datetime:
    """The latest moment at or before `now` when a daily digest at local `at_time` fell due."""
    local = now.astimezone(tz)
    at = parse_hhmm(at_time)
    due = dt.datetime.combine(local.date(), at, tzinfo=tz)
    if due > local:
        due = dt.datetime.combine(local.date() - dt.timedelta(days=1), at, tzinfo=tz)
    return due


def job_id(subscriber_id: int) -> str:
    return f"digest:{subscriber_id}"


# The scheduler whose jobs are running in this process. Jobs in the job store
# name a module-level function (a bound method cannot be stored), which finds it here.
_active: Scheduler | None = None


async def run_digest_job(subscriber_id: int) -> None:
    if _active is None:
        log.warning("digest job for subscriber %s ran with no scheduler started", subscriber_id)
        return
    await _active.fire(subscriber_id)


class _StoreLockedScheduler(AsyncIOScheduler):  # type: ignore[misc]
    """Touches the job store only while the claimwatch store's write lock is free.

    The job store writes through its own SQLite connection from the event-loop
    thread. If it did so while one of our aiosqlite transactions was open, it
    would block the loop that transaction needs to commit: a deadlock that ends
    in "database is locked" and a scheduler that never wakes again. Every
    job-store write therefore happens under the same lock as our transactions.
    """

    def __init__(self, lock: asyncio.Lock, **options: Any) -> None:
        self._store_lock = lock
        self._pending_wakeup: asyncio.Task[None] | None = None
        super().__init__(**options)

    def wakeup(self) -> None:
        if self._eventloop is not None:
            self._eventloop.call_soon_threadsafe(self._guarded_wakeup)

    def _guarded_wakeup(self) -> None:
        if not self.running or self._eventloop is None:
            return
        if not self._store_lock.locked():
            self._process_now()
        elif self._pending_wakeup is None or self._pending_wakeup.done():
            self._pending_wakeup = self._eventloop.create_task(self._wakeup_when_free())

    async def _wakeup_when_free(self) -> None:
        async with self._store_lock:
            if self.running:
                self._process_now()

    def _process_now(self) -> None:
        self._stop_timer()
        try:
            wait_seconds = self._process_jobs()
        except Exception:
            # Without this the timer is never re-armed and no job runs again.
            log.exception("scheduler round failed; retrying in %ss", self.jobstore_retry_interval)
            wait_seconds = self.jobstore_retry_interval
        self._start_timer(wait_seconds)


class Scheduler:
    """Daily digests for the subscribers, and any periodic work other parts hand in."""

    def __init__(
        self,
        store: Store,
        config: Config,
        sender: Sender,
        *,
        clock: Clock = utc_now,
        jobstore_url: str | None = None,
    ) -> None:
        self.store = store
        self.config = config
        self.sender = sender
        self.clock = clock
        self.tz = zoneinfo.ZoneInfo(config.timezone)
        self.grace = dt.timedelta(hours=config.digest.grace_hours)
        self._lock: asyncio.Lock = store.write_lock  # see _StoreLockedScheduler
        self._tasks: set[asyncio.Task[Any]] = set()
        jobs: Any
        url = jobstore_url or _sqlite_url(store.path)
        if url is None:
            jobs = MemoryJobStore()  # a :memory: store has no file to share
        else:
            engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
            jobs = SQLAlchemyJobStore(engine=engine)
        self.aps = _StoreLockedScheduler(
            self._lock,
            jobstores={"default": jobs, PERIODIC: MemoryJobStore()},
            timezone=self.tz,
            job_defaults={
                "coalesce": True,  # days missed while down are one digest, not a burst
                "max_instances": 1,
                "misfire_grace_time": max(int(self.grace.total_seconds()), 1),
            },
        )
        sender.on_dropped = self._dropped

    # --- life cycle ---

    async def start(self) -> None:
        """Start the clock; resume interrupted sendings and send missed ones, in the background."""
        global _active
        _active = self
        async with self._lock:
            self.aps.start(paused=True)
        await self.sync_config()
        await self.sync_jobs()
        await self._recover()
        self.aps.resume()

    async def shutdown(self) -> None:
        """Stop the clock and cancel sendings in flight: their ledger rows resume them."""
        global _active
        if self.aps.running:
            self.aps.shutdown(wait=False)
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await asyncio.sleep(0)  # AsyncIOScheduler shuts down on the next loop turn
        if _active is self:
            _active = None

    async def drain(self) -> None:
        """Wait for every digest task started so far (tests, and a clean `--once`)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # --- subscriptions ---

    async def sync_config(self) -> None:
        """[[schedules]] in config.toml become (or stop being) config-origin subscriptions."""
        default = self.config.digest.default_time
        entries = [
            ScheduleEntry(s.chat_id, s.topic, s.time or default) for s in self.config.schedules
        ]
        async with self.store.transaction() as conn:
            _, dropped = await subs.sync_config(conn, entries)
        for sub in dropped:
            log.info("schedule for chat %s (%s) left config.toml: stopped", sub.chat_id, sub.topic)

    async def sync_jobs(self) -> None:
        """One job per active subscription, same trigger as its row; stray jobs removed.

        A job whose trigger still matches is left alone, so its stored next run
        time survives the restart and APScheduler sees what was missed.
        """
        active = await subs.list_subscribers(self.store.conn)
        wanted = {job_id(s.id): s for s in active}
        async with self._lock:
            for job in self.aps.get_jobs(jobstore="default"):
                if job.id not in wanted:
                    job.remove()
            for jid, sub in wanted.items():
                job = self.aps.get_job(jid, jobstore="default")
                if job is None or repr(job.trigger) != repr(self._trigger(sub)):
                    self._add_job(sub)

    async def add(self, sub: Subscriber) -> dt.datetime | None:
        """Schedule (or re-time) a subscription; returns its next run, local time."""
        async with self._lock:
            self._add_job(sub)
        return self.next_run(sub.id)

    async def remove(self, subscriber_id: int) -> None:
        async with self._lock:
            job = self.aps.get_job(job_id(subscriber_id), jobstore="default")
            if job is not None:
                job.remove()

    def next_run(self, subscriber_id: int) -> dt.datetime | None:
        job = self.aps.get_job(job_id(subscriber_id), jobstore="default")
        when = getattr(job, "next_run_time", None)
        if when is None:
            # Paused or not started: what the trigger says, from now.
            if job is None:
                return None
            when = job.trigger.get_next_fire_time(None, self.clock().astimezone(self.tz))
        return when.astimezone(self.tz) if when else None

    def _trigger(self, sub: Subscriber) -> CronTrigger:
        at = parse_hhmm(sub.at_time)
        return CronTrigger(hour=at.hour, minute=at.minute, timezone=self.tz)

    def _add_job(self, sub: Subscriber) -> None:
        self.aps.add_job(
            DIGEST_JOB,
            self._trigger(sub),
            args=(sub.id,),
            id=job_id(sub.id),
            name=f"digest {sub.topic} to {sub.chat_id} at {sub.at_time}",
            jobstore="default",
            replace_existing=True,
        )

    async def _dropped(self, sub: Subscriber) -> None:
        await self.remove(sub.id)

    # --- sending ---

    async def fire(self, subscriber_id: int) -> Result:
        """Send the subscriber's latest due digest, if within the grace and not sent yet."""
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            sub = await subs.get(self.store.conn, subscriber_id)
            if sub is None or not sub.active:
                await self.remove(subscriber_id)
                return "skipped"
            if not self.allowed(sub):
                log.warning(
                    "digest for chat %s not sent: subscribed by user %s, who is not an admin",
                    sub.chat_id,
                    sub.created_by,
                )
                return "skipped"
            now = self.clock()
            due = last_due(sub.at_time, self.tz, now)
            if due < parse_iso(sub.since):
                return "skipped"  # due before this schedule began
            if now - due > self.grace:
                log.info(
                    "digest for chat %s (%s) due %s missed by %s, over the %s grace: not sent",
                    sub.chat_id,
                    sub.topic,
                    due.isoformat(),
                    now - due,
                    self.grace,
                )
                return "skipped"
            return await self.sender.send_due(sub, due)
        finally:
            if task is not None:
                self._tasks.discard(task)

    def allowed(self, sub: Subscriber) -> bool:
        """A chat gets digests it asked for itself, or that config or an admin set up.

        Checked again at send time, so a group subscribed by someone who is no
        longer an admin stops receiving.
        """
        return (
            sub.origin == "config"
            or sub.chat_id == sub.created_by
            or sub.created_by in self.config.telegram.admins
        )

    async def _recover(self) -> None:
        """After a stop: finish what was cut off, then offer every due digest once more."""
        now = self.clock()
        for sending in await subs.unfinished(self.store.conn):
            if now - parse_iso(sending.due_at) > self.grace:
                await self.sender.give_up(sending, "interrupted by a stop; past the grace on start")
                continue
            self._spawn(self.sender.resume(sending), f"resume:{sending.id}")
        for sub in await subs.list_subscribers(self.store.conn):
            self._spawn(self.fire(sub.id), f"catch-up:{sub.id}")

    def _spawn(self, coro: Awaitable[Any], name: str) -> None:
        task: asyncio.Task[Any] = asyncio.ensure_future(coro)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("%s failed", task.get_name(), exc_info=task.exception())

    # --- periodic work of other parts ---

    def every(
        self,
        name: str,
        minutes: float,
        func: Callable[[], Awaitable[Any]],
        *,
        run_now: bool = False,
    ) -> None:
        """Run `func` every `minutes` (one run at a time; missed runs fold into one)."""
        now = self.clock().astimezone(self.tz)
        self.aps.add_job(
            func,
            IntervalTrigger(minutes=minutes, timezone=self.tz),
            id=f"every:{name}",
            name=name,
            jobstore=PERIODIC,
            replace_existing=True,
            misfire_grace_time=None,
            next_run_time=now if run_now else now + dt.timedelta(minutes=minutes),
        )


def _sqlite_url(path: str) -> str | None:
    if path in ("", ":memory:") or path.startswith("file:"):
        return None
    return f"sqlite:///{Path(path).expanduser().resolve()}"
