"""Tokens of a normalised text: words, numbers, punctuation, and things that only look like numbers.

A digit group glued to letters ("155-й", "58th", "10k", "19-річного", "200-е") is one token of
kind GLUED: the rules decide whether it is slang ("200-е"), a multiplier ("10k") or nothing
(an ordinal, an age). Dates, clock times, hashtags, mentions and links are OTHER: never figures.
"""

from __future__ import annotations

import re
from typing import Final

# Final: mypyc inlines these instead of looking each one up in the module's dict per use
WORD: Final = 0
NUM: Final = 1
PUNCT: Final = 2
GLUED: Final = 3
OTHER: Final = 4

# Words first (most tokens are words); links are not words; dates and clock times before numbers.
_TOKEN: Final = re.compile(
    r"""
    (?=\S)  # every token starts on a non-space: spaces are passed over without trying each kind
    (?:(?P<word>(?!https?://|www\.)[^\W\d_]+(?:['-][^\W\d_]+)*(?:-\d+[^\W\d_]*)?)
    |(?P<other>https?://\S+|www\.\S+|[#@][\w-]+
        |\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?![\d])|\d{1,2}:\d{2}(?::\d{2})?(?!\d))
    # a space-separated group glued to letters ("14 200s", "20 300-х") starts a slang word of
    # its own: the figure before it is a number apart
    |(?P<num>\d{1,3}(?:(?P<sep>[ ,.])\d{3}(?!\d)(?!(?<=\ \d\d\d)-?[^\W\d_]))
        (?:(?P=sep)\d{3}(?!\d)(?!(?<=\ \d\d\d)-?[^\W\d_]))*(?:[.,]\d+(?!\d))?
        |\d+(?:[.,]\d+)?)
     (?P<glue>-?[^\W\d_]+(?:-[^\W\d_]+)*)?
    |(?P<punct>[^\w\s]))
    """,
    re.VERBOSE,
)
# French/English elisions and possessives are split off; Ukrainian keeps its apostrophe words.
_POSSESSIVE: Final = re.compile(r"^(.*[a-zA-Z\u00c0-\u024f])('s)$", re.IGNORECASE)
_ELISION: Final = re.compile(r"^([a-zA-Z\u00c0-\u024f]{1,5}')([a-zA-Z\u00c0-\u024f].*)$")
# French inverted subjects are split off too: "raconte-t-elle" -> "raconte", "-t-elle", so the
# verb of saying is seen ("a-t-il" -> "a", "-t-il")
_INVERTED: Final = re.compile(r"^([^\W\d_]+?)(-t-(?:il|elle|ils|elles)|-(?:il|elle|ils|elles))$")


def split_apostrophe(word: str) -> tuple[str, str] | None:
    """ "Ukraine's" -> ("Ukraine", "'s"), "l'armée" -> ("l'", "armée"); Cyrillic words stay whole."""
    if "'" not in word or not is_latin(word):
        return None
    m = _POSSESSIVE.match(word) or _ELISION.match(word)
    return (m.group(1), m.group(2)) if m else None


class Tok:
    __slots__ = ("start", "end", "text", "low", "kind", "value", "sep", "info")

    def __init__(self, start: int, end: int, text: str, kind: int, low: str | None = None) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = text.lower().replace("ё", "е") if low is None else low
        self.kind = kind
        self.value: float | None = None
        self.sep = ""  # the digit-group separator of a NUM, "" when none
        self.info: object = None  # the language analysis, filled by the engine

    def __repr__(self) -> str:
        return f"Tok({self.text!r}, {self.kind}, {self.start})"


def tokenize(
    text: str, limit: int | None = None, ranges: list[tuple[int, int]] | None = None
) -> list[Tok]:
    """Tokens of `text` (already normalised), at most `limit` of them; only inside `ranges`
    (character spans, in order) when given."""
    out: list[Tok] = []
    spans = ranges if ranges is not None else [(0, len(text))]
    for a, b in spans:
        first = len(out)
        _scan(text, a, b, out, limit)
        _unshout(text, out, first)
        if limit is not None and len(out) >= limit:
            # cut back to the last full stop: half a sentence would be read as a whole one
            k = len(out) - 1
            while k > 0 and not (out[k].kind == PUNCT and out[k].text in ".!?…"):
                k -= 1
            del out[k + 1 :]
            break
    return out


def _scan(text: str, a: int, b: int, out: list[Tok], limit: int | None) -> None:
    append = out.append
    lowered = text[a:b].lower().replace("ё", "е")
    if len(lowered) != b - a:  # a letter whose lowercase is longer ("İ"): each word on its own
        lowered = ""
    room = limit - len(out) if limit is not None else 1 << 62  # tokens still allowed
    for m in _TOKEN.finditer(text, a, b):
        kind = m.lastgroup
        if kind == "word":
            s, e = m.span()
            word = m.group()
            if "'" in word:
                split = split_apostrophe(word)
                if split is not None:
                    head = split[0]
                    append(Tok(s, s + len(head), head, WORD))
                    append(Tok(s + len(head), e, word[len(head) :], WORD))
                    room -= 2
                    continue  # (the limit is looked at after the next token)
            if "-" in word:
                inv = _INVERTED.match(word)
                if inv is not None:
                    head = inv.group(1)
                    append(Tok(s, s + len(head), head, WORD))
                    append(Tok(s + len(head), e, word[len(head) :], WORD))
                    room -= 2
                    continue
            append(Tok(s, e, word, WORD, lowered[s - a : e - a] if lowered else None))
        elif kind == "punct":
            s = m.start()
            p = m.group()
            append(Tok(s, s + 1, p, PUNCT, p))  # one character, no case
        elif kind == "other":
            s, e = m.span()
            append(Tok(s, e, m.group(), OTHER))
        else:  # a number, maybe glued to letters
            s, e = m.span()
            num, sep, glue = m.group("num", "sep", "glue")
            if glue:
                tok = Tok(s, e, m.group(), GLUED)
                tok.value = _plain_value(num, sep or "")
            else:
                tok = Tok(s, e, num, NUM, num)  # digits and separators only: no case
                tok.sep = sep or ""
                tok.value = _plain_value(num, tok.sep)
            append(tok)
        room -= 1
        if room <= 0:
            break


def _shouted(t: Tok) -> bool:
    return t.kind == WORD and t.text.isupper()


def _unshout(text: str, toks: list[Tok], first: int) -> None:
    """A run of words all in capitals ("MALI : DES DIZAINES DE JIHADISTES NEUTRALISÉS", "⚡️ВСУ
    ПОТЕРЯЛИ ЗА СУТКИ") is read as if written in lower case, with a sentence's first word
    capitalised: the rules that take a capital for a name, a title or an acronym would see one
    in every word. Three such words and one longer than an acronym make the run."""
    n, i = len(toks), first
    while i < n:
        if not _shouted(toks[i]):
            i += 1
            continue
        j, words, long_word = i, 0, False
        while j < n and (toks[j].kind != WORD or _shouted(toks[j])):
            if toks[j].kind == WORD:
                words += 1
                long_word = long_word or len(toks[j].text) >= 5
            j += 1
        if words >= 3 and long_word:
            for k in range(i, j):
                t = toks[k]
                if t.kind == WORD:
                    low = t.text.lower()
                    t.text = low[:1].upper() + low[1:] if _opens(text, toks, k) else low
        i = j


def _opens(text: str, toks: list[Tok], k: int) -> bool:
    """Token k opens a sentence or a line: only marks, emoji or nothing before it since."""
    while k > 0:
        prev, t = toks[k - 1], toks[k]
        if "\n" in text[prev.end : t.start] or prev.text in ".!?…":
            return True
        if prev.kind != PUNCT:
            return False
        k -= 1
    return True


def is_latin(word: str) -> bool:
    return all(
        c == "'" or c == "-" or ("a" <= c.lower() <= "z") or "\u00c0" <= c <= "\u024f" for c in word
    )


def _plain_value(text: str, sep: str) -> float | None:
    """The value of a digit string; grouping separators are dropped, a lone [.,] is decimal."""
    if len(text) > 40:  # 10,000 digits in a row are nobody's casualty figure
        return None
    if sep:
        groups = text.replace(sep, "\x00")
        # a decimal tail after the groups ("1 150,5") keeps its own separator
        body = groups.replace("\x00", "")
        body = body.replace(",", ".")
        try:
            return float(body)
        except ValueError:
            return None
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None
