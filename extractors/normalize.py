"""One normalisation pass over a post, with a map from normalised offsets back to the original.

Digits of every script become ASCII, dashes and quotes collapse to one form each, the
spaces that group digits ("1 150 000" with thin or no-break spaces) become plain spaces,
and what carries no meaning for extraction (tatweel, Arabic diacritics, zero-width and
direction marks) is dropped. Case is kept: sentence splitting needs it.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

# One character in, one character out: offsets stay put.
_SAME_LENGTH: Final[dict[int, str]] = {}
for _base in (
    0x0660,
    0x06F0,
    0x07C0,
    0x0966,
    0xFF10,
):  # Arabic-Indic, Persian, NKo, Devanagari, fullwidth
    for _d in range(10):
        _SAME_LENGTH[_base + _d] = str(_d)
for _c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d":
    _SAME_LENGTH[ord(_c)] = "-"
for _c in "«»“”„‟″〝〞＂":
    _SAME_LENGTH[ord(_c)] = '"'
for _c in "‘’‚‛ʼ′`´＇":
    _SAME_LENGTH[ord(_c)] = "'"
for _c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\x0b\x0c":
    _SAME_LENGTH[ord(_c)] = " "
_SAME_LENGTH[ord("\u066b")] = "."  # Arabic decimal separator
_SAME_LENGTH[ord("\u066a")] = "%"  # Arabic percent sign
_SAME_LENGTH[ord("\u066c")] = ","  # Arabic thousands separator
_SAME_LENGTH[ord("\u060c")] = "،"  # keep the Arabic comma itself (it is a clause boundary)
_SAME_LENGTH[ord("\u2028")] = "\n"
_SAME_LENGTH[ord("\u2029")] = "\n"
_SAME_LENGTH[ord("\r")] = "\n"

# Dropped characters: tatweel, Arabic harakat and Quranic marks, zero-width and bidi controls,
# variation selectors, soft hyphen.
_DROP: Final = re.compile(
    "[\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufe00-\ufe0f]+"
)
# An Arabic dual in the oblique case ("مدنيَّين", "طفلَين": two civilians, two children) loses,
# with its fatha, what tells it from the sound plural ("مدنيِّين": civilians); its "ي" is
# written as the nominative dual's "ا" ("مدنيان"), one letter for one, when the fatha is there.
_OBLIQUE_DUAL: Final = re.compile(
    "\u064e[\u0651\u0652]*\u064a(?=[\u064b-\u065f]*\u0646(?![\u0621-\u064a]))"
)
_AR_LETTER: Final = re.compile("[\u0621-\u064a]")
_AR_WORD: Final = re.compile("[\u0621-\u064a\u064b-\u065f\u0670]+$")


def _oblique_duals(text: str) -> str:
    out = list(text)
    for m in _OBLIQUE_DUAL.finditer(text):
        ya = m.end() - 1
        word = _AR_WORD.search(text, 0, m.start())
        letters = _AR_LETTER.findall(word.group()) if word is not None else []
        if letters[:2] == ["ا", "ل"]:
            letters = letters[2:]  # "الطفلَين": the article is no letter of the stem
        if len(letters) >= 3:  # not "بَين" (between), "أَين" (where), "الحسَين" (a name)
            out[ya] = "ا"
    return "".join(out)


# str.translate looks every character up; a regex finds the few that change far faster
_CHANGED: Final = re.compile("[" + re.escape("".join(chr(c) for c in _SAME_LENGTH)) + "]")
_BY_CHAR: Final = {chr(c): v for c, v in _SAME_LENGTH.items()}


def _replace(m: re.Match[str]) -> str:
    return _BY_CHAR[m.group()]


@dataclass(frozen=True, slots=True)
class Normalised:
    text: str
    # composed[i] is the original offset of character i of the NFC-composed text, with
    # composed[len] = len(original); None when the text was composed already
    composed: tuple[int, ...] | None
    # where characters were dropped, as two runs of breakpoints: the normalised offset after a
    # drop and how many characters were dropped before it in all (a few entries, not one per
    # character: most texts drop nothing or a handful of marks)
    drop_at: tuple[int, ...]
    dropped: tuple[int, ...]
    original_length: int

    def original(self, i: int) -> int:
        """The original offset of normalised offset `i` (0 <= i <= len(text))."""
        if self.composed is None and not self.drop_at:
            return i
        i = min(max(i, 0), len(self.text))
        k = bisect.bisect_right(self.drop_at, i)
        if k:
            i += self.dropped[k - 1]
        return self.composed[i] if self.composed is not None else i


def normalise(text: str) -> Normalised:
    """`text` normalised for extraction, with the way back to its original offsets."""
    composed: list[int] | None = None
    original_length = len(text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text, composed = _compose(text)
    out = _CHANGED.sub(_replace, text)
    if "\u064e" in out:
        out = _oblique_duals(out)
    drop_at: list[int] = []
    dropped: list[int] = []
    if _DROP.search(out):
        kept: list[str] = []
        pos = length = gone = 0
        for m in _DROP.finditer(out):
            kept.append(out[pos : m.start()])
            length += m.start() - pos
            gone += m.end() - m.start()
            drop_at.append(length)
            dropped.append(gone)
            pos = m.end()
        kept.append(out[pos:])
        out = "".join(kept)
    return Normalised(
        out,
        tuple(composed) if composed is not None else None,
        tuple(drop_at),
        tuple(dropped),
        original_length,
    )


def _compose(text: str) -> tuple[str, list[int]]:
    """NFC, one base character and its combining marks at a time, keeping offsets."""
    parts: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        parts.append(piece)
        offsets.extend([i] * len(piece))
        i = j
    offsets.append(n)
    return "".join(parts), offsets
