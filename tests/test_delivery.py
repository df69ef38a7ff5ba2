"""Sending a digest's Telegram form: order, parse mode, previews, the chart, resumes, /digest."""

from __future__ import annotations

import datetime as dt
import functools

import pytest
from freezegun import freeze_time
from telethon import errors

from bot.delivery import (
    Outgoing,
    classify,
    describe,
    digest_outgoing,
    empty_line,
    send_outgoing,
)
from bot.digest.telegram import MESSAGE_LIMIT, telegram_digest, utf16_len
from bot.scheduler import Scheduler
from bot.sendings import Sender
from db import subscriptions as subs
from db.store import Store
from handlers.commands.html import Html
from tests.bot_world import ANN, Post, killed, make_app, make_config, say, seed
from tests.fake_bot import FakeBot, check_html
from tests.test_digest_chart import digest_of_groups

NOW = dt.datetime(2024, 7, 29, 9, 0, tzinfo=dt.UTC)
HOSTILE = 'Rybar: <script>alert(1)</script> & "80" <b>killed</b> near Tinzaouaten'


def _world() -> list[Post]:
    return [
        Post("rybar", 101, NOW - dt.timedelta(hours=3), HOSTILE, [killed(80, text=HOSTILE)]),
        Post(
            "rfi_afrique",
            7,
            NOW - dt.timedelta(hours=2),
            "Some 47 fighters were killed, RFI says.",
            [killed(47, text="Some 47 fighters")],
            kind="mainstream",
        ),
        Post("rybar", 102, NOW - dt.timedelta(days=3), "Old: 5 killed.", [killed(5, text="5")]),
    ]


async def test_parts_go_in_order_as_html_without_previews_then_the_chart() -> None:
    bot = FakeBot()
    out = Outgoing(
        [Html("<b>one</b>"), Html("two")], photos=[b"\x89PNG..."], caption=Html("<i>c</i>")
    )
    reported: list[int] = []

    async def on_part(n: int) -> None:
        reported.append(n)

    assert await send_outgoing(bot, ANN, out, on_part=on_part) == 3
    one, two, photo = bot.sent
    assert (one.kind, one.text, two.text) == ("message", "<b>one</b>", "two")
    assert one.kwargs == {"parse_mode": "html", "link_preview": False}
    assert photo.kind == "photo" and photo.kwargs["file"] == b"\x89PNG..."
    assert photo.kwargs["name"] == "digest.png" and photo.kwargs["force_document"] is False
    assert photo.text == "<i>c</i>" and photo.kwargs["parse_mode"] == "html"
    assert reported == [1, 2, 3]


async def test_a_chart_of_several_pages_is_one_album_and_one_part() -> None:
    bot = FakeBot()
    pages = [b"\x89PNG page 1", b"\x89PNG page 2", b"\x89PNG page 3"]
    out = Outgoing([Html("one")], photos=pages, caption=Html("<b>T &amp; c</b>"))
    reported: list[int] = []

    async def on_part(n: int) -> None:
        reported.append(n)

    assert out.parts == 2
    assert await send_outgoing(bot, ANN, out, on_part=on_part) == 2
    message, album = bot.sent
    assert message.kind == "message" and album.kind == "album"
    assert album.kwargs["files"] == pages  # in order, in one request
    assert album.kwargs["names"] == ["digest-1.png", "digest-2.png", "digest-3.png"]
    # Telethon puts a str caption on the album's first photo, parsed as HTML.
    assert album.text == "<b>T &amp; c</b>" and album.kwargs["parse_mode"] == "html"
    assert album.kwargs["force_document"] is False
    assert reported == [1, 2]


async def test_a_resume_sends_only_the_parts_not_yet_delivered() -> None:
    bot = FakeBot()
    out = Outgoing([Html("one"), Html("two")], photos=[b"png"])
    await send_outgoing(bot, ANN, out, start=2)
    assert [s.kind for s in bot.sent] == ["photo"]


async def test_an_album_refused_is_sent_whole_on_retry_and_never_after_it_went() -> None:
    bot = FakeBot()
    out = Outgoing([Html("one")], photos=[b"p1", b"p2"], caption=Html("c"))
    delivered: list[int] = []

    async def on_part(n: int) -> None:
        delivered.append(n)

    bot.fail_next(ANN, _ok, ConnectionError("reset"))  # the message goes, the album does not
    with pytest.raises(ConnectionError):
        await send_outgoing(bot, ANN, out, on_part=on_part)
    assert delivered == [1] and [s.kind for s in bot.sent] == ["message"]
    await send_outgoing(bot, ANN, out, start=delivered[-1], on_part=on_part)
    assert [s.kind for s in bot.sent] == ["message", "album"]
    assert bot.sent[1].kwargs["files"] == [b"p1", b"p2"]
    assert delivered == [1, 2]
    assert await send_outgoing(bot, ANN, out, start=2) == 2  # all delivered: nothing again
    assert len(bot.sent) == 2


async def _ok() -> None:
    return None


async def test_a_caption_over_telegrams_limit_is_replaced_not_cut_through_markup() -> None:
    bot = FakeBot()
    long = Html("<b>" + "x" * 2000 + "</b>")
    await send_outgoing(bot, ANN, Outgoing([], photos=[b"png"], caption=long))
    assert bot.sent[0].text == "Chart of the claims above."


async def test_a_real_multi_page_chart_goes_as_one_album_captioned_on_the_first() -> None:
    form = telegram_digest(digest_of_groups([7, 1, 6, 2, 6, 3, 1, 1]))
    assert len(form.photos) > 1
    out = Outgoing([Html(m) for m in form.messages], photos=form.photos, caption=Html(form.caption))
    bot = FakeBot()
    await send_outgoing(bot, ANN, out)
    *messages, album = bot.sent
    assert [m.text for m in messages] == form.messages
    assert album.kind == "album" and album.kwargs["files"] == form.photos
    assert album.text == form.caption and "<b>Pages</b>" in album.text
    assert bot.unsafe == []


def test_the_empty_line_is_one_escaped_sentence() -> None:
    assert empty_line("<x>", 1) == "No casualty claims about <b>&lt;x&gt;</b> in the last day."
    assert empty_line(None, 7) == "No casualty claims in the last 7 days."
    assert empty_line("t", 1, "from 2024-07-20 to 2024-08-31").endswith("2024-08-31.")


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (errors.FloodWaitError(request=None, capture=5), "flood"),
        (errors.UserIsBlockedError(request=None), "gone"),
        (errors.InputUserDeactivatedError(request=None), "gone"),
        (errors.ChatWriteForbiddenError(request=None), "gone"),
        (errors.PeerIdInvalidError(request=None), "gone"),
        (ValueError("Could not find the input entity for PeerUser(user_id=5)"), "gone"),
        (ConnectionError("reset"), "retry"),
        (errors.RPCError(request=None, message="INTERNAL", code=500), "retry"),
    ],
)
def test_failures_are_sorted_into_flood_gone_and_retry(exc: BaseException, kind: str) -> None:
    assert classify(exc) == kind
    assert describe(exc).startswith(type(exc).__name__)


# --- the real digest, from the store ---


async def test_digest_form_from_the_store_is_escaped_and_split(store: Store) -> None:
    config = make_config()
    await seed(store, config, _world())
    out = await digest_outgoing(store, config, "tinzaouaten", NOW - dt.timedelta(days=1), NOW)
    assert not out.empty and out.messages
    text = "\n".join(out.messages)
    for message in out.messages:
        check_html(message)
        assert utf16_len(message) <= MESSAGE_LIMIT
    assert "&lt;script&gt;" in text and "<script>" not in text
    assert "80" in text and "47" in text
    assert "Old: 5" not in text  # three days old: outside the window
    assert out.photos and all(p.startswith(b"\x89PNG") for p in out.photos)
    check_html(out.caption)


async def test_digest_form_of_an_empty_window_is_empty(store: Store) -> None:
    config = make_config()
    await seed(store, config, _world())
    out = await digest_outgoing(store, config, "bakhmut", NOW - dt.timedelta(days=1), NOW)
    assert out.empty and out.parts == 0


async def test_digest_command_sends_the_form_now(store: Store) -> None:
    app = make_app(store)
    await seed(store, app.config, _world())
    with freeze_time(NOW):
        sent = await say(app, "/digest tinzaouaten")
    assert [s.kind for s in sent][-1] == "photo"
    assert all(s.kind == "message" for s in sent[:-1])
    assert all(s.kwargs.get("link_preview") is False for s in sent[:-1])
    assert any("&lt;script&gt;" in s.text for s in sent)
    assert app.bot.unsafe == []


async def test_digest_command_for_an_empty_window_sends_one_line(store: Store) -> None:
    app = make_app(store)
    with freeze_time(NOW):
        (reply,) = await say(app, "/digest bakhmut 2")
    assert reply.text == "No casualty claims about <b>bakhmut</b> in the last 2 days."


async def test_digest_of_a_topic_that_is_over_shows_its_window(store: Store) -> None:
    extra = '[[topics]]\nname = "ambush"\nkeywords = ["x"]\nsince = 2024-07-25\nuntil = 2024-07-29'
    app = make_app(store, make_config(extra))
    await seed(
        store, app.config, [Post("rybar", 9, NOW, "31 killed", [killed(31)], topic="ambush")]
    )
    with freeze_time(NOW + dt.timedelta(days=400)):
        sent = await say(app, "/digest ambush")
    assert (
        sent[0].text == "<i>ambush is over: showing its whole window, 2024-07-25 to 2024-07-29.</i>"
    )
    assert any("31" in s.text for s in sent[1:])


async def test_scheduled_digest_sends_the_real_form(store: Store) -> None:
    config = make_config()
    await seed(store, config, _world())
    bot = FakeBot()
    sender = Sender(store, config, bot, functools.partial(digest_outgoing, store, config))
    scheduler = Scheduler(store, config, sender)
    with freeze_time(NOW, real_asyncio=True):  # 12:00 in Kyiv: due right now
        async with store.transaction() as conn:
            await subs.subscribe(conn, ANN, "tinzaouaten", "12:00", created_by=ANN)
        await scheduler.start()
        await scheduler.drain()
        await scheduler.shutdown()
    assert bot.to(ANN)[-1].kind == "photo"
    (row,) = await subs.recent_sendings(store.conn)
    assert (row.status, row.parts_sent) == ("sent", len(bot.to(ANN)))
    assert bot.unsafe == []
