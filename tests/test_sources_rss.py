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
