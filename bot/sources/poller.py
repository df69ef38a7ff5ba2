"""Poll mainstream sources: one, or all, each failure kept to its own source.

A source that fails or hangs is logged and its error recorded on its row
(`claimwatch sources` shows it); it is tried again on its next turn, and the
others go on. The scheduler calls `Poller.poll_source(name)` every
`every_minutes` of that source (see `schedule`), and nothing it calls raises.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import httpx

from bot.config import Config, ConfigError, Secrets, SourceConfig
from bot.sources.acled import API as ACLED_API
from bot.sources.acled import poll_acled
from bot.sources.base import Outcome, SourceError, SourceRun
from bot.sources.gdelt import API as GDELT_API
from bot.sources.gdelt import poll_gdelt
from bot.sources.http import FetchError, Http, make_client
from bot.sources.rss import FeedError
from bot.sources.rss_poll import poll_rss
from db.sources import (
    Source,
    ensure_source,
    get_source,
    record_error,
    record_success,
    set_http_cache,
)
from db.store import Store
from db.topics import apply_topics

log = logging.getLogger(__name__)

KIND = "mainstream"
POLLERS: dict[str, Callable[[SourceRun], Awaitable[Outcome]]] = {
    "rss": poll_rss,
    "gdelt": poll_gdelt,
    "acled": poll_acled,
}
DEFAULT_URLS = {"gdelt": GDELT_API, "acled": ACLED_API}
# Errors a source can cause; anything else is a bug, logged with its traceback,
# and still kept to that source.
EXPECTED = (FetchError, FeedError, SourceError, ConfigError)


@dataclass(frozen=True)
class PollResult:
    name: str
    ok: bool
    outcome: Outcome
    error: str | None = None
    first_error: bool = False  # the first failure since the last success: worth telling admins

    def summary(self) -> str:
        o = self.outcome
        if not self.ok:
            return f"failed: {self.error}"
        if o.not_modified:
            return "not modified"
        text = f"{o.fetched} items, {o.new} new, {o.changed} changed"
        return text + (f" (warning: {o.problem})" if o.problem else "")


Event = Callable[[str, str], None]  # (source name, message)


class Poller:
    """Holds the shared HTTP client; one per process."""

    def __init__(
        self,
        store: Store,
        config: Config,
        http: Http,
        secrets: Secrets | None = None,
        *,
        on_event: Event | None = None,
    ) -> None:
        self.store = store
        self.config = config
        self.http = http
        self.secrets = secrets if secrets is not None else Secrets.from_env()
        self.on_event = on_event or (lambda name, message: None)
        self._synced = False
        self._sync_lock = asyncio.Lock()

    @classmethod
    def create(
        cls,
        store: Store,
        config: Config,
        *,
        secrets: Secrets | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        on_event: Event | None = None,
    ) -> Poller:
        client = make_client(config.http, transport=transport)
        return cls(store, config, Http(client, config.http), secrets, on_event=on_event)

    async def aclose(self) -> None:
        await self.http.client.aclose()

    def source(self, name: str) -> SourceConfig:
        for src in self.config.sources:
            if src.name == name:
                return src
        known = ", ".join(s.name for s in self.config.sources) or "(none configured)"
        raise KeyError(f"no source named {name!r} in [[sources]]; known: {known}")

    async def sync(self) -> None:
        """Config sources and topics into the store (config wins), and a retag when the
        topics changed; done once per process, before the first poll."""
        async with self.store.transaction() as conn:
            for src in self.config.sources:
                await ensure_source(
                    conn,
                    KIND,
                    src.name,
                    title=src.title,
                    side=src.side,
                    lang=src.lang,
                    url=src.url or DEFAULT_URLS.get(src.kind),
                    origin="config",
                )
        # A topic added or changed while the bot was down reaches the stored posts.
        _, result = await apply_topics(self.store, self.config.topics, self.config.tz)
        if result is not None:
            log.info(
                "topics changed; retagged %d posts (+%d -%d tags)",
                result.posts,
                result.added,
                result.removed,
            )
        self._synced = True

    async def poll_source(self, name: str) -> PollResult:
        """Poll one configured source now. Never raises (but for cancellation)."""
        try:
            # The scheduler starts every source's first poll at once: sync only once.
            async with self._sync_lock:
                if not self._synced:
                    await self.sync()
            src = self.source(name)
            row = await get_source(self.store.conn, KIND, src.name)
            if row is None:
                raise SourceError("source missing from the database after sync")
        except (KeyError, SourceError) as exc:
            return PollResult(name, False, Outcome(), str(exc).strip("'\""))
        except Exception as exc:  # e.g. the database is locked: report, try next turn
            log.exception("source %s: could not prepare the poll", name)
            return PollResult(
                name, False, Outcome(), f"internal error: {type(exc).__name__}: {exc}"
            )
        return await self._poll(src, row)

    async def poll_all(
        self, names: Sequence[str] | None = None, *, concurrency: int = 4
    ) -> list[PollResult]:
        """Poll several sources at once (all configured ones by default), in config order."""
        wanted = list(names) if names is not None else [s.name for s in self.config.sources]
        gate = asyncio.Semaphore(concurrency)

        async def one(name: str) -> PollResult:
            async with gate:
                return await self.poll_source(name)

        return list(await asyncio.gather(*(one(n) for n in wanted)))

    async def _poll(self, src: SourceConfig, row: Source) -> PollResult:
        run = SourceRun(
            self.store,
            self.http,
            self.config,
            self.secrets,
            src,
            row,
            say=lambda message: self.on_event(src.name, message),
        )
        self.on_event(src.name, "polling")
        try:
            outcome = await POLLERS[src.kind](run)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # one source's failure must never reach the others
            if isinstance(exc, EXPECTED):
                message = str(exc)
                log.warning("source %s failed: %s", src.name, message)
            else:
                message = f"internal error: {type(exc).__name__}: {exc}"
                log.exception("source %s failed with an unexpected error", src.name)
            async with self.store.transaction() as conn:
                first = await record_error(conn, row.id, message)
            self.on_event(src.name, f"failed: {message}")
            return PollResult(src.name, False, Outcome(), message, first)
        async with self.store.transaction() as conn:
            if not outcome.not_modified and (outcome.etag or outcome.last_modified or row.etag):
                await set_http_cache(conn, row.id, outcome.etag, outcome.last_modified)
            await record_success(conn, row.id, outcome.new + outcome.changed)
            first = False
            if outcome.problem:
                first = await record_error(conn, row.id, f"partly: {outcome.problem}")
        result = PollResult(src.name, True, outcome, None, first)
        self.on_event(src.name, result.summary())
        return result


def schedule(config: Config) -> list[tuple[str, int]]:
    """(source name, every_minutes) for each configured source: the scheduler's jobs."""
    return [(s.name, s.every_minutes) for s in config.sources]
