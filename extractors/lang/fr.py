"""French. Words are lowercase forms or stems ending in "*"; number words go through text2num."""

from __future__ import annotations

from text_to_num import text2num

from extractors.actors import OFFICIALS_LATIN as _OFFICIALS

CODE = "fr"
SCRIPT = "latn"
LETTERS = "éèêàçùœ"
FUNCTION_WORDS = (
    "le",
    "la",
    "les",
    "des",
    "du",
    "de",
    "et",
    "est",
    "ont",
    "été",
    "dans",
    "selon",
    "une",
    "un",
    "par",
    "pour",
    "sur",
    "au",
    "aux",
    "qui",
    "que",
    "avec",
    "lors",
    "leur",
    "ses",
    "été",
    "l'",
    "d'",
)
ANALYZER = "plain"

PREFILTER = (
    "brûl",  # "souffrent de brûlures": wounded
    "péri",  # "auraient péri": died
    "tué",
    "tue",
    "tuant",
    "mort",
    "décéd",
    "decede",
    "neutralis",
    "abattu",
    "bless",
    "captur",
    "prisonnier",
    "otage",
    "enlev",
    "enlèv",
    "kidnapp",
    "disparu",
    "perte",
    "perd",
    "perdu",
    "victime",
    "corps",
    "exécut",
    "massacr",
    "péri",
    "assassin",
    "vie",
    "bilan",
    "hospitalis",
    "cadavre",
    "rendu",
    "reddition",
    "liquid",
    "éliminé",
    "elimine",
    "succomb",
    "décès",
    "deces",
)

KILLED = (
    # "cinq autres y sont restés pour toujours": stayed there for good, dead
    "y sont restés pour toujours",
    "y sont restés pour de bon",
    "restés là pour toujours",
    # "on enterre deux ou trois gars par semaine", "nous avons enterré six camarades": those a
    # unit buries are its dead (not "enterrés sous les décombres": trapped, said passively)
    "on enterre",
    "nous enterrons",
    "on a enterré",
    "nous avons enterré",
    "avons enterré",
    # "14 occupants au tapis pour de bon": knocked down for good, milblogger slang for the dead
    # (not "au tapis" alone: down, perhaps only hit)
    "au tapis pour de bon",
    "au tapis pour toujours",
    "au tapis définitivement",
    # "une trentaine de gus refroidis par nos FAMa": slang, killed
    "refroidi",
    "refroidis",
    "refroidir",
    # "plusieurs centaines de personnes auraient péri": died
    "péri",
    "périr",
    "périssent",
    "ont péri",
    # "environ 140 « héros » passés en mode 200": the code for the dead
    "en mode =200",
    # "une cinquantaine partis engraisser les tournesols": gone to fertilize the fields, the
    # soil, the sunflowers: milblogger slang for the dead
    "engraisser les ?",
    "engraisser le ?",
    "engraisser la ?",
    # "14 orques transformés en engrais": turned into fertilizer, the same slang
    "transformés en engrais",
    "transformé en engrais",
    "changés en engrais",
    "partis en engrais",
    # "des milliers pourrissent dans les champs": the dead left in the fields
    "pourrissent dans les champs",
    "pourrissent ? dans les champs",
    # "230 blessés, dont 19 n'ont pas pu être sauvés": dead
    "pas pu être sauvés",
    "pas pu être sauvé",
    "pas pu être sauvées",
    # "une cinquantaine sont restés pour toujours dans les lignes d'arbres": dead
    "restés pour toujours",
    "resté pour toujours",
    "restées pour toujours",
    # "aucune perte en vie humaine": lives are the dead, not losses of any kind
    "perte en vie humaine",
    "pertes en vies humaines",
    "perte en vies humaines",
    "pertes en vie humaine",
    "envoyés en enfer",
    "envoyé en enfer",
    "envoyés ad patres",  # the same, in a Latin tag
    "envoyés rejoindre leurs",  # "envoyés rejoindre leurs 72 vierges": their side's mockery
    "partis rejoindre leurs",
    "envoyé rejoindre ses",
    "envoyé ad patres",
    "expédiés ad patres",  # "80 terrorists sent to hell": killed, as their side says
    # "une trentaine de terroristes envoyés chez Allah": the same mockery, to their god
    "envoyés chez allah",
    "envoyé chez allah",
    "expédiés chez allah",
    "envoyés auprès d'allah",
    # milblogger slang, "une trentaine de 200": the dead said as their code number after "de"
    # and a figure (SLANG_OWN: the number is the noun, no figure of its own)
    "de =200",
    # "140 neutralisés, dont 70 de manière irrémédiable": the part put out for good is the dead
    "irrémédiablement",
    "de manière irrémédiable",
    "de façon irrémédiable",
    "mortelle",
    "mortelles",
    "mortels",
    "martyr*",
    "tombés en martyrs",
    "tombé en martyr",
    "tué*",
    "tue",
    "tués",
    "tuées",
    "tuée",
    "tuer",
    "tuant",
    "mort",
    "morts",
    "morte",
    "mortes",
    "décéd*",
    "décès",
    "victime*",
    "corps",
    "exécut*",
    "massacr*",
    "péri",
    "périr",
    "ont péri",
    "assassin*",
    "meurtre*",  # "le meurtre de trois journalistes"
    "abattu*",
    "coûté la vie",
    "coûte la vie",
    "coûtant la vie",
    "perdu la vie",
    "trouvé la mort",
    "trouve la mort",
    "sans vie",
    "cadavre*",
    "succomb*",
    "pertes irrécupérables",
    # "312 hommes, dont 198 de manière irrécupérable": the part lost for good
    "irrécupérables",
    "irrécupérable",
    "de manière irrécupérable",
    "de façon irrécupérable",
    "de manière irréversible",  # "211 hommes, dont 97 de manière irréversible"
    "de façon irréversible",
    "irréversiblement",
    "pertes irréversibles",
    "définitivement hors de combat",
    "tombés",
    "tombé",
    "fusillé*",
    "égorgé*",
)
ELIMINATED = (
    "neutralis*",
    "hors d'état de nuire",  # "mis hors d'état de nuire": a communiqué's word for put out of action
    "éliminé*",
    "élimin*",
    "liquidé*",
    "liquid*",
    "mis hors de combat",
    "anéanti*",
    "détruit*",
)
WOUNDED = (
    # "6 autres envoyés à l'hosto": sent off to hospital from the fight, the wounded
    "envoyés à l'hosto",
    "envoyé à l'hosto",
    "partis à l'hosto",
    "en mode =300",  # the code for the wounded
    # "trois morts et quatre autres souffrent de brûlures": burns from the attack, the wounded
    "souffrent de brûlures",
    "souffre de brûlures",
    "grièvement brûlés",
    "grièvement brûlé",
    # "deux gars légèrement touchés": hit, said with how badly
    "légèrement touché*",
    "grièvement touché*",
    "de =300",  # "et autant de 300": the wounded said as their code number
    "bless*",
    "hospitalis*",
    "pris en charge",
    "évacués vers l'hôpital",
    "atteints",
    "grièvement atteint*",
)
# "aucun civil n'a été touché": hit, none of them; said with its negation only ("deux immeubles
# touchés", "10 raffineries ont été touchées" count buildings)
HURT = (
    "n'a été touché*",
    "n'ont été touché*",
    "n'a pas été touché*",
    "n'ont pas été touché*",
)
CAPTURED = (
    # "onze gars qui ont préféré la captivité": surrender
    "préféré la captivité",
    "choisi la captivité",
    # "plus de 300 soldats sont en captivité", "en captivité en Russie": a state of captivity
    # ("libérés de captivité" is an exchange, no claim)
    "en captivité",
    # "9 autres ont préféré lever les mains": surrender said as a gesture
    "lever les mains",
    "levé les mains",
    "levant les mains",
    # "trois autres ont préféré se rendre": surrender in the infinitive
    "se rendre",
    "préféré se rendre",
    # "six autres ont levé les mains": surrender said as a gesture
    "déposé les armes",
    "déposé leurs armes",
    "levé les mains",
    "lèvent les mains",
    "captur*",
    "fait prisonnier",
    "faits prisonniers",
    "fait plusieurs prisonniers",
    "prisonnier*",
    "otage*",
    "enlevé*",
    "enlèvement*",
    # "quatre autres emmenés par les assaillants": taken away by an armed party, abducted; the
    # party is said, as "emmené par" alone is mostly "led by" ("une délégation emmenée par le
    # ministre") or carried by helpers ("les blessés emmenés par les secouristes")
    "emmen* par les assaillant*",
    "emmen* par des assaillant*",
    "emmen* par les jihadiste*",
    "emmen* par des jihadiste*",
    "emmen* par les djihadiste*",
    "emmen* par des djihadiste*",
    "emmen* par les terroriste*",
    "emmen* par des terroriste*",
    "emmen* par les ravisseur*",
    "emmen* par des hommes armés",
    "emmen* par les hommes armés",
    "emmenés de force",
    "emmené de force",
    "kidnapp*",
    "rendu*",
    "reddition",
    "séquestré*",
    "se sont rendus",
    "pris en otage",
    "aux mains",
)
CAPTIVITY = ("captivité",)  # "en captivité russe": the captor, named after it
# "2 000 sont en captivité": a state of captivity, a standing count (cumulative)
HELD = ("en captivité",)
MISSING = (
    # "nous avons perdu le contact avec cinq volontaires": missing (not "perdu", a toll of the
    # dead)
    "perdu le contact",
    "perdu contact",
    "perdre le contact",
    "perte de contact",
    "disparu*",
    # "une trentaine de personnes portées disparues": the participle in all its forms
    "porté* disparu*",
    "sans nouvelles",
    "introuvable*",
    # "trois autres qu'on n'arrive toujours pas à retrouver": the figure not found is missing
    "pas été retrouvé*",
    "toujours pas été retrouvé*",
    # "une dizaine de personnes sont toujours sous les décombres": not yet found
    "toujours sous les décombres",
    "encore sous les décombres",
    "pas encore été retrouvé*",
    "arrive pas à retrouver",
    "arrivons pas à retrouver",
    "arrivent pas à retrouver",
)
CASUALTIES = (
    "personnel :",  # "personnel — 412 occupants : 230 tués et 182 blessés": a tally's people line
    "personnel -",
    "effectifs :",
    "effectifs -",
    "pertes",
    "perte",
    "tués ou blessés",
    "tués et blessés",
    "morts et blessés",
    "morts ou blessés",
    # "des centaines de morts et de blessés": the article said again before the second noun
    "morts et de blessés",
    "morts ou de blessés",
    "tués et de blessés",
    "tués ou de blessés",
    "mis hors de combat",
)
LOSS = (
    "laissant sur le terrain",
    "laissant derrière",
    "laissé sur le terrain",
    "perdu",
    "perdre",
    "perd",
    "perdent",
    "perdant",
    "perdait",
    "perdaient",
    "perdra",
    "perte de",
    "perte d'",
    "la perte de",
)
NONCLAIM = (
    # "Sur les 120 hommes de son unité, une cinquantaine ont été tués": out of them, the whole
    "sur les #",
    # "déraciné plus de 12 millions de personnes": displaced, no toll
    "déraciné",
    "déracinés",
    "déracinées",
    # "le chef de l'État s'est rendu sur place": went there, no surrender
    "rendu sur place",
    "rendue sur place",
    "rendus sur place",
    "rendu à",
    "rendu au",
    "rendu en",
    "rendus à",
    "rendus au",
    "rendu visite",
    "se rendre à",  # "doit se rendre à Gao": to go there
    "se rendre au",
    "se rendre en",
    "se rendre sur",
    # "plusieurs centaines d'autres ont déserté": gone of their own will, no casualties
    "déserteur*",
    "déserté",
    # "58 femmes victimes de violences sexuelles": harmed, not killed
    "victimes de violences sexuelles",
    "victimes de violences",
    "victimes de viol",
    "victimes de viols",
    "victimes d'abus",
    "anciens prisonniers",  # "dont 17 000 anciens prisonniers": qui ils étaient, pas une capture
    "ancien prisonnier",
    "anciens détenus",
    "ancien détenu",
    "contraint",  # "et contraint 12 millions à fuir": ceux que la guerre a chassés, pas ses morts
    "contraints",
    "contraignant",
    "forcé",
    "forcés",
    "qui compte",  # a unit's strength, not its losses
    "comptant",
    "fort de",
    "forte de",
    "effectif",
    "déplacé*",
    "fui",
    "fuir",
    "fuyant",
    "évacu*",
    "arrêté*",
    "interpellé*",
    "interpell*",
    "appréhendé*",  # "cinq individus ont été appréhendés": arrested
    # "condamné à la peine capitale 17 militaires": sentenced, no one killed
    "peine capitale",
    "peine de mort",
    "condamné* à mort",
    "détenu*",
    "réfugié*",
    "libéré*",
    "relâché*",
    "déployé*",
    "déploy*",
    "formé*",
    "former",
    "arrivé*",
    "mobilis*",
    "recrut*",
    "condamné*",
    "secouru*",
    "rapatrié*",
    "échangé*",
    "franchi",
    "expulsé*",
    "voté",
    "votes",
    "réinstall*",
    "envoyé*",
    "dépêché*",
)
# air defence reports: "a abattu ou neutralisé 460 de ces drones" count drones and missiles
INTERCEPT = (
    "intercepté*",
    "abattu",  # "88 ont été abattus": drones shot down, when no person is named beside it
    "abattus",
    "abattue",
    "abattues",
    "abattu ou neutralisé",
    "abattus ou neutralisés",
    "défense aérienne",
    "défense antiaérienne",
    "défenses aériennes",
    "défense anti-aérienne",
)
PERSONNEL = ("personnel", "effectifs")  # the people line of a tally: "personnel : 1 001 240"
EXCHANGE = (
    # "la restitution de 1 000 corps à la partie ukrainienne": bodies handed back
    "restitution",
    "restitué*",
    "remise des corps",
    "libéré",
    "libérés",
    "libérées",
    "relâché",
    "relâchés",
    "remis en liberté",
    "de captivité",
    "libérés de",
    "échange",
    "échanges",
    "échangé*",
    "rapatriement",
    "rapatrié*",
    "remis",
    "récupéré les corps",
    "reçu les corps",  # "la Russie a reçu les corps de 19 soldats"
    "reçu ? corps",
    "remis ? corps",
    "restitution des corps",
    "remise des corps",
    # "a rendu les corps de 563 soldats", "les dépouilles de 41 soldats": bodies handed back, the
    # dead of a past toll counted again, no new one
    "rendu les corps",
    "rendu ? corps",
    "rapatrié les corps",
    "récupéré les dépouilles",
    "rendu les dépouilles",
    "remis les dépouilles",
    "reçu les dépouilles",
    "les dépouilles de",
    "des dépouilles de",
    "récupéré ? corps",  # "a récupéré 909 corps de soldats": the count of bodies between
    "rapatrié ? corps",
    "rendu ? dépouilles",
    "de captivité",
    "restitué*",
)

NUMBERS = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "soixante-dix": 70,
    "quatre-vingt": 80,
    "quatre-vingts": 80,
    "quatre-vingt-dix": 90,
    "cent": 100,
    "cents": 100,
    "vingt-*": 20,
    "trente-*": 30,
    "quarante-*": 40,
    "cinquante-*": 50,
    "soixante-*": 60,
    "quatre-vingt-*": 80,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
    "deux-cents": 200,
    "trois-cents": 300,
}
SCALES = {
    "mille": 1000,
    "millier": 1000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "milliard": 10**9,
}
ROUNDS = {
    "dizaine": 10,
    "douzaine": 12,
    "demi-douzaine": 6,  # "une demi-douzaine de blessés"
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
    "demi-million": 500_000,  # "plus d'un demi-million de tués et de blessés"
}
VAGUES = {
    "dizaines": (20, 99),
    "centaines": (200, 999),
    "milliers": (2000, 9999),
    "douzaines": (20, 99),
    "vingtaines": (40, 99),
}
# "un certain nombre de" states no figure; "en avoir enlevé quelques-uns": a few, the spec's
# 2 to 9 as "quelques" is (not "certains", some with no count)
FEW = ("plusieurs", "quelques", "une poignée de", "quelques-uns", "quelques-unes")
ARTICLE = ("un", "une", "des", "d'", "de", "le", "la", "les", "l'")
DEF = (
    "le",
    "la",
    "l'",
    # a singular possessive, as en "his", "her": "sa mère grièvement blessée", "son père tué"
    "sa",
    "son",
)  # one person only before a singular person noun ("le maire a été tué")

MORE_THAN = (
    "plus de",
    "plus d'",
    "au-delà de",
    "au-delà d'",
    "davantage de",
    "plus d'une",
    "plus d'un",
    "supérieur à",
)
AT_LEAST = (
    "au moins",
    "pas moins de",
    "pas moins d'",
    "au minimum",
    "a minima",
    "un minimum de",
    "au bas mot",  # "au bas mot 60 bandits": at the very least
)
UP_TO = (
    "jusqu'à",
    "moins de",
    "moins d'",
    "pas plus de",
    "pas plus d'",
    "au plus",
    "au maximum",
    "tout au plus",
    "au maximum de",
    "inférieur à",
    "ne dépasse pas",
    "ne dépassent pas",
    "n'excède pas",
    "n'excèdent pas",
)
ABOUT = (
    "≈",
    "environ",
    "près de",
    "près d'",
    "quelque",
    "approximativement",
    "autour de",
    "autour d'",
    "presque",
    "à peu près",
    "pratiquement",
    "quasi",
    "~",
)
MORE_THAN_POST = ("ou plus", "et plus", "au moins")
AT_LEAST_POST = ("au moins", "au minimum")
ONLY = ("seulement", "uniquement", "que", "ne que", "rien que")
RANGE_FROM = ("entre", "de", "d'")
RANGE_TO = ("à", "et")
RANGE_OR = ("ou",)
REPEL = (
    "repoussé",
    "repoussée",
    "repoussés",
    "repousser",
    "a repoussé",
    "ont repoussé",
    "déjoué",
    "mis en échec",
)
TALLY = ("le nombre de", "nombre de")
GROWTH = (
    "atteindre",  # "le bilan pourrait atteindre 60" (after "pourrait": a ceiling)
    "s'élève à",
    "élève à",
    "s'établit à",
    "passé à",
    "atteint",
    "porté à",
    "portant à",
    "grimpé à",
    "monté à",
    "est de",
    "s'élèvent à",
    # the past and other tenses: "les pertes de l'ennemi ... se sont élevées à 430 militaires",
    # "le bilan s'élevait à 12 morts"; "se chiffrent à", "se montent à": the same verb of amounting
    "élevé à",
    "élevée à",
    "élevés à",
    "élevées à",
    "élevait à",
    "élevaient à",
    "élèvera à",
    "élèveront à",
    "chiffre à",
    "chiffrent à",
    "chiffrait à",
    "chiffraient à",
    "chiffré à",
    "chiffrée à",
    "chiffrés à",
    "chiffrées à",
    "se monte à",
    "se montent à",
    "se montait à",
    "se montaient à",
)

PEOPLE = (
    # "it had lost no one", "не потеряли никого": none of its people, a death toll of none
    "personne",
    # a UN peacekeeper: a person of no side in the table
    "casque bleu",
    "casques bleus",
    "père",  # "a father of five was killed": one person
    "mère",
    # kin named by the one they belong to: "un homme tué et son épouse blessée", one person
    "épouse",
    "mari",
    "fils",
    "fille",
    "frère",
    "sœur",
    "personne*",
    "gens",
    "individu*",
    "homme*",
    "habitant*",
    # one person by the office or trade news name them by: "le maire de ... a été tué"
    "maire",
    "adjoint au maire",
    "chef",
    "notable",
    "élu",
    "avocat",
    "juge",
    "magistrat",
    "enseignant",
    "instituteur",
    "directeur",
    "député",
    "conseiller",
    "préfet",
    "sous-préfet",
    "militant",
    "commerçant",
    "berger",
    "agriculteur",
    "leader",
)
SOLDIERS = (
    "apostat*",  # a jihadist statement's word for the soldiers it fought
    "soldat*",
    "militaire*",
    "combattant*",
    "hommes",
    "terroriste*",
    "jihadiste*",
    "djihadiste*",
    "assaillant*",
    "insurgé*",
    "rebelle*",
    # "abattu des centaines de miliciens": militiamen are fighters (not "milice", the body)
    "milicien",
    "miliciens",
    "bandit*",  # "bandits armés": the Sahel's armies' word for the fighters they face
    "mercenaire*",
    "élément*",
    "gendarme*",
    "policier*",
    "officier*",
    "sous-officier*",
    "commandant*",
    "recrue*",
    "supplétif*",
    "volontaire*",
    "membres",
)
OTHER_ACTOR = (
    # "tous camps confondus", "с обеих сторон": a toll of both sides, no one's
    "tous camps confondus",
    "civils et combattants confondus",
    "civils et militaires confondus",
    "militaires et civils confondus",
    "des deux camps",
    "des deux côtés",
    # "tués et blessés de tous les côtés": a toll of every side, no one's
    "de tous les côtés",
    "de toutes les parties",
    "de part et d'autre",
    "force conjointe",  # Sudan's Joint Force of the armed movements: no id in the table
    "forces conjointes",
    "vdp",
    "milice d'autodéfense",
    "milices d'autodéfense",
    "milices dozo",
    "forces de sécurité",  # a state's security forces of no party in the table (Syria's)
    # "douze blessés dans les rangs des FDS": Niger's and Burkina's defence and security forces
    "forces de défense et de sécurité",
    "fds",
    "des deux côtés",
    "des deux camps",
    "dozos",
    "chasseurs",
    # "militaires étrangers", "mercenaires étrangers": servicemen of no named army
    "militaires étrangers",
    "soldats étrangers",
    "mercenaires étrangers",
    "combattants étrangers",
    "instructeurs étrangers",
    "officiers étrangers",
)
# Nationalities of states with no party in the actor table, keyed by country: their soldiers
# are nobody's here ("soldats burkinabè"), never a regional default.
NATIONALITIES = {
    "benin": ("béninois*",),
    "burkina": ("burkinabè", "burkinabé", "burkinabés", "burkinabe"),
    "niger": ("nigérien*",),
    "nigeria": ("nigérian*",),
    "togo": ("togolais*",),
    "ivory_coast": ("ivoirien*",),
    "ghana": ("ghanéen*",),
    "senegal": ("sénégalais*",),
    "guinea": ("guinéen*",),
    "mauritania": ("mauritanien*",),
    "algeria": ("algérien*",),
    "morocco": ("marocain*",),
    "tunisia": ("tunisien*",),
    "libya": ("libyen*",),
    "egypt": ("égyptien*",),
    "chad": ("tchadien*",),
    "cameroon": ("camerounais*",),
    "central_africa": ("centrafricain*",),
    "congo": ("congolais*",),
    "gabon": ("gabonais*",),
    "ethiopia": ("éthiopien*",),
    "eritrea": ("érythréen*",),
    "somalia": ("somalien*",),
    "kenya": ("kényan*",),
    "uganda": ("ougandais*",),
    "rwanda": ("rwandais*",),
    "burundi": ("burundais*",),
    "tanzania": ("tanzanien*",),
    "mozambique": ("mozambicain*",),
    "south_africa": ("sud-africain*",),
    "liberia": ("libérien*",),
    "sierra_leone": ("sierra-léonais*",),
    "gambia": ("gambien*",),
    "south_sudan": ("sud-soudanais*",),
    "djibouti": ("djiboutien*",),
    "angola": ("angolais*",),
    "zimbabwe": ("zimbabwéen*",),
    "zambia": ("zambien*",),
    "syria": ("syrien*",),
    "iraq": ("irakien*",),
    "iran": ("iranien*",),
    "israel": ("israélien*",),
    "palestine": ("palestinien*",),
    "lebanon": ("libanais*",),
    "jordan": ("jordanien*",),
    "saudi": ("saoudien*",),
    "yemen": ("yéménite*",),
    "uae": ("émirien*",),
    "qatar": ("qatari*",),
    "kuwait": ("koweïtien*",),
    "turkey": ("turc", "turque", "turcs", "turques"),
    "afghanistan": ("afghan*",),
    "pakistan": ("pakistanais*",),
    "belarus": ("biélorusse*", "bélarusse*"),
    "poland": ("polonais*",),
    "georgia": ("géorgien*",),
    "moldova": ("moldave*",),
    "romania": ("roumain*",),
    "hungary": ("hongrois*",),
    "lithuania": ("lituanien*",),
    "latvia": ("letton*",),
    "estonia": ("estonien*",),
    "finland": ("finlandais*",),
    "kazakhstan": ("kazakh*",),
    "armenia": ("arménien*",),
    "azerbaijan": ("azerbaïdjanais*",),
    "north_korea": ("nord-coréen*",),
    "south_korea": ("sud-coréen*",),
    "china": ("chinois*",),
    "india": ("indien*",),
    "nepal": ("népalais*",),
    "cuba": ("cubain*",),
    "colombia": ("colombien*",),
    "usa": ("américain*",),
    "uk": ("britannique*",),
    "france": ("français", "française", "françaises"),
    "germany": ("allemand*",),
}
# The names of those states a post can be about (Africa and the Middle East): "the army" and
# soldiers there are that state's: they count towards CONTEXT.
COUNTRIES = {
    "benin": ("bénin",),
    "nigeria": ("nigeria",),
    "togo": ("togo",),
    "ivory_coast": ("côte d'ivoire",),
    "ghana": ("ghana",),
    "senegal": ("sénégal",),
    "guinea": ("guinée",),
    "mauritania": ("mauritanie",),
    "algeria": ("algérie",),
    "morocco": ("maroc",),
    "tunisia": ("tunisie",),
    "libya": ("libye",),
    "egypt": ("égypte",),
    "chad": ("tchad", "n'djamena"),
    "cameroon": ("cameroun",),
    "central_africa": ("centrafrique",),
    "congo": ("congo", "rdc"),
    "gabon": ("gabon",),
    "ethiopia": ("éthiopie",),
    "eritrea": ("érythrée",),
    "somalia": ("somalie",),
    "kenya": ("kenya",),
    "uganda": ("ouganda",),
    "rwanda": ("rwanda",),
    "burundi": ("burundi",),
    "tanzania": ("tanzanie",),
    "mozambique": ("mozambique",),
    "liberia": ("liberia",),
    "sierra_leone": ("sierra leone",),
    "gambia": ("gambie",),
    "south_sudan": ("soudan du sud",),
    "djibouti": ("djibouti",),
    "angola": ("angola",),
    "iraq": ("irak",),
    "jordan": ("jordanie",),
    "saudi": ("arabie saoudite",),
    "yemen": ("yémen",),
    "usa": (
        "états-unis",
        "etats-unis",
    ),
}
ENEMY = (
    "côté ennemi",
    "chez l'ennemi",
    "ennemi",
    "ennemis",
    "ennemie",  # "les pertes ennemies": the adjective agrees with its noun
    "ennemies",
    "l'ennemi",
    "nazis",
    "néonazis",
    "adversaire",
    "adverse",
    "assaillants",
)
MATES = ("gars", "potes", "camarades", "frères d'armes", "copains", "copain")
OURS = (
    "côté ami",
    "côté amis",
    "du côté ami",
    "nos",
    "notre",
    "nous",
    "de notre côté",
    "les nôtres",
    "nôtres",
    "dans nos rangs",
    "de nos rangs",
    "nous avons eu",  # "« Nous avons eu quatre tués »": the speaker's own side
    "on a eu",
    "nous avons",  # "Nous avons 3 blessés, tous évacués": the speaker's own side
    "nous avons perdu",
    "on a perdu",
)
# "Il n'y a ni morts ni blessés": "il" of "il y a" is no one
DUMMY = ("il y a", "il n'y a", "il y avait", "il n'y avait", "il n'y a pas eu", "il y a eu")
PRONOUN = (  # "selon lui": the last speaker; "a-t-il ajouté": the same, inverted
    "il",
    "elle",
    "ils",
    "elles",
    "lui",
    "eux",
    # the subject split off an inverted verb: "a-t-il ajouté", "raconte-t-elle", "dit-il"
    "-t-il",
    "-t-elle",
    "-il",
    "-elle",
    "-ils",
    "-elles",
)
POSS = (
    "ses propres",
    "leurs propres",
    "ses",
    "leurs",
    "son",
    "sa",
    "leur",
    "dans ses rangs",
    "dans leurs rangs",
)
OTHERS = ("autres", "d'autres", "autre", "supplémentaires", "encore")
AMONG = (
    "parmi",
    "dans les rangs de",
    "dans les rangs des",
    "dans les rangs du",
    "du côté de",
    "du côté des",
    "au sein de",
    "au sein des",
    "au sein du",
    "côté",
)
LINK = ("de", "d'", "des", "du")
PREP = (
    "dans",
    "à",
    "au",
    "aux",
    "en",
    "près",
    "lors",
    "pendant",
    "après",
    "sur",
    "sous",
    "vers",
    "contre",
    "par",
    "avec",
    "pour",
    "depuis",
    "entre",
    "chez",
    "quand",
    "lorsque",
    # "plus de quarante devant nos positions": where, not what was counted
    "devant",
    "derrière",
    "autour",
)
# "en" before the auxiliary of a verb of harm: the people named before ("on en a tué quarante")
THEM = (
    "en a",
    "en ai",
    "en avons",
    "en avez",
    "en ont",
    "en avait",
    "en avions",
    "en avaient",
    "en aurait",
    "en aurions",
    "en auraient",
    "en aura",
    "en auront",
    "en avoir",  # "affirme en avoir neutralisé une trentaine"
)
PART_OF = (
    "dont",
    "parmi lesquels",
    "parmi lesquelles",
    "y compris",
    "notamment",
    "parmi eux",
    "parmi elles",
    "d'entre eux",  # "Deux d'entre eux sont morts en route": two of the people just counted
    "d'entre elles",
    # "277 tués, majoritairement des combattants, mais aussi 28 civils": a part of the toll
    ", mais aussi",
)
ATTACKERS = ("assaillants", "assaillant", "attaquants", "agresseurs")
# People no army counts as its own: a toll "en majorité" or "dont" these is the civilians'
# the word "civilians" itself: "1 300 dead, of whom 830 civilians" names a victim apart
CIVILIAN_WORD = ("civil", "civils", "civile", "civiles")
FAMILIES = (
    "femmes",
    "femme",
    "enfants",
    "enfant",
    "mineurs",
    "élèves",
    "écoliers",
    "écolières",
    "fillettes",
    "bébés",
    "nourrissons",
    "personnes âgées",
    "adolescents",
    "familles",
)
# after a losses noun: "les pertes du groupe", the group named last before
THE_GROUP = ("du groupe", "du mouvement", "de l'organisation", "de la formation")
# a tally's part in a unit's sector: "jusqu'à 445 dans la zone du groupement Centre"
AREA = (
    "dans la zone",
    "dans la zone de responsabilité",
    "dans le secteur",
    "dans celle",
    "dans celui",
    "sur le front",
    # sector nouns: "420 sur l'axe de Pokrovsk"
    "axe",
    "secteur",
    "direction",
)
# Hired fighters: in a Mali post the Russian hired force (Wagner / Africa Corps), "étrangers" or not
MERCENARIES = ("mercenaire", "mercenaires", "mercenaires étrangers", "mercenaire étranger")
# the paramilitaries: the RSF in a Sudan post, Wagner / Africa Corps in a Mali post, else no one
PARAMILITARY = ("paramilitaire", "paramilitaires")
# Verbs of attacking a place ("attaqué" is a STRIKE word already)
RAID = (
    "frappé",
    "frappée",
    "bombardé",
    "bombardée",
    "pilonné",
    "pilonnée",
    "visé",
    "visée",
    "lancé",
    "tiré",
)
# what a losses noun may count instead of people: "les pertes en chars s'élèvent à 1 050"
# "in groups of 3 to 5": the size of each group, no count
GROUP_OF = ("groupes de", "par groupes de", "groupes d'", "par groupes d'", "vagues de")
EQUIPMENT = (
    "char",
    "chars",
    "matériel",
    "matériels",
    "véhicule*",
    "blindé*",
    "avion*",
    "hélicoptère*",
    "artillerie",
    "drone*",
    "équipement*",
    "obusier*",  # "deux obusiers D-30": guns, not people
    "canon*",
    "pick-up",
    "camion*",
    "lance-roquette*",
)
# "aucune perte significative": some were suffered
SERIOUS = (
    "significative",
    "significatives",
    "significatif",
    "significatifs",
    "importante",
    "importantes",
    "sérieuse",
    "sérieuses",
    "lourde",
    "lourdes",
)
FRONT_OF = ("devant", "en face de")  # "une soixantaine de tués devant nos positions"
POSITIONS = ("positions", "position", "tranchées")
# selon le théâtre : les Touareg au Mali, les FSR au Soudan (le mot de l'armée), sinon personne
REBELS = ("rebelle", "rebelles", "milice*", "miliciens", "milicien", "séparatiste*")
ARMY = (
    "armée",
    "l'armée",
    "forces armées",
    "état-major",
    "forces de défense",
    "autorités militaires",
    "ministère de la défense",
    # a country's gendarmerie-like force, its army's kin: "un officier de la Garde nationale
    # nigérienne" speaks for Niger
    "garde nationale",
)
CONTEXT = {
    # une autre guerre : l'"ennemi" par défaut d'un canal ne va pas jusqu'à Israël ou Gaza
    "israel_army": (
        "israël",
        "israélien",
        "israélienne",
        "tsahal",
        "liban",
        "libanais",
        "hezbollah",
        "hamas",
        "gaza",
    ),
    "syria_army": ("syrie", "syrien", "syrienne", "idleb", "alep", "damas"),
    "fama": (
        "ménaka",
        "menaka",
        "gao",
        "kidal",
        "tombouctou",
        "mopti",
        "ségou",
        "tessit",
        "boulkessi",
        "tinzaouaten",
        "tin-zaouatène",
        "léré",
        "niono",
        "kati",
        "anéfis",
        "anefis",
        "aguelhok",
        "tessalit",
        "ansongo",
        "douentza",
        "bandiagara",
        "diafarabé",
        "mali",
        "malien",
        "maliens",
        "malienne",
        "maliennes",
        "bamako",
        "fama",
    ),
    "saf": (
        "el-fasher",
        "el fasher",
        "omdourman",
        "el-obeid",
        "el obeid",
        "kordofan",
        "nyala",
        "zamzam",
        "port-soudan",
        "gezira",
        "wad madani",
        "geneina",
        "soudan",
        "soudanais",
        "soudanaise",
        "khartoum",
        "darfour",
        "fsr",
        "omdourman",
        "el-fasher",
    ),
    "burkina_army": ("burkina", "burkinabè", "burkinabé", "ouagadougou", "djibo"),
    "niger_army": ("niger", "nigérien", "nigérienne", "niamey", "tillabéri"),
    # the Central African Republic and the Kivu: their rebels are no party of the table
    "car_army": ("centrafrique", "centrafricain*", "faca", "bangui", "minusca"),
    "drc_army": ("rdc", "fardc", "kivu", "goma", "wazalendo"),
}

ACCORDING_TO = (
    "selon nos",
    "d'après nos",
    "selon un bilan provisoire",
    "selon le bilan provisoire",
    "selon un dernier bilan",
    "selon le dernier bilan",
    "selon un nouveau bilan",
    "selon un bilan officiel",
    "selon le bilan officiel",
    "d'après un bilan provisoire",
    "d'après le dernier bilan",
    "selon ? estimations",
    "selon",
    "d'après",
    "de source",
    "citant",
    "cité par",
    "rapporte",
    "a rapporté",
    "selon un bilan",
    "d'après un bilan",
    "selon un décompte de",
    "selon un décompte d'",
    # "..., selon la même source": the source named before, who says it again
    "selon la même source",
    "selon les mêmes sources",
    "d'après la même source",
    "d'après les mêmes sources",
    "de même source",
    "selon cette même source",
)
SAY = (
    # "Zelensky a pour la première fois révélé le nombre de soldats tués : 31 000": who names it
    "révélé le nombre",
    "donné le nombre",
    "dévoilé le nombre",
    "révélé les pertes",
    "dévoilé les pertes",
    # "l'état-major ukrainien publie les pertes de l'ennemi : ...": who publishes them states them
    "publie",
    "publient",
    "a publié",
    "ont publié",
    "publiant",
    # "l'état-major ukrainien a mis à jour ses chiffres": the body that updates them states them
    "mis à jour ses chiffres",
    "met à jour ses chiffres",
    # « On a perdu trois gars », confie Ivan: a soldier telling of his fight
    "confie",
    "a confié",
    "confié",
    "témoigne",
    "a témoigné",
    "raconte",
    "racontent",
    "a raconté",
    "déplore",
    "déplorent",
    "déplorons",
    # not the infinitive: "aucune perte n'est à déplorer dans nos rangs" has no speaker
    "a déploré",
    "ont déploré",
    "affirme",
    "affirmé",
    "affirmant",
    "affirment",
    "déclaré",
    "déclare",
    "déclarant",
    "indiqué",
    "indique",
    "indiquant",
    "annoncé",
    "annonce",
    "annonçant",
    # "loin des 84 annoncés par les rebelles": the participle agrees with the figure it follows
    "annoncés",
    "annoncée",
    "annoncées",
    "évoqués",
    "évoquée",
    "évoquées",
    "rapportés",
    "rapportée",
    "rapportées",
    "confirmé",
    "confirme",
    "confirmant",
    "estime",
    "estimé",
    "estimant",
    # "a évalué les pertes du groupe à plus de 80": who puts a figure on them speaks
    "évalue",
    "évalué",
    "évaluant",
    "précisé",
    "précise",
    "précisant",
    "assuré",
    "assure",
    # the plural and the participle: "Les paramilitaires démentent et assurent n'avoir perdu"
    "assurent",
    "assurant",
    "précisent",
    "indiquent",
    "déclarent",
    "annoncent",
    "confirment",
    "estiment",
    "reconnaissent",
    "ajoutent",
    "soulignent",
    "rapportent",
    "signalent",
    "revendiquent",
    "témoignent",
    "revendiqué",
    "revendique",
    "revendiquant",
    "dit",
    "dire",
    "disent",
    "rapporté",
    "rapporte",
    "signalé",
    "signale",
    "ajouté",
    "ajoute",
    "ajoutant",
    "reconnu",
    "reconnaît",
    "admis",
    "fait état",
    "faisant état",
    "font état",
    "communiqué",
    "souligné",
    "évoque",
    "évoqué",
    "avancé",
    "avance",
    "dénombré",
    "recensé",
    "comptabilisé",
    "raconté",
    "a expliqué",
    "explique",
    "expliqué",
    "identifié",
    "écrit",
    "écrivent",
    "établi",
)
# a ministry's daily summary: its tallies are the day's
SUMMARY = ("résumé", "synthèse", "point quotidien")
COUNTER = ("unité", "unités")
SOURCES = ("source", "sources")
SPEAKER = (
    "conseiller",  # "un conseiller des FSR a démenti": who speaks
    "sergent",
    "lieutenant",
    "caporal",
    "soldat",
    "combattant",
    "habitant",
    "témoin",
    "survivant",
    "médecin",
    "général",
    "colonel",
    "capitaine",
    "président",
    "préfet",
    "préfète",
    "préfecture",
    "procureur",
    "gendarmerie",
    "police",
    "organisation",
    "ong",
    "agence",
    "bureau",
    "porte-parole",
    "responsable",
    "source",
    "sources",
    "commandant",
    "chef",
    "gouverneur",
    "maire",
    "ministre",
    "ministère",
    "officiel",
    "officiels",
    "communiqué",
    "bilan",
    "état-major",
    "autorités",
)
COMMANDER = (
    "commandant",
    "commandement",
    "officier",
    "officiers",
    "sous-officier",  # "raconte un sous-officier tchadien": a non-commissioned officer speaks
    "sous-officiers",
    "brigade",
    "bataillon",
    "régiment",
    "unité",
)
ABOUT_THIS = ("c'est ce", "ce bilan", "ces chiffres", "ce chiffre", "ce nombre")
CREDIT = (
    "revendiqué par",
    "revendiquée par",
    "revendiqués par",
    "revendiquées par",
    "revendique",
    "revendiquent",
    "revendiquant",
    "revendiqué",
    "a revendiqué",
    "responsabilité de",
)
THAT = ("que", "qu'")

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
MONTH = _MONTHS
# the word between two days of a span: "15 ... 21 <month>"
DAYS_TO = ("au", "à")
PERIOD = (
    "que la veille",  # "1 020 de plus que la veille": the day's delta
    "par rapport à la veille",
    "au premier semestre",
    "au cours du premier semestre",
    "au second semestre",
    "au cours des six premiers mois",
    "le mois dernier",
    "au cours du mois",
    "depuis le début de la journée",
    "depuis minuit",
    "sur la même période",
    "sur cette période",
    "au cours de cette période",
    "pendant cette période",
    "durant cette période",
    "au cours de la même période",
    "au cours de la même semaine",
    "la même semaine",
    "sur la même semaine",
    "en 24 heures",
    "en 24 h",  # "en 24 h, les forces ukrainiennes ont perdu ..."
    "en 24h",
    "sur 24 h",
    "sur 24h",
    "ces dernières 24 h",
    "en vingt-quatre heures",
    "au cours des dernières",
    "ces dernières 24 heures",
    "dernières 24 heures",
    "dernières vingt-quatre heures",
    "par jour",
    "chaque jour",
    "quotidien*",
    "en une journée",
    "en une semaine",
    "par semaine",
    "cette semaine",
    "la semaine dernière",
    "au cours de la semaine",
    "en un mois",
    "par mois",
    "au cours du mois",
    "sur une semaine",
    "sur un mois",
    "en une nuit",
    "pendant le week-end",
    "depuis 24 heures",
    "au cours des derniers jours",
    "ces derniers jours",
    # "au cours des trois derniers jours de combat", "sur les deux dernières semaines": a span
    # of days counted back from now
    "des ? derniers jours",
    "les ? derniers jours",
    "ces ? derniers jours",
    "des ? dernières semaines",
    "les ? dernières semaines",
    "ces ? dernières semaines",
    "en deux jours",
    "en trois jours",
    # a weekly tally ("Bilan hebdomadaire du ministère"), not a weekly fair or market, a place
    "bilan hebdomadaire",
    "bilans hebdomadaires",
    "résumé hebdomadaire",
    "synthèse hebdomadaire",
    "point hebdomadaire",
    "pertes hebdomadaires",
    "journée",
    # "Au cours de la journée écoulée, ...": a daily update opens on its period
    "au cours de la journée",
    "au cours de la dernière journée",
    "en ? semaines",
    "en ? jours",
    "en ? mois",
    "en ? heures",
    "sur ? jours",
    "sur ? semaines",
    *(f"en {m}" for m in _MONTHS),
    *(f"au mois de {m}" for m in _MONTHS),
    *(f"au mois d' {m}" for m in _MONTHS),
    *(f"courant {m}" for m in _MONTHS),
)
SINCE = (
    "depuis le début",
    "depuis le déclenchement",
    "depuis",
    "à ce jour",
    "jusqu'à présent",
    "au total depuis",
    "depuis l'invasion",
    "depuis l'offensive",
)
TOTAL = ("au total", "total", "cumul*", "en tout", "global", "globalement")

# "a mother of three", "père de cinq enfants": the figure after is the family's size
KIN = ("mère de", "père de")
NOT_PEOPLE = (
    "écoles",  # "140 maisons et 3 écoles endommagées": buildings
    "hôpitaux",
    "quartiers",  # "des débris sont tombés sur deux quartiers": districts
    "quartier",
    "arrondissement*",  # "tombés sur trois arrondissements de Kiev": districts
    "district*",
    "obusier*",  # "deux obusiers D-30"
    "canon*",
    "camion*",
    "lance-roquette*",
    "parties",  # "aucune des deux parties": the sides, no people counted
    "feux",  # "pris entre deux feux": caught in a crossfire
    "pays",  # "dans les 3 pays": countries
    "axes",  # "une attaque sur trois axes": directions of an attack
    # "les deux armées subissent de lourdes pertes": armies and sides counted, no people
    "armées",
    "camps",
    # "dans la zone des trois frontières": the tri-border area, a place
    "frontière",
    "frontières",
    "km²",
    "km2",
    "m²",
    "véhicule*",
    "char",
    "chars",
    "blindé*",
    "drone*",
    "missile*",
    "roquette*",
    "obus",
    "bombe*",
    "avion*",
    "hélicoptère*",
    "appareil*",
    "pièce*",
    "canon*",
    "lanceur*",
    "munition*",
    "km",
    "kilomètre*",
    "mètre*",
    "heure*",
    "minute*",
    "jour",
    "jours",
    "semaine*",
    "mois",
    "an",
    "ans",
    "année*",
    "pour cent",
    "%",
    "dollar*",
    "hryvnia*",  # "15 millions de hryvnias": money
    "rouble*",
    "euro*",
    "franc*",
    # "saisi 340 000 shillings en liquide": les autres monnaies des théâtres
    "shilling*",
    "livres soudanaises",
    "livres sterling",
    "dinar*",
    "dirham*",
    "riyal*",
    "naira*",
    "fcfa",
    "cfa",
    # "saisi deux ordinateurs et 20 téléphones": des biens saisis
    "ordinateur*",
    "téléphone*",
    "portables",
    "maison*",
    "bâtiment*",
    "vierges",  # "rejoindre leurs 72 vierges": the mockery's number, no one counted
    "exactions",  # "des centaines d'exactions": abuses, no one counted
    "colonne*",
    "brdm",  # "2 BRDM et un pick-up détruits": armoured vehicles by their model
    "bmp",
    "btr",
    "mrap",
    "massacre",  # "l'ONU dénonce un « massacre »": an event, no one counted
    "massacres",
    "tuerie",
    "carnage",  # "anéanti une colonne des FSR": a column of vehicles and men, one thing
    "immeubles",  # "douze immeubles endommagés" (not "immeuble*": a block's toll below)
    "grenier*",  # "plusieurs greniers incendiés"
    "village",  # not "village*": "villageois" are people
    "villages",
    "localité*",
    "attaque*",
    "frappe*",
    "assaut*",
    "affrontement*",
    "combat",
    "combats",
    "moto*",
    "motos",
    "pick-up*",
    "pickup*",
    "land cruiser*",  # "six Land Cruiser saisis": les véhicules des groupes armés, par modèle
    "toyota*",
    # "deux Stryker et un Humvee détruits": the Western armoured vehicles by model
    "stryker*",
    "humvee*",
    "hummer*",
    "bradley*",
    "leopard*",
    "abrams",
    "marder*",
    "m113*",
    "vab",
    "himars",
    "motocyclette*",
    "embarcation*",
    "station*",  # "trois stations de guerre électronique"
    "système*",
    "radar*",
    "étage*",  # a building's floors: "immeuble de 9 étages"
    "camion*",
    "bateau*",
    "position*",
    "bataillon*",
    "compagnie*",
    "section*",
    "unité*",
    "voix",
    "fois",
    "cas",
    "point*",
    "tonne*",
    "hectare*",
    "école*",
    "poste*",
    "camp*",
    "base*",
    "arme*",
    "fusil*",
    "cible*",
    "dépôt*",
    "kilogramme*",
    "kg",
    "litre*",
    "instructeur*",
    "bataillons",
    "projectile*",
    "engin*",
    "drones",
    "ressortissant*",
    "côté",
    "côtés",
    # the equipment lines of a daily losses list ("sous-marins ‒ 1", "équipements spéciaux ‒ 3 987",
    # "systèmes d'artillerie ‒ 29 800"): the label's last word before the dash
    "artillerie",
    "lance-roquette*",
    "lance-roquettes multiples",
    "lrm",
    "opérationnel-tactique",
    "croisière",
    "sous-marin*",
    "navire*",
    "véhicules automobiles",
    "équipement*",
    "équipements spéciaux",
    "équipement spécial",
    "matériel spécial",
)
UNIT = (
    "bir",  # "les combattants du BIR 26": a rapid-intervention battalion's number
    "bataillon",
    "régiment",
    "brigade",
    "division",
    "unité",
    "n°",
    "numéro",
    "âgé",
    "âgés",
    "âge",
    "route",
    "compagnie",
    "secteur",
    "région militaire",
    "zone",
)
NEG = (
    "aucun",
    "aucune",
    "sans",
    "pas de",
    "pas d'",
    # "il n'y a pas eu de victimes", "n'a pas fait de victimes": the verb between
    "pas eu de",
    "pas eu d'",
    "pas fait de",
    "pas fait d'",
    "zéro",
    "nul",
    "ni",
    "personne n'",
    "n'avoir subi aucune",
    "sans aucune",
    "sans faire de",
)
# "nos pertes : zéro"; "affirme n'avoir perdu personne"
NEG_AFTER = ("aucun", "aucune", "à déplorer", "nulles", "nul", "zéro", "personne")
# "n'ont pas dépassé 60 tués", "n'a jamais dépassé": a verb's negation, a ceiling on the figure
NOT = ("ne", "n'", "pas", "jamais")
NEG_BLOCK = (
    "bilan",
    "chiffre",
    "chiffres",
    "bilan précis",
    "précis",
    "chiffre*",
    "informations",
    "détails",
    "confirmation",
    "nombre",
)
# "ni morts ni blessés": the second "ni" joins the two words as "or" does
CONJ = ("et", "ou", "ainsi que", "ni")
WHILE = (
    "tandis que",
    "alors que",
    "mais",
    "cependant",
    "toutefois",
    "pourtant",
    "en revanche",
    "quant à",
    "de son côté",
    "pour sa part",
)
NEW_TOPIC = (
    "par ailleurs",
    "séparément",
    "dans une autre",
    "ailleurs",
    "dans un autre",
    "voisin",
    "voisine",
    "voisins",
    "voisines",
)  # "nearby": another place than the one before
ALSO = ("par ailleurs",)

ABBREVIATIONS = (
    "m",
    "mme",
    "dr",
    "st",
    "ste",
    "env",
    "av",
    "n°",
    "etc",
    "cf",
    "gal",
    "gén",
    "col",
    "lt",
    "sgt",
    "p",
)

EXCEED = (
    "dépasserait",  # "les pertes dépasseraient 1,2 million": the conditional of reported figures
    "dépasseraient",
    "dépasse",
    "dépassent",
    "dépassait",  # "les pertes ne dépassaient pas 60": the imperfect of a past report
    "dépassaient",
    "dépassé",
    "dépasser",
    "excède",
    "excèdent",
    "excédé",
    # "le nombre de morts a franchi la barre des 30 000": a mark passed is a lower bound
    "franchi la barre",
    "franchi le cap",
    "franchi le seuil",
    "passé la barre",
    "passé le cap",
    "passé le seuil",
    "dépassant",
)
IRRECOVERABLE = (
    "irrécupérables",
    "irrécupérable",
    "irréversibles",
    "irréversible",
    "irréversiblement",
    "irrémédiablement",
    "irrémédiable",
)
SUFFER = (
    # "une patrouille de l'armée a été prise dans une embuscade": l'embusquée perd ses hommes
    "prise dans une embuscade",
    "pris dans une embuscade",
    "tombée dans une embuscade",
    "tombé dans une embuscade",
    "tombés dans une embuscade",
    "laissé",
    "laissant",
    # "en se repliant, les assaillants ont abandonné 12 morts": who left its dead lost them
    "abandonné",
    "abandonnant",
    "subi",
    "subir",
    "subit",
    "subissent",
    "essuyé",
    "essuient",
    "enregistré",
    "déploré",
    "déplore",
    # "l'Ukraine compterait 80 000 tués": who counts dead among its own has them
    "compte",
    "comptent",
    "compterait",
    "compteraient",
)
NOUN_TRIGGER = (
    "morts",
    "mort",
    "victimes",
    "pertes",
    "blessés",
    "décès",
    "tués",
    "disparus",
    "prisonniers",
)
APPOSITION = (
    "tous",
    "toutes",
    "tous des",
    "toutes des",
    # ", civils et militaires confondus,": who they all were, an aside of the figure
    "civils et militaires confondus",
    "militaires et civils confondus",
    "civils et combattants confondus",
    "combattants et civils confondus",
)
# the crew of a ship of trade: "trois membres d'équipage du vraquier tués" (civilians)
CREW = ("membre* d'équipage", "marins", "marin")
MERCHANT_SHIP = (
    "vraquier",
    "cargo",
    "navire marchand",
    "navire commercial",
    "porte-conteneurs",
    "pétrolier",
    "navire de commerce",
)
ALL_DEAD = (  # "Toutes les victimes sont des civils."
    "toutes les victimes",
    # "tous les blessés sont des civils": the hurt with the dead
    "tous les blessés",
    "tous les morts",
    "tous les tués",
    "toutes les personnes tuées",
    "tous étaient",
    # "21 morts. « Ce sont des civils, des éleveurs »": the sentence after says who they were
    "ce sont",
    "c'étaient",
    "c'était",
    "il s'agit",
    "ils étaient",
)
MOSTLY = (
    "pour la plupart",
    "essentiellement",
    "majoritairement",
    "en majorité",
    "la plupart",
    "principalement",
    "surtout",
)
WEAK_PERIOD = (
    "la semaine dernière",
    "le mois dernier",
    "la semaine passée",
    # "150 victimes, morts et blessés confondus, au cours de la seule semaine écoulée"
    "semaine écoulée",
    "mois écoulé",
)
AUX = ("ont", "été", "a", "sont", "est", "avoir", "ayant", "n'", "ne", "pas", "y")

MILITANTS = ("terroriste*", "jihadiste*", "djihadiste*", "assaillant*", "insurgé*")
# "30 terroristes du soi-disant FLA": the word before the name says nothing of whose
SO_CALLED = ("soi-disant", "prétendu", "prétendue", "prétendus", "prétendues", "autoproclamé*")
ALONGSIDE = ("aux côtés de", "aux côtés des", "aux côtés du", "aux côtés d'")
# "loin des 84 annoncés par les rebelles", "et non 84": a rival count of the same dead
RIVAL = ("loin des", "loin de", "et non", "et non pas", "au lieu des", "au lieu de", "plutôt que")
COMPARE = ("par comparaison", "à titre de comparaison", "en comparaison", "pour comparaison")
RELATIVE = ("qui", "lequel", "laquelle")
SAME_NUMBER = ("autant", "un nombre égal", "un nombre équivalent", "le même nombre")
AUX_ONE = ("a été", "avait été", "aurait été", "est", "fut")
RESULTS = ("résultats de nos", "bilan de nos frappes")
# "Combien de soldats ukrainiens sont morts ?": whose dead a headline asks of
HOW_MANY = ("combien de", "combien d'")
# a party's fighting formation: "le groupement de forces russe Est" (its enemy is "l'ennemi")
FORMATION = (
    "groupement de forces",
    "groupement des forces",
    "groupe de forces",
    "groupements de forces",
)
STRIKE = (
    # "un échange de tirs a fait 3 morts": a fight, not a swap
    "échange de tirs",
    "échanges de tirs",
    "agression",  # the enemy's aggression is the attack, not its victims
    "frappe",
    "frappes",
    "frappé",  # "Les forces russes ont frappé un camp : neuf militaires tués"
    "bombardement",
    "bombardements",
    "attaque",
    "attaqué",
    "attaquée",
    "embuscade",  # "une embuscade du JNIM": the group named beside it attacked
)
# a place only civilians fill: the toll of a strike on it is civilians
CIVIL_PLACE = (
    "marché",
    "hôpital",
    "école",
    "mosquée",
    "église",
    "boulangerie",
    "camp de déplacés",
    "camp de réfugiés",
    "quartier",
    "quartier résidentiel",
)
# apartment blocks: the people a strike there killed are its residents, civilians
DWELLING = (
    "immeuble",
    "immeuble d'habitation",
    "immeuble résidentiel",
)
# a person's own place: one person hit there by a strike is a civilian ("a drone hit a car,
# killing a man"); a count of people there may be anyone
HOME = (
    "maison",
    "maisons",
    "domicile",
    "voiture",
    "véhicule civil",
    "bus",
    "rue",
)
# what hit the place named after it: "a drone hit a car", "ракета попала в дом"
# weapons only one side fires: who struck, where a strike names no attacker ("une frappe
# d'Iskander sur un terrain d'entraînement")
WEAPONS_OF = {
    "ru": ("iskander", "kinjal", "kalibr", "shahed", "zircon"),
    "ua": ("himars", "atacms", "storm shadow", "neptune"),
}
WEAPON = (
    "drone",
    "drones",
    "missile",
    "missiles",
    "obus",
    "roquette",
    "roquettes",
    "bombe",
    "bombes",
    "bombe planante",
)
# "the toll may reach 60", "кількість жертв може сягнути 60": a ceiling, not the toll
# "ont fait 45 prisonniers": a verb of taking captives right before their figure, whose
# subject is the captor
CAPTOR = ("fait", "faire", "ont fait", "avoir fait")
# ", часть — с ранениями", ", some of them wounded": a part of the figure, no count
SOME = ("certains", "certains d'entre eux", "une partie")
# "our guys counted a dozen 200s": the counters, not the counted
COUNTED = ("compté", "comptait", "dénombré", "recensé")
MAY = ("pourrait", "pourraient", "risque de", "risquent de")
# "dont 39 probablement morts": a word of belief between a part and its verb
BELIEVED = ("présumé", "présumés", "probablement", "vraisemblablement", "sans doute")
# "one of the captured was born in 1998": a part of a toll said before, no toll of its own
OF_THE = ("des", "d'entre les", "parmi les")
# where some of the wounded are: "60 of them hospitalised" after the toll is a part of it
HOSPITAL = ("hospitalisé", "hospitalisés", "hospitalisée", "hospitalisées", "à l'hôpital")
CONDITION = (
    "en réanimation",  # "deux en réanimation": how some of them are
    "dans un état grave",
    "dans un état critique",
    "en urgence absolue",
    "dans un état stable",
)
INFLICT = ("infligé", "infliger", "infligeant", "coûté", "coûter", "coûte")  # "a coûté à Moscou"

ADMIT = (
    "déplore",
    "déplorent",
    "déplorons",
    "déplorer",
    "reconnaît",
    "reconnu",
    "reconnaissent",
    "admet",
    "admis",
    "pleure",
)

# "la guerre a fait des dizaines de milliers de morts": the war as the subject, its whole toll
WAR = ("guerre", "conflit")
# "deux gars légèrement blessés, tout le monde est vivant": aucun tué
DIE = ("mourir", "mort", "morts", "morte", "mortes", "périr", "péri", "décéder", "décédé*")
# "Malheureusement, 3 « 200 » chez nous": a regret, the channel's own dead
REGRET = ("malheureusement", "hélas", "à notre grand regret")
# men whose work is the enemy's dead: "nos dronistes : 14 « 200 »"
SHOOTERS = ("dronistes", "opérateurs de drones", "opérateurs", "artilleurs", "tireurs d'élite")
# an attack on foot: "ont encore donné l'assaut", "contre-attaqué nos positions"
ASSAULT = ("assaut", "assauts", "contre-attaqu*", "avancer", "avancé", "avancée", "avancent")
ALIVE = (
    "tout le monde est vivant",
    "tout le monde est en vie",
    "tous sont vivants",
    "tous sont en vie",
    "tous vivants",
    "tous en vie",
    "tous ont survécu",
    "tout le monde a survécu",
)
MEDIA = (
    "chaînes",
    "chaîne",
    "canaux",  # "des canaux Telegram proches de Wagner": channels, not the party
    "canal",
    "médias",
    "média",
    "blogueurs",
    "blogueur",
    "presse",
    "journalistes",
    "comptes",
)

AGENT_BY = ("par",)

SUPERLATIVE = (
    "plus meurtrier",
    "plus meurtrière",
    "plus lourd",
    "plus grave",
    "pire",
    "premier",
    "première",
    "plus importante",
    "plus important",
)

REPORTERS = {
    "ru_mod": (
        "centre de presse&groupement",
        "service de presse&groupement",
        "centre&réconciliation&russe",
        "porte-parole&groupement&russe*",
        # "le porte-parole du groupement de forces « Sud »": Russia's battlegroups bear the
        # names of the cardinal points and the Dnieper (Ukraine's: Tavria, Khortytsia, ...)
        "porte-parole&groupement&sud",
        "porte-parole&groupement&nord",
        "porte-parole&groupement&=Est",  # not the verb: "... Tavria est catégorique"
        "porte-parole&groupement&ouest",
        "porte-parole&groupement&centre",
        "porte-parole&groupement&dniepr",
        "groupement de forces&russe*",
        "groupement&russe*",  # "le groupement russe Centre ..., a déclaré son porte-parole"
        "ministère russe de la défense",
        "ministère de la défense russe",
        "ministère de la défense&russie",
        "ministère de la défense&russe",
        "défense russe",
        "armée russe&ministère",
        "konachenkov",
    ),
    "ua_gs": (
        # "selon l'état-major général": l'ukrainien, sauf dans un post sur la guerre d'un autre
        # pays (claimants._bare_office donne alors le sien)
        "état-major général",
        "état-major ukrainien",
        "état-major&ukrainien",
        "état-major&ukraine",
        "état-major général&ukraine",
        "état-major général des forces armées ukrainiennes",
    ),
    "rybar": ("rybar",),
    "rusich": ("rusich", "roussitch"),
    "greyzone": ("grey zone", "greyzone", "zone grise"),
    "wsj": ("wall street journal", "wsj"),
    "reuters": ("reuters",),
    "afp": ("afp", "agence france-presse", "france-presse", "l'afp"),
    "ap": ("associated press", "=AP"),
    "bbc": ("bbc",),
    "mediazona": ("mediazona", "médiazona"),
    "un": (
        "onu",
        "l'onu",
        "nations unies",
        "minusma",
        "ocha",
        "hcr",
        "unicef",
        "unrwa",  # the UN's agency for Palestinian refugees speaks for the UN
        "oms",
        "haut-commissariat",
    ),
}

ACTORS = {
    "ru": (
        "poutine",  # a party's leader speaks for it
        "vladimir poutine",
        "moscou",
        "russe",
        "russes",
        "russie",
        "forces russes",
        "armée russe",
        # "Pertes totales de l'armée d'occupation russe": the occupier's army, its adjective
        # after "d'occupation"
        "armée* d'occupation russe*",
        "l'armée d'occupation russe",
        "force* d'occupation russe*",
        "troupes d'occupation russes",
        "troupes russes",
        "soldats russes",
        "militaires russes",
        "occupants",
        "occupant",  # "les pertes de l'occupant": the occupier, one word for the army
        "envahisseur*",
        # l'argot des deux camps : « orques », « rachistes », « katsaps »
        "orque",
        "orques",
        "rachiste*",
        "katsap*",
        "akhmat",  # les unités tchétchènes du côté russe
        "kadyrovtsy",
        "kadyrovites",
    ),
    "ua": (
        "légion internationale",  # the International Legion of Ukraine's army
        "zelensky",  # a party's leader speaks for it
        "zelenskyy",
        "zelenski",
        "kyiv",
        "kiev",
        "ukrainien",
        "ukrainiens",
        "ukrainienne",
        "ukrainiennes",
        "ukraine",
        "forces ukrainiennes",
        "armée ukrainienne",
        "troupes ukrainiennes",
        "soldats ukrainiens",
        "militaires ukrainiens",
        # the Forces armées ukrainiennes, abbreviated as Russian tallies in French do: "pertes
        # des FAU" (only the capitals: "fau" is no other word, but a typo of "faux" would be)
        "=FAU",
        "forces armées ukrainiennes",
        "forces armées de l'ukraine",
        "azov",  # unit names for their men: "les combattants d'Azov", "Kraken"
        "kraken",
        "khokhol*",  # l'argot russe pour les Ukrainiens : « khokhols », « ukrops »
        "ukrop*",
    ),
    "wagner": (
        "wagner",
        "groupe wagner",
        "smp wagner",  # "société militaire privée"
        "africa corps",
        "africa korps",
        "mercenaires russes",
        "paramilitaires russes",
        "instructeurs russes",
        "corps africain",
    ),
    "fama": (
        "goïta",  # Mali's junta leader
        "goita",
        "assimi goïta",
        "fama",
        "malien",
        "maliens",
        "malienne",
        "maliennes",  # "parmi les forces maliennes": the feminine plural of "forces", "troupes"
        "armée malienne",
        "forces maliennes",
        "troupes maliennes",
        "soldats maliens",
        "militaires maliens",
        "forces armées maliennes",
    ),
    "tuareg": (
        "touareg",
        "touaregs",
        "rebelles touareg",
        "rebelles touaregs",
        "csp",
        "csp-dpa",
        "fla",
        "front de libération de l'azawad",
        "azawad",
        "indépendantistes",
    ),
    "jnim": (
        "az-zallaqa",  # la branche médiatique du JNIM
        "zallaqa",
        "gsim",
        "jnim",
        "groupe de soutien à l'islam et aux musulmans",
        "nusrat al-islam",
        "jnim",
        "gsim",
        "groupe de soutien à l'islam et aux musulmans",
        "al-qaïda",
    ),
    "is": (
        "amaq",
        "=EI",
        "état islamique",
        "eigs",
        "iswap",
        "daech",
        "daesh",
        "l'ei",
        "l'état islamique",
    ),
    "saf": (
        "burhan",  # the army's commander speaks for it
        "burhane",
        "al-burhane",
        "armée soudanaise",
        "saf",
        "forces armées soudanaises",
        "soldats soudanais",
        "armée de burhan",
        "milices de burhan",
    ),
    "rsf": (
        "fsr",
        "forces de soutien rapide",
        "rsf",
        "paramilitaires soudanais",
        "milice de hemedti",
        "hemedti",
        "dagalo",
        "janjawid",
        "janjaweed",
    ),
    "civilians": (
        "secouristes",
        "vacancier*",  # "32 vacanciers tués": people at leisure
        "baigneur*",
        # "six membres d'une même famille ont été tués": a family's members, no army's men
        "membres d'une même famille",
        "membres d'une famille",
        "membres de la même famille",
        "membres de la famille",
        "pompiers",
        "soignants",
        "agents de santé",
        "travailleurs humanitaires",
        # "la mort de 193 de ses employés" (an agency's, a hospital's): its workers, as the
        # English "staff members"
        "employés",
        "employées",
        "membres du personnel",
        "membre du personnel",
        "ressortissant*",
        "citoyens",
        "infirmi*",
        "médecins",
        "humanitaires",
        "orpailleurs",
        "pèlerins",
        "civil",
        "civils",
        "civile",
        "civiles",
        "villageois",
        "paysan*",  # "une quarantaine de paysans ont trouvé la mort"
        "agriculteur*",
        "cultivateur*",
        "éleveur*",
        "pêcheur*",
        # "enlevé quatre bergers": herders by trade, people no army counts as its own
        "berger",
        "bergers",
        "bergère*",
        "habitant",
        "habitants",
        "population",
        "populations",  # "parmi les populations maliennes": the people, whatever the country
        "femmes",
        "fillettes",
        "enfants",
        "femmes et enfants",
        "passager*",
        "fidèles",
        "élèves",
        "écoliers",
        "agriculteurs",
        "éleveurs",
        "déplacés",
        # "150 personnes déplacées / réfugiées dans le camp": the displaced and refugees, of
        # either gender, are civilians (as en "displaced", ar "نازحين")
        "déplacée",
        "déplacées",
        "réfugiés",
        "réfugiées",
        "commerçants",
        "patients",
        "journalistes",
        # one of them, as en: "un journaliste", "un chef coutumier assassiné", "une femme"
        "journaliste",
        "chef coutumier",
        "chefs coutumiers",
        "chef de village",
        "chef du village",
        "imam",
        "prêtre",
        "pasteur",
        "catéchiste",
        "chauffeur",
        "femme",
        "enfant",
        "fillette",
        "garçon",
        # "un adolescent de 16 ans a été tué par un drone": a teenager is a civilian, as en
        "adolescent",
        "adolescente",
        # pupils, students, fishermen, drivers, parishioners: people no army counts as its own
        "écolières",
        "lycéens",
        "lycéennes",
        "étudiants",
        "étudiantes",
        "pêcheurs",
        "chauffeur*",
        "paroissiens",
        "enseignants",
        # one of them too: "deux soldats et un enseignant enlevés", a teacher is no fighter
        "enseignant",
        "enseignante*",
        "instituteur*",
        "institutrice*",
        "élève",
        "écolier",
        "étudiant",
        "étudiante",
        "ouvriers",
        "mineurs",
    ),
}

OFFICES = {"gouverneur": "governor", "maire": "mayor"}

RATIO = ("ratio", "rapport de", "proportion")
RESTATE = (
    "évalue le nombre à",
    "évalué le nombre à",
    "estime le nombre à",
    "estimé le nombre à",
    "évoque",  # "des ONG évoquent plus de 400": the same toll by another speaker
    "évoquent",
    "parle de",
    "parlent de",
    "avance le chiffre de",
    "avancent le chiffre de",
)

SLUGS = {
    # governors and officials who head their posts by name: "Gladkov: ..."
    **{name: name for name in _OFFICIALS},
    "sources locales": "local_sources",
    "source locale": "local_sources",
    "sources sécuritaires": "security_sources",
    "source sécuritaire": "security_sources",
    "sources médicales": "medical_sources",
    "habitants": "residents",
    "témoins": "witnesses",
    "osdh": "sohr",
    "observatoire syrien": "sohr",
    "habitant": "resident",
    "un habitant": "resident",
    "humanitaires": "humanitarians",
    "humanitaire": "humanitarians",
    "ong": "ngos",
}


def words_to_number(words: list[str]) -> float | None:
    """ "quatre-vingt-deux", "vingt et un", "deux mille" through text2num."""
    try:
        return float(text2num(" ".join(words), "fr"))
    except ValueError:
        return None


SLANG_OWN = ("martyr*", "de =200", "de =300")

REGULARS = (
    "soldat*",
    "militaire*",
    "officier*",
    "sous-officier*",
    # a soldier by his arm of service: "six fantassins sont portés disparus"
    "fantassin*",
    "parachutiste*",
    # a state's forces by their government: "137 membres des forces du régime"
    "forces du régime",
    "forces gouvernementales",
)

OWN_UNIT = (
    "la brigade",
    "le bataillon",
    "l'unité",
    "le régiment",
)

# "les corps de 5 soldats ont été retrouvés", "extraits des décombres": the dead found where they
# lay
RECOVERED = (
    "retrouvé*",
    "découvert*",
    "extrait*",
    "dégagé*",
    "des décombres",
    "sous les décombres",
)
# back at the front: "half of them returned to duty" is no prisoner swap
DUTY = ("au combat", "au front", "en service", "dans leurs unités", "dans les rangs")
STATEMENT = (
    # "D'après des données préliminaires", "selon les premières estimations": les chiffres, pas qui les donne
    "données préliminaires",
    "des données préliminaires",
    "premières estimations",
    "les premières estimations",
    "estimations préliminaires",
    "estimations",
    "données",
    "premières informations",
    "bilan provisoire",
    # "Bilan non confirmé : 12 tués": a toll qualified, still no one who speaks
    "bilan non confirmé",
    "bilan non officiel",
    "bilan non définitif",
    "bilan officieux",
    "bilan préliminaire",
    "bilan partiel",
    "premier bilan",
    "bilan humain",
    "bilan provisoire non confirmé",
    "bilan officiel",
    "dernier bilan",
    "nouveau bilan",
    "bilan définitif",
    "bilan",
    "communiqué",
    "le bilan",
    "un bilan",
    "ce bilan",
)

SICK = (
    "malnutrition",
    "malnutris",
    "malnutri*",
    "choléra",
    "rougeole",
    "paludisme",
    "dengue",
    "diarrhée*",
    "maladie*",
    "famine",
    "infection*",
    "épidémie",
    # deaths no one caused: hunger, a heart attack, old age ("morts de faim")
    "de faim",  # not "Action contre la faim", an aid agency
    "crise cardiaque",
    "arrêt cardiaque",
    "causes naturelles",
    "mort naturelle",
    "vieillesse",
    "covid*",
    "coronavirus",
)

DENY = (
    "démenti",
    "démentir",
    "dément",
    "démentent",
    "nié",
    "nie",
    "rejette",
    "rejeté",
)

VICTIM = ("victime*",)

FIGHTERS = (
    "combattant*",
    "moudjahid*",
    "moujahid*",
)
