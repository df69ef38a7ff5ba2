"""Whose dead: the victim of a figure, from the words around it and the post's context.

Explicit evidence first: an actor in the figure's own noun phrase ("40 боевиков ВСУ",
"Dozens of Wagner fighters"), an "among X" phrase, the possessor of a losses noun ("потери
ВСУ", "Russia's losses"), the subject of "to lose". Then, in order: the enemy of the side
that claims a kill, the claim before it in the sentence ("ещё 25", "seven others") or the one
it is joined to, the post's header line, the victim the post is about, and for a channel
with a side, the other side. "The enemy" and "our" resolve through the claimant's side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extractors.actors import ALLIES, DEFAULT_ENEMY, REPORTER_SIDE, SUBSUMES
from extractors.doc import Doc
from extractors.morph import ADJ as ADJ_FLAG
from extractors.morph import CONJ_PREFIX, VERB
from extractors.morph import NOUN as NOUN_FLAG
from extractors.morph import PREP as PREP_FLAG
from extractors.rules import (
    ACTOR,
    ADMIT,
    AMONG,
    APPOSITION,
    ARMY,
    ATTACKERS,
    AUX,
    CAPTURED,
    CASUALTIES,
    CONJ,
    ELIMINATED,
    ENEMY,
    FEW,
    INFLICT,
    KILLED,
    LINK,
    LOSS,
    MISSING,
    MOSTLY,
    NEG,
    NOUN_TRIGGER,
    NUMBER,
    OTHER_ACTOR,
    OURS,
    PART_OF,
    PEOPLE,
    POSS,
    PREP,
    PRONOUN,
    ROUND,
    SAY,
    SLANG_OWN,
    SOLDIERS,
    SUFFER,
    TRIGGERS,
    VAGUE,
)
from extractors.tokens import NUM, PUNCT, WORD

if TYPE_CHECKING:
    from extractors.engine import Draft
    from extractors.quantities import Quantity
    from extractors.triggers import Trigger

UNKNOWN = "unknown"
# What a phrase says about a victim, before the speaker's side is known
ENEMY_REF, OURS_REF, PRONOUN_REF, MIXED = "<enemy>", "<ours>", "<pronoun>", "<mixed>"
ARMY_REF, ATTACKERS_REF, POSS_REF = "<army>", "<attackers>", "<poss>"
_REFS = (ENEMY_REF, OURS_REF, PRONOUN_REF, ARMY_REF, ATTACKERS_REF, POSS_REF)
_FIGURE_WORDS = (NUMBER, ROUND, VAGUE, FEW)


_S_ACTOR_OTHER_ACTOR_ENEMY_OURS = frozenset((ACTOR, OTHER_ACTOR, ENEMY, OURS))
_S_ACTOR_OTHER_ACTOR_ENEMY_OURS_SOLDIERS_PE = frozenset(
    (ACTOR, OTHER_ACTOR, ENEMY, OURS, SOLDIERS, PEOPLE, *TRIGGERS)
)
_S_FIGURE_WORDS = frozenset(_FIGURE_WORDS)
_S_TRIGGERS = frozenset(TRIGGERS)
_S_TRIGGERS_FIGURE_WORDS = frozenset((*TRIGGERS, *_FIGURE_WORDS))


@dataclass
class Context:
    channel_side: str | None
    mentioned: list[str] = field(default_factory=list)  # party ids in order of first mention
    army: str | None = None  # whose "the army" this post means
    theatre: dict[str, str] = field(default_factory=dict)  # "Russians" in Mali are Africa Corps

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
        if ref in (OURS_REF, PRONOUN_REF, POSS_REF):
            return self.side_of(claimant) or UNKNOWN
        if ref == ARMY_REF:
            return self.army or UNKNOWN
        if ref == ATTACKERS_REF:
            return self.attacker(claimant) or UNKNOWN
        return self.theatre.get(ref, ref)

    def attacker(self, claimant: str) -> str | None:
        """ "the attackers": the party the post names that is not the speaker's own."""
        side = self.side_of(claimant)
        friends = ALLIES.get(side, frozenset()) | {side, "civilians"} if side else {"civilians"}
        for actor in self.mentioned:
            if actor not in friends:
                return actor
        return None


def _ref_at(doc: Doc, k: int, army: bool = True) -> tuple[str | None, int]:
    """What token k starts: an actor id, a reference, an outsider, and where it ends."""
    at = doc.at[k]
    m = at.get(ACTOR)
    if m is not None:
        return str(m.payload), m.end
    for concept, ref in (
        (OTHER_ACTOR, UNKNOWN),
        (ENEMY, ENEMY_REF),
        (OURS, OURS_REF),
        (PRONOUN, PRONOUN_REF),
        (ATTACKERS, ATTACKERS_REF),
        (POSS, POSS_REF),
        (ARMY, ARMY_REF),
    ):
        if concept == ARMY and not army:
            continue
        m = at.get(concept)
        if m is not None:
            return ref, m.end
    return None, k + 1


def _combine(found: list[str], civilians_and_soldiers: bool) -> str | None:
    parties = [f for f in found if f not in _REFS and f != UNKNOWN]
    kinds = set(parties)
    if "civilians" in kinds and not civilians_and_soldiers:
        return "civilians"  # "Ukrainian civilians", "مدنيين سودانيين": civilians of any side
    for big, small in SUBSUMES.items():  # "مجموعة فاجنر الروسية": Wagner, which is Russian
        if big in kinds:
            kinds -= small
    if len(kinds) > 1 or civilians_and_soldiers:
        return MIXED
    if kinds:
        return kinds.pop()
    if UNKNOWN in found:
        return UNKNOWN
    return found[0] if found else None


def phrase_victim(
    doc: Doc, start: int, limit: int = 6, *, head_trigger: bool = False, army: bool = False
) -> str | None:
    """The victim a noun phrase starting at `start` names ("12 малийских военных", "of RSF fighters")."""
    toks, n = doc.tokens, len(doc.tokens)
    found: list[str] = []
    soldiers = civilians = False
    k, words = start, 0
    clause = doc.clause[start] if start < n else -1
    while k < n and words < limit:
        t = toks[k]
        if t.kind == PUNCT and t.text == '"' and k + 1 < n and _quoted_name(doc, k + 1):
            found.append(UNKNOWN)  # «Хайят Тахрир аш-Шам»: a named group outside the table
            k += 1
            continue
        if t.kind == PUNCT:
            if t.text in ",،" and k + 1 < n:
                nxt = doc.at[k + 1]
                if MOSTLY in nxt:  # ", most of them civilians": a mixed toll
                    return MIXED
                m = nxt.get(APPOSITION)
                if (
                    m is not None
                ):  # ", all of them civilians", ", tous civils": says who they all are
                    k = m.end
                    clause = doc.clause[k] if k < n else clause
                    continue
                m = nxt.get(PART_OF)
                if m is not None:  # ", including soldiers and civilians": a part says only "mixed"
                    part = phrase_victim(doc, m.end, limit=5)
                    if part == MIXED:
                        return MIXED
                    break
            if t.text not in "\"'-()":
                break
            k += 1
            continue
        if doc.clause[k] != clause:
            break
        if t.kind == NUM:
            break
        at = doc.at[k]
        is_trigger = not at.keys().isdisjoint(_S_TRIGGERS)
        if is_trigger and not (head_trigger and words == 0):
            break
        ref, end = _ref_at(doc, k, army=army)
        if ref is not None:
            found.append(ref)
            civilians = civilians or ref == "civilians"
            words += end - k
            k = end
            continue
        if not at.keys().isdisjoint(_S_FIGURE_WORDS) and not (
            head_trigger and words == 0 and is_trigger
        ):
            break  # the next figure's words
        if SOLDIERS in at:
            soldiers = True
        flags = doc.flags(k)
        if flags & VERB and not (head_trigger and words == 0 and is_trigger):
            break
        if (flags & PREP_FLAG or PREP in at) and LINK not in at and AMONG not in at:
            break
        if SAY in at:
            break
        words += 1
        k += 1
    return _combine(found, civilians and soldiers)


def _quoted_name(doc: Doc, k: int) -> bool:
    """A capitalised name in quotes that is no alias of the table."""
    t = doc.tokens[k]
    if t.kind != WORD or not t.text[:1].isupper():
        return False
    at = doc.at[k]
    return not not at.keys().isdisjoint(_S_ACTOR_OTHER_ACTOR_ENEMY_OURS_SOLDIERS_PE)


def among_victim(doc: Doc, start: int, end: int, lead: bool = False) -> str | None:
    """ "среди X", "parmi X", "في صفوف X", "у нас", "de notre côté" within tokens[start:end]."""
    for k in range(start, end):
        at = doc.at[k]
        if (
            not lead
            and k > start
            and (doc.tokens[k].kind == NUM or not at.keys().isdisjoint(_S_TRIGGERS_FIGURE_WORDS))
        ):
            break  # what follows belongs to the next figure
        if (
            lead
            and OURS in at
            and k > 0
            and (doc.flags(k - 1) & PREP_FLAG or PREP in doc.at[k - 1])
        ):
            return OURS_REF  # "По нашей роте за неделю: 200-х — двое", "on our side: ..."
        m = at.get(AMONG)
        if m is not None and m.end <= len(doc.tokens):
            for j in range(m.start, m.end):  # "في صفوفها", "في صفوفنا": the owner is in the phrase
                if POSS in doc.at[j]:
                    return POSS_REF
                if OURS in doc.at[j]:
                    return OURS_REF
        if m is not None and m.end < len(doc.tokens):
            ref = phrase_victim(doc, m.end, limit=4)
            if ref is not None and ref not in (PRONOUN_REF, POSS_REF):  # "серед них": a part
                return ref
        m = at.get(OURS)
        if m is not None and m.end - m.start > 1:  # "de notre côté", "on our side": a place
            return OURS_REF
        m = at.get(POSS)
        if m is not None and m.end - m.start > 1 and (PREP in at or doc.flags(k) & PREP_FLAG):
            return POSS_REF  # "dans ses rangs": the speaker's side
    return None


def possessor_before(doc: Doc, i: int, names: bool = True) -> str | None:
    """ "Russia's losses", "наши потери", "civilian victims": who owns the noun at token i.
    Before a verb only "our"/"the enemy" count ("RSF killed" names the killer); where the owner
    follows its noun (Arabic "خسائر الجيش") a name before it is the sentence's subject."""
    if not doc.rules.possessor_before:
        names = False
    for k in range(i - 1, max(-1, i - 3), -1):
        t = doc.tokens[k]
        if t.kind == PUNCT and t.text not in "\"'":
            break
        ref, end = _ref_at(doc, k)
        if ref is not None and end >= i - 1 and ref != POSS_REF:
            if names or ref in (OURS_REF, ENEMY_REF):
                return ref
            return None
    return None


def _noun_trigger(doc: Doc, t: Trigger) -> bool:
    if t.concept in (CASUALTIES, MISSING):
        return True
    if NOUN_TRIGGER in doc.at[t.start]:
        return True
    return bool(doc.flags(t.start) & NOUN_FLAG) or (
        bool(doc.flags(t.start) & ADJ_FLAG) and doc.rules.analyzer.startswith("pymorphy")
    )


def _sufferer(doc: Doc, q: Quantity, t: Trigger) -> str | None:
    """ "Russian forces suffered 300 casualties", "تكبد الجيش الروسي خسائر": the subject of suffer."""
    s, _ = doc.sentences[doc.sentence_of[q.fig_start]]
    for k in range(min(q.start, t.start) - 1, max(s - 1, min(q.start, t.start) - 8), -1):
        m = doc.at[k].get(SUFFER)
        if m is not None:
            return subject_of(doc, m.start, m.end, min(q.start, t.start))
    return None


def _clause_head(doc: Doc, i: int) -> int:
    """The first token of the sentence holding token i."""
    return doc.sentences[doc.sentence_of[i]][0]


def subject_of(doc: Doc, verb_start: int, verb_end: int, stop: int) -> str | None:
    """The subject of a verb: the nearest actor before it in the clause (not past a reporting
    verb), else (verb-first order: Arabic, inversions) between the verb and the figure."""
    clause = doc.clause[verb_start]
    k = verb_start - 1
    if k >= 0 and doc.clause[k] != clause and doc.is_punct(k, ",،"):
        clause = doc.clause[k - 1] if k > 0 else clause  # ", оставив 9 тел": the subject before
        k -= 1
    while k >= 0 and doc.clause[k] == clause and verb_start - k <= 10:
        if SAY in doc.at[k] or doc.tokens[k].kind == NUM:
            break
        ref, _ = _ref_at(doc, k)
        if ref is not None and ref not in (UNKNOWN, POSS_REF):
            return ref
        k -= 1
    for k in range(verb_end, min(stop, verb_end + 5)):
        ref, _ = _ref_at(doc, k)
        if ref is not None and ref not in (UNKNOWN, POSS_REF):
            return ref
    return None


def post_parties(doc: Doc) -> list[str]:
    """The parties the post names, in order, leaving out those named only as speakers."""
    seen: list[str] = []
    for i, slot in enumerate(doc.at):
        if i in doc.speakers:
            continue
        m = slot.get(ACTOR)
        if m is not None and m.payload not in seen:
            seen.append(str(m.payload))
    return seen


def _clause_end(doc: Doc, i: int) -> int:
    _, e = doc.sentences[doc.sentence_of[i]]
    k = i
    while k < e and doc.hard[k] == doc.hard[i]:
        k += 1
    return k


def _clause_start(doc: Doc, i: int) -> int:
    s, _ = doc.sentences[doc.sentence_of[i]]
    k = i
    while k > s and doc.hard[k - 1] == doc.hard[i]:
        k -= 1
    return k


def _soft_end(doc: Doc, i: int) -> int:
    _, e = doc.sentences[doc.sentence_of[i]]
    k = i
    while k < e and doc.clause[k] == doc.clause[i]:
        k += 1
    return k


def _lead_start(doc: Doc, i: int) -> int:
    """The start of the clause holding token i, and of the ones before it joined by a dash or a
    colon ("По нашей роте за неделю: 200-х — двое") or opening the sentence ("De notre côté, on")."""
    s, _ = doc.sentences[doc.sentence_of[i]]
    k = i
    while k > s and doc.clause[k - 1] == doc.clause[i]:
        k -= 1
    for _ in range(3):
        if k <= s:
            break
        c = doc.clause[k - 1]
        j = k
        while j > s and doc.clause[j - 1] == c:
            j -= 1
        if doc.is_punct(k, "-—:") or doc.is_punct(k - 1, "-—:") or j == s:
            k = j
        else:
            break
    return k


def _explicit(doc: Doc, d: Draft) -> str | None:
    q, t = d.q, d.trigger
    n = len(doc.tokens)
    if q is None:
        return _zero_victim(doc, t)
    poss = False
    head = q.fig_start if q.selfhead else q.fig_end  # "طفلان": the dual is its own noun
    if head < n:
        ref = phrase_victim(doc, head, head_trigger=True)
        if ref == POSS_REF:
            poss = True  # "six de ses soldats": whose, the rest of the sentence may say
        elif ref is not None:
            return ref
    if q.others:
        return None
    ref = among_victim(doc, q.end, _soft_end(doc, q.fig_start)) or _apposition(doc, q)
    if ref is not None:
        return ref
    for trig in (t, d.frame_trigger):
        if trig is None:
            continue
        if POSS in doc.at[trig.start]:
            return POSS_REF  # "خسائره": its own losses
        if trig.concept == LOSS:
            ref = subject_of(
                doc, trig.start, trig.end, q.start if trig.end <= q.start else trig.end + 5
            )
            if ref is None:
                ref = (
                    PRONOUN_REF  # "заявила, что потеряла ...", "dit avoir perdu": the speaker's own
                )
        else:
            ref = possessor_before(doc, trig.start, names=_noun_trigger(doc, trig))
            if ref is None:
                ref = _sufferer(doc, q, trig)
            if ref is None and trig.end < n and not (q.start <= trig.end < q.end):
                ref = phrase_victim(doc, trig.end, limit=4, army=True)
        if ref is not None and ref != POSS_REF:
            return ref
    ref = among_victim(doc, _lead_start(doc, q.start), q.start, lead=True) or _inflicted(doc, q)
    if ref is not None:
        return ref
    # a losses frame earlier in the sentence: "Наши потери: трое двухсотых", "Russia's losses ...:"
    s, _ = doc.sentences[d.sentence]
    for k in range(q.start - 1, s - 1, -1):
        at = doc.at[k]
        if doc.tokens[k].kind == NUM or not at.keys().isdisjoint(_S_FIGURE_WORDS):
            break  # that frame belongs to the figure before
        for concept in (LOSS, CASUALTIES):
            m = at.get(concept)
            if m is None:
                continue
            if concept == LOSS:
                ref = subject_of(doc, m.start, m.end, q.start)
            else:
                ref = possessor_before(doc, m.start) or phrase_victim(
                    doc, m.end, limit=4, army=True
                )
            if ref is not None and ref != POSS_REF:
                return ref
    return POSS_REF if poss else None


def _apposition(doc: Doc, q: Quantity) -> str | None:
    """ "Six people were killed overnight in Kherson, all of them civilians": said later in the
    sentence, before any other figure."""
    _, e = doc.sentences[doc.sentence_of[q.fig_start]]
    for k in range(q.end, e - 1):
        if doc.tokens[k].kind == NUM or not doc.at[k].keys().isdisjoint(_S_FIGURE_WORDS):
            return None
        if doc.is_punct(k, ",،"):
            nxt = doc.at[k + 1]
            if MOSTLY in nxt:
                return MIXED
            m = nxt.get(APPOSITION)
            if m is not None and m.end < len(doc.tokens):
                return phrase_victim(doc, m.end, limit=4)
    return None


def _inflicted(doc: Doc, q: Quantity) -> str | None:
    """ "وكبّدت فلول الجيش أكثر من ٢٠٠ قتيل", "inflicted on the enemy": the one losses were dealt to."""
    clause = doc.clause[q.fig_start]
    k = q.start - 1
    while k >= 0 and doc.clause[k] == clause and q.start - k <= 8:
        m = doc.at[k].get(INFLICT)
        if m is not None:  # the last side named before the figure ("كبّدت قواتنا العدو ...")
            last = None
            for j in range(m.end, q.start):
                ref, _ = _ref_at(doc, j)
                if ref is not None and j not in doc.name_inner:
                    last = ref
            return last
        k -= 1
    return None


def _zero_victim(doc: Doc, t: Trigger) -> str | None:
    """ "потерь среди «музыкантов» нет", "Our units suffered no losses", "No Malian soldiers were
    killed", "لم يقتل أي جندي مالي"."""
    if POSS in doc.at[t.start]:
        return POSS_REF
    ref = among_victim(doc, t.end, _soft_end(doc, t.start))
    if ref is None:
        k = t.start - 1
        while k >= 0 and k > t.start - 6 and NEG not in doc.at[k]:
            k -= 1
        if k >= 0 and NEG in doc.at[k] and doc.at[k][NEG].end < t.start:
            ref = phrase_victim(doc, doc.at[k][NEG].end, limit=4)
    if ref is None and t.end < len(doc.tokens):
        ref = phrase_victim(doc, t.end, limit=4)
    return ref or possessor_before(doc, t.start) or subject_of(doc, t.start, t.end, t.end)


def _header_victim(doc: Doc, d: Draft) -> str | None:
    """ "Итоги суток на нашем участке:" over a bullet list: the header's side."""
    h = doc.headers.get(d.sentence)
    if h is None:
        return None
    hs, he = doc.sentences[h]
    for k in range(hs, he):  # "Загальні бойові втрати противника ...:", "Russia's losses ...:"
        at = doc.at[k]
        m = at.get(CASUALTIES) or at.get(LOSS)
        if m is not None and k not in doc.name_inner:
            ref = (
                subject_of(doc, m.start, m.end, m.end)
                if LOSS in at
                else possessor_before(doc, m.start) or phrase_victim(doc, m.end, limit=4, army=True)
            )
            if ref is not None:
                return ref
    for k in range(hs, he):
        if k in doc.speakers or k in doc.name_inner:
            continue
        at = doc.at[k]
        for concept, ref in ((OURS, OURS_REF), (ENEMY, ENEMY_REF)):
            if concept in at:
                return ref
        if ACTOR in at:
            return str(at[ACTOR].payload)
    return None


def _head(doc: Doc, d: Draft) -> str:
    """What the figure counts, by the words after it: "bare" (nothing, a verb, a trigger),
    "people" (people, persons), "soldiers" (fighters of no stated side) or "named"."""
    if d.q is None:
        return "bare"
    for k in range(d.q.fig_end, min(d.q.fig_end + 3, len(doc.tokens))):
        t, at = doc.tokens[k], doc.at[k]
        if t.kind == PUNCT:
            if t.text in "\"'":
                continue
            return "bare"
        if not at.keys().isdisjoint(_S_ACTOR_OTHER_ACTOR_ENEMY_OURS):
            return "named"
        if PEOPLE in at:
            return "people"
        if SOLDIERS in at:
            return "soldiers"
        if not at.keys().isdisjoint(_S_TRIGGERS) or doc.flags(k) & VERB:
            return "bare"
    return "bare"


def _generic(doc: Doc, d: Draft) -> bool:
    """The figure counts soldiers of no stated side, or names no one at all."""
    return _head(doc, d) in ("bare", "soldiers")


def resolve_victim(doc: Doc, drafts: list[Draft], ctx: Context) -> None:
    """Fill each draft's victim: explicit words first, then inheritance, then context."""
    for d in drafts:
        ref = _explicit(doc, d)
        if ref is not None:
            d.victim = ctx.resolve(ref, d.claimant)
            d.explicit = True
        elif d.q is None:
            d.victim = ctx.side_of(d.claimant) or UNKNOWN
    for d in drafts:
        if d.victim is None and _generic(doc, d):
            d.victim = _agentive(doc, d, ctx)
    _inherit(doc, drafts)
    for d in drafts:
        if d.victim is None:
            ref = _header_victim(doc, d)
            if ref is not None:
                d.victim = ctx.resolve(ref, d.claimant)
    named: str | None = None  # the toll the post is about: the last named victim before
    for d in drafts:
        if d.victim is None and _head(doc, d) != "soldiers" and d.trigger.concept != ELIMINATED:
            if named is not None:
                d.victim = named
        elif d.explicit and d.victim not in (None, UNKNOWN):
            named = d.victim
    for d in drafts:  # "200-е — четверо": milblogger slang for one's own losses
        if d.victim is None and d.claimant == "self" and SLANG_OWN in doc.at[d.trigger.start]:
            d.victim = ctx.channel_side
    for d in drafts:  # soldiers of no stated side, in a channel that has one: the other side's
        if d.victim is None and ctx.channel_side is not None and _generic(doc, d):
            d.victim = ctx.enemy_of(ctx.channel_side)
    _inherit(doc, drafts)
    for d in drafts:
        if d.victim is None:
            d.victim = UNKNOWN


def _agentive(doc: Doc, d: Draft, ctx: Context) -> str | None:
    """ "уничтожено 50 военнослужащих", "قالت إنها أسرت ٤٢ جندياً", "JNIM claims the death of 40
    soldiers": a side telling of its own kill or capture counts the other side's men. A kill
    whose agent is named ("Russia killed 30 soldiers") counts the speaker's own."""
    t, q = d.trigger, d.q
    if q is None or t.concept == LOSS or q.others:
        return None  # "وأُسر ١٥ آخرين": others of the group before
    active = t.concept == ELIMINATED or (
        t.end <= q.start and t.concept in (KILLED, CAPTURED) and not _noun_trigger(doc, t)
    )
    if not active:
        return None
    side = ctx.side_of(d.claimant)
    if side is None or d.claimant == "self" and t.concept != ELIMINATED:
        return None
    if any(ADMIT in doc.at[k] for k in range(_clause_start(doc, q.start), q.start)):
        return side  # "أقرّت وزارة الدفاع بمقتل 9 جنود", "the army admitted": its own
    agent = ctx.resolve(_agent(doc, t.start), d.claimant)
    friends = ALLIES.get(side, frozenset()) | {side}
    if agent is not None and agent not in friends and agent != UNKNOWN:
        return side  # "Russia killed 30 soldiers", said by Ukraine: Ukraine's
    return ctx.enemy_of(side)


def _agent(doc: Doc, i: int) -> str | None:
    """The actor right before a verb ("Russia killed", "قواتنا أسرت"), not across "and"."""
    if doc.flags(i) & CONJ_PREFIX:
        return None  # "وأسرت": "and captured", its subject is the sentence's
    k = i - 1
    while k >= 0 and i - k <= 3:
        at = doc.at[k]
        if doc.tokens[k].kind == PUNCT or CONJ in at or k in doc.speakers or ARMY in at:
            return None
        if AUX in at:
            k -= 1
            continue
        ref, _ = _ref_at(doc, k)
        if ref is not None:
            return ref
        k -= 1
    return None


def _inherit(doc: Doc, drafts: list[Draft]) -> None:
    # "ещё 25 ранены", "and wounded seven": the claim before in the sentence (not "... 30 terrorists")
    for k, d in enumerate(drafts):
        if d.victim is None and (d.q is None or d.q.others or _head(doc, d) == "bare"):
            for p in reversed(drafts[:k] if k < 64 else drafts[k - 64 : k]):
                if p.sentence != d.sentence:
                    break
                if p.victim:
                    d.victim = p.victim
                    break
    # "87 «двохсотих» і 143 «трьохсотих» окупантів": the claim after, joined to it
    for k in range(len(drafts) - 2, -1, -1):
        d, nxt = drafts[k], drafts[k + 1]
        if (
            d.victim is None
            and nxt.q is not None
            and nxt.sentence == d.sentence
            and nxt.victim
            and doc.hard[nxt.pos] == doc.hard[d.pos]
            and _head(doc, d) == "bare"
            and not (d.q is not None and d.q.others)
        ):
            d.victim = nxt.victim
