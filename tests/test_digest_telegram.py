"""The Telegram form: escaped HTML, messages under 4,096 UTF-16 units, the chart as pages."""

from __future__ import annotations

import dataclasses
import io
import re
from html import unescape

import pytest
from PIL import Image
from telethon.extensions import html as tl_html
from telethon.tl.types import MessageEntityTextUrl

from bot.digest.chart import ALBUM_LIMIT
from bot.digest.model import Digest
from bot.digest.telegram import (
    CAPTION_LIMIT,
    MESSAGE_LIMIT,
    _split_line,
    pack_lines,
    split_html,
    telegram_digest,
    utf16_len,
)
from tests.test_digest_chart import digest_of_groups
from tests.test_digest_render import HUGE, SCRIPT, hostile_digest

_TAGS = re.compile(r"<[^>]+>")


def visible(html_text: str) -> str:
    return unescape(_TAGS.sub("", html_text))


def test_exactly_4096_is_one_message_and_4097_is_two() -> None:
    line = "a" * 99
    lines = [line] * 40 + ["b" * (MESSAGE_LIMIT - 40 * 100)]  # 40 lines + newlines + the rest
    assert utf16_len("\n".join(lines)) == MESSAGE_LIMIT
    assert pack_lines(lines) == ["\n".join(lines)]
    longer = [*lines[:-1], lines[-1] + "b"]
    out = pack_lines(longer)
    assert len(out) == 2 and out[0] == "\n".join(longer[:-1]) and out[1] == longer[-1]


def test_limit_counts_utf16_units_like_telegram() -> None:
    emoji = "🔥" * 2048  # 2 units each: exactly 4,096
    assert pack_lines([emoji]) == [emoji]
    out = pack_lines([emoji + "🔥"])
    assert len(out) == 2 and all(utf16_len(m) <= MESSAGE_LIMIT for m in out)
    assert "".join(out) == emoji + "🔥"  # never half a surrogate pair


def test_cuts_fall_between_lines() -> None:
    lines = [f"<b>line {i}</b> " + "x" * 90 for i in range(200)]
    out = pack_lines(lines)
    assert len(out) > 1
    assert [x for m in out for x in m.split("\n")] == lines
    assert all(utf16_len(m) <= MESSAGE_LIMIT for m in out)


def test_an_overlong_line_is_cut_without_breaking_tags_or_entities() -> None:
    body = ("word &amp; &lt;tag&gt; " * 400) + "<i>" + "y" * 5000 + "</i> end"
    line = f'<b>start <a href="https://t.me/x/1">{body}</a></b>'
    pieces = _split_line(line, MESSAGE_LIMIT)
    assert len(pieces) >= 3
    assert all(utf16_len(p) <= MESSAGE_LIMIT for p in pieces)
    assert "".join(visible(p) for p in pieces) == visible(line)
    for p in pieces:
        text, entities = tl_html.parse(p)  # Telegram's own parser accepts each piece
        assert entities
        assert not re.search(r"&[#\w]*$", p.split("<")[0])  # no entity cut in half
        assert p.count("<b>") == p.count("</b>") and p.count("<a ") == p.count("</a>")


def test_small_limits_still_work() -> None:
    line = "<b>" + "&amp;" * 50 + "</b>"
    pieces = _split_line(line, 20)
    assert all(utf16_len(p) <= 20 for p in pieces)
    assert "".join(visible(p) for p in pieces) == "&" * 50
    with pytest.raises(ValueError):
        _split_line("<b>" + "x" * 10 + "</b>", 6)  # the tags alone do not fit


def test_hostile_digest_in_telegram_form() -> None:
    out = telegram_digest(hostile_digest(), chart=True)
    assert out.parse_mode == "html" and out.link_preview is False
    assert len(out.photos) == 1 and out.photos[0].startswith(b"\x89PNG")
    assert 0 < utf16_len(out.caption) <= CAPTION_LIMIT
    joined = ""
    urls: list[str] = []
    for message in out.messages:
        assert 0 < utf16_len(message) <= MESSAGE_LIMIT
        assert "<script" not in message and "\u202e" not in message and "\x1b" not in message
        text, entities = tl_html.parse(message)
        joined += text + "\n"
        urls += [e.url for e in entities if isinstance(e, MessageEntityTextUrl)]
    assert SCRIPT in joined  # shown as text, never as a tag
    assert urls and all(u.startswith("https://t.me/chan/1?q=<x>&y=") for u in urls)
    assert HUGE not in joined and "жжж" in joined  # the 100 KB quote is cut to a readable size


def test_empty_digest_is_one_message_and_no_photo() -> None:
    out = telegram_digest(Digest(topic="t", title="T & <b>", since=None, until=None))
    assert out.photos == [] and out.caption == ""
    assert len(out.messages) == 1 and "No casualty claims" in out.messages[0]
    assert "T &amp; &lt;b&gt;" in out.messages[0]


def test_split_html_of_a_big_digest_keeps_every_line() -> None:
    lines = [f"<b>{i}</b> <i>{'q' * 300}</i>" for i in range(100)]
    out = split_html("\n".join(lines))
    assert [x for m in out for x in m.split("\n")] == lines


def test_a_tall_chart_goes_as_pages_telegram_can_show_with_one_caption() -> None:
    d = digest_of_groups([7, 1, 6, 2, 6, 3, 1, 1])
    d = dataclasses.replace(d, title="<script>" + "T & " * 400)  # hostile and too long
    out = telegram_digest(d)
    assert 1 < len(out.photos) <= ALBUM_LIMIT
    for png in out.photos:
        with Image.open(io.BytesIO(png)) as im:
            assert im.format == "PNG" and im.size[0] <= 1280 and im.size[1] <= 1280
    assert 0 < utf16_len(out.caption) <= CAPTION_LIMIT
    text, _ = tl_html.parse(out.caption)
    assert text.startswith("<script>T & T & ")  # escaped, so shown as text
