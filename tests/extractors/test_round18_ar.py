"""Round 18 (Arabic): mechanisms the b28 stand-in set showed, described in words. Sentences of
our own; none is copied from a test set. Where the mechanism is the engine's, a case in another
language stands beside the Arabic one.

Claims are (kind, victim, low, high, approx, claimant, scope); the harness is the yardstick's.
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import EV, Case, K, L, W, c, check, params

# --- A: a number after the article ("الـ75") is an ordinal label, no figure ------------------
ORDINAL_ARTICLE: list[Case] = [
    c(
        "ordinal-article-attack-ar",
        "ar",
        "صدت قواتنا فجر اليوم الهجوم الـ75 للمتمردين على المدينة وكبدتهم خسائر كبيرة.",
        side="saf",
    ),
    c(
        "ordinal-article-glued-ar",
        "ar",
        "قال الجيش السوداني إن الهجوم هو ال33 للمليشيا، وأسفر عن مقتل 4 مدنيين.",
        (K, "civilians", 4, 4, False, "saf", EV),
    ),
    c(
        "ordinal-article-count-kept-ar",
        "ar",
        "ارتفع عدد القتلى في القصف على السوق إلى الـ45.",
        (K, "unknown", 45, 45, False, "self", EV),
    ),
]

# --- B: a negated act of surrender with no one named is a will, no toll of none -------------
BARE_SURRENDER: list[Case] = [
    c(
        "bare-surrender-slogan-ar",
        "ar",
        "قتلنا أكثر من 60 من جنود العدو في الهجوم. لا تراجع ولا استسلام!",
        (K, "saf", 60, None, False, "self", EV),
        side="rsf",
    ),
    c(
        "bare-surrender-slogan-en",
        "en",
        "Our fighters killed 12 occupiers near the river. No retreat, no surrender!",
        (K, "ru", 12, 12, False, "self", EV),
        side="ua",
    ),
    c(
        "bare-surrender-slogan-fr",
        "fr",
        "Nos hommes ont neutralisé 8 terroristes. Pas de reddition !",
        (K, "unknown", 8, 8, False, "self", EV),
        side="fama",
    ),
    c(
        "nobody-captured-kept-en",
        "en",
        "Nobody was captured in the raid.",
        ("captured", "unknown", 0, 0, False, "self", EV),
    ),
]

# --- C: the members of "the group" (التنظيم, the group's, l'organisation) are the armed group
# named before them ------------------------------------------------------------------------
THE_GROUP_MEMBERS: list[Case] = [
    c(
        "group-members-tanzim-ar",
        "ar",
        "هاجم مسلحو تنظيم الدولة الإسلامية حاجزاً للشرطة في ريف الرقة، فيما لقي 4 من عناصر "
        "التنظيم حتفهم في الاشتباك.",
        (K, "is", 4, 4, False, "self", EV),
    ),
    c(
        "group-members-jamaa-ar",
        "ar",
        "شنت جماعة نصرة الإسلام والمسلمين هجوماً على قرية، وقتل 6 من مقاتلي الجماعة.",
        (K, "jnim", 6, 6, False, "self", EV),
    ),
    c(
        "group-members-en",
        "en",
        "Islamic State militants raided a checkpoint overnight; 5 of the group's fighters died.",
        (K, "is", 5, 5, False, "self", EV),
    ),
    c(
        "group-members-fr",
        "fr",
        "L'État islamique a attaqué un poste de l'armée ; 7 combattants de l'organisation ont "
        "été tués.",
        (K, "is", 7, 7, False, "self", EV),
    ),
]

# --- D: "no civilian was killed or wounded" after a kill is one toll of none, its own --------
NEGATED_LUMP: list[Case] = [
    c(
        "negated-lump-jussive-ar",
        "ar",
        "قالت القيادة إن الضربة قتلت 5 من مسلحي داعش، وإنه لم يُقتل أو يُصب أي مدني.",
        (K, "is", 5, 5, False, "self", EV),
        (L, "civilians", 0, 0, False, "self", EV),
    ),
    c(
        "negated-wounded-jussive-ar",
        "ar",
        "سقطت القذيفة قرب المدرسة ولم يُصب أي طالب بأذى.",
        (W, "unknown", 0, 0, False, "self", EV),
    ),
    c(
        "negated-lump-en",
        "en",
        "The drone strike killed 4 IS militants, and no civilians were killed or injured.",
        (K, "is", 4, 4, False, "self", EV),
        (L, "civilians", 0, 0, False, "self", EV),
    ),
    c(
        "negated-lump-fr",
        "fr",
        "La frappe a tué 6 terroristes de l'EI, sans qu'aucun civil ne soit tué ou blessé.",
        (K, "is", 6, 6, False, "self", EV),
        (L, "civilians", 0, 0, False, "self", EV),
    ),
]

# --- E: a spokesman who admits deaths after telling of his side's kills admits its own; what a
# figure before counts leads to no later figure --------------------------------------------
ADMITTED_OWN: list[Case] = [
    c(
        "admitted-own-spokesman-ar",
        "ar",
        "قال المتحدث باسم جبهة تحرير أزواد إن المقاتلين قتلوا 25 جندياً مالياً و15 من عناصر "
        "فاغنر، وأقر بمقتل 4 مقاتلين وإصابة 6 آخرين.",
        (K, "fama", 25, 25, False, "tuareg", EV),
        (K, "wagner", 15, 15, False, "tuareg", EV),
        (K, "tuareg", 4, 4, False, "tuareg", EV),
        (W, "tuareg", 6, 6, False, "tuareg", EV),
    ),
    c(
        "admitted-own-framework-ar",
        "ar",
        "أعلن الإطار الاستراتيجي للدفاع عن شعب أزواد أن مقاتليه قتلوا 18 من عناصر فاغنر، فيما "
        "قتل 3 من مقاتلي الإطار.",
        (K, "wagner", 18, 18, False, "tuareg", EV),
        (K, "tuareg", 3, 3, False, "tuareg", EV),
    ),
    c(
        "admitted-own-vso-ar",
        "ar",
        "قالت مصادر أوكرانية إن 60 جندياً روسياً قتلوا في الضربة، فيما أقر الجيش الروسي بمقتل "
        "7 جنود.",
        (K, "ru", 60, 60, False, "ua", EV),
        (K, "ru", 7, 7, False, "ru", EV),
    ),
    c(
        "admitted-own-spokesman-en",
        "en",
        "An FLA spokesman said its fighters killed 25 Malian soldiers and 15 of the Wagner "
        "mercenaries, and admitted the deaths of 4 fighters.",
        (K, "fama", 25, 25, False, "tuareg", EV),
        (K, "wagner", 15, 15, False, "tuareg", EV),
        (K, "tuareg", 4, 4, False, "tuareg", EV),
    ),
    c(
        "admitted-own-spokesman-fr",
        "fr",
        "Le porte-parole du FLA a affirmé que ses combattants ont tué 25 soldats maliens et 15 "
        "des mercenaires de Wagner, et a reconnu la mort de 4 combattants.",
        (K, "fama", 25, 25, False, "tuareg", EV),
        (K, "wagner", 15, 15, False, "tuareg", EV),
        (K, "tuareg", 4, 4, False, "tuareg", EV),
    ),
]

# --- F: a country's adjective on a place ("قرب الحدود المالية") names no attacker ------------
PLACE_ADJECTIVE: list[Case] = [
    c(
        "place-adjective-border-ar",
        "ar",
        "أعلن جيش بوركينا فاسو مقتل 12 جندياً في هجوم لمسلحين على ثكنة قرب الحدود المالية. "
        "وأضاف أن القوات قضت على العشرات من المهاجمين.",
        (K, "unknown", 12, 12, False, "burkina_army", EV),
        (K, "unknown", 20, 99, True, "burkina_army", EV),
    ),
    c(
        "place-adjective-border-en",
        "en",
        "Burkina Faso's army said 12 soldiers were killed when gunmen attacked a post near the "
        "Malian border. The army added that troops killed dozens of the attackers.",
        (K, "unknown", 12, 12, False, "burkina_army", EV),
        (K, "unknown", 20, 99, True, "burkina_army", EV),
    ),
]

ALL = (
    ORDINAL_ARTICLE
    + BARE_SURRENDER
    + THE_GROUP_MEMBERS
    + NEGATED_LUMP
    + ADMITTED_OWN
    + PLACE_ADJECTIVE
)


@pytest.mark.parametrize("case", params(ALL))
def test_round18_ar(case: Case) -> None:
    check(case)
