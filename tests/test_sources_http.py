"""The shared GET: retries, back-off, conditional GET, size cap, timeouts, no secret in logs."""

from __future__ import annotations

import logging
import tracemalloc

import httpx
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.config import HttpConfig
from bot.sources.http import FetchError, Http, TooLarge, make_client, redact_url
from tests._httpfakes import never_answers, raw_server, streams, truncated

CFG = HttpConfig(
    user_agent="claimwatch-test/1", timeout_seconds=0.5, retries=2, max_bytes=1_000_000
)


class Sleeps:
    """Records back-off delays instead of waiting them."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
async def http() -> Http:
    client = make_client(CFG)
    yield Http(client, CFG, sleep=Sleeps())  # type: ignore[misc]
    await client.aclose()


async def test_200_sends_user_agent_and_returns_validators(
    httpserver: HTTPServer, http: Http
) -> None:
    httpserver.expect_request(
        "/feed", headers={"User-Agent": "claimwatch-test/1"}
    ).respond_with_data(
        b"<rss/>",
        content_type="application/rss+xml; charset=utf-8",
        headers={"ETag": '"v1"', "Last-Modified": "Mon, 29 Jul 2024 10:00:00 GMT"},
    )
    got = await http.get(httpserver.url_for("/feed"))
    assert got.status == 200 and got.content == b"<rss/>"
    assert got.etag == '"v1"' and got.last_modified == "Mon, 29 Jul 2024 10:00:00 GMT"
    assert got.content_type == "application/rss+xml; charset=utf-8"


async def test_304_when_etag_and_last_modified_match(httpserver: HTTPServer, http: Http) -> None:
    seen: list[dict[str, str]] = []

    def handler(request: Request) -> Response:
        seen.append(dict(request.headers))
        if request.headers.get("If-None-Match") == '"v1"':
            return Response(status=304, headers={"ETag": '"v1"'})
        return Response(b"<rss/>", headers={"ETag": '"v1"'})

    httpserver.expect_request("/feed").respond_with_handler(handler)
    got = await http.get(
        httpserver.url_for("/feed"), etag='"v1"', last_modified="Mon, 29 Jul 2024 10:00:00 GMT"
    )
    assert got.not_modified and got.content == b""
    assert seen[0]["If-Modified-Since"] == "Mon, 29 Jul 2024 10:00:00 GMT"


async def test_404_is_not_retried(httpserver: HTTPServer, http: Http) -> None:
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    with pytest.raises(FetchError, match="HTTP 404") as err:
        await http.get(httpserver.url_for("/gone"))
    assert err.value.status == 404 and not err.value.retryable
    assert len(httpserver.log) == 1


async def test_500_is_retried_with_growing_back_off_then_fails(
    httpserver: HTTPServer, http: Http
) -> None:
    httpserver.expect_request("/boom").respond_with_data("oops", status=500)
    with pytest.raises(FetchError, match="HTTP 500"):
        await http.get(httpserver.url_for("/boom"))
    assert len(httpserver.log) == CFG.retries + 1
    delays = http._sleep.delays  # type: ignore[attr-defined]
    assert len(delays) == CFG.retries and delays[1] > delays[0]


async def test_503_then_200_recovers(httpserver: HTTPServer, http: Http) -> None:
    httpserver.expect_ordered_request("/flaky").respond_with_data(
        "busy", status=503, headers={"Retry-After": "7"}
    )
    httpserver.expect_ordered_request("/flaky").respond_with_data("ok")
    got = await http.get(httpserver.url_for("/flaky"))
    assert got.content == b"ok"
    assert http._sleep.delays == [7.0]  # type: ignore[attr-defined]


async def test_timeout_is_retried_then_reported() -> None:
    sleeps = Sleeps()
    async with raw_server(never_answers) as server, make_client(CFG) as client:
        with pytest.raises(FetchError, match="timed out") as err:
            await Http(client, CFG, sleep=sleeps).get(server.url)
    assert err.value.retryable
    assert server.requests == CFG.retries + 1


async def test_truncated_body_is_an_error_not_a_short_feed() -> None:
    async with raw_server(truncated) as server, make_client(CFG) as client:
        with pytest.raises(FetchError, match="incomplete body"):
            await Http(client, CFG, sleep=Sleeps()).get(server.url)


async def test_50_mb_body_is_cut_at_the_cap_without_reading_it_all() -> None:
    fifty_mb = 50 * 1024 * 1024
    tracemalloc.start()
    try:
        async with raw_server(streams(fifty_mb)) as server, make_client(CFG) as client:
            with pytest.raises(TooLarge, match="cap"):
                await Http(client, CFG, sleep=Sleeps()).get(server.url)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert server.requests == 1  # a body over the cap is not retried
    assert not server.done and server.sent < fifty_mb // 2
    assert peak < 8 * CFG.max_bytes


async def test_declared_length_over_the_cap_is_refused_before_reading() -> None:
    pulled: list[int] = []

    async def body():  # type: ignore[no-untyped-def]
        for _ in range(800):
            pulled.append(1)
            yield b"x" * 65536

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Length": str(50 * 1024 * 1024)}, content=body()
        )

    async with make_client(CFG, transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(TooLarge, match="over the"):
            await Http(client, CFG, sleep=Sleeps()).get("https://example.org/big")
    assert len(pulled) <= 1


async def test_streamed_body_over_cap_stops_pulling_chunks() -> None:
    pulled: list[int] = []

    async def body():  # type: ignore[no-untyped-def]
        for _ in range(800):  # 50 MB if it were all read
            pulled.append(1)
            yield b"x" * 65536

    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body()))
    async with make_client(CFG, transport=transport) as client:
        with pytest.raises(TooLarge):
            await Http(client, CFG, sleep=Sleeps()).get("https://example.org/big")
    assert len(pulled) <= CFG.max_bytes // 65536 + 2


def test_redact_url_masks_secrets() -> None:
    url = "https://api.acleddata.com/acled/read?key=SECRET123&email=me%40x.org&country=Mali"
    red = redact_url(url)
    assert "SECRET123" not in red and "me%40x.org" not in red and "me@x.org" not in red
    assert "country=Mali" in red


async def test_no_secret_in_logs_or_errors(
    httpserver: HTTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    httpserver.expect_request("/acled/read").respond_with_data("down", status=500)
    caplog.set_level(logging.DEBUG)
    async with make_client(CFG) as client:
        with pytest.raises(FetchError) as err:
            await Http(client, CFG, sleep=Sleeps()).get(
                httpserver.url_for("/acled/read"), params={"key": "SECRET123", "email": "me@x.org"}
            )
    assert "SECRET123" not in str(err.value)
    # Our side only: werkzeug's lines are the test server's own access log.
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name != "werkzeug")
    assert "SECRET123" not in ours and "me@x.org" not in ours
    assert "/acled/read" in ours
