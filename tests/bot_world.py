"""A small world for bot tests: a config, an App over a real database file, claims in it.

Claims are written through the real write path (db.posts.save_posts) with the
claims given here instead of the extractor's, so the tests do not depend on
what the extractor finds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from bot.config import Config, parse_config
from bot.telegram.app import App
from db.posts import NewPost, save_posts
from db.sources import ensure_source
from db.store import Store
from db.topics import sync_topics
from extractors.claim import Claim
from handlers.commands import digest as digest_commands
from handlers.commands import register
from tests.fake_bot import FakeBot, Sent, group_message, private_message

ADMIN = 1
ANN = 11  # an ordinary user
GROUP = 42  # a basic group; Telethon's chat id for it is -42

CONFIG = f"""
timezone = "Europe/Kyiv"
[telegram]
admins = [{ADMIN}]
[[topics]]
name = "tinzaouaten"
title = "Tinzaouaten ambush <Mali> & co"
keywords = ["Tinzaouaten"]
[[topics]]
name = "bakhmut"
title = "Bakhmut"
keywords = ["Bakhmut"]
[[sources]]
name = "rfi_afrique"
kind = "rss"
url = "https://www.rfi.fr/fr/afrique/rss"
[digest]
default_time = "08:00"
"""


def make_config(extra: str = "") -> Config:
    return parse_config(CONFIG + extra)


def make_app(store: Store, config: Config | None = None) -> App:
    app = App(config=config or make_config(), store=store, bot=FakeBot())
    register(app.bot, app)
    digest_commands.attach(app.bot, app)
    return app


async def say(app: App, text: str, *, user: int = ANN, group: int | None = None) -> list[Sent]:
    """Send `text` to the bot as `user` (privately, or in `group`); return what it sent back."""
    bot: FakeBot = app.bot
    before = len(bot.sent)
    update = group_message(group, user, text) if group else private_message(user, text)
    await bot.dispatch(update)
    return bot.sent[before:]


@dataclass(frozen=True)
class Post:
    channel: str
    msg_id: int
    date: dt.datetime
    text: str
    claims: Sequence[Claim]
    topic: str | None = "tinzaouaten"
    kind: str = "telegram"


async def seed(store: Store, config: Config, posts: Sequence[Post]) -> None:
    """Posts with the given claims, tagged with their topic, through the real write path."""
    async with store.transaction() as conn:
        await sync_topics(conn, config.topics, config.tz)
        by_post: dict[tuple[int, str], Sequence[Claim]] = {}
        items: list[NewPost] = []
        for p in posts:
            src = await ensure_source(conn, p.kind, p.channel, title=None)
            items.append(
                NewPost(
                    source_id=src.id,
                    ext_id=str(p.msg_id),
                    msg_id=p.msg_id if p.kind == "telegram" else None,
                    kind=p.kind,
                    date=p.date.astimezone(dt.UTC).isoformat(),
                    url=None if p.kind == "telegram" else f"https://news.example/{p.msg_id}",
                    lang="en",
                    text=p.text,
                )
            )
            by_post[(src.id, str(p.msg_id))] = p.claims
        saved = await save_posts(
            conn, items, lambda post: list(by_post[(post.source_id, post.ext_id)]), "test"
        )
        for p, s in zip(posts, saved, strict=True):
            if p.topic:
                await conn.execute(
                    "INSERT OR IGNORE INTO post_topics (post_id, topic_id)"
                    " SELECT ?, id FROM topics WHERE name = ?",
                    (s.post_id, p.topic),
                )


def killed(n: int, victim: str = "wagner", text: str = "", *, approx: bool = False) -> Claim:
    start = text.find(str(n)) if text else 0
    return Claim(
        "killed", victim, n, n, approx, start=max(start, 0), end=max(start, 0) + len(str(n))
    )
