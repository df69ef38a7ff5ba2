"""SIGKILL the sweep at random points and count what was lost or stored twice (both must be 0).

    .venv/bin/python benchmarks/crash_sweep.py                 # 5,000 posts, 20 kills
    .venv/bin/python benchmarks/crash_sweep.py --posts 20000 --kills 50 --seed 7

Two channels, built the same way in every process from one seed (the fake
Telegram client of tests/fake_telegram.py, real Telethon messages): one already
followed (its cursor at 0: a gap fill), one seen for the first time (a
backfill). Both hold plain posts, albums whose caption sits on any piece,
service messages and holes left by deleted messages. A child process runs the
real sweep (bot.telegram.sweep) into a real database file; the parent kills it
with SIGKILL when the stored cursor passes a random message id (plus a random
few milliseconds, so kills land inside transactions too), starts it again, and
after the last kill lets it finish. Then every expected post is looked up:
lost = expected posts missing; duplicated = extra rows for one message or album,
extra versions of an unedited post, and claims beyond what the extractor gives
for each post. Beside it, the same sweep uninterrupted (the baseline time).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEXTS = [
    "По данным «Русича», погибли более {n} бойцов «Вагнера», ещё свыше {m} попали в плен.",
    "Загальні бойові втрати противника склали: особового складу близько {n} осіб.",
    "At least {n} soldiers were killed and {m} wounded in the ambush near Tinzaouaten.",
    "L'armée malienne déplore {n} morts et {m} blessés dans l'attaque.",
    "قتل {n} من عناصر فاغنر في كمين قرب تينزاواتين",
    "Колонна попала в засаду, потери уточняются.",
]


def standin_extract(text: str, **_: object) -> list[object]:
    """A claim per number: for checking claims while the real extractor returns nothing."""
    import re

    from extractors.claim import Claim

    return [
        Claim("killed", "unknown", int(m.group()), int(m.group()), start=m.start(), end=m.end())
        for m in re.finditer(r"\d+", text)
    ]


def use_extractor(standin: bool) -> str:
    import extractors

    if standin:
        extractors.extract = standin_extract  # type: ignore[assignment]
        return "stand-in (a claim per number)"
    return f"real, version {extractors.EXTRACTOR_VERSION}"


def build_channels(seed: int, posts: int) -> tuple[object, dict[str, list[tuple[int, str]]]]:
    """The fake client, and per channel the posts it must end up with: (msg_id, text)."""
    from tests.fake_telegram import FakeClient

    rnd = random.Random(seed)
    client = FakeClient()
    expected: dict[str, list[tuple[int, str]]] = {}
    shares = {"followed": posts * 3 // 5, "newcomer": posts - posts * 3 // 5}
    for name, count in shares.items():
        ch = client.add_channel(name)
        want: list[tuple[int, str]] = []
        made = 0
        while made < count:
            roll = rnd.random()
            text = rnd.choice(TEXTS).format(n=rnd.randint(2, 900), m=rnd.randint(1, 60))
            if roll < 0.04 and count - made >= 1:
                pieces = rnd.randint(2, 5)
                captioned = rnd.randrange(pieces)
                gid = rnd.getrandbits(40)
                ids = [
                    ch.post(text if i == captioned else "", grouped_id=gid).id
                    for i in range(pieces)
                ]
                want.append((ids[captioned], text))
            elif roll < 0.06:
                ch.service()
                continue
            elif roll < 0.09:
                gone = ch.post("deleted before anyone read it")
                ch.delete(gone.id)
                continue
            else:
                want.append((ch.post(text).id, text))
            made += 1
        expected[name] = want
    return client, expected


async def child(db: str, seed: int, posts: int, standin: bool) -> None:
    from bot.config import TelegramConfig
    from bot.telegram.sweep import Sweeper
    from db.sources import ensure_source
    from db.store import Store

    use_extractor(standin)
    client, _ = build_channels(seed, posts)
    store = await Store.open(db)
    try:
        async with store.transaction() as conn:
            followed = await ensure_source(conn, "telegram", "followed", origin="config")
            await ensure_source(conn, "telegram", "newcomer", origin="config")
            await conn.execute(
                "UPDATE sources SET cursor = 0 WHERE id = ? AND cursor IS NULL", (followed.id,)
            )
        config = TelegramConfig(backfill_days=0, backfill_posts=posts)
        await Sweeper(store, client, config).sweep_all()
    finally:
        await store.close()


def cursor_sum(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            row = con.execute("SELECT COALESCE(SUM(cursor), 0) FROM sources").fetchone()
            return int(row[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def spawn(db: Path, seed: int, posts: int, standin: bool) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, __file__, "--child", str(db), "--seed", str(seed), "--posts", str(posts)]
    return subprocess.Popen(cmd + (["--standin"] if standin else []), cwd=ROOT)


def tally(db: Path, seed: int, posts: int) -> dict[str, int]:
    import extractors

    _, expected = build_channels(seed, posts)
    con = sqlite3.connect(db)
    lost = dup_rows = dup_versions = dup_claims = lost_claims = claims = 0
    for handle, want in expected.items():
        rows = con.execute(
            "SELECT p.msg_id, p.text, p.version, p.id FROM posts p JOIN sources s"
            " ON s.id = p.source_id WHERE s.handle = ?",
            (handle,),
        ).fetchall()
        by_id: dict[int, list[tuple[str, int, int]]] = {}
        for msg_id, text, version, post_id in rows:
            by_id.setdefault(msg_id, []).append((text, version, post_id))
        for msg_id, text in want:
            found = by_id.pop(msg_id, [])
            if not any(t == text for t, _, _ in found):
                lost += 1
                continue
            dup_rows += len(found) - 1
            dup_versions += sum(v - 1 for _, v, _ in found)
            need = len(extractors.extract(text))
            claims += need
            (got,) = con.execute(
                "SELECT COUNT(*) FROM claims WHERE post_id = ?", (found[0][2],)
            ).fetchone()
            dup_claims += max(0, got - need)
            lost_claims += max(0, need - got)
        dup_rows += sum(len(v) for v in by_id.values())  # rows for no expected post at all
    con.close()
    return {
        "expected posts": sum(len(w) for w in expected.values()),
        "expected claims": claims,
        "lost": lost,
        "duplicated rows": dup_rows,
        "duplicated versions": dup_versions,
        "claims lost": lost_claims,
        "claims duplicated": dup_claims,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument(
        "--standin", action="store_true", help="a stand-in extractor (a claim per number)"
    )
    parser.add_argument("--child", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        asyncio.run(child(args.child, args.seed, args.posts, args.standin))
        return 0
    extractor = use_extractor(args.standin)

    rnd = random.Random(args.seed + 1)
    with tempfile.TemporaryDirectory() as tmp:
        baseline_db = Path(tmp) / "baseline.db"
        t0 = time.perf_counter()
        if spawn(baseline_db, args.seed, args.posts, args.standin).wait() != 0:
            print("the uninterrupted sweep failed", file=sys.stderr)
            return 1
        baseline = time.perf_counter() - t0

        db = Path(tmp) / "crash.db"
        _, expected = build_channels(args.seed, args.posts)
        top = sum(max(i for i, _ in want) for want in expected.values())
        targets = sorted(rnd.randrange(1, top) for _ in range(args.kills))
        kills = restarts = 0
        t0 = time.perf_counter()
        for target in targets:
            proc = spawn(db, args.seed, args.posts, args.standin)
            restarts += 1
            while proc.poll() is None and cursor_sum(db) < target:
                time.sleep(0.002)
            time.sleep(rnd.random() * 0.03)  # land anywhere, inside a transaction too
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                kills += 1
        final = spawn(db, args.seed, args.posts, args.standin)
        restarts += 1
        if final.wait() != 0:
            print("the last, uninterrupted run failed", file=sys.stderr)
            return 1
        crashed = time.perf_counter() - t0
        result = tally(db, args.seed, args.posts)
        base_result = tally(baseline_db, args.seed, args.posts)

    print(
        f"sweep of {result['expected posts']:,} posts in 2 channels (seed {args.seed}), "
        f"{result['expected claims']:,} claims; extractor: {extractor}"
    )
    print(
        f"baseline, uninterrupted:        {baseline:6.2f} s, lost {base_result['lost']}, "
        f"duplicated {base_result['duplicated rows']}"
    )
    print(f"with {kills} SIGKILLs, {restarts} starts: {crashed:6.2f} s")
    for key in (
        "lost",
        "duplicated rows",
        "duplicated versions",
        "claims lost",
        "claims duplicated",
    ):
        print(f"  {key:<22} {result[key]}")
    bad = any(result[k] for k in result if not k.startswith("expected"))
    print("FAIL" if bad else "OK: nothing lost, nothing duplicated")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
