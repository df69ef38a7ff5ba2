"""Every bot command, for an admin and for anyone else, through the real Telethon event builders."""

from __future__ import annotations

import datetime as dt
import logging

import pytest
from telethon.tl import functions, types

from bot.service import register_menu
from db import subscriptions as subs
from db.sources import ensure_source, record_error
from db.store import Store
from handlers.commands import load
from tests.bot_world import (
    ADMIN,
    ANN,
    GROUP,
    Post,
    killed,
    make_app,
    make_config,
    say,
    seed,
)
from tests.fake_bot import button_press

BOB = 12  # another ordinary user

ADMIN_COMMANDS = ["watch @rybar ru ru", "unwatch @rybar", "channels", "sources", "status"]
PUBLIC = [
    "start",
    "help",
    "topics",
    "digest",
    "claims",
    "subscribe",
    "unsubscribe",
    "subscriptions",
]


async def test_start_says_what_the_bot_does_in_two_lines(store: Store) -> None:
    app = make_app(store)
    (reply,) = await say(app, "/start")
    assert reply.chat_id == ANN
    assert len(reply.text.splitlines()) == 2
    assert "casualty claim" in reply.text and "/help" in reply.text
    assert reply.kwargs["parse_mode"] == "html" and reply.kwargs["link_preview"] is False


async def test_help_lists_every_public_command_with_an_example(store: Store) -> None:
    app = make_app(store)
    (reply,) = await say(app, "/help")
    for name in PUBLIC:
        assert f"/{name}" in reply.text
    assert "e.g. <code>/subscribe tinzaouaten 07:30</code>" in reply.text
    assert "/watch" not in reply.text and "/status" not in reply.text


async def test_help_for_an_admin_adds_the_admin_commands(store: Store) -> None:
    app = make_app(store)
    (reply,) = await say(app, "/help", user=ADMIN)
    public, _, admin = reply.text.partition("For admins")
    assert "/digest" in public
    for name in ("watch", "unwatch", "channels", "sources", "status"):
        assert f"/{name}" in admin


async def test_unknown_command_points_to_help(store: Store) -> None:
    app = make_app(store)
    (reply,) = await say(app, "/frobnicate now")
    assert "Unknown command /frobnicate" in reply.text and "/help" in reply.text


@pytest.mark.parametrize("text", ADMIN_COMMANDS)
async def test_admin_commands_are_refused_to_others_and_logged_without_text(
    store: Store, text: str, caplog: pytest.LogCaptureFixture
) -> None:
    app = make_app(store)
    caplog.set_level(logging.INFO)
    (reply,) = await say(app, f"/{text}")
    name = text.split()[0]
    assert "admins only" in reply.text
    refusals = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert refusals == [f"refused /{name} to user {ANN}: not an admin"]
    assert all("@rybar" not in r.getMessage() for r in caplog.records)
    assert await store.conn.execute_fetchall("SELECT * FROM sources") == []


async def test_topics_lists_configured_topics_escaped(store: Store) -> None:
    app = make_app(store)
    (reply,) = await say(app, "/topics")
    assert "<b>tinzaouaten</b> — Tinzaouaten ambush &lt;Mali&gt; &amp; co" in reply.text
    assert "<b>bakhmut</b>" in reply.text


async def test_sources_for_an_admin_shows_health_escaped(store: Store) -> None:
    app = make_app(store)
    async with store.transaction() as conn:
        src = await ensure_source(conn, "mainstream", "rfi_afrique", origin="config")
        await record_error(conn, src.id, "HTTP 500 <b>Internal</b> & co")
    (reply,) = await say(app, "/sources", user=ADMIN)
    assert "<b>rfi_afrique</b> (rss, every 30 min)" in reply.text
    assert "HTTP 500 &lt;b&gt;Internal&lt;/b&gt; &amp; co" in reply.text


async def test_status_for_an_admin(store: Store) -> None:
    app = make_app(store)
    config = app.config
    await seed(
        store,
        config,
        [Post("rybar", 7, dt.datetime(2024, 7, 28, 9, tzinfo=dt.UTC), "80 killed", [killed(80)])],
    )
    async with store.transaction() as conn:
        src = await ensure_source(conn, "telegram", "rybar", origin="config")
        await record_error(conn, src.id, "ChannelPrivateError")
        sub, _ = await subs.subscribe(conn, ANN, "tinzaouaten", "08:00", created_by=ANN)
        sending = await subs.claim_sending(conn, sub, "2024-07-29T05:00:00+00:00")
        assert sending is not None
        await subs.finish(conn, sending.id, "failed", "UserIsBlockedError: <blocked>")
    (reply,) = await say(app, "/status", user=ADMIN)
    assert reply.text.startswith("<b>Up</b> 0h 0m since ")
    assert "@rybar: 1 posts, last 2024-07-28 09:00 UTC" in reply.text
    assert "digests being sent: 0" in reply.text
    assert "@rybar: ChannelPrivateError" in reply.text
    assert f"digest tinzaouaten to chat {ANN}: UserIsBlockedError: &lt;blocked&gt;" in reply.text


# --- /claims: the raw list, paged with inline buttons ---


def _posts(n: int) -> list[Post]:
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=n + 1)
    return [
        Post(
            "rybar",
            100 + i,
            start + dt.timedelta(hours=i),
            f"Post {i}: {10 + i} <militants> killed near Tinzaouaten & more.",
            [killed(10 + i, text=f"Post {i}: {10 + i} <militants>")],
        )
        for i in range(n)
    ]


async def test_claims_lists_newest_first_and_pages_with_buttons(store: Store) -> None:
    app = make_app(store)
    await seed(store, app.config, _posts(23))
    (page1,) = await say(app, "/claims tinzaouaten 3")
    assert "<b>23</b> claims about tinzaouaten in the last 3 days" in page1.text
    assert "page 1/3" in page1.text
    first = page1.text.split("\n\n")[1]
    assert first.startswith("<b>32</b> killed") and "https://t.me/rybar/122" in first
    assert "&lt;militants&gt;" in page1.text and "<militants>" not in page1.text
    (row,) = page1.kwargs["buttons"]
    assert [b.text for b in row] == ["Older »"]
    older = row[0].type.data

    before = len(app.bot.sent)
    await app.bot.dispatch(button_press(ANN, 555, older))
    (page2,) = app.bot.sent[before:]
    assert page2.kind == "edit" and page2.kwargs["message_id"] == 555
    assert "page 2/3" in page2.text and "<b>22</b> killed" in page2.text
    assert [b.text for b in page2.kwargs["buttons"][0]] == ["« Newer", "Older »"]
    assert len(app.bot.answers) == 1

    last = page2.kwargs["buttons"][0][1].type.data
    await app.bot.dispatch(button_press(ANN, 555, last))
    page3 = app.bot.sent[-1]
    assert "page 3/3" in page3.text and page3.text.count(" killed — ") == 3
    assert [b.text for b in page3.kwargs["buttons"][0]] == ["« Newer"]


async def test_claims_pages_turn_only_for_who_asked(store: Store) -> None:
    app = make_app(store)
    await seed(store, app.config, _posts(23))
    (page1,) = await say(app, "/claims tinzaouaten 3", group=GROUP)
    older = page1.kwargs["buttons"][0][0].type.data
    before = len(app.bot.sent)
    await app.bot.dispatch(button_press(BOB, 555, older, types.PeerChat(GROUP)))
    assert app.bot.sent[before:] == []  # the list stays as its owner left it
    (answer,) = app.bot.answers
    assert "Only who asked can turn these pages" in answer.message
    await app.bot.dispatch(button_press(ANN, 555, older, types.PeerChat(GROUP)))
    (page2,) = app.bot.sent[before:]
    assert page2.kind == "edit" and "page 2/3" in page2.text


async def test_claims_page_data_from_a_client_is_bounded(store: Store) -> None:
    app = make_app(store)
    await seed(store, app.config, _posts(3))
    forged = f"cl:0:99999999:{int(dt.datetime.now(dt.UTC).timestamp())}:0:{ANN}".encode()
    await app.bot.dispatch(button_press(ANN, 555, forged))
    (page,) = app.bot.sent
    assert page.kind == "edit" and "in the last 365 days" in page.text
    await app.bot.dispatch(button_press(ANN, 556, b"cl:0:1:2:3"))  # a list from before
    assert len(app.bot.sent) == 1
    assert "out of date" in app.bot.answers[-1].message


async def test_claims_of_an_empty_window_is_one_short_line(store: Store) -> None:
    app = make_app(store)
    (reply,) = await say(app, "/claims bakhmut")
    assert reply.text == "No casualty claims about <b>bakhmut</b> in the last day."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/claims tinzaouten", "did you mean tinzaouaten?"),
        ("/claims bakhmut 0", "Days must be a whole number from 1 to 365"),
        ("/claims bakhmut 3 4 5", "at most a topic and a number of days"),
        ("/digest <script>", "&lt;script&gt;'; the topics are: bakhmut, tinzaouaten."),
        ("/digest tinzaouaten many", "Days must be a whole number"),
    ],
)
async def test_bad_arguments_get_a_sentence_and_an_example(
    store: Store, text: str, expected: str
) -> None:
    app = make_app(store)
    (reply,) = await say(app, text)
    problem, usage, example = reply.text.split("\n")
    assert expected in problem
    assert usage.startswith("Usage: /")
    assert example.startswith("Example: /")


# --- the menu Telegram shows ---


async def test_command_menu_is_registered_short_for_everyone_full_for_admins() -> None:
    from tests.fake_bot import FakeBot

    bot = FakeBot()
    await register_menu(bot, load(), [ADMIN, 2])
    requests = [r for r in bot.requests if isinstance(r, functions.bots.SetBotCommandsRequest)]
    default, *admins = requests
    assert isinstance(default.scope, types.BotCommandScopeDefault)
    assert [c.command for c in default.commands] == PUBLIC
    assert [r.scope.peer for r in admins] == [
        types.InputPeerUser(ADMIN, 0),
        types.InputPeerUser(2, 0),
    ]
    for r in admins:
        names = [c.command for c in r.commands]
        assert names == PUBLIC + ["watch", "unwatch", "channels", "sources", "status"]
        assert all(3 <= len(c.description) <= 256 for c in r.commands)


async def test_everything_sent_in_html_mode_was_escaped(store: Store) -> None:
    """The fake refuses unsafe markup at send time; a whole session must pass through it."""
    app = make_app(store, make_config())
    await seed(store, app.config, _posts(3))
    for text in ["/start", "/help", "/topics", "/claims all 2", "/subscribe <b>x</b>", "/nope<i>"]:
        await say(app, text)
    for text in ["/help", "/status", "/sources", "/channels", "/subscriptions all"]:
        await say(app, text, user=ADMIN)
    assert app.bot.unsafe == []
    assert len(app.bot.sent) >= 10
