"""Word analysis: the lookup keys of a word and the little grammar the engine asks about.

Three strategies, chosen by a rules module's ANALYZER value, never by language name:
"pymorphy:<lang>" (lemmas, part of speech, animacy and number from pymorphy3's
dictionaries), "clitics" (Arabic: the word with its attached conjunctions, prepositions,
article and pronoun suffixes peeled off) and "plain" (the lowercase word). Every result is
cached per word: a dictionary lookup costs tens of microseconds, a cache hit well under one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

# Flags on Info.flags
NOUN: Final = 1
INANIMATE: Final = 2  # a noun whose every noun reading is inanimate
VERB: Final = 4  # a finite verb, infinitive, short participle or gerund: ends a noun phrase
ADJ: Final = 8  # an adjective, full participle or ordinal: sits inside a noun phrase
PLURAL: Final = 16
PREP: Final = 32
CONJ_PREFIX: Final = 64  # Arabic: the word carries a leading "و" / "ف" ("and")
ANY_PLURAL: Final = (
    128  # some reading of the word is plural ("сотни": "of a hundred" or "hundreds")
)
PASSIVE: Final = (
    256  # a passive or impersonal verb form ("уничтожено", "знищено"): no subject before it
)
NAME: Final = 512  # a first name or patronymic ("Вячеслав", "Олег")
SURNAME: Final = 1024  # a surname ("Гладков", "Синєгубов"): a person speaks
NOMINATIVE: Final = 2048  # the likeliest reading is in the nominative ("мужчина", not "мужчины")
GERUND: Final = (
    4096  # an adverbial participle ("побачивши", "увидев"): opens a clause set off by commas
)


@dataclass(frozen=True, slots=True)
class Info:
    keys: tuple[str, ...]
    flags: int = 0


_ANALYZERS: Final[dict[str, Any]] = {}


def _analyzer(lang: str) -> Any:
    morph = _ANALYZERS.get(lang)
    if morph is None:
        import pymorphy3  # loaded once, on the first word of that language

        morph = pymorphy3.MorphAnalyzer(lang=lang)
        _ANALYZERS[lang] = morph
    return morph


@lru_cache(maxsize=200_000)
def analyse_pymorphy(word: str, lang: str) -> Info:
    parses = _analyzer(lang).parse(word)
    keys = [word]
    flags = 0
    noun_seen = anim_seen = prep_seen = False
    for i, p in enumerate(parses[:6]):
        nf = p.normal_form.replace("ё", "е")
        if nf not in keys:
            keys.append(nf)
        tag = p.tag
        pos = tag.POS
        if "plur" in tag:
            flags |= ANY_PLURAL
        prep_seen = prep_seen or pos == "PREP"
        if pos == "NOUN":
            noun_seen = True
            if "anim" in tag:
                anim_seen = True
        if i == 0:
            if pos == "NOUN":
                flags |= NOUN
                if "Surn" in tag:
                    flags |= SURNAME
                elif "Name" in tag or "Patr" in tag:
                    flags |= NAME
            elif pos in ("VERB", "INFN", "PRTS", "GRND"):
                flags |= VERB
                if pos == "GRND":
                    flags |= GERUND
                if "pssv" in tag or "Impe" in tag:
                    flags |= PASSIVE
            elif pos in ("ADJF", "PRTF", "NUMR", "ADJS"):
                flags |= ADJ
            elif pos == "PREP":
                flags |= PREP
            if "plur" in tag:
                flags |= PLURAL
            if "nomn" in tag:
                flags |= NOMINATIVE
    if noun_seen and not anim_seen and flags & NOUN:
        flags |= INANIMATE
    if prep_seen and not flags & (NOUN | VERB | ADJ):
        flags |= PREP  # Ukrainian "на": a particle first, a preposition as well
    return Info(tuple(keys), flags)


@lru_cache(maxsize=200_000)
def analyse_clitics(
    word: str,
    prefixes: tuple[str, ...],
    suffixes: tuple[str, ...],
    folds: tuple[tuple[str, str], ...],
    restores: tuple[tuple[str, str], ...] = (),
) -> Info:
    """Candidate stems of an Arabic word, most literal first."""
    base = word
    for a, b in folds:
        base = base.replace(a, b)
    keys: list[str] = [base]
    flags = 0
    stems = [base]
    for pre in prefixes:  # longest first ("وال" before "و")
        if base.startswith(pre) and len(base) - len(pre) >= 2:
            stems.append(base[len(pre) :])
            if pre.endswith("ال") or pre.endswith("لل"):  # "للجيش", "والجيش": also "الجيش"
                stems.append("ال" + base[len(pre) :])
            if pre[0] in "وف" and len(pre) <= 1:
                flags |= CONJ_PREFIX
    # a pronoun suffix is its own letters, never a fold's: "إضافة" (addition) ends in a ta
    # marbuta, no "إضاف" + "ه" ("added it")
    tail = word[-max(map(len, suffixes), default=0) :] if suffixes else ""
    for stem in list(stems):
        for suf in suffixes:
            if not tail.endswith(suf):
                continue
            if stem.endswith(suf) and len(stem) - len(suf) >= 2:
                bare = stem[: -len(suf)]
                stems.append(bare)
                # a word's last letter changes before a suffix: its dictionary form too
                # ("شهدائنا": "شهداء" + "نا"; "قتلانا": "قتلى" + "نا")
                for end, whole in restores:
                    if bare.endswith(end) and len(bare) > len(end):
                        stems.append(bare[: -len(end)] + whole)
    for s in stems:
        if s not in keys:
            keys.append(s)
    if base[:1] in "وف" and len(base) > 3:
        flags |= CONJ_PREFIX
    return Info(tuple(keys), flags)


@lru_cache(maxsize=200_000)
def analyse_plain(word: str) -> Info:
    return Info((word,), 0)


@lru_cache(maxsize=10_000)
def base_form(word: str, analyzer: str) -> str:
    """The dictionary form of a word's likeliest reading ("Гладкова" -> "гладков")."""
    if analyzer.startswith("pymorphy:"):
        parses = _analyzer(analyzer.split(":", 1)[1]).parse(word)
        if parses:
            return str(parses[0].normal_form).replace("ё", "е")
    return word.lower()


def analyse(word: str, analyzer: str, clitics: tuple[Any, ...] = ()) -> Info:
    if analyzer == "plain":
        return analyse_plain(word)
    if analyzer == "clitics":
        prefixes, suffixes, folds, restores = clitics
        return analyse_clitics(word, prefixes, suffixes, folds, restores)
    return analyse_pymorphy(word, analyzer.split(":", 1)[1])
