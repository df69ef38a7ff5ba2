"""Catch-up and gap fill: read every watched channel after its cursor.

Each channel's cursor is the last message id stored with nothing missing before
it. A sweep reads everything after the cursor, oldest first, and stores it in
batches; each batch moves the cursor in its own commit, so a crash or a kill
resumes exactly where the last commit ended. A post that the live events
already stored is found unchanged and costs nothing.

The first sight of a channel (no cursor) backfills `telegram.backfill_days`
days, at most `telegram.backfill_posts` posts. A FloodWait up to
`telegram.flood_wait_cap` seconds is slept in place; a longer one defers the
channel to a later sweep. A channel that went private, was renamed or banned
is reported to the admins once and skipped; the others go on. A lost
connection ends the sweep with the error, for the runner to reconnect.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal

from telethon import errors, functions
from telethon.tl import types

from bot.config import TelegramConfig
from bot.telegram import NETWORK_ERRORS
from bot.telegram.app import Watched, Watchlist
from bot.telegram.convert import is_post
from bot.telegram.progress import Bar, BarFactory, no_bar
from db.channels import claim_tg_id, set_title_if_missing, watched_sources
from db.sources import Source, get_source_by_id, record_error, record_success
from db.store import Store
from handlers.channel_posts import store_messages
from handlers.commands.html import Html, fmt

log = logging.getLogger(__name__)

BATCH = 100  # messages per commit: one cursor step
MAX_FLOOD_SLEEPS = 3  # per channel and sweep, then the channel waits for the next sweep

# Errors that will not pass by waiting: report once, skip the channel.
PERMANENT: dict[type[Exception], str] = {
    errors.ChannelPrivateError: "the channel is private now, or this account was banned from it",
    errors.ChannelInvalidError: "Telegram says the channel is invalid (deleted?)",
    errors.ChannelBannedError: "the channel is banned",
    errors.ChatForbiddenError: "this account may not read the channel",
    errors.UsernameNotOccupiedError: "no channel has this username any more (renamed or deleted?)",
    errors.UsernameInvalidError: "the username is not valid",
}

Notify = Callable[[Html], Awaitable[None]]
Status = Literal["ok", "deferred", "failed"]


class ChannelProblem(Exception):
    """A channel that cannot be read until someone acts; the message says why."""


@dataclass
class ChannelResult:
    handle: str
    status: Status = "ok"
    new: int = 0
    changed: int = 0
    read: int = 0
    cursor: int | None = None
    problem: str | None = None


@dataclass(frozen=True)
class Probe:
    """What Telegram says of a username, for /watch: the channel, or why not."""

    tg_id: int | None = None
    title: str | None = None
    problem: str | None = None
    transient: bool = False  # a flood wait or no network: it may work later


def describe(exc: BaseException) -> str | None:
    for kind, text in PERMANENT.items():
        if isinstance(exc, kind):
            return text
    if isinstance(exc, ValueError):  # Telethon's "No user has X as username" and kin
        return "no channel has this username any more (renamed or deleted?)"
    return None


def _same_album(a: Any, b: Any) -> bool:
    gid = getattr(a, "grouped_id", None)
    return gid is not None and gid == getattr(b, "grouped_id", None)


class Sweeper:
    def __init__(
        self,
        store: Store,
        client: Any,
        config: TelegramConfig,
        *,
        watchlist: Watchlist | None = None,
        notify: Notify | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        bar: BarFactory = no_bar,
        batch: int = BATCH,
    ) -> None:
        self.store = store
        self.client = client
        self.config = config
        self.watchlist = watchlist
        self.notify = notify
        self.sleep = sleep
        self.clock = clock
        self.now = now
        self.bar = bar
        self.batch = batch
        self.deferred: dict[int, float] = {}  # source id -> clock time it may be read again
        self._lock = asyncio.Lock()

    # --- entry points ---

    async def sweep_all(self) -> list[ChannelResult]:
        """Every watched channel, one after another; a lost connection propagates."""
        async with self._lock:
            sources = await watched_sources(self.store.conn)
            results = [await self._sweep(s) for s in sources]
        if self.watchlist is not None:
            await self.watchlist.reload(self.store)
        return results

    async def sweep_one(self, source_id: int) -> ChannelResult:
        async with self._lock:
            source = await get_source_by_id(self.store.conn, source_id)
            if source is None:
                return ChannelResult(str(source_id), "failed", problem="unknown source")
            result = await self._sweep(source)
        if self.watchlist is not None:
            await self.watchlist.reload(self.store)
        return result

    async def probe(self, handle: str) -> Probe:
        try:
            entity = await self.client.get_entity(handle)
        except errors.FloodWaitError as exc:
            return Probe(problem=f"a flood wait of {exc.seconds} s", transient=True)
        except NETWORK_ERRORS as exc:
            return Probe(problem=f"no connection ({type(exc).__name__})", transient=True)
        except (errors.RPCError, ValueError) as exc:
            return Probe(problem=describe(exc) or type(exc).__name__)
        if not isinstance(entity, types.Channel):
            return Probe(problem="it is a user or a bot, not a channel")
        return Probe(tg_id=int(entity.id), title=entity.title)

    async def backfill(self, source_id: int, since: dt.datetime) -> ChannelResult:
        """Everything from `since` on, oldest first (claimwatch backfill).

        A flood wait under the cap is slept and the read resumes after the last
        stored message; a longer one propagates (run the command again later).
        """
        async with self._lock:
            source = await get_source_by_id(self.store.conn, source_id)
            assert source is not None
            result = ChannelResult(source.handle)
            # A one-off read of a channel nobody watches does not join it.
            watched = source.active and source.origin in ("config", "bot")
            entity = await self._entity(source, join=watched)
            source = await get_source_by_id(self.store.conn, source_id)
            assert source is not None
            newest = await self._newest_id(entity)
            cursor = source.cursor
            first: int | None = None
            last: int | None = None
            with self.bar(f"@{source.handle} since {since:%Y-%m-%d}") as bar:
                while True:
                    if last is None:
                        messages = self.client.iter_messages(
                            entity, reverse=True, offset_date=since
                        )
                    else:
                        messages = self.client.iter_messages(entity, reverse=True, min_id=last)
                    try:
                        async for batch in self._batches(messages):
                            if first is None:
                                first = int(batch[0].id)
                                bar.set_total(max(newest - first + 1, 1))
                            top = max(int(m.id) for m in batch)
                            # The cursor moves only when nothing lies between it and this read.
                            joined = cursor is None or first <= cursor + 1
                            await self._store(source, batch, result, top if joined else None)
                            last = top
                            bar.set_done(top - first + 1)
                        return result
                    except errors.FloodWaitError as exc:
                        if exc.seconds > self.config.flood_wait_cap:
                            raise
                        log.info("@%s: flood wait of %s s; sleeping", source.handle, exc.seconds)
                        await self.sleep(exc.seconds)

    # --- one channel ---

    async def _sweep(self, source: Source) -> ChannelResult:
        result = ChannelResult(source.handle)
        until = self.deferred.get(source.id)
        if until is not None and self.clock() < until:
            result.status = "deferred"
            return result
        self.deferred.pop(source.id, None)
        sleeps = 0
        while True:
            try:
                await self._read(source.id, result)
                async with self.store.transaction() as conn:
                    await record_success(conn, source.id)
                return result
            except errors.FloodWaitError as exc:
                sleeps += 1
                if exc.seconds > self.config.flood_wait_cap or sleeps > MAX_FLOOD_SLEEPS:
                    self.deferred[source.id] = self.clock() + exc.seconds
                    log.warning(
                        "@%s: flood wait of %s s; retried later", source.handle, exc.seconds
                    )
                    result.status = "deferred"
                    return result
                log.info("@%s: flood wait of %s s; sleeping", source.handle, exc.seconds)
                await self.sleep(exc.seconds)
            except ChannelProblem as exc:
                return await self._fail(source, result, str(exc))
            except errors.RPCError as exc:
                return await self._fail(source, result, describe(exc) or type(exc).__name__)

    async def _fail(self, source: Source, result: ChannelResult, problem: str) -> ChannelResult:
        result.status, result.problem = "failed", problem
        async with self.store.transaction() as conn:
            first = await record_error(conn, source.id, problem)
        log.warning("@%s skipped: %s", source.handle, problem)
        if first and self.notify is not None:
            await self.notify(
                fmt(
                    "@{} is skipped: {}. The other channels go on; /channels shows it.",
                    source.handle,
                    problem,
                )
            )
        return result

    async def _read(self, source_id: int, result: ChannelResult) -> None:
        source = await get_source_by_id(self.store.conn, source_id)  # the cursor as committed
        assert source is not None
        entity = await self._entity(source)
        source = await get_source_by_id(self.store.conn, source_id)
        assert source is not None
        if source.cursor is None:
            await self._first_sight(source, entity, result)
            return
        async for batch in self._batches(
            self.client.iter_messages(entity, min_id=source.cursor, reverse=True)
        ):
            await self._store(source, batch, result, max(int(m.id) for m in batch))

    async def _first_sight(self, source: Source, entity: Any, result: ChannelResult) -> None:
        tg = self.config
        cutoff = self.now() - dt.timedelta(days=tg.backfill_days) if tg.backfill_days else None
        collected: list[Any] = []
        top = 0
        if tg.backfill_days or tg.backfill_posts:
            posts: set[int] = set()  # an album counts as one post
            async for m in self.client.iter_messages(entity):
                top = max(top, int(m.id))
                if cutoff is not None and m.date is not None and m.date < cutoff:
                    break
                key = getattr(m, "grouped_id", None) or -int(m.id)
                if tg.backfill_posts and len(posts) >= tg.backfill_posts and key not in posts:
                    break
                collected.append(m)
                if is_post(m):
                    posts.add(key)
        else:
            top = await self._newest_id(entity)
        collected.reverse()
        log.info("@%s: first sight, backfilling %d posts", source.handle, len(collected))
        with self.bar(f"@{source.handle} backfill") as bar:
            bar.set_total(len(collected))
            done = 0
            for i in range(0, len(collected), self.batch):
                batch = collected[i : i + self.batch]
                await self._store(source, batch, result, max(int(m.id) for m in batch))
                done += len(batch)
                bar.set_done(done)
        # Past the newest message seen, even a service one or one before the cutoff.
        await self._store(source, [], result, top)

    # --- helpers ---

    async def _batches(self, messages: AsyncIterator[Any]) -> AsyncIterator[list[Any]]:
        """Pages of `batch` messages, never ending inside an album."""
        buf: list[Any] = []
        async for m in messages:
            if len(buf) >= self.batch and not _same_album(buf[-1], m):
                yield buf
                buf = []
            buf.append(m)
        if buf:
            yield buf

    async def _store(
        self, source: Source, batch: list[Any], result: ChannelResult, advance_to: int | None
    ) -> None:
        channel = Watched.of(source)
        stored = await store_messages(self.store, channel, batch, advance_to=advance_to)
        result.new += stored.new
        result.changed += stored.changed
        result.read += len(batch)
        if advance_to is not None:
            result.cursor = max(result.cursor or 0, advance_to)

    async def _newest_id(self, entity: Any) -> int:
        async for m in self.client.iter_messages(entity, limit=1):
            return int(m.id)
        return 0

    async def _entity(self, source: Source, *, join: bool = True) -> Any:
        """The channel to read: by id once known (no username lookup), else by username."""
        if source.tg_id is not None:
            try:
                return await self.client.get_input_entity(types.PeerChannel(source.tg_id))
            except ValueError:
                pass  # not in this session's cache: look the username up again
        try:
            entity = await self.client.get_entity(source.handle)
        except (errors.RPCError, ValueError) as exc:
            if isinstance(exc, errors.FloodWaitError):
                raise
            problem = describe(exc)
            if problem is None:
                raise
            raise ChannelProblem(problem) from exc
        if not isinstance(entity, types.Channel):
            raise ChannelProblem("the username is a user or a bot, not a channel")
        async with self.store.transaction() as conn:
            other = await claim_tg_id(conn, source.id, int(entity.id))
            if other is not None:
                raise ChannelProblem(f"it is the channel already watched as @{other.handle}")
            if entity.title:
                await set_title_if_missing(conn, source.id, entity.title)
        if self.watchlist is not None:
            await self.watchlist.reload(self.store)  # its live events count from now on
        if join and self.config.join_channels and getattr(entity, "left", False):
            await self._join(source, entity)
        return entity

    async def _join(self, source: Source, entity: Any) -> None:
        """Telegram pushes updates only for joined channels; without it, sweeps still read."""
        try:
            await self.client(functions.channels.JoinChannelRequest(entity))
            log.info("@%s: joined, so its posts arrive as they are published", source.handle)
        except errors.RPCError as exc:
            log.warning(
                "@%s: could not join (%s); it is read by the sweeps only, join it by hand",
                source.handle,
                type(exc).__name__,
            )


__all__ = ["Bar", "ChannelProblem", "ChannelResult", "Probe", "Sweeper", "describe"]
