"""The one HTTP client every mainstream source shares, and a careful GET on top of it.

Timeouts, a User-Agent, retries with back-off, conditional GET (ETag and
Last-Modified) and a size cap that stops reading at `max_bytes` instead of
holding a huge body in memory. Tests pass a transport (httpx.MockTransport) or
point the client at a local server; the code path is the real one.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import logging
import random
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from bot.config import HttpConfig

log = logging.getLogger(__name__)

# httpx logs every request URL at INFO; ACLED wants its key in the query string, so
# those lines would put a secret in the logs. Our own log lines redact instead.
logging.getLogger("httpx").setLevel(logging.WARNING)
logging.getLogger("httpcore").setLevel(logging.WARNING)

RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
_SECRET_PARAMS = frozenset(
    {"key", "email", "token", "access_token", "api_key", "apikey", "password", "secret"}
)
MAX_RETRY_AFTER = 60.0

Sleep = Callable[[float], Awaitable[Any]]


class FetchError(Exception):
    """A fetch that failed; the message is safe to log and store (no URL, no secret)."""

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        retryable: bool = False,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable
        self.retry_after = retry_after


class TooLarge(FetchError):
    """The body passed the size cap; reading stopped there."""


@dataclass(frozen=True, slots=True)
class Fetched:
    status: int  # 200-299, or 304 when the conditional GET says nothing changed
    content: bytes
    url: str  # the final URL, after redirects
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def make_client(
    cfg: HttpConfig, *, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """The shared client: one connection pool, our User-Agent, the configured timeout."""
    return httpx.AsyncClient(
        timeout=httpx.Timeout(cfg.timeout_seconds),
        headers={"User-Agent": cfg.user_agent, "Accept-Encoding": "gzip, deflate"},
        follow_redirects=True,
        max_redirects=5,
        limits=httpx.Limits(max_connections=10, max_keepalive_connections=5),
        transport=transport,
    )


def redact_url(url: str) -> str:
    """The URL with secret query parameters (key, email, token...) masked, for logs."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable url>"
    if not parts.query:
        return url
    query = [
        (k, "***" if k.lower() in _SECRET_PARAMS else v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query, safe="*")))


class Http:
    """GET with the house rules. One per process, wrapping the shared client."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        cfg: HttpConfig,
        *,
        backoff_seconds: float = 2.0,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.client = client
        self.cfg = cfg
        self.backoff_seconds = backoff_seconds
        self._sleep = sleep

    async def get(
        self,
        url: str,
        *,
        params: Mapping[str, str | int] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: str | None = None,
        max_bytes: int | None = None,
    ) -> Fetched:
        """Fetch `url`; retries timeouts, dropped connections, 429 and 5xx with back-off.

        Raises FetchError (TooLarge for a body over the cap) once the retries are spent.
        """
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        cap = max_bytes or self.cfg.max_bytes
        attempts = self.cfg.retries + 1
        for attempt in range(attempts):
            try:
                return await self._once(url, params, headers, cap)
            except FetchError as exc:
                last = attempt == attempts - 1
                log.info(
                    "GET %s failed (%s)%s",
                    redact_url(url),
                    exc,
                    "" if last or not exc.retryable else f"; retry {attempt + 1} of {attempts - 1}",
                )
                if last or not exc.retryable:
                    raise
                await self._sleep(self._delay(attempt, exc.retry_after))
        raise AssertionError("unreachable")  # pragma: no cover

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, MAX_RETRY_AFTER)
        base = self.backoff_seconds * (1 << attempt)
        return base + random.uniform(0, base / 4)  # jitter keeps many sources apart

    async def _once(
        self,
        url: str,
        params: Mapping[str, str | int] | None,
        headers: dict[str, str],
        cap: int,
    ) -> Fetched:
        try:
            # httpx's timeout is per read; this bounds a server that drips bytes forever.
            async with asyncio.timeout(self.cfg.timeout_seconds):
                async with self.client.stream(
                    "GET", url, params=params, headers=headers
                ) as response:
                    return await self._read(response, cap)
        except TimeoutError as exc:
            raise FetchError(
                f"timed out after {self.cfg.timeout_seconds:g} s", retryable=True
            ) from exc
        except httpx.TimeoutException as exc:
            raise FetchError(
                f"timed out ({type(exc).__name__}) after {self.cfg.timeout_seconds:g} s",
                retryable=True,
            ) from exc
        except httpx.RemoteProtocolError as exc:
            raise FetchError(
                "the server closed the connection mid-answer (incomplete body)", retryable=True
            ) from exc
        except httpx.TooManyRedirects as exc:
            raise FetchError("too many redirects") from exc
        except httpx.TransportError as exc:
            raise FetchError(f"connection failed ({type(exc).__name__})", retryable=True) from exc
        except httpx.InvalidURL as exc:
            raise FetchError("not a valid URL") from exc

    async def _read(self, response: httpx.Response, cap: int) -> Fetched:
        status = response.status_code
        if status == 304:
            return Fetched(304, b"", str(response.url), None, *_validators(response))
        if status >= 400 or status < 200:
            raise FetchError(
                f"HTTP {status} {response.reason_phrase}".strip(),
                status=status,
                retryable=status in RETRY_STATUS,
                retry_after=_retry_after(response.headers.get("retry-after")),
            )
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise TooLarge(f"body of {int(declared)} bytes is over the {cap}-byte cap")
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > cap:
                # Leaving the stream closes the connection: the rest is never read.
                raise TooLarge(f"body cut off at the {cap}-byte cap")
        return Fetched(
            status,
            bytes(body),
            str(response.url),
            response.headers.get("content-type"),
            *_validators(response),
        )


def _validators(response: httpx.Response) -> tuple[str | None, str | None]:
    return response.headers.get("etag"), response.headers.get("last-modified")


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())
