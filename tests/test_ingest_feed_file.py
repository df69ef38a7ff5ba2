"""`claimwatch ingest` of RSS 2.0 and Atom feeds, from files and over HTTP."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from pytest_httpserver import HTTPServer

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>RFI Afrique</title><link>https://www.rfi.fr/fr/afrique/</link>
  <item>
    <title>Mali: au moins 47 soldats tués à Tinzaouatène</title>
    <link>https://www.rfi.fr/fr/afrique/20240729-mali</link>
    <guid isPermaLink="false">rfi-20240729-mali</guid>
    <description>&lt;p&gt;Les rebelles revendiquent &lt;b&gt;84&lt;/b&gt; Wagner tués.&lt;/p&gt;</description>
    <pubDate>Mon, 29 Jul 2024 10:00:00 +0200</pubDate>
  </item>
  <item>
    <title>Soudan: la guerre continue</title>
    <link>https://www.rfi.fr/fr/afrique/20240730-soudan</link>
    <pubDate>Tue, 30 Jul 2024 08:00:00 GMT</pubDate>
  </item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example News</title>
  <link href="https://news.example.org/"/>
  <id>urn:example:feed</id>
  <updated>2024-07-30T12:00:00Z</updated>
  <entry>
    <title>Дюжина погибших</title>
    <link href="/2024/07/30/story"/>
    <id>urn:example:1</id>
    <updated>2024-07-30T12:00:00Z</updated>
    <summary>Около 12 погибших — مقتل 12 شخصاً 🇲🇱</summary>
  </entry>
</feed>
"""


def rows(db: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def test_rss_file(tmp_path: Path, db_path: Path, cli: Any) -> None:
    path = tmp_path / "rfi.xml"
    path.write_text(RSS, encoding="utf-8")
    result = cli("ingest", str(path), "--lang", "fr")
    assert result.code == 0, result.err
    assert "2 new" in result.out
    got = rows(
        db_path,
        "SELECT p.kind, p.ext_id, p.url, p.date, p.lang, p.text, s.kind, s.handle, s.title"
        " FROM posts p JOIN sources s ON s.id = p.source_id ORDER BY p.id",
    )
    first = got[0]
    assert first[:5] == (
        "mainstream",
        "rfi-20240729-mali",
        "https://www.rfi.fr/fr/afrique/20240729-mali",
        "2024-07-29T08:00:00+00:00",
        "fr",
    )
    # Title and summary, markup gone.
    assert first[5] == (
        "Mali: au moins 47 soldats tués à Tinzaouatène\n\nLes rebelles revendiquent 84 Wagner tués."
    )
    assert first[6:] == ("mainstream", "rfi.fr", "RFI Afrique")
    # No guid: the link is the entry's identity.
    assert got[1][1] == "https://www.rfi.fr/fr/afrique/20240730-soudan"
    assert "0 new, 0 changed, 2 unchanged" in cli("ingest", str(path)).out


def test_atom_over_http_with_configured_name(
    tmp_path: Path, db_path: Path, cli: Any, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/feed.atom").respond_with_data(
        ATOM.encode("utf-8"), content_type="application/atom+xml"
    )
    url = httpserver.url_for("/feed.atom")
    config = tmp_path / "config.toml"
    config.write_text(
        f'[[sources]]\nname = "example"\nkind = "rss"\nurl = "{url}"\nlang = "ru"\n',
        encoding="utf-8",
    )
    result = cli("ingest", url, config_path=config)
    assert result.code == 0, result.err
    got = rows(
        db_path,
        "SELECT p.url, p.text, p.lang, s.handle, s.lang FROM posts p"
        " JOIN sources s ON s.id = p.source_id",
    )
    assert got == [
        (
            httpserver.url_for("/2024/07/30/story"),  # relative to the feed's address
            "Дюжина погибших\n\nОколо 12 погибших — مقتل 12 شخصاً 🇲🇱",
            "ru",
            "example",
            "ru",
        )
    ]


def test_unreachable_url_and_broken_feeds(tmp_path: Path, cli: Any, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    html = tmp_path / "page.xml"
    html.write_text("<html><body>a web page</body></html>", encoding="utf-8")
    xml = tmp_path / "other.xml"
    xml.write_text('<?xml version="1.0"?><note><to>x</to></note>', encoding="utf-8")
    result = cli("ingest", httpserver.url_for("/gone"), str(html), str(xml))
    assert result.code == 1
    assert "could not be fetched" in result.err
    assert f"{html}: is a web page, not a feed" in result.err
    assert f"{xml}: is XML but neither RSS nor Atom" in result.err
    assert "Traceback" not in result.err


def test_truncated_feed_keeps_the_entries_found(tmp_path: Path, db_path: Path, cli: Any) -> None:
    path = tmp_path / "cut.xml"
    path.write_text(RSS[: RSS.index("<title>Soudan")], encoding="utf-8")
    result = cli("ingest", str(path))
    assert result.code == 0
    assert rows(db_path, "SELECT ext_id FROM posts") == [("rfi-20240729-mali",)]
    assert "the feed is damaged" in result.err
