"""Latency from a Telegram update to committed claims, through the real handlers and a real file.

    .venv/bin/python benchmarks/live_latency.py             # 10,000 events, real extractor
    .venv/bin/python benchmarks/live_latency.py --standin   # a claim per number, to write claims

Builds real Telethon updates (UpdateNewChannelMessage, UpdateEditChannelMessage,
UpdateDeleteChannelMessages; 85 / 10 / 5 %, some posts long enough to go to
the extractor's thread), dispatches each through Telethon's event builders to
handlers/channel_events.py, and times it until the handler returns, which is
after its transaction committed. The database file is first filled with
--preload posts of another channel, so lookups run against a table that is not
empty. Beside it, in the same run on the same file: the floor, one bare
INSERT of the same text per event in its own transaction through the same
aiosqlite connection. Target: p95 < 20 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.crash_sweep import TEXTS, use_extractor  # noqa: E402


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def line(name: str, samples: list[float], wall: float) -> str:
    ms = [s * 1000 for s in samples]
    return (
        f"{name:<34} p50 {pct(ms, 0.50):6.2f} ms   p95 {pct(ms, 0.95):6.2f} ms   "
        f"max {max(ms):7.2f} ms   {len(ms) / wall:8,.0f} events/s"
    )


def preload(db: Path, count: int) -> None:
    con = sqlite3.connect(db, isolation_level=None)
    con.execute("BEGIN")
    con.execute(
        "INSERT INTO sources (kind, handle, origin, created_at)"
        " VALUES ('telegram', 'archive', 'ingest', '2024-01-01T00:00:00+00:00')"
    )
    (sid,) = con.execute("SELECT id FROM sources WHERE handle = 'archive'").fetchone()
    rows = (
        (sid, str(i), i, "telegram", "2024-01-01T00:00:00+00:00", TEXTS[i % len(TEXTS)], "now")
        for i in range(1, count + 1)
    )
    con.executemany(
        "INSERT INTO posts (source_id, ext_id, msg_id, kind, date, text, first_seen, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?7)",
        rows,
    )
    con.execute(
        "INSERT INTO post_versions (post_id, version, text, seen_at)"
        " SELECT id, 1, text, first_seen FROM posts"
    )
    con.execute("COMMIT")
    con.close()


def make_updates(channel: Any, events: int, rnd: random.Random) -> list[Any]:
    updates: list[Any] = []
    posted: list[int] = []
    for _ in range(events):
        roll = rnd.random()
        if roll < 0.10 and posted:
            msg_id = rnd.choice(posted)
            text = rnd.choice(TEXTS).format(n=rnd.randint(2, 900), m=rnd.randint(1, 60))
            updates.append(channel.edit_update(channel.edit(msg_id, text + " (обновлено)")))
        elif roll < 0.15 and posted:
            updates.append(channel.delete_update(posted.pop(rnd.randrange(len(posted)))))
        else:
            text = rnd.choice(TEXTS).format(n=rnd.randint(2, 900), m=rnd.randint(1, 60))
            if rnd.random() < 0.03:  # a long read: goes to the extractor's thread
                text = " ".join([text] * 40)
            msg = channel.post(text)
            posted.append(msg.id)
            updates.append(channel.new_update(msg))
    return updates


async def run(
    events: int, preload_posts: int, seed: int
) -> tuple[list[float], list[float], float, float, int]:
    from bot.config import ChannelConfig, Config, TelegramConfig
    from bot.telegram.app import App
    from db.channels import sync_config_channels
    from db.store import Store
    from handlers import channel_events
    from tests.fake_telegram import FakeClient

    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "latency.db"
        store = await Store.open(db)  # the real migrations make the schema
        await store.close()
        preload(db, preload_posts)
        store = await Store.open(db)
        try:
            client = FakeClient()
            channel = client.add_channel("rybar")
            config = Config(
                telegram=TelegramConfig(),
                channels=[ChannelConfig(username="rybar", side="ru")],  # mixed languages
            )
            async with store.transaction() as conn:
                (source,) = await sync_config_channels(conn, config.channels)
                await conn.execute(
                    "UPDATE sources SET tg_id = ?, cursor = 0 WHERE id = ?", (channel.id, source.id)
                )
            app = App(config=config, store=store, user=client)
            await app.watchlist.reload(store)
            channel_events.register(client, app)
            updates = make_updates(channel, events, rnd)

            handler: list[float] = []
            t_start = time.perf_counter()
            for update in updates:
                t0 = time.perf_counter()
                await client.dispatch(update)
                handler.append(time.perf_counter() - t0)
            handler_wall = time.perf_counter() - t_start

            await store.conn.execute("CREATE TABLE bare (id INTEGER PRIMARY KEY, text TEXT)")
            texts = [getattr(getattr(u, "message", None), "message", "") or "" for u in updates]
            floor: list[float] = []
            t_start = time.perf_counter()
            for text in texts:
                t0 = time.perf_counter()
                async with store.transaction() as conn:
                    await conn.execute("INSERT INTO bare (text) VALUES (?)", (text,))
                floor.append(time.perf_counter() - t0)
            floor_wall = time.perf_counter() - t_start
            row = await (await store.conn.execute("SELECT COUNT(*) FROM claims")).fetchone()
            claims = int(row[0]) if row else 0
        finally:
            await store.close()
    return handler, floor, handler_wall, floor_wall, claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--preload", type=int, default=50_000, help="posts already stored")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--standin", action="store_true", help="a stand-in extractor (a claim per number)"
    )
    args = parser.parse_args()
    extractor = use_extractor(args.standin)
    handler, floor, hw, fw, claims = asyncio.run(run(args.events, args.preload, args.seed))
    print(
        f"{args.events:,} events (85% new, 10% edits, 5% deletions) on a file with "
        f"{args.preload:,} posts; extractor: {extractor}; {claims:,} claims written"
    )
    print(line("event -> committed claims", handler, hw))
    print(line("floor: bare INSERT + COMMIT", floor, fw))
    p95 = pct([s * 1000 for s in handler], 0.95)
    print(
        f"target p95 < 20 ms: {'OK' if p95 < 20 else 'MISSED'} ({p95:.2f} ms); "
        f"mean {statistics.mean(handler) * 1000:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
