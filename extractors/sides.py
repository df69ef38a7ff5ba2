"""Sides: who "the enemy", "our" and "the attackers" are for a speaker, and whose men a side
tells of when it claims a kill or a capture ("уничтожено 50 военнослужащих": the other side's;
"Mali's army said 19 soldiers were killed": its own).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extractors.actors import (
    ALLIES,
    ARMED_GROUPS,
    DEFAULT_ENEMY,
    PARTIES,
    REPORTER_SIDE,
    SIDES,
    STATE_FORCES,
)
from extractors.doc import Doc
from extractors.morph import VERB
from extractors.phrases import (
    ARMY_REF,
    ATTACKERS_REF,
    ENEMY_REF,
    MIXED,
    OURS_REF,
    POSS_REF,
    PRONOUN_REF,
    REBELS_REF,
    UNIT_REF,
    UNKNOWN,
    agent_of,
    clause_start,
    noun_trigger,
    regulars_after,
    soldiers_struck_by,
    state_attacker,
    struck_side,
    the_strike,
)
from extractors.rules import (
    ACTOR,
    ADMIT,
    ARMY,
    ARTICLE,
    CAPTOR,
    CAPTURED,
    CASUALTIES,
    CONJ,
    CREDIT,
    DEATH_OF,
    DIE,
    ELIMINATED,
    FIGHTERS,
    FIGURE_WORDS,
    FORMATION,
    KILLED,
    LINK,
    LOSS,
    MILITANTS,
    MINUS,
    REGULARS,
    SAY,
    SO_CALLED,
    STRUCK,
    TALLY,
)
from extractors.tokens import NUM, PUNCT

if TYPE_CHECKING:
    from extractors.draft import Draft
    from extractors.quantities import Quantity


@dataclass
class Context:
    channel_side: str | None
    mentioned: list[str] = field(default_factory=list)  # party ids in order of first mention
    army: str | None = None  # whose "the army" this post means
    theatre: dict[str, str] = field(default_factory=dict)  # "Russians" in Mali are Africa Corps
    country: str | None = None  # the army of the country the post names most, party or not
    rebels: str | None = None  # whom "the rebels" / "the militia" name in the post's theatre
    voice: str | None = None  # the party whose fighting formation the post names ("مجموعة قوات")
    # the one side of the reporters the post names ("Ukraine's General Staff update."): whose
    # "enemy" a post of no other stated side means
    reporter_side: str | None = None
    # the side a post of no stated side reads from because of its language and war (a
    # Ukrainian outlet on Ukraine's war): whose "our" and "enemy" and whose unit speakers
    home_side: str | None = None

    @property
    def view(self) -> str | None:
        """The side the post speaks from: the channel's, else its language's home side."""
        return self.channel_side or self.home_side

    def side_of(self, claimant: str) -> str | None:
        if claimant == "self":
            return self.channel_side
        if claimant in DEFAULT_ENEMY or claimant in ALLIES:
            return claimant
        return REPORTER_SIDE.get(claimant)

    def outside_state(self, claimant: str) -> bool:
        """The claimant is the army or ministry of a state outside the table ("niger_army",
        "chad_mod"): its "enemy" and its soldiers are no party of the table."""
        return self.side_of(claimant) is None and claimant.endswith(("_army", "_mod"))

    def enemy_of(self, side: str | None, named: bool = False) -> str | None:
        """The other side. `named`: the text says "the enemy" itself, which is the speaker's
        own war's even where the post also names another war."""
        if side is None:
            return None
        side = self.theatre.get(side, side)  # a Russian channel on Mali speaks for Africa Corps
        friends = ALLIES.get(side, frozenset()) | {side, "civilians"}
        for actor in self.mentioned:
            if actor not in friends:
                return actor
        enemy = DEFAULT_ENEMY.get(side)
        if not named and self.country is not None and self.country not in (side, enemy):
            return None  # "террористы" in a post about Syria are not Russia's usual enemy
        return enemy

    def joint_enemy(self, side: str) -> bool:
        """An armed group whose post names two allied forces it fought (the Malian army and
        the Russians beside it), or a state's side whose post names two armed groups and no
        other foe: "the enemy" counts both."""
        foes = {self.theatre.get(a, a) for a in self.mentioned} - {side, "civilians"}
        if side not in ARMED_GROUPS:
            # "our guys and FAMa have been fighting off the FLA separatists and JNIM
            # terrorists ... up to 80 enemy fighters": a state's side (or its hired force) that
            # fought two armed groups at once counts no one party as "the enemy"
            foes -= ALLIES.get(side, frozenset())
            return len(foes) >= 2 and foes <= ARMED_GROUPS
        return any(b in ALLIES.get(a, frozenset()) for a in foes for b in foes)

    def resolve(self, ref: str | None, claimant: str, home: bool = True) -> str | None:
        """A phrase's reading as a victim id, given who speaks. `home=False`: the post's home
        side does not say whose "they" are ("з них 30 поранені" of people crossing a border)."""
        if ref is None:
            return None
        if ref == MIXED:
            return UNKNOWN
        if ref == ENEMY_REF:
            # a speaker of no known side quoted by a channel that has one ("military blogger X
            # wrote that the enemy lost", "по словам военкора"): the channel's enemy
            side = (
                self.side_of(claimant)
                or self.channel_side
                or self.reporter_side
                or (self.home_side if home else None)
            )
            if side is None and self.voice is not None:
                # "مجموعة قوات «الشرق» الروسية صدت 5 هجمات. بلغت خسائر العدو 145": the enemy of
                # the formation the post tells of, not the one party it names
                return self.enemy_of(self.voice, named=True) or UNKNOWN
            if side is None and self.outside_state(claimant):
                return UNKNOWN  # "le ministère nigérien fait état de 12 assaillants neutralisés"
            if side is None:
                # "росіяни щодня втрачають сотні ... ворог втратив тут 436": a speaker of no
                # known side, in a post that names one party only, means that party
                named = {a for a in self.mentioned if a != "civilians"}
                return named.pop() if len(named) == 1 else UNKNOWN
            if self.joint_enemy(side):
                return UNKNOWN  # "nos unités ont repoussé une attaque des FAMa et de leurs
                # supplétifs de Wagner ... 9 ennemis tués": a joint column, no one party
            return self.enemy_of(side, named=True) or UNKNOWN
        if ref in (OURS_REF, PRONOUN_REF, POSS_REF, UNIT_REF):
            side = self.side_of(claimant) or (self.home_side if claimant == "self" else None)
            # a Russian channel's "our losses" in Mali are Africa Corps'
            return self.theatre.get(side, side) if side is not None else UNKNOWN
        if ref == ARMY_REF:
            return self.army or UNKNOWN
        if ref == REBELS_REF:
            return self.rebels or UNKNOWN
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


def formation_side(doc: Doc) -> str | None:
    """The party of the first fighting formation the post names with its side: "مجموعة قوات
    «الشرق» الروسية", "Russia's group of forces East" (a party word a few words on or just
    before, in the same sentence)."""
    for i in doc.starts_of(FORMATION):
        end = doc.at[i][FORMATION].end
        sid = doc.sentence_of[i]
        s, e = doc.sentences[sid]
        for k in (*range(end, min(end + 5, e)), *range(i - 1, max(s, i - 3) - 1, -1)):
            m = doc.at[k].get(ACTOR)
            if m is not None and m.payload in PARTIES and m.payload != "civilians":
                return str(m.payload)
    return None


def agentive(doc: Doc, d: Draft, ctx: Context) -> str | None:
    """ "уничтожено 50 военнослужащих", "قالت إنها أسرت ٤٢ جندياً", "JNIM claims the death of 40
    soldiers": a side telling of its own kill or capture counts the other side's men. A kill
    whose agent is named ("Russia killed 30 soldiers") counts the speaker's own."""
    t, q = d.trigger, d.q
    if q is None or q.others:
        return None  # "وأُسر ١٥ آخرين": others of the group before
    if MINUS in doc.concepts and (
        doc.ends_at(q.start, MINUS) is not None or MINUS in doc.at[t.start]
    ):
        side = ctx.side_of(d.claimant)  # "Мінус 14 «двохсотих»": what the side took out
        return ctx.enemy_of(side) if side is not None else None
    if t.concept == LOSS:
        return None
    admitter = _admitter(doc, q.start, ctx.army)
    if admitter is not None:
        # "Армія Малі цифри заперечила, визнавши загибель чотирьох військовослужбовців": who
        # admits the deaths names its own, whoever the channel is
        return ctx.theatre.get(admitter, admitter)
    active = (
        t.concept == ELIMINATED
        # "уражено 87 одиниць особового складу": the side that hit them counts the other's
        or (t.concept == CASUALTIES and t.end <= q.start and STRUCK in doc.at[t.start])
        or (
            t.end <= q.start
            and t.concept in (KILLED, CAPTURED)
            and not noun_trigger(doc, t)
            and not _announced(doc, t.start)
            and DIE not in doc.at[t.start]  # "повідомили, що загинули семеро": no kill of theirs
            # "named the number of soldiers killed: 31,000": a count of the dead, no kill
            and not any(TALLY in doc.at[k] for k in range(max(0, t.start - 4), t.start))
        )
        or _credit(doc, t.start)
        # "взяли в плен 26 человек", "took 12 prisoner": a verb takes the captive noun
        or (t.concept == CAPTURED and t.end <= q.start and _verb_before(doc, t.start, q.start))
        # "assurent avoir fait 45 prisonniers", "took 45 prisoners": the verb of taking right
        # before the figure of its captives
        or (
            t.concept == CAPTURED
            and q.start <= t.start
            and doc.ends_at(q.start, CAPTOR) is not None
        )
    )
    if not active:
        return _own_soldiers(doc, d, ctx)
    s, _ = doc.sentences[d.sentence]
    struck = (
        soldiers_struck_by(doc, s, min(q.start, t.start), ctx.country)
        if regulars_after(doc, q)
        else None
    )
    if struck is not None:
        # "Росіяни вдарили по полігону: загинули 12 військових, підтвердили в ЗСУ": the
        # soldiers of the side struck, not the speaker's kill
        return struck
    side = ctx.side_of(d.claimant)
    if side is None:
        # "Niger's army said it killed some 30 militants" after "militants of the Islamic
        # State attacked": a speaker outside the table, the group the post put to that word
        return _named_militants(doc, frozenset()) if _militants(doc, q) else None
    if d.claimant == "self" and t.concept == KILLED:
        return _own_soldiers(doc, d, ctx)  # "قتل جندي" in the army's channel: one of its own
    if _admitted_here(doc, q):
        return side  # "أقرّت وزارة الدفاع بمقتل 9 جنود", "the army admitted": its own
    if t.end <= q.start and d.sentence > 0 and the_strike(doc, clause_start(doc, t.start), t.start):
        # "... a Ukrainian strike hit a training ground in Russia's Kursk region. Kyiv claimed
        # the strike had killed up to 100 servicemen": the side the strike told of before hit
        hit = struck_side(doc, *doc.sentences[d.sentence - 1])
        if hit is not None:
            return hit
    if side in STATE_FORCES and _regulars(doc, q) and _credit(doc, t.start):
        # "the army said ... days after the group claimed an ambush that killed 41 soldiers": no
        # army claims a kill of soldiers; the group's credit counts the army's own
        return ctx.theatre.get(side, side)
    if t.end <= q.start:
        # "A Russian missile strike on a training ground in Ukraine's ... region killed 12
        # soldiers": the side whose place the strike hit, not the last name before the verb
        hit = struck_side(doc, clause_start(doc, t.start), t.start)
        if hit is not None:
            return hit
    agent = ctx.resolve(agent_of(doc, t.start), d.claimant)
    if agent is None and t.end <= q.start:
        # "une frappe russe sur Kharkiv a tué 5 soldats, selon Kiev": the enemy's strike
        # killed the speaker's men
        agent = state_attacker(doc, clause_start(doc, t.start), t.start)
    friends = ALLIES.get(side, frozenset()) | {side}
    if agent is not None and agent not in friends and agent != UNKNOWN:
        return side  # "Russia killed 30 soldiers", said by Ukraine: Ukraine's
    if side not in STATE_FORCES and _regulars(doc, q):
        # "JNIM ... وأسروا جندياً واحداً": a group's captive "soldier" is the army's, not its
        # allied mercenaries'
        for actor in ctx.mentioned:
            actor = ctx.theatre.get(actor, actor)  # Russians in Mali are Africa Corps
            if actor in STATE_FORCES and actor not in friends:
                return actor
    enemy = ctx.enemy_of(side)
    if enemy is not None and enemy not in STATE_FORCES and _militants(doc, q):
        # "the army said it neutralised 80 terrorists": a word for any armed group names none,
        # unless the post put a name to that word ("un groupe de terroristes du FLA")
        # "накрыли колонну FLA ... Ликвидировано больше дюжины боевиков": the one armed group
        # the post names, itself the enemy
        others = {
            ctx.theatre.get(a, a) for a in ctx.mentioned if a not in friends and a != "civilians"
        }
        only = others.pop() if len(others) == 1 else None
        if only is not None and not any(
            ctx.theatre.get(str(doc.at[i][ACTOR].payload), str(doc.at[i][ACTOR].payload)) == only
            for i in doc.starts_of(ACTOR)
            if i < q.start
        ):
            only = None  # named only after the figure: another incident's group
        return (
            _named_militants(doc, friends)
            or (only if only is not None and only not in STATE_FORCES else None)
            or UNKNOWN
        )
    return enemy


def _admitted_here(doc: Doc, q: Quantity) -> bool:
    """A verb of admitting before the figure in its clause, with no verb of saying after it:
    "the army acknowledged heavy losses, and said it had killed about 20 terrorists" admits
    the losses, then tells of its own kill."""
    admit = next(
        (k for k in range(q.start - 1, clause_start(doc, q.start) - 1, -1) if ADMIT in doc.at[k]),
        None,
    )
    return admit is not None and not any(SAY in doc.at[k] for k in range(admit + 1, q.start))


def _militants(doc: Doc, q: Quantity) -> bool:
    first = q.fig_start if q.selfhead else q.fig_end
    return any(MILITANTS in doc.at[k] for k in range(first, min(q.fig_end + 3, len(doc.tokens))))


def _admitter(doc: Doc, i: int, army: str | None) -> str | None:
    """The party named as the subject before a verb of admitting that precedes token i in its
    sentence ("the Malian army ..., admitting the deaths of")."""
    if ADMIT not in doc.concepts:
        return None
    s, _ = doc.sentences[doc.sentence_of[i]]
    admit = next((k for k in range(i - 1, s - 1, -1) if ADMIT in doc.at[k]), None)
    if admit is None or any(SAY in doc.at[k] for k in range(admit + 1, i)):
        return None  # "acknowledged losses ..., and said 20 terrorists were neutralised"
    if any(MILITANTS in doc.at[k] for k in range(i, min(i + 4, len(doc.tokens)))):
        return None  # no one admits the death of the militants it fought
    if doc.rules.subject_after_verb:
        # "أقرّت وزارة الدفاع الروسية بمقتل 9 جنود": the admitter right after its verb
        for k in range(admit + 1, min(i, admit + 5)):
            if ARMY in doc.at[k] and army is not None:
                return army  # "أقر الجيش بمقتل": the army of the post's war
            m = doc.at[k].get(ACTOR)
            if m is not None and m.payload in SIDES:
                return str(m.payload)
    speaker = None
    for k in range(s, admit):
        if ARMY in doc.at[k] and army is not None:
            return army  # "Армія Малі ..., визнавши": the army of the post's war
        m = doc.at[k].get(ACTOR)
        if m is None or m.payload not in SIDES:
            continue
        if k in doc.speakers:
            speaker = speaker or str(m.payload)
        elif not _counted_by_figure(doc, s, k):
            return str(m.payload)
    # "قال المتحدث باسم الإطار إن مقاتليه قتلوا 30 جندياً مالياً، وأقر بمقتل 5 مقاتلين": the
    # soldiers a figure counts are no subject; the spokesman's party admits its own
    return speaker


def _counted_by_figure(doc: Doc, s: int, k: int) -> bool:
    """A figure a few words before the name at token k, in its phrase ("84 من عناصر فاغنر", "20
    des mercenaires de Wagner"): the name is what the figure counts, no subject."""
    for j in range(k - 1, max(s, k - 6) - 1, -1):
        if doc.tokens[j].kind == PUNCT:
            return False
        if doc.tokens[j].kind == NUM or not FIGURE_WORDS.isdisjoint(doc.at[j]):
            return True
    return False


def _named_militants(doc: Doc, friends: frozenset[str] | set[str]) -> str | None:
    """The group a militant word is given in the post: "terroristes du FLA", "боевики ИГ"."""
    n = len(doc.tokens)
    for i in doc.starts_of(MILITANTS):
        end = i + 4
        for k in range(i + 1, n):
            if k >= min(n, end):
                break
            if SO_CALLED in doc.at[k]:
                # "террористов из так называемого FLA": "so-called" says nothing, the name after
                end += 1
                continue
            if doc.tokens[k].kind == PUNCT and doc.tokens[k].text not in "\"'":
                break
            actor = doc.at[k].get(ACTOR)
            if actor is not None and actor.payload not in friends:
                if _another_group(doc, actor.end, str(actor.payload), friends):
                    # "the terrorists of the CSP and JNIM": two groups fought as one, whose
                    # dead a figure of the militants does not part
                    return UNKNOWN
                return str(actor.payload)
    return None


def _another_group(doc: Doc, i: int, group: str, friends: frozenset[str] | set[str]) -> bool:
    """ "and JNIM", "et du JNIM" right after token i: another group joined to the one named."""
    n = len(doc.tokens)
    if i >= n or CONJ not in doc.at[i]:
        return False
    for k in range(i + 1, min(n, i + 4)):
        actor = doc.at[k].get(ACTOR)
        if actor is not None:
            return actor.payload not in friends and actor.payload not in (group, "civilians")
        if doc.tokens[k].kind == PUNCT or (ARTICLE not in doc.at[k] and LINK not in doc.at[k]):
            return False
    return False


def _regulars(doc: Doc, q: Quantity) -> bool:
    first = q.fig_start if q.selfhead else q.fig_end
    start = q.start - 1 if q.start > 0 else first  # "جندياً واحداً": the noun before "one"
    return any(
        REGULARS in doc.at[k] for k in (start, *range(first, min(q.fig_end + 3, len(doc.tokens))))
    )


def _own_soldiers(doc: Doc, d: Draft, ctx: Context) -> str | None:
    """ "Mali's army said 19 soldiers were killed", "9 soldats ont été tués" in the army's own
    channel: a state's forces telling of soldiers killed, wounded or taken (not by their own
    hand) count their own; a rebel group's "soldiers" are the army it fights, its "fighters"
    its own ("Wagner's press service said 1 fighter was killed"). Militants are no such word."""
    side = ctx.side_of(d.claimant)
    if side is None or side not in ALLIES or d.q is None:
        return None
    if ctx.country is not None and ctx.country not in PARTIES:
        return None  # "В Ливане ... погибли четверо военных" in a Russian channel: not its own
    first = d.q.fig_start if d.q.selfhead else d.q.fig_end  # "قتل جندي": the figure is the noun
    for k in range(first, min(d.q.fig_end + 3, len(doc.tokens))):
        if FIGHTERS in doc.at[k] and side not in STATE_FORCES:
            return side
        if REGULARS in doc.at[k]:
            # rebels and jihadists telling of soldiers killed tell of the army they fight; Russia's
            # men in Mali are Africa Corps
            return ctx.theatre.get(side, side) if side in STATE_FORCES else ctx.enemy_of(side)
        if doc.tokens[k].kind == PUNCT:
            break
    return None


def _verb_before(doc: Doc, i: int, end: int) -> bool:
    """A verb among the two words before token i or up to the figure ("В плен взяли 14")."""
    return any(doc.flags(k) & VERB for k in range(max(0, i - 2), end))


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


def _announced(doc: Doc, i: int) -> bool:
    """ "أعلن الجيش السوداني مقتل جندي": a death the speaker announces right after its name
    (not "الضربة أسفرت عن مقتل ٦٠": what its strike did)."""
    return i > 0 and DEATH_OF in doc.at[i] and (i - 1) in doc.speakers
