"""The extractor in worker processes, so that a long ingest uses every core.

Parsing and the database stay in the main process; texts go out to the workers
in chunks and claims come back. Workers exit on their own as soon as the main
process is gone, even after a SIGKILL, so no orphan keeps running or keeps a
pipe open. The pool is only used when the workers report the same extractor
version as the main process.

On Linux the workers are forked: they start at once with the modules already
imported and share their pages. The main process has a database thread then,
which fork does not copy; that is safe because a worker only ever runs the pure
extractor (no sqlite, no asyncio, no logging handlers of the parent's threads).
Elsewhere they are spawned.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor

import extractors
from extractors.claim import Claim

log = logging.getLogger(__name__)

Job = tuple[str, str | None, str | None]  # text, lang, channel side


def _watch_parent(parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)  # the main process died: nothing left to extract for

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _extract_many(jobs: list[Job]) -> list[list[Claim] | None]:
    out: list[list[Claim] | None] = []
    for text, lang, side in jobs:
        try:
            out.append(extractors.extract(text, lang=lang, channel_side=side))
        except Exception:
            out.append(None)  # the main process runs it again, and logs why it fails
    return out


def _version() -> str:
    return extractors.EXTRACTOR_VERSION


class ExtractorPool:
    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn"),
            initializer=_watch_parent,
            initargs=(os.getpid(),),
        )

    @classmethod
    async def start(cls, workers: int) -> ExtractorPool | None:
        """A pool whose workers run this process's extractor version, else None."""
        pool = cls(workers)
        loop = asyncio.get_running_loop()
        try:
            theirs = await loop.run_in_executor(pool._pool, _version)
        except Exception as exc:  # no processes on this system, a broken install...
            log.info("extracting in this process: worker processes failed (%s)", exc)
            pool.close()
            return None
        if theirs != extractors.EXTRACTOR_VERSION:
            log.info(
                "extracting in this process: workers run extractor %s, this process %s",
                theirs,
                extractors.EXTRACTOR_VERSION,
            )
            pool.close()
            return None
        return pool

    async def extract(self, jobs: list[Job]) -> list[list[Claim] | None]:
        """Claims per job, in order; None where the extractor raised."""
        loop = asyncio.get_running_loop()
        size = -(-len(jobs) // self.workers)
        chunks = [jobs[i : i + size] for i in range(0, len(jobs), size)]
        results = await asyncio.gather(
            *(loop.run_in_executor(self._pool, _extract_many, chunk) for chunk in chunks)
        )
        return [claims for chunk in results for claims in chunk]

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
