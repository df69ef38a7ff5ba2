"""The command framework and /watch, /unwatch, /channels, through Telethon's real event builders."""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator

import pytest

import extractors
from bot.config import ChannelConfig, Config, TelegramConfig
from bot.telegram.app import App
from bot.telegram.sweep import Sweeper
from db.channels import channel_overview, sync_config_channels, watched_sources
from db.sources import get_source, list_sources
from db.store import Store
from handlers import commands
from handlers.commands import CommandContext, CommandError, CommandRegistry, parse_int
from handlers.commands.html import Html, esc, fmt, split_message
from handlers.commands.registry import attach
from tests.fake_telegram import FakeClient, standin_extract

ADMIN = 111
STRANGER = 222


@pytest.fixture(autouse=True)
def extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stand-in extractor: these tests are about the live path, not the rules."""
    monkeypatch.setattr(extractors, "extract", standin_extract)


def make_config(**telegram: object) -> Config:
    return Config(
        telegram=TelegramConfig(admins=[ADMIN], backfill_days=0, backfill_posts=50, **telegram),  # type: ignore[arg-type]
        channels=[ChannelConfig(username="rybar", side="ru", lang="ru", title="Rybar")],
    )


@pytest.fixture
async def app(store: Store) -> AsyncIterator[App]:
    config = make_config()
    async with store.transaction() as conn:
        await sync_config_channels(conn, config.channels)
    user, bot = FakeClient(), FakeClient(bot=True)
    app = App(config=config, store=store, user=user, bot=bot, bot_username="claimwatch_test_bot")
    app.sweeper = Sweeper(store, user, config.telegram, watchlist=app.watchlist)
    await app.watchlist.reload(store)
    commands.register(bot, app)
    yield app
    await app.cancel_tasks()


async def say(app: App, user_id: int, text: str) -> list[str]:
    bot: FakeClient = app.bot
    before = len(bot.sent)
    await bot.dispatch(bot.command(user_id, text))
    for task in list(app._tasks):  # let a sweep started by the command finish
        await task
    return [s.text for s in bot.sent[before:]]


# --- the framework ---


def test_html_helpers_escape_every_value() -> None:
    assert fmt("<b>{}</b>", "<i>&") == "<b>&lt;i&gt;&amp;</b>"
    assert esc(Html("<b>x</b>")) == "<b>x</b>"  # already safe: kept
    assert fmt('<a href="{}">{}</a>', 'https://x/"><script>', "t") == (
        '<a href="https://x/&quot;&gt;&lt;script&gt;">t</a>'
    )
    parts = split_message(Html("\n".join(["line"] * 2000)), limit=100)
    assert all(len(p) <= 100 for p in parts)
    assert "\n".join(parts).count("line") == 2000
    # a line longer than a message is cut outside tags and entities, each piece balanced
    long = fmt("<b>{}</b> &amp; <i>{}</i>", "word & " * 1000, "ok")
    parts = split_message(long)
    assert len(parts) == 3 and all(len(p) <= 4096 for p in parts)
    assert all(p.count("<b>") == p.count("</b>") for p in parts)
    assert not any(re.search(r"&(?!amp;)", p) for p in parts)  # no entity cut in two
    assert sum(p.count("word") for p in parts) == 1000 and parts[-1].endswith("<i>ok</i>")


async def test_a_command_is_a_function_and_a_registration_line(store: Store) -> None:
    registry = CommandRegistry()
    seen: list[list[str]] = []

    @registry.command("echo", "Say it back.", usage="/echo N words", example="/echo 2 a b")
    async def echo(ctx: CommandContext) -> None:
        times = parse_int(ctx.arg(0), "N", 1, 5)
        seen.append(ctx.args)
        await ctx.reply(fmt("{}", " ".join(ctx.args[1:]) * times))

    bot = FakeClient(bot=True)
    app = App(config=make_config(), store=store, bot=bot, bot_username="claimwatch_test_bot")
    attach(registry, bot, app)

    await bot.dispatch(bot.command(STRANGER, '/echo 2 "<b>hi</b>"'))
    assert seen == [["2", "<b>hi</b>"]]
    assert bot.sent[-1].text == "&lt;b&gt;hi&lt;/b&gt;" * 2
    assert bot.sent[-1].kwargs == {"parse_mode": "html", "link_preview": False}
    assert bot.sent[-1].entity == STRANGER

    await bot.dispatch(bot.command(STRANGER, "/echo many"))
    assert "N must be a whole number, not 'many'." in bot.sent[-1].text
    assert "Usage: /echo N words" in bot.sent[-1].text
    assert "Example: /echo 2 a b" in bot.sent[-1].text

    await bot.dispatch(bot.command(STRANGER, "/echo@some_other_bot 1 x"))
    assert len(seen) == 1  # addressed to another bot in a group: not ours
    await bot.dispatch(bot.command(STRANGER, "/echo@claimwatch_test_bot 1 x"))
    assert len(seen) == 2

    await bot.dispatch(bot.command(STRANGER, "/nosuch"))
    assert "Unknown command /nosuch" in bot.sent[-1].text
    assert registry.menu(admin=False) == [("echo", "Say it back.")]
    with pytest.raises(ValueError):
        registry.add("echo", echo, "again")


async def test_a_failing_command_answers_and_logs_without_the_text(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    registry = CommandRegistry()

    @registry.command("boom", "Fails.")
    async def boom(ctx: CommandContext) -> None:
        raise RuntimeError("internal")

    @registry.command("bad", "Refuses its input.")
    async def bad(ctx: CommandContext) -> None:
        raise CommandError("Expected a topic.")

    bot = FakeClient(bot=True)
    app = App(config=make_config(), store=store, bot=bot)
    attach(registry, bot, app)
    with caplog.at_level(logging.ERROR):
        await bot.dispatch(bot.command(STRANGER, "/boom private words"))
    assert "Something went wrong" in bot.sent[-1].text
    assert "/boom" in caplog.text and "private words" not in caplog.text
    await bot.dispatch(bot.command(STRANGER, "/bad"))
    assert bot.sent[-1].text.startswith("Expected a topic.")


# --- /watch, /unwatch, /channels ---


async def test_non_admin_watch_changes_nothing_and_the_refusal_log_has_no_text(
    app: App, caplog: pytest.LogCaptureFixture
) -> None:
    app.user.add_channel("secret_channel")
    before = await list_sources(app.store.conn)
    with caplog.at_level(logging.INFO):
        replies = await say(app, STRANGER, "/watch @secret_channel wagner ru")
    assert replies == [
        "Sorry, /watch is for the bot's admins only. Send /help for what you can use."
    ]
    assert await list_sources(app.store.conn) == before
    assert app.user.entity_calls == []  # Telegram was not even asked
    refusals = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refusals) == 1
    line = refusals[0].getMessage()
    assert str(STRANGER) in line and "/watch" in line
    assert "secret_channel" not in caplog.text and "wagner" not in caplog.text
    for cmd in ("/unwatch @rybar", "/channels"):
        assert (await say(app, STRANGER, cmd))[0].startswith("Sorry,")
    assert [s.handle for s in await watched_sources(app.store.conn)] == ["rybar"]


async def test_admin_watch_adds_the_channel_and_backfills_it(app: App) -> None:
    grey = app.user.add_channel("Grey_Zone", "Grey Zone <official>")
    for i in range(5):
        grey.post(f"post {i}")
    replies = await say(app, ADMIN, "/watch @Grey_Zone wagner ru")
    assert "Now watching @grey_zone (Grey Zone &lt;official&gt;) with side wagner" in replies[0]
    source = await get_source(app.store.conn, "telegram", "grey_zone")
    assert source is not None
    assert (source.origin, source.side, source.lang, source.active) == ("bot", "wagner", "ru", True)
    assert source.tg_id == grey.id and source.title == "Grey Zone <official>"
    assert source.cursor == 5  # the sweep started by /watch backfilled it
    count = await (
        await app.store.conn.execute("SELECT COUNT(*) FROM posts WHERE source_id = ?", (source.id,))
    ).fetchone()
    assert count is not None and count[0] == 5
    assert app.watchlist.by_tg_id(grey.id) is not None

    assert "Already watching" in (await say(app, ADMIN, "/watch @grey_zone wagner ru"))[0]
    assert "now with side jnim" in (await say(app, ADMIN, "/watch @grey_zone jnim"))[0]


async def test_watch_refuses_what_cannot_be_watched(app: App) -> None:
    private = app.user.add_channel("closed_club")
    private.private = True
    reply = (await say(app, ADMIN, "/watch @closed_club"))[0]
    assert "cannot be watched: the channel is private" in reply
    assert (
        "cannot be watched: no channel has this username"
        in (await say(app, ADMIN, "/watch @no_such_name"))[0]
    )
    assert "Unknown side 'martians'" in (await say(app, ADMIN, "/watch @closed_club martians"))[0]
    assert "not a public channel username" in (await say(app, ADMIN, "/watch @x!"))[0]
    assert "needs more arguments" in (await say(app, ADMIN, "/watch"))[0]
    assert await get_source(app.store.conn, "telegram", "closed_club") is None
    assert await get_source(app.store.conn, "telegram", "no_such_name") is None


async def test_config_wins_on_conflict(app: App) -> None:
    app.user.add_channel("rybar")
    reply = (await say(app, ADMIN, "/watch @rybar wagner en"))[0]
    assert "configured in config.toml (side ru, language ru); config wins" in reply
    source = await get_source(app.store.conn, "telegram", "rybar")
    assert source is not None and (source.side, source.lang, source.origin) == (
        "ru",
        "ru",
        "config",
    )
    assert "listed in config.toml, and config wins" in (await say(app, ADMIN, "/unwatch @rybar"))[0]
    assert [s.handle for s in await watched_sources(app.store.conn)] == ["rybar"]

    # A channel first added by /watch and later written into config.toml: config takes it over.
    app.user.add_channel("grey_zone")
    await say(app, ADMIN, "/watch @grey_zone jnim fr")
    async with app.store.transaction() as conn:
        await sync_config_channels(
            conn,
            [
                ChannelConfig(username="rybar", side="ru", lang="ru"),
                ChannelConfig(username="grey_zone", side="wagner", lang="ru"),
            ],
        )
    grey = await get_source(app.store.conn, "telegram", "grey_zone")
    assert grey is not None and (grey.side, grey.lang, grey.origin) == ("wagner", "ru", "config")


async def test_unwatch_stops_reading_and_keeps_the_posts(app: App) -> None:
    ch = app.user.add_channel("grey_zone")
    ch.post("one")
    await say(app, ADMIN, "/watch @grey_zone wagner")
    reply = (await say(app, ADMIN, "/unwatch @grey_zone"))[0]
    assert "Stopped watching @grey_zone" in reply
    assert [s.handle for s in await watched_sources(app.store.conn)] == ["rybar"]
    assert app.watchlist.by_tg_id(ch.id) is None
    rows = await (await app.store.conn.execute("SELECT COUNT(*) FROM posts")).fetchone()
    assert rows is not None and rows[0] == 1
    assert "not being watched already" in (await say(app, ADMIN, "/unwatch @grey_zone"))[0]
    assert "is not watched" in (await say(app, ADMIN, "/unwatch @nobody_here"))[0]
    assert "Now watching" in (await say(app, ADMIN, "/watch @grey_zone"))[0]


async def test_channels_lists_side_last_post_and_last_error(app: App) -> None:
    rybar = app.user.add_channel("rybar")
    rybar.post("first")
    rybar.post("<script>second</script>")
    await app.sweeper.sweep_all()  # type: ignore[union-attr]
    rybar.private = True
    await app.sweeper.sweep_all()  # type: ignore[union-attr]
    text = (await say(app, ADMIN, "/channels"))[0]
    assert "<b>1 watched channel(s)</b>" in text
    assert "<b>@rybar</b> (Rybar) · side ru, language ru · from config" in text
    assert '<a href="https://t.me/rybar/2">#2</a>' in text
    assert "2 stored" in text
    assert "last error: the channel is private now" in text
    assert "<script>" not in text
    rows = await channel_overview(app.store.conn)
    assert rows[0].last_error is not None


async def test_channels_when_none_are_watched(store: Store) -> None:
    bot = FakeClient(bot=True)
    app = App(config=Config(telegram=TelegramConfig(admins=[ADMIN])), store=store, bot=bot)
    commands.register(bot, app)
    await bot.dispatch(bot.command(ADMIN, "/channels"))
    assert "No channels are watched" in bot.sent[-1].text
