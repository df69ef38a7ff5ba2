"""One person named by a singular noun beside a singular verb of harm, with no numeral at all:
"погиб мирный житель", "ранена женщина", "загинув 62-річний чоловік", "был ранен военнослужащий".

English and French say "a"/"un" and read as article figures; languages without articles need
the grammar: a nominative singular person noun and a singular verb form (finite verb or short
participle) in one clause. Only analyzers that tell number and case take part (pymorphy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from extractors.doc import Doc
from extractors.morph import ADJ, NOMINATIVE, NOUN, PLURAL, VERB
from extractors.rules import (
    ACTOR,
    AUX_ONE,
    CONJ,
    LINK,
    OURS,
    PEOPLE,
    PREP,
    RELATIVE,
    SAY,
    SINGLE,
    SOLDIERS,
    THAT,
    TRIGGER_SET,
)
from extractors.tokens import NUM, PUNCT, WORD

if TYPE_CHECKING:
    from extractors.quantities import Quantity
    from extractors.triggers import Trigger

_HARM: Final = frozenset(("KILLED", "WOUNDED", "CAPTURED", "MISSING"))
_PERSONS: Final = frozenset((PEOPLE, SOLDIERS, ACTOR))  # person nouns, and the civilians' name
_NEAR_BEFORE: Final = 3  # words between the verb and the noun ("погиб 62-летний мужчина")
_NEAR_AFTER: Final = 3  # "мужчина погиб", "военнослужащий был ранен"
_SUBJECT_REACH: Final = 40  # tokens from a subject to its verb over a relative clause or apposition
_ONE_HARM: Final = frozenset(("KILLED", "WOUNDED"))
_NOT_SUBJECT: Final = frozenset((SAY, THAT))  # "an official said the town was captured": a speaker


def singular_persons(doc: Doc, taken: list[Quantity]) -> list[tuple[int, int]]:
    """Token spans (start, end) of single persons counted by a verb of harm beside them."""
    if doc.concepts.isdisjoint(_HARM):
        return []
    if SINGLE in doc.concepts:
        return _single_nouns(doc, taken)
    if not doc.rules.analyzer.startswith("pymorphy"):
        return []
    covered: set[int] = set()
    for q in taken:
        if q.drop is None:  # "62-річний чоловік": an age is no figure of the person
            covered.update(range(max(0, q.start - 1), q.end + 1))
    out: list[tuple[int, int]] = []
    last = -1
    for i in doc.starts(_PERSONS):
        if i < last:
            continue  # inside the name just read ("мирный житель")
        at = doc.at[i]
        m = at.get(PEOPLE) or at.get(SOLDIERS)
        if m is None:
            actor = at.get(ACTOR)
            if actor is None or actor.payload != "civilians":
                continue
            m = actor
        head = m.end - 1  # "мирный житель": the noun is the last word
        flags = doc.flags(head)
        if flags & PLURAL or not flags & NOMINATIVE:
            continue
        if not flags & NOUN and not (flags & ADJ and _alone(doc, m.end)):
            continue  # "загинув цивільний —": an adjective that stands for its noun
        if any(k in covered for k in range(m.start, m.end)):
            continue  # "один человек", "двое мужчин": a figure of its own
        j = m.start - 1
        while j >= 0 and (ACTOR in doc.at[j] or doc.flags(j) & ADJ) and j not in covered:
            j -= 1
        if j >= 0 and j in covered:
            continue  # "один український військовий": the figure's noun, past its adjectives
        if m.start and (PREP in doc.at[m.start - 1] or LINK in doc.at[m.start - 1]):
            continue
        if m.start and doc.tokens[m.start - 1].kind == NUM:
            continue
        if _harm_verb_near(doc, m.start, m.end, plural=_paired(doc, m.start, m.end)):
            a = m.start
            if a and _modifier(doc, a - 1):
                a -= 1  # "погиб наш боец", "погиб российский боец": the noun's own word
            out.append((a, m.end))
            last = m.end
    return out


def named_persons(doc: Doc, taken: list[Quantity]) -> list[tuple[int, int]]:
    """ "Adrian Rodriguez was killed", "Mohamed Omar Hagafey, a former spokesman, was killed in
    a drive-by shooting": a person's name (two or three capitalised words the lexicon does not
    know) that opens its sentence, then at most an apposition or a relative clause set off by
    commas, then a singular auxiliary and a verb of harm: one person."""
    if AUX_ONE not in doc.concepts or doc.concepts.isdisjoint(_ONE_HARM):
        return []
    covered = {k for q in taken for k in range(q.start, q.end)}
    out: list[tuple[int, int]] = []
    for s, e in doc.sentences:
        a = s
        while a < e and doc.tokens[a].kind != WORD:
            a += 1
        b = a
        while b < e and b - a < 3 and _name_word(doc, b):
            b += 1
        if b - a < 2 or any(k in covered for k in range(a, b)):
            continue
        # the name's own verb, over an apposition or a relative clause ("who served as ...")
        for k in range(b, min(e, b + _SUBJECT_REACH)):
            at = doc.at[k]
            aux = at.get(AUX_ONE)
            if (
                aux is not None
                and aux.end < e
                and not _ONE_HARM.isdisjoint(doc.at[aux.end])
                and _own_verb(doc, b, k)
            ):
                out.append((a, b))
                break
            if doc.tokens[k].kind == NUM or not at.keys().isdisjoint(_STOPS):
                break
    return out


_STOPS: Final = frozenset((*TRIGGER_SET, SAY, AUX_ONE))


def _own_verb(doc: Doc, b: int, k: int) -> bool:
    """The auxiliary at k is the name's own, the name ending at b: right after it, after the
    comma that closes its apposition, or after a clause that "who" opens right after the name
    ("X, who served as a spokesman for the administration was killed"); not the verb of a
    clause with a subject of its own ("New York, where a man was killed, ...", "X, whose
    brother was killed, ...": that man, that brother)."""
    if k == b or doc.tokens[k - 1].kind == PUNCT:
        return True
    return any(RELATIVE in doc.at[j] for j in (b, b + 1) if j < k)


def _name_word(doc: Doc, k: int) -> bool:
    t = doc.tokens[k]
    return t.kind == WORD and t.text[:1].isupper() and t.text[1:2].islower() and not doc.at[k]


def _alone(doc: Doc, k: int) -> bool:
    """No noun or adjective at token k goes on the phrase before it."""
    return k >= len(doc.tokens) or doc.tokens[k].kind != WORD or not doc.flags(k) & (NOUN | ADJ)


def _modifier(doc: Doc, k: int) -> bool:
    """An agreeing word before the noun ("наш", "российский"), not a verb or a preposition."""
    t, at = doc.tokens[k], doc.at[k]
    if t.kind != WORD or not _HARM.isdisjoint(at) or PREP in at:
        return False
    flags = doc.flags(k)
    return bool(flags & ADJ and flags & NOMINATIVE and not flags & (VERB | PLURAL)) or OURS in at


def _paired(doc: Doc, start: int, end: int) -> bool:
    """ "Погибли мужчина и женщина": a singular person noun joined by "and" to another one,
    whose verb is plural."""
    n = len(doc.tokens)
    nxt = end + 1
    if end < n and CONJ in doc.at[end] and nxt < n and _single_person(doc, nxt):
        return True
    prev = start - 2
    return start > 0 and CONJ in doc.at[start - 1] and prev >= 0 and _single_person(doc, prev)


def _single_person(doc: Doc, k: int) -> bool:
    flags = doc.flags(k)
    return (
        not _PERSONS.isdisjoint(doc.at[k])
        and bool(flags & NOUN)
        and bool(flags & NOMINATIVE)
        and not flags & PLURAL
    )


def _harm_verb_near(doc: Doc, start: int, end: int, plural: bool = False) -> bool:
    clause = doc.clause[start]
    n = len(doc.tokens)
    before = range(start - 1, max(-1, start - 1 - _NEAR_BEFORE), -1)
    after = range(end, min(n, end + _NEAR_AFTER))
    for k in (*before, *after):
        if doc.clause[k] != clause:
            continue
        if doc.tokens[k].kind != WORD:
            continue
        flags = doc.flags(k)
        # a finite verb, a short participle, or a participle ("жінка поранена", "погибшая")
        if (
            flags & (VERB | ADJ)
            and (plural or not flags & PLURAL)
            and not _HARM.isdisjoint(doc.at[k])
        ):
            return True
    return False


def _single_nouns(doc: Doc, taken: list[Quantity]) -> list[tuple[int, int]]:
    """ "قتل جندي وأصيب ثلاثة آخرون", "استشهد طفل": an indefinite singular person noun (the rules
    list its exact forms) right after or before a verb of harm, no figure before it."""
    covered: set[int] = set()
    for q in taken:
        covered.update(range(q.start, q.end + 1))
    out: list[tuple[int, int]] = []
    n = len(doc.tokens)
    for i in doc.starts_of(SINGLE):
        m = doc.at[i][SINGLE]
        if i in covered or (i and doc.tokens[i - 1].kind == NUM):
            continue
        before = i > 0 and not _HARM.isdisjoint(doc.at[i - 1])
        after = m.end < n and not _HARM.isdisjoint(doc.at[m.end])
        if before or after:
            out.append((i, m.end))
    return out


def subject_verb(
    doc: Doc,
    qs: list[Quantity],
    k: int,
    ts: list[Trigger],
    tx: list[int],
    owner: dict[int, int],
) -> int | None:
    """ "A federal judge whose court handled cartel cases was killed", "Le chef du village, qui
    avait dénoncé les jihadistes, a été tué": a person figure ("a"/"the" and a person noun) that
    opens its sentence's subject, too far from its verb for the plain reach, is the subject of the
    first singular passive of harm after it ("was killed", "a été tué"), over a relative clause
    or an apposition; the index in `ts` of that verb, or None. Another figure, a trigger or a
    reporting word on the way, or a verb of harm before the figure, and it is not."""
    if AUX_ONE not in doc.concepts:
        return None
    q = qs[k]
    s, e = doc.sentences[doc.sentence_of[q.fig_start]]
    for i in range(s, q.start):
        if not doc.at[i].keys().isdisjoint(TRIGGER_SET) or SAY in doc.at[i]:
            return None  # "Gunmen killed a town mayor ...": the figure is an object
    by_start = {ts[x].start: x for x in tx}
    for i in range(q.end, min(e, q.end + _SUBJECT_REACH)):
        other = owner.get(i, k)
        if other != k and qs[other].drop is None:
            return None  # "nommé il y a un mois": a figure of no one is passed over
        if not doc.at[i].keys().isdisjoint(_NOT_SUBJECT):
            return None
        x = by_start.get(i)
        if x is None:
            continue
        t = ts[x]
        if t.concept not in _ONE_HARM or t.neg or not _after_one(doc, t.start):
            return None
        return x
    return None


def _after_one(doc: Doc, i: int) -> bool:
    """A singular auxiliary before token i, over at most three words ("has been ambushed and
    shot dead", "was reportedly killed")."""
    for j in range(i, max(-1, i - 4), -1):
        if doc.ends_at(j, AUX_ONE) is not None:
            return True
        if j < i and (doc.tokens[j].kind != WORD or not doc.at[j].keys().isdisjoint(TRIGGER_SET)):
            return False
    return False
