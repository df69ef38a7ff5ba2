"""Actor ids of shared/claims-spec.md: the values of `victim`, `claimant` and a channel's side."""

from __future__ import annotations

from typing import Final

# Parties: they can be a victim, a claimant and the side a channel is on.
PARTIES: Final[dict[str, str]] = {
    "ru": "Russian armed forces",
    "ua": "Ukrainian armed forces",
    "wagner": "Wagner Group / Africa Corps",
    "fama": "Malian armed forces (FAMa)",
    "tuareg": "Tuareg / Azawad rebels (CSP-DPA, FLA)",
    "jnim": "JNIM (al-Qaeda in the Sahel)",
    "is": "Islamic State and its branches",
    "saf": "Sudanese Armed Forces",
    "rsf": "Rapid Support Forces (Sudan)",
    "civilians": "civilians of any side",
}

# Claimants that are not parties.
REPORTERS: Final[dict[str, str]] = {
    "ru_mod": "Russian Ministry of Defence",
    "ua_gs": "General Staff of the Armed Forces of Ukraine",
    "rybar": "Rybar",
    "rusich": "Rusich",
    "greyzone": "Grey Zone",
    "wsj": "The Wall Street Journal",
    "reuters": "Reuters",
    "afp": "AFP",
    "ap": "AP",
    "bbc": "BBC",
    "mediazona": "Mediazona",
    "un": "United Nations",
}

KINDS: Final[tuple[str, ...]] = ("killed", "wounded", "captured", "missing", "casualties")
SCOPES: Final[tuple[str, ...]] = ("event", "period", "cumulative")
LANGS: Final[tuple[str, ...]] = ("ru", "uk", "en", "ar", "fr")

# The side of a channel: a party, never "civilians".
SIDES: Final[frozenset[str]] = frozenset(PARTIES) - {"civilians"}
VICTIMS: Final[frozenset[str]] = frozenset(PARTIES) | {"unknown"}


def actor_name(actor_id: str) -> str:
    """A readable name for an actor or claimant id; slugs come back title-cased."""
    if actor_id in PARTIES:
        return PARTIES[actor_id]
    if actor_id in REPORTERS:
        return REPORTERS[actor_id]
    return actor_id.replace("_", " ").capitalize()


# Who fights beside whom: "the enemy" of a side is never one of these.
ALLIES: Final[dict[str, frozenset[str]]] = {
    "ru": frozenset({"wagner"}),
    "wagner": frozenset({"ru", "fama"}),
    "fama": frozenset({"wagner", "ru"}),
    "ua": frozenset(),
    "tuareg": frozenset(),
    "jnim": frozenset(),
    "is": frozenset(),
    "saf": frozenset(),
    "rsf": frozenset(),
}
# "The enemy" when the post names no opposing party itself.
DEFAULT_ENEMY: Final[dict[str, str]] = {
    "ru": "ua",
    "ua": "ru",
    "saf": "rsf",
    "rsf": "saf",
    "tuareg": "fama",  # the rebels' and the jihadists' communiqués fight the Malian army
    "jnim": "fama",
}
# The parties that are a state's regular forces: their soldiers killed, in their own words, are
# their own ("the army said 19 soldiers were killed").
STATE_FORCES: Final[frozenset[str]] = frozenset({"ru", "ua", "fama", "saf"})
# The armed groups that fight those states (Wagner fights beside them, not against them).
ARMED_GROUPS: Final[frozenset[str]] = frozenset(PARTIES) - STATE_FORCES - {"civilians", "wagner"}
# The side a non-party claimant speaks for, for its "our losses" and "the enemy".
REPORTER_SIDE: Final[dict[str, str]] = {
    "ru_mod": "ru",
    "ua_gs": "ua",
    "rybar": "ru",
    "rusich": "ru",
    "greyzone": "wagner",
}
# Where these parties fight, a victim read as the first actor is the key's: Russian soldiers in
# Mali are Wagner / Africa Corps.
THEATRES: Final[dict[str, tuple[str, frozenset[str]]]] = {
    "wagner": ("ru", frozenset({"fama", "tuareg", "jnim"})),
}
# The army of the war a party fights in: a post naming the party is about that theatre.
THEATRE_ARMY: Final[dict[str, str]] = {
    "fama": "fama",
    "tuareg": "fama",
    "jnim": "fama",
    "wagner": "fama",  # Wagner / Africa Corps: the Sahel deployment
    "saf": "saf",
    "rsf": "saf",
}
# Whom "the rebels" / "the militia" name in a theatre, by its army: the Tuareg rebellion in Mali,
# the RSF in the Sudanese army's words; in any other war, no party of the table.
REBELS_OF: Final[dict[str, str]] = {"fama": "tuareg", "saf": "rsf"}
# Whom "mercenaries" name in a theatre, by its army: in Mali the Russian hired force (Wagner /
# Africa Corps) fights beside the army; in any other war no party of the table.
HIRED_OF: Final[dict[str, str]] = {"fama": "wagner"}
# Whom "the paramilitaries" name in a theatre, by its army: the RSF in Sudan, the Russian hired
# force in Mali ("entre 20 et 80 morts parmi les paramilitaires" in a post on Wagner in Mali);
# in any other war no party of the table.
PARAMILITARY_OF: Final[dict[str, str]] = {"saf": "rsf", "fama": "wagner"}
# A phrase naming both reads as the first: "Russian Wagner fighters" are Wagner's.
SUBSUMES: Final[dict[str, frozenset[str]]] = {"wagner": frozenset({"ru"})}

# officials who head their posts by name, as Latin-script outlets spell them ("Gladkov: ...")
OFFICIALS_LATIN: Final = (
    "gladkov",
    "pushilin",
    "fedorov",
    "saldo",
    "syniehubov",
    "lysak",
    "prokudin",
    "vilkul",
)
