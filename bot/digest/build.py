"""Claim rows read from the store to a Digest: pure functions, no I/O.

Rows of every version of a post come in (db.digest.claim_rows); only the
current version's figures stand, an earlier version tells what an edit
changed, and figures an edit removed or whose post was deleted stay visible,
marked, outside the spread.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from bot.digest.figures import figure
from bot.digest.model import Digest, DigestClaim, Group, Ratio, Side, Spread, Status
from bot.digest.sanitize import safe_url
from db.digest import HEAD, ClaimRow
from db.sources import tme_link
from extractors.actors import KINDS, SCOPES, actor_name

# A sentence ends at terminal punctuation (with closing quotes) before a space, or a line break.
_SENTENCE_END = re.compile(r"[.!?…؟。]+[\"'»”’)\]]*(?=\s)|\n")
_SENTENCE_END_REVERSED = re.compile(r"\s[\"'»”’)\]]*[.!?…؟。]|\n")


def source_name(row: ClaimRow) -> str:
    if row.title:
        return row.title
    return f"@{row.handle}" if row.side == "telegram" else row.handle


def claimant_label(row: ClaimRow) -> str:
    """Who gave the figure: the source itself, or "Rusich, via Asharq Al-Awsat"."""
    source = source_name(row)
    if row.claimant in ("self", "", row.handle):
        return source
    name = actor_name(row.claimant)
    if name.casefold() == source.casefold():
        return source
    return f"{name}, via {source}"


def post_link(row: ClaimRow) -> str | None:
    """https://t.me/USERNAME/ID for a public channel post, else the stored address when
    it is a plain http(s) one (a feed can carry javascript: links)."""
    link = tme_link(row.handle, row.msg_id) if row.side == "telegram" else None
    return link or safe_url(row.url)


def quote_of(row: ClaimRow) -> tuple[str, tuple[int, int] | None]:
    """The sentence holding the evidence, and where the evidence sits inside it."""
    text = row.context
    span = _span(row)
    if span is None:
        # No span: the opening of the post, marked as cut when the query clipped it.
        quote = text.strip()
        return (quote + "…" if len(text) >= HEAD else quote), None
    # The nearest sentence end before the evidence: searched backwards, on the reversed text.
    before = _SENTENCE_END_REVERSED.search(text[span[0] - 1 :: -1]) if span[0] else None
    start = span[0] - before.start() if before else 0
    # From the evidence's last character: a span ending on its sentence's full stop ends there.
    after = _SENTENCE_END.search(text, max(span[1] - 1, span[0]))
    end = after.end() if after else len(text)
    while start < span[0] and text[start].isspace():
        start += 1
    while end > span[1] and text[end - 1].isspace():
        end -= 1
    prefix = "…" if start == 0 and row.cut_before else ""
    quote = prefix + text[start:end]
    shift = len(prefix) - start
    return quote, (span[0] + shift, span[1] + shift)


def _span(row: ClaimRow) -> tuple[int, int] | None:
    if row.span_start is None or row.span_end is None:
        return None
    a = max(0, min(len(row.context), row.span_start))
    b = max(a, min(len(row.context), row.span_end))
    return (a, b) if b > a else None


def _claim(row: ClaimRow, status: Status, edited: bool, was: str | None) -> DigestClaim:
    quote, mark = quote_of(row)
    side: Side = "telegram" if row.side == "telegram" else "mainstream"
    return DigestClaim(
        side=side,
        source=source_name(row),
        source_handle=row.handle,
        claimant=claimant_label(row),
        claimant_id=row.claimant,
        kind=row.kind,
        victim=row.victim,
        low=row.low,
        high=row.high,
        approx=bool(row.approx),
        scope=row.scope,
        figure=figure(row.low, row.high, bool(row.approx)),
        date=row.date,
        url=post_link(row),
        quote=quote,
        mark=mark,
        last_date=row.date,
        status=status,
        edited=edited,
        was=was,
        post_id=row.post_id,
    )


def _bounds(row: ClaimRow) -> tuple[int | None, int | None, bool]:
    return row.low, row.high, bool(row.approx)


def resolve_versions(rows: Iterable[ClaimRow]) -> list[DigestClaim]:
    """One DigestClaim per figure that stands, was deleted, or was removed by an edit."""
    out: list[DigestClaim] = []
    edited: dict[int, list[ClaimRow]] = defaultdict(list)
    for row in rows:
        if row.post_version == 1:  # never edited: the common case, nothing to compare
            out.append(_claim(row, "deleted" if row.deleted_at else "current", False, None))
        else:
            edited[row.post_id].append(row)
    for post_rows in edited.values():
        current_version = post_rows[0].post_version
        current = [r for r in post_rows if r.claim_version == current_version]
        older = [r for r in post_rows if r.claim_version < current_version]
        previous_version = max((r.claim_version for r in older), default=None)
        previous = [r for r in older if r.claim_version == previous_version]
        for row in current:
            was = None
            for old in previous:
                if (old.kind, old.victim) == (row.kind, row.victim):
                    if _bounds(old) != _bounds(row):
                        was = figure(old.low, old.high, bool(old.approx))
                    break
            status: Status = "deleted" if row.deleted_at else "current"
            out.append(_claim(row, status, True, was))
        still = {(r.kind, r.victim) for r in current}
        for old in previous:
            if (old.kind, old.victim) not in still:
                out.append(_claim(old, "withdrawn", True, None))
    return out


def fold(claims: Sequence[DigestClaim]) -> list[DigestClaim]:
    """One line per source restating one figure: the first post's link, and a count."""
    lines: dict[tuple[object, ...], DigestClaim] = {}
    for c in sorted(claims, key=lambda c: (c.date or "", c.post_id)):
        key = (
            c.side,
            c.source_handle,
            c.claimant_id,
            c.kind,
            c.victim,
            c.low,
            c.high,
            c.approx,
            c.scope,
            c.status,
            c.edited,
            c.was,
        )
        first = lines.get(key)
        if first is None:
            lines[key] = c
        else:
            lines[key] = dataclasses.replace(first, posts=first.posts + 1, last_date=c.date)
    return list(lines.values())


def spread(claims: Iterable[DigestClaim]) -> Spread:
    """Lowest and highest figure stated among the claims that stand."""
    standing = [c for c in claims if c.counted]
    bounds = [b for c in standing for b in (c.low, c.high) if b is not None]
    if not bounds:
        return Spread()
    high = max(bounds)
    open_high = any(c.high is None and c.low == high for c in standing)
    return Spread(min(bounds), high, open_high)


def _ratio(a: int | None, b: int | None) -> float | None:
    if a is None or b is None or b == 0:
        return None
    return round(a / b, 2)


def ratio(telegram: Spread, mainstream: Spread) -> Ratio:
    return Ratio(_ratio(telegram.low, mainstream.low), _ratio(telegram.high, mainstream.high))


def group_title(victim: str, kind: str, scope: str) -> str:
    title = f"{actor_name(victim)}: {kind}"
    return title if scope == "event" else f"{title} ({scope})"


def group(claims: Sequence[DigestClaim]) -> list[Group]:
    """By victim, kind and scope (a running total is never set against one incident).

    Victims come in order of how many sources give a figure about them, then of the
    highest figure: the story most outlets cover leads; kinds follow the spec's order.
    """
    buckets: dict[tuple[str, str, str], list[DigestClaim]] = defaultdict(list)
    sources: dict[str, set[tuple[str, str]]] = defaultdict(set)
    highest: dict[str, int] = defaultdict(int)
    for c in claims:
        buckets[(c.victim, c.kind, c.scope)].append(c)
        sources[c.victim].add((c.side, c.source_handle))
        highest[c.victim] = max(highest[c.victim], c.low or 0, c.high or 0)

    def order(key: tuple[str, str, str]) -> tuple[int, int, str, int, int]:
        victim, kind, scope = key
        kind_i = KINDS.index(kind) if kind in KINDS else len(KINDS)
        scope_i = SCOPES.index(scope) if scope in SCOPES else len(SCOPES)
        return (-len(sources[victim]), -highest[victim], victim, kind_i, scope_i)

    groups: list[Group] = []
    for key in sorted(buckets, key=order):
        victim, kind, scope = key
        lines = sorted(
            buckets[key],
            key=lambda c: (c.side != "telegram", c.date or "", c.source, c.post_id),
        )
        tg = spread(c for c in lines if c.side == "telegram")
        ms = spread(c for c in lines if c.side == "mainstream")
        groups.append(
            Group(
                victim, kind, scope, group_title(victim, kind, scope), lines, tg, ms, ratio(tg, ms)
            )
        )
    return groups


def build_digest(
    rows: Sequence[ClaimRow],
    *,
    topic: str | None = None,
    title: str = "",
    since: str | None = None,
    until: str | None = None,
    generated_at: str = "",
) -> Digest:
    """The digest of these rows: grouped, folded, with the spread of each side."""
    claims = fold(resolve_versions(rows))
    return Digest(
        topic=topic,
        title=title or (f"Topic: {topic}" if topic else "All claims"),
        since=since,
        until=until,
        groups=group(claims),
        generated_at=generated_at,
    )
