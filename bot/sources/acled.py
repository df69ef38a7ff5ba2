"""The ACLED API (optional): curated fatality counts set beside the claims.

Each ACLED event with fatalities becomes a mainstream post whose text describes
it (date, place, event type, actors, notes), carrying one claim: kind killed,
victim unknown (ACLED counts all sides together), claimant "acled", the count
as low = high. Key and e-mail come from ACLED_KEY and ACLED_EMAIL; the key
travels in the query string ACLED requires, so URLs are never logged unredacted.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.sources.base import Outcome, SourceError, SourceRun
from bot.sources.text import clean_text
from db.posts import NewPost, Saved, save_posts
from db.topics import tag_saved
from extractors.claim import Claim

API = "https://api.acleddata.com/acled/read"
EXTRACTOR_VERSION = "acled/1"
PAGE_SIZE = 500
MAX_PAGES = 20
RECENT = dt.timedelta(days=30)  # ACLED publishes weekly and revises: look back a month


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    date: str  # YYYY-MM-DD
    fatalities: int
    text: str
    claim: Claim
    raw: dict[str, Any]


def parse_events(data: bytes) -> tuple[list[Event], int]:
    """The events of an ACLED /acled/read JSON answer, and how many rows it held."""
    try:
        payload = json.loads(data.decode("utf-8", errors="replace"))
    except ValueError as exc:
        raise SourceError("ACLED answered with something that is not JSON") from exc
    if not isinstance(payload, dict):
        raise SourceError("ACLED answered JSON that is not an object")
    if payload.get("success") in (False, 0, "0", "false") or "error" in payload:
        raise SourceError(f"ACLED refused the request: {_error_text(payload)}")
    rows = payload.get("data")
    if not isinstance(rows, list):
        raise SourceError("ACLED answer has no 'data' list")
    events = [e for e in (_event(r) for r in rows if isinstance(r, dict)) if e is not None]
    return events, len(rows)


def _error_text(payload: dict[str, Any]) -> str:
    err = payload.get("error") or payload.get("messages") or payload.get("message") or "no reason"
    if isinstance(err, dict):
        err = err.get("message") or err
    if isinstance(err, list):
        err = "; ".join(str(e.get("message", e) if isinstance(e, dict) else e) for e in err)
    return clean_text(str(err))[:200]


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def describe(row: dict[str, Any]) -> tuple[str, int, int]:
    """The post text of an event, and where its fatality figure sits in it."""
    place = ", ".join(
        dict.fromkeys(
            str(row[k]).strip()
            for k in ("location", "admin3", "admin2", "admin1", "country")
            if row.get(k) and str(row[k]).strip()
        )
    )
    kind = " / ".join(str(row[k]) for k in ("event_type", "sub_event_type") if row.get(k))
    actors = " vs ".join(str(row[k]) for k in ("actor1", "actor2") if row.get(k))
    head = f"ACLED event {row.get('event_id_cnty')} on {row.get('event_date')} in {place}: {kind}."
    if actors:
        head += f" Actors: {actors}."
    head += " Reported fatalities: "
    figure = str(_int(row.get("fatalities")))
    text = head + figure + "."
    notes = clean_text(str(row.get("notes") or ""))
    if notes:
        text += f" Notes: {notes}"
    if row.get("source"):
        text += f" (Sources: {clean_text(str(row['source']))})"
    return text, len(head), len(head) + len(figure)


def _event(row: dict[str, Any]) -> Event | None:
    event_id = str(row.get("event_id_cnty") or "").strip()
    fatalities = _int(row.get("fatalities"))
    try:
        date = dt.date.fromisoformat(str(row.get("event_date") or "")).isoformat()
    except ValueError:
        return None
    # Events without deaths carry no casualty figure to compare.
    if not event_id or fatalities is None or fatalities <= 0:
        return None
    text, start, end = describe(row)
    claim = Claim(
        kind="killed",
        victim="unknown",
        low=fatalities,
        high=fatalities,
        claimant="acled",
        scope="event",
        start=start,
        end=end,
    )
    return Event(event_id, date, fatalities, text, claim, row)


def date_ranges(
    topic_windows: Sequence[tuple[dt.date | None, dt.date | None]], today: dt.date
) -> list[tuple[dt.date, dt.date]]:
    """The recent month plus every topic's window, overlapping ranges merged."""
    ranges = [(today - RECENT, today)]
    for since, until in topic_windows:
        if since:
            ranges.append((since, min(until or today, today)))
    ranges = sorted(r for r in ranges if r[0] <= r[1])
    merged: list[tuple[dt.date, dt.date]] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1] + dt.timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


async def poll_acled(run: SourceRun, *, today: dt.date | None = None) -> Outcome:
    run.secrets.require("acled_key", "acled_email")
    key, email = str(run.secrets.acled_key), str(run.secrets.acled_email)
    today = today or dt.datetime.now(dt.UTC).date()
    events: dict[str, Event] = {}
    windows = [(t.since, t.until) for t in run.config.topics]
    for start, end in date_ranges(windows, today):
        for page in range(1, MAX_PAGES + 1):
            params: dict[str, str | int] = {
                "key": key,
                "email": email,
                "event_date": f"{start.isoformat()}|{end.isoformat()}",
                "event_date_where": "BETWEEN",
                "limit": PAGE_SIZE,
                "page": page,
            }
            if run.source.country:
                params["country"] = run.source.country
            got = await run.http.get(
                run.source.url or API, params=params, accept="application/json"
            )
            if got.not_modified:  # the window moves every poll; a 304 means nothing new
                break
            found, rows = parse_events(got.content)
            events.update((e.id, e) for e in found)
            run.say(f"{start}..{end} page {page}: {rows} events, {len(found)} with fatalities")
            if rows < PAGE_SIZE:
                break
    outcome = Outcome()
    if events:
        outcome.count(await _store(run, list(events.values())))
    return outcome


async def _store(run: SourceRun, events: list[Event]) -> list[Saved]:
    """ACLED's figure is the claim: stored through save_posts with the claim attached."""
    posts = [
        NewPost(
            source_id=run.row.id,
            ext_id=e.id,
            text=e.text,
            kind="mainstream",
            date=f"{e.date}T00:00:00+00:00",
            url=None,
            lang="en",
            raw=json.dumps(e.raw, ensure_ascii=False),
        )
        for e in events
    ]
    claims = {e.id: e.claim for e in events}

    def derive(post: NewPost) -> list[Claim]:
        return [claims[post.ext_id]]

    async with run.store.transaction() as conn:
        saved = await save_posts(conn, posts, derive, EXTRACTOR_VERSION)
        await tag_saved(conn, posts, saved)
    return saved
