"""French. Words are lowercase forms or stems ending in "*"; number words go through text2num."""

from __future__ import annotations

from text_to_num import text2num

CODE = "fr"
SCRIPT = "latn"
LETTERS = "éèêàçùœ"
FUNCTION_WORDS = (
    "le", "la", "les", "des", "du", "de", "et", "est", "ont", "été", "dans", "selon", "une", "un",
    "par", "pour", "sur", "au", "aux", "qui", "que", "avec", "lors", "leur", "ses", "été", "l'", "d'",
)
ANALYZER = "plain"

PREFILTER = (
    "tué", "tue", "tuant", "mort", "décéd", "decede", "neutralis", "abattu", "bless", "captur",
    "prisonnier", "otage", "enlev", "enlèv", "kidnapp", "disparu", "perte", "perd", "perdu",
    "victime", "corps", "exécut", "massacr", "péri", "assassin", "vie", "bilan", "hospitalis",
    "cadavre", "rendu", "reddition", "liquid", "éliminé", "elimine", "succomb", "décès", "deces",
)

KILLED = (
    "tué*", "tue", "tués", "tuées", "tuée", "tuer", "tuant", "mort", "morts", "morte", "mortes",
    "décéd*", "décès", "victime*", "corps", "exécut*", "massacr*", "péri", "périr", "ont péri",
    "assassin*", "abattu*", "coûté la vie", "coûte la vie", "coûtant la vie", "perdu la vie",
    "trouvé la mort", "trouve la mort", "sans vie", "cadavre*", "succomb*", "pertes irrécupérables",
    "tombés", "tombé", "fusillé*", "égorgé*",
)
ELIMINATED = ("neutralis*", "éliminé*", "élimin*", "liquidé*", "liquid*", "mis hors de combat", "anéanti*", "détruit*")
WOUNDED = ("bless*", "hospitalis*", "pris en charge", "évacués vers l'hôpital", "atteints", "grièvement atteint*")
CAPTURED = (
    "captur*", "fait prisonnier", "faits prisonniers", "fait plusieurs prisonniers", "prisonnier*",
    "otage*", "enlevé*", "enlèvement*", "kidnapp*", "rendu*", "reddition", "séquestré*",
    "se sont rendus", "pris en otage", "aux mains",
)
MISSING = ("disparu*", "portés disparus", "porté disparu", "sans nouvelles", "introuvable*")
CASUALTIES = ("pertes", "perte", "tués ou blessés", "tués et blessés", "morts et blessés", "morts ou blessés", "mis hors de combat")
LOSS = ("perdu", "perdre", "perd", "perdent", "perdant", "perdait", "perdaient", "perdra", "perte de", "perte d'", "la perte de")
NONCLAIM = (
    "déplacé*", "fui", "fuir", "fuyant", "évacu*", "arrêté*", "interpellé*", "interpell*",
    "détenu*", "réfugié*", "libéré*", "relâché*", "déployé*", "déploy*", "formé*", "former",
    "arrivé*", "mobilis*", "recrut*", "condamné*", "secouru*", "rapatrié*", "échangé*",
    "franchi", "expulsé*", "voté", "votes", "réinstall*", "envoyé*", "dépêché*",
)
EXCHANGE = ("libéré", "libérés", "libérées", "relâché", "relâchés", "remis en liberté", 
    "de captivité", "libérés de",
    "échange", "échanges", "échangé*", "rapatriement", "rapatrié*", "remis", "récupéré les corps",
    "restitution des corps", "remise des corps", "de captivité", "restitué*",
)

NUMBERS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70,
    "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90, "cent": 100, "cents": 100,
    "vingt-*": 20, "trente-*": 30, "quarante-*": 40, "cinquante-*": 50, "soixante-*": 60,
    "quatre-vingt-*": 80, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
    "deux-cents": 200, "trois-cents": 300,
}
SCALES = {"mille": 1000, "millier": 1000, "million": 1_000_000, "millions": 1_000_000, "milliard": 10**9}
ROUNDS = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000,
}
VAGUES = {
    "dizaines": (20, 99), "centaines": (200, 999), "milliers": (2000, 9999),
    "douzaines": (20, 99), "vingtaines": (40, 99),
}
FEW = ("plusieurs", "quelques", "un certain nombre de", "une poignée de")
ARTICLE = ("un", "une", "des", "d'", "de", "le", "la", "les", "l'")

MORE_THAN = ("plus de", "plus d'", "au-delà de", "au-delà d'", "davantage de", "plus d'une", "plus d'un", "supérieur à")
AT_LEAST = ("au moins", "pas moins de", "pas moins d'", "au minimum", "a minima", "un minimum de")
UP_TO = ("jusqu'à", "moins de", "moins d'", "pas plus de", "pas plus d'", "au plus", "au maximum", "tout au plus", "au maximum de", "inférieur à", "ne dépasse pas", "ne dépassent pas", "n'excède pas", "n'excèdent pas")
ABOUT = ("environ", "près de", "près d'", "quelque", "approximativement", "autour de", "autour d'", "presque", "à peu près", "pratiquement", "quasi", "~")
MORE_THAN_POST = ("ou plus", "et plus", "au moins")
AT_LEAST_POST = ("au moins", "au minimum")
ONLY = ("seulement", "uniquement", "que", "ne que", "rien que")
RANGE_FROM = ("entre", "de", "d'")
RANGE_TO = ("à", "et")
RANGE_OR = ("ou",)
GROWTH = ("s'élève à", "élève à", "s'établit à", "passé à", "atteint", "porté à", "portant à", "grimpé à", "monté à", "est de", "s'élèvent à")

PEOPLE = ("personne*", "gens", "individu*", "homme*", "habitant*")
SOLDIERS = (
    "soldat*", "militaire*", "combattant*", "hommes", "terroriste*", "jihadiste*", "djihadiste*",
    "assaillant*", "insurgé*", "rebelle*", "mercenaire*", "élément*", "gendarme*", "policier*",
    "officier*", "commandant*", "recrue*", "supplétif*", "volontaire*", "membres",
)
OTHER_ACTOR = (
    "burkinabè", "burkinabé", "burkinabés", "burkinabe", "nigérien*", "nord-coréen*", "tchadien*",
    "syrien*", "israélien*", "palestinien*", "nigérian*", "vdp", "milice*", "miliciens",
    "des deux côtés", "des deux camps", "dozos", "chasseurs",
)
ENEMY = ("ennemi", "ennemis", "l'ennemi", "adversaire", "adverse", "assaillants")
OURS = ("nos", "notre", "nous", "de notre côté", "les nôtres", "nôtres", "dans nos rangs", "de nos rangs")
PRONOUN = ("il", "elle", "ils", "elles")
POSS = ("ses propres", "leurs propres", "ses", "leurs", "son", "sa", "leur", "dans ses rangs", "dans leurs rangs")
OTHERS = ("autres", "d'autres", "autre", "supplémentaires", "encore")
AMONG = ("parmi", "dans les rangs de", "dans les rangs des", "dans les rangs du", "du côté de", "du côté des", "au sein de", "au sein des", "au sein du", "côté")
LINK = ("de", "d'", "des", "du")
PREP = ("dans", "à", "au", "aux", "en", "près", "lors", "pendant", "après", "sur", "sous", "vers", "contre", "par", "avec", "pour", "depuis", "entre", "chez", "quand", "lorsque")
PART_OF = ("dont", "parmi lesquels", "parmi lesquelles", "y compris", "notamment", "parmi eux", "parmi elles")
ATTACKERS = ("assaillants", "assaillant", "attaquants", "agresseurs")
ARMY = ("armée", "l'armée", "forces armées", "état-major", "forces de défense", "autorités militaires", "ministère de la défense")
CONTEXT = {
    "fama": ("mali", "malien", "maliens", "malienne", "maliennes", "bamako", "fama"),
    "saf": ("soudan", "soudanais", "soudanaise", "khartoum", "darfour", "fsr", "omdourman", "el-fasher"),
    "burkina_army": ("burkina", "burkinabè", "burkinabé", "ouagadougou", "djibo"),
    "niger_army": ("niger", "nigérien", "nigérienne", "niamey", "tillabéri"),
}

ACCORDING_TO = ("selon ? estimations", "selon", "d'après", "de source", "citant", "cité par", "rapporte", "a rapporté", "selon un bilan", "d'après un bilan", "selon un décompte de", "selon un décompte d'")
SAY = (
    "affirme", "affirmé", "affirmant", "affirment", "déclaré", "déclare", "déclarant", "indiqué",
    "indique", "indiquant", "annoncé", "annonce", "annonçant", "confirmé", "confirme",
    "confirmant", "estime", "estimé", "estimant", "précisé", "précise", "précisant", "assuré",
    "assure", "revendiqué", "revendique", "revendiquant", "dit", "dire", "disent", "rapporté",
    "rapporte", "signalé", "signale", "ajouté", "ajoute", "ajoutant", "reconnu", "reconnaît",
    "admis", "fait état", "faisant état", "font état", "communiqué", "souligné", "évoque",
    "évoqué", "avancé", "avance", "dénombré", "recensé", "comptabilisé",
    "raconté", "a expliqué", "explique", "expliqué", "identifié", "écrit", "écrivent", "établi",
)
SPEAKER = ("organisation", "ong", "agence", "bureau", "porte-parole", "responsable", "source", "sources", "commandant", "chef", "gouverneur", "maire", "ministre", "ministère", "officiel", "officiels", "communiqué", "bilan", "état-major", "autorités")
THAT = ("que", "qu'")

_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")
MONTH = _MONTHS
PERIOD = (
    "en 24 heures", "en vingt-quatre heures", "au cours des dernières", "ces dernières 24 heures",
    "dernières 24 heures", "dernières vingt-quatre heures", "par jour", "chaque jour", "quotidien*",
    "en une journée", "en une semaine", "par semaine", "cette semaine", "la semaine dernière",
    "au cours de la semaine", "en un mois", "par mois", "au cours du mois", "sur une semaine",
    "sur un mois", "en une nuit", "dans la nuit", "pendant le week-end", "depuis 24 heures",
    "au cours des derniers jours", "ces derniers jours", "en deux jours", "en trois jours",
    "hebdomadaire", "journée",
    "en ? semaines", "en ? jours", "en ? mois", "en ? heures", "sur ? jours", "sur ? semaines",
    *(f"en {m}" for m in _MONTHS), *(f"au mois de {m}" for m in _MONTHS), *(f"au mois d' {m}" for m in _MONTHS),
    *(f"courant {m}" for m in _MONTHS),
)
SINCE = (
    "depuis le début", "depuis le déclenchement", "depuis", "à ce jour", "jusqu'à présent",
    "au total depuis", "depuis l'invasion", "depuis l'offensive",
)
TOTAL = ("au total", "total", "cumul*", "en tout", "global", "globalement")

NOT_PEOPLE = (
    "véhicule*", "char", "chars", "blindé*", "drone*", "missile*", "roquette*", "obus", "bombe*",
    "avion*", "hélicoptère*", "appareil*", "pièce*", "canon*", "lanceur*", "munition*",
    "km", "kilomètre*", "mètre*", "heure*", "minute*", "jour", "jours", "semaine*", "mois", "an",
    "ans", "année*", "pour cent", "%", "dollar*", "euro*", "franc*", "maison*", "bâtiment*",
    "village*", "localité*", "attaque*", "frappe*", "assaut*", "affrontement*", "combat*",
    "moto*", "motos", "pick-up*", "camion*", "bateau*", "position*", "bataillon*", "compagnie*",
    "section*", "unité*", "voix", "fois", "cas", "point*", "tonne*", "hectare*", "école*",
    "poste*", "camp*", "base*", "arme*", "fusil*", "cible*", "dépôt*", "kilogramme*", "kg",
    "litre*", "instructeur*", "bataillons", "projectile*", "engin*", "drones", "ressortissant*",
    "côté", "côtés",
)
UNIT = ("bataillon", "régiment", "brigade", "division", "unité", "n°", "numéro", "âgé", "âgés", "âge", "route", "compagnie", "secteur", "région militaire", "zone")
NEG = ("aucun", "aucune", "sans", "pas de", "pas d'", "zéro", "nul", "ni", "personne n'", "n'avoir subi aucune", "sans aucune", "sans faire de")
NEG_AFTER = ("aucun", "aucune", "à déplorer", "nulles", "nul")
NEG_BLOCK = ("bilan précis", "précis", "chiffre*", "informations", "détails", "confirmation", "nombre")
CONJ = ("et", "ou", "ainsi que")
WHILE = ("tandis que", "alors que", "mais", "cependant", "toutefois", "pourtant", "en revanche", "quant à", "de son côté", "pour sa part")
NEW_TOPIC = ("par ailleurs", "séparément", "dans une autre", "ailleurs", "dans un autre")

ABBREVIATIONS = ("m", "mme", "dr", "st", "ste", "env", "av", "n°", "etc", "cf", "gal", "gén", "col", "lt", "sgt", "p")

EXCEED = ("dépasse", "dépassent", "dépassé", "dépasser", "excède", "excèdent", "excédé", "franchi la barre", "franchi le cap", "dépassant")
IRRECOVERABLE = ("irrécupérables", "irrécupérable", "irréversibles")
SUFFER = ("laissé", "laissant", "subi", "subir", "subit", "subissent", "essuyé", "essuient", "enregistré", "déploré", "déplore")
NOUN_TRIGGER = ("morts", "mort", "victimes", "pertes", "blessés", "décès", "tués", "disparus", "prisonniers")
APPOSITION = ("tous", "toutes", "tous des", "toutes des")
MOSTLY = ("pour la plupart", "essentiellement", "majoritairement", "en majorité", "la plupart")
WEAK_PERIOD = ("la semaine dernière", "le mois dernier", "la semaine passée")
AUX = ("ont", "été", "a", "sont", "est", "avoir", "n'", "ne", "pas", "y")

INFLICT = ("infligé", "infliger", "infligeant")

ADMIT = ("reconnaît", "reconnu", "reconnaissent", "admet", "admis", "pleure")

MEDIA = ("chaînes", "chaîne", "médias", "média", "blogueurs", "blogueur", "presse", "journalistes", "comptes")

AGENT_BY = ("par",)

SUPERLATIVE = ("plus meurtrier", "plus meurtrière", "plus lourd", "plus grave", "pire", "premier", "première", "plus importante", "plus important")

REPORTERS = {
    "ru_mod": (
        "ministère russe de la défense", "ministère de la défense russe", "ministère de la défense&russie",
        "ministère de la défense&russe", "défense russe", "armée russe&ministère", "konachenkov",
    ),
    "ua_gs": (
        "état-major ukrainien", "état-major&ukrainien", "état-major&ukraine", "état-major général&ukraine",
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
    "un": ("onu", "l'onu", "nations unies", "minusma", "ocha", "hcr", "unicef", "oms", "haut-commissariat"),
}

ACTORS = {
    "ru": (
        "moscou","russe", "russes", "russie", "forces russes", "armée russe", "troupes russes", "soldats russes", "militaires russes", "occupants"),
    "ua": (
        "kyiv", "kiev","ukrainien", "ukrainiens", "ukrainienne", "ukrainiennes", "ukraine", "forces ukrainiennes", "armée ukrainienne", "troupes ukrainiennes", "soldats ukrainiens", "militaires ukrainiens"),
    "wagner": (
        "wagner", "groupe wagner", "africa corps", "africa korps", "mercenaires russes",
        "paramilitaires russes", "instructeurs russes", "corps africain",
    ),
    "fama": ("fama", "malien", "maliens", "malienne", "armée malienne", "soldats maliens", "militaires maliens", "forces armées maliennes"),
    "tuareg": (
        "touareg", "touaregs", "rebelles touareg", "rebelles touaregs", "csp", "csp-dpa", "fla",
        "front de libération de l'azawad", "azawad", "rebelles", "rebelle", "indépendantistes",
    ),
    "jnim": ("jnim", "gsim", "groupe de soutien à l'islam et aux musulmans", "al-qaïda"),
    "is": ("=EI", "état islamique", "eigs", "iswap", "daech", "daesh", "l'ei", "l'état islamique"),
    "saf": ("armée soudanaise", "saf", "forces armées soudanaises", "soldats soudanais"),
    "rsf": ("fsr", "forces de soutien rapide", "rsf", "paramilitaires soudanais"),
    "civilians": (
        "civil", "civils", "civile", "civiles", "villageois", "habitants", "population", "femmes", "fillettes",
        "enfants", "femmes et enfants", "passagers", "fidèles", "élèves", "écoliers",
        "agriculteurs", "éleveurs", "déplacés", "commerçants", "patients", "journalistes",
    ),
}

SLUGS = {
    "sources locales": "local_sources",
    "source locale": "local_sources",
    "sources sécuritaires": "security_sources",
    "source sécuritaire": "security_sources",
    "sources médicales": "medical_sources",
    "habitants": "residents",
    "témoins": "witnesses",
}


def words_to_number(words: list[str]) -> float | None:
    """ "quatre-vingt-deux", "vingt et un", "deux mille" through text2num."""
    try:
        return float(text2num(" ".join(words), "fr"))
    except ValueError:
        return None
