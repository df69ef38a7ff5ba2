"""A claim in the making: its figure, its words, and what the later steps fill in (the victim)."""

from __future__ import annotations

from dataclasses import dataclass

from extractors.doc import Doc
from extractors.quantities import Quantity
from extractors.triggers import Trigger


@dataclass(init=False)
class Draft:
    # init=False, the __init__ written out below: compiled by mypyc, unlike the generated one
    q: Quantity | None
    trigger: Trigger
    frame_trigger: Trigger | None
    sentence: int
    pos: int  # token index the claim is anchored at
    kind: str
    low: int | None
    high: int | None
    approx: bool
    claimant: str
    scope: str
    victim: str | None = None
    explicit: bool = False
    span: tuple[int, int] = (0, 0)
    direct: bool = False  # the figure is in the speaker's own words (quoted, or after "X:")
    whole: Draft | None = None  # a sector's part of a tally ("445 in the area of ..."): its victim
    # a lone part that names a party ("12 morts, dont 5 mercenaires russes"): its whole, to drop
    # it once victims are known if it is that whole's own ("12 rebelles tués, dont un chef du FLA")
    within: Draft | None = None

    def __init__(
        self,
        q: Quantity | None,
        trigger: Trigger,
        frame_trigger: Trigger | None,
        sentence: int,
        pos: int,
        kind: str,
        low: int | None,
        high: int | None,
        approx: bool,
        claimant: str,
        scope: str,
        victim: str | None = None,
        explicit: bool = False,
        span: tuple[int, int] = (0, 0),
        direct: bool = False,
        whole: Draft | None = None,
        within: Draft | None = None,
    ) -> None:
        self.q = q
        self.trigger = trigger
        self.frame_trigger = frame_trigger
        self.sentence = sentence
        self.pos = pos
        self.kind = kind
        self.low = low
        self.high = high
        self.approx = approx
        self.claimant = claimant
        self.scope = scope
        self.victim = victim
        self.explicit = explicit
        self.span = span
        self.direct = direct
        self.whole = whole
        self.within = within


def loss_kind(scope: str) -> str:
    """A verb of losing: one incident's dead ("lost two soldiers in the ambush"), a tally's
    losses over a period or since a start, which count the wounded too (the spec)."""
    return "killed" if scope == "event" else "casualties"


def clause_span(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """The clause(s) holding tokens a..b-1."""
    s, e = doc.sentences[doc.sentence_of[a]]
    lo, hi = a, b
    while lo > s and doc.clause[lo - 1] == doc.clause[a]:
        lo -= 1
    while hi < e and doc.clause[hi] == doc.clause[b - 1]:
        hi += 1
    while lo < a and doc.is_punct(lo) and doc.tokens[lo].text not in "\"'(«":
        lo += 1  # the comma or dash that opened the clause is not part of the quote
    return lo, hi
