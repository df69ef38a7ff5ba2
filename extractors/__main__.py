"""python -m extractors < posts.jsonl > claims.jsonl

Reads posts as JSON Lines ({"id", "text", and optionally "lang", "channel", "channel_side"})
and writes one line per input line, in order: {"id", "lang", "claims": [...]}. Each claim has
kind, victim, low, high, approx, claimant, scope and the start/end offsets of its evidence in
`text`. A line that cannot be read gets {"id", "claims": [], "error"} and the run goes on.
Input and output are UTF-8 whatever the locale; lines are read and written one at a time.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from extractors import EXTRACTOR_VERSION, extract_with_lang
from extractors.actors import LANGS, SIDES


def _row(line: bytes, number: int) -> dict[str, Any]:
    try:
        text_line = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return {
            "id": None,
            "claims": [],
            "error": f"line {number}: not UTF-8 ({exc.reason} at byte {exc.start})",
        }
    if not text_line.strip():
        return {"id": None, "claims": [], "error": f"line {number}: empty line"}
    try:
        post = json.loads(text_line)
    except json.JSONDecodeError as exc:
        return {
            "id": None,
            "claims": [],
            "error": f"line {number}: not JSON ({exc.msg} at column {exc.colno})",
        }
    if not isinstance(post, dict):
        return {
            "id": None,
            "claims": [],
            "error": f"line {number}: a JSON object is expected, got {type(post).__name__}",
        }
    pid = post.get("id")
    if not isinstance(pid, (str, int)) or isinstance(pid, bool):
        pid = None
    text = post.get("text")
    if not isinstance(text, str):
        what = (
            'no "text" field' if text is None else f'"text" is {type(text).__name__}, not a string'
        )
        return {"id": pid, "claims": [], "error": f"line {number}: {what}"}
    lang = post.get("lang")
    lang = lang if isinstance(lang, str) and lang in LANGS else None
    side = post.get("channel_side")
    side = side if isinstance(side, str) and side in SIDES else None
    try:
        claims, used = extract_with_lang(text, lang=lang, channel_side=side)
    except Exception as exc:
        return {
            "id": pid,
            "claims": [],
            "error": f"line {number}: extractor failed: {type(exc).__name__}: {exc}",
        }
    row: dict[str, Any] = {"id": pid}
    if used is not None:
        row["lang"] = used
    row["claims"] = [c.to_dict() for c in claims]
    return row


def process(lines: Iterable[bytes]) -> Iterator[dict[str, Any]]:
    """One output row per input line, in order."""
    for number, line in enumerate(lines, 1):
        yield _row(line.rstrip(b"\r\n"), number)


def _lines(source: BinaryIO) -> Iterator[bytes]:
    """Lines as they arrive (a pipe is read one line at a time, not to its end)."""
    while True:
        line = source.readline()
        if not line:
            return
        yield line


def main(
    argv: list[str] | None = None, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None
) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m extractors",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--text", help="extract from this one text instead of reading JSON Lines")
    parser.add_argument("--lang", choices=LANGS, help="language of --text (detected when omitted)")
    parser.add_argument("--side", choices=sorted(SIDES), help="channel_side of --text")
    parser.add_argument("--version", action="version", version=f"extractor {EXTRACTOR_VERSION}")
    args = parser.parse_args(argv)
    out = stdout if stdout is not None else sys.stdout.buffer
    if args.text is not None:
        claims, used = extract_with_lang(args.text, lang=args.lang, channel_side=args.side)
        row = {"lang": used, "claims": [c.to_dict() for c in claims]}
        out.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
        out.flush()
        return 0
    source = stdin if stdin is not None else sys.stdin.buffer
    for row in process(_lines(source)):
        out.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
        out.flush()  # a reader at the other end of a pipe gets each row as soon as it is made
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # `| head` closed the pipe: not an error
        sys.exit(0)
