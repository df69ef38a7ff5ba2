"""What a person running `claimwatch ingest` sees: a progress bar, problems, a summary.

The driver talks to a `Reporter`; `ConsoleReporter` draws a rich progress bar on
stderr when it is a terminal, and prints problems (the first few per file, then a
count) so that a file of a million bad lines does not flood the screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    DownloadColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

from bot.ingest.records import Problem, ReadStats

SHOWN_PER_FILE = 20


@dataclass
class Summary:
    files: int = 0  # inputs that could be read, at least in part
    failed: int = 0  # inputs that could not be read at all
    records: int = 0  # posts read from the inputs
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    claims: int = 0
    errors: int = 0  # bad lines, messages, files
    rejected: int = 0  # posts read but not stored (their channel could not be resolved)
    extracted: bool = True  # False: raw ingest (--no-extract)
    stats: ReadStats = field(default_factory=ReadStats)

    @property
    def nothing_read(self) -> bool:
        """The exit-code rule: failure only when no post could be read and something went wrong."""
        return self.records == 0 and (self.errors > 0 or self.failed > 0)

    def lines(self) -> list[str]:
        out = [
            f"posts: {self.new:,} new, {self.changed:,} changed, {self.unchanged:,} unchanged"
            f" ({self.records:,} read from {self.files:,} input{'s' * (self.files != 1)})",
            f"claims: {self.claims:,} extracted from the new and changed posts"
            if self.extracted
            else "claims: none extracted (--no-extract); `claimwatch reextract` derives them",
            f"errors: {self.errors:,}"
            + (
                f" ({self.failed:,} input{'s' * (self.failed != 1)} unreadable)"
                if self.failed
                else ""
            )
            + (f"; {self.rejected:,} posts not stored" if self.rejected else ""),
        ]
        skipped = []
        if self.stats.service:
            skipped.append(f"{self.stats.service:,} service messages")
        if self.stats.empty:
            skipped.append(f"{self.stats.empty:,} posts without text")
        if self.stats.skipped_chats:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.stats.skipped_chats.items()))
            count = sum(self.stats.skipped_chats.values())
            skipped.append(
                f"{count:,} chats that are not channels ({kinds}; --all-chats reads them too)"
            )
        if skipped:
            out.append("skipped: " + ", ".join(skipped))
        return out


class Reporter(Protocol):
    def start(self, name: str, total: int | None) -> None: ...
    def advance(self, done: int, posts: int) -> None: ...
    def problem(self, problem: Problem, *, always: bool = False) -> None: ...
    def warn(self, message: str) -> None: ...
    def finish(self) -> None: ...


class ConsoleReporter:
    """Progress on stderr (only on a terminal) and problems on stderr, capped per file."""

    def __init__(self, console: Console | None = None, *, shown_per_file: int = SHOWN_PER_FILE):
        self.console = console or Console(stderr=True, soft_wrap=True, highlight=False)
        self.shown_per_file = shown_per_file
        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            DownloadColumn(),
            TextColumn("{task.fields[posts]:,} posts"),
            TimeRemainingColumn(),
            console=self.console,
            transient=True,
            disable=not self.console.is_terminal,
        )
        self._task: TaskID | None = None
        self._name = ""
        self._problems = 0

    def __enter__(self) -> ConsoleReporter:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def start(self, name: str, total: int | None) -> None:
        self._name, self._problems = name, 0
        label = name if len(name) <= 40 else "..." + name[-37:]
        self._task = self._progress.add_task(label, total=total, posts=0)

    def advance(self, done: int, posts: int) -> None:
        if self._task is not None:
            self._progress.update(self._task, completed=done, posts=posts)

    def problem(self, problem: Problem, *, always: bool = False) -> None:
        """Print a problem; past the first few of a file only count it, unless `always`."""
        if not always:
            self._problems += 1
        if always or self._problems <= self.shown_per_file:
            self._print(f"claimwatch: {problem}")

    def warn(self, message: str) -> None:
        self._print(f"claimwatch: warning: {message}")

    def finish(self) -> None:
        hidden = self._problems - self.shown_per_file
        if hidden > 0:
            self._print(
                f"claimwatch: {self._name}: ... and {hidden:,} more problems like these "
                f"(the first {self.shown_per_file} are shown)"
            )
        if self._task is not None:
            self._progress.remove_task(self._task)
            self._task = None

    def _print(self, text: str) -> None:
        self.console.print(text, markup=False, highlight=False, soft_wrap=True)
