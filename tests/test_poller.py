"""The poller: every source polled, each failure kept to its source and retried next turn."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from bot.cli import main
from bot.sources import poller as poller_mod
from bot.sources.base import SourceRun
from bot.sources.poller import schedule
from db.store import Store
from db.topics import post_topic_names
from tests._httpfakes import (
    make_config,
    make_poller,
    never_answers,
    post_rows,
    raw_server,
    source_row,
)

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Outlet</title>
<item><title>Ambush near Tinzaouaten</title><guid>e1</guid>
<link>https://outlet.example/e1</link><pubDate>Mon, 29 Jul 2024 10:00:00 GMT</pubDate></item>
</channel></rss>"""

TOPICS = """
[[topics]]
name = "tinzaouaten"
keywords = ["Tinzaouaten", "Тинзауатен"]
"""


def _sources(good: str, gone: str, slow: str) -> str:
    return (
        f"[[sources]]\nname = 'good'\nurl = '{good}'\nevery_minutes = 15\n"
        f"[[sources]]\nname = 'gone'\nurl = '{gone}'\n"
        f"[[sources]]\nname = 'slow'\nurl = '{slow}'\n"
        "[[sources]]\nname = 'acled'\nkind = 'acled'\n"
    )


async def test_failing_and_slow_sources_never_stop_the_others(
    httpserver: HTTPServer, store: Store
) -> None:
    httpserver.expect_request("/good").respond_with_data(FEED)
    httpserver.expect_request("/gone").respond_with_data("", status=404)
    async with raw_server(never_answers) as slow:
        config = make_config(
            _sources(httpserver.url_for("/good"), httpserver.url_for("/gone"), slow.url), TOPICS
        )
        poller = make_poller(store, config)
        results = await poller.poll_all()
        await poller.aclose()
    by_name = {r.name: r for r in results}
    assert [r.name for r in results] == ["good", "gone", "slow", "acled"]
    assert by_name["good"].ok and by_name["good"].outcome.new == 1
    assert not by_name["gone"].ok and "HTTP 404" in (by_name["gone"].error or "")
    assert not by_name["slow"].ok and "timed out" in (by_name["slow"].error or "")
    assert not by_name["acled"].ok and "ACLED_KEY" in (by_name["acled"].error or "")
    assert by_name["gone"].first_error
    # Errors are on the rows, for `claimwatch sources`.
    gone = await source_row(store, "gone")
    assert gone.last_error and "404" in gone.last_error and gone.last_success is None
    good = await source_row(store, "good")
    assert good.last_error is None and good.posts_fetched == 1
    # Mainstream posts are tagged with topics on the way in.
    (post,) = await post_rows(store, good.id)
    assert await post_topic_names(store.conn, int(str(post["id"]))) == ["tinzaouaten"]


async def test_a_failed_source_is_retried_on_its_next_turn(
    httpserver: HTTPServer, store: Store
) -> None:
    httpserver.expect_ordered_request("/feed").respond_with_data("", status=500)
    httpserver.expect_ordered_request("/feed").respond_with_data("", status=500)
    httpserver.expect_ordered_request("/feed").respond_with_data(FEED)
    config = make_config(f"[[sources]]\nname = 'good'\nurl = '{httpserver.url_for('/feed')}'\n")
    poller = make_poller(store, config)
    first = await poller.poll_source("good")  # two attempts (retries = 1), both 500
    second = await poller.poll_source("good")
    await poller.aclose()
    assert not first.ok and first.first_error
    assert second.ok and second.outcome.new == 1
    row = await source_row(store, "good")
    assert row.last_success is not None and not row.error_reported


async def test_an_unexpected_bug_in_one_kind_is_contained(
    httpserver: HTTPServer, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(run: SourceRun) -> poller_mod.Outcome:
        raise RuntimeError("parser exploded")

    monkeypatch.setitem(poller_mod.POLLERS, "gdelt", broken)
    httpserver.expect_request("/good").respond_with_data(FEED)
    config = make_config(
        f"[[sources]]\nname = 'gdelt'\nkind = 'gdelt'\n"
        f"[[sources]]\nname = 'good'\nurl = '{httpserver.url_for('/good')}'\n"
    )
    poller = make_poller(store, config)
    results = await poller.poll_all()
    await poller.aclose()
    assert [r.ok for r in results] == [False, True]
    assert "internal error: RuntimeError: parser exploded" in (results[0].error or "")


async def test_unknown_source_name_is_a_clear_result(store: Store) -> None:
    poller = make_poller(store, make_config("[[sources]]\nname = 'x'\nurl = 'https://a.b/'\n"))
    result = await poller.poll_source("nope")
    await poller.aclose()
    assert (
        not result.ok
        and "no source named 'nope'" in (result.error or "")
        and "x" in (result.error or "")
    )


def test_schedule_lists_each_source_with_its_interval() -> None:
    config = make_config(
        "[[sources]]\nname = 'a'\nurl = 'https://a.example/rss'\nevery_minutes = 15\n"
        "[[sources]]\nname = 'g'\nkind = 'gdelt'\n"
    )
    assert schedule(config) == [("a", 15), ("g", 30)]


def test_cli_poll_sources_retag(
    httpserver: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/good").respond_with_data(FEED)
    httpserver.expect_request("/gone").respond_with_data("", status=404)
    config = tmp_path / "config.toml"
    config.write_text(
        f"[database]\npath = '{tmp_path / 'cw.db'}'\n[http]\nretries = 0\n"
        f"[[sources]]\nname = 'good'\nurl = '{httpserver.url_for('/good')}'\n"
        f"[[sources]]\nname = 'gone'\nurl = '{httpserver.url_for('/gone')}'\n" + TOPICS,
        encoding="utf-8",
    )
    assert main(["--config", str(config), "poll"]) == 1  # one source failed
    out = capsys.readouterr()
    assert "good" in out.out and "HTTP 404" in out.out and "good: 1 items, 1 new" in out.err
    assert main(["--config", str(config), "poll", "good"]) == 0
    assert main(["--config", str(config), "poll", "nope"]) == 2
    assert "no source named 'nope'" in capsys.readouterr().err
    assert main(["--config", str(config), "sources", "--json"]) == 0
    listed = {s["name"]: s for s in json.loads(capsys.readouterr().out)}
    assert listed["good"]["posts_fetched"] == 1 and listed["good"]["last_success"]
    assert "404" in listed["gone"]["last_error"] and listed["gone"]["error_current"]
    config.write_text(
        config.read_text(encoding="utf-8").replace('"Tinzaouaten", ', ""), encoding="utf-8"
    )
    assert main(["--config", str(config), "retag"]) == 0
    out = capsys.readouterr().out
    assert (
        "topics changed: tinzaouaten" in out
        and "1 removed" in out
        and "tinzaouaten: 0 posts" in out
    )
