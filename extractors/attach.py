"""Attaching each quantity to the trigger that says what it counts.

The nearest trigger in the same sentence wins, with costs for the words between and for
crossing clause boundaries (a comma more than a dash or a colon: "200-е — двое, 300-е —
пятеро"). No quantity reaches past another quantity or another trigger, except through
coordination ("54 Wagner and 7 Malian soldiers were killed": both figures share the verb).
A trigger right after the figure's noun ("350 человек убитыми", "العشرات من القتلى") beats a
verb before it, which then only says whose losses they are. A quantity whose nearest word is
a non-claim verb (displaced, evacuated, arrested) is set aside unless a real trigger is close.
"""

from __future__ import annotations

from typing import Final

from extractors.coordination import THINGS, elided, listed_things
from extractors.doc import Doc
from extractors.lexicon import Match
from extractors.morph import ADJ, CONJ_PREFIX, GERUND, NOUN, VERB
from extractors.morph import PREP as PREP_FLAG
from extractors.phrases import both_kinds, noun_trigger
from extractors.quantities import Quantity, grown_to, of_them, part_word_before
from extractors.rules import (
    ACCORDING_TO,
    ACTOR,
    ALIVE,
    ALONGSIDE,
    AMONG,
    APPOSITION,
    AREA,
    ARTICLE,
    AUX,
    BELIEVED,
    CAPTURED,
    CASUALTIES,
    CIVILIAN_WORD,
    CONJ,
    DEATH_OF,
    ELIMINATED,
    ENEMY,
    FIGURE_WORDS,
    GROWTH,
    KILLED,
    LINK,
    LOSS,
    MISSING,
    MONTH,
    MOSTLY,
    NONCLAIM,
    NUMBER,
    ONLY,
    OTHER_ACTOR,
    OTHERS,
    OURS,
    PART_OF,
    PEOPLE,
    PERSONNEL,
    PREP,
    PRONOUN,
    RAID,
    RELATIVE,
    SAY,
    SINCE,
    SOLDIERS,
    SOME,
    STRIKE,
    STRUCK,
    TALLY,
    THAT,
    TRIGGERS,
    WAR,
    WOUNDED,
)
from extractors.singular import subject_verb
from extractors.tokens import NUM, PUNCT, WORD
from extractors.triggers import Trigger

_MAX_COST: Final = 14.0
_NEAR: Final = 3.0  # a real trigger this close beats a nearer non-claim word
_DATED: Final = frozenset(("period", "date"))
_NO_BLOCK: Final = (
    "year",
    "label",
    "speaker",
    "percent",
    "period",
    "date",
    "negation",
    "weak",
    "agent",
    "group",  # "one of the two soldiers": the group's size
    "age",  # "165,000 men under 50 had died": an age inside the noun phrase
    "name",  # "France24": digits of a name
)  # no figure of a trigger
_NP: Final = (LINK, ARTICLE, PEOPLE, SOLDIERS, ACTOR, OTHER_ACTOR, ENEMY, OURS)
# RELATIVE: ", які заблукали в руїнах,"; ACCORDING_TO: ", по его данным," between a losses noun
# and its verb
_ASIDE: Final = (PART_OF, APPOSITION, MOSTLY, RELATIVE, ACCORDING_TO)


_S_ASIDE: Final = frozenset(_ASIDE)
_HARM: Final = frozenset((KILLED, ELIMINATED, WOUNDED))
_S_AUX_OF_WAR: Final = frozenset(
    (AUX, LINK, WAR, ACTOR)
)  # "prisonniers de guerre ukrainiens ont été"
_KILL: Final = frozenset((KILLED, ELIMINATED))
_S_NOT_OWN_VERB: Final = frozenset((*TRIGGERS, NONCLAIM, AUX, SAY, GROWTH))
_S_AUX_ACTOR: Final = frozenset((AUX, ACTOR, PEOPLE, SOLDIERS))
_PERSON_NOUNS: Final = frozenset((PEOPLE, SOLDIERS, ACTOR))
_S_NP: Final = frozenset(_NP)
_S_PART_OF_PRONOUN_LINK: Final = frozenset((PART_OF, PRONOUN, LINK))
_S_PART_GAP: Final = frozenset(
    (PART_OF, PRONOUN, LINK, AUX)
)  # "dont 150 ont été tués": the aux too
_S_TRIGGERS_NONCLAIM: Final = frozenset((*TRIGGERS, NONCLAIM))
_S_TRIGGER_WORDS: Final = frozenset(TRIGGERS)
_LIST_VERBS: Final = frozenset((LOSS, ELIMINATED, CASUALTIES))
_S_CLAUSE_VERB: Final = frozenset((AUX, STRIKE, RAID))
_S_PERSON: Final = frozenset((PEOPLE, SOLDIERS))


def _boundary_cost(doc: Doc, k: int) -> float:
    t = doc.tokens[k]
    if t.kind == PUNCT and t.text in ",،":
        return 4.0
    if t.kind == PUNCT and t.text in ":-—()":
        return 2.0
    return 3.0


class _Sentence:
    """What blocks attachment inside one sentence."""

    def __init__(
        self, doc: Doc, qs: list[Quantity], ts: list[Trigger], qk: list[int], tx: list[int]
    ) -> None:
        self.qs = qs
        self.q_owner: dict[int, int] = {}
        self.part_owner: dict[int, int] = {}
        # "число погибших палестинцев с 7 октября превысило 40 тыс.": a date's words between a
        # toll's noun and its figure add no distance
        self.dated: set[int] = set()
        for k in qk:
            q = qs[k]
            if q.drop in _DATED:
                a = q.start - 1 if q.start > 0 and SINCE in doc.at[q.start - 1] else q.start
                b = q.end + 1 if q.end < len(doc.tokens) and MONTH in doc.at[q.end] else q.end
                self.dated.update(range(a, b))
            if q.is_delta or q.drop in _NO_BLOCK:
                continue
            if q.part_of:
                for i in range(q.fig_start, q.fig_end):
                    self.part_owner[i] = k
                continue
            for i in range(q.start, q.fig_end):
                self.q_owner[i] = k
        self.losses = {ts[x].start: ts[x] for x in tx if ts[x].concept in (LOSS, CASUALTIES)}
        self.t_owner: dict[int, int] = {}
        for x in tx:
            if ts[x].concept != NONCLAIM:
                for i in range(ts[x].start, ts[x].end):
                    self.t_owner[i] = x
        # asides cost nothing to cross: ", including four children,", ", most of them women,",
        # "(Turkmenistan, Afghanistan, Pakistan and India)"
        self.aside: set[int] = set()
        self.relative: set[int] = set()
        if not qk:
            return
        s, e = doc.sentences[doc.sentence_of[qs[qk[0]].fig_start]]
        relative: set[int] = set()
        # "two civilians, a woman and her son, died": the people said again, set off by commas
        apposed = {qs[k].start for k in qk if qs[k].drop == "apposition"}
        # "une quarantaine de civils, passagers d'un car, ont été enlevés": a person noun set
        # off by commas right after the counted restates who they were
        ends = [qs[k].end for k in qk if qs[k].drop is None]
        i = s
        while i < e:
            t = doc.tokens[i]
            if t.kind != PUNCT:
                i += 1  # only a bracket or a comma opens an aside
                continue
            if t.text == "(" or (
                t.text in ",،"
                and i + 1 < e
                and (
                    not _S_ASIDE.isdisjoint(doc.at[i + 1])
                    or i + 1 in apposed
                    # "двоє окупантів, побачивши, що відступати нікуди, склали зброю": an
                    # adverbial participle's clause between the counted and their verb
                    or bool(doc.flags(i + 1) & GERUND)
                    # "35,000 Ukrainians, both soldiers and civilians, are still missing": who
                    # the counted are, said between them and their verb
                    or both_kinds(doc, i + 1)
                    # "121 people, 10 of them children, have been hospitalised": a part of the
                    # counted, who they were, between them and their verb
                    or (i + 2 < e and _part_aside(doc, i + 1))
                    or (
                        not _PERSON_NOUNS.isdisjoint(doc.at[i + 1])
                        and any(x <= i and _np_gap(doc, x, i) for x in ends)
                    )
                )
            ):
                j = i + 1
                while (
                    j < e and j - i <= 12 and not doc.is_punct(j, ",،)" if t.text != "(" else ")")
                ):
                    j += 1
                    if j + 2 < e and doc.is_punct(j, ",،") and BELIEVED in doc.at[j + 1]:
                        # "из них 39, вероятно, погибли": a word of belief set off by commas
                        # goes on with the part, whose verb follows
                        m = doc.at[j + 1][BELIEVED]
                        if m.end < e and doc.is_punct(m.end, ",،"):
                            j = m.end + 1
                if j < e:
                    if t.text != "(" and PART_OF in doc.at[i + 1]:
                        j = _listed_on(doc, j, e)
                    if doc.flags(i + 1) & GERUND and j + 1 < e and THAT in doc.at[j + 1]:
                        # "побачивши, що відступати нікуди,": the participle's "that" clause
                        k = j + 1
                        while k < e and k - j <= 12 and not doc.is_punct(k, ",،"):
                            k += 1
                        if k < e and doc.is_punct(k, ",،"):
                            j = k
                    self.aside.update(range(i, j + 1))
                    if t.text != "(" and RELATIVE in doc.at[i + 1]:
                        relative.update(range(i, j + 1))  # its figure is its own: "which has 600"
                    i = j
            i += 1
        for i in [
            i
            for i in self.q_owner
            if i in self.aside
            # "dozens of the assailants, who came on more than 100 motorbikes, were
            # neutralised": a relative clause's count of things claims no word of harm after it
            and (i not in relative or qs[self.q_owner[i]].drop in THINGS)
        ]:
            del self.q_owner[i]  # "(omitting a senior officer)"
        self.relative = relative


def _part_aside(doc: Doc, k: int) -> bool:
    """ "10 of them children" at token k: a part of the counted, its figure first ("из них
    10 детей", its part word first, opens an aside as one of _ASIDE)."""
    first = doc.tokens[k].kind == NUM or NUMBER in doc.at[k]
    return first and k + 1 < len(doc.tokens) and PART_OF in doc.at[k + 1]


def _listed_on(doc: Doc, j: int, e: int) -> int:
    """The comma that ends a part's list set off by commas, from the comma at j after its first
    item: "200 people, including soldiers, members of the militia and residents who were digging
    trenches, were killed" lists on past its first comma, to the comma after the item with "and"."""
    while j + 2 < e:
        k, last = j + 1, False
        if ARTICLE in doc.at[k] or LINK in doc.at[k]:
            k += 1  # "dont des soldats, des gendarmes et des habitants ...,"
        if _PERSON_NOUNS.isdisjoint(doc.at[k]):
            return j  # an item names people first ("members of", "residents")
        while k < e and k - j <= 20 and not doc.is_punct(k, ",،;:()"):
            at = doc.at[k]
            if (
                doc.tokens[k].kind == NUM
                or not FIGURE_WORDS.isdisjoint(at)
                or not _S_TRIGGERS_NONCLAIM.isdisjoint(at)
                or SAY in at
            ):
                return j  # a figure, a word of harm or a speaker: the sentence goes on
            last = last or CONJ in at
            k += 1
        if k >= e or not doc.is_punct(k, ",،"):
            return j
        j = k
        if last:
            return j  # "... and residents who were digging trenches,": the list's last item
    return j


_S_ATTACK: Final = frozenset((STRIKE, RAID))
# "«more than a hundred terrorists» attacked", "hundreds of 'terrorists' attacked": marks only
_QUOTES: Final = "\"“”«»'‘’"


def _attackers(doc: Doc, q: Quantity, t: Trigger, s: _Sentence) -> bool:
    """The figure is the subject of a verb of attacking right after it, and the word of harm
    has a figure of its own ("attacked the post, killing 12 soldiers", "17 soldiers were killed
    when hundreds of terrorists attacked"): the attackers did the harm, they did not suffer it."""
    if STRIKE not in doc.concepts and RAID not in doc.concepts:
        return False
    n = len(doc.tokens)
    verb = next(
        (j for j in range(q.end, min(q.end + 7, n)) if not _S_ATTACK.isdisjoint(doc.at[j])), None
    )
    if verb is None:
        return False
    between = [j for j in range(q.end, verb) if not doc.is_punct(j, _QUOTES)]
    if any(doc.tokens[j].kind == PUNCT for j in between):
        return False
    if any(PREP in doc.at[j] or ARTICLE in doc.at[j] for j in between) and (
        len(between) > 4
        or PREP in doc.at[verb - 1]
        or ARTICLE in doc.at[verb - 1]
        or doc.tokens[verb - 1].kind != WORD
    ):
        # "wounded seven in an ambush": the attack is where, not what they did; but "more
        # than a hundred terrorists on motorbikes attacked": a short phrase of the attackers'
        return False
    if doc.flags(verb) & (PREP_FLAG | NOUN):
        return False  # "وإصابة 3 آخرين بهجوم مسيرة" (by a drone's attack): a noun, no verb
    if t.start > verb:
        return any(j in s.q_owner for j in range(t.end, min(t.end + 2, n)))
    if t.end < q.start:  # not "وإصابة 3 آخرين بهجوم": a word of harm right before is its own
        return any(j in s.q_owner for j in range(max(0, t.start - 4), t.start))
    return False


def _some_between(doc: Doc, i: int, j: int) -> bool:
    """A word of "some of them" after a comma between the figure (ending at i) and token j;
    or of "the rest" with no figure of its own ("человек сорок, остальные ... пропали без
    вести": the rest are missing, not the forty)."""
    if SOME not in doc.concepts and OTHERS not in doc.concepts:
        return False
    for k in range(i + 1, j):
        if not doc.is_punct(k - 1, ",،"):
            continue
        if SOME in doc.at[k]:
            return True
        if (
            OTHERS in doc.at[k]
            and doc.tokens[k].kind == WORD
            and not any(doc.tokens[x].kind == NUM or NUMBER in doc.at[x] for x in range(k, j))
        ):
            return True
    return False


def _past_relative(doc: Doc, q: Quantity, best: Trigger, cands: list[Trigger]) -> Trigger | None:
    """The word of harm right after a relative clause that holds `best`: one set off by commas
    ("двоє окупантів, які відмовилися скласти зброю, загинули"), or one right after the
    figure's noun whose main verb comes after it with its auxiliary ("A villager who tried to
    stop the kidnappers was shot dead")."""
    sid = doc.sentence_of[best.start]
    rel = next((j for j in range(q.end, best.start) if RELATIVE in doc.at[j]), None)
    if rel is None:
        return None
    if doc.is_punct(rel - 1, ","):
        close = next(
            (
                k
                for k in range(best.end, len(doc.tokens))
                if doc.sentence_of[k] != sid or doc.is_punct(k, ",")
            ),
            None,
        )
        if close is None or doc.sentence_of[close] != sid:
            return None
        return next((t for t in cands if close < t.start <= close + 3 and not t.neg), None)
    if rel - q.end > 2 or any(doc.tokens[j].kind != WORD for j in range(q.end, rel)):
        return None  # "who" right after the figure's noun
    return next(
        (
            t
            for t in cands
            if t.start > best.end
            and doc.sentence_of[t.start] == sid
            and not t.neg
            and AUX in doc.at[t.start - 1]
            and not any(doc.is_punct(k, ",;") for k in range(best.end, t.start))
        ),
        None,
    )


def _verb_after_noun(doc: Doc, q: Quantity, t: Trigger) -> bool:
    """ "cinq individus ont été appréhendés": a non-claim verb after the counted noun and its
    auxiliaries, with no word of harm right after it ("sont arrivées déjà décédées")."""
    if t.concept != NONCLAIM or t.start <= q.end or t.start - q.end > 4:
        return False
    if not all(
        AUX in doc.at[i] or LINK in doc.at[i] or not _PERSON_NOUNS.isdisjoint(doc.at[i])
        for i in range(q.end, t.start)
    ):
        return False
    if _participle_fate(doc, q, t) is not None:
        return False
    return not any(
        not _S_TRIGGERS_NONCLAIM.isdisjoint(doc.at[j]) and NONCLAIM not in doc.at[j]
        for j in range(t.end, min(t.end + 3, len(doc.tokens)))
    )


def _participle_fate(doc: Doc, q: Quantity, t: Trigger) -> int | None:
    """ "150 personnes réfugiées dans le camp sont portées disparues": the word t, a participle
    after the counted with no auxiliary between, describes them; a word of harm after an
    auxiliary further on in its clause is their fate (where it starts; None when there is
    none)."""
    if t.start < q.end or any(AUX in doc.at[i] for i in range(q.end, t.start)):
        return None
    n = len(doc.tokens)
    for j in range(t.end, min(t.end + 8, n)):
        if doc.clause[j] != doc.clause[t.start]:
            return None
        if AUX in doc.at[j]:
            for m in range(j + 1, min(j + 4, n)):
                if not _S_TRIGGERS_NONCLAIM.isdisjoint(doc.at[m]) and NONCLAIM not in doc.at[m]:
                    return m
    return None


def _noun_back(doc: Doc, i: int, s: _Sentence) -> int:
    """The word before a trigger, or past the counted noun before it the figure that noun
    follows ("4 civilians killed, including a boy, 11 more wounded": "killed" is the four's)."""
    i = _next_word(doc, i, -1)
    j = i
    while j >= 0 and j not in s.q_owner and i - j < 3 and doc.tokens[j].kind == WORD:
        at = doc.at[j]
        if _PERSON_NOUNS.isdisjoint(at) and not (doc.flags(j) & ADJ) and LINK not in at:
            return i
        j -= 1
    return j if j >= 0 and j in s.q_owner else i


def _next_word(doc: Doc, i: int, step: int) -> int:
    n = len(doc.tokens)
    while 0 <= i < n and doc.tokens[i].kind == PUNCT and doc.tokens[i].text in "\"'-—":
        i += step
    return i


def cost(
    doc: Doc, q: Quantity, t: Trigger, k: int, x: int, s: _Sentence, silent: set[int]
) -> float | None:
    """The cost of reading quantity q (index k) as the figure of trigger t (index x)."""
    if t.neg and ALIVE in doc.at[t.start]:
        return None  # "everyone survived after 4 passengers were injured": a zero, no figure
    if t.end <= q.start:
        lo, hi, before = t.end, q.start, True
    elif t.start >= q.end:
        lo, hi, before = q.end, t.start, False
    else:
        return 0.0
    if doc.hard[lo - 1 if lo else 0] != doc.hard[min(hi, len(doc.tokens) - 1)]:
        return None
    if before and t.concept in _LIST_VERBS and listed_things(doc, q, lo, hi, s.q_owner, k, s.qs):
        return 2.5  # "the enemy lost 12 drones, a tank and up to 40 servicemen": one list
    if (
        not before
        and t.concept in _LIST_VERBS
        and all(
            o.drop in THINGS for o in s.qs if lo <= o.start < hi
        )  # not "12 900 военных, из них 4 тысячи убитыми, ... потеряли": a part, no list
        and not any(j in s.t_owner for j in range(lo, hi))
        and listed_things(doc, q, lo, hi, s.q_owner, k, s.qs)
    ):
        return 2.5  # "up to 60 militants and 7 armoured vehicles were destroyed": the same list
    if q.fig_start in s.relative and t.start not in s.relative:
        return None  # "The battalion, which has about 600 soldiers, lost 40 men": the clause's own
    if (
        not before
        and t.end < len(doc.tokens)
        and PART_OF in doc.at[t.end]
        and any(doc.is_punct(j, ",،") for j in range(q.end, t.start))
    ):
        # "تجاوزت 76 ألف عسكري، قُتل منهم ما يزيد على ٢٨ ألفاً": a verb that opens a clause
        # with "of them" is the part's after it, not the whole's before
        return None
    if q.part_of and not before and q.fig_start in s.aside and t.start not in s.aside:
        # "погибших ... 32, среди них шестеро детей, ранения получили 94": a part set off by
        # commas is the toll's before it, never the next clause's
        return None
    c = 0.5 if before else 0.0
    # a trigger with a figure of its own beside it is that figure's: "مقتل جنديين وإصابة ثلاثة"
    beside = _next_word(doc, t.end, 1) if not before else _noun_back(doc, t.start - 1, s)
    if not before and doc.flags(t.start) & CONJ_PREFIX:
        if any(s.q_owner.get(j, k) != k for j in range(beside, min(beside + 2, len(doc.tokens)))):
            return None  # "... و١١ جندياً ...، وأسروا جندياً واحداً": "and captured" has its own
        if DEATH_OF in doc.at[t.start]:
            # "مقتل طفلين وإصابة والدتهما": "and the wounding of" governs the noun after it (one
            # with no figure); the figure before is the death's
            return None
    # "وأسروا عددا آخر": "and captured another number", a word of number before "others"
    other = t.end + 1 if t.end < len(doc.tokens) and TALLY in doc.at[t.end] else t.end
    if (
        not before
        and other < len(doc.tokens)
        and OTHERS in doc.at[other]
        and (
            doc.flags(t.start) & CONJ_PREFIX
            or any(CONJ in doc.at[j] for j in range(q.end, t.start))
        )
    ):
        return None  # "قتلوا 37 مزارعاً ... وخطفوا آخرين": "and abducted others" has its own object
    if s.q_owner.get(beside, k) != k:
        c += 2.0
    if (
        before
        and t.start
        and not doc.flags(t.start) & CONJ_PREFIX  # "مقتل جنديين وإصابة ثلاثة": "and wounding"
        and s.q_owner.get(_next_word(doc, t.start - 1, -1), k) != k
        # "30 morts ... et une dizaine": ellipsis ("17 ранены, когда сотни": a comma is none)
        and not any(CONJ in doc.at[j] for j in range(t.end, q.start))
        # "у нас один двухсотый, у противника минимум семь": no verb of its own, an ellipsis
        and _verb_in_clause(doc, q.fig_end)
    ):
        return None  # "17 wounded when hundreds of terrorists attacked": the figure before is its
    if before and _and_that(doc, t.end, q.start) and _verb_in_clause(doc, q.fig_end):
        # "dix-sept militaires ont été blessés et qu'une trentaine de terroristes ont été
        # neutralisés", "and that about 30 militants were killed": "and that" opens a clause
        # of its own, whose figure is its own verb's, never the clause's before
        return None
    clause = doc.clause[t.end - 1] if before else doc.clause[q.end - 1]
    inside = q.fig_start in s.aside and t.start in s.aside
    part_end = -10
    for i in range(lo, hi + 1):
        if i < hi:
            if s.q_owner.get(i, k) != k or s.t_owner.get(i, x) != x:
                return None
            if i in s.part_owner:
                part_end = i
        if doc.clause[i] != clause:
            if i not in s.aside:
                c += _boundary_cost(doc, i)
            clause = doc.clause[i]
        if (
            i < hi
            and doc.tokens[i].kind == WORD
            and i not in silent
            and i not in s.part_owner
            and i not in s.dated
            # an aside between them costs nothing; inside one aside with both, words count
            # ("..., qui auraient tué au moins 19 civils et blessé des dizaines d'autres")
            and (i not in s.aside or inside)
            and ONLY not in doc.at[i]  # "350 человек только убитыми": "only" adds no distance
            and not _adding_that(doc, i)
        ):
            c += 1.0
            if CONJ in doc.at[i] and before:
                c += 2.0
                if i + 1 < hi and _own_verb(doc, i + 1):
                    return None  # "несёт потери и бросает в атаки десятки штурмовиков"
    # "600 военнослужащих, в том числе не менее 250 убитыми": that word is the part's
    if not before and part_end >= 0 and t.start - part_end <= 2:
        return None
    return c if c <= _MAX_COST else None


def _adding_that(doc: Doc, i: int) -> bool:
    """ "..., adding that", "، مضيفاً أن": the speaker goes on, after a comma; those two words
    add no distance between a toll's noun and the figure after them ("عشرات الآلاف من القتلى،
    مضيفاً أن العدد قد يصل إلى 150 ألفاً")."""
    if THAT in doc.at[i]:
        i -= 1
    n = len(doc.tokens)
    return (
        0 < i < n - 1 and SAY in doc.at[i] and THAT in doc.at[i + 1] and doc.is_punct(i - 1, ",،")
    )


def _among_word(doc: Doc, t: Trigger, q: Quantity) -> bool:
    """ "среди погибших — 830 мирных жителей", "among the dead were 11 children": the word of
    harm after "among", right before the part, is the part's (whose kind it shares)."""
    if t.end > q.start or doc.ends_at(t.start, AMONG) is None:
        return False
    # only a part of another victim by the very word ("мирных жителей", "civilians"); children
    # and women among the dead are of the toll, not a claim apart
    if not any(
        CIVILIAN_WORD in doc.at[k] for k in range(q.fig_end, min(q.fig_end + 2, len(doc.tokens)))
    ):
        return False
    return all(
        doc.tokens[k].kind == PUNCT or AUX in doc.at[k] or ARTICLE in doc.at[k]
        for k in range(t.end, q.start)
    )


def _verb_of_harm_after(doc: Doc, q: Quantity) -> bool:
    """A word of harm after the figure's noun phrase, before any comma: its own predicate
    ("94 people were injured", "94 wounded")."""
    _, e = doc.sentences[doc.sentence_of[q.fig_start]]
    for k in range(q.end, min(e, q.end + 4)):
        if doc.tokens[k].kind == PUNCT and doc.tokens[k].text not in "\"'":
            return False
        if not _S_TRIGGER_WORDS.isdisjoint(doc.at[k]):
            return True
    return False


def _verb_in_clause(doc: Doc, i: int) -> bool:
    """A finite verb of its own from token i to the next comma or the sentence's end."""
    _, e = doc.sentences[doc.sentence_of[i - 1]]
    for k in range(i, e):
        if doc.is_punct(k, ",،;:—"):
            return False
        # English and French words carry no part of speech: an auxiliary or a verb of attack
        if _own_verb(doc, k) or not _S_CLAUSE_VERB.isdisjoint(doc.at[k]):
            return True
    return False


def _and_that(doc: Doc, i: int, j: int) -> bool:
    """ "and that", "et que", "и что" among tokens i..j-1: a reported clause of its own begins."""
    # the figure may start at "que" itself ("que douze" read as "only twelve")
    return any(CONJ in doc.at[k] and THAT in doc.at[k + 1] for k in range(i, j))


def _counted_people(doc: Doc, q: Quantity, t: Trigger) -> bool:
    """The non-claim word t is a name of people right after the figure ("قتل 5 نازحين",
    "12 من النازحين", "14 مدنياً من النازحين", "killed 5 displaced"): the counted, not their
    fate."""
    if ACTOR not in doc.at[t.start]:
        return False
    k = _next_word(doc, q.fig_end, 1)
    if k < t.start and not _PERSON_NOUNS.isdisjoint(doc.at[k]):
        k += 1  # "14 مدنياً من النازحين": the figure's own noun first
    if k < t.start and LINK in doc.at[k]:
        k += 1
    return k == t.start


def _and_noun_before(doc: Doc, t: Trigger, q: Quantity) -> bool:
    """Trigger t, a noun, ends before the figure q with "and" (a word or a prefix) between."""
    return noun_trigger(doc, t) and (
        _conj_between(doc, t.end, q.start) or bool(doc.flags(q.start) & CONJ_PREFIX)
    )


def _conj_between(doc: Doc, i: int, j: int) -> bool:
    return any(CONJ in doc.at[k] or doc.is_punct(k, ",،") for k in range(i, j))


def _own_verb(doc: Doc, k: int) -> bool:
    """A finite verb of no trigger, reporting or auxiliary kind: a predicate of its own."""
    return bool(doc.flags(k) & VERB) and _S_NOT_OWN_VERB.isdisjoint(doc.at[k])


def _part_gap(doc: Doc, i: int, j: int) -> bool:
    """Between a part's figure and its word only a dash, "of them" or an auxiliary: "із них 191
    – ліквідовано", "700 of them killed", "dont 150 ont été tués"; or a word of belief, with
    its "that" and its commas: "including 39 believed to have died", "بينهم 39 يعتقد أنهم لقوا
    حتفهم", "из них 39, вероятно, погибли"; a source set off by commas adds no distance: "около
    2 тысяч из них, по его словам, в плену", "2,000 of them, according to him, were killed"."""
    if j <= i:
        return False
    told: set[int] = set()
    for k in doc.starts_of(ACCORDING_TO):
        if i < k < j and doc.is_punct(k - 1, ",،"):
            end = next((c for c in range(k + 1, min(j, k + 6)) if doc.is_punct(c, ",،")), None)
            if end is not None:
                told.update(range(k - 1, end + 1))
    part: set[int] = set()  # "300 d'entre eux ont trouvé la mort": the words inside "of them"
    for k in range(i, j):
        m = doc.at[k].get(PART_OF)
        if m is not None:
            part.update(range(m.start, m.end))
    # "594 d'entre eux ont été faits prisonniers": "of them" costs no distance either
    if j - i - len(told | part) > 4:
        return False
    belief: set[int] = set()
    for k in doc.starts_of(BELIEVED):
        if i <= k < j:
            belief.update(range(k, doc.at[k][BELIEVED].end))
    for k in range(i, j):
        if doc.is_punct(k, "-—:\"'") or k in belief or k in told or k in part:
            continue
        if belief and (doc.is_punct(k, ",،") or THAT in doc.at[k]):
            continue
        at = doc.at[k]
        if SINCE in at and all(AUX in doc.at[x] for x in range(k + 1, j)):
            # "12 of them have since died", "... have since been killed", "dont 12 ont depuis
            # succombé": then, no date
            continue
        if _S_PART_GAP.isdisjoint(at) and not any(
            m.start <= k < m.end for m in _parts_here(doc, k)
        ):
            return False
    return True


def _parts_here(doc: Doc, k: int) -> list[Match]:
    return [m for m in doc.ending.get(k + 1, ()) if m.concept == PART_OF]


def _np_gap(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j-1 are the figure's own noun phrase (nouns, adjectives, "of")."""
    words = 0
    for k in range(i, j):
        t = doc.tokens[k]
        if t.kind == PUNCT:
            if t.text in "\"'":
                continue
            return False
        at = doc.at[k]
        if ONLY in at:
            continue  # "350 человек только убитыми", "300 men killed alone"
        if not (not _S_NP.isdisjoint(at) or doc.flags(k) & ADJ):
            return False
        words += 1
    return words <= 4


def attach(
    doc: Doc, qs: list[Quantity], ts: list[Trigger], silent: set[int]
) -> dict[int, tuple[Trigger, Trigger | None]]:
    """For each claim quantity (by index in qs): its trigger, and the LOSS or losses word before it
    when the kind came from the words after the figure ("потерял 350 человек убитыми")."""
    out: dict[int, tuple[Trigger, Trigger | None]] = {}
    by_sent_q: dict[int, list[int]] = {}
    by_sent_t: dict[int, list[int]] = {}
    for k, q in enumerate(qs):
        by_sent_q.setdefault(doc.sentence_of[q.fig_start], []).append(k)
    for x, t in enumerate(ts):
        by_sent_t.setdefault(doc.sentence_of[t.start], []).append(x)
    for sid, qk in by_sent_q.items():
        tx = by_sent_t.get(sid, [])
        if not tx:
            continue
        for a, b in zip(
            qk, qk[1:], strict=False
        ):  # "included two village chiefs, two Muslim civilians and ..."
            if (
                qs[a].part_of
                and not qs[b].part_of
                and not qs[b].others  # ", and dozens more were wounded": a group of its own
                and joined(doc, qs[a].end, qs[b].start)
                and not _comma_and(doc, qs[a].end, qs[b].start)
                # "among them six children, 94 people were injured": a clause with its own verb
                and not _verb_of_harm_after(doc, qs[b])
            ):
                qs[b].part_of = True
        live = [k for k in qk if qs[k].drop is None and not qs[k].is_delta]
        if not live:
            continue  # no figure here to attach (and none to coordinate)
        s = _Sentence(doc, qs, ts, qk, tx)
        for k in live:
            pair = _best(doc, qs, k, ts, tx, s, silent)
            if pair is not None:
                out[k] = pair
        _coordinate(doc, qs, out, [k for k in live if qs[k].drop is None and not qs[k].part_of])
        _and_others(doc, qs, out, live)
    return out


def _and_others(
    doc: Doc, qs: list[Quantity], out: dict[int, tuple[Trigger, Trigger | None]], live: list[int]
) -> None:
    """ "killed a tribal elder ... and five other people", "killed a mayor and two other people
    and wounded his wife": "and N others" right after the object of a verb of harm is more of
    that verb's object, not the subject of the verb after it."""
    for a, b in zip(live, live[1:], strict=False):
        if not qs[b].others or a not in out:
            continue
        t, ft = out[a]
        if t.end > qs[a].start:
            continue  # the verb is not before its object
        if not any(CONJ in doc.at[j] for j in range(qs[a].end, qs[b].start)):
            continue
        if doc.hard[qs[a].end] != doc.hard[qs[b].start]:
            continue
        mine = out.get(b)
        # "... and two other people and wounded the mayor's wife": the verb after "and" is the
        # next clause's; "and left several others wounded": the others' own
        if mine is None or (
            mine[0].start > qs[b].end
            and any(CONJ in doc.at[j] for j in range(qs[b].end, mine[0].start))
        ):
            out[b] = (t, ft)


def _group_word(doc: Doc, q: Quantity) -> int | None:
    """The token of the word of harm in "N of the <wounded>" right after the figure; or the
    captives' noun itself right after it, a verb of harm following ("Троє полонених поранені")."""
    n = len(doc.tokens)
    # "93 українських полонених": a word of who between the figure and the captives' noun
    at = q.fig_end + 1 if q.fig_end + 2 < n and ACTOR in doc.at[q.fig_end] else q.fig_end
    if at + 1 < n and CAPTURED in doc.at[at]:
        j = doc.at[at][CAPTURED].end
        aux_end = j + 5  # "prisonniers de guerre ukrainiens ont été tués"
        while j < n and j < aux_end and not doc.at[j].keys().isdisjoint(_S_AUX_OF_WAR):
            j += 1  # "three prisoners were wounded"
        if j + 1 < n and doc.tokens[j].kind == WORD and not doc.at[j] and KILLED in doc.at[j + 1]:
            j += 1  # "93 полонених стали жертвами страт": became victims, killed
        if j < n and not doc.at[j].keys().isdisjoint(_HARM):
            return at
    if "OF_THE" not in doc.concepts or q.fig_end >= len(doc.tokens):
        return None
    m = doc.ends_at(q.fig_end, "OF_THE") or doc.at[q.fig_end].get("OF_THE")
    if m is None:
        return None
    j = m.end
    while j < len(doc.tokens) and "ARTICLE" in doc.at[j]:
        j += 1
    if j < len(doc.tokens) and not _S_TRIGGER_WORDS.isdisjoint(doc.at[j]):
        return j
    return None


def _right_before(doc: Doc, t: Trigger, i: int) -> bool:
    """Trigger t ends right before token i, or before the "of" there."""
    return t.end == i or (t.end + 1 == i and LINK in doc.at[t.end])


def _named_between(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j-1 are a capitalised name and the comma after it."""
    if j - i < 2 or j - i > 5 or not doc.is_punct(j - 1, ","):
        return False
    return all(
        doc.tokens[k].kind == WORD and doc.tokens[k].text[:1].isupper() for k in range(i, j - 1)
    )


def _links(doc: Doc, i: int, j: int) -> bool:
    """Only "of" between a killing noun and its one person: "the killing of a local leader"."""
    return 0 < j - i <= 2 and all(LINK in doc.at[k] for k in range(i, j))


def _comma_and(doc: Doc, i: int, j: int) -> bool:
    """ "dont 8 enfants, et une quarantaine de blessés": a comma and then "and" close the list
    of parts; what follows is the next item of the sentence, not another part."""
    toks = doc.tokens
    return any(
        doc.is_punct(k, ",،")
        and CONJ in doc.at[k + 1]
        # "، و294 مدنياً": a conjunction glued to the next item goes on with the list
        and toks[k + 1].end != toks[k + 2].start
        for k in range(i, j - 1)
    )


def _best(
    doc: Doc,
    qs: list[Quantity],
    k: int,
    ts: list[Trigger],
    tx: list[int],
    s: _Sentence,
    silent: set[int],
) -> tuple[Trigger, Trigger | None] | None:
    q = qs[k]
    group = _group_word(doc, q)
    if group is not None:
        # "Троє з полонених поранені", "two of the wounded later died": "of the captured" names
        # the group; a verb of harm right after it is the figure's own kind
        for x in tx:
            t = ts[x]
            if group < t.start <= group + 6 and doc.clause[t.start] == doc.clause[group]:
                if t.concept != NONCLAIM and not t.neg:
                    return t, None
    scored: list[tuple[float, int]] = []
    for x in tx:
        if ts[x].start >= q.end and _some_between(doc, q.end, ts[x].start):
            continue  # "вышли 12 человек, часть — с ранениями": the wounds are the part's
        if any(
            s.q_owner.get(j, k) != k and qs[s.q_owner[j]].drop is None
            for j in range(ts[x].start + 1, ts[x].end)
        ):
            continue  # "судьба как минимум двадцати остаётся неизвестной": its own figure inside
        if _attackers(doc, q, ts[x], s):
            continue  # "Hundreds of terrorists attacked the post, killing 12 soldiers"
        c = cost(doc, q, ts[x], k, x, s, silent)
        if c is None:
            continue
        if ts[x].start == q.end + 1 and doc.is_punct(q.end, "-—:"):
            c = -1.0  # "142 – ліквідовано, 177 – поранено": the word after the dash is the figure's
        if q.article and (
            # "وإصابة ضابط": the verbal noun right before its one person is its own; "killed
            # Hedayatollah Sofowal, a tribal elder": a name between, described by the article
            c > 1.0
            and ts[x].end != q.start
            and not _links(doc, ts[x].end, q.start)
            and not _named_between(doc, ts[x].end, q.start)
            if ts[x].end <= q.start
            else c > 12.0 or doc.clause[ts[x].start] != doc.clause[q.fig_start]
        ):
            continue  # "a journalist ... was shot dead", "killed a journalist": one, next to its verb
        one = q.article or (q.low == q.high == 1 and doc.tokens[q.fig_start].kind != NUM)
        if one and ts[x].start >= q.end:
            after = s.q_owner.get(_next_word(doc, ts[x].end, 1))
            if after is not None and after != k and qs[after].drop is None:
                continue  # "a soldier who killed three civilians": the killer, not one killed
        if (
            q.part_of
            and not (
                ts[x].start >= q.fig_end and (c <= 1.0 or _part_gap(doc, q.fig_end, ts[x].start))
            )
            and not _among_word(doc, ts[x], q)
            and not part_word_before(doc, ts[x].end, q.start)
            # "ліквідували понад 300 бойовиків та захопили в полон 27 із них": a verb right
            # before "N of them" is that part's own
            # "la capture de quatre d'entre eux", "the capture of four of them": its noun
            and not (
                _right_before(doc, ts[x], q.start)
                and q.fig_end < len(doc.tokens)
                and of_them(doc, q.fig_end)
            )
        ):
            continue  # "из них 190 — убитыми" has its own word; "including two children" has none
        scored.append((c, x))
    # "Un enfant de 12 ans a été tué": French "un" is the article and the figure one at once
    lone = q.article or (q.low == q.high == 1 and ARTICLE in doc.at[q.fig_start])
    if lone and not scored and q.drop is None:
        verb = subject_verb(doc, qs, k, ts, tx, s.q_owner)
        if verb is not None:
            scored.append((_MAX_COST, verb))  # "A judge whose court ... was killed"
    if grown_to(doc, q):
        # "the death toll from ... has risen to 6": the toll named before the verb of growth
        # "число погибших, по данным ведомства, достигло 69 185, ..., ранены свыше 170 тысяч":
        # a word of harm further on is another figure's
        scored = [
            (
                min(c, 3.0)
                if ts[x].end <= q.start
                else max(c, 3.5)
                if ts[x].start > q.end + 1
                else c,
                x,
            )
            for c, x in scored
        ]
        for x in tx:
            if (
                ts[x].end <= q.start
                and ts[x].concept != NONCLAIM
                and all(x != y for _, y in scored)
            ):
                if doc.hard[ts[x].start] == doc.hard[q.start] and not q.part_of:
                    scored.append((3.0, x))
    if not scored:
        return None
    scored.sort()
    best = ts[scored[0][1]]
    if best.concept in (KILLED, LOSS) and best.end <= q.start:
        # "سقوط ما بين 15 و20 من عناصر المليشيا بين قتيل وجريح": the split after the figure
        # decides over the verb of falling before it; so over the verb of losing, set off by a
        # comma too ("ont perdu 300 hommes, tués et blessés", "lost 300 men, killed and wounded")
        lump = next(
            (
                ts[x]
                for _, x in scored
                if ts[x].concept == CASUALTIES
                and ts[x].end - ts[x].start > 1  # a lump of the dead and the hurt, not "losses"
                # "killed 3 IS fighters; no civilian was killed or wounded": a lump negated is
                # a toll of none of its own, no split of the figure before
                and not ts[x].neg
                and q.end <= ts[x].start <= q.end + 8
                and doc.hard[ts[x].start] == doc.hard[q.start]
                and s.q_owner.get(ts[x].start - 1, k) == k
                and all(s.q_owner.get(j, k) == k for j in range(q.end, ts[x].start))
                # "lost 12 men, killed and wounded 30 civilians": the lump's own figure after it
                and s.q_owner.get(_next_word(doc, ts[x].end, 1), k) == k
            ),
            None,
        )
        if lump is not None:
            best = lump
    if best.start >= q.end and RELATIVE in doc.concepts:
        # "двоє окупантів, які відмовилися скласти зброю, загинули": the relative clause's
        # verb is not the figure's fate; the verb after the clause closes is
        best = _past_relative(doc, q, best, ts) or best
    if best.concept != NONCLAIM and best.end <= q.start:
        # "Трое ранены ..., qui précise que six individus ont été appréhendés": the verb after
        # the figure's own noun is its fate, whatever word of harm came before
        if any(
            ts[x].concept == NONCLAIM
            and _verb_after_noun(doc, q, ts[x])
            and not _counted_people(doc, q, ts[x])
            for _, x in scored
        ):
            q.drop = "non-claim"
            return None
    if best.concept == NONCLAIM and _counted_people(doc, q, best):
        # "قتل 5 نازحين", "12 من النازحين", "killed 5 displaced": a word of no toll that names
        # people, right after the figure, is the counted, not their fate; the other words decide
        if any(ts[x].end <= q.start and _and_noun_before(doc, ts[x], q) for _, x in scored):
            # "عشرات الآلاف من القتلى وأكثر من عشرة ملايين نازح": a noun of harm, "and", then
            # the counted: a group of their own, no toll
            q.drop = "non-claim"
            return None
        scored = [(c, x) for c, x in scored if ts[x] is not best]
        if not scored:
            return None  # "قتلت 30 جندياً و10 نازحين": the verb of the figure before, shared
        best = ts[scored[0][1]]
    if best.concept == NONCLAIM:
        head = best.start == _next_word(
            doc, q.fig_end, 1
        )  # "34 refugees ... were killed": the counted
        # "150 personnes réfugiées dans le camp sont portées disparues": a participle of the
        # counted, their fate after an auxiliary further on
        fate = _participle_fate(doc, q, best)
        # "трёхсотые — шестеро, все эвакуированы": what happened to them after they were counted;
        # but "as tens of thousands protested": the figure's own verb
        own_verb = (
            best.start >= q.end
            and best.start - q.end <= 1
            and not any(doc.tokens[i].kind == PUNCT for i in range(q.end, best.start))
            # "15 displaced people": an adjective of the counted, not their verb
            and (best.end >= len(doc.tokens) or _PERSON_NOUNS.isdisjoint(doc.at[best.end]))
            and fate is None
        ) or (best.start == q.end + 1 and doc.is_punct(q.end, "-—"))  # "ещё сотни — СОЧ"
        own_verb = own_verb or _verb_after_noun(doc, q, best)
        near = 6.0 if best.start >= q.end and not own_verb else _NEAR
        if best.start >= q.end and any(RELATIVE in doc.at[j] for j in range(q.end, best.start)):
            # "un passager qui tentait de fuir a été abattu": a relative clause's verb is not
            # the figure's fate; the verb after the clause is
            near = _MAX_COST
        real = [
            ts[x]
            for c, x in scored
            if ts[x].concept != NONCLAIM
            and (c <= near or head or ts[x].start == fate)
            and not (own_verb and ts[x].end <= q.start)
        ]
        if not real:
            q.drop = "non-claim"
            return None
        best = real[0]
    if best.concept == CAPTURED and best.start >= q.end and _np_gap(doc, q.end, best.start):
        # "расстреляли 9 сдавшихся бойцов", "124 POWs have been executed": prisoners killed
        kill = next(
            (
                ts[x]
                for c, x in scored
                if ts[x].concept in _KILL
                and c <= 5.0
                and not ts[x].neg
                and doc.clause[ts[x].start] == doc.clause[q.fig_start]
                # "100 soldats tués et une vingtaine faits prisonniers": past "and" the kill
                # is the figure before's, and this one has a fate of its own; the "and" may be
                # glued to the figure: "80 قتيلاً وعشرات الأسرى" (and dozens of prisoners)
                and not (
                    ts[x].end <= q.start
                    and (
                        _conj_between(doc, ts[x].end, q.start)
                        or bool(doc.flags(q.start) & CONJ_PREFIX)
                    )
                )
            ),
            None,
        )
        if kill is None:  # the verb past the captive noun: "POWs have been executed"
            j = best.end
            while j < min(best.end + 6, len(doc.tokens)) and kill is None:
                y = s.t_owner.get(j)
                if y is not None and ts[y].concept in _KILL and not ts[y].neg:
                    kill = ts[y]
                elif doc.tokens[j].kind != WORD or _S_AUX_ACTOR.isdisjoint(doc.at[j]):
                    break
                j += 1
        if kill is not None:
            best = kill
    frame: Trigger | None = None
    if best.end <= q.start:
        # the head noun after the figure is the more specific word
        for _, x in scored:
            t2 = ts[x]
            if (
                t2.start >= q.end
                and t2.concept != NONCLAIM
                and _np_gap(doc, q.end, t2.start)
                and not doc.flags(t2.start) & CONJ_PREFIX  # "وأصيب ٨": "and wounded", another claim
                and s.q_owner.get(_next_word(doc, t2.end, 1), k) == k
                # "розстріляли 6 військовополонених", "executed 6 hostages": prisoners killed
                and not (t2.concept == CAPTURED and best.concept in _HARM)
                # "уразили 87 одиниць особового складу": the personnel is what the verb hit
                and not (PERSONNEL in doc.at[t2.start] and STRUCK in doc.at[best.start])
            ):
                frame = best if best.concept in (LOSS, CASUALTIES) else None
                best = t2
                break
    if frame is None and best.start >= q.end:
        # "противник потерял ... 400 военнослужащих убитыми": the loss verb says whose they are
        frame = _loss_before(doc, q, k, ts, s, qs)
    if best.concept == LOSS and frame is None:
        # "فقد 12 مدنياً ولا يزال مصيرهم مجهولاً": lost, and their fate unknown
        for _, x in scored:
            t2 = ts[x]
            if (
                t2.concept == MISSING
                and t2.start >= q.end
                and doc.clause[t2.start] == doc.clause[q.end - 1]
            ):
                frame, best = best, t2
                break
    return best, frame


def _loss_before(
    doc: Doc, q: Quantity, k: int, ts: list[Trigger], s: _Sentence, qs: list[Quantity]
) -> Trigger | None:
    """The loss verb or losses noun before q in its clause, not past another claim's figure."""
    by_start = s.losses
    hard = doc.hard[q.start]
    i = q.start - 1
    while i >= 0 and doc.hard[i] == hard and q.start - i <= 12:
        owner = s.q_owner.get(i)
        if owner is not None and owner != k and qs[owner].drop is None:
            return None
        t = by_start.get(i)
        if t is not None:
            return t
        i -= 1
    return None


def _coordinate(
    doc: Doc, qs: list[Quantity], out: dict[int, tuple[Trigger, Trigger | None]], live: list[int]
) -> None:
    """Figures joined by "and" / a comma share the trigger of their neighbour."""
    changed = True
    while changed:
        changed = False
        for a, b in zip(live, live[1:], strict=False):
            qa, qb = qs[a], qs[b]
            if not joined(doc, qa.end, qb.start):
                continue
            ta, tb = out.get(a), out.get(b)
            if ta is None and tb is not None and tb[0].start >= qb.end and not _apart(doc, qa, qb):
                out[a] = tb
                changed = True
            elif tb is None and ta is not None and ta[0].end <= qa.start:
                out[b] = ta
                changed = True
            elif (
                ta is not None
                and tb is not None
                and ta[0].end <= qa.start
                and tb[0].start >= qb.end
                and _next_predicate(doc, qs, live, qb, tb[0])
            ):
                # "killed five fighters and two civilians and wounded several others": the verb
                # after "and" has an object of its own; the figure before it is still the
                # first verb's object
                out[b] = ta
                changed = True
            elif (
                ta is not None
                and tb is not None
                and ta[0].end <= qa.start
                and tb[0].start >= qb.end
                and _own_list_item(doc, qs, out, a, b)
            ):
                # "10 morts, 7 soldats et 2 mercenaires faits prisonniers": a noun of the dead
                # with its own figure closes its item at the comma; the people counted after it
                # and joined by "and" share the trigger that follows them
                out[a] = tb
                changed = True
            elif tb is None and ta is not None and ta[0].start == qa.end and elided(doc, qb):
                # "plus de 30 morts dans les rangs de l'EI et une dizaine du côté du JNIM": the
                # noun of the first figure stands for the second
                out[b] = ta
                changed = True


def _own_list_item(
    doc: Doc,
    qs: list[Quantity],
    out: dict[int, tuple[Trigger, Trigger | None]],
    a: int,
    b: int,
) -> bool:
    """Figure a, with its own noun of people, is joined by "and" to figure b right before b's
    trigger, and a's trigger before it is another figure's, a comma away."""
    qa, qb, ta, tb = qs[a], qs[b], out[a][0], out[b][0]
    if ta is tb or qa.end >= len(doc.tokens) or _PERSON_NOUNS.isdisjoint(doc.at[qa.end]):
        return False
    if not any(CONJ in doc.at[k] for k in range(qa.end, qb.start)):
        return False
    if sum(doc.tokens[k].kind == WORD for k in range(qb.end, tb.start)) > 2:
        return False  # the trigger right after the second item's noun
    if not any(doc.is_punct(k, ",،;") for k in range(ta.end, qa.start)):
        return False
    # "10 morts,", "4 blindés détruits,": the trigger before has its own figure just before it
    return any(
        k != a
        and q.end <= ta.start
        and ta.start - q.end <= 3
        and doc.hard[q.end] == doc.hard[ta.start]
        for k, q in enumerate(qs)
    )


def _next_predicate(doc: Doc, qs: list[Quantity], live: list[int], q: Quantity, t: Trigger) -> bool:
    """Trigger t after figure q opens a predicate of its own: "and" or a comma right before it,
    and a figure of its own right after it ("... and two civilians and wounded several others",
    "убили 15 военных и 6 вагнеровцев, взяв в плен ещё двух")."""
    between = range(q.end, t.start)
    seps = [j for j in between if CONJ in doc.at[j] or doc.is_punct(j, ",،")]
    if not seps:
        return False
    words = sum(doc.tokens[j].kind == WORD for j in between)
    if words > 3:
        # "و47 جندياً من الجيش المالي، إضافة إلى أسر 15": the figure's noun and whose men they
        # were, then a comma and "in addition to" right before the verb
        last = seps[-1]
        m = doc.at[last].get(CONJ)
        tail = range(m.end if m is not None else last + 1, t.start)
        if words > 7 or sum(doc.tokens[j].kind == WORD for j in tail) > 1:
            return False
    if doc.hard[q.end - 1] != doc.hard[t.start]:
        return False
    after = _next_word(doc, t.end, 1)
    return any(qs[k].start in (after, after + 1) for k in live)


def _apart(doc: Doc, qa: Quantity, qb: Quantity) -> bool:
    """ "вышли 200 бойцов, ещё 100 сдались": after a comma, "ещё" opens another group with a
    verb of its own (not "five farmers and two other villagers were found dead")."""
    return qb.others and not any(CONJ in doc.at[k] for k in range(qa.end, qb.start))


_CLOSE_QUOTES: Final = "\"”’'"  # closing marks after a comma: the end of quoted speech
_AREA_WORDS: Final = 10  # "in the area of the Centre group of forces and"


def joined(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j-1 are a short noun phrase ending in "and" or a comma (or token j carries its
    own "and": "١٤ من مرتزقة فاغنر وتسعة")."""
    if j <= i or doc.hard[i - 1 if i else 0] != doc.hard[j]:
        return False
    words = 0
    link = bool(doc.flags(j) & CONJ_PREFIX)
    area = False
    sectors = AREA in doc.concepts
    along = ALONGSIDE in doc.concepts
    for k in range(i, j):
        t = doc.tokens[k]
        area = area or (sectors and AREA in doc.at[k])
        if CONJ in doc.at[k] and k >= j - 3:
            link = True
        elif along and (m := doc.at[k].get(ALONGSIDE)) is not None and m.end == j:
            link = True  # "قتل 5 جنود في القصف، إلى جانب مدنيَّين": along with them, the same harm
            break
        elif k == j - 1 and doc.flags(k) & CONJ_PREFIX and not _PERSON_NOUNS.isdisjoint(doc.at[k]):
            link = True  # "3 من مقاتلينا ومدنيَّين اثنين": "and two civilians", the noun first
        elif t.kind == PUNCT and t.text in ",،" and k >= j - 2:
            if k + 1 < j and doc.is_punct(k + 1, _CLOSE_QUOTES):
                # "'... we killed more than 20 of them,' a commissioner said": a comma and a
                # closing quote end the quoted words; the speaker after them is no list item
                return False
            link = True
        elif t.kind == WORD:
            if k not in doc.name_inner and not _S_TRIGGERS_NONCLAIM.isdisjoint(doc.at[k]):
                return False
            # the figure's own noun and "of" after it add no length: "24 عنصراً من فصائل ..."
            words += not (k == i and not _S_PERSON.isdisjoint(doc.at[k]) and LINK in doc.at[k + 1])
    # "up to 445 in the area of the Centre group and more than 520": a sector's name is long
    return link and words <= (_AREA_WORDS if area else 6)
