"""RSS 2.0 and Atom parsing: plain text out, unsafe links dropped, any charset read right."""

from __future__ import annotations

import json

import pytest

from bot.sources.rss import FeedError, entry_to_post, parse_feed

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>RFI Afrique</title>
    <link>https://www.rfi.fr/fr/afrique/</link>
    <description>Toute l'actualité africaine</description>
    <item>
      <title>Mali: au moins 47 soldats tués à Tinzaouatène</title>
      <link>https://www.rfi.fr/fr/afrique/20240729-mali-tinzaouatene</link>
      <guid isPermaLink="false">rfi-20240729-1</guid>
      <description>&lt;p&gt;Les rebelles du &lt;b&gt;CSP&lt;/b&gt; affirment avoir tué
        des dizaines de mercenaires.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description>
      <pubDate>Mon, 29 Jul 2024 10:00:00 +0200</pubDate>
    </item>
    <item>
      <title>&lt;b&gt;Alerte&lt;/b&gt; &amp;lt;script&amp;gt;alert(2)&amp;lt;/script&amp;gt; à Kidal</title>
      <link>javascript:alert(document.cookie)</link>
      <guid isPermaLink="false">rfi-20240729-2</guid>
      <description>Texte</description>
      <pubDate>Mon, 29 Jul 2024 12:00:00 GMT</pubDate>
    </item>
    <item>
      <title>Relative link</title>
      <link>/fr/afrique/relative</link>
    </item>
    <item>
      <title>Data link</title>
      <link>data:text/html;base64,PHNjcmlwdD4=</link>
      <guid isPermaLink="false">rfi-data</guid>
    </item>
  </channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Новости &lt;Сахель&gt;</title>
  <link href="https://example.org/"/>
  <id>urn:uuid:feed</id>
  <updated>2024-07-29T10:00:00Z</updated>
  <entry>
    <id>urn:uuid:1</id>
    <title type="html">&lt;em&gt;Засада&lt;/em&gt; у Тинзауатена</title>
    <link rel="alternate" href="https://example.org/a/1"/>
    <updated>2024-07-28T21:30:00+03:00</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Погибли
      <b>более 80</b> бойцов.</p><p>Второй абзац.</p></div></content>
  </entry>
  <entry>
    <id>urn:uuid:2</id>
    <title type="text">&lt;b&gt;literal&lt;/b&gt; tags in a text title</title>
    <link rel="alternate" href="vbscript:msgbox(1)"/>
    <summary>Plain summary</summary>
  </entry>
</feed>
"""


def test_rss_entries_become_plain_text_with_ids_dates_and_links() -> None:
    feed = parse_feed(RSS.encode(), base_url="https://www.rfi.fr/fr/afrique/rss")
    assert feed.title == "RFI Afrique"
    assert feed.problem is None
    first = feed.entries[0]
    assert first.ext_id == "rfi-20240729-1"
    assert first.title == "Mali: au moins 47 soldats tués à Tinzaouatène"
    assert first.summary == "Les rebelles du CSP affirment avoir tué des dizaines de mercenaires."
    assert first.link == "https://www.rfi.fr/fr/afrique/20240729-mali-tinzaouatene"
    assert first.published == "2024-07-29T08:00:00+00:00"
    assert first.outlet == "RFI Afrique"


def test_javascript_data_and_other_schemes_are_dropped() -> None:
    feed = parse_feed(RSS.encode(), base_url="https://www.rfi.fr/fr/afrique/rss")
    by_id = {e.ext_id: e for e in feed.entries}
    assert by_id["rfi-20240729-2"].link is None
    assert by_id["rfi-data"].link is None
    relative = next(e for e in feed.entries if e.title == "Relative link")
    assert relative.link == "https://www.rfi.fr/fr/afrique/relative"
    atom = parse_feed(ATOM.encode())
    assert atom.entries[1].link is None
    for entry in feed.entries + atom.entries:
        assert "javascript:" not in (entry.link or "")


def test_html_in_titles_is_kept_as_text_never_as_markup() -> None:
    feed = parse_feed(RSS.encode())
    alert = next(e for e in feed.entries if e.ext_id == "rfi-20240729-2")
    # The <b> tags were markup and are gone; the escaped <script> was text and stays
    # text (the store holds plain text; escaping happens where it is shown).
    assert alert.title == "Alerte <script>alert(2)</script> à Kidal"
    atom = parse_feed(ATOM.encode())
    assert atom.title == "Новости <Сахель>"
    assert atom.entries[0].title == "Засада у Тинзауатена"
    # A text construct is not HTML: its angle brackets are characters, left as they are.
    assert atom.entries[1].title == "<b>literal</b> tags in a text title"
    # The feed's own <script> inside the summary is dropped, not turned into text.
    assert "alert(1)" not in feed.entries[0].summary


def test_atom_content_dates_and_paragraphs() -> None:
    feed = parse_feed(ATOM.encode())
    first = feed.entries[0]
    assert first.ext_id == "urn:uuid:1"
    assert first.published == "2024-07-28T18:30:00+00:00"
    assert first.summary == "Погибли более 80 бойцов.\nВторой абзац."
    assert first.link == "https://example.org/a/1"


def test_entry_to_post_is_a_mainstream_post_with_raw_payload() -> None:
    entry = parse_feed(RSS.encode()).entries[0]
    post = entry_to_post(entry, source_id=7, lang="fr", body="Corps de l'article.")
    assert post.kind == "mainstream"
    assert post.source_id == 7
    assert post.ext_id == "rfi-20240729-1"
    assert post.url == entry.link
    assert post.date == "2024-07-29T08:00:00+00:00"
    assert post.lang == "fr"
    assert post.text.startswith("Mali: au moins 47 soldats tués à Tinzaouatène\n\nLes rebelles")
    assert post.text.endswith("Corps de l'article.")
    raw = json.loads(post.raw or "{}")
    assert raw["outlet"] == "RFI Afrique" and raw["body"] == "Corps de l'article."


def test_text_does_not_repeat_a_summary_that_is_the_title() -> None:
    feed = parse_feed(
        b"<rss version='2.0'><channel><title>t</title><item><title>Same words</title>"
        b"<description>Same words</description><guid>x</guid></item></channel></rss>"
    )
    assert feed.entries[0].text() == "Same words"


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        # UTF-8 bytes, header claims Latin-1: the bytes win.
        (RSS.encode("utf-8"), "application/rss+xml; charset=iso-8859-1"),
        # No charset anywhere.
        (RSS.replace(' encoding="utf-8"', "").encode("utf-8"), "text/xml"),
        # Really Latin-1, declared in the XML prolog, header silent.
        (RSS.replace("utf-8", "iso-8859-1").encode("iso-8859-1"), None),
        # Really cp1252, header claims UTF-8 and the declaration is missing.
        (RSS.replace(' encoding="utf-8"', "").encode("cp1252"), "text/xml; charset=utf-8"),
        # UTF-16 with a BOM, declaration says utf-16.
        (RSS.replace("utf-8", "utf-16").encode("utf-16"), "text/xml; charset=utf-8"),
    ],
)
def test_wrong_or_missing_charset_still_reads_accents(
    data: bytes, content_type: str | None
) -> None:
    feed = parse_feed(data, content_type=content_type)
    assert feed.entries[0].title == "Mali: au moins 47 soldats tués à Tinzaouatène"


def test_malformed_xml_that_is_not_a_feed_raises() -> None:
    with pytest.raises(FeedError):
        parse_feed(b"<html><body><h1>502 Bad Gateway</h1></body></html>")
    with pytest.raises(FeedError):
        parse_feed(b"\x00\x01garbage<<<>>>")
    with pytest.raises(FeedError):
        parse_feed(b"")


def test_truncated_feed_keeps_the_entries_it_could_read() -> None:
    data = RSS.encode()
    cut = data[: data.index(b"<item>", data.index(b"rfi-20240729-2")) + 20]
    feed = parse_feed(cut)
    assert feed.problem is not None
    assert [e.ext_id for e in feed.entries][:2] == ["rfi-20240729-1", "rfi-20240729-2"]


def test_empty_channel_is_a_feed_with_no_entries() -> None:
    feed = parse_feed(b"<rss version='2.0'><channel><title>Quiet</title></channel></rss>")
    assert feed.entries == [] and feed.title == "Quiet" and feed.problem is None


# --- polling a feed: the failure list, against a real local server ---

from pytest_httpserver import HTTPServer  # noqa: E402
from werkzeug import Request, Response  # noqa: E402

from db.store import Store  # noqa: E402
from tests._httpfakes import (  # noqa: E402
    make_config,
    make_poller,
    never_answers,
    post_rows,
    raw_server,
    source_row,
    streams,
    truncated,
)


def _rss_config(url: str, name: str = "rfi") -> str:
    return f"[[sources]]\nname = '{name}'\nkind = 'rss'\nurl = '{url}'\nlang = 'fr'\n"


async def _poll(store: Store, url: str) -> tuple[bool, str | None, list[dict[str, object]]]:
    poller = make_poller(store, make_config(_rss_config(url)))
    try:
        result = await poller.poll_source("rfi")
    finally:
        await poller.aclose()
    row = await source_row(store, "rfi")
    return result.ok, row.last_error, await post_rows(store, row.id)


async def test_poll_200_stores_mainstream_posts(httpserver: HTTPServer, store: Store) -> None:
    httpserver.expect_request("/rss").respond_with_data(RSS, content_type="application/rss+xml")
    ok, error, posts = await _poll(store, httpserver.url_for("/rss"))
    assert ok and error is None
    assert len(posts) == 4
    first = posts[0]
    assert first["kind"] == "mainstream" and first["lang"] == "fr"
    assert first["url"] == "https://www.rfi.fr/fr/afrique/20240729-mali-tinzaouatene"
    # javascript: link dropped, HTML title kept as text.
    alert = next(p for p in posts if p["ext_id"] == "rfi-20240729-2")
    assert alert["url"] is None
    assert str(alert["text"]).startswith("Alerte <script>alert(2)</script> à Kidal")
    row = await source_row(store, "rfi")
    assert row.last_success is not None and row.posts_fetched == 4


async def test_poll_304_with_etag_and_last_modified(httpserver: HTTPServer, store: Store) -> None:
    validators = {"ETag": '"abc"', "Last-Modified": "Mon, 29 Jul 2024 10:00:00 GMT"}

    def handler(request: Request) -> Response:
        if (
            request.headers.get("If-None-Match") == '"abc"'
            and request.headers.get("If-Modified-Since") == validators["Last-Modified"]
        ):
            return Response(status=304, headers=validators)
        return Response(RSS, content_type="application/rss+xml", headers=validators)

    httpserver.expect_request("/rss").respond_with_handler(handler)
    await _poll(store, httpserver.url_for("/rss"))
    row = await source_row(store, "rfi")
    assert row.etag == '"abc"' and row.last_modified == validators["Last-Modified"]
    poller = make_poller(store, make_config(_rss_config(httpserver.url_for("/rss"))))
    result = await poller.poll_source("rfi")
    await poller.aclose()
    assert result.ok and result.outcome.not_modified and result.outcome.fetched == 0
    assert len(await post_rows(store)) == 4
    assert (await source_row(store, "rfi")).etag == '"abc"'


@pytest.mark.parametrize(
    ("status", "expected"), [(404, "HTTP 404"), (500, "HTTP 500"), (503, "HTTP 503")]
)
async def test_poll_http_errors_are_recorded(
    httpserver: HTTPServer, store: Store, status: int, expected: str
) -> None:
    httpserver.expect_request("/rss").respond_with_data("nope", status=status)
    ok, error, posts = await _poll(store, httpserver.url_for("/rss"))
    assert not ok and error is not None and expected in error and posts == []


async def test_poll_timeout_is_recorded(store: Store) -> None:
    async with raw_server(never_answers) as server:
        ok, error, posts = await _poll(store, server.url)
    assert not ok and "timed out" in (error or "") and posts == []


async def test_poll_truncated_body_is_recorded(store: Store) -> None:
    async with raw_server(truncated) as server:
        ok, error, posts = await _poll(store, server.url)
    assert not ok and "incomplete body" in (error or "") and posts == []


async def test_poll_malformed_xml_is_recorded(httpserver: HTTPServer, store: Store) -> None:
    httpserver.expect_request("/rss").respond_with_data(
        "<html><body>Service Unavailable</body></html>", content_type="text/html"
    )
    ok, error, posts = await _poll(store, httpserver.url_for("/rss"))
    assert not ok and "feed" in (error or "").lower() and posts == []


async def test_poll_truncated_xml_keeps_complete_entries(
    httpserver: HTTPServer, store: Store
) -> None:
    data = RSS.encode()
    httpserver.expect_request("/rss").respond_with_data(data[: data.index(b"Relative")])
    ok, error, posts = await _poll(store, httpserver.url_for("/rss"))
    assert ok and error is not None and error.startswith("partly:")
    assert {"rfi-20240729-1", "rfi-20240729-2"} <= {p["ext_id"] for p in posts}


async def test_poll_wrong_charset(httpserver: HTTPServer, store: Store) -> None:
    httpserver.expect_request("/rss").respond_with_data(
        RSS.encode("utf-8"), content_type="application/rss+xml; charset=windows-1251"
    )
    ok, _, posts = await _poll(store, httpserver.url_for("/rss"))
    assert ok and str(posts[0]["text"]).startswith("Mali: au moins 47 soldats tués à Tinzaouatène")


async def test_poll_50_mb_feed_is_cut_and_recorded(store: Store) -> None:
    async with raw_server(streams(50 * 1024 * 1024)) as server:
        ok, error, posts = await _poll(store, server.url)
    assert not ok and "cap" in (error or "") and posts == []
    assert not server.done


async def test_body_is_fetched_once_for_new_entries(httpserver: HTTPServer, store: Store) -> None:
    article = (
        "<html><head><title>x</title></head><body><nav>Menu Accueil</nav><article><h1>Mali</h1>"
        + "<p>Au moins 47 soldats maliens et 84 mercenaires de Wagner ont été tués lors des"
        " combats de Tinzaouatène, selon les rebelles.</p>"
        * 5
        + "</article><footer>© RFI</footer></body></html>"
    )
    feed = (
        "<rss version='2.0'><channel><title>RFI</title><item><title>Combats</title>"
        f"<link>{httpserver.url_for('/article')}</link><guid>a1</guid></item></channel></rss>"
    )
    httpserver.expect_request("/rss").respond_with_data(feed)
    httpserver.expect_request("/article").respond_with_data(article, content_type="text/html")
    config = make_config(_rss_config(httpserver.url_for("/rss")) + "fetch_body = true\n")
    for _ in range(2):
        poller = make_poller(store, config)
        assert (await poller.poll_source("rfi")).ok
        await poller.aclose()
    posts = await post_rows(store)
    assert len(posts) == 1
    text = str(posts[0]["text"])
    assert text.startswith("Combats\n\n") and "84 mercenaires de Wagner" in text
    assert "Menu Accueil" not in text
    assert sum(1 for req, _ in httpserver.log if req.path == "/article") == 1
