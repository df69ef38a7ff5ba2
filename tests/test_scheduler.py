"""Scheduled digests across restarts, on a real database file and APScheduler's real job store.

The clock is frozen (freezegun, with asyncio left on the real clock) and moved
by hand; APScheduler is woken as its timer would wake it. A "restart" is a new
Store, Sender and Scheduler over the same file after the old ones shut down.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from freezegun import freeze_time
from telethon import errors

from bot.config import Config, parse_config
from bot.delivery import Outgoing
from bot.scheduler import Scheduler, job_id, last_due
from bot.sendings import RetryPolicy, Sender
from db import subscriptions as subs
from db.store import Store
from db.subscriptions import Subscriber
from handlers.commands.html import Html
from tests.fake_bot import FakeBot

KYIV = dt.timezone(dt.timedelta(hours=3))  # Europe/Kyiv in summer
ADMIN = 1
ANN, BOB = 11, 22


def config(*, grace: float = 6.0, max_failures: int = 5, schedules: str = "") -> Config:
    return parse_config(
        f"""
timezone = "Europe/Kyiv"
[telegram]
admins = [{ADMIN}]
[[topics]]
name = "tinzaouaten"
[[topics]]
name = "bakhmut"
[digest]
default_time = "08:00"
grace_hours = {grace}
max_failures = {max_failures}
{schedules}
"""
    )


def local(day: int, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    return dt.datetime(2024, 8, day, hh, mm, ss, tzinfo=KYIV)


class Builder:
    """A digest of three parts (two messages and the chart, a two-page album) naming its window."""

    def __init__(self) -> None:
        self.calls: list[tuple[str | None, dt.datetime, dt.datetime]] = []

    async def __call__(self, topic: str | None, since: dt.datetime, until: dt.datetime) -> Outgoing:
        self.calls.append((topic, since, until))
        stamp = until.isoformat()
        return Outgoing(
            [Html(f"<b>{topic}</b> part 1 {stamp}"), Html(f"part 2 {stamp}")],
            photos=[b"\x89PNG page 1", b"\x89PNG page 2"],
            caption=Html("chart"),
        )


class Harness:
    """One process's worth of store + sender + scheduler over a database file."""

    def __init__(self, db: Path, cfg: Config, bot: FakeBot, **sender: Any) -> None:
        self.db, self.cfg, self.bot, self.sender_options = db, cfg, bot, sender
        self.build = Builder()

    @asynccontextmanager
    async def process(self) -> AsyncIterator[Scheduler]:
        store = await Store.open(self.db)
        sender = Sender(
            store,
            self.cfg,
            self.bot,
            self.build,
            notify_admins=self.notify,
            policy=self.sender_options.get("policy", RetryPolicy(attempts=3, base_seconds=0)),
            sleep=self.sender_options.get("sleep", _no_sleep),
        )
        scheduler = Scheduler(store, self.cfg, sender)
        await scheduler.start()
        try:
            yield scheduler
        finally:
            await scheduler.shutdown()
            await store.close()

    async def notify(self, text: Html) -> None:
        for admin in self.cfg.telegram.admins:
            await self.bot.send_message(admin, text, parse_mode="html", link_preview=False)


async def _no_sleep(seconds: float) -> None:
    await asyncio.sleep(0)


async def subscribe(scheduler: Scheduler, chat: int, topic: str, at: str) -> Subscriber:
    async with scheduler.store.transaction() as conn:
        sub, _ = await subs.subscribe(conn, chat, topic, at, created_by=chat)
    await scheduler.add(sub)
    return sub


async def tick(scheduler: Scheduler) -> None:
    """Wake APScheduler as its timer would, and wait for the jobs it started."""
    scheduler.aps.wakeup()
    for _ in range(5):
        await asyncio.sleep(0)
    await scheduler.drain()
    for _ in range(20):  # jobs run in tasks APScheduler's executor creates
        await asyncio.sleep(0.005)
        await scheduler.drain()


async def ledger(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT chat_id, topic, due_at, status, parts_sent, attempts FROM digests_sent"
            " ORDER BY id"
        ).fetchall()


async def wait_for(predicate: Callable[[], bool]) -> None:
    for _ in range(500):
        if predicate():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("condition never met")


# --- the arithmetic of "due" ---


def test_last_due_is_today_after_the_time_and_yesterday_before() -> None:
    tz = config().tz
    assert last_due("08:00", tz, local(2, 8, 0)) == local(2, 8, 0)
    assert last_due("08:00", tz, local(2, 7, 59)) == local(1, 8, 0)
    assert last_due("23:30", tz, local(2, 0, 10)) == local(1, 23, 30)


def test_retry_delays_double_and_stop_at_the_cap() -> None:
    policy = RetryPolicy(base_seconds=30, max_seconds=100)
    assert [policy.delay(n) for n in (1, 2, 3, 4)] == [30, 60, 100, 100]


# --- jobs live in the database ---


async def test_job_is_kept_in_the_database_file_and_found_after_restart(db_path: Path) -> None:
    h = Harness(db_path, config(), FakeBot())
    with freeze_time(local(1, 7, 0), real_asyncio=True):
        async with h.process() as first:
            sub = await subscribe(first, ANN, "tinzaouaten", "08:00")
            assert first.next_run(sub.id) == local(1, 8, 0)
        with sqlite3.connect(db_path) as conn:
            rows = conn.execute("SELECT id, next_run_time FROM apscheduler_jobs").fetchall()
        assert rows == [(job_id(sub.id), local(1, 8, 0).timestamp())]
        async with h.process() as second:
            assert second.next_run(sub.id) == local(1, 8, 0)
            job = second.aps.get_job(job_id(sub.id))
            assert "hour='8'" in repr(job.trigger) and "Europe/Kyiv" in repr(job.trigger)


async def test_subscription_fires_once_at_its_time_across_restarts(db_path: Path) -> None:
    bot = FakeBot()
    h = Harness(db_path, config(), bot)
    with freeze_time(local(1, 7, 59), real_asyncio=True) as clock:
        async with h.process() as first:
            sub = await subscribe(first, ANN, "tinzaouaten", "08:00")
        # restarted a minute before the time: nothing is due yet
        clock.move_to(local(1, 7, 59, 30))
        async with h.process() as second:
            await tick(second)
            assert bot.to(ANN) == []
            clock.move_to(local(1, 8, 0, 1))
            await tick(second)
            assert [s.kind for s in bot.to(ANN)] == ["message", "message", "album"]
            await tick(second)  # a second wake-up at the same time sends nothing more
        assert len(bot.to(ANN)) == 3
        # restarted right after sending: the catch-up finds the ledger row and stops
        clock.move_to(local(1, 8, 0, 40))
        async with h.process() as third:
            await tick(third)
        assert len(bot.to(ANN)) == 3
        assert await ledger(db_path) == [
            (ANN, "tinzaouaten", "2024-08-01T05:00:00+00:00", "sent", 3, 0)
        ]
        # the next morning it fires again, for the next window
        clock.move_to(local(2, 8, 0, 2))
        async with h.process() as fourth:
            await tick(fourth)
        assert len(bot.to(ANN)) == 6
        assert [r[2] for r in await ledger(db_path)] == [
            "2024-08-01T05:00:00+00:00",
            "2024-08-02T05:00:00+00:00",
        ]
    topic, since, until = h.build.calls[-1]
    assert topic == "tinzaouaten" and until - since == dt.timedelta(days=1)
    assert until == local(2, 8, 0)
    assert sub.id == 1


async def test_digest_missed_while_down_is_sent_once_on_start(db_path: Path) -> None:
    bot = FakeBot()
    h = Harness(db_path, config(grace=6), bot)
    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:
        async with h.process() as first:
            await subscribe(first, ANN, "tinzaouaten", "08:00")
            await subscribe(first, BOB, "bakhmut", "09:00")
        clock.move_to(local(1, 10, 30))  # down from 07:00 to 10:30: both were missed
        async with h.process() as second:
            await tick(second)
        assert len(bot.to(ANN)) == 3 and len(bot.to(BOB)) == 3
        clock.move_to(local(1, 10, 45))
        async with h.process() as third:
            await tick(third)
        assert len(bot.to(ANN)) == 3 and len(bot.to(BOB)) == 3
        dues = sorted((r[0], r[2]) for r in await ledger(db_path))
        assert dues == [(ANN, "2024-08-01T05:00:00+00:00"), (BOB, "2024-08-01T06:00:00+00:00")]


async def test_digest_missed_beyond_the_grace_is_not_sent(db_path: Path) -> None:
    bot = FakeBot()
    h = Harness(db_path, config(grace=2), bot)
    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:
        async with h.process() as first:
            await subscribe(first, ANN, "tinzaouaten", "08:00")
        clock.move_to(local(1, 10, 30))  # 2.5 hours late
        async with h.process() as second:
            await tick(second)
            assert second.next_run(1) == local(2, 8, 0)
        assert bot.sent == [] and await ledger(db_path) == []


async def test_new_subscription_gets_no_digest_due_before_it_existed(db_path: Path) -> None:
    bot = FakeBot()
    h = Harness(db_path, config(), bot)
    with freeze_time(local(1, 8, 30), real_asyncio=True) as clock:
        async with h.process() as first:
            await subscribe(first, ANN, "tinzaouaten", "08:00")  # half an hour after 08:00
        clock.move_to(local(1, 8, 40))
        async with h.process() as second:
            await tick(second)
        assert bot.sent == []


async def test_restart_in_the_middle_resumes_without_repeating_a_part(db_path: Path) -> None:
    bot = FakeBot()
    h = Harness(db_path, config(), bot)
    stuck = asyncio.Event()

    async def hang() -> None:  # the second part never gets through: the process is stopped
        stuck.set()
        await asyncio.Event().wait()

    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:
        async with h.process() as first:
            await subscribe(first, ANN, "tinzaouaten", "08:00")
            clock.move_to(local(1, 8, 0, 1))
            bot.fail_next(ANN, _ok, hang)  # part 1 goes, part 2 hangs
            first.aps.wakeup()
            await asyncio.wait_for(stuck.wait(), 5)
        assert [s.text for s in bot.to(ANN)] == [
            "<b>tinzaouaten</b> part 1 2024-08-01T05:00:00+00:00"
        ]
        assert await ledger(db_path) == [
            (ANN, "tinzaouaten", "2024-08-01T05:00:00+00:00", "sending", 1, 0)
        ]
        clock.move_to(local(1, 8, 5))
        async with h.process() as second:
            await tick(second)
        assert [s.kind for s in bot.to(ANN)] == ["message", "message", "album"]
        assert len({s.text for s in bot.to(ANN, "message")}) == 2
        assert (await ledger(db_path))[0][3:5] == ("sent", 3)


async def _ok() -> None:
    return None


async def test_failing_recipient_never_holds_up_the_next(db_path: Path) -> None:
    bot = FakeBot()
    release = asyncio.Event()
    waits: list[float] = []

    async def slow_sleep(seconds: float) -> None:
        waits.append(seconds)
        await release.wait()

    h = Harness(db_path, config(), bot, sleep=slow_sleep)
    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:
        async with h.process() as proc:
            await subscribe(proc, ANN, "tinzaouaten", "08:00")
            await subscribe(proc, BOB, "tinzaouaten", "08:00")
            bot.fail_next(ANN, errors.FloodWaitError(request=None, capture=42))
            clock.move_to(local(1, 8, 0, 1))
            proc.aps.wakeup()
            await wait_for(lambda: len(bot.to(BOB)) == 3)
            assert bot.to(ANN) == [] and waits == [43]  # Ann waits out the flood...
            release.set()  # ...and gets hers after it
            await tick(proc)
        assert len(bot.to(ANN)) == 3
        rows = {r[0]: r for r in await ledger(db_path)}
        assert rows[ANN][3:] == ("sent", 3, 1) and rows[BOB][3:] == ("sent", 3, 0)


async def test_blocked_user_is_dropped_after_max_failures_and_admins_told(db_path: Path) -> None:
    bot = FakeBot()
    h = Harness(
        db_path, config(max_failures=2), bot, policy=RetryPolicy(attempts=2, base_seconds=0)
    )
    blocked = [errors.UserIsBlockedError(request=None) for _ in range(10)]
    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:
        async with h.process() as proc:
            ann = await subscribe(proc, ANN, "tinzaouaten", "08:00")
            await subscribe(proc, BOB, "tinzaouaten", "08:00")
            bot.fail_next(ANN, *blocked)
            clock.move_to(local(1, 8, 0, 1))
            await tick(proc)
            assert (await subs.get(proc.store.conn, ann.id)).active  # one bad day is not enough
            assert bot.to(ADMIN) == []
            clock.move_to(local(2, 8, 0, 1))
            await tick(proc)
            gone = await subs.get(proc.store.conn, ann.id)
            assert gone is not None and not gone.active and gone.failures == 2
            assert proc.aps.get_job(job_id(ann.id)) is None
            clock.move_to(local(3, 8, 0, 1))
            await tick(proc)
        assert len(bot.to(BOB)) == 9  # Bob got all three days meanwhile
        assert bot.to(ANN) == []
        (told,) = bot.to(ADMIN)
        assert str(ANN) in told.text and "UserIsBlockedError" in told.text
        statuses = [(r[0], r[3], r[5]) for r in await ledger(db_path) if r[0] == ANN]
        assert statuses == [(ANN, "failed", 2), (ANN, "failed", 2)]


async def test_a_success_resets_the_failure_count(db_path: Path) -> None:
    bot = FakeBot()
    h = Harness(db_path, config(max_failures=2), bot, policy=RetryPolicy(attempts=1))
    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:
        async with h.process() as proc:
            ann = await subscribe(proc, ANN, "tinzaouaten", "08:00")
            bot.fail_next(ANN, errors.UserIsBlockedError(request=None))
            clock.move_to(local(1, 8, 0, 1))
            await tick(proc)
            assert (await subs.get(proc.store.conn, ann.id)).failures == 1
            clock.move_to(local(2, 8, 0, 1))
            await tick(proc)
            again = await subs.get(proc.store.conn, ann.id)
            assert again.active and again.failures == 0
        assert len(bot.to(ANN)) == 3


async def test_config_schedules_become_subscriptions_and_leave_with_the_config(
    db_path: Path,
) -> None:
    bot = FakeBot()
    with_schedule = config(
        schedules='[[schedules]]\nchat_id = -100123\ntopic = "tinzaouaten"\ntime = "06:30"'
    )
    with freeze_time(local(1, 5, 0), real_asyncio=True):
        async with Harness(db_path, with_schedule, bot).process() as proc:
            (sub,) = await subs.list_subscribers(proc.store.conn)
            assert (sub.chat_id, sub.topic, sub.at_time, sub.origin) == (
                -100123,
                "tinzaouaten",
                "06:30",
                "config",
            )
            assert proc.next_run(sub.id) == local(1, 6, 30)
        async with Harness(db_path, config(), bot).process() as proc:
            assert await subs.list_subscribers(proc.store.conn) == []
            assert proc.aps.get_jobs() == []


async def test_job_store_waits_for_an_open_transaction_instead_of_deadlocking(
    db_path: Path,
) -> None:
    bot = FakeBot()
    h = Harness(db_path, config(), bot)
    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:
        async with h.process() as proc:
            await subscribe(proc, ANN, "tinzaouaten", "08:00")
            clock.move_to(local(1, 8, 0, 1))
            async with proc.store.transaction() as conn:
                proc.aps.wakeup()  # the round that rewrites the job must wait for this commit
                for _ in range(10):
                    await asyncio.sleep(0)
                await conn.execute("UPDATE sources SET title = title")
            await tick(proc)
            assert proc.next_run(1) == local(2, 8, 0)
        assert len(bot.to(ANN)) == 3


async def test_periodic_work_of_other_parts_runs_on_its_interval(db_path: Path) -> None:
    h = Harness(db_path, config(), FakeBot())
    runs: list[dt.datetime] = []

    async def poll() -> None:
        runs.append(dt.datetime.now(dt.UTC))

    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:
        async with h.process() as proc:
            proc.every("poll:rfi", 30, poll, run_now=True)
            await wait_for(lambda: len(runs) == 1)
            clock.move_to(local(1, 7, 20))
            await tick(proc)
            assert len(runs) == 1
            clock.move_to(local(1, 7, 30, 1))
            proc.aps.wakeup()
            await wait_for(lambda: len(runs) == 2)


@pytest.mark.parametrize("topic", ["all"])
async def test_subscription_to_every_claim_builds_without_a_topic(
    db_path: Path, topic: str
) -> None:
    bot = FakeBot()
    h = Harness(db_path, config(), bot)
    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:
        async with h.process() as proc:
            await subscribe(proc, ANN, topic, "08:00")
            clock.move_to(local(1, 8, 0, 1))
            await tick(proc)
    assert h.build.calls[0][0] is None


async def test_group_subscribed_by_someone_no_longer_admin_gets_nothing(db_path: Path) -> None:
    bot = FakeBot()
    h = Harness(db_path, config(), bot)
    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:
        async with h.process() as proc:
            async with proc.store.transaction() as conn:
                # made by user 7 while an admin; config.toml has since dropped them
                group, _ = await subs.subscribe(conn, -100, "tinzaouaten", "08:00", created_by=7)
                own, _ = await subs.subscribe(conn, ANN, "tinzaouaten", "08:00", created_by=ANN)
                set_up, _ = await subs.subscribe(
                    conn, -200, "tinzaouaten", "08:00", created_by=ADMIN
                )
            for sub in (group, own, set_up):
                await proc.add(sub)
            clock.move_to(local(1, 8, 0, 1))
            await tick(proc)
    assert bot.to(-100) == []
    assert len(bot.to(ANN)) == 3 and len(bot.to(-200)) == 3


async def test_an_outage_longer_than_the_attempts_delays_the_digest_without_losing_it(
    db_path: Path,
) -> None:
    bot = FakeBot()
    h = Harness(db_path, config(), bot, policy=RetryPolicy(attempts=3, base_seconds=0))
    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:
        async with h.process() as proc:
            await subscribe(proc, ANN, "tinzaouaten", "08:00")
            bot.fail_next(ANN, *[ConnectionError("network is down") for _ in range(8)])
            clock.move_to(local(1, 8, 0, 1))
            await tick(proc)
    assert len(bot.to(ANN)) == 3
    ((*_, status, parts, attempts),) = await ledger(db_path)
    assert (status, parts, attempts) == ("sent", 3, 8)


async def test_an_outage_past_the_grace_fails_the_digest_but_keeps_the_subscriber(
    db_path: Path,
) -> None:
    bot = FakeBot()
    waits: list[float] = []
    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:

        async def sleep(seconds: float) -> None:  # time passes while the bot waits
            waits.append(seconds)
            clock.tick(dt.timedelta(seconds=seconds))
            await asyncio.sleep(0)

        h = Harness(db_path, config(grace=1), bot, sleep=sleep, policy=RetryPolicy(base_seconds=60))
        async with h.process() as proc:
            ann = await subscribe(proc, ANN, "tinzaouaten", "08:00")
            bot.fail_next(ANN, *[ConnectionError("down") for _ in range(100)])
            clock.move_to(local(1, 8, 0, 1))
            await tick(proc)
            after = await subs.get(proc.store.conn, ann.id)
    assert bot.to(ANN) == [] and bot.to(ADMIN) == []
    assert waits[:4] == [60, 120, 240, 480] and sum(waits[:-1]) <= 3600 < sum(waits)
    ((*_, status, _parts, _attempts),) = await ledger(db_path)
    assert status == "failed"
    assert after is not None and after.active and after.failures == 0


async def test_subscribers_of_one_window_share_one_build(db_path: Path) -> None:
    from bot.sendings import SharedBuilds

    bot = FakeBot()
    h = Harness(db_path, config(), bot)
    with freeze_time(local(1, 7, 0), real_asyncio=True) as clock:
        async with h.process() as proc:
            proc.sender.build = SharedBuilds(h.build)
            for chat in (ANN, BOB, 33, 44):
                await subscribe(proc, chat, "tinzaouaten", "08:00")
            await subscribe(proc, 55, "bakhmut", "08:00")
            clock.move_to(local(1, 8, 0, 1))
            await tick(proc)
    assert all(len(bot.to(chat)) == 3 for chat in (ANN, BOB, 33, 44, 55))
    assert sorted(str(c[0]) for c in h.build.calls) == ["bakhmut", "tinzaouaten"]
