"""Trigger words (killed, wounded, captured, missing, losses ...) and their negations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from extractors.doc import Doc
from extractors.lexicon import Match
from extractors.morph import CONJ_PREFIX
from extractors.rules import (
    ACCORDING_TO,
    ACTOR,
    ALIVE,
    AMONG,
    AUX,
    CAPTURED,
    CASUALTIES,
    CONJ,
    COUNTED,
    DUAL,
    ELIMINATED,
    EQUIPMENT,
    EXCEED,
    FIGURE_WORDS,
    HURT,
    IRRECOVERABLE,
    KILLED,
    LINK,
    LOSS,
    MAIMED,
    MISSING,
    MONTH,
    NEG,
    NEG_AFTER,
    NEG_BLOCK,
    NONCLAIM,
    NOT_PEOPLE,
    NOUN_TRIGGER,
    NUMBER,
    OF_THE,
    OTHER_ACTOR,
    OTHERS,
    OURS,
    OWN_UNIT,
    PEOPLE,
    PERIOD,
    PERSONNEL,
    POSITIONS,
    RANGE_FROM,
    SAME_NUMBER,
    SINCE,
    SLANG_OWN,
    SOLDIERS,
    STRIKE,
    SUFFER,
    TRIGGERS,
    VICTIM,
    WOUNDED,
)
from extractors.tokens import NUM, PUNCT, WORD

_KILL: Final = (KILLED, ELIMINATED)
_KILL_OR_NONCLAIM: Final = frozenset((*_KILL, NONCLAIM))
# When several trigger concepts start at one token, the longest wins; on a tie this order does.
_ORDER: Final = {
    c: k
    for k, c in enumerate(
        (MISSING, CAPTURED, CASUALTIES, WOUNDED, KILLED, ELIMINATED, LOSS, HURT, NONCLAIM)
    )
}


# "لم يسفر الهجوم عن سقوط ضحايا": the attack that caused no toll costs no step either; nor
# does the verb of suffering ("دون أن تتكبد أي خسائر", "without suffering any losses")
_S_AUX_ACTOR_OTHER_ACTOR_PEOPLE_SOLDIERS: Final = frozenset(
    (AUX, ACTOR, OTHER_ACTOR, PEOPLE, SOLDIERS, STRIKE, SUFFER)
)


_S_WHOSE: Final = frozenset((AMONG, ACTOR, OURS, OWN_UNIT))
_S_PEOPLE_WORDS: Final = frozenset(
    (PEOPLE, SOLDIERS, PERSONNEL, "MILITANTS", "REGULARS", "ENEMY", "OURS", "ARMY")
)
TRIGGER_WORDS: Final = frozenset((*TRIGGERS, NONCLAIM))  # the concepts a trigger is found by
_IN_ORDER: Final = (*TRIGGERS, NONCLAIM)
_WANTED: Final = TRIGGER_WORDS
_QUALIFIERS: Final = frozenset(("ABOUT", "MORE_THAN", "AT_LEAST", "UP_TO"))
_S_OF: Final = frozenset((LINK, OF_THE, "ARTICLE"))


@dataclass(init=False, slots=True)
class Trigger:
    # init=False, the __init__ written out below: compiled by mypyc, unlike the generated one
    start: int
    end: int
    concept: str
    neg: bool = False  # "без потерь", "no casualties": a zero claim if no figure takes it
    # "затрёхсотили": the speaker's side put them out of action wounded; an ELIMINATED verb
    # for whose victim it is, a wounded claim for its kind
    wounds: bool = False

    def __init__(
        self, start: int, end: int, concept: str, neg: bool = False, wounds: bool = False
    ) -> None:
        self.start = start
        self.end = end
        self.concept = concept
        self.neg = neg
        self.wounds = wounds


def find_triggers(doc: Doc, excluded: set[int]) -> list[Trigger]:
    out: list[Trigger] = []
    inside = doc.name_inner  # words inside a name are no trigger: "Africa Corps"
    i = 0
    for k in doc.starts(_WANTED):
        if k < i:
            continue  # inside the trigger before
        i = k
        at = doc.at[i]
        if i in excluded or i in inside:
            continue
        best = None
        for concept in _IN_ORDER if len(at) > 1 else at:  # one concept: it is the trigger
            m = at.get(concept)
            if m is not None and (
                best is None
                or m.end > best.end
                or (m.end == best.end and _ORDER.get(m.concept, 99) < _ORDER.get(best.concept, 99))
            ):
                best = m
        if best is None:
            continue
        if best.concept == LOSS and CASUALTIES in at and i > 0 and doc.tokens[i - 1].kind == NUM:
            best = at[
                CASUALTIES
            ]  # "0 perte de notre côté": the figure counts losses, not "the loss of"
        if (
            best.concept == CASUALTIES
            and LOSS in at
            and at[LOSS].end == best.end
            and best.end < len(doc.tokens)
            and (doc.tokens[best.end].kind == NUM or NUMBER in doc.at[best.end])
        ):
            # "признают потерю семерых своих": the losing of the figure right after, as "the
            # loss of seven" (a verb of losing), where one word is both
            best = at[LOSS]
        concept = best.concept
        if concept == NONCLAIM and (x := at.get(EXCEED)) is not None and x.end > best.end:
            continue  # "a franchi la barre des 30 000": the word opens a verb of exceeding
        if concept == CASUALTIES and _equipment_losses(doc, best):
            i = best.end
            continue  # "Ukrainian tank losses stand at 1,050", "pertes en chars": things lost
        if SLANG_OWN in at and bare_code(doc, at[SLANG_OWN]):
            continue  # "plus de 200 morts": a figure, not the code "200" after one
        if concept == CASUALTIES and _irrecoverable(doc, best.start, best.end):
            concept = KILLED  # "безвозвратные потери", "pertes irrécupérables"
        out.append(Trigger(best.start, best.end, concept, wounds=_maimed(doc, best)))
        i = best.end
    out = _victims_lumped(doc, _merge_killed_and_wounded(doc, _toll_named(doc, out)))
    if (
        out
        and PERSONNEL in doc.concepts
        and all(
            t.concept == NONCLAIM or (PERSONNEL in doc.at[t.start] and not _line_head(doc, t.end))
            for t in out
        )
    ):
        # "пункт обеспечения ВМФ: до 300 человек личного состава": the personnel word is a
        # tally's line of losses only in a post that speaks of losses or harm somewhere, or
        # heads a line with its figure after it ("الأفراد: نحو 1,040,330 (+1,240)")
        out = [t for t in out if t.concept == NONCLAIM]
    for t in out:
        t.neg = _negated(doc, t)
    if ALIVE in doc.concepts:
        # "On our side: two guys lightly wounded, everyone is alive": no one killed
        taken = {k for t in out for k in range(t.start, t.end)}
        for k in doc.starts_of(ALIVE):
            m = doc.at[k][ALIVE]
            if k in excluded or not taken.isdisjoint(range(m.start, m.end)):
                continue
            sid = doc.sentence_of[k]
            last = None
            for t in out:
                if t.end <= k and doc.sentence_of[t.start] >= sid - 1:
                    last = t
            if last is not None and last.concept in (CAPTURED, NONCLAIM):
                continue  # "взяли в полон п'ятьох — усі живі": the captives are alive, no toll
            out.append(Trigger(m.start, m.end, KILLED, neg=True))
        out.sort(key=lambda t: t.start)
    return out


def _line_head(doc: Doc, k: int) -> bool:
    """The words ending at token k head a tally's line: a colon or a dash at its end or right
    after it, or its figure within two tokens ("особового складу ‒ близько 1 150 000")."""
    n = len(doc.tokens)
    if any(0 <= j < n and doc.is_punct(j, ":—‒–-") for j in (k - 1, k)):
        return True
    return any(doc.tokens[j].kind == NUM or NUMBER in doc.at[j] for j in range(k, min(k + 2, n)))


def _equipment_losses(doc: Doc, m: Match) -> bool:
    """A losses noun whose own phrase names equipment and no people: the word right before it
    ("tank losses") or right after it, past one adjective or preposition ("потери танков",
    "pertes en chars", "خسائر الدبابات")."""
    if EQUIPMENT not in doc.concepts:
        return False
    toks, n = doc.tokens, len(doc.tokens)
    if m.start > 0 and EQUIPMENT in doc.at[m.start - 1]:
        return _no_people(doc, m.end, min(m.end + 3, n))
    for k in range(m.end, min(m.end + 3, n)):
        if toks[k].kind != WORD or not _S_PEOPLE_WORDS.isdisjoint(doc.at[k]):
            return False
        if EQUIPMENT in doc.at[k]:
            return _no_people(doc, k + 1, min(k + 4, n))
    return False


def _no_people(doc: Doc, a: int, b: int) -> bool:
    """ "losses in equipment and personnel": people named beside the things keep the toll."""
    return all(_S_PEOPLE_WORDS.isdisjoint(doc.at[k]) for k in range(a, b))


def bare_code(doc: Doc, m: Match) -> bool:
    """A slang code number ("de 200") with no figure before it: "une trentaine de 200", "autant
    de 300" count the dead and the wounded; "plus de 200" is a figure itself."""
    if not any(doc.tokens[k].kind == NUM for k in range(m.start, m.end)):
        return False
    k = m.start - 1
    return k < 0 or (
        doc.tokens[k].kind != NUM
        and FIGURE_WORDS.isdisjoint(doc.at[k])
        and SAME_NUMBER not in doc.at[k]
    )


def _maimed(doc: Doc, m: Match) -> bool:
    if m.concept != ELIMINATED:
        return False
    maimed = doc.at[m.start].get(MAIMED)
    return maimed is not None and maimed.end == m.end


def _irrecoverable(doc: Doc, i: int, j: int) -> bool:
    for k in (*range(max(0, i - 2), i), *range(j, min(len(doc.tokens), j + 2))):
        if IRRECOVERABLE in doc.at[k]:
            return True
    return False


def _toll_named(doc: Doc, ts: list[Trigger]) -> list[Trigger]:
    """A bare toll noun ("toll", "حصيلة": a count word that is a death toll alone) yields to a
    word of another kind that names what it counts, right after it ("حصيلة المصابين في الغارة",
    "the toll of injured") or right before it ("the injury toll")."""
    if NEG_BLOCK not in doc.concepts:
        return ts
    drop: set[int] = set()
    for a, t in enumerate(ts):
        if (
            t.concept != KILLED
            or NEG_BLOCK not in doc.at[t.start]
            or NOUN_TRIGGER not in doc.at[t.start]
        ):
            continue
        for b in (a - 1, a + 1):
            if not 0 <= b < len(ts) or ts[b].concept in _KILL_OR_NONCLAIM:
                continue
            u = ts[b]
            gap = range(t.end, u.start) if b > a else range(u.end, t.start)
            # "toll of the injured": "of" and an article may stand between
            if len(gap) <= 2 and all(not _S_OF.isdisjoint(doc.at[j]) for j in gap):
                if not (doc.flags(max(t.start, u.start)) & CONJ_PREFIX):
                    drop.add(a)  # not "القتلى والجرحى": "and" lumps them
    return [t for a, t in enumerate(ts) if a not in drop]


def _lump_pairs(ts: list[Trigger], lumps: Callable[[Trigger, Trigger], bool]) -> list[Trigger]:
    """Two neighbouring triggers that `lumps` joins become one casualties trigger over both."""
    out: list[Trigger] = []
    k = 0
    while k < len(ts):
        t = ts[k]
        if k + 1 < len(ts) and lumps(t, ts[k + 1]):
            out.append(Trigger(t.start, ts[k + 1].end, CASUALTIES))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


def _merge_killed_and_wounded(doc: Doc, ts: list[Trigger]) -> list[Trigger]:
    """ "убитыми и ранеными", "killed or wounded", "القتلى والجرحى": one casualties trigger."""
    return _lump_pairs(ts, lambda t, u: _killed_and_wounded(doc, t, u))


def _killed_and_wounded(doc: Doc, t: Trigger, u: Trigger) -> bool:
    pair = {t.concept, u.concept}
    # "Загиблих та постраждалих немає": the hurt beside the dead, one lump as well
    if not ((WOUNDED in pair or HURT in pair) and pair & set(_KILL) and len(pair) == 2):
        return False
    if any(doc.tokens[j].kind == NUM or NUMBER in doc.at[j] for j in range(u.start, u.end)):
        return False  # "turned 112 into cargo-200 and sent another 64 to the hospital": its own
    between = u.start - t.end
    joined = (between == 1 and (CONJ in doc.at[t.end] or doc.is_punct(t.end, "/"))) or (
        between == 0 and bool(doc.flags(u.start) & CONJ_PREFIX)
    )  # "~2,100 KIA/WIA", "убитыми/ранеными": a slash joins them as "and" does
    after = _figure_word(doc, u.end)
    if not after and _figure_before(doc, t.start):
        # "٣٠٠ جندي قتلوا وأصيب نحو ٢٧٠٠ آخرين": the first has its figure, so the
        # figure after a qualifier is the second one's (not "killed or wounded
        # more than 200,000")
        j = u.end
        while j < len(doc.tokens) and not _QUALIFIERS.isdisjoint(doc.at[j]):
            j = max(m.end for c, m in doc.at[j].items() if c in _QUALIFIERS)
        after = _figure_word(doc, j)
    if (
        joined
        and after
        and not _figure_before(doc, t.start, 12)
        # "جنديين شهيدين وإصابة ثلاثة": a dual counts itself, the figure after is
        # the second word's
        and not _counted(doc, t.start)
    ):
        # "مقتل وإصابة ١٢ عنصراً", "killed or injured 40": the first word has no
        # figure of its own, so the one after counts both
        after = False
    if joined and not after and _others_after(doc, u.end):
        after = True  # "لقي ستة حتفهم وأصيب آخرون": the others are a group apart
    return joined and not after  # "قتلوا وأصيب ٩": two claims, not one compound


def _victims_lumped(doc: Doc, ts: list[Trigger]) -> list[Trigger]:
    """A victims noun that a killed-and-wounded phrase right after it explains is one
    casualties trigger: "150 victimes, morts et blessés confondus", "150 victims (killed and
    wounded)", "150 ضحية بين قتيل وجريح" (victims are the dead unless the text says they take in
    the wounded). The phrase may stand after a comma, a bracket or a dash, or "entre",
    "between"; one with a figure of its own after it is a split, not an aside."""
    if VICTIM not in doc.concepts:
        return ts
    return _lump_pairs(ts, lambda t, u: _victims_explained(doc, t, u))


def _victims_explained(doc: Doc, t: Trigger, u: Trigger) -> bool:
    if t.concept not in _KILL or VICTIM not in doc.at[t.start]:
        return False
    j = t.end
    while j < min(u.start, t.end + 2) and ACTOR in doc.at[j]:
        j += 1  # "150 victimes civiles, morts et blessés": whose victims, then the aside
    if j < u.start and doc.is_punct(j, ",(—–-:"):
        j += 1
    if j < u.start and RANGE_FROM in doc.at[j]:
        j += 1
    return u.concept == CASUALTIES and j == u.start and not _figure_word(doc, u.end)


def _figure_word(doc: Doc, j: int) -> bool:
    """Token j opens a figure: digits, a number word or a vague one ("العشرات", "dozens")."""
    if j >= len(doc.tokens):
        return False
    return doc.tokens[j].kind == NUM or not doc.at[j].keys().isdisjoint(FIGURE_WORDS)


def _figure_before(doc: Doc, i: int, reach: int = 4) -> bool:
    """A number within the few words before token i, in its sentence (in its clause for the
    nearest four)."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if doc.sentence_of[k] != doc.sentence_of[i]:
            return False
        if doc.clause[k] != doc.clause[i] and reach <= 4:
            return False
        if (doc.tokens[k].kind == NUM or NUMBER in doc.at[k]) and _dated(doc, k):
            continue  # "за две недели потерял убитыми и ранеными свыше 120": the period's number
        if doc.tokens[k].kind == NUM or NUMBER in doc.at[k] or _vague_people(doc, k, i):
            return True
    return False


def _dated(doc: Doc, k: int) -> bool:
    """Token k inside a period or a date ("за две недели", "le 3 mars")."""
    for j in range(max(0, k - 3), k + 1):
        for concept in _S_DATES:
            m = doc.at[j].get(concept)
            if m is not None and m.end > k:
                return True
    return False


_S_DATES: Final = (PERIOD, SINCE, MONTH)


def _vague_people(doc: Doc, k: int, i: int) -> bool:
    """A vague figure at token k that counts people, the subject of the trigger at i: "المئات
    من المدنيين قتلوا وأصيب الآلاف" (not "عدة غارات ... عن مقتل وإصابة 40", which counts
    strikes)."""
    if FIGURE_WORDS.isdisjoint(doc.at[k]):
        return False
    j = k + 1
    if j < i and not _S_LINK.isdisjoint(doc.at[j]):
        j += 1  # "hundreds of civilians", "المئات من المدنيين"
    return j == i or (j < i and not _S_PERSON_WORDS.isdisjoint(doc.at[j]))


def _neg_here(doc: Doc, i: int, concept: str) -> bool:
    m = doc.has(i, concept)
    if m is None:
        return False
    # "не менее", "no more than", "без вести": the negation word opens a longer phrase
    return not any(c != concept and other.end > m.end for c, other in doc.at[i].items())


def _negated(doc: Doc, t: Trigger) -> bool:
    if NEG not in doc.concepts and NEG_AFTER not in doc.concepts:
        return False
    if t.concept == NONCLAIM or PERSONNEL in doc.at[t.start] or NEG_BLOCK in doc.at[t.start]:
        return False  # "gave no overall toll": no figure given, not a toll of none
    toks = doc.tokens
    clause = doc.clause[t.start]
    # before: "без потерь", "no casualties", "жодного загиблого", "عدم تسجيل أي خسائر"
    k = t.start - 1
    steps = 0
    while k >= 0 and steps <= 2 and doc.clause[k] == clause:
        if toks[k].kind == NUM or NEG_BLOCK in doc.at[k] or COUNTED in doc.at[k]:
            break  # "nobody is counting their bodies": no count, not a toll of none
        if POSITIONS in doc.at[k]:
            return False  # "No positions were lost": ground, not men
        if EXCEED in doc.at[k]:
            break  # "لم تتجاوز خسائرها 60 شهيداً": did not exceed, a ceiling, not a toll of none
        if _neg_here(doc, k, NEG):
            if t.concept == HURT and not _hurt_someone(doc, k, t.start):
                return False  # "Aucun bâtiment n'a été touché", "no building was harmed"
            return t.concept != "CAPTURED" or not _bare_act(doc, k, t)
        at = doc.at[k]
        # "No Malian soldiers were killed": the counted noun and auxiliaries cost nothing
        if not doc.is_punct(k) and _S_AUX_ACTOR_OTHER_ACTOR_PEOPLE_SOLDIERS.isdisjoint(at):
            steps += 1
        k -= 1
    # "Данных о потерях не имеем", "інформації про втрати немає": no news of losses
    if any(
        NEG_BLOCK in doc.at[k] and doc.clause[k] == clause
        for k in range(max(0, t.start - 2), t.start)
    ):
        return False
    # right after a verb: "did not lose a single soldier", "не потеряли ни одного бойца"
    if t.end < len(toks) and _neg_here(doc, t.end, NEG) and doc.clause[t.end] == clause:
        # in the clause only: "Пострадавших нет, в Киевском районе ...", "втрат не зазнали, всі
        # позиції утримуємо": a place or positions of the next clause are no thing lost
        after = [k for k in range(t.end + 1, min(len(toks), t.end + 5)) if doc.clause[k] == clause]
        # "قتلى وجرحى لم نتمكن من حصرهم": could not count them, not none; "acknowledged losses
        # without giving a figure", "بخسائر دون أن يحدد عددها": silence on the figure
        if any(NEG_BLOCK in doc.at[k] for k in after[:3]):
            return False
        # "has lost none of its positions": ground, not men; "ont levé les mains sans se faire
        # prier": the "without" is about something else
        if any(POSITIONS in doc.at[k] or NOT_PEOPLE in doc.at[k] for k in after):
            return False
        return t.concept != "CAPTURED" or any(
            not _S_NEGATED_WHAT.isdisjoint(doc.at[k]) for k in after
        )
    # after: "потерь нет", "загиблих немає", "потерь среди «музыкантов» нет"
    k = t.end
    steps = 0
    hard = doc.hard[t.start]
    # across a comma aside only: "Загиблих, на щастя, немає", "Потерь, к счастью, нет"
    while k < len(toks) and steps <= 3 and doc.hard[k] == hard:
        m = doc.at[k].get(ACCORDING_TO)
        if m is not None:
            k = m.end  # "Погибших, по предварительным данным, нет": whose count, no data lacking
            continue
        # "Наши потери — два «трёхсотых», «двухсотых» нет": a figure in words is a figure too
        if toks[k].kind == NUM or NEG_BLOCK in doc.at[k] or NUMBER in doc.at[k]:
            break
        if POSITIONS in doc.at[k]:
            return False  # "Потерь позиций нет", "втрачених позицій немає": ground, not men
        if _neg_here(doc, k, NEG_AFTER):
            # "втрати в живій силі, нуль метрів просування": zero of something else
            nxt = doc.at[k].get(NEG_AFTER)
            end = nxt.end if nxt is not None else k + 1
            while end < len(toks) - 1 and toks[end].kind == PUNCT and toks[end].text in '"«':
                end += 1  # "Наши потери: ноль «200»": the code in its quotes
            if end < len(toks) and not _S_TRIGGER_CONCEPTS.isdisjoint(doc.at[end]):
                # "Nos pertes : aucun tué, deux blessés": the negation heads the word after it,
                # a part of the label's; the label holds no toll of its own
                return False
            return end >= len(toks) or NOT_PEOPLE not in doc.at[end]
        # "Втрат серед особового складу бригади немає": whose losses cost nothing
        if not doc.is_punct(k) and _S_WHOSE.isdisjoint(doc.at[k]):
            steps += 1
        k += 1
    return False


_S_TRIGGER_CONCEPTS: Final = frozenset(TRIGGERS)
_S_PERSON_WORDS: Final = frozenset(
    (PEOPLE, SOLDIERS, ACTOR, OURS, "ENEMY", OTHER_ACTOR, "REGULARS", "FIGHTERS", DUAL)
)
_S_LINK: Final = frozenset(("LINK", AMONG))
_S_DETERMINERS: Final = frozenset(("ARTICLE", "LINK"))


def _hurt_someone(doc: Doc, k: int, i: int) -> bool:
    """Between the negation at k and the word of being hit at i a person is named, or only
    auxiliaries stand: "aucun civil n'a été touché", "nobody was hurt" (a word of being hit or
    harmed says nothing of people alone: "aucune maison n'a été touchée")."""
    m = doc.has(k, NEG)
    between = range(m.end if m is not None else k + 1, i)
    return any(not _S_PERSON_WORDS.isdisjoint(doc.at[j]) for j in range(k, i)) or all(
        AUX in doc.at[j] or doc.tokens[j].kind == PUNCT for j in between
    )


def _bare_act(doc: Doc, k: int, t: Trigger) -> bool:
    """The negation at token k stands right before the act of surrender or capture t, with no
    one named who was or was not taken: "لا تراجع ولا استسلام", "no retreat, no surrender", "pas
    de reddition", "we will never surrender" are a will, not a toll of none. "No one was
    captured", "لم يتم أسر أي جندي" and "no prisoners" (a noun of the people taken) are."""
    if "NOUN_TRIGGER" in doc.at[t.start]:
        return False
    m = doc.at[k][NEG]
    if any(not _S_PERSON_WORDS.isdisjoint(doc.at[j]) for j in range(k, m.end)):
        return False  # "nobody", "personne"
    if any(_S_DETERMINERS.isdisjoint(doc.at[j]) for j in range(m.end, t.start)):
        return False  # "None were taken prisoner": a passive has its people
    clause = doc.clause[t.start]
    return not any(
        not _S_PERSON_WORDS.isdisjoint(doc.at[j])
        for j in range(t.end, min(len(doc.tokens), t.end + 3))
        if doc.clause[j] == clause
    )


def _counted(doc: Doc, k: int) -> bool:
    """A dual at token k, or one right before it: the word counts itself ("شهيدين")."""
    return DUAL in doc.at[k] or (k > 0 and DUAL in doc.at[k - 1])


_S_NEGATED_WHAT: Final = frozenset((*TRIGGERS, PEOPLE, SOLDIERS, "ACTOR", "OURS", "ENEMY"))


def _others_after(doc: Doc, k: int) -> bool:
    """ "others" within two words after token k ("وأصيب آخرون", "and others were wounded")."""
    for j in range(k, min(len(doc.tokens), k + 2)):
        if doc.tokens[j].kind == PUNCT:
            return False  # "убитыми и ранеными. Ещё 900 ...": the next sentence's own
        if OTHERS in doc.at[j]:
            return True
    return False
