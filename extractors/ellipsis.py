"""Figures with no word of their own that continue a claim said before them.

"..., من بينهم 1250 خلال اليوم الماضي" (a part over another period), "bringing the total to
about 734,130" (the running total), "уничтожено до 210 ..., а за неделю — свыше 1 500" (the
same tally over another period), "خسائر الجيش ... بلغت 485 عسكرياً ... بينما تجاوزت 175
عسكرياً" (the same tally elsewhere), and the lines of a list under a tally
("Потери противника составили:\\n▪️ «Север» — свыше 1 120 военнослужащих;\\n▪️ «Запад» —
более 3 050;").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from extractors.doc import Doc
from extractors.draft import Draft, clause_span, loss_kind
from extractors.morph import PREP as PREP_FLAG
from extractors.phrases import place_after
from extractors.quantities import Quantity
from extractors.rules import (
    ACCORDING_TO,
    AREA,
    CASUALTIES,
    COMPARE,
    LOSS,
    ONLY,
    OTHERS,
    PART_OF,
    PERIOD,
    PREP,
    RESTATE,
    TOTAL,
)
from extractors.scope import dashed_marker, own_marker, running_total, scope_of
from extractors.tokens import WORD
from extractors.triggers import Trigger

_TALLY: Final = frozenset((LOSS, CASUALTIES))


def continue_claims(
    doc: Doc,
    qs: list[Quantity],
    ts: list[Trigger],
    pairs: dict[int, tuple[Trigger, Trigger | None]],
    by_q: dict[int, Draft],
    drafts: list[Draft],
    speaker: Callable[[int, int, Trigger], str],
) -> None:
    """Add a draft for each figure no word took that continues a claim before it; `speaker`
    gives the claimant of a figure (sentence, token, trigger)."""
    for k, q in enumerate(qs):
        if k in pairs or q.drop is not None or q.is_delta:
            continue
        sid = doc.sentence_of[q.fig_start]
        # "133 dead, while a local collective puts the figure at about 400": "put the number at"
        # says whose toll the figure is, in the same sentence too
        restated = _restated(doc, q, sid, drafts)
        parent = _parent(doc, qs, k, sid, by_q) if restated is None else None
        compared = _compared(doc, q, sid, drafts) if parent is None and restated is None else None
        if restated is not None:
            # "..., a security source said. A UN source put the number at around 400": the
            # same toll by another speaker
            d = _copy(doc, q, restated, sid, restated.scope)
            d.claimant = speaker(sid, q.fig_start, restated.trigger)
            drafts.append(d)
            by_q[k] = d
            continue
        if compared is not None:
            # "Втрати ворога за жовтень склали 31 240. Для порівняння: у вересні – 28 970"
            d = _copy(doc, q, compared, sid, own_marker(doc, q) or compared.scope)
            drafts.append(d)
            by_q[k] = d
            continue
        listed = parent is None
        if parent is None:
            parent = _listed_under(doc, q, sid, ts, drafts, speaker) or _total_after(
                doc, q, sid, ts, drafts
            )
        if parent is None:
            continue
        own = own_marker(doc, q)
        tally = parent.trigger.concept in _TALLY or (
            parent.frame_trigger is not None and parent.frame_trigger.concept in _TALLY
        )
        if listed and not (tally and (q.head_positive or _headless(doc, q))):
            continue
        if listed:
            scope = own or dashed_marker(doc, q) or parent.scope
        elif q.part_of and own is not None and own != parent.scope:
            scope = own
        elif not q.part_of and running_total(doc, q):
            scope = "cumulative"
        elif (
            not q.part_of
            and tally
            and own == "period"
            and parent.scope == "cumulative"
            and _apart(doc, q.fig_start, parent.pos)
        ):
            # "650,000 since the invasion, an increase of 1,020 over the past day": the delta
            scope = own
        elif not q.part_of and _headless(doc, q) and (own or dashed_marker(doc, q)):
            # "уничтожено до 210 ..., а за неделю — свыше 1 500": the same tally, another period
            scope = own or dashed_marker(doc, q) or ""
        elif not q.part_of and _at_place(doc, q) and _broken_down(doc, q, parent):
            # "39 civils tués ..., a annoncé le ministère : 21 à Libiri et 18 à Kokorou": the
            # toll by place, each place's figure a claim of its own
            scope = parent.scope
        elif (
            not q.part_of
            and tally
            # "..., а на Покровському — до 520": the noun left out after a place and a dash
            and (q.head_positive or (_headless(doc, q) and _after_dash(doc, q.start)))
            and _apart(doc, q.fig_start, parent.pos)
        ):
            # "بلغت 485 عسكرياً ... بينما تجاوزت 175 عسكرياً", "до 310 военнослужащих, на
            # восточном – до 150 военнослужащих": the same tally, another place
            scope = own or parent.scope
        else:
            continue
        t, ft = parent.trigger, parent.frame_trigger
        # "Wagner aurait perdu 80 combattants, ainsi qu'une quarantaine de soldats maliens"
        kind = loss_kind(scope) if t.concept == LOSS else parent.kind
        d = Draft(q, t, ft, sid, q.fig_start, kind, q.low, q.high, q.approx, parent.claimant, scope)
        d.span = clause_span(doc, q.start, q.end)
        drafts.append(d)
        by_q[k] = d
        dq = q.delta
        if dq is not None and dq.low:
            # "👤 personnel : environ 1 001 240 (+1 110)" under its header: the day's figure too
            d.scope = "cumulative"
            dd = Draft(dq, t, ft, sid, dq.fig_start, kind, dq.low, dq.high, False, d.claimant, "")
            dd.scope, dd.span = "period", d.span
            drafts.append(dd)


def _compared(doc: Doc, q: Quantity, sid: int, drafts: list[Draft]) -> Draft | None:
    """The tally of the sentence before, when this one opens with "for comparison"."""
    if COMPARE not in doc.concepts or sid == 0 or not q.head_positive and not _headless(doc, q):
        return None
    s, _ = doc.sentences[sid]
    if not any(COMPARE in doc.at[k] for k in range(s, min(s + 3, q.start))):
        return None
    for d in reversed(drafts):
        if d.sentence == sid - 1 and d.q is not None and d.kind == "casualties":
            return d
        if d.sentence < sid - 1:
            break
    return None


def _restated(doc: Doc, q: Quantity, sid: int, drafts: list[Draft]) -> Draft | None:
    """The last claim before, when the figure follows "put the number at" with no noun, or has
    no noun and its own source right after it ("200 à 400 morts selon des sources
    sécuritaires ; plusieurs centaines selon des habitants")."""
    restate = RESTATE in doc.concepts and doc.ends_at(q.start, RESTATE) is not None
    if not restate and not _sourced(doc, q):
        return None
    if restate and not q.head_positive and not _headless(doc, q):
        return None
    for d in reversed(drafts):
        if d.q is not None and d.pos < q.fig_start and d.sentence >= sid - 1:
            return d
        if d.sentence < sid - 1:
            break
    return None


def _at_place(doc: Doc, q: Quantity) -> bool:
    """ "21 à Libiri", "18 in Kokorou", "12 в Торецке": a preposition and a capitalised name
    right after a figure with no noun."""
    k = q.end
    if k < len(doc.tokens) and doc.is_punct(k, "-—–"):
        k += 1  # "3 – у Покровську, 1 – у Торецьку": a dash before the place
    return place_after(doc, k)


def _broken_down(doc: Doc, q: Quantity, parent: Draft) -> bool:
    """A colon between the toll and the figure: what follows breaks the toll down."""
    if parent.q is None:
        return False
    if any(doc.is_punct(k, ":") for k in range(parent.q.end, q.start)):
        return True
    # "..., 21 à Libiri et 18 à Kokorou": the place before it was one of the breakdown
    s, _ = doc.sentences[doc.sentence_of[q.fig_start]]
    return _at_place(doc, parent.q) and any(doc.is_punct(k, ":") for k in range(s, parent.q.start))


def _sourced(doc: Doc, q: Quantity) -> bool:
    """ "according to", "selon", "по данным" right after the figure (after a dash or comma)."""
    k = q.end
    while k < len(doc.tokens) and doc.is_punct(k, ",—–-"):
        k += 1
    return k < len(doc.tokens) and ACCORDING_TO in doc.at[k]


def _copy(doc: Doc, q: Quantity, parent: Draft, sid: int, scope: str) -> Draft:
    t, ft = parent.trigger, parent.frame_trigger
    d = Draft(
        q, t, ft, sid, q.fig_start, parent.kind, q.low, q.high, q.approx, parent.claimant, scope
    )
    d.span = clause_span(doc, q.start, q.end)
    d.victim = parent.victim
    return d


def _parent(doc: Doc, qs: list[Quantity], k: int, sid: int, by_q: dict[int, Draft]) -> Draft | None:
    """The claim of the nearest figure before in the sentence."""
    for j in range(k - 1, -1, -1):
        if doc.sentence_of[qs[j].fig_start] != sid:
            return None
        if j in by_q:
            return by_q[j]
    return None


def _total_after(
    doc: Doc, q: Quantity, sid: int, ts: list[Trigger], drafts: list[Draft]
) -> Draft | None:
    """ "... противник потерял до 230 военнослужащих. Всего с начала боевых действий — более
    4 100 военнослужащих": a sentence with no word of harm that opens on "in all", or on a
    period and a dash, goes on with the tally of the sentence before."""
    if (
        sid == 0
        or (TOTAL not in doc.concepts and PERIOD not in doc.concepts)
        or any(doc.sentence_of[t.start] == sid for t in ts)
    ):
        return None
    s, _ = doc.sentences[sid]
    opens = any(TOTAL in doc.at[k] for k in range(s, min(s + 2, q.start))) or (
        # "Только за прошедшие сутки — до 300 человек": another period of the same tally;
        # "In the Kursk region alone — more than 350": a place's part of it
        doc.is_punct(q.start - 1, "-")
        and (
            any(PERIOD in doc.at[k] for k in range(s, min(s + 4, q.start)))
            or _place_opener(doc, s, q.start - 1)
        )
    )
    if not opens:
        return None
    return next(
        (
            d
            for d in reversed(drafts)
            if d.sentence == sid - 1 and d.q is not None and d.trigger.concept in _TALLY
        ),
        None,
    )


def _place_opener(doc: Doc, s: int, dash: int) -> bool:
    """A sentence that opens on a preposition (after "only" at most) and names a place before the
    dash: "In the Kursk region alone —", "Только на Курском направлении —", "Лише на
    Покровському напрямку —"; not a source ("По данным штаба —")."""
    while s < dash and doc.tokens[s].kind != WORD:
        s += 1  # "❗️In the Kursk region alone —": a bullet before the line's words
    only = doc.at[s].get(ONLY)
    k = only.end if only is not None else s
    if k >= dash or not (PREP in doc.at[k] or doc.flags(k) & PREP_FLAG):
        return False
    if not all(
        doc.tokens[j].kind == WORD and ACCORDING_TO not in doc.at[j] for j in range(k, dash)
    ):
        return False
    # a place: a name or a sector word ("Kursk", "направлении"), not "В результате ударов
    # авиации —", a cause
    return any(
        AREA in doc.at[j] or (j > k and doc.tokens[j].text[:1].isupper()) for j in range(k, dash)
    )


def _listed_under(
    doc: Doc,
    q: Quantity,
    sid: int,
    ts: list[Trigger],
    drafts: list[Draft],
    speaker: Callable[[int, int, Trigger], str],
) -> Draft | None:
    """A line of a list under a header: the tally of the line before it under the same header
    ("▪️ Куп'янський — ворог втратив 145 осіб;\\n▪️ Лиманський — 212;"), else a tally word in
    the header itself ("Потери противника ... составили:") made into a claim of its own."""
    h = doc.headers.get(sid)
    if h is None or any(doc.sentence_of[t.start] == sid and not _in_part(doc, q, t) for t in ts):
        return None
    for d in reversed(drafts):
        if h < d.sentence < sid and doc.headers.get(d.sentence) == h and d.q is not None:
            return d
    hs, he = doc.sentences[h]
    for t in ts:
        if hs <= t.start < he and t.concept in _TALLY and not t.neg:
            scope = scope_of(doc, q, t, None)
            kind = loss_kind(scope) if t.concept == LOSS else "casualties"
            who = speaker(sid, q.fig_start, t)
            if who == "self":
                # "Pertes de l'ennemi, selon l'état-major ... :" speaks for the lines under it
                who = speaker(h, t.start, t)
            return Draft(None, t, None, h, t.start, kind, None, None, False, who, scope)
    return None


def _in_part(doc: Doc, q: Quantity, t: Trigger) -> bool:
    """A word of the part after the figure: "▪️Покровський — 341, з них 129 убитими" lists 341
    under the header's tally; "убитими" is the part's own word."""
    return t.start > q.end and any(PART_OF in doc.at[k] for k in range(q.end, t.start))


def _apart(doc: Doc, i: int, j: int) -> bool:
    """Tokens i and j in different clauses: past a hard break, or a comma and a place between."""
    if doc.hard[i] != doc.hard[j]:
        return True
    return doc.clause[i] != doc.clause[j] or any(doc.is_punct(k, ",،;") for k in range(j, i))


def _after_dash(doc: Doc, i: int) -> bool:
    """A dash right before token i, or before the "more" word there ("на Покровському — ще
    245")."""
    if i > 0 and OTHERS in doc.at[i - 1]:
        i -= 1
    return i > 0 and doc.is_punct(i - 1, "-")


def _headless(doc: Doc, q: Quantity) -> bool:
    """Nothing but punctuation after the figure in its clause: it counts what the claim before
    it counted."""
    end = doc.sentences[doc.sentence_of[q.fig_start]][1]
    k = q.end
    while k < end and doc.clause[k] == doc.clause[q.fig_end - 1]:
        if not doc.is_punct(k):
            return False
        k += 1
    return True
