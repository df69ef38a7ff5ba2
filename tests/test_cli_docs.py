"""What the README promises a new user at the command line: errors that say what to do,
no traceback when a pipe closes early, empty lists that say how to fill them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

CONFIG = """\
timezone = "UTC"
[[sources]]
name = "wsj"
kind = "rss"
url = "https://www.wsj.example/rss"
[[topics]]
name = "tinzaouaten"
keywords = ["Tinzaouaten"]
"""


@pytest.fixture
def opts(tmp_path: Path) -> list[str]:
    config = tmp_path / "config.toml"
    config.write_text(CONFIG, encoding="utf-8")
    return ["--config", str(config), "--db", str(tmp_path / "cw.db")]


@pytest.mark.parametrize("name", ["digest.pdf", "digest"])
def test_digest_out_with_an_unknown_ending_stops_and_says_how(
    opts: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    out = tmp_path / name
    assert main([*opts, "digest", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "cannot tell the format" in err and "--format" in err and ".html" in err
    assert not out.exists()


def test_digest_out_with_a_known_ending_or_format_is_written(
    opts: list[str], tmp_path: Path
) -> None:
    assert main([*opts, "digest", "--out", str(tmp_path / "d.json")]) == 0
    assert "groups" in json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert main([*opts, "digest", "--format", "csv", "--out", str(tmp_path / "d.pdf")]) == 0
    assert (tmp_path / "d.pdf").read_text(encoding="utf-8").startswith("topic,side")


def test_a_reader_that_leaves_early_gets_no_traceback(opts: list[str]) -> None:
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that has already exited: every write fails
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "bot", *opts, "config"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1


def test_empty_subscriptions_say_where_they_come_from(
    opts: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*opts, "subscriptions"]) == 0
    out = capsys.readouterr().out
    assert "/subscribe" in out and "[[schedules]]" in out and "claimwatch run" in out


def test_sources_json_says_for_every_row_whether_it_is_failing(
    opts: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*opts, "sources", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in rows] == ["wsj"]  # configured, never polled
    assert rows[0]["error_current"] is False
