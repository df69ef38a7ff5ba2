"""The digest as one standalone HTML page: inline style, no script, no external asset.

Every text from a post, a source or a topic goes through `escape_html` (double
quotes included, for attributes); links are kept only when they are plain http(s). A
Content-Security-Policy forbids scripts and remote loads even if something slipped.
The chart, when given, is embedded as a data: URI.
"""

from __future__ import annotations

import base64

from bot.digest.labels import (
    SIDE_NAMES,
    date_label,
    link_label,
    posts_label,
    spread_line,
    status_note,
    summary_line,
)
from bot.digest.model import Digest, DigestClaim, Group
from bot.digest.sanitize import clean, escape_html, safe_url

_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"

_STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #1d1d1f; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .3rem; }
.meta, .spread { color: #555; }
.spread { margin: .2rem 0 .6rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem;
         border-bottom: 1px solid #e3e3e3; }
th { font-weight: 600; background: #f6f6f6; }
td.figure { font-weight: 700; white-space: nowrap; }
.side { font-size: .8rem; font-weight: 700; padding: .1rem .4rem; border-radius: .3rem;
        white-space: nowrap; }
.telegram .side { background: #dcefff; color: #0b63a8; }
.mainstream .side { background: #ffe8d6; color: #a34a00; }
.note { display: block; font-weight: 400; font-size: .85rem; color: #b00020; }
.edited .note { color: #555; font-style: italic; }
tr.gone td { color: #888; }
tr.gone td.figure, tr.gone td.claimant { text-decoration: line-through; }
q { quotes: "\\201C" "\\201D"; }
mark { background: #fff1a8; }
img.chart { max-width: 100%; margin: 1rem 0; border: 1px solid #eee; }
footer { margin-top: 2rem; color: #777; font-size: .85rem; }
"""


def _t(text: str) -> str:
    return escape_html(clean(text))


def _quote(c: DigestClaim) -> str:
    q = c.quote
    if c.mark is None:
        body = _t(q)
    else:
        a, b = c.mark
        body = f"{_t(q[:a])}<mark>{_t(q[a:b])}</mark>{_t(q[b:])}"
    # dir=auto: an Arabic quote lays itself out right to left without touching its row.
    return f'<q dir="auto">{body}</q>'


def _link(c: DigestClaim) -> str:
    url = safe_url(c.url)  # again here: a Digest can be built by other code than build.py
    if url is None:
        return _t(c.url or "")
    return (
        f'<a href="{escape_html(url)}" rel="noopener noreferrer nofollow">{_t(link_label(url))}</a>'
    )


def _row(c: DigestClaim) -> str:
    classes: list[str] = [c.side]
    if c.status != "current":
        classes.append("gone")
    elif c.edited:
        classes.append("edited")
    note = status_note(c)
    figure = _t(c.figure)
    if c.status != "current":
        figure = f"<del>{figure}</del>"
    if note:
        figure += f'<span class="note">{_t(note)}</span>'
    posts = posts_label(c)
    date = _t(date_label(c.date)) + (f'<span class="note">{_t(posts)}</span>' if posts else "")
    return (
        f'<tr class="{" ".join(classes)}">'
        f'<td><span class="side">{_t(SIDE_NAMES[c.side])}</span></td>'
        f'<td class="figure">{figure}</td>'
        f'<td class="claimant" dir="auto">{_t(c.claimant)}</td>'
        f"<td>{date}</td>"
        f"<td>{_link(c)}</td>"
        f"<td>{_quote(c)}</td>"
        "</tr>"
    )


def _group(g: Group) -> str:
    rows = "\n".join(_row(c) for c in g.claims)
    return (
        f"<section>\n<h2>{_t(g.title)}</h2>\n"
        f'<p class="spread">{_t(spread_line(g))}</p>\n'
        "<table>\n<thead><tr><th>Side</th><th>Figure</th><th>Claimant</th><th>Date</th>"
        "<th>Link</th><th>Quote</th></tr></thead>\n"
        f"<tbody>\n{rows}\n</tbody>\n</table>\n</section>"
    )


def render_html(digest: Digest, *, chart_png: bytes | None = None) -> str:
    """One page: heading, the chart if given, a table per group with its spread."""
    title = _t(digest.title)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{title}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{title}</h1>",
        f'<p class="meta">{_t(summary_line(digest))}</p>',
    ]
    if chart_png:
        data = base64.b64encode(chart_png).decode("ascii")
        parts.append(
            f'<img class="chart" alt="Chart: every figure as a bar, by victim"'
            f' src="data:image/png;base64,{data}">'
        )
    if digest.empty:
        parts.append("<p>No casualty claims in this window.</p>")
    parts.extend(_group(g) for g in digest.groups)
    footer = "Generated by claimwatch"
    if digest.generated_at:
        footer += f" at {digest.generated_at}"
    parts += [f"<footer>{_t(footer)}.</footer>", "</body>", "</html>", ""]
    return "\n".join(parts)
