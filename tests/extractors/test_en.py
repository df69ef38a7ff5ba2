"""English: one case per phenomenon of shared/claims-spec.md, in sentences of our own.

Claims are (kind, victim, low, high, approx, claimant, scope).
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import Case, Expected, case, check, params


def c(id: str, text: str, *claims: Expected, side: str | None = None) -> Case:
    return case(id, text, *claims, lang="en", side=side)


CASES: list[Case] = [
    # --- kinds ---------------------------------------------------------------------------
    c(
        "killed-killed-word",
        "Russian strikes on Kharkiv killed seven civilians on Friday.",
        ("killed", "civilians", 7, 7, False, "self", "event"),
    ),
    c(
        "killed-dead",
        "At least 14 civilians are dead after a glide bomb hit an apartment block in Zaporizhzhia.",
        ("killed", "civilians", 14, None, False, "self", "event"),
    ),
    c(
        "killed-died",
        "Nine Malian soldiers died when their vehicle struck a landmine near Gao.",
        ("killed", "fama", 9, 9, False, "self", "event"),
    ),
    c(
        "killed-eliminated-milblogger",
        "🔥 Our artillery eliminated 37 AFU militants near Pokrovsk. #SMO",
        ("killed", "ua", 37, 37, False, "self", "event"),
        side="ru",
    ),
    c(
        "killed-neutralised",
        "Nigerien troops neutralised 25 Islamic State fighters near Tillaberi.",
        ("killed", "is", 25, 25, False, "self", "event"),
    ),
    c(
        "killed-victims-un",
        "The UN said the number of civilian victims of the Sumy strike had reached 35.",
        ("killed", "civilians", 35, 35, False, "un", "event"),
    ),
    c(
        "killed-death-toll-rose-to-is-exact",
        "The death toll from Sunday's shelling of Omdurman's main market has risen to 31, all of them civilians.",
        ("killed", "civilians", 31, 31, False, "self", "event"),
    ),
    c(
        "wounded-injured-part-not-counted",
        "Eleven civilians, including three children, were injured in shelling of Shebekino.",
        ("wounded", "civilians", 11, 11, False, "self", "event"),
    ),
    c(
        "wounded-wounded-word",
        "At least 30 Ukrainian soldiers were wounded in a missile strike on a training ground in Dnipropetrovsk region.",
        ("wounded", "ua", 30, None, False, "self", "event"),
    ),
    c(
        "captured-taken-prisoner",
        "Ukrainian forces have taken 25 Russian soldiers prisoner near Sudzha.",
        ("captured", "ru", 25, 25, False, "self", "event"),
    ),
    c(
        "captured-surrendered-ru-mod",
        "Nine Ukrainian marines surrendered near Krynky, the Russian Defense Ministry said.",
        ("captured", "ua", 9, 9, False, "ru_mod", "event"),
    ),
    c(
        "captured-hostages",
        "JNIM fighters took 14 civilians hostage on the road to Nioro du Sahel.",
        ("captured", "civilians", 14, 14, False, "self", "event"),
    ),
    c(
        "captured-abducted-around",
        "RSF fighters abducted around 30 civilians from a village in North Darfur.",
        ("captured", "civilians", 30, 30, True, "self", "event"),
    ),
    c(
        "missing-remain-missing",
        "Seventeen Malian soldiers remain missing after the ambush near Dioura.",
        ("missing", "fama", 17, 17, False, "self", "event"),
    ),
    c(
        "casualties-killed-or-wounded",
        "Russia's Defense Ministry said Ukraine lost about 120 servicemen killed or wounded in a failed attack near Toretsk.",
        ("casualties", "ua", 120, 120, True, "ru_mod", "event"),
    ),
    c(
        "casualties-noun",
        "Russian forces suffered more than 300 casualties in Tuesday's assault on Vuhledar.",
        ("casualties", "ru", 300, None, False, "self", "event"),
    ),
    # --- the verb of losing --------------------------------------------------------------
    c(
        "lost-event-is-killed",
        "The Ukrainian unit lost six soldiers in the ambush near Klishchiivka.",
        ("killed", "ua", 6, 6, False, "self", "event"),
    ),
    c(
        "lost-event-ours",
        "We lost two brothers-in-arms during the assault on an enemy dugout near Chasiv Yar. 🕯",
        ("killed", "ua", 2, 2, False, "self", "event"),
        side="ua",
    ),
    c(
        "lost-period-is-casualties",
        "Over the past day, Ukraine lost more than 290 troops in the Kursk direction, Russia's Defense Ministry said.",
        ("casualties", "ua", 290, None, False, "ru_mod", "period"),
    ),
    c(
        "lost-daily-is-casualties",
        "The enemy is losing up to 150 men a day on this stretch of the front.",
        ("casualties", "ru", None, 150, False, "self", "period"),
        side="ua",
    ),
    c(
        "lost-cumulative-ua-gs",
        "Russia has lost more than 600,000 troops since the start of the full-scale invasion, Ukraine's General Staff said.",
        ("casualties", "ru", 600000, None, False, "ua_gs", "cumulative"),
    ),
    c(
        "lost-split-word-decides",
        "Over the past week the enemy lost about 400 soldiers killed in our sector.",
        ("killed", "ru", 400, 400, True, "self", "period"),
        side="ua",
    ),
    c(
        "irrecoverable-losses-are-killed",
        "Irrecoverable Russian losses since the invasion began now exceed 200,000 personnel.",
        ("killed", "ru", 200000, None, False, "self", "cumulative"),
    ),
    c(
        "hurt-beside-dead-is-wounded",
        "Two residents were killed and 15 hurt when a drone hit a bus stop in Horlivka.",
        ("killed", "civilians", 2, 2, False, "self", "event"),
        ("wounded", "civilians", 15, 15, False, "self", "event"),
    ),
    # --- quantities ----------------------------------------------------------------------
    c(
        "num-word-hyphenated",
        "Twenty-one Russian soldiers were killed in a HIMARS strike on a training ground in Kursk region.",
        ("killed", "ru", 21, 21, False, "self", "event"),
    ),
    c(
        "num-word-hundred-and",
        "One hundred and twenty civilians were wounded in the shelling of El Obeid.",
        ("wounded", "civilians", 120, 120, False, "self", "event"),
    ),
    c(
        "num-word-mid-sentence-party-claimant",
        "Sudan's army said it had killed thirty-four RSF fighters in El Fasher.",
        ("killed", "rsf", 34, 34, False, "saf", "event"),
    ),
    c(
        "qty-about",
        "About 60 Ukrainian soldiers were killed in the counterattack near Kurakhove.",
        ("killed", "ua", 60, 60, True, "self", "event"),
    ),
    c(
        "qty-around",
        "Around 120 Russian troops were wounded when the barracks were hit.",
        ("wounded", "ru", 120, 120, True, "self", "event"),
    ),
    c(
        "qty-nearly-week",
        "Nearly 90 civilians were killed in a week of shelling in Donetsk.",
        ("killed", "civilians", 90, 90, True, "self", "period"),
    ),
    c(
        "qty-some",
        "Some 45 Wagner fighters were captured by Tuareg rebels.",
        ("captured", "wagner", 45, 45, True, "self", "event"),
    ),
    c(
        "qty-roughly",
        "Roughly 200 RSF fighters were killed in the battle for Jebel Moya.",
        ("killed", "rsf", 200, 200, True, "self", "event"),
    ),
    c(
        "qty-more-than",
        "More than 40 RSF fighters were captured during the recapture of Sennar.",
        ("captured", "rsf", 40, None, False, "self", "event"),
    ),
    c(
        "qty-over",
        "Over 20 Ukrainian soldiers were taken prisoner near Selydove.",
        ("captured", "ua", 20, None, False, "self", "event"),
    ),
    c(
        "qty-at-least",
        "At least 12 civilians were killed in a strike on Lysychansk.",
        ("killed", "civilians", 12, None, False, "self", "event"),
    ),
    c(
        "qty-up-to",
        "Russian forces eliminated up to 35 Ukrainian servicemen in a missile strike on a training ground.",
        ("killed", "ua", None, 35, False, "self", "event"),
    ),
    c(
        "qty-as-many-as-enemy-ru-side",
        "The enemy lost as many as 210 servicemen over the past day on the Kupiansk axis.",
        ("casualties", "ua", None, 210, False, "self", "period"),
        side="ru",
    ),
    c(
        "qty-no-more-than",
        "Our losses in the battle were no more than five wounded.",
        ("wounded", "ru", None, 5, False, "self", "event"),
        side="ru",
    ),
    c(
        "qty-fewer-than-party-claimant",
        "Mali's army said it lost fewer than ten soldiers in the ambush near Boni.",
        ("killed", "fama", None, 10, False, "fama", "event"),
    ),
    c(
        "qty-at-most",
        "At most 20 Russian soldiers were wounded in the strike on the airfield.",
        ("wounded", "ru", None, 20, False, "self", "event"),
    ),
    c(
        "qty-range-between-rybar",
        "Rybar claimed that between 40 and 60 Ukrainian soldiers were killed in the fighting for Novohrodivka.",
        ("killed", "ua", 40, 60, False, "rybar", "event"),
    ),
    c(
        "qty-range-hyphen",
        "A strike on a temporary base in Kramatorsk wounded 15-20 Ukrainian servicemen.",
        ("wounded", "ua", 15, 20, False, "self", "event"),
    ),
    c(
        "qty-range-to",
        "Thirty to 40 Malian soldiers were killed in the assault on the Boulkessi camp.",
        ("killed", "fama", 30, 40, False, "self", "event"),
    ),
    c(
        "qty-dozen",
        "A dozen Russian soldiers surrendered to a Ukrainian drone near Robotyne.",
        ("captured", "ru", 12, 12, True, "self", "event"),
    ),
    c(
        "qty-dozens",
        "Dozens of civilians were killed when RSF fighters stormed a village in Gezira state.",
        ("killed", "civilians", 20, 99, True, "self", "event"),
    ),
    c(
        "qty-several-dozen",
        "Several dozen Ukrainian soldiers were wounded in the strike.",
        ("wounded", "ua", 20, 99, True, "self", "event"),
    ),
    c(
        "qty-hundreds",
        "Hundreds of RSF fighters were killed in the army's offensive in Omdurman.",
        ("killed", "rsf", 200, 999, True, "self", "event"),
    ),
    c(
        "qty-several-hundred-cumulative",
        "Several hundred Russian soldiers have been captured since the Kursk incursion began.",
        ("captured", "ru", 200, 999, True, "self", "cumulative"),
    ),
    c(
        "qty-thousands-un",
        "Thousands of civilians have been killed in El Fasher since the war began, the UN said.",
        ("killed", "civilians", 2000, 9999, True, "un", "cumulative"),
    ),
    c(
        "qty-tens-of-thousands",
        "Tens of thousands of people have been killed in Sudan since the war began in April 2023.",
        ("killed", "unknown", 20000, 99999, True, "self", "cumulative"),
    ),
    c(
        "qty-several",
        "Several FAMa soldiers were taken prisoner in the attack on the Kwala camp.",
        ("captured", "fama", 2, 9, True, "self", "event"),
    ),
    c(
        "qty-a-few",
        "A few Ukrainian soldiers were wounded by shrapnel.",
        ("wounded", "ua", 2, 9, True, "self", "event"),
    ),
    c(
        "qty-a-score",
        "A score of Russian soldiers were killed when the column was hit near Kurakhove.",
        ("killed", "ru", 20, 20, True, "self", "event"),
    ),
    c(
        "qty-more-than-a-dozen",
        "More than a dozen civilians were wounded in the drone attack on Kherson.",
        ("wounded", "civilians", 12, None, False, "self", "event"),
    ),
    c(
        "qty-up-to-a-hundred",
        "Up to a hundred Ukrainian soldiers were killed in the strike on the training ground.",
        ("killed", "ua", None, 100, False, "self", "event"),
    ),
    c(
        "qty-no-more-than-dozens-rybar",
        "Rybar put Russian losses in the battle at no more than dozens.",
        ("casualties", "ru", None, 99, True, "rybar", "event"),
    ),
    c(
        "zero-no-losses",
        "The strike group returned to base. Our units suffered no losses.",
        ("casualties", "ru", 0, 0, False, "self", "event"),
        side="ru",
    ),
    c(
        "zero-no-one-killed-party-claimant",
        "No Malian soldiers were killed in the attack, the army said.",
        ("killed", "fama", 0, 0, False, "fama", "event"),
    ),
    c(
        "zero-no-civilian-casualties",
        "There were no civilian casualties.",
        ("casualties", "civilians", 0, 0, False, "self", "event"),
    ),
    # --- number formats ------------------------------------------------------------------
    c(
        "fmt-comma-running-total-ua-gs",
        "Ukraine's General Staff reports Russian personnel losses of about 712,330 (+1,520) since Feb. 24, 2022.",
        ("casualties", "ru", 712330, 712330, True, "ua_gs", "cumulative"),
        ("casualties", "ru", 1520, 1520, False, "ua_gs", "period"),
    ),
    c(
        "fmt-comma-million",
        "Russian losses since the full-scale invasion began have passed 1,150,000 killed and wounded, Ukraine's General Staff says.",
        ("casualties", "ru", 1150000, None, False, "ua_gs", "cumulative"),
    ),
    c(
        "fmt-k-suffix",
        "⚡️ Enemy losses in Kursk region since the incursion began: over 38k personnel.",
        ("casualties", "ru", 38000, None, False, "self", "cumulative"),
        side="ua",
    ),
    c(
        "fmt-k-decimal",
        "Ukraine lost 1.2k troops killed and wounded on the Pokrovsk axis last week.",
        ("casualties", "ua", 1200, 1200, False, "self", "period"),
        side="ru",
    ),
    c(
        "fmt-million-word",
        "More than 1 million Russian soldiers have been killed or wounded since the start of the invasion, according to Ukraine's military.",
        ("casualties", "ru", 1000000, None, False, "ua", "cumulative"),
    ),
    # --- several claims, victims ----------------------------------------------------------
    c(
        "multi-two-victims-one-verb",
        "The ambush killed 19 Africa Corps fighters and 11 Malian soldiers, the FLA said.",
        ("killed", "wagner", 19, 19, False, "tuareg", "event"),
        ("killed", "fama", 11, 11, False, "tuareg", "event"),
    ),
    c(
        "multi-three-kinds",
        "Near Sudzha our forces killed 43 Ukrainian soldiers, captured 8 and wounded about 20.",
        ("killed", "ua", 43, 43, False, "self", "event"),
        ("captured", "ua", 8, 8, False, "self", "event"),
        ("wounded", "ua", 20, 20, True, "self", "event"),
        side="ru",
    ),
    c(
        "alias-occupiers",
        "Defenders eliminated 25 occupiers near Vovchansk 🇺🇦",
        ("killed", "ru", 25, 25, False, "self", "event"),
        side="ua",
    ),
    c(
        "alias-isis",
        "Syrian troops killed 16 ISIS militants near Palmyra.",
        ("killed", "is", 16, 16, False, "self", "event"),
    ),
    c(
        "alias-fama-lost-event",
        "FAMa lost seven soldiers in the attack on the convoy near Ansongo.",
        ("killed", "fama", 7, 7, False, "self", "event"),
    ),
    c(
        "enemy-from-ua-side",
        "The enemy lost 380 personnel in the Lyman direction over the past day.",
        ("casualties", "ru", 380, 380, False, "self", "period"),
        side="ua",
    ),
    c(
        "ours-kia-wia-ru-side",
        "Our losses this week: 4 KIA and 9 WIA.",
        ("killed", "ru", 4, 4, False, "self", "period"),
        ("wounded", "ru", 9, 9, False, "self", "period"),
        side="ru",
    ),
    c(
        "ours-from-ua-side",
        "Our losses: three lightly wounded.",
        ("wounded", "ua", 3, 3, False, "self", "event"),
        side="ua",
    ),
    c(
        "unknown-foreign-army",
        "At least 40 Burkinabe soldiers were killed in a JNIM attack on a base in Djibo.",
        ("killed", "unknown", 40, None, False, "self", "event"),
    ),
    c(
        "unknown-militia",
        "Eighteen VDP volunteers died in the attack on Barsalogho.",
        ("killed", "unknown", 18, 18, False, "self", "event"),
    ),
    c(
        "unknown-mixed-sides",
        "The strike killed 31 people, both soldiers and civilians.",
        ("killed", "unknown", 31, 31, False, "self", "event"),
    ),
    c(
        "unknown-north-koreans-ua-gs",
        "Around 200 North Korean soldiers were killed in a single assault in Kursk region, Ukraine's General Staff said.",
        ("killed", "unknown", 200, 200, True, "ua_gs", "event"),
    ),
    # --- claimants -----------------------------------------------------------------------
    c(
        "claimant-ru-mod-period",
        "Russia's Defence Ministry said its forces had killed up to 70 Ukrainian servicemen in the Kherson direction over the past 24 hours.",
        ("killed", "ua", None, 70, False, "ru_mod", "period"),
    ),
    c(
        "claimant-ru-mod-battlegroup-spokesman",
        "A spokesman for Russia's Vostok group of forces said Ukraine lost up to 140 troops in the past day.",
        ("casualties", "ua", None, 140, False, "ru_mod", "period"),
    ),
    c(
        "claimant-un-month",
        "The UN human rights monitoring mission said at least 184 civilians were killed in Ukraine in August.",
        ("killed", "civilians", 184, None, False, "un", "period"),
    ),
    c(
        "claimant-wsj",
        "The Wall Street Journal reported that dozens of Wagner fighters had been killed.",
        ("killed", "wagner", 20, 99, True, "wsj", "event"),
    ),
    c(
        "claimant-reuters-tally",
        "Twelve Malian soldiers were killed in an ambush near Gao, according to a Reuters tally.",
        ("killed", "fama", 12, 12, False, "reuters", "event"),
    ),
    c(
        "claimant-afp-count",
        "At least 70 civilians were killed in the attack on Barsalogho, according to an AFP count.",
        ("killed", "civilians", 70, None, False, "afp", "event"),
    ),
    c(
        "claimant-mediazona-cumulative",
        "Mediazona has identified more than 95,000 Russian soldiers killed since the invasion began.",
        ("killed", "ru", 95000, None, False, "mediazona", "cumulative"),
    ),
    c(
        "claimant-bbc-cumulative",
        "The BBC has confirmed the deaths of more than 600 Russian conscripts since the Kursk incursion began.",
        ("killed", "ru", 600, None, False, "bbc", "cumulative"),
    ),
    c(
        "claimant-rybar-captured",
        "Rybar claimed that Russian forces had captured 12 Ukrainian soldiers near Toretsk.",
        ("captured", "ua", 12, 12, False, "rybar", "event"),
    ),
    c(
        "claimant-tuareg-commander",
        "A Tuareg rebel commander said 30 Wagner fighters were killed.",
        ("killed", "wagner", 30, 30, False, "tuareg", "event"),
    ),
    c(
        "claimant-fama-own-losses",
        "Mali's army said it had lost two soldiers in the attack.",
        ("killed", "fama", 2, 2, False, "fama", "event"),
    ),
    c(
        "claimant-rsf-spokesman",
        "An RSF spokesman said its fighters had killed more than 100 Sudanese army soldiers in El Obeid.",
        ("killed", "saf", 100, None, False, "rsf", "event"),
    ),
    c(
        "claimant-greyzone",
        "Grey Zone, a Wagner-linked Telegram channel, said five Wagner fighters were wounded near Kidal.",
        ("wounded", "wagner", 5, 5, False, "greyzone", "event"),
    ),
    # an auxiliary between the speaker and the verb ("has recorded") is no part of its name
    c(
        "claimant-slug-without-auxiliary",
        "The regional health office has said that 14 villagers were killed in the raid on Tessit.",
        ("killed", "civilians", 14, 14, False, "regional_health_office", "event"),
    ),
    # --- scope, parts, repetition --------------------------------------------------------
    c(
        "scope-past-week",
        "In the past week, nine civilians were killed in shelling of Belgorod region.",
        ("killed", "civilians", 9, 9, False, "self", "period"),
    ),
    c(
        "part-same-kind-including",
        "Eleven civilians were killed in the strike on a market in Donetsk, including two children.",
        ("killed", "civilians", 11, 11, False, "self", "event"),
    ),
    c(
        "part-other-kind-counted",
        "Russia lost nearly 2,000 troops near Pokrovsk over the past week, at least 700 of them killed.",
        ("casualties", "ru", 2000, 2000, True, "self", "period"),
        ("killed", "ru", 700, None, False, "self", "period"),
    ),
    c(
        "headline-repeat-one-claim",
        "Russian strike on Sumy kills 35 civilians\n\n"
        "A Russian ballistic missile strike on the centre of Sumy killed 35 civilians on Sunday morning.",
        ("killed", "civilians", 35, 35, False, "self", "event"),
    ),
    # --- not claims ----------------------------------------------------------------------
    c(
        "nonclaim-equipment",
        "Ukrainian drones destroyed 4 tanks and 11 armoured vehicles near Pokrovsk.",
    ),
    c(
        "nonclaim-returned-from-captivity",
        "Ukraine brought home 189 servicemen from Russian captivity on Wednesday.",
    ),
    c(
        "nonclaim-repatriated-bodies",
        "Ukraine received the bodies of 563 fallen soldiers in a repatriation on Friday.",
    ),
    c(
        "nonclaim-refugees",
        "More than 20,000 Sudanese refugees crossed into Chad in a single week.",
    ),
    c(
        "nonclaim-evacuated",
        "Over 12,000 people have been evacuated from the Sudzha district.",
    ),
    c(
        "nonclaim-police-arrests",
        "Police detained 14 protesters outside parliament on Thursday night.",
    ),
    c(
        "nonclaim-date-and-force-size",
        "The attack began at 5:30 a.m. on Aug. 6 and involved up to 1,000 Ukrainian troops.",
    ),
    c(
        "nonclaim-distance",
        "Russian forces advanced 4 km toward Pokrovsk.",
    ),
    c(
        "nonclaim-age",
        "The 19-year-old conscript was the youngest in his unit.",
    ),
    c(
        "nonclaim-unit-number",
        "Elements of the 155th Mechanized Brigade withdrew from positions near Pokrovsk.",
    ),
    c(
        "nonclaim-year-recruits",
        "In 2023, the army recruited more than 400,000 contract soldiers.",
    ),
    c(
        "nonclaim-percent",
        "Russian losses rose by 30 percent in August compared with July.",
    ),
    c(
        "nonclaim-votes",
        "The Senate approved the aid package by 79 votes to 18.",
    ),
    c(
        "nonclaim-significant-losses",
        "Ukrainian forces are taking significant losses in the Kursk salient, ISW assessed.",
    ),
    c(
        "nonclaim-reports-of-wounded",
        "There are reports of wounded after the strike on Dnipro; details are being clarified.",
    ),
    c(
        "nonclaim-lost-equipment",
        "Ukraine lost 12 armored vehicles in the failed assault near Robotyne.",
    ),
    c(
        "nonclaim-deployment",
        "About 200 Africa Corps fighters arrived in Bamako on Monday.",
    ),
    c(
        "nonclaim-assaults-count",
        "Russian forces conducted 27 assaults near Pokrovsk on Tuesday, ISW reported.",
    ),
    # --- the language detected, not given ------------------------------------------------
    case(
        "detect-lang-en",
        "Fourteen Ukrainian soldiers were killed near Toretsk.",
        ("killed", "ua", 14, 14, False, "self", "event"),
        lang=None,
    ),
    # --- round 6: deaths no one caused --------------------------------------------------
    c(
        "natural-death-hunger-no-claim",
        "Local elders say that 15 have died of hunger in the district over the past week.",
    ),
    c(
        "natural-death-heart-attack-no-claim",
        "The detained opposition leader died of a heart attack in his cell, his lawyer said.",
    ),
    c(
        "natural-death-natural-causes-no-claim",
        "Four elderly residents of the besieged camp died of natural causes last month.",
    ),
    c(
        "natural-death-wounds-still-killed",
        "Nine soldiers died of their wounds in hospital after the ambush.",
        ("killed", "unknown", 9, 9, False, "self", "event"),
    ),
    c(
        "natural-death-aid-agency-name-still-killed",
        "Gunmen killed three employees of Action Against Hunger near the border.",
        ("killed", "unknown", 3, 3, False, "self", "event"),
    ),
    # --- round 6: one person, the subject of a singular passive of harm ------------------
    c(
        "single-subject-over-relative-clause",
        "A district judge whose court had handled cartel cases was killed outside his home on Monday.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-subject-over-apposition",
        "The deputy mayor of Kalimbo, Juan Perez, has been shot dead by unknown gunmen.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-subject-over-two-verbs",
        "A human rights lawyer who defended farmers in land disputes has been ambushed and shot dead near the market.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    c(
        "single-subject-name-age-apposition",
        "Maria Lopez Ruiz, 41, a local councillor, was shot dead on Friday.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-subject-wounded",
        "A police officer who was guarding the polling station was wounded in the blast.",
        ("wounded", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-killer-not-counted",
        "A soldier who shot dead three villagers at a checkpoint was arrested on Tuesday.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
    ),
    c(
        "single-killer-one-victim-not-counted",
        "A gunman who killed a shopkeeper in the market has been detained.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-subject-arrested-no-claim",
        "A local official who had been accused of corruption was arrested on Monday.",
    ),
    c(
        "single-subject-sentenced-no-claim",
        "A former police commander whose unit was accused of abuses was sentenced to ten years.",
    ),
    c(
        "single-subject-speaker-no-claim",
        "An official in the regional government said the town was captured by the rebels.",
    ),
    c(
        "single-body-repatriated-no-claim",
        "The body of a soldier who was missing since March was repatriated to his home village.",
    ),
    # --- round 6: "as many" wounded as killed -------------------------------------------
    c(
        "same-number-equal-number",
        "The drone strike killed at least six people and injured an equal number in the village.",
        ("killed", "unknown", 6, None, False, "self", "event"),
        ("wounded", "unknown", 6, None, False, "self", "event"),
    ),
    c(
        "same-number-as-many",
        "Shelling killed three civilians in the market and wounded as many.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
        ("wounded", "civilians", 3, 3, False, "self", "event"),
    ),
    c(
        "same-number-as-many-as-is-a-bound",
        "Two soldiers were killed and as many as 15 were wounded in the ambush.",
        ("killed", "unknown", 2, 2, False, "self", "event"),
        ("wounded", "unknown", None, 15, False, "self", "event"),
    ),
    # --- round 6: a killing said as a noun ----------------------------------------------
    c(
        "nominal-killing-of-one",
        "Residents reported the killing of a village chief near Beni by suspected rebels.",
        ("killed", "civilians", 1, 1, False, "residents", "event"),
    ),
    c(
        "nominal-killing-of-coordinated",
        "Police are investigating the killing of three women and two men at a farm.",
        ("killed", "civilians", 5, 5, False, "self", "event"),
    ),
    c(
        "nominal-murder-of",
        "The murder of four journalists in the province has gone unpunished.",
        ("killed", "civilians", 4, 4, False, "self", "event"),
    ),
    c(
        "nominal-members-of-a-family-no-figure",
        "Members of a family were killed when the shell hit their house.",
    ),
    c(
        "nominal-body-repatriated-no-claim",
        "The bodies of 12 soldiers were repatriated to Kyiv on Friday.",
    ),
    # --- round 6: coordinated figures of one verb are one toll ---------------------------
    c(
        "sum-adults-and-children",
        "Three adults and five children died when the shell hit their shelter.",
        ("killed", "civilians", 8, 8, False, "self", "event"),
    ),
    c(
        "sum-one-and-n-others",
        "A roadside bomb killed a local councillor and four other people near the market.",
        ("killed", "unknown", 5, 5, False, "self", "event"),
    ),
    c(
        "sum-different-sides-stay-apart",
        "Two soldiers and four children were killed in the shelling.",
        ("killed", "unknown", 2, 2, False, "self", "event"),
        ("killed", "civilians", 4, 4, False, "self", "event"),
    ),
    # --- round 7: unit nicknames name their side -----------------------------------------
    c(
        "unit-nickname-akhmat-ru",
        "Akhmat fighters lost 14 men near Sudzha.",
        ("killed", "ru", 14, 14, False, "self", "event"),
    ),
    c(
        "unit-nickname-kraken-ua",
        "Our forces eliminated 30 Kraken fighters in the Kursk region.",
        ("killed", "ua", 30, 30, False, "self", "event"),
        side="ru",
    ),
    # --- round 7: a party's own losses in its reported statement --------------------------
    c(
        "own-losses-its-own-speaker-side",
        "The FLA said it killed more than 40 Malian soldiers; its own losses were 3 dead and "
        "5 wounded.",
        ("killed", "fama", 40, None, False, "tuareg", "event"),
        ("killed", "tuareg", 3, 3, False, "tuareg", "event"),
        ("wounded", "tuareg", 5, 5, False, "tuareg", "event"),
    ),
    c(
        "own-losses-its-losses-of-the-loser-named",
        "Russia lost 300 soldiers near Pokrovsk last week, and its losses in the month exceed "
        "9,000, Kyiv said.",
        ("casualties", "ru", 300, 300, False, "ua", "period"),
        ("casualties", "ru", 9000, None, False, "ua", "period"),
    ),
    # --- round 7: the perpetrator is never the victim -------------------------------------
    c(
        "perpetrator-it-killed-or-wounded-not-victim",
        "JNIM says it killed or wounded hundreds in an attack on Bamako. More than 70 people "
        "were killed.",
        ("casualties", "unknown", 200, 999, True, "jnim", "event"),
        ("killed", "unknown", 70, None, False, "self", "event"),
    ),
    c(
        "perpetrator-lump-after-figure-keeps-its-owner",
        "Russian forces suffered 1,200 killed and wounded in a week.",
        ("casualties", "ru", 1200, 1200, False, "self", "period"),
    ),
    # --- round 7: each figure takes its own verb's kind -----------------------------------
    c(
        "own-verb-kind-taken-prisoner-after-and",
        "More than 100 soldiers were killed and about twenty taken prisoner.",
        ("killed", "unknown", 100, None, False, "self", "event"),
        ("captured", "unknown", 20, 20, True, "self", "event"),
    ),
    c(
        "own-verb-kind-pows-executed-stays-killed",
        "Russian forces executed 6 Ukrainian POWs near Pokrovsk.",
        ("killed", "ua", 6, 6, False, "self", "event"),
    ),
    # --- round 7: a party's leader speaks for it ------------------------------------------
    c(
        "leader-zelenskiy-is-ua",
        "Zelenskiy said 43,000 Ukrainian soldiers have been killed since the start of the war.",
        ("killed", "ua", 43000, 43000, False, "ua", "cumulative"),
    ),
    c(
        "leader-putin-is-ru-not-the-loser-named",
        "Putin said Ukraine had lost 2,000 soldiers in the Kursk region.",
        ("killed", "ua", 2000, 2000, False, "ru", "event"),
    ),
    c(
        "leader-goita-is-fama",
        "Colonel Assimi Goita said 12 Malian soldiers were killed near Kidal.",
        ("killed", "fama", 12, 12, False, "fama", "event"),
    ),
    # --- round 7: another war's dead are not the channel's enemy ---------------------------
    c(
        "theatre-idf-hezbollah-fighters-unknown",
        "The IDF said it killed 20 fighters in southern Lebanon overnight.",
        ("killed", "unknown", 20, 20, False, "idf", "event"),
        side="ua",
    ),
    # --- round 7: a strike's victims are the struck place's side, not the attacker's -------
    c(
        "struck-side-training-ground",
        "A Ukrainian missile strike on a Russian training ground killed up to 60 troops.",
        ("killed", "ru", None, 60, False, "self", "event"),
    ),
    c(
        "struck-side-city-people-stay-unknown",
        "A Russian strike on a Ukrainian city killed 12 people.",
        ("killed", "unknown", 12, 12, False, "self", "event"),
    ),
    c(
        "struck-side-no-side-named-unknown",
        "A strike on a barracks near the front killed 14 soldiers.",
        ("killed", "unknown", 14, 14, False, "self", "event"),
    ),
    # --- round 7: a loss whose part is the dead is casualties, and the part a claim ---------
    c(
        "loss-with-dead-part-of-whom-killed",
        "The enemy lost up to 70 troops, of whom more than 30 were killed.",
        ("casualties", "ua", None, 70, False, "self", "event"),
        ("killed", "ua", 30, None, False, "self", "event"),
        side="ru",
    ),
    c(
        "loss-with-part-of-same-people-stays-killed",
        "The army lost 12 soldiers in the ambush, of whom 3 were officers.",
        ("killed", "unknown", 12, 12, False, "self", "event"),
    ),
    # --- round 7: a running total and its day are two claims, never one sum ---------------
    c(
        "total-with-day-not-summed",
        "Total Russian losses since February 2022 reached about 720,000 personnel, with 1,480 "
        "in the past day.",
        ("casualties", "ru", 720000, 720000, True, "self", "cumulative"),
        ("casualties", "ru", 1480, 1480, False, "self", "period"),
    ),
    c(
        "coordinated-same-scope-still-summed",
        "Two women and three children were killed in the strike.",
        ("killed", "civilians", 5, 5, False, "self", "event"),
    ),
    # --- round 7: "did not lose a single man" is none, not one ------------------------------
    c(
        "zero-did-not-lose-a-single-soldier",
        "We did not lose a single soldier in the assault.",
        # a verb of losing with a person counted, in one incident: the spec's killed
        ("killed", "ua", 0, 0, False, "self", "event"),
        side="ua",
    ),
    c(
        "zero-not-said-how-many-is-no-claim",
        "The army did not say how many soldiers were killed.",
    ),
    c(
        "zero-one-said-plainly-stays-one",
        "One civilian was killed in the strike.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    # --- round 7: "U.N. figures" is the UN ------------------------------------------------
    c(
        "claimant-dotted-un",
        "At least 50 civilians were killed last month, according to U.N. figures.",
        ("killed", "civilians", 50, None, False, "un", "event"),
    ),
    c(
        "claimant-dotted-us-is-not-un",
        "U.S. officials said 50 civilians were killed.",
        ("killed", "civilians", 50, 50, False, "officials", "event"),
    ),
    # --- round 7: a named source in brackets at the end of a sentence ----------------------
    c(
        "claimant-trailing-brackets-general-staff",
        "Russia lost 1,300 troops over the past day (Ukraine's General Staff).",
        ("casualties", "ru", 1300, 1300, False, "ua_gs", "period"),
    ),
    c(
        "claimant-trailing-brackets-no-source",
        "Russia lost 1,300 troops over the past day (see map).",
        ("casualties", "ru", 1300, 1300, False, "self", "period"),
    ),
    # --- round 7: a strike's toll at a market, a school, a camp for displaced: civilians ---
    c(
        "civil-place-market-toll-unknown",
        "The death toll from the shelling of the market rose to 45, the resistance committee said.",
        ("killed", "unknown", 45, 45, False, "resistance_committee", "event"),
    ),
    c(
        "civil-place-soldiers-named-stay-soldiers",
        "The strike on the market killed 12 soldiers.",
        ("killed", "unknown", 12, 12, False, "self", "event"),
    ),
    c(
        "civil-place-front-line-is-no-civil-place",
        "The shelling of the front line killed 12.",
        ("killed", "unknown", 12, 12, False, "self", "event"),
    ),
    # --- round 7: a statement "released" is no prisoner release ----------------------------
    c(
        "statement-released-is-no-exchange",
        "In a statement released through its Amaq news agency, IS said it killed 20 soldiers.",
        ("killed", "unknown", 20, 20, False, "is", "event"),
    ),
    c(
        "prisoners-released-still-no-capture-claim",
        "Russia released 95 Ukrainian prisoners of war in an exchange.",
    ),
    # --- round 7: "one of the two soldiers": the one is the count, the two the group ---------
    c(
        "one-of-the-two-is-one",
        "One of the two soldiers was killed.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "one-of-our-two-fighters-is-one",
        "One of our two fighters was wounded in the shelling.",
        ("wounded", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "one-of-twelve-wounded-keeps-the-twelve",
        "One of 12 wounded civilians was flown to Kyiv.",
        ("wounded", "civilians", 12, 12, False, "self", "event"),
    ),
    # --- round 7: a group's media arm speaks for the group --------------------------------
    c(
        "claimant-amaq-is-is",
        "Amaq said 20 Nigerien soldiers were killed in the attack.",
        ("killed", "unknown", 20, 20, False, "is", "event"),
    ),
    c(
        "claimant-az-zallaqa-is-jnim",
        "According to Az-Zallaqa, 15 Malian soldiers were killed.",
        ("killed", "fama", 15, 15, False, "jnim", "event"),
    ),
    # --- round 8: the set counted is named after "the number of" ---------------------------
    c(
        "civilians-tally-named-before-figure",
        "The number of civilians who have died in the shelling of the province since May has "
        "reached 1,460.",
        ("killed", "civilians", 1460, 1460, False, "self", "cumulative"),
    ),
    c(
        "tally-people-stays-unknown",
        "The number of people killed in the attack on the bus station rose to 31.",
        ("killed", "unknown", 31, 31, False, "self", "event"),
    ),
]


@pytest.mark.parametrize("c", params(CASES))
def test_en(c: Case) -> None:
    check(c)
