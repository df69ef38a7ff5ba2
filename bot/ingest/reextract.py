"""Derive claims again for stored posts: after raw-only ingest or an extractor upgrade.

Works through the current version of each post in batches, each batch one
transaction: the old live claims of a version are marked superseded (never
deleted), the new ones stored, and the version marked with the extractor
version that ran. An interrupted run therefore resumes where it stopped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import extractors
from bot.ingest.batches import MIN_PARALLEL
from bot.ingest.parallel import ExtractorPool
from db.claims import ToExtract, count_to_extract, next_to_extract, replace_claims
from db.store import Store
from extractors.claim import Claim

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (done, total)


@dataclass
class ReextractSummary:
    posts: int = 0
    claims: int = 0
    superseded: int = 0
    failed: int = 0  # posts the extractor raised on (kept as they were)
    extractor_version: str = ""


def _extract(item: ToExtract) -> list[Claim]:
    return extractors.extract(item.text, lang=item.lang, channel_side=item.side)


async def pending(store: Store, *, redo_all: bool = False, source_ids: Sequence[int] = ()) -> int:
    return await count_to_extract(
        store.conn, extractors.EXTRACTOR_VERSION, redo_all=redo_all, source_ids=source_ids
    )


async def reextract(
    store: Store,
    *,
    redo_all: bool = False,
    source_ids: Sequence[int] = (),
    batch: int = 500,
    workers: int = 1,
    progress: Progress | None = None,
) -> ReextractSummary:
    """Run the current extractor over the current version of every post it has not seen
    (with `redo_all`, over all of them).

    A batch is read, extracted outside any transaction (in `workers` processes when
    there are enough posts), then written in one short transaction, so a live bot
    writing to the same file is held up only for the write.
    """
    version = extractors.EXTRACTOR_VERSION
    summary = ReextractSummary(extractor_version=version)
    total = await pending(store, redo_all=redo_all, source_ids=source_ids)
    pool = await ExtractorPool.start(workers) if workers > 1 and total >= MIN_PARALLEL else None
    after = 0
    try:
        while items := await next_to_extract(
            store.conn, version, after=after, limit=batch, redo_all=redo_all, source_ids=source_ids
        ):
            results = await _run(items, pool)
            done: list[tuple[ToExtract, Sequence[Claim]]] = []
            for item, claims in zip(items, results, strict=True):
                if claims is None:
                    summary.failed += 1
                else:
                    done.append((item, claims))
            async with store.transaction() as conn:
                summary.superseded += await replace_claims(conn, done, version)
            after = items[-1].post_id
            summary.posts += len(done)
            summary.claims += sum(len(c) for _, c in done)
            if progress is not None:
                progress(min(summary.posts + summary.failed, total), total)
    finally:
        if pool is not None:
            pool.close()
    return summary


async def _run(items: list[ToExtract], pool: ExtractorPool | None) -> list[list[Claim] | None]:
    if pool is not None:
        results = await pool.extract([(i.text, i.lang, i.side) for i in items])
    else:
        results = [None] * len(items)
    out: list[list[Claim] | None] = []
    for item, claims in zip(items, results, strict=True):
        if claims is None:  # not extracted yet, or a worker's extractor raised: try here
            try:
                claims = _extract(item)
            except Exception:
                # One text the extractor cannot handle must not stop the rest.
                log.exception("extractor failed on post %d", item.post_id)
        out.append(claims)
    return out
