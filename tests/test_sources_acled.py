"""ACLED: events with fatalities become posts carrying a curated claim; the failure list."""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from bot.config import Secrets
from bot.sources.acled import date_ranges, parse_events
from bot.sources.base import SourceError
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

SECRETS = Secrets.from_env({"ACLED_KEY": "K3Y-SECRET", "ACLED_EMAIL": "analyst@example.org"})


def _event(event_id: str, fatalities: str, **extra: str) -> dict[str, str]:
    row = {
        "event_id_cnty": event_id,
        "event_date": "2024-07-27",
        "year": "2024",
        "time_precision": "1",
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "CSP-DPA: Strategic Framework for the Defense of the People of Azawad",
        "assoc_actor_1": "",
        "inter1": "2",
        "actor2": "Wagner Group",
        "assoc_actor_2": "Military Forces of Mali (2021-)",
        "inter2": "8",
        "interaction": "28",
        "civilian_targeting": "",
        "iso": "466",
        "region": "Western Africa",
        "country": "Mali",
        "admin1": "Kidal",
        "admin2": "Tessalit",
        "admin3": "Tinzaouaten",
        "location": "Tinzaouaten",
        "latitude": "19.9500",
        "longitude": "2.9167",
        "geo_precision": "2",
        "source": "Le Monde; Reuters",
        "source_scale": "International",
        "notes": "On 27 July 2024, CSP-DPA rebels clashed with Wagner Group and FAMa near Tinzaouaten.",
        "fatalities": fatalities,
        "tags": "",
        "timestamp": "1722384000",
    }
    row.update(extra)
    return row


def _answer(rows: list[dict[str, str]]) -> str:
    return json.dumps(
        {"status": 200, "success": True, "last_update": 12, "count": len(rows),
         "messages": [], "data": rows, "filename": "2024-07-27-2024-07-27"}
    )  # fmt: skip


TOPICS = """
[[topics]]
name = "tinzaouaten"
keywords = ["Tinzaouaten", "Tin Zaouatene"]
since = 2024-07-25
until = 2024-07-31
"""


async def _poll(
    store: Store, url: str, secrets: Secrets = SECRETS
) -> tuple[bool, str | None, list[dict[str, object]]]:
    config = make_config(
        f"[[sources]]\nname = 'acled'\nkind = 'acled'\nurl = '{url}'\ncountry = 'Mali'\n", TOPICS
    )
    poller = make_poller(store, config, secrets)
    try:
        result = await poller.poll_source("acled")
    finally:
        await poller.aclose()
    row = await source_row(store, "acled")
    return result.ok, result.error or row.last_error, await post_rows(store)


def test_date_ranges_merge_recent_month_and_topic_windows() -> None:
    today = dt.date(2024, 8, 10)
    ranges = date_ranges([(dt.date(2024, 7, 25), dt.date(2024, 7, 31)), (None, None)], today)
    assert ranges == [(dt.date(2024, 7, 11), today)]
    old = date_ranges([(dt.date(2023, 1, 1), dt.date(2023, 1, 31))], today)
    assert old == [(dt.date(2023, 1, 1), dt.date(2023, 1, 31)), (dt.date(2024, 7, 11), today)]


def test_parse_events_keeps_fatal_events_with_their_figure_in_the_text() -> None:
    events, rows = parse_events(
        _answer([_event("MLI1", "47"), _event("MLI2", "0"), _event("MLI3", "x")]).encode()
    )
    assert rows == 3 and [e.id for e in events] == ["MLI1"]
    (event,) = events
    assert event.text[event.claim.start : event.claim.end] == "47"
    assert "Tinzaouaten, Tessalit, Kidal, Mali" in event.text
    assert event.claim.claimant == "acled" and event.claim.low == event.claim.high == 47
    with pytest.raises(SourceError, match="Access denied"):
        parse_events(json.dumps({"status": 403, "success": False,
                                 "error": {"status": 403, "message": "Access denied"}}).encode())  # fmt: skip


async def test_200_events_stored_with_the_acled_claim(httpserver: HTTPServer, store: Store) -> None:
    calls: list[dict[str, Any]] = []

    def handler(request: Request) -> Response:
        calls.append(dict(request.args))
        return Response(_answer([_event("MLI32500", "47"), _event("MLI32501", "0")]))

    httpserver.expect_request("/acled/read").respond_with_handler(handler)
    ok, error, posts = await _poll(store, httpserver.url_for("/acled/read"))
    assert ok and error is None
    assert calls[0]["key"] == "K3Y-SECRET" and calls[0]["email"] == "analyst@example.org"
    assert calls[0]["country"] == "Mali" and calls[0]["event_date_where"] == "BETWEEN"
    (post,) = posts
    assert post["kind"] == "mainstream" and post["ext_id"] == "MLI32500"
    assert post["date"] == "2024-07-27T00:00:00+00:00"
    cur = await store.conn.execute(
        "SELECT kind, victim, low, high, claimant, scope, extractor_version FROM claims"
    )
    assert [tuple(r) for r in await cur.fetchall()] == [
        ("killed", "unknown", 47, 47, "acled", "event", "acled/1")
    ]
    assert await post_topic_names(store.conn, int(str(post["id"]))) == ["tinzaouaten"]
    # A second poll stores nothing twice.
    ok, _, posts = await _poll(store, httpserver.url_for("/acled/read"))
    assert ok and len(posts) == 1
    count = await (await store.conn.execute("SELECT COUNT(*) FROM claims")).fetchone()
    assert count is not None and count[0] == 1


async def test_pages_are_followed(
    httpserver: HTTPServer, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("bot.sources.acled.PAGE_SIZE", 2)
    pages = {
        "1": [_event("A1", "3"), _event("A2", "4")],
        "2": [_event("A3", "5")],
    }
    httpserver.expect_request("/acled/read").respond_with_handler(
        lambda request: Response(_answer(pages.get(request.args["page"], [])))
    )
    ok, _, posts = await _poll(store, httpserver.url_for("/acled/read"))
    assert ok and sorted(str(p["ext_id"]) for p in posts) == ["A1", "A2", "A3"]


async def test_missing_key_is_a_recorded_error_saying_what_to_export(store: Store) -> None:
    ok, error, posts = await _poll(store, "http://127.0.0.1:9/", Secrets.from_env({}))
    assert not ok and "export ACLED_KEY" in (error or "") and posts == []


async def test_refusal_is_recorded_without_the_key(
    httpserver: HTTPServer, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    httpserver.expect_request("/acled/read").respond_with_data(
        json.dumps(
            {"status": 403, "success": False, "error": [{"status": 403, "message": "Invalid key"}]}
        )
    )
    ok, error, _ = await _poll(store, httpserver.url_for("/acled/read"))
    assert not ok and "Invalid key" in (error or "")
    assert "K3Y-SECRET" not in (error or "")
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name != "werkzeug")
    assert "K3Y-SECRET" not in ours and "analyst@example.org" not in ours


async def test_html_in_notes_stays_text(httpserver: HTTPServer, store: Store) -> None:
    row = _event("MLI9", "2", notes="<script>alert(1)</script> clash & <b>retreat</b>")
    httpserver.expect_request("/acled/read").respond_with_data(_answer([row]))
    ok, _, posts = await _poll(store, httpserver.url_for("/acled/read"))
    assert ok and "Notes: <script>alert(1)</script> clash & <b>retreat</b>" in str(posts[0]["text"])


async def test_304_means_nothing_new(httpserver: HTTPServer, store: Store) -> None:
    httpserver.expect_request("/acled/read").respond_with_response(
        Response(
            status=304, headers={"ETag": '"a"', "Last-Modified": "Mon, 29 Jul 2024 10:00:00 GMT"}
        )
    )
    ok, error, posts = await _poll(store, httpserver.url_for("/acled/read"))
    assert ok and error is None and posts == []


@pytest.mark.parametrize(("status", "expected"), [(404, "HTTP 404"), (500, "HTTP 500")])
async def test_http_errors(
    httpserver: HTTPServer, store: Store, status: int, expected: str
) -> None:
    httpserver.expect_request("/acled/read").respond_with_data("error", status=status)
    ok, error, posts = await _poll(store, httpserver.url_for("/acled/read"))
    assert not ok and expected in (error or "") and posts == []


async def test_timeout(store: Store) -> None:
    async with raw_server(never_answers) as server:
        ok, error, posts = await _poll(store, server.url)
    assert not ok and "timed out" in (error or "") and posts == []


async def test_malformed_json(httpserver: HTTPServer, store: Store) -> None:
    httpserver.expect_request("/acled/read").respond_with_data("<html>Maintenance</html>")
    ok, error, posts = await _poll(store, httpserver.url_for("/acled/read"))
    assert not ok and "not JSON" in (error or "") and posts == []


async def test_truncated_body(store: Store) -> None:
    async with raw_server(truncated) as server:
        ok, error, posts = await _poll(store, server.url)
    assert not ok and "incomplete body" in (error or "") and posts == []


async def test_wrong_charset(httpserver: HTTPServer, store: Store) -> None:
    row = _event("MLI7", "5", location="Tinzaouatène", notes="Affrontements à Tinzaouatène")
    # UTF-8 bytes (not \u escapes) served as Latin-1: JSON is UTF-8 whatever the header says.
    body = json.dumps(json.loads(_answer([row])), ensure_ascii=False).encode()
    httpserver.expect_request("/acled/read").respond_with_data(
        body, content_type="application/json; charset=iso-8859-1"
    )
    ok, _, posts = await _poll(store, httpserver.url_for("/acled/read"))
    assert ok and "Affrontements à Tinzaouatène" in str(posts[0]["text"])


async def test_50_mb_answer_is_cut(store: Store) -> None:
    async with raw_server(streams(50 * 1024 * 1024, content_type=b"application/json")) as server:
        ok, error, posts = await _poll(store, server.url)
    assert not ok and "cap" in (error or "") and posts == [] and not server.done
