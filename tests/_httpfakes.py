"""Small real servers on 127.0.0.1 for the failures pytest-httpserver cannot stage:
a server that never answers, one that cuts the body short, one that streams 50 MB."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import httpx

from bot.config import Config, Secrets, parse_config
from bot.sources.http import Http, make_client
from bot.sources.poller import Poller
from db.sources import Source, get_source
from db.store import Store

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


@dataclass
class RawServer:
    url: str
    requests: int = 0
    sent: int = 0  # body bytes the handler managed to write
    done: list[bool] = field(default_factory=list)


@asynccontextmanager
async def raw_server(
    handler: Callable[[RawServer, asyncio.StreamWriter], Awaitable[None]],
) -> AsyncIterator[RawServer]:
    state = RawServer(url="")

    async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # Read the request head, then let the scenario answer (or not).
        try:
            while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                pass
            state.requests += 1
            await handler(state, writer)
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(on_connect, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    state.url = f"http://127.0.0.1:{port}/"
    try:
        yield state
    finally:
        server.close()
        # Handlers still blocked (a silent server) are cancelled with the loop's tasks.


async def never_answers(state: RawServer, writer: asyncio.StreamWriter) -> None:
    await asyncio.sleep(3600)


async def truncated(state: RawServer, writer: asyncio.StreamWriter) -> None:
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item>'
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
        b"Content-Length: 100000\r\n\r\n" + body
    )
    await writer.drain()


def streams(
    total: int, chunk: int = 64 * 1024, content_type: bytes = b"application/xml"
) -> Callable[[RawServer, asyncio.StreamWriter], Awaitable[None]]:
    """A chunked body of `total` bytes, written lazily: it stops when the client hangs up."""

    async def handler(state: RawServer, writer: asyncio.StreamWriter) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type + b"\r\n"
            b"Transfer-Encoding: chunked\r\n\r\n"
        )
        piece = b"<" + b"x" * (chunk - 2) + b">"
        while state.sent < total:
            writer.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
            await writer.drain()
            state.sent += len(piece)
        writer.write(b"0\r\n\r\n")
        await writer.drain()
        state.done.append(True)

    return handler


# --- a poller wired to a real store and local servers, without back-off waits ---


async def _no_sleep(seconds: float) -> None:
    return None


def make_config(sources_toml: str, topics_toml: str = "") -> Config:
    text = (
        "[http]\nuser_agent = 'claimwatch-test'\ntimeout_seconds = 0.5\nretries = 1\n"
        "max_bytes = 1000000\n" + sources_toml + topics_toml
    )
    return parse_config(text, "test.toml")


def make_poller(
    store: Store,
    config: Config,
    secrets: Secrets | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Poller:
    client = make_client(config.http, transport=transport)
    http = Http(client, config.http, sleep=_no_sleep)
    return Poller(store, config, http, secrets or Secrets.from_env({}))


async def source_row(store: Store, name: str) -> Source:
    row = await get_source(store.conn, "mainstream", name)
    assert row is not None
    return row


async def post_rows(store: Store, source_id: int | None = None) -> list[dict[str, object]]:
    sql = "SELECT * FROM posts" + (" WHERE source_id = ?" if source_id else "") + " ORDER BY id"
    cur = await store.conn.execute(sql, (source_id,) if source_id else ())
    return [dict(r) for r in await cur.fetchall()]
