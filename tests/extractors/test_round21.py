"""Round 21, Ukrainian and Russian (with the other languages where the mechanism is shared):
mechanisms a held-out stand-in set (b42) showed, described in words. Sentences of our own;
none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, W, c, check, params

# --- A: a day's report ("обстановка за 10 вересня") heads a list of sectors' losses: each line
# is a tally over that day (casualties), a line's own "of them killed" included ---------------
DAY_REPORT: list[Case] = [
    c(
        "day-report-list-uk",
        "uk",
        "Оперативна обстановка за 3 березня:\n▪️Сіверський напрямок — ворог втратив 64 особи;\n"
        "▪️Торецький — 58;\n▪️Курахівський — 190, з них 75 убитими.",
        (L, "ru", 64, 64, False, "self", PER),
        (L, "ru", 58, 58, False, "self", PER),
        (L, "ru", 190, 190, False, "self", PER),
        (K, "ru", 75, 75, False, "self", PER),
        side="ua",
    ),
    c(
        "day-report-list-ru",
        "ru",
        "Оперативная обстановка за 3 марта:\n▪️Северское направление — противник потерял 64 "
        "человека;\n▪️Торецкое — 58;\n▪️Курахово — 190, из них 75 убитыми.",
        (L, "ua", 64, 64, False, "self", PER),
        (L, "ua", 58, 58, False, "self", PER),
        (L, "ua", 190, 190, False, "self", PER),
        (K, "ua", 75, 75, False, "self", PER),
        side="ru",
    ),
    c(
        "list-line-with-its-part-en",
        "en",
        "Enemy losses over the past day:\n— Siversk direction: 64 men;\n— Kurakhove: 190, of "
        "them 75 killed.",
        (L, "ru", 64, 64, False, "self", PER),
        (L, "ru", 190, 190, False, "self", PER),
        (K, "ru", 75, 75, False, "self", PER),
        side="ua",
    ),
]

# --- B: a verb of dying names no killer: servicemen a party says "died" are its own ----------
DIED_OWN: list[Case] = [
    c(
        "party-says-servicemen-died-uk",
        "uk",
        "У Повітряних силах ЗСУ повідомили, що загинули четверо військовослужбовців.",
        (K, "ua", 4, 4, False, "ua", EV),
    ),
    c(
        "party-says-servicemen-died-ru",
        "ru",
        "Министерство обороны России сообщило, что погибли четверо военнослужащих.",
        (K, "ru", 4, 4, False, "ru_mod", EV),
    ),
    c(
        "party-says-it-eliminated-servicemen-ru",
        "ru",
        "Министерство обороны России сообщило, что уничтожены четверо военнослужащих.",
        (K, "ua", 4, 4, False, "ru_mod", EV),
    ),
]

# --- C: the strike told in the sentence before the soldiers' toll; who confirmed it is no
# striker ("ЗСУ підтвердили удар «Іскандером»": the weapon names the attacker) ---------------
STRIKE_BEFORE: list[Case] = [
    c(
        "strike-in-sentence-before-uk",
        "uk",
        "Росіяни вдарили ракетами по навчальному центру на Житомирщині. Загинули 9 "
        "військовослужбовців.",
        (K, "ua", 9, 9, False, "self", EV),
    ),
    c(
        "confirmer-is-no-striker-uk",
        "uk",
        "Командування ЗСУ підтвердило удар «Іскандером» по місцю шикування. Загинули шестеро "
        "військовослужбовців, ще 11 поранені.",
        (K, "ua", 6, 6, False, "ua", EV),
        (W, "ua", 11, 11, False, "ua", EV),
    ),
    c(
        "strike-in-sentence-before-ru",
        "ru",
        "ВСУ нанесли удар HIMARS по пункту временной дислокации. Погибли 9 военнослужащих.",
        (K, "ru", 9, 9, False, "self", EV),
    ),
    c(
        "strike-in-sentence-before-en",
        "en",
        "Russian forces struck a training area in the Dnipropetrovsk region. Nine soldiers were "
        "killed.",
        (K, "ua", 9, 9, False, "self", EV),
    ),
    c(
        "struck-then-killing-en",
        "en",
        "Russian troops struck a field camp with a missile, killing nine soldiers.",
        (K, "ua", 9, 9, False, "self", EV),
    ),
    c(
        "strike-in-sentence-before-fr",
        "fr",
        "Une frappe de missile Iskander a touché un centre d'entraînement. Neuf militaires ont "
        "été tués.",
        (K, "ua", 9, 9, False, "self", EV),
    ),
    c(
        "struck-in-sentence-before-fr",
        "fr",
        "Les forces russes ont frappé un camp de la garde nationale. Neuf militaires ont été tués.",
        (K, "ua", 9, 9, False, "self", EV),
    ),
]

# --- D: a foreign state's command is no party of the table, whoever the channel is ----------
FOREIGN_COMMAND: list[Case] = [
    c(
        "us-command-kills-militants-uk",
        "uk",
        "Командування США заявило, що завдало удару по табору бойовиків і ліквідувало п'ятьох.",
        (K, "unknown", 5, 5, False, "*", EV),
        side="ua",
    ),
    c(
        "us-command-kills-militants-ru",
        "ru",
        "Командование США заявило, что уничтожило пятерых боевиков в Сирии.",
        (K, "unknown", 5, 5, False, "*", EV),
        side="ru",
    ),
    c(
        "us-military-kills-militants-en",
        "en",
        "The U.S. military said it killed five militants in an airstrike.",
        (K, "unknown", 5, 5, False, "*", EV),
        side="ua",
    ),
    c(
        "us-army-kills-militants-fr",
        "fr",
        "L'armée des États-Unis affirme avoir tué cinq combattants dans une frappe aérienne.",
        (K, "unknown", 5, 5, False, "*", EV),
        side="ua",
    ),
    c(
        "us-army-kills-militants-ar",
        "ar",
        "قالت القوات الأمريكية إنها قتلت خمسة مسلحين في غارة جوية في سوريا.",
        (K, "unknown", 5, 5, False, "*", EV),
    ),
]

# --- E: some of the wounded just counted died: the same men, whoever the channel's enemy is ---
DIED_OF_WOUNDS: list[Case] = [
    c(
        "wounded-then-died-uk",
        "uk",
        "Наші медики за добу евакуювали 27 поранених бійців. На жаль, троє хлопців померли в "
        "шпиталі.",
        (W, "ua", 27, 27, False, "self", PER),
        (K, "ua", 3, 3, False, "self", PER),
        side="ua",
    ),
    c(
        "wounded-then-some-of-them-died-ru",
        "ru",
        "Санитары вывезли 27 раненых бойцов. Трое из них скончались.",
        (W, "ru", 27, 27, False, "self", EV),
        (K, "ru", 3, 3, False, "self", EV),
        side="ru",
    ),
    c(
        "wounded-then-died-en",
        "en",
        "Our medics evacuated 27 wounded soldiers. Three of the guys died on the way.",
        (W, "ua", 27, 27, False, "self", EV),
        (K, "ua", 3, 3, False, "self", EV),
        side="ua",
    ),
    c(
        "wounded-then-some-of-them-died-fr",
        "fr",
        "Nos infirmiers ont évacué 27 soldats blessés. Trois d'entre eux sont morts.",
        (W, "ua", 27, 27, False, "self", EV),
        (K, "ua", 3, 3, False, "self", EV),
        side="ua",
    ),
]

# --- F: captives who "became victims" of killings, or were killed: a kill, not a capture ------
CAPTIVES_KILLED: list[Case] = [
    c(
        "captives-became-victims-uk",
        "uk",
        "Щонайменше 57 українських полонених стали жертвами страт.",
        (K, "ua", 57, None, False, "self", EV),
    ),
    c(
        "captives-became-victims-ru",
        "ru",
        "Не менее 57 украинских пленных стали жертвами казней.",
        (K, "ua", 57, None, False, "self", EV),
    ),
    c(
        "captives-fell-victim-en",
        "en",
        "At least 57 Ukrainian prisoners fell victim to executions.",
        (K, "ua", 57, None, False, "self", EV),
    ),
    c(
        "prisoners-of-war-killed-fr",
        "fr",
        "Au moins 57 prisonniers de guerre ukrainiens ont été exécutés.",
        (K, "ua", 57, None, False, "self", EV),
    ),
    c(
        "prisoners-of-war-wounded-fr",
        "fr",
        "Trois prisonniers de guerre ont été blessés lors du transfert.",
        (W, "unknown", 3, 3, False, "self", EV),
    ),
]

# --- G: "the capture of N of them": the noun of capture right before the part is its word ----
CAPTURE_OF_THEM: list[Case] = [
    c(
        "capture-of-some-of-them-en",
        "en",
        "The group claimed the deaths of 30 soldiers and the capture of six of them.",
        (K, "unknown", 30, 30, False, "*", EV),
        (C, "unknown", 6, 6, False, "*", EV),
    ),
    c(
        "capture-of-some-of-them-fr",
        "fr",
        "Le groupe revendique la mort de 30 soldats et la capture de six d'entre eux.",
        (K, "unknown", 30, 30, False, "*", EV),
        (C, "unknown", 6, 6, False, "*", EV),
    ),
]

# --- H: French "d'entre eux" (of them) opens a part whose verb follows it -------------------
OF_THEM_FR: list[Case] = [
    c(
        "part-of-them-verb-after-fr",
        "fr",
        "Quelque 4 000 volontaires ont rejoint l'unité ; plus de 120 d'entre eux ont trouvé la "
        "mort au front.",
        (K, "unknown", 120, None, False, "self", EV),
    ),
    c(
        "part-of-them-verb-after-en",
        "en",
        "Some 4,000 volunteers joined the unit; more than 120 of them lost their lives at the "
        "front.",
        (K, "unknown", 120, None, False, "self", EV),
    ),
]

# --- I: a period's number is no figure of the first of "killed and wounded" ------------------
PERIOD_BEFORE_LUMP: list[Case] = [
    c(
        "period-number-before-killed-and-wounded-ru",
        "ru",
        "Батальон за три недели потерял убитыми и ранеными свыше 200 человек.",
        (L, "unknown", 200, None, False, "self", PER),
    ),
    c(
        "period-number-before-killed-and-wounded-uk",
        "uk",
        "Батальйон за три тижні втратив убитими та пораненими понад 200 осіб.",
        (L, "ua", 200, None, False, "self", PER),
    ),
]

# --- J: "their battalion" in the channel's words is no unit of the channel's ----------------
THEIR_UNIT: list[Case] = [
    c(
        "their-battalion-told-by-prisoners-ru",
        "ru",
        "В плен сдались пятеро бойцов ВСУ. Они рассказали, что их батальон за месяц потерял "
        "около 150 человек.",
        (C, "ua", 5, 5, False, "self", EV),
        (L, "ua", 150, 150, True, "self", PER),
        side="ru",
    ),
    c(
        "our-battalion-stays-ours-ru",
        "ru",
        "Наш батальон за месяц потерял 15 человек.",
        (L, "ru", 15, 15, False, "self", PER),
        side="ru",
    ),
    c(
        "their-battalion-en",
        "en",
        "Five Russian soldiers surrendered. They said their battalion lost about 150 men in a "
        "month.",
        (C, "ru", 5, 5, False, "self", EV),
        (L, "ru", 150, 150, True, "self", PER),
        side="ua",
    ),
]

# --- K: a number word that opens a two-word name in quotes is a channel's name ---------------
QUOTED_NAME: list[Case] = [
    c(
        "quoted-channel-name-uk",
        "uk",
        "Z-канал «Три сержанти» визнав загибель 30 морпіхів.",
        (K, "ru", 30, 30, False, "*", EV),
        side="ua",
    ),
    c(
        "quoted-channel-name-ru",
        "ru",
        "Z-канал «Три сержанта» признал гибель 30 морпехов.",
        (K, "ru", 30, 30, False, "*", EV),
        side="ua",
    ),
    c(
        "quoted-channel-name-before-colon-uk",
        "uk",
        "Z-канал «Два капітани» пише: під час штурму загинули близько 30 морпіхів.",
        (K, "ru", 30, 30, True, "*", EV),
        side="ua",
    ),
    c(
        "quoted-words-of-harm-stay-ru",
        "ru",
        "«Трое раненых», — коротко ответил командир.",
        (W, "unknown", 3, 3, False, "self", EV),
    ),
]

# --- L: a blast in a named city: its dead and hurt are no side's soldiers --------------------
BLAST: list[Case] = [
    c(
        "blast-in-city-uk",
        "uk",
        "Вибух у центрі Курська: троє загиблих, дев'ятеро поранених.",
        (K, "unknown", 3, 3, False, "self", EV),
        (W, "unknown", 9, 9, False, "self", EV),
        side="ua",
    ),
    c(
        "blast-in-city-ru",
        "ru",
        "Взрыв в центре Донецка: трое погибших, девять раненых.",
        (K, "unknown", 3, 3, False, "self", EV),
        (W, "unknown", 9, 9, False, "self", EV),
        side="ru",
    ),
]

# --- M: a tally the next sentence splits into its dead and its hurt, and nothing else, is the
# casualties, and the parts are its side's; a place before a colon labels no figure after it --
SPLIT_NEXT: list[Case] = [
    c(
        "minus-split-in-next-sentence-uk",
        "uk",
        "Мінус семеро окупантів під Часовим Яром 🔥 Дрон залетів просто в підвал: п'ятеро — "
        "«двохсоті», двоє — «трьохсоті».",
        (L, "ru", 7, 7, False, "self", EV),
        (K, "ru", 5, 5, False, "self", EV),
        (W, "ru", 2, 2, False, "self", EV),
        side="ua",
    ),
    c(
        "minus-split-in-next-sentence-ru",
        "ru",
        "Минус семь хохлов под Угледаром 🔥 Дрон залетел прямо в подвал: пятеро — «двухсотые», "
        "двое — «трёхсотые».",
        (L, "ua", 7, 7, False, "self", EV),
        (K, "ua", 5, 5, False, "self", EV),
        (W, "ua", 2, 2, False, "self", EV),
        side="ru",
    ),
    c(
        "next-sentence-other-sum-stays-uk",
        "uk",
        "Мінус семеро окупантів під Часовим Яром. Ще п'ятеро — «двохсоті», троє — «трьохсоті».",
        (K, "ru", 7, 7, False, "self", EV),
        (K, "ru", 5, 5, False, "self", EV),
        (W, "ru", 3, 3, False, "self", EV),
        side="ua",
    ),
]

# --- N: a tally's own sentence (ended by a full stop) heads the bulleted sectors below it ------
TALLY_HEADS_LIST: list[Case] = [
    c(
        "tally-sentence-heads-sectors-fr",
        "fr",
        "Les forces ukrainiennes ont perdu jusqu'à 1 200 militaires en 24 heures.\n— groupement "
        "Est : jusqu'à 170\n— groupement Centre : plus de 430",
        (L, "ua", None, 1200, False, "self", PER),
        (L, "ua", None, 170, False, "self", PER),
        (L, "ua", 430, None, False, "self", PER),
        side="ru",
    ),
    c(
        "tally-sentence-heads-sectors-ru",
        "ru",
        "ВСУ потеряли до 1 200 военнослужащих за сутки.\n— группировка «Восток»: до 170\n— "
        "«Центр»: более 430",
        (L, "ua", None, 1200, False, "self", PER),
        (L, "ua", None, 170, False, "self", PER),
        (L, "ua", 430, None, False, "self", PER),
        side="ru",
    ),
    c(
        "tally-sentence-heads-sectors-en",
        "en",
        "Ukraine lost up to 1,200 troops over the past day.\n— Battlegroup East: up to 170\n— "
        "Battlegroup Centre: more than 430",
        (L, "ua", None, 1200, False, "self", PER),
        (L, "ua", None, 170, False, "self", PER),
        (L, "ua", 430, None, False, "self", PER),
        side="ru",
    ),
]

# --- O: a number word opening the sentence after a month is a count, not the month's day ------
AFTER_MONTH: list[Case] = [
    c(
        "count-after-month-at-sentence-end-fr",
        "fr",
        "L'armée a perdu 120 soldats depuis fin octobre. Deux autres ont été grièvement blessés.",
        (L, "unknown", 120, 120, False, "self", "cumulative"),
        (W, "unknown", 2, 2, False, "self", EV),
    ),
    c(
        "count-after-month-at-sentence-end-en",
        "en",
        "The army has lost 120 soldiers since late October. Two others were seriously wounded.",
        (L, "unknown", 120, 120, False, "self", "cumulative"),
        (W, "unknown", 2, 2, False, "self", EV),
    ),
]

# --- P: French slang for killing ("refroidir": to cool) -----------------------------------------
SLANG_FR: list[Case] = [
    c(
        "slang-refroidis-fr",
        "fr",
        "Une vingtaine de terroristes refroidis cette nuit près de Tessit.",
        (K, "unknown", 20, 20, True, "self", EV),
    ),
]

# --- Q: a party that puts out a communique speaks in it ------------------------------------
COMMUNIQUE: list[Case] = [
    c(
        "communique-speaker-en",
        "en",
        "The FLA issued a communique: 31 Malian soldiers were killed near Anefis.",
        (K, "fama", 31, 31, False, "tuareg", EV),
    ),
    c(
        "communique-speaker-ru",
        "ru",
        "FLA распространила коммюнике: под Анефисом убиты 31 малийский солдат.",
        (K, "fama", 31, 31, False, "tuareg", EV),
        side="ru",
    ),
    c(
        "communique-speaker-uk",
        "uk",
        "FLA поширила комюніке: під Анефісом убито 31 малійського солдата.",
        (K, "fama", 31, 31, False, "tuareg", EV),
        side="ua",
    ),
]

# --- R: two parties joined as the subject of a loss ("X and their allies from Y", "X and «Y»"),
# and a fighters' word hyphened to a party's name ("боевиков-туарегов") ----------------------
JOINED_PARTIES: list[Case] = [
    c(
        "x-and-their-allies-from-y-lost-ru",
        "ru",
        "Боевики FLA и их союзники из JNIM потеряли убитыми около шестидесяти человек.",
        (K, "unknown", 60, 60, True, "self", EV),
        side="wagner",
    ),
    c(
        "x-and-their-allies-from-y-lost-uk",
        "uk",
        "Бойовики FLA та їхні союзники з JNIM втратили вбитими близько шістдесяти людей.",
        (K, "unknown", 60, 60, True, "self", EV),
        side="wagner",
    ),
    c(
        "x-and-quoted-y-lost-ru",
        "ru",
        "ФАМа и «Вагнер» потеряли в засаде 35 человек.",
        (K, "unknown", 35, 35, False, "self", EV),
    ),
    c(
        "one-party-lost-stays-ru",
        "ru",
        "Боевики FLA потеряли в засаде 35 человек.",
        (K, "tuareg", 35, 35, False, "self", EV),
        side="wagner",
    ),
    c(
        "fighters-hyphen-party-ru",
        "ru",
        "Уничтожено более сотни боевиков-туарегов.",
        (K, "tuareg", 100, None, False, "self", EV),
        side="wagner",
    ),
    c(
        "fighters-hyphen-party-and-other-party-ru",
        "ru",
        "Уничтожено более сотни боевиков-туарегов и ДжНИМ.",
        (K, "unknown", 100, None, False, "self", EV),
        side="wagner",
    ),
]

# --- S: a state's named unit heading its tallies (no loss word) lists what it did ------------
UNIT_RESULTS_HEADER: list[Case] = [
    c(
        "unit-header-results-list-uk",
        "uk",
        "📊 12-та бригада «Азов» за місяць:\n▫️ ліквідовано — 120 окупантів\n▫️ поранено — "
        "95\n▫️ полонено — 4",
        (K, "ru", 120, 120, False, "self", PER),
        (W, "ru", 95, 95, False, "self", PER),
        (C, "ru", 4, 4, False, "self", PER),
        side="ua",
    ),
    c(
        "unit-header-own-losses-stay-uk",
        "uk",
        "Втрати бригади «Азов» за тиждень:\n▫️ загинули — 3\n▫️ поранені — 11",
        (K, "ua", 3, 3, False, "self", PER),
        (W, "ua", 11, 11, False, "self", PER),
        side="ua",
    ),
]

# --- T: a bound over a preposition "с"/"з" ("как минимум с 80 бойцами") ---------------------
BOUND_OVER_WITH: list[Case] = [
    c(
        "at-least-over-with-ru",
        "ru",
        "После боя связь потеряна как минимум с 35 бойцами, все они числятся пропавшими без вести.",
        ("missing", "unknown", 35, None, False, "self", EV),
    ),
    c(
        "at-least-over-with-uk",
        "uk",
        "Після бою зв'язок втрачено щонайменше з 35 бійцями, усі вони вважаються зниклими "
        "безвісти.",
        ("missing", "unknown", 35, None, False, "self", EV),
    ),
]

# --- U: a toll broken down by place after a dash ("3 – у Покровську, 1 – у Торецьку"); "one of
# the school's staff"; North Koreans by their noun are outside the table ---------------------
TRAIN_SHAPES: list[Case] = [
    c(
        "breakdown-by-place-after-dash-uk",
        "uk",
        "За добу росіяни поранили 5 жителів Херсонщини: 4 – у Херсоні, 1 – у Бериславі.",
        (W, "civilians", 5, 5, False, "self", PER),
        (W, "civilians", 4, 4, False, "self", PER),
        (W, "civilians", 1, 1, False, "self", PER),
        side="ua",
    ),
    c(
        "breakdown-by-place-after-dash-ru",
        "ru",
        "За сутки ранены 5 жителей Херсонщины: 4 – в Херсоне, 1 – в Бериславе.",
        (W, "civilians", 5, 5, False, "self", PER),
        (W, "civilians", 4, 4, False, "self", PER),
        (W, "civilians", 1, 1, False, "self", PER),
    ),
    c(
        "one-of-whose-staff-en",
        "en",
        "One of the hospital's staff members was shot dead during the raid.",
        (K, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "north-koreans-noun-ru",
        "ru",
        "Киев заявил о 500 убитых и раненых северокорейцах.",
        (L, "unknown", 500, 500, False, "ua", EV),
        side="ru",
    ),
    c(
        "north-koreans-noun-uk",
        "uk",
        "Генштаб заявив про 500 убитих і поранених північнокорейців.",
        (L, "unknown", 500, 500, False, "*", EV),
        side="ua",
    ),
]

# --- V: one person by "its"/"his"/"her" and an office or kin noun; a sheikh is a person -------
ONE_BY_POSSESSIVE: list[Case] = [
    c(
        "its-reporter-killed-en",
        "en",
        "The radio station said its reporter was killed on Sunday.",
        (K, "civilians", 1, 1, False, "*", EV),
    ),
    c(
        "the-sheikh-shot-dead-en",
        "en",
        "Gunmen shot dead the tribe's sheikh near Kutum.",
        (K, "unknown", 1, 1, False, "self", EV),
    ),
    c(
        "his-men-are-no-one-en",
        "en",
        "His men were killed in the ambush, the commander said.",
    ),
]

# --- W: a person's name that opens its sentence, then (over an apposition or a relative clause)
# "was killed": one person ---------------------------------------------------------------
NAMED_PERSON: list[Case] = [
    c(
        "named-person-killed-en",
        "en",
        "Ahmed Yusuf Warsame, who led the district council for six years, was killed in a "
        "roadside bombing on Monday.",
        (K, "unknown", 1, 1, False, "self", EV),
    ),
    c(
        "named-person-said-is-no-victim-en",
        "en",
        "Ahmed Yusuf Warsame said 4 soldiers were killed in the ambush.",
        (K, "unknown", 4, 4, False, "*", EV),
    ),
    c(
        "named-person-killed-fr",
        "fr",
        "Amadou Diallo, qui dirigeait la radio locale, a été tué dimanche.",
        (K, "unknown", 1, 1, False, "self", EV),
    ),
]

# --- X: a party after a place word ("позиції наших захисників", "the positions of our
# defenders") owns the place; the participle of losing after the comma is the attacker's -------
PLACE_OWNER_NO_SUBJECT: list[Case] = [
    c(
        "positions-of-ours-uk",
        "uk",
        "Ворог тричі штурмував позиції наших захисників біля Часового Яру, втративши до 30 "
        "піхотинців.",
        (K, "ru", None, 30, False, "self", EV),
        side="ua",
    ),
    c(
        "positions-of-ours-en",
        "en",
        "The enemy stormed the positions of our defenders three times, losing up to 30 "
        "infantrymen.",
        (K, "ru", None, 30, False, "self", EV),
        side="ua",
    ),
    c(
        "positions-of-the-other-ru",
        "ru",
        "Противник трижды штурмовал позиции наших бойцов, потеряв до 30 пехотинцев.",
        (K, "ua", None, 30, False, "self", EV),
        side="ru",
    ),
    c(
        "positions-of-ours-fr",
        "fr",
        "L'ennemi a attaqué trois fois les positions de nos soldats, perdant jusqu'à 30 "
        "fantassins.",
        (K, "ru", None, 30, False, "self", EV),
        side="ua",
    ),
]

# --- Y: "he said" after a quote of several sentences: the speaker named before the quote ------
HE_SAID_AFTER_QUOTE: list[Case] = [
    c(
        "he-said-after-two-sentence-quote-ru",
        "ru",
        "Командир роты рассказал о боях. «Рота уничтожила 40 боевиков ВСУ. Наши потери — двое "
        "погибших», — сказал он.",
        (K, "ua", 40, 40, False, "ru", EV),
        (K, "ru", 2, 2, False, "ru", EV),
    ),
    c(
        "he-said-after-two-sentence-quote-uk",
        "uk",
        "Командир роти розповів про бої. «Рота знищила 40 окупантів. Наші втрати — двоє "
        "загиблих», — сказав він.",
        (K, "ru", 40, 40, False, "*", EV),
        (K, "ua", 2, 2, False, "*", EV),
    ),
]

ALL = (
    DAY_REPORT
    + DIED_OWN
    + STRIKE_BEFORE
    + FOREIGN_COMMAND
    + DIED_OF_WOUNDS
    + CAPTIVES_KILLED
    + CAPTURE_OF_THEM
    + OF_THEM_FR
    + PERIOD_BEFORE_LUMP
    + THEIR_UNIT
    + QUOTED_NAME
    + BLAST
    + SPLIT_NEXT
    + TALLY_HEADS_LIST
    + AFTER_MONTH
    + SLANG_FR
    + COMMUNIQUE
    + JOINED_PARTIES
    + UNIT_RESULTS_HEADER
    + BOUND_OVER_WITH
    + TRAIN_SHAPES
    + ONE_BY_POSSESSIVE
    + NAMED_PERSON
    + PLACE_OWNER_NO_SUBJECT
    + HE_SAID_AFTER_QUOTE
)


@pytest.mark.parametrize("case", params(ALL))
def test_round21(case: Case) -> None:
    check(case)
