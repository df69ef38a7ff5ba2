"""Who a word that points elsewhere means: "they", "its", "в её рядах", "في صفوفه" (the party
named before it), "our" in reported speech (the channel's side, unless the speaker's own words
are quoted), and whether a figure sits inside direct speech.
"""

from __future__ import annotations

from typing import Final

from extractors.doc import Doc
from extractors.lexicon import Match
from extractors.phrases import ARMY_REF, ENEMY_REF, OURS_REF, REBELS_REF, UNKNOWN, quoted
from extractors.rules import (
    ACTOR,
    ARMY,
    ENEMY,
    OTHER_ACTOR,
    OURS,
    PEOPLE,
    POSS,
    PRONOUN,
    REBELS,
    SOLDIERS,
)
from extractors.tokens import WORD

_TROOPS: Final = frozenset((SOLDIERS, PEOPLE, ARMY))

_BACK_SENTENCES: Final = 2  # how far back "they" may look for the party it stands for
_BACK_TOKENS: Final = 80


def pronoun_at(doc: Doc, a: int, b: int) -> int | None:
    """The first third-person pronoun or possessive ("они", "they", "leurs", "صفوفه") in
    tokens[a:b] that is no part of a speaker phrase."""
    for k in range(max(a, 0), min(b, len(doc.tokens))):
        at = doc.at[k]
        if (PRONOUN in at or POSS in at) and k not in doc.speakers:
            return k
    return None


def antecedent(doc: Doc, k: int) -> str | None:
    """The party a pronoun at token k stands for: the last one named before it in its sentence
    or the two before, leaving out "us" ("у нас ... у них": they are not we). A speaker counts:
    in the post's own voice it is the channel's party ("Les FAMa déplorent ... dans leurs
    rangs")."""
    sid = doc.sentence_of[k]
    ahead = _subject_after(doc, k)
    if ahead is not None:
        return ahead
    first = doc.sentences[max(0, sid - _BACK_SENTENCES)][0]
    for j in range(k - 1, max(first, k - _BACK_TOKENS) - 1, -1):
        if j in doc.name_inner:
            continue
        at = doc.at[j]
        if not at:
            continue
        m = at.get(ACTOR)
        if m is not None and m.payload == "civilians":
            continue
        ref = _party_ref(at)
        if ref is not None:
            return ref
        if OURS in at:
            # "наши штурмовики ... они", "قواتنا": our men are who "they" are; a bare "we" or
            # "у нас" is the other half of a contrast ("у нас ... у них")
            nxt = doc.at[j + 1] if j + 1 < len(doc.tokens) else {}
            if not _TROOPS.isdisjoint(at) or not _TROOPS.isdisjoint(nxt):
                return OURS_REF
    return None


def _subject_after(doc: Doc, k: int) -> str | None:
    """ "Власні втрати повстанці назвали так:", "Свои потери боевики оценили в 9": a possessive
    that opens its sentence, before the noun it owns, points on to the subject after that noun,
    a party named within the next few words (a speaker phrase left out)."""
    s, e = doc.sentences[doc.sentence_of[k]]
    if any(doc.tokens[j].kind == WORD for j in range(s, k)):
        return None
    for j in range(k + 2, min(e, k + 5)):
        if j in doc.speakers or j in doc.name_inner:
            continue
        ref = _party_ref(doc.at[j])
        if ref is not None:
            return ref
    return None


def _party_ref(at: dict[str, Match]) -> str | None:
    """The party a token names: an actor id (not civilians), the enemy, the army, an outsider
    or the theatre's rebels."""
    m = at.get(ACTOR)
    if m is not None:
        return None if m.payload == "civilians" else str(m.payload)
    if ENEMY in at:
        return ENEMY_REF
    if ARMY in at:
        return ARMY_REF
    if OTHER_ACTOR in at:
        return UNKNOWN
    if REBELS in at:
        return REBELS_REF
    return None


__all__ = ["antecedent", "pronoun_at", "quoted"]
