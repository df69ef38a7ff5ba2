"""French: one case per phenomenon of shared/claims-spec.md, in sentences of our own.

Claims are (kind, victim, low, high, approx, claimant, scope).
"""

from __future__ import annotations

import pytest

from tests.extractors.cases import Case, Expected, case, check, params

NBSP = "\u00a0"
NNBSP = "\u202f"  # French typography groups digits with a narrow no-break space


def c(id: str, text: str, *claims: Expected, side: str | None = None) -> Case:
    return case(id, text, *claims, lang="fr", side=side)


CASES: list[Case] = [
    # --- kinds ---------------------------------------------------------------------------
    c(
        "killed-tues-word",
        "Sept soldats maliens ont été tués dans l'explosion d'un engin explosif improvisé près de Gao.",
        ("killed", "fama", 7, 7, False, "self", "event"),
    ),
    c(
        "killed-a-fait-morts",
        "L'attaque a fait 14 morts parmi les civils à Djibo.",
        ("killed", "civilians", 14, 14, False, "self", "event"),
    ),
    c(
        "killed-perdu-la-vie",
        "Neuf civils ont perdu la vie dans la frappe de drone sur le marché de Kidal.",
        ("killed", "civilians", 9, 9, False, "self", "event"),
    ),
    c(
        "killed-neutralises-party-claimant",
        "L'armée malienne affirme avoir neutralisé 25 terroristes près de Ténenkou.",
        ("killed", "unknown", 25, 25, False, "fama", "event"),
    ),
    c(
        "killed-victimes",
        "Le bombardement du marché d'Omdourman a fait 19 victimes civiles.",
        ("killed", "civilians", 19, 19, False, "self", "event"),
    ),
    c(
        "killed-ont-peri",
        "Au moins 30 civils ont péri dans l'attaque du camp de déplacés de Zamzam.",
        ("killed", "civilians", 30, None, False, "self", "event"),
    ),
    c(
        "killed-bilan-s-eleve-a-is-exact",
        "Le bilan de l'attaque de Barsalogho s'élève désormais à 133 morts, tous civils.",
        ("killed", "civilians", 133, 133, False, "self", "event"),
    ),
    c(
        "wounded-blesses-part-not-counted",
        "Onze civils, dont trois enfants, ont été blessés par des tirs d'obus à Kharkiv.",
        ("wounded", "civilians", 11, 11, False, "self", "event"),
    ),
    c(
        "captured-faits-prisonniers",
        "Vingt-cinq soldats russes ont été faits prisonniers dans la région de Koursk.",
        ("captured", "ru", 25, 25, False, "self", "event"),
    ),
    c(
        "captured-se-sont-rendus-ru-mod",
        "Neuf militaires ukrainiens se sont rendus près de Krynky, selon le ministère russe de la Défense.",
        ("captured", "ua", 9, 9, False, "ru_mod", "event"),
    ),
    c(
        "captured-otages",
        "Des jihadistes du JNIM ont pris en otage 14 civils sur la route de Nioro du Sahel.",
        ("captured", "civilians", 14, 14, False, "self", "event"),
    ),
    c(
        "captured-enleves-trentaine",
        "Une trentaine de civils ont été enlevés par des hommes armés du JNIM dans le centre du Mali.",
        ("captured", "civilians", 30, 30, True, "self", "event"),
    ),
    c(
        "missing-portes-disparus",
        "Dix-sept soldats maliens sont toujours portés disparus après l'embuscade de Dioura.",
        ("missing", "fama", 17, 17, False, "self", "event"),
    ),
    c(
        "casualties-tues-ou-blesses",
        "Environ 120 militaires ukrainiens ont été tués ou blessés lors d'une attaque ratée près de Toretsk, selon le ministère russe de la Défense.",
        ("casualties", "ua", 120, 120, True, "ru_mod", "event"),
    ),
    c(
        "casualties-pertes-noun",
        "Les pertes russes lors de l'assaut de mardi sur Vougledar dépassent 300 hommes.",
        ("casualties", "ru", 300, None, False, "self", "event"),
    ),
    # --- the verb of losing --------------------------------------------------------------
    c(
        "lost-event-is-killed",
        "L'unité ukrainienne a perdu six soldats dans l'embuscade près de Klichtchiivka.",
        ("killed", "ua", 6, 6, False, "self", "event"),
    ),
    c(
        "lost-event-party-claimant",
        "L'armée malienne dit avoir perdu deux soldats dans l'attaque de Léré.",
        ("killed", "fama", 2, 2, False, "fama", "event"),
    ),
    c(
        "lost-period-is-casualties",
        "Le ministère russe de la Défense affirme que les forces ukrainiennes ont perdu plus de 290 hommes au cours des dernières 24 heures sur l'axe de Koursk.",
        ("casualties", "ua", 290, None, False, "ru_mod", "period"),
    ),
    c(
        "lost-daily-is-casualties",
        f"L'armée russe perd chaque jour jusqu'à 1{NNBSP}500 hommes, selon l'état-major ukrainien.",
        ("casualties", "ru", None, 1500, False, "ua_gs", "period"),
    ),
    c(
        "lost-cumulative-nbsp",
        f"La Russie a perdu plus de 640{NBSP}000 soldats depuis le début de l'invasion, selon l'état-major ukrainien.",
        ("casualties", "ru", 640000, None, False, "ua_gs", "cumulative"),
    ),
    c(
        "lost-split-word-decides",
        "Selon l'état-major ukrainien, l'armée russe a perdu en une semaine près de 400 soldats tués sur l'axe de Pokrovsk.",
        ("killed", "ru", 400, 400, True, "ua_gs", "period"),
    ),
    c(
        "irrecoverable-losses-are-killed",
        "Les pertes irrécupérables de l'armée russe depuis le début de l'invasion dépassent 200 000 hommes.",
        ("killed", "ru", 200000, None, False, "self", "cumulative"),
    ),
    # --- quantities ----------------------------------------------------------------------
    c(
        "num-word-trente-et-un",
        "Trente et un civils ont été tués dans le bombardement d'un marché de Khartoum.",
        ("killed", "civilians", 31, 31, False, "self", "event"),
    ),
    c(
        "num-word-quatre-vingt-douze",
        "Quatre-vingt-douze combattants des FSR ont été capturés lors de la reprise de Sennar.",
        ("captured", "rsf", 92, 92, False, "self", "event"),
    ),
    c(
        "num-word-soixante-dix-sept-saf",
        "L'armée soudanaise affirme avoir tué soixante-dix-sept combattants des FSR.",
        ("killed", "rsf", 77, 77, False, "saf", "event"),
    ),
    c(
        "num-word-deux-cents",
        "Les FSR ont enlevé deux cents civils dans l'État d'Al-Jazira.",
        ("captured", "civilians", 200, 200, False, "self", "event"),
    ),
    c(
        "qty-about-environ",
        "Environ 60 soldats ukrainiens ont été tués lors de la contre-attaque près de Kourakhove.",
        ("killed", "ua", 60, 60, True, "self", "event"),
    ),
    c(
        "qty-about-pres-de-week",
        "Près de 90 civils ont été tués en une semaine de bombardements à Donetsk.",
        ("killed", "civilians", 90, 90, True, "self", "period"),
    ),
    c(
        "qty-about-quelque",
        "Quelque 45 mercenaires de Wagner ont été capturés par les rebelles touareg.",
        ("captured", "wagner", 45, 45, True, "self", "event"),
    ),
    c(
        "qty-more-than-plus-de",
        "Plus de 40 combattants de l'EI ont été tués dans des frappes aériennes dans la région de Ménaka.",
        ("killed", "is", 40, None, False, "self", "event"),
    ),
    c(
        "qty-at-least-au-moins",
        "Au moins 12 civils ont été tués dans une frappe de drone sur Kosti.",
        ("killed", "civilians", 12, None, False, "self", "event"),
    ),
    c(
        "qty-up-to-jusqu-a",
        "Une frappe de missile russe a tué jusqu'à 35 militaires ukrainiens sur un terrain d'entraînement.",
        ("killed", "ua", None, 35, False, "self", "event"),
    ),
    c(
        "qty-fewer-than-moins-de",
        "Moins de cinq soldats maliens ont été blessés lors de l'attaque, a assuré l'état-major malien.",
        ("wounded", "fama", None, 5, False, "fama", "event"),
    ),
    c(
        "qty-no-more-than-ne-depasse-pas",
        "Selon l'armée malienne, le bilan ne dépasse pas trois morts dans ses rangs.",
        ("killed", "fama", None, 3, False, "fama", "event"),
    ),
    c(
        "qty-range-entre",
        "Entre 30 et 40 soldats maliens ont été tués lors de l'assaut contre le camp de Boulkessi.",
        ("killed", "fama", 30, 40, False, "self", "event"),
    ),
    c(
        "qty-range-de-a",
        "La frappe sur Kramatorsk a blessé de 15 à 20 militaires ukrainiens.",
        ("wounded", "ua", 15, 20, False, "self", "event"),
    ),
    c(
        "qty-ten-une-dizaine",
        "Une dizaine de combattants de l'EI ont été neutralisés près d'Ansongo.",
        ("killed", "is", 10, 10, True, "self", "event"),
    ),
    c(
        "qty-dozen-une-douzaine",
        "Une douzaine de soldats russes se sont rendus près de Soudja.",
        ("captured", "ru", 12, 12, True, "self", "event"),
    ),
    c(
        "qty-tens-des-dizaines",
        "Des dizaines de soldats ukrainiens ont été blessés dans la frappe sur le polygone.",
        ("wounded", "ua", 20, 99, True, "self", "event"),
    ),
    c(
        "qty-tens-plusieurs-dizaines",
        "Plusieurs dizaines de jihadistes du JNIM ont été tués dans des frappes de drones.",
        ("killed", "jnim", 20, 99, True, "self", "event"),
    ),
    c(
        "qty-hundreds-des-centaines",
        "Des centaines de combattants des FSR ont été tués lors de l'offensive de l'armée à Omdourman.",
        ("killed", "rsf", 200, 999, True, "self", "event"),
    ),
    c(
        "qty-hundreds-plusieurs-centaines-cumulative",
        "Plusieurs centaines de soldats russes ont été capturés depuis le début de l'incursion ukrainienne dans la région de Koursk.",
        ("captured", "ru", 200, 999, True, "self", "cumulative"),
    ),
    c(
        "qty-thousands-un",
        "Des milliers de civils ont été tués au Darfour depuis le début de la guerre, selon l'ONU.",
        ("killed", "civilians", 2000, 9999, True, "un", "cumulative"),
    ),
    c(
        "qty-tens-of-thousands",
        "La guerre au Soudan a fait des dizaines de milliers de morts depuis son déclenchement en avril 2023.",
        ("killed", "unknown", 20000, 99999, True, "self", "cumulative"),
    ),
    c(
        "qty-several-plusieurs",
        "Plusieurs soldats maliens ont été blessés par un tir de mortier sur le camp de Tessalit.",
        ("wounded", "fama", 2, 9, True, "self", "event"),
    ),
    c(
        "qty-several-quelques",
        "Quelques combattants du FLA ont été capturés par l'armée malienne.",
        ("captured", "tuareg", 2, 9, True, "self", "event"),
    ),
    c(
        "qty-loose-une-vingtaine",
        "Une vingtaine de soldats russes ont été tués dans la frappe sur leur cantonnement.",
        ("killed", "ru", 20, 20, True, "self", "event"),
    ),
    c(
        "qty-loose-une-quarantaine",
        "Une quarantaine de civils ont été tués dans l'attaque du village de Djibasso.",
        ("killed", "civilians", 40, 40, True, "self", "event"),
    ),
    c(
        "qty-loose-une-centaine",
        "Une centaine de soldats ukrainiens se sont rendus dans la région de Koursk.",
        ("captured", "ua", 100, 100, True, "self", "event"),
    ),
    c(
        "qty-more-than-a-ten",
        "Plus d'une dizaine de soldats nigériens ont été blessés dans l'embuscade.",
        ("wounded", "unknown", 10, None, False, "self", "event"),
    ),
    c(
        "qty-more-than-a-dozen",
        "Plus d'une douzaine de mercenaires de Wagner ont été faits prisonniers.",
        ("captured", "wagner", 12, None, False, "self", "event"),
    ),
    c(
        "qty-no-more-than-dozens-rybar",
        "Selon Rybar, les pertes de Wagner ne dépassent pas quelques dizaines d'hommes.",
        ("casualties", "wagner", None, 99, True, "rybar", "event"),
    ),
    c(
        "zero-aucune-perte-fama-side",
        "Aucune perte n'est à déplorer dans nos rangs. #FAMa",
        ("casualties", "fama", 0, 0, False, "self", "event"),
        side="fama",
    ),
    c(
        "zero-aucun-mort",
        "La frappe de drone sur l'entrepôt n'a fait aucun mort.",
        ("killed", "unknown", 0, 0, False, "self", "event"),
    ),
    c(
        "zero-sans-perte-tuareg-side",
        "Nos unités sont rentrées à la base sans aucune perte.",
        ("casualties", "tuareg", 0, 0, False, "self", "event"),
        side="tuareg",
    ),
    # --- number formats ------------------------------------------------------------------
    c(
        "fmt-running-total",
        "Les pertes russes s'élèvent à environ 712 330 soldats (+1 520 en 24 heures) depuis le début de l'invasion, selon l'état-major ukrainien.",
        ("casualties", "ru", 712330, 712330, True, "ua_gs", "cumulative"),
        ("casualties", "ru", 1520, 1520, False, "ua_gs", "period"),
    ),
    c(
        "fmt-deux-mille-word",
        "Près de deux mille civils ont été tués à El-Geneina en deux semaines de combats.",
        ("killed", "civilians", 2000, 2000, True, "self", "period"),
    ),
    # --- several claims, victims ----------------------------------------------------------
    c(
        "multi-two-victims-one-verb",
        "L'embuscade a coûté la vie à 19 combattants de l'Africa Corps et à 11 soldats maliens, selon le FLA.",
        ("killed", "wagner", 19, 19, False, "tuareg", "event"),
        ("killed", "fama", 11, 11, False, "tuareg", "event"),
    ),
    c(
        "multi-three-kinds",
        "Selon l'armée malienne, 43 terroristes ont été neutralisés, 8 capturés et une vingtaine blessés.",
        ("killed", "unknown", 43, 43, False, "fama", "event"),
        ("captured", "unknown", 8, 8, False, "fama", "event"),
        ("wounded", "unknown", 20, 20, True, "fama", "event"),
    ),
    c(
        "alias-fama-lost-event",
        "Les FAMa ont perdu sept hommes dans l'attaque du convoi près d'Ansongo.",
        ("killed", "fama", 7, 7, False, "self", "event"),
    ),
    c(
        "alias-eigs",
        "Vingt-sept combattants de l'EIGS ont été tués par l'armée nigérienne près de Tillabéri.",
        ("killed", "is", 27, 27, False, "self", "event"),
    ),
    c(
        "alias-mercenaires-russes",
        "Trois mercenaires russes ont été blessés dans l'attaque de la base de Tessalit.",
        ("wounded", "wagner", 3, 3, False, "self", "event"),
    ),
    c(
        "alias-rebelles-touareg",
        "Une vingtaine de rebelles touareg ont été tués par une frappe de drone près de Tinzaouatène.",
        ("killed", "tuareg", 20, 20, True, "self", "event"),
    ),
    c(
        "enemy-from-ua-side",
        "L'ennemi a perdu 380 hommes au cours des dernières 24 heures sur l'axe de Lyman.",
        ("casualties", "ru", 380, 380, False, "self", "period"),
        side="ua",
    ),
    c(
        "ours-from-fama-side",
        "De notre côté, on déplore trois blessés légers.",
        ("wounded", "fama", 3, 3, False, "self", "event"),
        side="fama",
    ),
    c(
        "ours-from-tuareg-side",
        "Le FLA déplore la perte de quatre de ses combattants.",
        ("killed", "tuareg", 4, 4, False, "self", "event"),
        side="tuareg",
    ),
    c(
        "unknown-foreign-army",
        "Au moins 40 soldats burkinabè ont été tués dans l'attaque d'un détachement près de Djibo.",
        ("killed", "unknown", 40, None, False, "self", "event"),
    ),
    c(
        "unknown-militia",
        "Dix-huit Volontaires pour la défense de la patrie (VDP) ont péri dans l'attaque.",
        ("killed", "unknown", 18, 18, False, "self", "event"),
    ),
    c(
        "unknown-mixed-sides",
        "La frappe a tué 31 personnes, militaires et civils confondus.",
        ("killed", "unknown", 31, 31, False, "self", "event"),
    ),
    # --- claimants -----------------------------------------------------------------------
    c(
        "claimant-ru-mod-period",
        "Le ministère russe de la Défense affirme avoir éliminé jusqu'à 70 militaires ukrainiens en 24 heures sur l'axe de Kherson.",
        ("killed", "ua", None, 70, False, "ru_mod", "period"),
    ),
    c(
        "claimant-un-month",
        "Selon l'ONU, au moins 184 civils ont été tués en Ukraine au mois d'août.",
        ("killed", "civilians", 184, None, False, "un", "period"),
    ),
    c(
        "claimant-wsj",
        "Selon le Wall Street Journal, des dizaines de mercenaires de Wagner ont été tués.",
        ("killed", "wagner", 20, 99, True, "wsj", "event"),
    ),
    c(
        "claimant-reuters",
        "Douze soldats maliens ont été tués dans une embuscade près de Gao, selon un décompte de Reuters.",
        ("killed", "fama", 12, 12, False, "reuters", "event"),
    ),
    c(
        "claimant-afp",
        "Au moins 70 civils ont été tués dans l'attaque de Barsalogho, selon un bilan de l'AFP.",
        ("killed", "civilians", 70, None, False, "afp", "event"),
    ),
    c(
        "claimant-csp-spokesman",
        "Un porte-parole du CSP-DPA a affirmé que ses combattants avaient capturé 12 soldats maliens.",
        ("captured", "fama", 12, 12, False, "tuareg", "event"),
    ),
    c(
        "claimant-jnim",
        "Dans un communiqué, le JNIM revendique la mort de 16 soldats burkinabè.",
        ("killed", "unknown", 16, 16, False, "jnim", "event"),
    ),
    c(
        "claimant-rsf",
        "Les FSR affirment avoir tué plus de 100 soldats de l'armée soudanaise à El-Obeid.",
        ("killed", "saf", 100, None, False, "rsf", "event"),
    ),
    c(
        "claimant-mediazona-cumulative",
        "Mediazona a identifié plus de 95 000 soldats russes tués depuis le début de l'invasion.",
        ("killed", "ru", 95000, None, False, "mediazona", "cumulative"),
    ),
    # an auxiliary between the speaker and the verb ("ont annoncé") is no part of its name
    c(
        "claimant-slug-without-auxiliary",
        "Les autorités sanitaires ont annoncé que 9 villageois avaient été tués près de Ménaka.",
        ("killed", "civilians", 9, 9, False, "autorites_sanitaires", "event"),
    ),
    # --- scope, parts, repetition --------------------------------------------------------
    c(
        "scope-week",
        "En une semaine, neuf civils ont été tués dans les bombardements de la région de Belgorod.",
        ("killed", "civilians", 9, 9, False, "self", "period"),
    ),
    c(
        "part-same-kind-dont",
        "Quarante-deux civils ont été tués, dont 16 enfants, dans l'attaque du village de Diallassagou.",
        ("killed", "civilians", 42, 42, False, "self", "event"),
    ),
    c(
        "part-other-kind-counted",
        "Les pertes des FSR lors de la bataille de Sennar s'élèvent à près de 500 combattants, dont au moins 180 tués, selon l'armée soudanaise.",
        ("casualties", "rsf", 500, 500, True, "saf", "event"),
        ("killed", "rsf", 180, None, False, "saf", "event"),
    ),
    c(
        "headline-repeat-one-claim",
        "Soudan : 35 civils tués dans un bombardement à El-Fasher\n\n"
        "Trente-cinq civils ont été tués dimanche dans un bombardement des FSR sur un marché d'El-Fasher.",
        ("killed", "civilians", 35, 35, False, "self", "event"),
    ),
    # --- not claims ----------------------------------------------------------------------
    c(
        "nonclaim-equipment",
        "Trois hélicoptères et 12 véhicules blindés ont été détruits sur l'aérodrome.",
    ),
    c(
        "nonclaim-exchange",
        "La Russie et l'Ukraine ont échangé 95 prisonniers de guerre chacune.",
    ),
    c(
        "nonclaim-repatriated-bodies",
        "L'Ukraine a récupéré les corps de 563 soldats tués au combat.",
    ),
    c(
        "nonclaim-refugees",
        "Plus de 20 000 réfugiés soudanais sont arrivés au Tchad en une semaine.",
    ),
    c(
        "nonclaim-displaced",
        "Plus de 12 000 personnes ont été déplacées par les combats autour de Ménaka.",
    ),
    c(
        "nonclaim-arrests",
        "La gendarmerie a arrêté 14 personnes à Bamako pour trouble à l'ordre public.",
    ),
    c(
        "nonclaim-date-and-force-size",
        "L'attaque a eu lieu le 6 août vers 5 h 30 et impliquait jusqu'à un millier de soldats ukrainiens.",
    ),
    c(
        "nonclaim-distance",
        "Les forces russes ont progressé de 4 km en direction de Pokrovsk.",
    ),
    c(
        "nonclaim-age",
        "Le plus jeune des conscrits avait 19 ans.",
    ),
    c(
        "nonclaim-unit-number",
        "Des éléments de la 155e brigade mécanisée ont quitté leurs positions près de Pokrovsk.",
    ),
    c(
        "nonclaim-year-recruits",
        "En 2023, l'armée russe a recruté plus de 400 000 contractuels.",
    ),
    c(
        "nonclaim-percent",
        "Les pertes russes ont augmenté de 30 % en août par rapport à juillet.",
    ),
    c(
        "nonclaim-votes",
        "La résolution a été adoptée par 93 voix contre 18.",
    ),
    c(
        "nonclaim-pertes-importantes",
        "L'armée burkinabè a subi des pertes importantes dans le nord du pays, selon des sources sécuritaires.",
    ),
    c(
        "nonclaim-blesses-no-number",
        "On dénombre des blessés parmi la population, selon la protection civile.",
    ),
    c(
        "nonclaim-lost-equipment",
        "L'armée ukrainienne a perdu 12 blindés dans l'assaut raté.",
    ),
    c(
        "nonclaim-deployment",
        "Quelque 200 soldats de l'Africa Corps sont arrivés à Niamey.",
    ),
    # --- the language detected, not given ------------------------------------------------
    case(
        "detect-lang-fr",
        "Quatorze soldats ukrainiens ont été tués près de Toretsk.",
        ("killed", "ua", 14, 14, False, "self", "event"),
        lang=None,
    ),
    # --- round 6: one person named by office or trade -----------------------------------
    c(
        "single-office-le-maire-tue",
        "Le maire de la commune rurale a été tué par des hommes armés dimanche.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-chef-coutumier-assassine",
        "Un chef coutumier assassiné près de Djibo par des individus non identifiés.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-journaliste-abattu",
        "Un journaliste a été abattu devant son domicile à Goma.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-enseignant-blesse",
        "L'enseignant a été blessé par balle lors de l'attaque de l'école.",
        # a teacher is a civilian, as "un journaliste" (round 18: "deux soldats et un enseignant")
        ("wounded", "civilians", 1, 1, False, "self", "event"),
    ),
    c(
        "single-office-speaker-counts-no-one",
        "Le préfet a indiqué que neuf personnes ont été tuées.",
        ("killed", "unknown", 9, 9, False, "prefet", "event"),
    ),
    c(
        "single-office-most-soldiers-no-figure",
        "La plupart des soldats ont été tués dans l'embuscade.",
    ),
    c(
        "single-office-sentenced-no-claim",
        "L'ancien maire a été condamné à cinq ans de prison.",
    ),
    # --- round 6: deaths no one caused --------------------------------------------------
    c(
        "natural-death-faim-no-claim",
        "Au moins 20 personnes sont mortes de faim dans le camp assiégé ce mois-ci.",
    ),
    c(
        "natural-death-crise-cardiaque-no-claim",
        "L'ancien maire est mort d'une crise cardiaque à son domicile.",
    ),
    c(
        "natural-death-blessures-still-killed",
        "Trois soldats sont morts de leurs blessures à l'hôpital.",
        ("killed", "unknown", 3, 3, False, "self", "event"),
    ),
    c(
        "single-subject-over-relative-clause",
        "Le chef du village, qui avait dénoncé les exactions des jihadistes, a été tué dans la nuit.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    c(
        "single-subject-over-apposition-with-figure",
        "Le commandant de la compagnie, nommé il y a un mois, a été blessé lors de l'embuscade.",
        ("wounded", "unknown", 1, 1, False, "self", "event"),
    ),
    c(
        "single-killer-not-counted",
        "Un soldat qui a tué trois civils à un poste de contrôle a été arrêté.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
    ),
    # --- round 6: "autant de blessés" ---------------------------------------------------
    c(
        "same-number-autant-de-blesses",
        "L'explosion a fait neuf morts et autant de blessés au marché de Gao.",
        ("killed", "unknown", 9, 9, False, "self", "event"),
        ("wounded", "unknown", 9, 9, False, "self", "event"),
    ),
    c(
        "same-number-autant-qualified",
        "Au moins 7 civils ont été tués et autant blessés dans la frappe.",
        ("killed", "civilians", 7, None, False, "self", "event"),
        ("wounded", "civilians", 7, None, False, "self", "event"),
    ),
    # --- round 6: un meurtre dit par un nom ---------------------------------------------
    c(
        "nominal-meurtre-de",
        "Le meurtre de trois journalistes à Gao a choqué le pays.",
        ("killed", "civilians", 3, 3, False, "self", "event"),
    ),
    c(
        "nominal-assassinat-d-un",
        "L'assassinat d'un chef coutumier a été revendiqué par des hommes armés.",
        ("killed", "civilians", 1, 1, False, "self", "event"),
    ),
    # --- round 7: unit nicknames name their side -----------------------------------------
    c(
        "unit-nickname-akhmat-ru",
        "Les combattants d'Akhmat ont perdu 14 hommes près de Soudja.",
        ("killed", "ru", 14, 14, False, "self", "event"),
    ),
    c(
        "unit-nickname-azov-ua",
        "Plus de 20 combattants d'Azov ont été tués.",
        ("killed", "ua", 20, None, False, "self", "event"),
        side="ru",
    ),
    # --- round 7: a party's own losses in its reported statement --------------------------
    c(
        "own-losses-ses-propres-pertes-speaker-side",
        "Le CSP affirme avoir tué plus de 84 mercenaires de Wagner ; ses propres pertes "
        "s'élèvent à 9 morts et 12 blessés.",
        ("killed", "wagner", 84, None, False, "tuareg", "event"),
        ("killed", "tuareg", 9, 9, False, "tuareg", "event"),
        ("wounded", "tuareg", 12, 12, False, "tuareg", "event"),
    ),
    c(
        "own-losses-after-a-round-figure-killed",
        "Le FLA affirme avoir tué une trentaine de soldats maliens ; ses propres pertes : 4 morts.",
        ("killed", "fama", 30, 30, True, "tuareg", "event"),
        ("killed", "tuareg", 4, 4, False, "tuareg", "event"),
    ),
    # --- round 7: the perpetrator is never the victim -------------------------------------
    c(
        "perpetrator-il-a-tue-ou-blesse-not-victim",
        "L'EI dit qu'il a tué ou blessé une cinquantaine de personnes.",
        ("casualties", "unknown", 50, 50, True, "is", "event"),
    ),
    # --- round 7: each figure takes its own verb's kind -----------------------------------
    c(
        "own-verb-kind-faits-prisonniers-after-et",
        "Plus de 100 soldats tués et une vingtaine faits prisonniers.",
        ("killed", "unknown", 100, None, False, "self", "event"),
        ("captured", "unknown", 20, 20, True, "self", "event"),
    ),
    c(
        "own-verb-kind-prisoners-executed-stays-killed",
        "Les jihadistes ont exécuté 9 soldats faits prisonniers la veille.",
        ("killed", "unknown", 9, 9, False, "self", "event"),
    ),
    # --- round 7: a party's leader speaks for it ------------------------------------------
    c(
        "leader-goita-is-fama",
        "Le colonel Goïta a déclaré que 12 soldats maliens ont été tués.",
        ("killed", "fama", 12, 12, False, "fama", "event"),
    ),
    c(
        "leader-poutine-is-ru",
        "Selon Vladimir Poutine, l'Ukraine a perdu plus de 2 000 soldats dans la région de Koursk.",
        ("killed", "ua", 2000, None, False, "ru", "event"),
    ),
    c(
        "leader-burhan-is-saf",
        "Le général al-Burhane a affirmé que 40 combattants des FSR avaient été tués.",
        ("killed", "rsf", 40, 40, False, "saf", "event"),
    ),
    # --- round 7: another war's dead are not the channel's enemy ---------------------------
    c(
        "theatre-tsahal-combattants-unknown",
        "Tsahal affirme avoir tué 20 combattants dans le sud du Liban.",
        ("killed", "unknown", 20, 20, False, "tsahal", "event"),
        side="ru",
    ),
    # --- round 7: a strike's victims are the struck place's side, not the attacker's -------
    c(
        "struck-side-camp-russe",
        "Une frappe de drone ukrainienne sur un camp d'entraînement russe a tué une soixantaine "
        "de militaires.",
        ("killed", "ru", 60, 60, True, "self", "event"),
    ),
    c(
        "struck-side-attacker-adjective-is-not-victim",
        "Une frappe de drone ukrainienne a tué 5 soldats près de la frontière.",
        # round 23: the attacker's enemy, as in English ("A Ukrainian drone strike killed 5
        # soldiers")
        ("killed", "ru", 5, 5, False, "self", "event"),
    ),
    # --- round 7: a loss whose part is the dead is casualties, and the part a claim ---------
    c(
        "loss-with-dead-part-dont-tues",
        "L'ennemi a perdu jusqu'à 70 hommes, dont plus de 30 tués.",
        ("casualties", "ua", None, 70, False, "self", "event"),
        ("killed", "ua", 30, None, False, "self", "event"),
        side="ru",
    ),
    c(
        "loss-with-part-of-officers-stays-killed",
        "L'armée a perdu 14 soldats, dont 3 officiers, dans l'embuscade.",
        ("killed", "unknown", 14, 14, False, "self", "event"),
    ),
    # --- round 7: channels close to a party are not the party ------------------------------
    c(
        "claimant-canaux-proches-de-wagner-not-wagner",
        "Une centaine de rebelles tués, selon des canaux Telegram proches de Wagner.",
        ("killed", "tuareg", 100, 100, True, "canaux_telegram_proches", "event"),
    ),
    # --- round 7: a named source in brackets at the end of a sentence ----------------------
    c(
        "claimant-trailing-brackets-etat-major",
        "Les forces russes ont perdu 1 300 hommes en 24 heures (état-major ukrainien).",
        ("casualties", "ru", 1300, 1300, False, "ua_gs", "period"),
    ),
    # --- round 7: a strike's toll at a market, a school, a camp for displaced: civilians ---
    c(
        "civil-place-marche-toll-unknown",
        "Le bilan du bombardement du marché s'est alourdi à 45 morts, selon le comité de "
        "résistance.",
        ("killed", "unknown", 45, 45, False, "comite_resistance", "event"),
    ),
    # --- round 7: "l'un des deux soldats": the one is the count, the two the group -----------
    c(
        "one-of-the-two-is-one",
        "L'un des deux soldats a été tué.",
        ("killed", "unknown", 1, 1, False, "self", "event"),
    ),
    # --- round 7: a group's media arm speaks for the group --------------------------------
    c(
        "claimant-revendication-az-zallaqa-is-jnim",
        "Selon une revendication diffusée par Az-Zallaqa, 30 soldats maliens ont été tués.",
        ("killed", "fama", 30, 30, False, "jnim", "event"),
    ),
    # --- round 8: the set counted is named after "le nombre de" ----------------------------
    c(
        "civilians-tally-named-before-figure",
        "Le nombre de civils que l'ONU a recensés parmi les morts depuis janvier a atteint 312.",
        ("killed", "civilians", 312, 312, False, "un", "cumulative"),
    ),
    c(
        "tally-personnes-stays-unknown",
        "Le nombre de personnes tuées dans la frappe sur le marché est passé à 19.",
        ("killed", "unknown", 19, 19, False, "self", "event"),
    ),
]


@pytest.mark.parametrize("c", params(CASES))
def test_fr(c: Case) -> None:
    check(c)
