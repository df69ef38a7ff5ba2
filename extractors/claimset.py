"""From the drafts of a post to its set of claims: parts of a figure set aside, figures joined
under one verb summed, hurt read as wounded or casualties, prisoner swaps and handed-back
bodies vetoed, and one claim per (kind, victim, bounds): "a post's claims are a set".
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from extractors.actors import PARTIES, SIDES
from extractors.attach import joined
from extractors.claimants import SELF
from extractors.doc import Doc
from extractors.draft import clause_span
from extractors.morph import PREP as PREP_FLAG
from extractors.named import explicit_victim
from extractors.phrases import ENEMY_REF, UNKNOWN, noun_trigger
from extractors.quantities import exceed_bound
from extractors.rules import (
    ACTOR,
    AMONG,
    AREA,
    ARTICLE,
    AUX,
    CAPTURED,
    CIVILIAN_WORD,
    CONJ,
    DUTY,
    ELIMINATED,
    EXCEED,
    EXCHANGE,
    FIGHTERS,
    GROWTH,
    HURT,
    IRRECOVERABLE,
    KILLED,
    LINK,
    LOSS,
    MILITANTS,
    OTHER_ACTOR,
    PART_OF,
    PERIOD,
    PREP,
    RANGE_TO,
    REBELS,
    RECOVERED,
    REGULARS,
    RELATIVE,
    SAY,
    SICK,
    SINCE,
    STATEMENT,
    STRIKE,
    THAT,
    TOTAL,
    TRIGGER_SET,
    VICTIM,
)
from extractors.tokens import NUM, WORD

if TYPE_CHECKING:
    from extractors.draft import Draft
    from extractors.quantities import Quantity
    from extractors.triggers import Trigger


def drop_parts(doc: Doc, drafts: list[Draft], qs: list[Quantity] | None = None) -> list[Draft]:
    """ "из них двое детей", "including 11 children": a part of the same kind and victim is no
    claim of its own; a part of another kind or another period is."""
    _split_total(doc, drafts)
    if len(drafts) > 0 and qs:
        drafts = _bare_parts(doc, drafts, qs)
    out: list[Draft] = []
    parts: dict[int, tuple[Draft, list[Draft]]] = {}
    for d in drafts:
        if d.q is not None and d.q.part_of:
            parent = None
            for p in reversed(out):
                # "... wounding nine. A child was among the injured": the toll of the sentence
                # right before, when this one has none
                if p.sentence < d.sentence - (1 if _among_after(doc, d) else 0):
                    break
                if p.q is not None:
                    parent = p
                    break
            if parent is not None and parent.kind != d.kind:
                parent = _listed_whole(doc, out, parent, d) or parent
            if parent is not None and parent.kind == d.kind and parent.scope == d.scope:
                parts.setdefault(id(parent), (parent, []))[1].append(d)
                continue
        out.append(d)
    kept = [
        p
        for parent, group in parts.values()
        for p in (
            _sectors(doc, parent, group)
            or _other_sides(doc, parent, group)
            or _other_victim(doc, parent, group)
            or _other_party(doc, parent, group)
        )
    ]
    if kept:
        out = sorted(out + kept, key=lambda d: d.pos)
    return out


def _listed_whole(doc: Doc, out: list[Draft], last: Draft, d: Draft) -> Draft | None:
    """ "38 000 morts et 88 000 blessés, dont 15 000 enfants tués": a part with a word of its
    own kind after a list of tolls of its sentence is a part of the toll of that kind in the
    list, not of the list's last one."""
    k = next(i for i in range(len(out) - 1, -1, -1) if out[i] is last)
    while k > 0:
        p, nxt = out[k - 1], out[k]
        if p.q is None or nxt.q is None or p.sentence != d.sentence or p.q.part_of:
            return None
        if any(
            doc.tokens[j].kind == NUM or PART_OF in doc.at[j] for j in range(p.q.end, nxt.q.start)
        ):
            return None  # another figure or part between: no one list
        if p.kind == d.kind:
            return p
        k -= 1
    return None


def _among_after(doc: Doc, d: Draft) -> bool:
    """ "A child was among the injured": a verb, then "among" and a word of harm (not "ثلاثةً من
    الشهداء", three of the martyrs, right after the figure)."""
    if d.q is None:
        return False
    # "Un garçon de 9 ans est parmi les morts": the counted noun and its age before "among"
    end = min(d.q.end + 8, doc.sentences[d.sentence][1])
    for j in range(d.q.end + 1, end):
        m = doc.at[j].get(AMONG)
        if m is not None:
            k = m.end
            while k < end and ARTICLE in doc.at[k]:
                k += 1
            return k < len(doc.tokens) and not TRIGGER_SET.isdisjoint(doc.at[k])
    return False


def _sectors(doc: Doc, parent: Draft, group: list[Draft]) -> list[Draft]:
    """ "of them up to 445 in the area of the Centre group and more than 520 in that of the
    East group", "з них 420 на Покровському напрямку і 210 на Курахівському": a tally broken
    down by sector; each sector's figure is a claim of its own, of the whole's victim."""
    if AREA not in doc.concepts or not any(p.q is not None and _in_area(doc, p.q) for p in group):
        return []
    for p in group:
        p.whole = parent
    return group


_AREA_REACH: Final = (
    7  # "420 on the Pokrovsk axis", "460 in the Centre group's area of responsibility"
)


def _in_area(doc: Doc, q: Quantity) -> bool:
    """A sector word within a few words after the figure, before any other figure or comma."""
    for k in range(q.end, min(len(doc.tokens), q.end + _AREA_REACH)):
        if AREA in doc.at[k]:
            return True
        if doc.tokens[k].kind == NUM or not TRIGGER_SET.isdisjoint(doc.at[k]):
            return False
        if doc.is_punct(k, ",،;"):
            return False  # "بينهم ثلاثة ضباط، في محور ...": the whole's place, after a comma
    return False


def _bare_parts(doc: Doc, drafts: list[Draft], qs: list[Quantity]) -> list[Draft]:
    """The parts with no word of their own ("dont 294 civils"), as drafts of the toll they
    split, so that a breakdown by side can be told from one of a single side."""
    have = {id(d.q) for d in drafts if d.q is not None}
    wholes: dict[int, list[Draft]] = {}  # by sentence, in order
    for d in drafts:
        if d.q is not None and not d.q.part_of:
            wholes.setdefault(d.sentence, []).append(d)
    extra: list[Draft] = []
    for q in qs:
        if not q.part_of or q.drop is not None or q.is_delta or id(q) in have:
            continue
        parent = None
        for d in wholes.get(doc.sentence_of[q.fig_start], ()):
            if d.pos < q.fig_start:
                parent = d
        if parent is None:
            continue
        extra.append(
            replace(
                parent,
                q=q,
                pos=q.fig_start,
                low=q.low,
                high=q.high,
                approx=q.approx,
                victim=None,
                explicit=False,
                span=clause_span(doc, q.start, q.end),
            )
        )
    if not extra:
        return drafts
    return sorted(drafts + extra, key=lambda d: d.pos)


def _other_sides(doc: Doc, parent: Draft, group: list[Draft]) -> list[Draft]:
    """ "1 100 morts, dont 294 civils et 347 combattants": a toll broken down by side; each
    part that names a party other than the toll's own is that party's claim."""
    if len(group) < 2:
        return []  # "including 11 children": one part of the same toll
    refs = [explicit_victim(doc, p) for p in group]
    # "بينهم 90 امرأة، وأحالت 298 مشتبها بهم": a figure that names no one and counts no
    # person is no side of the breakdown
    kept = [(p, r) for p, r in zip(group, refs, strict=True) if r is not None or _counts_person(p)]
    group, refs = [p for p, _ in kept], [r for _, r in kept]
    if len(set(refs)) < 2:
        return []  # "dont 8 enfants et 5 femmes": all of one kind of victim
    own = explicit_victim(doc, parent)
    return [p for p, r in zip(group, refs, strict=True) if r in PARTIES and r != own]


def _other_victim(doc: Doc, parent: Draft, group: list[Draft]) -> list[Draft]:
    """ "более 1 300 погибших, из них 830 — мирные жители", "1,162 people, 847 of them
    civilians": a part named civilians by that very word, apart from a whole that is not, is a
    claim of its own ("including 11 children", "dont un chef du FLA" stay the whole's)."""
    if explicit_victim(doc, parent) == "civilians":
        return []
    kept = []
    for p in group:
        q = p.q
        if q is None:
            continue
        # the words after the figure, before the next one or a stop ("серед них 9 дітей,
        # повідомила цивільна оборона": the civil defence speaks)
        k, end = q.fig_end, min(q.fig_end + 5, len(doc.tokens))
        while k < end and doc.tokens[k].kind != NUM and not doc.is_punct(k, ",;."):
            if CIVILIAN_WORD in doc.at[k]:
                break
            k += 1
        if k < end and CIVILIAN_WORD in doc.at[k]:
            p.victim, p.explicit = "civilians", True
            kept.append(p)
            break  # the parts after it are its own parts ("847 of them civilians, including 93")
    return kept


def _other_party(doc: Doc, parent: Draft, group: list[Draft]) -> list[Draft]:
    """ "Bilan côté ennemi : 12 morts, dont 5 mercenaires russes": a lone part that names a
    party, of a whole that is "the enemy" (a side that may join several) or of one whose post
    named the part's party before it (one of those the whole may mix), is a claim of its own;
    kept for now with its whole, and dropped once victims are known if it is the whole's own
    ("12 rebelles tués, dont un chef du FLA"). Otherwise a party named in the part tells who
    the whole were ("Plusieurs terroristes neutralisés, dont un chef du FLA"); "dont un chef
    terroriste" names none."""
    if len(group) != 1 or parent.q is None:
        return []
    p = group[0]
    ref = explicit_victim(doc, p)
    own = explicit_victim(doc, parent)
    if ref not in SIDES or ref == own:
        return []
    start = parent.q.fig_start
    if own != ENEMY_REF and not any(
        k < start and doc.at[k][ACTOR].payload == ref for k in doc.starts_of(ACTOR)
    ):
        return []
    p.within = parent
    return [p]


def _bodies_recovered(doc: Doc, sid: int) -> bool:
    """ "انتشال جثامين 17 شهيداً من تحت الأنقاض", "récupéré les corps de 11 civils sous les
    décombres": a word of recovery and a word of the dead in one sentence, bodies found (not
    "exchanged 95 prisoners after Moscow pulled out", "qui ont retrouvé leurs familles")."""
    return doc.in_sentence(RECOVERED, sid) and doc.in_sentence(KILLED, sid)


def _counts_person(d: Draft) -> bool:
    return d.q is not None and (d.q.head_positive or d.q.selfhead)


def _split_total(doc: Doc, drafts: list[Draft]) -> None:
    """ "45 victimes, dont 12 morts et 33 blessés", "neutralised 437, 191 of them eliminated and
    246 wounded": a toll whose parts count the wounded too lumps both, so it is casualties."""
    for k, d in enumerate(drafts):
        if d.kind != "killed" or d.q is None or d.q.part_of:
            continue
        first: Draft | None = None  # the first part; "et 33 blessés" in its clause is one too
        for p in drafts[k + 1 :]:
            if p.sentence != d.sentence or p.q is None:
                break
            listed = first is None and doc.is_punct(p.q.start - 1, ":") and p.q.start - d.q.end <= 2
            if not (p.q.part_of or listed) and (
                first is None or doc.hard[p.pos] != doc.hard[first.pos]
            ):
                break  # "214 occupiers: 96 KIA and 118 WIA" lists its parts after a colon
            first = first or p
            # "знищила 312 окупантів, з них 140 – безповоротно": the dead are only some of them
            irrecoverable = p.kind == "killed" and any(
                IRRECOVERABLE in doc.at[j] for j in range(p.trigger.start, p.trigger.end)
            )
            if p.kind in ("wounded", HURT) and (_only_dead(doc, d) or p.q.others):
                # "١٧ شهيداً، بينهم ٤ أطفال، و٦٣ إصابة": the martyrs hold no wounded; "وإصابة ٢٣
                # آخرين": others are no part of the dead
                break
            if p.kind in ("wounded", HURT) or irrecoverable or _fewer_dead(doc, d, p):
                d.kind = "casualties"
                _same_scope(d, drafts[k + 1 :])
                break


def _only_dead(doc: Doc, d: Draft) -> bool:
    """A toll counted by a word for the dead ("17 martyrs", "12 morts"), not for victims or the
    neutralised, which may hold the wounded too."""
    t = d.trigger
    return (
        t.concept == KILLED
        and t.start >= d.pos
        and all(VICTIM not in doc.at[k] for k in range(t.start, t.end))
    )


def _fewer_dead(doc: Doc, total: Draft, part: Draft) -> bool:
    """ "le bilan s'alourdit à 47 victimes, dont 3 morts": victims of whom only some died
    counted the hurt too."""
    if part.kind != "killed" or part.low is None or total.low is None or part.low >= total.low:
        return False
    if total.trigger.concept == ELIMINATED and part.trigger.concept in (KILLED, ELIMINATED):
        # "187 neutralisés, dont 98 tués", "تحييد 200 منهم 90 قتيلاً": "put out of action",
        # of whom fewer were killed, counts the wounded too
        return _words(doc, part.trigger) != _words(doc, total.trigger)
    return any(VICTIM in doc.at[j] for j in range(total.trigger.start, total.trigger.end))


def _words(doc: Doc, t: Trigger) -> str:
    return " ".join(doc.tokens[j].low for j in range(t.start, t.end))


def _same_scope(total: Draft, after: list[Draft]) -> None:
    """A split toll and its parts count the same people, so they share one scope: "the period
    named after the parts" ("تحييد 200 منهم 90 قتيلاً خلال اليوم الماضي") is the whole's too."""
    parts = [p for p in after if p.sentence == total.sentence and p.q is not None and p.q.part_of]
    scopes = {p.scope for p in parts} - {"event"}
    if total.scope == "event" and len(scopes) == 1:
        total.scope = scopes.pop()
    for p in parts:
        p.scope = total.scope


def sum_coordinated(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "Eight workers and three other people were found dead", "two women and three minors were
    killed": figures joined under one verb, of one kind and one victim, are one toll. (Different
    victims stay apart: "54 Wagner and 7 Malian soldiers were killed" is two claims.)"""
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.q is not None
            and d.q is not None
            and prev.trigger is d.trigger
            and prev.kind == d.kind
            and prev.victim == d.victim
            # "about 720,000 since 2022, with 1,480 in the past day": a total and its day
            and prev.scope == d.scope
            and prev.q.delta is None
            and not d.q.is_delta
            and not prev.q.part_of
            and not d.q.part_of
            and joined(doc, prev.q.end, d.q.start)
            # "1,200 over the past day and 8,000 over the week": two periods, two tolls
            and not any(
                PERIOD in doc.at[k] or SINCE in doc.at[k] for k in range(prev.q.fig_end, d.q.start)
            )
            # "up to 310 in the north, and up to 150 in the east": two places, two tolls
            and not _place_between(doc, prev.q.fig_end, d.q.start)
            # "46 مدنياً في شق العاقب و38 في أم كريدم": the same preposition after each
            and not _parallel_places(doc, prev.q, d.q)
            # "killed 8 soldiers and 15 militants": two sides of one fight, two tolls
            and not _soldiers_and_militants(doc, prev.q, d.q)
            # "tens of thousands ... and more than 12 million": a vague word and a number are
            # no two parts of one count
            and _vague(doc, prev.q) == _vague(doc, d.q)
            # "30 soldats béninois et 12 soldats togolais": two states' soldiers, two tolls
            and _nation(doc, prev.q) == _nation(doc, d.q)
        ):
            if _mark_then_toll(doc, prev.q, d.q):
                out[-1] = d  # "passed 40,000 and reached 40,005": the toll is the second figure
                continue
            prev.low = prev.low + d.low if prev.low is not None and d.low is not None else None
            prev.high = prev.high + d.high if prev.high is not None and d.high is not None else None
            if prev.low is None and prev.high is None:
                prev.low = None
            prev.approx = prev.approx or d.approx
            prev.span = (min(prev.span[0], d.span[0]), max(prev.span[1], d.span[1]))
            continue
        out.append(d)
    return [d for d in out if d.low is not None or d.high is not None]


def _mark_then_toll(doc: Doc, a: Quantity, b: Quantity) -> bool:
    """ "the toll passed 40,000 and reached 40,005", "climbed past 40,000, to 40,005",
    "превысило 40 тысяч и достигло 40 005": a round mark the toll went past, then the toll
    itself after a word of growth (or a comma and "to"); one figure, the second, not a sum."""
    if a.low is None or b.low is None or b.low < a.low:
        return False
    if any(GROWTH in doc.at[k] for k in range(a.fig_end, b.start)):
        return True
    k = b.start - 1
    # ", to 40,005", not ", and a child": a range's "to" that is no conjunction
    at = doc.at[k]
    return k > a.fig_end and RANGE_TO in at and CONJ not in at and doc.is_punct(k - 1, ",")


def _vague(doc: Doc, q: Quantity) -> bool:
    """A figure said in words of vagueness ("tens of thousands", "des dizaines"), not digits."""
    return q.approx and doc.tokens[q.fig_start].kind != NUM


def _nation(doc: Doc, q: Quantity) -> str | None:
    """The state outside the table whose people a figure counts, by its nationality word in
    the few words after it ("30 Beninese troops", "12 militaires togolais")."""
    if OTHER_ACTOR not in doc.concepts:
        return None
    # "12 عنصرا من فصائل الجيش الوطني و7 من قسد": a party outside the table named a few words
    # on, before the next figure, is that figure's too
    for k in range(q.fig_end, min(q.fig_end + 5, len(doc.tokens))):
        if k > q.fig_end and doc.tokens[k].kind == NUM:
            break
        m = doc.at[k].get(OTHER_ACTOR)
        if m is not None:
            if isinstance(m.payload, str) and m.payload != "local":
                return m.payload
            return " ".join(t.low for t in doc.tokens[m.start : m.end])
    return None


# the armed men of no state: gunmen, rebels, a group's fighters ("214 rebels and 137 regime
# forces" are the two sides of one fight)
_S_IRREGULARS: Final = frozenset((MILITANTS, REBELS, FIGHTERS))


def _soldiers_and_militants(doc: Doc, a: Quantity, b: Quantity) -> bool:
    if REGULARS not in doc.concepts or _S_IRREGULARS.isdisjoint(doc.concepts):
        return False
    kinds = {_counted_as(doc, a), _counted_as(doc, b)}
    return kinds == {MILITANTS, REGULARS}


def _counted_as(doc: Doc, q: Quantity) -> str | None:
    """Whether a figure counts militants or a state's soldiers, by the words right after it."""
    first = q.fig_start if q.selfhead else q.fig_end
    # "14 members of government forces and nine local gunmen": a few words on, past "of"
    for k in range(first, min(q.fig_end + 4, len(doc.tokens))):
        if doc.tokens[k].kind == NUM:
            break
        at = doc.at[k]
        if REGULARS in at:
            return REGULARS
        if not _S_IRREGULARS.isdisjoint(at):
            return MILITANTS
    return None


def _split_totals(drafts: list[Draft]) -> None:
    """ "1 343 victimes civiles : 148 tués et 1 195 blessés": a toll that the same sentence
    splits into its dead and its wounded counted both; it is the casualties."""
    for d in drafts:
        if d.kind != "killed" or d.low is None or d.low != d.high:
            continue
        after = [x for x in drafts if x.sentence == d.sentence and x.pos > d.pos]
        dead = [x.low for x in after if x.kind == "killed" and x.low is not None]
        hurt = [x.low for x in after if x.kind == "wounded" and x.low is not None]
        if any(a + b == d.low for a in dead for b in hurt):
            d.kind = "casualties"
            continue
        # "Мінус шестеро кацапів 🔥 Скид влетів у бліндаж: четверо — «двохсоті», двоє —
        # «трьохсоті»": the next sentence's only two claims, its dead and its hurt, split it.
        # Only a word of losses, that may count both: a verb of killing or dying counts the
        # dead alone, and the next sentence's dead and hurt are more ("A strike killed 5 in
        # Kharkiv. In Dnipro, three died and two were injured")
        nxt = [x for x in drafts if x.sentence == d.sentence + 1]
        if (
            d.trigger.concept == LOSS
            and len(nxt) == 2
            and {x.kind for x in nxt} == {"killed", "wounded"}
            and all(x.low is not None and x.low == x.high for x in nxt)
            and sum(x.low or 0 for x in nxt) == d.low
            and all(x.q is not None and not x.explicit for x in nxt)
        ):
            d.kind = "casualties"
            for x in nxt:
                x.victim = d.victim


def _parallel_places(doc: Doc, a: Quantity, b: Quantity) -> bool:
    """Each figure followed, within two words, by the same preposition: two places."""
    n = len(doc.tokens)

    def prep_after(q: Quantity) -> str | None:
        for k in range(q.fig_end, min(q.fig_end + 3, n)):
            if PREP in doc.at[k] or doc.flags(k) & PREP_FLAG:
                return doc.tokens[k].low
            if doc.tokens[k].kind != WORD:
                return None
        return None

    first = prep_after(a)
    return first is not None and first == prep_after(b) and b.start > a.fig_end


def _place_between(doc: Doc, i: int, j: int) -> bool:
    """A preposition and then a comma between two figures, or a preposition and a capitalised
    name ("21 à Libiri et 18 à Kokorou"): each has its own place."""
    prep = False
    for k in range(i, j):
        if PREP in doc.at[k] or doc.flags(k) & PREP_FLAG:
            prep = True
            nxt = doc.tokens[k + 1] if k + 1 < j else None
            if nxt is not None and nxt.kind == WORD and nxt.text[:1].isupper():
                return True
        elif prep and doc.is_punct(k, ",،;"):
            return True
    return False


def _sick(doc: Doc, d: Draft) -> bool:
    a, b = d.span
    if d.kind == "killed":
        # "от голода умерли 12 человек": the cause right before the death is its cause too
        if doc.ends_at(d.trigger.start, SICK) is not None:
            return True
        # "حصيلة الكوليرا ... 300 وفاة", "the cholera toll rose to 300": the toll's own cause
        for k in range(a, d.trigger.start):
            if SICK in doc.at[k] and doc.ends_at(k, STATEMENT) is not None:
                return True
        a = max(
            a, d.trigger.end
        )  # "died of malnutrition": the cause after the death, not "amid famine"
        for k in range(a, b):
            if STRIKE in doc.at[k]:
                return False  # "killed in shelling on a camp hit by cholera": the strike killed
            if SICK in doc.at[k]:
                return True
        return False
    return any(SICK in doc.at[k] for k in range(a, b))


def _after_sick(doc: Doc, d: Draft, sick: list[Draft]) -> bool:
    """ "٤١٢ إصابة جديدة بالكوليرا و١٢ وفاة", "412 new cholera cases and 12 deaths": the figure
    joined right after a count of the sick counts the same disease's dead."""
    if d.q is None or not sick:
        return False
    prev = sick[-1]
    if prev.q is None or prev.sentence != d.sentence or prev.q.end > d.q.start:
        return False
    if doc.hard[prev.q.end - 1] != doc.hard[d.q.start]:
        return False
    return joined(doc, max(prev.q.end, prev.trigger.end), d.q.start)


def _headline_repeats(drafts: list[Draft]) -> list[Draft]:
    """ "RSF shelling kills 15 ..." over "... killed at least 15 displaced people": a headline's
    figure that the body gives again with its bounds is the body's claim."""
    if not drafts or drafts[0].sentence != 0:
        return drafts
    out: list[Draft] = []
    for d in drafts:
        if d.sentence == 0 and d.low is not None and d.low == d.high:
            body = next(
                (
                    b
                    for b in drafts
                    if b.sentence > 0
                    and b.kind == d.kind
                    and (b.low, b.high) in ((d.low, None), (None, d.low))  # "at least 15"
                    and (b.victim == d.victim or UNKNOWN in (b.victim, d.victim))
                ),
                None,
            )
            if body is not None:
                if body.victim == UNKNOWN:
                    body.victim = d.victim
                continue
        out.append(d)
    return out


_S_CLAUSE_WORD: Final = frozenset((THAT, RELATIVE))
_S_NOT_NOUN: Final = frozenset((AUX, CONJ, PREP, LINK, SAY))
_S_HARM: Final = TRIGGER_SET - {CAPTURED}


def finish(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    # "2 погибли, 15 пострадали": the dead given apart; "пострадали 7, один из них погиб": not
    has_killed = any(
        # "пострадали 17 человек. Погибших нет": the dead given apart, none of them
        d.kind == "killed"
        and (d.low or d.high or d.q is None)
        and not (d.q is not None and d.q.part_of)
        for d in drafts
    )
    exchange: dict[int, int] = {}  # sentence -> where its first word of a swap starts
    for i in doc.starts_of(EXCHANGE):
        # not "Фронт освобождения Азавада": a word of a name is only the name
        # not "поповнити обмінний фонд": captives taken to be swapped later
        cap = doc.at[i].get(CAPTURED)
        if cap is not None and cap.end > doc.at[i][EXCHANGE].end:
            continue
        # "an exchange of fire left 3 soldiers dead": a fight, the longer reading
        fight = doc.at[i].get(STRIKE)
        if fight is not None and fight.end > doc.at[i][EXCHANGE].end:
            continue
        if (
            i not in doc.name_inner
            and not _statement_released(doc, i)
            # "انتشال جثامين 17 شهيداً": bodies pulled from the rubble, a strike's dead
            and not _bodies_recovered(doc, doc.sentence_of[i])
        ):
            exchange.setdefault(doc.sentence_of[i], i)
    result: list[Draft] = []
    sick: list[Draft] = []
    last_scope = "event"
    for d in drafts:
        if d.scope == "":  # a zero claim with no marker of its own: the post's scope so far
            d.scope = last_scope
        elif d.q is not None:
            last_scope = d.scope
        if d.kind == HURT:
            d.kind = "wounded" if has_killed else "casualties"
        if (
            d.kind == "captured"
            and d.sentence in exchange
            # "взяли в полон 942 військових, що дозволило повернути сотні під час обмінів": the
            # capture told first, with its verb before its figure, is the fight's own
            and not _killed_before_swap(doc, d, exchange)
            # "Ще 2 100 ... ми взяли в полон, що дозволило повернути": what the capture allowed
            and not _swap_as_result(doc, d, exchange)
        ):
            continue  # a swap of prisoners: no new toll
        if d.kind == "captured" and _swap_total(doc, d, exchange):
            continue  # "... بلغ 2,184 أسيراً" after a swap: the prisoners swapped in all
        if d.kind == "missing" and exchange.get(d.sentence, len(doc.tokens)) < d.pos:
            continue  # "Серед звільнених ... 14 бійців, які вважалися зниклими": found again
        if (
            d.kind == "wounded"
            and d.sentence in exchange
            and d.q is not None
            and 0 <= d.trigger.start - d.q.fig_end <= 1
            and _qualifies_noun(doc, d.trigger.end)
        ):
            continue  # "переданы 8 тяжелораненых военнопленных": the wounded among those swapped
        if (
            d.kind == "killed"
            and d.sentence in exchange
            and not _killed_before_swap(doc, d, exchange)
            and not _killed_in_attack(doc, d)
            # "в ходе операции по освобождению заложников ликвидировали 20 террористов": a verb
            # of putting out of action tells of a fight, never of bodies handed back
            and d.trigger.concept != ELIMINATED
        ):
            # bodies handed back; but "neutralisé une centaine de terroristes et libéré 34
            # otages": a kill with its verb before its figure, before the release, is the fight's
            continue
        if SICK in doc.concepts and (_sick(doc, d) or _after_sick(doc, d, sick)):
            # "1 600 enfants souffrant de malnutrition", "٤٠٠ إصابة بالكوليرا", "13 children died
            # of malnutrition": the sick and those disease kills are no casualties of fighting
            sick.append(d)
            continue
        result.append(d)
    if EXCEED in doc.concepts and GROWTH in doc.concepts:
        result = _passed_marks(doc, result)
    _split_totals(result)
    result = _headline_repeats(result)
    # a post's claims are a set; a figure repeated with and without its victim is one claim
    merged: list[Draft] = []
    by_figure: dict[tuple[str, int | None, int | None], list[Draft]] = {}
    for d in result:
        group = by_figure.setdefault((d.kind, d.low, d.high), [])
        same = next(
            (
                m
                for m in group
                if m.victim == d.victim
                or (UNKNOWN in (m.victim, d.victim) and not _two_items(m, d))
            ),
            None,
        )
        if same is None:
            merged.append(d)
            group.append(d)
            continue
        if same.victim != d.victim and UNKNOWN in (same.victim, d.victim):
            # "kills at least 17" over "at least 17 people were killed and dozens more
            # injured": the others go on with the toll, whose victim the repeat names
            told, bare = (same, d) if d.victim == UNKNOWN else (d, same)
            _others_follow(result, bare, told.victim)
        if same.victim == UNKNOWN and d.victim != UNKNOWN:
            same.victim = d.victim
        if same.claimant == SELF and d.claimant != SELF:
            same.claimant = d.claimant
    return merged


def _others_follow(drafts: list[Draft], toll: Draft, victim: str | None) -> None:
    """The figures of "more" / "others" right after `toll` in its sentence, with no victim of
    their own, take `victim`."""
    for o in drafts:
        if (
            o.sentence == toll.sentence
            and o.pos > toll.pos
            and o.q is not None
            and o.q.others
            and o.victim == UNKNOWN
        ):
            o.victim = victim


def _passed_marks(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """ "le bilan a dépassé les 40 000 morts et atteint 40 005": a mark the toll went past (a
    verb of exceeding before it), then the toll itself after a word of growth in the same
    sentence, of the same kind and victim and no smaller: one toll, the second figure."""
    out: list[Draft] = []
    for d in drafts:
        q = d.q
        if q is not None and d.low is not None and d.high is None and exceed_bound(doc, q.start):
            if any(
                b.q is not None
                and b is not d
                and b.sentence == d.sentence
                and b.kind == d.kind
                and b.victim == d.victim
                and b.low is not None
                and b.low >= d.low
                and b.q.start > q.fig_end
                and any(GROWTH in doc.at[k] for k in range(q.fig_end, b.q.start))
                # "خسائر تجاوزت ألفي عسكري، وبذلك يرتفع إجمالي خسائرها إلى 24,500": the total
                # the figure adds to, not the same toll said again
                and all(TOTAL not in doc.at[k] for k in range(q.fig_end, b.q.start))
                for b in drafts
            ):
                continue
        out.append(d)
    return out


def _two_items(a: Draft, b: Draft) -> bool:
    """Two figures under one verb are two items, never one figure said twice: "un soldat et
    un civil ont été tués" is a soldier and a civilian, the soldier's side unsaid."""
    return a.trigger is b.trigger and a.q is not None and b.q is not None and a.q is not b.q


def _qualifies_noun(doc: Doc, k: int) -> bool:
    """The wounded word qualifies a noun right after it ("wounded defenders"), not "٦٧ إصابة."
    closing its clause."""
    return (
        k < len(doc.tokens)
        and doc.tokens[k].kind == WORD
        and _S_NOT_NOUN.isdisjoint(doc.at[k])
        and _S_HARM.isdisjoint(doc.at[k])  # "тяжелораненых военнопленных": the captives, yes
    )


def _killed_in_attack(doc: Doc, d: Draft) -> bool:
    """ "received the bodies of 21 civilians killed in RSF artillery shelling": dead of an
    attack named right after them, brought in, not handed back across the line."""
    if d.q is None or STRIKE not in doc.concepts:
        return False
    _, e = doc.sentences[d.sentence]
    return any(STRIKE in doc.at[k] for k in range(d.q.end, min(e, d.q.end + 7)))


def _swap_as_result(doc: Doc, d: Draft, exchange: dict[int, int]) -> bool:
    """The capture, figure and verb, is told first and the swap in a clause after a comma and
    "which"/"що"/"ce qui": a result of it, not the capture's own occasion."""
    x = exchange[d.sentence]
    if d.q is None or max(d.q.end, d.trigger.end) > x:
        return False
    return any(
        doc.is_punct(k, ",،")
        # "ce qui a permis": the relative word one further on
        and any(not _S_CLAUSE_WORD.isdisjoint(doc.at[j]) for j in range(k + 1, min(k + 3, x)))
        for k in range(max(d.q.end, d.trigger.end), x - 1)
    )


def _swap_total(doc: Doc, d: Draft, exchange: dict[int, int]) -> bool:
    """A total of prisoners, the noun right after its figure, in the sentence after a swap:
    "تتبادلان 115 أسيراً ... . وقالت أبوظبي إن إجمالي من شملتهم وساطاتها بلغ 2,184 أسيراً",
    "The two sides swapped 95 prisoners each. The total exchanged so far has reached 4,100
    prisoners": the swaps' count, no one taken in a fight (a verb of capture is no noun
    after the figure)."""
    q = d.q
    if (
        q is None
        or d.sentence - 1 not in exchange
        or not q.fig_end <= d.trigger.start <= q.fig_end + 1
    ):
        return False
    s, e = doc.sentences[d.sentence]
    return any(TOTAL in doc.at[k] or GROWTH in doc.at[k] for k in range(s, q.fig_start))


def _killed_before_swap(doc: Doc, d: Draft, exchange: dict[int, int]) -> bool:
    if d.q is None or d.pos >= exchange[d.sentence] or d.trigger.start >= exchange[d.sentence]:
        return False
    k = d.q.start
    if k > 1 and "LINK" in doc.at[k - 1] and doc.ends_at(k - 1, "KILLED") is not None:
        return False  # "les corps de 1 000 militaires tombés ont été rapatriés": bodies, a swap
    if d.trigger.end <= d.q.start:
        # "les corps de 6 000 soldats": "of" after the word, a noun of the dead, not a verb
        return not any("LINK" in doc.at[k] for k in range(d.trigger.end, d.q.start))
    # "Nine people were killed and 12 others were rescued": a verb of killing after its figure,
    # both before the rescue (not "212 погибших переданы", the dead by a noun, handed over)
    return d.kind == "killed" and not noun_trigger(doc, d.trigger)


def _statement_released(doc: Doc, i: int) -> bool:
    """ "in a statement released through its news agency", "a communiqué diffusé": a statement
    put out, not prisoners set free (a statement word just before, or after an article); "half
    of them returned to duty", "повернулася до строю": the wounded back, no one handed over."""
    if doc.ends_at(i, STATEMENT) is not None:
        return True  # "in a claim released on Monday": the words of a statement end just before
    for k in (i - 1, i + 1, i + 2):
        if 0 <= k < len(doc.tokens) and STATEMENT in doc.at[k]:
            return True
    end = doc.at[i][EXCHANGE].end
    return any(DUTY in doc.at[k] for k in range(end, min(end + 2, len(doc.tokens))))
