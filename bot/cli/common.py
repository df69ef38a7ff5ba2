"""What every command shares: the loaded config, the database path, opening the store."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from bot.config import Config, load_config
from db.store import Store


class UserError(Exception):
    """Something the user can fix; the message says what and how."""


@dataclass(frozen=True)
class Context:
    config: Config
    db_path: str

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        # A command with a config of its own (the demo's samples/demo.toml) must not fail on
        # a broken ./config.toml it never reads.
        own = getattr(args, "config_from", None)
        config = load_config(own(args) if own else args.config)
        db_path = args.db or str(Path(config.database.path).expanduser())
        return cls(config=config, db_path=db_path)

    async def open_store(self) -> Store:
        return await Store.open(self.db_path)


def add_command(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
    name: str,
    *,
    help: str,
    description: str,
    epilog: str = "",
) -> argparse.ArgumentParser:
    """A subcommand with the shared options and a help text that teaches by example."""
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help,
        description=description,
        epilog=epilog,
        parents=[common],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


async def sync_config_topics(store: Store, ctx: Context) -> None:
    """[[topics]] of the config into the store before posts are stored (they are tagged
    with the stored topics); a topic added or changed since reaches the older posts."""
    from db.topics import apply_topics  # the stemmers load only for commands that store posts

    with progress_bar("tagging") as progress:
        sync, retagged = await apply_topics(
            store, ctx.config.topics, ctx.config.tz, progress=progress
        )
    for label, names in (("added", sync.added), ("changed", sync.changed)):
        if names:
            print(f"topics {label}: {', '.join(names)}")
    if retagged is not None and retagged.posts:
        print(f"{retagged.posts:,} stored posts tagged again")


@contextmanager
def progress_bar(label: str) -> Iterator[Callable[[int, int], None]]:
    """A bar on stderr while long work runs, on a terminal only (quiet in pipes, under
    systemd and in tests); yields `progress(done, total)` for the work to call."""
    console = Console(stderr=True)
    with Progress(
        TextColumn(label),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task(label, total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield progress


def parse_day(value: str, flag: str, config: Config, *, end: bool) -> str:
    """A day (in the config's time zone) or an ISO time, as the store's UTC ISO string.

    For --until a bare day means "up to the end of that day".
    """
    text = value.strip()
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        day = None
    if day is not None and len(text) == 10:
        if end:
            day += dt.timedelta(days=1)
        start = dt.datetime(day.year, day.month, day.day, tzinfo=config.tz)
        return start.astimezone(dt.UTC).isoformat()
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise UserError(
            f"{flag} {value!r} is not a date; write it as YYYY-MM-DD, e.g. {flag} 2024-07-28."
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=config.tz)
    return moment.astimezone(dt.UTC).replace(microsecond=0).isoformat()
