"""New posts, edits, deletions and albums, as Telethon's real builders deliver them to the handlers."""

from __future__ import annotations

import json
import threading
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telethon import TelegramClient, types

import extractors
from bot.config import ChannelConfig, Config, TelegramConfig
from bot.telegram.app import App
from db.channels import sync_config_channels
from db.store import Store
from extractors.claim import Claim
from handlers import channel_events
from handlers.channel_posts import OFFLOAD_CHARS
from tests.fake_telegram import FakeChannel, FakeClient, standin_extract

CONFIG = Config(
    telegram=TelegramConfig(admins=[1]),
    channels=[ChannelConfig(username="rybar", side="ru", lang="ru")],
)


@pytest.fixture(autouse=True)
def extractor(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    threads: list[str] = []

    def recording(text: str, **kw: Any) -> list[Claim]:
        threads.append(threading.current_thread().name)
        return standin_extract(text, **kw)

    monkeypatch.setattr(extractors, "extract", recording)
    return threads


@pytest.fixture
async def live(store: Store) -> AsyncIterator[tuple[App, FakeClient, FakeChannel]]:
    client = FakeClient()
    rybar = client.add_channel("rybar")
    async with store.transaction() as conn:
        (source,) = await sync_config_channels(conn, CONFIG.channels)
        await conn.execute(
            "UPDATE sources SET tg_id = ?, cursor = 0 WHERE id = ?", (rybar.id, source.id)
        )
    app = App(config=CONFIG, store=store, user=client)
    await app.watchlist.reload(store)
    channel_events.register(client, app)
    yield app, client, rybar


async def rows(store: Store, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    cur = await store.conn.execute(sql, args)
    return [tuple(r) for r in await cur.fetchall()]


async def test_new_post_is_stored_raw_with_its_claims(
    live: tuple[App, FakeClient, FakeChannel],
) -> None:
    app, client, rybar = live
    msg = rybar.post("Вагнер: 80 killed near Tinzaouaten")
    await client.dispatch(rybar.new_update(msg))
    (post,) = await rows(
        app.store, "SELECT id, ext_id, msg_id, url, lang, text, raw, version, date FROM posts"
    )
    post_id, ext_id, msg_id, url, lang, text, raw, version, date = post
    assert (ext_id, msg_id, url, lang, version) == ("1", 1, "https://t.me/rybar/1", "ru", 1)
    assert text == "Вагнер: 80 killed near Tinzaouaten"
    assert date == "2024-07-28T09:01:00+00:00"
    payload = json.loads(raw)
    assert payload["_"] == "Message" and payload["id"] == 1 and payload["post"] is True
    assert payload["date"].startswith("2024-07-28T09:01")
    claims = await rows(
        app.store,
        "SELECT kind, victim, low, span_start, span_end FROM claims WHERE post_id = ?",
        post_id,
    )
    assert claims == [("killed", "wagner", 80, 8, 10)]
    (cursor,) = await rows(app.store, "SELECT cursor FROM sources")
    assert cursor == (1,)  # id 1 follows cursor 0: nothing can be missing


async def test_edit_adds_a_version_with_new_claims_and_keeps_the_old(
    live: tuple[App, FakeClient, FakeChannel],
) -> None:
    app, client, rybar = live
    msg = rybar.post("12 killed")
    await client.dispatch(rybar.new_update(msg))
    await client.dispatch(rybar.edit_update(rybar.edit(msg.id, "15 killed, correction")))
    await client.dispatch(
        rybar.edit_update(rybar.edit(msg.id, "15 killed, correction"))
    )  # views only
    versions = await rows(
        app.store, "SELECT version, text, edit_date IS NOT NULL FROM post_versions ORDER BY version"
    )
    assert versions == [(1, "12 killed", 0), (2, "15 killed, correction", 1)]
    claims = await rows(
        app.store,
        "SELECT v.version, c.low FROM claims c JOIN post_versions v ON v.id = c.version_id ORDER BY v.version",
    )
    assert claims == [(1, 12), (2, 15)]
    (current,) = await rows(app.store, "SELECT text, version FROM posts")
    assert current == ("15 killed, correction", 2)


async def test_delete_marks_and_keeps(live: tuple[App, FakeClient, FakeChannel]) -> None:
    app, client, rybar = live
    for text in ("one", "two", "three"):
        await client.dispatch(rybar.new_update(rybar.post(text)))
    await client.dispatch(rybar.delete_update(2, 99))
    posts = await rows(
        app.store, "SELECT msg_id, deleted_at IS NOT NULL FROM posts ORDER BY msg_id"
    )
    assert posts == [(1, 0), (2, 1), (3, 0)]
    deletions = await rows(
        app.store, "SELECT msg_id, post_id IS NOT NULL, source_id FROM deletions ORDER BY msg_id"
    )
    assert deletions == [(2, 1, 1), (99, 0, 1)]  # 99 was never stored: recorded, unresolved


async def test_deletion_without_a_channel_resolves_only_when_unambiguous(
    live: tuple[App, FakeClient, FakeChannel],
) -> None:
    app, client, rybar = live
    other = client.add_channel("grey_zone")
    async with app.store.transaction() as conn:
        synced = await sync_config_channels(
            conn, [*CONFIG.channels, ChannelConfig(username="grey_zone")]
        )
        src = synced[1]
        await conn.execute(
            "UPDATE sources SET tg_id = ?, cursor = 0 WHERE id = ?", (other.id, src.id)
        )
    await app.watchlist.reload(app.store)
    await client.dispatch(rybar.new_update(rybar.post("a")))  # rybar 1
    await client.dispatch(rybar.new_update(rybar.post("b")))  # rybar 2
    await client.dispatch(other.new_update(other.post("c")))  # grey_zone 1
    update = types.UpdateDeleteMessages(messages=[1, 2, 7], pts=1, pts_count=3)
    update._entities = {}
    await client.dispatch(update)
    marked = await rows(
        app.store,
        "SELECT s.handle, p.msg_id FROM posts p JOIN sources s ON s.id = p.source_id WHERE p.deleted_at IS NOT NULL",
    )
    assert marked == [("rybar", 2)]  # id 1 is in two channels: not guessed
    unresolved = await rows(
        app.store, "SELECT msg_id FROM deletions WHERE post_id IS NULL ORDER BY msg_id"
    )
    assert unresolved == [(1,), (7,)]


async def test_unwatched_channels_are_ignored(live: tuple[App, FakeClient, FakeChannel]) -> None:
    app, client, _ = live
    stranger = client.add_channel("not_watched")
    await client.dispatch(stranger.new_update(stranger.post("99 killed")))
    await client.dispatch(stranger.delete_update(1))
    assert await rows(app.store, "SELECT COUNT(*) FROM posts") == [(0,)]
    assert await rows(app.store, "SELECT COUNT(*) FROM deletions") == [(0,)]


async def test_an_album_is_one_post_with_its_caption(
    live: tuple[App, FakeClient, FakeChannel],
) -> None:
    app, client, rybar = live
    gid = 13_579
    pieces = [
        rybar.post("", grouped_id=gid),
        rybar.post("Photos: 40 killed", grouped_id=gid),
        rybar.post("", grouped_id=gid),
    ]
    for msg in pieces:  # Telegram sends each message of an album as its own update
        await client.dispatch(rybar.new_update(msg))
    posts = await rows(app.store, "SELECT ext_id, msg_id, text, grouped_id, version FROM posts")
    # The first piece had no caption yet; the caption became the post's text (version 2).
    assert posts == [("1", 1, "Photos: 40 killed", gid, 2)]
    assert await rows(app.store, "SELECT low FROM claims") == [(40,)]
    # A captionless piece edited (say, its photo replaced) changes nothing.
    await client.dispatch(rybar.edit_update(rybar.edit(3, "")))
    assert (await rows(app.store, "SELECT version FROM posts")) == [(2,)]
    # The caption edited: a new version of the same post.
    await client.dispatch(rybar.edit_update(rybar.edit(2, "Photos: 45 killed")))
    assert await rows(app.store, "SELECT text, version FROM posts") == [("Photos: 45 killed", 3)]
    (cursor,) = await rows(app.store, "SELECT cursor FROM sources")
    assert cursor == (3,)


async def test_an_album_seen_whole_is_stored_once_with_every_piece(
    live: tuple[App, FakeClient, FakeChannel],
) -> None:
    from handlers.channel_posts import store_messages

    app, _, rybar = live
    gid = 2468
    pieces = [rybar.post("Caption: 7 killed", grouped_id=gid), rybar.post("", grouped_id=gid)]
    channel = app.watchlist.by_tg_id(rybar.id)
    assert channel is not None
    stored = await store_messages(app.store, channel, pieces, advance_to=2)
    assert (stored.new, stored.claims) == (1, 1)
    (raw,) = await rows(app.store, "SELECT raw FROM posts")
    payload = json.loads(raw[0])
    assert payload["_"] == "Album" and [m["id"] for m in payload["messages"]] == [1, 2]
    again = await store_messages(app.store, channel, pieces[1:], advance_to=2)
    assert (again.new, again.changed, again.skipped) == (0, 0, 1)


async def test_long_posts_are_extracted_off_the_event_loop(
    live: tuple[App, FakeClient, FakeChannel], extractor: list[str]
) -> None:
    app, client, rybar = live
    await client.dispatch(rybar.new_update(rybar.post("3 killed")))
    await client.dispatch(rybar.new_update(rybar.post("5 killed " + "word " * OFFLOAD_CHARS)))
    main = threading.current_thread().name
    assert extractor[0] == main  # short: the hop to a thread would cost more than the work
    assert extractor[1] != main and extractor[1].startswith("extract")
    assert await rows(app.store, "SELECT low FROM claims ORDER BY post_id") == [(3,), (5,)]


async def test_cursor_waits_for_the_sweep_over_a_hole(
    live: tuple[App, FakeClient, FakeChannel],
) -> None:
    app, client, rybar = live
    await client.dispatch(rybar.new_update(rybar.post("one")))
    rybar.post("two: the update for this one was dropped")
    await client.dispatch(rybar.new_update(rybar.post("three")))
    assert await rows(app.store, "SELECT cursor FROM sources") == [(1,)]
    assert await rows(app.store, "SELECT msg_id FROM posts ORDER BY msg_id") == [(1,), (3,)]


async def test_handlers_work_under_the_real_telegram_client(store: Store) -> None:
    """The same handlers, dispatched by TelegramClient._dispatch_update itself (never connected)."""
    fake = FakeClient()
    rybar = fake.add_channel("rybar")
    async with store.transaction() as conn:
        (source,) = await sync_config_channels(conn, CONFIG.channels)
        await conn.execute(
            "UPDATE sources SET tg_id = ?, cursor = 0 WHERE id = ?", (rybar.id, source.id)
        )
    client = TelegramClient(None, 1, "0" * 32)  # a memory session; nothing touches the network
    client._mb_entity_cache.self_id = 4242
    app = App(config=CONFIG, store=store, user=client)
    await app.watchlist.reload(store)
    channel_events.register(client, app)
    await client._dispatch_update(rybar.new_update(rybar.post("9 killed")))
    await client._dispatch_update(rybar.edit_update(rybar.edit(1, "10 killed")))
    await client._dispatch_update(rybar.delete_update(1))
    assert await rows(store, "SELECT text, version, deleted_at IS NOT NULL FROM posts") == [
        ("10 killed", 2, 1)
    ]
    assert await rows(store, "SELECT low FROM claims ORDER BY id") == [(9,), (10,)]
