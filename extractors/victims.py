"""Whose dead: the victim of a figure, from the words around it and the post's context.

Explicit evidence first: an actor in the figure's own noun phrase ("40 боевиков ВСУ",
"Dozens of Wagner fighters"), an "among X" phrase, the possessor of a losses noun ("потери
ВСУ", "Russia's losses"), the subject of "to lose". Then inheritance ("ещё 25", "seven
others"), the enemy of the side that claims a kill, and the claim before it in the post.
"The enemy" and "our" resolve through the claimant's side (the channel's for the author).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extractors.actors import ALLIES, DEFAULT_ENEMY, REPORTER_SIDE
from extractors.doc import Doc
from extractors.morph import PREP, VERB
from extractors.rules import (
    ACTOR,
    AMONG,
    CASUALTIES,
    ELIMINATED,
    ENEMY,
    FEW,
    LINK,
    LOSS,
    NUMBER,
    OTHER_ACTOR,
    OURS,
    PEOPLE,
    PRONOUN,
    ROUND,
    SOLDIERS,
    TRIGGERS,
    VAGUE,
)
from extractors.rules import PREP as PREP_WORD
from extractors.tokens import NUM, PUNCT, WORD

if TYPE_CHECKING:
    from extractors.engine import Draft

UNKNOWN = "unknown"
_FIGURE_WORDS = (NUMBER, ROUND, VAGUE, FEW)
# What a phrase says about a victim
ENEMY_REF, OURS_REF, PRONOUN_REF, MIXED = "<enemy>", "<ours>", "<pronoun>", "<mixed>"


@dataclass
class Context:
    channel_side: str | None
    mentioned: list[str] = field(default_factory=list)  # party ids in order of first mention

    def side_of(self, claimant: str) -> str | None:
        if claimant == "self":
            return self.channel_side
        if claimant in DEFAULT_ENEMY or claimant in ALLIES:
            return claimant
        return REPORTER_SIDE.get(claimant)

    def enemy_of(self, side: str | None) -> str | None:
        if side is None:
            return None
        friends = ALLIES.get(side, frozenset()) | {side, "civilians"}
        for actor in self.mentioned:
            if actor not in friends:
                return actor
        return DEFAULT_ENEMY.get(side)

    def resolve(self, ref: str | None, claimant: str) -> str | None:
        """A phrase's reading as a victim id, given who speaks."""
        if ref is None:
            return None
        if ref == MIXED:
            return UNKNOWN
        if ref == ENEMY_REF:
            return self.enemy_of(self.side_of(claimant)) or UNKNOWN
        if ref in (OURS_REF, PRONOUN_REF):
            return self.side_of(claimant) or UNKNOWN
        return ref


def _ref_at(doc: Doc, k: int) -> tuple[str | None, int]:
    """What token k starts: an actor id, a reference, an outsider, and where it ends."""
    at = doc.at[k]
    m = at.get(ACTOR)
    if m is not None:
        return str(m.payload), m.end
    for concept, ref in ((OTHER_ACTOR, UNKNOWN), (ENEMY, ENEMY_REF), (OURS, OURS_REF), (PRONOUN, PRONOUN_REF)):
        m = at.get(concept)
        if m is not None:
            return ref, m.end
    return None, k + 1


def phrase_victim(doc: Doc, start: int, limit: int = 6, *, head_trigger: bool = False) -> str | None:
    """The victim a noun phrase starting at `start` names ("12 малийских военных", "of RSF fighters")."""
    toks, n = doc.tokens, len(doc.tokens)
    found: list[str] = []
    soldiers = civilians = False
    k, words = start, 0
    clause = doc.clause[start] if start < n else -1
    while k < n and words < limit:
        t = toks[k]
        if doc.clause[k] != clause and not (t.kind == PUNCT and t.text in "\"'"):
            break
        if t.kind == PUNCT:
            if t.text not in "\"'-()":
                break
            k += 1
            continue
        if t.kind == NUM:
            break
        at = doc.at[k]
        if any(c in at for c in TRIGGERS) and not (head_trigger and words == 0):
            if k > start or not head_trigger:
                break
        ref, end = _ref_at(doc, k)
        if ref is not None:
            found.append(ref)
            if ref == "civilians":
                civilians = True
            words += end - k
            k = end
            continue
        if any(c in at for c in _FIGURE_WORDS) and k > start:
            break
        if SOLDIERS in at:
            soldiers = True
        flags = doc.flags(k)
        if flags & VERB and not (head_trigger and words == 0 and any(c in at for c in TRIGGERS)):
            break
        if flags & PREP and LINK not in at and AMONG not in at:
            break
        if t.kind == WORD and LINK not in at and k > start and _location_prep(doc, k):
            break
        words += 1
        k += 1
    parties = [f for f in found if f not in (ENEMY_REF, OURS_REF, PRONOUN_REF)]
    if len(set(parties)) > 1 or (civilians and soldiers):
        return MIXED
    if UNKNOWN in found:
        return UNKNOWN
    return found[0] if found else None


def _location_prep(doc: Doc, k: int) -> bool:
    return PREP_WORD in doc.at[k]


def among_victim(doc: Doc, start: int, end: int) -> str | None:
    """ "среди X", "parmi X", "في صفوف X", "in the ranks of X" within tokens[start:end]."""
    for k in range(start, end):
        m = doc.at[k].get(AMONG)
        if m is not None and m.end < len(doc.tokens):
            ref = phrase_victim(doc, m.end, limit=4)
            if ref is not None:
                return ref
    return None


def possessor_before(doc: Doc, i: int) -> str | None:
    """ "Russia's losses", "наши потери", "Russian losses": an actor right before a noun."""
    for k in range(i - 1, max(-1, i - 3), -1):
        t = doc.tokens[k]
        if t.kind == PUNCT and t.text not in "\"'":
            break
        ref, end = _ref_at(doc, k)
        if ref is not None and end >= i - 1:
            return ref
    return None


def subject_of(doc: Doc, verb_start: int, verb_end: int, stop: int) -> str | None:
    """The subject of a verb: the nearest actor before it in the clause, else (verb-first word
    order: Arabic, inversions) between the verb and the figure."""
    clause = doc.clause[verb_start]
    k = verb_start - 1
    while k >= 0 and doc.clause[k] == clause and verb_start - k <= 8:
        ref, end = _ref_at(doc, k)
        if ref is not None and ref != UNKNOWN:
            return ref
        if doc.tokens[k].kind == NUM:
            break
        k -= 1
    for k in range(verb_end, min(stop, verb_end + 5)):
        ref, end = _ref_at(doc, k)
        if ref is not None and ref != UNKNOWN:
            return ref
    return None


def post_parties(doc: Doc) -> list[str]:
    seen: list[str] = []
    for slot in doc.at:
        m = slot.get(ACTOR)
        if m is not None and m.payload not in seen:
            seen.append(str(m.payload))
    return seen


def generic_people(doc: Doc, start: int) -> bool:
    """Whether the figure counts people of no stated side ("people", "servicemen")."""
    for k in range(start, min(start + 3, len(doc.tokens))):
        if PEOPLE in doc.at[k] or SOLDIERS in doc.at[k]:
            return True
    return False


def _explicit(doc: Doc, d: Draft) -> str | None:
    q, t = d.q, d.trigger
    n = len(doc.tokens)
    if q is None:  # a zero claim: "потерь среди «музыкантов» нет", "Our units suffered no losses"
        ref = among_victim(doc, t.end, _clause_end(doc, t.start))
        return ref or possessor_before(doc, t.start) or subject_of(doc, t.start, t.end, t.end)
    if q.fig_end < n:
        ref = phrase_victim(doc, q.fig_end, head_trigger=True)
        if ref is not None:
            return ref
    if q.others:
        return None
    ref = among_victim(doc, q.end, _clause_end(doc, q.fig_start))
    if ref is not None:
        return ref
    for trig in (t, d.frame_trigger):
        if trig is None:
            continue
        if trig.concept == LOSS:
            ref = subject_of(doc, trig.start, trig.end, q.start if trig.end <= q.start else trig.end + 5)
        else:
            ref = possessor_before(doc, trig.start)
            if ref is None and trig.end < n and not (q.start <= trig.end < q.end):
                ref = phrase_victim(doc, trig.end, limit=4)
        if ref is not None:
            return ref
    # a losses frame earlier in the sentence: "Наши потери: трое двухсотых", "Russia's losses ...:"
    s, _ = doc.sentences[d.sentence]
    for k in range(q.start - 1, s - 1, -1):
        at = doc.at[k]
        for concept in (LOSS, CASUALTIES):
            m = at.get(concept)
            if m is None:
                continue
            if concept == LOSS:
                ref = subject_of(doc, m.start, m.end, q.start)
            else:
                ref = possessor_before(doc, m.start) or phrase_victim(doc, m.end, limit=4)
            if ref is not None:
                return ref
    return None


def _clause_end(doc: Doc, i: int) -> int:
    _, e = doc.sentences[doc.sentence_of[i]]
    k = i
    while k < e and doc.hard[k] == doc.hard[i]:
        k += 1
    return k


def resolve_victim(doc: Doc, drafts: list[Draft], ctx: Context) -> None:
    """Fill each draft's victim: explicit words first, then inheritance, then context."""
    for d in drafts:
        ref = _explicit(doc, d)
        if ref is not None:
            d.victim = ctx.resolve(ref, d.claimant)
            d.explicit = True
        elif d.q is None:
            side = ctx.side_of(d.claimant)
            d.victim = side or UNKNOWN
    # "ещё 25 ранены", "and wounded seven": the claim before in the sentence
    for k, d in enumerate(drafts):
        if d.victim is None:
            prev = next((p for p in reversed(drafts[:k]) if p.sentence == d.sentence and p.victim), None)
            if prev is not None:
                d.victim = prev.victim
    # "87 «двохсотих» і 143 «трьохсотих» окупантів": the claim after, joined to it
    for k in range(len(drafts) - 1, -1, -1):
        d = drafts[k]
        if d.victim is None and k + 1 < len(drafts):
            nxt = drafts[k + 1]
            if nxt.sentence == d.sentence and nxt.victim and doc.hard[nxt.pos] == doc.hard[d.pos]:
                d.victim = nxt.victim
    for k, d in enumerate(drafts):
        if d.victim is not None:
            continue
        # "уничтожено 50 военнослужащих" from a side: the other side's
        if d.trigger.concept == ELIMINATED:
            enemy = ctx.enemy_of(ctx.side_of(d.claimant))
            if enemy is not None:
                d.victim = enemy
                continue
        # the toll the post is about: the last named victim before it
        prev = next((p for p in reversed(drafts[:k]) if p.explicit and p.victim not in (None, UNKNOWN)), None)
        d.victim = prev.victim if prev is not None else UNKNOWN
