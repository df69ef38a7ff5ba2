"""Progress bars for backfills: rich on a terminal, silent under systemd and in tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)


class Bar(Protocol):
    def set_total(self, total: int | None) -> None: ...
    def set_done(self, done: int) -> None: ...


BarFactory = Callable[[str], AbstractContextManager[Bar]]


class NullBar:
    def set_total(self, total: int | None) -> None:
        pass

    def set_done(self, done: int) -> None:
        pass


@contextmanager
def no_bar(description: str) -> Iterator[Bar]:
    del description
    yield NullBar()


class _RichBar:
    def __init__(self, progress: Progress, task: TaskID) -> None:
        self._progress = progress
        self._task = task

    def set_total(self, total: int | None) -> None:
        self._progress.update(self._task, total=total)

    def set_done(self, done: int) -> None:
        self._progress.update(self._task, completed=done)


@contextmanager
def terminal_bar(description: str) -> Iterator[Bar]:
    """A bar on stderr when it is a terminal; nothing otherwise (logs say what happened)."""
    console = Console(stderr=True)
    if not console.is_terminal:
        yield NullBar()
        return
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console) as progress:
        task = progress.add_task(description, total=None)
        yield _RichBar(progress, task)
