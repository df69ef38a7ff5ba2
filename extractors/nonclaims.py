"""Numbers that count no one: dates, years, ages, percentages, distances, equipment, units,
labels of a tally, figures inside another phrase, "a"/"one" with no person after them.
Each rule sets Quantity.drop with the reason; a dropped figure makes no claim.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from extractors.doc import Doc
from extractors.figures import EXACT, SPREAD, Figure, figure_at
from extractors.lexicon import Match
from extractors.morph import ADJ, CONJ_PREFIX, INANIMATE, NOUN, PLURAL, VERB
from extractors.morph import PREP as PREP_FLAG
from extractors.phrases import part_word_after, place_after
from extractors.rules import (
    ABOUT,
    ACCORDING_TO,
    ACTOR,
    AGENT_BY,
    AMONG,
    AREA,
    ARTICLE,
    AT_LEAST,
    ATTACKERS,
    AUX_ONE,
    CASUALTIES,
    COMMANDER,
    CONJ,
    COUNTER,
    DAYS_TO,
    DUAL,
    ENEMY,
    EQUIPMENT,
    EXCEED,
    GROUP_OF,
    GROWTH,
    INDEF,
    INTERCEPT,
    KIN,
    LINK,
    LOSS,
    MONTH,
    MORE_THAN,
    NEG,
    NOT_PEOPLE,
    OTHER_ACTOR,
    OTHERS,
    OURS,
    PART_OF,
    PEOPLE,
    PERIOD,
    POSS,
    PREP,
    PRONOUN,
    RANGE_TO,
    RATIO,
    REPORTER,
    RESTATE,
    ROUND,
    SAY,
    SCALE,
    SINCE,
    SLANG_OWN,
    SOLDIERS,
    SPEAKER,
    TALLY,
    THAT,
    TRIGGER_SET,
    TRIGGERS,
    UNIT,
    UP_TO,
    VAGUE,
    WEAPON,
)
from extractors.tokens import GLUED, NUM, PUNCT, WORD, is_latin
from extractors.triggers import bare_code

if TYPE_CHECKING:
    from extractors.quantities import Quantity

POSITIVE: Final = (
    PEOPLE,
    SOLDIERS,
    ACTOR,
    ENEMY,
    OTHER_ACTOR,
    OURS,
    ATTACKERS,
    OTHERS,
    "MATES",
    *TRIGGERS,
)
_S_POSITIVE: Final = frozenset(POSITIVE)
_S_TRIGGERS_PEOPLE_SOLDIERS: Final = frozenset((*TRIGGERS, PEOPLE, SOLDIERS))
_PERSONS: Final = frozenset((PEOPLE, SOLDIERS))
_PEOPLE_VERBS: Final = frozenset(("KILLED", "WOUNDED", "MISSING", "CAPTURED", "HURT"))
_PERSON_NOUNS: Final = frozenset((PEOPLE, SOLDIERS, ACTOR, ENEMY, OTHER_ACTOR, OURS, ATTACKERS))
_PERSONNEL_WORDS: Final = frozenset((PEOPLE, SOLDIERS, "PERSONNEL"))  # "238 особового складу"
_DETERMINERS: Final = frozenset((LINK, OURS, POSS, "ARTICLE", "DEF"))
_ATTACK_WORDS: Final = frozenset(("STRIKE", "RAID", WEAPON))  # what people were hurt by


def is_positive(doc: Doc, i: int) -> bool:
    at = doc.at[i]
    return not _S_POSITIVE.isdisjoint(at)


def _covering(doc: Doc, i: int, concept: str) -> Match | None:
    """A match of `concept` that starts before token i and runs past it."""
    starts = doc.starts_of(concept)  # where it starts, in order: look at those near i only
    for x in range(bisect.bisect_left(starts, i - 4), len(starts)):
        k = starts[x]
        if k > i:
            break
        m = doc.at[k][concept]
        if m.start <= i < m.end:
            return m
    return None


def _model_name(doc: Doc, i: int) -> bool:
    """The digits at token i glued to a short capitalised word before them ("M23", "Т-72")."""
    toks = doc.tokens
    if i == 0 or toks[i].kind != NUM:
        return False
    j = i - 1
    if toks[j].kind == PUNCT and toks[j].text == "-" and j > 0 and toks[j].end == toks[i].start:
        j -= 1
    w = toks[j]
    glued = toks[j + 1].start == w.end
    return w.kind == WORD and glued and len(w.text) <= 4 and w.text[:1].isupper()


def _of_things(doc: Doc, q: Quantity) -> bool:
    """ "5 of its 31 Abrams tanks", "3 из 12 танков": "of" and a figure of things after it."""
    n = len(doc.tokens)
    k = q.fig_end
    if k >= n or (LINK not in doc.at[k] and "OF_THE" not in doc.at[k]):
        return False
    k += 1
    while k < n and (POSS in doc.at[k] or ARTICLE in doc.at[k]):
        k += 1
    if k >= n or doc.tokens[k].kind != NUM:
        return False
    return any(NOT_PEOPLE in doc.at[j] for j in range(k + 1, min(k + 4, n)))


def _things_label(doc: Doc, q: Quantity) -> bool:
    """A label "<things> <word of harm>:" right before the figure: what it counts are things."""
    i = q.start - 1
    if i < 2 or not doc.is_punct(i, ":") or TRIGGER_SET.isdisjoint(doc.at[i - 1]):
        return False
    k = i - 2
    return k >= 0 and doc.tokens[k].kind == WORD and NOT_PEOPLE in doc.at[k]


def _few_speaking(doc: Doc, q: Quantity) -> bool:
    """One or two or three with no noun, right before a verb of saying ("with one saying",
    "two of them said"): the people who speak, not a toll."""
    k = q.fig_end
    return (
        q.end == k
        and k < len(doc.tokens)
        and SAY in doc.at[k]
        and q.low is not None
        and q.low == q.high
        and q.low <= 3
    )


def _media_speaking(doc: Doc, q: Quantity) -> bool:
    """The figure counts channels, bloggers or journalists who then speak ("several bloggers
    report", "trois chaînes évoquent"): how many speak, no toll."""
    n = len(doc.tokens)
    if q.fig_end >= n or "MEDIA" not in doc.at[q.fig_end]:
        return False
    return any(
        SAY in doc.at[j] or RESTATE in doc.at[j]
        for j in range(q.fig_end + 1, min(q.fig_end + 5, n))
    )


def _foreign_model_after(doc: Doc, q: Quantity) -> bool:
    """In a post not written in Latin letters, a capitalised Latin word right after the figure
    that names nothing the lexicon knows ("двух Stryker", "трёх Leopard", "ثلاث HIMARS"): the
    model of a machine; a party's name in Latin letters ("12 FAMa") is a known name."""
    n = len(doc.tokens)
    if doc.rules.script == "latn" or q.fig_end >= n:
        return False
    t = doc.tokens[q.fig_end]
    return t.kind == WORD and t.text[:1].isupper() and is_latin(t.text) and not doc.at[q.fig_end]


def _model_token(text: str) -> bool:
    """ "Т-72", "Су-25", "F-16": a model's name, letters, a hyphen and digits."""
    head, _, tail = text.partition("-")
    return bool(tail) and tail[:2].isdigit() and 0 < len(head) <= 4 and head[:1].isupper()


def _titled_name(doc: Doc, q: Quantity) -> bool:
    """A number word capitalised inside a sentence, before a capitalised word that names no
    people ("Two Majors", "Два майора" after a comma): a title, not a count."""
    toks, i = doc.tokens, q.fig_start
    if q.fig_end != i + 1 or i == 0 or not toks[i].text[:1].isupper():
        return False
    prev = toks[i - 1]
    k = q.fig_end
    if prev.text == '"' and k + 1 < len(toks) and toks[k + 1].text == '"':
        # "Z-блогер «Два майори» визнав", "по данным «Двух майоров»": two words in quotes, the
        # second no word of people or harm
        return toks[k].kind == WORD and _S_POSITIVE.isdisjoint(doc.at[k])
    if doc.sentence_of[i - 1] != doc.sentence_of[i] or (
        prev.kind == PUNCT and prev.text not in ",،"
    ):
        return False  # a sentence, a quote or a list item may start with "Two"
    if k >= len(toks) or toks[k].kind != WORD or doc.sentence_of[k] != doc.sentence_of[i]:
        return False
    if not _S_POSITIVE.isdisjoint(doc.at[k]):
        return False
    # "сообщают Два майора": a capital in mid-sentence; after a comma, a title's next word too
    return (prev.kind == WORD and prev.text[:1].islower()) or toks[k].text[:1].isupper()


def _counts_people(doc: Doc, k: int) -> bool:
    """ "(единиц) живой силы", "(одиниць) особового складу", "(units) of personnel": people."""
    if k < len(doc.tokens) and LINK in doc.at[k]:
        k += 1
    return k < len(doc.tokens) and not _PERSONNEL_WORDS.isdisjoint(doc.at[k])


def day_span(doc: Doc, k: int) -> bool:
    """Token k ("по", "au", "to") joins two days of one month: "с 15 по 21 марта"."""
    n = len(doc.tokens)
    if k < 1 or k + 2 >= n or DAYS_TO not in doc.at[k] or MONTH not in doc.at[k + 2]:
        return False
    a, b = doc.tokens[k - 1], doc.tokens[k + 1]
    return (
        a.kind == NUM
        and b.kind == NUM
        and a.text.isdigit()
        and b.text.isdigit()
        and int(a.text) < int(b.text) <= 31
    )


def _next_to_month(doc: Doc, q: Quantity) -> bool:
    """ "5 августа", "November 20", "Oct. 1", "15 يونيو": a day of a month, not a count."""
    # "حتى 15 فبراير", "jusqu'au 15 mars": "until" reads as "up to", the day is still a day
    day = q.low if q.low is not None else q.high
    if day is None or q.low not in (None, q.high) or day > 31 or MONTH not in doc.concepts:
        return False
    k = q.fig_end
    n = len(doc.tokens)
    if k < n and MONTH in doc.at[k]:
        return True
    # "les 10 et 11 mars", "on 10 and 11 March", "10-11 марта": the first of two days
    if k + 2 < n and (CONJ in doc.at[k] or doc.is_punct(k, "-–")) and MONTH in doc.at[k + 2]:
        t = doc.tokens[k + 1]
        if t.kind == NUM and t.text.isdigit() and int(t.text) <= 31:
            return True
    # "с 15 по 21 марта", "du 3 au 9 mars", "з 10 по 16 березня": the first day of a span
    if DAYS_TO in doc.concepts and k < n and day_span(doc, k):
        return True
    if doc.tokens[q.fig_start].kind != NUM:
        return False  # "... fin octobre. Deux autres ont été blessés": a new sentence's count
    k = q.fig_start - 1
    while k >= 0 and doc.is_punct(k, "."):
        k -= 1
    return k >= 0 and doc.ends_at(k + 1, MONTH) is not None


def _age_bound(doc: Doc, q: Quantity) -> bool:
    """A bound right after a person noun, with no noun of its own after the figure."""
    if q.start == 0 or q.start == q.fig_start or "UP_TO" not in doc.at[q.start]:
        return False
    if not ({PEOPLE, "FAMILIES"} & doc.at[q.start - 1].keys()):
        return False
    k = q.fig_end
    return k >= len(doc.tokens) or doc.tokens[k].kind != WORD or not is_positive(doc, k)


def _group_size(doc: Doc, q: Quantity) -> bool:
    # "بمجموعات من 3 إلى 5": the range's own "from" closes the phrase
    return doc.ends_at(q.start, GROUP_OF) is not None or (
        q.fig_start > q.start and doc.ends_at(q.start + 1, GROUP_OF) is not None
    )


def _code_after_copula(doc: Doc, q: Quantity) -> bool:
    """A word of harm that starts at a copula and holds the figure: "are 300", "is 200"."""
    for concept in ("KILLED", "WOUNDED"):
        if concept in doc.concepts:
            m = _covering(doc, q.fig_start, concept)
            if (
                m is not None
                and m.start < q.fig_start
                and m.end == q.fig_end
                # not "plus de 200", "une trentaine de 200" (the code after "de", see bare_code)
                and (
                    "AUX" in doc.at[m.start]
                    or m.end - m.start >= 3
                    # "(cargo 200)": a noun of the code, no "de" that a figure may end on
                    or (PREP not in doc.at[m.start] and LINK not in doc.at[m.start])
                )
            ):
                return True
    return False


def _freed_after(doc: Doc, q: Quantity) -> bool:
    """A word of setting free right after the figure and its person noun, if any."""
    k = q.fig_end
    n = len(doc.tokens)
    if k < n and (not _PERSON_NOUNS.isdisjoint(doc.at[k]) or OTHERS in doc.at[k]):
        k += 1
    while k < n and "AUX" in doc.at[k]:
        k += 1  # "12 others were rescued"
    return k < n and "EXCHANGE" in doc.at[k] and doc.at[k]["EXCHANGE"].start == k


def _list_marker(doc: Doc, q: Quantity) -> bool:
    """Bare digits opening a line (after a pictograph at most), then "." or ")" and a word: the
    number of a list item; "/" too, a thread's post ("🧵 1/ New footage")."""
    k = q.fig_start
    if q.start != k or q.fig_end != k + 1 or doc.tokens[k].kind != NUM or doc.tokens[k].sep:
        return False
    t = doc.tokens[k]
    if k + 2 >= len(doc.tokens) or not doc.is_punct(k + 1, ".)/"):
        return False
    before = doc.text[max(0, t.start - 8) : t.start]  # a bounded look back: posts may be huge
    head = before[before.rfind("\n") + 1 :]
    if any(ch.isalnum() for ch in head) or ("\n" not in before and t.start > 8):
        return False
    nxt = k + 2
    return (
        nxt < len(doc.tokens)
        and doc.tokens[nxt].kind == WORD
        and "\n" not in doc.text[t.end : doc.tokens[nxt].start]
    )


def _age_after_name(doc: Doc, q: Quantity) -> bool:
    """A bare number between commas right after a person's name (two capitalised words) or a
    single person ("a"/"the" and a person noun): "Rene Martinez, 39, was", "Олег Петренко, 45,
    загинув", "A man, 45, was wounded": the person's age."""
    toks, i = doc.tokens, q.fig_start
    if q.start != i or q.fig_end != i + 1 or toks[i].kind != NUM or q.low != q.high:
        return False
    if q.low is None or not 1 <= q.low <= 110 or i < 3 or i + 1 >= len(toks):
        return False
    if not (doc.is_punct(i - 1, ",") and doc.is_punct(i + 1, ",")):
        return False
    person, article = doc.at[i - 2], doc.at[i - 3]
    if not person.keys().isdisjoint(_ONE_PERSON) and not article.keys().isdisjoint(_ARTICLES):
        return True
    return all(toks[k].kind == WORD and toks[k].text[:1].isupper() for k in (i - 3, i - 2))


_ONE_PERSON: Final = frozenset((PEOPLE, SOLDIERS))
_LIST_GOES_ON: Final = frozenset((CONJ, INDEF, "ARTICLE", "NUMBER"))
_ARTICLES: Final = frozenset((INDEF, "ARTICLE", "DEF"))


def _apposed_members(doc: Doc, i: int) -> bool:
    """ "two civilians, a woman and her teenage son, died": an article after the comma that
    follows a figure of people opens who they were, closed by a comma before the verb."""
    if i < 3 or not doc.is_punct(i - 1, ",") or doc.at[i].keys().isdisjoint(_ARTICLES):
        return False
    if doc.at[i - 2].keys().isdisjoint(_PERSON_NOUNS):
        return False
    fig = figure_at(doc, i - 3)
    if fig is None or fig.end != i - 2 or fig.low < 2:
        return False
    _, e = doc.sentences[doc.sentence_of[i]]
    for k in range(i + 1, min(e, i + 10)):
        if not doc.at[k].keys().isdisjoint(TRIGGER_SET) or doc.tokens[k].kind == NUM:
            return False
        if doc.is_punct(k, ","):
            return k + 1 < e and not doc.at[k + 1].keys().isdisjoint(TRIGGER_SET | {"AUX"})
    return False


def _one_person(doc: Doc, k: int) -> bool:
    """A person's noun at k: a plain one, or a civilian's ("une femme", "a teacher")."""
    if not doc.at[k].keys().isdisjoint(_ONE_PERSON):
        return True
    m = doc.at[k].get(ACTOR)
    return m is not None and m.payload == "civilians"


def _apposed_one(doc: Doc, i: int) -> bool:
    """ "A woman, a teacher, was killed", "Une femme, une enseignante, a été tuée": one person
    (an article or "one" at token i) set off by commas right after one person named the same
    way; not an item of a list ("a soldier, a civilian and a child")."""
    if i < 3 or not doc.is_punct(i - 1, ",") or doc.at[i].keys().isdisjoint(_ARTICLES):
        return False
    if not _one_person(doc, i - 2) or doc.at[i - 3].keys().isdisjoint(_ARTICLES):
        return False
    _, e = doc.sentences[doc.sentence_of[i]]
    for k in range(i + 1, min(e, i + 8)):
        if CONJ in doc.at[k] or not doc.at[k].keys().isdisjoint(TRIGGER_SET):
            return False
        if doc.is_punct(k, ","):
            # the comma that closes the apposition, not a list's ("a civilian, and a child")
            return k + 1 < e and doc.at[k + 1].keys().isdisjoint(_LIST_GOES_ON)
    return False


# "عنصرين من الأمن العام": every dual of the lexicon is of a person's noun
_SELF_PERSONS: Final = frozenset((*_PERSON_NOUNS, "REGULARS", "DUAL"))


def _things_phrase(doc: Doc, k: int) -> bool:
    """The words from k to the next comma (a few at most) name a thing and no person or harm:
    an item of an equipment list whose model's name kept the loop above from its noun."""
    n = len(doc.tokens)
    thing = False
    for j in range(k, min(n, k + 10)):
        t = doc.tokens[j]
        if t.kind == PUNCT and not (t.text in ".-" and _glued(doc, j)):
            break  # the dots of "U.S.-made" are inside a word; any other ends the phrase
        at = doc.at[j]
        thing_name = _covering(doc, j, NOT_PEOPLE)
        if (
            not _S_TRIGGERS_PEOPLE_SOLDIERS.isdisjoint(at) or not _PERSON_NOUNS.isdisjoint(at)
        ) and not (thing_name is not None and thing_name.end - thing_name.start > 1):
            # "armoured personnel carriers": a person word inside a thing's name is no person
            return False
        if PREP in at or doc.flags(j) & PREP_FLAG or LINK in at:
            break  # "wounded seven in an ambush", "40 of the village": where, whose
        if t.kind == NUM and j > 0 and doc.tokens[j - 1].end == t.start:
            continue  # "M113", "T-72": a model's number glued to its letters
        if PERIOD in at or SINCE in at or t.kind == NUM or "NUMBER" in at:
            break  # "more than 1,500 over three days": a time, or the next figure's words
        if j == k and doc.flags(j) & CONJ_PREFIX:
            break  # "بالمئات والعربات المحروقة": "and the vehicles", a conjunct of its own
        thing = thing or NOT_PEOPLE in at
    return thing


def _by_in(doc: Doc, k: int) -> bool:
    """ "wounded by", "killed in": a participle's agent or place follows at token k."""
    return k < len(doc.tokens) and (PREP in doc.at[k] or AGENT_BY in doc.at[k])


def _shared_unit(doc: Doc, q: Quantity) -> bool:
    """ "9 and 12 years": "and", another number, and a unit of no people after it."""
    k, n = q.fig_end, len(doc.tokens)
    if k + 2 >= n or CONJ not in doc.at[k] or doc.tokens[k + 1].kind != NUM:
        return False
    after = doc.at[k + 2]
    return NOT_PEOPLE in after or UNIT in after


def _figure_before(doc: Doc, k: int) -> bool:
    """A figure ends right before token k ("مواطنَين اثنين هما")."""
    return k > 0 and (doc.tokens[k - 1].kind == NUM or "NUMBER" in doc.at[k - 1])


# "الـ(227)", "الـ140", "للمرة الـ12": the article (with its clitics) on a number makes an ordinal
_ORDINAL_ARTICLES: Final = frozenset(("ال", "الـ", "لل", "وال", "بال", "فال", "ولل", "وبال"))
# what may stand before an article's number that is still a count: "عدد القتلى الـ100" (the dead
# numbered 100), "ارتفع إلى الـ45", "أكثر من الـ100"
_COUNT_BEFORE_ARTICLE: Final = frozenset(
    (*TRIGGERS, GROWTH, EXCEED, RANGE_TO, MORE_THAN, UP_TO, AT_LEAST, ABOUT, TALLY)
)


def _ordinal_article(doc: Doc, i: int, k: int) -> bool:
    """The bare number at token i, which ends at token k, follows the article ("الـ140",
    "ال 33"): an ordinal, unless the people counted follow it ("الـ40 قتيلاً") or a count's
    word comes before the article ("تجاوز عدد القتلى الـ100")."""
    toks = doc.tokens
    if i < 1 or toks[i].kind != NUM or toks[i - 1].text not in _ORDINAL_ARTICLES:
        return False
    if (
        k < len(toks)
        and not doc.at[k].keys().isdisjoint(_SELF_PERSONS)
        # "الهجوم ال33 للمتمردين": the party after "لل" (of the) owns the ordinal, none counted
        and not toks[k].text.startswith("لل")
    ):
        return False
    return i < 2 or doc.at[i - 2].keys().isdisjoint(_COUNT_BEFORE_ARTICLE)


def _glued(doc: Doc, j: int) -> bool:
    """Token j touches the tokens on both sides (no space): a dot inside "U.S."."""
    toks = doc.tokens
    return (
        0 < j < len(toks) - 1
        and toks[j - 1].end == toks[j].start == toks[j].end - 1
        and (toks[j + 1].start == toks[j].end)
    )


def _sector_after_prep(doc: Doc, i: int) -> bool:
    """A sector's noun at token i ("напрямку", "direction") with a preposition a few words
    before it and only words between ("на Покровському напрямку", "in the Kursk direction")."""
    if AREA not in doc.at[i]:
        return False
    for k in range(i - 1, max(-1, i - 4), -1):
        if doc.tokens[k].kind != WORD:
            return False
        if PREP in doc.at[k] or doc.flags(k) & PREP_FLAG:
            return True
    return False


_FIGURE_WORD_CONCEPTS: Final = frozenset((ROUND, VAGUE, SCALE, "NUMBER", "FEW"))


def _apposed_to_speaker(doc: Doc, i: int) -> bool:
    """ "the company commander, a former teacher": a description of the speaker after a comma."""
    if i < 2 or not doc.is_punct(i - 1, ",،"):
        return False
    at = doc.at[i - 2]
    if not (SPEAKER in at or COMMANDER in at or i - 2 in doc.speakers):
        return False
    # "According to our sources, the Wagner column lost ...": the source opens the sentence;
    # after its comma comes the clause's subject, no description of the source
    clause = doc.clause[i - 2]
    k = i - 2
    while k >= 0 and doc.clause[k] == clause and i - k <= 8:
        if ACCORDING_TO in doc.at[k]:
            return False
        k -= 1
    return True


def _after_kin(doc: Doc, i: int) -> bool:
    """ "mother of three", "père de cinq enfants", "мать троих детей", "أم لثلاثة أطفال": a kin
    word right before the figure (its "of" inside the word or the phrase)."""
    m = doc.ends_at(i, KIN) if i > 0 else None
    # "мали лише кількох поранених": "мати" the verb (had), not the mother
    return m is not None and not doc.flags(m.start) & VERB


def _in_ratio(doc: Doc, i: int) -> bool:
    """A proportion's word a few tokens before token i, with no stop between."""
    for k in range(i - 1, max(-1, i - 6), -1):
        if RATIO in doc.at[k]:
            return True
        if doc.tokens[k].kind == PUNCT and doc.tokens[k].text not in ":«»\"'":
            return False
    return False


def filter_quantity(doc: Doc, q: Quantity, fig: Figure) -> None:
    toks, n = doc.tokens, len(doc.tokens)
    # "ни одного двухсотого", "за 24 часа", "24 février": a number inside another phrase
    for concept, reason in ((NEG, "negation"), (PERIOD, "period"), (SINCE, "period")):
        if concept not in doc.concepts:
            continue
        m = doc.ends_at(q.fig_end, concept) or _covering(doc, q.fig_start, concept)
        if m is not None and m.start <= q.fig_start and m.end >= q.fig_end:
            q.drop = reason
            return
    if _next_to_month(doc, q):
        q.drop = "date"
        return
    if SLANG_OWN in doc.concepts:
        m = _covering(doc, q.fig_start, SLANG_OWN)
        if m is not None and m.start < q.fig_start and not bare_code(doc, m):
            q.drop = "slang"  # "une trentaine de 200": the code number is the noun counted
            return
    if (
        q.start > 0
        and "ACCORDING_TO" in doc.concepts
        and doc.ends_at(q.start, "ACCORDING_TO") is not None
        and (q.fig_end >= len(doc.tokens) or TRIGGER_SET.isdisjoint(doc.at[q.fig_end]))
        # "by our count 7 vehicles hit": what was counted, not how many speak
        and (q.fig_end >= len(doc.tokens) or NOT_PEOPLE not in doc.at[q.fig_end])
    ):
        q.drop = "speaker"  # "selon deux sources militaires": who says, not who fell
        return
    if (
        q.fig_end - q.fig_start == 1
        and toks[q.fig_start].kind == NUM
        and _code_after_copula(doc, q)
    ):
        q.drop = "slang"  # "two of our guys are 300": the code is the word of harm
        return
    if (
        q.fig_end - q.fig_start == 1
        and toks[q.fig_start].kind == NUM
        and not TRIGGER_SET.isdisjoint(doc.at[q.fig_start])
    ):
        q.drop = "slang"  # "241 — «200»": the code is the word of harm, not a figure
        return
    if (
        q.start > 0
        and doc.ends_at(q.start, AGENT_BY) is not None
        and VAGUE not in doc.at[q.fig_start]  # "se comptent par centaines": by the hundred
    ):
        q.drop = "agent"  # "jugé sous-estimé par plusieurs analystes", "killed by 3 gunmen"
        return
    if "EXCHANGE" in doc.concepts and _freed_after(doc, q):
        q.drop = "freed"  # "ще трьох людей деблокували живими", "12 others were rescued"
        return
    if (
        q.start > 0
        and "EXCHANGE" in doc.concepts
        and doc.ends_at(q.start, "EXCHANGE") is not None
        # "انتشال جثامين 17 شهيداً": bodies pulled from the rubble are a strike's dead (a word
        # of recovery and one of the dead: not "exchanged 95 prisoners after Moscow pulled out")
        and not (
            doc.in_sentence("RECOVERED", doc.sentence_of[q.start])
            and doc.in_sentence("KILLED", doc.sentence_of[q.start])
        )
    ):
        q.drop = "freed"  # "rescued 17 kidnapped hostages", "libéré 34 otages": set free, no toll
        return
    if _shared_unit(doc, q):
        q.drop = "a thing"  # "(٩ و١٢ سنة)", "aged 9 and 12 years": the unit after both figures
        return
    if q.start > 0 and DUAL in doc.at[q.fig_start] and DUAL in doc.at[q.start - 1]:
        q.drop = "apposition"  # "طفلان شقيقان": two children, brothers: one pair
        return
    if q.start > 1 and PRONOUN in doc.at[q.start - 1] and _figure_before(doc, q.start - 1):
        q.drop = "apposition"  # "وفاة مواطنَين اثنين هما طفلان": the same two, said again
        return
    if _list_marker(doc, q):
        q.drop = "label"  # "1. الأفراد: ...", "2) tanks": an item's number in a list
        return
    if not fig.digits and q.low == q.high == 1 and _apposed_members(doc, q.start):
        q.drop = "apposition"  # "two civilians, a woman and her son, died": who the two were
        return
    if not fig.digits and q.low == q.high == 1 and _apposed_one(doc, q.start):
        q.drop = "apposition"  # "A woman, a teacher, was killed": the same one person
        return
    if fig.digits and _age_after_name(doc, q):
        q.drop = "age"  # "Edwin Dagua, 28, an indigenous leader, was shot dead"
        return
    if not fig.digits and _titled_name(doc, q):
        q.drop = "name"  # "reported Two Majors", "сообщили Два майора": a channel's name
        return
    if _model_name(doc, q.fig_start):
        q.drop = "name"  # "M23 rebels", "Су-25", "F-16": a name or a model, not a count
        return
    if _of_things(doc, q):
        q.drop = "not people"  # "lost 5 of its 31 Abrams tanks": a part of things counted
        return
    if _things_label(doc, q):
        q.drop = "not people"  # "Tanks + APCs destroyed: 44": the things named in the label
        return
    if _few_speaking(doc, q):
        q.drop = "speaker"  # "hundreds died, with one saying 400 had been buried": who speaks
        return
    if _media_speaking(doc, q):
        q.drop = "speaker"  # "Plusieurs blogueurs russes évoquent des morts": who speak of them
        return
    if _foreign_model_after(doc, q):
        q.drop = "not people"  # "лишились двух Stryker": a Latin model name counts machines
        return
    if KIN in doc.concepts and _after_kin(doc, q.start):
        q.drop = "family"  # "a mother of three children was killed": one, not three
        return
    if RATIO in doc.concepts and _in_ratio(doc, q.fig_start):
        q.drop = "ratio"  # "соотношение потерь 1 к 7": a proportion, not a count
        return
    k = q.delta.end if q.delta is not None else q.fig_end
    if k < len(doc.tokens) and _model_token(doc.tokens[k].text):
        q.drop = "a thing"  # "3 Т-72", "2 Су-25": models counted
        return
    if q.selfhead and not doc.at[q.fig_start].keys().isdisjoint(_SELF_PERSONS):
        q.head_positive = True  # "مقتل جنديين من لواء جفعاتي": the dual is its own noun
        return
    # the word(s) after: people, or equipment, time, distance ...
    k = q.delta.end if q.delta is not None else q.fig_end
    if k < n and doc.is_punct(k, "+") and q.delta is None:
        k += 1  # "3,900+ tanks": the plus is the figure's bound, the noun comes after it
    if _ordinal_article(doc, q.fig_start, k):
        q.drop = "ordinal"  # "لهجوم هو الـ140 للميليشيا": the 140th attack, no count
        return
    if q.fig_start > 0 and doc.is_punct(q.fig_start - 1, "(") and k < n and doc.is_punct(k, ")"):
        if q.fig_start > 1 and doc.tokens[q.fig_start - 2].text in _ORDINAL_ARTICLES:
            q.drop = "ordinal"  # "للهجوم الـ(227)": the 227th attack
            return
        k += 1  # "تدمير (٢٢) عربة قتالية": a figure in brackets, its noun after them
    seen = 0
    limit = 4 if doc.rules.analyzer.startswith("pymorphy") else 2
    quoted = False
    sid = doc.sentence_of[q.fig_start]
    while k < n and seen < limit and doc.sentence_of[k] == sid:  # never the next line's label
        t = toks[k]
        if t.kind == PUNCT:
            if t.text in "\"'":
                quoted = True
                k += 1
                continue
            if t.text == "%":
                q.drop = "percent"
            break
        if t.kind != WORD:
            break
        if doc.flags(k) & CONJ_PREFIX and seen == 0:
            break  # "بالمئات والعربات": "and the vehicles" is a conjunct of its own, no head
        if k + 1 < n and _model_name(doc, k + 1):
            k += 2  # "two M113 carriers", "3 T 72": a model's name is no word of what is counted
            continue
        if (
            NOT_PEOPLE in doc.at[k]
            and not TRIGGER_SET.isdisjoint(doc.at[k])
            and q.low == q.high == 1
            and not fig.digits
        ):
            q.drop = "not people"  # "un « massacre »": a word of harm that names an event
            break
        if is_positive(doc, k) or REPORTER in doc.at[k]:
            nxt = doc.at[k + 1] if k + 1 < n and toks[k + 1].kind == WORD else {}
            if not nxt and k + 2 < n and doc.is_punct(k + 1, '"') and toks[k + 2].kind == WORD:
                nxt = doc.at[k + 2]  # "7 американських «Абрамсів»": the model's name quoted
            if (
                ACTOR in doc.at[k]
                and k + 2 < n
                and not nxt
                and toks[k + 1].kind == WORD
                and toks[k + 2].kind == WORD
            ):
                # "three AFU mechanised brigades": a party's name and a bare modifier before
                # the word counted
                nxt = doc.at[k + 2]
            actor = doc.at[k].get(ACTOR)
            if (
                NOT_PEOPLE in nxt
                and PEOPLE not in nxt
                and SOLDIERS not in nxt
                # "14 уражених гармат": a participle of harm before a thing is the thing's
                and (
                    _S_TRIGGERS_PEOPLE_SOLDIERS.isdisjoint(doc.at[k])
                    or (doc.flags(k) & ADJ and _PERSONNEL_WORDS.isdisjoint(doc.at[k]))
                )
                and (actor is None or actor.payload != "civilians")
                and not doc.flags(k) & NOUN  # "жителей деревни": people of a place
                # "ثلاثة من رفاقنا يوم السبت", "two of our guys Monday": comrades are people,
                # never a modifier of the thing after them
                and "MATES" not in doc.at[k]
                # "وإصابة 4 آخرين بهجوم": others hurt in an attack are people; "two other
                # tanks", "plusieurs autres véhicules": other things are things
                and (OTHERS not in doc.at[k] or _ATTACK_WORDS.isdisjoint(nxt))
            ):
                q.drop = "not people"  # "35 Ukrainian drones", "12 российских танков"
                break
            q.head_positive = True
            break
        if (PREP in doc.at[k] and LINK not in doc.at[k]) or THAT in doc.at[k] or CONJ in doc.at[k]:
            break
        if (PERIOD in doc.at[k] or SINCE in doc.at[k]) and NOT_PEOPLE not in doc.at[k]:
            break  # "par dizaines chaque jour": the day is when, not what was counted
        if AMONG in doc.at[k] and any(ACTOR in doc.at[j] for j in range(k + 1, min(k + 3, n))):
            break  # "une dizaine du côté du JNIM": on whose side, not what was counted
        if COUNTER in doc.at[k] and _counts_people(doc, k + 1):
            k += 1  # "87 единиц живой силы": the units counted are people
            continue
        if NOT_PEOPLE in doc.at[k] or MONTH in doc.at[k]:
            # "з жовтня 2023 року": a month's year dates, it blocks no figure after it
            q.drop = "year" if _month_year(doc, q, fig) else "not people"
            break
        flags = doc.flags(k)
        if POSS in doc.at[k] and PRONOUN in doc.at[k]:
            k += 1  # "вбивши 20 його бійців": "his" is no thing counted, the noun after it is
            continue
        if quoted and t.text[:1].isupper() and flags & NOUN and not flags & PLURAL:
            q.drop = "a thing"  # "два «Хаммера», "три «Брэдли»": a model's name
            break
        if (
            flags & NOUN
            and flags & INANIMATE
            and not (ROUND in doc.at[k] or SCALE in doc.at[k] or VAGUE in doc.at[k])
        ):
            q.drop = "a thing"
            break
        if flags & NOUN:
            break
        if not flags & ADJ and doc.rules.analyzer.startswith("pymorphy"):
            break
        if _DETERMINERS.isdisjoint(doc.at[k]):
            seen += 1  # "4 of its combat vehicles", "460 de ces drones": "of its" adds no word
        k += 1
    if q.selfhead:
        q.head_positive = True
    if q.drop:
        return
    if not q.head_positive and _things_phrase(doc, q.fig_end):
        q.drop = "a thing"  # "two U.S.-made HMMWV armoured fighting vehicles"
        return
    if q.delta is not None and not q.head_positive and not _people_label(doc, q):
        q.drop = "label"  # "💣 systèmes d'artillerie : 29 340 (+41)": a running tally of things
        return
    if _month_year(doc, q, fig):
        q.drop = "year"  # "au 15 février 2025 selon l'état-major": whatever follows a month's year
        return
    if INTERCEPT in doc.concepts and not q.selfhead and _intercepted(doc, q):
        q.drop = "interception"  # "air defence shot down 128 and 95 were lost": drones
        return
    if _own_verb(doc, q.fig_end if q.delta is None else q.delta.end) and not any(
        # "судьба ещё пятерых выясняется": the verb closes the phrase of harm that holds it
        _covering(doc, q.fig_start, concept) is not None
        for concept in ("MISSING",)
        if concept in doc.concepts
    ):
        q.drop = "own verb"  # "тысячи бежали из города": the subject of another verb
        return
    if _age_bound(doc, q):
        q.drop = "age"  # "165,000 men under 50", "children under five": an age, no count
        return
    if q.start > 0 and GROUP_OF in doc.concepts and _group_size(doc, q):
        q.drop = "group size"  # "attack in groups of 3 to 5", "лезут группами по 5-7 человек"
        return
    # a unit's number, whatever follows it: "اللواء ٤٧ الأوكراني" (the Ukrainian 47th brigade);
    # "men aged 58 and 61": the second of two numbers after the unit word too
    unit_at = q.start - 1
    while (
        unit_at > 1
        and (CONJ in doc.at[unit_at] or doc.is_punct(unit_at, ",،"))
        and toks[unit_at - 1].kind == NUM
    ):
        unit_at -= 2  # "الألوية 32 و68 و100", "brigades 32, 68 and 100": a list of numbers
    if (
        fig.digits
        and q.start == q.fig_start
        and q.start > 0
        and UNIT in doc.at[unit_at]
        and (q.fig_end >= n or TRIGGER_SET.isdisjoint(doc.at[q.fig_end]))
        # "потерял на участке бригады 212 человек": a count of people follows, no number
        and not (q.fig_end < n and PEOPLE in doc.at[q.fig_end])
    ):
        q.drop = "label"
        return
    # the word before: a tally label ("танків ‒ 8 345"), a unit ("الفرقة 22"), a month
    k = q.start - 1
    stop = False
    while k >= 0 and toks[k].kind == PUNCT and toks[k].text in "-—:~\"'(.":
        stop = stop or toks[k].text == "."
        k -= 1
    if k >= 0 and not q.is_delta and not q.head_positive:
        label = doc.ends_at(k + 1, MONTH) if stop else doc.ends_at(k + 1, NOT_PEOPLE, UNIT, MONTH)
        if label is not None:
            since = (
                any(  # "منذ بدء العملية ٥٠٠ ألف": the operation dates a start, it labels nothing
                    SINCE in doc.at[j] or PERIOD in doc.at[j] for j in range(max(0, k - 3), k)
                )
            )
            # "منها ما يصل إلى 445": "of them" opens a part, it labels nothing; "وارتقى في
            # العملية ثلاثة": a place or an event after a preposition, right before the figure
            part = (
                doc.ends_at(k + 1, PART_OF) is not None
                or (k == q.start - 1 and label.start > 0 and PREP in doc.at[label.start - 1])
                # "Скид влетів прямо в бліндаж: четверо — «двохсоті»": where it hit, then the toll
                or (
                    k == q.start - 2
                    and doc.is_punct(k + 1, ":")
                    and label.start > 0
                    and bool(doc.flags(label.start - 1) & PREP_FLAG)
                    and not fig.digits
                )
                # "на Покровському напрямку — до 400": a sector a preposition opens, where the
                # figure fell, no label of what it counts
                or (label.concept == NOT_PEOPLE and _sector_after_prep(doc, label.start))
            )
            # "خسائر روسيا حتى 15 فبراير: 731260": a day and its month date the tally
            dated = label.concept == MONTH and label.start > 0 and _in_date(doc, label.start - 1)
            if (
                not since
                and not part
                and not dated
                and doc.ends_at(k + 1, PERIOD, SINCE, *POSITIVE) is None
                # "killed in two attacks: 21 in Libiri and 18 in Kokorou": a place, no label
                and not place_after(doc, q.fig_end)
            ):
                q.drop = "label"
                return
    if fig.digits and fig.how == EXACT and q.low is not None and q.low == q.high:
        tok = toks[fig.start]
        # a year is one number token: "около 2 тысяч из них" is two thousand, no year
        if (
            1900 <= q.low <= 2100
            and tok.kind == NUM
            and not tok.sep
            and not q.head_positive
            and fig.end == fig.start + 1
        ):
            q.drop = "year"
            return
    if fig.start > 0 and toks[fig.start].kind == NUM and _glued_after_word(doc, fig.start):
        q.drop = "name"  # "France24", "لفرانس24": digits right after a word are its name's
        return
    j = q.start - 1
    while j > 0 and doc.is_punct(j, "\"«“'"):
        j -= 1  # 'an attack by "more than a hundred terrorists"': the agent's words quoted
    if j >= 0 and AGENT_BY in doc.at[j] and fig.how != SPREAD:
        q.drop = "agent"  # "by six assailants", "by 93 votes to 18"
        return
    if fig.article:
        # "a journalist", "a local leader", "the traditional chief": one person noun a few words on
        before = doc.tokens[q.fig_start - 1] if q.fig_start else None
        killing = (  # "the killing of a local leader": the one the killing noun counts
            q.fig_start >= 2 and not doc.at[q.fig_start - 2].keys().isdisjoint(TRIGGER_SET)
        )
        if before is not None and (
            (LINK in doc.at[q.fig_start - 1] and not killing) or PREP in doc.at[q.fig_start - 1]
        ):
            q.drop = "weak"  # "members of a family", "in a village": not a person counted
            return
        if q.fig_end < n and not doc.at[q.fig_end].keys().isdisjoint(_FIGURE_WORD_CONCEPTS):
            q.drop = "weak"  # "a dozen women": the article belongs to "dozen", the figure
            return
        if _apposed_to_speaker(doc, q.fig_start):
            q.drop = "apposition"  # "said the company commander, a 38-year-old former teacher"
            return
        definite = INDEF not in doc.at[q.fig_start]
        k = q.fig_end
        # "a 14-year-old boy": an age glued to its noun is one of the adjectives
        while k < n and k - q.fig_end < 5 and toks[k].kind in (WORD, GLUED):
            if toks[k].kind == GLUED:
                k += 1
                continue
            at = doc.at[k]
            person = (
                PEOPLE in at
                or SOLDIERS in at
                or ("ACTOR" in at and at["ACTOR"].payload == "civilians")
            )
            nxt = doc.at[k + 1] if k + 1 < n else {}
            # "her daughter wounded", "sa fille blessée": right after a possessive, the person
            # word is the one counted, its fate after it, no adjective of a noun of harm
            owned = k == q.fig_end and POSS in doc.at[q.fig_start]
            if person and (
                PEOPLE in nxt
                or SOLDIERS in nxt
                # "civilian victims": a noun of harm; "a soldier wounded": a participle, his
                or (
                    "NOUN_TRIGGER" in nxt
                    and not owned
                    and not doc.flags(k + 1) & VERB
                    and not _by_in(doc, k + 2)
                )
            ):
                k += 1  # "civilian victims", "police officer": the first word is an adjective
                continue
            if person:
                if k + 1 < n and SAY in doc.at[k + 1]:
                    q.drop = "speaker"  # "a military officer told AP", "a resident said"
                    return
                if (
                    definite
                    and (
                        toks[k].low.endswith(("s", "men")) or toks[k].low in doc.rules.plural_people
                    )
                    # "son fils a été blessé": a possessive's noun, a singular verb right after
                    # it, is one, whatever its ending (not "the attackers was shot": a relative)
                    and not (owned and k + 1 < n and AUX_ONE in doc.at[k + 1])
                ):
                    break  # "the soldiers were killed" states no figure
                q.head_positive = True
                q.article = True
                return
            if (
                NOT_PEOPLE in at
                or PREP in at
                or LINK in at  # "a large group of terrorists": a group, not one of them
                or not TRIGGER_SET.isdisjoint(at)
                or doc.flags(k) & VERB
            ):
                break
            k += 1
        q.drop = "weak"
        return
    if fig.weak:
        k = q.fig_end
        while k < n and doc.is_punct(k, "\"'"):
            k += 1
        # "one of our fighters", "один из бойцов", "l'un de ses soldats": one of a group
        j = k
        while j < n and j <= k + 3 and not _DETERMINERS.isdisjoint(doc.at[j]):
            j += 1
        if j > k and j + 2 < n and toks[j + 1].text in ("'s", "’s"):
            # "one of the school's staff members": whose, then the noun counted
            j += 2
            if not is_positive(doc, j) and not doc.at[j] and j + 1 < n and is_positive(doc, j + 1):
                j += 1
        if j > k and j < n and is_positive(doc, j):
            k = j
        if (
            k == q.fig_end
            and k + 1 < n
            # "one staff member", "one aid worker": a bare noun that qualifies the next one
            and (doc.flags(k) & ADJ or (not doc.at[k] and toks[k].kind == WORD))
            and "NUMBER" not in doc.at[k]
            and is_positive(doc, k + 1)
        ):
            k += 1  # "один легкий трьохсотий": one, an adjective, the noun counted
        j = q.start - 1
        while j >= 0 and doc.is_punct(j, "-—:\"'"):
            j -= 1
        tally = j >= 0 and j < q.start - 1 and not TRIGGER_SET.isdisjoint(doc.at[j])
        if not (k < n and is_positive(doc, k)) and not tally:  # "200-ті — один" is a tally line
            # "ещё один числится пропавшим", "and one was killed": one, its verb right after
            # "جندياً واحداً": one, after the noun it counts
            noun_before = q.start > 0 and not _PERSONS.isdisjoint(doc.at[q.start - 1])
            # "abducted 25 worshippers and killed one during a vigil": one of them, its verb
            # right before it, the people counted before that
            verb_before = (
                q.start > 0
                and not TRIGGER_SET.isdisjoint(doc.at[q.start - 1])
                and (k >= n or doc.tokens[k].kind == PUNCT or PREP in doc.at[k])
                and any(
                    doc.tokens[j].kind == NUM or not _PERSONS.isdisjoint(doc.at[j])
                    for j in range(max(0, q.start - 8), q.start - 1)
                )
            )
            if not (
                q.others
                or _verb_of_harm(doc, k)
                or noun_before
                or verb_before
                or _one_more_listed(doc, q)
            ):
                q.drop = "weak"


def _month_year(doc: Doc, q: Quantity, fig: Figure) -> bool:
    """A four-digit year right after a month's name: "15 février 2025", "3 марта 2025"."""
    tok = doc.tokens[fig.start]
    return (
        MONTH in doc.concepts
        and fig.digits
        and tok.kind == NUM
        and not tok.sep
        and q.low is not None
        and q.low == q.high
        and 1900 <= q.low <= 2100
        and doc.ends_at(fig.start, MONTH) is not None
    )


def _in_date(doc: Doc, k: int) -> bool:
    """A number beside a month's name: "au 15 février 2025" dates the tally, it is no item."""
    n = len(doc.tokens)
    return (k + 1 < n and MONTH in doc.at[k + 1]) or (k > 0 and MONTH in doc.at[k - 1])


def _people_label(doc: Doc, q: Quantity) -> bool:
    """The words before a running total on its line ("personnel : environ", "Russia's losses
    reached") name people or losses; on a one-line tally the item before ("880 100 militaires
    (+1 150), 10 200 chars (+3)") ends the label, its soldiers are not the tanks'."""
    s, _ = doc.sentences[doc.sentence_of[q.start]]
    for k in range(q.start - 1, max(s, q.start - 12) - 1, -1):
        if doc.is_punct(k, ")") or (doc.tokens[k].kind == NUM and not _in_date(doc, k)):
            return False
        if is_positive(doc, k) or not _PERSONNEL_WORDS.isdisjoint(doc.at[k]):
            return True
    return False


def _intercepted(doc: Doc, q: Quantity) -> bool:
    """A figure with no noun of its own in an air defence report's clause ("из них сбиты 64",
    "shot down 128 and 95 were lost", "تم إسقاط 45 منها") counts what was fired, unless a verb
    said only of people stands right beside it ("погибли трое")."""
    hard, n = doc.hard[q.fig_start], len(doc.tokens)
    if not any(doc.hard[i] == hard for i in doc.starts_of(INTERCEPT)):
        return False
    if q.others and _people_counted_before(doc, q):
        return False  # "50 villageois enlevés par des bandits armés et deux autres abattus"
    # a running total's noun follows its delta: "personnel ‒ 731 260 (+1 210) persons", and
    # "air defence systems ‒ 990" later on that line is a label, not an interception
    end = q.delta.end if q.delta is not None else q.fig_end
    for k in range(max(0, q.start - 2), min(n, end + 3)):
        at = doc.at[k]
        if INTERCEPT not in at and not _PEOPLE_VERBS.isdisjoint(at):
            return False
        if k >= q.fig_end and not _PERSON_NOUNS.isdisjoint(at):
            return False  # "shot down 3 drones and killed 2 soldiers": people of their own
        if k < q.start and "PERSONNEL" in at:
            return False  # "personnel ‒ about 731 260": the tally's line of people
    return True


def _people_counted_before(doc: Doc, q: Quantity) -> bool:
    """The sentence's figure before q counts people ("50 villageois", "12 soldiers"): "N
    others" after it are more of them, whatever verb follows ("abattus", "shot down")."""
    s, _ = doc.sentences[doc.sentence_of[q.start]]
    for k in range(q.start - 1, s - 1, -1):
        fig = figure_at(doc, k)
        if fig is not None and not fig.weak and fig.end <= q.start:  # not "l'église"
            # "une trentaine de fidèles": the noun right after, past a linking word
            return any(
                not _PERSON_NOUNS.isdisjoint(doc.at[x])
                for x in range(fig.end, min(fig.end + 2, q.start))
            )
    return False


def _own_verb(doc: Doc, k: int) -> bool:
    """A verb right after the figure that says nothing of harm, with no trigger in the next few
    words: "тисячі залишилися без даху" (not "десятки получили ранения", "были ранены")."""
    n = len(doc.tokens)
    if k >= n or doc.tokens[k].kind != WORD or not doc.flags(k) & VERB:
        return False
    if "AUX" in doc.at[k] or not TRIGGER_SET.isdisjoint(doc.at[k]):
        return False
    for j in range(k + 1, min(k + 4, n)):
        if not TRIGGER_SET.isdisjoint(doc.at[j]):
            return False
    return True


def _one_more_listed(doc: Doc, q: Quantity) -> bool:
    """ "14 killed, another 9 wounded, and one decided to live and surrendered": "one" after
    "and" or a comma, in a sentence that counted people before, is one more of them when its
    clause goes on to a second verb of it, one of harm after "and" (no thing counted between;
    not "et un certain nombre de blessés", a figure of its own)."""
    s, e = doc.sentences[doc.sentence_of[q.start]]
    if q.start == s or not (CONJ in doc.at[q.start - 1] or doc.is_punct(q.start - 1, ",،")):
        return False
    toks = doc.tokens
    if not any(toks[j].kind == NUM for j in range(s, q.start - 1)):
        return False
    clause = doc.clause[q.fig_end - 1]
    for j in range(q.fig_end, min(e, q.fig_end + 8)):
        at = doc.at[j]
        if doc.clause[j] != clause or toks[j].kind == NUM or NOT_PEOPLE in at:
            return False
        if not TRIGGER_SET.isdisjoint(at):
            k = j - 1
            while k > q.fig_end and "AUX" in doc.at[k]:
                k -= 1  # "and was captured"
            return "NONCLAIM" not in at and k > q.fig_end and CONJ in doc.at[k]
    return False


def _verb_of_harm(doc: Doc, k: int) -> bool:
    """A trigger at token k, or after one or two auxiliaries or verbs ("was killed", "числится
    пропавшим", "вважаємо зниклим")."""
    n = len(doc.tokens)
    verb = False
    for j in range(k, min(k + 4, n)):
        at = doc.at[j]
        if not TRIGGER_SET.isdisjoint(at):
            return NOT_PEOPLE not in at  # "un « massacre »": an event, no one
        if doc.tokens[j].kind != WORD:
            return False
        if "AUX" in at or "PRONOUN" in at or doc.flags(j) & VERB:
            verb = True
        elif not (verb and (PREP in at or doc.flags(j) & PREP_FLAG)):
            # "одного взяли в плен": a preposition after the verb, on the way to its trigger;
            # "один из них погиб": "of them" is no verb, but on the way to it
            return False
    return False


def _glued_after_word(doc: Doc, i: int) -> bool:
    """The digits at i follow a word of three letters or more with no space ("France24"); an
    Arabic clitic before digits ("ل30") is no word of a name."""
    before = doc.tokens[i - 1]
    return before.kind == WORD and before.end == doc.tokens[i].start and len(before.text) > 2


_THING_DROPS: Final = frozenset(("not people", "a thing"))


def elided_things(doc: Doc, qs: list[Quantity]) -> None:
    """ "Russia launched 273 drones. 88 were shot down and 128 neutralised": a figure with no
    noun of its own, in the sentence of figures that counted things or the next, counts those
    things too, unless a verb said only of people stands beside it ("3 were killed")."""
    last: int | None = None  # the sentence of the latest figure that counted things
    prev: Quantity | None = None  # the latest figure before q
    for q in qs:
        if q.is_delta:
            continue
        before, prev = prev, q
        if q.drop is None and before is not None and _part_of_things(doc, before, q):
            q.drop = "a thing"  # "a column of six armored vehicles. Four of them burned out"
            continue
        sentence = doc.sentence_of[q.fig_start]
        if q.drop == "interception" or (
            # "une frappe de drone": one strike's weapon is not a salvo the figures count
            q.drop in _THING_DROPS and (q.low or 0) > 1 and _weapon_after(doc, q)
        ):
            last = sentence  # not "25 kilometers", "un rassemblement": things fired or flown
            continue
        if q.drop is not None or last is None:
            continue  # most figures: no salvo before them, nothing more to read
        if q.selfhead or _person_after(doc, q) or _people_verb(doc, q) or _losses_of(doc, q):
            last = None
        elif sentence - last <= 1:
            q.drop = "elided thing"


def _part_of_things(doc: Doc, before: Quantity, q: Quantity) -> bool:
    """ "a column of six armored vehicles. Result: four of them burned out": a figure with "of
    them" right after it, whose figure before (in its sentence or the one before, no person
    named between) counted things, counts those things, never people to add to a toll, unless
    a verb said only of people stands beside it."""
    if before.drop not in _THING_DROPS or q.fig_end >= len(doc.tokens):
        return False
    if part_word_after(doc, q.fig_end) is None:
        return False
    if doc.sentence_of[q.fig_start] - doc.sentence_of[before.fig_start] > 1:
        return False
    if _people_verb(doc, q):
        return False  # "40 soldiers and 3 tanks. 30 of them were killed": the soldiers
    return all(_PERSON_NOUNS.isdisjoint(doc.at[k]) for k in range(before.fig_end, q.start))


def _losses_of(doc: Doc, q: Quantity) -> bool:
    """ "сумарні втрати ворога в живій силі перевищили 900 тисяч": a word of losses before the
    figure in its clause, no thing named between, says what it counts."""
    s, _ = doc.sentences[doc.sentence_of[q.fig_start]]
    for k in range(q.start - 1, max(s - 1, q.start - 9), -1):
        at = doc.at[k]
        if doc.is_punct(k, ",،;") or NOT_PEOPLE in at or EQUIPMENT in at:
            return False
        if CASUALTIES in at or LOSS in at:
            return True
    return False


def _weapon_after(doc: Doc, q: Quantity) -> bool:
    if WEAPON not in doc.concepts:
        return False
    return any(WEAPON in doc.at[k] for k in range(q.fig_end, min(q.fig_end + 4, len(doc.tokens))))


def _person_after(doc: Doc, q: Quantity) -> bool:
    end = q.delta.end if q.delta is not None else q.fig_end
    return any(
        not _PERSON_NOUNS.isdisjoint(doc.at[k]) for k in range(end, min(end + 3, len(doc.tokens)))
    )


def _people_verb(doc: Doc, q: Quantity) -> bool:
    """A verb said only of people beside the figure: killed, wounded, captured, not "shot
    down" nor "destroyed"."""
    window = range(max(0, q.start - 3), min(len(doc.tokens), q.fig_end + 4))
    if any(INTERCEPT in doc.at[k] for k in window):
        return False  # "en avoir abattu ou neutralisé 563": shot down, whatever else is said
    for k in window:
        at = doc.at[k]
        if not _PEOPLE_VERBS.isdisjoint(at):
            return True
    return False
