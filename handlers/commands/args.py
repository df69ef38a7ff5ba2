"""Arguments the digest and subscription commands share: topic, days, time of day.

Each parser returns the value or raises CommandError with one sentence that
says what was expected; the framework adds the command's usage and example.
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from db.digest import topic_names
from db.subscriptions import ALL_TOPICS
from handlers.commands import CommandError

if TYPE_CHECKING:
    from bot.telegram.app import App

ALL = ALL_TOPICS  # every claim, whatever its topic
MAX_DAYS = 365
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.h]([0-5]\d)$")


async def known_topics(app: App) -> list[str]:
    """Topics from config.toml and any the store knows (retagged or added later)."""
    names = {t.name for t in app.config.topics}
    names.update(await topic_names(app.store.conn))
    return sorted(names)


async def parse_topic(app: App, value: str | None, *, allow_all: bool = True) -> str | None:
    """A topic name (None for "all"); an unknown one is answered with the closest names."""
    if value is None:
        raise CommandError("Give a topic name; /topics lists them.")
    name = value.strip().lower()
    if allow_all and name == ALL:
        return None
    topics = await known_topics(app)
    if name in topics:
        return name
    close = difflib.get_close_matches(name, topics, n=3, cutoff=0.5)
    if close:
        raise CommandError(f"No topic {value!r}; did you mean {' or '.join(close)}?")
    listed = ", ".join(topics) if topics else "none are configured yet"
    raise CommandError(f"No topic {value!r}; the topics are: {listed}.")


def parse_days(value: str | None, default: int = 1) -> int:
    if value is None:
        return default
    if not value.isdigit() or not 1 <= int(value) <= MAX_DAYS:
        raise CommandError(f"Days must be a whole number from 1 to {MAX_DAYS}, not {value!r}.")
    return int(value)


def parse_time(value: str | None, default: str) -> str:
    """HH:MM in 24 hours ("7:30" and "07.30" pass too), written back as "07:30"."""
    if value is None:
        return default
    match = _TIME.match(value.strip())
    if not match:
        raise CommandError(f"{value!r} is not a time of day; write it as HH:MM in 24 hours.")
    return f"{int(match.group(1)):02d}:{match.group(2)}"


async def topic_and_days(app: App, args: list[str]) -> tuple[str | None, int]:
    """[topic] [days] in either order of presence: "", "3", "tinzaouaten", "tinzaouaten 3"."""
    if len(args) > 2:
        raise CommandError("Give at most a topic and a number of days.")
    topic: str | None = None
    days = 1
    for value in args:
        if value.isdigit():
            days = parse_days(value)
        elif topic is None:
            topic = await parse_topic(app, value)
        else:
            days = parse_days(value)
    return topic, days
