"""`claimwatch ingest`: files and feed URLs -> records -> batches through handlers.posts.

Each batch of posts is stored raw together with its claims in one transaction
(handlers.posts.store_posts), so a crash loses at most the batch in flight and a
rerun stores it: known posts whose text is the same are skipped, changed ones
become new versions. Records are resolved to sources once per channel.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import aiosqlite
import httpx

from bot.config import Config
from bot.ingest.batches import BatchWriter
from bot.ingest.feed import read_feed
from bot.ingest.files import SNIFF_BYTES, CountingReader, open_input
from bot.ingest.jsonl import read_json_array, read_jsonl
from bot.ingest.records import Channel, FileProblem, Problem, Record
from bot.ingest.report import Reporter, Summary
from bot.ingest.sniff import detect
from bot.ingest.telegram_export import read_telegram_export
from bot.sources.http import FetchError, Http, make_client
from db.posts import NewPost
from db.sources import (
    Source,
    ensure_source,
    get_source,
    get_source_by_tg_id,
    normalise_handle,
    rename_source,
    set_tg_id,
    tme_link,
)
from db.store import Store

log = logging.getLogger(__name__)

DERIVED_PREFIX = "tg-"  # handles made up for export chats whose username is not known
_FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"


@dataclass(frozen=True)
class IngestOptions:
    channel: str | None = None  # names the channel of a one-channel export / bare lines
    side: str | None = None  # side of the channels when neither file nor database says
    lang: str | None = None  # language of the posts when the file does not say
    all_chats: bool = False  # a full-account export: groups and personal chats too
    extract: bool = True  # False: raw posts only, `claimwatch reextract` later
    batch_size: int = 500
    workers: int = 1  # processes running the extractor; 1: in this process


class _Conflict(Exception):
    """A channel of the file cannot be matched to the database without guessing."""


@dataclass(slots=True)
class _Resolved:
    source: Source | None  # None: the channel was refused, its posts are not stored


class Ingest:
    def __init__(
        self,
        store: Store,
        config: Config,
        reporter: Reporter,
        options: IngestOptions | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.store = store
        self.config = config
        self.reporter = reporter
        self.options = options or IngestOptions()
        self.summary = Summary(extracted=self.options.extract)
        self._transport = transport
        self._sources: dict[Channel, _Resolved] = {}
        self._sides: dict[int, str | None] = {}
        self._side_warned: set[int] = set()
        self._mainstream = frozenset(s.name.lower() for s in config.sources)
        self._writer = BatchWriter(
            store,
            self._sides,
            self.summary,
            reporter,
            extract=self.options.extract,
            workers=self.options.workers,
        )

    async def run(self, targets: list[str]) -> Summary:
        try:
            for target in targets:
                await self._target(target)
        finally:
            self._writer.close()
        return self.summary

    async def _target(self, target: str) -> None:
        before = self.summary.records
        self.reporter.start(target, _size(target))
        try:
            if target.startswith(("http://", "https://")):
                await self._url(target)
            else:
                await self._file(Path(target))
            self.summary.files += 1
        except FileProblem as exc:
            self.summary.errors += 1
            if self.summary.records > before:
                self.summary.files += 1  # a truncated file: what came before the cut is in
            else:
                self.summary.failed += 1
            self.reporter.problem(Problem(exc.where, exc.message), always=True)
        finally:
            self.reporter.finish()

    async def _file(self, path: Path) -> None:
        handle = open_input(path)
        try:
            try:
                head = handle.read(SNIFF_BYTES)
                handle.seek(0)
            except OSError as exc:
                raise FileProblem(str(path), f"cannot be read: {exc.strerror or exc}.") from exc
            fmt = detect(path, head)
            source = CountingReader(handle)
            opts = self.options
            records: Iterator[Record | Problem]
            if fmt == "telegram":
                records = read_telegram_export(
                    path, source, stats=self.summary.stats, channel=opts.channel,
                    all_chats=opts.all_chats,
                )  # fmt: skip
            elif fmt == "jsonl":
                records = read_jsonl(
                    path, source, stats=self.summary.stats, channel=opts.channel,
                    side=opts.side, mainstream=self._mainstream,
                )  # fmt: skip
            elif fmt == "json_array":
                records = read_json_array(
                    path, source, stats=self.summary.stats, channel=opts.channel,
                    side=opts.side, mainstream=self._mainstream,
                )  # fmt: skip
            else:
                data = handle.read()
                records = read_feed(
                    str(path), data, stats=self.summary.stats, channel=opts.channel,
                    side=opts.side, configured=self.config.sources,
                )  # fmt: skip
            await self._consume(records, source)
        finally:
            handle.close()

    async def _url(self, url: str) -> None:
        async with make_client(self.config.http, transport=self._transport) as client:
            try:
                fetched = await Http(client, self.config.http).get(url, accept=_FEED_ACCEPT)
            except FetchError as exc:
                raise FileProblem(url, f"could not be fetched ({exc}); check the address.") from exc
        records = read_feed(
            url, fetched.content, stats=self.summary.stats, url=fetched.url,
            content_type=fetched.content_type, channel=self.options.channel,
            side=self.options.side, configured=self.config.sources,
        )  # fmt: skip
        await self._consume(records, None)

    async def _consume(
        self, records: Iterator[Record | Problem], source: CountingReader | None
    ) -> None:
        batch: list[Record] = []
        read = 0
        size = self.options.batch_size
        try:
            for item in records:
                if isinstance(item, Problem):
                    self.summary.errors += 1
                    self.reporter.problem(item)
                    continue
                batch.append(item)
                read += 1
                if len(batch) >= size:
                    await self._flush(batch)
                    batch = []
                    self.reporter.advance(source.pos if source else 0, read)
        except OSError as exc:
            raise FileProblem(
                batch[-1].where if batch else "input", f"reading stopped: {exc.strerror or exc}."
            ) from exc
        finally:
            # What was read before a cut (a truncated file) still goes in.
            if batch:
                await self._flush(batch)
            await self._writer.drain()
            self.reporter.advance(source.pos if source else 0, read)

    async def _flush(self, batch: list[Record]) -> None:
        posts: list[NewPost] = []
        kept: list[Record] = []
        for record in batch:
            self.summary.records += 1
            src = await self._source(record.channel)
            if src is None:
                self.summary.rejected += 1
                continue
            posts.append(_post(record, src, self.options.lang))
            kept.append(record)
        if posts:
            await self._writer.add(posts, kept)

    async def _source(self, channel: Channel) -> Source | None:
        found = self._sources.get(channel)
        if found is None:
            try:
                async with self.store.transaction() as conn:
                    src = await self._resolve(conn, channel)
                self._sides[src.id] = src.side
                found = _Resolved(src)
                self._warn_side(src)
            except _Conflict as exc:
                self.summary.errors += 1
                self.reporter.problem(Problem(channel.title or channel.handle or "?", str(exc)))
                found = _Resolved(None)
            self._sources[channel] = found
        return found.source

    async def _resolve(self, conn: aiosqlite.Connection, ch: Channel) -> Source:
        defaults = self._configured(ch)
        side = ch.side or self.options.side or defaults.get("side")
        lang = ch.lang or self.options.lang or defaults.get("lang")
        title = ch.title or defaults.get("title")
        if ch.kind == "telegram" and ch.tg_id is not None:
            known = await get_source_by_tg_id(conn, ch.tg_id)
            if known is not None:
                if ch.handle and normalise_handle(ch.handle) != known.handle:
                    known = await self._rename(conn, known, ch.handle, ch.tg_id)
                return await ensure_source(
                    conn, "telegram", known.handle, title=title, side=side, lang=lang
                )
        handle = ch.handle or _derived_handle(ch)
        src = await ensure_source(
            conn, ch.kind, handle, title=title, side=side, lang=lang, url=ch.url
        )
        if ch.kind == "telegram" and ch.tg_id is not None:
            if src.tg_id is None:
                await set_tg_id(conn, src.id, ch.tg_id)
            elif src.tg_id != ch.tg_id:
                raise _Conflict(
                    f"@{src.handle} is stored with Telegram id {src.tg_id}, but this export's "
                    f"chat has id {ch.tg_id}; check --channel (leave it out to store the chat "
                    f"as {DERIVED_PREFIX}{ch.tg_id})."
                )
        return src

    async def _rename(
        self, conn: aiosqlite.Connection, known: Source, handle: str, tg_id: int
    ) -> Source:
        wanted = normalise_handle(handle)
        if not known.handle.startswith(DERIVED_PREFIX):
            raise _Conflict(
                f"this export's channel (Telegram id {tg_id}) is stored as @{known.handle}; "
                f"pass --channel {known.handle} or leave --channel out."
            )
        if await get_source(conn, "telegram", wanted) is not None:
            raise _Conflict(
                f"@{wanted} is already stored as another channel than this export's "
                f"(Telegram id {tg_id}, stored as {known.handle}); check --channel."
            )
        await rename_source(conn, known.id, wanted)
        self.reporter.warn(f"{known.handle} is now known as @{wanted}")
        renamed = await get_source(conn, "telegram", wanted)
        assert renamed is not None
        return renamed

    def _configured(self, ch: Channel) -> dict[str, str | None]:
        handle = normalise_handle(ch.handle) if ch.handle else None
        if handle is None:
            return {}
        if ch.kind == "telegram":
            for c in self.config.channels:
                if normalise_handle(c.username) == handle:
                    return {"side": c.side, "lang": c.lang, "title": c.title}
        else:
            for s in self.config.sources:
                if s.name.lower() == handle:
                    return {"side": s.side, "lang": s.lang, "title": s.title}
        return {}

    def _warn_side(self, src: Source) -> None:
        wanted = self.options.side
        if wanted and src.side and src.side != wanted and src.id not in self._side_warned:
            self._side_warned.add(src.id)
            self.reporter.warn(
                f"{src.handle} is stored with side {src.side}; --side {wanted} was not applied "
                "to it (a channel keeps the side it was first given)."
            )


def _size(target: str) -> int | None:
    return os.path.getsize(target) if os.path.isfile(target) else None


def _derived_handle(ch: Channel) -> str:
    if ch.tg_id is not None:
        return f"{DERIVED_PREFIX}{ch.tg_id}"
    return DERIVED_PREFIX + "_".join((ch.title or "unnamed").lower().split())


def _post(record: Record, src: Source, lang: str | None) -> NewPost:
    url = record.url
    if url is None and src.kind == "telegram":
        url = tme_link(src.handle, record.msg_id)
    return NewPost(
        source_id=src.id,
        ext_id=record.ext_id,
        text=record.text,
        kind=src.kind,
        msg_id=record.msg_id,
        date=record.date,
        url=url,
        lang=record.lang or lang or src.lang,
        raw=record.raw,
        grouped_id=record.grouped_id,
        edit_date=record.edit_date,
    )
