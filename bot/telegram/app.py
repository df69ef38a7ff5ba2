"""The running process as one object: config, store, both clients, hooks and background tasks.

Handlers receive the `App` and reach everything through it. Parts that live
beside the clients plug in without touching the runner:

    app.on_startup(start_scheduler)      # async def start_scheduler(app: App) -> None
    app.on_shutdown(stop_scheduler)      # run in reverse order, each one guarded
    app.spawn(some_loop(app), "name")    # a background task, cancelled on shutdown

Startup hooks run after both clients are connected and the first sweep has
been scheduled; shutdown hooks run before the clients disconnect, so a hook
may still send a last message.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.config import Config
from db.sources import Source
from db.store import Store

if TYPE_CHECKING:
    from bot.telegram.sweep import Sweeper
    from handlers.commands.html import Html

log = logging.getLogger(__name__)

Hook = Callable[["App"], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Watched:
    """What a handler needs to know of a watched channel, without a database round trip."""

    source_id: int
    handle: str
    tg_id: int | None
    side: str | None
    lang: str | None

    @classmethod
    def of(cls, source: Source) -> Watched:
        return cls(source.id, source.handle, source.tg_id, source.side, source.lang)


class Watchlist:
    """Watched channels by Telegram channel id (bare, positive) and by source id."""

    def __init__(self, channels: list[Watched] | None = None) -> None:
        self._by_tg: dict[int, Watched] = {}
        self._by_source: dict[int, Watched] = {}
        self.replace(channels or [])

    def replace(self, channels: list[Watched]) -> None:
        self._by_source = {w.source_id: w for w in channels}
        self._by_tg = {w.tg_id: w for w in channels if w.tg_id is not None}

    async def reload(self, store: Store) -> None:
        from db.channels import watched_sources

        self.replace([Watched.of(s) for s in await watched_sources(store.conn)])

    def by_tg_id(self, tg_id: int) -> Watched | None:
        return self._by_tg.get(tg_id)

    def __len__(self) -> int:
        return len(self._by_source)

    def __iter__(self) -> Any:
        return iter(list(self._by_source.values()))


@dataclass
class App:
    config: Config
    store: Store
    user: Any = None  # the Telethon user client that reads channels (or a fake in tests)
    bot: Any = None  # the Telethon bot client that answers commands and sends digests
    watchlist: Watchlist = field(default_factory=Watchlist)
    sweeper: Sweeper | None = None
    bot_username: str | None = None  # set on start; lets "/cmd@otherbot" be ignored
    started_at: float = field(default_factory=time.time)
    extras: dict[str, Any] = field(default_factory=dict)  # room for other parts' state
    _startup: list[Hook] = field(default_factory=list)
    _shutdown: list[Hook] = field(default_factory=list)
    _tasks: set[asyncio.Task[Any]] = field(default_factory=set)

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.config.telegram.admins

    def on_startup(self, hook: Hook) -> None:
        self._startup.append(hook)

    def on_shutdown(self, hook: Hook) -> None:
        self._shutdown.append(hook)

    async def run_startup(self) -> None:
        for hook in self._startup:
            await hook(self)

    async def run_shutdown(self) -> None:
        for hook in reversed(self._shutdown):
            try:
                await hook(self)
            except Exception:
                log.exception("shutdown hook %s failed", getattr(hook, "__name__", hook))

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
        """A background task owned by the app: errors are logged, shutdown cancels it."""
        task = asyncio.get_running_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background task %s failed", task.get_name(), exc_info=task.exception())

    async def cancel_tasks(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def notify_admins(self, text: Html) -> None:
        """Tell every admin through the bot; a failure to reach one is logged, never raised."""
        if self.bot is None:
            log.warning("no bot client to tell the admins: %s", text)
            return
        for admin in self.config.telegram.admins:
            try:
                await self.bot.send_message(admin, text, parse_mode="html", link_preview=False)
            except Exception as exc:  # one unreachable admin must not stop the rest
                log.warning("could not notify admin %s: %s", admin, type(exc).__name__)
