"""Telethon messages to `NewPost`s: one post per message, one per album, the raw payload kept.

An album is several messages sharing a `grouped_id`, one of which usually
carries the caption. It becomes one post: its text is the caption, its id the
id of the captioned message (the lowest id when there is no caption), and its
raw payload every message of the album that was seen together. Messages of one
album that arrive apart are joined in the store (handlers/channel_posts.py).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from telethon.tl import types

from db.posts import NewPost
from db.sources import tme_link
from db.util import to_iso

KIND = "telegram"


def _json_default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return {"_bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return repr(value)


def raw_json(payload: Any) -> str:
    """A Telethon object (or its to_dict()) as JSON: dates ISO, bytes base64, nothing dropped."""
    if hasattr(payload, "to_dict"):
        payload = payload.to_dict()
    return json.dumps(payload, default=_json_default, ensure_ascii=False, separators=(",", ":"))


def message_text(message: Any) -> str:
    return str(getattr(message, "message", None) or "")


@dataclass(frozen=True, slots=True)
class TgPost:
    """A post about to be stored, with the message ids it covers (several for an album)."""

    post: NewPost
    msg_ids: tuple[int, ...]

    @property
    def grouped_id(self) -> int | None:
        return self.post.grouped_id


def _iso(value: Any) -> str | None:
    return to_iso(value) if isinstance(value, dt.datetime | dt.date | str) else None


def to_post(messages: Sequence[Any], *, source_id: int, handle: str, lang: str | None) -> TgPost:
    """One post from one message, or from the messages of one album seen together."""
    ordered = sorted(messages, key=lambda m: int(m.id))
    captioned = [m for m in ordered if message_text(m)]
    anchor = captioned[0] if captioned else ordered[0]
    grouped_id = getattr(anchor, "grouped_id", None)
    if grouped_id is not None:
        raw = raw_json(
            {"_": "Album", "grouped_id": grouped_id, "messages": [m.to_dict() for m in ordered]}
        )
    else:
        raw = raw_json(anchor)
    edits = [e for e in (_iso(getattr(m, "edit_date", None)) for m in ordered) if e]
    msg_id = int(anchor.id)
    post = NewPost(
        source_id=source_id,
        ext_id=str(msg_id),
        text=message_text(anchor),
        kind=KIND,
        msg_id=msg_id,
        date=_iso(ordered[0].date),
        url=tme_link(handle, msg_id),
        lang=lang,
        raw=raw,
        grouped_id=grouped_id,
        edit_date=max(edits) if edits else None,
    )
    return TgPost(post, tuple(int(m.id) for m in ordered))


def to_posts(
    messages: Sequence[Any], *, source_id: int, handle: str, lang: str | None
) -> list[TgPost]:
    """Posts in message order; the messages of one album in the batch become one post."""
    albums: dict[int, list[Any]] = {}
    order: list[tuple[int | None, Any]] = []
    for m in messages:
        if not is_post(m):
            continue
        gid = getattr(m, "grouped_id", None)
        if gid is None:
            order.append((None, m))
        else:
            if gid not in albums:
                albums[gid] = []
                order.append((gid, None))
            albums[gid].append(m)
    out: list[TgPost] = []
    for gid, m in order:
        group = [m] if gid is None else albums[gid]
        out.append(to_post(group, source_id=source_id, handle=handle, lang=lang))
    return out


def is_post(message: Any) -> bool:
    """Service messages (pins, title changes) and empty ones are not posts."""
    return isinstance(message, types.Message)
