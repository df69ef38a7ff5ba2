"""Reporting frames: who a sentence attributes its figures to ("по данным X", "X said",
"selon X", "قال X", "Генштаб ВСУ: ..."), and the claimant id or slug of X.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from typing import Final

from extractors.actors import REPORTERS, SIDES, STATE_FORCES
from extractors.claimants import (
    IMPLICIT,
    SELF,
    claimant_of,
    person_name,
    reporter_in,
    slug_only,
)
from extractors.doc import Doc
from extractors.figures import FIGURE_CONCEPTS, figure_at
from extractors.lexicon import Match
from extractors.morph import ADJ, PASSIVE, VERB
from extractors.morph import PREP as PREP_FLAG
from extractors.phrases import OUR_MEN
from extractors.rules import (
    ABOUT,
    ABOUT_THIS,
    ACCORDING_TO,
    ACTOR,
    AGENT_BY,
    AMONG,
    ARMY,
    ARTICLE,
    AT_LEAST,
    AUX,
    CASUALTIES,
    COMMANDER,
    CONJ,
    CONTEXT,
    CREDIT,
    DENY,
    DUAL,
    DUMMY,
    ENEMY,
    LINK,
    LOSS,
    MATES,
    MEDIA,
    MONTH,
    MORE_THAN,
    NEG_BLOCK,
    NEW_TOPIC,
    NONCLAIM,
    NOT_PEOPLE,
    NOUN_TRIGGER,
    OURS,
    OWN_UNIT,
    PEOPLE,
    PERIOD,
    POSS,
    PREP,
    PRONOUN,
    RAID,
    RELATIVE,
    REPEL,
    REPORTER,
    SAY,
    SINCE,
    SOLDIERS,
    SOURCES,
    SPEAKER,
    STATEMENT,
    STRIKE,
    SUFFER,
    SUMMARY,
    THAT,
    TRIGGER_SET,
    TRIGGERS,
    UNIT,
    UP_TO,
    WAR,
    WEEKDAY,
    WHILE,
)
from extractors.tokens import GLUED, NUM, PUNCT, WORD

_SPEAKERISH: Final = (ACTOR, REPORTER, SPEAKER, ARMY, PEOPLE, SOLDIERS, OURS, PRONOUN)
_FUNCTION: Final = ("WHILE", "CONJ", THAT, PREP, "AUX", "ARTICLE", "NEW_TOPIC")

# words in a claimant phrase ("a company commander of the 47th Brigade who goes by ...")
_MAX_X: Final = 16


_S_FUNCTION: Final = frozenset(_FUNCTION)
_FUNCTION_WORDS: Final = frozenset((*_FUNCTION, "DEF", "POSS", "STATEMENT"))
_OPENERS: Final = frozenset((WHILE, CONJ, NEW_TOPIC))  # "while", "and", "separately": no speaker
_S_SPEAKERISH: Final = frozenset(_SPEAKERISH)
_S_FORMATION: Final = frozenset((UNIT, OWN_UNIT))
_S_CLAUSE_VERBS: Final = frozenset(("AUX", "SUFFER", *TRIGGERS))  # a clause's verb, not a speaker's
# "أحصت الغرفة حتى اللحظة (٤٣)", "بحسب ما تم توثيقه حتى الآن": a bound or a "so far" ends who spoke
_S_BOUNDS: Final = frozenset((MORE_THAN, AT_LEAST, UP_TO, ABOUT, SINCE, DUMMY))
_REPORTING: Final = frozenset((ACCORDING_TO, SAY))  # the words that open a frame


@dataclass(init=False, slots=True)
class Frame:
    # init=False, the __init__ written out below: compiled by mypyc, unlike the generated one
    start: int  # token span of the whole frame, speaker included
    end: int
    sentence: int
    claimant: str
    # "according", "say", "colon", "dash" ("..., — ACLED."), "by" ("les 84 annoncés par le CSP":
    # for the figure right before it only)
    kind: str
    speaker: tuple[int, int] = (0, 0)
    back: bool = False  # "Об этом сообщил X": X speaks for the sentences before, too

    def __init__(
        self,
        start: int,
        end: int,
        sentence: int,
        claimant: str,
        kind: str,
        speaker: tuple[int, int] = (0, 0),
        back: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.sentence = sentence
        self.claimant = claimant
        self.kind = kind
        self.speaker = speaker
        self.back = back


def _counted_adjective(doc: Doc, i: int, j: int) -> bool:
    """A reporting word used as an adjective of the counted ("подтверждённых 23 двухсотых",
    "підтверджених 40 загиблих"): a participle right before a figure or a trigger."""
    flags = doc.flags(i)
    if not flags & ADJ or flags & VERB or j >= len(doc.tokens):
        return False
    at = doc.at[j]
    return doc.tokens[j].kind == NUM or "NUMBER" in at or not TRIGGER_SET.isdisjoint(at)


def find_frames(
    doc: Doc, context: dict[str, int], side: str | None = None
) -> tuple[list[Frame], set[int]]:
    """Frames in order, and the token indices of their speaker phrases (not claim material)."""
    frames: list[Frame] = []
    excluded: set[int] = set()
    # only a reporting word opens a frame here: the other matched words are passed over
    matched = doc.starts(_REPORTING)
    # a post with no colon, dash or bracket at all has no frame of that form to look for
    colons, dashes = ":" in doc.text, "-" in doc.text or "—" in doc.text
    brackets = ")" in doc.text
    for sid, (s, e) in enumerate(doc.sentences):
        first_frame = len(frames)
        colon = _colon_frame(doc, sid, s, e, side) if colons else None
        if colon is not None:
            frames.append(colon)
            excluded.update(range(colon.speaker[0], colon.speaker[1]))
        i = s
        for k in matched[bisect.bisect_left(matched, s) : bisect.bisect_left(matched, e)]:
            if k < i:
                continue  # inside the frame before
            i = k
            at = doc.at[i]
            m = at.get(ACCORDING_TO)
            kind = "according"
            if m is None:
                m = at.get(SAY)
                kind = "say"
            if m is None or any(c in at and at[c].end > m.end for c in (*TRIGGERS, PERIOD)):
                continue  # "per day", "за добу": a longer reading of the word is no source
            if kind == "say" and _counted_adjective(doc, m.start, m.end):
                continue  # "подтверждённых двадцать три двухсотых": confirmed dead, no speaker
            if kind == "say" and STATEMENT in at and _by_before(doc, m.start):
                continue  # "even by the most conservative estimates": a noun of data, no verb
            if kind == "according":
                start = m.end
                if (
                    start + 1 < e
                    and (doc.tokens[start].kind == NUM or "NUMBER" in doc.at[start])
                    and _speakerish(doc, start + 1)
                ):
                    # "selon deux sources militaires": how many say, then who; not "by our
                    # count 7 vehicles hit", the figure said
                    start += 1
                span = (
                    None
                    if whose_data(doc, m.start, m.end)
                    else _phrase_after(doc, start, e, through_triggers=True)
                )
                if span is not None:
                    # "По данным Минобороны России потери ВСУ составили": the source ends
                    # where the losses said begin
                    cut = next(
                        (k for k in range(*span) if not LOSSES_NOUNS.isdisjoint(doc.at[k])), span[1]
                    )
                    span = (span[0], cut) if cut > span[0] else None
                if span is not None:
                    # "L'OSDH rapporte la mort de 27 soldats": a verb that reports may put its
                    # source after it ("rapporte l'AFP"), but a noun of the dead there is what
                    # it reports, no source; the subject before it speaks
                    head = span[0]
                    while head < span[1] - 1 and ARTICLE in doc.at[head]:
                        head += 1
                    if NOUN_TRIGGER in doc.at[head]:
                        span = _phrase_before(doc, m.start, s) if m.start > s else None
                if (
                    span is not None
                    and _data_then_enemy(doc, m.end, span[0])
                    # "По данным противника, ...": the enemy's data, closed by a comma
                    and not (span[1] < e and doc.is_punct(span[1], ",،"))
                ):
                    span = None  # "According to preliminary data the enemy lost 40": no source
            elif m.end < e and AGENT_BY in doc.at[m.end] and _figure_ends(doc, m.start):
                # "loin des 84 annoncés par les rebelles", "the 84 claimed by the rebels": the
                # figure right before is theirs, whoever speaks for the rest of the sentence
                span = _phrase_after(doc, doc.at[m.end][AGENT_BY].end, e)
                kind = "by"
            elif m.end < e and AGENT_BY in doc.at[m.end] and CREDIT in at:
                # "an attack claimed by the FLA", "revendiquée par le JNIM": who answers for the
                # attack, not who counts its dead
                continue
            elif m.end < e and AGENT_BY in doc.at[m.end]:
                # "were said by villagers to have been shot": who says follows "by"
                span = _phrase_after(doc, doc.at[m.end][AGENT_BY].end, e)
            elif (
                m.start > s
                and CONJ in doc.at[m.start - 1]
                and frames
                and frames[-1].sentence == sid
                and frames[-1].kind == "say"
            ):
                # "L'armée reconnaît la mort de deux soldats et fait état de 10 blessés", "the
                # army confirmed two dead and said": a verb with no subject of its own shares
                # the speaker of the verb before it, not the noun just said
                prev = frames[-1]
                frames.append(
                    Frame(m.start, m.end, sid, prev.claimant, kind, prev.speaker, back=prev.back)
                )
                i = m.end
                continue
            else:
                # "23 двухсотых подтверждены на видео": a passive's subject is what is said
                passive = doc.flags(m.start) & PASSIVE
                span = None if passive else _phrase_before(doc, m.start, s)
                if span is None and not passive:
                    span = _relative_subject(doc, m.start, s)
                if (
                    span is not None
                    and not _subject_named(doc, span[1] - 1)
                    # "JNIM, qui a revendiqué l'attaque de l'école de gendarmerie, affirme": the
                    # relative pronoun is the verb's subject, what follows is its object
                    and RELATIVE not in doc.at[span[0]]
                    and (
                        doc.rules.subject_after_verb
                        or not any(_subject_named(doc, x) for x in range(*span))
                    )
                ):
                    # "نفى الجيش أرقاماً نشرتها جبهة تحرير أزواد", "такие данные приводит
                    # Минобороны": the subject after the verb; what stands before is another
                    # clause's or what was said (not "الجيش السوداني قال")
                    after = _phrase_after(doc, m.end, e)
                    if (
                        after is not None
                        and any(_named(doc, x) for x in range(*after))
                        and not _prep(doc, after[0])
                        # "He put Russian losses at 198,000": a name that qualifies the losses
                        and (after[1] >= e or LOSSES_NOUNS.isdisjoint(doc.at[after[1]]))
                        and not (span is not None and _clause_said(doc, *after))
                    ):  # "the SDF said in a statement": how it was said, not who
                        span = after
                if span is None:
                    span = _phrase_after(
                        doc, m.end, e, content_stops=not doc.rules.subject_after_verb
                    )
                if span is None and passive:
                    i = m.end
                    continue  # "confirmed on video": no one speaks, nor the subject before
                if span is not None and span[0] >= m.end:
                    # "a déclaré à l'AFP le porte-parole du CSP", "raconte à RFI un combattant
                    # du FLA": the outlet spoken to, then who spoke
                    span = (_past_addressee(doc, *span), span[1])
            if span is None:
                # "D'après nos sources", "по нашим данным": the post's own, whoever else is named
                ours = kind == "according" and any(OURS in doc.at[k] for k in range(m.start, m.end))
                claimant = SELF if ours else IMPLICIT
                span = (m.start, m.end) if ours else (m.end, m.end)  # "nos" is no victim
            else:
                claimant = claimant_of(doc, span[0], span[1], context, side, said=True)
                if claimant == "":
                    claimant = IMPLICIT
                claimant = _named_before(doc, frames, span, claimant)
            if claimant == "":
                i = m.end
                continue
            frames.append(
                Frame(
                    min(m.start, span[0]),
                    max(m.end, span[1]),
                    sid,
                    claimant,
                    kind,
                    span,
                    back=_about_this(doc, s, m.start),
                )
            )
            excluded.update(range(span[0], span[1]))
            i = max(m.end, span[1])
        tail = (_dash_source(doc, sid, s, e, context, side) if dashes else None) or (
            _paren_source(doc, sid, s, e, context, side) if brackets else None
        )
        if tail is not None:
            frames.append(tail)
            excluded.update(range(tail.speaker[0], tail.speaker[1]))
        if sid == 0 and len(frames) == first_frame:
            title = _report_title(doc, s, e)
            if title is not None:
                frames.append(title)
                excluded.update(range(title.speaker[0], title.speaker[1]))
        if len(frames) == first_frame or (
            len(frames) == first_frame + 1 and _source_label(doc, frames[-1])
        ):
            line = _source_line(doc, sid, s, e)
            if line is not None:
                del frames[first_frame:]  # "Source :" is no speaker, what follows it is
                frames.append(line)
                excluded.update(range(line.speaker[0], line.speaker[1]))
    return frames, excluded


# words a line that only names its source may hold besides the source: "Source:", "Данные",
# "Джерело:", "المصدر:"
_S_SOURCE_WORDS: Final = frozenset((STATEMENT, SOURCES, ACCORDING_TO, ARTICLE, LINK, PREP))
# words that may go on naming the source ("... des Forces armées ukrainiennes", "... ВСУ")
_S_NAME_WORDS: Final = frozenset((ARTICLE, LINK, PREP, ACTOR, ARMY, CONTEXT))


def _report_title(doc: Doc, s: int, e: int) -> Frame | None:
    """ "Bilan du ministère russe de la Défense pour les dernières 24 heures :", "Сводка МО по
    направлениям за сутки", "Russian MoD summary for the past 24 hours:", "حصيلة أسبوعية لوزارة
    الدفاع الروسية:": a post's first line that names a report of a source of the table heads
    the figures after its colon (not a letterhead: the channel's own)."""
    end = s
    while (
        end < e
        and not doc.is_punct(end, ":")
        and not (end > s and doc.gap_has_newline(end - 1, end))
    ):
        end += 1
    report = False
    for k in range(s, end):
        at = doc.at[k]
        if SUMMARY in at or STATEMENT in at:
            report = True
        elif not TRIGGER_SET.isdisjoint(at) or SAY in at or ACCORDING_TO in at:
            return None  # "the MoD said the enemy lost": a sentence, not a title
    if not report or end >= min(e, len(doc.tokens) - 1) or not doc.is_punct(end, ":"):
        # "Сводка Министерства обороны ... о ходе проведения специальной военной операции" with
        # no colon heads the ministry's own bulletin: the channel's words, as a letterhead is
        return None
    who = reporter_in(doc, s, end)
    if who is None:
        return None
    return Frame(s, end + 1, 0, who, "colon", (s, end))


def _source_label(doc: Doc, f: Frame) -> bool:
    """A colon frame whose speaker is only a word for "source" ("Source :", "Джерело:")."""
    return f.kind == "colon" and all(
        doc.tokens[k].kind != WORD or not _S_SOURCE_WORDS.isdisjoint(doc.at[k])
        for k in range(*f.speaker)
    )


def _source_line(doc: Doc, sid: int, s: int, e: int) -> Frame | None:
    """ "Данные Генерального штаба ВСУ.", "Source : état-major général des FAU", "Джерело:
    Генштаб ЗСУ" under a list of figures: a line that names a source of the table and nothing
    else (no figure, no word of saying or of harm) speaks for the lines of its paragraph before it."""
    if sid == 0 or e - s > 14:
        return None  # the first line names the channel's own body: a letterhead, no source
    if any(doc.tokens[x].kind in (NUM, GLUED) or "NUMBER" in doc.at[x] for x in range(s, e)):
        return None
    k = s
    while k < e and (doc.tokens[k].kind != WORD or not _S_SOURCE_WORDS.isdisjoint(doc.at[k])):
        k += 1
    end = e
    while end > k and doc.tokens[end - 1].kind != WORD:
        end -= 1
    if k >= end or any(
        SAY in doc.at[x] or not TRIGGER_SET.isdisjoint(doc.at[x]) for x in range(k, end)
    ):
        return None  # "Генштаб обновил данные", "the army lost": a clause, not a label
    who = reporter_in(doc, k, end)
    if who is None or not (REPORTER in doc.at[k] or reporter_in(doc, k, k + 1) is not None):
        return None  # "If you like our work, support Rybar": the source opens the line
    named = next(j for j in range(k + 1, end + 1) if reporter_in(doc, k, j) is not None)
    other = [
        x
        for x in range(named, end)
        if doc.tokens[x].kind == WORD
        and not doc.tokens[x].text[:1].isupper()
        and _S_NAME_WORDS.isdisjoint(doc.at[x])
    ]
    if len(other) > 1 or any(doc.flags(x) & VERB for x in other):
        return None  # "L'État-major général présente ses condoléances": it does, not names
    return Frame(s, e, sid, who, "dash", (k, end), back=True)


_S_WHOSE: Final = frozenset((POSS, PRONOUN, OURS))
_S_DATA: Final = frozenset((STATEMENT, NEG_BLOCK))
LOSSES_NOUNS: Final = frozenset((CASUALTIES, LOSS))


def _by_before(doc: Doc, i: int) -> bool:
    s, _ = doc.sentences[doc.sentence_of[i]]
    return any(AGENT_BY in doc.at[k] for k in range(max(s, i - 4), i))


def _data_then_enemy(doc: Doc, end: int, first: int) -> bool:
    """The words of a source end on their data ("preliminary data", "предварительным данным")
    and "the enemy" follows: the enemy is the subject of what was said, never its source."""
    if _S_DATA.isdisjoint(doc.at[end - 1]):
        return False
    k = first
    while k < len(doc.tokens) and ARTICLE in doc.at[k]:
        k += 1
    return k < len(doc.tokens) and ENEMY in doc.at[k]


def whose_data(doc: Doc, i: int, j: int) -> bool:
    """ "за його даними", "по их собственным подсчётам", "by our estimates the enemy lost": a
    pronoun inside the words of a source says whose; no name follows them."""
    return any(not _S_WHOSE.isdisjoint(doc.at[k]) for k in range(i, j))


def _about_this(doc: Doc, s: int, verb: int) -> bool:
    """ "Об этом сообщил ...", "Про це повідомили в ОВА": a sentence that opens on "this" and a
    reporting word names the source of what was said before it."""
    k = _first_word(doc, s, verb)
    m = doc.at[k].get(ABOUT_THIS) if k < verb else None
    return m is not None and verb - m.end <= 2


def _dash_source(
    doc: Doc, sid: int, s: int, e: int, context: dict[str, int], side: str | None
) -> Frame | None:
    """ "..., – ACLED.", "... — Reuters": a source named after a dash at the end of a sentence."""
    end = e
    while end > s and (doc.is_punct(end - 1, ".!…") or _symbol(doc, end - 1)):
        end -= 1  # "... - governor Oleh Syniehubov 🆘": an emoji closes the line as a stop does
    for d in range(end - 2, max(s, end - 5) - 1, -1):
        if doc.is_punct(d, "-—") and doc.tokens[d].text in "-—" and d > s:
            if not all(doc.tokens[k].kind == WORD for k in range(d + 1, end)):
                return None
            if any(NONCLAIM in doc.at[k] for k in range(d + 1, end)):
                return None  # "ещё несколько сотен — СОЧ": what they are, not who says
            if not (
                doc.tokens[d + 1].text[:1].isupper() or _role_and_name(doc, d + 1, end)
            ) or not any(_speakerish(doc, k) for k in range(d + 1, end)):
                return None
            who = claimant_of(doc, d + 1, end, context, side)
            if who in ("", IMPLICIT):
                return None
            return Frame(d, end, sid, who, "dash", (d + 1, end))
        if doc.tokens[d].kind != WORD:
            return None
    return None


def _symbol(doc: Doc, k: int) -> bool:
    """Token k is a pictograph ("🆘", "⚡"), no letter, digit or mark of a sentence's syntax."""
    t = doc.tokens[k]
    return t.kind == PUNCT and all(unicodedata.category(ch).startswith("S") for ch in t.text)


def _role_and_name(doc: Doc, i: int, j: int) -> bool:
    """ "— regional governor Oleh Syniehubov", "— голова ОВА Олег Синєгубов": a role word in
    lower case, then the person's capitalised name at the end."""
    t = doc.tokens[j - 1]
    return (
        j - i >= 2
        and t.text[:1].isupper()
        and any(SPEAKER in doc.at[k] or REPORTER in doc.at[k] for k in range(i, j - 1))
    )


def _paren_source(
    doc: Doc, sid: int, s: int, e: int, context: dict[str, int], side: str | None
) -> Frame | None:
    """ "... 2,3 тыс. военнослужащих (данные МО РФ).", "(Ukraine's General Staff)": a named
    source in brackets at the end of a sentence; "... neutralisés dans le centre (armée)",
    "... killed in air strikes (army)": a bare army word there is the army of the war the post
    is about, as "(AFP)" is the agency."""
    end = e
    while end > s and doc.is_punct(end - 1, ".!…:"):
        end -= 1  # "Втрати ворога станом на 03.11 (дані Генштабу ЗСУ):" heads a list
    if end - s < 3 or not doc.is_punct(end - 1, ")"):
        return None
    o = end - 2
    while o > s and end - o <= 8 and not doc.is_punct(o, "("):
        o -= 1
    if not doc.is_punct(o, "(") or o <= s:
        return None
    who = reporter_in(doc, o + 1, end - 1)
    if who is None and _army_alone(doc, o):
        who = claimant_of(doc, o + 1, end - 1, context, side)
        if who in ("", IMPLICIT):
            who = None
    return None if who is None else Frame(o, end, sid, who, "dash", (o + 1, end - 1))


def _army_alone(doc: Doc, o: int) -> bool:
    """Brackets opened at o hold an army word alone, an article or a state's adjective at most
    ("(armée)", "(l'armée malienne)", "(army)"), right after no name of an army (not "les Forces
    armées maliennes (armée)", nor an acronym: "les Forces armées maliennes (FAMa)")."""
    n = len(doc.tokens)
    k = o + 1
    army = False
    while k < n and not doc.is_punct(k, ")"):
        at = doc.at[k]
        if ARMY in at:
            army = True
        elif ARTICLE not in at and ACTOR not in at:
            return False
        k += 1
    before = doc.at[o - 1] if o > 0 else {}
    return army and k - o <= 4 and ARMY not in before and ACTOR not in before


def _stop(doc: Doc, i: int, through_triggers: bool = False) -> bool:
    t = doc.tokens[i]
    at = doc.at[i]
    if t.kind == PUNCT and t.text not in "\"'-&.()«»":
        return True
    if (
        # "المتحدث باسم اللواء 72 الأوكراني إن": a unit's number is part of the speaker's words
        (t.kind == NUM and not (i > 0 and UNIT in doc.at[i - 1]))
        or THAT in at
        or (
            # "по данным минздрава погибли 52": past the source, its finite verb of harm; with
            # no morphology to tell a verb ("وفق أكليد قتل ٢٠"), any trigger but a noun's
            (
                not through_triggers
                or doc.flags(i) & VERB
                or (not doc.rules.analyzer.startswith("pymorphy") and NOUN_TRIGGER not in at)
            )
            and not TRIGGER_SET.isdisjoint(at)
            and SPEAKER not in at  # "Пленные рассказали": the prisoners speak
        )
        or (not _S_BOUNDS.isdisjoint(at) and _bounds_figure(doc, i))
        # "со ссылкой на источник сообщает о гибели 15": the cited source ends at the verb
        # that reports through it
        or (through_triggers and SAY in at and doc.flags(i) & VERB)
    ):
        return True
    if DUAL in at:
        return True  # "إضافة إلى طفلين اثنين": a dual counts its people, though they be a party
    if t.kind != WORD or ACTOR in at or REPORTER in at:
        return False
    fig = figure_at(doc, i)
    return fig is not None and not fig.weak


_S_QUALIFIERS: Final = frozenset((MORE_THAN, AT_LEAST, UP_TO, ABOUT))
_S_OTHER_BOUNDS: Final = _S_BOUNDS - _S_QUALIFIERS


def _bounds_figure(doc: Doc, i: int) -> bool:
    """A bound word at token i that bounds a figure; "près de Tessit", "near Kupiansk" bound
    none: a place in the speaker's phrase ("raconte un combattant joint près de Tessit")."""
    if _S_QUALIFIERS.isdisjoint(doc.at[i]) or not _S_OTHER_BOUNDS.isdisjoint(doc.at[i]):
        return True  # "since", a dummy subject: a stop of their own
    end = max(m.end for c, m in doc.at[i].items() if c in _S_QUALIFIERS)
    for k in range(end, min(end + 3, len(doc.tokens))):
        if doc.tokens[k].kind == NUM or figure_at(doc, k) is not None:
            return True
        if doc.tokens[k].kind != WORD or ARTICLE not in doc.at[k]:
            break
    return False


def _phrase_after(
    doc: Doc, j: int, e: int, through_triggers: bool = False, content_stops: bool = False
) -> tuple[int, int] | None:
    """The speaker phrase after a reporting word. With `content_stops`, a phrase that runs into
    a figure or a trigger is what was said ("putting Russian losses at ..."), not who said it."""
    k = j
    while k < e and doc.is_punct(k, "\"'"):
        k += 1
    start = k
    if not through_triggers and k < e and PRONOUN in doc.at[k]:
        # "— сказав він в ефірі телемарафону": "he" is who speaks, the rest how he said it
        return k, k + 1
    words = 0
    while k < e and words < _MAX_X and not _stop(doc, k, through_triggers):
        if doc.tokens[k].kind == WORD:
            words += 1
        k += 1
    if (
        content_stops
        and k < e
        and words < _MAX_X  # a long phrase cut at the limit ran into no content
        and doc.tokens[k].kind != PUNCT
        and THAT not in doc.at[k]
    ):
        return None
    while k > start and doc.is_punct(k - 1, "\"'-("):
        k -= 1
    if words == 0:
        return None
    first = doc.at[start] if start < len(doc.tokens) else {}
    if PERIOD in first:
        return None
    if not through_triggers and not any(_speakerish(doc, x) for x in range(start, k)):
        return None
    return start, _appositive(doc, start, k, e)


_ROLE: Final = frozenset((SPEAKER, COMMANDER, SOLDIERS))


def _bare_name(doc: Doc, start: int, k: int) -> bool:
    """One to three capitalised words that name no actor, role or source ("Andriy")."""
    words = [x for x in range(start, k) if doc.tokens[x].kind == WORD]
    return 0 < len(words) <= 3 and all(
        doc.tokens[x].text[:1].isupper() and not doc.at[x] for x in words
    )


def _appositive(doc: Doc, start: int, k: int, e: int) -> int:
    """ "said Andriy, a sergeant of Ukraine's 3rd brigade", "raconte Oleksandr, sergent de la
    3e brigade": a bare name and, after its comma up to the clause's end, the role that tells
    whose man he is, are one speaker."""
    if k >= e or not doc.is_punct(k, ",") or not _bare_name(doc, start, k):
        return k
    j, words, role = k + 1, 0, False
    while j < e and words <= _MAX_X:
        t, at = doc.tokens[j], doc.at[j]
        if t.kind == PUNCT and t.text in ',;:!?"«»' or THAT in at:
            break
        if not TRIGGER_SET.isdisjoint(at) or doc.flags(j) & VERB:
            return k  # "..., 40 soldiers were killed": what was said, not who said it
        if t.kind == WORD:
            words += 1
        role = role or not _ROLE.isdisjoint(doc.at[j])
        j += 1
    while j > k + 1 and doc.is_punct(j - 1, "."):
        j -= 1
    return j if role and words <= _MAX_X else k


def _clause_said(doc: Doc, a: int, b: int) -> bool:
    """ "British intelligence says Russia has suffered ...", "The Pentagon said Russia lost":
    the words after the verb hold a verb of their own, so they are what was said (with a
    speaker before the verb), not an inverted speaker ("..., said the governor")."""
    return any(
        not doc.at[x].keys().isdisjoint(_S_CLAUSE_VERBS) or doc.flags(x) & VERB for x in range(a, b)
    )


def _speakerish(doc: Doc, k: int) -> bool:
    """A word that can name who speaks: an actor, a role, a source, or a capitalised name."""
    at = doc.at[k]
    if not _S_SPEAKERISH.isdisjoint(at):
        return True
    if COMMANDER in at and not _S_FORMATION.isdisjoint(at):
        return True  # a formation: "..., повідомили в 47-й бригаді", "a indiqué le bataillon"
    t = doc.tokens[k]
    return (
        t.kind == WORD and t.text[:1].isupper() and not doc.flags(k) & PREP_FLAG and len(t.text) > 1
    )


def _subject_named(doc: Doc, k: int) -> bool:
    """A speaker named before its verb, soldiers' "lads" too: "Lads from the assault detachment
    say the khokhols got hammered" (the lads speak; what follows the verb is what they said)."""
    return _named(doc, k) or MATES in doc.at[k]


def _prep(doc: Doc, k: int) -> bool:
    return PREP in doc.at[k] or bool(doc.flags(k) & PREP_FLAG)


def _named(doc: Doc, k: int) -> bool:
    """A word that names a speaker outright: an actor, a reporter, a role."""
    at = doc.at[k]
    return ACTOR in at or REPORTER in at or SPEAKER in at


def _phrase_before(doc: Doc, j: int, s: int) -> tuple[int, int] | None:
    k = j
    words = 0
    clause = doc.clause[j] if j < len(doc.tokens) else -1
    while k > s and words < _MAX_X:
        p = k - 1
        c = p
        while words == 0 and c > s and AUX in doc.at[c] and j - c < 3:
            c -= 1  # "La Force conjointe, qui combat aux côtés de l'armée, a affirmé"
        if words == 0 and doc.is_punct(c, ",،") and (r := _relative_before(doc, c, s)) is not None:
            # "The Joint Force, which fights alongside the army, said": over the relative
            # clause to the name it describes
            k = j = r - 1
            clause = doc.clause[r - 2]
            continue
        if doc.is_punct(p, ")"):
            # "The Group for the Support of Islam and Muslims (JNIM) claimed": over the brackets
            o = p - 1
            while o > s and not doc.is_punct(o, "(") and p - o < 6:
                o -= 1
            if o > s and doc.is_punct(o, "("):
                k = o
                clause = doc.clause[o - 1]
                continue
        if doc.clause[p] != clause and not doc.is_punct(p, "\"'"):
            break
        if (
            doc.is_punct(p, "-")
            and doc.tokens[p].start > 0
            and doc.text[doc.tokens[p].start - 1] == " "
        ):
            break  # "BAMAKO, Mali (AP) — Mali's army said": a dateline's dash ends the speaker
        if DENY in doc.at[p] and j > 0 and CONJ in doc.at[j - 1]:
            # "Командование армии опровергает эти сведения и утверждает": the one who denies
            # and says, before the denial, not what it denies
            return _phrase_before(doc, p, s)
        if _stop(doc, p) or DENY in doc.at[p]:
            break  # "a démenti le bilan du FLA faisant état de": the FLA's figure
        if doc.tokens[p].kind == WORD:
            words += 1
        k = p
    if words == 0 or words >= _MAX_X:
        return None
    # "while the army said", "а командование заявило": the clause's opening word is no speaker
    while k < j and (doc.tokens[k].kind != WORD or not _OPENERS.isdisjoint(doc.at[k])):
        k += 1
    first = doc.at[k] if k < j else {}
    if AMONG in first or PREP in first or ABOUT_THIS in first or doc.flags(k) & PREP_FLAG:
        return None  # "у противника подтверждено": a place, not a speaker
    if not any(_speakerish(doc, x) or _content(doc, x) for x in range(k, j)):
        return None
    return k, j


def _relative_before(doc: Doc, comma: int, s: int) -> int | None:
    """The relative pronoun right after an earlier comma whose clause the comma at `comma`
    closes ("X, which fights alongside the army, said"), within a dozen tokens."""
    for r in range(comma - 1, max(s + 1, comma - 12), -1):
        if doc.is_punct(r) and not doc.is_punct(r, "\"'"):
            if doc.is_punct(r, ",،") and RELATIVE in doc.at[r + 1] and r > s:
                return r + 1
            return None
    return None


def _figure_ends(doc: Doc, j: int) -> bool:
    """A figure ends right before token j ("les 84 annoncés", "des dizaines avancées")."""
    k = j - 1
    return k >= 0 and (doc.tokens[k].kind == NUM or not FIGURE_CONCEPTS.isdisjoint(doc.at[k]))


def _relative_subject(doc: Doc, j: int, s: int) -> tuple[int, int] | None:
    """ "Le JNIM, qui a revendiqué l'attaque, ...", "JNIM, which claimed the raid, ...": the
    relative pronoun after a comma, with at most an auxiliary before the verb, is its subject
    (claimant_of reads the name before the comma)."""
    k = j - 1
    while k > s and AUX in doc.at[k] and j - k < 3:
        k -= 1
    if k > s and RELATIVE in doc.at[k] and doc.is_punct(k - 1, ",،"):
        return k, j
    return None


def _content(doc: Doc, x: int) -> bool:
    """A word that is not a conjunction, preposition, complementiser or auxiliary."""
    t, at = doc.tokens[x], doc.at[x]
    if t.kind != WORD or len(t.text) <= 3:
        return False
    return _S_FUNCTION.isdisjoint(at)


_S_FATE: Final = frozenset(("KILLED", "WOUNDED", "CAPTURED", "MISSING", "ELIMINATED"))


def _colon_frame(doc: Doc, sid: int, s: int, e: int, side: str | None) -> Frame | None:
    """ "Генштаб ВСУ: ...", "Министерство обороны России: ..." (a known reporter, then a colon)."""
    last = min(e, s + _MAX_X) - 1
    if ":" not in doc.text[doc.tokens[s].start : doc.tokens[last].end]:
        return None
    for k in range(s, min(e, s + _MAX_X)):
        if doc.is_punct(k, ":"):
            if _narration(doc, s, k):
                return None  # "our guys caught a Ukrainian assault group in the open: 14 200s"
            if any(not _S_FATE.isdisjoint(doc.at[j]) for j in range(s, k)):
                return None  # "russians killed: 517": a tally's label, no one speaking
            a = s + 1 if ARTICLE in doc.at[s] and s + 1 < k else s
            m = doc.at[a].get(ACTOR)
            if m is not None and m.end == k and m.payload == "civilians":
                return None  # "Мирные жители: один погиб": whose toll, not who speaks
            source = _source_head(doc, s, k, side)
            if source is not None:
                return Frame(s, k + 1, sid, source, "colon", (s, k))
            party = _party_staff(doc, s, k)
            if party is not None:
                return Frame(s, k + 1, sid, party, "colon", (s, k))
            rid = reporter_in(doc, s, k)
            if rid is not None:
                return Frame(s, k + 1, sid, rid, "colon", (s, k))
            # "Речник ОСУВ «Хортиця» Назар Волошин: ...": a speaker of a side, then a colon
            if any(SPEAKER in doc.at[j] for j in range(s, k)) and any(
                ACTOR in doc.at[j] for j in range(s, k)
            ):
                who = claimant_of(doc, s, k, {}, side)
                if who not in ("", IMPLICIT):
                    return Frame(s, k + 1, sid, who, "colon", (s, k))
            if _role_quoted(doc, s, k):
                # "Командир батальона в интервью нашему корреспонденту: «...»": a soldier or a
                # commander opening the line, then his words in quotes
                who = claimant_of(doc, s, k, {}, side)
                if who not in ("", IMPLICIT):
                    return Frame(s, k + 1, sid, who, "colon", (s, k))
            # "ССО: ...", "FLA : ...": a party's name alone; "Гладков: ...": a person's
            # "Le FLA : ...": the article before the name says nothing
            a = s + 1 if ARTICLE in doc.at[s] and s + 1 < k else s
            m = doc.at[a].get(ACTOR)
            if (
                (m is not None and m.end == k)
                or person_name(doc, s, k)
                # "غلادكوف: ...": no capital letter tells a name, the lexicon's slugs do
                or slug_only(doc, s, k)
            ):
                who = claimant_of(doc, s, k, {}, side)
                if who not in ("", IMPLICIT):
                    return Frame(s, k + 1, sid, who, "colon", (s, k))
            return None
        if doc.tokens[k].kind == NUM and not (k + 1 < e and MONTH in doc.at[k + 1]):
            return None  # a figure before the colon; "Сводка МО РФ на 12 января:" is a date
        if k > s and doc.tokens[k].text in "-—–" and _label_to_colon(doc, k, e):
            # "الدفاع الروسية – حصيلة اليوم الماضي:", "Russian MoD — toll of the past day:": the
            # source before the dash heads the list the label opens
            rid = reporter_in(doc, s, k)
            if rid is not None:
                return Frame(s, k + 1, sid, rid, "colon", (s, k))
        if not TRIGGER_SET.isdisjoint(doc.at[k]):
            return None
    return None


def _role_quoted(doc: Doc, s: int, colon: int) -> bool:
    """The line opens on a commander or a soldier and its colon opens a quote."""
    k = _first_word(doc, s, colon)
    at = doc.at[k] if k < colon else {}
    return (
        (COMMANDER in at or SOLDIERS in at)
        and colon + 1 < len(doc.tokens)
        and doc.tokens[colon + 1].text in '«"“'
    )


def _label_to_colon(doc: Doc, dash: int, e: int) -> bool:
    """A colon ends the sentence's first line a few words after the dash, no figure between."""
    for k in range(dash + 1, min(e, dash + 8)):
        last = k + 1 >= min(e, len(doc.tokens))
        if doc.is_punct(k, ":"):
            return last or doc.gap_has_newline(k, k + 1)
        if doc.tokens[k].kind == NUM or (not last and doc.gap_has_newline(k, k + 1)):
            return False
    return False


def _source_head(doc: Doc, s: int, k: int, side: str | None) -> str | None:
    """ "Sources for Al Jazeera:", "مصادر طبية للجزيرة:", "Source sécuritaire à l'AFP :": an
    unnamed source heads the words before the colon; it speaks, not the outlet it spoke to."""
    if SOURCES not in doc.concepts:
        return None
    # "Medical sources to Al Jazeera:": the source's kind may come first
    a = next((j for j in range(s, min(k, s + 3)) if SOURCES in doc.at[j]), None)
    if a is None or any(doc.tokens[j].kind != WORD for j in range(s, a)):
        return None
    cut = a + 1
    while cut < k and doc.tokens[cut].kind == WORD and not _to_whom(doc, cut):
        cut += 1  # "sécuritaire", "طبية": the source's kind, up to the one it spoke to
    who = claimant_of(doc, s, cut, {}, side)
    return None if who in ("", IMPLICIT) else who


def _past_addressee(doc: Doc, a: int, b: int) -> int:
    """Where the speaker starts in the phrase tokens[a:b] after a reporting verb: past the
    outlet it was told to ("à l'AFP", "to Reuters", "à RFI"), when a speaker follows it."""
    at = doc.at[a]
    if LINK in at or not (PREP in at or doc.flags(a) & PREP_FLAG):
        return a
    j = a + 1
    while j < b and ARTICLE in doc.at[j]:
        j += 1
    if j >= b:
        return a
    name = doc.at[j].get(REPORTER) or doc.at[j].get(MEDIA)
    if name is not None:
        j = name.end
    else:  # an outlet of no id: "à RFI", "to Le Monde"
        k = j
        while k < b and k - j < 3 and _bare_name(doc, k, k + 1):
            k += 1
        if k == j:
            return a
        j = k
    return j if any(_named(doc, x) for x in range(j, b)) else a


def _to_whom(doc: Doc, j: int) -> bool:
    at = doc.at[j]
    return (
        PREP in at or LINK in at or REPORTER in at or MEDIA in at or bool(doc.flags(j) & PREP_FLAG)
    )


# words of a clause told, not of a name: "Our guys caught ...:", "رصدت قواتنا ...:"
_S_NARRATION: Final = frozenset((OURS, SUFFER, STRIKE, RAID, REPEL, *TRIGGERS))


def _narration(doc: Doc, s: int, k: int) -> bool:
    """The words before a colon tell what happened (a verb, "our guys") rather than name who
    speaks: the colon opens the figures of that clause, not a quotation."""
    return any(
        (doc.flags(j) & VERB or not doc.at[j].keys().isdisjoint(_S_NARRATION))
        and not _our_outlet(doc, j)
        for j in range(s, k)
    )


def _our_outlet(doc: Doc, j: int) -> bool:
    """ "в интервью нашему изданию:", "told our newspaper:", "нашему корреспонденту:": "our" of
    the outlet or the reporter the speaker spoke to, no narration of ours (not "наши штурмовики",
    "our men": ours who act)."""
    if OURS not in doc.at[j] or j + 1 >= len(doc.tokens):
        return False
    nxt = doc.at[j + 1]
    if MEDIA in nxt:
        return True
    return (
        doc.tokens[j + 1].kind == WORD
        and _S_OUR_PEOPLE.isdisjoint(nxt)
        and not doc.flags(j + 1) & VERB
        and j + 2 < len(doc.tokens)
        and doc.is_punct(j + 2, ":")
    )


# "our" before these is ours who act ("наши штурмовики", "our men") or who were hit
_S_OUR_PEOPLE: Final = OUR_MEN | {MATES} | TRIGGER_SET


# the words of a staff's name: "Генштаб армии Мали", "État-major des FAMa"
_S_STAFF_NAME: Final = frozenset(
    (ARMY, REPORTER, SPEAKER, COMMANDER, ACTOR, CONTEXT, LINK, ARTICLE)
)
# the party whose own staff a reporter id is: "Генштаб ВСУ" is ua_gs, not the party ua
_STAFF_OF: Final = {"ua_gs": "ua", "ru_mod": "ru"}


def _party_staff(doc: Doc, s: int, k: int) -> str | None:
    """ "Генштаб армии Мали:", "État-major des FAMa :", "Malian army general staff:": an army's
    staff word and a party of the table before the colon speak for that party (not for the
    Ukrainian General Staff the bare word would name)."""
    party = None
    staff = False
    for j in range(s, k):
        at = doc.at[j]
        if j not in doc.name_inner and _S_STAFF_NAME.isdisjoint(at):
            return None  # "Бойовики ІДС атакували пост армії Нігеру:": a sentence, not a name
        m = at.get(ACTOR)
        if m is not None and m.payload in SIDES:
            party = str(m.payload)
        staff = staff or ARMY in at or REPORTER in at
    if party is None or not staff:
        return None
    rid = reporter_in(doc, s, k)
    return None if rid is not None and _STAFF_OF.get(rid) == party else party


class FrameIndex:
    """The frames of a post, indexed by sentence, with each sentence's paragraph lead."""

    def __init__(self, doc: Doc, frames: list[Frame]) -> None:
        self.frames = frames
        self.by_sentence: dict[int, list[Frame]] = {}
        for f in frames:
            self.by_sentence.setdefault(f.sentence, []).append(f)
        self.explicit = [f for f in frames if f.claimant != IMPLICIT and f.kind != "by"]
        self.explicit_starts = [f.start for f in self.explicit]
        # "Минобороны РФ: ... . Всего ...": a speaker put at the head of a paragraph with a colon
        # speaks for the paragraph, until a blank line or another speaker
        self.lead: list[Frame | None] = []
        self.title: Frame | None = None  # the source a title line names, for the whole post
        current: Frame | None = None
        for sid, (s, _) in enumerate(doc.sentences):
            if _blank_before(doc, sid):
                # a blank line ends the paragraph, but not right after a header line that
                # ends with its colon ("Сводка МО РФ:\n\n• ...")
                header = current is not None and current.sentence == sid - 1
                if not (header and doc.is_punct(s - 1, ":")):
                    current = None
            self.lead.append(current)
            here = self.by_sentence.get(sid)
            if here:
                current = here[0] if here[0].kind == "colon" else None
                if (
                    sid == 0
                    and here[0].kind == "say"
                    and here[0].claimant != IMPLICIT
                    and not _has_number(doc, sid)
                ):
                    # "Минобороны России подвело итоги недели." opening a post: the report's
                    current = here[0]
                elif sid == 0 and _titled(doc, here):
                    # "Russia's combat losses as of 14 March, per the General Staff of Ukraine"
                    # over the list, "... exceed 76,000 troops — Russian MoD": the title's source
                    # speaks for the post's claims that name none of their own
                    self.title = next(f for f in here if _title_source(f))
        # "... погибли двое. Об этом сообщил губернатор.": back over the paragraph's sentences
        for f in frames:
            if not f.back:
                continue
            for k in range(f.sentence - 1, -1, -1):
                if self.by_sentence.get(k) or self.lead[k] is not None:
                    break
                self.lead[k] = f
                if _blank_before(doc, k):
                    break  # the paragraph starts here
        # "..., the General Staff reported. This number includes 1,140 casualties over the past
        # day": a sentence that opens on "this" (figure) goes on with the source just named;
        # "Генштаб армии Мали сообщил о нейтрализации 30 террористов. С малийской стороны —
        # двое погибших": the post's opening report goes on in the sentences of its paragraph
        # that name no source of their own nor "our" side
        opening = [
            f
            for f in self.by_sentence.get(0, ())
            if f.kind in ("say", "according")
            and (f.claimant in REPORTERS or f.claimant in STATE_FORCES)
            # '"We lost nine men," said a commander. Another twenty were wounded': a quote's
            # speaker says no more than his quote
            and not any(doc.tokens[k].text in '"«»' for k in range(*doc.sentences[0]))
        ]
        for sid in range(1, len(doc.sentences)):
            if self.lead[sid] is None and sid not in self.by_sentence:
                said = [f for f in self.by_sentence.get(sid - 1, ()) if f.claimant != IMPLICIT]
                if said and _opens_on_this(doc, sid):
                    self.lead[sid] = said[-1]
                elif opening and _goes_on(doc, sid):
                    self.lead[sid] = opening[-1]
            if sid in self.by_sentence or self.lead[sid] is None or _blank_before(doc, sid):
                opening = []  # another source, or a new paragraph, ends the opening report

    def last_explicit_before(self, pos: int) -> Frame | None:
        k = bisect.bisect_left(self.explicit_starts, pos)
        return self.explicit[k - 1] if k else None


def _goes_on(doc: Doc, sid: int) -> bool:
    """Sentence sid, in the paragraph of the one before, tells no other story (the war: "...
    الحرب المستمرة منذ أبريل ٢٠٢٣، والتي أودت بحياة عشرات الآلاف", the post's background)."""
    s, e = doc.sentences[sid]
    k, m = _opening_this(doc, sid)
    if m is not None and m.end < e and _time_word(doc, m.end):
        return False  # "This week 3 civilians were killed in Kherson": another time, another story
    return not _blank_before(doc, sid) and not any(
        not _S_OTHER_STORY.isdisjoint(doc.at[k])
        # a country of no party of the table ("In Burkina Faso, 20 soldiers ..."), not "с
        # малийской стороны"
        or (CONTEXT in doc.at[k] and ACTOR not in doc.at[k])
        for k in range(s, e)
    )


# words by which a sentence leaves the opening report: "our" side, the enemy, a denial, the war,
# a new topic
_S_OTHER_STORY: Final = frozenset((OURS, ENEMY, DENY, WAR, NEW_TOPIC))


def _blank_before(doc: Doc, sid: int) -> bool:
    s = doc.sentences[sid][0]
    return s > 0 and doc.text.count("\n", doc.tokens[s - 1].end, doc.tokens[s].start) > 1


_S_TIME_WORDS: Final = frozenset((NOT_PEOPLE, MONTH, WEEKDAY, PERIOD))


def _time_word(doc: Doc, k: int) -> bool:
    """A word of time ("week", "неделя", "الأسبوع"), not a word of the figure ("number",
    "число", "العدد": words of no people too, but what "this" points back to)."""
    return not _S_TIME_WORDS.isdisjoint(doc.at[k]) and NEG_BLOCK not in doc.at[k]


def _first_word(doc: Doc, s: int, e: int) -> int:
    """The first word in tokens[s:e] past marks and emoji ("🎙 Командир ..."); e if none."""
    while s < e and doc.tokens[s].kind != WORD:
        s += 1
    return s


def _opening_this(doc: Doc, sid: int) -> tuple[int, Match | None]:
    """The sentence's first word, and its "this" ("This number", "Цього тижня") if it is one."""
    s, e = doc.sentences[sid]
    k = _first_word(doc, s, e)
    return k, doc.at[k].get(ABOUT_THIS) if k < e else None


def _opens_on_this(doc: Doc, sid: int) -> bool:
    """The sentence opens on "this" and is no answer of the post's own ("Это ложь: наши
    потери — двое раненых")."""
    _, e = doc.sentences[sid]
    if _blank_before(doc, sid):
        return False  # a new paragraph: no more of the source before
    k, m = _opening_this(doc, sid)
    if m is None or PERIOD in doc.at[k] or (m.end < e and _time_word(doc, m.end)):
        return False  # "This week, 12 civilians were killed": a time, not the figure
    return k < e and not any(
        OURS in doc.at[x] or DENY in doc.at[x] or doc.is_punct(x, ":") for x in range(k, e)
    )


def _titled(doc: Doc, here: list[Frame]) -> bool:
    """The post's first line is a title with its source named ("per ...", "— Russian MoD") and
    more lines below it."""
    s, e = doc.sentences[0]
    if len(doc.sentences) < 2 or not doc.gap_has_newline(e - 1, e):
        return False
    return any(_title_source(f) for f in here)


def _title_source(f: Frame) -> bool:
    """A source a title names after "per" or a dash, of the table's ids (not a place after a
    dash, nor "Communiqué de l'état-major", the channel's own voice)."""
    return f.kind in ("according", "dash") and (f.claimant in REPORTERS or f.claimant in SIDES)


def _has_number(doc: Doc, sid: int) -> bool:
    """Whether the sentence holds a figure of any kind ("сотни", "12")."""
    s, e = doc.sentences[sid]
    return any(
        doc.tokens[k].kind == NUM or not FIGURE_CONCEPTS.isdisjoint(doc.at[k]) for k in range(s, e)
    )


def _named_before(doc: Doc, frames: list[Frame], span: tuple[int, int], claimant: str) -> str:
    """ "وأوضحت الوزارة", "the ministry added": a speaker called only by its role, that role
    named in full by a speaker before ("وزارة الدفاع الروسية"), is that speaker."""
    words: list[int] = []
    for k in range(*span):  # "الوزارة في بيانها اليومي": the speaker ends at "in its statement"
        if PREP in doc.at[k] or doc.flags(k) & PREP_FLAG:
            break
        if UNIT in doc.at[k] and OWN_UNIT not in doc.at[k]:
            # "وتابع القائد البالغ من العمر 34 عاماً", "the commander, aged 34": an age, no
            # other name, ends who speaks (not "قائد الكتيبة": a unit names its own)
            break
        if doc.tokens[k].kind == WORD:
            words.append(k)
    roles = [k for k in words if SPEAKER in doc.at[k]]
    if not roles or any(ACTOR in doc.at[k] for k in words):
        return claimant
    if words and reporter_in(doc, words[0], words[-1] + 1) is not None:
        # a reporter named in full; "المتحدث" alone only opens one ("المتحدث باسم مجموعة
        # قوات ...") and is the spokesman named before
        return claimant
    if any(k not in roles and not doc.at[k].keys() & _FUNCTION_WORDS for k in words):
        return claimant
    keys = {key for k in roles for key in getattr(doc.tokens[k].info, "keys", ())}
    for f in reversed(frames):
        if f.claimant == IMPLICIT:
            continue
        for k in range(*f.speaker):
            if keys & set(getattr(doc.tokens[k].info, "keys", ())):
                return f.claimant
    return claimant


def frame_for(index: FrameIndex, sid: int, pos: int) -> Frame | None:
    """The frame a figure at token `pos` of sentence `sid` falls under: the nearest one before
    it, else the nearest after; an "according to X" anywhere in the sentence wins unless a
    reporting verb stands between it and the figure."""
    here = index.by_sentence.get(sid, [])
    for f in here:
        if f.kind == "by" and 0 < f.start - pos <= 3:
            return f  # "loin des quatre-vingt-quatre annoncés par les rebelles"
    here = [f for f in here if f.kind != "by"]
    before = [f for f in here if f.start <= pos]
    after = [f for f in here if f.start > pos]
    nearest = before[-1] if before else (after[0] if after else None)
    if nearest is None or nearest.kind == "according":
        return nearest
    for f in (*reversed(before), *after):
        if f.kind != "according":
            continue
        lo, hi = sorted((f.start, pos))
        if not any(g.kind in ("say", "dash") and lo < g.start < hi for g in here):
            return f
    return nearest
