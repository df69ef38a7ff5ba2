"""Batches of posts into the store, with the extractor running ahead in worker processes.

Without workers a batch is stored (and extracted) as soon as it is full. With
workers, the texts of a batch that are new or changed go out to the pool and the
batch waits while the next one is read, so parsing, extracting and writing
overlap. Each batch is still one transaction through handlers.posts.store_posts:
raw posts and their claims land together or not at all.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.ingest.parallel import ExtractorPool
from bot.ingest.records import Problem, Record
from bot.ingest.report import Reporter, Summary
from db.posts import NewPost, Saved, known_texts
from db.store import Store
from extractors.claim import Claim
from handlers.posts import store_posts

log = logging.getLogger(__name__)

# Fewer texts than this to extract: not worth starting worker processes for.
MIN_PARALLEL = 200


@dataclass(slots=True)
class _Pending:
    posts: list[NewPost]
    records: list[Record]
    sent: list[NewPost]  # the posts whose texts went to the pool
    task: asyncio.Future[list[list[Claim] | None]] | None


class BatchWriter:
    def __init__(
        self,
        store: Store,
        sides: Mapping[int, str | None],
        summary: Summary,
        reporter: Reporter,
        *,
        extract: bool,
        workers: int,
    ) -> None:
        self.store = store
        self.sides = sides
        self.summary = summary
        self.reporter = reporter
        self.extract = extract
        self.workers = workers
        self._pool: ExtractorPool | None = None
        self._pool_tried = False
        self._pending: deque[_Pending] = deque()

    async def add(self, posts: list[NewPost], records: list[Record]) -> None:
        sent: list[NewPost] = []
        task: asyncio.Future[list[list[Claim] | None]] | None = None
        if self.extract and self.workers > 1:
            sent = await self._to_extract(posts)
            pool = await self._pool_for(len(sent))
            if pool is not None and sent:
                jobs = [(p.text, p.lang, self.sides.get(p.source_id)) for p in sent]
                task = asyncio.ensure_future(pool.extract(jobs))
            else:
                sent = []
        self._pending.append(_Pending(posts, records, sent, task))
        # With the pool at work, one batch stays in flight while the next is read.
        while len(self._pending) > (1 if self._pool is not None else 0):
            await self._store(self._pending.popleft())

    async def drain(self) -> None:
        while self._pending:
            await self._store(self._pending.popleft())

    def close(self) -> None:
        for pending in self._pending:
            if pending.task is not None:
                pending.task.cancel()
        self._pending.clear()
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    async def _to_extract(self, posts: Sequence[NewPost]) -> list[NewPost]:
        known = await known_texts(self.store.conn, ((p.source_id, p.ext_id) for p in posts))
        return [p for p in posts if known.get((p.source_id, p.ext_id)) != p.text]

    async def _pool_for(self, texts: int) -> ExtractorPool | None:
        if self._pool is None and not self._pool_tried and texts >= MIN_PARALLEL:
            self._pool_tried = True
            self._pool = await ExtractorPool.start(self.workers)
        return self._pool

    async def _store(self, pending: _Pending) -> None:
        derived: dict[NewPost, Sequence[Claim]] | None = None
        if pending.task is not None:
            try:
                results = await pending.task
                derived = {
                    post: claims
                    for post, claims in zip(pending.sent, results, strict=True)
                    if claims is not None
                }
            except Exception as exc:  # a worker died: extract here from now on
                log.warning("extractor workers failed (%s); extracting in this process", exc)
                if self._pool is not None:
                    self._pool.close()
                    self._pool = None
        try:
            saved = await self._save(pending.posts, derived)
        except sqlite3.Error as exc:
            log.info("batch failed (%s); storing its posts one by one", exc)
            saved = await self._one_by_one(pending, derived)
        for s in saved:
            self._count(s)

    async def _save(
        self, posts: list[NewPost], derived: Mapping[NewPost, Sequence[Claim]] | None
    ) -> list[Saved]:
        return await store_posts(
            self.store, posts, self.sides, extract=self.extract, derived=derived
        )

    async def _one_by_one(
        self, pending: _Pending, derived: Mapping[NewPost, Sequence[Claim]] | None
    ) -> list[Saved]:
        out: list[Saved] = []
        for post, record in zip(pending.posts, pending.records, strict=True):
            try:
                out.extend(await self._save([post], derived))
            except sqlite3.Error as exc:
                self.summary.errors += 1
                self.summary.rejected += 1
                self.reporter.problem(Problem(record.where, f"could not be stored: {exc}."))
        return out

    def _count(self, saved: Saved) -> None:
        if saved.status == "new":
            self.summary.new += 1
        elif saved.status == "changed":
            self.summary.changed += 1
        else:
            self.summary.unchanged += 1
        self.summary.claims += saved.claims
