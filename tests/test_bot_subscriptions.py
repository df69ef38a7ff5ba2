"""/subscribe, /unsubscribe, /subscriptions and the table behind them."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from freezegun import freeze_time
from telethon.tl import types

from bot.cli import main
from bot.delivery import Outgoing
from bot.scheduler import Scheduler, job_id
from bot.sendings import Sender
from bot.telegram.app import App
from db import subscriptions as subs
from db.store import Store
from handlers.commands.html import Html
from tests.bot_world import ADMIN, ANN, GROUP, make_app, make_config, say

KYIV = dt.timezone(dt.timedelta(hours=3))
NOW = dt.datetime(2024, 8, 1, 7, 0, tzinfo=KYIV)
CHANNEL = 4242


async def _build(topic: str | None, since: dt.datetime, until: dt.datetime) -> Outgoing:
    return Outgoing([Html("digest")])


@pytest.fixture
async def app(store: Store) -> AsyncIterator[App]:
    """An app with a running scheduler, at 07:00 Kyiv time on 1 August 2024."""
    with freeze_time(NOW, real_asyncio=True):
        app = make_app(store)
        sender = Sender(store, app.config, app.bot, _build)
        scheduler = Scheduler(store, app.config, sender)
        app.extras["scheduler"] = scheduler
        await scheduler.start()
        try:
            yield app
        finally:
            await scheduler.shutdown()
            assert app.bot.unsafe == []


def _scheduler(app: App) -> Scheduler:
    found = app.extras["scheduler"]
    assert isinstance(found, Scheduler)
    return found


async def test_subscribe_own_chat_at_the_default_time(app: App) -> None:
    (reply,) = await say(app, "/subscribe tinzaouaten")
    assert reply.text.startswith("Subscribed: <b>tinzaouaten</b> every day at 08:00 (Europe/Kyiv)")
    assert "Next: 2024-08-01 08:00." in reply.text
    (sub,) = await subs.list_subscribers(app.store.conn)
    assert (sub.chat_id, sub.topic, sub.at_time, sub.created_by, sub.origin) == (
        ANN,
        "tinzaouaten",
        "08:00",
        ANN,
        "bot",
    )
    job = _scheduler(app).aps.get_job(job_id(sub.id))
    assert job is not None and job.next_run_time == NOW.replace(hour=8)


async def test_subscribe_again_with_a_time_moves_it(app: App) -> None:
    await say(app, "/subscribe tinzaouaten")
    (reply,) = await say(app, "/subscribe tinzaouaten 7:30")
    assert reply.text.startswith("Moved: <b>tinzaouaten</b> every day at 07:30")
    assert "Next: 2024-08-01 07:30." in reply.text
    (sub,) = await subs.list_subscribers(app.store.conn)
    assert sub.at_time == "07:30"
    assert _scheduler(app).next_run(sub.id) == NOW.replace(hour=7, minute=30)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/subscribe", "/subscribe needs more arguments."),
        ("/subscribe tinzaouaten 25:00", "'25:00' is not a time of day; write it as HH:MM"),
        ("/subscribe tinzaoatan", "No topic 'tinzaoatan'; did you mean tinzaouaten?"),
        ("/subscribe tinzaouaten 08:00 daily", "takes at most 2 argument(s)"),
        ("/unsubscribe", "/unsubscribe needs more arguments."),
        ("/unsubscribe bakhmut", "This chat is not subscribed to 'bakhmut', nor to any topic."),
        ("/subscriptions everything", "no argument but 'all'"),
    ],
)
async def test_bad_arguments(app: App, text: str, expected: str) -> None:
    (reply,) = await say(app, text)
    problem, usage, example = reply.text.split("\n")
    assert expected in problem
    assert usage.startswith("Usage: /") and example.startswith("Example: /")
    assert await subs.list_subscribers(app.store.conn) == []


async def test_unsubscribe_stops_it_and_removes_the_job(app: App) -> None:
    await say(app, "/subscribe tinzaouaten")
    await say(app, "/subscribe bakhmut 09:15")
    (reply,) = await say(app, "/unsubscribe tinzaouaten")
    assert reply.text == "Unsubscribed: no more <b>tinzaouaten</b> digests here."
    (left,) = await subs.list_subscribers(app.store.conn)
    assert left.topic == "bakhmut"
    gone = await subs.find(app.store.conn, ANN, "tinzaouaten")
    assert gone is not None and not gone.active
    assert _scheduler(app).aps.get_job(job_id(gone.id)) is None
    (again,) = await say(app, "/unsubscribe tinzaouaten")
    assert "not subscribed to 'tinzaouaten'; it gets: bakhmut." in again.text


async def test_subscriptions_lists_this_chat_only(app: App) -> None:
    await say(app, "/subscribe tinzaouaten")
    await say(app, "/subscribe bakhmut 21:00", user=ADMIN)
    (reply,) = await say(app, "/subscriptions")
    assert "<b>tinzaouaten</b> at 08:00 — next 2024-08-01 08:00, none sent yet" in reply.text
    assert "bakhmut" not in reply.text


async def test_subscriptions_all_is_for_admins(app: App, caplog: pytest.LogCaptureFixture) -> None:
    await say(app, "/subscribe tinzaouaten")
    await say(app, "/subscribe bakhmut 21:00", user=ADMIN)
    (refused,) = await say(app, "/subscriptions all")
    assert "Only the bot's admins" in refused.text
    assert "refused /subscriptions all to user 11: not an admin" in caplog.text
    (everything,) = await say(app, "/subscriptions all", user=ADMIN)
    assert f"chat <code>{ANN}</code>: <b>tinzaouaten</b>" in everything.text
    assert f"chat <code>{ADMIN}</code>: <b>bakhmut</b> at 21:00" in everything.text


async def test_nothing_subscribed_says_how_to(app: App) -> None:
    (reply,) = await say(app, "/subscriptions")
    assert "No daily digests here yet" in reply.text and "/subscribe" in reply.text


async def test_subscribe_all_means_every_claim(app: App) -> None:
    (reply,) = await say(app, "/subscribe all 06:00")
    assert "Subscribed: <b>every claim</b> every day at 06:00" in reply.text
    (sub,) = await subs.list_subscribers(app.store.conn)
    assert sub.topic == subs.ALL_TOPICS


# --- groups: only the bot's admins decide what a group receives ---


async def test_group_subscription_by_a_non_admin_is_refused_and_logged_without_text(
    app: App, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    (reply,) = await say(app, "/subscribe tinzaouaten 06:00", group=GROUP)
    assert "only the bot's admins can change the digests of a group" in reply.text
    assert reply.chat_id == -GROUP
    assert await subs.list_subscribers(app.store.conn) == []
    refusals = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert refusals == [f"refused /subscribe to user {ANN}: not an admin"]
    assert all("06:00" not in r.getMessage() for r in caplog.records)


async def test_group_subscription_by_an_admin_is_for_the_group(app: App) -> None:
    (reply,) = await say(app, "/subscribe tinzaouaten 06:00", user=ADMIN, group=GROUP)
    assert reply.text.startswith("Subscribed:")
    (sub,) = await subs.list_subscribers(app.store.conn)
    assert (sub.chat_id, sub.created_by) == (-GROUP, ADMIN)
    (refused,) = await say(app, "/unsubscribe tinzaouaten", group=GROUP)
    assert "only the bot's admins" in refused.text
    assert (await subs.list_subscribers(app.store.conn))[0].active
    (done,) = await say(app, "/unsubscribe tinzaouaten", user=ADMIN, group=GROUP)
    assert done.text.startswith("Unsubscribed")


@pytest.mark.parametrize(
    "message",
    [
        # a post in a channel the bot administers: Telethon gives the channel as the sender
        {"post": True},
        # an anonymous admin of a supergroup writes as the group itself
        {"from_id": types.PeerChannel(CHANNEL)},
    ],
)
async def test_a_chat_writing_as_itself_is_no_user_subscribing_their_own_chat(
    app: App, message: dict[str, object]
) -> None:
    msg = types.Message(
        id=1,
        peer_id=types.PeerChannel(CHANNEL),
        date=dt.datetime.now(dt.UTC),
        message="/subscribe tinzaouaten",
        **message,
    )
    await app.bot.dispatch(types.UpdateNewChannelMessage(message=msg, pts=1, pts_count=1))
    assert await subs.list_subscribers(app.store.conn) == []
    (reply,) = app.bot.sent
    assert "only the bot's admins can change the digests of a group" in reply.text


async def test_config_schedule_is_not_changed_from_the_bot(store: Store) -> None:
    cfg = make_config(f'[[schedules]]\nchat_id = {ANN}\ntopic = "tinzaouaten"\ntime = "05:00"')
    with freeze_time(NOW, real_asyncio=True):
        app = make_app(store, cfg)
        scheduler = Scheduler(store, cfg, Sender(store, cfg, app.bot, _build))
        app.extras["scheduler"] = scheduler
        await scheduler.start()
        try:
            (reply,) = await say(app, "/subscribe tinzaouaten 09:00")
            assert "from config.toml; config wins" in reply.text
            (stopped,) = await say(app, "/unsubscribe tinzaouaten")
            assert "sent here by config.toml" in stopped.text
            (sub,) = await subs.list_subscribers(store.conn)
            assert (sub.at_time, sub.origin, sub.active) == ("05:00", "config", True)
            (listing,) = await say(app, "/subscriptions")
            assert "<b>tinzaouaten</b> at 05:00 (config.toml)" in listing.text
        finally:
            await scheduler.shutdown()


# --- the table itself ---


async def test_resubscribing_after_unsubscribe_starts_a_new_schedule(store: Store) -> None:
    async with store.transaction() as conn:
        first, outcome = await subs.subscribe(conn, ANN, "bakhmut", "08:00", created_by=ANN)
        assert outcome == "new"
        await subs.record_failure(conn, first.id)
        await subs.unsubscribe(conn, ANN, "bakhmut")
    with freeze_time("2030-01-01T00:00:00Z"):
        async with store.transaction() as conn:
            again, outcome = await subs.subscribe(conn, ANN, "bakhmut", "08:00", created_by=ANN)
    assert outcome == "new" and again.id == first.id
    assert again.active and again.failures == 0
    assert again.since == "2030-01-01T00:00:00+00:00" and again.created_at == first.created_at


async def test_ledger_lets_one_sending_per_subscriber_and_time(store: Store) -> None:
    async with store.transaction() as conn:
        sub, _ = await subs.subscribe(conn, ANN, "bakhmut", "08:00", created_by=ANN)
        first = await subs.claim_sending(conn, sub, "2024-08-01T05:00:00+00:00")
        second = await subs.claim_sending(conn, sub, "2024-08-01T05:00:00+00:00")
        other = await subs.claim_sending(conn, sub, "2024-08-02T05:00:00+00:00")
    assert first is not None and first.status == "sending"
    assert second is None
    assert other is not None and other.id != first.id
    assert [s.id for s in await subs.unfinished(store.conn)] == [first.id, other.id]


# --- claimwatch subscriptions ---


def test_cli_lists_subscriptions_and_the_ledger(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(db_path.parent)  # no config.toml here: the defaults
    monkeypatch.setenv("COLUMNS", "200")

    async def fill() -> None:
        async with await Store.open(db_path) as store, store.transaction() as conn:
            sub, _ = await subs.subscribe(conn, ANN, "bakhmut", "07:15", created_by=ANN)
            sending = await subs.claim_sending(conn, sub, "2024-08-01T04:15:00+00:00")
            assert sending is not None
            await subs.finish(conn, sending.id, "failed", "UserIsBlockedError: <blocked>")

    asyncio.run(fill())
    assert main(["--db", str(db_path), "subscriptions", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["chat_id"], row["topic"], row["at_time"], row["origin"]) == (
        ANN,
        "bakhmut",
        "07:15",
        "bot",
    )
    assert main(["--db", str(db_path), "subscriptions", "--sent"]) == 0
    out = capsys.readouterr().out
    assert "failed" in out and "UserIsBlockedError: <blocked>" in out
    assert main(["--db", str(db_path), "subscriptions", "--sent", "-n", "-3"]) == 2
    assert "-n -3 must be 1 or more" in capsys.readouterr().err
