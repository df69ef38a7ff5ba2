"""Catch-up, gap fill and backfill against the fake client: nothing lost, nothing twice."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from telethon import errors

import extractors
from bot.config import ChannelConfig, TelegramConfig
from bot.telegram.app import App, Watchlist
from bot.telegram.progress import Bar
from bot.telegram.sweep import Sweeper
from db.channels import sync_config_channels
from db.sources import get_source
from db.store import Store
from handlers import channel_events
from handlers.commands.html import Html
from tests.fake_telegram import T0, FakeClient, standin_extract

NOW = T0 + dt.timedelta(days=10)
CHANNELS = [
    ChannelConfig(username="rybar", side="ru", lang="ru"),
    ChannelConfig(username="grey_zone", side="wagner", lang="ru"),
]


@pytest.fixture(autouse=True)
def extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stand-in extractor: these tests are about the live path, not the rules."""
    monkeypatch.setattr(extractors, "extract", standin_extract)


class Harness:
    """A sweeper with a fake clock, fake sleep and recorded admin notes."""

    def __init__(self, store: Store, client: FakeClient, **telegram: Any) -> None:
        self.client = client
        self.slept: list[float] = []
        self.notes: list[str] = []
        self.bars: list[tuple[str, list[int | None], list[int]]] = []
        self.time = 0.0
        self.config = TelegramConfig(**{"backfill_days": 30, "backfill_posts": 1000, **telegram})
        self.watchlist = Watchlist()
        self.sweeper = Sweeper(
            store,
            client,
            self.config,
            watchlist=self.watchlist,
            notify=self.notify,
            sleep=self.sleep,
            clock=lambda: self.time,
            now=lambda: NOW,
            bar=self.bar,
            batch=50,
        )

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.time += seconds

    async def notify(self, text: Html) -> None:
        self.notes.append(str(text))

    @contextmanager
    def bar(self, description: str) -> Iterator[Bar]:
        totals: list[int | None] = []
        done: list[int] = []

        class Recording:
            def set_total(self, total: int | None) -> None:
                totals.append(total)

            def set_done(self, n: int) -> None:
                done.append(n)

        self.bars.append((description, totals, done))
        yield Recording()


async def setup(store: Store) -> None:
    async with store.transaction() as conn:
        await sync_config_channels(conn, CHANNELS)


async def post_ids(store: Store, handle: str) -> list[int]:
    cur = await store.conn.execute(
        "SELECT p.msg_id FROM posts p JOIN sources s ON s.id = p.source_id WHERE s.handle = ?"
        " ORDER BY p.msg_id",
        (handle,),
    )
    return [int(r[0]) for r in await cur.fetchall()]


async def cursor(store: Store, handle: str) -> int | None:
    source = await get_source(store.conn, "telegram", handle)
    assert source is not None
    return source.cursor


async def test_first_sight_backfills_days_or_posts_with_a_progress_bar(store: Store) -> None:
    await setup(store)
    client = FakeClient()
    rybar, grey = client.add_channel("rybar"), client.add_channel("grey_zone")
    for day in range(10):  # one post a day, T0 .. T0+9 days
        rybar.post(f"day {day}", date=T0 + dt.timedelta(days=day, hours=1))
    for i in range(30):
        grey.post(f"grey {i}", date=NOW - dt.timedelta(hours=30 - i))
    grey.service()  # a pin after the last post: the cursor moves past it too
    h = Harness(store, client, backfill_days=3, backfill_posts=20)
    results = await h.sweeper.sweep_all()
    assert [(r.handle, r.status, r.new) for r in results] == [
        ("grey_zone", "ok", 20),
        ("rybar", "ok", 3),
    ]
    assert await post_ids(store, "rybar") == [8, 9, 10]  # the last 3 days only
    assert await post_ids(store, "grey_zone") == list(range(11, 31))  # the newest 20
    assert await cursor(store, "rybar") == 10
    assert await cursor(store, "grey_zone") == 31
    description, totals, done = h.bars[0]
    assert description == "@grey_zone backfill" and totals == [21] and done == [21]  # 20 + the pin
    assert len(h.watchlist) == 2 and h.watchlist.by_tg_id(rybar.id) is not None


async def test_no_backfill_starts_at_the_newest_post(store: Store) -> None:
    await setup(store)
    client = FakeClient()
    rybar = client.add_channel("rybar")
    client.add_channel("grey_zone")  # empty: the cursor is 0
    for i in range(5):
        rybar.post(f"old {i}")
    h = Harness(store, client, backfill_days=0, backfill_posts=0)
    await h.sweeper.sweep_all()
    assert await post_ids(store, "rybar") == []
    assert (await cursor(store, "rybar"), await cursor(store, "grey_zone")) == (5, 0)
    rybar.post("new")
    await h.sweeper.sweep_all()
    assert await post_ids(store, "rybar") == [6]


async def test_posts_during_downtime_are_filled_exactly_once_after_restart(db_path: Path) -> None:
    client = FakeClient()
    rybar, grey = client.add_channel("rybar"), client.add_channel("grey_zone")
    store = await Store.open(db_path)
    await setup(store)
    h = Harness(store, client)
    await h.sweeper.sweep_all()
    app = App(config=None, store=store, user=client, watchlist=h.watchlist)  # type: ignore[arg-type]
    channel_events.register(client, app)
    for i in range(3):
        await client.dispatch(rybar.new_update(rybar.post(f"live {i}")))
    await store.close()  # the process stops

    for i in range(120):  # ...while the channels keep posting
        rybar.post(f"while down {i}")
        if i % 3 == 0:
            grey.post(f"grey while down {i}")
    rybar.service()

    store = await Store.open(db_path)  # the restart: a new process, the same file
    try:
        h2 = Harness(store, client)
        results = await h2.sweeper.sweep_all()
        assert {r.handle: r.new for r in results} == {"rybar": 120, "grey_zone": 40}
        assert await post_ids(store, "rybar") == list(range(1, 124))
        assert await post_ids(store, "grey_zone") == list(range(1, 41))
        assert await cursor(store, "rybar") == 124
        again = await h2.sweeper.sweep_all()
        assert [r.new for r in again] == [0, 0]
        cur = await store.conn.execute(
            "SELECT COUNT(*), COUNT(DISTINCT source_id || '/' || ext_id) FROM posts"
        )
        row = await cur.fetchone()
        assert row is not None and row[0] == row[1] == 163
        assert client.iter_calls[-1]["min_id"] == 124  # the read starts after the cursor
    finally:
        await store.close()


async def test_flood_wait_under_the_cap_sleeps_and_resumes_with_nothing_lost(store: Store) -> None:
    await setup(store)
    client = FakeClient()
    rybar, _ = client.add_channel("rybar"), client.add_channel("grey_zone")
    h = Harness(store, client, flood_wait_cap=60)
    await h.sweeper.sweep_all()
    for i in range(230):
        rybar.post(f"post {i}")
    client.fail_iter(
        errors.FloodWaitError(request=None, capture=42), after=0
    )  # grey_zone reads first
    client.fail_iter(errors.FloodWaitError(request=None, capture=30), after=0)  # retry of grey_zone
    client.fail_iter(errors.FloodWaitError(request=None, capture=45), after=120)  # rybar, mid-read
    results = await h.sweeper.sweep_all()
    assert h.slept == [42, 30, 45]
    assert [r.status for r in results] == ["ok", "ok"]
    assert await post_ids(store, "rybar") == list(range(1, 231))
    # After the wait the read restarted from the committed cursor, not from the start.
    rybar_reads = [c["min_id"] for c in client.iter_calls[-2:]]
    assert rybar_reads == [0, 100]


async def test_flood_wait_over_the_cap_defers_the_channel_and_the_others_go_on(
    store: Store,
) -> None:
    await setup(store)
    client = FakeClient()
    rybar, grey = client.add_channel("rybar"), client.add_channel("grey_zone")
    h = Harness(store, client, flood_wait_cap=60)
    await h.sweeper.sweep_all()
    for i in range(10):
        rybar.post(f"r{i}")
        grey.post(f"g{i}")
    client.fail_iter(errors.FloodWaitError(request=None, capture=600))  # grey_zone
    results = await h.sweeper.sweep_all()
    assert [(r.handle, r.status) for r in results] == [("grey_zone", "deferred"), ("rybar", "ok")]
    assert h.slept == []  # the process never sleeps 10 minutes in place
    assert await post_ids(store, "grey_zone") == []
    assert len(await post_ids(store, "rybar")) == 10
    h.time += 300
    assert (await h.sweeper.sweep_all())[0].status == "deferred"  # still within the wait
    h.time += 301
    assert (await h.sweeper.sweep_all())[0].status == "ok"
    assert await post_ids(store, "grey_zone") == list(range(1, 11))


async def test_a_private_channel_is_reported_once_and_skipped(store: Store) -> None:
    await setup(store)
    client = FakeClient()
    rybar, grey = client.add_channel("rybar"), client.add_channel("grey_zone")
    h = Harness(store, client)
    await h.sweeper.sweep_all()
    rybar.private = True
    for i in range(3):
        rybar.post(f"r{i}")
        grey.post(f"g{i}")
    for _ in range(3):
        results = await h.sweeper.sweep_all()
        assert {r.handle: r.status for r in results} == {"grey_zone": "ok", "rybar": "failed"}
    assert len(h.notes) == 1
    assert "@rybar is skipped: the channel is private now" in h.notes[0]
    assert await post_ids(store, "grey_zone") == [1, 2, 3]
    source = await get_source(store.conn, "telegram", "rybar")
    assert source is not None and source.last_error and source.error_reported
    rybar.private = False  # access is back: stored, and a later failure is news again
    await h.sweeper.sweep_all()
    assert await post_ids(store, "rybar") == [1, 2, 3]
    rybar.private = True
    await h.sweeper.sweep_all()
    assert len(h.notes) == 2


async def test_a_renamed_or_unknown_username_is_reported(store: Store) -> None:
    await setup(store)
    client = FakeClient()
    client.add_channel("rybar")  # grey_zone does not exist (renamed before we first saw it)
    h = Harness(store, client)
    results = await h.sweeper.sweep_all()
    assert {r.handle: r.status for r in results} == {"grey_zone": "failed", "rybar": "ok"}
    assert h.notes == [
        "@grey_zone is skipped: no channel has this username any more (renamed or deleted?). "
        "The other channels go on; /channels shows it."
    ]
    # Telethon turns the RPC error into a ValueError; that is understood too.
    client.fail_entity(ValueError('No user has "x" as username'))
    async with store.transaction() as conn:
        await conn.execute("UPDATE sources SET error_reported = 0")
    results = await h.sweeper.sweep_all()
    assert results[0].problem == "no channel has this username any more (renamed or deleted?)"


async def test_connection_loss_ends_the_sweep_and_the_next_one_fills_the_gap(store: Store) -> None:
    await setup(store)
    client = FakeClient()
    rybar, _ = client.add_channel("rybar"), client.add_channel("grey_zone")
    h = Harness(store, client)
    await h.sweeper.sweep_all()
    for i in range(175):
        rybar.post(f"r{i}")
    client.fail_iter(ConnectionError("network is unreachable"), after=0)  # grey_zone
    with pytest.raises(ConnectionError):
        await h.sweeper.sweep_all()
    client.fail_iter(ConnectionError("network is unreachable"), after=130)  # rybar, mid-read
    with pytest.raises(ConnectionError):
        await h.sweeper.sweep_all()
    assert await cursor(store, "rybar") == 100  # two batches of 50 committed before the loss
    await h.sweeper.sweep_all()
    assert await post_ids(store, "rybar") == list(range(1, 176))


async def test_event_and_sweep_racing_give_one_row(store: Store) -> None:
    await setup(store)
    client = FakeClient()
    rybar, _ = client.add_channel("rybar"), client.add_channel("grey_zone")
    h = Harness(store, client)
    await h.sweeper.sweep_all()
    app = App(config=None, store=store, user=client, watchlist=h.watchlist)  # type: ignore[arg-type]
    channel_events.register(client, app)
    for round_ in range(20):
        msgs = [rybar.post(f"round {round_} post {i}") for i in range(3)]
        await asyncio.gather(
            *(client.dispatch(rybar.new_update(m)) for m in msgs), h.sweeper.sweep_all()
        )
    cur = await store.conn.execute(
        "SELECT COUNT(*), COUNT(DISTINCT msg_id), MAX(version) FROM posts"
    )
    row = await cur.fetchone()
    assert row is not None and tuple(row) == (60, 60, 1)
    versions = await (await store.conn.execute("SELECT COUNT(*) FROM post_versions")).fetchone()
    assert versions is not None and versions[0] == 60


async def test_an_album_is_never_split_across_sweep_batches(store: Store) -> None:
    await setup(store)
    client = FakeClient()
    rybar, _ = client.add_channel("rybar"), client.add_channel("grey_zone")
    h = Harness(store, client)
    await h.sweeper.sweep_all()
    for i in range(48):
        rybar.post(f"p{i}")
    for i in range(5):  # ids 49..53 straddle the 50-message batch boundary; caption last
        rybar.post("caption of the album" if i == 4 else "", grouped_id=777)
    rybar.post("after")
    await h.sweeper.sweep_all()
    cur = await store.conn.execute("SELECT msg_id, text, version FROM posts WHERE grouped_id = 777")
    assert [tuple(r) for r in await cur.fetchall()] == [(53, "caption of the album", 1)]
    assert await cursor(store, "rybar") == 54


async def test_backfill_since_a_date_reads_oldest_first(store: Store) -> None:
    await setup(store)
    client = FakeClient()
    rybar, _ = client.add_channel("rybar"), client.add_channel("grey_zone")
    for day in range(10):
        rybar.post(f"day {day}", date=T0 + dt.timedelta(days=day))
    h = Harness(store, client, backfill_days=1)
    await h.sweeper.sweep_all()
    assert await post_ids(store, "rybar") == [10]
    source = await get_source(store.conn, "telegram", "rybar")
    assert source is not None
    client.fail_iter(errors.FloodWaitError(request=None, capture=5), after=3)
    result = await h.sweeper.backfill(source.id, T0 + dt.timedelta(days=2))
    assert await post_ids(store, "rybar") == list(range(3, 11))
    assert (result.new, h.slept) == (7, [5])
    assert await cursor(store, "rybar") == 10
    _, totals, done = h.bars[-1]
    assert totals == [8] and done[-1] == 8


async def test_first_sight_joins_the_channel_so_updates_arrive(store: Store) -> None:
    await setup(store)
    client = FakeClient()
    rybar, grey = client.add_channel("rybar"), client.add_channel("grey_zone")
    grey.joined = True
    await Harness(store, client).sweeper.sweep_all()
    assert rybar.joined
    assert [type(r).__name__ for r in client.requests] == ["JoinChannelRequest"]  # grey: already in
    other = FakeClient()
    other.add_channel("rybar"), other.add_channel("grey_zone")
    async with store.transaction() as conn:
        await conn.execute("UPDATE sources SET tg_id = NULL, cursor = NULL")
    await Harness(store, other, join_channels=False).sweeper.sweep_all()
    assert other.requests == []
