"""The store: one SQLite file in WAL mode, opened and migrated in one place."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiosqlite

from db.migrations import MIGRATIONS, latest_version

BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The database file cannot be used as it is; the message says why and what to do."""


class Store:
    """An open database. Writes go through `transaction()`, one at a time."""

    def __init__(self, conn: aiosqlite.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        self._write_lock = asyncio.Lock()

    @property
    def write_lock(self) -> asyncio.Lock:
        """Held during every write of this store. Code that writes the same file through
        another connection (APScheduler's job store) takes it too, or the two writers
        wait on each other's busy timeout."""
        return self._write_lock

    @classmethod
    async def open(cls, path: str | Path, *, migrate: bool = True) -> Store:
        path = str(path)
        if path != ":memory:":
            _check_folder(path)
        try:
            conn = await aiosqlite.connect(path, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open the database: {exc}") from exc
        conn.row_factory = aiosqlite.Row
        store = cls(conn, path)
        try:
            await store._configure()
            if migrate:
                await store.migrate()
        except BaseException:
            await conn.close()
            raise
        return store

    async def _configure(self) -> None:
        try:
            await self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = await (await self.conn.execute("PRAGMA journal_mode = WAL")).fetchone()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: not a claimwatch database ({exc}); pass another --db."
            ) from exc
        if self.path != ":memory:" and mode is not None and str(mode[0]).lower() != "wal":
            raise StoreError(f"{self.path}: cannot switch the file to WAL mode (got {mode[0]}).")
        await self.conn.execute("PRAGMA foreign_keys = ON")
        # WAL makes NORMAL durable across a process crash; only power loss can drop the tail.
        await self.conn.execute("PRAGMA synchronous = NORMAL")

    async def version(self) -> int:
        row = await (await self.conn.execute("PRAGMA user_version")).fetchone()
        return int(row[0]) if row else 0

    async def migrate(self) -> list[str]:
        """Bring the file up to the latest schema; return the names of the steps applied.

        The version is read inside the write transaction of each step, so two
        processes opening a new file at once apply every step exactly once.
        """
        latest = latest_version()
        applied: list[str] = []
        while True:
            async with self.transaction():
                current = await self.version()
                if current > latest:
                    raise StoreError(
                        f"{self.path}: the database is at schema version {current}, newer than "
                        f"this claimwatch understands ({latest}); upgrade claimwatch, "
                        "or pass another --db."
                    )
                if current == latest:
                    return applied
                step = MIGRATIONS[current]
                for statement in _statements(step.sql):
                    await self.conn.execute(statement)
                await self.conn.execute(f"PRAGMA user_version = {current + 1}")
            applied.append(step.name)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction at a time; commits on success, rolls back on any error."""
        async with self._write_lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            else:
                await self.conn.execute("COMMIT")

    async def close(self) -> None:
        await self.conn.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def _check_folder(path: str) -> None:
    parent = Path(path).expanduser().resolve().parent
    if not parent.is_dir():
        raise StoreError(
            f"{path}: the folder {parent} does not exist; create it or pass another --db."
        )


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (complete_statement knows about strings)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
