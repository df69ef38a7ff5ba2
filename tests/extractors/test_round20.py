"""Round 20, Russian and Ukrainian (with the other languages where the mechanism is shared):
mechanisms a held-out stand-in set (b38) showed, described in words. Sentences of our own;
none is copied from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, PER, C, Case, K, L, M, W, c, check, params

# --- A: "N people were hurt" (a word of harm decided later) right after a civilians' toll -----
CIVIL_HURT: list[Case] = [
    c(
        "hurt-after-civilians-toll-uk",
        "uk",
        "Обстріл Херсона: загинули 3 мирних жителі, 8 людей постраждали.",
        (K, "civilians", 3, 3, False, "self", EV),
        (W, "civilians", 8, 8, False, "self", EV),
    ),
    c(
        "hurt-after-civilians-toll-ru",
        "ru",
        "Обстрел Донецка: погибли 3 мирных жителя, 8 человек пострадали.",
        (K, "civilians", 3, 3, False, "self", EV),
        (W, "civilians", 8, 8, False, "self", EV),
    ),
]

# --- B: a list's new line starts a clause: the word ending the line before is no doer ---------
LINE_NO_AGENT: list[Case] = [
    c(
        "slang-verb-on-its-own-line-uk",
        "uk",
        "Результати тижня:\nмінуснули — 40 окупантів\nзатрьохсотили — 25",
        (K, "ru", 40, 40, False, "self", EV),
        (W, "ru", 25, 25, False, "self", EV),
        side="ua",
    ),
    c(
        "slang-verb-on-its-own-line-ru",
        "ru",
        "Итоги суток:\nотминусовали — 70 хохлов\nзатрёхсотили — 45",
        (K, "ua", 70, 70, False, "self", PER),
        (W, "ua", 45, 45, False, "self", PER),
        side="ru",
    ),
]

# --- C: slang tallies beside a count of things destroyed are a unit's results ---------------
RESULTS_BEFORE_THINGS: list[Case] = [
    c(
        "slang-tally-with-vehicles-counted-after-uk",
        "uk",
        "Дрони за тиждень: 38 «двохсотих», 20 «трьохсотих», спалено 11 одиниць техніки.",
        (K, "ru", 38, 38, False, "self", PER),
        (W, "ru", 20, 20, False, "self", PER),
        side="ua",
    ),
    c(
        "slang-tally-with-vehicles-counted-after-ru",
        "ru",
        "Итоги дня: 12 «двухсотых», уничтожено 5 единиц техники.",
        (K, "ua", 12, 12, False, "self", PER),
        side="ru",
    ),
    c(
        "own-losses-with-vehicles-stay-own-uk",
        "uk",
        "Наші втрати за тиждень: 3 «двохсотих», втрачено 2 одиниці техніки.",
        (K, "ua", 3, 3, False, "self", PER),
        side="ua",
    ),
]

# --- D: a city's people by its name; the enemy's name spelt out -------------------------------
NAMES: list[Case] = [
    c(
        "city-demonym-is-civilians-uk",
        "uk",
        "Унаслідок удару загинули 11 киян, ще 9 харків'ян поранені.",
        (K, "civilians", 11, 11, False, "self", EV),
        (W, "civilians", 9, 9, False, "self", EV),
    ),
    c(
        "city-demonym-is-civilians-ru",
        "ru",
        "Удар по Белгороду: погибли 4 белгородца.",
        (K, "civilians", 4, 4, False, "self", EV),
    ),
    c(
        "vsu-spelt-out-ru",
        "ru",
        "Вэсэушники потеряли 20 человек убитыми.",
        (K, "ua", 20, 20, False, "self", EV),
        side="ru",
    ),
]

# --- E: "all the hurt are civilians", after a word of saying: the dead and the hurt before ---
ALL_HURT: list[Case] = [
    c(
        "all-the-hurt-civilians-after-that-ru",
        "ru",
        "Удар по Харькову: 5 погибших, 30 пострадавших. Мэр уточнил, что все пострадавшие — "
        "мирные жители.",
        (K, "civilians", 5, 5, False, "self", EV),
        (W, "civilians", 30, 30, False, "self", EV),
    ),
    c(
        "all-the-hurt-civilians-uk",
        "uk",
        "Внаслідок удару загинули 4 людини, 19 поранені. Усі постраждалі — цивільні.",
        (K, "civilians", 4, 4, False, "self", EV),
        (W, "civilians", 19, 19, False, "self", EV),
    ),
    c(
        "all-the-injured-civilians-after-said-en",
        "en",
        "A strike on the port killed 6 people and injured 25. The mayor said all the injured "
        "were civilians.",
        (K, "civilians", 6, 6, False, "self", EV),
        (W, "civilians", 25, 25, False, "self", EV),
    ),
    c(
        "all-the-wounded-civilians-after-selon-fr",
        "fr",
        "Une frappe sur le port a tué 6 personnes et blessé 25. Selon le maire, tous les blessés "
        "sont des civils.",
        (K, "civilians", 6, 6, False, "self", EV),
        (W, "civilians", 25, 25, False, "self", EV),
    ),
    c(
        "all-the-dead-keeps-the-hurt-en",
        "en",
        "A strike on the port killed 6 people and injured 25. All the dead were civilians.",
        (K, "civilians", 6, 6, False, "self", EV),
        (W, "unknown", 25, 25, False, "self", EV),
    ),
    c(
        "fate-yet-unknown-ru",
        "ru",
        "Погибли 7 человек, судьба ещё 16 человек пока неизвестна.",
        (K, "unknown", 7, 7, False, "self", EV),
        (M, "unknown", 16, 16, False, "self", EV),
    ),
]

# --- F: "losses ... it did not suffer": the negated verb of suffering after its noun ---------
NONE_SUFFERED_AFTER: list[Case] = [
    c(
        "no-losses-suffered-after-noun-ru",
        "ru",
        "Армия Мали заявила, что потерь в своих рядах не понесла.",
        (L, "fama", 0, 0, False, "fama", EV),
    ),
    c(
        "no-losses-suffered-after-noun-uk",
        "uk",
        "Армія Малі заявила, що втрат у своїх лавах не зазнала.",
        (L, "fama", 0, 0, False, "fama", EV),
    ),
]

# --- G: words from b40: infantry counted, a figure in words ends the search for "нет", lost
# contact in the participle, aid workers, "від жовтня" --------------------------------------
WORDS_B40: list[Case] = [
    c(
        "infantry-counted-as-men-ru",
        "ru",
        "Под Торецком дроноводы десяток пехоты задвухсотили.",
        (K, "ua", 10, 10, True, "self", EV),
        side="ru",
    ),
    c(
        "infantry-counted-as-men-uk",
        "uk",
        "Під Торецьком знищили десяток піхоти.",
        (K, "ru", 10, 10, True, "self", EV),
        side="ua",
    ),
    c(
        "figure-in-words-before-none-ru",
        "ru",
        "Наши потери — три «трёхсотых», «двухсотых» нет.",
        (W, "ru", 3, 3, False, "self", EV),
        (K, "ru", 0, 0, False, "self", EV),
        side="ru",
    ),
    c(
        "lost-contact-participle-uk",
        "uk",
        "Після бою зв'язок втрачено з чотирма бійцями роти.",
        (M, "ua", 4, 4, False, "self", EV),
        side="ua",
    ),
    c(
        "lost-contact-participle-ru",
        "ru",
        "После боя связь потеряна с четырьмя бойцами роты.",
        (M, "ru", 4, 4, False, "self", EV),
        side="ru",
    ),
    c(
        "aid-workers-since-month-uk",
        "uk",
        "Від березня 2024 року в Судані загинули понад 40 гуманітарних працівників.",
        (K, "civilians", 40, None, False, "self", "cumulative"),
    ),
    c(
        "aid-workers-ru",
        "ru",
        "С марта 2024 года в Судане погибли более 40 гуманитарных работников.",
        (K, "civilians", 40, None, False, "self", "cumulative"),
    ),
]

# --- H: people killed after a sentence that told of a kill of civilians by their word -------
CIVIL_KILL_TOLD: list[Case] = [
    c(
        "people-after-residents-shot-uk",
        "uk",
        "Бойовики розстріляли мешканців села. Загинули щонайменше 40 людей.",
        (K, "civilians", 40, None, False, "self", EV),
    ),
    c(
        "people-after-residents-shot-ru",
        "ru",
        "Боевики расстреляли жителей деревни. Погибли не менее 30 человек.",
        (K, "civilians", 30, None, False, "self", EV),
    ),
    c(
        "people-after-villagers-massacred-en",
        "en",
        "Gunmen massacred villagers in Zamfara overnight. At least 30 people were killed, "
        "residents said.",
        (K, "civilians", 30, None, False, "residents", EV),
    ),
    c(
        "people-after-villagers-executed-fr",
        "fr",
        "Les assaillants ont exécuté des villageois. Au moins 30 personnes ont été tuées.",
        (K, "civilians", 30, None, False, "self", EV),
    ),
    c(
        "people-after-a-strike-on-a-town-stay-open-en",
        "en",
        "Russian missiles struck the centre of Sumy. At least 11 people were killed.",
        (K, "unknown", 11, None, False, "self", EV),
    ),
]

# --- I: the others of soldiers just counted; the junta's soldiers are its state's army ------
OTHERS_OF_SOLDIERS: list[Case] = [
    c(
        "others-after-another-states-soldiers-ru",
        "ru",
        "Нигер: боевики ИГ напали на лагерь армии. По данным Минобороны Нигера, погибли 17 "
        "военнослужащих, ещё несколько ранены. Исламисты в своём канале пишут о 25 убитых.",
        (K, "unknown", 17, 17, False, "*", EV),
        (W, "unknown", 2, 9, True, "*", EV),
        (K, "unknown", 25, 25, False, "*", EV),
        side="ru",
    ),
    c(
        "junta-soldiers-another-states-ru",
        "ru",
        "Нигер: боевики «Исламского государства» напали на лагерь армии. По данным Минобороны "
        "Нигера, погибли 17 военнослужащих. Сами исламисты в своём канале заявляют о 30 убитых "
        "«солдатах хунты».",
        (K, "unknown", 17, 17, False, "*", EV),
        (K, "unknown", 30, 30, False, "*", EV),
        side="ru",
    ),
    c(
        "junta-soldiers-mali-uk",
        "uk",
        "Малі: ДжНІМ заявляє про 40 убитих солдатів хунти під Тімбукту.",
        (K, "fama", 40, 40, False, "*", EV),
    ),
]

# --- J: "two of his soldiers were wounded, he said": the speaker who counted the other side's
# dead before speaks of his own men -------------------------------------------------------------
HIS_OWN_MEN: list[Case] = [
    c(
        "his-soldiers-he-said-en",
        "en",
        "Near Toretsk, a Ukrainian platoon held the line. \u201cThe Russians lost about 40 men "
        "that night,\u201d said the platoon commander. Three of his soldiers were wounded, he said.",
        (K, "ru", 40, 40, True, "ua", EV),
        (W, "ua", 3, 3, False, "ua", EV),
    ),
    c(
        "his-soldiers-he-said-ru",
        "ru",
        "«Русские потеряли той ночью около 40 человек», — сказал командир взвода. Трое его "
        "бойцов ранены, добавил он.",
        (K, "ru", 40, 40, True, "*", EV),
        (W, "ua", 3, 3, False, "ua", EV),
    ),
    c(
        "his-soldiers-inverted-pronoun-fr",
        "fr",
        "«Les Russes ont perdu une quarantaine d'hommes cette nuit-là», a déclaré le chef de "
        "section. Trois de ses soldats ont été blessés, a-t-il ajouté.",
        (K, "ru", 40, 40, True, "*", EV),
        (W, "ua", 3, 3, False, "ua", EV),
    ),
]

# --- K: "X, which fights alongside the army, said": the speaker is X, not the army -----------
RELATIVE_SPEAKER: list[Case] = [
    c(
        "counted-object-is-no-subject-of-participle-ru",
        "ru",
        "Совместные силы заявили, что убили 70 бойцов СБР, потеряв шестерых своих бойцов.",
        (K, "rsf", 70, 70, False, "*", EV),
        (K, "unknown", 6, 6, False, "*", EV),
    ),
    c(
        "enemy-subject-of-participle-after-a-figure-sentence-ru",
        "ru",
        "Колонну обстреляли боевики FLA. Малийцы потеряли одного бойца. Противник отошёл, "
        "оставив на месте боя 9 тел.",
        (K, "fama", 1, 1, False, "self", EV),
        (K, "tuareg", 9, 9, False, "self", EV),
        side="wagner",
    ),
    c(
        "speaker-before-relative-clause-en",
        "en",
        "The Joint Force, which fights alongside the army in Darfur, said it had killed 40 RSF "
        "fighters, losing five of its own fighters.",
        (K, "rsf", 40, 40, False, "*", EV),
        (K, "unknown", 5, 5, False, "*", EV),
    ),
    c(
        "speaker-before-relative-clause-aux-fr",
        "fr",
        "La Force conjointe, qui combat aux côtés de l'armée au Darfour, a affirmé avoir tué "
        "40 combattants des FSR.",
        (K, "rsf", 40, 40, False, "force_conjointe", EV),
    ),
]

# --- L: from b39 (read after b41 was scored clean) ------------------------------------------
B39_RU: list[Case] = [
    c(
        "lost-participle-counts-uk",
        "uk",
        "У міноборони рф заявляють про «до 900» втрачених українських військових за добу.",
        (L, "ua", None, 900, False, "ru_mod", PER),
    ),
    c("no-positions-lost-is-no-toll-uk", "uk", "Втрачених позицій немає.", side="ua"),
    c("no-positions-lost-is-no-toll-ru", "ru", "Потерь позиций нет.", side="ru"),
    c("no-positions-lost-is-no-toll-en", "en", "No positions were lost.", side="ua"),
    c(
        "into-captivity-is-no-among-uk",
        "uk",
        "Загинули 30 малійських військових. Ще 12 найманців потрапили до них у полон.",
        (K, "fama", 30, 30, False, "self", EV),
        (C, "wagner", 12, 12, False, "self", EV),
    ),
    c(
        "into-captivity-is-no-among-ru",
        "ru",
        "Погибли 30 малийских военных. Ещё 12 наёмников попали к ним в плен.",
        (K, "fama", 30, 30, False, "self", EV),
        (C, "wagner", 12, 12, False, "self", EV),
    ),
    c(
        "the-brigade-a-party-was-tied-to-before-ru",
        "ru",
        "Командир одной из бригад ВСУ признал тяжёлые бои. По нашим данным, безвозвратные "
        "потери бригады превышают 300 человек.",
        (K, "ua", 300, None, False, "self", EV),
        side="ru",
    ),
    c(
        "the-brigade-a-party-was-tied-to-before-uk",
        "uk",
        "Командир однієї з бригад окупантів визнав важкі бої. За нашими даними, втрати бригади "
        "перевищують 300 осіб.",
        (L, "ru", 300, None, False, "self", EV),
        side="ua",
    ),
    c(
        "ours-counted-slang-after-an-assault-ru",
        "ru",
        "Отбили штурм под Кураховом. Наши разведчики насчитали семь двухсотых.",
        (K, "ru", 7, 7, False, "self", EV),
        side="ua",
    ),
    c(
        "no-dead-after-civilians-hurt-in-a-struck-city-ru",
        "ru",
        "Ночью россияне ударили по Запорожью: ранены 9 мирных жителей. Погибших нет.",
        (W, "civilians", 9, 9, False, "self", EV),
        (K, "civilians", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "the-guys-after-our-group-ru",
        "ru",
        "С нашей группой связь есть не со всеми: судьба как минимум пятерых ребят пока неизвестна.",
        (M, "wagner", 5, None, False, "self", EV),
        side="wagner",
    ),
    c(
        "holidaymakers-are-civilians-ru",
        "ru",
        "На пляже в Могадишо погибли 20 отдыхающих.",
        (K, "civilians", 20, 20, False, "self", EV),
    ),
    c(
        "beachgoers-are-civilians-en",
        "en",
        "At least 20 beachgoers were killed in Mogadishu.",
        (K, "civilians", 20, None, False, "self", EV),
    ),
]

ALL = (
    CIVIL_HURT
    + LINE_NO_AGENT
    + RESULTS_BEFORE_THINGS
    + NAMES
    + ALL_HURT
    + NONE_SUFFERED_AFTER
    + WORDS_B40
    + CIVIL_KILL_TOLD
    + OTHERS_OF_SOLDIERS
    + HIS_OWN_MEN
    + RELATIVE_SPEAKER
    + B39_RU
)


@pytest.mark.parametrize("case", params(ALL))
def test_round20(case: Case) -> None:
    check(case)
