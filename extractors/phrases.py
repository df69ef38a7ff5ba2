"""What a phrase says about whose losses: the actor a noun phrase names ("40 боевиков ВСУ",
"of RSF fighters"), an "among X" phrase, the owner of a losses noun, the subject of a verb,
and the clause boundaries those readings stop at. The answers are actor ids or references
("the enemy", "our", "its") that victims.py resolves through the speaker's side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from extractors.actors import DEFAULT_ENEMY, SUBSUMES
from extractors.coordination import figure_np, joined_other
from extractors.doc import Doc
from extractors.lexicon import Match
from extractors.morph import ADJ as ADJ_FLAG
from extractors.morph import CONJ_PREFIX, INANIMATE, NOMINATIVE, PASSIVE, VERB
from extractors.morph import NOUN as NOUN_FLAG
from extractors.morph import PREP as PREP_FLAG
from extractors.rules import (
    ABOUT,
    ACCORDING_TO,
    ACTOR,
    AGENT_BY,
    ALONGSIDE,
    AMONG,
    APPOSITION,
    ARMY,
    ARTICLE,
    AT_LEAST,
    ATTACKERS,
    AUX,
    CAPTIVITY,
    CAPTURED,
    CASUALTIES,
    CIVIL_PLACE,
    CIVILIAN_WORD,
    COMMANDER,
    CONJ,
    DEF,
    DUAL,
    DUMMY,
    ELIMINATED,
    ENEMY,
    FAMILIES,
    FEW,
    FIGHTERS,
    GROUP_OF,
    INDEF,
    INFLICT,
    LINK,
    MATES,
    MERCENARIES,
    MILITANTS,
    MISSING,
    MORE_THAN,
    MOSTLY,
    NAMING,
    NONCLAIM,
    NOT_PEOPLE,
    NOUN_TRIGGER,
    NUMBER,
    OF_THE,
    ONLY,
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
    QUAL_PREP,
    RAID,
    RANGE_FROM,
    RANGE_TO,
    REBELS,
    REGULARS,
    RELATIVE,
    ROUND,
    SAY,
    SIDE_WEAPON,
    SO_CALLED,
    SOLDIERS,
    STRIKE,
    SUFFER,
    THAT,
    THE_GROUP,
    TOTAL,
    TRIGGER_SET,
    TRIGGERS,
    UNIT,
    UP_TO,
    VAGUE,
    WAR,
    WEAPON,
)
from extractors.tokens import GLUED, NUM, PUNCT, WORD

if TYPE_CHECKING:
    from extractors.quantities import Quantity
    from extractors.triggers import Trigger

UNKNOWN: Final = "unknown"
# What a phrase says about a victim, before the speaker's side is known
ENEMY_REF, OURS_REF, PRONOUN_REF, MIXED = "<enemy>", "<ours>", "<pronoun>", "<mixed>"
ARMY_REF, ATTACKERS_REF, POSS_REF = "<army>", "<attackers>", "<poss>"
UNIT_REF: Final = "<unit>"  # "бойцов корпуса", "со стороны бригады": the speaker's own formation
REBELS_REF: Final = "<rebels>"  # "the rebels", "la milice": whom depends on the post's theatre
_REFS: Final = (
    ENEMY_REF,
    OURS_REF,
    PRONOUN_REF,
    ARMY_REF,
    ATTACKERS_REF,
    POSS_REF,
    UNIT_REF,
    REBELS_REF,
)
_FIGURE_WORDS: Final = (NUMBER, ROUND, VAGUE, FEW)


_S_ACTOR_OTHER_ACTOR_ENEMY_OURS_SOLDIERS_PE: Final = frozenset(
    (ACTOR, OTHER_ACTOR, ENEMY, OURS, SOLDIERS, PEOPLE, *TRIGGERS)
)
_S_FIGURE_WORDS: Final = frozenset(_FIGURE_WORDS)
_S_NAMES_PEOPLE: Final = NAMING | {PEOPLE, SOLDIERS}
# the references ref_at reads off a token's concepts, in order (MATES, ACTOR and OWN_UNIT
# are read apart, before and after these)
_REF_BY_CONCEPT: Final = (
    (OTHER_ACTOR, UNKNOWN),
    (REBELS, REBELS_REF),
    (ENEMY, ENEMY_REF),
    (OURS, OURS_REF),
    (PRONOUN, PRONOUN_REF),
    (ATTACKERS, ATTACKERS_REF),
    (POSS, POSS_REF),
    (ARMY, ARMY_REF),
)
_REF_CONCEPTS: Final = frozenset(
    (MATES, ACTOR, OWN_UNIT, MERCENARIES, *(c for c, _ in _REF_BY_CONCEPT))
)
_S_OUR_PEOPLE: Final = frozenset((OWN_UNIT, SOLDIERS, PEOPLE, ACTOR, ARMY))
_S_TRIGGERS_FIGURE_WORDS: Final = frozenset((*TRIGGERS, *_FIGURE_WORDS))


def ref_at(doc: Doc, k: int, army: bool = True) -> tuple[str | None, int]:
    """What token k starts: an actor id, a reference, an outsider, and where it ends."""
    at = doc.at[k]
    if _REF_CONCEPTS.isdisjoint(at):
        return None, k + 1  # most tokens: none of the concepts read below, nothing named
    ours = at.get(OURS)
    if ours is not None and ours.end < len(doc.tokens) and SAY in doc.at[ours.end]:
        return None, ours.end  # "Раніше ми повідомляли про сімох загиблих": we who report
    m = at.get(MATES)
    if m is not None and (
        quoted(doc, k) or (k > 0 and OURS in doc.at[k - 1]) or _ours_told(doc, k)
    ):
        # "«Двое ребят погибли сразу»", "two of our boys": the soldier's own men, not children
        return OURS_REF, m.end
    m = at.get(ACTOR)
    if m is not None:
        return str(m.payload), m.end
    m = at.get(DUMMY)
    if m is not None:
        return None, m.end  # "il n'y a ni morts ni blessés": an empty subject names no one
    m = at.get(MERCENARIES)
    if m is not None and doc.hired is not None:
        # "the rebels took several mercenaries prisoner" in a Mali post: the hired force there,
        # "foreign" or not (elsewhere "foreign mercenaries" stay outsiders, read below)
        return doc.hired, m.end
    for concept, ref in _REF_BY_CONCEPT:
        if concept == ARMY and not army:
            continue
        if concept == REBELS and k in doc.name_inner:
            continue  # "Burhan's militias": a word of a name is only the name
        m = at.get(concept)
        if m is not None:
            if concept == ARMY:
                # "Украинские войска", "Ukraine's armed forces": the army the word before names
                owner = doc.ends_at(k, ACTOR)
                if owner is not None:
                    return str(owner.payload), m.end
                # "the Beninese army", "l'armée béninoise", "القوات الكورية": a state outside
                # the table, before or after the word
                if doc.ends_at(k, OTHER_ACTOR) is not None or doc.has(m.end, OTHER_ACTOR):
                    return UNKNOWN, m.end
            return ref, m.end
    m = at.get(OWN_UNIT)
    if m is not None and k > 0 and POSS in doc.at[k - 1] and OURS not in doc.at[k - 1]:
        return POSS_REF, m.end  # "рассказали, что их батальон потерял": theirs, not ours
    if m is not None and _unnamed(doc, k, m.end):
        return UNIT_REF, m.end
    return None, k + 1


def _ours_told(doc: Doc, k: int) -> bool:
    """ "С нашей группой связь восстановлена не со всеми: судьба семерых ребят неизвестна":
    "our" unit or men earlier in the sentence make "the guys" ours; not any "our" ("по нашим
    данным, погибли двое ребят", "our correspondent": the boys of a town struck)."""
    sid = doc.sentence_of[k]
    s, _ = doc.sentences[sid]
    if any(
        (m := doc.at[j].get(OURS)) is not None
        and m.end < k
        and not OUR_MEN.isdisjoint(doc.at[m.end])
        for j in range(s, k)
    ):
        return True
    if sid == 0:
        return False
    # "An IED hit our convoy. Three of the lads were wounded": our convoy or positions in the
    # sentence before, a plain noun of no other reading ("our correspondent" is a speaker's)
    a, b = doc.sentences[sid - 1]
    return any(
        (m := doc.at[j].get(OURS)) is not None
        and m.end < b
        and doc.tokens[m.end].kind == WORD
        and (not doc.at[m.end] or POSITIONS in doc.at[m.end])
        and not any(ACCORDING_TO in doc.at[i] for i in range(max(a, j - 2), j + 1))
        for j in range(a, b)
    )


# the words that make "our" a fighting side's: "нашей группой", "our platoon", "наші бійці"
# "our" before these names our men ("наши штурмовики", "our troops", "наш батальйон")
OUR_MEN: Final = frozenset((UNIT, OWN_UNIT, COMMANDER, SOLDIERS, REGULARS, FIGHTERS))


def quoted(doc: Doc, pos: int) -> bool:
    """Whether token `pos` is inside quotation marks opened on its line (direct speech);
    a quoted name ("«Русич»") is closed before the figure and does not count."""
    start = doc.tokens[pos].start
    line = doc.text.rfind("\n", 0, start) + 1
    return doc.text.count('"', line, start) % 2 == 1


def _unnamed(doc: Doc, k: int, end: int) -> bool:
    """A formation with no number or name ("бойцов корпуса", not "41-й бригады", "бригады
    «Азов»"): the speaker's own."""
    n = len(doc.tokens)
    if end < n and (doc.is_punct(end, '"') or not NAMING.isdisjoint(doc.at[end])):
        return False  # "бригады «Азов»", "бригады ВСУ"
    if end < n and doc.tokens[end].kind == NUM and UNIT in doc.at[k]:
        return False  # "لوحدة من اللواء ٤٧ الأوكراني", "la brigade 47": its number follows
    if end + 1 < n and ARMY in doc.at[end] and not NAMING.isdisjoint(doc.at[end + 1]):
        return False  # "підрозділи армії КНДР": the units of a named army
    for j in range(k - 1, max(-1, k - 4), -1):
        kind = doc.tokens[j].kind
        if kind in (NUM, GLUED) or not NAMING.isdisjoint(doc.at[j]):
            return False  # "41-й бригады", "російський підрозділ"
        if kind != WORD:
            break
    return True


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


def _subject_clause(doc: Doc, k: int) -> bool:
    """A pronoun at token k ("we", "they", "мы", "nous"), then a verb of its own (a word or two
    that name no one) with a figure after it: "and we seized 7 vehicles", "et nous avons saisi
    7 véhicules"."""
    n = len(doc.tokens)
    at = doc.at[k] if k < n else {}
    m = at.get(OURS) or at.get(PRONOUN)
    if m is None or m.start != k:
        return False
    # "et nous avons saisi": "we have" may be one phrase of ours, its verb after it
    for j in range(m.end, min(m.end + 3, n)):
        t = doc.tokens[j]
        if t.kind == NUM or not _S_FIGURE_WORDS.isdisjoint(doc.at[j]):
            return j > m.end
        if t.kind != WORD or not _S_NAMES_PEOPLE.isdisjoint(doc.at[j]) or PREP in doc.at[j]:
            return False
    return False


def phrase_victim(
    doc: Doc, start: int, limit: int = 6, *, head_trigger: bool = False, army: bool = False
) -> str | None:
    """The victim a noun phrase starting at `start` names ("12 малийских военных", "of RSF fighters")."""
    toks, n = doc.tokens, len(doc.tokens)
    if 0 < start < n and doc.sentence_of[start] != doc.sentence_of[start - 1]:
        return None  # the figure ends its sentence: the next one's words are not its noun
    found: list[str] = []
    soldiers = civilians = joined_groups = among = False
    k, words = start, 0
    clause = doc.clause[start] if start < n else -1
    sid = doc.sentence_of[start] if start < n else -1
    while k < n and words < limit:
        t = toks[k]
        if doc.sentence_of[k] != sid:
            break  # "• 125 — «трёхсотые»\nТакже уничтожены 4 танка": the next line is its own
        if (
            k > start
            and doc.flags(k) & CONJ_PREFIX
            and k + 1 < n
            and (toks[k + 1].kind == NUM or "NUMBER" in doc.at[k + 1])
        ):
            break  # "3 من مقاتلينا ومدنيَّين اثنين": "and two civilians" is the next figure's
        if t.kind == PUNCT and t.text == '"' and k + 1 < n and _quoted_name(doc, k + 1):
            found.append(UNKNOWN)  # «Хайят Тахрир аш-Шам»: a named group outside the table
            k += 1
            continue
        if t.kind == PUNCT:
            if t.text == "(" and k + 2 < n and words:
                m = doc.at[k + 1].get(ACTOR)
                if m is not None and m.end < n and doc.is_punct(m.end, ")"):
                    # "14 « apostats » (FAMa) tués": the bracket names whose they were
                    return str(m.payload)
            if t.text in ",،" and k + 1 < n:
                nxt = doc.at[k + 1]
                m = nxt.get(MOSTLY)
                if m is not None:  # ", most of them civilians": a mixed toll
                    if families(doc, m.end) > 1 or found or by_cause(doc, m.end):
                        # ", mostly women and children": the whole, the part says; "1,383
                        # civilians, most of them Alawites": the head has said whose they are
                        break
                    return MIXED
                if both_kinds(doc, k + 1):
                    # "28,000 Ukrainians, both service members and civilians,", ", militaires et
                    # civils confondus": the aside says the toll mixes soldiers with civilians
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
            if t.text in "-–—" and k + 1 < n and both_kinds(doc, k + 1):
                return MIXED  # "51 человек — военные и мирные жители": the same aside, set off
            if t.text not in "\"'-()":
                break
            k += 1
            continue
        if doc.clause[k] != clause:
            break
        if t.kind == NUM:
            break
        at = doc.at[k]
        if ALONGSIDE in at:
            break  # "North Korean soldiers fighting alongside Russian forces": an ally, not them
        if STRIKE in at and (found or among):
            # "عشرات القتلى في صفوف الجيش بهجوم لـ«نصرة الإسلام»": whose dead "in the ranks of"
            # said, the attack's author after it is who struck
            break
        m = at.get(SO_CALLED)
        if m is not None:
            k = m.end  # "30 fighters of the so-called FLA": the word says nothing, the name does
            continue
        m = at.get(OF_THE)
        if m is not None and m.end - m.start > 1 and words:
            # "«более сотни террористов» из числа сепаратистов": "from among" names who they were
            k = m.end
            continue
        if THAT in at and PRONOUN in at:
            break  # "من جهتها أنها قتلت": "that it" opens the speaker's clause, no "of them"
        if ACCORDING_TO in at or (k in doc.speakers and words):
            break  # "10 soldats tués selon le FLA": who says, not whose dead
        if k in doc.speakers and k > start and doc.is_punct(k - 1, "-–—"):
            break  # "51 killed, 271 injured — Zelensky": a headline's source after its dash
        if AGENT_BY in at:
            break  # "قتلوا برصاص عناصر الدعم السريع", "со стороны ВСУ": who fired, not who fell
        if DUAL in at and k > start:
            break  # "12 جندياً مالياً وعنصران من فاغنر": a dual is the next figure
        is_trigger = not TRIGGER_SET.isdisjoint(at)
        m = at.get(PERSONNEL) if is_trigger and words else None
        if m is not None:
            # "1 038 осіб особового складу противника": the personnel word goes on with the
            # noun phrase to whose personnel it is
            words += m.end - k
            k = m.end
            continue
        if is_trigger and not (head_trigger and words == 0):
            break
        m = at.get(PART_OF)
        if m is not None and words:  # "three people including a child": the part is not the whole
            return MIXED if phrase_victim(doc, m.end, limit=5) == MIXED else _combine(found, False)
        if INDEF in at and words and LINK not in doc.at[k - 1]:
            # "two Africa Corps fighters and a Malian soldier": "a" counts the next one; not
            # "60 soldiers of a Russian brigade", whose "a" only opens the unit they belong to
            break
        if RELATIVE in at and words:
            break  # "rebelles de la CPC qui terrorisaient la population": the clause's own object
        if CONJ in at and k + 1 < n and NONCLAIM in doc.at[k + 1]:
            break  # "killed tens of thousands of people and displaced 12 million": another verb
        if CONJ in at and _subject_clause(doc, k + 1):
            break  # "lost dozens of its mercenaries and we seized 7 vehicles": a clause of its own
        if POSS in at and words and k + 1 < n and CONJ in doc.at[k - 1]:
            # "300 members of the army and its militia", "the army and its Russian mercenaries":
            # "its" points back to the group before "and", joined by its ally or militia, two
            # groups (not "soldiers and their commander", who names no other group, nor "three
            # mothers and their children", all civilians)
            ally, _ = ref_at(doc, k + 1, army=army)
            if ally not in (None, POSS_REF, PRONOUN_REF, OURS_REF, ENEMY_REF, "civilians"):
                if not found or _two_parties(found, ally):
                    return MIXED
        joined = (
            CONJ in at
            or bool(doc.flags(k) & CONJ_PREFIX)  # "والمستنفرين": "and" glued
            or _after_and(doc, start, k)  # "civilians and the Joint Force": "and" a word before
        )
        if CONJ in at:
            joined_groups = True  # "soldiers and Russian mercenaries": two groups
        ref, end = ref_at(doc, k, army=army)
        if ref is not None and ref not in _REFS and ref != "civilians" and _striking(doc, k, end):
            # "жертв российского ракетного удара", "ضحايا الضربة الصاروخية الروسية": the side
            # that struck, not the one struck
            words += end - k
            k = end
            continue
        if ref is not None:
            if soldiers and joined_groups and ref not in found and ref != "civilians":
                return MIXED  # "hundreds of soldiers and Russian mercenaries": two sides
            if joined and found and ref not in found and ref != "civilians" and words:
                if _two_parties(found, ref):
                    return MIXED  # "قتلى الجيش والمستنفرين", "the army and the Joint Force"
                if "civilians" in found and _armed_outsider(doc, k, ref):
                    # "من المدنيين ومتطوعي الدفاع عن الوطن", "civilians and VDP volunteers":
                    # civilians and an armed force of no id, one toll of both
                    return MIXED
            found.append(ref)
            civilians = civilians or ref == "civilians"
            words += end - k
            k = end
            continue
        if not _S_FIGURE_WORDS.isdisjoint(at) and not (head_trigger and words == 0 and is_trigger):
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
        m = at.get(AMONG)
        if m is not None and m.start == k and LINK not in at:
            # "في صفوف الجنود الماليين والروس", "among the ranks of": the words of "among" say
            # no one; the limit counts the words that name them
            k = m.end
            among = True
            continue
        if ARTICLE not in at:  # "parmi les militaires maliens et russes": "les" says nothing
            words += 1
        k += 1
    return _combine(found, civilians and soldiers)


def both_kinds(doc: Doc, k: int) -> bool:
    """Tokens from k to the next comma (or the sentence's end) name soldiers and civilians,
    or two different parties, joined by "and": "both servicemen and civilians", "soldiers and
    civilians alike", "both Malian soldiers and Russians"."""
    n = len(doc.tokens)
    soldiers = civilians = joined = two = False
    parties: list[str] = []
    j = k
    while j < min(k + 10, n) and doc.sentence_of[j] == doc.sentence_of[k]:
        if doc.tokens[j].kind == PUNCT:
            if not doc.is_punct(j, ",،).!?;"):
                return False  # a dash or a colon goes on with something else
            break
        at = doc.at[j]
        if not TRIGGER_SET.isdisjoint(at) or SAY in at or doc.flags(j) & VERB:
            return False
        soldiers = soldiers or SOLDIERS in at
        civilians = civilians or CIVILIAN_WORD in at
        joined = joined or CONJ in at
        ref, stop = ref_at(doc, j)
        if ref is not None and ref not in _REFS and ref not in (UNKNOWN, "civilians"):
            two = two or (joined and _two_parties(parties, ref))
            parties.append(ref)
            j = max(stop, j + 1)
            continue
        j += 1
    else:
        if j >= min(k + 10, n) and j < n:
            return False  # too long for an aside
    return ((soldiers and civilians) or two) and joined


_S_PREP_LINK: Final = frozenset((PREP, LINK))
# what may stand between the women and children of a part: figures, "the", "of", "and"
_S_FAMILY_GLUE: Final = frozenset((ARTICLE, LINK, CONJ, *_FIGURE_WORDS))
_S_COUNTED: Final = frozenset((INDEF, *_FIGURE_WORDS))  # "a child", "2 children"


def by_cause(doc: Doc, k: int) -> bool:
    """ "mostly from drones", "в основном от FPV": after "mostly", what killed them, not who."""
    return k < len(doc.tokens) and (PREP in doc.at[k] or bool(doc.flags(k) & PREP_FLAG))


def families(doc: Doc, start: int, counted: bool = True) -> int:
    """How many groups of women, children, pupils the phrase at `start` names, and nothing
    else ("women and children": 2, "80 children": 1, "des femmes et des enfants", "نساء
    وأطفال"); 0 if it names anyone else, or with `counted` false, any figure ("2 children"
    is a part counted of a toll of people of no side)."""
    if FAMILIES not in doc.concepts:
        return 0
    seen = 0
    k, n = start, len(doc.tokens)
    while k < n and doc.sentence_of[k] == doc.sentence_of[start]:
        at = doc.at[k]
        if not counted and (doc.tokens[k].kind == NUM or not _S_COUNTED.isdisjoint(at)):
            return 0  # "including a child", "two of them children": a part counted
        m = at.get(FAMILIES)
        if m is not None:
            seen, k = seen + 1, m.end
            continue
        if doc.tokens[k].kind == NUM or not _S_FAMILY_GLUE.isdisjoint(at):
            k += 1
            continue
        break
    return seen


def joined_mixed(doc: Doc, k: int, ref: str) -> bool:
    """The name at token k is joined by "and" to a different name right before it ("مواقع
    الجيش والمستنفرين", "the army and the Joint Force"): a pronoun for them stands for both."""
    for x in range(k - 1, max(-1, k - 3), -1):
        m = doc.at[x].get(ACTOR)
        if m is not None and m.end > k:
            k = x  # "Russian mercenaries" read at its noun: the name starts before it
            break
    if k > 1 and POSS in doc.at[k - 1] and CONJ in doc.at[k - 2]:
        k -= 1  # "the Malian army and its Russian mercenaries": the one's own ally, a second name
    while k > 1 and doc.is_punct(k - 1, "«\"'“„"):
        k -= 1  # "малийской армии и «Вагнера»": the name's opening quote mark
    if not (doc.flags(k) & CONJ_PREFIX or (k > 0 and CONJ in doc.at[k - 1])):
        return False
    j = k - 1 if doc.flags(k) & CONJ_PREFIX else k - 2
    for x in range(j, max(-1, j - 3), -1):
        if doc.tokens[x].kind != WORD:
            return False
        if ref == "civilians" and SOLDIERS in doc.at[x]:
            # "35 тысяч человек — военные и гражданские. Около 2 тысяч из них ...": soldiers
            # and civilians, "them" stands for both
            return True
        before, _ = ref_at(doc, x)
        if before is not None:
            return _two_parties([before], ref)
    return False


def _after_and(doc: Doc, start: int, k: int) -> bool:
    """ "and" right before token k, or "and" and an article ("et les VDP", "and the army")."""
    j = k - 1
    if j > start and ARTICLE in doc.at[j] and doc.tokens[j].kind == WORD:
        j -= 1
    return j > start and CONJ in doc.at[j]


def _armed_outsider(doc: Doc, k: int, ref: str) -> bool:
    """An armed force of no id in the table starts at token k: a named one ("VDP", "the Joint
    Force", "foreign mercenaries") or a state's army; not a nationality word alone ("Ethiopian"),
    which may qualify the civilians."""
    if ref != UNKNOWN:
        return False
    m = doc.at[k].get(OTHER_ACTOR)
    return m is None or m.payload is None


def _two_parties(found: list[str], ref: str) -> bool:
    """ "the army and the mobilised", "الجيش والقوة المشتركة": a name joined by "and" to a
    different one before it (a party, the army, an outsider) is a second party; "Wagner and
    the Russians" are one (the first holds the second)."""
    for f in found:
        if f in (POSS_REF, PRONOUN_REF, "civilians") or f == ref:
            continue
        if ref in SUBSUMES.get(f, ()) or f in SUBSUMES.get(ref, ()):
            continue
        return True
    return False


def _striking(doc: Doc, k: int, end: int) -> bool:
    """A strike word the actor at tokens k..end qualifies: right after it or after one more
    adjective ("российского ракетного удара"), or right before it ("الضربة الصاروخية الروسية");
    a weapon word too ("un drone russe", "a Russian missile")."""
    if STRIKE not in doc.concepts and WEAPON not in doc.concepts:
        return False
    n = len(doc.tokens)
    for j in (end, end + 1, k - 1, k - 2):
        if not 0 <= j < n or (STRIKE not in doc.at[j] and WEAPON not in doc.at[j]):
            continue
        if j >= end and not doc.rules.possessor_before:
            # "في صفوف الجيش المالي بهجوم لـ...": where the owner follows the noun, a party never
            # qualifies an attack named after it (the army is whose ranks, not who attacked)
            continue
        between = range(end, j) if j >= end else range(j + 1, k)
        if all(doc.tokens[i].kind == WORD and doc.flags(i) & ADJ_FLAG for i in between):
            return True
        if all(
            doc.tokens[i].kind == WORD
            and not doc.flags(i) & PREP_FLAG
            and _S_PREP_LINK.isdisjoint(doc.at[i])
            for i in between
        ):
            # without morphology to tell an adjective, one word between is trusted
            return not doc.rules.analyzer.startswith("pymorphy") or not between
    return False


_STATES: Final = frozenset(("ru", "ua"))  # a country a place is in names its side


def the_strike(doc: Doc, s: int, e: int) -> bool:
    """A strike word right after a definite article ("the strike") in tokens[s:e]."""
    return STRIKE in doc.concepts and any(
        STRIKE in doc.at[k] and DEF in doc.at[k - 1] for k in range(max(s, 1), e)
    )


def struck_side(doc: Doc, start: int, end: int) -> str | None:
    """ "a Ukrainian missile strike on a Russian training ground", "удар по российскому
    полигону", "frappe ukrainienne sur un camp russe": the side whose place a strike hit,
    in tokens[start:end] (the attacker's adjective beside the strike word is passed over)."""
    if STRIKE not in doc.concepts:
        return None
    for k in range(start, end):
        m = doc.at[k].get(STRIKE)
        if m is None:
            continue
        j = m.end
        while (
            j < end
            and j - m.end < 4
            and not (PREP in doc.at[j] or doc.flags(j) & PREP_FLAG or RAID in doc.at[j])
        ):
            j += 1  # "frappe de drone ukrainienne sur", "strike by drones on", "strike hit"
        if j >= end or j - m.end >= 4:
            continue
        for i in range(j + 1, min(j + 7, end)):  # "sur un camp d'entraînement russe"
            at = doc.at[i]
            if doc.tokens[i].kind == PUNCT or not at.keys().isdisjoint(TRIGGER_SET):
                break
            if (PREP in at or doc.flags(i) & PREP_FLAG) and LINK not in at:
                # "on a training ground in Ukraine's Dnipropetrovsk region": the country the
                # place is in; "по полигону в Курской области": a place of the place
                a = doc.at[i + 1].get(ACTOR) if i + 1 < end else None
                if a is not None and a.payload in _STATES:
                    return str(a.payload)
                break
            a = doc.at[i].get(ACTOR)
            if a is not None:
                return None if a.payload == "civilians" else str(a.payload)
    return None


def attacker_enemy(doc: Doc, start: int, end: int) -> str | None:
    """ "Росіяни вдарили «Іскандером» по полігону: загинули 12 військових", "a Russian missile
    strike on a training ground killed 20 soldiers": with no side named for the place hit, the
    soldiers of a strike are those of the side the attacker (a state named right before the
    strike word, as subject or adjective) fights."""
    attacker = state_attacker(doc, start, end)
    return enemy_state(attacker) if attacker is not None else None


def state_attacker(doc: Doc, start: int, end: int) -> str | None:
    """The state of the war that made the first strike in tokens[start:end] ("a Russian missile
    strike", "une frappe russe sur", "удар «Іскандером»"), if one is named."""
    if STRIKE not in doc.concepts:
        return None
    for k in range(start, end):
        if STRIKE not in doc.at[k]:
            continue
        for i in range(k - 1, max(start, k - 3) - 1, -1):
            if doc.clause[i] != doc.clause[k] or doc.flags(i) & VERB and STRIKE not in doc.at[i]:
                break  # "ЗСУ підтвердили удар": who confirmed it, not who struck
            a = doc.at[i].get(ACTOR) or doc.at[i].get(SIDE_WEAPON)  # "an Iskander strike"
            if a is not None:
                return _state(str(a.payload))
        # "Удар «Іскандером» по шикуванню": a weapon only one side fires, within the strike's
        # clause, names the attacker; so does a state's adjective after the strike word, before
        # the place struck ("une frappe aérienne russe sur Kharkiv", "غارة روسية على")
        place = False
        for i in range(k + 1, min(end, k + 5)):
            if doc.clause[i] != doc.clause[k]:
                break
            place = place or PREP in doc.at[i] or bool(doc.flags(i) & PREP_FLAG)
            a = None if place else doc.at[i].get(ACTOR)
            if a is not None and not _ends_strike_phrase(doc, a.end, end):
                a = None  # "Drone strikes Russian base": the adjective of the place struck
            w = doc.at[i].get(SIDE_WEAPON) or a
            if w is not None:
                return _state(str(w.payload))
        return None  # the first strike word decides
    return None


def _state(side: str) -> str | None:
    return side if side in _STATES else None


def _side_of_place(doc: Doc, k: int) -> bool:
    """ "on the Russian side of the border", "с российской стороны границы": the side of a
    place (a word of no people after "of"), where the dead were, not whose they were."""
    j = k
    while j < min(k + 2, len(doc.tokens)) and (LINK in doc.at[j] or ARTICLE in doc.at[j]):
        j += 1
    return j < len(doc.tokens) and NOT_PEOPLE in doc.at[j]


def _ends_strike_phrase(doc: Doc, k: int, end: int) -> bool:
    """The words of a strike end at k: the place struck ("sur", "على"), its verb ("a tué") or
    a mark follow, not a noun the adjective before k belongs to ("strikes Russian base")."""
    if k >= end or doc.tokens[k].kind == PUNCT:
        return True
    return PREP in doc.at[k] or AUX in doc.at[k] or bool(doc.flags(k) & (PREP_FLAG | VERB))


def enemy_state(side: str) -> str | None:
    """The state a state of the table fights ("ru" -> "ua"); None for anyone else."""
    return DEFAULT_ENEMY.get(side) if side in _STATES else None


def regulars_after(doc: Doc, q: Quantity) -> bool:
    """The figure counts an army's soldiers ("загинули 12 військових", "قتل جندي": the figure
    is the noun), not a group's fighters."""
    first = q.fig_start if q.selfhead else q.fig_end
    return any(REGULARS in doc.at[k] for k in range(first, min(q.fig_end + 2, len(doc.tokens))))


_S_GROUP_NAMES: Final = frozenset((ACTOR, ENEMY, OTHER_ACTOR, MILITANTS))


def bare_group(doc: Doc, k: int) -> bool:
    """The word for "the group" at token k names no one after it: "потери группы", "le
    porte-parole du mouvement", not "потери группы ВСУ", "les pertes du groupe Wagner", "خسائر
    الجماعة الإرهابية" (a name or a kind after the word says whose)."""
    e = doc.at[k][THE_GROUP].end
    if e >= len(doc.tokens):
        return True
    t = doc.tokens[e]
    if t.kind == PUNCT:
        return t.text not in "\"'«"
    return _S_GROUP_NAMES.isdisjoint(doc.at[e]) and not t.text[:1].isupper()


def soldiers_struck_by(doc: Doc, s: int, end: int, country: str | None) -> str | None:
    """ "Росіяни вдарили по полігону: загинули 12 військових": soldiers killed in a strike a
    state of the two-state war made (told in tokens[s:end]) are the other side's; the caller
    has checked that the figure counts an army's soldiers."""
    return attacker_enemy(doc, s, end) if states_war(country) else None


def place_after(doc: Doc, k: int, known: bool = False, caseless: bool = False) -> bool:
    """A preposition at token k and a name after it ("in Kokorou", "в Торецке"): a capitalised
    word the lexicon does not know (`known`: or does), or with `caseless` also a word of a
    script without capitals that it does not know ("في نيكوبول")."""
    if k + 1 >= len(doc.tokens) or not (PREP in doc.at[k] or doc.flags(k) & PREP_FLAG):
        return False
    t = doc.tokens[k + 1]
    first = t.text[:1]
    if t.kind != WORD:
        return False
    if first.isupper():
        return known or not doc.at[k + 1]
    if any(m.end > k + 1 for m in doc.at[k].values()):
        return False  # "في عداد المفقودين" (among the missing): a phrase the lexicon knows
    return caseless and first.isalpha() and first.lower() == first.upper() and not doc.at[k + 1]


def states_war(country: str | None) -> bool:
    """A post on the war of the table's two states: no country named, or one of them."""
    return country is None or country in _STATES


def civil_place_struck(doc: Doc, start: int, end: int, place: str = CIVIL_PLACE) -> bool:
    """ "the shelling of the market", "обстрел рынка", "frappe sur un marché": a strike word and,
    a few words on in tokens[start:end], a place only civilians fill (or another `place`)."""
    if place not in doc.concepts or (STRIKE not in doc.concepts and WEAPON not in doc.concepts):
        return False
    for k in range(start, end):
        m = doc.at[k].get(STRIKE) or doc.at[k].get(WEAPON)  # "a drone hit a car"
        if m is None:
            continue
        limit = min(m.end + 5, end)
        i = m.end
        while i < limit:
            if doc.tokens[i].kind == PUNCT or not doc.at[i].keys().isdisjoint(TRIGGER_SET):
                break
            if place in doc.at[i]:
                return True
            if RELATIVE in doc.at[i]:
                # "القصف الذي شنته قوات الدعم السريع على مخيم": who struck, then the place
                limit = min(i + 8, end)
            i += 1
    return False


def _quoted_name(doc: Doc, k: int) -> bool:
    """A capitalised name in quotes that is no alias of the table (closed within a few words:
    a closing quote before a new line's first word opens nothing)."""
    t = doc.tokens[k]
    if t.kind != WORD or not t.text[:1].isupper():
        return False
    if not any(doc.is_punct(j, '"') for j in range(k + 1, min(len(doc.tokens), k + 4))):
        return False
    at = doc.at[k]
    return _S_ACTOR_OTHER_ACTOR_ENEMY_OURS_SOLDIERS_PE.isdisjoint(at)


def among_victim(doc: Doc, start: int, end: int, lead: bool = False) -> str | None:
    """ "среди X", "parmi X", "في صفوف X", "у нас", "de notre côté" within tokens[start:end].
    A lead is read clause by clause back from the figure: "у нас трое раненых, у них 12
    убитых" gives 12 to "у них", and a clause with a figure of its own ends the search."""
    if not lead:
        return _among(doc, start, end, lead)
    b = end
    while b > start:
        a = b - 1
        while a > start and doc.clause[a - 1] == doc.clause[b - 1]:
            a -= 1
        if b != end and _aside(doc, a, b):
            b = a  # "..., التي تقاتل إلى جانب الجيش المالي، بمقتل 15 من عناصرها": not whose
            continue
        if b != end and any(PART_OF in doc.at[k] or ACCORDING_TO in doc.at[k] for k in range(a, b)):
            # "35 قتيلاً بينهم طفلان، وأكثر من 117": the part of the figure before; "D'après
            # nos sources, une cinquantaine": whose sources, not whose dead
            return None
        ref = _among(doc, a, b, True, end)
        if ref is not None:
            return ref
        if any(
            figure_word(doc, k) and doc.at[k].keys().isdisjoint(TRIGGER_SET) for k in range(a, b)
        ):
            return None  # "у нас трое раненых": that side is the other figure's
        b = a
    # "chez l'ennemi, au moins 15 morts", "у противника, по нашим данным, 17": a side set off by
    # a comma before the lead, in a clause of no figure and no trigger of its own
    if start >= len(doc.tokens) or not doc.is_punct(start, ",،"):
        return None
    s, _ = doc.sentences[doc.sentence_of[start]]
    if start > s:
        aside = aside_start(doc, start - 1)  # "у противника, по данным разведки, до 40"
        if aside is not None and aside > s:
            start = aside
    a = start
    while a > s and doc.clause[a - 1] == doc.clause[start - 1]:
        a -= 1
    while a < start and doc.tokens[a].kind == PUNCT:
        a += 1
    if a == start or doc.hard[a] != doc.hard[start]:
        return None
    if any(
        doc.tokens[k].kind == NUM
        or not doc.at[k].keys().isdisjoint(_S_TRIGGERS_FIGURE_WORDS)
        # "٧ شهداء، بينهم طفلان، و١٥ إصابة": a part of the figure before, no side
        or PART_OF in doc.at[k]
        # "D'après nos sources sur place, une cinquantaine": whose sources, not whose dead
        or ACCORDING_TO in doc.at[k]
        for k in range(a, start)
    ):
        return None
    ref = _among(doc, a, start, True, end)
    if ref is None and (PREP in doc.at[a] or doc.flags(a) & PREP_FLAG) and a + 1 < start:
        if ENEMY in doc.at[a + 1] or ENEMY in doc.at[a]:
            ref = ENEMY_REF  # "chez l'ennemi, ...": the enemy's own count
    return ref


def _fired_by(doc: Doc, k: int) -> bool:
    """An "among" word at k that names who fired: right after a strike word ("обстрел со
    стороны ВСУ"), or a word or two after "by the bullets of" ("برصاص عناصر من")."""
    if k == 0:
        return False
    if STRIKE in doc.at[k - 1]:
        return True
    return AGENT_BY in doc.concepts and any(AGENT_BY in doc.at[j] for j in range(max(0, k - 2), k))


def _among(doc: Doc, start: int, end: int, lead: bool, limit: int | None = None) -> str | None:
    limit = end if limit is None else limit
    for k in range(start, end):
        at = doc.at[k]
        if (
            not lead
            and k > start
            and (doc.tokens[k].kind == NUM or not _S_TRIGGERS_FIGURE_WORDS.isdisjoint(at))
        ):
            break  # what follows belongs to the next figure
        if not lead and k > start and (STRIKE in at or WAR in at):
            # "قتل ٥ جنود في هجوم شنه مسلحون من تنظيم داعش": the attack's, not among whom;
            # "وأصيب الآلاف جراء القتال بين الجيش والدعم السريع": the fighting's two sides
            break
        if (
            lead
            and OURS in at
            and k > 0
            and (doc.flags(k - 1) & PREP_FLAG or PREP in doc.at[k - 1])
            and ACCORDING_TO not in doc.at[k - 1]  # "по нашим данным": whose count, not whose dead
            # "Раніше ми повідомляли": "we" who report (the adverb reads as a preposition)
            and not (at[OURS].end < len(doc.tokens) and SAY in doc.at[at[OURS].end])
            and not _our_place(doc, at[OURS].end)
            # "an attack on our positions, inflicting losses on the enemy: 170 killed"
            and not any(ENEMY in doc.at[j] for j in range(k + 1, limit))
        ):
            return OURS_REF  # "По нашей роте за неделю: 200-х — двое", "on our side: ..."
        m = at.get(AMONG)
        if m is not None and _fired_by(doc, m.start):
            m = None  # "обстрела со стороны ВСУ", "برصاص عناصر من الدعم السريع": who fired
        if m is not None and any(
            CAPTIVITY in doc.at[j] for j in range(m.end, min(m.end + 3, len(doc.tokens)))
        ):
            m = None  # "у російському полоні перебувають 2000": in whose captivity, the captor
        if (
            m is not None and lead and m.start > 0 and figure_word(doc, m.start - 1)
        ):  # "20 من", "dozens of"
            # "قتلوا 30 جندياً و20 من عناصر فاغنر، وأقر بمقتل 5": "of Wagner" is what the
            # figure before counts, no side that leads to the later one
            m = None
        if m is not None and m.end <= len(doc.tokens):
            for j in range(m.start, m.end):  # "في صفوفها", "في صفوفنا": the owner is in the phrase
                if POSS in doc.at[j]:
                    return POSS_REF
                if OURS in doc.at[j]:
                    return OURS_REF
                a = doc.at[j].get(ACTOR)
                if (
                    a is not None
                    and a.end <= m.end
                    and a.payload != "civilians"
                    and not _side_of_place(doc, m.end)
                ):
                    # "С малийской стороны — двое погибших", "on the Ukrainian side": the
                    # party's adjective inside the words of "among"
                    return str(a.payload)
        if m is not None and m.end < len(doc.tokens):
            ref = phrase_victim(doc, m.end, limit=4, army=True)  # "côté armée", "من جانب الجيش"
            if ref == "civilians" and PART_OF in at and not lead:
                # "8 morts dont des enfants", "بينهم أطفال": some of the dead were children; the
                # rest the text leaves open (women and children together say more: families)
                ref = None
            if ref is not None and ref not in (PRONOUN_REF, POSS_REF):  # "серед них": a part
                return ref
            if lead and ref == PRONOUN_REF and PART_OF not in at:
                return ref  # "▪️ У них — до 15 убитых": a side, whom the pronoun stands for
        m = at.get(OURS)
        if m is not None and m.end - m.start > 1 and not _we_did_next(doc, m.end):
            return OURS_REF  # "de notre côté", "on our side": a place; "we have 3 wounded"
        m = at.get(POSS)
        if m is not None and m.end - m.start > 1 and (PREP in at or doc.flags(k) & PREP_FLAG):
            return POSS_REF  # "dans ses rangs": the speaker's side
    return None


# what may open a figure: its number or vague word, a qualifier, an article ("a dozen")
_S_FIGURE_OPENERS: Final = frozenset(
    (*_S_FIGURE_WORDS, MORE_THAN, AT_LEAST, UP_TO, ABOUT, ONLY, RANGE_FROM, ARTICLE, QUAL_PREP)
)


def _we_did_next(doc: Doc, k: int) -> bool:
    """A word right after a phrase of ours that ends at k, that opens no figure but has one
    right after it: a verb and its object ("we have killed 20", "we have recovered 12 bodies")
    say what we did, not what we had ("we have 3 wounded"; not "friendly side balance: 4")."""
    if k + 1 >= len(doc.tokens) or doc.tokens[k].kind != WORD:
        return False
    if not _S_FIGURE_OPENERS.isdisjoint(doc.at[k]):
        return False
    return doc.tokens[k + 1].kind == NUM or not _S_FIGURE_OPENERS.isdisjoint(doc.at[k + 1])


def part_word_after(doc: Doc, j: int) -> Match | None:
    """The "of them" right after a figure that ends at token j ("six of them", "d'entre eux",
    a one-word "منهم"), or None."""
    m = doc.at[j].get(PART_OF)
    if m is None or not (m.end - m.start > 1 or doc.tokens[j].low in doc.rules.part_after):
        return None
    return m


def figure_word(doc: Doc, k: int) -> bool:
    """Token k is a figure's: digits, a number word or a vague one ("20", "dozens")."""
    return doc.tokens[k].kind == NUM or not _S_FIGURE_WORDS.isdisjoint(doc.at[k])


def _place_of(doc: Doc, k: int) -> bool:
    """A place word right before "our" at token k, over "of" ("атакував позиції наших
    захисників", "attacked the positions of our defenders"): whose place, no subject."""
    j = k - 1
    while j > 0 and j >= k - 3 and not doc.at[j].keys().isdisjoint(_S_OWNER_WORDS):
        j -= 1  # "позиції наших", "the positions of our", "les positions de nos"
    return j >= 0 and POSITIONS in doc.at[j]


_S_OWNER_WORDS: Final = frozenset((LINK, OURS, ARTICLE, POSS))


def _our_place(doc: Doc, k: int) -> bool:
    """ "по нашему участку", "на нашій ділянці", "in our sector": the word after "our" is a
    place where the enemy fell, not a unit or people of ours (an inanimate noun)."""
    if k >= len(doc.tokens) or doc.tokens[k].kind != WORD:
        return False
    at = doc.at[k]
    if not _S_OUR_PEOPLE.isdisjoint(at):
        return False
    flags = doc.flags(k)
    return bool(flags & NOUN_FLAG and flags & INANIMATE)


def possessor_before(doc: Doc, i: int, names: bool = True) -> str | None:
    """ "Russia's losses", "наши потери", "civilian victims": who owns the noun at token i.
    Before a verb only "our"/"the enemy" count ("RSF killed" names the killer); where the owner
    follows its noun (Arabic "خسائر الجيش") a name before it is the sentence's subject."""
    if not doc.rules.possessor_before:
        names = False
    while i > 1 and TOTAL in doc.at[i - 1] and doc.tokens[i - 1].kind == WORD:
        i -= 1  # "Kyiv's total losses", "Russia's overall toll": the owner before the word
    for k in range(i - 1, max(-1, i - 3), -1):
        t = doc.tokens[k]
        if t.kind == PUNCT and t.text not in "\"'":
            break
        if i < len(doc.tokens) and doc.sentence_of[k] != doc.sentence_of[i]:
            break  # "..., за даними Генштабу ЗСУ\nособового складу": the line before owns nothing
        if CONJ in doc.at[k] and t.kind == WORD:
            break  # "killed 25 worshippers and wounded 63 people": the last claim's noun
        if k in doc.speakers:
            break  # "По данным Минобороны России потери ВСУ": the source owns no losses
        if SAY in doc.at[k]:
            break  # "Генштаб оценил потери ...": who speaks of the losses owns none of them
        ref, end = ref_at(doc, k)
        if ref is not None and end < i and STRIKE in doc.at[end]:
            return None  # "через ворожу агресію загинули": the enemy's attack, not its dead
        if ref is not None and end >= i - 1 and ref != POSS_REF:
            if ref not in (OURS_REF, ENEMY_REF) and k > 0 and _prep_before(doc, k):
                return None  # "В Україні зниклими безвісти вважаються": a place, no owner
            if ref not in (OURS_REF, ENEMY_REF) and names and joined_other(doc, k, ref):
                return MIXED  # "Боевики FLA и их союзники из JNIM потеряли": both parties
            if names or ref in (OURS_REF, ENEMY_REF):
                return ref
            return None
    return None


def _prep_before(doc: Doc, k: int) -> bool:
    return (
        doc.tokens[k - 1].kind == WORD
        and (PREP in doc.at[k - 1] or bool(doc.flags(k - 1) & PREP_FLAG))
        and ACTOR in doc.at[k]
        and doc.flags(k) & NOUN_FLAG != 0
    )


def noun_trigger(doc: Doc, t: Trigger) -> bool:
    if t.concept in (CASUALTIES, MISSING):
        return True
    if NOUN_TRIGGER in doc.at[t.start]:
        return True
    return bool(doc.flags(t.start) & NOUN_FLAG) or (
        bool(doc.flags(t.start) & ADJ_FLAG) and doc.rules.analyzer.startswith("pymorphy")
    )


def sufferer(doc: Doc, q: Quantity, t: Trigger) -> str | None:
    """ "Russian forces suffered 300 casualties", "تكبد الجيش الروسي خسائر": the subject of suffer.
    Nobody suffers prisoners: "it had taken 120 soldiers prisoner" is the captor; nor the
    militants it neutralised ("l'armée compte 30 terroristes neutralisés": its kill)."""
    if t.concept in (CAPTURED, ELIMINATED):
        return None
    if any(MILITANTS in doc.at[k] for k in range(q.fig_end, q.end)):
        return None
    s, _ = doc.sentences[doc.sentence_of[q.fig_start]]
    # "росіяни поклали під містом сотні солдатів": the word of harm is a verb of suffering too
    first = (
        t.start if t.start < q.start and SUFFER in doc.at[t.start] else min(q.start, t.start) - 1
    )
    for k in range(first, max(s - 1, min(q.start, t.start) - 8), -1):
        m = doc.at[k].get(SUFFER)
        if m is not None and m.start > 0 and not _S_DETERMINERS.isdisjoint(doc.at[m.start - 1]):
            continue  # "sur son compte Telegram": a noun of the same letters, no verb
        if m is not None:
            who = subject_of(doc, m.start, m.end, min(q.start, t.start))
            if INFLICT in doc.at[m.start] and m.end < len(doc.tokens):
                # "قواتنا الباسلة تكبد العدو 120 قتيلاً": the same letters inflict; a party
                # named right after the verb, a subject before it, is who suffers
                after, _ = ref_at(doc, m.end)
                before = _party_in_clause_before(doc, m.start)
                if after is not None and before is not None and after != before:
                    return after
            return who
    return None


_S_DETERMINERS: Final = frozenset((ARTICLE, POSS))


def _party_in_clause_before(doc: Doc, i: int) -> str | None:
    k = i - 1
    while k >= 0 and doc.clause[k] == doc.clause[i]:
        ref, _ = ref_at(doc, k)
        if ref is not None:
            return ref
        k -= 1
    return None


def aside_start(doc: Doc, k: int) -> int | None:
    """Where the source set off by commas around token k starts (its comma), when k is inside
    one ("X, по нашим данным, ...", "X, selon nos estimations, ..."), and a clause precedes it."""
    if ACCORDING_TO not in doc.concepts:
        return None
    a = k
    while a > 0 and doc.clause[a - 1] == doc.clause[k]:
        a -= 1
    if a == 0 or not doc.is_punct(a, ",،"):
        return None
    m = doc.at[a + 1].get(ACCORDING_TO) if a + 1 < len(doc.tokens) else None
    return a if m is not None and a + 1 <= k else None


def _group_size_number(doc: Doc, k: int) -> bool:
    """The number at k gives the size of each group an attack comes in ("تهاجم بمجموعات صغيرة من
    3 إلى 5 أفراد، وتخسر يومياً ...", "attack in groups of 3 to 5"): no figure of dead that a
    name before it could count, so no stop on the way back to the subject."""
    if GROUP_OF not in doc.concepts:
        return False
    j = k
    while j > 0 and k - j < 4:
        if doc.ends_at(j, GROUP_OF) is not None:
            return True
        at = doc.at[j - 1]
        if not (doc.tokens[j - 1].kind == NUM or RANGE_FROM in at or RANGE_TO in at):
            return False
        j -= 1
    return False


def subject_of(doc: Doc, verb_start: int, verb_end: int, stop: int) -> str | None:
    """The subject of a verb: the nearest actor before it in the clause (not past a reporting
    verb), else (verb-first order: Arabic, inversions) between the verb and the figure."""
    clause = doc.clause[verb_start]
    k = verb_start - 1
    outsider = False  # "бармалеи лишились", "Nigerien troops lost": a side outside the table
    origin = verb_start
    while k >= 0 and AUX in doc.at[k] and doc.clause[k] == clause:
        k -= 1  # "The enemy, having lost", "L'ennemi, ayant perdu"
    s, _ = doc.sentences[doc.sentence_of[verb_start]]
    opens = k < s or (doc.clause[k] != clause and not doc.is_punct(k, ",،"))
    comma = k > 0 and doc.is_punct(k, ",،")
    if comma:
        clause = doc.clause[k - 1] if k > 0 else clause  # ", оставив 9 тел": the subject before
        origin = k  # "Противник атаковал ... и был отброшен, потеряв": ten words before the comma
        k -= 1
    only_verbs = True  # the clause read so far holds verbs only ("откатился,")
    while k >= 0 and doc.clause[k] == clause and origin - k <= 10:
        if only_verbs and k > s and doc.is_punct(k, ",،") and doc.clause[k - 1] != clause:
            # "Противник пытался ..., откатился, потеряв 40": a clause of a bare verb shares
            # the subject of the clause before it
            clause, origin, only_verbs = doc.clause[k - 1], k, False
            k -= 1
            continue
        if doc.tokens[k].kind == WORD and not doc.flags(k) & VERB:
            only_verbs = False
        if SAY in doc.at[k] or (doc.tokens[k].kind == NUM and not _group_size_number(doc, k)):
            break
        a = aside_start(doc, k)
        if a is not None:
            # "Противник, по нашим подсчётам, потерял": the source set off by commas is no
            # subject ("нашим" is whose count, not whose losses); the clause before it is
            clause, k = doc.clause[a - 1], a - 1
            continue
        ref, end = ref_at(doc, k)
        ally = _ally_before(doc, k) if ref is not None else None
        if ally is not None:
            k = (
                ally - 1
            )  # "North Korean troops fighting alongside Russian forces": an ally, not who
            while k > 0 and doc.clause[k] == clause and not doc.is_punct(k, ",،"):
                k -= 1  # "Les FAMa, combattant aux côtés des Tchadiens, ont perdu": the aside
            if k > 0 and doc.is_punct(k, ",،"):
                clause, k = doc.clause[k - 1], k - 1
            continue
        if ref == OURS_REF and _our_place(doc, end):
            k -= 1  # "Противник атаковал наши позиции и, потеряв 35": our place is no subject
            continue
        if ref is not None and _place_of(doc, k):
            k -= 1  # "атакував позиції наших захисників, втративши": whose place, no subject
            continue
        if ref is not None and figure_np(doc, k, verb_start, comma):
            break  # "killed 30 JNIM fighters and lost 4": the name counts the first verb's dead
        if ref is not None and ref not in (UNKNOWN, POSS_REF):
            return MIXED if joined_other(doc, k, ref, ours=ref == OURS_REF) else ref
        if ref is None and MILITANTS in doc.at[k] and _next_to_verb(doc, k, verb_start):
            # "The militants left over 30 bodies on the ground", "the militants lost 30 men":
            # the armed men of no named party are the other side of the channel's, as a count of
            # them is ("30 militants were killed"), never the toll told before
            return ENEMY_REF
        outsider = outsider or ref == UNKNOWN
        k -= 1
    for k in range(verb_end, min(stop, verb_end + 5, len(doc.tokens))):
        ref, _ = ref_at(doc, k)
        if ref is not None and _ally_before(doc, k) is not None:
            continue  # "تكبدت القوات الكورية ... إلى جانب القوات الروسية": the ally is not the subject
        if ref is not None and ref not in (UNKNOWN, POSS_REF):
            return ref
        outsider = outsider or ref == UNKNOWN  # "تكبدت القوات الكورية الشمالية": verb first
    if not outsider and (ref := _subject_before_colon(doc, verb_start)) is not None:
        return ref
    if opens and not outsider:
        # "Having lost 40 men, the enemy retreated", "Потеряв 40 человек, противник отступил":
        # a clause that opens its sentence with the verb has its subject after the comma
        return _subject_after_clause(doc, verb_end)
    return UNKNOWN if outsider else None


def _subject_before_colon(doc: Doc, verb_start: int) -> str | None:
    """ "Противник продолжает заваливать позиции пехотой: за семь дней потерял свыше 300": a
    clause after a colon with a verb and no subject of its own goes on with the side that opens
    the sentence before the colon; with cases, a side in the subject's case only ("Врага
    остановили: потеряли двоих" names the object, whose losses these are not)."""
    s, _ = doc.sentences[doc.sentence_of[verb_start]]
    clause = doc.clause[verb_start]
    j = verb_start
    while j > s and doc.clause[j - 1] == clause:
        j -= 1
    if j > s and doc.is_punct(j - 1, ":"):
        j -= 1
    if j <= s or not doc.is_punct(j, ":"):
        return None
    words = [k for k in range(s, j) if doc.tokens[k].kind == WORD][:2]
    cases = doc.rules.analyzer.startswith("pymorphy")
    for k in words:
        ref, _ = ref_at(doc, k)
        if ref is not None and ref not in (UNKNOWN, POSS_REF):
            # a word the dictionary knows, read in another case, is no subject ("Врага");
            # one it does not ("ВСУ") may be
            known = doc.flags(k) & (NOUN_FLAG | ADJ_FLAG)
            return None if cases and known and not doc.flags(k) & NOMINATIVE else ref
    return None


def _next_to_verb(doc: Doc, k: int, verb: int) -> bool:
    """Only auxiliaries stand between the word at k and the verb at `verb`."""
    return all(AUX in doc.at[j] for j in range(k + 1, verb))


def _ally_before(doc: Doc, k: int) -> int | None:
    """Where an "alongside" phrase starts when it ends at most two tokens before token k
    ("alongside Russian forces", "aux côtés des FAMa", "вместе с российскими войсками"): the
    party named there fights beside the subject, it is not the subject."""
    if ALONGSIDE not in doc.concepts:
        return None
    for j in range(k, max(k - 3, -1), -1):
        m = doc.ends_at(j, ALONGSIDE)
        if m is not None:
            return m.start
    return None


def _subject_after_clause(doc: Doc, i: int) -> str | None:
    """The side named first after the comma that closes the clause holding token i."""
    _, e = doc.sentences[doc.sentence_of[i]]
    j = soft_end(doc, i)
    if j >= e - 1 or not doc.is_punct(j, ",،"):
        return None
    for k in range(j + 1, min(j + 3, e)):
        ref, _ = ref_at(doc, k)
        if ref is not None and ref != POSS_REF:
            return ref
        if ARTICLE not in doc.at[k]:
            break
    return None


def post_parties(doc: Doc) -> list[str]:
    """The parties the post names, in order, leaving out those named only as speakers."""
    seen: list[str] = []
    if ACTOR not in doc.concepts:
        return seen
    for i in doc.starts_of(ACTOR):
        if i in doc.speakers:
            continue
        m = doc.at[i][ACTOR]
        if m.payload not in seen:
            seen.append(str(m.payload))
    return seen


def clause_start(doc: Doc, i: int) -> int:
    s, _ = doc.sentences[doc.sentence_of[i]]
    k = i
    while k > s and doc.hard[k - 1] == doc.hard[i]:
        k -= 1
    return k


def soft_end(doc: Doc, i: int) -> int:
    _, e = doc.sentences[doc.sentence_of[i]]
    k = i
    while k < e and doc.clause[k] == doc.clause[i]:
        k += 1
    return k


def lead_start(doc: Doc, i: int) -> int:
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
        elif _aside(doc, j, k):
            # "أقرت قنوات مقربة من مجموعة فاغنر، التي باتت تعمل تحت اسم «الفيلق الأفريقي»،
            # بمقتل 20 من عناصرها": a relative clause set off by commas interrupts the clause
            # it sits in, whose start is before it
            k = j
            while k > s and doc.clause[k - 1] == doc.clause[j - 1]:
                k -= 1
        else:
            break
    return k


def _aside(doc: Doc, j: int, k: int) -> bool:
    """Tokens j..k-1 are a relative clause between commas (", which ...,", "، التي ...،")."""
    if not doc.is_punct(k, ",،") or k - j < 3:
        return False
    first = j + 1 if doc.is_punct(j, ",،") else j
    return RELATIVE in doc.at[first] and j > 0 and doc.is_punct(first - 1, ",،")


def agent_of(doc: Doc, i: int) -> str | None:
    """The actor right before a verb ("Russia killed", "قواتنا أسرت"), not across "and"."""
    if doc.flags(i) & CONJ_PREFIX:
        return None  # "وأسرت": "and captured", its subject is the sentence's
    if doc.flags(i) & PASSIVE:
        return None  # "по позициям бригады ВСУ уничтожено": a name before a passive is no killer
    k = i - 1
    while k >= 0 and i - k <= 3:
        at = doc.at[k]
        if doc.tokens[k].kind == PUNCT or CONJ in at or k in doc.speakers or ARMY in at:
            return None
        if doc.gap_has_newline(k, k + 1):
            return None  # "отминусовали — 312 орков⏎затрёхсотили — 147": a list's new line
        if AUX in at:
            k -= 1
            continue
        ref, _ = ref_at(doc, k)
        if ref is not None:
            return ref
        k -= 1
    return None
