"""The keys a word matches under: its form, and its stems in the languages of its script.

Two words match when their key sets meet. Snowball (the maintained reference
stemmers) covers Russian, English, French and Arabic; Snowball has no Ukrainian,
so a light suffix stripper (`uk_stem`) covers it. A word of a script gets the
stems of every language written in it, since a keyword list mixes languages and
a post's language is not always known. Stems shorter than MIN_STEM are not used:
short names (Gao, Мали, مالي) then match only as written, so "Мали" never
matches "мало" or "малый".
"""

from __future__ import annotations

from functools import lru_cache

import snowballstemmer

from bot.topics.normalise import Script, script_of

MIN_STEM = 4

_RU = snowballstemmer.stemmer("russian")
_EN = snowballstemmer.stemmer("english")
_FR = snowballstemmer.stemmer("french")
_AR = snowballstemmer.stemmer("arabic")

# Ukrainian inflectional endings of nouns and adjectives, longest first.
_UK_ENDINGS = sorted(
    """
    ього ьому ого ому ими іми ами ями ові еві єві ою ею єю ом ем єм ам ям ах ях ів їв ей
    ий ій им ім их іх ої ую юю ья а я у ю о е є і ї и ь
    """.split(),
    key=len,
    reverse=True,
)
# Dative and locative soften к, г, х before і: Авдіївка -> Авдіївці, Прага -> Празі.
_UK_ALTERNATION = {"ц": "к", "з": "г", "с": "х"}

_UK_ONLY = frozenset("іїєґ")
_RU_ONLY = frozenset("ыэъё")

# Arabic proclitics: a conjunction, then a preposition, then the article.
_AR_CONJ = ("و", "ف")
_AR_PREP = ("ب", "ك", "ل")
_AR_MIN = 3


def uk_stem(word: str) -> set[str]:
    """Light Ukrainian stems: one ending off, and the consonant alternation undone."""
    for ending in _UK_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            stem = word[: -len(ending)]
            out = {stem}
            if ending == "і" and stem[-1] in _UK_ALTERNATION:
                out.add(stem[:-1] + _UK_ALTERNATION[stem[-1]])
            return out
    return set()


def ar_bases(word: str) -> set[str]:
    """The word with its proclitics (و ف, ب ك ل, ال, لل) taken off, every valid way."""
    out = {word}
    frontier = [word]
    for step in (_AR_CONJ, _AR_PREP):
        nxt = []
        for w in frontier:
            for prefix in step:
                if w.startswith(prefix) and len(w) - len(prefix) >= _AR_MIN:
                    nxt.append(w[len(prefix) :])
        frontier += nxt
        out.update(nxt)
    for w in list(out):
        if w.startswith("ال") and len(w) - 2 >= _AR_MIN:
            out.add(w[2:])
        # لل is ل + ال with the alef dropped: للجيش = ل + الجيش.
        if w.startswith("لل") and len(w) - 2 >= _AR_MIN:
            out.add(w[2:])
    return out


def _keep(stem: str) -> bool:
    return len(stem) >= MIN_STEM


@lru_cache(maxsize=200_000)
def keys(word: str) -> frozenset[str]:
    """Every key `word` (already normalised) can be matched under."""
    script = script_of(word)
    out = {word}
    if script is Script.LATIN and word.isalpha():
        out.update(s for s in (_EN.stemWord(word), _FR.stemWord(word)) if _keep(s))
    elif script is Script.CYRILLIC:
        # A letter only one of the two alphabets has settles the language of the word.
        if not _UK_ONLY.intersection(word):
            ru = _RU.stemWord(word)
            if _keep(ru):
                out.add(ru)
        if not _RU_ONLY.intersection(word):
            out.update(uk_stem(word))
    elif script is Script.ARABIC:
        for base in ar_bases(word):
            out.add(base)
            stem = _AR.stemWord(base)
            if _keep(stem):
                out.add(stem)
    return frozenset(out)
