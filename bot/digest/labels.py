"""Words every renderer shares: the window, the spread, a claim's status, a side's name."""

from __future__ import annotations

import datetime as dt

from bot.digest.figures import number, ratio_text
from bot.digest.model import Digest, DigestClaim, Group, Side, Spread
from db.util import parse_iso

SIDE_NAMES: dict[Side, str] = {"telegram": "Telegram", "mainstream": "mainstream"}
SIDE_SHORT: dict[Side, str] = {"telegram": "TG", "mainstream": "News"}


def _when(value: str, *, end: bool = False) -> str:
    t = parse_iso(value).astimezone(dt.UTC)
    if t.time() == dt.time(0):
        # An exclusive end at midnight reads better as the last day it covers.
        return (t - dt.timedelta(days=1) if end else t).date().isoformat()
    return t.strftime("%Y-%m-%d %H:%M UTC")


def window_label(since: str | None, until: str | None) -> str:
    if since and until:
        first, last = _when(since), _when(until, end=True)
        return first if first == last else f"{first} to {last}"
    if since:
        return f"since {_when(since)}"
    if until:
        return f"up to {_when(until, end=True)}"
    return "all dates"


def date_label(value: str | None) -> str:
    if not value:
        return "undated"
    try:
        return parse_iso(value).astimezone(dt.UTC).date().isoformat()
    except ValueError:
        return value[:10]


def spread_label(s: Spread) -> str:
    if s.low is None or s.high is None:
        return "no figure"
    top = number(s.high) + ("+" if s.open_high else "")
    return top if s.low == s.high else f"{number(s.low)}–{top}"


def spread_line(g: Group) -> str:
    """ "Telegram 80–99 · mainstream 20–99 · Telegram/mainstream ×4 lowest, ×1 highest"."""
    parts = [f"Telegram {spread_label(g.telegram)}", f"mainstream {spread_label(g.mainstream)}"]
    if g.ratio.low is not None or g.ratio.high is not None:
        parts.append(
            f"Telegram/mainstream {ratio_text(g.ratio.low)} lowest,"
            f" {ratio_text(g.ratio.high)} highest"
        )
    return " · ".join(parts)


def status_note(c: DigestClaim) -> str:
    """What happened to the post since: "" when nothing did."""
    if c.status == "deleted":
        return "deleted"
    if c.status == "withdrawn":
        return "edited out"
    if c.edited:
        return f"edited, was {c.was}" if c.was else "edited"
    return ""


def posts_label(c: DigestClaim) -> str:
    return f"{c.posts} posts" if c.posts > 1 else ""


def link_label(url: str) -> str:
    """The address without its scheme: t.me/rybar/123."""
    return url.split("://", 1)[-1]


def summary_line(d: Digest) -> str:
    claims = d.claims
    sources = {(c.side, c.source_handle) for c in claims}
    tg = sum(1 for c in claims if c.side == "telegram")
    return (
        f"{window_label(d.since, d.until)} · {len(claims)} figures"
        f" ({tg} Telegram, {len(claims) - tg} mainstream) from {len(sources)} sources"
    )
