"""Whose dead: the victim of a figure, from the words around it and the post's context.

Explicit evidence first: an actor in the figure's own noun phrase ("40 боевиков ВСУ",
"Dozens of Wagner fighters"), an "among X" phrase, the possessor of a losses noun ("потери
ВСУ", "Russia's losses"), the subject of "to lose". Then, in order: the enemy of the side
that claims a kill, the claim before it in the sentence ("ещё 25", "seven others") or the one
it is joined to, the post's header line, the victim the post is about, and for a channel
with a side, the other side. "The enemy" and "our" resolve through the claimant's side.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING, Final

from extractors.actors import ALLIES, ARMED_GROUPS, DEFAULT_ENEMY, PARTIES, REPORTERS, STATE_FORCES
from extractors.claimants import SELF, home_war, other_side
from extractors.doc import Doc
from extractors.morph import ADJ as ADJ_FLAG
from extractors.morph import CONJ_PREFIX, NOMINATIVE, PASSIVE, VERB, Info
from extractors.morph import NOUN as NOUN_FLAG
from extractors.morph import PREP as PREP_FLAG
from extractors.named import explicit_victim, party_before, raided_place, third_person
from extractors.phrases import (
    ARMY_REF,
    ATTACKERS_REF,
    ENEMY_REF,
    OURS_REF,
    POSS_REF,
    PRONOUN_REF,
    UNIT_REF,
    UNKNOWN,
    agent_of,
    attacker_enemy,
    civil_place_struck,
    clause_start,
    enemy_state,
    families,
    figure_word,
    phrase_victim,
    place_after,
    possessor_before,
    quoted,
    regulars_after,
    soldiers_struck_by,
    struck_side,
    subject_of,
)
from extractors.quantities import part_word_before
from extractors.rules import (
    ACCORDING_TO,
    ACTOR,
    AGENT_BY,
    ALIVE,
    ALL_DEAD,
    AMONG,
    ARMY,
    ARTICLE,
    ASSAULT,
    ATTACKERS,
    AUX,
    CAPTURED,
    CASUALTIES,
    CIVIL_PLACE,
    CONJ,
    CONTEXT,
    COUNTED,
    CREDIT,
    CREW,
    DIE,
    DWELLING,
    ELIMINATED,
    ENEMY,
    EQUIPMENT,
    FAMILIES,
    FIGHTERS,
    FIGURE_WORDS,
    FRONT_OF,
    GROWTH,
    HOME,
    HOSPITAL,
    HOW_MANY,
    HURT,
    INFLICT,
    KILLED,
    LINK,
    LOSS,
    MERCHANT_SHIP,
    MILITANTS,
    MINUS,
    MOSTLY,
    NAMING,
    NEW_TOPIC,
    NOT_PEOPLE,
    OTHER_ACTOR,
    OURS,
    OWN_UNIT,
    PART_OF,
    PEOPLE,
    PERSONNEL,
    POSITIONS,
    POSS,
    PREP,
    PRONOUN,
    RAID,
    REBELS,
    REGRET,
    REGULARS,
    RELATIVE,
    REPEL,
    RESULTS,
    RIVAL,
    SAY,
    SHOOTERS,
    SINCE,
    SLANG_OWN,
    SOLDIERS,
    STRIKE,
    STRUCK,
    SUFFER,
    THAT,
    TRIGGER_SET,
    UNIT,
    VICTIM,
    WAR,
    WOUNDED,
)
from extractors.sides import Context, agentive
from extractors.tokens import GLUED, NUM, PUNCT, WORD

if TYPE_CHECKING:
    from extractors.draft import Draft
    from extractors.quantities import Quantity


def _header_victim(doc: Doc, d: Draft, headline: int | None = None) -> str | None:
    """ "Итоги суток на нашем участке:" over a bullet list: the header's side. A post's first
    line with no figure of its own ("Russian losses as of March 3") heads the whole post, for
    whose losses at least."""
    h = doc.headers.get(d.sentence)
    losses_only = False
    if h is None and PERSONNEL in doc.concepts and PERSONNEL in doc.at[d.trigger.start]:
        # "Потери российской армии на 15 февраля: личный состав — около 731 260": a one-line
        # tally's head before its personnel item, for whose losses
        ref = _losses_owner(doc, doc.sentences[d.sentence][0], d.trigger.start)
        if ref is not None:
            return ref
    if h is None:
        if headline is None or d.sentence <= headline:
            return None
        h, losses_only = headline, True
    hs, he = doc.sentences[h]
    ref = _losses_owner(doc, hs, he)
    if ref is not None:
        return ref
    if h > 0 and _bare_losses(doc, hs, he):
        # "Генштаб ВСУ обновил данные о потерях российской армии. Общие боевые потери ...
        # составили:": a header of losses of no owner goes on from the sentence before
        ref = _losses_owner(doc, *doc.sentences[h - 1])
        if ref is not None:
            return ref
    if RESULTS in doc.concepts and any(RESULTS in doc.at[k] for k in range(hs, he)):
        return ENEMY_REF  # "Birds of Magyar | results for the week": what the unit hit
    if losses_only and HOW_MANY in doc.concepts:
        ref = _asked_whose(doc, hs, he)
        if ref is not None:
            return ref
    if losses_only:
        return None
    for k in range(hs, he):
        if k in doc.speakers or k in doc.name_inner:
            continue
        at = doc.at[k]
        if OURS in at and (
            (k > hs and not (PREP in doc.at[k - 1] or doc.flags(k - 1) & PREP_FLAG))
            or any(STRUCK in doc.at[j] or ELIMINATED in doc.at[j] for j in range(k, he))
        ):
            # "Результати роботи наших операторів:", "Наши расчёты поразили 312 ...:": what our
            # men did, to the other side
            return ENEMY_REF
        if (OURS in at or ENEMY in at or ACTOR in at) and _attacks(doc, k, hs, he):
            return None  # "Ворог атакував Дніпро ракетами.": the attacker, not the victims
        for concept, ref in ((OURS, OURS_REF), (ENEMY, ENEMY_REF)):
            if concept in at:
                return ref
        if ACTOR in at:
            party = str(at[ACTOR].payload)
            u = k - 2 if k - 1 > hs and doc.is_punct(k - 1, '"') else k - 1
            if u < hs or _S_UNIT_WORDS.isdisjoint(doc.at[u]):
                return party
            # "12-та бригада «Азов» за тиждень:" over "поранено — 168": a state's unit heading
            # its own tallies of no loss word lists what it did, to the other side
            return enemy_state(party) or party
    return None


_S_UNIT_WORDS: Final = frozenset((UNIT, OWN_UNIT))
_S_ATTACK_WORDS: Final = frozenset((STRIKE, RAID))
_KILLING: Final = frozenset((KILLED, ELIMINATED))  # verbs whose subject killed


def _attacks(doc: Doc, k: int, hs: int, he: int) -> bool:
    """A verb of attack right after the name at k, or right before it (Arabic "قصفت المليشيا")."""
    return any(
        not _S_ATTACK_WORDS.isdisjoint(doc.at[j])
        for j in range(max(hs, k - 1), min(he, k + 3))
        if j != k
    )


def _asked_whose(doc: Doc, hs: int, he: int) -> str | None:
    """A headline question on whose dead ("Combien de soldats ukrainiens sont morts depuis
    2022 ?", "How many Russian soldiers have died?"): the party its noun phrase names, when
    the question ends on "?" and has a word of death or loss."""
    if not doc.is_punct(he - 1, "?"):
        return None
    if not any(not _S_ASKED.isdisjoint(doc.at[k]) for k in range(hs, he)):
        return None
    for k in range(hs, he):
        m = doc.at[k].get(HOW_MANY)
        if m is not None:
            ref = phrase_victim(doc, m.end, limit=4, army=True)
            # a party's dead only: "Combien de civils sont morts ?" over a ministry's toll
            # that may count fighters too
            return None if ref == "civilians" else ref
    return None


_S_ASKED: Final = frozenset((KILLED, LOSS, CASUALTIES))


def _losses_owner(doc: Doc, hs: int, he: int) -> str | None:
    """Whose losses the words hs..he name: "Загальні бойові втрати противника ...:",
    "Russia's losses ...:"."""
    for k in range(hs, he):
        at = doc.at[k]
        m = at.get(CASUALTIES) or at.get(LOSS)
        # "пілоти нашого батальйону уразили 418 окупантів:": who struck owns no losses
        if m is not None and k not in doc.name_inner and STRUCK not in at:
            ref = (
                subject_of(doc, m.start, m.end, m.end)
                if LOSS in at
                else possessor_before(doc, m.start) or phrase_victim(doc, m.end, limit=4, army=True)
            )
            if ref is not None:
                return ref
    return None


def _head(doc: Doc, d: Draft) -> str:
    """What the figure counts, by the words after it: "bare" (nothing, a verb, a trigger),
    "people" (people, persons), "soldiers" (fighters of no stated side) or "named"."""
    if d.q is None:
        return "bare"
    if d.q.selfhead and any(PEOPLE in doc.at[k] for k in range(d.q.fig_start, d.q.fig_end)):
        return "people"  # "شخصان", "شخص": the dual or the singular is its own noun
    for k in range(d.q.fig_end, min(d.q.fig_end + 3, len(doc.tokens))):
        t, at = doc.tokens[k], doc.at[k]
        if t.kind == PUNCT:
            if t.text in "\"'":
                continue
            return "bare"
        if not NAMING.isdisjoint(at):
            return "named"
        if PEOPLE in at:
            return "people"
        if SOLDIERS in at:
            return "soldiers"
        if not TRIGGER_SET.isdisjoint(at) or doc.flags(k) & VERB:
            return "bare"
    return "bare"


class _Heads:
    """`_head` of each draft, read once: the steps below ask it again and again."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.seen: dict[int, str] = {}

    def __call__(self, d: Draft) -> str:
        head = self.seen.get(id(d))
        if head is None:
            head = self.seen[id(d)] = _head(self.doc, d)
        return head


def _enemy_attacked(doc: Doc, sid: int, ctx: Context) -> bool:
    """In one of the three sentences before `sid`, the channel's enemy, named as such or by
    its id, right before a word of attack: "Росіяни обстріляли Донеччину", "Ворог атакував"."""
    enemy = ctx.enemy_of(ctx.view)
    for back in range(max(0, sid - 3), sid):
        s, e = doc.sentences[back]
        for k in range(s, e):
            if STRIKE not in doc.at[k] and RAID not in doc.at[k]:
                continue
            for i in range(k - 1, max(s, k - 3) - 1, -1):
                if NOT_PEOPLE in doc.at[i]:
                    break  # "312 enemy targets hit": the things hit, not who hit
                a = doc.at[i].get(ACTOR)
                if ENEMY in doc.at[i] or (a is not None and a.payload == enemy):
                    return True
    return False


def _soldiers_after(doc: Doc, d: Draft) -> bool:
    """A noun of soldiers right after the word of harm: "о сотне убитых солдат"."""
    end = min(d.trigger.end + 2, len(doc.tokens))
    return any(SOLDIERS in doc.at[k] for k in range(d.trigger.end, end))


def _rivalled(doc: Doc, drafts: list[Draft], k: int) -> Draft | None:
    """The figure of the same sentence that a bare figure answers as a rival count of the same
    dead ("..., loin des 84 annoncés", "..., rather than the 84", "..., а не 84"), if it has
    its victim."""
    d = drafts[k]
    if d.q is None:
        return None
    x = d.q.start  # "loin des", "far from the": the rival words may end in the article
    while doc.ends_at(x, RIVAL) is None:
        if x == 0 or not (ARTICLE in doc.at[x - 1] or doc.is_punct(x - 1, "\"'«")):
            return None
        x -= 1
    for p in reversed(drafts[:k]):
        if p.sentence == d.sentence and p.victim is not None and p.kind == d.kind:
            return p
    return None


def _enemy_strike_kill(doc: Doc, d: Draft, ctx: Context) -> bool:
    """ "Russian missile strike on Kharkiv kills 51, Zelensky says": a strike by the speaker's
    enemy, the subject of the kill, counts people of the speaker's side, soldiers or not (the
    text does not say), never the enemy's own men nor a kill the speaker claims."""
    t, q = d.trigger, d.q
    side = ctx.side_of(d.claimant) or (ctx.view if d.claimant == SELF else None)
    if q is None or q.others or side is None or STRIKE not in doc.concepts or q.start < t.end:
        return False
    return attacker_enemy(doc, clause_start(doc, t.start), t.start) == side


def _generic(d: Draft, heads: _Heads) -> bool:
    """The figure counts soldiers of no stated side, or names no one at all; or people whom
    the speaker's side "eliminated" ("6 человек ликвидированы": never one's own)."""
    head = heads(d)
    if head == "people" and d.trigger.concept == CAPTURED and d.q is not None:
        return d.trigger.end <= d.q.start  # "взяли в плен 26 человек": the speaker's captives
    return head in ("bare", "soldiers") or (head == "people" and d.trigger.concept == ELIMINATED)


def _grown(doc: Doc, d: Draft) -> bool:
    """A figure right after a verb of growth ("the toll rose to 35", "зросла до 35", "ارتفع إلى"):
    a strike's running toll, which a side never gives for the enemy's men it killed. Losses a
    side dealt that "reached" a figure ("كبدتهم خسائر بلغت ١٥٠ قتيلاً") stay its kill tally."""
    if GROWTH not in doc.concepts or d.q is None or d.trigger.concept == ELIMINATED:
        return False
    if doc.ends_at(d.q.start, GROWTH) is None and doc.ends_at(d.q.fig_start, GROWTH) is None:
        return False
    s, e = doc.sentences[d.sentence]
    return INFLICT not in doc.concepts or all(INFLICT not in doc.at[k] for k in range(s, e))


def _only_side(ctx: Context, claimant: str) -> str | None:
    """The one side a post names, for a quoted speaker of no side of his own (a soldier's name
    or role, not a reporter or the channel)."""
    if claimant == SELF or claimant in REPORTERS or ctx.side_of(claimant) is not None:
        return None
    if ctx.outside_state(claimant):
        return None  # "un officier de la Garde nationale nigérienne": another state's, its own
    named = {a for a in ctx.mentioned if a != "civilians"}
    return named.pop() if len(named) == 1 else None


def _named_in_quotes_only(
    doc: Doc, party: str, drafts: list[Draft] | None = None, claimant: str = ""
) -> bool:
    """Every mention of `party` in the post is inside quotation marks (someone's own words), or
    in a sentence of `claimant`'s own figures that says nothing of "ours" ("He estimated that
    the Russians lost dozens of men": the speaker's words, reported)."""
    where = [k for k in doc.where.get(ACTOR, ()) if doc.at[k][ACTOR].payload == party]
    return bool(where) and all(
        quoted(doc, k) or _reported_by(doc, k, drafts or [], claimant) for k in where
    )


def _reported_by(doc: Doc, k: int, drafts: list[Draft], claimant: str) -> bool:
    sid = doc.sentence_of[k]
    if not any(o.sentence == sid and o.claimant == claimant for o in drafts):
        return False
    s, e = doc.sentences[sid]
    return not any(OURS in doc.at[j] for j in range(s, e))


def _enemy_unit(doc: Doc, d: Draft, ctx: Context, drafts: list[Draft]) -> bool:
    """Soldiers the channel's side would count as its own, of a unit named by its number right
    after them ("servicemen of the 22nd brigade", "военнослужащих 22-й бригады"), taken
    captive, in the channel's own voice, where every toll named before is of the channel's
    enemy. Not its dead or hurt: a channel mourns its own unit's men after the enemy's losses
    ("Окупанти втратили 300 осіб. На жаль, загинули 5 військовослужбовців 22-ї бригади")."""
    side = ctx.channel_side
    if d.q is None or d.kind != "captured" or d.claimant != SELF:
        return False
    if side is None or d.victim != side:
        return False
    enemy = ctx.enemy_of(side)
    before = [o.victim for o in drafts if o.pos < d.pos and o.explicit and o.victim]
    if not before or any(v != enemy for v in before):
        return False
    n = len(doc.tokens)
    for k in range(d.q.fig_end, min(d.q.fig_end + 5, n - 1)):
        if doc.sentence_of[k] != d.sentence or doc.is_punct(k):
            return False
        if doc.tokens[k].kind in (NUM, GLUED) and UNIT in doc.at[k + 1]:
            return True
    return False


def resolve_victim(doc: Doc, drafts: list[Draft], ctx: Context) -> None:
    """Fill each draft's victim: explicit words first, then inheritance, then context."""
    heads = _Heads(doc)
    vague_army: set[int] = set()
    for i, d in enumerate(drafts):
        ref = explicit_victim(doc, d)
        if ref == UNIT_REF:
            # "Командир одной из бригад ВСУ ... потери бригады превышают 200": the formation
            # the post tied to a party before, not the speaker's own
            ref = _unit_named_before(doc, d) or ref
        they = False
        if (
            ref == PRONOUN_REF
            and i > 0
            and drafts[i - 1].victim
            and d.q is not None
            and part_word_before(doc, d.trigger.end, d.q.start)
        ):
            # "...убитими й пораненими. Безповоротні втрати з них — близько 5 тисяч": "of them"
            # are the people of the toll just given
            d.victim, d.explicit = drafts[i - 1].victim, True
            continue
        if ref == OURS_REF and _given_up_to_ours(doc, d):
            ref = ENEMY_REF  # "двое сдались нашим штурмовикам": ours took them, they are theirs
        if (
            ref in (PRONOUN_REF, POSS_REF)
            and d.q is not None
            and (
                d.claimant == SELF
                # "«У них двухсотых больше шестидесяти», — говорит командир": "they" in the words of
                # a speaker of the channel's own side are the others, as in the channel's own
                or (d.direct and _of_channel(ctx, d.claimant))
            )
        ):
            ref = third_person(doc, d, ref)
            # "з них 30 поранені" of people named before: a part of them, not "they" the others
            they = ref == ENEMY_REF and d.q.part_of
        elif ref in (PRONOUN_REF, POSS_REF) and d.q is not None and not _self_said(doc, d):
            # "selon l'état-major ukrainien, la Russie a perdu ..., le total de ses militaires":
            # "its" is the party the sentence named, not the one quoted
            ref = _loser_before(doc, d.q.start) or ref
        if (
            ref in (POSS_REF, PRONOUN_REF)
            and i > 0
            and ctx.side_of(d.claimant) is None
            and _self_said(doc, d)
            and d.sentence - drafts[i - 1].sentence <= 1
            and drafts[i - 1].claimant == d.claimant
            and (own := other_side(ctx.mentioned, drafts[i - 1].victim)) is not None
        ):
            # "«The Russians lost 60 men», said the company commander. Two of his soldiers were
            # wounded, he said": the same speaker of no stated side, who counted the one
            # party's dead before, is of the other; "his" men are that side's
            d.victim, d.explicit, d.claimant = own, True, own
            continue
        if ref == OURS_REF and ctx.channel_side and d.claimant != SELF and not d.direct:
            # "ВСУ заявляют, что уничтожили 120 наших бойцов": the channel's "our", whoever speaks
            d.victim, d.explicit = ctx.channel_side, True
        elif ref == OURS_REF and ctx.channel_side and ctx.side_of(d.claimant) is None:
            # "«Quatre de nos gars ont été tués», raconte le sergent": a speaker of no stated
            # side quoted by a channel that has one speaks for it
            d.victim, d.explicit = ctx.channel_side, True
        elif (
            ref in (OURS_REF, PRONOUN_REF)
            and d.trigger.concept == LOSS
            and ctx.side_of(d.claimant) is None
            and (own := _only_side(ctx, d.claimant)) is not None
            and ref == PRONOUN_REF
            and own in STATE_FORCES  # not the group a foreign army lost men to
            and ctx.country is None
        ):
            # "confie Mykola, sergent d'une brigade ukrainienne ... Il dit avoir perdu deux
            # camarades": who lost them is the speaker, of the one side the post names
            d.victim, d.explicit = own, True
        elif ref == OURS_REF and (own := _only_side(ctx, d.claimant)) is not None:
            # "«We lost five guys», said Andriy, a sergeant": a soldier of no stated side, in a
            # post that names one side's forces only, is of that side, and speaks for it; but
            # a side he names in his own quoted words ("The Russians lose many more") is the
            # other one, his own being "our"
            if _named_in_quotes_only(doc, own, drafts, d.claimant):
                own = DEFAULT_ENEMY.get(own, own)
            for other in drafts:
                if other is not d and other.claimant == d.claimant:
                    other.claimant = own  # the same speaker's other figures
            d.victim, d.explicit, d.claimant = own, True, own
        elif ref == ATTACKERS_REF:
            # "neutralised 15 assailants": whoever attacked, a party only where the sentence
            # names one ("IS militants killed 21 soldiers ..., adding that dozens of attackers")
            d.victim = _attacker_here(doc, d, ctx, drafts)
            d.explicit = True
        elif ref == ARMY_REF and ctx.resolve(ref, d.claimant) == UNKNOWN:
            own = ctx.side_of(d.claimant) if _possessed(doc, d) else None
            if own is not None:
                # "Zelensky put his country's military death toll at 46,000": the speaker's
                d.victim, d.explicit = own, True
            elif not _possessed(doc, d):
                # "the real number of military deaths" in a post on no army's war: whose army,
                # the toll the post is about says (below), or no one's
                vague_army.add(id(d))
            else:
                d.victim = UNKNOWN
        elif (
            ref == OURS_REF
            and d.q is not None
            and d.claimant == SELF
            and ctx.resolve(ref, d.claimant) == UNKNOWN
        ):
            pass  # "On the friendly side, 2 soldiers killed" in a post of no side: the post says
        elif ref is not None:
            d.victim = ctx.resolve(ref, d.claimant, home=not they)
            d.explicit = True
        elif (
            d.q is None
            and d.direct
            and i > 0
            and d.sentence - drafts[i - 1].sentence <= 1
            and drafts[i - 1].claimant == d.claimant
            and drafts[i - 1].victim is not None
            and drafts[i - 1].victim == ctx.side_of(d.claimant)
        ):
            # "«У нас двое раненых. Погибших нет», — сказал командир роты": a speaker's zero
            # right after his own side's toll, in his own words, is his side's too
            d.victim = drafts[i - 1].victim
        elif (
            d.q is None
            and d.claimant != SELF
            and d.trigger.concept not in (LOSS, CASUALTIES)
            and SLANG_OWN not in doc.at[d.trigger.start]  # "ни одного двухсотого": a side's own
        ):
            # "struck the airport without causing victims, the army said": the strike's toll,
            # no one's side
            d.victim = UNKNOWN
        elif d.q is None and d.trigger.concept == HURT:
            # "обстрілы без постраждалих" in a region's summary: no one hurt, people of no side
            d.victim = UNKNOWN
        elif d.q is None and (toll := _civil_toll_before(drafts, d)) is not None:
            # "пострадали 12 гражданских ... Погибших нет": none of the same people died (a
            # strike on a town told of or not: "ударили по Харькову: ранены 12 харьковчан")
            d.victim = toll
        elif d.q is None and d.claimant == SELF and raided_place(doc, d.sentence, d.trigger.start):
            # "Ukrainian drones attacked Belgorod. There were no casualties": the people of the
            # place struck, no side's soldiers
            d.victim = UNKNOWN
        elif d.q is None:
            d.victim = ctx.side_of(d.claimant) or UNKNOWN
    if FAMILIES in doc.concepts:
        _families_toll(doc, drafts, heads)
    for k, d in enumerate(drafts):
        if d.victim is None and heads(d) == "soldiers" and not _label_state(doc, d):
            # "killing 21 Malian soldiers and 7 Wagner mercenaries. Four soldiers were taken
            # captive": the bare noun goes on with the party its word was said of (not on a
            # line labelled with another state: "— Niger : 9 militaires portés disparus")
            d.victim = _same_noun_before(doc, drafts, k)
    if RIVAL in doc.concepts:
        for k, d in enumerate(drafts):
            if d.victim is None and heads(d) == "bare" and (p := _rivalled(doc, drafts, k)):
                # "moins de dix de ses hommes ont péri, loin des 84 annoncés par les rebelles":
                # the other count of the same dead, not those the rebels killed of their enemy
                d.victim = p.victim
    for k, d in enumerate(drafts):
        if d.victim is None and heads(d) == "bare" and _after_mixed(doc, drafts, k):
            # "killed 30 Malian soldiers and 25 Wagner mercenaries and captured 6": of which
            # party, the text does not say
            d.victim = UNKNOWN
        if d.victim is None and _generic(d, heads):
            # "JNIM says it killed 30 soldiers of the Beninese army": another state's soldiers,
            # not the army the group fights in its own war
            foreign = _regular_soldiers(doc, d) and _foreign_army(doc, d)
            d.victim = (
                UNKNOWN
                if foreign or (heads(d) == "bare" and _enemy_strike_kill(doc, d, ctx))
                else agentive(doc, d, ctx)
            )
            if d.victim is not None and _enemy_unit(doc, d, ctx, drafts):
                # "the AFU lost 300 killed and wounded ... A few servicemen of the 22nd brigade
                # were taken prisoner" in a Russian channel: a unit it names by its number, in a
                # post of the enemy's losses only, is the enemy's
                d.victim = ctx.enemy_of(ctx.channel_side)
            if d.victim is None and d.q is not None and heads(d) == "soldiers":
                # "a Ukrainian strike on a Russian training ground killed 60 troops": the side
                # whose place was struck, never the attacker's adjective
                s, _ = doc.sentences[d.sentence]
                d.victim = struck_side(doc, s, min(d.q.start, d.trigger.start))
                if d.victim is None and _regular_soldiers(doc, d):
                    # "Росіяни вдарили по полігону: загинули 12 військових": the other side's
                    end = min(d.q.start, d.trigger.start)
                    d.victim = soldiers_struck_by(doc, s, end, ctx.country)
                    if (
                        d.victim is None
                        and d.sentence > 0
                        and not _within(doc.starts_of(STRIKE), s, end)
                    ):
                        # "... підтвердили удар «Іскандером» по полігону. Загинули семеро
                        # військовослужбовців": the strike told in the sentence before
                        d.victim = _struck_before(doc, d.sentence - 1, ctx.country)
            if d.victim is None and d.trigger.concept == LOSS and _after_own_kill(d, drafts):
                # "the army said it killed 30 JNIM fighters and lost 4 soldiers": who killed,
                # its subject left out, lost men of its own
                d.victim = ctx.side_of(d.claimant) or UNKNOWN
    if FRONT_OF in doc.concepts and POSITIONS in doc.concepts:
        for d in drafts:
            side = ctx.side_of(d.claimant) or (ctx.view if d.claimant == SELF else None)
            if d.victim is None and side is not None and _before_our_lines(doc, d):
                # "On a compté une soixantaine de tués devant nos positions": the dead lying
                # before a side's lines are the attackers', the other side's
                d.victim = ctx.enemy_of(side)
    if SLANG_OWN in doc.concepts and ctx.view is not None:
        for d in drafts:
            if (
                d.victim is None
                and d.kind == "killed"
                and not (d.q is not None and d.q.others)  # "ще 38 стали «трьохсотими»"
                and SLANG_OWN in doc.at[d.trigger.start]
                and (d.claimant == SELF or _of_channel(ctx, d.claimant))
                and (before := _claim_before(d, drafts)) is not None
                and _own_kill(before)
                and SLANG_OWN not in doc.at[before.trigger.start]
            ):
                # "قتل ما يزيد على ثلاثين من جنوده ... وارتقى أخوان اثنان" in the group's own
                # channel: its own slang for the dead after the kill it made is its own men,
                # not more of the enemy it killed (the wounded, or "another 38", are more of
                # them: "Відправили до Кобзона 64 орків, ще 38 стали «трьохсотими»")
                d.victim = ctx.view
    _inherit(doc, drafts, heads)
    headline = None if not drafts or drafts[0].sentence == 0 else 0
    for d in drafts:
        if d.victim is None and not _goes_on(drafts, d, _head(doc, d) == "bare"):
            ref = _header_victim(doc, d, headline)
            if ref is not None:
                victim = ctx.resolve(ref, d.claimant)
                if victim == "civilians" and heads(d) == "people":
                    # "civilian casualties in Kharkiv" over "killed one person": people the
                    # text does not call civilians are nobody's (a side's tally over
                    # "особового складу – 1 340 осіб" stays the side's)
                    continue
                d.victim = victim
    for d in drafts:  # "200-е — четверо": milblogger slang for one's own losses,
        # before the toll the post is about: "We mourn 3 martyrs"
        # "«У меня в роте ни одного двухсотого», — рассказывает командир": a speaker of the
        # channel's side uses the slang of his own side's losses as the channel does
        own_voice = d.claimant == SELF or _of_channel(ctx, d.claimant)
        if d.victim is None and own_voice and SLANG_OWN in doc.at[d.trigger.start]:
            whole = _whole_before(doc, d, drafts)
            if whole is not None:
                # "1,023 occupiers hit. Of them 412 are 200s": the slang splits the toll before
                # it, whose side it named
                d.victim = whole.victim
                continue
            d.victim = _slang_enemy(doc, d, ctx, drafts) or (
                ctx.enemy_of(ctx.view) if _strike_results(doc, d) else ctx.view
            )
    if WAR in doc.concepts:
        for d in drafts:
            if d.victim is None and heads(d) in ("bare", "people") and _war_toll(doc, d):
                # "الحرب أودت بحياة عشرات الآلاف", "the war has killed tens of thousands"
                # after a town's civilians: the whole war's dead, of no one side
                d.victim = UNKNOWN
    if CIVIL_PLACE in doc.concepts:
        for d in drafts:
            if (
                d.victim is None
                and heads(d) == "bare"
                # "killing 11 people ... and wounding 89": a bare figure after another goes on
                # with that one's people
                and not any(p.sentence == d.sentence and p.pos < d.pos for p in drafts)
                and _civil_place_toll(doc, d)
            ):
                # "حصيلة القصف ... على مخيم زمزم للنازحين ارتفعت إلى ما يزيد على ٢٠٠ قتيل":
                # the dead of a strike on a place only civilians fill, counted by no noun
                # of people, are those civilians
                d.victim, d.explicit = "civilians", True
    named: str | None = None  # the toll the post is about: the last named victim before
    named_by: Draft | None = None
    for d in drafts:
        head = heads(d)
        if (
            d.victim is None
            and head != "soldiers"
            and d.trigger.concept != ELIMINATED
            and not _goes_on(drafts, d)
            # "We mourn three martyrs from our forces ..., and eight were wounded": a bare figure
            # after a claim of its sentence goes on with that claim (below), not the post's toll
            and not (head == "bare" and _after_claim(drafts, d))
        ):
            # a figure with no noun goes on with the toll the post is about ("the toll rose to
            # 17", "9 were wounded"); "nine people were injured" in the next town are not
            # civilians the text does not call so, unless they share the civilians' verb ("two
            # women and four men were killed": one group). A party's dead the post is about
            # stay its own ("гибель 72 123 человек" after "российских военных")
            if (
                named is not None
                and (
                    head != "people"
                    # people the text does not call civilians stay nobody's ("удар по центру
                    # Сум: загинули 11 людей"): the spec's "where the text leaves it open";
                    # but the hurt of a civilians' toll told just before, in the same place,
                    # are more of them ("убиты 22 мирных жителя. Десятки человек ранены")
                    or (named != "civilians" and not _new_incident(doc, d, named_by))
                    or (named == "civilians" and _same_civil_toll(doc, d, named_by))
                    or (named_by is not None and named_by.trigger is d.trigger)
                )
                and not _other_counter(doc, d, named_by, ctx)
                and not (named == "civilians" and _war_toll_after(d, named_by))
                and not (named == "civilians" and _said_fighters(doc, d))
            ):
                d.victim = named
        elif d.explicit and d.victim not in (None, UNKNOWN):
            named, named_by = d.victim, d
    for d in drafts:
        if d.victim is None and id(d) in vague_army:
            d.victim = UNKNOWN  # "The army lost 5 soldiers" in a post on no army's war
    for d in drafts:
        if d.victim is None and heads(d) == "people" and _civil_kill_told(doc, d):
            # "бойовики розстріляли мешканців ... Загинули щонайменше 200 людей": the people
            # whose killing the sentence before told of, by their civilians' word
            d.victim = "civilians"
    for d in drafts:
        if d.victim is None and heads(d) == "people" and _struck_home(doc, d):
            # "a drone hit a car, killing a man", "удар по жилому дому: погибли 9 человек": people
            # hit at home, in a car or a street are civilians
            d.victim = "civilians"
    for d in drafts:  # people of no stated side are nobody's side: "убиты 3 человека, 12 ранены"
        if d.victim is None and heads(d) == "people" and d.trigger.concept != ELIMINATED:
            d.victim = UNKNOWN
    _inherit(doc, drafts, heads)
    for k, d in enumerate(drafts):  # soldiers of no stated side, in a channel that has one: the
        # other side's
        if d.victim is None and ctx.channel_side is not None and _generic(d, heads):
            p = drafts[k - 1] if k else None
            if p is not None and p.sentence == d.sentence and d.q and d.q.others and p.q:
                # "погибли 29 военнослужащих (армии Нигера), ещё несколько ранены": the others
                # of the soldiers just counted, whoever the channel's enemy is (theirs known
                # now, or found below and inherited then)
                d.victim = p.victim
                continue
            if VICTIM in doc.concepts and _victims(doc, d):
                continue  # "حصيلة ضحايا الغارة": victims are nobody's fighters
            if _attack_toll(doc, d, heads):
                continue  # "une attaque a fait 3 morts": the attack's dead, no side's soldiers
            if _after_people(drafts, k, heads):
                # "🔹 Загинули 2 людини. 🔹 Поранені 8": the same people's wounded
                d.victim = drafts[k - 1].victim
                continue
            if p is not None and _died_of_wounds(doc, d, p):
                # "вивезли 43 поранених бійців. Двоє хлопців померли дорогою": some of the
                # wounded just counted died, whoever the channel's enemy is
                d.victim = p.victim
                continue
            if heads(d) == "bare" and _at_hospital(doc, d):
                d.victim = UNKNOWN  # "до нас доставили 23 поранених", a hospital says: patients
                continue
            earlier = _people_toll_before(doc, drafts, k, heads)
            if earlier is not None:
                # "щонайменше 35 людей загинули ... Раніше в МВС називали 32 загиблих": the
                # toll of the same people, told again, no side's soldiers
                d.victim = earlier
                continue
            if _grown(doc, d):
                continue  # "кількість загиблих зросла до 35": an attack's toll, not a kill tally
            if heads(d) == "bare" and _in_named_place(doc, d):
                d.victim = UNKNOWN  # "Уже 23 загиблі в Києві": a town's dead, no side's soldiers
                continue
            if (
                heads(d) == "bare"
                and d.sentence > 0
                # not "сотне убитых солдат": soldiers counted after the word of harm
                and not _soldiers_after(doc, d)
                and raided_place(doc, d.sentence, doc.sentences[d.sentence][0])
                # the enemy shelled ("росіяни обстріляли"), not "312 enemy targets hit"
                and _enemy_attacked(doc, d.sentence, ctx)
            ):
                # "Росіяни обстріляли Донеччину. 🔻 Покровськ — 2 загиблих": the people of the
                # places struck, no side's soldiers
                d.victim = UNKNOWN
                continue
            if (
                (ctx.country is not None and ctx.country not in PARTIES)
                # "• Niger : le ministère de la Défense fait état de 3 militaires blessés", in
                # a roundup on Mali too: that state's body speaks of its own soldiers
                or ctx.outside_state(d.claimant)
            ) and _regular_soldiers(doc, d):
                # "По данным Минобороны Нигера, погибли 29 военнослужащих": soldiers in a post
                # about an army outside the table are that army's, not the channel's enemy
                d.victim = UNKNOWN
                continue
            # "Генштаб армии Мали: ликвидированы десятки террористов" in a Ukrainian channel: a
            # party that speaks for itself counts its own enemy, not the channel's
            side = ctx.side_of(d.claimant) or ctx.channel_side
            if (
                side is not None
                and ctx.joint_enemy(side)
                and any(ENEMY in doc.at[k] for k in range(*d.span))
            ):
                # "repoussé une colonne FAMa/Africa Corps ... des dizaines de morts dans les
                # rangs ennemis": the enemy is two allied forces, a toll of no one party
                d.victim = UNKNOWN
                continue
            d.victim = ctx.enemy_of(side)
    _inherit(doc, drafts, heads)
    for d in drafts:  # "more than 100 soldiers had been killed" in a post about Mali's army
        if d.victim is None and ctx.army is not None and _regular_soldiers(doc, d):
            # "contre l'armée béninoise : 30 soldats tués", "30 soldats du Bénin": another
            # state's soldiers, no one's in the table, even in a post about Mali's war; and
            # those a body of such a state tells of ("Niger : le ministère de la Défense fait
            # état de 3 militaires blessés")
            foreign = _foreign_army(doc, d) or ctx.outside_state(d.claimant)
            d.victim = UNKNOWN if foreign else ctx.army
    _inherit(doc, drafts, heads)  # "استشهد جنديان وأصيب ثلاثة": the wounded of those soldiers
    home = doc.rules.home_side
    if home is not None and UNIT in doc.concepts and home_war(doc, doc.context):
        for d in drafts:
            if d.victim is None and _numbered_unit_after(doc, d):
                # "Зникли безвісти 43 бійці 110-ї бригади" in a Ukrainian outlet on its own war:
                # a brigade named by its number, of no side named, is the home side's
                d.victim = home
    for d in drafts:
        if d.whole is not None and d.whole.victim is not None:
            d.victim = d.whole.victim  # a sector's part of a tally counts the tally's side
        if d.victim is None:
            d.victim = UNKNOWN
    _attack_sides(doc, drafts, ctx)
    if ALL_DEAD in doc.concepts:
        _all_dead(doc, drafts)
    if CREW in doc.concepts and MERCHANT_SHIP in doc.concepts:
        _merchant_crew(doc, drafts)
    if ALIVE in doc.concepts:
        _alive_of(doc, drafts)


def _numbered_unit_after(doc: Doc, d: Draft) -> bool:
    """Right after the figure's noun: a unit word after a number ("бійці 110-ї бригади")."""
    if d.q is None:
        return False
    end = min(d.q.fig_end + 4, doc.sentences[d.sentence][1] - 1)
    return any(
        doc.tokens[k].kind in (NUM, GLUED) and UNIT in doc.at[k + 1]
        for k in range(d.q.fig_end, end)
    )


def _alive_of(doc: Doc, drafts: list[Draft]) -> None:
    """ "Удар по позициям ВСУ: ранены трое военнослужащих ВСУ, все живы": "everyone is alive"
    is said of the people just counted, of the side that claim names, not the speaker's own.
    A claim before whose side was only inferred ("трое раненых") lends none: "all alive" is
    mostly said of one's own, so it may be the better guess of the two."""
    for d in drafts:
        if d.q is not None or ALIVE not in doc.at[d.trigger.start]:
            continue
        # the nearest claim before, a zero one too ("the musicians have no 200s, everyone is
        # alive": those musicians)
        before = [p for p in drafts if p.pos < d.pos and p.sentence >= d.sentence - 1]
        # or, none before, the first after it in its sentence ("نجا الجميع بعد أن أصيب 4 ركاب")
        after = [p for p in drafts if p.pos > d.pos and p.sentence == d.sentence]
        p = (
            max(before, key=lambda p: p.pos)
            if before
            else min(after, key=lambda p: p.pos)
            if after
            else None
        )
        if p is not None and p.explicit:
            d.victim = p.victim


def _merchant_crew(doc: Doc, drafts: list[Draft]) -> None:
    """ "Хуситы атаковали сухогруз: трое членов экипажа погибли, ещё четверо ранены": the crew
    of a ship of trade are civilians, and so are the others of their toll right after them."""
    last: Draft | None = None
    for d in drafts:
        if d.q is None or d.victim != UNKNOWN:
            last = None
            continue
        if _counted(doc, d, CREW):
            d.victim = "civilians"
            last = d
        elif (
            last is not None
            and last.sentence == d.sentence
            and not _counted(doc, d, SOLDIERS)
            and not _counted(doc, d, MILITANTS)
        ):
            d.victim = "civilians"  # "ещё четверо получили ожоги": more of the same crew
        else:
            last = None


def _all_dead(doc: Doc, drafts: list[Draft]) -> None:
    """ "11 people were killed. All the dead are civilians.": a sentence with no figure of its
    own that opens on all the dead and names civilians says who the toll before it was."""
    n = len(doc.tokens)
    for i in doc.starts_of(ALL_DEAD):
        sid = doc.sentence_of[i]
        s, e = doc.sentences[sid]
        if sid == 0 or any(
            doc.tokens[k].kind == NUM and doc.clause[k] == doc.clause[i] for k in range(s, e)
        ):
            continue  # a figure of its own (", судьба ещё 16 человек неизвестна" is another's)
        # "Глава ОВА уточнил, что все пострадавшие — гражданские", "selon lui, tous les
        # blessés": a clause's opening, or right after a word of saying, too
        if (
            i - s > 2
            and doc.tokens[i - 1].kind != PUNCT
            and doc.clause[i - 1] == doc.clause[i]
            and _S_SAY_THAT.isdisjoint(doc.at[i - 1])
        ):
            continue
        end = doc.at[i][ALL_DEAD].end
        # "все пострадавшие", "all the victims": the hurt with the dead
        kinds = (
            _HURT_KINDS
            if any(not _S_HURT.isdisjoint(doc.at[k]) for k in range(i, end))
            else _DEAD_KINDS
        )
        civil = any(
            (m := doc.at[k].get(ACTOR)) is not None and m.payload == "civilians"
            for k in range(end, min(end + 5, e, n))
        )
        if not civil:
            continue
        dead = False
        for d in drafts:
            if d.sentence != sid - 1 or d.victim != UNKNOWN:
                continue
            if d.kind in kinds:
                d.victim = "civilians"
                dead = True
            elif dead and d.q is not None and d.q.others:
                # "возросло до 32, ещё 63 человека ранены. Все погибшие — мирные жители": the
                # others right after the civilians' toll go on with it, as they would had the
                # toll named them itself
                d.victim = "civilians"


_DEAD_KINDS: Final = frozenset(("killed", "casualties"))
_HURT_KINDS: Final = frozenset(("killed", "casualties", "wounded", HURT))
_S_SAY_THAT: Final = frozenset((SAY, THAT))
_S_HURT: Final = frozenset((HURT, WOUNDED, VICTIM))


# the parties that fight as armed groups, not as a state's army: a post's attacker among them
_GROUPS: Final = ARMED_GROUPS


def _attack_sides(doc: Doc, drafts: list[Draft], ctx: Context) -> None:
    """ "A JNIM attack on a convoy ...; 20 militants were killed in the fighting": the
    militants and attackers killed in one armed group's attack are that group's men, and the
    soldiers are the attacked army's (its id, else no one's), never the group's."""
    if STRIKE not in doc.concepts and ATTACKERS not in doc.concepts:
        return
    if not _GROUPS.intersection(ctx.mentioned) and not _groups_in(doc, 0, len(doc.tokens)):
        return
    moved: Draft | None = None  # the last soldiers' toll taken back from the group
    for d in drafts:
        if d.q is None:
            continue
        group = _attacking_group(doc, d.sentence)
        if group is None:
            continue
        if group in (ctx.side_of(d.claimant), ctx.channel_side) and _repels(doc, d.sentence):
            # "RSF adviser: our forces foiled an army attempt ... and killed dozens of the
            # attackers": the group that beat the attack back is no attacker
            continue
        if _counted(doc, d, MILITANTS) or _counted(doc, d, ATTACKERS):
            if d.victim == UNKNOWN or d.victim in STATE_FORCES:
                d.victim = group  # militants are no state's soldiers, whatever came before
        elif (
            d.victim == group
            and _regular_soldiers(doc, d)
            and not _own_men(doc, d)
            and not _group_named_after(doc, d, group)
            # "уничтожили сотни бойцов противника", the army says: the enemy's, the group's
            and not _enemy_named_after(doc, d)
        ):
            d.victim = ctx.army if ctx.army in STATE_FORCES and ctx.army != group else UNKNOWN
            moved = d
        elif (
            d.victim == group and d.q.others and moved is not None and moved.sentence == d.sentence
        ):
            # "погибли 30 военнослужащих, еще около двадцати числятся пропавшими": the others
            # of those soldiers
            d.victim = moved.victim


def _group_named_after(doc: Doc, d: Draft, group: str) -> bool:
    """ "уничтожили более 200 бойцов СБР": the group named in the counted noun phrase."""
    q = d.q
    if q is None:
        return False
    for k in range(q.fig_end, min(q.fig_end + 4, len(doc.tokens))):
        m = doc.at[k].get(ACTOR)
        if m is not None:
            return m.payload == group
    return False


def _enemy_named_after(doc: Doc, d: Draft) -> bool:
    """ "сотни бойцов противника", "dozens of enemy fighters": the counted men are the enemy's."""
    q = d.q
    if q is None:
        return False
    return any(ENEMY in doc.at[k] for k in range(q.fig_start, min(q.fig_end + 3, len(doc.tokens))))


def _own_men(doc: Doc, d: Draft) -> bool:
    """ "про загибель лише 12 своїх бійців": the group's own men, by its own word."""
    q = d.q
    return q is not None and any(
        # a word of its own ("своїх"), not a suffix of the noun ("جنوده": its, the army's)
        POSS in doc.at[k] and SOLDIERS not in doc.at[k] and PEOPLE not in doc.at[k]
        for k in range(q.fig_end, min(q.fig_end + 2, len(doc.tokens)))
    )


def _attacking_group(doc: Doc, sid: int) -> str | None:
    """The one armed group whose attack a sentence tells of: named in it beside an attack
    word, or named in the sentence before with its attack when this one tells of no other
    (not "the army said its operation neutralised dozens of terrorists")."""
    s, e = doc.sentences[sid]
    here = _groups_in(doc, s, e)
    attack = _attack_in(doc, s, e)
    if here:
        return here.pop() if len(here) == 1 and (attack or sid == 0) else None
    if sid == 0 or _within(doc.starts_of(STRIKE), s, e):
        return None  # an attack of its own, by no group named
    for back in range(sid - 1, max(-1, sid - 3), -1):  # the fight told of just before
        ps, pe = doc.sentences[back]
        before = _groups_in(doc, ps, pe)
        if before or _within(doc.starts_of(STRIKE), ps, pe):
            return before.pop() if len(before) == 1 and _attack_in(doc, ps, pe) else None
    return None


def _repels(doc: Doc, sid: int) -> bool:
    return bool(_within(doc.starts_of(REPEL), *doc.sentences[sid]))


def _attack_in(doc: Doc, s: int, e: int) -> bool:
    return bool(_within(doc.starts_of(STRIKE), s, e) or _within(doc.starts_of(ATTACKERS), s, e))


def _groups_in(doc: Doc, s: int, e: int) -> set[str]:
    """The armed groups named in a stretch, as speakers too ("JNIM claimed an attack")."""
    named: set[str] = set()
    for k in _within(doc.starts_of(ACTOR), s, e):
        m = doc.at[k][ACTOR]
        if m.payload in _GROUPS:
            named.add(str(m.payload))
    return named


def _within(starts: list[int], s: int, e: int) -> list[int]:
    """The indices in sorted `starts` that fall in [s, e)."""
    return starts[bisect_left(starts, s) : bisect_left(starts, e)]


def _counted(doc: Doc, d: Draft, concept: str) -> bool:
    """The figure counts people of that word ("20 militants", "dozens of attackers")."""
    if d.q is None or concept not in doc.concepts:
        return False
    first = d.q.fig_start if d.q.selfhead else d.q.fig_end
    # within the sentence: "ещё несколько ранены. Исламисты ..." counts no militants
    end = min(d.q.fig_end + 3, doc.sentences[d.sentence][1])
    return any(concept in doc.at[k] for k in range(first, end))


_S_SPLIT: Final = frozenset((PART_OF, MOSTLY))
_S_FIGHTERS: Final = frozenset((SOLDIERS, MILITANTS, REBELS))
_S_ELSEWHERE: Final = frozenset((NEW_TOPIC, CIVIL_PLACE, DWELLING, HOME))


def _families_toll(doc: Doc, drafts: list[Draft], heads: _Heads) -> None:
    """ "At least 40 people, mostly women and children, were killed", "25 wounded, among them
    women and children": a toll of people of no named party whose part (or most) is women and
    children is the civilians'."""
    for d in drafts:
        part = d.q is not None and d.q.part_of
        if part and d.victim in (None, UNKNOWN) and d.q is not None and _families_before(doc, d.q):
            # "200 people, mostly women and children, crossed the border; 30 of them were
            # wounded": a part of a group described so
            d.victim, d.explicit = "civilians", True
        if d.victim is not None or d.q is None or d.q.part_of or heads(d) == "soldiers":
            continue
        _, e = doc.sentences[d.sentence]
        for k in range(d.q.fig_end, e):
            at = doc.at[k]
            if doc.tokens[k].kind == NUM and k > d.q.fig_end + 1 and _S_SPLIT.isdisjoint(at):
                if not any(not _S_SPLIT.isdisjoint(doc.at[j]) for j in range(k - 2, k)):
                    break  # the next toll's figure: its parts are its own
            m = at.get(MOSTLY) or at.get(PART_OF)
            if m is None:
                continue
            # "mostly children" says who the toll is; "including 2 children" and "five of
            # them children" count a part of a toll of people the text does not call
            # civilians, "including women and children" describes it
            # "including women and children" describes it; "серед них дитина" (one child
            # among them) names a part only, which says nothing of the rest
            counted = k > d.q.fig_end and figure_word(doc, k - 1)
            groups = families(doc, m.end, counted=MOSTLY in at)
            if not counted and groups > 1:
                d.victim, d.explicit = "civilians", True
            break


def _families_before(doc: Doc, q: Quantity) -> bool:
    """A description ", mostly women and children," earlier in the part's sentence."""
    s, _ = doc.sentences[doc.sentence_of[q.fig_start]]
    for k in range(s, q.start):
        m = doc.at[k].get(MOSTLY)
        if m is not None and k > s and doc.is_punct(k - 1, ",،") and families(doc, m.end) > 1:
            return True
    return False


_S_ACTING: Final = frozenset((ELIMINATED, STRIKE, STRUCK, SHOOTERS))
_S_SUFFERED: Final = frozenset((KILLED, WOUNDED, LOSS, CASUALTIES, HURT, SUFFER, SAY))


def _ours_in_story(doc: Doc, k: int) -> bool:
    """An "our" word at token k that puts the channel's side in the story; not one that only
    says whose count it is ("за даними наших розвідників", "по нашим данным")."""
    if not _ours_named(doc, k):
        return False
    # "птахи наших операторів розібрали колону": ours who did it, the toll is the column's
    return not any(_ours_acting(doc, j) for j in range(k + 1, min(k + 3, len(doc.tokens))))


def _ours_named(doc: Doc, k: int) -> bool:
    """An "our" word at token k that names the channel's side, acting or not; not one that
    only says whose count it is ("по нашим данным")."""
    if OURS not in doc.at[k]:
        return False
    for j in range(max(0, k - 3), k):
        m = doc.at[j].get(ACCORDING_TO)
        if m is not None and m.end >= k:
            return False
    return True


def _ours_acting(doc: Doc, j: int) -> bool:
    """An active verb of ours at token j, or a word of striking or putting out of action."""
    at = doc.at[j]
    if not _S_ACTING.isdisjoint(at):
        return not _shooters_hit(doc, j)
    flags = doc.flags(j)
    return bool(flags & VERB) and not flags & PASSIVE and _S_SUFFERED.isdisjoint(at)


def _strike_results(doc: Doc, d: Draft) -> bool:
    """ "☠️ 200-ті — 318 🩸 300-ті — 206 🚜 техніка — 412 цілей": slang codes in a tally that
    also counts the things struck, with no word of losses and no "our" before them, are a
    unit's results, the other side's dead."""
    if EQUIPMENT not in doc.concepts or d.q is None:
        return False
    if any(MINUS not in doc.at[k] for k in doc.starts_of(LOSS)) or any(
        STRUCK not in doc.at[k] for k in doc.starts_of(CASUALTIES)
    ):
        return False  # a word of losses ("втрати"); not "уражено" (hit), the unit's own word
    if any(k < d.q.start and _ours_in_story(doc, k) for k in doc.starts_of(OURS)):
        return False  # not "наших дронарів": ours who did it
    # "техніка — 412 цілей" or "спалено 11 одиниць техніки": a figure of things after or before
    return any(
        doc.tokens[j].kind == NUM
        for k in doc.where[EQUIPMENT]
        if k > d.q.start
        for j in range(max(d.q.end, k - 3), min(k + 8, len(doc.tokens)))
    )


def _slang_enemy(doc: Doc, d: Draft, ctx: Context, drafts: list[Draft]) -> str | None:
    """ "Наши накрыли штурмовую группу ВСУ: 14 двухсотых", "caught a Ukrainian assault group in
    the open: 14 200s": slang figures after the enemy unit the sentence names as its object
    are that side's, not the channel's own (a strike of that side's would be the channel's)."""
    if ctx.view is None or d.q is None:
        return None
    s, _ = doc.sentences[d.sentence]
    if any(_ours_counted(doc, k, d.q.start) for k in range(s, d.q.start)):
        # "Наши аэроразведчики насчитали девять двухсотых": ours counted them, the enemy's dead
        # (a strike told of or not)
        return ctx.enemy_of(ctx.view)
    here = range(s, d.q.start)
    if any(REGRET in doc.at[k] for k in here):
        # "Ворог пішов на штурм. На жаль, маємо 2 двохсотих", "Хохлы опять пытались
        # контратаковать. К сожалению, двое двухсотых": regretted, the channel's own dead,
        # whoever the story before names
        return None
    if ASSAULT in doc.concepts and _enemy_assault(doc, d, ctx, drafts):
        return ctx.enemy_of(ctx.view)
    if any(MILITANTS in doc.at[k] for k in here) and all(
        _S_ATTACK_WORDS.isdisjoint(doc.at[k]) for k in here
    ):
        # "Со стороны боевиков — не менее полутора десятков двухсотых" after an ambush told
        # before: militants named with the figures are never the channel's own; where the
        # channel's usual enemy is not the post's (a Russian channel on Mali) they are no one's
        # named, as "15 убитых" there is
        return ctx.enemy_of(ctx.view) or UNKNOWN
    if STRIKE in doc.concepts:
        return None
    if d.sentence > 0 and not any(_ours_in_story(doc, k) for k in range(s, d.q.start)):
        # "хохлы опять пытались контратаковать. Итог — полтора десятка двухсотых": the sentence
        # before names the side, when this one names none of its own and that one counts nothing
        # "a Russian infantry group of ~12 ... shredded. I count 8 KIA": no toll there; a line
        # or two more back when a pictograph broke the story ("Русня пішла на штурм 🤡 Три
        # БМП ... двохсотих — до трьох десятків")
        own = s
        j = d.sentence - 1
        while j >= max(0, d.sentence - 3) and not any(p.sentence == j for p in drafts):
            s = doc.sentences[j][0]
            if any(_ours_named(doc, k) for k in range(*doc.sentences[j])) and _bare_losses(
                doc, own, d.q.start
            ):
                # "our guys fought against FLA and JNIM together. ... Losses are serious:
                # dozens of 200s": losses of no named owner after ours fought are ours
                return None
            if any(_ours_in_story(doc, k) or ENEMY in doc.at[k] for k in range(*doc.sentences[j])):
                break
            j -= 1
    for k in range(d.q.start - 1, s - 1, -1):
        if k in doc.speakers:
            continue
        at = doc.at[k]
        if _ours_counted(doc, k, d.q.start) or _our_shooters(doc, k):
            # "our guys counted a dozen 200s": ours counted them, the dead are the enemy's;
            # "Наші снайпери за тиждень: 9 двохсотих": the work of ours
            return ctx.enemy_of(ctx.view)
        if _ours_in_story(doc, k):
            return None  # "наши позиции", "у нас": the channel's own side is in the story
        if ENEMY in at:
            return ctx.enemy_of(ctx.view)
        m = at.get(ACTOR)
        if m is not None and m.payload in PARTIES and m.payload not in ("civilians", ctx.view):
            return str(m.payload)
    return _enemy_next(doc, d, ctx)


def _before_our_lines(doc: Doc, d: Draft) -> bool:
    """ "devant nos positions", "перед нашими позициями", "in front of our trenches" within a
    few words after the toll's figure or word."""
    if d.q is None:
        return False
    _, e = doc.sentences[d.sentence]
    start = max(d.q.end, d.trigger.end)
    for k in _within(doc.starts_of(FRONT_OF), start, min(start + 4, e)):
        after = range(doc.at[k][FRONT_OF].end, min(doc.at[k][FRONT_OF].end + 3, e))
        if any(OURS in doc.at[j] for j in after) and any(POSITIONS in doc.at[j] for j in after):
            return True
    return False


def _enemy_assault(doc: Doc, d: Draft, ctx: Context, drafts: list[Draft]) -> bool:
    """ "Кацапи знову поперли на наш напрямок. Підсумок: 9 двохсотих", "Противник кидає в атаку
    піхоту ... у посадках лежать десятки двохсотих": slang figures of no named owner right after
    the enemy's attack on foot are the attackers' dead; not after fire ("Ворог обстріляв наші
    позиції: 3 двохсотих", the channel's own) nor with "у нас" before them."""
    assert d.q is not None
    s, _ = doc.sentences[d.sentence]
    if not all(_S_OWNERS.isdisjoint(doc.at[k]) for k in range(s, d.q.start)):
        return False
    enemy = ctx.enemy_of(ctx.view)
    spans = [(s, d.q.start)]
    for j in range(d.sentence - 1, max(-1, d.sentence - 3), -1):
        if any(p.sentence == j for p in drafts):
            break  # a toll between them: the slang goes on from that one
        spans.append(doc.sentences[j])
    for a, b in spans:
        assault = _within(doc.starts_of(ASSAULT), a, b)
        if not assault:
            continue
        covered = {i for k in assault for i in range(k, doc.at[k][ASSAULT].end)}
        if any(f not in covered for f in _within(doc.starts_of(STRIKE), a, b)):
            return False  # "обстріляли, потім пішли на штурм": fire too, whose toll is open
        return any(
            ENEMY in doc.at[i] or ((m := doc.at[i].get(ACTOR)) is not None and m.payload == enemy)
            for i in range(a, assault[0])
        )
    return False


def _bare_losses(doc: Doc, start: int, end: int) -> bool:
    """A losses noun in tokens start..end and no side, no owner named there ("Losses are
    serious: dozens of 200s", "Потери серьёзные: десятки двухсотых")."""
    if not any(CASUALTIES in doc.at[k] for k in range(start, end)):
        return False
    return all(_S_OWNERS.isdisjoint(doc.at[k]) for k in range(start, end))


# who may own losses: "our", "the enemy's", a party, "its", "their"
_S_OWNERS: Final = frozenset((OURS, ENEMY, ACTOR, POSS, PRONOUN))


def _our_shooters(doc: Doc, k: int) -> bool:
    """ "наших дронарів", "our snipers": "our" at k with men whose work is the enemy's dead
    right after it."""
    return (
        OURS in doc.at[k]
        and k + 1 < len(doc.tokens)
        and SHOOTERS in doc.at[k + 1]
        and not _shooters_hit(doc, k + 1)
    )


def _shooters_hit(doc: Doc, j: int) -> bool:
    """The shooters at token j are the object of what is told right after them, not who did
    it: "Наших пилотов накрыли артиллерией: 2 двухсотых" (in the object's case, fronted, before
    a verb), "our pilots were hit" (an auxiliary, a passive); not "наши дронщики накрыли
    колонну", nor "птахи наших операторів розібрали колону" (a possessor of the subject)."""
    m = doc.at[j].get(SHOOTERS)
    if m is None:
        return False
    flags = doc.flags(j)
    cases = doc.rules.analyzer.startswith("pymorphy")
    head = j - 2 if j > 0 and OURS in doc.at[j - 1] else j - 1  # the word before "our"
    possessor = (
        head >= 0 and doc.clause[head] == doc.clause[j] and bool(doc.flags(head) & NOUN_FLAG)
    )
    fronted = cases and bool(flags & (NOUN_FLAG | ADJ_FLAG)) and not flags & NOMINATIVE
    fronted = fronted and not possessor
    for i in range(m.end, min(m.end + 3, len(doc.tokens))):
        if doc.clause[i] != doc.clause[j]:
            return False
        if AUX in doc.at[i]:
            return any(
                not _S_HIT.isdisjoint(doc.at[x]) for x in range(i + 1, min(i + 3, len(doc.tokens)))
            )
        if fronted and (not _S_HIT.isdisjoint(doc.at[i]) or doc.flags(i) & VERB):
            return not doc.flags(i) & PASSIVE
    return False


_S_HIT: Final = frozenset((STRIKE, RAID, STRUCK, KILLED, WOUNDED))


def _ours_counted(doc: Doc, k: int, end: int) -> bool:
    """ "Наши (аэроразведчики) насчитали": "our" at k with a word of counting right after it,
    before token `end`."""
    return OURS in doc.at[k] and any(COUNTED in doc.at[j] for j in range(k + 1, min(k + 3, end)))


def _enemy_next(doc: Doc, d: Draft, ctx: Context) -> str | None:
    """ "Птахи за ніч: 37 двохсотих, 52 трьохсотих. Орки не вчаться": with no one named before
    the slang figures, the next sentence that opens on the enemy says whose they were."""
    if d.sentence + 1 >= len(doc.sentences):
        return None
    _, e = doc.sentences[d.sentence]
    if any(OURS in doc.at[k] for k in range(d.q.end if d.q else e, e)):
        return None  # "..., у нас без втрат": the rest of the sentence names its own
    s, e = doc.sentences[d.sentence + 1]
    if any(doc.tokens[k].kind == NUM for k in range(s, e)):
        return None  # "у противника подтверждено 27": a tally of the enemy's, against ours
    enemy = ctx.enemy_of(ctx.view)
    words = [k for k in range(s, e) if doc.tokens[k].kind == WORD][:2]
    for k in words:
        a = doc.at[k].get(ACTOR)
        if ENEMY in doc.at[k] or (a is not None and a.payload == enemy):
            return enemy
    return None


def _attacker_here(doc: Doc, d: Draft, ctx: Context, drafts: list[Draft]) -> str:
    side = ctx.side_of(d.claimant)
    s, e = doc.sentences[d.sentence]
    by = _attacked_by(doc, e)
    if by is not None and by != side:
        # "a FAMa convoy ... was ambushed by JNIM fighters ... the attackers left 30 dead": the
        # party the post says attacked
        return ctx.theatre.get(by, by)
    friends = {"civilians", side, *ALLIES.get(side or "", ())}
    for k in range(s, e):
        m = doc.at[k].get(ACTOR)
        if m is not None and m.payload not in ("civilians", side) and k not in doc.speakers:
            if _agent_of(doc, d, k):
                continue  # "the Malian army neutralised dozens of attackers": who killed them
            if _place_adjective(doc, k):
                continue  # "قرب الحدود مع مالي" in Niger's war: a place, not the attackers
            return str(m.payload)
    if d.sentence > 0 and STRIKE in doc.concepts:
        # "شن مسلحون من جماعة نصرة الإسلام هجوماً ... . وقال الجيش إنه قتل ١٢ من المهاجمين":
        # the attack the sentence before tells of, by the group it names
        ps, pe = doc.sentences[d.sentence - 1]
        if any(STRIKE in doc.at[k] for k in range(ps, pe)):
            for k in range(ps, pe):
                m = doc.at[k].get(ACTOR)
                if (
                    m is not None
                    and m.payload not in friends
                    and k not in doc.speakers
                    and not _place_adjective(doc, k)
                ):
                    return str(m.payload)
    if d.sentence > 0:
        # "ISWAP said its fighters had killed 11 soldiers in a raid on a base. The army said
        # ... troops had killed scores of the attackers": the one party the post tells attacked
        # or claimed the attack, itself the speaker or not
        found = set()
        for j in range(max(0, d.sentence - 3), d.sentence):
            ps, pe = doc.sentences[j]
            if not any(
                STRIKE in doc.at[k] or CREDIT in doc.at[k] or RAID in doc.at[k]
                for k in range(ps, pe)
            ):
                continue
            for k in range(ps, pe):
                m = doc.at[k].get(ACTOR)
                if (
                    m is not None
                    and m.payload in PARTIES
                    and m.payload not in friends
                    and not _place_adjective(doc, k)
                ):
                    found.add(str(ctx.theatre.get(str(m.payload), str(m.payload))))
        for p in drafts:
            # "ISWAP said its fighters had killed 11 soldiers": a party telling of its own kill
            if (
                p.sentence < d.sentence
                and p.claimant in PARTIES
                and p.claimant not in friends
                and p.q is not None
                and p.trigger.concept in (KILLED, ELIMINATED)
                and p.trigger.end <= p.q.start
            ):
                found.add(p.claimant)
        if len(found) == 1:
            return found.pop()
    if (
        side is not None
        and side == ctx.channel_side
        and any(REPEL in doc.at[k] for k in range(s, e))
    ):
        # "thwarted a large-scale attack, killing about 80 of the attackers" in a side's own
        # channel: who attacks it and is beaten back is its enemy (not "Силовики ликвидировали
        # пятерых нападавших": a raid's gunmen are nobody's side)
        return ctx.enemy_of(side) or UNKNOWN
    return UNKNOWN


def _agent_of(doc: Doc, d: Draft, k: int) -> bool:
    """The party at token k is the subject of the draft's verb of killing, its figure after the
    verb in the same clause: "الجيش المالي حيد عشرات المهاجمين", "حيد الجيش المالي عشرات
    المهاجمين", "the army neutralised dozens of attackers" (the killer, not the attackers)."""
    t, q = d.trigger, d.q
    if q is None or t.end > q.start or k >= q.start or t.concept not in _KILLING:
        return False
    clause = doc.clause[t.start]
    return all(doc.clause[j] == clause for j in range(min(k, t.start), q.start))


def _place_adjective(doc: Doc, k: int) -> bool:
    """The country word at token k qualifies a thing or a place beside it, no party: "قرب
    الحدود المالية", "near the Malian border", "la frontière malienne" (a strike word beside it
    is the party's own attack: "هجوم داعش")."""
    if CONTEXT not in doc.at[k]:
        return False
    m = doc.ends_at(k, NOT_PEOPLE)
    if m is not None and STRIKE not in doc.at[m.start]:
        return True  # "قرب الحدود مع مالي": the border with it, a place phrase before it
    for j in (k - 1, k + 1):
        if 0 <= j < len(doc.tokens):
            at = doc.at[j]
            if NOT_PEOPLE in at and STRIKE not in at and doc.sentence_of[j] == doc.sentence_of[k]:
                return True
    return False


def _attacked_by(doc: Doc, end: int) -> str | None:
    """The party after "by" right after a verb of attack, before token `end` ("ambushed by
    JNIM fighters", "attaqué par le FLA")."""
    if AGENT_BY not in doc.concepts:
        return None
    for i in doc.starts_of(AGENT_BY):
        if i >= end or i == 0:
            break
        if not (STRIKE in doc.at[i - 1] or RAID in doc.at[i - 1]):
            continue
        for k in range(doc.at[i][AGENT_BY].end, min(doc.at[i][AGENT_BY].end + 3, end)):
            m = doc.at[k].get(ACTOR)
            if m is not None and m.payload in PARTIES and m.payload != "civilians":
                return str(m.payload)
    return None


def _of_channel(ctx: Context, claimant: str) -> bool:
    """A speaker of the channel's own side (a commander quoted by his side's channel)."""
    return ctx.view is not None and ctx.side_of(claimant) == ctx.view


def _claim_before(d: Draft, drafts: list[Draft]) -> Draft | None:
    """The claim right before d in its sentence."""
    before = [p for p in drafts if p.sentence == d.sentence and p.pos < d.pos]
    return before[-1] if before else None


def _whole_before(doc: Doc, d: Draft, drafts: list[Draft]) -> Draft | None:
    """The toll with a victim that d's figure is a part of: "of them" right before the figure
    ("Of them 412 are 200s", "з них 402 — «двохсоті»"), the claim before in this sentence or the
    one before."""
    if d.q is None:
        return None
    before = [p for p in drafts if p.q is not None and p.pos < d.pos]
    if not before or before[-1].sentence < d.sentence - 1 or not before[-1].victim:
        return None
    p = before[-1]
    if p.sentence == d.sentence and SLANG_OWN in doc.at[p.trigger.start]:
        # "Of them 412 are 200s, 611 are 300s": the next part of the same split
        return p if _whole_before(doc, p, drafts) is not None else None
    j = d.q.start - 1
    while j > 0 and doc.is_punct(j, ":-—,"):
        j -= 1
    if j < 0 or not any(
        (m := doc.at[k].get(PART_OF)) is not None and m.end == j + 1
        for k in range(max(0, j - 2), j + 1)
    ):
        return None
    return p


def _own_kill(p: Draft) -> bool:
    """A kill the subject made: a verb of killing before its figure ("killed 30 ...")."""
    return (
        p.q is not None and p.trigger.concept in (KILLED, ELIMINATED) and p.trigger.end <= p.q.start
    )


def _died_of_wounds(doc: Doc, d: Draft, p: Draft) -> bool:
    return (
        p.kind == "wounded"
        and p.victim not in (None, UNKNOWN)
        and d.kind == "killed"
        and DIE in doc.at[d.trigger.start]
        and d.sentence - p.sentence in (0, 1)
    )


def _struck_before(doc: Doc, sid: int, country: str | None) -> str | None:
    """The side whose place the strike of sentence `sid` hit, or the enemy of its attacker."""
    s, e = doc.sentences[sid]
    return struck_side(doc, s, e) or soldiers_struck_by(doc, s, e, country)


def _after_own_kill(d: Draft, drafts: list[Draft]) -> bool:
    """The claim before d in its sentence is a kill the subject made ("killed 30 ... and lost
    4")."""
    before = _claim_before(d, drafts)
    return before is not None and _own_kill(before)


def _loser_before(doc: Doc, i: int) -> str | None:
    """The party the sentence said lost men, before token i ("la Russie a perdu"), the speaker
    left out; not a party that attacked ("JNIM attacked its base"). A sentence that names no
    party before it goes on with the sentence before ("les forces ukrainiennes ont perdu 31 000
    hommes. En 24 heures, elles auraient perdu 350 militaires, selon la même source")."""
    found = party_before(doc, i)
    if found is None:
        s, _ = doc.sentences[doc.sentence_of[i]]
        if s == 0:
            return None
        found = party_before(doc, s - 1)
        if found is None or doc.sentence_of[found[0]] != doc.sentence_of[s - 1]:
            return None
        i = s
    k, party = found
    end = doc.at[k][ACTOR].end
    if end < i and doc.is_punct(end, ",،"):
        # "Україна, за тими ж підрахунками, втратила 80 тисяч": past an aside set off by commas
        close = next((j for j in range(end + 1, min(end + 8, i)) if doc.is_punct(j, ",،")), None)
        end = close + 1 if close is not None else end
    lost = any(LOSS in doc.at[j] or CASUALTIES in doc.at[j] for j in range(end, min(end + 4, i)))
    if any(
        doc.tokens[j].kind == NUM or not doc.at[j].keys().isdisjoint(FIGURE_WORDS)
        for j in range(max(0, k - 3), k)
    ):
        return (
            None  # "killed 22 / une trentaine de soldats maliens ..., ses pertes": whom it killed
        )
    return party if lost else None


_S_ARMED: Final = frozenset((REGULARS, MILITANTS, FIGHTERS))


def _civil_place_toll(doc: Doc, d: Draft) -> bool:
    """The figure's sentence tells of a strike on a place named for the civilians who fill it
    ("مخيم زمزم للنازحين", a camp of the displaced; "مخيم زمزم" alone leaves its dead open, as
    train's market and hospital tolls are) and names no armed men outside a party's name
    ("بينهم جنود": soldiers among them)."""
    if d.q is None or d.trigger.concept == ELIMINATED:
        return False
    s, e = doc.sentences[d.sentence]
    named = False
    for k in range(s, e):
        at = doc.at[k]
        if not _S_ARMED.isdisjoint(at) and ACTOR not in at:
            return False
        if CIVIL_PLACE in at and not named:
            for j in range(k + 1, min(k + 4, e)):
                if doc.tokens[j].kind == PUNCT:
                    break
                m = doc.at[j].get(ACTOR)
                if m is not None:
                    named = m.payload == "civilians"
                    break
    return named and civil_place_struck(doc, s, e)


def _unit_named_before(doc: Doc, d: Draft) -> str | None:
    """The party named beside an earlier mention of the formation word that the figure's
    phrase uses ("бригад ВСУ" before "потери бригады", "Африканского корпуса" before "личного
    состава корпуса")."""
    a, b = d.span
    start = next((k for k in range(a, b) if OWN_UNIT in doc.at[k]), None)
    if start is None:
        return None
    unit = doc.at[start][OWN_UNIT].end - 1  # "the Corps": the formation word ends the phrase
    info = doc.tokens[unit].info
    keys = set(info.keys) if isinstance(info, Info) else {doc.tokens[unit].low}
    for k in range(a - 1, -1, -1):
        ki = doc.tokens[k].info
        if not isinstance(ki, Info) or keys.isdisjoint(ki.keys):
            continue
        if OWN_UNIT in doc.at[k]:
            for j in (k - 1, k + 1):  # "Африканского корпуса", "бригад ВСУ"; not "Корпуса и FAMa"
                m = doc.at[j].get(ACTOR) if 0 <= j < len(doc.tokens) else None
                if m is not None and m.payload in PARTIES and m.payload != "civilians":
                    return str(m.payload)
        # "عناصر «الفيلق الأفريقي» ... من عناصر الفيلق", "Africa Corps ... the Corps": the
        # formation word inside the party's own name
        for j in range(max(0, k - 2), k + 1):
            m = doc.at[j].get(ACTOR)
            if m is not None and m.end > k and m.payload in PARTIES and m.payload != "civilians":
                return str(m.payload)
    return None


def _self_said(doc: Doc, d: Draft) -> bool:
    """ "Two of his soldiers were wounded, he said": a pronoun speaker after the figure, in its
    sentence, is the one whose men "his" are: the speaker's own side, not the party that lost
    men before."""
    if d.q is None:
        return False
    _, e = doc.sentences[d.sentence]
    return any(PRONOUN in doc.at[k] and k in doc.speakers for k in range(d.q.end, e))


def _civil_kill_told(doc: Doc, d: Draft) -> bool:
    """The sentence before tells, with no figure, of a kill of people by their civilians'
    word right after the verb ("розстріляли мешканців", "massacred villagers"), and the
    figure's own sentence names no soldiers or side."""
    if d.sentence == 0 or d.q is None or d.trigger.concept == ELIMINATED:
        return False
    s, e = doc.sentences[d.sentence]
    if any(not _S_SIDE_WORDS.isdisjoint(doc.at[k]) and k not in doc.speakers for k in range(s, e)):
        return False  # "residents said" names the source, no side
    ps, pe = doc.sentences[d.sentence - 1]
    if any(doc.tokens[k].kind == NUM for k in range(ps, pe)):
        return False
    for k in range(ps, pe - 1):
        if KILLED in doc.at[k]:
            j = k + 1
            if j + 1 < pe and not _S_DETERMINERS.isdisjoint(doc.at[j]):
                j += 1  # "ont exécuté des villageois"
            m = doc.at[j].get(ACTOR)
            if m is not None and m.payload == "civilians":
                return True
    return False


_S_DETERMINERS: Final = frozenset((ARTICLE, LINK))


def _struck_home(doc: Doc, d: Draft) -> bool:
    """One person hit at home, in a car or a street (a count of people at a market or in a house may be anyone: the text does not call
    them civilians); not a toll that names soldiers too ("including soldiers and civilians")."""
    if d.trigger.concept == ELIMINATED or d.q is None:
        return False
    if HOME not in doc.concepts:
        return False
    s, e = doc.sentences[d.sentence]
    if any(SOLDIERS in doc.at[k] or REGULARS in doc.at[k] for k in range(s, e)):
        return False
    # a block's toll counts people the text leaves open (dev: "удар по центру Сум ... 11 людей" is
    # unknown); one person hit at home or in a car is a resident
    return d.q.low == d.q.high == 1 and civil_place_struck(doc, s, e, HOME)


def _foreign_army(doc: Doc, d: Draft) -> bool:
    """A state outside the table names the soldiers: its country right after their word
    ("soldats du Bénin", "военных армии Бенина"), or its nationality on an army or soldiers'
    word in the same sentence ("l'armée béninoise", "Beninese troops"); the sentence before
    may tell of another army than the one whose dead this one counts."""
    if d.q is None or (OTHER_ACTOR not in doc.concepts and CONTEXT not in doc.concepts):
        return False
    if _label_state(doc, d):
        return True
    n = len(doc.tokens)
    for k in range(d.q.fig_end + 1, min(d.q.end + 3, n)):
        m = doc.at[k].get(CONTEXT)
        if m is not None and str(m.payload).endswith("_army") and _of_state(doc, k - 1):
            return True
    s = doc.sentences[d.sentence][0]
    e = doc.sentences[d.sentence][1]
    for k in range(s, e):
        m = doc.at[k].get(OTHER_ACTOR)
        if m is None or not isinstance(m.payload, str):
            continue
        near = range(max(s, k - 1), min(e, m.end + 1))
        if any(ARMY in doc.at[j] or REGULARS in doc.at[j] for j in near):
            return True
        if doc.ends_at(k, ARMY, REGULARS) is not None:
            return True  # "les forces armées béninoises": a name of several words before it
    return False


def _label_state(doc: Doc, d: Draft) -> bool:
    """The figure's line opens with a label that names a state outside the table ("— Niger :
    9 militaires portés disparus", in a roundup whose line before was on Mali): that state's
    soldiers, not those of the army the post spoke of before."""
    s, _ = doc.sentences[d.sentence]
    end = d.q.start if d.q is not None else d.trigger.start
    k = s
    while k < end and doc.tokens[k].kind == PUNCT:
        k += 1  # the bullet or dash of the line
    for j in range(k, min(k + 5, end)):
        if doc.is_punct(j, ":"):
            return any(
                (m := doc.at[i].get(CONTEXT)) is not None
                and str(m.payload).endswith("_army")
                and m.end <= j
                for i in range(k, j)
            )
        if doc.tokens[j].kind == PUNCT:
            return False
    return False


def _of_state(doc: Doc, k: int) -> bool:
    """ "soldats du Bénin", "військових армії Беніну": "of" or an army's word links the country
    to the soldiers (not "20 soldiers in Niger", a place)."""
    return LINK in doc.at[k] or ARMY in doc.at[k]


def _regular_soldiers(doc: Doc, d: Draft) -> bool:
    if d.q is None:
        return False
    if regulars_after(doc, d.q):
        return True
    return _among_regulars(doc, max(d.q.end, d.trigger.end))


def _among_regulars(doc: Doc, k: int) -> bool:
    """ "10 morts parmi les soldats", "12 погибших среди военнослужащих": the dead are counted
    among a state's soldiers, right after the figure and its word."""
    if AMONG not in doc.concepts or k >= len(doc.tokens) or AMONG not in doc.at[k]:
        return False
    j = doc.at[k][AMONG].end
    return any(REGULARS in doc.at[x] for x in range(j, min(j + 2, len(doc.tokens))))


def _victims(doc: Doc, d: Draft) -> bool:
    s, e = doc.sentences[d.sentence]
    return any(VICTIM in doc.at[k] for k in range(s, e))


def _other_counter(doc: Doc, d: Draft, named_by: Draft | None, ctx: Context) -> bool:
    """ "Mali's army lost 12 soldiers. ACLED recorded over 1,300 deaths in the past month": a
    count by another source of no side (a monitor, an agency) over a period or a war's total, in
    a later sentence, is its own tally, not more of the attack's toll the post is about."""
    return (
        named_by is not None
        and d.sentence != named_by.sentence
        and d.scope != named_by.scope
        and d.scope != "event"
        and d.claimant not in (SELF, named_by.claimant)
        and ctx.side_of(d.claimant) is None
        # "окупанти стратили щонайменше 109 полонених": a kill with its doer says whose dead
        # ("он унёс жизни": "it", the war, names no one)
        and agent_of(doc, d.trigger.start) in (None, PRONOUN_REF)
    )


def _attack_toll(doc: Doc, d: Draft, heads: _Heads) -> bool:
    """A bare figure in a sentence that tells of an attack and names no side, no fighters and
    no "our": the attack's toll."""
    if heads(d) != "bare" or d.q is None:
        return False
    s, e = doc.sentences[d.sentence]
    attack = False
    for k in range(s, e):
        at = doc.at[k]
        if not _S_SIDE_WORDS.isdisjoint(at) and not _reporting_we(doc, k):
            return False
        attack = attack or STRIKE in at or RAID in at
    return attack


_S_SIDE_WORDS: Final = frozenset((OURS, ENEMY, ACTOR, SOLDIERS, MILITANTS))


def _reporting_we(doc: Doc, k: int) -> bool:
    """ "ми повідомляли", "we reported": the channel that speaks, no side in the story."""
    m = doc.at[k].get(OURS)
    return m is not None and m.end < len(doc.tokens) and SAY in doc.at[m.end]


def _given_up_to_ours(doc: Doc, d: Draft) -> bool:
    """ "surrendered to our troops", "сдались нашим": "our" right after a verb of capture is the
    captor."""
    t = d.trigger
    if t.concept != CAPTURED:
        return False
    return any(OURS in doc.at[k] for k in range(t.end, min(len(doc.tokens), t.end + 3)))


def _possessed(doc: Doc, d: Draft) -> bool:
    """A possessive in the few words before the draft's word of harm ("his country's military
    death toll")."""
    t = d.trigger.start
    return any(POSS in doc.at[k] for k in range(max(0, t - 5), t))


def _after_people(drafts: list[Draft], k: int, heads: _Heads) -> bool:
    """A bare figure right after a toll of people (in the line before or its own): of them."""
    d = drafts[k]
    if heads(d) != "bare" or k == 0:
        return False
    p = drafts[k - 1]
    return (
        p.q is not None
        and p.sentence >= d.sentence - 1
        # "Уже 17 загиблих у Дніпрі. Поранених — 80": a town's toll, judged nobody's side
        and (heads(p) == "people" or (heads(p) == "bare" and p.victim == UNKNOWN))
    )


def _war_toll(doc: Doc, d: Draft) -> bool:
    """The war is the subject of the figure's verb ("الحرب أودت بحياة", "the war has killed",
    "la guerre a fait ... morts"): a few words before the figure or its word, in its clause,
    with no preposition before it ("since the war began", "في الحرب") and no verb between."""
    if d.q is None:
        return False
    first = min(d.q.start, d.trigger.start)
    clause = doc.clause[first] if first < len(doc.tokens) else -1
    for k in range(first - 1, max(-1, first - 5), -1):
        if doc.clause[k] != clause or doc.tokens[k].kind != WORD:
            return False
        at = doc.at[k]
        if WAR in at:
            return not doc.flags(k) & PREP_FLAG and not _in_prep_phrase(doc, k)
        if RELATIVE in at:
            return _war_before_relative(doc, k)
        if doc.flags(k) & VERB and AUX not in at:
            return False  # "the war began and 500 died": its own verb
    return False


def _war_before_relative(doc: Doc, r: int) -> bool:
    """ "الحرب المستمرة منذ أبريل 2023، والتي أودت بحياة", "the war, which has killed": the
    relative pronoun at r stands for the war named a few words before it (its since-phrase
    and the comma between), whatever preposition stands before the war."""
    s, _ = doc.sentences[doc.sentence_of[r]]
    for k in range(r - 1, max(s - 1, r - 9), -1):
        at = doc.at[k]
        if WAR in at:
            return True
        if not at.keys().isdisjoint(TRIGGER_SET) or PEOPLE in at or ACTOR in at:
            return False  # "... قتل 5 مدنيين، والذين": the relative stands for them
    return False


def _in_prep_phrase(doc: Doc, k: int) -> bool:
    """A preposition or "since" a few words before token k, inside its phrase ("since the
    start of the war", "منذ بداية الحرب", "في الحرب"); "that" or "and" ends the search."""
    for j in range(k - 1, max(-1, k - 4), -1):
        at = doc.at[j]
        if doc.tokens[j].kind != WORD or THAT in at or CONJ in at:
            return False
        if PREP in at or SINCE in at or doc.flags(j) & PREP_FLAG:
            return True
        if doc.flags(j) & CONJ_PREFIX:
            return False  # "وتقدر منظمات ... أن": a clause of its own begins
    return False


def _same_civil_toll(doc: Doc, d: Draft, named_by: Draft | None) -> bool:
    """People hurt or killed right after a civilians' toll (its sentence or the next), in no
    other place named and no other incident: more of the same civilians. The missing only in
    a sentence of their own right after the toll ("... 14 civils tués. Quinze personnes restent
    introuvables", "Rescuers are still looking for 16 people who remain unaccounted for": those
    the strike buried); in the toll's own sentence they stay open ("..., qui évoque aussi des
    dizaines de personnes portées disparues": whoever they are), and so do the taken."""
    if named_by is None or d.kind not in ("killed", "wounded", "casualties", HURT, "missing"):
        return False  # HURT: "27 человек пострадали", wounded or casualties decided later
    if d.kind == "missing" and d.sentence != named_by.sentence + 1:
        return False
    if not 0 <= d.sentence - named_by.sentence <= 1 or _new_incident(doc, d, named_by):
        return False
    if d.sentence == named_by.sentence:
        return True
    s, e = doc.sentences[d.sentence]
    # "In Nikopol, nine people were injured", "وفي نيكوبول أصيب": a place of its own, another toll
    return not any(place_after(doc, k, known=True, caseless=True) for k in range(s, e - 1))


def _said_fighters(doc: Doc, d: Draft) -> bool:
    """After the figure, its speaker says the dead were fighters: "قدّرت الجماعة عدد القتلى بنحو
    300، زاعمة أنهم من عناصر الميليشيات", "put the toll at 300, saying they were militiamen":
    no more of the civilians another speaker counted."""
    if d.q is None:
        return False
    _, e = doc.sentences[d.sentence]
    for k in range(d.q.end, e):
        if doc.tokens[k].kind == NUM or not TRIGGER_SET.isdisjoint(doc.at[k]):
            return False  # another figure or another toll: not what these dead were
        if (
            PRONOUN in doc.at[k]
            and k > d.q.end
            # "زاعمة أنهم", "claiming they": what is said of them, not "، وهم سيساعدوننا" (and
            # they will help us bring our heroes home)
            and (
                THAT in doc.at[k]
                or (doc.tokens[k - 1].kind == WORD and not doc.flags(k) & CONJ_PREFIX)
            )
        ):
            return any(not _S_FIGHTERS.isdisjoint(doc.at[j]) for j in range(k + 1, min(k + 5, e)))
    return False


def _war_toll_after(d: Draft, named_by: Draft | None) -> bool:
    """A toll since a start (the war's), in a sentence after a civilians' toll of one attack or
    a period: "... dozens of civilians were killed in shelling last week. Tens of thousands
    have died in the country since the war began" counts the dead of every kind."""
    return (
        named_by is not None
        and d.sentence > named_by.sentence
        and d.scope == "cumulative"
        and named_by.scope != "cumulative"
    )


def _new_incident(doc: Doc, d: Draft, named_by: Draft | None) -> bool:
    """ "Russia lost 40 soldiers. Elsewhere, 12 people were killed in a market": people of an
    incident a later sentence sets apart (another place, a civil place, a home) are not the
    party's men; "more than 80 people died in the attack" still are."""
    if named_by is None or d.sentence == named_by.sentence or d.scope != "event":
        return False
    s, e = doc.sentences[d.sentence]
    return any(not _S_ELSEWHERE.isdisjoint(doc.at[k]) for k in range(s, e))


def _in_named_place(doc: Doc, d: Draft) -> bool:
    """A preposition and a capitalised name right after the figure and its word of harm."""
    if d.q is None or d.trigger.concept == ELIMINATED or SLANG_OWN in doc.at[d.trigger.start]:
        return False
    return place_after(doc, max(d.q.end, d.trigger.end), known=True)


def _at_hospital(doc: Doc, d: Draft) -> bool:
    """A hospital (or another place only civilians fill) in the figure's sentence, or in the
    speaker's words of the sentence after."""
    if HOSPITAL not in doc.concepts and CIVIL_PLACE not in doc.concepts:
        return False
    s, e = doc.sentences[d.sentence]
    if d.sentence + 1 < len(doc.sentences):
        e = doc.sentences[d.sentence + 1][1]
        # "وأصيب 19 آخرون بجراح يتلقون العلاج": a word of care after the next sentence's own
        # figure is where those people are, not this figure's
        nxt = doc.sentences[d.sentence + 1][0]
        e = next((k for k in range(nxt, e) if figure_word(doc, k)), e)
    return any(HOSPITAL in doc.at[k] or CIVIL_PLACE in doc.at[k] for k in range(s, e))


def _people_toll_before(doc: Doc, drafts: list[Draft], k: int, heads: _Heads) -> str | None:
    """A bare figure in a post whose earlier toll counted people of no side (or civilians),
    in a sentence that names no side or fighters itself: the same people's."""
    d = drafts[k]
    if heads(d) != "bare" or d.q is None or SLANG_OWN in doc.at[d.trigger.start]:
        return None
    s, e = doc.sentences[d.sentence]
    if any(not _S_SIDE_WORDS.isdisjoint(doc.at[j]) for j in range(s, e)):
        return None
    for p in reversed(drafts[:k]):
        if p.q is not None and heads(p) == "people" and p.victim in (UNKNOWN, "civilians"):
            return p.victim
    return None


def _civil_toll_before(drafts: list[Draft], d: Draft) -> str | None:
    """The civilians a figure before a zero toll counted, in its sentence or the one before."""
    for p in reversed([p for p in drafts if p.pos < d.pos]):
        if p.sentence < d.sentence - 1:
            break
        if p.q is not None and p.explicit and p.victim == "civilians":
            return "civilians"
    return None


def _after_claim(drafts: list[Draft], d: Draft) -> bool:
    return any(
        p.sentence == d.sentence and p.pos < d.pos and p.q is not None and p.victim is not None
        for p in drafts
    )


def _goes_on(drafts: list[Draft], d: Draft, bare: bool = False) -> bool:
    """ "killed one person and wounded 29 others", "2 people killed, 7 injured": "others" and a
    figure with no noun right after a claim in its sentence are of the group that claim counts
    (whatever victim it gets), not of the post's header or topic."""
    if d.q is None:
        return False
    if d.q.others:
        return any(p.sentence in (d.sentence, d.sentence - 1) and p.pos < d.pos for p in drafts)
    return bare and any(
        p.sentence == d.sentence and p.pos < d.pos and p.q is not None and p.victim is None
        for p in drafts
    )


def _noun_of(doc: Doc, q: Quantity) -> str | None:
    """The counted noun for soldiers right after figure q ("21 Malian soldiers"), or the figure
    itself ("جنديين"), lowercased."""
    first = q.fig_start if q.selfhead else q.fig_end
    for k in range(first, min(q.fig_end + 3, len(doc.tokens))):
        if doc.tokens[k].kind == PUNCT:
            return None
        if SOLDIERS in doc.at[k]:
            return doc.tokens[k].text.lower()
    return None


def _same_word(a: str, b: str) -> bool:
    """Two forms of one noun: "soldier" and "soldiers", "солдат" and "солдата"."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n >= 4 and n >= max(len(a), len(b)) - 2


def _same_noun_before(doc: Doc, drafts: list[Draft], k: int) -> str | None:
    """The one party the earlier figures of the same noun for soldiers were said of."""
    q = drafts[k].q
    noun = _noun_of(doc, q) if q is not None else None
    if noun is None:
        return None
    found: set[str] = set()
    for p in drafts[:k]:
        if p.q is None or not p.explicit or p.victim in (None, UNKNOWN, "civilians"):
            continue
        other = _noun_of(doc, p.q)
        if other is not None and _same_word(noun, other):
            found.add(str(p.victim))
    return found.pop() if len(found) == 1 else None


def _mixed_object(drafts: list[Draft], p: Draft) -> bool:
    """Claim p is one of the objects of a verb of harm before them, beside a claim of another
    victim (or of none yet: "five soldiers" beside "two civilians" are no civilians)."""
    t = p.trigger
    return (
        p.q is not None
        and t.end <= p.q.start
        and any(
            o is not p
            and o.trigger is t
            and o.q is not None
            and t.end <= o.q.start
            and o.victim != p.victim
            for o in drafts
        )
    )


def _mixed_list(doc: Doc, drafts: list[Draft], i: int) -> bool:
    """Claim i ends a list of figures of one kind, joined by "and" or a comma, the one before
    it of another victim: "47 FAMa and 84 Wagner killed" (each figure may take its own word
    of harm, "the toll: 47 FAMa and 84 Wagner killed")."""
    if i == 0:
        return False
    p, o = drafts[i], drafts[i - 1]
    if p.q is None or o.q is None or o.sentence != p.sentence or o.kind != p.kind:
        return False
    if o.victim in (None, p.victim) or not 0 <= p.q.start - o.q.end <= 4:
        return False
    between = range(o.q.end, p.q.start)
    return any(CONJ in doc.at[j] or doc.is_punct(j, ",،") for j in between) and all(
        TRIGGER_SET.isdisjoint(doc.at[j]) and not doc.flags(j) & VERB for j in between
    )


def _after_mixed(doc: Doc, drafts: list[Draft], k: int) -> bool:
    """The claim before draft k, in its sentence, is one of a toll's figures of different
    victims: "47 FAMa and 84 Wagner killed, dozens taken prisoner"."""
    d = drafts[k]
    if k == 0 or d.q is None or _noun_of(doc, d.q) is not None:
        return False  # "وأسروا جنديين": the soldier noun goes on with its own party
    if d.q.fig_start > 0 and SOLDIERS in doc.at[d.q.fig_start - 1]:
        return False  # "وأسروا جندياً واحداً": the same, its noun before the numeral
    p = drafts[k - 1]
    if p.sentence != d.sentence or p.victim is None or p.q is None:
        return False
    # the other figures of p's verb before it, not the bare figure itself ("(+1 230)")
    t, after = p.trigger, p.trigger.end <= p.q.start
    return _mixed_list(doc, drafts, k - 1) or any(
        o.trigger is t
        and o.q is not None
        and (t.end <= o.q.start) == after
        and o.victim != p.victim
        for o in drafts[: k - 1]
    )


def _inherit(doc: Doc, drafts: list[Draft], heads: _Heads) -> None:
    # "ещё 25 ранены", "and wounded seven": the claim before in the sentence (not "... 30 terrorists");
    # "ещё один боец числится пропавшим" goes on from the sentence before too
    for k, d in enumerate(drafts):
        head = "bare" if d.q is None else heads(d)
        if (
            d.victim is None
            and (head == "bare" or (d.q is not None and d.q.others))
            # "..., زاعمة أنهم من عناصر الميليشيات": its speaker says whom it counted
            and not _said_fighters(doc, d)
        ):
            first = d.sentence - 1 if d.q is not None and d.q.others else d.sentence
            for p in reversed(drafts[:k] if k < 64 else drafts[k - 64 : k]):
                if p.sentence < first:
                    break
                if p.victim is None and p.sentence == d.sentence and first < d.sentence:
                    # "The katsaps left 17 two-hundreds ..., and 6 more were taken prisoner":
                    # "more" of the figure before it in its sentence, whose owner the slang
                    # reading below settles, not of the sentence before
                    break
                if p.victim:
                    # "Ще щонайменше 40 людей поранено", "Huit autres personnes ont été
                    # blessées" after a sentence on civilians: the other people of the same
                    # toll are more of them, as "ещё 110 человек ранены" in its sentence is
                    # (round 19: every stand-in set's authors read them so; dev and train
                    # have no case either way)
                    d.victim = p.victim
                    if drafts[k - 1] is p and (
                        (d.q is not None and d.q.others and _mixed_object(drafts, p))
                        or (head == "bare" and _after_mixed(doc, drafts, k))
                    ):
                        # "killed five fighters and two civilians and wounded several
                        # others": the others of a toll that mixes sides are nobody's; so
                        # is a bare figure that goes on with it ("47 FAMa and 84 Wagner
                        # killed, dozens taken prisoner": of which, the text does not say)
                        d.victim = UNKNOWN
                    break
    # "87 «двохсотих» і 143 «трьохсотих» окупантів": the claim after, joined to it
    for k in range(len(drafts) - 2, -1, -1):
        d, nxt = drafts[k], drafts[k + 1]
        if (
            d.victim is None
            and nxt.q is not None
            and nxt.sentence == d.sentence
            and nxt.victim
            and not nxt.q.part_of  # "900 morts, dont 294 civils": a part names no whole
            and doc.hard[nxt.pos] == doc.hard[d.pos]
            and heads(d) == "bare"
            and not (d.q is not None and d.q.others)
            # "des dizaines de morts dans les rangs ennemis, 7 soldats maliens faits
            # prisonniers": a toll that says whose it is ("the enemy's") takes no name after it
            and not (
                d.q is not None
                and any(ENEMY in doc.at[k] for k in range(d.q.end, min(d.q.end + 6, nxt.q.start)))
            )
            # "12 soldiers were killed and seven wounded, and ... killed dozens of attackers":
            # a bare figure after a claim of its sentence goes on with that one, not the next
            and not (k > 0 and drafts[k - 1].sentence == d.sentence and drafts[k - 1].q is not None)
        ):
            d.victim = nxt.victim
