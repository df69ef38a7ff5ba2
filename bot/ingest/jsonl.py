"""JSON Lines posts, as in shared/gold/*.jsonl: one object per line.

Each line holds `id` and `text`, and when known `channel`, `channel_side`,
`lang`, `date` and `url` (a gold file's `claims` are ignored). `kind`
("telegram" or "mainstream") may say what the channel is; without it a t.me
link or a bare line means Telegram, another link means a mainstream outlet.
A JSON array of the same objects is read too. A bad line is reported with its
line number and skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ijson

from bot.ingest.files import CountingReader, not_utf8_message
from bot.ingest.records import Channel, FileProblem, Kind, Problem, ReadStats, Record
from db.sources import tme_link
from db.util import to_iso
from extractors.actors import SIDES

_LANG = re.compile(r"^[a-z]{2,3}$")
# This many undecodable lines before the first good one: the whole file is in another encoding.
_GIVE_UP_ENCODING = 20


class _Channels:
    """One Channel object per (kind, handle), so the driver resolves each source once."""

    def __init__(self, default: str | None, side: str | None, fallback: str) -> None:
        self.default = default
        self.side = side
        self.fallback = fallback
        self._known: dict[tuple[str, str], Channel] = {}

    def get(self, kind: Kind, handle: str | None, side: str | None) -> Channel:
        name = handle or self.default or self.fallback
        key = (kind, name.lower())
        found = self._known.get(key)
        if found is None:
            found = Channel(kind=kind, handle=name, side=side or self.side)
            self._known[key] = found
        elif found.side is None and side:
            found.side = side
        return found


def read_jsonl(
    path: Path,
    source: CountingReader,
    *,
    stats: ReadStats,
    channel: str | None = None,
    side: str | None = None,
    mainstream: frozenset[str] = frozenset(),
) -> Iterator[Record | Problem]:
    """Yield a Record per good line; `channel` and `side` fill in what a line leaves out.

    `mainstream` holds the names of configured mainstream outlets, so that a
    line from "reuters" is filed as one without saying so.
    """
    channels = _Channels(channel, side, f"file:{path.stem}")
    good = bad_encoding = 0
    for lineno, raw_line in enumerate(source.lines(), start=1):
        where = f"{path}:{lineno}"
        try:
            line = raw_line.decode("utf-8")
        except UnicodeDecodeError:
            bad_encoding += 1
            message = not_utf8_message(lineno, raw_line)
            if not good and bad_encoding >= _GIVE_UP_ENCODING:
                raise FileProblem(str(path), f"is not UTF-8 text: {message}") from None
            yield Problem(where, message)
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(
                where,
                f"not valid JSON ({exc.msg.removesuffix(' at')} at column {exc.colno}); each line must be one "
                'complete JSON object, e.g. {"id": "1", "text": "..."}.',
            )
            continue
        item = post_from_object(obj, where, line.rstrip("\r\n"), channels, stats, mainstream)
        if isinstance(item, Record):
            good += 1
        if item is not None:
            yield item


def read_json_array(
    path: Path,
    source: CountingReader,
    *,
    stats: ReadStats,
    channel: str | None = None,
    side: str | None = None,
    mainstream: frozenset[str] = frozenset(),
) -> Iterator[Record | Problem]:
    """A JSON array of the same objects as the lines of a JSON Lines file, streamed."""
    channels = _Channels(channel, side, f"file:{path.stem}")
    index = 0
    try:
        for index, obj in enumerate(ijson.items(source, "item", use_float=True), start=1):
            raw = json.dumps(obj, ensure_ascii=False)
            item = post_from_object(obj, f"{path}[{index}]", raw, channels, stats, mainstream)
            if item is not None:
                yield item
    except ijson.JSONError as exc:
        raise FileProblem(
            str(path),
            f"is not valid JSON after item {index} ({str(exc).splitlines()[0]}); "
            "the items before it were read.",
        ) from exc


def post_from_object(
    obj: Any,
    where: str,
    raw: str,
    channels: _Channels,
    stats: ReadStats,
    mainstream: frozenset[str],
) -> Record | Problem | None:
    if not isinstance(obj, dict):
        return Problem(where, 'not a JSON object; write {"id": "1", "text": "..."}.')
    try:
        return _post(obj, where, raw, channels, stats, mainstream)
    except _Bad as exc:
        return Problem(where, str(exc))


class _Bad(Exception):
    pass


def _post(
    obj: dict[str, Any],
    where: str,
    raw: str,
    channels: _Channels,
    stats: ReadStats,
    mainstream: frozenset[str],
) -> Record | None:
    ext_id = obj.get("id")
    if isinstance(ext_id, bool) or not isinstance(ext_id, str | int) or ext_id == "":
        raise _Bad(f'needs an "id" (a string or a number), got {ext_id!r}.')
    text = obj.get("text")
    if not isinstance(text, str):
        raise _Bad(f'needs a "text" string, got {_short(text)}.')
    if not text.strip():
        stats.empty += 1
        return None
    handle = _optional_str(obj, "channel")
    side = _optional_str(obj, "channel_side")
    if side is not None and side not in SIDES:
        raise _Bad(
            f'"channel_side" {side!r} is not an actor id; use one of {", ".join(sorted(SIDES))}.'
        )
    lang = _optional_str(obj, "lang")
    if lang is not None and not _LANG.match(lang):
        raise _Bad(f'"lang" {lang!r} is not an ISO 639-1 code; write e.g. "ru", "uk", "en".')
    url = _optional_str(obj, "url")
    if url is not None and not url.startswith(("http://", "https://")):
        raise _Bad(f'"url" {url!r} is not a web address; it must start with https://.')
    try:
        date = to_iso(_optional_str(obj, "date"))
    except ValueError:
        raise _Bad(
            f'"date" {obj.get("date")!r} is not an ISO 8601 date; write e.g. "2024-07-28T09:14:00+00:00".'
        ) from None
    kind = _kind(obj, url, handle, mainstream)
    msg_id = _msg_id(ext_id) if kind == "telegram" else None
    channel = channels.get(kind, handle, side)
    return Record(
        channel=channel,
        ext_id=str(ext_id),
        text=text,
        where=where,
        msg_id=msg_id,
        date=date,
        url=url or (tme_link(channel.handle, msg_id) if kind == "telegram" else None),
        lang=lang,
        raw=raw,
    )


def _kind(
    obj: dict[str, Any], url: str | None, handle: str | None, mainstream: frozenset[str]
) -> Kind:
    given = obj.get("kind")
    if given in ("telegram", "mainstream"):
        return "telegram" if given == "telegram" else "mainstream"
    if given is not None:
        raise _Bad(f'"kind" {given!r} is unknown; use "telegram" or "mainstream".')
    if url is not None:
        return "telegram" if url.split("/")[2:3] in (["t.me"], ["telegram.me"]) else "mainstream"
    if handle is not None and handle.lower() in mainstream:
        return "mainstream"
    return "telegram"


def _msg_id(ext_id: str | int) -> int | None:
    if isinstance(ext_id, int):
        return ext_id
    return int(ext_id) if ext_id.isascii() and ext_id.isdigit() else None


def _optional_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Bad(f'"{key}" must be a string, got {_short(value)}.')
    return value


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
