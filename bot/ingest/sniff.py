"""Which reader a file needs, told from its first bytes (the extension only breaks ties)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Literal

from bot.ingest.files import BOM_UTF8, encoding_problem
from bot.ingest.records import FileProblem

Format = Literal["telegram", "jsonl", "json_array", "feed"]

# A top-level key of a Telegram Desktop export, outside any string (no backslash before it).
_EXPORT_KEY = re.compile(rb'(?<!\\)"(messages|chats|left_chats)"\s*:\s*[\[{]')
_HTML = re.compile(rb"^\s*(<!doctype\s+html|<html)", re.IGNORECASE)
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}


def detect(path: Path, head: bytes) -> Format:
    """The format of a file starting with `head` (its first 64 KiB), or FileProblem."""
    where = str(path)
    problem = encoding_problem(head)
    if problem:
        raise FileProblem(where, problem)
    body = head[len(BOM_UTF8) :] if head.startswith(BOM_UTF8) else head
    text = body.lstrip()
    if not text:
        raise FileProblem(
            where,
            "is empty; pass a Telegram Desktop result.json, a .jsonl file or an RSS/Atom feed.",
        )
    first = text[:1]
    if first == b"<":
        return _markup(where, text)
    if first == b"[":
        return "json_array"
    if first == b"{":
        return _object(path, text)
    if path.suffix.lower() in _JSONL_SUFFIXES or any(
        line.lstrip().startswith(b"{") for line in text.splitlines()[1:20]
    ):
        return "jsonl"
    raise FileProblem(
        where,
        "is not a format claimwatch reads; pass a Telegram Desktop export (result.json, "
        '"Machine-readable JSON"), JSON Lines (one {"id", "text"} object per line) or an '
        "RSS/Atom feed.",
    )


def _markup(where: str, text: bytes) -> Format:
    if _HTML.match(text):
        if b"Exported Data" in text[:4096] or b"messages.html" in text[:4096]:
            raise FileProblem(
                where,
                "is a Telegram Desktop HTML export; export again choosing "
                '"Machine-readable JSON" as the format, then pass its result.json.',
            )
        raise FileProblem(
            where,
            "is a web page, not a feed; pass the address of its RSS or Atom feed instead.",
        )
    if _FEED_ROOT.search(text):
        return "feed"
    raise FileProblem(
        where, "is XML but neither RSS nor Atom (no <rss> or <feed> element); pass a feed."
    )


def _object(path: Path, text: bytes) -> Format:
    newline = text.find(b"\n")
    if newline >= 0:
        first_line = text[:newline]
        try:
            obj = json.loads(first_line)
        except ValueError:
            # "{" alone or a broken first line: a pretty-printed document or bad JSON Lines.
            if path.suffix.lower() in _JSONL_SUFFIXES:
                return "jsonl"
            return "telegram"
        if isinstance(obj, dict) and ("messages" in obj or "chats" in obj):
            return "telegram"
        return "jsonl"
    # One line so far (minified): an export names its message list near the start.
    return "telegram" if _EXPORT_KEY.search(text[:8192]) else "jsonl"
