"""Round 18: mechanisms a held-out stand-in set written after 1.16.1 (b28) showed, described in
words. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, C, Case, K, L, M, W, c, check, params

# --- A: an army with an ordinal is a formation: its commander speaks as a unit's ------------
NUMBERED_ARMY: list[Case] = [
    c(
        "numbered-army-commander-ru",
        "ru",
        "«За неделю у нас двое погибших», — говорит командир батальона 2-й гвардейской "
        "общевойсковой армии.",
        (K, "ru", 2, 2, False, "ru", PER),
        side="ru",
    ),
    c(
        "numbered-army-commander-en",
        "en",
        "The enemy lost 30 men killed in the attack, a platoon commander of the 8th Combined "
        "Arms Army said.",
        (K, "ua", 30, 30, False, "ru", EV),
        side="ru",
    ),
]

# --- B: "may reach" said with the imperfective verb: a ceiling -------------------------------
MAY_REACH: list[Case] = [
    c(
        "may-reach-imperfective-ru",
        "ru",
        "По словам врачей, число раненых может достигать 300.",
        (W, "unknown", None, 300, False, "*", EV),
    ),
    c(
        "may-reach-imperfective-uk",
        "uk",
        "За оцінкою волонтерів, кількість загиблих може сягати 80.",
        (K, "unknown", None, 80, False, "*", EV),
    ),
]

# --- C: sent to hospital from the fight: the wounded -----------------------------------------
SENT_TO_HOSPITAL: list[Case] = [
    c(
        "sent-to-hospital-ru",
        "ru",
        "При штурме потеряли троих, ещё семерых отправили в госпиталь.",
        (K, "ru", 3, 3, False, "self", EV),
        (W, "ru", 7, 7, False, "self", EV),
        side="ru",
    ),
    c(
        "sent-to-hospital-uk",
        "uk",
        "Втратили двох побратимів, ще шістьох відправили до шпиталю.",
        (K, "ua", 2, 2, False, "self", EV),
        (W, "ua", 6, 6, False, "self", EV),
        side="ua",
    ),
    c(
        "sent-to-hospital-en",
        "en",
        "We lost four men and eleven more were sent to hospital.",
        (K, "ua", 4, 4, False, "self", EV),
        (W, "ua", 11, 11, False, "self", EV),
        side="ua",
    ),
]

# --- D: "..., N X among them" said after the part: a part of the toll before it --------------
AMONG_THEM_AFTER: list[Case] = [
    c(
        "among-them-after-en",
        "en",
        "Thirty soldiers were killed in the shelling, five officers among them.",
        (K, "unknown", 30, 30, False, "self", EV),
    ),
    c(
        "among-them-after-ru",
        "ru",
        "В плен сдались 25 военнослужащих ВСУ, трое офицеров среди них.",
        (C, "ua", 25, 25, False, "self", EV),
    ),
]

# --- E: ours who counted the dead are the counters: the slang toll is the enemy's ------------
OURS_COUNTED: list[Case] = [
    c(
        "ours-counted-slang-en",
        "en",
        'After the night assault our scouts counted some 15 "200s" in the field.',
        (K, "ua", 15, 15, True, "self", EV),
        side="ru",
    ),
    c(
        "ours-counted-slang-ru",
        "ru",
        "После ночного штурма наши разведчики насчитали около двадцати двухсотых.",
        (K, "ua", 20, 20, True, "self", EV),
        side="ru",
    ),
    c(
        "ours-counted-slang-uk",
        "uk",
        "Після нічного штурму наші розвідники нарахували близько двадцяти двохсотих.",
        (K, "ru", 20, 20, True, "self", EV),
        side="ua",
    ),
    c(
        "ours-slang-own-stays-ru",
        "ru",
        "Наши потери за сутки: четверо двухсотых.",
        (K, "ru", 4, 4, False, "self", PER),
        side="ru",
    ),
]

# --- F: "we" as the subject of a verb of taking captives is the captor -----------------------
OURS_TOOK: list[Case] = [
    c(
        "ours-took-captive-uk",
        "uk",
        "Ще трьох штурмовиків наші десантники взяли в полон.",
        (C, "ru", 3, 3, False, "self", EV),
        side="ua",
    ),
    c(
        "ours-took-captive-ru",
        "ru",
        "Ещё четверых боевиков наши штурмовики взяли в плен.",
        (C, "ua", 4, 4, False, "self", EV),
        side="ru",
    ),
    c(
        "ours-taken-captive-ru",
        "ru",
        "Двоих наших бойцов взяли в плен.",
        (C, "ru", 2, 2, False, "self", EV),
        side="ru",
    ),
]

# --- G: a relative clause set off by commas holds no fate of the figure: the verb after it does
PAST_RELATIVE: list[Case] = [
    c(
        "past-relative-uk",
        "uk",
        "Троє бойовиків, які намагалися здатися в полон, загинули під обстрілом.",
        (K, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "past-relative-ru",
        "ru",
        "Пятеро военных, которые отказались сдаться в плен, погибли.",
        (K, "unknown", 5, 5, False, "self", EV),
    ),
    c(
        "past-relative-en",
        "en",
        "Four soldiers, who had tried to surrender, were killed.",
        (K, "unknown", 4, 4, False, "self", EV),
    ),
]

# --- H: those who want to surrender have not: the captive word after the wish is the wish ----
WISH_TO_SURRENDER: list[Case] = [
    c(
        "wish-surrender-captive-word-uk",
        "uk",
        "До проєкту звернулися понад 500 військових, які хочуть здатися в полон.",
    ),
    c(
        "wish-surrender-captive-word-ru",
        "ru",
        "На линию позвонили более 200 военных, которые хотят сдаться в плен.",
    ),
]

# --- I: "one of the brigades" names a unit, no count, and blocks no figure before it ---------
ONE_OF_UNITS: list[Case] = [
    c(
        "one-of-units-uk",
        "uk",
        "Четверо бійців однієї з десантних бригад зникли безвісти.",
        (M, "ua", 4, 4, False, "self", EV),
        side="ua",
    ),
    c(
        "one-of-units-en",
        "en",
        "Five soldiers of one of the assault brigades were reported missing.",
        (M, "unknown", 5, 5, False, "self", EV),
    ),
]

# --- J: a singular person noun after a figure and its adjectives is the figure's noun --------
FIGURE_NOUN_NOT_ONE: list[Case] = [
    c(
        "figure-noun-not-one-uk",
        "uk",
        "Загинув один український прикордонник, троє поранені.",
        (K, "ua", 1, 1, False, "self", EV),
        (W, "ua", 3, 3, False, "self", EV),
    ),
    c(
        "figure-noun-not-one-ru",
        "ru",
        "Погиб один российский военнослужащий, двое ранены.",
        (K, "ru", 1, 1, False, "self", EV),
        (W, "ru", 2, 2, False, "self", EV),
    ),
]

# --- K: "had" a few wounded: the verb "мати" is no mother, and who had them suffered them ----
HAD_WOUNDED: list[Case] = [
    c(
        "had-wounded-uk",
        "uk",
        "Наші підрозділи за добу мали лише кількох поранених.",
        (W, "ua", 2, 9, True, "self", PER),
        side="ua",
    ),
    c(
        "had-wounded-ru",
        "ru",
        "Наши штурмовые группы имели лишь несколько раненых.",
        (W, "ru", 2, 9, True, "self", EV),
        side="ru",
    ),
    c(
        "mother-of-still-uk",
        "uk",
        "Під час обстрілу загинула жінка, мати трьох дітей.",
        (K, "civilians", 1, 1, False, "self", EV),
    ),
]

# --- L: a part's own kind named right before its "of them" and the figure ------------------
KIND_BEFORE_PART: list[Case] = [
    c(
        "kind-before-part-uk",
        "uk",
        "Ворог втратив за місяць 9 тисяч осіб убитими й пораненими. Загиблими з них — близько "
        "3 тисяч.",
        (L, "ru", 9000, 9000, False, "self", PER),
        (K, "ru", 3000, 3000, True, "self", PER),
        side="ua",
    ),
    c(
        "kind-before-part-ru",
        "ru",
        "Противник потерял за неделю 2 тысячи убитыми и ранеными. Безвозвратные потери из них — "
        "около 700.",
        (L, "ua", 2000, 2000, False, "self", PER),
        (K, "ua", 700, 700, True, "self", PER),
        side="ru",
    ),
]

# --- M: the seizing of people is their capture ("захват троих", "захоплення трьох") ----------
SEIZING_PEOPLE: list[Case] = [
    c(
        "seizing-people-uk",
        "uk",
        "Бойовики оголосили про захоплення двох іноземних інженерів.",
        (C, "unknown", 2, 2, False, "*", EV),
    ),
    c(
        "seizing-people-ru",
        "ru",
        "Боевики объявили о захвате четырёх иностранных инженеров.",
        (C, "unknown", 4, 4, False, "*", EV),
    ),
    c(
        "seizing-places-not-uk",
        "uk",
        "Армія оголосила про захоплення двох сіл.",
    ),
]

# --- N: "one staff member": a bare noun qualifying the person noun after "one" --------------
ONE_NOUN_NOUN: list[Case] = [
    c(
        "one-noun-noun-en",
        "en",
        "One security guard was shot dead at the checkpoint.",
        (K, "unknown", 1, 1, False, "self", EV),
    ),
]

# --- O: the private military company's abbreviation names Wagner -----------------------------
PMC: list[Case] = [
    c(
        "pmc-en",
        "en",
        "Up to 40 PMC fighters were killed in the ambush near Kidal.",
        (K, "wagner", None, 40, False, "self", EV),
    ),
    c(
        "pmc-uk",
        "uk",
        "У засідці загинули щонайменше 12 бійців ПВК.",
        (K, "wagner", 12, None, False, "self", EV),
    ),
]

# --- P: a Latin model name after a figure in a post of another script counts machines -------
LATIN_MODEL: list[Case] = [
    c(
        "latin-model-ru",
        "ru",
        "Противник лишился трёх Bradley и до 40 человек убитыми.",
        (K, "ua", None, 40, False, "self", EV),
        side="ru",
    ),
    c(
        "latin-model-uk",
        "uk",
        "Ворог втратив два Leopard і до 30 осіб убитими.",
        (K, "ru", None, 30, False, "self", EV),
        side="ua",
    ),
]

# --- Q: whose, said in the figure's clause, before a frame word from the clause before -------
LEAD_BEFORE_FRAME: list[Case] = [
    c(
        "lead-before-frame-ru",
        "ru",
        "Потерь среди наших нет, у сирийских товарищей трое раненых.",
        (L, "ru", 0, 0, False, "self", EV),
        (W, "unknown", 3, 3, False, "self", EV),
        side="ru",
    ),
]

# --- R: ", some of them wounded": the wounds are the part's, the figure is no toll ----------
SOME_OF_THEM: list[Case] = [
    c(
        "some-of-them-ru",
        "ru",
        "Из окружения вышли 15 бойцов, часть — с ранениями.",
    ),
    c(
        "some-of-them-uk",
        "uk",
        "З оточення вийшли 15 бійців, частина — з пораненнями.",
    ),
    c(
        "some-of-them-en",
        "en",
        "Fifteen soldiers made it out of the encirclement, some of them wounded.",
    ),
]

# --- S: "of them" between a part's word and its figure: the people of the toll before -------
OF_THEM_BEFORE_FIGURE: list[Case] = [
    c(
        "of-them-before-figure-uk",
        "uk",
        "Росіяни втратили 800 осіб убитими й пораненими, загиблими з них — понад 300, заявив "
        "речник ОК «Південь».",
        (L, "ru", 800, 800, False, "*", EV),
        (K, "ru", 300, None, False, "*", EV),
    ),
]

# --- T: prisoners said to be mostly of one kind are soldiers, not a mixed toll ---------------
CAPTIVES_MOSTLY: list[Case] = [
    c(
        "captives-mostly-ru",
        "ru",
        "В плен взяли девятерых, в основном мобилизованные.",
        (C, "ua", 9, 9, False, "self", EV),
        side="ru",
    ),
    c(
        "captives-mostly-families-ru",
        "ru",
        "Боевики взяли в заложники 30 человек, в основном женщин и детей.",
        (C, "civilians", 30, 30, False, "self", EV),
    ),
]

# --- U: the subject of a verb of attacking did the harm a word with its own figure names -----
ATTACKERS_DID_IT: list[Case] = [
    c(
        "attackers-did-it-en",
        "en",
        "Dozens of gunmen stormed the village near Djibo, killing 14 civilians.",
        (K, "civilians", 14, 14, False, "self", EV),
    ),
    c(
        "attackers-did-it-ru",
        "ru",
        "Сотни боевиков атаковали лагерь, убив 9 военных.",
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "attackers-after-toll-en",
        "en",
        "Eleven soldiers were killed when hundreds of militants attacked the base.",
        (K, "unknown", 11, 11, False, "self", EV),
    ),
    c(
        "attackers-own-fate-en",
        "en",
        "Dozens of militants attacked the base and were killed.",
        (K, "unknown", 20, 99, True, "self", EV),
    ),
]

# --- V: a quote of several sentences is the words of the speaker named after it closes; a side
# he names in his own words is the other one, his own being "our" ------------------------------
QUOTE_SPEAKER: list[Case] = [
    c(
        "quote-of-sentences-speaker-en",
        "en",
        '"Last week six of our men were killed. Nine more are in hospital," said a platoon '
        'commander of the 24th Brigade with the call sign "Bison." "The Russians keep attacking."',
        (K, "ua", 6, 6, False, "ua", EV),
    ),
    c(
        "quote-side-named-is-own-en",
        "en",
        '"We lost five guys in the assault," said Andriy, a sergeant of a Ukrainian brigade.',
        (K, "ua", 5, 5, False, "ua", EV),
    ),
    c(
        "quote-they-are-others-ru",
        "ru",
        "«За неделю у нас двое погибших. У них двухсотых больше сорока», — говорит командир роты.",
        (K, "ru", 2, 2, False, "ru", PER),
        (K, "ua", 40, None, False, "ru", PER),
        side="ru",
    ),
]

# --- W: more of the milbloggers' words for the dead --------------------------------------------
SLANG_DEAD: list[Case] = [
    c(
        "sent-to-kobzon-uk",
        "uk",
        "Під час штурму відправили до Кобзона 23 окупанти.",
        (K, "ru", 23, 23, False, "self", EV),
        side="ua",
    ),
    c(
        "laid-down-uk",
        "uk",
        "Під селом ворог поклав щонайменше пів сотні своїх штурмовиків.",
        (K, "ru", 50, None, False, "self", EV),
        side="ua",
    ),
    c(
        "laid-down-ru",
        "ru",
        "За месяц противник положил на этом участке около 300 человек.",
        (K, "ua", 300, 300, True, "self", PER),
        side="ru",
    ),
    c(
        "laid-flowers-not-uk",
        "uk",
        "Люди поклали квіти до меморіалу 5 загиблим героям.",
        (K, "unknown", 5, 5, False, "self", EV),
    ),
]

# --- X: a verb right before "N of them" is that part's own kind ----------------------------
VERB_BEFORE_PART: list[Case] = [
    c(
        "verb-before-part-en",
        "en",
        "Troops killed over 200 militants and captured 15 of them, the army said.",
        (K, "unknown", 200, None, False, "*", EV),
        (C, "unknown", 15, 15, False, "*", EV),
    ),
    c(
        "verb-before-part-uk",
        "uk",
        "Військові знищили понад 100 бойовиків та взяли в полон 12 із них.",
        (K, "unknown", 100, None, False, "self", EV),
        (C, "unknown", 12, 12, False, "self", EV),
    ),
]

# --- Y: fate unknown said with its verb ("остаётся неизвестной") -------------------------------
FATE_STAYS_UNKNOWN: list[Case] = [
    c(
        "fate-stays-unknown-ru",
        "ru",
        "Судьба ещё семи рабочих остаётся неизвестной.",
        (M, "unknown", 7, 7, False, "self", EV),
    ),
    c(
        "fate-stays-unknown-uk",
        "uk",
        "Доля ще семи робітників залишається невідомою.",
        (M, "unknown", 7, 7, False, "self", EV),
    ),
]

# --- Z: "санитарные — N" after "безвозвратные": the losses noun left out ------------------
SANITARY_ELLIPSIS: list[Case] = [
    c(
        "sanitary-ellipsis-ru",
        "ru",
        "Безвозвратные потери противника — около 200, санитарные — до 500.",
        (K, "ua", 200, 200, True, "self", EV),
        (W, "ua", None, 500, False, "self", EV),
        side="ru",
    ),
    c(
        "sanitary-ellipsis-uk",
        "uk",
        "Безповоротні втрати ворога — близько 200, санітарні — до 500.",
        (K, "ru", 200, 200, True, "self", EV),
        (W, "ru", None, 500, False, "self", EV),
        side="ua",
    ),
]

# --- AA: slang codes in a tally that also counts targets struck: a unit's results ------------
STRIKE_RESULTS: list[Case] = [
    c(
        "strike-results-uk",
        "uk",
        "Звіт за тиждень:\n☠️ 200-ті — 140\n🩸 300-ті — 95\n🚜 техніка — 60 цілей",
        (K, "ru", 140, 140, False, "self", PER),
        (W, "ru", 95, 95, False, "self", PER),
        side="ua",
    ),
    c(
        "own-losses-tally-stays-uk",
        "uk",
        "Наші втрати за тиждень: 200-ті — 2, 300-ті — 5, техніка — 1 БМП.",
        (K, "ua", 2, 2, False, "self", PER),
        (W, "ua", 5, 5, False, "self", PER),
        side="ua",
    ),
]

# --- AB: a clause of a bare verb shares the subject of the clause before it ------------------
BARE_VERB_CLAUSE: list[Case] = [
    c(
        "bare-verb-clause-ru",
        "ru",
        "Противник пытался прорваться к Часову Яру, отступил, потеряв до 30 человек убитыми и "
        "ранеными.",
        (L, "ua", None, 30, False, "self", EV),
        side="ru",
    ),
    c(
        "bare-verb-clause-uk",
        "uk",
        "Ворог намагався прорватися до села, відступив, втративши до 30 осіб убитими й пораненими.",
        (L, "ru", None, 30, False, "self", EV),
        side="ua",
    ),
]

# --- AC: who denies and says is named before the denial, not what it denies ----------------
DENY_AND_SAY: list[Case] = [
    c(
        "deny-and-say-ru",
        "ru",
        "Штаб армии Мали опровергает эти данные и утверждает, что погибли лишь 4 военных.",
        (K, "fama", 4, 4, False, "fama", EV),
    ),
]

# --- AD: people held unlawfully are held captive -----------------------------------------------
HELD_UNLAWFULLY: list[Case] = [
    c(
        "held-unlawfully-uk",
        "uk",
        "Росія незаконно утримує понад 1 800 цивільних українців.",
        (C, "civilians", 1800, None, False, "self", EV),
    ),
    c(
        "held-unlawfully-ru",
        "ru",
        "Россия незаконно удерживает более 1 800 гражданских украинцев.",
        (C, "civilians", 1800, None, False, "self", EV),
    ),
]

# --- AE: how many channels or bloggers speak is no toll ----------------------------------------
MEDIA_SPEAKING: list[Case] = [
    c(
        "media-speaking-fr",
        "fr",
        "Plusieurs chaînes Telegram évoquent des dizaines de morts.",
        (K, "unknown", 20, 99, True, "self", EV),
    ),
    c(
        "journalists-killed-stay-fr",
        "fr",
        "Trois journalistes ont été tués dans la frappe.",
        (K, "civilians", 3, 3, False, "self", EV),
    ),
]

# --- AF: guns and trucks in a losses list are no people ----------------------------------------
GUNS_NOT_PEOPLE: list[Case] = [
    c(
        "guns-not-people-fr",
        "fr",
        "Les pertes de l'ennemi : jusqu'à 300 militaires, deux obusiers et trois camions.",
        (L, "ua", None, 300, False, "self", EV),
        side="ru",
    ),
]

# --- AG: lost for good said "de manière irréversible" ------------------------------------------
IRREVERSIBLE: list[Case] = [
    c(
        "irreversible-fr",
        "fr",
        "L'ennemi a perdu 150 hommes, dont 60 de manière irréversible.",
        (L, "ru", 150, 150, False, "self", EV),
        (K, "ru", 60, 60, False, "self", EV),
        side="ua",
    ),
]

# --- AH: "..., mostly fighters, but also 28 civilians": a part of the toll, a claim apart ------
BUT_ALSO_PART: list[Case] = [
    c(
        "but-also-part-fr",
        "fr",
        "Au moins 120 personnes ont été tuées, majoritairement des combattants des deux camps, "
        "mais aussi 14 civils.",
        (K, "unknown", 120, None, False, "self", EV),
        (K, "civilians", 14, 14, False, "self", EV),
    ),
    c(
        "but-also-part-en",
        "en",
        "At least 120 people were killed, mostly fighters, but also 14 civilians.",
        (K, "unknown", 120, None, False, "self", EV),
        (K, "civilians", 14, 14, False, "self", EV),
    ),
]

# --- AI: a quote that goes on after its speaker was named is his; the International Legion ----
QUOTE_GOES_ON: list[Case] = [
    c(
        "quote-goes-on-fr",
        "fr",
        "« On était vingt au début », raconte Marc, volontaire de la Légion internationale. "
        "« Quatre copains sont morts dans l'assaut. »",
        (K, "ua", 4, 4, False, "ua", EV),
    ),
]

# --- AJ: a speaker of the channel's side uses the slang of his own side's losses -------------
OWN_SPEAKER_SLANG: list[Case] = [
    c(
        "own-speaker-slang-ru",
        "ru",
        "«У меня во взводе за неделю — ни одного двухсотого, трёхсотых трое», — рассказывает "
        "командир взвода 3-й мотострелковой дивизии.",
        (K, "ru", 0, 0, False, "ru", PER),
        (W, "ru", 3, 3, False, "ru", PER),
        side="ru",
    ),
]

# --- AK: French: the front's code in quotes after a number word; "péri"; an aside of mixed
# dead; districts and the whole a part came from count no one ---------------------------------
FRENCH_MORE: list[Case] = [
    c(
        "code-after-number-word-fr",
        "fr",
        "Chez nous : trois « 300 », rien de grave.",
        (W, "wagner", 3, 3, False, "self", EV),
        side="wagner",
    ),
    c(
        "perished-fr",
        "fr",
        "Au moins 60 personnes, civils et militaires confondus, auraient péri dans l'attaque.",
        (K, "unknown", 60, None, False, "self", EV),
    ),
    c(
        "districts-not-people-fr",
        "fr",
        "Des débris sont tombés sur trois quartiers de la ville.",
    ),
    c(
        "out-of-the-whole-fr",
        "fr",
        "Sur les 90 hommes de la compagnie, une trentaine ont été tués ou blessés.",
        (L, "unknown", 30, 30, True, "self", EV),
    ),
]

# --- AL: a verb of losing carried to the next figure keeps its kind for one incident ----------
LOSS_CARRIED: list[Case] = [
    c(
        "loss-carried-event-fr",
        "fr",
        "Wagner aurait perdu 50 combattants dans l'embuscade, ainsi qu'une vingtaine de soldats "
        "maliens.",
        (K, "wagner", 50, 50, False, "self", EV),
        (K, "fama", 20, 20, True, "self", EV),
    ),
]

# --- AM: English: more words of the dead and the taken; "as high as"; "hurt" with no dead
# given apart is casualties; a relative clause right after the noun is no fate of the figure --
ENGLISH_MORE: list[Case] = [
    c(
        "zeroed-out-en",
        "en",
        "Drone footage shows about a dozen Ukrainian infantry zeroed out near the village.",
        (K, "ua", 12, 12, True, "self", EV),
        side="ru",
    ),
    c(
        "met-their-maker-en",
        "en",
        "More than fifty JNIM fighters went to meet their maker.",
        (K, "jnim", 50, None, False, "self", EV),
    ),
    c(
        "took-away-en",
        "en",
        "Gunmen stopped two buses and took away more than 30 passengers.",
        (C, "civilians", 30, None, False, "self", EV),
    ),
    c(
        "as-high-as-en",
        "en",
        "The real toll could be as high as 3,000 dead.",
        (K, "unknown", None, 3000, False, "self", EV),
    ),
    c(
        "hurt-alone-en",
        "en",
        "Three people were hurt when debris fell on a house.",
        (L, "unknown", 3, 3, False, "self", EV),
    ),
    c(
        "left-bodies-en",
        "en",
        "We have no losses. The enemy left at least 25 bodies in the tree line.",
        (L, "ua", 0, 0, False, "self", EV),
        (K, "ru", 25, None, False, "self", EV),
        side="ua",
    ),
    c(
        "relative-no-commas-en",
        "en",
        "A villager who tried to stop the kidnappers was shot dead.",
        (K, "civilians", 1, 1, False, "self", EV),
    ),
]

# --- AN: "the rest" with no figure of its own takes the verb after it -----------------------
THE_REST: list[Case] = [
    c(
        "the-rest-ru",
        "ru",
        "Погибших, по-моему, человек двадцать, остальные ранены или пропали без вести.",
        (K, "unknown", 20, 20, True, "self", EV),
    ),
]

# --- AO: the commander-in-chief's short title speaks for the army ------------------------------
SHORT_TITLE: list[Case] = [
    c(
        "short-title-uk",
        "uk",
        "Головком ЗСУ Олександр Сирський: з початку операції втрати противника становлять "
        "20 000 військових.",
        (L, "ru", 20000, 20000, False, "ua", CUM),
    ),
]

# --- AP: a unit's own word "hit" is no word of losses: its slang tally is the enemy's ----------
STRUCK_TALLY: list[Case] = [
    c(
        "struck-tally-uk",
        "uk",
        "Підсумки місяця:\n🎯 уражено 900 цілей\n☠️ 200-ті: 300\n🩸 300-ті: 250\n🚜 техніка: 120 од.",
        (K, "ru", 300, 300, False, "self", PER),
        (W, "ru", 250, 250, False, "self", PER),
        side="ua",
    ),
]

# --- AQ: the same tally at another place, its noun left out after a dash ----------------------
ANOTHER_PLACE_DASH: list[Case] = [
    c(
        "another-place-dash-uk",
        "uk",
        "За добу ворог втратив на Курському напрямку понад 200 осіб, а на Покровському — до 400.",
        (L, "ru", 200, None, False, "self", PER),
        (L, "ru", None, 400, False, "self", PER),
        side="ua",
    ),
]

# --- AR: two singular person nouns joined by "and" under a plural verb are two --------------
PAIRED_SINGLES: list[Case] = [
    c(
        "paired-singles-ru",
        "ru",
        "При ударе по автобусу погибли мужчина и женщина.",
        (K, "civilians", 2, 2, False, "self", EV),
    ),
    c(
        "paired-singles-uk",
        "uk",
        "Унаслідок удару загинули чоловік і жінка.",
        (K, "civilians", 2, 2, False, "self", EV),
    ),
]

# --- AS: a party's name and a bare modifier before a unit word count units, not people --------
PARTY_UNITS: list[Case] = [
    c(
        "party-units-en",
        "en",
        "Over the past day strikes hit two AFU assault brigades; the enemy lost up to 90 troops.",
        (L, "ua", None, 90, False, "self", PER),
        side="ru",
    ),
    c(
        "musicians-en",
        "en",
        "Losses among the 'musicians': about 20 men killed and wounded.",
        (L, "wagner", 20, 20, True, "self", EV),
    ),
]

# --- AT: the attackers named before the verb of putting out of action ------------------------
ATTACKERS_BEFORE_VERB: list[Case] = [
    c(
        "attackers-before-verb-uk",
        "uk",
        "Бойовики JNIM атакували базу. Армія Малі заявила, що нападників ліквідовано понад 15.",
        (K, "jnim", 15, None, False, "fama", EV),
    ),
    c(
        "attackers-before-verb-ru",
        "ru",
        "Боевики JNIM атаковали базу. Армия Мали заявила, что нападавших уничтожено более 15.",
        (K, "jnim", 15, None, False, "fama", EV),
    ),
]

# --- AU: a phrase of harm that holds a figure of its own is that figure's --------------------
OWN_FIGURE_INSIDE: list[Case] = [
    c(
        "own-figure-inside-ru",
        "ru",
        "Погибших среди бойцов — 30, судьба ещё пятнадцати остаётся неизвестной.",
        (K, "unknown", 30, 30, False, "self", EV),
        (M, "unknown", 15, 15, False, "self", EV),
    ),
]

# --- AV: "with the soldiers, three died": a side named by "со стороны" before a verb is no part -
SIDE_BEFORE_VERB: list[Case] = [
    c(
        "side-before-verb-ru",
        "ru",
        "Армия уничтожила более 40 боевиков. Со стороны военных погибли двое.",
        (K, "unknown", 40, None, False, "self", EV),
        (K, "unknown", 2, 2, False, "self", EV),
    ),
]

# --- AW: more Ukrainian and Russian words: "наглухо", "затрофеїли живими", "захисник", "русаки" -
SLAVIC_WORDS: list[Case] = [
    c(
        "for-good-ru",
        "ru",
        "За сутки поражено 40 единиц живой силы врага, из них 15 — наглухо.",
        (L, "ru", 40, 40, False, "self", PER),
        (K, "ru", 15, 15, False, "self", PER),
        side="ua",
    ),
    c(
        "taken-alive-trophy-uk",
        "uk",
        "Ще трьох окупантів затрофеїли живими.",
        (C, "ru", 3, 3, False, "self", EV),
        side="ua",
    ),
    c(
        "defender-uk",
        "uk",
        "На Курахівському напрямку загинув 30-річний захисник із Полтавщини.",
        (K, "ua", 1, 1, False, "self", EV),
    ),
    c(
        "rusaky-uk",
        "uk",
        "Дрони наробили близько двадцяти «двохсотих» серед русаків.",
        (K, "ru", 20, 20, True, "self", EV),
        side="ua",
    ),
]

# --- AX: "In all since the start — N": the tally of the sentence before, its total -----------
TOTAL_AFTER: list[Case] = [
    c(
        "total-after-ru",
        "ru",
        "За сутки противник потерял до 150 военнослужащих. Всего с начала операции — более "
        "3 000 военнослужащих.",
        (L, "ua", None, 150, False, "self", PER),
        (L, "ua", 3000, None, False, "self", CUM),
        side="ru",
    ),
    c(
        "total-after-uk",
        "uk",
        "За добу ворог втратив до 150 військових. Загалом з початку операції — понад 3 000 "
        "військових.",
        (L, "ru", None, 150, False, "self", PER),
        (L, "ru", 3000, None, False, "self", CUM),
        side="ua",
    ),
]

# --- AY: a tally's label is no speaker; things named in a label count things ----------------
LABELS: list[Case] = [
    c(
        "things-label-en",
        "en",
        "Monthly report:\nTanks + APCs destroyed: 31\nOccupiers eliminated: 420",
        (K, "ru", 420, 420, False, "self", PER),
        side="ua",
    ),
    c(
        "dateline-dash-en",
        "en",
        "KIDAL, Mali (AP) — Mali's army said its soldiers killed about 20 militants and lost "
        "three men.",
        (K, "unknown", 20, 20, True, "fama", EV),
        (K, "fama", 3, 3, False, "fama", EV),
    ),
]

# --- AZ: English: "paid the supreme price"; "nobody is counting their bodies" is no toll of
# none; "5 of its 31 tanks" counts things ------------------------------------------------------
ENGLISH_MORE_2: list[Case] = [
    c(
        "supreme-price-en",
        "en",
        'Three soldiers "paid the supreme price" in the clash, the army said.',
        (K, "unknown", 3, 3, False, "*", EV),
    ),
    c(
        "nobody-counting-en",
        "en",
        "They lost far more, but nobody is counting their bodies.",
    ),
    c(
        "of-things-en",
        "en",
        "The brigade said it had lost 4 of its 20 Leopard tanks.",
    ),
]

# --- BA: "the strike" told of before: the side whose place it hit -----------------------------
THE_STRIKE_BEFORE: list[Case] = [
    c(
        "the-strike-before-en",
        "en",
        "At least 20 Russian soldiers were killed when a Ukrainian missile strike hit a training "
        "ground in Russia's Belgorod region. Kyiv claimed the strike had killed up to 60 servicemen.",
        (K, "ru", 20, None, False, "self", EV),
        (K, "ru", None, 60, False, "ua", EV),
    ),
]

# --- BB: the party named after "the attack" in "the victims of the attack by X" did it --------
ATTACK_BY: list[Case] = [
    c(
        "victims-of-attack-by-ru",
        "ru",
        "Число жертв нападения боевиков ДжНИМ на город составляет от 100 до 200 человек.",
        (K, "unknown", 100, 200, False, "self", EV),
    ),
]

# --- BC: schools and hospitals damaged are buildings; "the invaders" in English ---------------
BUILDINGS_INVADERS: list[Case] = [
    c(
        "schools-not-people-uk",
        "uk",
        "Постраждали п'ятеро людей, пошкоджено 40 будинків і 2 школи.",
        (L, "unknown", 5, 5, False, "self", EV),
    ),
    c(
        "invaders-en",
        "en",
        "In the Pokrovsk sector, the invaders lost 90 personnel killed and wounded.",
        (L, "ru", 90, 90, False, "self", EV),
        side="ua",
    ),
]

# --- BD: an army adjective before the soldiers counted says whose they are ------------------
ARMY_ADJECTIVE: list[Case] = [
    c(
        "army-adjective-ru",
        "ru",
        "Судан. Представитель армии Судана заявил, что в бою погибли пятеро армейских "
        "военнослужащих.",
        (K, "saf", 5, 5, False, "saf", EV),
    ),
]

# --- BE: after 1.17.1: a lump before the verb of losing; another period with a dash; words ----
AFTER_B32: list[Case] = [
    c(
        "lump-before-loss-ru",
        "ru",
        "Убитыми и ранеными противник потерял не менее 40 военнослужащих.",
        (L, "ua", 40, None, False, "self", EV),
        side="ru",
    ),
    c(
        "period-dash-goes-on-ru",
        "ru",
        "С начала операции противник потерял более 5 тысяч военнослужащих. Только за сутки — "
        "до 200 человек.",
        (L, "ua", 5000, None, False, "self", CUM),
        (L, "ua", None, 200, False, "self", PER),
        side="ru",
    ),
    c(
        "went-to-kobzon-ru",
        "ru",
        "Под Токмаком 15 оккупантов поехали к Кобзону.",
        (K, "ru", 15, 15, False, "self", EV),
        side="ua",
    ),
    c(
        "took-with-them-ru",
        "ru",
        "Боевики увели с собой около 40 жителей деревни.",
        (C, "civilians", 40, 40, True, "self", EV),
    ),
    c(
        "foa-ru",
        "ru",
        "Уничтожено свыше 30 боевиков ФОА.",
        (K, "tuareg", 30, None, False, "self", EV),
        side="wagner",
    ),
]

ALL = (
    NUMBERED_ARMY
    + MAY_REACH
    + SENT_TO_HOSPITAL
    + AMONG_THEM_AFTER
    + OURS_COUNTED
    + OURS_TOOK
    + PAST_RELATIVE
    + WISH_TO_SURRENDER
    + ONE_OF_UNITS
    + FIGURE_NOUN_NOT_ONE
    + HAD_WOUNDED
    + KIND_BEFORE_PART
    + SEIZING_PEOPLE
    + ONE_NOUN_NOUN
    + PMC
    + LATIN_MODEL
    + LEAD_BEFORE_FRAME
    + SOME_OF_THEM
    + OF_THEM_BEFORE_FIGURE
    + CAPTIVES_MOSTLY
    + ATTACKERS_DID_IT
    + QUOTE_SPEAKER
    + SLANG_DEAD
    + VERB_BEFORE_PART
    + FATE_STAYS_UNKNOWN
    + SANITARY_ELLIPSIS
    + STRIKE_RESULTS
    + BARE_VERB_CLAUSE
    + DENY_AND_SAY
    + HELD_UNLAWFULLY
    + MEDIA_SPEAKING
    + GUNS_NOT_PEOPLE
    + IRREVERSIBLE
    + BUT_ALSO_PART
    + QUOTE_GOES_ON
    + OWN_SPEAKER_SLANG
    + FRENCH_MORE
    + LOSS_CARRIED
    + ENGLISH_MORE
    + THE_REST
    + SHORT_TITLE
    + STRUCK_TALLY
    + ANOTHER_PLACE_DASH
    + PAIRED_SINGLES
    + PARTY_UNITS
    + ATTACKERS_BEFORE_VERB
    + OWN_FIGURE_INSIDE
    + SIDE_BEFORE_VERB
    + SLAVIC_WORDS
    + TOTAL_AFTER
    + LABELS
    + ENGLISH_MORE_2
    + THE_STRIKE_BEFORE
    + ATTACK_BY
    + BUILDINGS_INVADERS
    + ARMY_ADJECTIVE
    + AFTER_B32
)


@pytest.mark.parametrize("case", params(ALL))
def test_round18(case: Case) -> None:
    check(case)
