"""The digest for the terminal: a rich table per group, figures first, quotes last.

Every text from a post goes in as a rich `Text` (never markup), cleaned of control
characters and bidi overrides, so a post cannot restyle or reorder the terminal.
"""

from __future__ import annotations

import io

from rich.console import Console, RenderableType
from rich.console import Group as RichGroup
from rich.style import Style
from rich.table import Table
from rich.text import Text

from bot.digest.labels import (
    SIDE_SHORT,
    date_label,
    link_label,
    posts_label,
    spread_line,
    status_note,
    summary_line,
)
from bot.digest.model import Digest, DigestClaim
from bot.digest.sanitize import excerpt, one_line, safe_url

QUOTE_LIMIT = 280
_SIDE_STYLE = {"telegram": "bold cyan", "mainstream": "bold yellow"}


def _quote(c: DigestClaim) -> Text:
    before, evidence, after = excerpt(c.quote, c.mark, QUOTE_LIMIT)
    text = Text(before)
    text.append(evidence, style="bold")
    text.append(after)
    return text


def _row(c: DigestClaim) -> list[Text]:
    gone = c.status != "current"
    figure = Text(c.figure, style="bold strike" if gone else "bold")
    note = status_note(c)
    if note:
        figure.append(f"\n{note}", style="red" if gone else "italic")
    date = Text(date_label(c.date))
    if c.posts > 1:
        date.append(f"\n{posts_label(c)}", style="italic")
    # The link goes under the claimant: one column less keeps quotes readable at 100 columns.
    who = Text(one_line(c.claimant))
    url = safe_url(c.url)
    if url:
        who.append("\n")
        who.append(link_label(url), style=Style(color="blue", link=url))
    cells = [
        Text(SIDE_SHORT[c.side], style=_SIDE_STYLE[c.side]),
        figure,
        who,
        date,
        _quote(c),
    ]
    if gone:
        for cell in cells[2:]:
            cell.stylize("strike dim")
    return cells


def renderables(digest: Digest) -> list[RenderableType]:
    out: list[RenderableType] = [
        Text(one_line(digest.title), style="bold"),
        Text(summary_line(digest), style="dim"),
    ]
    if digest.empty:
        out.append(Text("\nNo casualty claims in this window."))
        return out
    for g in digest.groups:
        table = Table(
            title=Text(one_line(g.title), style="bold"),
            title_justify="left",
            caption=Text(spread_line(g)),
            caption_justify="left",
            show_lines=False,
            expand=True,
        )
        # Fixed widths and ratios, so the tables of all groups line up one under the other.
        table.add_column("Side", no_wrap=True, width=4)
        table.add_column("Figure", width=17)
        table.add_column("Claimant, link", overflow="fold", ratio=4, min_width=16)
        table.add_column("Date", no_wrap=True, width=10)
        table.add_column("Quote", ratio=6, min_width=20)
        for c in g.claims:
            table.add_row(*_row(c))
        out.append(Text(""))
        out.append(table)
    return out


def print_digest(digest: Digest, console: Console | None = None) -> None:
    (console or Console()).print(RichGroup(*renderables(digest)))


def render_text(digest: Digest, *, width: int = 160, color: bool = False) -> str:
    """The terminal table as a string (plain unless `color`): for files and tests."""
    buf = io.StringIO()
    console = Console(
        file=buf, width=width, color_system="standard" if color else None, force_terminal=color
    )
    console.print(RichGroup(*renderables(digest)))
    return buf.getvalue()
