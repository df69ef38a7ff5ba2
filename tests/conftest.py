"""Shared fixtures: a fresh database file and a seeded one, both real SQLite files."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from db.posts import NewPost
from db.sources import ensure_source
from db.store import Store
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
    ("rybar", "ru", "ru", 101, "2024-07-28T09:00:00+00:00",
     "По данным «Русича», погибли более 80 бойцов «Вагнера», ещё свыше 15 попали в плен."),
    ("rybar", "ru", "ru", 102, "2024-07-28T12:00:00+00:00",
     "Обмен пленными: на родину вернулись 95 российских военнослужащих."),
    ("generalstaffzsu", "ua", "uk", 7001, "2024-07-29T06:00:00+00:00",
     "Загальні бойові втрати противника склали: особового складу ‒ близько 577 950 (+1 230) осіб."),
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
