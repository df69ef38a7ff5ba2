"""Shared fixtures: a fresh database file and a seeded one, both real SQLite files."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import extractors
from db.posts import NewPost
from db.sources import ensure_source
from db.store import Store
from extractors.claim import Claim
from handlers.posts import store_posts

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "claimwatch.db"


@pytest.fixture
async def store(db_path: Path) -> AsyncIterator[Store]:
    """A fresh, fully migrated database file."""
    s = await Store.open(db_path)
    try:
        yield s
    finally:
        await s.close()


SEED_POSTS = [
    # (channel, side, lang, msg_id, date, text)
    (
        "rybar",
        "ru",
        "ru",
        101,
        "2024-07-28T09:00:00+00:00",
        "По данным «Русича», погибли более 80 бойцов «Вагнера», ещё свыше 15 попали в плен.",
    ),
    (
        "rybar",
        "ru",
        "ru",
        102,
        "2024-07-28T12:00:00+00:00",
        "Обмен пленными: на родину вернулись 95 российских военнослужащих.",
    ),
    (
        "generalstaffzsu",
        "ua",
        "uk",
        7001,
        "2024-07-29T06:00:00+00:00",
        "Загальні бойові втрати противника склали: особового складу ‒ близько 577 950 (+1 230) осіб.",
    ),
]


@pytest.fixture
async def seeded_store(store: Store) -> Store:
    """A database with two channels and a few posts stored through the real write path."""
    posts: list[NewPost] = []
    sides: dict[int, str | None] = {}
    async with store.transaction() as conn:
        for channel, side, lang, msg_id, date, text in SEED_POSTS:
            src = await ensure_source(conn, "telegram", channel, side=side, lang=lang)
            sides[src.id] = side
            posts.append(
                NewPost(
                    source_id=src.id,
                    ext_id=str(msg_id),
                    msg_id=msg_id,
                    kind="telegram",
                    date=date,
                    url=f"https://t.me/{channel}/{msg_id}",
                    lang=lang,
                    text=text,
                )
            )
    await store_posts(store, posts, sides)
    return store


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> Callable[..., CliResult]:
    """Run `claimwatch ARGS` in-process on the `db_path` file with an empty config.

    In-process, so a test can monkeypatch the extractor; returns code, stdout, stderr.
    """
    from bot.cli import main

    config = tmp_path / "empty-config.toml"
    config.write_text("", encoding="utf-8")

    def run(*args: str, config_path: Path | None = None) -> CliResult:
        capsys.readouterr()
        code = main([*args, "--db", str(db_path), "--config", str(config_path or config)])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


_FAKE_CLAIM = re.compile(r"(\d+) (killed|wounded|captured)")


class FakeExtractor:
    """Stands in for extractors.extract where a test checks the claims plumbing, not the
    rules: "N killed|wounded|captured" is a claim about `victim`; "CRASH" raises."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch
        self.victim = "ua"
        self.calls = 0
        self.set_version("fake-1")
        monkeypatch.setattr(extractors, "extract", self.extract)

    def set_version(self, version: str) -> None:
        self.version = version
        self._monkeypatch.setattr(extractors, "EXTRACTOR_VERSION", version)

    def extract(
        self, text: str, *, lang: str | None = None, channel_side: str | None = None
    ) -> list[Claim]:
        self.calls += 1
        if "CRASH" in text:
            raise RuntimeError("the extractor fell over")
        return [
            Claim(m.group(2), self.victim, int(m.group(1)), int(m.group(1)),
                  start=m.start(), end=m.end())
            for m in _FAKE_CLAIM.finditer(text)
        ]  # fmt: skip


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> FakeExtractor:
    return FakeExtractor(monkeypatch)
