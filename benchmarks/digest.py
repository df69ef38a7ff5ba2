"""How long a digest takes on a year of posts, beside a bare count of the same claims.

    .venv/bin/python benchmarks/digest.py              # 1,000,000 posts, 300,000 claims
    .venv/bin/python benchmarks/digest.py --scale 0.1  # a tenth, for a quick look

Fills a fresh database file (through the real migrations, then executemany in
large transactions), then times the real digest path, db.digest.claim_rows plus
bot.digest.build_digest, for a 7-day and a 365-day topic window, each beside a
`SELECT count(*)` over the same claims in the same run. Target: 7-day under 0.5 s.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.digest.build import build_digest
from db.digest import claim_rows, count_claims
from db.store import Store

START = dt.datetime(2023, 8, 1, tzinfo=dt.UTC)
DAYS = 365
BATCH = 50_000
KINDS = ["killed", "killed", "killed", "wounded", "captured", "missing", "casualties"]
VICTIMS = ["ua", "ru", "wagner", "fama", "tuareg", "jnim", "civilians", "rsf", "saf", "unknown"]
CLAIMANTS = ["self", "self", "self", "rusich", "rybar", "ua_gs", "ru_mod", "tuareg", "fama"]
WORDS = "погибли бойцов в районе засада колонна противник потери ранены сообщил канал".split()


def iso(t: dt.datetime) -> str:
    return t.replace(microsecond=0).isoformat()


def fill(path: Path, posts: int, claims: int, topic_share: float, seed: int) -> None:
    rnd = random.Random(seed)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous = OFF")
    now = iso(dt.datetime.now(dt.UTC))
    con.execute("BEGIN")
    channels = [(i, "telegram", f"channel{i:02d}", f"Channel {i}") for i in range(1, 41)]
    outlets = [(i, "mainstream", f"outlet{i:02d}", f"Outlet {i}") for i in range(41, 51)]
    con.executemany(
        "INSERT INTO sources (id, kind, handle, title, created_at) VALUES (?, ?, ?, ?, ?)",
        [(*s, now) for s in channels + outlets],
    )
    con.execute(
        "INSERT INTO topics (id, name, title, keywords, updated_at)"
        " VALUES (1, 'bench', 'Benchmark topic', '[]', ?)",
        (now,),
    )
    con.execute("COMMIT")
    step = DAYS * 86400 / posts
    claimed = sorted(rnd.sample(range(1, posts + 1), min(claims, posts)))
    per_post = {pid: 1 for pid in claimed}
    for _ in range(claims - len(claimed)):  # the rest as second claims of claimed posts
        per_post[rnd.choice(claimed)] += 1

    def rows() -> Iterator[tuple[list[Any], list[Any], list[Any], list[Any]]]:
        p, v, c, t = [], [], [], []
        claim_id = 0
        for pid in range(1, posts + 1):
            source = rnd.randint(1, 50)
            kind = "telegram" if source <= 40 else "mainstream"
            date = iso(START + dt.timedelta(seconds=pid * step))
            text = " ".join(rnd.choices(WORDS, k=12)) + f" {rnd.randint(1, 500)} человек."
            deleted = now if rnd.random() < 0.01 else None
            url = None if kind == "telegram" else f"https://outlet.example/{pid}"
            p.append((pid, source, str(pid), pid, kind, date, url, "ru", text, deleted, now, now))
            v.append((pid, pid, 1, text, now))
            for _ in range(per_post.get(pid, 0)):
                claim_id += 1
                low = rnd.randint(0, 300)
                high = low if rnd.random() < 0.6 else None
                c.append(
                    (
                        claim_id,
                        pid,
                        pid,
                        rnd.choice(KINDS),
                        rnd.choice(VICTIMS),
                        low,
                        high,
                        rnd.random() < 0.2,
                        rnd.choice(CLAIMANTS),
                        "event",
                        0,
                        20,
                        "bench",
                        now,
                    )
                )
            if rnd.random() < topic_share:
                t.append((pid, 1))
            if len(p) >= BATCH:
                yield p, v, c, t
                p, v, c, t = [], [], [], []
        yield p, v, c, t

    done = 0
    for p, v, c, t in rows():
        con.execute("BEGIN")
        con.executemany(
            "INSERT INTO posts (id, source_id, ext_id, msg_id, kind, date, url, lang, text,"
            " deleted_at, first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            p,
        )
        con.executemany(
            "INSERT INTO post_versions (id, post_id, version, text, seen_at) VALUES (?, ?, ?, ?, ?)",
            v,
        )
        con.executemany(
            "INSERT INTO claims (id, post_id, version_id, kind, victim, low, high, approx,"
            " claimant, scope, span_start, span_end, extractor_version, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            c,
        )
        con.executemany("INSERT INTO post_topics (post_id, topic_id) VALUES (?, ?)", t)
        con.execute("COMMIT")
        done += len(p)
        print(f"\r  filled {done:,} / {posts:,} posts", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    con.close()


async def timed_digest(store: Store, since: str, until: str) -> tuple[float, int, int]:
    t0 = time.perf_counter()
    rows = await claim_rows(store.conn, topic_id=1, since=since, until=until)
    digest = build_digest(rows, topic="bench", since=since, until=until)
    return time.perf_counter() - t0, len(rows), len(digest.claims)


async def timed_count(store: Store, since: str, until: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = await count_claims(store.conn, topic_id=1, since=since, until=until)
    return time.perf_counter() - t0, n


async def measure(path: Path, repeat: int) -> None:
    store = await Store.open(path)
    try:
        end = START + dt.timedelta(days=DAYS)
        print(f"{'window':<10}{'digest s':>10}{'count(*) s':>12}{'claims':>10}{'lines':>10}")
        for days in (7, 365):
            since, until = iso(end - dt.timedelta(days=days)), iso(end)
            best_d = best_c = float("inf")
            n_rows = lines = n_count = 0
            for _ in range(repeat):
                t_d, n_rows, lines = await timed_digest(store, since, until)
                t_c, n_count = await timed_count(store, since, until)
                best_d, best_c = min(best_d, t_d), min(best_c, t_c)
            assert n_rows == n_count, (n_rows, n_count)
            print(f"{days:>3} days  {best_d:>10.3f}{best_c:>12.3f}{n_rows:>10,}{lines:>10,}")
    finally:
        await store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of 1M posts / 300k claims")
    ap.add_argument("--topic-share", type=float, default=0.2, help="share of posts in the topic")
    ap.add_argument("--repeat", type=int, default=3, help="runs per figure; the best is shown")
    ap.add_argument("--db", type=Path, help="keep the database here (default: a temp file)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    posts, claims = int(1_000_000 * args.scale), int(300_000 * args.scale)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        if path.exists():
            print(f"reusing {path}", file=sys.stderr)
        else:
            asyncio.run(_migrate(path))
            t0 = time.perf_counter()
            fill(path, posts, claims, args.topic_share, args.seed)
            print(f"  fill took {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        print(
            f"{posts:,} posts, {claims:,} claims over {DAYS} days,"
            f" {args.topic_share:.0%} of posts in the topic; best of {args.repeat}"
        )
        asyncio.run(measure(path, args.repeat))


async def _migrate(path: Path) -> None:
    store = await Store.open(path)
    await store.close()


if __name__ == "__main__":
    main()
