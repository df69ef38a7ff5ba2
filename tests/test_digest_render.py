"""Every renderer fed hostile text: it comes out escaped, whole, and harmless."""

from __future__ import annotations

import csv
import io
import json
from html.parser import HTMLParser

import pytest

from bot.digest.build import group as group_claims
from bot.digest.model import Digest, DigestClaim
from bot.digest.render_csv import COLUMNS, render_csv
from bot.digest.render_html import render_html
from bot.digest.render_json import render_json
from bot.digest.render_text import render_text

SCRIPT = "<script>alert('x')</script>"
AMP = "Tom &amp; Jerry & co"
UNBALANCED = "<b>bold <i>open </b> </div> <a href='javascript:alert(1)'>x"
RTL = "\u202eevil\u202c \u200fמרכז\u200f قتلى"
ANSI = "\x1b[2J\x1b[31mred\x07"
MARKUP = "[bold red]not markup[/]"
HUGE = "ж" * 100_000


def hostile_claim(**over: object) -> DigestClaim:
    quote = f"{SCRIPT} {AMP} {UNBALANCED} {RTL} {ANSI} {MARKUP} killed 5"
    fields: dict[str, object] = dict(
        side="telegram",
        source=f"Chan {SCRIPT}",
        source_handle="chan",
        claimant=f"{SCRIPT}, via {AMP}",
        claimant_id="evil",
        kind="killed",
        victim="wagner",
        low=5,
        high=5,
        approx=False,
        scope="event",
        figure="5",
        date="2024-07-28T10:00:00+00:00",
        url='https://t.me/chan/1?q=<x>&y="z"',
        quote=quote,
        mark=(len(quote) - 8, len(quote)),
        post_id=1,
    )
    fields.update(over)
    return DigestClaim(**fields)  # type: ignore[arg-type]


def hostile_digest() -> Digest:
    claims = [
        hostile_claim(),
        hostile_claim(side="mainstream", post_id=2, quote=HUGE, mark=(10, 20), figure="=1+1"),
        hostile_claim(post_id=3, status="deleted", url="javascript:alert(1)", figure="7"),
        hostile_claim(post_id=4, victim=f"x{SCRIPT}", kind="wounded", claimant_id=MARKUP),
    ]
    return Digest(
        topic=f"t{SCRIPT}",
        title=f"Title {SCRIPT} {AMP} {RTL}",
        since="2024-07-20T00:00:00+00:00",
        until="2024-09-01T00:00:00+00:00",
        groups=group_claims(claims),
    )


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs += [v or "" for k, v in attrs if k == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_escapes_everything() -> None:
    page = render_html(hostile_digest(), chart_png=b"\x89PNG fake")
    parsed = _Collect()
    parsed.feed(page)
    text = "".join(parsed.text)
    assert "script" not in parsed.tags and "i" not in parsed.tags and "div" not in parsed.tags
    assert set(parsed.tags) <= {
        "html", "head", "meta", "title", "style", "body", "h1", "p", "img", "section", "h2",
        "table", "thead", "tr", "th", "tbody", "td", "span", "a", "q", "mark", "del", "footer",
    }  # fmt: skip
    assert SCRIPT in text and AMP in text and "<b>bold <i>open </b>" in text
    assert HUGE[:50_000] in text  # the whole quote is on the page
    assert "\u202e" not in page and "\x1b" not in page and "\u200f" in page  # marks kept
    assert all(h.startswith("https://") for h in parsed.hrefs)
    assert "javascript:" not in "".join(parsed.hrefs)
    assert "default-src 'none'" in page  # no script or remote load can run


def test_text_is_plain_and_cleaned() -> None:
    out = render_text(hostile_digest(), width=200)
    assert "<script>alert('x')</script>" in out.replace("\n", "")
    assert "[bold red]not markup[/]" in out.replace("\n", "")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "deleted" in out
    assert len(out) < 40_000  # the 100 KB quote is cut for the terminal


def test_text_with_colour_has_no_foreign_escapes() -> None:
    out = render_text(hostile_digest(), width=160, color=True)
    assert "\x1b[2J" not in out and "\x07" not in out


def test_json_roundtrip_and_field_names() -> None:
    d = hostile_digest()
    data = json.loads(render_json(d))
    assert {"topic", "since", "until", "groups"} <= data.keys()
    for g in data["groups"]:
        assert {"victim", "kind", "claims", "telegram", "mainstream"} <= g.keys()
        assert {"low", "high"} <= g["telegram"].keys() and {"low", "high"} <= g["mainstream"].keys()
        for c in g["claims"]:
            assert {
                "side", "source", "claimant", "low", "high", "approx", "scope", "figure",
                "date", "url", "quote", "posts",
            } <= c.keys()  # fmt: skip
            assert c["side"] in ("telegram", "mainstream")
    quotes = [c["quote"] for g in data["groups"] for c in g["claims"]]
    assert HUGE in quotes  # data keeps the text exactly
    assert data["topic"] == f"t{SCRIPT}"


def test_csv_roundtrip_and_no_formulas() -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(hostile_digest()))))
    assert len(rows) == 4
    assert list(rows[0].keys()) == list(COLUMNS)
    by_figure = {r["figure"]: r for r in rows}
    assert "'=1+1" in by_figure  # a formula stays text in a spreadsheet
    assert by_figure["'=1+1"]["quote"] == HUGE
    assert rows[0]["low"] == "5" and rows[0]["approx"] == "false"
    assert any(SCRIPT in r["quote"] for r in rows)


@pytest.mark.parametrize("render", [render_text, render_json, render_csv, render_html])
def test_empty_digest_renders(render: object) -> None:
    d = Digest(topic=None, title="All claims", since=None, until=None)
    out = render(d)  # type: ignore[operator]
    assert isinstance(out, str) and out


def test_every_form_tells_deleted_edited_and_withdrawn_figures() -> None:
    from bot.digest.telegram import telegram_digest

    claims = [
        hostile_claim(claimant="A", post_id=1, status="deleted", figure="80+"),
        hostile_claim(claimant="B", post_id=2, edited=True, was="20+", figure="50+"),
        hostile_claim(claimant="C", post_id=3, status="withdrawn", edited=True, figure="3"),
    ]
    d = Digest(topic=None, title="T", since=None, until=None, groups=group_claims(claims))
    text, page = render_text(d, width=200), render_html(d)
    tg = "\n".join(telegram_digest(d, chart=False).messages)
    for out in (text, page, tg):
        assert "deleted" in out and "edited, was 20+" in out and "edited out" in out
    assert "<del>80+</del>" in page and "<s><b>80+</b></s>" in tg
    data = json.loads(render_json(d))
    statuses = {c["claimant"]: (c["status"], c["deleted"]) for c in data["groups"][0]["claims"]}
    assert statuses == {"A": ("deleted", True), "B": ("current", False), "C": ("withdrawn", False)}
    # Figures that no longer stand stay out of the spread.
    assert (data["groups"][0]["telegram"]["low"], data["groups"][0]["telegram"]["high"]) == (5, 5)
