"""Round 21, English, Arabic and Russian (with Ukrainian and French where the mechanism is
shared): mechanisms a held-out stand-in set (b42) showed, described in words. Sentences of our
own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, C, Case, K, L, M, c, check, params

# --- A: surrender said as "gave themselves up" / "laid down their arms" is capture; a garrison
# that laid down its arms with no figure, or a figure of weapons laid down, is no claim ---------
SURRENDER: list[Case] = [
    c(
        "gave-themselves-up-en",
        "en",
        "Three more enemy soldiers gave themselves up to our unit at dawn.",
        (C, "ua", 3, 3, False, "self", EV),
        side="ru",
    ),
    c("garrison-gave-itself-up-en", "en", "The garrison gave itself up after a week."),
    c("laid-down-rifles-en", "en", "The fighters laid down 40 rifles at the checkpoint."),
    c(
        "laid-down-arms-ru",
        "ru",
        "Четверо военнослужащих ВСУ сложили оружие у посёлка.",
        (C, "ua", 4, 4, False, "self", EV),
        side="ru",
    ),
    c(
        "put-down-arms-not-dead-ru",
        "ru",
        "Ещё шестеро бойцов ВСУ положили оружие.",
        (C, "ua", 6, 6, False, "self", EV),
        side="ru",
    ),
    c("garrison-laid-down-arms-ru", "ru", "Гарнизон сложил оружие на третий день."),
    c("laid-down-guns-ru", "ru", "Боевики сложили 30 автоматов у ворот."),
    c(
        "laid-down-arms-uk",
        "uk",
        "Четверо окупантів, опинившись в оточенні, склали зброю.",
        (C, "ru", 4, 4, False, "self", EV),
        side="ua",
    ),
    c(
        "put-down-arms-not-dead-uk",
        "uk",
        "Ще шестеро окупантів поклали зброю.",
        (C, "ru", 6, 6, False, "self", EV),
        side="ua",
    ),
    c("garrison-laid-down-arms-uk", "uk", "Гарнізон склав зброю на третій день."),
    c(
        "handed-themselves-over-ar",
        "ar",
        "وأعلن الجيش أن تسعة مسلحين سلموا أنفسهم لقواته.",
        (C, "unknown", 9, 9, False, "army", EV),
    ),
    c(
        "threw-down-arms-ar",
        "ar",
        "ستة مقاتلين ألقوا أسلحتهم قرب المعبر.",
        (C, "unknown", 6, 6, False, "self", EV),
    ),
    c("garrison-threw-down-arms-ar", "ar", "ألقت الحامية السلاح بعد الحصار."),
]

# --- B: a state of captivity ("находятся в плену", "are in captivity") is a captured claim, a
# standing count (cumulative); the adjective on captivity names the captor, not the captives ---
HELD: list[Case] = [
    c(
        "in-captivity-part-of-missing-en",
        "en",
        "More than 10,000 people are listed as missing, soldiers and civilians. About 900 of "
        "them, according to officials, are in captivity.",
        (M, "unknown", 10000, None, False, "self", EV),
        (C, "unknown", 900, 900, True, "officials", CUM),
    ),
    c(
        "in-captivity-en",
        "en",
        "Some 1,500 Ukrainian soldiers remain in Russian captivity.",
        (C, "ua", 1500, 1500, True, "self", CUM),
    ),
    c(
        "held-in-captivity-ru",
        "ru",
        "По его словам, почти 3 тысячи из них находятся в плену.",
        (C, "unknown", 3000, 3000, True, "self", CUM),
    ),
    c(
        "captor-adjective-ru",
        "ru",
        "Около 1300 человек находятся в украинском плену.",
        (C, "unknown", 1300, 1300, True, "self", CUM),
    ),
    c(
        "captor-adjective-first-ru",
        "ru",
        "В украинском плену находятся 1300 человек.",
        (C, "unknown", 1300, 1300, False, "self", EV),
    ),
    c(
        "captor-after-u-uk",
        "uk",
        "Досі 2000 людей перебувають у російському полоні.",
        (C, "unknown", 2000, 2000, False, "self", CUM),
    ),
    c(
        "captor-after-u-first-uk",
        "uk",
        "У російському полоні перебувають 2000 людей.",
        (C, "unknown", 2000, 2000, False, "self", EV),
    ),
    c(
        "en-captivite-fr",
        "fr",
        "Plus de 300 soldats ukrainiens sont en captivité.",
        (C, "ua", 300, None, False, "self", CUM),
    ),
    c(
        "held-by-ar",
        "ar",
        "أكثر من 300 جندي أوكراني محتجزون لدى الجيش الروسي.",
        (C, "ua", 300, None, False, "self", CUM),
    ),
    c("freed-from-captivity-en", "en", "The 12 freed soldiers had been in captivity since 2022."),
    c(
        "hostages-still-held-en",
        "en",
        "Some 120 hostages are still held in Gaza, the office said.",
        (C, "unknown", 120, 120, True, "office", CUM),
    ),
    c(
        "captured-then-held-en",
        "en",
        "The group captured two soldiers who are still held in the north.",
        (C, "unknown", 2, 2, False, "self", EV),
    ),
    c(
        "hostages-still-held-ar",
        "ar",
        "وقال المكتب إن 95 رهينة ما زالوا محتجزين في غزة.",
        (C, "unknown", 95, 95, False, "office", CUM),
    ),
]

# --- C: a part of a toll with a source set off by commas before its verb ("из них, по его
# словам, погибли"); a scaled figure ("2 тысяч") is no year ------------------------------------
PART_TOLD: list[Case] = [
    c(
        "part-with-source-aside-ru",
        "ru",
        "Пострадали 500 человек. Около 40 из них, по данным врачей, скончались в больнице.",
        (L, "unknown", 500, 500, False, "self", EV),
        (K, "unknown", 40, 40, True, "medics", EV),
    ),
    c(
        "part-with-source-aside-uk",
        "uk",
        "Зниклими безвісти вважаються понад 35 тисяч людей. Близько 2 тисяч з них, за його "
        "словами, загинули.",
        (M, "unknown", 35000, None, False, "self", EV),
        (K, "unknown", 2000, 2000, True, "self", EV),
    ),
]

# --- D: "them" after a column of two parties ("the Malian army and Wagner mercenaries") is both
# of them: the toll is mixed (unknown); a name of two words or in quote marks joins at its first
JOINT: list[Case] = [
    c(
        "them-of-two-parties-two-word-name-en",
        "en",
        "JNIM said it ambushed a joint column of Malian soldiers and Wagner mercenaries near Niono "
        "and killed dozens of them.",
        (K, "unknown", 20, 99, True, "jnim", EV),
    ),
    c(
        "them-of-one-party-en",
        "en",
        "JNIM said it ambushed a column of Wagner mercenaries near Niono and killed dozens of them.",
        (K, "wagner", 20, 99, True, "jnim", EV),
    ),
    c(
        "them-of-two-parties-quoted-ru",
        "ru",
        "ДжНИМ заявила, что атаковала колонну малийской армии и «Вагнера» под Нионо и убила "
        "десятки из них.",
        (K, "unknown", 20, 99, True, "jnim", EV),
    ),
    c(
        "them-of-two-parties-mercenaries-ru",
        "ru",
        "ДжНИМ заявила, что атаковала совместную колонну малийских военных и наёмников «Вагнера» "
        "и убила десятки из них.",
        (K, "unknown", 20, 99, True, "jnim", EV),
    ),
    c(
        "them-of-two-parties-ar",
        "ar",
        "أعلنت جماعة نصرة الإسلام والمسلمين أنها هاجمت قافلة للجيش المالي ومرتزقة فاغنر قرب "
        "نيونو وقتلت العشرات منهم.",
        (K, "unknown", 20, 99, True, "jnim", EV),
    ),
]

# --- E: after "our guys fought (against) X", losses with no owner named ("Losses are heavy: a
# dozen 200s") are the channel's own, not X's; a result line with no losses noun stays X's ----
OWN_LOSSES: list[Case] = [
    c(
        "bare-losses-after-ours-fought-en",
        "en",
        "Our guys held the line against a Russian battalion near the river. Then the rain came. "
        "Losses are heavy: a dozen 200s.",
        (K, "ua", 12, 12, True, "self", EV),
        side="ua",
    ),
    c(
        "result-after-ours-fought-en",
        "en",
        "Our guys held the line against a Russian battalion near the river. Then the rain came. "
        "Result: a dozen 200s.",
        (K, "ru", 12, 12, True, "self", EV),
        side="ua",
    ),
    c(
        "bare-losses-after-ours-fought-ru",
        "ru",
        "Наши ребята дрались против боевиков FLA и джихадистов JNIM. Колонна попала в песчаную "
        "бурю. Потери серьёзные: десятки двухсотых, точная цифра уточняется.",
        (K, "wagner", 20, 99, True, "self", EV),
        side="wagner",
    ),
    c(
        "result-after-ours-struck-ru",
        "ru",
        "Наши ребята разбили колонну боевиков JNIM. Колонна горела всю ночь. Итог: десятки "
        "двухсотых.",
        (K, "jnim", 20, 99, True, "self", EV),
        side="wagner",
    ),
]

# --- F: the displaced counted by a toll are civilians; "N displaced" alone is no claim; led off
# into the forest / to an unknown place is abduction ------------------------------------------
DISPLACED: list[Case] = [
    c(
        "displaced-led-into-forest-ru",
        "ru",
        "Вооружённые люди увели в лес около 80 внутренне перемещённых лиц.",
        (C, "civilians", 80, 80, True, "self", EV),
    ),
    c(
        "displaced-killed-ru",
        "ru",
        "Боевики убили 12 переселенцев в лагере.",
        (K, "civilians", 12, 12, False, "self", EV),
    ),
    c("displaced-alone-ru", "ru", "В регионе находятся более 5 тысяч переселенцев."),
    c(
        "displaced-abducted-uk",
        "uk",
        "Бойовики викрали 40 внутрішньо переміщених осіб.",
        (C, "civilians", 40, 40, False, "self", EV),
    ),
    c(
        "taken-to-unknown-place-uk",
        "uk",
        "Окупанти вивезли в невідомому напрямку 30 жителів села.",
        (C, "civilians", 30, 30, False, "self", EV),
    ),
    c("displaced-alone-uk", "uk", "У громаді проживають понад 5 тисяч переселенців."),
    c(
        "displaced-abducted-en",
        "en",
        "Gunmen abducted 40 internally displaced persons in Borno.",
        (C, "civilians", 40, 40, False, "self", EV),
    ),
    c("equipment-led-away-ru", "ru", "Солдаты увели в лес 30 единиц техники."),
]

# --- G: an adverbial participle's clause set off by commas, with its "that" clause, between the
# counted and their verb is an aside (languages with a morphology that tells the participle) ---
GERUND_ASIDE: list[Case] = [
    c(
        "gerund-that-clause-aside-uk",
        "uk",
        "Троє окупантів, зрозумівши, що допомоги не буде, склали зброю.",
        (C, "ru", 3, 3, False, "self", EV),
        side="ua",
    ),
    c(
        "gerund-that-clause-aside-ru",
        "ru",
        "Четверо боевиков ВСУ, поняв, что окружены, сдались нашим бойцам.",
        (C, "ua", 4, 4, False, "self", EV),
        side="ru",
    ),
]

# --- H: "the loss of N" (a noun of losing with its figure right after) is a verb of losing:
# killed for one fight, casualties in a tally over a period, as "the loss of seven" ---------------
LOSS_OF: list[Case] = [
    c(
        "loss-of-n-ru",
        "ru",
        "Армия признала потерю 12 военнослужащих в засаде.",
        (K, "unknown", 12, 12, False, "army", EV),
    ),
    c(
        "loss-of-n-over-a-day-ru",
        "ru",
        "ВСУ за сутки признали потерю 300 военнослужащих.",
        (L, "ua", 300, 300, False, "ua", PER),
    ),
    c(
        "loss-of-n-uk",
        "uk",
        "Повстанці визнають втрату сімох своїх бійців.",
        (K, "unknown", 7, 7, False, "rebels", EV),
    ),
    c(
        "loss-of-n-en",
        "en",
        "The army confirmed the loss of 12 soldiers in the ambush.",
        (K, "unknown", 12, 12, False, "army", EV),
    ),
    c(
        "losses-toll-ru",
        "ru",
        "Потери противника составили 12 военнослужащих.",
        (L, "unknown", 12, 12, False, "self", EV),
    ),
]

ALL = SURRENDER + HELD + PART_TOLD + JOINT + OWN_LOSSES + DISPLACED + GERUND_ASIDE + LOSS_OF


@pytest.mark.parametrize("case", params(ALL))
def test_round21_mix(case: Case) -> None:
    check(case)
