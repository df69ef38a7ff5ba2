"""The one record every file reader yields, whatever the format it came from.

Readers are plain generators: they yield a `Record` for each post, a `Problem`
for each bad message or line (reported and skipped, the rest goes on), and
raise `FileProblem` when the file as a whole cannot be read further.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["telegram", "mainstream"]


@dataclass(slots=True, eq=False)  # hashed by identity: one object per channel of a file
class Channel:
    """Who published a post, as far as the file says.

    `handle` is a Telegram username or an outlet id when the file (or --channel)
    names one; a Telegram Desktop export only knows the chat's numeric id and
    display name, so there `handle` may stay None and the driver derives one.
    """

    kind: Kind
    handle: str | None = None
    tg_id: int | None = None
    title: str | None = None
    side: str | None = None
    lang: str | None = None
    url: str | None = None  # the feed address of a mainstream source


@dataclass(slots=True)
class Record:
    channel: Channel
    ext_id: str
    text: str
    where: str  # file:line (or file#message id) for messages about this record
    msg_id: int | None = None
    date: str | None = None  # ISO 8601 UTC
    edit_date: str | None = None
    url: str | None = None
    lang: str | None = None
    raw: str | None = None  # the payload as received, JSON
    grouped_id: int | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """A bad message or line: reported with where and what to do, then skipped."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


class FileProblem(Exception):
    """The file cannot be read (any further); the message says why and how to fix it."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


@dataclass(slots=True)
class ReadStats:
    """What a reader passed over on purpose, for the summary."""

    service: int = 0  # Telegram service messages (joins, pins, title changes)
    empty: int = 0  # posts with no text (a photo without caption, a poll)
    skipped_chats: dict[str, int] = field(default_factory=dict)  # chat type -> count
