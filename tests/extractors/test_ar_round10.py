"""Arabic mechanisms of round 10, each with sentences of our own and the negative cases it must
not touch. None is copied from a gold set.

Claims are (kind, victim, low, high, approx, claimant, scope).
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import Case, Expected, case, check, params


def c(id: str, text: str, *claims: Expected, side: str | None = None, lang: str = "ar") -> Case:
    return case(id, text, *claims, lang=lang, side=side)


CASES: list[Case] = [
    # --- R7: munitions counted are no claims; "فطايس" are the enemy's dead ---------------------
    c("r7-danat-shells-no-claim", "سقوط ٣ دانات على الحي الشرقي صباح اليوم."),
    c(
        "r7-danat-beside-vague-dead-no-claim",
        "سقوط ٥ دانات على السوق وسقوط قتلى وجرحى.",
    ),
    c(
        "r7-rockets-drones-vehicles-no-claim",
        "أطلقت المليشيا ١٢ صاروخاً و٢٢ مسيرة على المدينة ودمرنا ٤٠ عربة قتالية.",
        side="saf",
    ),
    c(
        "r7-fatayis-over-the",
        "فطايس العدو فوق الـ٢٠٠ حسب ناس الاستخبارات العسكرية.",
        ("killed", "rsf", 200, None, False, "saf", "event"),
        side="saf",
    ),
    c(
        "r7-fatayis-named",
        "فطايس الجنجويد في المحور الغربي أكثر من ٥٠.",
        ("killed", "rsf", 50, None, False, "self", "event"),
        side="saf",
    ),
    c(
        "r7-shells-then-dead-counted",
        "سقطت ٤ دانات على الحي وأسفرت عن مقتل ٦ مدنيين.",
        ("killed", "civilians", 6, 6, False, "self", "event"),
    ),
    # --- R1: a strike on a civil place: its bare figures are no side's, nor civilians unless said
    c(
        "r1-camp-toll-rose",
        "ارتفعت حصيلة ضحايا القصف على مخيم زمزم إلى ٢١ قتيلاً و٣٤ مصاباً.",
        ("killed", "unknown", 21, 21, False, "self", "event"),
        ("wounded", "unknown", 34, 34, False, "self", "event"),
    ),
    c(
        "r1-market-sentence-before",
        "قصفت المليشيا سوق المدينة وهو مكتظ بالمتسوقين. وأحصت لجنة المقاومة (٢٧) شهيداً "
        "وأكثر من (٤٠) مصاباً.",
        ("killed", "unknown", 27, 27, False, "resistance_committees", "event"),
        ("wounded", "unknown", 40, None, False, "resistance_committees", "event"),
    ),
    c(
        "r1-hospital-drone",
        "استهدفت مسيرة مستشفى المدينة التعليمي ما أدى إلى مقتل ٩ وإصابة ١٥.",
        ("killed", "unknown", 9, 9, False, "self", "event"),
        ("wounded", "unknown", 15, 15, False, "self", "event"),
    ),
    c(
        "r1-residential-quarter-number",
        "قصف مدفعي على الحارة ١٢ بأم درمان يخلف ٨ قتلى.",
        ("killed", "unknown", 8, 8, False, "self", "event"),
    ),
    c(
        "r1-village-assaulted",
        "هاجمت قوات الدعم السريع قرية في ريف سنار وقتلت ٣٥ وأصابت ٦٠.",
        ("killed", "unknown", 35, 35, False, "self", "event"),
        ("wounded", "unknown", 60, 60, False, "self", "event"),
    ),
    c(
        "r1-massacre-against-our-folk",
        "مجزرة جديدة في حق أهلنا بالجزيرة: مقتل ١٣ وإصابة ١٩.",
        ("killed", "civilians", 13, 13, False, "self", "event"),
        ("wounded", "civilians", 19, 19, False, "self", "event"),
    ),
    c(
        "r1-quarters-shelled",
        "قصف مدفعي على الأحياء الشرقية للمدينة يخلف ١٠ قتلى.",
        ("killed", "unknown", 10, 10, False, "self", "event"),
    ),
    c(
        "r1-alive-is-no-quarter",
        "استسلم ٥ جنود أحياء بعد قصف مواقعهم.",
        ("captured", "unknown", 5, 5, False, "self", "event"),
    ),
    c(
        "r1-people-at-market-stay-unknown",
        "مقتل ١٠ أشخاص في قصف على سوق المدينة.",
        ("killed", "unknown", 10, 10, False, "self", "event"),
    ),
    c(
        "r1-soldiers-at-school-stay-soldiers",
        "مقتل ١٢ جندياً في غارة على مدرسة تحصنوا فيها.",
        ("killed", "unknown", 12, 12, False, "self", "event"),
    ),
    c(
        "r1-military-positions-no-civil-place",
        "قصفت المسيرات مواقع المليشيا شرق المدينة ما أدى إلى مقتل ٩.",
        ("killed", "unknown", 9, 9, False, "self", "event"),
    ),
    c(
        "r1-sentence-before-with-own-toll-does-not-reach",
        "قصف سوق المدينة أسفر عن مقتل ٣ أشخاص. وفي الخطوط الأمامية قتل ١٢.",
        ("killed", "unknown", 3, 3, False, "self", "event"),
        ("killed", "unknown", 12, 12, False, "self", "event"),
    ),
    c(
        "r1-next-sentence-party-does-not-reach",
        "قصفت المسيرات سوق المدينة. وقتل ١٥ من عناصر الدعم السريع في محور آخر.",
        ("killed", "rsf", 15, 15, False, "self", "event"),
    ),
    c(
        "r1-ru-others-go-on-with-people",
        "Обстрел рынка в Донецке.\n\nПогиб один человек, ранены ещё 10.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
        ("wounded", "unknown", 10, 10, False, "self", "event"),
        lang="ru",
    ),
    # --- R8: a speaker phrase ends at a bound, a "so far" or a verb of harm ----------------
    c(
        "r8-according-to-then-verb-keeps-the-claim",
        "وفق أكليد قتل ٢٠ مدنياً في الإقليم الشهر الماضي.",
        ("killed", "civilians", 20, 20, False, "acled", "event"),
    ),
    c(
        "r8-acled-project-data",
        "وفق بيانات مشروع أكليد قتل ٢٠٠ مدني في الإقليم.",
        ("killed", "civilians", 200, 200, False, "acled", "event"),
    ),
    c(
        "r8-room-so-far",
        "أحصت الغرفة حتى اللحظة (٤٣) شهيداً.",
        ("killed", "unknown", 43, 43, False, "emergency_room", "event"),
    ),
    c(
        "r8-documented-is-self",
        "بلغ عدد القتلى بحسب ما تم توثيقه ٣٠ قتيلاً.",
        ("killed", "unknown", 30, 30, False, "self", "event"),
    ),
    c(
        "r8-intelligence-assessment",
        "وفقاً لتقييم استخباراتي، قتل ٦٠٠ جندي كوري شمالي.",
        ("killed", "unknown", 600, 600, False, "intelligence_assessment", "event"),
    ),
    c(
        "r8-assessment-quoted-by-jcs",
        "وفقاً لتقييم استخباراتي نقلته هيئة الأركان المشتركة الكورية الجنوبية، قتل ٦٠٠ جندي "
        "كوري شمالي.",
        ("killed", "unknown", 600, 600, False, "south_korea_jcs", "event"),
    ),
    c(
        "r8-noun-trigger-inside-source-stays",
        "بحسب لجنة أسر الضحايا، قتل ١٢ مدنياً.",
        ("killed", "civilians", 12, 12, False, "committee", "event"),
    ),
    c(
        "r8-en-according-to-unchanged",
        "According to ACLED, at least 40 civilians were killed in the region.",
        ("killed", "civilians", 40, None, False, "acled", "event"),
        lang="en",
    ),
    # --- R5: an army's own men in its statement about its patrol, convoy or post -----------
    c(
        "r5-patrol-ambushed-own-men",
        "أعلنت القوات المسلحة المالية تحييد ١٠ إرهابيين. وأضافت أن دورية برية تابعة للجيش "
        "تعرضت لكمين ما أدى إلى مقتل جندي وإصابة ثلاثة آخرين.",
        ("killed", "unknown", 10, 10, False, "fama", "event"),
        ("killed", "fama", 1, 1, False, "fama", "event"),
        ("wounded", "fama", 3, 3, False, "fama", "event"),
    ),
    c(
        "r5-convoy-own-men-sudan",
        "قال الجيش السوداني إن قافلة تابعة له تعرضت لهجوم أسفر عن مقتل ٤ جنود.",
        ("killed", "saf", 4, 4, False, "saf", "event"),
    ),
    c(
        "r5-announced-death-of-a-soldier",
        "أعلن الجيش السوداني مقتل جندي وإصابة ثلاثة آخرين في هجوم على دورية.",
        ("killed", "saf", 1, 1, False, "saf", "event"),
        ("wounded", "saf", 3, 3, False, "saf", "event"),
    ),
    c(
        "r5-announced-death-of-named-enemy-stays-enemy",
        "أعلن الجيش السوداني مقتل ٣٠ من عناصر الدعم السريع.",
        ("killed", "rsf", 30, 30, False, "saf", "event"),
    ),
    c(
        "r5-own-strike-resulted-in-death-is-the-enemy",
        "قالت وزارة الدفاع الروسية إن الضربة استهدفت اجتماعاً لقادة عسكريين، وأسفرت عن مقتل "
        "أكثر من ٥٠ عسكرياً أوكرانياً.",
        ("killed", "ua", 50, None, False, "ru_mod", "event"),
    ),
    c(
        "r5-en-patrol-was-ambushed",
        "A patrol of the Malian army was ambushed, killing one soldier and wounding three "
        "others, the army said.",
        ("killed", "fama", 1, 1, False, "fama", "event"),
        ("wounded", "fama", 3, 3, False, "fama", "event"),
        lang="en",
    ),
    c(
        "r5-en-active-ambush-is-the-victims",
        "JNIM ambushed a convoy of the Malian army, killing 20 soldiers.",
        ("killed", "fama", 20, 20, False, "self", "event"),
        lang="en",
    ),
    c(
        "r5-fr-patrouille-prise-dans-une-embuscade",
        "Une patrouille de l'armée soudanaise a été prise dans une embuscade qui a fait un mort "
        "et trois blessés, selon l'armée.",
        ("killed", "saf", 1, 1, False, "saf", "event"),
        ("wounded", "saf", 3, 3, False, "saf", "event"),
        lang="fr",
    ),
    # --- R2: a coordination of two parties, and a pronoun for it, is a mixed toll -----------
    c(
        "r2-them-army-and-joint-force",
        "هاجمت قواتنا مواقع الجيش والقوة المشتركة في الفاشر وقتلت المئات منهم.",
        ("killed", "unknown", 200, 999, True, "self", "event"),
        side="rsf",
    ),
    c(
        "r2-them-army-and-mobilised",
        "هاجمت قواتنا مواقع الجيش والمستنفرين وقتلت العشرات منهم.",
        ("killed", "unknown", 20, 99, True, "self", "event"),
        side="rsf",
    ),
    c(
        "r2-them-army-alone-stays-saf",
        "هاجمت قواتنا مواقع الجيش في بابنوسة وقتلت العشرات منهم.",
        ("killed", "saf", 20, 99, True, "self", "event"),
        side="rsf",
    ),
    c(
        "r2-dead-of-army-and-mobilised",
        "سقط عشرات من قتلى الجيش والمستنفرين في محور بارا.",
        ("killed", "unknown", 20, 99, True, "self", "event"),
        side="rsf",
    ),
    c(
        "r2-two-names-of-one-party-stay-it",
        "قتل ٣٠ من عناصر الدعم السريع والجنجويد في الفاشر.",
        ("killed", "rsf", 30, 30, False, "self", "event"),
    ),
    c(
        "r2-armed-movements-mercenaries",
        "قتلنا ٥٠ من مرتزقة الحركات المسلحة في الصحراء.",
        ("killed", "unknown", 50, 50, False, "self", "event"),
        side="rsf",
    ),
    c(
        "r2-en-them-two-parties",
        "Our troops attacked Russian and North Korean positions, killing dozens of them.",
        ("killed", "unknown", 20, 99, True, "self", "event"),
        lang="en",
        side="ua",
    ),
    # --- R4: "the attackers" are the group the sentence or the one before names attacking ---
    c(
        "r4-attackers-same-sentence",
        "قتل ٥ جنود في هجوم شنه مسلحون من تنظيم داعش على موقع للجيش، وأسفرت الاشتباكات عن "
        "مقتل ٣ من المهاجمين.",
        ("killed", "unknown", 5, 5, False, "self", "event"),
        ("killed", "is", 3, 3, False, "self", "event"),
    ),
    c(
        "r4-attackers-sentence-before",
        "شن مسلحون من جماعة نصرة الإسلام والمسلمين هجوماً على موقع للجيش المالي قرب موبتي. "
        "وقال الجيش إنه قتل ١٢ من المهاجمين.",
        ("killed", "jnim", 12, 12, False, "fama", "event"),
    ),
    c(
        "r4-attackers-unnamed-stay-unknown",
        "هاجم مسلحون موقعاً للجيش. وقال الجيش إنه قتل ١٢ من المهاجمين.",
        ("killed", "unknown", 12, 12, False, "army", "event"),
    ),
    c(
        "r4-sentence-before-no-attack-does-not-reach",
        "تنتشر جماعة نصرة الإسلام والمسلمين في وسط مالي. وقال الجيش إنه قتل ١٢ من المهاجمين.",
        ("killed", "unknown", 12, 12, False, "fama", "event"),
    ),
    c(
        "r4-en-attackers-sentence-before",
        "JNIM militants attacked an army post near Mopti on Sunday. The army said it killed 12 "
        "of the attackers.",
        ("killed", "jnim", 12, 12, False, "fama", "event"),
        lang="en",
    ),
    c(
        "r4-fr-assaillants-phrase-avant",
        "Des combattants du JNIM ont attaqué un poste de l'armée près de Mopti. L'armée a dit "
        "avoir tué 12 des assaillants.",
        ("killed", "jnim", 12, 12, False, "fama", "event"),
        lang="fr",
    ),
    # --- R6: "في صفوف X" names X, an outsider too ------------------------------------------
    c(
        "r6-north-korean-ranks-unknown",
        "أعلنت الاستخبارات الكورية الجنوبية سقوط ٤٧٠٠ قتيل وجريح في صفوف القوات الكورية "
        "الشمالية، بينهم ٦٠٠ قتيل.",
        ("casualties", "unknown", 4700, 4700, False, "intelligence", "event"),
        ("killed", "unknown", 600, 600, False, "intelligence", "event"),
        side="ru",
    ),
    c(
        "r6-chadian-ranks-unknown",
        "قتل ٤٠ في صفوف القوات التشادية قرب الحدود.",
        ("killed", "unknown", 40, 40, False, "self", "event"),
        side="rsf",
    ),
    c(
        "r6-russian-ranks-ru",
        "سقط ٤٠ قتيلاً في صفوف القوات الروسية قرب كورسك.",
        ("killed", "ru", 40, 40, False, "self", "event"),
    ),
    # --- R3: Sudanese slang names a party only in a Sudan post ------------------------------
    c(
        "r3-fulul-syria-unknown",
        "قتل ٢٠ من فلول النظام البائد في كمين بريف حمص.",
        ("killed", "unknown", 20, 20, False, "self", "event"),
    ),
    c(
        "r3-fulul-sabiq-latakia-unknown",
        "أعلنت السلطات مقتل ١٤ من فلول النظام السابق في اشتباكات قرب اللاذقية.",
        ("killed", "unknown", 14, 14, False, "authorities", "event"),
    ),
    c(
        "r3-fulul-sudan-saf",
        "قتلت قواتنا ٣٥ من فلول النظام البائد في محور بابنوسة.",
        ("killed", "saf", 35, 35, False, "self", "event"),
        side="rsf",
    ),
    c(
        "r3-fulul-no-place-stays-saf",
        "تم القضاء على ٢٠ من الفلول والكيزان.",
        ("killed", "saf", 20, 20, False, "self", "event"),
    ),
    c(
        "r3-ashawis-libya-unknown",
        "قتل ١٢ من الأشاوس في اشتباكات جنوب ليبيا.",
        ("killed", "unknown", 12, 12, False, "self", "event"),
    ),
    c(
        "r3-ashawis-sudan-rsf",
        "مقتل ١٢ من الأشاوس في هجوم على الفاشر.",
        ("killed", "rsf", 12, 12, False, "self", "event"),
    ),
    c(
        "r3-janja-is-rsf",
        "قتل ١٠ من الجنجا في الخرطوم.",
        ("killed", "rsf", 10, 10, False, "self", "event"),
    ),
    c(
        "r3-balabsa-is-saf",
        "قتل الأشاوس ٣٠ من البلابسة في نيالا.",
        ("killed", "saf", 30, 30, False, "self", "event"),
    ),
    c(
        "r3-janjaweed-unique-name-stays-in-chad-post",
        "قتل ٨ من الجنجويد قرب الحدود مع تشاد.",
        ("killed", "rsf", 8, 8, False, "self", "event"),
    ),
]


@pytest.mark.parametrize("c", params(CASES))
def test_ar_round10(c: Case) -> None:
    check(c)
