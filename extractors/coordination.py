"""Coordinated phrases: lists of equipment and men under one loss verb ("lost 2 tanks and up
to 30 men"), a second figure that takes the first one's noun ("30 morts ... et une dizaine du
côté du JNIM"), two parties joined as one subject, and a name that counts a verb's dead rather
than naming its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from extractors.doc import Doc
from extractors.morph import PREP as PREP_FLAG
from extractors.morph import VERB
from extractors.rules import (
    ACTOR,
    AMONG,
    ARTICLE,
    AUX,
    CONJ,
    FEW,
    LINK,
    MATES,
    NOT_PEOPLE,
    NUMBER,
    OURS,
    OWN_UNIT,
    PEOPLE,
    POSS,
    PREP,
    ROUND,
    SOLDIERS,
    VAGUE,
)
from extractors.tokens import NUM, PUNCT, WORD

if TYPE_CHECKING:
    from extractors.quantities import Quantity

_PERSON_NOUNS: Final = frozenset((PEOPLE, SOLDIERS, ACTOR))
_S_FIGURE: Final = frozenset((NUMBER, ROUND, VAGUE, FEW))
_S_OUR_MEN: Final = frozenset((MATES, SOLDIERS, PEOPLE, OWN_UNIT))


THINGS: Final = ("not people", "a thing")  # figures of equipment and objects


def listed_things(
    doc: Doc, q: Quantity, lo: int, hi: int, q_owner: dict[int, int], k: int, qs: list[Quantity]
) -> bool:
    """Tokens lo..hi-1 are a list of equipment ("2 БТР, танк и", "deux chars et") before a
    figure of people, or after it up to the verb ("militants and 7 vehicles were"): a loss
    verb's objects, of which the people are one."""
    if hi - lo > 24 or not people_head(doc, q):
        return False
    things = False
    for i in range(lo, hi):
        owner = q_owner.get(i, k)
        at = doc.at[i]
        if owner != k:
            if qs[owner].drop not in THINGS:
                return False
            things = True
        elif NOT_PEOPLE in at:
            things = True
        elif doc.tokens[i].kind == PUNCT:
            if doc.tokens[i].text not in ",،":
                return False
        elif (PREP in at or doc.flags(i) & (PREP_FLAG | VERB)) and CONJ not in at:
            if AUX in at and i == hi - 1:
                continue  # "60 боевиков и 7 бронемашин были уничтожены": the verb's auxiliary
            return False  # "lost 12 tanks near 3 villages", "и бросает в атаки": no list
    return things


def people_head(doc: Doc, q: Quantity) -> bool:
    if q.selfhead:
        return True
    return any(
        not _PERSON_NOUNS.isdisjoint(doc.at[i])
        for i in range(q.fig_end, min(q.fig_end + 3, len(doc.tokens)))
        if doc.tokens[i].kind == WORD
    )


def elided(doc: Doc, q: Quantity) -> bool:
    """Nothing of its own after the figure: the end, a comma, or "among"/"on the side of"."""
    k, n = q.end, len(doc.tokens)
    if k >= n or doc.tokens[k].kind == PUNCT:
        return True
    if LINK in doc.at[k] and k + 1 < n:
        k += 1  # "du côté du JNIM"
    return AMONG in doc.at[k]


def joined_other(doc: Doc, k: int, ref: str, ours: bool = False) -> bool:
    """ "Les FAMa et l'Africa Corps perdent 30 hommes": the subject at token k is joined by
    "and" to another party's name before it, so the loss mixes sides. "Our guys and the Malian
    soldiers lost 80 men": our own men (the channel's side; `ours` when the subject at k is
    them) are a party too."""
    j = k - 1
    skipped = 0  # "the Malian army", "бойцы Африканского корпуса": the subject's own words
    while j >= 1 and CONJ not in doc.at[j]:
        if doc.is_punct(j, '"'):
            j -= 1  # "ФАМа и «Вагнер» потеряли": the name's quote mark
            continue
        if doc.tokens[j].kind != WORD:
            break
        # "Боевики FLA и их союзники из JNIM": "their" is no word of the subject's
        if ARTICLE not in doc.at[j] and POSS not in doc.at[j]:
            if skipped == 2:
                break
            if ACTOR in doc.at[j] and doc.at[j][ACTOR].payload != ref:
                return False
            skipped += 1
        j -= 1
    if j < 1 or CONJ not in doc.at[j] or doc.tokens[j].kind != WORD:
        return False
    j -= 1
    while j >= 0 and ARTICLE in doc.at[j]:
        j -= 1
    if j >= 0 and _ours_ending(doc, j):
        return not ours and ref != doc.side and ref != "civilians"
    m = doc.ends_at(j + 1, ACTOR)
    if m is None and j >= 1:
        m = doc.at[j - 1].get(ACTOR)  # "Малийские военные и ...": a party's adjective and noun
        if m is None or m.end != j:
            return False
    if m is None:
        return False
    other = str(m.payload)
    if ours:
        return other != doc.side and other != "civilians"
    return other != ref and other != "civilians" and not ref.startswith("<")


def _ours_ending(doc: Doc, j: int) -> bool:
    """A phrase of our own men ends at token j: "we", "our guys", "nos gars", "наши бойцы"."""
    if doc.ends_at(j + 1, OURS) is not None:
        return True  # "we and the Malians"
    return j >= 1 and OURS in doc.at[j - 1] and not _S_OUR_MEN.isdisjoint(doc.at[j])


def figure_np(doc: Doc, k: int, verb: int, comma: bool = False) -> bool:
    """Token k names whom a figure just before it counts, and "and" joins that phrase to the
    verb at `verb` (or, `comma`, a comma before a participle: "killed 40 RSF fighters, losing
    five of its own"): the name is an object, not the verb's subject."""
    if not comma and not any(CONJ in doc.at[j] for j in range(k + 1, verb)):
        return False
    # "killed hundreds of RSF fighters and lost": a figure word counts them as a digit does;
    # four words back ("des dizaines de combattants du JNIM"), quote marks not counted ('killed
    # "around forty" soldiers and Wagner fighters and lost')
    j, seen = k - 1, 0
    s = doc.sentences[doc.sentence_of[k]][0]
    while j >= s and seen < 4:
        t = doc.tokens[j]
        if t.kind == NUM or not _S_FIGURE.isdisjoint(doc.at[j]):
            return True
        if not (t.kind == PUNCT and t.text in "\"'"):
            seen += 1
        j -= 1
    return False
