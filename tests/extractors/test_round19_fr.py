"""Round 19, French: mechanisms the misses of a held-out stand-in set (b33) showed, described in
words. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, W, c, check, params

# --- A: a noun of harm as the subject of a verb of amounting, however long its complement ----
AMOUNTED: list[Case] = [
    c(
        "amounted-long-subject-fr",
        "fr",
        "Sur la journée, les pertes de l'armée ukrainienne dans le secteur de responsabilité "
        "du groupement Est près de Pokrovsk se sont élevées à plus de 210 militaires.",
        (L, "ua", 210, None, False, "self", PER),
        side="ru",
    ),
    c(
        "amounted-chiffrent-fr",
        "fr",
        "Les pertes de l'armée malienne lors des combats autour du camp militaire dans la "
        "région de Ménaka se chiffrent à une trentaine de soldats.",
        (L, "fama", 30, 30, True, "self", EV),
    ),
    c(
        "amounted-long-subject-en",
        "en",
        "Over the past day, the losses of the Ukrainian armed forces in the area of "
        "responsibility of the South group near Kostiantynivka amounted to over 210 servicemen.",
        (L, "ua", 210, None, False, "self", PER),
        side="ru",
    ),
    c(
        "amounted-long-subject-ru",
        "ru",
        "За прошедшие сутки потери украинских вооружённых сил в зоне ответственности группировки "
        "войск Юг на константиновском и торецком направлениях составили более 210 "
        "военнослужащих.",
        (L, "ua", 210, None, False, "self", PER),
        side="ru",
    ),
    c(
        "amounted-long-subject-uk",
        "uk",
        "За минулу добу втрати окупантів у смузі відповідальності угруповання військ на "
        "покровському та курахівському напрямках склали понад 210 військовослужбовців.",
        (L, "ru", 210, None, False, "self", PER),
        side="ua",
    ),
    c(
        "amounted-up-to-stays-ru",
        "ru",
        "Потери противника составили до 140 военнослужащих.",
        (L, "ua", None, 140, False, "self", EV),
        side="ru",
    ),
    # the party after the attack word did it; whom the attack fell on suffered it
    c(
        "victims-of-attack-on-ru",
        "ru",
        "Число жертв нападения боевиков «Исламского государства» на жителей деревни "
        "в провинции Тахуа составляет не менее 40 человек.",
        (K, "civilians", 40, None, False, "self", EV),
    ),
    c(
        "victims-of-attack-on-fr",
        "fr",
        "Le nombre de victimes de l'attaque des jihadistes de l'EI contre les habitants du "
        "village s'élève à au moins 40 personnes.",
        (K, "civilians", 40, None, False, "self", EV),
    ),
]

# --- B: an inverted speaker after the outlet he spoke to, and a place in his phrase ---------
TOLD_OUTLET: list[Case] = [
    c(
        "told-outlet-inverted-fr",
        "fr",
        "« Nous avons perdu sept hommes, dont notre chef d'unité, et une dizaine de nos "
        "combattants ont été blessés », confie à RFI un combattant du CSP joint par téléphone "
        "au lendemain des combats près d'Anéfis.",
        (K, "tuareg", 7, 7, False, "tuareg", EV),
        (W, "tuareg", 10, 10, True, "tuareg", EV),
    ),
    c(
        "told-afp-spokesman-fr",
        "fr",
        "« Nous avons perdu sept hommes », a déclaré à l'AFP le porte-parole du CSP.",
        (K, "tuareg", 7, 7, False, "tuareg", EV),
    ),
    c(
        "told-afp-alone-fr",
        "fr",
        "« L'ennemi a perdu sept hommes », a déclaré à l'AFP.",
        (K, "unknown", 7, 7, False, "afp", EV),
    ),
    c(
        "told-reuters-spokesman-en",
        "en",
        '"We lost seven men," said to Reuters a spokesman for the CSP near Anefis.',
        (K, "tuareg", 7, 7, False, "tuareg", EV),
    ),
]

# --- C: a losses label followed by its parts holds no toll of its own ------------------------
LABEL_PARTS: list[Case] = [
    c(
        "label-none-killed-fr",
        "fr",
        "Cette semaine, l'adversaire a perdu 90 hommes. Nos pertes : aucun tué, trois blessés "
        "légers.",
        (L, "ru", 90, 90, False, "self", PER),
        (K, "ua", 0, 0, False, "self", PER),
        (W, "ua", 3, 3, False, "self", PER),
        side="ua",
    ),
    c(
        "label-none-at-all-fr",
        "fr",
        "Nos pertes : aucune.",
        (L, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "label-none-killed-en",
        "en",
        "Our losses: none killed, three lightly wounded.",
        (K, "ua", 0, 0, False, "self", EV),
        (W, "ua", 3, 3, False, "self", EV),
        side="ua",
    ),
]

# --- D: militiamen shot dead are people, not drones; in Sudan, the RSF -----------------------
MILITIAMEN: list[Case] = [
    c(
        "militiamen-shot-dead-sudan-fr",
        "fr",
        "Soudan : l'armée affirme avoir abattu des dizaines de miliciens lors des combats "
        "autour d'El-Obeid.",
        (K, "rsf", 20, 99, True, "saf", EV),
    ),
    c(
        "militiamen-shot-dead-sudan-en",
        "en",
        "Sudan: the army says it shot dead dozens of militiamen in the fighting around El-Obeid.",
        (K, "rsf", 20, 99, True, "saf", EV),
    ),
]

# --- E: one teenager killed is one civilian; "un homme" alone stays nobody's ----------------
TEENAGER: list[Case] = [
    c(
        "teenager-killed-fr",
        "fr",
        "Zaporijjia : une adolescente de 15 ans a été tuée par une frappe de drone russe samedi "
        "matin. Un homme de 58 ans a été blessé dans la même rue.",
        (K, "civilians", 1, 1, False, "self", EV),
        (W, "unknown", 1, 1, False, "self", EV),
        side="ua",
    ),
    c(
        "teenager-killed-en",
        "en",
        "A teenager was killed by a Russian drone in Zaporizhzhia on Saturday morning.",
        (K, "civilians", 1, 1, False, "self", EV),
        side="ua",
    ),
]

# --- F: herders by trade are civilians, as farmers and fishermen are ------------------------
HERDERS: list[Case] = [
    c(
        "herders-abducted-fr",
        "fr",
        "Dans la région de Mopti, des hommes armés ont enlevé cinq bergers peuls.",
        (C, "civilians", 5, 5, False, "self", EV),
    ),
    c(
        "herders-abducted-en",
        "en",
        "Gunmen abducted five shepherds near the village on Monday.",
        (C, "civilians", 5, 5, False, "self", EV),
    ),
    c(
        "herders-abducted-ru",
        "ru",
        "Боевики похитили пятерых пастухов недалеко от деревни.",
        (C, "civilians", 5, 5, False, "self", EV),
    ),
    c(
        "herders-abducted-uk",
        "uk",
        "Бойовики викрали п'ятьох пастухів неподалік села.",
        (C, "civilians", 5, 5, False, "self", EV),
    ),
    c(
        "herders-abducted-ar",
        "ar",
        "اختطف مسلحون خمسة من رعاة الأغنام قرب القرية.",
        (C, "civilians", 5, 5, False, "self", EV),
    ),
]

ALL: list[Case] = AMOUNTED + TOLD_OUTLET + LABEL_PARTS + MILITIAMEN + TEENAGER + HERDERS


@pytest.mark.parametrize("case", params(ALL))
def test_round19_fr(case: Case) -> None:
    check(case)
