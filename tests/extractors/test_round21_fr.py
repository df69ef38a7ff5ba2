"""Round 21, French (with the other languages where the mechanism is shared): mechanisms a
held-out stand-in set (b42) showed, described in words. Sentences of our own; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, C, Case, K, L, M, W, c, check, params

# --- A: the missing in the sentence right after a civilians' toll are those civilians -------
CIVIL_MISSING: list[Case] = [
    c(
        "missing-after-civilians-toll-fr",
        "fr",
        "Une frappe sur un marché a tué 9 civils et en a blessé 30. Une dizaine de "
        "personnes restent introuvables sous les décombres.",
        (K, "civilians", 9, 9, False, "self", EV),
        (W, "civilians", 30, 30, False, "self", EV),
        (M, "civilians", 10, 10, True, "self", EV),
    ),
    c(
        "missing-after-civilians-toll-en",
        "en",
        "The strike on the market killed 11 shoppers and wounded 40. Rescuers are still "
        "searching for 6 people who remain unaccounted for.",
        (K, "civilians", 11, 11, False, "self", EV),
        (W, "civilians", 40, 40, False, "self", EV),
        (M, "civilians", 6, 6, False, "self", EV),
    ),
    c(
        "missing-after-civilians-toll-uk",
        "uk",
        "Внаслідок удару загинули 12 цивільних, 30 поранені. Семеро людей вважаються "
        "зниклими безвісти.",
        (K, "civilians", 12, 12, False, "self", EV),
        (W, "civilians", 30, 30, False, "self", EV),
        (M, "civilians", 7, 7, False, "self", EV),
    ),
    c(
        "missing-after-civilians-toll-ru",
        "ru",
        "В результате удара погибли 12 мирных жителей, 30 ранены. Семь человек считаются "
        "пропавшими без вести.",
        (K, "civilians", 12, 12, False, "self", EV),
        (W, "civilians", 30, 30, False, "self", EV),
        (M, "civilians", 7, 7, False, "self", EV),
    ),
    c(
        # "في عداد المفقودين" (among the missing) is a phrase, not a place named after "في"
        "missing-after-civilians-toll-ar",
        "ar",
        "قتل 12 مدنيا في القصف. ولا يزال سبعة أشخاص في عداد المفقودين.",
        (K, "civilians", 12, 12, False, "self", EV),
        (M, "civilians", 7, 7, False, "self", EV),
    ),
    c(
        # in the toll's own sentence, the missing a source adds stay whoever they are
        "missing-in-civilians-toll-sentence-stay-open-fr",
        "fr",
        "Au moins 15 civils ont été tués, selon une ONG, qui signale aussi une trentaine de "
        "personnes portées disparues.",
        (K, "civilians", 15, None, False, "*", EV),
        (M, "unknown", 30, 30, True, "*", EV),
    ),
]

# --- B: "l'armée d'occupation russe": the occupier's army named with its adjective after -----
OCCUPATION_ARMY: list[Case] = [
    c(
        "occupation-army-tally-fr",
        "fr",
        "Pertes de l'armée d'occupation russe du 24.02.2022 au 01.03.2025, selon l'État-major "
        "général des Forces armées ukrainiennes :\n👥 personnel — environ 880 000 (+1 050)\n"
        "🚜 chars — 10 300 (+4)",
        (L, "ru", 880000, 880000, True, "ua_gs", CUM),
        (L, "ru", 1050, 1050, False, "ua_gs", PER),
        side="ua",
    ),
    c(
        "occupation-forces-lost-fr",
        "fr",
        "Les forces d'occupation russes ont perdu 1 100 soldats en une journée.",
        (L, "ru", 1100, 1100, False, "self", PER),
    ),
]

# --- C: a mark passed ("a franchi la barre des N", "crossed the N mark") is a lower bound ---
MARK_PASSED: list[Case] = [
    c(
        "crossed-the-bar-fr",
        "fr",
        "Selon le ministère, le nombre de morts a franchi la barre des 25 000 depuis le début "
        "de la guerre.",
        (K, "unknown", 25000, None, False, "*", CUM),
    ),
    c(
        "passed-the-cap-fr",
        "fr",
        "Le bilan a passé le cap des 500 morts.",
        (K, "unknown", 500, None, False, "self", EV),
    ),
    c(
        "crossed-the-mark-en",
        "en",
        "The death toll has crossed the 25,000 mark.",
        (K, "unknown", 25000, None, False, "self", EV),
    ),
    c(
        # "crossed" is no bound on the figure a verb of harm of its own counts
        "crossed-a-river-then-killed-en",
        "en",
        "The militants crossed the river and killed 14 villagers.",
        (K, "civilians", 14, 14, False, "self", EV),
    ),
    c(
        # nor on a date's day: "crossed the border on August 6"
        "crossed-the-border-on-a-date-en",
        "en",
        "Moscow says Kyiv has lost over 20,000 troops since they crossed the border on August 6.",
        (L, "ua", 20000, None, False, "ru", CUM),
    ),
    c(
        "passed-the-mark-ru",
        "ru",
        "Число погибших преодолело отметку в 25 тысяч.",
        (K, "unknown", 25000, None, False, "self", EV),
    ),
    c(
        "passed-the-mark-uk",
        "uk",
        "Кількість загиблих подолала позначку 25 тисяч.",
        (K, "unknown", 25000, None, False, "self", EV),
    ),
]

# --- D: a list's line labelled with another state: its soldiers are that state's ----------
LABELLED_LINES: list[Case] = [
    c(
        "roundup-line-of-another-state-fr",
        "fr",
        "Le point de la semaine\n— Mali : 12 soldats maliens tués dans une embuscade près de "
        "Gao.\n— Niger : 7 militaires portés disparus après une attaque.",
        (K, "fama", 12, 12, False, "self", EV),
        (M, "unknown", 7, 7, False, "self", EV),
    ),
    c(
        "roundup-line-of-another-state-en",
        "en",
        "Weekly Sahel roundup\n• Mali: 12 Malian soldiers killed near Gao.\n• Niger: 7 soldiers "
        "missing after an ambush.",
        (K, "fama", 12, 12, False, "self", PER),
        (M, "unknown", 7, 7, False, "self", PER),
    ),
    c(
        "roundup-line-of-another-state-ru",
        "ru",
        "Итоги недели\n— Мали: 12 малийских военных убиты под Гао.\n— Нигер: 7 военных пропали "
        "без вести.",
        (K, "fama", 12, 12, False, "self", PER),
        (M, "unknown", 7, 7, False, "self", PER),
    ),
    c(
        # a line on the same state keeps its soldiers
        "roundup-line-of-the-same-state-fr",
        "fr",
        "Le point de la semaine\n— Mali : 12 soldats maliens tués près de Gao.\n— Mali : 7 "
        "soldats portés disparus près de Kidal.",
        (K, "fama", 12, 12, False, "self", EV),
        (M, "fama", 7, 7, False, "self", EV),
    ),
]

# --- E: a verb of losing right after a sentence that dated a start: that operation's tally --
LOSS_SINCE_BEFORE: list[Case] = [
    c(
        "lost-men-after-since-sentence-fr",
        "fr",
        "Kiev affirme avoir fait plus de 1 500 prisonniers russes depuis le début de son "
        "offensive. Moscou assure que l'armée ukrainienne a perdu 11 000 hommes dans la région.",
        (C, "ru", 1500, None, False, "ua", CUM),
        (L, "ua", 11000, 11000, False, "ru", CUM),
    ),
    c(
        "lost-troops-after-since-sentence-en",
        "en",
        "Kyiv says it has captured over 1,500 Russian soldiers since its incursion began. Moscow "
        "claims Ukraine has lost 11,000 troops in the region.",
        (C, "ru", 1500, None, False, "ua", CUM),
        (L, "ua", 11000, 11000, False, "ru", CUM),
    ),
    c(
        # one attack of its own: the loss is that incident's dead
        "lost-in-an-ambush-after-since-sentence-en",
        "en",
        "Since the war began, the army has lost hundreds of soldiers. Yesterday it lost two "
        "soldiers in an ambush.",
        (L, "unknown", 200, 999, True, "self", CUM),
        (K, "unknown", 2, 2, False, "self", EV),
    ),
]

# --- F: "quelques-uns" (a few of them) is the spec's 2 to 9, as "quelques" is -------------
A_FEW_OF_THEM: list[Case] = [
    c(
        "abducted-a-few-of-them-fr",
        "fr",
        "Le groupe armé affirme avoir tué une vingtaine de soldats nigériens et en avoir enlevé "
        "quelques-uns.",
        (K, "unknown", 20, 20, True, "*", EV),
        (C, "unknown", 2, 9, True, "*", EV),
    ),
    c(
        "abducted-a-few-of-them-en",
        "en",
        "The armed group said it killed about 20 Nigerien soldiers and abducted a few of them.",
        (K, "unknown", 20, 20, True, "*", EV),
        (C, "unknown", 2, 9, True, "*", EV),
    ),
]

# --- G: a party that "counts" (has) N dead has them: "l'Ukraine compterait 80 000 tués" ---
COUNTS_ITS_DEAD: list[Case] = [
    c(
        "country-counts-its-dead-fr",
        "fr",
        "Selon le New York Times, la Russie compterait 90 000 tués et 300 000 blessés.",
        (K, "ru", 90000, 90000, False, "*", EV),
        (W, "ru", 300000, 300000, False, "*", EV),
    ),
    c(
        "country-counts-its-dead-en",
        "en",
        "According to the newspaper, Russia counts 90,000 dead and 300,000 wounded.",
        (K, "ru", 90000, 90000, False, "*", EV),
        (W, "ru", 300000, 300000, False, "*", EV),
    ),
    c(
        "country-counts-its-dead-uk",
        "uk",
        "За даними газети, росія налічує 90 тисяч загиблих і 300 тисяч поранених.",
        (K, "ru", 90000, 90000, False, "*", EV),
        (W, "ru", 300000, 300000, False, "*", EV),
    ),
    c(
        # "son compte Telegram": the noun, no verb of having
        "account-noun-is-no-verb-fr",
        "fr",
        "Sur son compte Telegram, le JNIM revendique la mort de 30 soldats maliens.",
        (K, "fama", 30, 30, False, "jnim", EV),
    ),
    c(
        # who counts the militants it neutralised did not suffer them
        "army-counts-militants-neutralised-fr",
        "fr",
        "L'armée malienne compte 30 terroristes neutralisés depuis lundi.",
        (K, "unknown", 30, 30, False, "self", CUM),
    ),
]

# --- H: a headline that asks whose dead ("Combien de soldats russes sont morts ?") -------
ASKED_WHOSE: list[Case] = [
    c(
        "headline-asks-whose-dead-fr",
        "fr",
        "Combien de soldats russes sont morts en Ukraine ? Selon la BBC, au moins 50 000 ont "
        "été tués.",
        (K, "ru", 50000, None, False, "bbc", EV),
    ),
    c(
        "headline-asks-whose-dead-en",
        "en",
        "How many Russian soldiers have died in Ukraine? The BBC has confirmed 50,000 deaths.",
        (K, "ru", 50000, 50000, False, "bbc", EV),
    ),
    c(
        "headline-asks-whose-dead-uk",
        "uk",
        "Скільки російських військових загинуло? Бі-Бі-Сі підтвердила загибель 50 тисяч.",
        (K, "ru", 50000, 50000, False, "bbc", EV),
    ),
    c(
        # civilians asked of: a toll that may count fighters too stays open
        "headline-asks-of-civilians-fr",
        "fr",
        "Combien de civils sont morts ? Le ministère fait état de 300 morts.",
        (K, "unknown", 300, 300, False, "*", EV),
    ),
]

# --- I: an inverted verb of saying ("précise-t-il", "dit-elle"): the speaker before ------
INVERTED_SAY: list[Case] = [
    c(
        "inverted-say-verb-fr",
        "fr",
        "Le porte-parole de l'armée malienne a annoncé la mort de 12 soldats. « Huit autres "
        "sont portés disparus », précise-t-il.",
        (K, "fama", 12, 12, False, "fama", EV),
        (M, "fama", 8, 8, False, "fama", EV),
    ),
    c(
        "inverted-aux-say-verb-fr",
        "fr",
        "Le porte-parole de l'armée malienne a annoncé la mort de 12 soldats. « Huit autres "
        "sont portés disparus », a-t-il précisé.",
        (K, "fama", 12, 12, False, "fama", EV),
        (M, "fama", 8, 8, False, "fama", EV),
    ),
]

ALL = (
    CIVIL_MISSING
    + OCCUPATION_ARMY
    + MARK_PASSED
    + LABELLED_LINES
    + LOSS_SINCE_BEFORE
    + A_FEW_OF_THEM
    + COUNTS_ITS_DEAD
    + ASKED_WHOSE
    + INVERTED_SAY
)


@pytest.mark.parametrize("case", params(ALL))
def test_round21_fr(case: Case) -> None:
    check(case)
