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

from extractors.actors import ALLIES, DEFAULT_ENEMY, REPORTER_SIDE, STATE_FORCES
from extractors.claimants import SELF
from extractors.doc import Doc
from extractors.morph import PREP as PREP_FLAG
from extractors.morph import VERB
from extractors.phrases import (
    ARMY_REF,
    ATTACKERS_REF,
    ENEMY_REF,
    MIXED,
    OURS_REF,
    POSS_REF,
    PRONOUN_REF,
    UNIT_REF,
    UNKNOWN,
    agent_of,
    among_victim,
    clause_start,
    lead_start,
    noun_trigger,
    phrase_victim,
    possessor_before,
    ref_at,
    soft_end,
    subject_of,
    sufferer,
)
from extractors.quantities import of_them
from extractors.referents import antecedent, pronoun_at
from extractors.rules import (
    ACTOR,
    ADMIT,
    APPOSITION,
    CAPTURED,
    CASUALTIES,
    CREDIT,
    ELIMINATED,
    ENEMY,
    FEW,
    GROWTH,
    INFLICT,
    KILLED,
    LOSS,
    MOSTLY,
    NEG,
    NUMBER,
    OTHER_ACTOR,
    OURS,
    PEOPLE,
    POSS,
    PREP,
    REGULARS,
    ROUND,
    SLANG_OWN,
    SOLDIERS,
    TRIGGERS,
    VAGUE,
    VICTIM,
)
from extractors.tokens import NUM, PUNCT

if TYPE_CHECKING:
    from extractors.engine import Draft
    from extractors.quantities import Quantity
    from extractors.triggers import Trigger


_NAMED = frozenset((ACTOR, OTHER_ACTOR, ENEMY, OURS))
_FIGURE_WORDS = frozenset((NUMBER, ROUND, VAGUE, FEW))
_TRIGGER_WORDS = frozenset(TRIGGERS)


@dataclass
class Context:
    channel_side: str | None
    mentioned: list[str] = field(default_factory=list)  # party ids in order of first mention
    army: str | None = None  # whose "the army" this post means
    theatre: dict[str, str] = field(default_factory=dict)  # "Russians" in Mali are Africa Corps
    country: str | None = None  # the army of the country the post names most, party or not

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
        enemy = DEFAULT_ENEMY.get(side)
        if self.country is not None and self.country not in (side, enemy):
            return None  # "террористы" in a post about Syria are not Russia's usual enemy
        return enemy

    def resolve(self, ref: str | None, claimant: str) -> str | None:
        """A phrase's reading as a victim id, given who speaks."""
        if ref is None:
            return None
        if ref == MIXED:
            return UNKNOWN
        if ref == ENEMY_REF:
            return self.enemy_of(self.side_of(claimant)) or UNKNOWN
        if ref in (OURS_REF, PRONOUN_REF, POSS_REF, UNIT_REF):
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


def _explicit(doc: Doc, d: Draft) -> str | None:
    q, t = d.q, d.trigger
    n = len(doc.tokens)
    if q is None:
        return _zero_victim(doc, t)
    if not q.part_of and q.fig_end < n and of_them(doc, q.fig_end):
        return _antecedent(doc, q)  # "ambushed a Russian assault group, killing 14 of them"
    poss = False
    head = q.fig_start if q.selfhead else q.fig_end  # "طفلان": the dual is its own noun
    if head < n:
        ref = phrase_victim(doc, head, head_trigger=True)
        if ref == POSS_REF:
            poss = True  # "six de ses soldats": whose, the rest of the sentence may say
        elif ref == PRONOUN_REF and q.part_of:
            return None  # "один из них погиб": one of the group just counted, its victim
        elif ref is not None:
            return ref
    if q.others and LOSS not in (t.concept, d.frame_trigger and d.frame_trigger.concept):
        return None  # "ещё 25": the group before's, unless a verb of losing names its subject
    ref = among_victim(doc, q.end, soft_end(doc, q.fig_start)) or _apposition(doc, q)
    if ref is not None:
        return ref
    if doc.clause[t.start] != doc.clause[q.fig_start]:
        # "у нас один двухсотый, у противника минимум семь": the figure's own clause names its
        # side before the word it borrows from the clause before does
        ref = among_victim(doc, lead_start(doc, q.start), q.start, lead=True)
        if ref is not None:
            return ref
    for trig in (t, d.frame_trigger):
        if trig is None:
            continue
        if POSS in doc.at[trig.start]:
            # "خسائرها": its losses, whose the party named last before them says
            return _owner_before(doc, trig.start) or POSS_REF
        if OURS in doc.at[trig.start]:
            return OURS_REF  # "خسائرنا", "شهداؤنا": the owner is a suffix of the word itself
        if trig.concept == LOSS:
            ref = subject_of(
                doc, trig.start, trig.end, q.start if trig.end <= q.start else trig.end + 5
            )
            if ref is None:
                ref = (
                    PRONOUN_REF  # "заявила, что потеряла ...", "dit avoir perdu": the speaker's own
                )
        else:
            # "قواتنا من تحييد", "наши штурмовики уничтожили": who eliminates owns no losses
            ref = (
                None
                if trig.concept == ELIMINATED
                else possessor_before(doc, trig.start, names=noun_trigger(doc, trig))
            )
            if ref is None:
                ref = sufferer(doc, q, trig)
            if ref is None and trig.end < n and not (q.start <= trig.end < q.end):
                ref = phrase_victim(doc, trig.end, limit=4, army=True)
        if ref is not None and ref != POSS_REF:
            return ref
    ref = (
        among_victim(doc, lead_start(doc, q.start), q.start, lead=True)
        or _inflicted(doc, q)
        or _grown_toll(doc, q)
    )
    if ref is not None:
        return ref
    # a losses frame earlier in the sentence: "Наши потери: трое двухсотых", "Russia's losses ...:"
    s, _ = doc.sentences[d.sentence]
    for k in range(q.start - 1, s - 1, -1):
        at = doc.at[k]
        if doc.tokens[k].kind == NUM or not at.keys().isdisjoint(_FIGURE_WORDS):
            break  # that frame belongs to the figure before
        for concept in (LOSS, CASUALTIES):
            m = at.get(concept)
            if m is None:
                continue
            if OURS in at:
                return OURS_REF  # "خسائرنا: ..."
            if concept == LOSS:
                ref = subject_of(doc, m.start, m.end, q.start)
            else:
                ref = possessor_before(doc, m.start) or phrase_victim(
                    doc, m.end, limit=4, army=True
                )
            if ref is not None and ref != POSS_REF:
                return ref
    return POSS_REF if poss else None


def _third_person(doc: Doc, d: Draft, ref: str) -> str:
    """ "Она потеряла 15 солдат", "They lost 40 men", "dans leurs rangs", "في صفوفه": in the
    post's own voice a pronoun stands for the party named before it; with none named, "they"
    are the other side (a channel's "у них"). An implied subject stays the speaker's own."""
    anchor = d.q.start if d.q is not None else d.trigger.start
    end = max(d.q.end if d.q is not None else 0, d.trigger.end) + 1
    k = pronoun_at(doc, lead_start(doc, min(anchor, d.trigger.start)), end)
    if k is None:
        return ref
    return antecedent(doc, k) or ENEMY_REF


def _owner_before(doc: Doc, i: int) -> str | None:
    """ "أعلنت كييف أن روسيا خسرت ...، ليرتفع إجمالي خسائرها": the last party named before
    token i in its sentence, the speaker left out; none: the speaker's own."""
    s, _ = doc.sentences[doc.sentence_of[i]]
    for k in range(i - 1, s - 1, -1):
        if k in doc.speakers:
            continue
        m = doc.at[k].get(ACTOR)
        if m is not None and m.payload != "civilians":
            return str(m.payload)
    return None


def _antecedent(doc: Doc, q: Quantity) -> str | None:
    """Who "them" is: the last party named before the figure in its sentence."""
    s, _ = doc.sentences[doc.sentence_of[q.fig_start]]
    for k in range(q.start - 1, s - 1, -1):
        ref, _ = ref_at(doc, k)
        if ref is not None and ref != POSS_REF:
            return ref
    return None


def _apposition(doc: Doc, q: Quantity) -> str | None:
    """ "Six people were killed overnight in Kherson, all of them civilians": said later in the
    sentence, before any other figure."""
    _, e = doc.sentences[doc.sentence_of[q.fig_start]]
    for k in range(q.end, e - 1):
        if doc.tokens[k].kind == NUM or not doc.at[k].keys().isdisjoint(_FIGURE_WORDS):
            return None
        if doc.is_punct(k, ",،"):
            nxt = doc.at[k + 1]
            if MOSTLY in nxt:
                return MIXED
            m = nxt.get(APPOSITION)
            if m is not None and m.end < len(doc.tokens):
                return phrase_victim(doc, m.end, limit=4)
    return None


def _grown_toll(doc: Doc, q: Quantity) -> str | None:
    """ "ارتفعت حصيلة القتلى المدنيين ... إلى ٤٧", "the death toll among civilians rose to 47":
    the toll named before the verb of growth says whose it is."""
    if GROWTH not in doc.concepts:
        return None
    s, _ = doc.sentences[doc.sentence_of[q.fig_start]]
    if not any(GROWTH in doc.at[k] for k in range(s, q.start)):
        return None
    for k in range(s, q.start):  # the toll is named before or (Arabic) after the verb
        at = doc.at[k]
        if at.keys().isdisjoint(_TRIGGER_WORDS) or k in doc.name_inner:
            continue
        end = max(m.end for c, m in at.items() if c in _TRIGGER_WORDS)
        ref = among_victim(doc, end, q.start) or phrase_victim(doc, end, limit=4)
        if ref is not None and ref not in (POSS_REF, PRONOUN_REF):
            return ref
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
                ref, _ = ref_at(doc, j)
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
    ref = among_victim(doc, t.end, soft_end(doc, t.start))
    if ref is None:
        k = t.start - 1
        while k >= 0 and k > t.start - 6 and NEG not in doc.at[k]:
            k -= 1
        if k >= 0 and NEG in doc.at[k] and doc.at[k][NEG].end < t.start:
            ref = phrase_victim(doc, doc.at[k][NEG].end, limit=4)
    if ref is None and t.end < len(doc.tokens):
        ref = phrase_victim(doc, t.end, limit=4)
    return ref or possessor_before(doc, t.start) or subject_of(doc, t.start, t.end, t.end)


def _header_victim(doc: Doc, d: Draft, headline: int | None = None) -> str | None:
    """ "Итоги суток на нашем участке:" over a bullet list: the header's side. A post's first
    line with no figure of its own ("Russian losses as of March 3") heads the whole post, for
    whose losses at least."""
    h = doc.headers.get(d.sentence)
    losses_only = False
    if h is None:
        if headline is None or d.sentence <= headline:
            return None
        h, losses_only = headline, True
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
    if losses_only:
        return None
    for k in range(hs, he):
        if k in doc.speakers or k in doc.name_inner:
            continue
        at = doc.at[k]
        if OURS in at and k > hs and not (PREP in doc.at[k - 1] or doc.flags(k - 1) & PREP_FLAG):
            # "Результати роботи наших операторів:": what our men did, to the other side
            return ENEMY_REF
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
        if not at.keys().isdisjoint(_NAMED):
            return "named"
        if PEOPLE in at:
            return "people"
        if SOLDIERS in at:
            return "soldiers"
        if not at.keys().isdisjoint(_TRIGGER_WORDS) or doc.flags(k) & VERB:
            return "bare"
    return "bare"


def _generic(doc: Doc, d: Draft) -> bool:
    """The figure counts soldiers of no stated side, or names no one at all; or people whom
    the speaker's side "eliminated" ("6 человек ликвидированы": never one's own)."""
    head = _head(doc, d)
    return head in ("bare", "soldiers") or (head == "people" and d.trigger.concept == ELIMINATED)


def resolve_victim(doc: Doc, drafts: list[Draft], ctx: Context) -> None:
    """Fill each draft's victim: explicit words first, then inheritance, then context."""
    for d in drafts:
        ref = _explicit(doc, d)
        if ref in (PRONOUN_REF, POSS_REF) and d.claimant == SELF:
            ref = _third_person(doc, d, ref)
        if ref == OURS_REF and ctx.channel_side and d.claimant != SELF and not d.direct:
            # "ВСУ заявляют, что уничтожили 120 наших бойцов": the channel's "our", whoever speaks
            d.victim, d.explicit = ctx.channel_side, True
        elif ref is not None:
            d.victim = ctx.resolve(ref, d.claimant)
            d.explicit = True
        elif d.q is None:
            d.victim = ctx.side_of(d.claimant) or UNKNOWN
    for d in drafts:
        if d.victim is None and _generic(doc, d):
            d.victim = _agentive(doc, d, ctx)
    _inherit(doc, drafts)
    headline = None if not drafts or drafts[0].sentence == 0 else 0
    for d in drafts:
        if d.victim is None:
            ref = _header_victim(doc, d, headline)
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
    for d in drafts:  # people of no stated side are nobody's side: "убиты 3 человека, 12 ранены"
        if d.victim is None and _head(doc, d) == "people" and d.trigger.concept != ELIMINATED:
            d.victim = UNKNOWN
    _inherit(doc, drafts)
    for d in drafts:  # soldiers of no stated side, in a channel that has one: the other side's
        if d.victim is None and ctx.channel_side is not None and _generic(doc, d):
            if VICTIM in doc.concepts and _victims(doc, d):
                continue  # "حصيلة ضحايا الغارة": victims are nobody's fighters
            d.victim = ctx.enemy_of(ctx.channel_side)
    _inherit(doc, drafts)
    for d in drafts:
        if d.victim is None:
            d.victim = UNKNOWN


def _victims(doc: Doc, d: Draft) -> bool:
    s, e = doc.sentences[d.sentence]
    return any(VICTIM in doc.at[k] for k in range(s, e))


def _agentive(doc: Doc, d: Draft, ctx: Context) -> str | None:
    """ "уничтожено 50 военнослужащих", "قالت إنها أسرت ٤٢ جندياً", "JNIM claims the death of 40
    soldiers": a side telling of its own kill or capture counts the other side's men. A kill
    whose agent is named ("Russia killed 30 soldiers") counts the speaker's own."""
    t, q = d.trigger, d.q
    if q is None or t.concept == LOSS or q.others:
        return None  # "وأُسر ١٥ آخرين": others of the group before
    active = (
        t.concept == ELIMINATED
        or (t.end <= q.start and t.concept in (KILLED, CAPTURED) and not noun_trigger(doc, t))
        or _credit(doc, t.start)
    )
    if not active:
        return _own_soldiers(doc, d, ctx)
    side = ctx.side_of(d.claimant)
    if side is None:
        return None
    if d.claimant == "self" and t.concept != ELIMINATED:
        return _own_soldiers(doc, d, ctx)  # "قتل جندي" in the army's channel: one of its own
    if any(ADMIT in doc.at[k] for k in range(clause_start(doc, q.start), q.start)):
        return side  # "أقرّت وزارة الدفاع بمقتل 9 جنود", "the army admitted": its own
    agent = ctx.resolve(agent_of(doc, t.start), d.claimant)
    friends = ALLIES.get(side, frozenset()) | {side}
    if agent is not None and agent not in friends and agent != UNKNOWN:
        return side  # "Russia killed 30 soldiers", said by Ukraine: Ukraine's
    return ctx.enemy_of(side)


def _own_soldiers(doc: Doc, d: Draft, ctx: Context) -> str | None:
    """ "Mali's army said 19 soldiers were killed", "9 soldats ont été tués" in the army's own
    channel: a state's forces telling of soldiers killed, wounded or taken (not by their own
    hand) count their own; a rebel group's "soldiers" are the army it fights. Militants and
    fighters are no such word."""
    side = ctx.side_of(d.claimant)
    if side is None or side not in ALLIES or d.q is None:
        return None
    first = d.q.fig_start if d.q.selfhead else d.q.fig_end  # "قتل جندي": the figure is the noun
    for k in range(first, min(d.q.fig_end + 3, len(doc.tokens))):
        if REGULARS in doc.at[k]:
            # rebels and jihadists telling of soldiers killed tell of the army they fight
            return side if side in STATE_FORCES else ctx.enemy_of(side)
        if doc.tokens[k].kind == PUNCT:
            break
    return None


def _credit(doc: Doc, i: int) -> bool:
    """ "JNIM revendique la mort de", "claimed responsibility for the killing of": just before
    the trigger, a party claims the kill as its own."""
    clause = doc.clause[i]
    for k in range(i - 1, max(-1, i - 6), -1):
        if doc.clause[k] != clause:
            return False
        if CREDIT in doc.at[k]:
            return True
    return False


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
