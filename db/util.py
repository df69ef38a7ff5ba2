"""Small helpers shared by the query modules."""

from __future__ import annotations

import datetime as dt
from typing import overload


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def now_iso() -> str:
    """Now in UTC, ISO 8601 with seconds: the one time format of the store."""
    return utc_now().replace(microsecond=0).isoformat()


@overload
def to_iso(value: dt.datetime | dt.date | str) -> str: ...
@overload
def to_iso(value: None) -> None: ...
def to_iso(value: dt.datetime | dt.date | str | None) -> str | None:
    """Any date or time to the store's format (UTC). Naive times are taken as UTC."""
    if value is None:
        return None
    if isinstance(value, str):
        value = parse_iso(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).replace(microsecond=0).isoformat()
    return dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC).isoformat()


def parse_iso(value: str) -> dt.datetime:
    """Parse ISO 8601 (with Z, offsets, or a bare date); raises ValueError when it is not one."""
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    parsed = dt.datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed
