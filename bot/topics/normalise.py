"""Text to comparable word forms: one pass shared by keywords and posts.

Case is folded; Latin letters lose their accents (Tinzaouatène = Tinzaouatene);
Cyrillic ё is е; Arabic loses its short-vowel marks and tatweel, and alef, ya and
ta marbuta variants are merged. Apostrophes inside a Cyrillic word vanish
(Слов'янськ = Словянськ), elsewhere they split (l'armée, Kidal's).
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum


class Script(Enum):
    LATIN = "latin"
    CYRILLIC = "cyrillic"
    ARABIC = "arabic"
    OTHER = "other"


_APOSTROPHES = "'’ʼ‘`´′ʹ"
_CYR_APOSTROPHE = re.compile(f"(?<=[а-яіїєґё])[{_APOSTROPHES}](?=[а-яіїєґё])")
_ANY_APOSTROPHE = re.compile(f"[{_APOSTROPHES}]")
_WORD = re.compile(r"\w+")
# Arabic harakat, tanwin, shadda, sukun, dagger alef, Quranic marks; and tatweel.
_AR_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_LETTERS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
     "ک": "ك", "ی": "ي"}
)  # fmt: skip
# Latin letters NFKD does not take apart.
_LATIN_EXTRA = str.maketrans(
    {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
)


def script_of(word: str) -> Script:
    for ch in word:
        code = ord(ch)
        if ch.isdigit() or ch == "_":
            continue
        if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
            return Script.LATIN
        if 0x400 <= code <= 0x52F:
            return Script.CYRILLIC
        if 0x600 <= code <= 0x6FF or 0x750 <= code <= 0x77F:
            return Script.ARABIC
        return Script.OTHER
    return Script.OTHER


def _fold_latin(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.translate(_LATIN_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_word(word: str) -> str:
    """One word (already case-folded) in its comparable form."""
    script = script_of(word)
    if script is Script.LATIN:
        return _fold_latin(word)
    if script is Script.CYRILLIC:
        return word.replace("ё", "е")
    if script is Script.ARABIC:
        return _AR_MARKS.sub("", word).translate(_AR_LETTERS)
    return word


def words(text: str) -> list[str]:
    """The comparable words of a text, in order."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _CYR_APOSTROPHE.sub("", text)
    text = _ANY_APOSTROPHE.sub(" ", text)
    # Tatweel and Arabic marks are not \w for every Python build; drop them before splitting.
    text = _AR_MARKS.sub("", text)
    out: list[str] = []
    for raw in _WORD.findall(text):
        word = fold_word(raw)
        if word:
            out.append(word)
    return out
