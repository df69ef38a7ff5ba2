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
    progress: Progress | None = None,
) -> ReextractSummary:
    """Run the current extractor over the current version of every post it has not seen
    (with `redo_all`, over all of them)."""
    version = extractors.EXTRACTOR_VERSION
    summary = ReextractSummary(extractor_version=version)
    total = await pending(store, redo_all=redo_all, source_ids=source_ids)
    after = 0
    while True:
        async with store.transaction() as conn:
            items = await next_to_extract(
                conn, version, after=after, limit=batch, redo_all=redo_all, source_ids=source_ids
            )
            if not items:
                break
            done: list[tuple[ToExtract, Sequence[Claim]]] = []
            for item in items:
                try:
                    done.append((item, _extract(item)))
                except Exception:
                    # One text the extractor cannot handle must not stop the rest.
                    log.exception("extractor failed on post %d", item.post_id)
                    summary.failed += 1
            summary.superseded += await replace_claims(conn, done, version)
        after = items[-1].post_id
        summary.posts += len(done)
        summary.claims += sum(len(c) for _, c in done)
        if progress is not None:
            progress(min(summary.posts + summary.failed, total), total)
    return summary
