"""Attaching each quantity to the trigger that says what it counts.

The nearest trigger in the same clause wins, with costs for crossing commas and
conjunctions; no quantity reaches past another quantity or another trigger, except
through coordination ("54 Wagner and 7 Malian soldiers were killed": both figures share
the verb). A quantity whose nearest word is a non-claim verb (displaced, evacuated,
arrested) is set aside unless a real trigger sits right beside it.
"""

from __future__ import annotations

from extractors.doc import Doc
from extractors.quantities import Quantity
from extractors.rules import CASUALTIES, CONJ, KILLED, LOSS, NONCLAIM, WOUNDED
from extractors.tokens import PUNCT, WORD
from extractors.triggers import Trigger

_MAX_COST = 14.0
_NO_BLOCK = ("year", "label", "speaker", "percent")  # dates and labels are no figure of a trigger
_NEAR = 3.0  # a real trigger this close beats a nearer non-claim word
_SPLIT = (KILLED, WOUNDED, CASUALTIES, "ELIMINATED", "CAPTURED")


def cost(doc: Doc, q: Quantity, t: Trigger, blockers: set[int], silent: set[int] = frozenset()) -> float | None:  # type: ignore[assignment]
    """The cost of reading quantity q as the figure of trigger t; None when it cannot be."""
    if doc.sentence_of[q.fig_start] != doc.sentence_of[t.start]:
        return None
    if t.end <= q.start:
        lo, hi, before = t.end, q.start, True
    elif t.start >= q.end:
        lo, hi, before = q.end, t.start, False
    else:
        return 0.0
    if doc.hard[lo - 1 if lo else 0] != doc.hard[min(hi, len(doc.tokens) - 1)]:
        return None
    c = 0.5 if before else 0.0
    # a trigger with a figure of its own right beside it is that figure's: "مقتل جنديين وإصابة ثلاثة"
    n = len(doc.tokens)
    if not before and t.end < n and t.end not in range(q.start, q.end) and t.end in blockers:
        c += 2.0
    if before and t.start > 0 and t.start - 1 in blockers:
        c += 2.0
    clause = doc.clause[t.end - 1] if before else doc.clause[q.end - 1]
    for k in range(lo, hi + 1):
        if k < hi and k in blockers:
            return None
        if doc.clause[k] != clause:
            c += 3.0
            clause = doc.clause[k]
        if k < hi and doc.tokens[k].kind == WORD and k not in silent:
            c += 1.0
            if CONJ in doc.at[k] and before:
                c += 2.0
    return c if c <= _MAX_COST else None


def attach(
    doc: Doc, qs: list[Quantity], ts: list[Trigger], silent: set[int]
) -> dict[int, tuple[Trigger, Trigger | None]]:
    """For each claim quantity (by index in qs): its trigger, and a LOSS/losses frame trigger if the
    kind came from split words ("потерял 350 человек убитыми и ранеными")."""
    live = [k for k, q in enumerate(qs) if q.drop is None and not q.is_delta]
    # Tokens no attachment may cross: other quantities (dropped or not: "4 танка Leopard 2"),
    # and real triggers.
    qtoks: dict[int, int] = {}
    for k, q in enumerate(qs):
        if q.is_delta or q.part_of or q.drop in _NO_BLOCK:
            continue
        for i in range(q.fig_start, q.fig_end):
            qtoks[i] = k
    ttoks: dict[int, int] = {}
    for x, t in enumerate(ts):
        if t.concept != NONCLAIM:
            for i in range(t.start, t.end):
                ttoks[i] = x
    out: dict[int, tuple[Trigger, Trigger | None]] = {}
    for k in live:
        q = qs[k]
        blockers = {i for i, owner in qtoks.items() if owner != k} | {
            i for i in ttoks if not (q.start <= i < q.end)
        }
        scored: list[tuple[float, int]] = []
        for x, t in enumerate(ts):
            c = cost(doc, q, t, blockers - set(range(t.start, t.end)), silent)
            if c is not None:
                scored.append((c, x))
        if not scored:
            continue
        scored.sort()
        best_c, best_x = scored[0]
        best = ts[best_x]
        if ts[best_x].start < q.start and best.concept != NONCLAIM:
            # the head noun after the figure is the more specific word: "المئات من القتلى والجرحى"
            after = [(c, x) for c, x in scored if ts[x].start >= q.end and ts[x].concept != NONCLAIM and c <= 1.0]
            if after:
                best_c, best_x = after[0]
                best = ts[best_x]
        if best.concept == NONCLAIM:
            real = [(c, x) for c, x in scored if ts[x].concept != NONCLAIM and c <= _NEAR]
            if not real:
                q.drop = "non-claim"
                continue
            best_c, best_x = real[0]
            best = ts[best_x]
        frame: Trigger | None = None
        if best.concept in (LOSS, CASUALTIES):
            # split words after the figure decide the kind: "... 350 человек убитыми и ранеными"
            split = [
                (c, x)
                for c, x in scored
                if ts[x].concept in _SPLIT and ts[x].start >= q.end and c <= 1.5 and x != best_x
            ]
            if split:
                frame = best
                best = ts[split[0][1]]
        out[k] = (best, frame)
    _coordinate(doc, qs, out, live)
    return out


def _coordinate(doc: Doc, qs: list[Quantity], out: dict[int, tuple[Trigger, Trigger | None]], live: list[int]) -> None:
    """Figures joined by "and" / a comma share the trigger of their neighbour."""
    changed = True
    while changed:
        changed = False
        for a, b in zip(live, live[1:]):
            qa, qb = qs[a], qs[b]
            if doc.sentence_of[qa.start] != doc.sentence_of[qb.start]:
                continue
            if not _joined(doc, qa.end, qb.start):
                continue
            ta, tb = out.get(a), out.get(b)
            if ta is None and tb is not None and tb[0].start >= qb.end:
                out[a] = tb
                changed = True
            elif tb is None and ta is not None and ta[0].end <= qa.start:
                out[b] = ta
                changed = True


def _joined(doc: Doc, i: int, j: int) -> bool:
    """Tokens i..j-1 are a short noun phrase ending in "and" or a comma."""
    if j <= i:
        return False
    words = 0
    link = False
    for k in range(i, j):
        t = doc.tokens[k]
        if CONJ in doc.at[k] and k >= j - 2:
            link = True
        elif t.kind == PUNCT and t.text in ",،" and k >= j - 2:
            link = True
        elif t.kind == WORD:
            words += 1
    return link and words <= 4
