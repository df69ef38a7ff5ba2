"""Bare figures: digits with their multipliers, number words, and the vague quantity words.

A figure is the number itself, before qualifiers ("more than") and ranges are applied:
a span of tokens, its bounds, whether it is hedged, and how it may combine.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from extractors.doc import Doc
from extractors.lexicon import Match
from extractors.morph import ANY_PLURAL, CONJ_PREFIX
from extractors.rules import CONJ, DEF, DUAL, FEW, INDEF, NUMBER, ROUND, SCALE, VAGUE
from extractors.tokens import GLUED, NUM, PUNCT, WORD

FIGURE_CONCEPTS: Final = frozenset({NUMBER, SCALE, ROUND, VAGUE, FEW, DUAL, INDEF, DEF})
# Figure kinds: how the bounds were stated.
EXACT, LOOSE, SPREAD = "exact", "loose", "spread"  # "54" / "a dozen" / "dozens"


@dataclass(init=False, slots=True)
class Figure:
    # init=False, the __init__ written out below: compiled by mypyc, unlike the generated one
    start: int
    end: int  # token index, exclusive
    low: int
    high: int
    how: str  # EXACT, LOOSE (a round number said loosely) or SPREAD (a vague range)
    weak: bool = False  # "one", "a pair": a figure only when people follow
    selfhead: bool = False  # the figure is its own noun: Arabic duals ("جنديين")
    digits: bool = False
    singular: int | None = None  # a plural round word's own value ("сотни" -> 100), for "до сотни"
    article: bool = False  # "a"/"an": one person, if a person noun follows and a trigger is near
    scale: int = 1  # the multiplier said after the figure ("тыс.", "thousand"): a range's first

    def __init__(
        self,
        start: int,
        end: int,
        low: int,
        high: int,
        how: str,
        weak: bool = False,
        selfhead: bool = False,
        digits: bool = False,
        singular: int | None = None,
        article: bool = False,
        scale: int = 1,
    ) -> None:
        self.start = start
        self.end = end
        self.low = low
        self.high = high
        self.how = how
        self.weak = weak
        self.selfhead = selfhead
        self.digits = digits
        self.singular = singular
        self.article = article
        self.scale = scale

    # figure without one borrows it ("от 165 до 235 тысяч")


def _int(v: float) -> int | None:
    r = round(v)
    if abs(v - r) > 1e-6 or r < 0 or r > 10**12:
        return None
    return int(r)


def _spread(scale: int) -> tuple[int, int]:
    """Tens of <scale>: "несколько десятков" 20..99, "several hundred" 200..999; "several dozen"
    reads like "several tens"."""
    if scale == 12:
        scale = 10
    return 2 * scale, 10 * scale - 1


def _scale_after(doc: Doc, j: int) -> tuple[int, int] | None:
    """A multiplier at token j ("тыс.", "thousand", "ألف"), as (value, end)."""
    if SCALE not in doc.concepts and VAGUE not in doc.concepts:
        return None  # no multiplier word anywhere in the post
    m = doc.has(j, SCALE)
    if m is None:
        # "tens of thousands", "des dizaines de milliers", "عشرات الآلاف": a linking word between
        if j < len(doc.tokens) and doc.tokens[j].kind == WORD and len(doc.tokens[j].low) <= 3:
            m2 = doc.has(j + 1, SCALE) or doc.has(j + 1, VAGUE)
            if m2 is not None and _scale_value(m2.payload) >= 1000:
                m = m2
        if m is None:
            v = doc.has(j, VAGUE)
            if v is not None and _scale_value(v.payload) >= 1000:
                m = v
    if m is None:
        return None
    end = m.end
    if end < len(doc.tokens) and doc.tokens[end].text == "." and doc.tokens[m.end - 1].kind == WORD:
        if len(doc.tokens[m.end - 1].text) <= 4:  # "тыс." - the abbreviation's own full stop
            end += 1
    return _scale_value(m.payload), end


def _scale_value(payload: object) -> int:
    if isinstance(payload, tuple):  # a vague "thousands" (2000, 9999) used as a multiplier
        return int(payload[0]) // 2
    return int(payload) if isinstance(payload, (int, float)) else 0


def figure_at(doc: Doc, i: int) -> Figure | None:
    """The figure starting at token i, if one does (computed once per token)."""
    tok = doc.tokens[i]
    if tok.kind == WORD and FIGURE_CONCEPTS.isdisjoint(doc.at[i]):
        return None  # most words: nothing to compute
    cache = doc.figures
    if i in cache:
        hit: Figure | None = cache[i]
        return hit
    fig = _figure_at(doc, i)
    if fig is not None and not fig.digits:
        fig = _with_restatement(doc, fig)
    cache[i] = fig
    return fig


def _with_restatement(doc: Doc, fig: Figure) -> Figure:
    """ "huit (8) civils", "Six (06) soldats", "twelve (12) villagers": the digits in brackets
    say the word's figure again; they belong to it."""
    k, toks = fig.end, doc.tokens
    if (
        k + 2 < len(toks)
        and doc.is_punct(k, "(")
        and toks[k + 1].kind == NUM
        and doc.is_punct(k + 2, ")")
        and toks[k + 1].value == fig.low == fig.high
    ):
        return replace(fig, end=k + 3)
    return fig


def _figure_at(doc: Doc, i: int) -> Figure | None:
    tok = doc.tokens[i]
    if tok.kind == NUM:
        return _digits(doc, i)
    if tok.kind == GLUED:
        glue = tok.low.lstrip("0123456789.,")
        if tok.value is not None and glue in ("k", "к", "тыс", "тис", "m", "млн"):
            mult = 1000 if glue in ("k", "к", "тыс", "тис") else 1_000_000
            v = _int(tok.value * mult)
            if v is not None:
                return Figure(i, i + 1, v, v, EXACT, digits=True)
        return None
    if tok.kind != WORD:
        return None
    at = doc.at[i]
    if "WEEKDAY" in at:
        return None  # "منذ مساء الإثنين": Monday, not two
    # a longer quantity phrase wins over a number word at its start: "a few", "a score of"
    longest = 0
    for c in (FEW, ROUND, VAGUE):
        if c in at and at[c].end > longest:
            longest = at[c].end
    number_end = at[NUMBER].end if NUMBER in at else 0
    if longest > max(number_end, i + 1):
        at = {c: m for c, m in at.items() if c != NUMBER}
    if NUMBER in at or (SCALE in at and not _plural(doc, i)):
        fig = _words(doc, i)
        if fig is not None and NUMBER in at and not _numeral(doc, i):
            fig.weak = True  # "семью в Селидово" is a family; "п'яти поранених" is five
        return fig
    if DUAL in at:
        end = at[DUAL].end
        two = doc.has(end, NUMBER)
        if two is not None and two.payload == 2:
            end = two.end  # "مدنيان اثنان": the dual and its "two" are one figure
        return Figure(i, end, 2, 2, EXACT, selfhead=True)
    if ROUND in at:
        return _round(doc, i, 1.0)
    if VAGUE in at:
        m = at[VAGUE]
        span: tuple[int, int] = m.payload  # type: ignore[assignment]
        fig = Figure(i, m.end, int(span[0]), int(span[1]), SPREAD)
        sc = _scale_after(doc, m.end)
        if sc is not None:
            fig = Figure(i, sc[1], fig.low * sc[0], (fig.high + 1) * sc[0] - 1, SPREAD)
        return fig
    if SCALE in at:  # a plural "тысячи" alone: thousands
        m = at[SCALE]
        scale = _scale_value(m.payload)
        lo, hi = _spread(scale)
        return Figure(i, m.end, lo, hi, SPREAD, singular=scale)
    if (INDEF in at or DEF in at) and at.keys() & {FEW, ROUND, VAGUE, NUMBER, SCALE} == set():
        if i + 1 < len(doc.tokens) and figure_at(doc, i + 1) is None:
            return Figure(
                i, i + 1, 1, 1, EXACT, weak=True, article=True
            )  # "a journalist was killed"
        return None
    if FEW in at:
        m = at[FEW]
        j = m.end
        nxt: dict[str, Match] = doc.at[j] if j < len(doc.tokens) else {}
        for concept in (ROUND, SCALE, VAGUE, NUMBER):
            if concept in nxt and (concept != NUMBER or nxt[concept].payload in (100, 1000)):
                scale = _scale_value(nxt[concept].payload)  # a vague "hundreds": its unit, 100
                if scale >= 10:
                    lo, hi = _spread(scale)
                    return Figure(i, nxt[concept].end, lo, hi, SPREAD)
        return Figure(i, j, 2, 9, SPREAD)
    return None


def _numeral(doc: Doc, i: int) -> bool:
    """A number word that is surely one: its own spelling or its likeliest lemma is a numeral
    ("семью" is "family" before it is "seven", "п'яти" a heel before it is five)."""
    keys = getattr(doc.tokens[i].info, "keys", ())
    words = doc.rules.number_words
    return not words or not keys or keys[0] in words or (len(keys) > 1 and keys[1] in words)


def _digits(doc: Doc, i: int) -> Figure | None:
    tok = doc.tokens[i]
    if tok.value is None:
        return None
    end = i + 1
    value = tok.value
    sc = _scale_after(doc, end)
    if sc is not None:
        if (
            tok.sep in ",."
            and tok.text.count(tok.sep) == 1
            and len(tok.text.split(tok.sep)[1]) == 3
        ):
            value = float(tok.text.replace(",", ".")) if tok.sep == "," else value
        value *= sc[0]
        end = sc[1]
        # "712 ألفاً و330": thousands and a remainder joined by "and"
        if end + 1 < len(doc.tokens) and CONJ in doc.at[end] and doc.tokens[end + 1].kind == NUM:
            rest = doc.tokens[end + 1].value
            # "بين 10 آلاف و15 ألف": a second figure with its own scale is a range's other end
            own_scale = _scale_after(doc, end + 2) is not None
            if (
                rest is not None
                and 0 < rest < sc[0]
                and not doc.tokens[end + 1].sep
                and not own_scale
            ):
                value += rest
                end += 2
    elif value != int(value):
        # "от 2,8 до 3,1 тыс.": a fraction is a figure only through the multiplier the range
        # says once, after its second end
        borrowed = _range_scale(doc, end)
        if borrowed is not None:
            value *= borrowed
            sc = (borrowed, end)
    v = _int(value)
    if v is None:
        return None
    return Figure(i, end, v, v, EXACT, digits=True, scale=sc[0] if sc is not None else 1)


def _range_scale(doc: Doc, j: int) -> int | None:
    """The multiplier after the next figure, when token j joins two ("2,8 до 3,1 тыс.")."""
    toks = doc.tokens
    if j + 2 >= len(toks) or toks[j + 1].kind != NUM:
        return None
    if not (toks[j].kind == PUNCT and toks[j].text in "-–—" or len(toks[j].low) <= 3):
        return None
    sc = _scale_after(doc, j + 2)
    return sc[0] if sc is not None else None


def _words(doc: Doc, i: int) -> Figure | None:
    """A run of number words ("двадцать пять тысяч", "quatre-vingt-deux", "خمسة وعشرون")."""
    toks, n = doc.tokens, len(doc.tokens)
    values: list[float] = []
    words: list[str] = []
    j = i
    # "ما بين مئتين وثلاثمئة" opens a range; "أكثر من مئتين وخمسين" (more than) does not
    between = doc.ends_at(i, "RANGE_FROM") is not None and not any(
        doc.ends_at(i, c) is not None for c in ("MORE_THAN", "AT_LEAST", "UP_TO", "ABOUT")
    )
    while j < n:
        at = doc.at[j]
        if (
            between
            and values
            and doc.flags(j) & CONJ_PREFIX
            and not _units_then_tens(doc, values, j)
        ):
            break  # "ما بين مئتين وثلاثمئة": "and" glued to the range's second end
        m = at.get(NUMBER) or at.get(SCALE)
        if m is None and values and VAGUE in at and _scale_value(at[VAGUE].payload) >= 1000:
            m = at[VAGUE]  # "ثلاثة آلاف": the plural "thousands" after a count multiplies it
            values.append(float(_scale_value(m.payload)))
            words.extend(t.low for t in toks[j : m.end])
            j = m.end
            continue
        if m is None:
            # "twenty and one", "cent et un", "خمسة وعشرون": a conjunction between number words
            if (
                CONJ in at
                and "RANGE_OR" not in at  # "cinq ou six": two ends of a range, never a sum
                and values
                and j + 1 < n
                and (NUMBER in doc.at[j + 1])
                # "between 200 and 300" in words: "and" joins a range's two ends; but "la mort
                # de vingt et un civils": a smaller number after it is no second end, a sum
                and (not between or float(doc.at[j + 1][NUMBER].payload) < values[-1])  # type: ignore[arg-type]
                and toks[j].kind == WORD
            ):
                if _is_glue_conj(doc, j):
                    j += 1
                    continue
            break
        if values == [1.0] and j - i > 1:
            break  # "один из двух": a "one of" in two words heads no compound, "двух" is a group
        values.append(float(m.payload))  # type: ignore[arg-type]
        words.extend(t.low for t in toks[j : m.end])
        j = m.end
    if not values:
        return None
    end = j
    tail = 0
    # "ألفاً و٥٢٠", "ثلاثة آلاف و٤٠٠": thousands in words and a remainder in digits
    if values[-1] >= 1000 and end + 1 < n and CONJ in doc.at[end] and toks[end + 1].kind == NUM:
        rest = toks[end + 1].value
        if rest is not None and 0 < rest < values[-1] and not toks[end + 1].sep:
            if not (end + 2 < n and doc.has(end + 2, SCALE) is not None):
                tail, end = int(rest), end + 2
            else:
                # "مليون و١٦٧ ألفاً و٤٥٠": a million and a remainder with its own smaller scale
                more = _digits(doc, end + 1)
                if more is not None and more.low == more.high and more.low < values[-1]:
                    tail, end = int(more.low), more.end
    total: float | None
    if doc.rules.words_to_number is not None:
        total = doc.rules.words_to_number(words)
        if total is None:
            total = _sum(values)
    else:
        total = _sum(values)
    if (
        end < n
        and doc.tokens[end].kind == PUNCT
        and doc.tokens[end].text == "."
        and SCALE in doc.at[end - 1]
    ):
        end += 1
    # "два десятка", "полтора десятка": a number of round units, said loosely
    if end < n and ROUND in doc.at[end]:
        return _round(doc, end, total, start=i)
    v = _int(total + tail) if total is not None else None
    if v is None:
        return None
    scale = int(values[-1]) if values[-1] >= 1000 and len(values) > 1 else 1
    return Figure(i, end, v, v, EXACT, weak=len(values) == 1 and v == 1, scale=scale)


def _units_then_tens(doc: Doc, values: list[float], j: int) -> bool:
    """ "ما بين خمسة وعشرين وثلاثين": a unit, a glued "and" and a tens word at j, with the
    range's second end glued on after it, are one number said units first (25), the range's
    first end ("ما بين خمسة وعشرين" alone stays five to twenty)."""
    m = doc.at[j].get(NUMBER)
    if m is None or len(values) > 1 or not 0 < values[-1] < 10 or m.end >= len(doc.tokens):
        return False
    tens = float(m.payload)  # type: ignore[arg-type]
    after = doc.at[m.end]
    return (
        20 <= tens <= 90
        and tens % 10 == 0
        and NUMBER in after
        and bool(doc.flags(m.end) & CONJ_PREFIX)
    )


def _is_glue_conj(doc: Doc, j: int) -> bool:
    return len(doc.tokens[j].low) <= 3


def _sum(values: list[float]) -> float:
    total = 0.0
    cur = 0.0
    for v in values:
        if v >= 1000:
            total += (cur or 1) * v
            cur = 0.0
        elif v == 100 and 0 < cur < 10:
            cur *= 100
        else:
            cur += v
    return total + cur


def _round(doc: Doc, i: int, times: float, start: int | None = None) -> Figure | None:
    m = doc.at[i][ROUND]
    base = float(m.payload)  # type: ignore[arg-type]
    end = m.end
    # "пів сотні", "пол сотни": a fixed amount in two words, never "hundreds" in the plural
    plural = start is None and m.end - i == 1 and _plural(doc, i)
    if plural and base >= 10:
        lo, hi = _spread(int(base))
        fig = Figure(i, end, lo, hi, SPREAD, singular=int(base))
    else:
        v = _int(base * times)
        if v is None:
            return None
        fig = Figure(
            start if start is not None else i, end, v, v, LOOSE, weak=(v <= 2 and start is None)
        )
    sc = _scale_after(doc, end)
    if sc is not None:
        high = (fig.high + 1) * sc[0] - 1 if fig.how == SPREAD else fig.high * sc[0]
        fig = Figure(fig.start, sc[1], fig.low * sc[0], high, fig.how, scale=sc[0])
    return fig


def _plural(doc: Doc, i: int) -> bool:
    """ "сотни", "десятков", "тысячи": a round word read as "hundreds" (a qualifier before it
    turns it back into one unit: "до сотни")."""
    return bool(doc.flags(i) & ANY_PLURAL) and doc.tokens[i].low not in doc.rules.singular_forms
