"""English. Words are lowercase forms or stems ending in "*"; number words go through text2num."""

from __future__ import annotations

from text_to_num import text2num

CODE = "en"
SCRIPT = "latn"
FUNCTION_WORDS = (
    "the", "and", "of", "was", "were", "in", "to", "said", "have", "has", "been", "by", "with",
    "at", "on", "that", "from", "killed", "people", "least", "which", "after", "their", "its",
)
ANALYZER = "plain"

PREFILTER = (
    "kill", "dead", "death", "died", "die ", "dying", "eliminat", "neutrali", "wound", "injur",
    "hurt", "captur", "prisoner", "surrender", "hostage", "abduct", "kidnap", "missing",
    "casualt", "loss", "lost", "lose", "victim", "bodies", "body", "executed", "shot", "massacre",
    "slain", "toll", "perish", "murder", "hospitali", "beheaded", "lynched", "life", "lives",
    "fatalit", "taken captive", "seized", "gunned", "hacked", "burned",
)

KILLED = (
    "kill*", "dead", "death", "deaths", "died", "die", "dies", "dying", "victim", "victims",
    "bodies", "executed", "execute", "shot dead", "massacred", "massacre of", "slain", "slew",
    "perished", "perish", "murdered", "murder of", "fatalities", "fatality", "death toll",
    "lost their lives", "lost his life", "lost her life", "beheaded", "lynched", "gunned down",
    "hacked to death", "burned to death", "burnt to death", "stabbed to death", "shot and killed",
    "claimed the lives of", "claiming the lives of", "left dead", "found dead", "were dead",
    "irrecoverable losses", "bodies of", "drowned", "assassinated", "executing", "shot to death",
    "beaten to death", "the dead", "toll", "kia", "killed in action", "fallen", "murder*",
    "decapitat*", "fatally", "lives", "assassinat*", "slaughter*", "hacked to death", "gunned",
)
ELIMINATED = ("eliminat*", "neutrali*", "liquidat*", "destroyed", "wiped out", "took out", "taken out")
WOUNDED = (
    "wound*", "injur*", "hurt", "hospitali*", "sustained injuries", "maimed", "treated for",
    "sanitary losses", "wia", "wounded in action",
)
CAPTURED = (
    "captur*", "taken prisoner", "taken captive", "prisoner", "prisoners", "surrender*",
    "hostage*", "abduct*", "kidnap*", "seized", "held captive", "pows", "pow", "prisoners of war",
)
MISSING = ("missing", "unaccounted for", "disappeared", "fate unknown", "remain missing", "mia", "missing in action")
CASUALTIES = ("casualt*", "losses", "loss", "killed or wounded", "dead or wounded", "killed and wounded", "dead and wounded")
LOSS = ("lost", "lose", "loses", "losing", "loss of", "the loss of")
NONCLAIM = (
    "displaced", "displacing", "fled", "flee", "fleeing", "evacuat*", "arrest*", "detain*",
    "refugee*", "released", "freed", "deployed", "deploy", "trained", "training", "arrived",
    "mobili*", "recruit*", "sentenced", "convicted", "rescued", "returned", "repatriat*",
    "exchanged", "driven", "votes", "voted", "expelled", "relocated", "resettled", "stationed",
    "sent", "dispatched", "enlisted", "conscripted", "graduated", "homeless", "charged",
    "holding", "held", "jailed", "imprisoned", "buried", "protest*", "demonstrat*", "rallied",
    "marched", "gathered", "attended",
)
EXCHANGE = ("released", "freed", "set free", "were released", 
    "from ? captivity", "from russian captivity",
    "swap", "swapped", "exchange", "exchanged", "swaps", "exchanges", "repatriated", "handed over",
    "repatriation", "received the bodies", "returned the bodies", "bodies were returned", "from captivity",
    "bodies were handed", "released from",
)

NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
    **{f"{t}-{u}": tv + uv for t, tv in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90)) for u, uv in (("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9))},
}
SCALES = {"thousand": 1000, "million": 1_000_000, "billion": 10**9, "mln": 1_000_000}
ROUNDS = {"dozen": 12, "score": 20, "a hundred": 100, "a thousand": 1000, "a couple of": 2, "a pair of": 2}
VAGUES = {
    "dozens": (20, 99), "scores": (20, 99), "hundreds": (200, 999), "thousands": (2000, 9999),
    "tens": (20, 99), "millions": (2_000_000, 9_999_999),
}
FEW = ("several", "a few", "a number of", "a handful of", "handful of")
ARTICLE = ("a", "an", "the")
INDEF = ("a", "an")
DEF = ("the",)
PLURAL_PEOPLE = ("people", "men", "women", "children", "police", "personnel", "staff", "crew", "fishermen", "herdsmen", "militia", "family", "couple", "youth", "clergy", "gentry", "infantry")

MORE_THAN = ("more than", "over", "above", "in excess of", "upwards of", "upward of", "exceeding", "exceeded", "beyond")
AT_LEAST = ("at least", "no fewer than", "no less than", "not less than", "a minimum of", "at a minimum")
UP_TO = ("up to", "no more than", "not more than", "at most", "fewer than", "less than", "under", "a maximum of", "below", "as many as", "as much as")
ABOUT = (
    "about", "around", "nearly", "almost", "some", "approximately", "roughly", "close to",
    "an estimated", "estimated", "~", "circa", "approx", "just over", "just under", "just about",
    "nearly all", "or so",
)
MORE_THAN_POST = ("or more", "and more", "plus")
AT_LEAST_POST = ("at least",)
ONLY = ("only", "just", "a mere", "merely")
RANGE_FROM = ("between", "from")
RANGE_TO = ("to", "and")
RANGE_OR = ("or",)
GROWTH = ("rose to", "risen to", "rising to", "increased to", "climbed to", "reached", "reaching", "stands at", "stood at", "jumped to", "grew to", "raised to", "brought to", "bringing")

PEOPLE = (
    "people", "person", "persons", "individuals", "men", "man",
    "residents", "inhabitants", "members", "member", "workers", "worker", "head", "director", "chairman",
    "deputy", "principal", "lecturer", "professor", "commissioner", "secretary", "mukhtar", "monk",
    "leader", "leaders", "elder", "elders", "chief", "chiefs", "journalist", "reporter", "lawyer",
    "judge", "mayor", "lawmaker", "legislator", "politician", "activist", "businessman", "preacher",
    "teacher", "student", "doctor", "priest", "imam", "candidate", "ruler", "columnist", "employee",
    "farmer", "pastor", "cleric", "councillor", "councilor", "official", "prosecutor", "editor",
    "man", "woman", "boy", "girl", "child", "teenager", "policeman", "soldier", "officer", "guard",
    "couple", "adults", "minors", "villager", "fishermen", "herders", "traders", "shepherd",
    "clerk", "observer", "adviser", "advisor", "volunteer", "nurse", "driver", "engineer",
    "contractor", "trader", "vendor", "monitor", "pilgrim", "worshipper", "businesswoman",
)
SOLDIERS = (
    "soldier*", "troop*", "servicem*", "fighter*", "militant*", "personnel", "combatant*",
    "insurgent*", "rebel*", "terrorist*", "jihadist*", "gunm*", "officer*", "commander*",
    "marine*", "paratrooper*", "mercenar*", "policem*", "police officers", "guard*",
    "recruits", "conscripts", "infantrymen", "attackers", "assailants", "militiam*", "sailors",
    "pilots", "servicewomen", "military personnel", "members of the security forces",
)
OTHER_ACTOR = (
    "nigerien", "burkinabe", "burkinabè", "north korean", "chadian", "syrian", "israeli",
    "palestinian", "nigerian", "somali", "afghan", "iraqi", "kurdish", "turkish", "pakistani",
    "indian", "militia", "militias", "both sides", "both servicemen and civilians",
    "soldiers and civilians", "ethiopian", "congolese", "yemeni", "libyan", "cameroonian",
    "security forces", "police", "policemen", "police officers",
)
ENEMY = ("enemy", "enemy's", "the enemy", "invaders", "invader")
OURS = ("our", "we", "us", "ours", "our own")
PRONOUN = ("it", "they", "he", "she")
POSS = ("its", "their", "his", "her", "its own", "their own")
OTHERS = ("another", "other", "others", "more", "additional", "further")
AMONG = ("among", "amongst", "in the ranks of", "on the side of", "from the ranks of", "of whom")
LINK = ("of",)
PREP = ("to", "against", "in", "near", "at", "on", "during", "after", "outside", "inside", "across", "into", "when", "while", "as", "by", "from", "since", "with", "for", "around", "along", "following")
PART_OF = ("included", "include", "includes", "including", "among them", "among whom", "of whom", "of them", "among those", "incl")
ATTACKERS = ("attackers", "assailants", "raiders", "gunmen")
ARMY = ("army", "military", "armed forces", "defence ministry", "defense ministry", "army officials")
CONTEXT = {
    "fama": ("mali", "malian", "bamako", "fama"),
    "saf": ("sudan", "sudanese", "khartoum", "darfur", "rsf", "el fasher", "omdurman"),
    "burkina_army": ("burkina", "burkinabe", "burkinabè", "ouagadougou"),
    "niger_army": ("niger", "nigerien", "niamey"),
}

ACCORDING_TO = ("according to ? figures", "according to", "per", "citing", "as reported by", "quoted by", "cited by")
SAY = (
    "said", "says", "say", "told", "tells", "reported", "reports", "claimed", "claims", "claim",
    "confirmed", "confirms", "announced", "announces", "stated", "states", "added", "adding",
    "estimated", "estimates", "acknowledged", "admitted", "admits", "reporting", "saying",
    "putting", "wrote", "writes", "posted", "alleged", "alleges", "insisted", "noted",
    "indicated", "revealed", "disclosed", "counted", "tallied", "put", "identified", "writes",
    "established", "documented", "recorded", "verified",
)
SPEAKER = ("organization", "organisation", "group", "agency", "office", "monitor", "observatory", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "commander", "governor", "mayor", "minister", "ministry", "chief", "head", "statement")
THAT = ("that",)

_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
)
MONTH = _MONTHS
PERIOD = (
    "over the past", "in the past", "over the last", "in the last", "past 24 hours",
    "a day", "per day", "daily", "each day", "every day", "a week", "per week", "weekly",
    "a month", "per month", "monthly", "last 24 hours", "past day", "this week",
    "during the week", "over the weekend", "over the week", "in a single day", "in one day",
    "over the course of", "within 24 hours", "in 24 hours", "over 24 hours",
    *(f"in {m}" for m in _MONTHS if len(m) > 3), *(f"during {m}" for m in _MONTHS if len(m) > 3),
)
SINCE = (
    "since", "so far", "to date", "in total since", "since the start", "since the beginning",
    "since the war began", "throughout the war", "over the course of the war", "in the war so far",
)
TOTAL = ("total", "in total", "overall", "cumulative", "altogether", "all told", "tally")

NOT_PEOPLE = (
    "tank*", "vehicle*", "drone*", "uav*", "missile*", "rocket*", "shell*", "bomb*", "aircraft",
    "plane*", "jet*", "helicopter*", "artillery", "system*", "gun", "guns", "howitzer*",
    "launcher*", "round*", "ammunition", "km", "kilometers", "kilometres", "miles", "mile",
    "meters", "metres", "feet", "hours", "hour", "minutes", "days", "day", "weeks", "week",
    "months", "month", "years", "year", "year-old", "percent", "per cent", "%", "dollars",
    "euros", "$", "houses", "homes", "buildings", "villages", "towns", "settlements", "attacks",
    "strikes", "assaults", "clashes", "sorties", "bicycles", "motorcycles", "cars", "trucks",
    "boats", "ships", "positions", "brigades", "battalions", "companies", "platoons",
    "units", "votes", "abstentions", "times", "incidents", "counts", "cases", "points",
    "tons", "tonnes", "acres", "hectares", "square", "bridges", "checkpoints", "roads",
    "schools", "hospitals", "mosques", "churches", "shops", "markets", "camps", "bases",
    "sq", "pieces", "items", "weapons", "rifles", "armored", "armoured", "apcs", "ifvs",
    "glide", "shahed*", "sites", "targets", "depots", "warehouses", "stations", "number", "total",
    "episodes", "occasions", "separate",
)
UNIT = ("brigade", "battalion", "division", "regiment", "unit", "no.", "number", "aged", "age", "route", "highway", "precinct", "district", "article", "flight", "corps")
NEG = ("no", "none", "without", "not a single", "zero", "nobody", "no one", "without any", "no reports of", "never")
NEG_AFTER = ("none",)
NEG_BLOCK = ("information", "data", "details", "word", "confirmation", "figures", "number", "immediate")
CONJ = ("and", "or", "as well as", "plus")
WHILE = ("while", "whereas", "but", "although", "though", "meanwhile", "however")
NEW_TOPIC = ("separately", "in another", "in a separate", "elsewhere", "in a different")

ABBREVIATIONS = ("mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "col", "lt", "sgt", "no", "vs", "approx", "u.s", "u.n", "inc", "co", "corp", "rep", "sen", "gov")

EXCEED = ("exceed", "exceeds", "exceeded", "exceeding", "surpassed", "surpass", "surpasses", "passed", "topped", "tops", "top")
IRRECOVERABLE = ("irrecoverable", "irretrievable", "irreversible")
SUFFER = ("left behind", "suffered", "suffer", "suffers", "suffering", "sustained", "sustain", "incurred", "took", "taken")
NOUN_TRIGGER = ("victims", "victim", "casualties", "deaths", "dead", "losses", "fatalities", "injuries", "wounded", "toll", "kia", "wia", "mia", "injured")
APPOSITION = ("all of them", "all", "all of whom")
MOSTLY = ("mostly", "most of them", "many of them", "nearly all of them", "most of whom", "mainly", "many")
WEAK_PERIOD = ("last week", "last month", "the previous week", "the week before", "overnight")
AUX = ("was", "were", "been", "be", "is", "are", "has", "have", "had", "being", "reportedly", "ever", "yet")

INFLICT = ("inflicted", "inflicting", "inflict")

ADMIT = ("admitted", "admits", "acknowledged", "acknowledges", "conceded", "concedes", "mourned", "mourns")

MEDIA = ("channels", "channel", "media", "outlets", "outlet", "bloggers", "blogger", "milbloggers", "milblogger", "press", "journalists", "propaganda", "accounts")

AGENT_BY = ("by",)

SUPERLATIVE = ("largest", "deadliest", "worst", "biggest", "highest", "heaviest", "first", "most", "bloodiest", "major", "single", "fiercest")

REPORTERS = {
    "ru_mod": (
        "group of forces&russia", "group of forces&russian", "battlegroup&russia", "battlegroup&russian",
        "russian defence ministry", "russian defense ministry", "russia's defence ministry",
        "russia's defense ministry", "ministry of defence&russia", "ministry of defense&russia",
        "defense ministry&russia", "defence ministry&russia", "russian ministry of defence",
        "russian ministry of defense", "russian mod", "konashenkov", "mod&russia",
    ),
    "ua_gs": (
        "general staff&ukraine", "general staff&ukrainian", "ukraine's general staff",
        "ukrainian general staff", "general staff of the armed forces of ukraine",
    ),
    "rybar": ("rybar",),
    "rusich": ("rusich",),
    "greyzone": ("grey zone", "gray zone", "greyzone"),
    "wsj": ("wall street journal", "wsj"),
    "reuters": ("reuters",),
    "afp": ("afp", "agence france-presse", "agence france presse"),
    "ap": ("associated press", "=AP"),
    "bbc": ("bbc",),
    "mediazona": ("mediazona",),
    "un": ("=UN", "united nations", "u.n", "unhcr", "ocha", "unicef", "=WHO", "hrmmu", "un human rights", "the un"),
}

ACTORS = {
    "ru": (
        "moscow",
        "russian", "russians", "russia", "russia's", "russian forces", "russian troops",
        "russian army", "russian military", "occupiers", "occupier", "occupying forces",
        "orcs", "rashists", "russian soldiers", "kremlin forces",
    ),
    "ua": (
        "kyiv", "kiev",
        "ukrainian", "ukrainians", "ukraine", "ukraine's", "ukrainian forces", "ukrainian troops",
        "afu", "zsu", "ukrainian army", "ukrainian military", "ukrainian militants", "kyiv's forces",
        "kyiv's", "azov",
    ),
    "wagner": (
        "wagner", "wagner group", "wagner's", "africa corps", "africa corps's", "russian mercenaries",
        "russian paramilitaries", "russian instructors", "russia's africa corps",
    ),
    "fama": ("fama", "malian", "malian army", "mali's army", "malian soldiers", "malian troops", "malian forces", "malians"),
    "tuareg": (
        "tuareg", "tuaregs", "csp", "csp-dpa", "fla", "azawad", "azawad liberation front",
        "tuareg rebels", "rebel alliance", "tuareg-led",
    ),
    "jnim": ("jnim", "jama'at nusrat al-islam wal-muslimin", "al-qaeda-linked jnim", "al qaeda affiliate"),
    "is": (
        "islamic state", "=IS", "isis", "isil", "daesh", "iswap", "isgs", "is sahel",
        "islamic state in the greater sahara", "islamic state's",
    ),
    "saf": ("saf", "sudanese army", "sudan's army", "sudanese armed forces", "sudanese military", "sudanese soldiers"),
    "rsf": ("rsf", "rapid support forces", "rsf's", "janjaweed"),
    "civilians": (
        "civilian*", "villager*", "resident*", "children", "child", "women and children", "women", "woman", "girls", "boys",
        "journalist*", "reporter*", "photographer*", "aid worker*",
        "pedestrians", "passengers", "worshippers", "shoppers", "students", "pupils",
        "farmers", "herders", "displaced people", "aid workers", "journalists", "inhabitants",
        "non-combatants", "noncombatants", "mourners", "patients", "fishermen", "miners",
        "pilgrims", "teachers", "doctors", "medics",
    ),
}

SLUGS = {
    "local sources": "local_sources",
    "security sources": "security_sources",
    "medical source": "medical_source",
    "medical sources": "medical_sources",
    "residents": "residents",
    "activists": "activists",
    "witnesses": "witnesses",
    "officials": "officials",
    "police": "police",
}


def words_to_number(words: list[str]) -> float | None:
    """ "twenty-one", "three hundred and five" through text2num."""
    try:
        return float(text2num(" ".join(words), "en"))
    except ValueError:
        return None
