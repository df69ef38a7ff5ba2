"""Quantity phrases: figures with their qualifiers, ranges and running deltas, and the filters
that set aside numbers that count no people (dates, years, ages, distances, equipment, units).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from extractors.doc import Doc
from extractors.figures import EXACT, FIGURE_CONCEPTS, LOOSE, SPREAD, Figure, figure_at
from extractors.morph import ADJ, CONJ_PREFIX, VERB
from extractors.nonclaims import elided_things, filter_quantity
from extractors.phrases import part_word_after
from extractors.rules import (
    ABOUT,
    ABOUT_INVERTED,
    ACTOR,
    AMONG,
    ARTICLE,
    AT_LEAST,
    AT_LEAST_POST,
    AUX,
    CONDITION,
    CONJ,
    DUAL,
    EXCEED,
    FEW,
    GROWTH,
    HOSPITAL,
    HURT,
    KILLED,
    LINK,
    MAY,
    MILITANTS,
    MONTH,
    MORE_THAN,
    MORE_THAN_POST,
    NEG,
    NOT,
    NOUN_TRIGGER,
    NUMBER,
    OF_THE,
    ONLY,
    OTHER_ACTOR,
    OTHERS,
    PART_OF,
    PEOPLE,
    PERSONNEL,
    QUAL_PREP,
    RANGE_FROM,
    RANGE_OR,
    RANGE_TO,
    REGULARS,
    RELATIVE,
    ROUND,
    SAME_NUMBER,
    SAY,
    SOLDIERS,
    SOME,
    THAT,
    TRIGGER_SET,
    TRIGGERS,
    UNIT,
    UP_TO,
    VAGUE,
    WOUNDED,
)
from extractors.singular import named_persons, singular_persons
from extractors.tokens import GLUED, NUM, PUNCT, WORD

_QUALIFIER_WORDS: Final = (MORE_THAN, AT_LEAST, UP_TO, ABOUT, ONLY)  # before a figure
_QUALIFIERS: Final = frozenset(_QUALIFIER_WORDS)
_PARTS: Final = frozenset((PART_OF, AMONG, CONDITION, HOSPITAL, OF_THE))
_COPULAS: Final = frozenset(
    (AUX, THAT)
)  # "وكان" (and were) before "among"  # a post without these has no part of a toll


@dataclass(init=False, slots=True)
class Quantity:
    # init=False, the __init__ written out below: mypyc compiles it, while the one @dataclass
    # generates is interpreted Python (compiled, Quantity(...) costs 0.36 us instead of ~1 us)
    start: int  # first token of the phrase, qualifier included
    end: int  # token after the phrase (after the head noun's qualifier and any "(+N)")
    fig_start: int
    fig_end: int
    low: int | None
    high: int | None
    approx: bool
    selfhead: bool = False
    part_of: bool = False
    drop: str | None = None  # why this number counts no people
    delta: Quantity | None = None  # the "(+1 230)" of a running total
    is_delta: bool = False
    others: bool = False  # "ещё 12", "12 others": same victim as the claim before
    head_positive: bool = False  # people, an actor or a trigger follow the figure
    article: bool = False  # "a journalist": one, read only with a trigger close by

    def __init__(
        self,
        start: int,
        end: int,
        fig_start: int,
        fig_end: int,
        low: int | None,
        high: int | None,
        approx: bool,
        selfhead: bool = False,
        part_of: bool = False,
        drop: str | None = None,
        delta: Quantity | None = None,
        is_delta: bool = False,
        others: bool = False,
        head_positive: bool = False,
        article: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.fig_start = fig_start
        self.fig_end = fig_end
        self.low = low
        self.high = high
        self.approx = approx
        self.selfhead = selfhead
        self.part_of = part_of
        self.drop = drop
        self.delta = delta
        self.is_delta = is_delta
        self.others = others
        self.head_positive = head_positive
        self.article = article


def find_quantities(doc: Doc) -> list[Quantity]:
    out: list[Quantity] = []
    # a figure starts at a number or at a word with a figure concept: only those are tried
    starts = doc.starts(FIGURE_CONCEPTS)
    starts.extend(doc.numbers)
    starts.sort()
    i = 0
    for k in starts:
        if k < i:
            continue
        i = k
        fig = figure_at(doc, i)
        if fig is None or fig.article and not _person_follows(doc, fig):
            i += 1  # "a", "the" without a person after them: nothing at all
            continue
        q = _phrase(doc, fig, out)
        out.append(q)
        if q.delta is not None:
            out.append(q.delta)
        i = max(q.end if q.delta is not None else q.fig_end, i + 1)
    elided_things(doc, out)
    _one_of_group(doc, out)
    if SAME_NUMBER in doc.concepts:
        _same_numbers(doc, out)
    ones = singular_persons(doc, out) + named_persons(doc, out)
    if ones:
        for a, b in ones:
            one = Quantity(a, b, a, b, 1, 1, False, selfhead=True)
            one.head_positive = one.article = True  # read only beside its verb
            out.append(one)
        out.sort(key=lambda q: q.start)
    return out


_TRIGGERS: Final = TRIGGER_SET
_OF_THE: Final = frozenset((LINK, ARTICLE, "DEF", "OURS", "POSS"))


def _one_of_group(doc: Doc, out: list[Quantity]) -> None:
    """ "One of the two soldiers was killed", "l'un des deux soldats": the figure after "one
    of" is the group's size, and the one is the count."""
    for a, b in zip(out, out[1:], strict=False):
        if (
            a.drop != "weak"
            or b.drop is not None
            or a.low != 1
            or a.high != 1
            or doc.tokens[a.fig_start].kind == NUM
            or not _of_between(doc, a, b)
            # "one of 12 wounded civilians later died": the 12 are a claim of their own
            or (b.fig_end < len(doc.tokens) and not doc.at[b.fig_end].keys().isdisjoint(_TRIGGERS))
        ):
            continue
        a.drop, b.drop = None, "group"
        a.head_positive = True


def _of_between(doc: Doc, a: Quantity, b: Quantity) -> bool:
    """ "of (the, our)" between a "one" and the next figure, or inside the "one" itself ("один
    из", a two-word number)."""
    if b.start == a.fig_end:
        return a.fig_end - a.fig_start > 1
    return (
        0 < b.start - a.fig_end <= 3
        and LINK in doc.at[a.fig_end]
        and all(not doc.at[k].keys().isdisjoint(_OF_THE) for k in range(a.fig_end, b.start))
    )


def _same_numbers(doc: Doc, out: list[Quantity]) -> None:
    """ "killed at least nine people and injured an equal number", "погибли трое, столько же
    ранены", "ومثلهم من الجرحى": a figure that repeats the bounds of the one before it in its
    sentence."""
    added = False
    for i in doc.starts_of(SAME_NUMBER):
        m = doc.at[i][SAME_NUMBER]
        if any(q.start <= i < q.end for q in out):
            continue  # "as many as 40": a qualifier of the figure after it
        sid = doc.sentence_of[i]
        prev = next(
            (
                q
                for q in reversed(out)
                if q.fig_end <= i
                and doc.sentence_of[q.fig_start] == sid
                and q.drop is None
                and not q.is_delta
            ),
            None,
        )
        if prev is None:
            continue
        same = Quantity(m.start, m.end, m.start, m.end, prev.low, prev.high, prev.approx)
        same.selfhead = same.head_positive = True
        out.append(same)
        added = True
    if added:
        out.sort(key=lambda q: q.start)


def _person_follows(doc: Doc, fig: Figure) -> bool:
    """The cheap test for an article figure: a person noun within the next few words."""
    for k in range(fig.end, min(fig.end + 5, len(doc.tokens))):
        at = doc.at[k]
        if PEOPLE in at or SOLDIERS in at or ACTOR in at:
            return True
        if doc.tokens[k].kind not in (WORD, GLUED):  # "a 14-year-old boy"
            return False
    return False


def _inverted(doc: Doc, start: int) -> int | None:
    """ "ещё человек семь", "чоловік сім": the count noun put before its figure says "about"
    (its start); not the tail of a figure before it ("из 300 человек семь")."""
    if ABOUT_INVERTED not in doc.concepts:
        return None
    m = doc.ends_at(start, ABOUT_INVERTED)
    if m is None:
        return None
    k = m.start - 1
    if k >= 0 and (doc.tokens[k].kind == NUM or NUMBER in doc.at[k]):
        return None
    return m.start


def _phrase(doc: Doc, fig: Figure, prior: list[Quantity]) -> Quantity:
    toks, n = doc.tokens, len(doc.tokens)
    start, low, high = fig.start, fig.low, fig.high
    how = fig.how
    end = fig.end
    # a range: "от 150 до 200", "5–7", "between 300 and 400", "ما بين 40 و50", "two or three"
    from_m = doc.ends_at(fig.start, RANGE_FROM) if RANGE_FROM in doc.concepts else None
    # "شهيدان و٧ جرحى": a dual is its own noun, no range
    # "منذ ٧ أكتوبر ٢٠٢٣ إلى ٥١٬٢٦٦": a date's year opens no range
    if end < n and not fig.selfhead and not _dated_year(doc, fig):
        conn_end = _connector(doc, end, from_m is not None)
        if conn_end is None and doc.is_punct(end, ","):
            conn_end = _next_word_number(doc, fig, end + 1)
        if conn_end is not None and conn_end < n:
            fig2 = figure_at(doc, conn_end)
            if fig2 is not None and fig2.high >= fig.low and not fig2.weak:
                low = _borrow_scale(fig, fig2)
                high = fig2.high
                end = fig2.end
                how = EXACT if fig.how == EXACT and fig2.how == EXACT else LOOSE
                if from_m is not None:
                    start = from_m.start
    # qualifiers before the figure, over articles ("more than a dozen", "plus d'une dizaine")
    pos = start
    qual = None
    if not _QUALIFIERS.isdisjoint(doc.concepts):  # most posts say no "more than", "about" ...
        qual = doc.ends_at(pos, *_QUALIFIER_WORDS)
        while (
            qual is None
            and pos > 0
            and (ARTICLE in doc.at[pos - 1] or QUAL_PREP in doc.at[pos - 1])
        ):
            pos -= 1
            qual = doc.ends_at(pos, *_QUALIFIER_WORDS)
        bracketed = 0 < pos and end < n and doc.is_punct(pos - 1, "([") and doc.is_punct(end, ")]")
        if qual is None and bracketed:
            # "أكثر من (٧٠) مصاباً", "more than (70)": a figure in brackets keeps its qualifier
            qual = doc.ends_at(pos - 1, *_QUALIFIER_WORDS)
    if qual is not None and qual.concept == UP_TO and qual.end - qual.start == 1:
        # "выросло до 21", "rose to 21": the figure reached, not a bound (but "بلغت ما يصل
        # إلى 485", "reached up to": a bound said in so many words)
        if doc.ends_at(qual.end, GROWTH):
            qual = None
    concept = qual.concept if qual is not None else None
    if concept == MORE_THAN and qual is not None and EXCEED in doc.at[qual.start]:
        # "our losses have not exceeded 60": a verb of exceeding read as "more than", negated
        concept = exceed_bound(doc, qual.end) or concept
    if qual is not None:
        start = qual.start
        if concept == ONLY:
            concept = None
        else:
            # "ещё около 20": two qualifier words in a row read as the bounding one
            q2 = doc.ends_at(qual.start, MORE_THAN, AT_LEAST, UP_TO, ABOUT)
            if q2 is not None and q2.concept != qual.concept:
                start = q2.start
                if concept == ABOUT:
                    concept = q2.concept
    if concept is None:
        concept = exceed_bound(doc, start) or _may_reach(doc, start)
    inverted = _inverted(doc, start) if concept is None else None
    if inverted is not None:
        concept, start = ABOUT, inverted
    if fig.singular is not None and concept is not None:
        low = high = fig.singular  # "до сотни", "более десятка": one round unit, not "hundreds"
        how = LOOSE
    # what follows: post-qualifier, delta, head
    after = end
    post = None
    posts = MORE_THAN_POST in doc.concepts or AT_LEAST_POST in doc.concepts
    ks = [after, after + 1, after + 2]
    for j in (after, after + 1):
        if posts and j + 1 < n and LINK in doc.at[j] and ACTOR in doc.at[j + 1]:
            # "قتل 84 عنصراً من فاغنر على الأقل", "84 éléments de Wagner au moins": whose men
            # they were, between the counted and the bound said after them
            ks.append(doc.at[j + 1][ACTOR].end)
            break
    for k in ks if posts else ():
        if k < n:
            post = doc.has(k, MORE_THAN_POST) or doc.has(k, AT_LEAST_POST)
            if post is not None and post.end < n and _figure_next(doc, post.end):
                post = None  # "١٢٤ قتيلاً وأكثر من ٢٠٠ جريح": "and more than" is the next one's
                break
            if post is not None and any(
                m.end > post.end for m in (doc.has(j, MORE_THAN) for j in range(k, post.end)) if m
            ):
                # "Fourteen fighters and more than a dozen militants": "more than" opens the
                # next figure, no "and more" after this one
                post = None
                break
            if post is not None:
                break
            at = doc.at[k]
            if toks[k].kind == PUNCT and toks[k].text not in "\"'" or CONJ in at:
                break  # "killing eight and injuring at least a dozen": that "at least" is the next one's
    if post is not None and concept is None:
        concept = MORE_THAN if post.concept == MORE_THAN_POST else AT_LEAST
    plus = concept is None and fig.digits and _plus_after(doc, end)
    if plus:
        concept = MORE_THAN  # "60+ militants", "200+ killed": more than N
    lo_out, hi_out, approx = _bounds(concept, low, high, how)
    q = Quantity(start, end, fig.start, end, lo_out, hi_out, approx, selfhead=fig.selfhead)
    q.delta = _delta(doc, end)
    if q.delta is None and end + 1 < n and toks[end].kind == WORD:
        q.delta = _delta(doc, end + 1)  # "712 330 soldats (+1 520 ...)"
    if q.delta is not None:
        q.end = q.delta.end
    if post is not None and post.start in ks:
        q.end = max(q.end, post.end)
    if plus:
        q.end = max(q.end, end + 1)
    q.others = _others(doc, q)
    q.part_of = not _PARTS.isdisjoint(doc.concepts) and (
        # "the death toll includes 745 civilians and 125 soldiers": with no figure before it,
        # what a toll includes is the toll itself
        (_part_word(doc, q.start, prior) and any(p.drop is None for p in prior))
        or (
            q.start > 0
            and doc.is_punct(q.start - 1, "—-")
            and doc.ends_at(q.start - 1, PART_OF) is not None
        )
        # "Среди погибших 745 мирных жителей": a part only of a toll given before it; with
        # none, "among the dead were" names the dead themselves
        or (_among_the_counted(doc, q.start) and _toll_before(doc, q, prior))
        or _among_after(doc, q, prior)
        # "Fedorov said two of the wounded were in critical condition": the toll came before
        or _condition_part(doc, q, prior)
        or (q.fig_end < n and of_them(doc, q.fig_end) and _whole_before(doc, q, prior))
        # "один из них": the figure's own last word opens "из них"
        or (PART_OF in doc.at[q.fig_end - 1] and doc.at[q.fig_end - 1][PART_OF].end > q.fig_end)
    )
    filter_quantity(doc, q, fig)
    if q.drop == "not people" and (
        (q.low == q.high == 1 and _one_of_units(doc, q)) or _inside_name(doc, q.fig_start)
    ):
        # "бійці однієї з бригад": which unit, no count; "des combattants des deux camps": a
        # word of a name; neither blocks a figure after it
        q.drop = "label"
    if q.drop is None and not _PARTS.isdisjoint(doc.concepts) and _part_of_things(doc, q, prior):
        q.drop = "not people"  # "42 combat vehicles, 17 of them captured": a part of things
    if q.drop is None and q.part_of and _condition_part(doc, q, prior):
        q.drop = "condition"  # how some of the wounded are is never a toll of its own
    if q.drop is None and OF_THE in doc.concepts and _one_of_the(doc, q, prior):
        q.drop = "part"  # "Один із полонених — 1998 року народження": one of those counted
    return q


def _inside_name(doc: Doc, i: int) -> bool:
    """Token i is inside a name of several words that starts before it ("des deux camps")."""
    for j in range(max(0, i - 3), i):
        for concept in (ACTOR, OTHER_ACTOR):
            m = doc.at[j].get(concept)
            if m is not None and m.end > i:
                return True
    return False


def _one_of_units(doc: Doc, q: Quantity) -> bool:
    """ "one of the brigades", "однієї з механізованих бригад": "one of" before a unit word."""
    n = len(doc.tokens)
    of = next((j for j in range(q.fig_start + 1, min(q.end + 1, n)) if OF_THE in doc.at[j]), None)
    if of is None:
        return False
    return any(UNIT in doc.at[j] for j in range(of + 1, min(of + 4, n)))


def _one_of_the(doc: Doc, q: Quantity, prior: list[Quantity]) -> bool:
    """ "one of the captured", "двое из погибших", "أحد القتلى": "of" and a word of harm right
    after the figure, with no verb of harm of its own in its clause, after a toll before it."""
    k = q.fig_end
    # "Один із": the number's own words may hold the "of" already
    m = doc.ends_at(k, OF_THE) or (doc.at[k].get(OF_THE) if k < len(doc.tokens) else None)
    if m is None or not any(p.drop is None for p in prior):
        return False
    j = m.end
    while j < len(doc.tokens) and ARTICLE in doc.at[j]:
        j += 1
    if j >= len(doc.tokens) or TRIGGER_SET.isdisjoint(doc.at[j]):
        return False
    clause = doc.clause[j]
    for i in range(j + 1, len(doc.tokens)):
        if doc.clause[i] != clause:
            break
        if not TRIGGER_SET.isdisjoint(doc.at[i]):
            return False  # "two of the wounded later died": a toll of another kind
    return True


def _part_of_things(doc: Doc, q: Quantity, prior: list[Quantity]) -> bool:
    """ "7 vehicles hit, 4 of them destroyed", "42 единицы техники, 17 из них захвачены", "42
    véhicules, dont 17 capturés": a part of the figure before it, which counts things."""
    if not prior:
        return False
    last = prior[-1]
    if last.drop != "not people" or doc.sentence_of[last.fig_start] != doc.sentence_of[q.start]:
        return False
    # "٤٠ كيلومتراً من مايدوغوري، وقتلوا ٣٧ منهم": a verb of harm between takes its own object
    if q.start - last.end > 4 or any(
        not TRIGGER_SET.isdisjoint(doc.at[k]) for k in range(last.end, q.start)
    ):
        return False
    n = len(doc.tokens)
    # "1 240 целей, из них 318 — личный состав": the part's own words name people
    for k in range(q.fig_end, min(q.fig_end + 3, n)):
        if not {PEOPLE, SOLDIERS, PERSONNEL} & doc.at[k].keys():
            continue
        return False
    return (q.fig_end < n and of_them(doc, q.fig_end)) or doc.ends_at(q.start, PART_OF) is not None


def _part_word(doc: Doc, i: int, prior: list[Quantity]) -> bool:
    """ "из них 5", "منهم 25": a part's word right before the figure; but right after a kill
    word with no figure of its own ("قتل منهم 25", "وأُسر منهم ١١": killed, captured 11 of
    them) it is the verb's object ("07 blessés dont 02 graves" keeps its part)."""
    m = doc.ends_at(i, PART_OF)
    if m is None:
        return False
    t = m.start - 1
    if t < 0 or TRIGGER_SET.isdisjoint(doc.at[t]):
        return True
    # "25 وأُسر منهم ١١": a kill word glued to "and" opens a clause; it is no figure's noun,
    # unless it ends a phrase begun before it ("45 مدنياً بين قتيل وجريح بينهم 12 طفلاً")
    # "٨ من أهلنا اتوفوا منهم ٣ أطفال": the verb's figure came before it in its clause
    phrase = doc.ends_at(m.start, *TRIGGERS)
    opens = doc.flags(t) & CONJ_PREFIX and (phrase is None or phrase.start >= t)
    return not opens and any(
        p.end == t
        or p.fig_end == t
        or (p.drop is None and doc.clause[p.fig_start] == doc.clause[t])
        for p in prior
    )


def _dated_year(doc: Doc, fig: Figure) -> bool:
    """A year written after a month ("7 October 2023", "October 7, 2023", "٧ أكتوبر ٢٠٢٣")."""
    if not fig.digits or not 1900 <= fig.low <= 2100:
        return False
    k = fig.start - 1
    if k > 0 and doc.is_punct(k, ","):
        k -= 1
    if k > 0 and doc.tokens[k].kind == NUM and doc.tokens[k].text.isdigit():
        k -= 1  # "October 7, 2023": the day between the month and the year
    if k > 0 and doc.is_punct(k, "."):
        k -= 1  # "Oct. 7, 2023": the month abbreviated
    return k >= 0 and MONTH in doc.at[k]


def _plus_after(doc: Doc, end: int) -> bool:
    """A "+" glued to the figure with no number glued after it: "60+", not "5+3" nor "(+1 210)"."""
    toks = doc.tokens
    if end >= len(toks) or not doc.is_punct(end, "+") or toks[end].start != toks[end - 1].end:
        return False
    return end + 1 >= len(toks) or toks[end + 1].kind != NUM or toks[end + 1].start > toks[end].end


def _condition_part(doc: Doc, q: Quantity, prior: list[Quantity]) -> bool:
    if q.others:
        return False  # "وإصابة 30 آخرين بعضهم في حالة حرجة": a new group, some of it in danger
    if CONDITION in doc.concepts and _in_condition(doc, q, CONDITION):
        return any(p.drop is None for p in prior)
    # "ранены 113 человек. 60 раненых госпитализированы": some of a larger toll of wounded; but
    # "двое погибли, ещё пятерых госпитализировали" are the wounded themselves
    return (
        HOSPITAL in doc.concepts
        and q.high is not None
        and _in_condition(doc, q, HOSPITAL)
        and any(p.drop is None and _wounded_more(doc, p, q.high) for p in prior)
    )


def _wounded_more(doc: Doc, p: Quantity, high: int) -> bool:
    """A figure larger than `high` with a word of wounds right before or after it."""
    if p.low is None or p.low <= high:
        return False
    for k in range(max(0, p.start - 2), min(len(doc.tokens), p.fig_end + 3)):
        if WOUNDED in doc.at[k] or HURT in doc.at[k]:
            return True
    return False


def _in_condition(doc: Doc, q: Quantity, concept: str) -> bool:
    """ "ещё четверо ранены, одна женщина в тяжёлом состоянии", "dont deux dans un état grave",
    "18 — в тяжёлом состоянии": how some of the wounded are, in the figure's clause right after
    it."""
    n = len(doc.tokens)
    for k in range(q.fig_end, min(n, q.fig_end + 6)):
        if concept in doc.at[k]:
            # "погибших уже четверо — в реанимации больницы скончался мужчина": where one died
            end = doc.at[k][concept].end
            return not any(KILLED in doc.at[j] for j in range(end, min(n, end + 4)))
        if k == q.fig_end and doc.is_punct(k, "—–-:"):
            continue
        # "وأكثر من 60 جريحاً بعضهم في حالة حرجة": some of this figure's own people are so; the
        # figure is the whole, not a part
        if doc.tokens[k].kind == PUNCT or doc.tokens[k].kind == NUM or SOME in doc.at[k]:
            return False
    return False


def _figure_next(doc: Doc, k: int) -> bool:
    """A figure at token k, or "of" and then one ("وأكثر من ٢٠٠"), or the rest of "more than"
    and then one ("tens of thousands dead and more than 12 million displaced")."""
    m = doc.at[k - 1].get(MORE_THAN) if k > 0 else None
    if (LINK in doc.at[k] or (m is not None and m.end > k)) and k + 1 < len(doc.tokens):
        k += 1
    return doc.tokens[k].kind == NUM or figure_at(doc, k) is not None


def _whole_before(doc: Doc, q: Quantity, prior: list[Quantity]) -> bool:
    """ "Seven people, six of them children": a part needs its whole, a figure of people before
    it in the sentence ("killing 16 of them" after "an attack by saboteurs" is the whole toll)."""
    sid = doc.sentence_of[q.fig_start]
    return any(p.drop is None and doc.sentence_of[p.fig_start] == sid for p in prior)


def part_word_before(doc: Doc, t_end: int, q_start: int) -> bool:
    """ "Безповоротні втрати з них — близько 5 тисяч", "killed among them: 40": "of them" right
    after a word of harm ending at `t_end`, and then (over a dash or a colon) the figure."""
    m = doc.at[t_end].get(PART_OF) if t_end < len(doc.tokens) else None
    if m is None:
        return False
    j = m.end
    while j < q_start and doc.is_punct(j, ":-—"):
        j += 1
    return j == q_start


_S_FIGURE_WORDS: Final = frozenset((NUMBER, ROUND, VAGUE, FEW, DUAL))


def grown_to(doc: Doc, q: Quantity) -> bool:
    """The figure a verb of growth reached: "rose to 23" right before it, or its "to" right
    before it with the growth word further back in the clause and no figure between ("ارتفاع
    عدد ضحايا القصف على السوق في الفاشر إلى 23": the noun of rising, its toll, then "to")."""
    if GROWTH not in doc.concepts:
        return False
    if doc.ends_at(q.start, GROWTH) is not None or doc.ends_at(q.fig_start, GROWTH) is not None:
        return True
    to = q.start - 1
    if to < 0 or RANGE_TO not in doc.at[to] or CONJ in doc.at[to]:
        return False  # "و": "and" is no "to"
    s, _ = doc.sentences[doc.sentence_of[q.start]]
    clause = doc.clause[to]
    k = to - 1
    while k >= max(s, to - 20):
        if doc.tokens[k].kind == NUM or not _S_FIGURE_WORDS.isdisjoint(doc.at[k]):
            return False  # "ارتفع عدد القتلى إلى 5 و..."
        if doc.clause[k] != clause:
            # "ارتفعت حصيلة الضربات، التي طالت مستشفى، إلى 41": a relative clause set off by
            # commas says what the toll was of; the verb of growth is before it
            j = k
            while j > s and doc.clause[j - 1] == doc.clause[k]:
                j -= 1
            if not (j > s and doc.is_punct(j, ",،") and RELATIVE in doc.at[j + 1]):
                return False
            k = j - 1
            clause = doc.clause[k]
            continue
        if GROWTH in doc.at[k]:
            return True
        k -= 1
    return False


def of_them(doc: Doc, j: int) -> bool:
    """ "Seven people, six of them children": a part named right after its figure."""
    m = part_word_after(doc, j)
    if m is None:
        return False
    # "وأسر 37 من بينهم 4 ضباط": "among them" with a figure right after opens that figure's
    # part; the figure before is the whole, not a part "of them"
    k = m.end
    return k >= len(doc.tokens) or not (
        doc.tokens[k].kind == NUM or not _S_FIGURE_WORDS.isdisjoint(doc.at[k])
    )


def _toll_before(doc: Doc, q: Quantity, prior: list[Quantity]) -> bool:
    """A figure that counts people in a sentence before q's, or in its own before a comma
    ("مقتل 11 شخصا، ومن بين القتلى 4 مسعفين")."""
    sid = doc.sentence_of[q.fig_start]
    return any(
        p.drop is None
        and (
            doc.sentence_of[p.fig_start] < sid
            or any(doc.is_punct(j, ",،;؛") for j in range(p.fig_end, q.start))
        )
        for p in prior
    )


def _among_the_counted(doc: Doc, i: int) -> bool:
    """ "Среди пленных — двое иностранцев", "Among the dead were 11 children": a sentence that
    opens on "among" and a trigger word describes a part of a toll already given."""
    if AMONG not in doc.concepts and OF_THE not in doc.concepts:
        return False
    s, _ = doc.sentences[doc.sentence_of[i]]
    k = s
    # "Among the dead, 12 were children": a comma right before the figure closes the "among"
    # phrase, it opens no clause
    last = i - 2 if i - 1 > s and doc.is_punct(i - 1, ",،") else i - 1
    for c in range(last, max(s, i - 6), -1):  # "..., ومن بين القتلى 3 قادة": a clause's start
        if doc.is_punct(c, ",،;؛"):  # "... 31 ранен; среди погибших — двое подростков"
            k = c + 1
            break
    while k < i and doc.tokens[k].kind != WORD:
        k += 1
    copula = k + 1 < i and AMONG in doc.at[k + 1] and not doc.at[k].keys().isdisjoint(_COPULAS)
    if copula:
        k += 1  # "وكان بين القتلى 3 أطفال": "and (there) were among the dead"
    elif k < i and AMONG not in doc.at[k]:
        # "مشيرة إلى أن بين الضحايا 21 امرأة", "adding that among the dead were": "that" opens
        # the clause that says who were among them
        for c in range(i - 2, max(k, i - 8), -1):
            if AMONG in doc.at[c] and THAT in doc.at[c - 1]:
                k, copula = c, True
                break
    m = doc.at[k].get(AMONG) if k < i else None
    if m is None and k < i and not copula:
        # "Of the confirmed dead, 4,371 were officers", "Из погибших 12 — дети": "of the" at
        # the clause's start says the same as "among"
        m = doc.at[k].get(OF_THE)
    if m is None or m.end >= i:
        return False
    # a short word ("من") says "among" only with another after it ("ومن بين القتلى")
    short = m.end - m.start == 1 and len(doc.tokens[k].text) <= 3
    if short and not copula and AMONG not in doc.at[m.end]:
        return False
    j = m.end
    adjectives = 0
    while j < i and (
        doc.tokens[j].kind != WORD
        or ARTICLE in doc.at[j]
        or AMONG in doc.at[j]
        # "Среди установленных погибших", "among the identified dead": an adjective or two
        # (a word of no concept where the language has no parts of speech) before the dead
        or (adjectives < 2 and _modifier(doc, j))
    ):
        adjectives += doc.tokens[j].kind == WORD
        j += 1
    # the counted named by a noun ("среди погибших"), not a verb: "Со стороны военных погибли
    # трое" says whose three died
    return j < i and not TRIGGER_SET.isdisjoint(doc.at[j]) and not doc.flags(j) & VERB


def _modifier(doc: Doc, j: int) -> bool:
    at = doc.at[j]
    if doc.flags(j):
        return bool(doc.flags(j) & ADJ) and TRIGGER_SET.isdisjoint(at)
    return not at or at.keys() == {SAY}  # "the identified dead", "the confirmed dead"


_AGE_KINDS: Final = frozenset((WORD, NUM, GLUED))


def _among_after(doc: Doc, q: Quantity, prior: list[Quantity]) -> bool:
    """ "Two senior commanders were among the dead", "двое командиров были среди погибших":
    after a toll, a figure said to be among a trigger word's people is a part of that toll."""
    if (AMONG not in doc.concepts and PART_OF not in doc.concepts) or not any(
        p.drop is None for p in prior
    ):
        return False
    sid = doc.sentence_of[q.fig_start]
    n = len(doc.tokens)
    if all(_opposed_people(doc, q, p) for p in prior if p.drop is None):
        # "killed more than 70 al-Shabaab fighters ... Two soldiers died ..., adding that a
        # militant commander was among the dead": of a toll told before of his own kind
        return False
    for j in range(q.end, min(q.end + 8, n)):
        at = doc.at[j]
        # "Une fillette de 9 ans figure parmi les victimes", "a 9-year-old girl was among the
        # dead": the person's age goes with its noun
        if doc.sentence_of[j] != sid or doc.tokens[j].kind not in _AGE_KINDS:
            return False
        if not TRIGGER_SET.isdisjoint(at):
            return False  # "two were killed among the ...": the figure's own verb
        m = at.get(PART_OF)
        if m is not None and (m.end >= n or doc.tokens[m.end].kind == PUNCT):
            return True  # "..., two officers among them.": the part's word closes its clause
        m = at.get(AMONG)
        if m is not None:
            k = m.end
            while k < n and (ARTICLE in doc.at[k] or AMONG in doc.at[k]):
                k += 1
            return k < n and doc.sentence_of[k] == sid and not TRIGGER_SET.isdisjoint(doc.at[k])
    return False


# a state's soldiers and the militants they fight: neither is ever a part of the other's toll
_OPPOSED: Final = (REGULARS, MILITANTS)


def _people_word(doc: Doc, q: Quantity) -> str | None:
    """Which of soldiers or militants the figure's own noun, right after it, names."""
    n = len(doc.tokens)
    for k in range(q.fig_end, min(q.fig_end + 3, n)):
        if doc.tokens[k].kind == PUNCT and not doc.is_punct(k, "\"'"):
            return None
        for concept in _OPPOSED:
            if concept in doc.at[k]:
                return concept
    return None


def _opposed_people(doc: Doc, q: Quantity, whole: Quantity) -> bool:
    """ "'more than a hundred terrorists' were neutralised ... at least twenty soldiers were
    among the dead": a figure whose noun names the other camp than the toll's before it is a
    toll of its own, not some of that one."""
    mine = _people_word(doc, q)
    return mine is not None and _people_word(doc, whole) not in (None, mine)


def _may_reach(doc: Doc, start: int) -> str | None:
    """ "the toll could reach 60", "може сягнути 60": a verb of reaching after "may" right
    before the figure makes it a ceiling."""
    if MAY not in doc.concepts or GROWTH not in doc.concepts:
        return None
    m = doc.ends_at(start, GROWTH)
    if m is None:
        return None
    return UP_TO if doc.ends_at(m.start, MAY) is not None else None


def exceed_bound(doc: Doc, start: int) -> str | None:
    """ "превысили 8 тысяч", "تجاوز عدد القتلى ... ألفين": a verb of exceeding before the figure
    in its clause makes it a lower bound; negated ("ne dépasse pas", "لا يتجاوز", "не превысили")
    an upper one."""
    if EXCEED not in doc.concepts:
        return None
    k = start - 1
    clause = doc.clause[start]
    # farther back only with the toll itself between, the verb's long subject: "تجاوزت خسائر
    # القوات الأوكرانية في اتجاه كورسك منذ بدء التوغل 12,900"
    toll = False
    while k >= 0 and start - k <= 14 and doc.clause[k] == clause:
        if doc.tokens[k].kind == NUM:
            return None
        at = doc.at[k]
        if k + 2 >= start and MONTH in at:
            return None  # "crossed the border on Aug. 6": a date, no figure passed
        m = at.get(EXCEED)
        if m is not None and (toll or start - k <= 8):
            j = k - 1
            # back over quotes and auxiliaries to the negation: "n'ont pas dépassé 60 tués",
            # "не превысили 60" (the particle itself may be an auxiliary: "pas")
            while j >= 0 and (
                doc.is_punct(j, "\"'") or (AUX in doc.at[j] and NOT not in doc.at[j])
            ):
                j -= 1
            negated = j >= 0 and (
                NEG in doc.at[j] or NOT in doc.at[j] or doc.ends_at(k, NEG) is not None
            )
            return UP_TO if negated else MORE_THAN
        if not TRIGGER_SET.isdisjoint(at.keys()):
            if (
                k + 1 == start
                and k > 0
                and NOUN_TRIGGER not in at
                and (CONJ in doc.at[k - 1] or doc.is_punct(k - 1, ","))
            ):
                # a verb of harm of its own, "and" before it, the figure its object: "troops
                # crossed the river and killed 30 civilians" passed no mark
                return None
            toll = True
        k -= 1
    return None


def _borrow_scale(fig: Figure, fig2: Figure) -> int:
    """ "от 165 до 235 тысяч", "between 40 and 50 thousand", "entre 10 et 15 000": a multiplier
    said once, after the range's second end, applies to the first end too."""
    low = fig.low
    if fig.scale > 1 or fig.how != EXACT or low >= 1000:
        return low
    factor = fig2.scale
    if factor == 1 and fig2.digits and fig2.high >= 1000 and fig2.high % 1000 == 0:
        factor = 1000  # "15 000", "235,000": thousands written out
    if factor > 1 and low * factor <= fig2.high:
        return low * factor
    return low


_CODES: Final = frozenset(("KILLED", "WOUNDED"))


def _next_word_number(doc: Doc, fig: Figure, j: int) -> int | None:
    """ "three, four times more", "двое, трое": a number word, a comma and the next number
    word up are one rough range, as "three or four" is (digits are a list: "3, 4")."""
    if fig.digits or fig.high > 20 or j >= len(doc.tokens):
        return None
    fig2 = figure_at(doc, j)
    if fig2 is None or fig2.digits or fig2.low != fig.high + 1:
        return None
    return j


def _connector(doc: Doc, j: int, has_from: bool) -> int | None:
    """Where the second figure of a range starts, if token j joins two figures."""
    t = doc.tokens[j]
    if t.kind == PUNCT and t.text in "-/":
        if j > 0 and not doc.at[j - 1].keys().isdisjoint(_CODES):
            return None  # "☠️ 200 – 378": the slang code, then its figure
        return j + 1
    at = doc.at[j]
    if RANGE_OR in at:
        return at[RANGE_OR].end
    if RANGE_TO in at and (has_from or (UP_TO not in at and CONJ not in at)):
        return at[RANGE_TO].end  # "и", "and", "و" join two claims unless "between" opened
    if has_from and CONJ in at:
        return at[CONJ].end
    if has_from and doc.flags(j) & CONJ_PREFIX:
        return j  # "ما بين مئتين وثلاثمئة": "and" glued to the second end's own word
    return None


def _bounds(
    concept: str | None, low: int, high: int, how: str
) -> tuple[int | None, int | None, bool]:
    approx = how != EXACT
    if concept in (MORE_THAN, AT_LEAST):
        return low, None, approx and how == SPREAD
    if concept == UP_TO:
        return None, high, approx and how == SPREAD
    if concept == ABOUT:
        return low, high, True
    return low, high, approx


def _delta(doc: Doc, j: int) -> Quantity | None:
    """The running delta of a tally: "577 950 (+1 230)"."""
    n = len(doc.tokens)
    if j + 2 < n and doc.is_punct(j, "(") and doc.is_punct(j + 1, "+"):
        fig = figure_at(doc, j + 2)
        if fig is None:
            return None
        # "(+1 230)", "(+1 520 en 24 heures)", "(+1,480 over the past day)"
        for k in range(fig.end, min(n, fig.end + 6)):
            if doc.is_punct(k, ")"):
                return Quantity(
                    j, k + 1, fig.start, fig.end, fig.low, fig.high, False, is_delta=True
                )
            if doc.is_punct(k) or doc.tokens[k].kind == NUM and k > fig.end + 1:
                break
    return None


def _others(doc: Doc, q: Quantity) -> bool:
    """ "ещё 12", "12 others", "٨ آخرون": another group beside the one counted before."""
    if OTHERS not in doc.concepts:
        return False
    k = q.start - 1
    while k >= 0 and doc.is_punct(k, "\"'"):
        k -= 1
    if k >= 0 and OTHERS in doc.at[k]:
        return True
    words = 0
    for k in range(q.fig_end, min(q.fig_end + 4, len(doc.tokens))):
        if doc.tokens[k].kind == PUNCT:
            if doc.tokens[k].text in "\"'":
                continue
            break
        if OTHERS in doc.at[k]:
            return True
        words += 1
        if words >= 2:
            break
    return False
