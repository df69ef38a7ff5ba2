"""Round 18 (d, Arabic and French): mechanisms a held-out stand-in set (b31) showed, described
in words. Sentences of our own, with a case in another language where the mechanism is the
engine's; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, C, Case, K, L, W, c, check, params

# --- A: a suffix changes a noun's last letter: "شهدائنا" is "شهداء" + "نا", ours --------------
SUFFIXED_NOUN: list[Case] = [
    c(
        "our-martyrs-did-not-exceed-ar",
        "ar",
        "قواتنا صدت الهجوم على مواقعها شرق المدينة ولم يتجاوز عدد شهدائنا سبعة مقاتلين.",
        (K, "rsf", None, 7, False, "self", EV),
        side="rsf",
    ),
    c(
        "our-dead-alif-maqsura-ar",
        "ar",
        "وبلغ عدد قتلانا في معارك الأمس خمسة، فيما وصل عدد جرحانا إلى ١٤.",
        (K, "saf", 5, 5, False, "self", EV),
        (W, "saf", 14, 14, False, "self", EV),
        side="saf",
    ),
    c(
        "its-martyrs-rose-ar",
        "ar",
        "وارتفع عدد شهدائها في القصف إلى ٢٣.",
        (K, "unknown", 23, 23, False, "self", EV),
    ),
]

# --- B: a verb of exceeding, then the toll as its long subject, then the figure: more than ---
EXCEED_LONG_SUBJECT: list[Case] = [
    c(
        "exceeded-losses-long-subject-ar",
        "ar",
        "الدفاع الروسية: تجاوزت خسائر الجيش الأوكراني على محور خاركيف منذ بداية الهجوم المضاد "
        "8,400 جندي.",
        (L, "ua", 8400, None, False, "ru_mod", CUM),
    ),
    c(
        "exceeded-losses-long-subject-ru",
        "ru",
        "Превысили потери ВСУ на купянском направлении с начала контрнаступления в области "
        "8 400 военнослужащих.",
        (L, "ua", 8400, None, False, "self", CUM),
    ),
]

# --- C: "بين قتيل وجريح بينهم 12 طفلاً": the split phrase's last word is no verb; its part --
SPLIT_THEN_PART: list[Case] = [
    c(
        "between-dead-and-wounded-among-them-ar",
        "ar",
        "لجنة الأطباء: سقوط 38 مدنياً بين قتيل وجريح بينهم 9 نساء في قصف مدفعي على حي الثورة.",
        (L, "civilians", 38, 38, False, "self", EV),
    ),
    c(
        "dead-or-wounded-including-fr",
        "fr",
        "Trente-huit civils ont été tués ou blessés, dont neuf femmes, dans le bombardement du "
        "quartier.",
        (L, "civilians", 38, 38, False, "self", EV),
    ),
]

# --- D: one attack's loss "last week" is its dead; "his men inflicted" names the doers ------
ONE_ATTACK_LAST_WEEK: list[Case] = [
    c(
        "lost-in-one-attack-last-week-ar",
        "ar",
        "قال ضابط في الجيش السوداني إن كتيبته فقدت تسعة جنود في هجوم للدعم السريع على "
        "معسكرها قرب الأبيض الأسبوع الماضي، وإن جنوده كبّدوا المهاجمين عشرات القتلى.",
        (K, "saf", 9, 9, False, "saf", EV),
        (K, "rsf", 20, 99, True, "saf", EV),
    ),
    c(
        "lost-in-one-attack-last-week-fr",
        "fr",
        "Un officier ukrainien a raconté que son bataillon avait perdu onze soldats dans une "
        "attaque russe contre ses tranchées la semaine dernière.",
        (K, "ua", 11, 11, False, "ua", EV),
    ),
    c(
        "lost-last-week-tally-fr",
        "fr",
        "Selon Kiev, l'armée russe a perdu 8 300 soldats la semaine dernière.",
        (L, "ru", 8300, 8300, False, "kiev", PER),
    ),
]

# --- E: another state's force speaks for its own men; "the border" is no item of a loss -----
FOREIGN_GUARD: list[Case] = [
    c(
        "foreign-national-guard-ours-fr",
        "fr",
        "« Nous avons perdu quatre hommes et une dizaine ont été blessés », raconte un "
        "sous-officier de la Garde nationale nigérienne, joint après l'attaque d'Inatès, près "
        "de la frontière malienne.",
        (K, "unknown", 4, 4, False, "niger_army", EV),
        (W, "unknown", 10, 10, True, "niger_army", EV),
    ),
    c(
        "non-commissioned-officer-speaks-fr",
        "fr",
        "« Nous avons perdu cinq hommes », raconte un sous-officier tchadien. Un sous-officier "
        "malien a été tué à Ménaka.",
        (K, "unknown", 5, 5, False, "chad_army", EV),
        (K, "fama", 1, 1, False, "self", EV),
    ),
    c(
        "foreign-officer-ours-en",
        "en",
        '"We lost seven men," a Nigerien officer said after the ambush near the Malian border.',
        (K, "unknown", 7, 7, False, "niger_army", EV),
    ),
]

# --- F: a roundup's line on another state: its ministry speaks of its own soldiers ----------
ROUNDUP_LINE: list[Case] = [
    c(
        "roundup-line-other-state-fr",
        "fr",
        "🗞 L'essentiel de la semaine au Sahel\n"
        "• Mali : 4 soldats tués par une mine près de Boni, selon l'armée.\n"
        "• Niger : l'armée annonce 7 militaires blessés à Makalondi et 20 terroristes "
        "« neutralisés ».\n"
        "• Mali : trois commerçants enlevés à Ansongo.",
        (K, "fama", 4, 4, False, "fama", EV),
        (W, "unknown", 7, 7, False, "niger_army", EV),
        (K, "unknown", 20, 20, False, "niger_army", EV),
        (C, "civilians", 3, 3, False, "self", EV),
    ),
    c(
        "roundup-line-other-state-en",
        "en",
        "Sahel roundup:\n"
        "• Mali: six soldiers were killed by a roadside bomb near Douentza, the army said.\n"
        "• Niger: the Defence Ministry reported 5 soldiers wounded in Tera.",
        (K, "fama", 6, 6, False, "fama", EV),
        (W, "unknown", 5, 5, False, "niger_army", EV),
    ),
]

# --- G: a lone part that names another party than its whole's is a claim of its own --------
PART_OTHER_PARTY: list[Case] = [
    c(
        "part-names-other-party-fr",
        "fr",
        "COMMUNIQUÉ — Nos combattants ont repoussé une colonne FAMa-Wagner près de Tessalit. "
        "Bilan côté ennemi : 9 morts, dont 3 mercenaires russes. De notre côté, un blessé.",
        (K, "unknown", 9, 9, False, "self", EV),
        (K, "wagner", 3, 3, False, "self", EV),
        (W, "tuareg", 1, 1, False, "self", EV),
        side="tuareg",
    ),
    c(
        "part-names-whole-party-fr",
        "fr",
        "L'armée malienne affirme avoir neutralisé 12 rebelles, dont un chef du FLA, près de Kidal.",
        (K, "tuareg", 12, 12, False, "fama", EV),
    ),
    c(
        "part-names-other-party-en",
        "en",
        "Enemy losses: 14 dead, including 4 Wagner mercenaries, our fighters said after the "
        "ambush of a FAMa and Wagner convoy near Tessalit.",
        (K, "unknown", 14, 14, False, "self", EV),
        (K, "wagner", 4, 4, False, "self", EV),
        side="tuareg",
    ),
]

ALL = (
    SUFFIXED_NOUN
    + EXCEED_LONG_SUBJECT
    + SPLIT_THEN_PART
    + ONE_ATTACK_LAST_WEEK
    + FOREIGN_GUARD
    + ROUNDUP_LINE
    + PART_OTHER_PARTY
)


@pytest.mark.parametrize("case", params(ALL))
def test_round18_d(case: Case) -> None:
    check(case)
