"""`claimwatch digest`: the comparison digest of a topic or of every claim, in any format."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from rich.console import Console

from bot.cli.common import Context, UserError, add_command, parse_day
from bot.config import Config
from bot.digest.build import build_digest
from bot.digest.model import Digest
from bot.digest.render_csv import render_csv
from bot.digest.render_html import render_html
from bot.digest.render_json import render_json
from bot.digest.render_text import print_digest, render_text
from db.digest import claim_rows, get_topic, topic_names
from db.store import Store
from db.util import now_iso, to_iso

FORMATS = ("text", "html", "json", "csv", "png")
_BY_SUFFIX = {".txt": "text", ".html": "html", ".htm": "html", ".json": "json", ".csv": "csv",
              ".png": "png"}  # fmt: skip

DESCRIPTION = """\
Set every casualty claim of a topic (or every claim) side by side: Telegram
channels against mainstream outlets, grouped by victim and kind, each figure
with its source, who gave it ("Rusich, via Asharq Al-Awsat"), the date, the
link and the words it came from; then the lowest and highest figure of each
side and how far apart they are. A figure restated by one source in many posts
is one line with a count; an edited post shows its current figure and what it
was; a deleted post's figures stay, struck through.

Formats: text (a table for the terminal), html (one standalone page with the
chart), json, csv (one row per figure), png (the chart: a bar per figure).

Dates are days in the config's time zone: the window runs from the start of
--since to the end of --until (an ISO 8601 time is taken as the exact instant,
--until excluded). Without dates a topic's own window from config.toml is used;
without a topic, the last `digest.days` days (or --days N).
"""

EPILOG = """\
examples:
  claimwatch digest --topic tinzaouaten
  claimwatch digest --topic tinzaouaten --format html --out tinzaouaten.html
  claimwatch digest --since 2024-07-25 --until 2024-07-31 --format json
  claimwatch digest --topic tinzaouaten --out chart.png        (format from the name)
  claimwatch digest --days 7 --format csv > week.csv
"""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = add_command(
        sub,
        common,
        "digest",
        help="Telegram against mainstream: every figure side by side, with links and quotes",
        description=DESCRIPTION,
        epilog=EPILOG,
    )
    p.add_argument("--topic", metavar="T", help="a topic from [[topics]] (default: every claim)")
    p.add_argument("--since", metavar="D", help="first day, YYYY-MM-DD (or an ISO 8601 time)")
    p.add_argument(
        "--until",
        metavar="D",
        help="last day included, YYYY-MM-DD (default: now, or the end of the topic's window)",
    )
    p.add_argument(
        "--days",
        metavar="N",
        type=int,
        help="the N days up to --until (without a topic or dates: digest.days)",
    )
    p.add_argument(
        "--format", choices=FORMATS, help="text, html, json, csv or png (default: from --out, "
        "else text)"
    )  # fmt: skip
    p.add_argument("--out", metavar="PATH", help="write here instead of standard output")
    p.set_defaults(handler=run)


def choose_format(fmt: str | None, out: str | None) -> str:
    if fmt:
        return fmt
    if out:
        suffix = Path(out).suffix.lower()
        if suffix in _BY_SUFFIX:
            return _BY_SUFFIX[suffix]
        ending = f"the ending {suffix!r}" if suffix else "a name with no ending"
        raise UserError(
            f"--out {out}: cannot tell the format from {ending}; add --format text, html,"
            " json, csv or png, or end the name in .txt, .html, .json, .csv or .png."
        )
    return "text"


async def resolve_window(
    store: Store, config: Config, topic: str | None, args: argparse.Namespace
) -> tuple[int | None, str, str | None, str | None]:
    """(topic id, title, since, until) from the options, the topic and the config."""
    topic_id: int | None = None
    title = ""
    t_since = t_until = None
    if topic:
        row = await get_topic(store.conn, topic)
        if row is None:
            known = sorted({*await topic_names(store.conn), *(t.name for t in config.topics)})
            if config.topic(topic) is not None:
                raise UserError(
                    f"topic {topic!r} is in the config but not yet in the database; run "
                    "`claimwatch retag` to tag the stored posts with it."
                )
            raise UserError(
                f"no topic named {topic!r}; use one of {', '.join(known) or '(none defined)'}"
                " (topics are [[topics]] in config.toml)."
            )
        topic_id, title = row.id, row.title
        t_since, t_until = row.since, row.until
    days = args.days
    if days is not None and days < 1:
        raise UserError(f"--days {days} must be 1 or more, e.g. --days 7.")
    since = parse_day(args.since, "--since", config, end=False) if args.since else None
    until = parse_day(args.until, "--until", config, end=True) if args.until else None
    if until is None and since and days:
        until = _shift(since, days)
    if until is None:
        # A topic that has ended ends its digest; else now.
        now = now_iso()
        until = min(t_until, now) if t_until else now
    if since is None:
        if days:
            since = _shift(until, -days)
        elif topic:
            since = t_since  # None: the topic from its first post
        else:
            since = _shift(until, -config.digest.days)
    if since and until and until <= since:
        raise UserError(
            f"the window ends ({until}) before it starts ({since}); check --since and --until."
        )
    return topic_id, title, since, until


def _shift(iso: str, days: int) -> str:
    return to_iso(dt.datetime.fromisoformat(iso) + dt.timedelta(days=days))


async def load_digest(
    store: Store, config: Config, topic: str | None, args: argparse.Namespace
) -> Digest:
    topic_id, title, since, until = await resolve_window(store, config, topic, args)
    rows = await claim_rows(store.conn, topic_id=topic_id, since=since, until=until)
    return build_digest(
        rows, topic=topic, title=title, since=since, until=until, generated_at=now_iso()
    )


def render_chart(digest: Digest) -> bytes:
    # matplotlib costs ~0.3 s to import: only the commands that draw pay for it.
    from bot.digest.chart import render_chart as draw

    return draw(digest)


def render(digest: Digest, fmt: str) -> str | bytes:
    if fmt == "html":
        return render_html(digest, chart_png=None if digest.empty else render_chart(digest))
    if fmt == "json":
        return render_json(digest)
    if fmt == "csv":
        return render_csv(digest)
    if fmt == "png":
        return render_chart(digest)
    return render_text(digest)


def table_console() -> Console:
    """The terminal's width; piped, $COLUMNS or 160 (rich alone would wrap at 80)."""
    if sys.stdout.isatty():
        return Console()
    columns = os.environ.get("COLUMNS", "")
    return Console(width=int(columns) if columns.isdigit() and int(columns) > 40 else 160)


def write(digest: Digest, fmt: str, out: str | None) -> None:
    """To --out (saying so on stderr), or to standard output."""
    if out is None:
        if fmt == "text":
            print_digest(digest, table_console())
            return
        if fmt == "png":
            if sys.stdout.isatty():
                raise UserError("a PNG is not for the terminal; pass --out chart.png.")
            sys.stdout.buffer.write(render_chart(digest))
            return
        data = render(digest, fmt)
        assert isinstance(data, str)
        sys.stdout.write(data)
        return
    path = Path(out).expanduser()
    if not path.parent.is_dir():
        raise UserError(f"--out {out}: the folder {path.parent} does not exist; create it first.")
    data = render(digest, fmt)
    try:
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    except OSError as exc:
        raise UserError(f"--out {out}: cannot write ({exc.strerror or exc}).") from exc
    figures = len(digest.claims)
    print(f"wrote {path} ({fmt}, {figures} figure{'s' * (figures != 1)})", file=sys.stderr)


async def run(args: argparse.Namespace, ctx: Context) -> int:
    fmt = choose_format(args.format, args.out)
    store = await ctx.open_store()
    try:
        digest = await load_digest(store, ctx.config, args.topic, args)
    finally:
        await store.close()
    write(digest, fmt, args.out)
    return 0
