"""Scope of a claim: one event, a period (a day, a week) or cumulative (since a start)."""

from __future__ import annotations

import bisect
from typing import Final

from extractors.doc import Doc
from extractors.morph import PLURAL
from extractors.nonclaims import day_span
from extractors.quantities import Quantity
from extractors.rules import (
    ALSO,
    AUX,
    CAPTURED,
    CASUALTIES,
    DAYS_TO,
    GROWTH,
    HELD,
    LOSS,
    MONTH,
    NEW_TOPIC,
    PART_OF,
    PERIOD,
    SINCE,
    STRIKE,
    SUMMARY,
    SUPERLATIVE,
    TOTAL,
    TRIGGER_SET,
    WEAK_PERIOD,
)
from extractors.tokens import NUM, WORD
from extractors.triggers import Trigger

EVENT, PERIOD_SCOPE, CUMULATIVE = "event", "period", "cumulative"
_MARKERS: Final = frozenset((SINCE, PERIOD, TOTAL, WEAK_PERIOD, DAYS_TO))
_SCOPE: Final = {PERIOD: PERIOD_SCOPE, SINCE: CUMULATIVE, TOTAL: CUMULATIVE}


def _marker(doc: Doc, k: int, tally: bool) -> str | None:
    at = doc.at[k]
    if not at or doc.concepts.isdisjoint(_MARKERS):
        return None  # most words, most posts: no marker
    if WEAK_PERIOD in at and _one_attack(doc, k):
        return None  # "lost 14 soldiers in a Russian attack last week": the attack's date
    if SINCE in at and PERIOD in at and at[PERIOD].end >= at[SINCE].end:
        return PERIOD_SCOPE  # "від початку доби", "since midnight": since a start, within a day
    if SINCE in at:
        # "the largest demonstration since the crackdown", "أعنف الهجمات منذ": a comparison
        if any(SUPERLATIVE in doc.at[j] for j in range(max(0, k - 6), k)):
            return None
        # "12 of them have since died", "dont 12 ont depuis succombé": "since then", with
        # no start named, right before its verb
        j = k + 1
        while at[SINCE].end == k + 1 and j < len(doc.tokens) and AUX in doc.at[j]:
            j += 1  # "have since been killed"
        if at[SINCE].end == k + 1 and j < len(doc.tokens):
            if not TRIGGER_SET.isdisjoint(doc.at[j]):
                return None
        return CUMULATIVE
    if PERIOD in at:
        if _attack_month(doc, k):
            return None  # "recalling the assault in February": the attack's date, no tally
        return PERIOD_SCOPE
    if DAYS_TO in at and day_span(doc, k):
        return PERIOD_SCOPE  # "с 15 по 21 марта": a week's span of days
    if (TOTAL in at or WEAK_PERIOD in at) and tally:
        return CUMULATIVE if TOTAL in at else PERIOD_SCOPE
    return None


def _attack_month(doc: Doc, k: int) -> bool:
    """A period phrase at k that names a month, in the clause of one attack ("the assault in
    February"): the attack's date."""
    m = doc.at[k][PERIOD]
    return any(MONTH in doc.at[j] for j in range(m.start, m.end)) and _one_attack(doc, k)


def _one_attack(doc: Doc, k: int) -> bool:
    """An attack word, not plural, in the clause of a weak period ("la semaine dernière"):
    the loss is that one attack's, and the period its date ("فقدت 14 جندياً في هجوم روسي على
    مواقعها الأسبوع الماضي")."""
    if STRIKE not in doc.concepts:
        return False
    clause = doc.clause[k]
    j = k - 1
    while j >= 0 and doc.clause[j] == clause:
        if STRIKE in doc.at[j] and not doc.flags(j) & PLURAL:
            return True
        j -= 1
    return False


def _marks(doc: Doc) -> list[int]:
    """The token indices that hold a scope marker or a new topic, in order (once per post)."""
    if doc.scope_marks is None:
        doc.scope_marks = doc.starts(_MARKERS | {NEW_TOPIC, SUMMARY})
    return doc.scope_marks


def _dates_a_start(doc: Doc, k: int) -> bool:
    """ "с начала боёв в апреле 2023 года", "since the war began in April 2023": a period word
    right after a since-phrase dates the start; it is no period of its own."""
    for j in range(k - 1, max(-1, k - 7), -1):
        if doc.clause[j] != doc.clause[k]:
            return False
        if SINCE in doc.at[j]:
            period = doc.at[j].get(PERIOD)  # "від початку доби": one phrase, a day
            return period is None or period.end <= k
    return False


def own_marker(doc: Doc, q: Quantity) -> str | None:
    """A period or since-start marker in the figure's own clause, if any."""
    clause = doc.clause[q.fig_start]
    s, e = doc.sentences[doc.sentence_of[q.fig_start]]
    if q.part_of:
        # "منذ ... نحو 1,015,230 بينها 1,180 خلال اليوم": the part's clause opens at its "of which"
        k = q.fig_start - 1
        while k > s and doc.clause[k] == clause and PART_OF not in doc.at[k]:
            k -= 1
        if PART_OF in doc.at[k] and doc.clause[k] == clause:
            s = k
    for k in range(s, e):
        if doc.clause[k] == clause:
            m = _marker(doc, k, True)
            if m is not None:
                return m
    return None


def dashed_marker(doc: Doc, q: Quantity) -> str | None:
    """ "а за неделю — свыше 1 500": a marker in the clause a dash or a colon joins to the
    figure's own, the nearest first."""
    clause = doc.clause[q.fig_start]
    k = q.start - 1
    while k >= 0 and doc.sentence_of[k] == doc.sentence_of[q.fig_start]:
        if doc.clause[k] != clause:
            if not doc.is_punct(k + 1, "-—:"):
                break  # a comma: another clause, not this one's head
            clause = doc.clause[k]
        m = _marker(doc, k, True)
        if m is not None:
            return m
        k -= 1
    return None


def running_total(doc: Doc, q: Quantity) -> bool:
    """ "bringing the total to 734,130", "общие потери достигли": a total, said after a day's figure."""
    clause = doc.clause[q.fig_start]
    k = q.start - 1
    while k >= 0 and doc.clause[k] == clause and q.start - k <= 12:
        if TOTAL in doc.at[k]:
            return True
        k -= 1
    return False


def _part_after(doc: Doc, anchor: int, e: int) -> int:
    """Where a part of the figure at `anchor` opens after it in its clause ("including",
    "بينها", "из них"), else `e`."""
    clause = doc.clause[anchor]
    for k in range(anchor + 1, e):
        if doc.clause[k] != clause:
            break
        if PART_OF in doc.at[k]:
            return k
    return e


def scope_of(doc: Doc, q: Quantity | None, t: Trigger, ft: Trigger | None) -> str:
    """The claim's scope; "" for a zero claim with no marker of its own (it takes the post's)."""
    if q is not None and q.is_delta:
        return PERIOD_SCOPE
    if q is not None and q.delta is not None:
        return CUMULATIVE
    tally = t.concept in (LOSS, CASUALTIES) or (ft is not None and ft.concept in (LOSS, CASUALTIES))
    anchor = q.fig_start if q is not None else t.start
    sid = doc.sentence_of[anchor]
    s, e = doc.sentences[sid]
    clauses = {doc.clause[anchor], doc.clause[t.start]}
    marks = _marks(doc)
    lo, hi = bisect.bisect_left(marks, s), bisect.bisect_left(marks, e)
    # the nearest marker in the claim's own clause(s)
    best: tuple[int, str] | None = None
    part = _part_after(doc, anchor, e) if q is not None and not q.part_of else e
    for k in marks[lo:hi]:
        if k >= part:
            break  # "نحو 1,015,230 بينها 1,180 خلال اليوم": the part's own period, not the total's
        if doc.clause[k] in clauses:
            m = _marker(doc, k, tally)
            if m == PERIOD_SCOPE and _dates_a_start(doc, k):
                continue
            if m is not None and (best is None or abs(k - anchor) < best[0]):
                best = (abs(k - anchor), m)
    if best is not None:
        return best[1]
    if q is not None and HELD in doc.concepts and _held(doc, q, t):
        return CUMULATIVE
    # then the sentence head before it, nearest first
    head = bisect.bisect_left(marks, min(anchor, t.start), lo, hi)
    for k in reversed(marks[lo:head]):
        if NEW_TOPIC in doc.at[k]:
            if tally and ALSO in doc.at[k]:
                continue  # "Кроме того, противник лишился ...": the same report's tally
            return EVENT if q is not None else ""
        m = _marker(doc, k, tally)
        if m == PERIOD_SCOPE and _dates_a_start(doc, k):
            return CUMULATIVE
        if m is not None:
            return m
    # a tally's list running on to its period: "losses amounted to 185 troops, a tank and two
    # guns over the past day"
    if tally and q is not None:
        for k in marks[head:hi]:
            if k <= anchor or doc.hard[k] != doc.hard[anchor]:
                continue
            m = _marker(doc, k, tally)
            if m is not None and not (m == PERIOD_SCOPE and _dates_a_start(doc, k)):
                return m
    # then a header line ("Итоги суток на нашем участке:")
    h = doc.headers.get(sid)
    if h is not None:
        hs, he = doc.sentences[h]
        for k in marks[bisect.bisect_left(marks, hs) : bisect.bisect_left(marks, he)]:
            m = _marker(doc, k, tally)
            if m is not None:
                return m
    # a toll that "rose to" N, with a since-phrase anywhere in its sentence: a running total
    if q is not None and SINCE in doc.concepts and _grown(doc, q):
        if any(SINCE in doc.at[k] for k in range(s, e)):
            return CUMULATIVE
    # then a sentence before that opens on a period ("За сутки ...", "Протягом доби ...")
    if q is not None and _opened_period(doc, sid):
        return PERIOD_SCOPE
    # a tally in a report that has named its period before ("Подразделения ... в течение суток
    # нанесли поражение ... Противник потерял до 470"): the report's period
    if q is not None and (tally or _titled_period(doc, sid)) and _reported_period(doc, sid):
        return PERIOD_SCOPE
    # a verb of losing in the sentence right after one that dated a toll from a start, with no
    # marker of its own ("... capturé 2 000 soldats depuis le début de son incursion. Moscou
    # assure que l'armée ukrainienne a perdu 15 000 hommes dans la région"): the same
    # operation's tally; not after a start that dates no toll ("Russia has been shelling
    # Kherson since February. Ukraine lost 3 soldiers near Bakhmut": an incident)
    if (
        q is not None
        and t.concept == LOSS
        and ft is None
        and sid > 0
        and _since_in(doc, sid - 1)
        and _toll_in(doc, sid - 1)
        and not _attack_in(doc, s, e)  # "Hier, elle a perdu deux soldats dans une embuscade"
    ):
        return CUMULATIVE
    return EVENT if q is not None else ""


def _held(doc: Doc, q: Quantity, t: Trigger) -> bool:
    """A state of captivity is the word of harm ("около 2 тысяч из них находятся в плену"), or
    follows the captives' noun right after the figure ("111 hostages are still held in Gaza",
    "111 رهينة ما زالوا محتجزين"): those held now, whenever they were taken."""
    if any(HELD in doc.at[k] for k in range(t.start, t.end)):
        return True
    if t.start != q.end or t.concept != CAPTURED:
        return False  # "captured two soldiers, who are still held": the capture, one event
    return any(
        HELD in doc.at[k] and doc.clause[k] == doc.clause[t.start]
        for k in range(t.end, min(t.end + 3, len(doc.tokens)))
    )


def _attack_in(doc: Doc, s: int, e: int) -> bool:
    """One attack word (not plural) in tokens[s:e]: an incident, not a tally."""
    return STRIKE in doc.concepts and any(
        STRIKE in doc.at[k] and not doc.flags(k) & PLURAL for k in range(s, e)
    )


def _since_in(doc: Doc, sid: int) -> bool:
    """Sentence `sid` holds a since-phrase that dates a start ("depuis le début de son
    incursion", "since the war began")."""
    if SINCE not in doc.concepts:
        return False
    s, e = doc.sentences[sid]
    marks = _marks(doc)
    return any(
        SINCE in doc.at[k] and _marker(doc, k, True) == CUMULATIVE
        for k in marks[bisect.bisect_left(marks, s) : bisect.bisect_left(marks, e)]
    )


def _toll_in(doc: Doc, sid: int) -> bool:
    """Sentence `sid` has a word of harm: it tells a toll ("a fait 1 500 prisonniers")."""
    s, e = doc.sentences[sid]
    return any(not TRIGGER_SET.isdisjoint(doc.at[k]) for k in range(s, e))


def _titled_period(doc: Doc, sid: int) -> bool:
    """ "79th Brigade | Kurakhove direction, past 24 hours": a title line with a period and no
    figure of its own dates every claim below it."""
    if sid == 0 or PERIOD not in doc.concepts:
        return False
    if doc.titled_period is None:  # the same title line for every sentence: read it once
        doc.titled_period = _dated_title(doc)
    return doc.titled_period


def _dated_title(doc: Doc) -> bool:
    s, e = doc.sentences[0]
    dated: set[int] = set()  # "past 24 hours": the period's own number
    for k in range(s, e):
        m = doc.at[k].get(PERIOD)
        if m is not None and SINCE not in doc.at[k]:
            dated.update(range(m.start, m.end))
    return bool(dated) and not any(
        doc.tokens[k].kind == NUM and k not in dated for k in range(s, e)
    )


def _reported_period(doc: Doc, sid: int) -> bool:
    """Whether a sentence before `sid` holds a period marker (worked out once per post)."""
    if doc.period_before is None:
        seen: list[bool] = []
        carry = False
        marks = _marks(doc)
        j = 0
        for _, e in doc.sentences:
            seen.append(carry)
            while j < len(marks) and marks[j] < e:
                m = marks[j]
                if (
                    PERIOD in doc.at[m]
                    and SINCE not in doc.at[m]
                    and not _dates_a_start(doc, m)
                    and not _attack_month(doc, m)
                ):
                    carry = True
                elif SUMMARY in doc.at[m]:
                    carry = True  # "Сводка ... (по состоянию на 18 марта)": a day's report
                j += 1
        doc.period_before = seen
    return doc.period_before[sid]


def _grown(doc: Doc, q: Quantity) -> bool:
    """ "ارتفاع حصيلة الشهداء إلى", "the toll has risen to": the figure a toll reached."""
    clause = doc.clause[q.start]
    for k in range(q.start - 1, max(-1, q.start - 6), -1):
        if doc.clause[k] != clause:
            return False
        if GROWTH in doc.at[k]:
            return True
    return False


def _opened_period(doc: Doc, sid: int) -> bool:
    """Whether a sentence before `sid` opens on a period marker that carries over to it: a
    daily report's "За сутки ..." frames the sentences after it, until one opens a new topic.
    Worked out once per post."""
    if doc.opened is None:
        opened: list[bool] = []
        carry = False
        for s, e in doc.sentences if PERIOD in doc.concepts else ():
            opened.append(carry)
            words: list[int] = []  # the sentence's first three words
            for j in range(s, e):
                if doc.tokens[j].kind == WORD:
                    words.append(j)
                    if len(words) == 3:
                        break
            if any(NEW_TOPIC in doc.at[j] for j in words):
                carry = False
            elif any(PERIOD in doc.at[j] for j in words):
                carry = True
        doc.opened = opened or [False] * len(doc.sentences)  # no period word: nothing opened
    return doc.opened[sid]
