"""Round 21's review: rules of the round that misfired on ordinary posts, described in words.
Sentences of our own; none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, W, c, check, params

# --- A: a name opening its sentence is one person only when the singular verb of harm is its
# own: not the verb of a clause with a subject of its own ("New York, where a man was killed")
NAMED_OWN_VERB: list[Case] = [
    c(
        "place-name-where-a-man-was-killed-en",
        "en",
        "New York, where a man was killed in a shooting on Friday, is on alert.",
        (K, "unknown", 1, 1, False, "self", EV),
    ),
    c(
        "place-name-where-a-boy-was-wounded-en",
        "en",
        "Khan Younis, where a boy was wounded by shrapnel, saw more strikes overnight.",
        (W, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "name-whose-brother-was-killed-en",
        "en",
        "Mohamed Salah, whose brother was killed in Gaza last year, spoke to reporters.",
    ),
    c(
        "name-who-served-no-comma-was-killed-en",
        "en",
        "Ahmed Nur Farah, who served as a spokesman for the regional administration was killed "
        "in a shooting on Saturday.",
        (K, "unknown", 1, 1, False, "self", EV),
    ),
    c(
        "name-who-served-was-killed-en",
        "en",
        "Mohamed Omar Hagafey, who served as a spokesman for the group, was killed in a "
        "drive-by shooting.",
        (K, "unknown", 1, 1, False, "self", EV),
    ),
]

# --- B: a sentence ended by a full stop that tells a loss heads the bulleted lines under it
# only when they are a tally's bare figures, not a digest's items with tolls of their own -----
DIGEST_NOT_HEADED: list[Case] = [
    c(
        "loss-sentence-over-digest-items-fr",
        "fr",
        "L'armée russe a perdu 40 soldats dans la région.\n— Kharkiv : 3 civils blessés dans "
        "un bombardement\n— Odessa : 2 morts après une frappe de drone",
        (K, "ru", 40, 40, False, "self", EV),
        (W, "civilians", 3, 3, False, "self", EV),
        (K, "civilians", 2, 2, False, "self", EV),
    ),
]

# --- C: a toll said with a verb of killing is the dead alone: the next sentence's dead and
# hurt that add up to it are more, not its split (only a word of losses may count both) -------
SPLIT_NEXT_LOSS_ONLY: list[Case] = [
    c(
        "killed-then-more-dead-and-hurt-en",
        "en",
        "A Russian strike killed 5 people in Kharkiv. In Dnipro, three died and two were injured.",
        (K, "unknown", 5, 5, False, "self", EV),
        (K, "unknown", 3, 3, False, "self", EV),
        (W, "unknown", 2, 2, False, "self", EV),
        side="ua",
    ),
    c(
        "killed-then-more-dead-and-hurt-uk",
        "uk",
        "Внаслідок удару по Харкову загинули 5 людей. У Дніпрі троє загинули, двоє поранені.",
        (K, "unknown", 5, 5, False, "self", EV),
        (K, "unknown", 3, 3, False, "self", EV),
        (W, "unknown", 2, 2, False, "self", EV),
        side="ua",
    ),
]

# --- D: a numbered unit's men in the channel's own voice after the enemy's losses are the
# enemy's only when taken captive; its dead the channel mourns are its own -------------------
NUMBERED_UNIT_CAPTIVES_ONLY: list[Case] = [
    c(
        "own-unit-dead-after-enemy-losses-uk",
        "uk",
        "Окупанти за добу втратили 300 осіб. На жаль, загинули 5 військовослужбовців 22-ї бригади.",
        (L, "ru", 300, 300, False, "self", PER),
        (K, "ua", 5, 5, False, "self", PER),
        side="ua",
    ),
    c(
        "own-unit-dead-after-enemy-losses-en",
        "en",
        "The enemy lost 300 soldiers over the day. Sadly, 5 servicemen of the 22nd brigade were "
        "killed.",
        (L, "ru", 300, 300, False, "self", PER),
        (K, "ua", 5, 5, False, "self", EV),
        side="ua",
    ),
    c(
        "unit-captives-after-enemy-losses-uk",
        "uk",
        "За добу ворог втратив 300 осіб. Ще 4 військовослужбовці 22-ї бригади потрапили в полон.",
        (L, "ru", 300, 300, False, "self", PER),
        (C, "ru", 4, 4, False, "self", PER),
        side="ua",
    ),
]

# --- E: a verb of losing after a sentence with a since-phrase is that operation's tally only
# when the since-phrase dated a toll; a start of shelling or of an offensive dates none --------
LOSS_AFTER_SINCE_TOLL_ONLY: list[Case] = [
    c(
        "lost-after-shelling-since-en",
        "en",
        "Russia has been shelling Kherson since February. Ukraine lost 3 soldiers near Bakhmut.",
        (K, "ua", 3, 3, False, "self", EV),
    ),
    c(
        "lost-after-shelling-since-fr",
        "fr",
        "La Russie bombarde Kherson depuis février. L'Ukraine a perdu 3 soldats près de Bakhmout.",
        (K, "ua", 3, 3, False, "self", EV),
    ),
    c(
        "lost-after-shelling-since-ru",
        "ru",
        "Россия обстреливает Херсон с начала февраля. ВСУ потеряли 3 военных под Бахмутом.",
        (K, "ua", 3, 3, False, "self", EV),
    ),
]

# --- F: en "crossed" passes a mark only with the figure right after it; troops that crossed a
# border or a river passed no mark -----------------------------------------------------------
CROSSED_A_MARK_ONLY: list[Case] = [
    c(
        "crossed-the-border-then-toll-en",
        "en",
        "Russian troops crossed the border and 30 civilians were killed.",
        (K, "civilians", 30, 30, False, "self", EV),
    ),
    c(
        "crossed-into-a-country-then-toll-en",
        "en",
        "The convoy crossed into Sudan where 40 people died.",
        (K, "unknown", 40, 40, False, "self", EV),
    ),
    c(
        "toll-crossed-the-mark-en",
        "en",
        "The death toll crossed the 30,000 mark.",
        (K, "unknown", 30000, None, False, "self", EV),
    ),
]

ALL: list[Case] = (
    NAMED_OWN_VERB
    + DIGEST_NOT_HEADED
    + SPLIT_NEXT_LOSS_ONLY
    + NUMBERED_UNIT_CAPTIVES_ONLY
    + LOSS_AFTER_SINCE_TOLL_ONLY
    + CROSSED_A_MARK_ONLY
)


@pytest.mark.parametrize("case", params(ALL))
def test_round21_review(case: Case) -> None:
    check(case)
