"""Round 16: mechanisms a held-out stand-in set written after 1.11.0 showed, described in
words. Sentences of our own, in every language where the phenomenon exists; none is copied
from a test set.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import CUM, EV, PER, C, Case, K, L, M, W, c, check, params

# --- A: two figures before one trigger: the noun right before the trigger is the nearer one's --
TWO_BEFORE: list[Case] = [
    c(
        "left-dead-en",
        "en",
        "Three days of fighting near Sweida have left 41 gunmen and 6 civilians dead.",
        (K, "unknown", 41, 41, False, "self", EV),
        (K, "civilians", 6, 6, False, "self", EV),
    ),
    c(
        "left-dead-soldiers-en",
        "en",
        "The shelling left 12 soldiers and 3 civilians dead, officials said.",
        (K, "unknown", 12, 12, False, "*", EV),
        (K, "civilians", 3, 3, False, "*", EV),
    ),
]

# --- B: a short label of whom before a colon: "Civilians: one killed" -------------------------
LABEL: list[Case] = [
    c(
        "label-en",
        "en",
        "Over the past day 19 villages of the region were shelled. Civilians: two killed, "
        "five injured.",
        (K, "civilians", 2, 2, False, "self", PER),
        (W, "civilians", 5, 5, False, "self", PER),
        side="ru",
    ),
    c(
        "label-ru",
        "ru",
        "За сутки обстреляны 19 сёл округа. Мирные жители: двое погибли, пятеро ранены.",
        (K, "civilians", 2, 2, False, "self", PER),
        (W, "civilians", 5, 5, False, "self", PER),
        side="ru",
    ),
    c(
        "label-uk",
        "uk",
        "За добу обстріляно 19 сіл громади. Цивільні: двоє загиблих, п'ятеро поранених.",
        (K, "civilians", 2, 2, False, "self", PER),
        (W, "civilians", 5, 5, False, "self", PER),
        side="ua",
    ),
    c(
        "label-fr",
        "fr",
        "Bilan de la journée dans la région. Civils : deux tués, cinq blessés.",
        (K, "civilians", 2, 2, False, "self", PER),
        (W, "civilians", 5, 5, False, "self", PER),
    ),
    c(
        "label-ar",
        "ar",
        "حصيلة القصف على البلدة. المدنيون: قتيلان وخمسة جرحى.",
        (K, "civilians", 2, 2, False, "self", EV),
        (W, "civilians", 5, 5, False, "self", EV),
    ),
    c(
        "country-is-no-label-fr",
        "fr",
        "Ukraine : douze morts dans une frappe russe sur Odessa, selon le gouverneur.",
        (K, "unknown", 12, 12, False, "*", EV),
    ),
]

# --- C: those not found are missing: "three more we still can't find" -------------------------
NOT_FOUND: list[Case] = [
    c(
        "cant-find-en",
        "en",
        '"We lost seven men that night, and two more we still can\'t find," a Ukrainian sergeant said.',
        (K, "ua", 7, 7, False, "*", EV),
        (M, "ua", 2, 2, False, "*", EV),
    ),
    c(
        "not-been-found-en",
        "en",
        "Four fishermen have not been found since the boat capsized after the strike.",
        (M, "civilians", 4, 4, False, "self", CUM),
    ),
    c(
        "not-found-ru",
        "ru",
        "Погибли семеро бойцов, ещё двоих до сих пор не можем найти.",
        (K, "unknown", 7, 7, False, "self", EV),
        (M, "unknown", 2, 2, False, "self", EV),
    ),
    c(
        "not-found-passive-ru",
        "ru",
        "Трое рыбаков так и не найдены.",
        (M, "civilians", 3, 3, False, "self", EV),
    ),
    c(
        "not-found-uk",
        "uk",
        "Загинули семеро бійців, ще двох досі не можемо знайти.",
        (K, "unknown", 7, 7, False, "self", EV),
        (M, "unknown", 2, 2, False, "self", EV),
    ),
    c(
        "not-found-passive-uk",
        "uk",
        "Троє рибалок досі не знайдені.",
        (M, "civilians", 3, 3, False, "self", EV),
    ),
    c(
        "not-found-fr",
        "fr",
        "Sept soldats ont été tués et deux autres n'ont toujours pas été retrouvés.",
        (K, "unknown", 7, 7, False, "self", EV),
        (M, "unknown", 2, 2, False, "self", EV),
    ),
    c(
        "not-found-ar",
        "ar",
        "قتل سبعة جنود ولم يتم العثور على اثنين آخرين.",
        (K, "unknown", 7, 7, False, "self", EV),
        (M, "unknown", 2, 2, False, "self", EV),
    ),
]

# --- D: buildings and granaries counted beside a toll are things -----------------------------
THINGS: list[Case] = [
    c(
        "blocks-en",
        "en",
        "Nine people remain missing under the rubble of two nine-storey apartment blocks.",
        (M, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "immeubles-fr",
        "fr",
        "Frappe sur Kharkiv : 4 morts et 17 blessés selon le maire. Onze immeubles endommagés.",
        (K, "unknown", 4, 4, False, "*", EV),
        (W, "unknown", 17, 17, False, "*", EV),
    ),
    c(
        "greniers-fr",
        "fr",
        "Au moins douze villageois ont été tués et plusieurs greniers incendiés.",
        (K, "civilians", 12, None, False, "self", EV),
    ),
]

# --- E: a pictograph between a word and a capitalised one ends a sentence --------------------
PICTOGRAPH: list[Case] = [
    c(
        "emoji-break-fr",
        "fr",
        "Frappe sur Zaporijjia : 2 morts et 14 blessés selon le gouverneur 💔 Douze maisons et "
        "une école touchées.",
        (K, "unknown", 2, 2, False, "*", EV),
        (W, "unknown", 14, 14, False, "*", EV),
    ),
    c(
        "emoji-break-en",
        "en",
        "Strike on Kharkiv: 2 dead and 14 injured, the mayor said 💔 Twelve houses damaged.",
        (K, "unknown", 2, 2, False, "*", EV),
        (W, "unknown", 14, 14, False, "*", EV),
    ),
]

# --- F: "за даними наших розвідників": whose count, not whose dead --------------------------
OUR_COUNT: list[Case] = [
    c(
        "our-scouts-uk",
        "uk",
        "Окупанти знову полізли на Часів Яр 🪦 За даними наших розвідників, 33 двохсотих і "
        "ще близько 20 трьохсотих.",
        (K, "ru", 33, 33, False, "self", EV),
        (W, "ru", 20, 20, True, "self", EV),
        side="ua",
    ),
    c(
        "our-scouts-ru",
        "ru",
        "Хохлы опять полезли под Кременную 🪦 По данным наших разведчиков, 33 двухсотых "
        "и ещё около 20 трёхсотых.",
        (K, "ua", 33, 33, False, "self", EV),
        (W, "ua", 20, 20, True, "self", EV),
        side="ru",
    ),
]

# --- G: a group's credited kill of "soldiers" counts the army's own ------------------------------
CREDITED: list[Case] = [
    c(
        "credit-soldiers-en",
        "en",
        "Mali's army said it repelled an attack on Boulkessi. Days earlier JNIM claimed "
        "responsibility for an ambush that killed 27 soldiers near Diafarabé.",
        (K, "fama", 27, 27, False, "*", EV),
    ),
    c(
        "group-on-its-channels-uk",
        "uk",
        "Натомість JNIM у своїх каналах стверджує, що вбило понад сотню солдатів біля Тессаліта.",
        (K, "fama", 100, None, False, "jnim", EV),
    ),
    c(
        "group-on-its-channels-en",
        "en",
        "JNIM said on its Telegram channels that it had killed 40 soldiers near Boulkessi.",
        (K, "fama", 40, 40, False, "jnim", EV),
    ),
    c(
        "bloggers-are-no-party-en",
        "en",
        "Russian military bloggers said 30 soldiers were killed near Kupiansk.",
        (K, "unknown", 30, 30, False, "*", EV),
    ),
]

# --- H: parts of things and things lost --------------------------------------------------------
THINGS_LOST: list[Case] = [
    c(
        "of-them-things-en",
        "en",
        "By our count 9 vehicles were hit, 5 of them clearly destroyed.",
        side="ua",
    ),
    c(
        "of-them-things-captured-en",
        "en",
        "The enemy left behind more than 120 dead and 31 vehicles, 11 of them captured intact.",
        (K, "rsf", 120, None, False, "self", EV),
        side="saf",
    ),
    c(
        "dont-things-fr",
        "fr",
        "L'ennemi a abandonné plus de 120 morts et 31 véhicules, dont 11 capturés intacts.",
        (K, "rsf", 120, None, False, "self", EV),
        side="saf",
    ),
    c(
        "of-them-people-ar",
        "ar",
        "هاجم مسلحون مزارعين على بعد نحو ٣٠ كيلومتراً من البلدة، وقتلوا ١٩ منهم على الأقل.",
        (K, "civilians", 19, None, False, "self", EV),
    ),
    c("tank-losses-en", "en", "Ukrainian tank losses now stand at 1,120, by Oryx's count."),
    c(
        "people-and-equipment-en",
        "en",
        "Russian losses in personnel and equipment reached 2,400 over the week.",
        (L, "ru", 2400, 2400, False, "self", PER),
    ),
    c("tank-losses-ru", "ru", "Потери украинских танков превысили 1120 единиц."),
    c("tank-losses-uk", "uk", "Втрати російських танків сягнули 4100."),
    c("tank-losses-fr", "fr", "Les pertes russes en chars s'élèvent à 4 100."),
    c("tank-losses-ar", "ar", "بلغت خسائر الدبابات الروسية 4100."),
]

# --- I: "no life was lost" is a death toll of none ---------------------------------------------
NO_LIVES: list[Case] = [
    c(
        "no-life-lost-en",
        "en",
        'The army said the raid had been repelled and that "no life was lost".',
        (K, "unknown", 0, 0, False, "*", EV),
    ),
    c(
        "no-loss-of-life-en",
        "en",
        "The drone strike on the depot caused no loss of life, officials said.",
        (K, "unknown", 0, 0, False, "*", EV),
    ),
    c(
        "vie-humaine-fr",
        "fr",
        "Côté ami, trois soldats ont été blessés. Aucune perte en vie humaine n'est à déplorer.",
        (W, "fama", 3, 3, False, "self", EV),
        (K, "fama", 0, 0, False, "self", EV),
        side="fama",
    ),
    c(
        "arwah-ar",
        "ar",
        "سقطت القذائف على السوق ولم تسجل أي خسائر في الأرواح.",
        (K, "unknown", 0, 0, False, "self", EV),
    ),
]

# --- J: "the attackers" are the one party the post tells attacked or claimed the kill ----------
ATTACKERS: list[Case] = [
    c(
        "attackers-speaker-before-en",
        "en",
        "ISWAP said on Telegram that its fighters had killed 9 soldiers in a raid on a base near "
        "Monguno. The army said the attack was repelled, adding that troops had killed dozens of "
        "the attackers.",
        (K, "unknown", 9, 9, False, "is", EV),
        (K, "is", 20, 99, True, "*", EV),
    ),
    c(
        "attackers-no-party-en",
        "en",
        "Gunmen stormed a checkpoint overnight. Police said officers killed five of the attackers.",
        (K, "unknown", 5, 5, False, "*", EV),
    ),
]

# --- K: the part of a toll lost for good is the dead -------------------------------------------
FOR_GOOD: list[Case] = [
    c(
        "of-whom-irrecoverable-en",
        "en",
        "In this direction the losses of the occupiers amounted to 287 people, of whom 164 were "
        "irrecoverable.",
        (L, "ru", 287, 287, False, "self", EV),
        (K, "ru", 164, 164, False, "self", EV),
        side="ua",
    ),
    c(
        "irrecuperable-fr",
        "fr",
        "Les pertes de l'occupant se sont élevées à 287 hommes, dont 164 de manière irrécupérable.",
        (L, "ru", 287, 287, False, "self", EV),
        (K, "ru", 164, 164, False, "self", EV),
        side="ua",
    ),
]

# --- L: a capture told before a swap it made possible stays a capture --------------------------
CAPTURE_THEN_SWAP: list[Case] = [
    c(
        "capture-then-swap-uk",
        "uk",
        "Сили оборони взяли в полон 610 російських військових, що дозволило повернути додому "
        "сотні українців під час обмінів.",
        (C, "ru", 610, 610, False, "self", EV),
        side="ua",
    ),
    c(
        "captured-returned-en",
        "en",
        "As a result of negotiations, 84 Russian servicemen captured in the Kursk region were "
        "returned from the territory controlled by Kyiv.",
        side="ru",
    ),
]

# --- M: words: zero after the losses, Latin and farmers, columns, "au bas mot" ------------------
WORDS: list[Case] = [
    c(
        "losses-zero-fr",
        "fr",
        "Au bas mot 45 bandits du FLA envoyés ad patres près d'Anéfis, nos pertes : zéro.",
        (K, "tuareg", 45, None, False, "self", EV),
        (L, "wagner", 0, 0, False, "self", EV),
        side="wagner",
    ),
    c(
        "losses-zero-en",
        "en",
        "Up to 25 militants liquidated near Ménaka, our losses: zero.",
        (K, "unknown", None, 25, False, "self", EV),
        (L, "wagner", 0, 0, False, "self", EV),
        side="wagner",
    ),
    c(
        "paysans-fr",
        "fr",
        "Une trentaine de paysans ont trouvé la mort jeudi dans l'attaque de leur village.",
        (K, "civilians", 30, 30, True, "self", EV),
    ),
    c(
        "peasants-en",
        "en",
        "Gunmen killed 17 peasants working in their fields near Zabarmari.",
        (K, "civilians", 17, 17, False, "self", EV),
    ),
    c(
        "colonne-fr",
        "fr",
        "L'armée affirme avoir « anéanti » une colonne des FSR au Kordofan, tuant 140 rebelles.",
        (K, "rsf", 140, 140, False, "saf", EV),
    ),
]

# --- N: deserters are gone of their own will: no casualties -----------------------------------
DESERTERS: list[Case] = [
    c(
        "soch-ru",
        "ru",
        "За октябрь бригада ВСУ лишилась около 900 человек убитыми и ранеными, ещё несколько "
        "сотен — СОЧ.",
        (L, "ua", 900, 900, True, "self", PER),
        side="ru",
    ),
    c(
        "szch-uk",
        "uk",
        "За жовтень бригада втратила 300 бійців убитими й пораненими, ще сотня — СЗЧ.",
        (L, "ua", 300, 300, False, "self", PER),
        side="ua",
    ),
    c(
        "awol-en",
        "en",
        "The brigade lost 300 men killed or wounded in October, and several hundred more went "
        "AWOL.",
        (L, "unknown", 300, 300, False, "self", PER),
    ),
]

# --- O: Arabic: a block's number, sons of a village, duals of members, denials, uncounted -------
ARABIC: list[Case] = [
    c(
        "block-number-ar",
        "ar",
        "استشهد ستة من مواطني الحي إثر سقوط قذيفة على سوق بمربع ٩ صباح اليوم.",
        (K, "civilians", 6, 6, False, "self", EV),
    ),
    c(
        "sons-of-village-ar",
        "ar",
        "وقُتل أربعة من أبناء القرية رمياً بالرصاص أثناء محاولتهم منع النهب.",
        (K, "civilians", 4, 4, False, "self", EV),
    ),
    c(
        "dual-members-ar",
        "ar",
        "مقتل عنصرين من الأمن العام وإصابة أربعة آخرين في هجوم على حاجز قرب جبلة.",
        (K, "unknown", 2, 2, False, "self", EV),
        (W, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "uncounted-ar",
        "ar",
        "تتعرض الأحياء الشرقية لقصف متواصل سقط على إثره قتلى وجرحى لم نتمكن من حصرهم.",
    ),
    c(
        "denying-any-dead-ar",
        "ar",
        "قال المتحدث باسم جبهة تحرير أزواد إن مقاتليها أسقطوا مسيّرة، نافياً سقوط أي قتيل في صفوفهم.",
        (K, "tuareg", 0, 0, False, "tuareg", EV),
    ),
]

# --- P: parts and threads: "a child was among the injured", "4/ Zooming out" -------------------
PARTS_AND_THREADS: list[Case] = [
    c(
        "among-injured-next-sentence-en",
        "en",
        "Russian troops shelled 30 settlements, killing three civilians and wounding eleven. "
        "A teenager was among the injured.",
        (K, "civilians", 3, 3, False, "self", EV),
        (W, "civilians", 11, 11, False, "self", EV),
    ),
    c(
        "martyrs-of-ours-stay-ar",
        "ar",
        "هلك أكثر من مئتين من عناصر العدو. وقد فقدت قواتنا أربعةً من الشهداء، وأصيب تسعة آخرون.",
        (K, "rsf", 200, None, False, "self", EV),
        (K, "saf", 4, 4, False, "self", EV),
        (W, "saf", 9, 9, False, "self", EV),
        side="saf",
    ),
    c(
        "thread-number-en",
        "en",
        "🧵 1/ New footage shows a failed assault near Toretsk.\n\n3/ Ukrainian sources put "
        "Russian losses in the sector at ~900.",
        (L, "ru", 900, 900, True, "*", EV),
    ),
    c(
        "mourn-then-wounded-en",
        "en",
        "The enemy left behind more than 150 dead. We mourn two martyrs from our forces who fell "
        "defending the city, and six were wounded.",
        (K, "rsf", 150, None, False, "self", EV),
        (K, "saf", 2, 2, False, "self", EV),
        (W, "saf", 6, 6, False, "self", EV),
        side="saf",
    ),
]

# --- Q: slang and rescue: "мінусанули", "один легкий трьохсотий", saved alive, clearing up ------
SLANG_AND_RESCUE: list[Case] = [
    c(
        "minusanuly-uk",
        "uk",
        "Мінусанули 12 орків, ще трьох русаків взяли в полон. У нас без двохсотих, один легкий "
        "трьохсотий.",
        (K, "ru", 12, 12, False, "self", EV),
        (C, "ru", 3, 3, False, "self", EV),
        (K, "ua", 0, 0, False, "self", EV),
        (W, "ua", 1, 1, False, "self", EV),
        side="ua",
    ),
    c(
        "minusanuli-ru",
        "ru",
        "Минусанули 12 хохлов, ещё троих взяли в плен. У нас без двухсотых, один лёгкий трёхсотый.",
        (K, "ua", 12, 12, False, "self", EV),
        (C, "ua", 3, 3, False, "self", EV),
        (K, "ru", 0, 0, False, "self", EV),
        (W, "ru", 1, 1, False, "self", EV),
        side="ru",
    ),
    c(
        "saved-alive-uk",
        "uk",
        "Внаслідок удару загинули 7 людей. Рятувальники дістали з-під завалів ще двох людей, ще "
        "чотирьох деблокували живими.",
        (K, "unknown", 7, 7, False, "self", EV),
    ),
    c(
        "clearing-up-ru",
        "ru",
        "Погибли 5 человек. К ликвидации последствий привлечены 120 спасателей и 30 единиц "
        "техники.",
        (K, "unknown", 5, 5, False, "self", EV),
    ),
    c(
        "killed-then-rescued-en",
        "en",
        "Nine people were killed and 14 others were rescued from the rubble, officials said.",
        (K, "unknown", 9, 9, False, "*", EV),
    ),
]

# --- R: one part that names civilians by that word is a victim apart -------------------------
CIVILIANS_APART: list[Case] = [
    c(
        "part-civilians-ru",
        "ru",
        "Число погибших в столкновениях превысило 900 человек, из них 610 — мирные жители.",
        (K, "unknown", 900, None, False, "self", EV),
        (K, "civilians", 610, 610, False, "self", EV),
    ),
    c(
        "part-civilians-uk",
        "uk",
        "Загинули понад 900 людей, з них 610 — цивільні.",
        (K, "unknown", 900, None, False, "self", EV),
        (K, "civilians", 610, 610, False, "self", EV),
    ),
    c(
        "part-civilians-en",
        "en",
        "The monitor has documented 940 deaths since the clashes began, among them 610 civilians.",
        (K, "unknown", 940, 940, False, "*", "cumulative"),
        (K, "civilians", 610, 610, False, "*", "cumulative"),
    ),
    c(
        "part-civilians-fr",
        "fr",
        "Plus de 900 personnes ont été tuées, dont 610 civils.",
        (K, "unknown", 900, None, False, "self", EV),
        (K, "civilians", 610, 610, False, "self", EV),
    ),
    c(
        "part-civilians-ar",
        "ar",
        "قتل أكثر من 900 شخص، بينهم 610 مدنيين.",
        (K, "unknown", 900, None, False, "self", EV),
        (K, "civilians", 610, 610, False, "self", EV),
    ),
    c(
        "part-children-stays-en",
        "en",
        "At least 31 people were killed, including 9 children.",
        (K, "unknown", 31, None, False, "self", EV),
    ),
    c(
        "part-traders-stays-fr",
        "fr",
        "Sept personnes, parmi lesquelles deux commerçants, ont été enlevées lundi.",
        (C, "unknown", 7, 7, False, "self", EV),
    ),
]

# --- S: brackets that say a figure again, peacekeepers, sentences and arrests -----------------
OFFICIAL_STYLE: list[Case] = [
    c(
        "brackets-restated-fr",
        "fr",
        "Une frappe de drone sur le marché a tué neuf (9) civils, dont deux enfants, et en a "
        "blessé douze (12) autres.",
        (K, "civilians", 9, 9, False, "self", EV),
        (W, "civilians", 12, 12, False, "self", EV),
    ),
    c(
        "brackets-restated-zero-padded-fr",
        "fr",
        "Côté ami, quatre (04) soldats ont été légèrement blessés.",
        (W, "fama", 4, 4, False, "self", EV),
        side="fama",
    ),
    c(
        "brackets-restated-en",
        "en",
        "Gunmen killed eleven (11) villagers and wounded three (3) others near Zurmi.",
        (K, "civilians", 11, 11, False, "self", EV),
        (W, "civilians", 3, 3, False, "self", EV),
    ),
    c(
        "casque-bleu-fr",
        "fr",
        "Un casque bleu népalais a été tué et deux de ses camarades blessés dans une embuscade.",
        (K, "unknown", 1, 1, False, "self", EV),
        (W, "unknown", 2, 2, False, "self", EV),
    ),
    c(
        "peacekeeper-en",
        "en",
        "A Nepalese peacekeeper was killed and two others were wounded in an ambush.",
        (K, "unknown", 1, 1, False, "self", EV),
        (W, "unknown", 2, 2, False, "self", EV),
    ),
    c(
        "peine-capitale-fr",
        "fr",
        "La cour militaire a condamné mercredi à la peine capitale 14 militaires pour fuite.",
    ),
    c("sentenced-to-death-en", "en", "A military court sentenced 14 soldiers to death on Friday."),
    c(
        "apprehendes-fr",
        "fr",
        "Trois policiers ont été blessés, selon le porte-parole, qui précise que six individus ont "
        "été appréhendés.",
        (W, "unknown", 3, 3, False, "*", EV),
    ),
    c(
        "arrived-dead-fr",
        "fr",
        "L'hôpital a pris en charge 80 blessés. Douze personnes sont arrivées déjà décédées.",
        (W, "unknown", 80, 80, False, "self", EV),
        (K, "unknown", 12, 12, False, "self", EV),
    ),
]

# --- T: the size of each group is no count ---------------------------------------------------
GROUP_SIZE: list[Case] = [
    c(
        "groups-of-en",
        "en",
        "They attack in groups of three to five soldiers on motorbikes; our drones killed 40.",
        (K, "unknown", 40, 40, False, "self", EV),
    ),
    c(
        "groups-of-ru",
        "ru",
        "Хохлы шли волнами, группами по пять-семь человек. Насчитали около 70 двухсотых.",
        (K, "ua", 70, 70, True, "self", EV),
        side="ru",
    ),
    c(
        "groups-of-uk",
        "uk",
        "Орки лізуть групами по 2-3 людини, результат завжди один: 40 двохсотих.",
        (K, "ru", 40, 40, False, "self", EV),
        side="ua",
    ),
    c(
        "groups-of-ar",
        "ar",
        "قال قائد السرية إن الروس يهاجمون بمجموعات من 3 إلى 5 جنود على دراجات نارية.",
    ),
    c(
        "groups-of-fr",
        "fr",
        "Les assaillants arrivaient par groupes de dix à quinze ; l'armée dit en avoir tué 40.",
        (K, "unknown", 40, 40, False, "*", EV),
    ),
]

# --- U: Arabic: deceased on arrival, our brothers, shelters, the split after the figure ---------
ARABIC_MORE: list[Case] = [
    c(
        "arrived-deceased-ar",
        "ar",
        "استقبلنا من الصباح ٢٧ جريح، و٩ وصلونا متوفين.",
        (W, "unknown", 27, 27, False, "self", EV),
        (K, "unknown", 9, 9, False, "self", EV),
    ),
    c(
        "our-brothers-in-the-operation-ar",
        "ar",
        "أسفر الهجوم عن هلاك عشرين من جنود الجيش المالي. وارتقى في العملية اثنان من إخواننا.",
        (K, "fama", 20, 20, False, "self", EV),
        (K, "jnim", 2, 2, False, "self", EV),
        side="jnim",
    ),
    c(
        "camp-sheltered-ar",
        "ar",
        "سيطرت المليشيا على المخيم الذي كان يؤوي أكثر من 400 ألف نازح بعد معارك أودت بحياة 120 "
        "شخصاً.",
        (K, "unknown", 120, 120, False, "self", EV),
    ),
    c(
        "split-after-falling-ar",
        "ar",
        "أعلن الجيش سقوط ما بين 12 و18 من عناصر المليشيا بين قتيل وجريح.",
        (L, "unknown", 12, 18, False, "*", EV),
    ),
]

# --- V: Ukrainian and Russian: collective numerals past ten, areas, zero metres, places ----------
EAST: list[Case] = [
    c(
        "collective-twelve-uk",
        "uk",
        "Мінус тридцять 🐷 Ще дванадцятеро підняли руки. У нас одинадцятеро поранених.",
        (K, "ru", 30, 30, False, "self", EV),
        (C, "ru", 12, 12, False, "self", EV),
        (W, "ua", 11, 11, False, "self", EV),
        side="ua",
    ),
    c(
        "collective-fifteen-ru",
        "ru",
        "Пятнадцатеро сдались в плен под Кураховом.",
        (C, "ua", 15, 15, False, "self", EV),
        side="ru",
    ),
    c(
        "area-m2-uk",
        "uk",
        "Пожежу на площі 900 м² оперативно ліквідували, обійшлося без постраждалих.",
        (L, "unknown", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "zero-metres-uk",
        "uk",
        "Русня знову поперла на мотиках: відчутні втрати в живій силі, нуль метрів просування.",
        side="ua",
    ),
    c(
        "koreans-uk",
        "uk",
        "Ліквідовано 20 військових КНДР та 9 росіян, ще десяток корейців поранено.",
        (K, "unknown", 20, 20, False, "self", EV),
        (K, "ru", 9, 9, False, "self", EV),
        (W, "unknown", 10, 10, True, "self", EV),
        side="ua",
    ),
    c(
        "in-ukraine-is-a-place-uk",
        "uk",
        "В Україні зниклими безвісти вважаються понад 50 тис. людей — і військових, і цивільних.",
        (M, "unknown", 50000, None, False, "self", EV),
        side="ua",
    ),
    c(
        "town-dead-uk",
        "uk",
        "Уже 17 загиблих у Дніпрі 💔 Поранених — 80.",
        (K, "unknown", 17, 17, False, "self", EV),
        (W, "unknown", 80, 80, False, "self", EV),
        side="ua",
    ),
]

# --- W: rubble, ages after a noun, harm said as "harmed", preliminary information ---------------
MORE_WORDS: list[Case] = [
    c(
        "under-rubble-ru",
        "ru",
        "Погибли 9 человек, ещё четверо остаются под завалами.",
        (K, "unknown", 9, 9, False, "self", EV),
        (M, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "under-rubble-uk",
        "uk",
        "Загинули 9 людей, ще четверо залишаються під завалами.",
        (K, "unknown", 9, 9, False, "self", EV),
        (M, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "under-rubble-en",
        "en",
        "Nine people were killed and four remain under the rubble.",
        (K, "unknown", 9, 9, False, "self", EV),
        (M, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "men-under-age-en",
        "en",
        "Some 140,000 men under 50 had died at the front by the end of the year, the estimate says.",
        (K, "unknown", 140000, 140000, True, "*", EV),
    ),
    c(
        "no-civilian-harmed-en",
        "en",
        "The ministry said the raid had neutralized 40 terrorists and that no civilian had been "
        "harmed.",
        (K, "unknown", 40, 40, False, "*", EV),
        (L, "civilians", 0, 0, False, "*", EV),
    ),
    c(
        "preliminary-information-ru",
        "ru",
        "Вечером противник атаковал Рыльск дронами. Пострадавших среди мирных жителей, по "
        "предварительной информации, нет.",
        (L, "civilians", 0, 0, False, "self", EV),
        side="ru",
    ),
]

# --- X: a bare "General Staff" or "military spokesman" outside Russia's and Ukraine's war --------
OFFICES: list[Case] = [
    c(
        "general-staff-own-channel-fr",
        "fr",
        "L'État-major général des Armées informe que l'attaque du poste de Boni a été repoussée. "
        "Quatre (04) soldats ont été légèrement blessés.",
        (W, "fama", 4, 4, False, "self", EV),
        side="fama",
    ),
    c(
        "military-spokesman-kivu-fr",
        "fr",
        "Le porte-parole militaire de l'AFC/M23 affirme que ses hommes ont neutralisé 42 éléments "
        "de la coalition près de Kamanyola.",
        (K, "unknown", 42, 42, False, "*", EV),
    ),
]

# --- Y: the Central African Republic and the Kivu: their rebels are no party of the table --------
OTHER_THEATRES: list[Case] = [
    c(
        "car-rebels-fr",
        "fr",
        "Nos instructeurs et les FACA ont nettoyé la zone de Koui des bandits du 3R. Bilan : 7 "
        "rebelles liquidés, 2 faits prisonniers.",
        (K, "unknown", 7, 7, False, "self", EV),
        (C, "unknown", 2, 2, False, "self", EV),
        side="wagner",
    ),
    c(
        "car-rebels-ru",
        "ru",
        "ЦАР. Российские инструкторы отразили нападение боевиков группировки 3R. Уничтожено 8 "
        "бандитов, ещё пятеро сдались.",
        (K, "unknown", 8, 8, False, "self", EV),
        (C, "unknown", 5, 5, False, "self", EV),
        side="wagner",
    ),
    c(
        "mali-rebels-stay-fr",
        "fr",
        "Nos gars et les FAMa ont nettoyé la zone d'Anéfis. Bilan : 7 rebelles liquidés.",
        (K, "tuareg", 7, 7, False, "self", EV),
        side="wagner",
    ),
]

# --- Z: a jihadist statement's "apostates"; a bracket that names whose they were ----------------
APOSTATES: list[Case] = [
    c(
        "apostates-bracket-fr",
        "fr",
        "Le JNIM revendique l'attaque : selon le groupe, 11 « apostats » (FAMa) tués et 6 capturés.",
        (K, "fama", 11, 11, False, "*", EV),
        (C, "fama", 6, 6, False, "*", EV),
    ),
    c(
        "apostates-en",
        "en",
        "JNIM said its fighters killed 19 apostates near Diafarabé in central Mali.",
        (K, "fama", 19, 19, False, "jnim", EV),
    ),
    c(
        "bracket-party-en",
        "en",
        "The group said 12 soldiers (FAMa) were killed and 4 captured.",
        (K, "fama", 12, 12, False, "*", EV),
        (C, "fama", 4, 4, False, "*", EV),
    ),
]

# --- AA: a bare figure after a claim of its sentence, not the one after it ---------------------
BARE_AFTER: list[Case] = [
    c(
        "bare-goes-with-before-en",
        "en",
        "Niger's army acknowledged that 9 soldiers were killed and five wounded, and said its "
        "troops killed dozens of the IS Sahel attackers.",
        (K, "unknown", 9, 9, False, "*", EV),
        (W, "unknown", 5, 5, False, "*", EV),
        (K, "is", 20, 99, True, "*", EV),
    ),
    c(
        "no-casualties-and-blamed-en",
        "en",
        "Drones struck a fuel depot in Kosti on Friday. Police said there were no casualties and "
        "blamed the RSF.",
        (L, "unknown", 0, 0, False, "*", EV),
    ),
]

# --- AB: militants of the one armed group the post names before them; jihadists speak for none --
ONE_GROUP: list[Case] = [
    c(
        "militants-of-named-column-ru",
        "ru",
        "Бойцы Африканского корпуса совместно с малийскими коллегами накрыли колонну FLA. "
        "Ликвидировано больше дюжины боевиков.",
        (K, "tuareg", 12, None, False, "self", EV),
        side="wagner",
    ),
    c(
        "militants-group-named-after-ar",
        "ar",
        "قال الجيش المالي إنه حيّد نحو عشرين إرهابياً في ضربات جوية. في المقابل أعلنت جماعة "
        "نصرة الإسلام والمسلمين أنها قتلت 9 جنود.",
        (K, "unknown", 20, 20, True, "fama", EV),
        (K, "fama", 9, 9, False, "jnim", EV),
    ),
    c(
        "jihadists-speak-for-none-ru",
        "ru",
        "Боевики ДжНИМ атаковали лагерь FAMa. Сами джихадисты в своём «коммюнике» рассказывают о "
        "сотне убитых солдат.",
        (K, "fama", 100, 100, True, "*", EV),
        side="ru",
    ),
]

# --- AC: surrender as laying down arms; ceilings said "did not exceed"; civilians of a part ------
B19_WORDS: list[Case] = [
    c(
        "laid-down-arms-en",
        "en",
        "Over 40 Ukrainian militants were eliminated, seven more laid down their arms and "
        "surrendered.",
        (K, "ua", 40, None, False, "self", EV),
        (C, "ua", 7, 7, False, "self", EV),
        side="ru",
    ),
    c(
        "did-not-exceed-en",
        "en",
        "More than 90 of the attacking army's soldiers were killed. Our losses did not exceed 6 "
        "martyrs.",
        (K, "saf", 90, None, False, "self", EV),
        (K, "rsf", None, 6, False, "self", EV),
        side="rsf",
    ),
    c(
        "of-them-civilians-en",
        "en",
        "The monitor documented the deaths of 940 people in October, 610 of them civilians, "
        "including 80 children.",
        (K, "unknown", 940, 940, False, "*", PER),
        (K, "civilians", 610, 610, False, "*", PER),
    ),
    c(
        "civil-defence-is-no-part-uk",
        "uk",
        "Удар по школі забрав життя щонайменше 27 людей, серед них 9 дітей, повідомила цивільна "
        "оборона.",
        (K, "unknown", 27, None, False, "*", EV),
    ),
    c(
        "chief-of-group-stays-fr",
        "fr",
        "Plusieurs terroristes neutralisés, dont un chef du FLA. Aucune perte côté FAMa.",
        (K, "unknown", 2, 9, True, "self", EV),
        (L, "fama", 0, 0, False, "self", EV),
        side="fama",
    ),
    c(
        "virgins-fr",
        "fr",
        "Plus de 30 terroristes envoyés rejoindre leurs 72 vierges près de Goundam.",
        (K, "unknown", 30, None, False, "self", EV),
    ),
    c(
        "bodies-freed-stay-uk",
        "uk",
        "Із-під завалів деблоковано тіла ще двох людей — загальна кількість загиблих зросла до 23.",
        (K, "unknown", 2, 2, False, "self", EV),
        (K, "unknown", 23, 23, False, "self", EV),
    ),
]

# --- AD: slang codes after a copula; "killed one" after the people counted ----------------------
CODES_AND_ONE: list[Case] = [
    c(
        "are-300-en",
        "en",
        "Our convoy hit an IED near Anefis. Two of our guys are 300, one FAMa soldier KIA.",
        (W, "wagner", 2, 2, False, "self", EV),
        (K, "fama", 1, 1, False, "self", EV),
        side="wagner",
    ),
    c(
        "went-to-200-en",
        "en",
        "Our pilots struck 60 enemy personnel. 41 of them went straight to 200, 19 are 300.",
        (K, "ru", 41, 41, False, "self", EV),
        (W, "ru", 19, 19, False, "self", EV),
        side="ua",
    ),
    c(
        "killed-one-en",
        "en",
        "Gunmen abducted at least 30 worshippers and killed one during a vigil in Eruku.",
        (C, "civilians", 30, None, False, "self", EV),
        (K, "civilians", 1, 1, False, "self", EV),
    ),
    c(
        "plus-de-200-stays-fr",
        "fr",
        "Les FSR affirment avoir tué plus de 200 soldats.",
        (K, "saf", 200, None, False, "rsf", EV),
    ),
]

# --- AE: people said again after their figure; comrades lost are dead, and the speaker's ---------
COMRADES: list[Case] = [
    c(
        "apposed-members-en",
        "en",
        "Local elders said two civilians, a woman and her teenage son, died when an airstrike hit "
        "their home.",
        (K, "civilians", 2, 2, False, "*", EV),
    ),
    c(
        "one-of-our-guys-en",
        "en",
        "Our convoy was hit near Anefis. One of our guys was lightly wounded.",
        (W, "wagner", 1, 1, False, "self", EV),
        side="wagner",
    ),
    c(
        "un-de-nos-gars-fr",
        "fr",
        "Centrafrique : une douzaine de rebelles éliminés. Un de nos gars légèrement blessé.",
        (K, "unknown", 12, 12, True, "self", EV),
        (W, "wagner", 1, 1, False, "self", EV),
        side="wagner",
    ),
    c(
        "lost-comrades-fr",
        "fr",
        "« On était trente dans la section », confie Petro, sergent d'une brigade d'assaut "
        "ukrainienne. Il dit avoir perdu trois camarades la semaine dernière dans une frappe.",
        (K, "ua", 3, 3, False, "*", PER),
    ),
]

# --- AF: a hashtag names the country as its word would ------------------------------------------
HASHTAGS: list[Case] = [
    c(
        "hashtag-burkina-en",
        "en",
        "#Burkina JNIM claims to have killed dozens of soldiers at Diapaga. Local sources said at "
        "least 30 soldiers died.",
        (K, "unknown", 20, 99, True, "jnim", EV),
        (K, "unknown", 30, None, False, "*", EV),
    ),
    c(
        "hashtag-burkinafaso-fr",
        "fr",
        "#BurkinaFaso : le JNIM affirme avoir tué 52 soldats et capturé 4 militaires.",
        (K, "unknown", 52, 52, False, "*", EV),
        (C, "unknown", 4, 4, False, "*", EV),
    ),
    c(
        "hashtag-mali-stays-fr",
        "fr",
        "#Mali : le JNIM affirme avoir tué 52 soldats et capturé 4 militaires.",
        (K, "fama", 52, 52, False, "jnim", EV),
        (C, "fama", 4, 4, False, "jnim", EV),
    ),
]

# --- AG: zero tolls of the civilians just counted; personnel among targets; ages; "кидали" ------
RU_UK_MORE: list[Case] = [
    c(
        "no-dead-after-civilians-ru",
        "ru",
        "По предварительной информации, пострадали 9 гражданских, среди них ребёнок. Погибших нет.",
        (W, "civilians", 9, 9, False, "self", EV),
        (K, "civilians", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "not-hurt-ru",
        "ru",
        "Противник отброшен. Мирные жители не пострадали, уточнил губернатор региона.",
        (L, "civilians", 0, 0, False, "*", EV),
        side="ru",
    ),
    c(
        "not-hurt-uk",
        "uk",
        "Ворог атакував громаду дронами. Цивільні не постраждали.",
        (L, "civilians", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "personnel-among-targets-ru",
        "ru",
        "Поражено 940 целей, из них 210 — личный состав оккупантов: 150 двухсотых и 60 трёхсотых.",
        (L, "ru", 210, 210, False, "self", EV),
        (K, "ru", 150, 150, False, "self", EV),
        (W, "ru", 60, 60, False, "self", EV),
        side="ua",
    ),
    c(
        "threw-is-no-kidal-ru",
        "ru",
        "Хохлы кидали дроны круглосуточно. В первый же день двоих наших затрёхсотило, на второй "
        "ещё один пацан погиб, ему 19 было.",
        (W, "ru", 2, 2, False, "self", EV),
        (K, "ru", 1, 1, False, "self", EV),
        side="ru",
    ),
]

# --- AH: a toll told again in a later sentence; losing no soldier; others are no part -----------
LATER: list[Case] = [
    c(
        "earlier-figure-same-people-uk",
        "uk",
        "Кількість загиблих унаслідок удару по Сумах збільшилася: щонайменше 35 людей загинули, "
        "понад 110 поранені. Раніше в МВС називали 32 загиблих і 84 поранених.",
        (K, "unknown", 35, None, False, "self", EV),
        (W, "unknown", 110, None, False, "self", EV),
        (K, "unknown", 32, 32, False, "self", EV),
        (W, "unknown", 84, 84, False, "self", EV),
        side="ua",
    ),
    c(
        "lost-not-a-single-soldier-uk",
        "uk",
        "За попередньою інформацією, бригада під час операції не втратила жодного бійця.",
        (K, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "lost-not-a-single-soldier-en",
        "en",
        "The company did not lose a single soldier in that battle.",
        (K, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "no-losses-stays-casualties-en",
        "en",
        "We suffered no losses.",
        (L, "ua", 0, 0, False, "self", EV),
        side="ua",
    ),
    c(
        "others-are-no-part-ar",
        "ar",
        "مقتل ٩ مدنيين بينهم طفلان وإصابة ١٧ آخرين جراء القصف.",
        (K, "civilians", 9, 9, False, "self", EV),
        (W, "civilians", 17, 17, False, "self", EV),
    ),
    c(
        "colloquial-died-ar",
        "ar",
        "الدعامة ضربوا السوق بالمدفعية، لحدي هسي ٥ ماتوا وفوق ال١٢ مصاب.",
        (K, "unknown", 5, 5, False, "self", EV),
        (W, "unknown", 12, None, False, "self", EV),
    ),
]

# --- AI: who admits the deaths names its own; captives wounded --------------------------------
ADMITTED: list[Case] = [
    c(
        "army-admitting-uk",
        "uk",
        "Повстанці FLA заявили, що знищили 15 малійських військових. Армія Малі цифри заперечила, "
        "визнавши загибель чотирьох військовослужбовців.",
        (K, "fama", 15, 15, False, "tuareg", EV),
        (K, "fama", 4, 4, False, "self", EV),
        side="ua",
    ),
    c(
        "captives-wounded-uk",
        "uk",
        "Воїни полку взяли в полон 14 російських військовослужбовців. Троє полонених поранені.",
        (C, "ru", 14, 14, False, "self", EV),
        (W, "ru", 3, 3, False, "self", EV),
        side="ua",
    ),
    c(
        "captives-wounded-en",
        "en",
        "Ukrainian troops captured 14 Russian soldiers. Three prisoners were wounded.",
        (C, "ru", 14, 14, False, "self", EV),
        (W, "ru", 3, 3, False, "self", EV),
        side="ua",
    ),
]

# --- AJ: going somewhere is no surrender; "a massacre" counts no one ---------------------------
EVENTS: list[Case] = [
    c(
        "rendu-sur-place-fr",
        "fr",
        "Le chef de l'État s'est rendu sur place le jour même. Une quarantaine de militaires ont "
        "été tués.",
        (K, "unknown", 40, 40, True, "self", EV),
    ),
    c(
        "se-sont-rendus-stays-fr",
        "fr",
        "Six soldats se sont rendus aux rebelles.",
        (C, "unknown", 6, 6, False, "self", EV),
    ),
    c(
        "un-massacre-fr",
        "fr",
        "Un « massacre » au camp de Zamzam : plus de 400 civils ont été tués.",
        (K, "civilians", 400, None, False, "self", EV),
    ),
    c(
        "a-massacre-en",
        "en",
        "The UN denounced a massacre in the camp; more than 400 civilians were killed.",
        (K, "civilians", 400, None, False, "self", EV),
    ),
]

# --- AK: each figure with its own place after the same preposition is a toll apart --------------
PLACES: list[Case] = [
    c(
        "parallel-places-ar",
        "ar",
        "هاجمت الميليشيا قرى بمحلية بارا، وقتلت 31 مدنياً في شق العاقب و17 في أم كريدم.",
        (K, "civilians", 31, 31, False, "self", EV),
        (K, "civilians", 17, 17, False, "self", EV),
    ),
    c(
        "parallel-places-en",
        "en",
        "Gunmen killed 12 villagers in Zurmi and 8 in Maru on Sunday.",
        (K, "civilians", 12, 12, False, "self", EV),
        (K, "civilians", 8, 8, False, "self", EV),
    ),
]

# --- AL: Arabic: "and 4 others" before an attack word; colloquial capture ----------------------
ARABIC_LAST: list[Case] = [
    c(
        "others-before-attack-ar",
        "ar",
        "مقتل مدني وإصابة 3 آخرين بهجوم مسيرة أوكرانية على سيارة.",
        (K, "civilians", 1, 1, False, "self", EV),
        (W, "civilians", 3, 3, False, "self", EV),
    ),
    c(
        "caught-alive-ar",
        "ar",
        "الجنجويد ديل فقدوا فوق ال ٥٠ فطيس وقبضنا منهم ٧ أحياء.",
        (K, "rsf", 50, None, False, "self", EV),
        (C, "rsf", 7, 7, False, "self", EV),
        side="saf",
    ),
]

# --- AM: "killed tens of thousands of people and displaced millions": the displaced are not them -
WAR_TOLL: list[Case] = [
    c(
        "war-toll-people-en",
        "en",
        "At least 47 civilians were killed by shelling on Bara. Since it began, the war has "
        "killed tens of thousands of people and displaced more than 12 million.",
        (K, "civilians", 47, None, False, "self", EV),
        (K, "unknown", 20000, 99999, True, "self", "cumulative"),
    ),
]

# --- AN: "the attackers" are the party the post says attacked ("ambushed by JNIM fighters") ----
ATTACKED_BY: list[Case] = [
    c(
        "ambushed-by-attackers-en",
        "en",
        "A FAMa convoy escorted by Africa Corps was ambushed by JNIM fighters near Léré. The army "
        "said 25 of the attackers were killed.",
        (K, "jnim", 25, 25, False, "*", EV),
    ),
]

# --- AO: slang tallies a line or two after the enemy's move; surrender in the infinitive --------
SLANG_BACK: list[Case] = [
    c(
        "slang-two-lines-back-uk",
        "uk",
        "Русня знову пішла на м'ясний штурм під Часовим Яром 🤡 Три БМП і під півсотні піхоти. "
        "Результат стандартний: двохсотих — до трьох десятків.",
        (K, "ru", None, 30, False, "self", EV),
        side="ua",
    ),
    c(
        "se-rendre-fr",
        "fr",
        "Les opérateurs de drones ont liquidé au moins 15 soldats des FAU, et trois autres ont "
        "préféré se rendre.",
        (K, "ua", 15, None, False, "self", EV),
        (C, "ua", 3, 3, False, "self", EV),
        side="ru",
    ),
    c("se-rendre-travel-fr", "fr", "Le ministre doit se rendre à Gao demain avec 40 officiers."),
]

# --- AP: Arabic: Sunday "the one", "the last three days", finishing off, the active "أصاب" -----
ARABIC_B20: list[Case] = [
    c(
        "sunday-is-no-one-ar",
        "ar",
        "ارتفاع حصيلة ضحايا القصف الذي استهدف السوق أمس الأحد إلى 47 قتيلا.",
        (K, "unknown", 47, 47, False, "self", EV),
    ),
    c(
        "last-three-days-ar",
        "ar",
        "قال إن وحداته أسرت أكثر من 20 جنديا أوكرانيا خلال الأيام الثلاثة الأخيرة.",
        (C, "ua", 20, None, False, "self", PER),
    ),
    c(
        "finished-off-ar",
        "ar",
        "أوقعوا أفرادها بين قتيل وجريح، كما أجهزوا على 4 جنود من مسافة صفر.",
        (K, "unknown", 4, 4, False, "self", EV),
    ),
    c(
        "active-injured-ar",
        "ar",
        "انفجار سيارة مفخخة أودى بحياة 18 شخصا، وأصاب 12 آخرين بجروح متفاوتة.",
        (K, "unknown", 18, 18, False, "self", EV),
        (W, "unknown", 12, 12, False, "self", EV),
    ),
    c(
        "abduct-present-ar",
        "ar",
        "مسلحون يختطفون أكثر من 200 تلميذ من مدرسة في ولاية كادونا.",
        (C, "civilians", 200, None, False, "self", EV),
    ),
]

# --- AQ: money in hryvnias; a part named a few words before "among those killed" ---------------
MONEY_AND_PARTS: list[Case] = [
    c(
        "hryvnias-en",
        "en",
        "Zelensky signed a law raising the payment to families of fallen soldiers to 15 million "
        "hryvnias.",
    ),
    c(
        "among-those-killed-en",
        "en",
        "The army killed nearly 70 al-Shabaab militants. Three senior commanders of the group were "
        "among those killed.",
        (K, "unknown", 70, 70, True, "self", EV),
    ),
]

# --- AR: tally lines opened by a code; a hospital speaks of patients; brigade abbreviations ------
TALLY_CODES: list[Case] = [
    c(
        "line-codes-uk",
        "uk",
        "Втрати русні за тиждень від 🐦 414 ОБр:\n\n☠️ 200 – 312\n🩸 300 – 205\n🚙 автотехніка – 40",
        (K, "ru", 312, 312, False, "self", PER),
        (W, "ru", 205, 205, False, "self", PER),
        side="ua",
    ),
    c(
        "line-codes-ru",
        "ru",
        "Потери противника за неделю:\n☠️ 200 – 312\n🩸 300 – 205",
        (K, "ua", 312, 312, False, "self", PER),
        (W, "ua", 205, 205, False, "self", PER),
        side="ru",
    ),
    c(
        "range-with-dash-stays-ru",
        "ru",
        "Погибли от 200 - 300 человек.",
        (K, "unknown", 200, 300, False, "self", EV),
    ),
    c(
        "hospital-patients-uk",
        "uk",
        "«Після нічної атаки до нас доставили 23 поранених», – розповів заступник медичного "
        "директора лікарні.",
        (W, "unknown", 23, 23, False, "*", EV),
        side="ua",
    ),
]

# --- AS: a relative clause's object is not the counted people's; uprooted; vehicle models ------
RELATIVE_AND_MODELS: list[Case] = [
    c(
        "relative-object-fr",
        "fr",
        "Les combattants de l'Africa Corps ont éliminé une vingtaine de rebelles de la CPC qui "
        "terrorisaient la population. #Centrafrique",
        (K, "unknown", 20, 20, True, "self", EV),
        side="wagner",
    ),
    c(
        "uprooted-fr",
        "fr",
        "La guerre a fait des dizaines de milliers de morts et déraciné plus de 12 millions de "
        "personnes.",
        (K, "unknown", 20000, 99999, True, "self", EV),
    ),
    c(
        "brdm-fr",
        "fr",
        "Bilan provisoire : 23 ennemis tués, 2 BRDM et un pick-up détruits.",
        (K, "unknown", 23, 23, False, "self", EV),
    ),
]

# --- AT: fate being clarified is missing; in intensive care is a condition, unless one died there -
FATE: list[Case] = [
    c(
        "fate-being-clarified-ru",
        "ru",
        "Потери армии — 10 военнослужащих погибли, судьба ещё пятерых выясняется.",
        (K, "unknown", 10, 10, False, "self", EV),
        (M, "unknown", 5, 5, False, "self", EV),
    ),
    c(
        "fate-unknown-uk",
        "uk",
        "Загинули 10 військових. Доля ще п'ятьох з'ясовується.",
        (K, "unknown", 10, 10, False, "self", EV),
        (M, "unknown", 5, 5, False, "self", EV),
    ),
    c(
        "intensive-care-ru",
        "ru",
        "За сутки пострадали пятеро мирных жителей. Все получают помощь, двое — в реанимации.",
        (L, "civilians", 5, 5, False, "self", PER),
    ),
]

# --- AU: "made no mention of casualties" is silence, no toll of none ----------------------------
SILENCE: list[Case] = [
    c(
        "no-mention-en",
        "en",
        "Russia's Defence Ministry said it had hit military facilities and made no mention of "
        "casualties.",
    ),
    c(
        "no-casualties-stays-en",
        "en",
        "There were no casualties, the governor said.",
        (L, "unknown", 0, 0, False, "*", EV),
    ),
]

ALL = (
    TWO_BEFORE
    + LABEL
    + NOT_FOUND
    + THINGS
    + PICTOGRAPH
    + OUR_COUNT
    + CREDITED
    + THINGS_LOST
    + NO_LIVES
    + ATTACKERS
    + FOR_GOOD
    + CAPTURE_THEN_SWAP
    + WORDS
    + DESERTERS
    + ARABIC
    + PARTS_AND_THREADS
    + SLANG_AND_RESCUE
    + CIVILIANS_APART
    + OFFICIAL_STYLE
    + GROUP_SIZE
    + ARABIC_MORE
    + EAST
    + MORE_WORDS
    + OFFICES
    + OTHER_THEATRES
    + APOSTATES
    + BARE_AFTER
    + ONE_GROUP
    + B19_WORDS
    + CODES_AND_ONE
    + COMRADES
    + HASHTAGS
    + RU_UK_MORE
    + LATER
    + ADMITTED
    + EVENTS
    + PLACES
    + ARABIC_LAST
    + WAR_TOLL
    + ATTACKED_BY
    + SLANG_BACK
    + ARABIC_B20
    + MONEY_AND_PARTS
    + TALLY_CODES
    + RELATIVE_AND_MODELS
    + FATE
    + SILENCE
)


@pytest.mark.parametrize("case", params(ALL))
def test_round16(case: Case) -> None:
    check(case)
