"""The victim the words name: an actor in the figure's own noun phrase ("40 боевиков ВСУ",
"Dozens of Wagner fighters"), an "among X" phrase, the possessor of a losses noun ("потери
ВСУ", "Russia's losses"), the subject of "to lose", the party a pronoun stands for, the toll
named before "rose to", the header line over a list. The answers are actor ids or references
("the enemy", "our", "its") that sides.Context resolves through the speaker's side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from extractors.actors import STATE_FORCES
from extractors.doc import Doc
from extractors.morph import NOMINATIVE, VERB
from extractors.morph import PREP as PREP_FLAG
from extractors.phrases import (
    ATTACKERS_REF,
    ENEMY_REF,
    MIXED,
    OURS_REF,
    POSS_REF,
    PRONOUN_REF,
    UNKNOWN,
    among_victim,
    bare_group,
    by_cause,
    families,
    figure_word,
    joined_mixed,
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
    AMONG,
    APPOSITION,
    ARMY,
    ARTICLE,
    ATTACKERS,
    CAPTIVITY,
    CAPTOR,
    CAPTURED,
    CASUALTIES,
    CONJ,
    ELIMINATED,
    ENEMY,
    FIGHTERS,
    FIGURE_WORDS,
    GROWTH,
    INFLICT,
    KILLED,
    LINK,
    LOSS,
    MILITANTS,
    MINUS,
    MOSTLY,
    NEG,
    NOUN_TRIGGER,
    OURS,
    OWN_UNIT,
    PART_OF,
    PEOPLE,
    POSITIONS,
    POSS,
    PREP,
    RAID,
    REPEL,
    SINCE,
    SOLDIERS,
    STRIKE,
    STRUCK,
    SUFFER,
    TALLY,
    THE_GROUP,
    THEM,
    TRIGGER_SET,
    UNIT,
)
from extractors.tokens import GLUED, NUM, PUNCT, WORD

_KILL_VERBS: Final = frozenset((KILLED, ELIMINATED))

if TYPE_CHECKING:
    from extractors.draft import Draft
    from extractors.quantities import Quantity
    from extractors.triggers import Trigger


def _label(doc: Doc, q: Quantity) -> str | None:
    """ "Civilians: one killed, six injured", "Мирные жители: двое погибших": a short label of
    whom, set off by a colon right before the figure, at the start of its sentence or line."""
    colon = q.fig_start - 1
    if colon <= 0 or not doc.is_punct(colon, ":"):
        return None
    a = colon
    while a > 0 and colon - a < 4 and doc.tokens[a - 1].kind != PUNCT:
        a -= 1
    s, _ = doc.sentences[doc.sentence_of[colon]]
    if a == colon or not (a == s or doc.hard[a] != doc.hard[a - 1] or doc.is_punct(a - 1, ".")):
        return None
    for k in range(a, colon):
        m = doc.at[k].get(ACTOR)
        # only civilians: "Ukraine : vingt morts" names the country of the story, not whose dead
        if m is not None and m.end <= colon and m.payload == "civilians":
            return "civilians"
    return None


def _lead(doc: Doc, q: Quantity, end: int | None = None) -> str | None:
    """Whose, said in the clauses that lead to the figure ("у противника минимум семь")."""
    start = lead_start(doc, q.start)
    return among_victim(doc, start, q.start if end is None else max(start, end), lead=True)


def _lead_unless_ours(doc: Doc, q: Quantity, poss: bool, end: int | None = None) -> str | None:
    lead = _lead(doc, q, end)
    return None if poss and lead == OURS_REF else lead  # not "У RSF ... своїх бійців"


def _gapped_subject(doc: Doc, q: Quantity) -> str | None:
    """ "the musicians lost 40 killed, the Malians at least 20": a clause of no verb whose only
    words before the figure name a party is that party's share of the verb before."""
    k, clause, dashed = q.start, doc.clause[q.start], False
    while k > 0:
        if doc.clause[k - 1] != clause:
            if dashed or not doc.is_punct(k, "-—"):
                break
            # "малийцы — не менее 15": the dash sets off the figure, not a clause
            clause, dashed = doc.clause[k - 1], True
        k -= 1
    n = len(doc.tokens)
    while k < q.start and (
        doc.tokens[k].kind == PUNCT or CONJ in doc.at[k] or ARTICLE in doc.at[k]
    ):
        k += 1
    if k >= q.start or k >= n:
        return None
    ref, end = ref_at(doc, k)
    if ref is None or ref in (PRONOUN_REF, POSS_REF):
        return None
    if any(doc.tokens[j].kind != PUNCT for j in range(end, q.start)):
        return None  # "the Malians lost at least 20", "... of them": not the bare party
    return ref


def _named_right_after(doc: Doc, k: int) -> str | None:
    if k >= len(doc.tokens):
        return None
    m = doc.at[k].get(ACTOR)
    return str(m.payload) if m is not None and m.payload != "civilians" else None


def _we_did(doc: Doc, verb: int) -> bool:
    """ "Мы убили", "Our troops killed": "we" as the subject of the verb of killing at token
    `verb` did it; not "у нас погибли" (after a preposition) nor "Наших пацанов полегло" (not a
    subject's case)."""
    start = max(0, verb - 3)
    if any(AMONG in doc.at[j] or PREP in doc.at[j] for j in range(start, verb)):
        return False
    ours = [j for j in range(start, verb) if OURS in doc.at[j]]
    if not doc.rules.analyzer.startswith("pymorphy"):
        return bool(ours)
    return any(doc.flags(j) & NOMINATIVE for j in ours)  # with cases, the subject's


def _we_took(doc: Doc, trig: Trigger) -> bool:
    """ "наші воїни взяли в полон", "our men took him prisoner": "we" as the subject of a verb of
    taking captives is the captor; the verb may stand before the captive word ("взяли в плен")."""
    m = doc.at[trig.start].get(CAPTOR) or doc.ends_at(trig.end, CAPTOR)
    return m is not None and _we_did(doc, m.start)


def _mostly_at(doc: Doc, head: int) -> bool:
    """ ", в основном мобилизованные", ", mostly conscripts" right after the figure."""
    return MOSTLY in doc.concepts and any(
        MOSTLY in doc.at[k] and doc.is_punct(k - 1, ",،")
        for k in range(head, min(head + 3, len(doc.tokens)))
    )


def _army_adjective(doc: Doc, k: int) -> bool:
    """ "семеро армейских военнослужащих", "army soldiers": an army word right before the soldiers
    counted says whose they are."""
    return (
        k + 1 < len(doc.tokens)
        and ARMY in doc.at[k]
        and doc.at[k][ARMY].end == k + 1
        and SOLDIERS in doc.at[k + 1]
    )


def _figure_between(doc: Doc, i: int, j: int) -> bool:
    return any(
        doc.tokens[k].kind == NUM or not FIGURE_WORDS.isdisjoint(doc.at[k]) for k in range(i, j)
    )


def explicit_victim(doc: Doc, d: Draft) -> str | None:
    q, t = d.q, d.trigger
    n = len(doc.tokens)
    if q is None:
        return _zero_victim(doc, t)
    if q.fig_end < n and of_them(doc, q.fig_end) and (not q.part_of or d.trigger.start > q.end):
        # "ambushed a Russian assault group, killing 14 of them"; "160 раненых мирных жителей,
        # 23 из них скончались": a part of another kind, its verb after it, is of the same people
        return _antecedent(doc, q)
    prev = q.fig_start - 1
    if prev >= 0 and "NUMBER" in doc.at[q.fig_start] and ACTOR in doc.at[prev]:
        noun = doc.at[prev][ACTOR]
        if noun.end == q.fig_start and q.low == q.high and q.low is not None and q.low <= 2:
            return str(noun.payload)  # "وفاة مواطنَين اثنين": one or two follow their noun
    if t.end == q.start - 1 and t.start > 0 and doc.is_punct(t.end, ":"):
        # "Occupiers eliminated: 420", "russians killed: 517": a label names the counted
        label = doc.ends_at(t.start, ACTOR)
        if label is not None:
            return str(label.payload)
    poss = False
    head = q.fig_start if q.selfhead else q.fig_end  # "طفلان": the dual is its own noun
    if head < n:
        ref = phrase_victim(doc, head, head_trigger=True, army=_army_adjective(doc, head))
        if ref == POSS_REF:
            poss = True  # "six de ses soldats": whose, the rest of the sentence may say
        elif ref == PRONOUN_REF and q.part_of:
            return None  # "один из них погиб": one of the group just counted, its victim
        elif ref == PRONOUN_REF and (lead := _lead(doc, q)):
            return lead  # "وارتقى من جانبنا 4 شهداء نسأل الله لهم": whose, said before them
        elif ref == OURS_REF and _we_took(doc, t):
            pass  # "одного штурмовика наші воїни взяли в полон": "our" is the captor
        elif ref == MIXED and t.concept == CAPTURED and _mostly_at(doc, head):
            # "Пленных взяли одиннадцать, в основном мобилизованные": prisoners said to be
            # mostly of one kind are soldiers all the same, not soldiers and civilians
            pass
        elif ref is not None:
            return ref
        elif _group_in_phrase(doc, head):
            # "فيما قُتل 3 من عناصر التنظيم", "3 of the group's fighters": the armed group
            # named before
            group_ref = _subject_before(doc, q.start, True)
            if group_ref is not None:
                return group_ref
    if THEM in doc.concepts and (them := _them_before(doc, q, t)) is not None:
        # "Les Russes envoient des vagues d'assaut. Hier, on en a tué plus de quarante": "en"
        # stands for the people named before, whom the figure counts (not "on", who killed)
        return _them_antecedent(doc, them)
    if q.others and LOSS not in (t.concept, d.frame_trigger and d.frame_trigger.concept):
        return None  # "ещё 25": the group before's, unless a verb of losing names its subject
    ref = among_victim(doc, q.end, soft_end(doc, q.fig_start)) or _apposition(doc, q)
    if ref == MIXED and t.concept == CAPTURED and _mostly_at(doc, q.end):
        ref = None  # prisoners mostly of one kind (above)
    if ref is not None:
        return ref
    if THE_GROUP in doc.concepts and _among_group(doc, q.end):
        # "une vingtaine de morts parmi les combattants du groupe": the armed group named before
        group_ref = _subject_before(doc, q.start, True)
        if group_ref is not None:
            return group_ref
    ft = d.frame_trigger
    if doc.clause[t.start] != doc.clause[q.fig_start] or (
        ft is not None and doc.clause[ft.start] != doc.clause[q.fig_start]
    ):
        # "у нас один двухсотый, у противника минимум семь": the figure's own clause names its
        # side before the word it borrows from the clause before does; "Потерь среди наших
        # нет, у малийских товарищей двое раненых": before the frame's word from that clause
        ref = _lead(doc, q) or _gapped_subject(doc, q)
        if ref is not None:
            return ref
    for trig in (t, d.frame_trigger):
        if trig is None:
            continue
        if POSS in doc.at[trig.start]:
            # "خسائرها": its losses, whose the party named last before them says
            return _owner_before(doc, trig.start) or POSS_REF
        group = _owner_word(doc, trig)
        if group is not None:
            # "the group's dead" after "Grey Zone, a blog close to Wagner": Wagner's; "its
            # losses": the party last named as a subject; "Собственные потери FLA": named after
            return (
                _subject_before(doc, trig.start, group)
                or _named_right_after(doc, trig.end)
                or POSS_REF
            )
        if OURS in doc.at[trig.start]:
            return OURS_REF  # "خسائرنا", "شهداؤنا": the owner is a suffix of the word itself
        if trig.concept == LOSS and MINUS in doc.at[trig.start]:
            ref = None  # "Минус 12 «двухсотых»": what the speaker took out (sides.agentive)
        elif trig.concept == LOSS:
            ref = subject_of(
                doc, trig.start, trig.end, q.start if trig.end <= q.start else trig.end + 5
            )
            if ref is None and _numbered_unit_before(doc, trig.start):
                # "the 80th Air Assault Brigade alone lost around 200 men": a formation named by
                # its number and no side is the other side's, which a channel counts by number
                # (its own it calls "our"), never an implied "we"
                ref = ENEMY_REF
            if ref is None:
                ref = (
                    PRONOUN_REF  # "заявила, что потеряла ...", "dit avoir perdu": the speaker's own
                )
        else:
            # "قواتنا من تحييد", "наши штурмовики уничтожили": who eliminates owns no losses
            # "Our units captured 12 soldiers": before a verb with its figure after it, "our"
            # is who did it
            # "it killed or wounded hundreds", "a tué ou blessé": a lump of two verbs before
            # its figure has a doer before it, as one verb has, no possessor
            verbs = (
                trig.concept == CASUALTIES
                and trig.end <= q.start
                and not doc.at[trig.start].keys().isdisjoint(_KILL_VERBS)
            )
            doer = trig.end <= q.start and (verbs or not noun_trigger(doc, trig))
            object_ = doc.ends_at(trig.start, ATTACKERS) if doer else None
            if (
                object_ is not None
                and doc.rules.analyzer.startswith("pymorphy")
                and not doc.flags(object_.start) & NOMINATIVE
            ):
                # "нападників ліквідовано понад 20": the attackers, the verb's object named
                # before it (not "Gunmen killed 12": the subject did it)
                return ATTACKERS_REF
            ref = (
                None
                if trig.concept == ELIMINATED
                # "left 35 fighters and 8 civilians dead": the noun before the trigger is the
                # nearer figure's, not this one's
                or _figure_between(doc, q.fig_end, trig.start)
                or (doer and trig.concept == CAPTURED)
                # "наші пілоти уразили 87 одиниць особового складу": who hit them
                or (trig.end <= q.start and STRUCK in doc.at[trig.start])
                # "в украинском плену находятся 1300 человек": the captor, not the captives
                or CAPTIVITY in doc.at[trig.start]
                else possessor_before(doc, trig.start, names=not verbs and noun_trigger(doc, trig))
            )
            if ref == OURS_REF and doer and trig.concept == KILLED and _we_did(doc, trig.start):
                ref = None  # "We killed more than 300 of them", "نحن قتلنا": we did it
            elif ref == OURS_REF and _we_took(doc, trig):
                ref = None  # "ещё одного наши бойцы взяли в плен": we took him, he is theirs
            if ref is None:
                ref = sufferer(doc, q, trig)
            if (
                ref is None
                and trig.end < n
                and not (q.start <= trig.end < q.end)
                # "8 morts dont des enfants": a part named after the toll is not whose it is
                and PART_OF not in doc.at[trig.end]
                and not _subject_after_verb(doc, trig, q)
            ):
                strike = _attack_after(doc, trig.end)
                ref = (
                    phrase_victim(doc, trig.end, limit=4, army=True)
                    if strike is None
                    # "число жертв нападения боевиков ДжНИМ", "les victimes de l'attaque des
                    # jihadistes": the attack's party did it; whom it fell on suffered it
                    else _attack_target(doc, strike, q.start if trig.end <= q.start else n)
                )
        if ref is not None and ref != POSS_REF:
            return ref
    ref = (
        # "killing more than 300 of its soldiers": whose, the possessive says, not "on our
        # positions" earlier in the clause
        # "قتل مسلحون من تنظيم الدولة 9 أشخاص": the verb's subject is no "from among" lead
        _lead_unless_ours(doc, q, poss, t.start if _subject_after_verb(doc, t, q) else None)
        or _label(doc, q)
        or _inflicted(doc, q, t)
        or _tallied(doc, q)
        or _grown_toll(doc, q)
    )
    if ref is not None:
        return ref
    # a losses frame earlier in the sentence: "Наши потери: трое двухсотых", "Russia's losses ...:"
    s, _ = doc.sentences[d.sentence]
    for k in range(q.start - 1, s - 1, -1):
        at = doc.at[k]
        if doc.tokens[k].kind == NUM or not FIGURE_WORDS.isdisjoint(at):
            break  # that frame belongs to the figure before
        for concept in (LOSS, CASUALTIES):
            m = at.get(concept)
            if m is None:
                continue
            if OURS in at:
                return OURS_REF  # "خسائرنا: ..."
            if concept == LOSS:
                ref = subject_of(doc, m.start, m.end, q.start)
            elif not at.keys().isdisjoint(_KILL_VERBS) or STRUCK in at:
                # "it killed or wounded hundreds", "наші пілоти уразили 87": whoever did it owns
                # no losses
                ref = None
            else:
                ref = possessor_before(doc, m.start) or phrase_victim(
                    doc, m.end, limit=4, army=True
                )
            if ref is not None and ref != POSS_REF:
                return ref
            if doc.ends_at(m.start, POSS) is not None:
                # "..., власні втрати — 9 загиблих", "its own losses were 9 dead": the
                # speaker's own, not the side it said it killed before
                return POSS_REF
        m = at.get(KILLED)
        if (
            m is not None
            and NOUN_TRIGGER in at
            # "30 FAMa et 25 Wagner tués, une dizaine faits prisonniers": the name before the
            # word is the counted noun of the figure before it, not an owner
            and not _figure_between(doc, max(s, m.start - 3), m.start)
        ):
            # "Western estimates put Russia's toll at 200,000 dead": the toll's owner
            ref = possessor_before(doc, m.start)
            if ref is not None and ref != POSS_REF:
                return ref
    return POSS_REF if poss else None


def _subject_after_verb(doc: Doc, trig: Trigger, q: Quantity) -> bool:
    """In a language whose verb comes before its subject, the words right after a verb of
    harm, with no preposition, are who did it ("قتل داعش 9 أشخاص", "قتل مسلحون من تنظيم الدولة
    9 أشخاص", "9 أشخاص قتلهم داعش"), not whose dead ("قتل 9 من عناصر داعش": the figure's own
    phrase; "قتل من عناصر داعش 9": a preposition first). Before the figure, only where the
    figure has its own noun after it: "قتل الجنود الروس التسعة" counts the noun before."""
    n = len(doc.tokens)
    k = trig.end
    if not doc.rules.subject_after_verb or k >= n or noun_trigger(doc, trig):
        return False
    if doc.tokens[k].kind != WORD or doc.flags(k) & PREP_FLAG:
        return False
    at = doc.at[k]
    if not at.keys().isdisjoint(_S_NOT_SUBJECT) or not FIGURE_WORDS.isdisjoint(at):
        return False
    if k < q.start:
        if not q.selfhead and (q.fig_end >= n or _S_COUNTED.isdisjoint(doc.at[q.fig_end])):
            return False
    elif trig.start < q.end:
        return False
    return True


def _numbered_unit_before(doc: Doc, verb: int) -> bool:
    """A formation word with its number ("the 80th Air Assault Brigade", "80-я бригада", "la
    80e brigade") ends a few words before the verb at `verb`, in its clause: its subject."""
    clause = doc.clause[verb]
    for k in range(verb - 1, max(-1, verb - 7), -1):  # "brigade d'assaut aérien a perdu"
        if doc.clause[k] != clause or doc.tokens[k].kind not in (WORD, GLUED) or k in doc.speakers:
            return False
        if UNIT in doc.at[k]:
            return any(
                doc.tokens[j].kind in (NUM, GLUED) and doc.clause[j] == clause
                for j in range(max(0, k - 4), k)
            )
    return False


def third_person(doc: Doc, d: Draft, ref: str) -> str:
    """ "Она потеряла 15 солдат", "They lost 40 men", "dans leurs rangs", "في صفوفه": in the
    post's own voice a pronoun stands for the party named before it; with none named, "they"
    are the other side (a channel's "у них"). An implied subject stays the speaker's own."""
    anchor = d.q.start if d.q is not None else d.trigger.start
    end = max(d.q.end if d.q is not None else 0, d.trigger.end) + 3  # "٦٧ من أفراده"
    k = pronoun_at(doc, lead_start(doc, min(anchor, d.trigger.start)), end)
    if k is None:
        return ref
    return antecedent(doc, k) or ENEMY_REF


def party_before(doc: Doc, i: int) -> tuple[int, str] | None:
    """The last party (not civilians) named before token i in its sentence, the speaker left
    out: its token and its actor id."""
    s, _ = doc.sentences[doc.sentence_of[i]]
    for k in range(i - 1, s - 1, -1):
        if k in doc.speakers:
            continue
        m = doc.at[k].get(ACTOR)
        if m is not None and m.payload != "civilians":
            return k, str(m.payload)
    return None


def _owner_word(doc: Doc, t: Trigger) -> bool | None:
    """Whether a losses noun has "the group" beside it ("the group's dead", "les pertes du
    groupe", "потери группы": True) or a possessive before it ("its losses": False); None
    for neither."""
    if not noun_trigger(doc, t):
        return None
    n = len(doc.tokens)
    if THE_GROUP in doc.concepts and (
        doc.ends_at(t.start, THE_GROUP) is not None
        or (t.end < n and THE_GROUP in doc.at[t.end] and bare_group(doc, t.end))
    ):
        return True
    if POSS in doc.concepts and doc.ends_at(t.start, POSS) is not None:
        return False
    return None


_S_MEMBERS: Final = frozenset((LINK, AMONG, SOLDIERS, FIGHTERS, PEOPLE, MILITANTS, ARTICLE))


def _group_in_phrase(doc: Doc, head: int) -> bool:
    """The noun phrase at `head` counts the members of "the group" with no name of its own
    ("من عناصر التنظيم", "of the group's fighters", "combattants de l'organisation")."""
    n = len(doc.tokens)
    if THE_GROUP not in doc.concepts or head >= n:
        return False
    clause = doc.clause[head]
    for k in range(head, min(n, head + 4)):
        if doc.clause[k] != clause or doc.tokens[k].kind == PUNCT:
            return False
        at = doc.at[k]
        if THE_GROUP in at:
            return bare_group(doc, k)
        if not at or _S_MEMBERS.isdisjoint(at):
            return False
    return False


def _among_group(doc: Doc, start: int) -> bool:
    """An "among" word within a few words after the figure that counts the members of "the
    group" ("... de morts parmi les combattants du groupe", "killed among the group's fighters")."""
    n = len(doc.tokens)
    for k in range(start, min(n, start + 3)):
        if doc.tokens[k].kind != WORD or doc.clause[k] != doc.clause[start]:
            return False
        m = doc.at[k].get(AMONG)
        if m is not None:
            return _group_in_phrase(doc, m.end)
    return False


def _subject_before(doc: Doc, i: int, group: bool) -> str | None:
    """The last party named before token i as a subject, not as the object counted by a
    figure ("said it killed more than 40 Malian soldiers; its own losses": not Mali's); for
    "the group", an armed group, not a state's army."""
    found = party_before(doc, i)
    while found is not None:
        k, party = found
        counted = any(figure_word(doc, j) for j in range(max(0, k - 3), k))
        if not counted and not (group and party in STATE_FORCES):
            return party
        found = party_before(doc, k)
    return _speaking_group(doc, i, states=not group) or (_group_before(doc, i) if group else None)


def _group_before(doc: Doc, i: int) -> str | None:
    """ "...في هجوم تبناه تنظيم «الدولة الإسلامية». وأضافت الوزارة أن الجيش قتل عشرات من مسلحي
    التنظيم": "the group" that its own sentence does not name is the armed group the sentence
    before named last, not one a figure there counts."""
    sid = doc.sentence_of[i]
    if sid == 0:
        return None
    s, e = doc.sentences[sid - 1]
    for k in range(e - 1, s - 1, -1):
        m = doc.at[k].get(ACTOR)
        if m is None or k in doc.name_inner or m.payload == "civilians":
            continue
        if m.payload in STATE_FORCES or any(figure_word(doc, j) for j in range(max(s, k - 3), k)):
            continue
        return str(m.payload)
    return None


def _speaking_group(doc: Doc, i: int, states: bool = False) -> str | None:
    """ "Les rebelles touareg disent que ... les pertes du groupe": the armed group that speaks
    is the group, when the sentence names no other before."""
    sid = doc.sentence_of[i]
    s, e = doc.sentences[sid]
    if i - s <= 3 and sid > 0 and not any(_party_at(doc, k) for k in range(s, e)):
        # "Les rebelles du FLA affirment ... Leurs propres pertes : deux morts": a sentence that
        # opens on its own losses is the speaker's of the sentence before
        s = doc.sentences[sid - 1][0]
    for k in range(i - 1, s - 1, -1):
        m = doc.at[k].get(ACTOR) if k in doc.speakers else None
        if m is not None and (states or m.payload not in STATE_FORCES) and m.payload != "civilians":
            return str(m.payload)
    return None


def _party_at(doc: Doc, k: int) -> bool:
    return ref_at(doc, k)[0] not in (None, POSS_REF, PRONOUN_REF)


def _owner_before(doc: Doc, i: int) -> str | None:
    """ "أعلنت كييف أن روسيا خسرت ...، ليرتفع إجمالي خسائرها": the last party named before
    token i in its sentence; none: the speaker's own."""
    found = party_before(doc, i)
    return found[1] if found else None


def _antecedent(doc: Doc, q: Quantity) -> str | None:
    """Who "them" is: the last party named before the figure in its sentence, else in the two
    before ("The Russians keep coming. Yesterday we killed forty of them")."""
    return _them_antecedent(doc, q.start, people=False)


def _them_before(doc: Doc, q: Quantity, t: Trigger) -> int | None:
    """Where the pronoun for the counted stands, right before the verb whose figure follows it
    ("on en a tué plus de quarante", "nous en avons neutralisé une dizaine")."""
    if t.end > q.start:
        return None
    for k in range(max(0, t.start - 3), t.start):
        m = doc.at[k].get(THEM)
        if m is not None and t.start - m.end <= 1 and doc.clause[k] == doc.clause[t.start]:
            return k
    return None


# "we", "they" and "its" stand for who acts or owns, never for the people a "them" counts
_NOT_THEM: Final = frozenset((OURS_REF, PRONOUN_REF, POSS_REF))
_S_PERSON: Final = frozenset((PEOPLE, SOLDIERS))
# words that open no subject: "قتل من عناصر داعش 9", "قتل في الهجوم 9 جنود"
_S_NOT_SUBJECT: Final = frozenset((AMONG, LINK, PREP, PART_OF))
_S_COUNTED: Final = frozenset((PEOPLE, SOLDIERS, FIGHTERS, MILITANTS))


def _them_antecedent(doc: Doc, k: int, people: bool = True) -> str | None:
    """The people a pronoun at k stands for: the last party named before it, in its sentence
    or the two before and at most 80 tokens back, never "we", "they" or "its" (they act or
    own); with `people`, the last people named, of no party ("terroristes") too.
    (Without: "lost 12,000 soldiers over the past month, 4,000 of them killed": the part of a
    toll goes on with the party the toll is of.)"""
    sid = doc.sentence_of[k]
    first = doc.sentences[max(0, sid - 2)][0]
    for j in range(k - 1, max(first, k - 80) - 1, -1):
        ref, _ = ref_at(doc, j)
        if ref is not None and not people and _in_since(doc, j):
            # "lost 600,000 since it invaded Ukraine, ... 120,000 of them killed": the country a
            # war's start names is where, not whose the toll is
            continue
        if ref is not None and ref not in _NOT_THEM:
            # "الجيش المالي ومرتزقة فاغنر", "Malian soldiers and Wagner mercenaries": a name of
            # two words is joined to the one before it at its first
            while j > first:
                x = j - 1
                if x > first and doc.is_punct(x, "«\"'“„"):
                    x -= 1  # "наёмников «Вагнера»": quote marks inside the name
                if ref_at(doc, x)[0] != ref:
                    break
                j = x
            return MIXED if joined_mixed(doc, j, ref) else ref
        if not people and _counted_figure(doc, j):
            # "Медики эвакуировали 30 раненых бойцов. Двое из них скончались": "them" are the
            # people just counted, of whichever party their claim is, not the medics
            return None
        if people and not _S_PERSON.isdisjoint(doc.at[j]):
            # "a visé des « terroristes » et en avoir neutralisé plusieurs": the people named
            # last, a party or none ("Russian soldiers": the word before says whose)
            ref = ref_at(doc, j - 1)[0] if j > first else None
            return ref if ref is not None and ref not in _NOT_THEM else UNKNOWN
    return None


def _in_since(doc: Doc, j: int) -> bool:
    """A party at token j inside a phrase of a start a few words before it, in its clause
    ("since it invaded Ukraine", "с начала вторжения в Украину"); a longer phrase of nouns
    with no punctuation in it too ("depuis le début de l'incursion ukrainienne")."""
    for x in range(j - 1, max(-1, j - 8), -1):
        if doc.clause[x] != doc.clause[j] or doc.tokens[x].kind == PUNCT:
            return False
        if SINCE in doc.at[x]:
            return j - x <= 4 or not any(doc.flags(y) & VERB for y in range(x + 1, j))
    return False


def _counted_figure(doc: Doc, j: int) -> bool:
    """A figure at token j with a word of harm or of people right after it."""
    if doc.tokens[j].kind != NUM and "NUMBER" not in doc.at[j]:
        return False
    return any(
        not TRIGGER_SET.isdisjoint(doc.at[i]) or not _S_COUNTED.isdisjoint(doc.at[i])
        for i in range(j + 1, min(j + 3, len(doc.tokens)))
    )


def _apposition(doc: Doc, q: Quantity) -> str | None:
    """ "Six people were killed overnight in Kherson, all of them civilians": said later in the
    sentence, before any other figure."""
    if MOSTLY not in doc.concepts and APPOSITION not in doc.concepts:
        return None  # no word of the kind in the post
    _, e = doc.sentences[doc.sentence_of[q.fig_start]]
    for k in range(q.end, e - 1):
        if doc.tokens[k].kind == NUM or not FIGURE_WORDS.isdisjoint(doc.at[k]):
            return None
        if doc.is_punct(k, ",،"):
            nxt = doc.at[k + 1]
            m = nxt.get(MOSTLY)
            if m is not None and by_cause(doc, m.end):
                return None  # ", mostly from drone strikes": how, not who
            if m is not None:
                # ", mostly women and children": the civilians' toll; ", mostly soldiers" or
                # ", mostly women" (the rest may be anyone): mixed
                return "civilians" if families(doc, m.end) > 1 else MIXED
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
        if TRIGGER_SET.isdisjoint(at) or k in doc.name_inner:
            continue
        end = max(m.end for c, m in at.items() if c in TRIGGER_SET)
        strike = _attack_after(doc, end)
        ref = among_victim(doc, end, q.start) or (
            # "число жертв нападения боевиков ДжНИМ на жителей ... составляет": the attack's
            # party did it; whom it fell on suffered it
            _attack_target(doc, strike, q.start)
            if strike is not None
            else phrase_victim(doc, end, limit=4)
        )
        if ref is None:
            ref = possessor_before(doc, k)  # "the number of civilians killed ... rose to 38"
        if ref is not None and ref not in (POSS_REF, PRONOUN_REF):
            return ref
    return None


def _attack_after(doc: Doc, end: int) -> int | None:
    """The attack word right after a word of harm, past "of the" ("жертв нападения", "victimes
    de l'attaque", "victims of the attack"): the party named after it is the attacker."""
    j = end
    while j < len(doc.tokens) and j - end < 3 and (LINK in doc.at[j] or ARTICLE in doc.at[j]):
        j += 1
    return j if j < len(doc.tokens) and STRIKE in doc.at[j] else None


def _attack_target(doc: Doc, strike: int, stop: int) -> str | None:
    """Whom the attack at token `strike` fell on, named after a preposition within a few words
    ("нападения боевиков на жителей", "l'attaque des jihadistes contre les habitants")."""
    for i in range(strike + 1, min(stop, strike + 10)):
        at = doc.at[i]
        if doc.is_punct(i, "\"'«»"):
            continue  # the attacker's name in quotes: "боевиков «Джамаат нусрат аль-Ислам»"
        if doc.tokens[i].kind == PUNCT or not at.keys().isdisjoint(TRIGGER_SET):
            return None
        if (PREP in at or doc.flags(i) & PREP_FLAG) and LINK not in at:
            j = i + 1
            while j < stop and ARTICLE in doc.at[j]:
                j += 1
            a = doc.at[j].get(ACTOR) if j < stop else None
            return str(a.payload) if a is not None else None
    return None


def _tallied(doc: Doc, q: Quantity) -> str | None:
    """ "Число мирных жителей, погибших ..., достигло 37", "عدد المدنيين الذين ... إلى 1,860
    قتيلاً": the set counted is named right after "the number of", however far the figure."""
    if TALLY not in doc.concepts:
        return None
    s, _ = doc.sentences[doc.sentence_of[q.fig_start]]
    for k in range(q.start - 1, s - 1, -1):
        m = doc.at[k].get(TALLY)
        if m is None or m.end >= q.start:
            continue
        ref = phrase_victim(doc, m.end, limit=4)
        if ref is None and PEOPLE in doc.at[m.end]:
            return UNKNOWN  # "le nombre de personnes tuées ... à 19": people, of no side
        return ref if ref not in (POSS_REF, PRONOUN_REF, ENEMY_REF, OURS_REF) else None
    return None


def _inflicted(doc: Doc, q: Quantity, t: Trigger) -> str | None:
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
            if last is None and q.end <= t.start <= q.end + 2 and t.end < len(doc.tokens):
                # "inflicted 1,100 casualties on Russian forces", "a infligé 300 pertes aux
                # forces russes": no one between the verb and its figure, the one after the
                # figure's noun, behind its preposition, was dealt them
                after = t.end + 1 if PREP in doc.at[t.end] else t.end
                if after < len(doc.tokens) and doc.clause[after] == clause:
                    last = phrase_victim(doc, after, limit=4, army=True)
                    if last in (POSS_REF, PRONOUN_REF, MIXED):
                        last = None
            return last
        k -= 1
    return None


_S_ATTACK: Final = frozenset((STRIKE, RAID))
# "our", "repelled", "the brigade", "positions": the attack was on the speaker's own front
# "n'avoir subi aucune perte", "lost none": a party's own toll of none, whoever attacked
_S_OWN_FRONT: Final = frozenset((OURS, REPEL, OWN_UNIT, POSITIONS, SUFFER, LOSS))


def raided_place(doc: Doc, sentence: int, start: int) -> bool:
    """A toll of none after an attack in its sentence or the one before, and no word of the
    speaker's own front there: "Overnight the enemy attacked Kyiv region with drones. There
    were no dead or injured", "Ворог обстріляв Херсон. Загиблих немає"."""
    if _S_ATTACK.isdisjoint(doc.concepts):
        return False
    # "the enemy attacked Kyiv with 57 drones; 54 were shot down. Debris damaged two houses.
    # No casualties were reported": the attack two sentences before still
    s, _ = doc.sentences[max(0, sentence - 3)]
    _, e = doc.sentences[sentence]
    attack = False
    for k in range(s, e):
        at = doc.at[k]
        if not _S_OWN_FRONT.isdisjoint(at):
            return False
        attack = attack or (k < start and not _S_ATTACK.isdisjoint(at))
    return attack


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
    if ref is None and t.end < len(doc.tokens) and CONJ not in doc.at[t.end]:
        # not "there were no casualties and blamed the RSF": past "and", another clause
        ref = phrase_victim(doc, t.end, limit=4)
    if ref is None and REPEL in doc.concepts and _repelled_before(doc, t.start):
        return OURS_REF  # "Отбили три атаки противника без потерь": who repelled lost none
    if ref is None and raided_place(doc, doc.sentence_of[t.start], t.start):
        # "Унаслідок атаки дронів на Київ обійшлося без жертв": the place struck is no subject
        return possessor_before(doc, t.start)
    return ref or possessor_before(doc, t.start) or subject_of(doc, t.start, t.end, t.end)


def _repelled_before(doc: Doc, i: int) -> bool:
    """A verb of repelling with no doer named before it, earlier in the clause of token i
    ("repelled two enemy attacks without losses"): the speaker's side, its toll of none."""
    s, _ = doc.sentences[doc.sentence_of[i]]
    for k in range(s, i):
        at = doc.at[k]
        if ACTOR in at or ENEMY in at:
            return False  # "ВСУ отбили атаку без потерь": a doer named, its own toll
        if REPEL in at and doc.hard[k] == doc.hard[i]:
            return True
    return False
