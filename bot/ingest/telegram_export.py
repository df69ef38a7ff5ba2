"""Telegram Desktop's JSON export, streamed: one channel's result.json or a whole account.

A single-channel export is `{"name", "type", "id", "messages": [...]}`; a
full-account export keeps many such chats under `chats.list` and `left_chats.list`.
The file is read as a stream of ijson events, and only one message at a time is
built into a dict, so a multi-gigabyte export never sits in memory. Telegram
Desktop writes a chat's name, type and id before its messages, which is what lets
each message be attributed to its chat as it streams past.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import ijson
from ijson.common import ObjectBuilder

from bot.ingest.files import CountingReader, first_bad_utf8, not_utf8_message
from bot.ingest.records import Channel, FileProblem, Problem, ReadStats, Record
from db.util import to_iso

# Where messages live, and the chat object each list belongs to.
_MESSAGE_LISTS = {
    "messages.item": "",
    "chats.list.item.messages.item": "chats.list.item",
    "left_chats.list.item.messages.item": "left_chats.list.item",
}
_CHAT_OBJECTS = frozenset(_MESSAGE_LISTS.values())
_CHAT_KEYS = frozenset({"name", "type", "id"})
_SCALARS = frozenset({"string", "number", "integer", "double", "boolean", "null"})
_CHANNEL_TYPES = frozenset({"public_channel", "private_channel"})
_OPEN = frozenset({"start_map", "start_array"})
_CLOSE = frozenset({"end_map", "end_array"})


@dataclass(slots=True)
class _Chat:
    prefix: str
    meta: dict[str, Any] = field(default_factory=dict)
    channel: Channel | None = None
    skip: bool = False
    seen: int = 0


class _LineCountingReader:
    """Counts newlines chunk by chunk, so a syntax error can name a line."""

    def __init__(self, inner: CountingReader) -> None:
        self._inner = inner
        self.lines_before = 0
        self.last = b""

    def read(self, size: int = -1) -> bytes:
        self.lines_before += self.last.count(b"\n")
        self.last = self._inner.read(size)
        return self.last

    def locate(self, snippet: str) -> int:
        text = self.last.decode("utf-8", errors="replace")
        idx = text.find(snippet) if snippet else -1
        if idx < 0 or text.find(snippet, idx + 1) >= 0:
            return self.lines_before + 1
        return self.lines_before + text.count("\n", 0, idx) + 1


def read_telegram_export(
    path: Path,
    source: CountingReader,
    *,
    stats: ReadStats,
    channel: str | None = None,
    all_chats: bool = False,
) -> Iterator[Record | Problem]:
    """Yield a Record per text message of every channel in the export.

    `channel` names the channel of a single-channel export (the export does not
    hold its username). A full-account export ingests channels only, unless
    `all_chats`; groups and personal chats are counted in `stats` and skipped.
    """
    lines = _LineCountingReader(source)
    chats: dict[str, _Chat] = {}
    builder: ObjectBuilder | None = None
    depth = 0
    chat: _Chat | None = None
    found_messages = False
    where = str(path)
    try:
        for prefix, event, value in ijson.parse(lines, use_float=True):
            if builder is not None:
                builder.event(event, value)
                if event in _OPEN:
                    depth += 1
                elif event in _CLOSE:
                    depth -= 1
                    if depth == 0:
                        assert chat is not None
                        item = _record(builder.value, chat, where, stats)
                        builder = None
                        if item is not None:
                            yield item
                continue
            if event == "start_map":
                if prefix in _MESSAGE_LISTS:
                    chat = chats.get(_MESSAGE_LISTS[prefix])
                    if chat is not None and not chat.skip:
                        builder, depth = ObjectBuilder(), 1
                        builder.event(event, value)
                elif prefix in _CHAT_OBJECTS:
                    chats[prefix] = _Chat(prefix)
            elif event in _SCALARS:
                parent, _, key = prefix.rpartition(".")
                if key in _CHAT_KEYS and parent in chats:
                    chats[parent].meta[key] = value
            elif event == "start_array" and prefix.endswith("messages"):
                owner = chats.get(prefix[: -len("messages")].rstrip("."))
                if owner is not None:
                    found_messages = True
                    problem = _open_chat(owner, where, stats, channel, all_chats)
                    if problem is not None:
                        yield problem
    except ijson.JSONError as exc:
        raise _syntax_problem(path, lines, exc) from exc
    if not found_messages:
        raise FileProblem(
            where,
            'is JSON but not a Telegram Desktop export (no "messages" list, neither at the top '
            'nor under "chats"); export with Telegram Desktop > Settings > Advanced > '
            'Export Telegram data, format "Machine-readable JSON".',
        )


def _open_chat(
    chat: _Chat, where: str, stats: ReadStats, channel: str | None, all_chats: bool
) -> Problem | None:
    meta = chat.meta
    kind = str(meta.get("type") or "unknown")
    single = chat.prefix == ""
    if not single and kind not in _CHANNEL_TYPES and not all_chats:
        chat.skip = True
        stats.skipped_chats[kind] = stats.skipped_chats.get(kind, 0) + 1
        return None
    tg_id = meta.get("id")
    tg_id = int(tg_id) if isinstance(tg_id, int | float) and not isinstance(tg_id, bool) else None
    title = meta.get("name") if isinstance(meta.get("name"), str) else None
    handle = channel if single else None
    if handle is None and tg_id is None and not title:
        chat.skip = True
        return Problem(
            where,
            'a chat has neither "id" nor "name" before its "messages", so its posts cannot be '
            "attributed; pass --channel NAME to name the channel of this export.",
        )
    chat.channel = Channel(kind="telegram", handle=handle, tg_id=tg_id, title=title)
    return None


def _record(msg: Any, chat: _Chat, where: str, stats: ReadStats) -> Record | Problem | None:
    chat.seen += 1
    name = chat.channel.title if chat.channel and chat.channel.title else "?"
    if not isinstance(msg, dict):
        return Problem(f"{where} (chat {name!r}, item {chat.seen})", "a message is not an object.")
    if msg.get("type") == "service":
        stats.service += 1
        return None
    mid = msg.get("id")
    if isinstance(mid, float) and mid.is_integer():
        mid = int(mid)
    if not isinstance(mid, int) or isinstance(mid, bool):
        return Problem(
            f"{where} (chat {name!r}, item {chat.seen})",
            f'message has no numeric "id" (got {mid!r}); re-export the chat from Telegram Desktop.',
        )
    here = f"{where} (chat {name!r}, message {mid})"
    text = _text(msg.get("text", ""))
    if text is None:
        return Problem(here, '"text" is neither a string nor a list of parts; skipped.')
    if not text.strip():
        stats.empty += 1
        return None
    try:
        date = _when(msg, "date")
        edited = _when(msg, "edited")
    except ValueError as exc:
        return Problem(here, f"{exc}; skipped.")
    assert chat.channel is not None
    return Record(
        channel=chat.channel,
        ext_id=str(mid),
        text=text,
        where=here,
        msg_id=mid,
        date=date,
        edit_date=edited,
        raw=json.dumps(msg, ensure_ascii=False, separators=(",", ":")),
    )


def _text(value: Any) -> str | None:
    """A message text: a plain string, or a list of strings and entity objects with "text"."""
    if isinstance(value, str):
        return value
    if not isinstance(value, list):
        return None
    parts: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            parts.append(part["text"])
        else:
            return None
    return "".join(parts)


def _when(msg: dict[str, Any], key: str) -> str | None:
    # "date" is the exporting machine's local time with no zone; the unixtime twin is exact.
    unix = msg.get(f"{key}_unixtime")
    if unix is not None:
        try:
            return dt.datetime.fromtimestamp(int(unix), dt.UTC).isoformat()
        except (TypeError, ValueError, OverflowError, OSError):
            raise ValueError(f'"{key}_unixtime" {unix!r} is not a Unix time') from None
    local = msg.get(key)
    if local is None:
        return None
    try:
        return to_iso(str(local))
    except ValueError:
        raise ValueError(f'"{key}" {local!r} is not an ISO 8601 date') from None


def _syntax_problem(path: Path, lines: _LineCountingReader, exc: Exception) -> FileProblem:
    message = str(exc)
    if message.startswith("b'") or message.startswith('b"'):
        message = message[2:-1].encode().decode("unicode_escape", errors="replace")
    first, _, rest = message.partition("\n")
    where = str(path)
    if "premature EOF" in first:
        last_line = lines.lines_before + lines.last.count(b"\n") + 1
        return FileProblem(
            where,
            f"the JSON ends abruptly at line {last_line} "
            "(the file is truncated: an export that did not finish, or a partial copy); the "
            "posts before the cut were read; export or copy the file again to get the rest.",
        )
    if "UTF8" in first or "UTF-8" in first:
        bad = first_bad_utf8(path)
        if bad is not None:
            return FileProblem(where, not_utf8_message(*bad))
    snippet = rest.split("\n", 1)[0].strip()
    line = lines.locate(snippet)
    detail = first.replace("parse error: ", "").replace("lexical error: ", "").rstrip(".")
    return FileProblem(
        where,
        f"is not valid JSON near line {line} ({detail}); the posts before it were read; "
        "fix that spot or export the chat again.",
    )
