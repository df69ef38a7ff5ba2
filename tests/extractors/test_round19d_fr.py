"""Round 19d (French, then Russian): mechanisms the stand-in set b37 showed, described in
words. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, W, c, check, params

# --- A: a verb of reporting whose object is the dead, not a source after it ------------------
REPORTS_THE_DEATH: list[Case] = [
    c(
        "reports-the-death-fr",
        "fr",
        "Le HCR rapporte la mort de 14 villageois dans le nord du pays.",
        (K, "civilians", 14, 14, False, "un", EV),
    ),
    c(
        "reports-the-death-two-fr",
        "fr",
        "Une ONG rapporte la mort de 9 soldats et de 30 jihadistes de l'EI en une semaine.",
        (K, "unknown", 9, 9, False, "*", PER),
        (K, "is", 30, 30, False, "*", PER),
    ),
    c(
        "reports-source-after-fr",
        "fr",
        "Huit soldats ont été tués près de Kidal, rapporte l'AFP.",
        (K, "fama", 8, 8, False, "afp", EV),
    ),
]

# --- B: a tally's verb of losing with the wounded given apart: the dead only ---------------
LOST_BESIDE_WOUNDED: list[Case] = [
    c(
        "lost-beside-wounded-fr",
        "fr",
        "En une semaine, la compagnie a perdu neuf hommes, et quinze autres ont été évacués blessés.",
        (K, "unknown", 9, 9, False, "self", PER),
        (W, "unknown", 15, 15, False, "self", PER),
    ),
    c(
        "lost-beside-wounded-ru",
        "ru",
        "За неделю мы потеряли 12 человек, ещё 30 ранены.",
        (K, "ua", 12, 12, False, "self", PER),
        (W, "ua", 30, 30, False, "self", PER),
        side="ua",
    ),
    c(
        "lost-tally-alone-ru",
        "ru",
        "За сутки противник потерял до 120 военнослужащих.",
        (L, "ru", None, 120, False, "self", PER),
        side="ua",
    ),
]

# --- C: "N dead, 7 X and 2 Y taken prisoner": the items joined by "and" share the trigger after
LIST_ITEM_AFTER_COMMA: list[Case] = [
    c(
        "list-item-captured-fr",
        "fr",
        "Bilan : 15 morts, 3 camions détruits, 6 soldats maliens et 4 mercenaires russes faits "
        "prisonniers.",
        (K, "fama", 15, 15, False, "self", EV),
        (C, "fama", 6, 6, False, "self", EV),
        (C, "wagner", 4, 4, False, "self", EV),
        side="tuareg",
    ),
    c(
        "list-item-captured-en",
        "en",
        "Toll: 15 dead, 6 Malian soldiers and 4 Russian mercenaries taken prisoner.",
        (K, "fama", 15, 15, False, "self", EV),
        (C, "fama", 6, 6, False, "self", EV),
        (C, "wagner", 4, 4, False, "self", EV),
        side="tuareg",
    ),
]

# --- D: slang of one side: the dead sent to their god, the wounded sent off to be treated ---
SENT_OFF: list[Case] = [
    c(
        "sent-to-allah-fr",
        "fr",
        "Une quarantaine de jihadistes de l'EIGS envoyés chez Allah près de Ménaka.",
        (K, "is", 40, 40, True, "self", EV),
        side="wagner",
    ),
    c(
        "sent-to-allah-en",
        "en",
        "Some forty ISGS jihadists sent to Allah near Menaka.",
        (K, "is", 40, 40, True, "self", EV),
        side="wagner",
    ),
    c(
        "sent-to-allah-ru",
        "ru",
        "Под Менакой четыре десятка боевиков ИГ отправили к Аллаху.",
        (K, "is", 40, 40, True, "self", EV),
        side="wagner",
    ),
    c(
        "sent-to-hell-ru",
        "ru",
        "Ещё 35 оккупантов отправили в ад.",
        (K, "ru", 35, 35, False, "self", EV),
        side="ua",
    ),
    c(
        "sent-to-be-treated-ru",
        "ru",
        "Штурмовики уничтожили 12 оккупантов, ещё 25 отправили лечиться.",
        (K, "ru", 12, 12, False, "self", EV),
        (W, "ru", 25, 25, False, "self", EV),
        side="ua",
    ),
]

# --- E: the sentence after a toll says who the dead were: "Ce sont des civils" -------------
THESE_WERE_CIVILIANS: list[Case] = [
    c(
        "these-were-civilians-fr",
        "fr",
        "Une frappe de drone sur un marché a fait 14 morts. « Ce sont des civils, des bergers », "
        "raconte un habitant.",
        (K, "civilians", 14, 14, False, "self", EV),
    ),
    c(
        "these-were-fighters-fr",
        "fr",
        "Une frappe a fait 14 morts. Ce sont des combattants.",
        (K, "unknown", 14, 14, False, "self", EV),
    ),
    c(
        "these-were-civilians-en",
        "en",
        "A drone strike on a market killed 14 people. 'These were civilians, herders,' a "
        "resident said.",
        (K, "civilians", 14, 14, False, "self", EV),
    ),
    c(
        "these-were-civilians-ru",
        "ru",
        "Удар по рынку унёс жизни 14 человек. «Это были мирные жители», — говорит местный житель.",
        (K, "civilians", 14, 14, False, "self", EV),
    ),
]

# --- F: "pourtant" inside a verb group is an adverb, no clause boundary -------------------
ADVERB_IN_VERB: list[Case] = [
    c(
        "however-inside-verb-fr",
        "fr",
        "D'après des témoins, au moins huit gendarmes auraient pourtant été tués.",
        (K, "unknown", 8, None, False, "*", EV),
    ),
    c(
        "but-between-tolls-fr",
        "fr",
        "On compte 20 morts mais 15 blessés.",
        (K, "unknown", 20, 20, False, "self", EV),
        (W, "unknown", 15, 15, False, "self", EV),
    ),
]

# --- G: the FDS (Niger's, Burkina's defence and security forces): no party of the table -----
FDS: list[Case] = [
    c(
        "fds-ranks-fr",
        "fr",
        "Dosso : une cinquantaine de terroristes de l'EIGS neutralisés. On déplore aussi neuf "
        "blessés dans les rangs des FDS.",
        (K, "is", 50, 50, True, "self", EV),
        (W, "unknown", 9, 9, False, "*", EV),
    ),
]

# --- H: a personnel word with no word of losses or harm in the post: staffing, no toll ------
STAFFING: list[Case] = [
    c(
        "staffing-personnel-ru",
        "ru",
        "По договору на базе флота в Тартусе разместят до 400 человек личного состава и не "
        "более трёх кораблей.",
    ),
    c(
        "tally-personnel-ru",
        "ru",
        "За сутки уничтожено: личный состав — до 120, танков — 3.",
        (L, "ru", None, 120, False, "self", PER),
        side="ua",
    ),
]

# --- I: "no losses in killed": the kind word after the losses noun makes one zero claim -----
NO_LOSSES_OF_KIND: list[Case] = [
    c(
        "no-losses-killed-ru",
        "ru",
        "Потерь убитыми в роте нет, двое легкораненых.",
        (K, "ua", 0, 0, False, "self", EV),
        (W, "ua", 2, 2, False, "self", EV),
        side="ua",
    ),
    c(
        "no-losses-killed-uk",
        "uk",
        "Втрат загиблими в роті немає.",
        (K, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "no-losses-plain-ru",
        "ru",
        "Потерь в роте нет.",
        (L, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
]

# --- J: the crew of a ship of trade are civilians; burns are wounds ------------------------
MERCHANT_CREW: list[Case] = [
    c(
        "merchant-crew-ru",
        "ru",
        "После удара по танкеру в Аденском заливе двое членов экипажа погибли, ещё пятеро "
        "получили ожоги.",
        (K, "civilians", 2, 2, False, "self", EV),
        (W, "civilians", 5, 5, False, "self", EV),
    ),
    c(
        "tank-crew-ru",
        "ru",
        "Трое членов экипажа танка погибли.",
        (K, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "merchant-crew-en",
        "en",
        "Two crew members of the tanker were killed and five suffered burns.",
        (K, "civilians", 2, 2, False, "self", EV),
        (W, "civilians", 5, 5, False, "self", EV),
    ),
    c(
        "merchant-crew-fr",
        "fr",
        "Deux membres d'équipage du vraquier ont été tués et cinq blessés.",
        (K, "civilians", 2, 2, False, "self", EV),
        (W, "civilians", 5, 5, False, "self", EV),
    ),
    c(
        "merchant-crew-uk",
        "uk",
        "Після удару по танкеру двоє членів екіпажу загинули, ще п'ятеро поранені.",
        (K, "civilians", 2, 2, False, "self", EV),
        (W, "civilians", 5, 5, False, "self", EV),
    ),
    c(
        "merchant-crew-ar",
        "ar",
        "مقتل اثنين من أفراد طاقم ناقلة نفط وإصابة خمسة آخرين.",
        (K, "civilians", 2, 2, False, "self", EV),
        (W, "civilians", 5, 5, False, "self", EV),
    ),
]

# --- K: "the enemy" of an armed group that fought two allied forces: no one party's toll ----
JOINT_ENEMY_RANKS: list[Case] = [
    c(
        "joint-enemy-ranks-fr",
        "fr",
        "Nos combattants ont repoussé une colonne FAMa/Africa Corps près de Tessalit. Bilan : "
        "une vingtaine de morts dans les rangs ennemis, 5 soldats maliens faits prisonniers.",
        (K, "unknown", 20, 20, True, "self", EV),
        (C, "fama", 5, 5, False, "self", EV),
        side="tuareg",
    ),
    c(
        "one-enemy-ranks-fr",
        "fr",
        "Nos combattants ont repoussé une colonne des FAMa près de Tessalit. Bilan : une "
        "vingtaine de morts dans les rangs ennemis.",
        (K, "fama", 20, 20, True, "self", EV),
        side="tuareg",
    ),
]

ALL: list[Case] = (
    REPORTS_THE_DEATH
    + LOST_BESIDE_WOUNDED
    + LIST_ITEM_AFTER_COMMA
    + SENT_OFF
    + THESE_WERE_CIVILIANS
    + ADVERB_IN_VERB
    + FDS
    + STAFFING
    + NO_LOSSES_OF_KIND
    + MERCHANT_CREW
    + JOINT_ENEMY_RANKS
)


@pytest.mark.parametrize("case", params(ALL))
def test_round19d_fr(case: Case) -> None:
    check(case)
