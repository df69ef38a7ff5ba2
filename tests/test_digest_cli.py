"""`claimwatch digest` end to end on a seeded database file: formats, files, windows, errors."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from bot.cli import main
from db.store import Store
from tests.digest_fixtures import seed_tinzaouaten


@pytest.fixture
def seeded(tmp_path: Path) -> list[str]:
    """Common options: a seeded database and an empty config (UTC, no topics)."""
    db = tmp_path / "cw.db"

    async def seed() -> None:
        store = await Store.open(db)
        try:
            await seed_tinzaouaten(store)
        finally:
            await store.close()

    asyncio.run(seed())
    config = tmp_path / "config.toml"
    config.write_text('timezone = "UTC"\n', encoding="utf-8")
    return ["--db", str(db), "--config", str(config)]


def test_json_to_stdout(seeded: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code = main([*seeded, "digest", "--topic", "tinzaouaten", "--since", "2024-07-20",
                 "--until", "2024-08-31", "--format", "json"])  # fmt: skip
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["topic"] == "tinzaouaten"
    assert data["since"] == "2024-07-20T00:00:00+00:00"
    assert data["until"] == "2024-09-01T00:00:00+00:00"  # the end of the last day
    first = data["groups"][0]
    assert (first["victim"], first["kind"]) == ("wagner", "killed")
    assert first["telegram"] == {"low": 54, "high": 99, "open_high": False}
    rusich = first["claims"][0]
    assert rusich["url"] == "https://t.me/rusich_demo/501" and rusich["posts"] == 2


def test_topic_without_dates_uses_the_whole_topic(
    seeded: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*seeded, "digest", "--topic", "tinzaouaten", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 12 and {r["side"] for r in rows} == {"telegram", "mainstream"}


def test_format_from_the_out_name(seeded: list[str], tmp_path: Path) -> None:
    png, page = tmp_path / "chart.png", tmp_path / "page.html"
    assert main([*seeded, "digest", "--topic", "tinzaouaten", "--out", str(png)]) == 0
    assert main([*seeded, "digest", "--topic", "tinzaouaten", "--out", str(page)]) == 0
    with Image.open(png) as im:
        assert im.size[0] == 1280
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "data:image/png;base64," in html
    assert "Rusich, via Asharq Al-Awsat" in html


def test_text_table(seeded: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*seeded, "digest", "--since", "2024-07-28", "--days", "2"]) == 0
    out = capsys.readouterr().out
    assert "2024-07-28 to 2024-07-29" in out  # two days, the last one included
    assert "up to 99 (dozens)" in out and "RFI Afrique" not in out  # RFI posted on the 30th


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--topic", "nope"], "no topic named 'nope'"),
        (["--since", "yesterday"], "is not a date"),
        (["--since", "2024-08-01", "--until", "2024-07-01"], "ends"),
        (["--days", "0"], "--days 0 must be 1 or more"),
        (["--out", "/no/such/folder/x.json"], "does not exist"),
    ],
)
def test_errors_say_what_to_do(
    seeded: list[str], capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main([*seeded, "digest", *args]) == 2
    assert message in capsys.readouterr().err
