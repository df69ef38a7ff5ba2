"""Opening input files with clear errors, and counting how far a reader has got."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

BOM_UTF8 = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
SNIFF_BYTES = 65536


def open_input(path: Path) -> BinaryIO:
    """Open a file for reading bytes, or raise FileProblem saying what is wrong with the path."""
    from bot.ingest.records import FileProblem

    where = str(path)
    if not path.exists():
        raise FileProblem(where, "no such file; check the path (quote it if it has spaces).")
    if path.is_dir():
        raise FileProblem(
            where,
            "is a folder; pass the result.json inside it (Telegram Desktop exports) "
            "or the .jsonl / feed file itself.",
        )
    try:
        handle = path.open("rb")
    except PermissionError as exc:
        raise FileProblem(where, "cannot be read (permission denied); check its owner.") from exc
    except OSError as exc:
        raise FileProblem(where, f"cannot be opened: {exc.strerror or exc}.") from exc
    return handle


def encoding_problem(head: bytes) -> str | None:
    """A sentence when the bytes start like a non-UTF-8 text file (UTF-16), else None."""
    if head.startswith(_UTF16_BOMS):
        return "is UTF-16 text; save it as UTF-8 (e.g. iconv -f utf-16 -t utf-8 FILE > FILE.utf8)."
    return None


def not_utf8_message(line: int, sample: bytes) -> str:
    guess = _legacy_guess(sample)
    fix = f"iconv -f {guess} -t utf-8 FILE > FILE.utf8" if guess else "iconv -f ENCODING -t utf-8"
    looks = f" (it looks like {guess})" if guess else ""
    return f"line {line} is not UTF-8 text{looks}; convert the file to UTF-8, e.g. {fix}."


def _legacy_guess(sample: bytes) -> str | None:
    # Cyrillic in cp1251 is the usual culprit: its letters sit in 0xC0-0xFF.
    high = [b for b in sample if b >= 0x80]
    if not high:
        return None
    if sum(1 for b in high if b >= 0xC0) >= len(high) * 0.6:
        return "cp1251"
    return "latin-1"


def first_bad_utf8(path: Path) -> tuple[int, bytes] | None:
    """(line number, bytes of that line) of the first byte that is not UTF-8, or None.

    Run only after a parser has already failed, so its cost does not matter.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with path.open("rb") as f:
        head = f.read(len(BOM_UTF8))
        if head != BOM_UTF8:
            f.seek(0)
        for raw_line in f:
            try:
                decoder.decode(raw_line)
            except UnicodeDecodeError:
                return line, raw_line[:200]
            line += 1
    return None


class CountingReader:
    """A read-only file wrapper that skips a UTF-8 BOM and counts the bytes handed out.

    ijson only needs `read`; the count drives the progress bar.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        if raw.read(len(BOM_UTF8)) != BOM_UTF8:
            raw.seek(0)
        self.pos = raw.tell()

    def read(self, size: int = -1) -> bytes:
        data = self._raw.read(size)
        self.pos += len(data)
        return data

    def lines(self) -> Iterator[bytes]:
        for line in self._raw:
            self.pos += len(line)
            yield line

    def close(self) -> None:
        self._raw.close()
