"""A language's rules, compiled from its module in extractors/lang/ into lookup tables.

A rules module is data keyed by shared concepts (the names below). A lexicon entry is a
phrase of atoms separated by spaces; an atom is a word (matched against any key of a
token: its lowercase form or, with a morphology, its lemmas) or a stem ending in "*"
(matched as a prefix of any key). The engine reads concepts only, so a sixth language is
one more module with these names filled in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Final

from extractors.tokens import split_apostrophe

# Concepts a rules module may fill. Triggers first: what kind of claim a word makes.
KILLED: Final = "KILLED"  # killed, dead, died, "погибли", "قتلى"
ELIMINATED: Final = "ELIMINATED"  # killed by the speaker's side: "уничтожено", "neutralised"
# "затрёхсотили": an ELIMINATED verb (listed there too) that wounds, the enemy's wounded
MAIMED: Final = "MAIMED"
WOUNDED: Final = "WOUNDED"
CAPTURED: Final = "CAPTURED"
MISSING: Final = "MISSING"
CASUALTIES: Final = "CASUALTIES"  # losses with no split, "killed and wounded" phrases
LOSS: Final = "LOSS"  # the verb "to lose": killed for one incident, casualties in a tally
HURT: Final = "HURT"  # "пострадали": wounded beside a death toll, casualties alone
VICTIM: Final = "VICTIM"  # "victims", "жертвы", "ضحايا": a toll of victims is no enemy's dead
NONCLAIM: Final = "NONCLAIM"  # displaced, evacuated, arrested, deployed, released ...
SICK: Final = "SICK"  # cholera, malnutrition: the sick and the treated are no wounded
EXCHANGE: Final = "EXCHANGE"  # prisoner swaps: no captured claim in that sentence
INTERCEPT: Final = "INTERCEPT"  # shot down, air defence: the figures count drones and missiles
TRIGGERS: Final = (KILLED, ELIMINATED, WOUNDED, CAPTURED, MISSING, CASUALTIES, LOSS, HURT)
# Quantities
NUMBER: Final = "NUMBER"  # number words -> value
SCALE: Final = "SCALE"  # thousand, million, "тыс." -> multiplier
ROUND: Final = "ROUND"  # a ten, a dozen, a hundred said loosely -> value (approx)
VAGUE: Final = "VAGUE"  # dozens, hundreds -> (low, high) (approx)
FEW: Final = "FEW"  # several, a few -> 2..9 (approx)
DUAL: Final = "DUAL"  # a noun in the dual: two of it
SINGLE: Final = "SINGLE"  # an indefinite singular person noun beside its verb: one ("قتل جندي")
MORE_THAN: Final = "MORE_THAN"
AT_LEAST: Final = "AT_LEAST"
UP_TO: Final = "UP_TO"
ABOUT: Final = "ABOUT"
MORE_THAN_POST: Final = "MORE_THAN_POST"  # after the figure: "100 с лишним", "فأكثر"
AT_LEAST_POST: Final = "AT_LEAST_POST"  # "على الأقل" after the figure
ONLY: Final = "ONLY"  # "only", "всего лишь": no bound change, but not a qualifier of its own
RESTATE: Final = "RESTATE"  # "put the number at": the toll said before, given anew
RATIO: Final = "RATIO"  # "соотношение потерь 1 к 7", "a 1:7 ratio": figures of a proportion
ABOUT_INVERTED: Final = "ABOUT_INVERTED"  # "человек семь": a count noun before its figure hedges it
RANGE_FROM: Final = "RANGE_FROM"  # from / between / от / entre
RANGE_TO: Final = "RANGE_TO"  # to / and / до / et
RANGE_OR: Final = "RANGE_OR"  # "two or three": a range without "from"
ARTICLE: Final = "ARTICLE"  # a / an / une: skipped between a qualifier and its figure
# "по меньшей мере о 150", "щонайменше про 20": a "speak of" preposition, skipped
QUAL_PREP: Final = "QUAL_PREP"
GROWTH: Final = "GROWTH"  # "rose to", "выросло до": the figure after is exact, not "up to"
REPEL: Final = (
    "REPEL"  # repelled, thwarted, отбита, أحبطت: an attack on the speaker's side beaten back
)
TALLY: Final = "TALLY"  # "the number of", "число", "عدد": a count whose people are named after it
EXCEED: Final = (
    "EXCEED"  # "превысили", "exceed", "تجاوز": more than the figure that follows (with NEG: up to)
)
IRRECOVERABLE: Final = "IRRECOVERABLE"  # "безвозвратные", "irrecoverable": losses that are deaths
SUFFER: Final = "SUFFER"  # "suffered", "понесли", "تكبد": its subject is whose losses
NOUN_TRIGGER: Final = (
    "NOUN_TRIGGER"  # trigger words that are nouns ("victims", "casualties"): a possessor before
)
APPOSITION: Final = "APPOSITION"  # ", all of them civilians", ", tous civils": the victim follows
MOSTLY: Final = "MOSTLY"  # ", most of them civilians": a toll that mixes, so no one victim
CREW: Final = "CREW"  # "членов экипажа", "crew members", "marins": the people of a ship's crew
MERCHANT_SHIP: Final = "MERCHANT_SHIP"  # "сухогруз", "bulk carrier", "vraquier": a ship of trade
ALL_DEAD: Final = (
    "ALL_DEAD"  # "Все погибшие — мирные жители.": a later sentence on who the dead all were
)
WEAK_PERIOD: Final = (
    "WEAK_PERIOD"  # "last week": a period for a tally of losses, a date for one attack
)
AUX: Final = "AUX"  # was / were / been / ont été: skipped between a negation and its trigger
SAME_NUMBER: Final = (
    "SAME_NUMBER"  # "an equal number", "столько же", "autant de": the figure before
)
AUX_ONE: Final = (
    "AUX_ONE"  # was / has been / a été: a singular passive, whose subject is one person
)
PERSONNEL: Final = (
    "PERSONNEL"  # "особового складу ‒ N" in a tally: a figure of losses, never a zero
)
SLANG_OWN: Final = (
    "SLANG_OWN"  # "200-е", "трёхсотые": milblogger slang, one's own losses unless said otherwise
)
CONDITION: Final = (
    "CONDITION"  # "в тяжёлом состоянии", "in critical condition": a part of the wounded
)
MILITANTS: Final = "MILITANTS"  # terrorists, jihadists, militants: words that name no group
# "so-called", "так называемый": a word before a name that says nothing of whose it is
SO_CALLED: Final = "SO_CALLED"
ALONGSIDE: Final = "ALONGSIDE"  # "alongside", "aux côtés de", "вместе с": the party after is an ally, not the subject
COMPARE: Final = "COMPARE"  # "для сравнения", "for comparison": the same tally, another period
# "loin des 84 annoncés par les rebelles", "rather than the 84 the rebels claim", "а не 84": a
# rival figure for the same dead, the same victim as the figure it answers
RIVAL: Final = "RIVAL"
RELATIVE: Final = (
    "RELATIVE"  # which / who / qui / который: a speaker that stands for the name before
)
# "Combien de soldats ukrainiens sont morts ?", "How many Russian soldiers have died?": a
# headline that asks whose dead the post counts
HOW_MANY: Final = "HOW_MANY"
RESULTS: Final = (
    "RESULTS"  # "results", "результаты работы": a unit's tally of what it hit, the enemy's
)
STRIKE: Final = "STRIKE"  # strike, shelling, удар, ضربة: a side named beside it is the attacker
# "attacked", "обстрелял", "a frappé", "استهدفت": a verb of attacking a place; a toll of none
# after it, with no word of the speaker's own front, is the place's people's
RAID: Final = "RAID"
# "positions", "позиции", "مواقع": what an attack on the front hits, not a town
POSITIONS: Final = "POSITIONS"
# tanks, vehicles, equipment: "tank losses", "потери техники" count things, no people
EQUIPMENT: Final = "EQUIPMENT"
# "in groups of 3 to 5", "группами по 5-7 человек": the size of each group, no count
GROUP_OF: Final = "GROUP_OF"
DUMMY: Final = "DUMMY"  # "il y a", "il n'y a": an empty subject, no one's losses
# women, children, pupils, the elderly: a toll described as mostly or partly these ("mostly
# women and children", "серед них жінки та діти") is the civilians' where no party is named
FAMILIES: Final = "FAMILIES"
# the word "civilians" itself (not women, medics or traders): a part so named is a side apart
CIVILIAN_WORD: Final = "CIVILIAN_WORD"
# "the group's dead", "les pertes du groupe", "потери группы", "خسائر الجماعة": the armed group
# named last before owns them
THE_GROUP: Final = "THE_GROUP"
# "in the area of", "в зоне", "у смузі", "dans la zone", "في منطقة": a part of a tally in a
# unit's or a place's sector is that sector's claim, besides the total
AREA: Final = "AREA"
CIVIL_PLACE: Final = (
    "CIVIL_PLACE"  # market, hospital, displacement camp: a place apart from the front
)
# "group of forces", "مجموعة قوات", "группировка войск": a party's fighting formation; "the enemy"
# in a post of no known speaker that names one is that formation's enemy
FORMATION: Final = "FORMATION"
WEAPON: Final = "WEAPON"  # drone, missile, shell: what hit the place after it ("a drone hit a car")
# a weapon only one side fires ("Іскандер", "Shahed", "HIMARS"), with that side as payload:
# who struck, where the strike names no attacker (rules modules' WEAPONS_OF)
SIDE_WEAPON: Final = "SIDE_WEAPON"
HOME: Final = "HOME"  # house, car, street: one person hit there by a strike is a civilian
DWELLING: Final = "DWELLING"  # apartment block: the people a strike there killed are civilians
MINUS: Final = "MINUS"  # "Мінус 14 «двохсотих»": a side's tally of what it took out, the enemy's
INFLICT: Final = "INFLICT"  # "كبدت X خسائر", "inflicted on X": X is the victim
# "أعلن الجيش مقتل جندي": a noun of a death or an injury suffered, announced by the speaker
# right before it, tells of the speaker's own men, not a kill it made
DEATH_OF: Final = "DEATH_OF"
ADMIT: Final = "ADMIT"  # "admitted", "признало", "أقر": the speaker tells its own losses
MEDIA: Final = (
    "MEDIA"  # channels, media, outlets: "Russian Telegram channels said" is no party speaking
)
AGENT_BY: Final = "AGENT_BY"  # "by", "par": the figure after counts who did it, not who suffered
SUPERLATIVE: Final = (
    "SUPERLATIVE"  # "the deadliest since ...": that "since" compares, it starts no count
)
INDEF: Final = (
    "INDEF"  # "a", "an": one person ("a journalist was killed"), when a person noun follows
)
# "the", "its", "his": one person only before a singular person noun ("the mayor was shot dead",
# "its reporter was killed")
DEF: Final = "DEF"
KIN: Final = (
    "KIN"  # "mother of", "père de", "мать", "أم": the figure after counts a family, not a toll
)
# Who
PEOPLE: Final = "PEOPLE"  # generic people nouns: people, persons, человек (no side)
SOLDIERS: Final = "SOLDIERS"  # fighters, soldiers, servicemen with no side of their own
REGULARS: Final = (
    "REGULARS"  # a state army's soldiers ("soldiers", "военнослужащие"), not militants
)
FIGHTERS: Final = "FIGHTERS"  # an armed group's own men ("fighters", "бойцы", "مقاتلين")
OTHER_ACTOR: Final = "OTHER_ACTOR"  # an actor outside the table (Nigerien soldiers): victim unknown
ENEMY: Final = "ENEMY"
OURS: Final = "OURS"
MATES: Final = (
    "MATES"  # "ребята", "хлопці", "guys": in a soldier's quoted words, his own side's men
)
OWN_UNIT: Final = "OWN_UNIT"  # corps, brigade, battalion with no number or name: the speaker's own
PRONOUN: Final = "PRONOUN"  # he/she/it/they as a subject: the claimant's own side
POSS: Final = "POSS"  # its / their / ses / своих: the subject's own
OTHERS: Final = "OTHERS"  # "ещё", "others", "آخرون": same victim as the claim before
LINK: Final = "LINK"  # of / de / من / из: a noun phrase goes on ("dozens of Wagner fighters")
PREP: Final = "PREP"  # in / near / à / في: a noun phrase ends (no morphology to tell)
AMONG: Final = "AMONG"  # "среди", "in the ranks of", "في صفوف", "parmi": the victim follows
PART_OF: Final = "PART_OF"  # "из них", "including", "dont", "بينهم"
THEM: Final = (
    "THEM"  # "on en a tué quarante": a pronoun before the verb for the people named before
)
ATTACKERS: Final = "ATTACKERS"  # the attackers: whoever attacked
REBELS: Final = (
    "REBELS"  # rebels, the militia: Tuareg in a Mali post, the RSF in a Sudan post, else no one
)
ARMY: Final = "ARMY"  # "the army": resolved by the country the post is about
# mercenaries: in a post on a war where one party is the hired force (Wagner / Africa Corps in
# the Sahel), that party; elsewhere soldiers of no stated side, as before
MERCENARIES: Final = "MERCENARIES"
# paramilitaries: in a post on a war where one party is the paramilitary force (the RSF in
# Sudan, Wagner / Africa Corps in Mali), that party; elsewhere no one named
PARAMILITARY: Final = "PARAMILITARY"
# Claimants
ACCORDING_TO: Final = "ACCORDING_TO"  # "по данным", "according to", "selon", "وفق"
SAY: Final = "SAY"  # reporting verbs
DENY: Final = "DENY"  # "denied", "a démenti", "نفى": who denies a figure is not who put it about
SPEAKER: Final = "SPEAKER"  # spokesman, commander, official: a role without a side
STATEMENT: Final = (
    "STATEMENT"  # "le bilan", "the statement", "сводка": what was said, not who said it
)
WEEKDAY: Final = "WEEKDAY"  # a day's name that is also a number word ("الإثنين": Monday, "two")
# "вышли 12 человек, часть — с ранениями": some of those counted, a part with no figure
SOME: Final = "SOME"
# "наші воїни взяли в полон": a verb of taking captives, whose subject is the captor
CAPTOR: Final = "CAPTOR"
# "our guys counted a dozen 200s": ours who counted the dead are the counters, not the dead
COUNTED: Final = "COUNTED"
MAY: Final = "MAY"  # "could", "може": before a verb of reaching, the figure is a ceiling
# "believed to", "يعتقد", "вероятно": a word of belief between a part and its verb ("including
# 39 believed to have died"), no word of the part's own
BELIEVED: Final = "BELIEVED"
OF_THE: Final = "OF_THE"  # "one of the captured", "один із полонених": a part of a toll said before
HOSPITAL: Final = "HOSPITAL"  # "hospitalised", "госпитализированы": where some of the wounded are
DUTY: Final = (
    "DUTY"  # "повернулися до строю", "returned to duty": the wounded back at the front, no swap
)
# "انتشال جثامين", "pulled from the rubble", "retrouvés": bodies found where the dead lay, a
# strike's toll, not a body swap; an exchange word in that sentence hands no one back
RECOVERED: Final = "RECOVERED"
CREDIT: Final = (
    "CREDIT"  # "revendique la mort de", "claimed responsibility for": a party claims a kill
)
ABOUT_THIS: Final = (
    "ABOUT_THIS"  # "Об этом сообщил ...", "Про це повідомили ...": speaks for what came before
)
COMMANDER: Final = "COMMANDER"  # a military role or formation: its spokesman speaks for a party
THAT: Final = "THAT"  # complementiser after a reporting verb: что, that, que, أن
# Scope and structure
PERIOD: Final = "PERIOD"
SINCE: Final = "SINCE"  # since the start of / since <date>: cumulative
TOTAL: Final = "TOTAL"  # "in total", "всего": cumulative
MONTH: Final = "MONTH"
# "по", "au", "to", "إلى" between two days of one month ("с 15 по 21 марта"): a span of days
DAYS_TO: Final = "DAYS_TO"
NOT_PEOPLE: Final = "NOT_PEOPLE"  # equipment, units, time, distance, money ... after a figure
UNIT: Final = "UNIT"  # brigade, division, № ... before a number: a unit number
NEG: Final = "NEG"  # no, without, none, before a trigger: a zero claim
NEG_AFTER: Final = "NEG_AFTER"  # "потерь нет", "загиблих немає": the negation after the trigger
NEG_BLOCK: Final = (
    "NEG_BLOCK"  # words that make a negation not about the toll ("data", "information")
)
# the bare particle that negates a verb ("не", "ne", "pas", "not"): too common to be a toll of
# none, it turns a verb of exceeding into a ceiling ("не превысили 60": up to 60)
NOT: Final = "NOT"
CONJ: Final = "CONJ"  # and / or
WHILE: Final = "WHILE"  # while, whereas, "а", "بينما": a hard clause boundary
NEW_TOPIC: Final = "NEW_TOPIC"  # "separately", "in another incident": scope does not carry over
# "кроме того", "також", "par ailleurs": of the new-topic words, those that add to the report
# before: a new event for an attack, but a losses tally after them keeps the report's period
ALSO: Final = "ALSO"
# "source(s)", "مصادر", "источник": an unnamed source; heading a colon ("Sources for Al Jazeera:",
# "مصادر طبية للجزيرة:") it speaks, not the outlet it spoke to
SOURCES: Final = "SOURCES"
# "единиц", "одиниць", "units": a counting word before what is counted ("87 единиц живой силы",
# "87 одиниць особового складу"): people where people follow it
COUNTER: Final = "COUNTER"
# "поражено", "уражено", "знешкоджено": of the casualties words, the verbs of hitting; a side
# that hit N personnel hit the other side's
STRUCK: Final = "STRUCK"
SUMMARY: Final = "SUMMARY"  # a daily summary's name ("сводка"): the tallies below it are the day's
# "the war", "الحرب", "la guerre": as the subject of a verb of killing ("the war has killed tens
# of thousands"), the whole war's toll, nobody's one side
WAR: Final = "WAR"
# "everyone is alive", "все живы", "tous sont vivants", "الجميع أحياء": a toll of no dead, said
# without a word of death (a zero killed claim, as "no one was killed")
ALIVE: Final = "ALIVE"
# "погибли", "загинули", "died", "sont morts", "لقوا حتفهم": a verb of dying, which names no
# killer: "ЗСУ повідомили, що загинули семеро військовослужбовців" tells of the speaker's own dead
DIE: Final = "DIE"
# "штурм", "поперли", "кидає в атаку", "assault": an attack on foot, whose attackers die in it;
# "Кацапи знову поперли на наш напрямок. Підсумок: 9 двохсотих" counts the attackers' dead
ASSAULT: Final = "ASSAULT"
# "на жаль", "к сожалению", "sadly", "malheureusement", "للأسف": a channel regrets its own dead,
# never the enemy's ("Ворог пішов на штурм. На жаль, маємо 2 двохсотих" is no attackers' toll)
REGRET: Final = "REGRET"
# drone operators, gunners, snipers: men whose work is the enemy's dead; "наших дронарів: 14
# двохсотих" is what ours did, not what they suffered
SHOOTERS: Final = "SHOOTERS"
# "devant", "перед", "in front of": the dead lying before "our positions" are the attackers'
FRONT_OF: Final = "FRONT_OF"
# "significant", "существенных", "significative": "no significant losses" says some were
# suffered, no toll of none
SERIOUS: Final = "SERIOUS"
# the state of being held, "в российском плену", "in Russian captivity": the adjective before it
# names who holds the captives, not whose they are
CAPTIVITY: Final = "CAPTIVITY"
# a state of captivity as the word of harm, "около 2 тысяч находятся в плену", "remain in
# captivity": a standing count of the held, whenever taken (cumulative)
HELD: Final = "HELD"

LEXICON_CONCEPTS: Final = (
    *TRIGGERS,
    MAIMED,
    VICTIM,
    NONCLAIM,
    SICK,
    EXCHANGE,
    INTERCEPT,
    FEW,
    MORE_THAN,
    AT_LEAST,
    UP_TO,
    ABOUT,
    MORE_THAN_POST,
    AT_LEAST_POST,
    ONLY,
    ABOUT_INVERTED,
    RATIO,
    RESTATE,
    RANGE_FROM,
    RANGE_TO,
    RANGE_OR,
    ARTICLE,
    QUAL_PREP,
    GROWTH,
    TALLY,
    REPEL,
    EXCEED,
    IRRECOVERABLE,
    SUFFER,
    NOUN_TRIGGER,
    APPOSITION,
    MOSTLY,
    ALL_DEAD,
    CREW,
    MERCHANT_SHIP,
    WEAK_PERIOD,
    AUX,
    AUX_ONE,
    SAME_NUMBER,
    PERSONNEL,
    SLANG_OWN,
    STRIKE,
    CIVIL_PLACE,
    WEAPON,
    HOME,
    DWELLING,
    RESULTS,
    HOW_MANY,
    RELATIVE,
    COMPARE,
    RIVAL,
    ALONGSIDE,
    MILITANTS,
    SO_CALLED,
    MINUS,
    FORMATION,
    CONDITION,
    INFLICT,
    ADMIT,
    DEATH_OF,
    WAR,
    ALIVE,
    DIE,
    ASSAULT,
    REGRET,
    SHOOTERS,
    FRONT_OF,
    SERIOUS,
    CAPTIVITY,
    HELD,
    MEDIA,
    AGENT_BY,
    SUPERLATIVE,
    INDEF,
    DEF,
    KIN,
    PEOPLE,
    SOLDIERS,
    REGULARS,
    FIGHTERS,
    OTHER_ACTOR,
    ENEMY,
    OURS,
    MATES,
    OWN_UNIT,
    PRONOUN,
    POSS,
    OTHERS,
    AMONG,
    LINK,
    PREP,
    PART_OF,
    THEM,
    ATTACKERS,
    REBELS,
    ARMY,
    MERCENARIES,
    PARAMILITARY,
    RAID,
    POSITIONS,
    EQUIPMENT,
    GROUP_OF,
    DUMMY,
    FAMILIES,
    CIVILIAN_WORD,
    THE_GROUP,
    AREA,
    ACCORDING_TO,
    SAY,
    DENY,
    SPEAKER,
    STATEMENT,
    DUTY,
    RECOVERED,
    WEEKDAY,
    MAY,
    BELIEVED,
    COUNTED,
    CAPTOR,
    SOME,
    OF_THE,
    HOSPITAL,
    COMMANDER,
    ABOUT_THIS,
    CREDIT,
    THAT,
    PERIOD,
    SINCE,
    TOTAL,
    MONTH,
    DAYS_TO,
    NOT_PEOPLE,
    UNIT,
    NEG,
    NEG_AFTER,
    NOT,
    NEG_BLOCK,
    CONJ,
    WHILE,
    NEW_TOPIC,
    ALSO,
    COUNTER,
    STRUCK,
    SUMMARY,
    SOURCES,
)
ACTOR: Final = "ACTOR"  # payload: an actor id
CONTEXT: Final = "CONTEXT"  # payload: whose army "the army" is, when the post names this country
# payload: the army of the war in which an actor alias names that party ("فلول النظام" is the
# Sudanese army's side in a Sudan post, the old regime's remnants in a Syrian one)
LOCAL: Final = "LOCAL"
REPORTER: Final = "REPORTER"  # payload: a claimant id

# Concept sets that several stages test a token's concepts against, built once here
TRIGGER_SET: Final = frozenset(TRIGGERS)
NAMING: Final = frozenset((ACTOR, OTHER_ACTOR, ENEMY, OURS))  # words that name a party
FIGURE_WORDS: Final = frozenset((NUMBER, ROUND, VAGUE, FEW))  # words that are a figure


@dataclass(frozen=True, slots=True)
class Entry:
    atoms: tuple[str, ...]
    concept: str
    payload: Any = None


@dataclass
class Rules:
    code: str
    script: str
    letters: str
    function_words: frozenset[str]
    analyzer: str
    clitics: tuple[Any, ...]
    exact: dict[str, list[Entry]]
    stems: dict[str, list[Entry]]
    stem_lengths: tuple[int, ...]
    prefilter: re.Pattern[str]
    reporters: list[tuple[tuple[tuple[str, ...], ...], str]]  # ((phrase, ...) all required, id)
    context: list[tuple[str, str]]  # (atom, id or slug) for ARMY words
    default_army: str | None
    abbreviations: frozenset[str]
    words_to_number: Callable[[list[str]], float | None] | None
    translit: Mapping[str, str]
    slugs: list[tuple[tuple[str, ...], str]]
    heads: dict[str, str]  # a speaker's head noun (folded) -> a generic slug ("مصدر" -> source)
    offices: dict[str, str]  # an office's word (folded) -> its English slug ("мэр" -> mayor)
    place_bare: bool  # the place follows its office with no preposition ("мэр Харькова")
    place_adjective: tuple[str, ...]  # endings that make a place an adjective ("белгородский")
    singular_forms: frozenset[str]  # the dictionary forms of round and scale words ("сотня")
    fold_table: dict[int, str]  # the one-letter folds, for str.translate
    possessor_before: bool  # "Russian losses" (en, ru, uk) or only after the noun (ar)
    subject_after_verb: (
        bool  # "أعلنت وزارة الصحة مقتل": the speaker between the verb and what it said
    )
    # the side whose media write in this language only (Ukrainian: Ukraine's): a post of no
    # stated channel side on that side's own war reads its "our", "the enemy" and its units'
    # slang as that side's; None where both sides and the world write the language
    home_side: str | None
    part_after: frozenset[str]  # one-word "of them" after a figure ("منهم")
    plural_people: frozenset[str]  # plural person nouns without an -s ("men", "police")
    number_words: frozenset[str]  # number words that are lemmas: their likeliest reading decides
    entry_cache: dict[tuple[str, ...], tuple[Entry, ...]] = field(default_factory=dict)
    info_cache: dict[str, Any] = field(default_factory=dict)  # word -> its analysis, entries
    candidate_cache: dict[str, Any] = field(default_factory=dict)  # entries a number starts
    follow_kept: int = 0  # answers kept by the word cache's candidates (lexicon._longer_with)
    claimant_cache: dict[tuple[str, ...], tuple[str, str]] = field(
        default_factory=dict
    )  # speaker words


def fold(atom: str, folds: tuple[tuple[str, str], ...]) -> str:
    if atom.startswith("=") and len(atom) > 1:
        return atom  # "=IS": this exact spelling only (not the verb "is")
    atom = atom.lower().replace("ё", "е").replace("’", "'")
    for a, b in folds:
        atom = atom.replace(a, b)
    return atom


def split_like_tokens(phrase: str) -> list[str]:
    """The words of a lexicon phrase, split the way the tokenizer splits text: "l'armée" is
    "l'" + "armée", "Russia's" is "Russia" + "'s" (atoms "#", "@", "x*" stay whole)."""
    out: list[str] = []
    for word in phrase.replace("’", "'").split():
        if word.isdigit():
            out.append("#")  # "en 24 heures": any number there
            continue
        pair = split_apostrophe(word)
        out.extend(pair if pair is not None else (word,))
    return out


def compile_rules(mod: ModuleType) -> Rules:
    """The lookup tables of one language module."""
    analyzer: str = getattr(mod, "ANALYZER", "plain")
    clitics: tuple[Any, ...] = ()
    folds: tuple[tuple[str, str], ...] = tuple(getattr(mod, "FOLDS", ()))
    if analyzer == "clitics":
        restores = tuple(
            (fold(a, folds), fold(b, folds)) for a, b in getattr(mod, "CLITIC_RESTORES", ())
        )
        clitics = (tuple(mod.CLITIC_PREFIXES), tuple(mod.CLITIC_SUFFIXES), folds, restores)
    exact: dict[str, list[Entry]] = {}
    stems: dict[str, list[Entry]] = {}

    def add(phrase: str, concept: str, payload: Any = None) -> None:
        atoms = tuple(fold(a, folds) for a in split_like_tokens(phrase))
        if not atoms:
            return
        entry = Entry(atoms, concept, payload)
        first = atoms[0]
        if first.endswith("*") and len(first) > 1:
            stems.setdefault(first[:-1], []).append(entry)
        elif first.startswith("=") and len(first) > 1:
            key = first[1:].lower().replace("ё", "е").replace("’", "'")
            for a, b in folds:  # looked up by the token's folded keys ("قائد" is keyed "قايد")
                key = key.replace(a, b)
            exact.setdefault(key, []).append(entry)
        else:
            exact.setdefault(first, []).append(entry)

    for concept in LEXICON_CONCEPTS:
        for phrase in getattr(mod, concept, ()):
            add(phrase, concept)
    for word, value in getattr(mod, "NUMBERS", {}).items():
        add(word, NUMBER, value)
    for word, value in getattr(mod, "SCALES", {}).items():
        add(word, SCALE, value)
    for word, value in getattr(mod, "ROUNDS", {}).items():
        add(word, ROUND, value)
    for word, value in getattr(mod, "VAGUES", {}).items():
        add(word, VAGUE, value)
    for word in getattr(mod, "DUALS", ()):
        add(word, DUAL, 2)
    for word in getattr(mod, "SINGLES", ()):
        add(word, SINGLE, 1)
    for actor, phrases in getattr(mod, "ACTORS", {}).items():
        for phrase in phrases:
            add(phrase, ACTOR, actor)
    for side, phrases in getattr(mod, "WEAPONS_OF", {}).items():
        for phrase in phrases:
            add(phrase, SIDE_WEAPON, side)
    # "Beninese", "soldats burkinabè", "северокорейские": a state of no party of the table,
    # whose soldiers are nobody's here (the victim is unknown, never a regional default)
    nationalities: dict[str, tuple[str, ...]] = getattr(mod, "NATIONALITIES", {})
    for country, phrases in nationalities.items():
        for phrase in phrases:
            add(phrase, OTHER_ACTOR, country)
    # "فلول", "الأشاوس": a party's name only in its own war's posts (claimants.unbind_local)
    for theatre, phrases in getattr(mod, "LOCAL_ALIASES", {}).items():
        for phrase in phrases:
            add(phrase, LOCAL, theatre)
    # a post on Benin or Chad is about that state's army: its names tell "the army" and soldiers
    # there as Mali's or Sudan's do (a nationality word names its own soldiers only)
    context_table: dict[str, tuple[str, ...]] = dict(getattr(mod, "CONTEXT", {}))
    for country, names in getattr(mod, "COUNTRIES", {}).items():
        context_table[f"{country}_army"] = tuple(names)
    reporters: list[tuple[tuple[tuple[str, ...], ...], str]] = []
    for rid, phrases in getattr(mod, "REPORTERS", {}).items():
        for phrase in phrases:
            parts = tuple(
                tuple(fold(a, folds) for a in split_like_tokens(p)) for p in phrase.split("&")
            )
            reporters.append((parts, rid))
            add(phrase.split("&")[0], REPORTER, rid)
    for target, phrases in context_table.items():
        for phrase in phrases:
            add(phrase, CONTEXT, target)
    context = [(fold(a, folds), target) for target, atoms in context_table.items() for a in atoms]
    slugs = [
        (tuple(fold(a, folds) for a in split_like_tokens(phrase)), slug)
        for phrase, slug in getattr(mod, "SLUGS", {}).items()
    ]
    heads = {fold(w, folds): sl for w, sl in getattr(mod, "HEAD_SLUGS", {}).items()}
    stems_for_prefilter = {fold(s, folds) for s in mod.PREFILTER}
    if not analyzer.startswith("pymorphy"):
        # without lemmas the words of the lexicon are the words of the text: all of them count
        for concept in TRIGGERS:
            for phrase in getattr(mod, concept, ()):
                first = split_like_tokens(phrase)[0]
                if first.startswith("=") and len(first) > 1:
                    first = first[1:]  # an exact spelling is found by its letters all the same
                if first not in ("#", "@", "?"):
                    stems_for_prefilter.add(fold(first.rstrip("*"), folds))
    if clitics:
        # a stem's last letter as a suffix changes it: "ضحيتها" holds no "ضحية", but "ضحيت"
        for stem in list(stems_for_prefilter):
            for end, whole in clitics[3]:
                if stem.endswith(whole) and len(stem) > len(whole) + 1:
                    stems_for_prefilter.add(stem[: -len(whole)] + end)
    fold_table = str.maketrans({a: b for a, b in folds if len(a) == 1 and len(b) == 1})
    prefilter = _stems_pattern({s for s in stems_for_prefilter if s}, fold_table)
    return Rules(
        code=mod.CODE,
        script=mod.SCRIPT,
        letters=getattr(mod, "LETTERS", ""),
        function_words=frozenset(getattr(mod, "FUNCTION_WORDS", ())),
        analyzer=analyzer,
        clitics=clitics,
        exact=exact,
        stems=stems,
        stem_lengths=tuple(sorted({len(s) for s in stems})),
        prefilter=prefilter,
        reporters=reporters,
        context=context,
        default_army=getattr(mod, "DEFAULT_ARMY", None),
        abbreviations=frozenset(a.lower() for a in getattr(mod, "ABBREVIATIONS", ())),
        words_to_number=getattr(mod, "words_to_number", None),
        translit=getattr(mod, "TRANSLIT", {}),
        slugs=slugs,
        heads=heads,
        offices={fold(w, folds): o for w, o in getattr(mod, "OFFICES", {}).items()},
        place_bare=getattr(mod, "PLACE_BARE", False),
        place_adjective=tuple(getattr(mod, "PLACE_ADJECTIVE", ())),
        possessor_before=getattr(mod, "POSSESSOR_BEFORE", True),
        subject_after_verb=getattr(mod, "SUBJECT_AFTER_VERB", False),
        home_side=getattr(mod, "HOME_SIDE", None),
        part_after=frozenset(fold(w, folds) for w in getattr(mod, "PART_AFTER", ())),
        plural_people=frozenset(fold(w, folds) for w in getattr(mod, "PLURAL_PEOPLE", ())),
        number_words=frozenset(
            fold(w, folds) for w in getattr(mod, "NUMBERS", {}) if " " not in w and "*" not in w
        )
        if analyzer.startswith("pymorphy")
        else frozenset(),
        fold_table=fold_table,
        singular_forms=frozenset(
            fold(w, folds)
            for w in (*getattr(mod, "ROUNDS", {}), *getattr(mod, "SCALES", {}))
            if " " not in w
        ),
    )


def _stems_pattern(stems: set[str], fold_table: dict[int, str]) -> re.Pattern[str]:
    """A pattern found in a lowercase text exactly where one of `stems` is found in that text
    with "ё" read as "е" and `fold_table` applied (one letter for one, so no pass over the text
    is needed): the stems as a trie (one branch per shared prefix, not one per stem), each
    letter as the class of the letters that fold to it."""
    folded = {"ё": "е"}
    for code, target in fold_table.items():
        folded[chr(code)] = target
    for src, dst in list(folded.items()):  # "ё" -> "е" comes first, then the table
        folded[src] = fold_table.get(ord(dst), dst)
    sources: dict[str, list[str]] = {}
    for src, dst in folded.items():
        sources.setdefault(dst, []).append(src)

    def letter(ch: str) -> str:
        same = [ch] if folded.get(ch, ch) == ch else []
        chars = same + sorted(sources.get(ch, ()))
        if len(chars) == 1:
            return re.escape(chars[0])
        return "[" + "".join(re.escape(c) for c in chars) + "]"

    trie: dict[str, Any] = {}
    for stem in stems:
        node = trie
        for ch in stem:
            node = node.setdefault(ch, {})
        node[""] = True

    def branch(node: dict[str, Any]) -> str:
        if "" in node:  # a stem ends here: whatever follows, it is found
            return ""
        alts = [letter(ch) + branch(sub) for ch, sub in sorted(node.items())]
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return re.compile(branch(trie))
