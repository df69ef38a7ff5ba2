"""What every source kind's poll function receives and returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.config import Config, Secrets, SourceConfig
from bot.sources.http import Http
from db.posts import Saved
from db.sources import Source
from db.store import Store


class SourceError(Exception):
    """A source answered, but not with what it should; the message says what came back."""


@dataclass
class SourceRun:
    store: Store
    http: Http
    config: Config
    secrets: Secrets
    source: SourceConfig
    row: Source  # the sources table row: id, conditional-GET state
    say: Callable[[str], None] = lambda message: None  # progress lines for the CLI


@dataclass
class Outcome:
    fetched: int = 0  # items handed to the store
    new: int = 0
    changed: int = 0
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    problem: str | None = None  # a partial failure: some items stored, something went wrong

    def count(self, saved: list[Saved]) -> None:
        self.fetched += len(saved)
        self.new += sum(1 for s in saved if s.status == "new")
        self.changed += sum(1 for s in saved if s.status == "changed")
