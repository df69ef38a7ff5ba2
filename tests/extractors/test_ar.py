"""Arabic: one case per phenomenon of shared/claims-spec.md, in sentences of our own.

Claims are (kind, victim, low, high, approx, claimant, scope).
"""

from __future__ import annotations

import pytest

from extractors import extract
from tests.extractors.cases import Case, Expected, case, check, params


def c(id: str, text: str, *claims: Expected, side: str | None = None) -> Case:
    return case(id, text, *claims, lang="ar", side=side)


CASES: list[Case] = [
    # --- kinds ---------------------------------------------------------------------------
    c(
        "killed-qutila-indic-digits",
        "قُتل ١٤ مدنياً في قصف مدفعي استهدف سوقاً شعبياً في مدينة الفاشر.",
        ("killed", "civilians", 14, 14, False, "self", "event"),
    ),
    c(
        "killed-maqtal",
        "أسفرت غارة جوية عن مقتل ٢٣ عنصراً من قوات الدعم السريع شرقي الخرطوم.",
        ("killed", "rsf", 23, 23, False, "self", "event"),
    ),
    c(
        "killed-laqu-hatfahum-word",
        "لقي سبعة جنود ماليين حتفهم إثر انفجار لغم أرضي قرب غاو.",
        ("killed", "fama", 7, 7, False, "self", "event"),
    ),
    c(
        "killed-istushhida",
        "استشهد خمسة مدنيين في قصف لقوات الدعم السريع على مدينة الأبيض.",
        ("killed", "civilians", 5, 5, False, "self", "event"),
    ),
    c(
        "killed-tahyid-party-claimant",
        "أعلن الجيش المالي تحييد ٢٥ إرهابياً في منطقة موبتي.",
        ("killed", "unknown", 25, 25, False, "fama", "event"),
    ),
    c(
        "killed-qada-ala",
        "قال الجيش السوداني إنه قضى على أكثر من ٦٠ من عناصر الدعم السريع.",
        ("killed", "rsf", 60, None, False, "saf", "event"),
    ),
    c(
        "killed-dahaya-irtafaa-ila-is-exact",
        "ارتفع عدد ضحايا القصف الروسي على خاركيف إلى ١٩ مدنياً.",
        ("killed", "civilians", 19, 19, False, "self", "event"),
    ),
    c(
        "wounded-usiba-part-not-counted",
        "أصيب ١١ مدنياً بينهم ثلاثة أطفال في قصف أوكراني على مدينة بيلغورود.",
        ("wounded", "civilians", 11, 11, False, "self", "event"),
    ),
    c(
        "wounded-jarih",
        "خلّف القصف ٣٠ جريحاً في صفوف القوات الأوكرانية.",
        ("wounded", "ua", 30, 30, False, "self", "event"),
    ),
    c(
        "captured-asarat",
        "أسرت القوات الأوكرانية ٢٥ جندياً روسياً في مقاطعة كورسك.",
        ("captured", "ru", 25, 25, False, "self", "event"),
    ),
    c(
        "captured-istaslama-ru-mod",
        "استسلم تسعة جنود أوكرانيين قرب كرينكي، بحسب وزارة الدفاع الروسية.",
        ("captured", "ua", 9, 9, False, "ru_mod", "event"),
    ),
    c(
        "captured-hostages",
        "احتجز مسلحون من تنظيم داعش ١٤ مدنياً رهائن في شمال موزمبيق.",
        ("captured", "civilians", 14, 14, False, "self", "event"),
    ),
    c(
        "captured-abducted-nahw",
        "اختطفت قوات الدعم السريع نحو ٣٠ مدنياً من قرية في شمال دارفور.",
        ("captured", "civilians", 30, 30, True, "self", "event"),
    ),
    c(
        "missing-mafqudin",
        "لا يزال ١٧ جندياً مالياً في عداد المفقودين بعد كمين ديورا.",
        ("missing", "fama", 17, 17, False, "self", "event"),
    ),
    c(
        "missing-fate-unknown",
        "فُقد ١٢ مدنياً ولا يزال مصيرهم مجهولاً بعد اقتحام مسلحين قريتهم في وسط مالي.",
        ("missing", "civilians", 12, 12, False, "self", "event"),
    ),
    c(
        "casualties-bayna-qatil-wa-jarih",
        "سقط نحو ١٢٠ عسكرياً أوكرانياً بين قتيل وجريح في هجوم فاشل قرب توريتسك.",
        ("casualties", "ua", 120, 120, True, "self", "event"),
    ),
    c(
        "casualties-khasair-bashariya",
        "تكبّد الجيش الروسي خسائر بشرية تجاوزت ٣٠٠ جندي في معركة فوهليدار.",
        ("casualties", "ru", 300, None, False, "self", "event"),
    ),
    # --- the verb of losing --------------------------------------------------------------
    c(
        "lost-event-faqadat",
        "فقدت وحدة أوكرانية ستة جنود في كمين قرب كليشيفكا.",
        ("killed", "ua", 6, 6, False, "self", "event"),
    ),
    c(
        "lost-event-dual",
        "خسر الجيش المالي جنديين في هجوم على قافلة قرب أنسونغو.",
        ("killed", "fama", 2, 2, False, "self", "event"),
    ),
    c(
        "lost-period-is-casualties",
        "خسرت القوات الأوكرانية أكثر من ٢٩٠ عسكرياً خلال الـ٢٤ ساعة الماضية على محور كورسك، وفق وزارة الدفاع الروسية.",
        ("casualties", "ua", 290, None, False, "ru_mod", "period"),
    ),
    c(
        "lost-daily-is-casualties",
        "يخسر الجيش الروسي يومياً ما يصل إلى ١٥٠٠ جندي، بحسب هيئة الأركان الأوكرانية.",
        ("casualties", "ru", None, 1500, False, "ua_gs", "period"),
    ),
    c(
        "lost-cumulative-alf",
        "خسرت روسيا أكثر من ٦٠٠ ألف جندي منذ بدء الغزو الشامل، وفق هيئة الأركان العامة الأوكرانية.",
        ("casualties", "ru", 600000, None, False, "ua_gs", "cumulative"),
    ),
    c(
        "lost-split-word-decides",
        "وأعلنت وزارة الدفاع الروسية أن الجيش الأوكراني فقد خلال الأسبوع الماضي نحو ٤٠٠ قتيل على محور بوكروفسك.",
        ("killed", "ua", 400, 400, True, "ru_mod", "period"),
    ),
    # --- quantities ----------------------------------------------------------------------
    c(
        "dual-nominative",
        "أُصيب ضابطان روسيان في قصف أوكراني على دونيتسك.",
        ("wounded", "ru", 2, 2, False, "self", "event"),
    ),
    c(
        "dual-children-are-civilians",
        "قُتل طفلان في قصف على حي سكني في أم درمان.",
        ("killed", "civilians", 2, 2, False, "self", "event"),
    ),
    c(
        "dual-alfayn-cumulative",
        "تجاوز عدد القتلى المدنيين في الفاشر ألفين منذ بدء الحصار.",
        ("killed", "civilians", 2000, None, False, "self", "cumulative"),
    ),
    c(
        "dual-miatay-construct",
        "أسر الجيش السوداني مئتي عنصر من الدعم السريع في معركة سنجة.",
        ("captured", "rsf", 200, 200, False, "self", "event"),
    ),
    c(
        "num-word-compound-nominative",
        "قُتل ثلاثة وعشرون مدنياً في قصف مدفعي على سوق صابرين بأم درمان.",
        ("killed", "civilians", 23, 23, False, "self", "event"),
    ),
    c(
        "num-word-teen-accusative",
        "أعلن الجيش السوداني أسر خمسة عشر عنصراً من الدعم السريع.",
        ("captured", "rsf", 15, 15, False, "saf", "event"),
    ),
    c(
        "num-word-hundred-and-twenty",
        "أصيب مئة وعشرون مدنياً في قصف على مدينة الأبيض.",
        ("wounded", "civilians", 120, 120, False, "self", "event"),
    ),
    c(
        "num-word-ithnayn",
        "أقرّ الجيش المالي بمقتل اثنين من جنوده.",
        ("killed", "fama", 2, 2, False, "fama", "event"),
    ),
    c(
        "qty-about-nahw",
        "قُتل نحو ٦٠ جندياً أوكرانياً في هجوم مضاد قرب كوراخوف.",
        ("killed", "ua", 60, 60, True, "self", "event"),
    ),
    c(
        "qty-about-hawali",
        "أصيب حوالي ١٢٠ جندياً روسياً في ضربة صاروخية على ثكنة في كورسك.",
        ("wounded", "ru", 120, 120, True, "self", "event"),
    ),
    c(
        "qty-about-qurabat-week",
        "قُتل قرابة ٩٠ مدنياً خلال أسبوع من القصف على دونيتسك.",
        ("killed", "civilians", 90, 90, True, "self", "period"),
    ),
    c(
        "qty-about-ma-yuqarib",
        "أسر المتمردون الطوارق ما يقارب ٤٥ عنصراً من فاغنر.",
        ("captured", "wagner", 45, 45, True, "self", "event"),
    ),
    c(
        "qty-more-than-aktar-min",
        "قُتل أكثر من 40 عنصراً من داعش في غارات جوية على البادية السورية.",
        ("killed", "is", 40, None, False, "self", "event"),
    ),
    c(
        "qty-more-than-ma-yazid-an",
        "أسرت القوات المسلحة السودانية ما يزيد عن ٥٠ من عناصر الدعم السريع.",
        ("captured", "rsf", 50, None, False, "self", "event"),
    ),
    c(
        "qty-at-least-ala-al-aqall",
        "قُتل ١٢ مدنياً على الأقل في غارة بطائرة مسيّرة على مدينة كوستي.",
        ("killed", "civilians", 12, None, False, "self", "event"),
    ),
    c(
        "qty-at-least-la-yaqillu-an",
        "أصيب ما لا يقل عن ٣٠ جندياً سودانياً في قصف للدعم السريع على قاعدة وادي سيدنا.",
        ("wounded", "saf", 30, None, False, "self", "event"),
    ),
    c(
        "qty-up-to-hatta",
        "قالت وزارة الدفاع الروسية إن القوات الأوكرانية خسرت حتى ٤٦٠ عسكرياً خلال يوم واحد في منطقة كورسك.",
        ("casualties", "ua", None, 460, False, "ru_mod", "period"),
    ),
    c(
        "qty-up-to-ma-yasil-ila",
        "دمّرت ضربة صاروخية روسية مركز تدريب وقتلت ما يصل إلى ٣٥ عسكرياً أوكرانياً.",
        ("killed", "ua", None, 35, False, "self", "event"),
    ),
    c(
        "qty-no-more-than-la-tatajawaz",
        "قال الجيش المالي إن خسائره في الهجوم لا تتجاوز خمسة جنود.",
        ("casualties", "fama", None, 5, False, "fama", "event"),
    ),
    c(
        "qty-fewer-than-aqall-min",
        "قال الجيش المالي إنه فقد أقل من عشرة جنود في كمين بوني.",
        ("killed", "fama", None, 10, False, "fama", "event"),
    ),
    c(
        "qty-range-bayna",
        "قُتل بين ٣٠ و٤٠ جندياً مالياً في الهجوم على معسكر بولكيسي.",
        ("killed", "fama", 30, 40, False, "self", "event"),
    ),
    c(
        "qty-range-min-ila",
        "أصيب من ١٥ إلى ٢٠ عسكرياً أوكرانياً في الضربة على مدينة كراماتورسك.",
        ("wounded", "ua", 15, 20, False, "self", "event"),
    ),
    c(
        "qty-about-ten",
        "قُتل نحو عشرة من عناصر داعش في اشتباك مع الجيش النيجري.",
        ("killed", "is", 10, 10, True, "self", "event"),
    ),
    c(
        "qty-tens-asharat",
        "قُتل عشرات المدنيين في هجوم لقوات الدعم السريع على قرية بولاية الجزيرة.",
        ("killed", "civilians", 20, 99, True, "self", "event"),
    ),
    c(
        "qty-tens-al-asharat-min",
        "أُسر العشرات من الجنود الأوكرانيين في منطقة كورسك.",
        ("captured", "ua", 20, 99, True, "self", "event"),
    ),
    c(
        "qty-hundreds-iddat-miat",
        "أصيب عدة مئات من الجنود الروس في معارك أفديفكا.",
        ("wounded", "ru", 200, 999, True, "self", "event"),
    ),
    c(
        "qty-thousands-cumulative-ru-mod",
        "أُسر آلاف الجنود الأوكرانيين منذ بدء الحرب، وفق وزارة الدفاع الروسية.",
        ("captured", "ua", 2000, 9999, True, "ru_mod", "cumulative"),
    ),
    c(
        "qty-tens-of-thousands",
        "أودت الحرب في السودان بحياة عشرات الآلاف منذ اندلاعها في أبريل ٢٠٢٣.",
        ("killed", "unknown", 20000, 99999, True, "self", "cumulative"),
    ),
    c(
        "qty-several-idda",
        "أصيب عدة جنود ماليين في هجوم بطائرة مسيّرة على قاعدة كيدال.",
        ("wounded", "fama", 2, 9, True, "self", "event"),
    ),
    c(
        "qty-several-bidat-party-claimant",
        "قالت جبهة تحرير أزواد إن مقاتليها أسروا بضعة جنود ماليين.",
        ("captured", "fama", 2, 9, True, "tuareg", "event"),
    ),
    c(
        "qty-more-than-ten",
        "قُتل أكثر من عشرة جنود روس في ضربة على مطار في القرم.",
        ("killed", "ru", 10, None, False, "self", "event"),
    ),
    c(
        "qty-no-more-than-dozens",
        "أكد الجيش السوداني أن خسائره في معركة الفاشر لا تتجاوز العشرات.",
        ("casualties", "saf", None, 99, True, "saf", "event"),
    ),
    c(
        "zero-duna-khasair-bashariya",
        "سقطت الطائرة المسيّرة في أرض خالية دون وقوع خسائر بشرية.",
        ("casualties", "unknown", 0, 0, False, "self", "event"),
    ),
    c(
        "zero-our-forces-saf-side",
        "تصدّت قواتنا لهجوم المليشيا المتمردة على بابنوسة دون أي خسائر في صفوفها.",
        ("casualties", "saf", 0, 0, False, "self", "event"),
        side="saf",
    ),
    c(
        "zero-no-soldier-killed",
        "لم يُقتل أي جندي مالي في الهجوم، بحسب بيان للجيش.",
        ("killed", "fama", 0, 0, False, "fama", "event"),
    ),
    # --- number formats ------------------------------------------------------------------
    c(
        "fmt-alf-wa-compound-running",
        "بلغت خسائر الجيش الروسي منذ بداية الحرب نحو 712 ألفاً و330 جندياً، بينهم 1520 خلال اليوم الماضي، بحسب هيئة الأركان الأوكرانية.",
        ("casualties", "ru", 712330, 712330, True, "ua_gs", "cumulative"),
        ("casualties", "ru", 1520, 1520, False, "ua_gs", "period"),
    ),
    c(
        "fmt-indic-alf",
        "قُتل أو أصيب أكثر من ٢٠٠ ألف جندي روسي منذ بدء الحرب.",
        ("casualties", "ru", 200000, None, False, "self", "cumulative"),
    ),
    c(
        "fmt-million-word",
        "تجاوزت خسائر الجيش الروسي مليون جندي بين قتيل وجريح منذ بدء الحرب، بحسب هيئة الأركان الأوكرانية.",
        ("casualties", "ru", 1000000, None, False, "ua_gs", "cumulative"),
    ),
    c(
        "fmt-alf-wa-khamsumia-un-month",
        "وثّقت الأمم المتحدة مقتل نحو ألف وخمسمئة مدني في السودان خلال شهر يوليو.",
        ("killed", "civilians", 1500, 1500, True, "un", "period"),
    ),
    c(
        "fmt-tatweel-and-diacritics",
        "قُتِلَ ٢٧ مُسلَّحاً من تنظيم داعـــش في كمين للجيش العراقي.",
        ("killed", "is", 27, 27, False, "self", "event"),
    ),
    # --- several claims, victims ----------------------------------------------------------
    c(
        "multi-two-victims-one-verb",
        "قُتل ١٩ عنصراً من الفيلق الأفريقي و١١ جندياً مالياً في كمين قرب كيدال.",
        ("killed", "wagner", 19, 19, False, "self", "event"),
        ("killed", "fama", 11, 11, False, "self", "event"),
    ),
    c(
        "multi-three-kinds",
        "قتلت القوات الروسية ٤٣ جندياً أوكرانياً وأسرت ٨ آخرين وأصابت نحو ٢٠ في معارك قرب سودجا.",
        ("killed", "ua", 43, 43, False, "self", "event"),
        ("captured", "ua", 8, 8, False, "self", "event"),
        ("wounded", "ua", 20, 20, True, "self", "event"),
    ),
    c(
        "alias-clitic-lam",
        "وأسفر القصف عن مقتل ٨ جنود تابعين للجيش السوداني في كادوقلي.",
        ("killed", "saf", 8, 8, False, "self", "event"),
    ),
    c(
        "alias-tuareg",
        "قُتل ٢٠ مقاتلاً من المتمردين الطوارق في غارة بطائرة مسيّرة قرب تينزاواتين.",
        ("killed", "tuareg", 20, 20, False, "self", "event"),
    ),
    c(
        "alias-jnim",
        "قُتل ١٥ من مسلحي جماعة نصرة الإسلام والمسلمين في غارة للجيش المالي.",
        ("killed", "jnim", 15, 15, False, "self", "event"),
    ),
    c(
        "alias-wagner-mercenaries",
        "أصيب ستة من مرتزقة فاجنر في هجوم على قاعدة تيساليت.",
        ("wounded", "wagner", 6, 6, False, "self", "event"),
    ),
    c(
        "enemy-from-saf-side",
        "بيان | كبّدت قواتنا العدو أكثر من ٣٠٠ قتيل في محور الفاشر خلال الأسبوع الماضي.",
        ("killed", "rsf", 300, None, False, "self", "period"),
        side="saf",
    ),
    c(
        "ours-from-rsf-side",
        "ارتقى ٦ من أبطالنا في معركة الخوي. المجد للشهداء ✌️",
        ("killed", "rsf", 6, 6, False, "self", "event"),
        side="rsf",
    ),
    c(
        "ours-from-saf-side",
        "وأصيب ٤ من جنود قواتنا بجروح طفيفة.",
        ("wounded", "saf", 4, 4, False, "self", "event"),
        side="saf",
    ),
    c(
        "unknown-foreign-army",
        "قُتل ٢٩ جندياً نيجرياً في هجوم لتنظيم داعش قرب الحدود مع مالي.",
        ("killed", "unknown", 29, 29, False, "self", "event"),
    ),
    c(
        "unknown-militia",
        "قُتل ١٨ من عناصر ميليشيا المتطوعين للدفاع عن الوطن في بوركينا فاسو.",
        ("killed", "unknown", 18, 18, False, "self", "event"),
    ),
    c(
        "unknown-mixed-sides",
        "قُتل ٣١ شخصاً بين عسكريين ومدنيين في قصف على سوق الفاشر.",
        ("killed", "unknown", 31, 31, False, "self", "event"),
    ),
    c(
        "unknown-people",
        "قُتل ١١ شخصاً في غارة جوية على سوق في نيالا.",
        ("killed", "unknown", 11, 11, False, "self", "event"),
    ),
    # --- claimants -----------------------------------------------------------------------
    c(
        "claimant-ru-mod-period",
        "أعلنت وزارة الدفاع الروسية القضاء على ما يصل إلى ٧٠ عسكرياً أوكرانياً خلال الـ٢٤ ساعة الماضية في اتجاه خيرسون.",
        ("killed", "ua", None, 70, False, "ru_mod", "period"),
    ),
    c(
        "claimant-wsj",
        "ذكرت صحيفة وول ستريت جورنال أن عشرات من عناصر فاغنر قُتلوا في الكمين.",
        ("killed", "wagner", 20, 99, True, "wsj", "event"),
    ),
    c(
        "claimant-reuters",
        "قُتل ١٢ جندياً مالياً في كمين قرب غاو، بحسب إحصاء لوكالة رويترز.",
        ("killed", "fama", 12, 12, False, "reuters", "event"),
    ),
    c(
        "claimant-afp",
        "أفادت وكالة فرانس برس بمقتل ٧٠ مدنياً على الأقل في هجوم على بلدة بارسالوغو.",
        ("killed", "civilians", 70, None, False, "afp", "event"),
    ),
    c(
        "claimant-bbc-cumulative",
        "وثّقت بي بي سي مقتل أكثر من ٦٠٠ مجند روسي منذ بدء التوغل الأوكراني في كورسك.",
        ("killed", "ru", 600, None, False, "bbc", "cumulative"),
    ),
    c(
        "claimant-mediazona-cumulative",
        "أحصى موقع ميديازونا أسماء أكثر من ٩٥ ألف عسكري روسي قُتلوا منذ بدء الغزو.",
        ("killed", "ru", 95000, None, False, "mediazona", "cumulative"),
    ),
    c(
        "claimant-tuareg-csp",
        "قال قيادي في الإطار الاستراتيجي الدائم إن ٣٠ عنصراً من فاغنر قُتلوا في المعارك.",
        ("killed", "wagner", 30, 30, False, "tuareg", "event"),
    ),
    c(
        "claimant-rsf-statement",
        "قالت قوات الدعم السريع في بيان إنها قتلت أكثر من ١٠٠ جندي من الجيش السوداني في الأبيض.",
        ("killed", "saf", 100, None, False, "rsf", "event"),
    ),
    c(
        "claimant-jnim",
        "تبنّت جماعة نصرة الإسلام والمسلمين الهجوم، وقالت إنها قتلت ٣٠ جندياً مالياً.",
        ("killed", "fama", 30, 30, False, "jnim", "event"),
    ),
    # --- scope, parts, repetition --------------------------------------------------------
    c(
        "scope-past-week",
        "قُتل تسعة مدنيين في قصف على منطقة بيلغورود خلال الأسبوع الماضي.",
        ("killed", "civilians", 9, 9, False, "self", "period"),
    ),
    c(
        "part-same-kind-baynahum",
        "قُتل ١١ مدنياً، بينهم طفلان، في قصف على سوق في دونيتسك.",
        ("killed", "civilians", 11, 11, False, "self", "event"),
    ),
    c(
        "part-other-kind-counted",
        "خسرت القوات الروسية نحو ألفي جندي قرب بوكروفسك خلال الأسبوع الماضي، بينهم ٧٠٠ قتيل على الأقل.",
        ("casualties", "ru", 2000, 2000, True, "self", "period"),
        ("killed", "ru", 700, None, False, "self", "period"),
    ),
    c(
        "headline-repeat-one-claim",
        "عاجل | مقتل ٣٥ مدنياً في قصف روسي على سومي\n\n"
        "قُتل ٣٥ مدنياً صباح الأحد في ضربة صاروخية روسية استهدفت وسط مدينة سومي.",
        ("killed", "civilians", 35, 35, False, "self", "event"),
    ),
    # --- not claims ----------------------------------------------------------------------
    c(
        "nonclaim-equipment",
        "دمّرت المسيّرات الأوكرانية ٤ دبابات و١١ مدرعة قرب بوكروفسك.",
    ),
    c(
        "nonclaim-returned-from-captivity",
        "عاد ١٨٩ عسكرياً أوكرانياً إلى بلادهم من الأسر الروسي.",
    ),
    c(
        "nonclaim-repatriated-bodies",
        "تسلّمت أوكرانيا جثامين ٥٦٣ جندياً قُتلوا في المعارك.",
    ),
    c(
        "nonclaim-refugees",
        "وصل أكثر من ٢٠ ألف لاجئ سوداني إلى تشاد خلال أسبوع واحد.",
    ),
    c(
        "nonclaim-displaced",
        "نزح أكثر من ١٢ ألف شخص من منطقة سودجا.",
    ),
    c(
        "nonclaim-police-arrests",
        "اعتقلت الشرطة ١٤ متظاهراً أمام مبنى البرلمان.",
    ),
    c(
        "nonclaim-date-and-force-size",
        "بدأ الهجوم في الساعة ٥:٣٠ من صباح ٦ أغسطس بمشاركة نحو ألف جندي أوكراني.",
    ),
    c(
        "nonclaim-distance-nahw-toward",
        "تقدمت القوات الروسية مسافة ٤ كيلومترات نحو بوكروفسك.",
    ),
    c(
        "nonclaim-age",
        "يبلغ متوسط أعمار المجندين الجدد في الجيش الأوكراني ٣٨ عاماً.",
    ),
    c(
        "nonclaim-unit-number",
        "انسحبت وحدات من اللواء ١٥٥ الأوكراني من مواقعها قرب بوكروفسك.",
    ),
    c(
        "nonclaim-year-recruits",
        "جنّد الجيش الروسي أكثر من ٤٠٠ ألف متعاقد في عام ٢٠٢٣.",
    ),
    c(
        "nonclaim-percent",
        "ارتفعت خسائر الجيش الروسي بنسبة ٣٠٪ في أغسطس مقارنة بيوليو.",
    ),
    c(
        "nonclaim-votes",
        "صوّت ٩٣ عضواً لصالح القرار مقابل ١٨ صوتاً معارضاً.",
    ),
    c(
        "nonclaim-heavy-losses",
        "تكبّد الطرفان خسائر فادحة في معارك الفاشر.",
    ),
    c(
        "nonclaim-injuries-no-number",
        "أفادت مصادر طبية بوجود إصابات بين المدنيين جراء القصف.",
    ),
    c(
        "nonclaim-lost-equipment",
        "خسر الجيش الأوكراني ١٢ مدرعة في الهجوم الفاشل.",
    ),
    c(
        "nonclaim-deployment",
        "نشرت روسيا نحو ٢٠٠ من عناصر الفيلق الأفريقي في النيجر.",
    ),
    c(
        "nonclaim-day-count",
        "دخلت الحرب في السودان يومها الـ٥٠٠ وسط تحذيرات من مجاعة واسعة.",
    ),
    # --- the language detected, not given ------------------------------------------------
    case(
        "detect-lang-ar",
        "قُتل ١٤ جندياً أوكرانياً قرب توريتسك.",
        ("killed", "ua", 14, 14, False, "self", "event"),
        lang=None,
    ),
    # --- round 6: one person named by office or standing --------------------------------
    c(
        "single-office-ightiyal-omda",
        "اغتيال عمدة بلدة في الريف الغربي برصاص مجهولين",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-maqtal-zaim",
        "مقتل زعيم قبلي في هجوم مسلح على منزله",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-wounded-sheikh",
        "أصيب شيخ عشيرة بجروح في انفجار عبوة ناسفة",
        ("wounded", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-arrest-no-claim",
        "اعتقال عمدة البلدة بتهمة الفساد",
    ),
    # --- round 6: deaths no one caused --------------------------------------------------
    c(
        "natural-death-illness-no-claim",
        "توفي شيخ العشيرة إثر مرض عضال في منزله",
    ),
    c(
        "natural-death-hunger-no-claim",
        "مات 15 شخصا جوعا في المخيم المحاصر خلال أسبوع",
    ),
    c(
        "natural-death-wounds-still-killed",
        "توفي ثلاثة جنود متأثرين بجروحهم في المستشفى",
        ("killed", "unknown", 3, 3, False, "self", "event"),
    ),
    # --- round 6: "ومثلهم من الجرحى" ----------------------------------------------------
    c(
        "same-number-mithluhum",
        "قتل ستة مدنيين ومثلهم من الجرحى في قصف على السوق",
        ("killed", "civilians", 6, 6, False, "self", "event"),
        ("wounded", "civilians", 6, 6, False, "self", "event"),
    ),
    c(
        "same-number-mithluhum-after-noun",
        "سقط عشرة قتلى ومثلهم جرحى في الانفجار",
        ("killed", "unknown", 10, 10, False, "self", "event"),
        ("wounded", "unknown", 10, 10, False, "self", "event"),
    ),
    # --- round 7: the verb after its counted noun, diacritics and tatweel anywhere ---------
    c(
        "verb-after-noun-killed-then-wounded-dozens",
        "ذكر التقرير أن 31 مدنياً على الأقل قُتِلوا وأُصيب العشرات في قصف على سوق المدينة.",
        ("killed", "civilians", 31, None, False, "self", "event"),
        ("wounded", "civilians", 20, 99, True, "self", "event"),
    ),
    c(
        "verb-after-noun-killed-then-wounded-hundreds",
        "أكد ناشطون أن ١٧ شخصاً قُتـلوا وأُصيب المئات جراء انفجار مستودع الذخيرة.",
        ("killed", "unknown", 17, 17, False, "activists", "event"),
        ("wounded", "unknown", 200, 999, True, "activists", "event"),
    ),
    c(
        "verb-after-noun-laqu-hatfahum-then-wounded-several",
        "ثمانية مدنيين لَقُوا حَتْفَهُم وأُصيب عدة آخرون في غارة على قرية قرب كادقلي.",
        ("killed", "civilians", 8, 8, False, "self", "event"),
        ("wounded", "civilians", 2, 9, True, "self", "event"),
    ),
    c(
        "verb-after-noun-saqatu-qatla",
        "أفادت مصادر بأن 26 جندياً مالياً سقطوا قتلى وأُصيب عشرات آخرون في كمين قرب تمبكتو.",
        ("killed", "fama", 26, 26, False, "sources", "event"),
        ("wounded", "fama", 20, 99, True, "sources", "event"),
    ),
    c(
        "verb-after-noun-usibu-bi-jurouh",
        "تسعة أطفال أُصِيبُوا بجروح متفاوتة في سقوط قذيفة على مدرسة.",
        ("wounded", "civilians", 9, 9, False, "self", "event"),
    ),
    c(
        "verb-after-noun-saqatu-split-is-casualties",
        "قرابة ٥٠ شخصاً سقطوا بين قتيل وجريح في القصف على الحي.",
        ("casualties", "unknown", 50, 50, True, "self", "event"),
    ),
    c(
        "verb-after-noun-saqatu-jarha",
        "عشرون مدنياً سقطوا جرحى في قصف مدفعي على المخيم.",
        ("wounded", "civilians", 20, 20, False, "self", "event"),
    ),
    c(
        "verb-after-noun-one-verb-pair-still-lumps",
        "أسفر الهجوم عن مقتل وإصابة العشرات من المدنيين.",
        ("casualties", "civilians", 20, 99, True, "self", "event"),
    ),
    # --- round 7: bodies handed over, households, disease: no casualty claims --------------
    c(
        "nonclaim-bodies-received-in-exchange",
        "تسلّمت السلطات الأوكرانية 757 جثة من الجانب الروسي مقابل 34 جثة سلمتها لموسكو.",
    ),
    c(
        "nonclaim-bodies-handed-over-subject-between",
        "سلّمت روسيا 909 جثث إلى أوكرانيا في إطار صفقة جديدة.",
    ),
    c(
        "nonclaim-bodies-recovered",
        "استعادت كييف 563 جثة لجنود قتلوا على الجبهة.",
    ),
    c(
        "nonclaim-households-in-need",
        "قالت المنظمة إن أكثر من ٣١٠٠ أسرة بحاجة إلى غذاء عاجل، فيما قُتل ٩ مدنيين في القصف.",
        ("killed", "civilians", 9, 9, False, "organisation", "event"),
    ),
    c(
        "nonclaim-families-displaced",
        "فرّت ٤٥٠ عائلة من القرية بعد الهجوم.",
    ),
    c(
        "captured-verb-still-read-beside-families",
        "أسر الجيش ١٨ من عناصر الدعم السريع قرب سنار.",
        ("captured", "rsf", 18, 18, False, "self", "event"),
    ),
    c(
        "nonclaim-cholera-cases-and-deaths",
        "سجلت وزارة الصحة ٢٨٧ إصابة جديدة بالكوليرا و٩ وفيات خلال يومين.",
    ),
    c(
        "nonclaim-cholera-toll",
        "ارتفعت حصيلة الكوليرا في الولاية إلى ٤١٠ وفاة منذ بداية التفشي.",
    ),
    c(
        "nonclaim-death-of-cholera",
        "وفاة ١٦ شخصاً بالكوليرا في معسكر للنازحين.",
    ),
    c(
        "nonclaim-malnutrition",
        "توفي ٣٢ طفلاً بسبب سوء التغذية في المخيم خلال شهر.",
    ),
    c(
        "killed-in-strike-on-camp-with-cholera",
        "قُتل ١٤ نازحاً في قصف على مخيم يعاني من تفشي الكوليرا.",
        ("killed", "civilians", 14, 14, False, "self", "event"),
    ),
    # --- round 7: Sudanese colloquial posts ---------------------------------------------
    c(
        "sd-villager-katalu-and-khatafu",
        "الدعامة هجموا على حلتنا الصباح كتلوا ٩ من أهلنا وخطفوا ٣ بنات",
        ("killed", "civilians", 9, 9, False, "self", "event"),
        ("captured", "civilians", 3, 3, False, "self", "event"),
    ),
    c(
        "sd-aktar-min-nas-al-hilla",
        "ياخ الجنجويد ديل كتلوا أكتر من ١٥ من ناس الحلة بي الرصاص",
        ("killed", "civilians", 15, None, False, "self", "event"),
    ),
    c(
        "sd-katalna-kizan-rsf-side",
        "أشاوس الدعم السريع كتلنا ٤٠ من الكيزان في محور بابنوسة",
        ("killed", "saf", 40, 40, False, "self", "event"),
        side="rsf",
    ),
    c(
        "sd-fatasu-fulul",
        "قشّوهم قش، ٦٠ من الفلول فطسوا في الهجوم على الحامية",
        ("killed", "saf", 60, 60, False, "self", "event"),
    ),
    c(
        "sd-misahuhum-miya",
        "الأشاوس مسحوهم مسح، أكتر من مية من جيش البرهان",
        ("killed", "saf", 100, None, False, "self", "event"),
    ),
    c(
        "sd-mitayn-is-200",
        "قواتنا الباسلة كتلت متين من الدعامة في الفاشر",
        ("killed", "rsf", 200, 200, False, "self", "event"),
        side="saf",
    ),
    c(
        "sd-asarna-daama",
        "أسرنا ٢٢ من الدعامة وغنمنا عرباتهم في أم درمان",
        ("captured", "rsf", 22, 22, False, "self", "event"),
        side="saf",
    ),
    c(
        "sd-ashawis-are-rsf-on-a-saf-channel",
        "نضفوهم ياخ، ٣٥ من الأشاوس فطسوا في كردفان",
        ("killed", "rsf", 35, 35, False, "self", "event"),
        side="saf",
    ),
    c(
        "sd-kizan-killed-citizens",
        "الكيزان كتلوا ١١ من المواطنين في قصف بالطيران على السوق",
        ("killed", "civilians", 11, 11, False, "self", "event"),
    ),
    # --- round 7: a side's daily update: the total since the start and the day's part -----
    c(
        "daily-total-since-and-day-part",
        "إجمالي خسائر الجيش الروسي في الأفراد منذ 24 فبراير 2022 نحو 1,021,470 بينها 1,210 خلال اليوم.",
        ("casualties", "ru", 1021470, 1021470, True, "self", "cumulative"),
        ("casualties", "ru", 1210, 1210, False, "self", "period"),
    ),
    c(
        "daily-total-since-war-part-past-24h",
        "خسر العدو منذ بدء الحرب قرابة 640 ألف جندي بينهم 1350 خلال الساعات الـ24 الماضية.",
        ("casualties", "ru", 640000, 640000, True, "self", "cumulative"),
        ("casualties", "ru", 1350, 1350, False, "self", "period"),
        side="ua",
    ),
    c(
        "daily-list-markers-are-no-figures",
        "خسائر العدو حتى 3 مارس 2025:\n1. الأفراد: نحو 884,910 (+1,120)\n2. الدبابات: 10,230 (+7)",
        ("casualties", "ru", 884910, 884910, True, "self", "cumulative"),
        ("casualties", "ru", 1120, 1120, False, "self", "period"),
        side="ua",
    ),
    c(
        "part-same-scope-still-no-claim",
        "قُتل 44 شخصاً منذ بداية الأسبوع بينهم 6 أطفال.",
        ("killed", "unknown", 44, 44, False, "self", "cumulative"),
    ),
    # --- round 8: the set counted is named after "عدد" ---------------------------------------
    c(
        "civilians-tally-named-before-figure",
        "ارتفع عدد المدنيين الذين وثقت اللجنة مقتلهم في المدينة منذ بداية الحصار إلى 2,140 قتيلاً.",
        ("killed", "civilians", 2140, 2140, False, "committee", "cumulative"),
    ),
    c(
        "tally-people-stays-unknown",
        "ارتفع عدد القتلى جراء قصف المستشفى إلى 24 شخصاً بينهم 6 أطفال.",
        ("killed", "unknown", 24, 24, False, "self", "event"),
    ),
]


@pytest.mark.parametrize("c", params(CASES))
def test_ar(c: Case) -> None:
    check(c)


# --- round 7: who speaks, by an English slug the digest can print ---------------------------
# The harness only checks that a slug claimant is attributed; here the slug itself is the
# behaviour: a table of speaker phrases, then the head noun, never a transliteration.
SLUG_CASES: list[tuple[str, str, str]] = [
    ("slug-who", "أعلنت منظمة الصحة العالمية مقتل ٤٠ مريضاً في هجوم على مستشفى بالفاشر.", "who"),
    (
        "slug-sudan-doctors-network-clitic",
        "وبحسب شبكة أطباء السودان، قُتل ١٨ مدنياً في قصف مدفعي على أحياء الأبيض.",
        "sudan_doctors_network",
    ),
    (
        "slug-sohr-as-other-languages",
        "وثّق المرصد السوري لحقوق الإنسان مقتل ٧ مدنيين بغارة على ريف إدلب.",
        "sohr",
    ),
    (
        "slug-regional-administration",
        "قال رئيس الإدارة العسكرية في المدينة إن ٣ مدنيين قُتلوا في القصف الليلي.",
        "regional_administration",
    ),
    (
        "slug-governor-hakim",
        "وقال الحاكم إن خمسة مدنيين أُصيبوا بجروح في الهجوم بالمسيرات.",
        "governor",
    ),
    ("slug-governor-wali", "أعلن والي الولاية مقتل ١٢ مواطناً في هجوم على السوق.", "governor"),
    (
        "slug-security-source",
        "قال مصدر أمني إن ٦ جنود قُتلوا في كمين على الطريق.",
        "security_source",
    ),
    ("slug-security-sources", "وذكرت مصادر أمنية أن ٩ عناصر من الشرطة قُتلوا.", "security_sources"),
    ("slug-local-sources", "أفادت مصادر محلية بمقتل ١١ مدنياً في القرية.", "local_sources"),
    ("slug-witnesses", "قال شهود عيان إن المسلحين قتلوا ١٤ قروياً.", "witnesses"),
    ("slug-witness-singular", "وقال شاهد من القرية إن ٤ أشخاص قُتلوا.", "witness"),
    ("slug-medical-source", "قال مصدر طبي إن ٢٠ جريحاً وصلوا إلى المستشفى.", "medical_source"),
    ("slug-hospital", "قال مستشفى النو إن ٨ مدنيين قُتلوا في القصف.", "medical_source"),
    (
        "slug-displaced-coordination",
        "أعلنت المنسقية العامة للنازحين واللاجئين مقتل ١٣ نازحاً في قصف على المخيم.",
        "displaced_coordination",
    ),
    (
        "slug-resistance-committees",
        "قالت لجان المقاومة في الحي إن ٥ شبان قُتلوا برصاص قوات الدعم السريع.",
        "resistance_committees",
    ),
    ("slug-emergency-room", "قالت غرفة الطوارئ إن ٢١ مدنياً قُتلوا في القصف.", "emergency_room"),
    ("slug-health-ministry", "أعلنت وزارة الصحة مقتل ٣٣ شخصاً في الغارات.", "health_ministry"),
    ("slug-msf", "قالت منظمة أطباء بلا حدود إن ٥٠ جريحاً وصلوا إلى مستشفاها.", "msf"),
    # no entry names the speaker: its head noun does; a place after it never does
    ("head-source-place", "قال مصدر في أم درمان إن ١٠ مدنيين قُتلوا في القصف.", "source"),
    ("head-official", "وقال مسؤول محلي إن ١٢ مدنياً قُتلوا.", "official"),
    ("head-organisation", "قالت منظمة محلية في دارفور إن ٣٠ قروياً قُتلوا.", "organisation"),
    ("head-ministry", "أعلنت وزارة الداخلية مقتل ٤ من عناصرها.", "ministry"),
    ("head-movement-in-statement", "وقالت الحركة في بيان نشرته إن ٩ من عناصرها قُتلوا.", "movement"),
]


@pytest.mark.parametrize("id,text,slug", SLUG_CASES, ids=[x[0] for x in SLUG_CASES])
def test_ar_claimant_slug(id: str, text: str, slug: str) -> None:
    claims = extract(text, lang="ar")
    assert claims, f"{id}: no claim in {text}"
    assert {c.claimant for c in claims} == {slug}, f"{id}: {[c.claimant for c in claims]}"


# A statement names no one: the party that issued it speaks ("في بيان نشرته", "وقالت في بيان").
CASES_STATEMENT: list[Case] = [
    c(
        "statement-published-by-media-arm",
        "وذكر بيان نشرته مؤسسة الزلاقة أن مقاتلي الجماعة قتلوا ١٧ جندياً مالياً قرب موبتي.",
        ("killed", "fama", 17, 17, False, "jnim", "event"),
    ),
    c(
        "statement-fi-bayan-nasharathu",
        "وقالت جماعة نصرة الإسلام والمسلمين في بيان نشرته على قناتها إنها قتلت ١١ جندياً بوركينياً.",
        ("killed", "unknown", 11, 11, False, "jnim", "event"),
    ),
    c(
        "statement-said-in-statement-subject-before",
        "في المقابل، نفت قوات الدعم السريع الاتهامات، وقالت في بيان إنها أسرت ٣٠٠ من عناصر الجيش.",
        ("captured", "saf", 300, 300, False, "rsf", "event"),
    ),
    c(
        "statement-reports-that-reached-it",
        "وقالت منظمة الصحة العالمية إن ٧٠ مريضاً قُتلوا في المستشفى، بحسب تقارير وصلتها.",
        ("killed", "civilians", 70, 70, False, "who", "event"),
    ),
]


@pytest.mark.parametrize("c", params(CASES_STATEMENT))
def test_ar_statement(c: Case) -> None:
    check(c)
