"""GDELT DOC 2.0 artlist: query building, parsing, and the failure list against a local server."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.config import TopicConfig
from bot.sources.base import SourceError
from bot.sources.gdelt import build_query, parse_artlist, query_window
from db.store import Store
from db.topics import post_topic_names
from tests._httpfakes import (
    make_config,
    make_poller,
    never_answers,
    post_rows,
    raw_server,
    source_row,
    streams,
    truncated,
)

ARTLIST = {
    "articles": [
        {
            "url": "https://www.wsj.com/world/africa/russian-mercenaries-mali-ambush-1",
            "url_mobile": "",
            "title": "Dozens of Russian Mercenaries Killed in Mali Ambush &amp; <b>Rebels</b> Claim",
            "seendate": "20240729T101500Z",
            "socialimage": "https://images.wsj.net/x.jpg",
            "domain": "wsj.com",
            "language": "English",
            "sourcecountry": "United States",
        },
        {
            "url": "javascript:alert(1)",
            "title": "Bad link",
            "seendate": "20240729T101500Z",
            "domain": "evil.example",
            "language": "English",
            "sourcecountry": "",
        },
        {
            "url": "https://www.rfi.fr/fr/afrique/mali-1",
            "title": "Déjà dans le flux RFI",
            "seendate": "20240729T111500Z",
            "domain": "rfi.fr",
            "language": "French",
            "sourcecountry": "France",
        },
        {
            "url": "https://www.lemonde.fr/afrique/article/2024/07/29/mali.html",
            "title": "Au Mali, les rebelles revendiquent une victoire près de Tinzaouatène",
            "seendate": "20240729T121500Z",
            "domain": "lemonde.fr",
            "language": "French",
            "sourcecountry": "France",
        },
    ]
}

TOPICS = """
[[topics]]
name = "tinzaouaten"
keywords = ["Tinzaouaten", "Tinzaouatène", "Tin Zaouatene", "Тинзауатен", "تينزاواتين", "Wagner Mali"]
"""


def _config(url: str) -> str:
    return (
        f"[[sources]]\nname = 'gdelt'\nkind = 'gdelt'\nurl = '{url}'\nquery = 'sourcelang:english'\n"
        "[[sources]]\nname = 'rfi'\nurl = 'https://www.rfi.fr/fr/afrique/rss'\n"
    )


async def _poll(store: Store, url: str) -> tuple[bool, str | None, list[dict[str, object]]]:
    poller = make_poller(store, make_config(_config(url), TOPICS))
    try:
        result = await poller.poll_source("gdelt")
    finally:
        await poller.aclose()
    row = await source_row(store, "gdelt")
    posts = [p for p in await post_rows(store)]
    return result.ok, result.error or row.last_error, posts


def test_query_ors_latin_keywords_and_quotes_phrases() -> None:
    q = build_query(["Tinzaouaten", "Tinzaouatène", "Tin Zaouatene", "Тинзауатен", "ab"], "x:y")
    assert q == '(Tinzaouaten OR Tinzaouatène OR "Tin Zaouatene") x:y'
    assert build_query(["Kidal"]) == "Kidal"
    assert build_query(["Тинзауатен", "تينزاواتين"]) is None


def test_query_window_is_cut_to_the_topic() -> None:
    now = dt.datetime(2024, 7, 30, 12, tzinfo=dt.UTC)
    topic = TopicConfig(name="t", keywords=["x"], since=dt.date(2024, 7, 30))
    start, end = query_window(topic, dt.UTC, now, None, 60) or (None, None)
    assert start == dt.datetime(2024, 7, 30, tzinfo=dt.UTC) and end == now
    closed = TopicConfig(name="t", keywords=["x"], until=dt.date(2024, 7, 1))
    assert query_window(closed, dt.UTC, now, None, 60) is None
    assert query_window(TopicConfig(name="t"), dt.UTC, now, "2024-07-30T11:00:00+00:00", 60) == (
        now - dt.timedelta(hours=2),
        now,
    )


def test_parse_artlist() -> None:
    arts = parse_artlist(json.dumps(ARTLIST).encode())
    assert [a.domain for a in arts] == ["wsj.com", "rfi.fr", "lemonde.fr"]  # javascript: dropped
    assert arts[0].title == "Dozens of Russian Mercenaries Killed in Mali Ambush & Rebels Claim"
    assert arts[0].seen == "2024-07-29T10:15:00+00:00" and arts[0].lang == "en"
    assert parse_artlist(b"{}") == [] and parse_artlist(b"") == []
    with pytest.raises(SourceError, match="keyword that was too short"):
        parse_artlist(b"Your search contained a keyword that was too short.")


async def test_200_outlets_become_mainstream_posts_tagged_by_their_query(
    httpserver: HTTPServer, store: Store
) -> None:
    seen: list[dict[str, str]] = []

    def handler(request: Request) -> Response:
        seen.append(dict(request.args))
        return Response(json.dumps(ARTLIST), content_type="application/json; charset=utf-8")

    httpserver.expect_request("/api/v2/doc/doc").respond_with_handler(handler)
    ok, error, posts = await _poll(store, httpserver.url_for("/api/v2/doc/doc"))
    assert ok and error is None
    (args,) = seen
    assert args["mode"] == "artlist" and args["format"] == "json"
    assert args["query"] == (
        '(Tinzaouaten OR Tinzaouatène OR "Tin Zaouatene" OR "Wagner Mali") sourcelang:english'
    )
    assert len(args["startdatetime"]) == 14 and len(args["enddatetime"]) == 14
    # rfi.fr has a feed of its own; the javascript: article is dropped.
    assert {p["url"] for p in posts} == {
        "https://www.wsj.com/world/africa/russian-mercenaries-mali-ambush-1",
        "https://www.lemonde.fr/afrique/article/2024/07/29/mali.html",
    }
    wsj = next(p for p in posts if "wsj" in str(p["url"]))
    assert wsj["kind"] == "mainstream" and wsj["lang"] == "en"
    assert wsj["text"] == "Dozens of Russian Mercenaries Killed in Mali Ambush & Rebels Claim"
    assert wsj["date"] == "2024-07-29T10:15:00+00:00"
    outlet = await source_row(store, "wsj.com")
    assert outlet.id == wsj["source_id"] and outlet.title == "wsj.com"
    # The title does not name the place, but the topic's query found it.
    assert await post_topic_names(store.conn, int(str(wsj["id"]))) == ["tinzaouaten"]
    assert (await source_row(store, "gdelt")).posts_fetched == 2


async def test_304_means_nothing_new(httpserver: HTTPServer, store: Store) -> None:
    httpserver.expect_request("/doc").respond_with_response(
        Response(
            status=304, headers={"ETag": '"g1"', "Last-Modified": "Mon, 29 Jul 2024 10:00:00 GMT"}
        )
    )
    ok, error, posts = await _poll(store, httpserver.url_for("/doc"))
    assert ok and error is None and posts == []


@pytest.mark.parametrize(
    ("status", "expected"), [(404, "HTTP 404"), (500, "HTTP 500"), (429, "HTTP 429")]
)
async def test_http_errors(
    httpserver: HTTPServer, store: Store, status: int, expected: str
) -> None:
    httpserver.expect_request("/doc").respond_with_data("Please limit requests", status=status)
    ok, error, posts = await _poll(store, httpserver.url_for("/doc"))
    assert not ok and expected in (error or "") and posts == []


async def test_timeout(store: Store) -> None:
    async with raw_server(never_answers) as server:
        ok, error, posts = await _poll(store, server.url)
    assert not ok and "timed out" in (error or "") and posts == []


async def test_malformed_json(httpserver: HTTPServer, store: Store) -> None:
    httpserver.expect_request("/doc").respond_with_data(
        '{"articles": [{"url": "https://a.b/"', content_type="application/json"
    )
    ok, error, posts = await _poll(store, httpserver.url_for("/doc"))
    assert not ok and "not JSON" in (error or "") and posts == []


async def test_truncated_body(store: Store) -> None:
    async with raw_server(truncated) as server:
        ok, error, posts = await _poll(store, server.url)
    assert not ok and "incomplete body" in (error or "") and posts == []


async def test_wrong_or_missing_charset(httpserver: HTTPServer, store: Store) -> None:
    body = json.dumps(ARTLIST, ensure_ascii=False).encode("utf-8")
    httpserver.expect_request("/doc").respond_with_data(
        body, content_type="application/json; charset=iso-8859-1"
    )
    ok, _, posts = await _poll(store, httpserver.url_for("/doc"))
    assert ok
    lemonde = next(p for p in posts if "lemonde" in str(p["url"]))
    assert lemonde["text"] == "Au Mali, les rebelles revendiquent une victoire près de Tinzaouatène"


async def test_50_mb_answer_is_cut(store: Store) -> None:
    async with raw_server(streams(50 * 1024 * 1024, content_type=b"application/json")) as server:
        ok, error, posts = await _poll(store, server.url)
    assert not ok and "cap" in (error or "") and posts == [] and not server.done
