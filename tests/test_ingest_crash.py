"""A SIGKILL in the middle of a large ingest, then a rerun: nothing lost, nothing twice."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POSTS = 20_000


def make_export(path: Path) -> list[str]:
    texts = [
        f"Сводка {i}: уничтожено {i % 90 + 1} боевиков, ранены {i % 7 + 2} 🇺🇦 #{i}"
        if i % 3
        else f"Post {i} without figures"
        for i in range(1, POSTS + 1)
    ]
    messages = [
        {"id": i, "type": "message", "date_unixtime": str(1722157200 + i), "text": t}
        for i, t in enumerate(texts, start=1)
    ]
    data = {"name": "Big", "type": "public_channel", "id": 4242, "messages": messages}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return texts


def count(db: Path) -> int:
    if not db.exists():
        return 0
    con = sqlite3.connect(db, timeout=10)
    try:
        return int(con.execute("SELECT count(*) FROM posts").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # the schema is not there yet
    finally:
        con.close()


def ingest(export: Path, db: Path, config: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "ingest", str(export), "--channel", "big_channel",
         "--batch", "200", "--db", str(db), "--config", str(config)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip


def test_sigkill_mid_ingest_then_rerun(tmp_path: Path) -> None:
    export = tmp_path / "result.json"
    texts = make_export(export)
    db = tmp_path / "crash.db"
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")

    first = ingest(export, db, config)
    deadline = time.monotonic() + 120
    while count(db) < 1000 and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    first.send_signal(signal.SIGKILL)
    first.communicate()
    at_kill = count(db)
    # The kill really landed in the middle: some batches committed, not all.
    assert first.returncode == -signal.SIGKILL
    assert 0 < at_kill < POSTS

    second = ingest(export, db, config)
    out, err = second.communicate(timeout=600)
    assert second.returncode == 0, err.decode()
    summary = out.decode()
    assert f"{POSTS - at_kill:,} new, 0 changed, {at_kill:,} unchanged" in summary

    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = con.execute("SELECT msg_id, text FROM posts ORDER BY msg_id").fetchall()
        assert stored == list(enumerate(texts, start=1))  # every post, once, intact
        versions = con.execute(
            "SELECT count(*), count(DISTINCT post_id), count(extractor_version) FROM post_versions"
        ).fetchone()
        assert versions == (POSTS, POSTS, POSTS)  # one version each, each one extracted
        duplicated = con.execute(
            "SELECT count(*) FROM (SELECT version_id, kind, victim, low, high, span_start"
            " FROM claims GROUP BY 1, 2, 3, 4, 5, 6 HAVING count(*) > 1)"
        ).fetchone()[0]
        assert duplicated == 0
        orphans = con.execute(
            "SELECT count(*) FROM claims c LEFT JOIN post_versions v ON v.id = c.version_id"
            " WHERE v.id IS NULL OR v.post_id != c.post_id"
        ).fetchone()[0]
        assert orphans == 0
    finally:
        con.close()
