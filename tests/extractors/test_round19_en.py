"""Round 19 (English): mechanisms the misses of the b33 stand-in set showed, described in
words. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, W, c, check, params

# --- A: an aside that lists two parties (or soldiers and civilians): a mixed toll, no one's ---
BOTH_PARTIES: list[Case] = [
    c(
        "both-parties-after-named-en",
        "en",
        "Wagner lost some 60 fighters near Kidal. The rebels said they captured 12 men, both "
        "Malian soldiers and Russians.",
        (K, "wagner", 60, 60, True, "self", EV),
        (C, "unknown", 12, 12, False, "tuareg", EV),
    ),
    c(
        "both-kinds-sentence-end-en",
        "en",
        "Russia lost 40 soldiers in the assault. Shelling later killed 9 people, soldiers and "
        "civilians alike.",
        (K, "ru", 40, 40, False, "self", EV),
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "both-parties-single-party-en",
        "en",
        "The Malian army said it killed 14 fighters, all of them JNIM members.",
        (K, "jnim", 14, 14, False, "fama", EV),
    ),
    c(
        "both-parties-a-la-fois-fr",
        "fr",
        "Wagner a perdu une soixantaine d'hommes près de Kidal. Les rebelles disent avoir fait "
        "12 prisonniers, à la fois des soldats maliens et des Russes.",
        (K, "wagner", 60, 60, True, "self", EV),
        (C, "unknown", 12, 12, False, "tuareg", EV),
    ),
    c(
        "both-kinds-confondus-fr",
        "fr",
        "Wagner a perdu 30 hommes. Le bombardement a tué 9 personnes, militaires et civils "
        "confondus.",
        (K, "wagner", 30, 30, False, "self", EV),
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "both-kinds-dash-ru",
        "ru",
        "ВСУ потеряли 40 бойцов. Удар по городу унёс жизни 9 человек — военных и мирных жителей.",
        (K, "ua", 40, 40, False, "self", EV),
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "both-parties-dash-ru",
        "ru",
        "Вагнеровцы потеряли 60 бойцов. Повстанцы взяли в плен 12 человек — малийских военных и "
        "россиян.",
        (K, "wagner", 60, 60, False, "self", EV),
        (C, "unknown", 12, 12, False, "self", EV),
    ),
]

# --- B: a bare figure that goes on with a list of two parties' figures: of which, unsaid ----
AFTER_TWO_PARTIES: list[Case] = [
    c(
        "after-two-parties-list-en",
        "en",
        "First toll of the clash: 30 FAMa and 25 Wagner killed, a dozen captured.",
        (K, "fama", 30, 30, False, "self", EV),
        (K, "wagner", 25, 25, False, "self", EV),
        (C, "unknown", 12, 12, True, "self", EV),
        side="tuareg",
    ),
    c(
        "after-two-parties-objects-en",
        "en",
        "Our fighters killed 30 Malian soldiers and 25 Wagner mercenaries and captured 6.",
        (K, "fama", 30, 30, False, "self", EV),
        (K, "wagner", 25, 25, False, "self", EV),
        (C, "unknown", 6, 6, False, "self", EV),
        side="tuareg",
    ),
    c(
        "after-one-party-goes-on-en",
        "en",
        "First toll of the clash: 25 Wagner killed, a dozen captured.",
        (K, "wagner", 25, 25, False, "self", EV),
        (C, "wagner", 12, 12, True, "self", EV),
        side="tuareg",
    ),
    c(
        "after-two-parties-list-fr",
        "fr",
        "Bilan provisoire : 30 FAMa et 25 Wagner tués, une dizaine faits prisonniers.",
        (K, "fama", 30, 30, False, "self", EV),
        (K, "wagner", 25, 25, False, "self", EV),
        (C, "unknown", 10, 10, True, "self", EV),
        side="tuareg",
    ),
    c(
        "after-two-parties-list-ru",
        "ru",
        "Итог боя: уничтожены 30 военных армии Мали и 25 бойцов «Вагнера», ещё 6 взяты в плен.",
        (K, "fama", 30, 30, False, "self", EV),
        (K, "wagner", 25, 25, False, "self", EV),
        (C, "unknown", 6, 6, False, "self", EV),
        side="tuareg",
    ),
    c(
        "after-one-party-civilians-uk",
        "uk",
        "Унаслідок удару по Сумах загинули четверо цивільних, ще 11 людей поранені.",
        (K, "civilians", 4, 4, False, "self", EV),
        (W, "civilians", 11, 11, False, "self", EV),
        side="ua",
    ),
]

# --- C: put out of action: out of the fight, killed or wounded, a lump of losses ------------
OUT_OF_ACTION: list[Case] = [
    c(
        "out-of-action-taken-en",
        "en",
        "Weekly results of our drone crews: 150 occupiers taken out of action, 60 of them killed.",
        (L, "ru", 150, 150, False, "self", PER),
        (K, "ru", 60, 60, False, "self", PER),
        side="ua",
    ),
    c(
        "out-of-action-put-en",
        "en",
        "Our artillery put 40 Russian soldiers out of action near the village.",
        (L, "ru", 40, 40, False, "self", EV),
        side="ua",
    ),
    c(
        "out-of-action-took-out-stays-killed-en",
        "en",
        "Our drone crews took out 40 Russian soldiers near the village.",
        (K, "ru", 40, 40, False, "self", EV),
        side="ua",
    ),
    c(
        "out-of-action-fr",
        "fr",
        "En une semaine, nos pilotes de drones ont mis hors de combat 150 occupants.",
        (L, "ru", 150, 150, False, "self", PER),
        side="ua",
    ),
    c(
        "out-of-action-uk",
        "uk",
        "За тиждень наші пілоти вивели з ладу 150 окупантів.",
        (L, "ru", 150, 150, False, "self", PER),
        side="ua",
    ),
]

# --- D: a formation named by its number lost men: the other side's, not an implied "we" ----
NUMBERED_UNIT_LOST: list[Case] = [
    c(
        "numbered-unit-lost-en",
        "en",
        "Zaporizhzhia front: over the past week the 65th Mechanized Brigade lost about 150 men "
        "killed and wounded in the fields near the village.",
        (L, "ua", 150, 150, True, "self", PER),
        side="ru",
    ),
    c(
        "numbered-unit-lost-no-side-en",
        "en",
        "The 65th Brigade lost 150 men near the village.",
        (K, "unknown", 150, 150, False, "self", EV),
    ),
    c(
        "unnamed-unit-lost-stays-own-en",
        "en",
        "The brigade lost 12 men near the village.",
        (K, "ru", 12, 12, False, "self", EV),
        side="ru",
    ),
    c(
        "numbered-unit-lost-fr",
        "fr",
        "En une semaine, la 65e brigade mécanisée a perdu environ 150 hommes.",
        (L, "ua", 150, 150, True, "self", PER),
        side="ru",
    ),
    c(
        "numbered-unit-lost-ru",
        "ru",
        "За неделю 65-я механизированная бригада потеряла около 150 человек.",
        (L, "ua", 150, 150, True, "self", PER),
        side="ru",
    ),
    c(
        "numbered-unit-lost-uk",
        "uk",
        "Під Покровськом 155-та бригада морської піхоти втратила понад 300 осіб.",
        (K, "ru", 300, None, False, "self", EV),
        side="ua",
    ),
]

# --- E: the dead buried after an attack; those buried under rubble; one who speaks -------
BURIED: list[Case] = [
    c(
        "buried-after-attack-en",
        "en",
        "Survivors of the raid on the village said dozens of people were shot, and a local "
        "official said 75 villagers had been buried by Monday.",
        (K, "civilians", 75, 75, False, "*", EV),
    ),
    c(
        "buried-under-rubble-not-killed-en",
        "en",
        "After the strike on the apartment block, at least 15 people have been buried under "
        "the rubble, rescuers said.",
    ),
    c(
        "one-saying-speaks-en",
        "en",
        "Witnesses said at least 30 civilians died in the raid, with one saying the gunmen came "
        "at dawn.",
        (K, "civilians", 30, None, False, "*", EV),
    ),
]

ALL: list[Case] = BOTH_PARTIES + AFTER_TWO_PARTIES + OUT_OF_ACTION + NUMBERED_UNIT_LOST + BURIED


@pytest.mark.parametrize("case", params(ALL))
def test_round19_en(case: Case) -> None:
    check(case)
