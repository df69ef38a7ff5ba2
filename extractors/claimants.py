"""Claimant readings: the id or slug a speaker phrase names ("Минобороны России" is ru_mod,
"губернатор Вячеслав Гладков" is gladkov, "the army" is the army of the country the post is
about), each cached per phrase.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from typing import TYPE_CHECKING, Final

from extractors.actors import (
    ALLIES,
    DEFAULT_ENEMY,
    PARAMILITARY_OF,
    REBELS_OF,
    SIDES,
    STATE_FORCES,
    THEATRE_ARMY,
)
from extractors.doc import Doc
from extractors.lexicon import Match
from extractors.morph import NAME, SURNAME, base_form
from extractors.morph import PREP as PREP_FLAG
from extractors.phrases import bare_group, figure_word
from extractors.rules import (
    ACCORDING_TO,
    ACTOR,
    ARMY,
    ARTICLE,
    AUX,
    COMMANDER,
    CONTEXT,
    DEF,
    ENEMY,
    LINK,
    LOCAL,
    MILITANTS,
    OTHER_ACTOR,
    OURS,
    OWN_UNIT,
    PARAMILITARY,
    POSS,
    PREP,
    PRONOUN,
    REBELS,
    SAY,
    SOLDIERS,
    SPEAKER,
    STATEMENT,
    THE_GROUP,
)
from extractors.tokens import GLUED, OTHER, PUNCT, WORD

if TYPE_CHECKING:
    from extractors.draft import Draft

SELF: Final = "self"
ROLE: Final = "<role>"  # prefixes the slug of a military role whose side is not known yet
IMPLICIT: Final = (
    "<implicit>"  # a frame whose speaker is the sentence's subject or the last speaker
)


def person_name(doc: Doc, s: int, e: int) -> bool:
    """Tokens s..e-1 are a person's name: capitalised words, one of them a surname."""
    if not 0 < e - s <= 3:
        return False
    for k in range(s, e):
        t = doc.tokens[k]
        if t.kind != WORD or not t.text[:1].isupper() or not doc.flags(k) & (NAME | SURNAME):
            return False
    return any(doc.flags(k) & SURNAME for k in range(s, e))


def reporter_in(doc: Doc, s: int, e: int) -> str | None:
    """The non-party claimant named in tokens[s:e] ("Минобороны России", "Ukraine's General Staff")."""
    keys: list[tuple[str, ...]] = [_keys(doc, k) for k in range(s, e)]
    present = {key for ks in keys for key in ks}
    found: str | None = None
    where = 0
    for parts, rid in doc.rules.reporters:
        first = parts[0][0]
        if not first.endswith("*") and first not in present:
            continue  # the cheap test first: most phrases name none of them
        at = [_find(keys, part) for part in parts]
        if min(at) < 0:
            continue
        if found is None:
            found, where = rid, min(at)
        elif rid != found and min(at) < where and _joined(doc, s + min(at), s + where):
            # "Mediazona and the BBC Russian Service have confirmed": the first of two named
            # together, not whichever the table lists first
            found, where = rid, min(at)
    return found


def _joined(doc: Doc, a: int, b: int) -> bool:
    """Names at a and b a few words apart, no word of citing or saying between them: "Mediazona
    and the BBC", "Mediazona, working with BBC Russian", "«Медиазона» совместно с Би-би-си"
    (the first leads), not "the General Staff, cited by Reuters"."""
    return b - a <= 8 and not any(
        ACCORDING_TO in doc.at[k] or SAY in doc.at[k] or doc.is_punct(k, "(:")
        for k in range(a + 1, b)
    )


def slug_only(doc: Doc, s: int, e: int) -> bool:
    """Token s, alone up to e, is a person the lexicon names with a slug ("غلادكوف"); a body
    ("الدفاع المدني:") heads a bulletin of its own, not a quotation."""
    if not doc.rules.slugs or e - s != 1:
        return False
    keys = [_keys(doc, s)]
    return any(len(phrase) == 1 and _contains(keys, phrase) for phrase, _ in doc.rules.slugs)


def _keys(doc: Doc, k: int) -> tuple[str, ...]:
    t = doc.tokens[k]
    info = t.info
    keys: tuple[str, ...] = info.keys if t.kind == WORD and hasattr(info, "keys") else (t.low,)
    # "=UN", "=Est": an alias of this exact spelling, capitals included ("a UN source", not the
    # French "un"; "groupement « Est »", not the verb "est")
    return (*keys, "=" + t.text) if t.text[:1].isupper() else keys


def _contains(keys: list[tuple[str, ...]], phrase: tuple[str, ...]) -> bool:
    return _find(keys, phrase) >= 0


def _find(keys: list[tuple[str, ...]], phrase: tuple[str, ...]) -> int:
    """Where the phrase first starts in keys; -1 when it is not there."""
    n = len(phrase)
    for k in range(len(keys) - n + 1):
        if all(_atom_ok(phrase[x], keys[k + x]) for x in range(n)):
            return k
    return -1


def _atom_ok(atom: str, keys: tuple[str, ...]) -> bool:
    if atom.endswith("*") and len(atom) > 1:
        return any(key.startswith(atom[:-1]) for key in keys)
    return atom in keys


def claimant_of(
    doc: Doc,
    s: int,
    e: int,
    context: dict[str, int],
    side: str | None = None,
    said: bool = False,
) -> str:
    """The claimant id (or slug) of the speaker phrase tokens[s:e]; "" when it names no one.
    What the words alone say is cached per phrase (speakers repeat: "the army said").
    `said`: the phrase is the subject of a verb of saying or after "according to", the post
    telling what another said (not a header line's "X:")."""
    if s >= 2 and e > s and "RELATIVE" in doc.at[s] and doc.is_punct(s - 1, ",،"):
        # "JNIM, which claimed the attack, said": the name before the comma speaks
        b = s - 1
        while b > 0 and s - 1 - b < 6 and doc.tokens[b - 1].kind == WORD:
            b -= 1
        if b < s - 1 and doc.sentence_of[b] == doc.sentence_of[s]:
            return claimant_of(doc, b, s - 1, context, side, said)
    if len(context) > 1:
        context = _sentence_context(doc, s, context)
    key = tuple(t.low for t in doc.tokens[s:e])
    cache = doc.rules.claimant_cache
    # a local alias ("the al-Qaeda-linked group", "فلول") names a party in its own war's posts
    # only (unbind_local): its reading is this post's, never one for the same words elsewhere
    local = LOCAL in doc.concepts and any(LOCAL in doc.at[k] for k in range(s, e))
    reading = None if local else cache.get(key)
    if reading is None:
        reading = _read_claimant(doc, s, e)
        if len(cache) > 50_000:
            cache.clear()
        if not local:
            cache[key] = reading
    what, value = reading
    if what == "id" and value in _REPORTER_SIDE and _bare_office(doc, s, e, value):
        other = foreign_office(doc, value)
        if other is not None:
            return other
    if what == "id" and value in _REPORTER_SIDE and context and _bare_office(doc, s, e, value):
        # "Как сообщили в Минобороны" in a post about Mali: that country's ministry, never
        # Russia's or Ukraine's guessed for another theatre
        country = army_of(doc, context)
        if country in context and country not in _REPORTER_SIDE.values():
            return country if country in SIDES else country.replace("_army", "") + "_mod"
    if what == "id" and value in SIDES and _group_word(doc, s, e):
        theatre = context or doc.context  # the countries the post names
        if theatre and not all(c in _RU_UA for c in theatre):
            # "за словами речника угруповання" in a post on Mali: "the group" is the armed group
            # named before, not a Ukrainian grouping of forces
            what = "role"
    group = what in ("role", "slug") and (_group_word(doc, s, e) or _militants_word(doc, s, e))
    if what in ("role", "slug") and (group or _possessive(doc, s, e)):
        # "..., Russia's Battlegroup Center ..., the group's spokesman said", "its spokesman":
        # the spokesman of the body the sentence named before him
        first, _ = doc.sentences[doc.sentence_of[s]]
        rid = reporter_in(doc, first, s) if s > first else None
        if rid is not None:
            return rid
        # "JNIM fighters killed 12 Malian soldiers, the group's spokesman said": the subject's
        named = _parties(doc, first, s, group)
        if not named and group and doc.sentence_of[s] > 0:
            # "أعلن «الإطار ...» أن مقاتليه قتلوا ... وأقر المتحدث باسم الحركة", "a spokesman
            # for the movement": "the movement" with no name is the group the sentence before
            # named first (who spoke there, not whom its figures counted)
            named = _parties(doc, doc.sentences[doc.sentence_of[s] - 1][0], first, group)
        if named:
            return SELF if named[0] == side else named[0]
    if what == "actor" and value == side and not _member(doc, s, e):
        return SELF  # "Communiqué du FLA :" in the FLA's own channel: the channel speaks
    if what == "army":
        army = army_of(doc, context)
        if army == "army" and home_war(doc, context):
            # "Командування 35-ї бригади повідомило" in a Ukrainian outlet: Ukraine's command
            army = str(doc.rules.home_side)
        if army == "army" and side in THEATRE_ARMY:
            # "قال الناطق باسم القوات المسلحة" in a Sudanese party's channel, with no place
            # named: the army of the channel's war
            army = THEATRE_ARMY[str(side)]
        # "L'armée affirme avoir tué 95 combattants" or a header "الناطق الرسمي باسم القوات
        # المسلحة:" in the army's channel: the channel speaks; "أعلن الناطق الرسمي باسم القوات
        # المسلحة أن ..." (its spokesman, the subject of a verb of saying): the post tells
        # what the army's spokesman said, the army's claim
        spokesman = said and any(
            SPEAKER in doc.at[k] and ARMY not in doc.at[k] for k in range(s, e)
        )
        return SELF if army == side and not spokesman else army
    if what == "rebels":
        rebels = REBELS_OF.get(_theatre_army(doc, context, side) or "")
        return "rebels" if rebels is None else SELF if rebels == side else rebels
    if what == "enemy":
        return DEFAULT_ENEMY.get(side, "enemy") if side is not None else "enemy"
    if what == "role":
        # "a company commander said", "речник угруповання": in a channel of a side, that side's;
        # elsewhere decided once the victims are known (resolve_roles)
        if side is not None and _bare_unit(doc, s, e):
            return SELF  # "повідомили в бригаді" in a unit's channel: the channel's own unit
        if side is None and home_war(doc, context):
            side = doc.rules.home_side  # "розповів командир роти" in a Ukrainian outlet
        return side if side is not None else ROLE + value
    return value


def _bare_unit(doc: Doc, s: int, e: int) -> bool:
    """The phrase is a formation with no number or name and a preposition at most ("в
    бригаді", "le bataillon"): the speaker's own unit, not "в 47-й бригаді"."""
    unit: set[int] = set()
    for k in range(s, e):
        m = doc.at[k].get(OWN_UNIT)
        if m is not None:
            unit.update(range(m.start, m.end))  # "le bataillon": the article is in the match
    return bool(unit) and all(
        k in unit
        or PREP in doc.at[k]
        or ARTICLE in doc.at[k]
        or doc.flags(k) & PREP_FLAG
        or doc.tokens[k].kind == PUNCT
        for k in range(s, e)
    )


def home_war(doc: Doc, context: dict[str, int]) -> bool:
    """The post is in a language written by one side's media only (Ukrainian) and names no
    country but that side's and its enemy's: it tells of that side's war, from that side."""
    home = doc.rules.home_side
    # also a post that names no side at all ("«в роті двоє двохсотих», — розповів командир
    # роти 47-ї бригади"): requiring a word of the war loses more than it saves on the
    # stand-in sets (b30, b33, b35 fall by 0.006 each)
    return home is not None and all(c in (home, DEFAULT_ENEMY.get(home)) for c in context)


def _sentence_context(doc: Doc, s: int, context: dict[str, int]) -> dict[str, int]:
    """A post on several countries, a speaker in a sentence that names one of them only ("•
    Niger : le ministère de la Défense fait état de ...", in a roundup on Mali too): that
    country's army or ministry speaks; else the post's country."""
    a, b = doc.sentences[doc.sentence_of[s]]
    named = {str(doc.at[k]["CONTEXT"].payload) for k in doc.starts_of("CONTEXT") if a <= k < b}
    if len(named) == 1:
        return {named.pop(): 1}
    return context


def _numbered(doc: Doc, k: int, s: int) -> bool:
    """ "1-й гвардейской танковой армии", "the 1st Guards Tank Army": an army with an ordinal is
    a formation of a side, not a country's army; its commanders speak as a unit's do."""
    return any(
        doc.tokens[j].kind == GLUED and doc.tokens[j].text[:1].isdigit()
        for j in range(max(s, k - 3), k)
    )


def _nation_beside(doc: Doc, k: int, s: int, e: int) -> str | None:
    """The country of a nationality word right before or after the army word at k."""
    for j in (k - 1, doc.at[k][ARMY].end, doc.at[k][ARMY].end + 1):
        if s <= j < e:
            m = doc.at[j].get(OTHER_ACTOR)
            if m is not None and isinstance(m.payload, str):
                return m.payload
    return None


def _country_in(doc: Doc, s: int, e: int) -> str | None:
    """The army of the one country outside the table that tokens[s:e] name ("niger_army")."""
    found = {
        str(m.payload)
        for k in range(s, e)
        if (m := doc.at[k].get("CONTEXT")) is not None
        and isinstance(m.payload, str)
        and m.payload not in SIDES
        and ACTOR not in doc.at[k]
    }
    return found.pop() if len(found) == 1 else None


def _group_word(doc: Doc, s: int, e: int) -> bool:
    """A speaker phrase that names its body by a bare word for it: "المتحدث باسم الحركة", "le
    porte-parole du mouvement", "a spokesman for the group" (not "du groupe Wagner": named)."""
    if THE_GROUP not in doc.concepts:
        return False
    k = next((k for k in range(s, e) if THE_GROUP in doc.at[k]), None)
    return k is not None and bare_group(doc, k)


def _militants_word(doc: Doc, s: int, e: int) -> bool:
    """A speaker phrase that is a bare word for fighters of no group ("боевики", "the
    militants"): the armed group named before speaks, as by "the group"."""
    words = [k for k in range(s, e) if doc.tokens[k].kind == WORD and ARTICLE not in doc.at[k]]
    return len(words) == 1 and MILITANTS in doc.at[words[0]]


def _parties(doc: Doc, a: int, b: int, group: bool) -> list[str]:
    """The parties named in tokens[a:b] in order, civilians left out; for "the group", no
    state's army and none a figure counts ("قتلوا ٤٧ جندياً مالياً": the dead, not the group)."""
    out = []
    for k in range(a, b):
        m = doc.at[k].get(ACTOR)
        if m is None or m.payload == "civilians":
            continue
        if group and (
            m.payload in STATE_FORCES or any(figure_word(doc, j) for j in range(max(a, k - 3), k))
        ):
            continue
        out.append(str(m.payload))
    return out


def _possessive(doc: Doc, s: int, e: int) -> bool:
    """A speaker phrase that owns its role through a possessive: "its spokesman", "the group's
    press officer", "son porte-parole"."""
    for k in range(s, e):
        if POSS in doc.at[k]:
            return True
        t = doc.tokens[k]
        if t.low in ("'s", "’s") and k > s and SPEAKER in doc.at[k - 1]:
            return True
    return False


def resolve_roles(drafts: list[Draft], mentioned: list[str]) -> None:
    """ "Russian soldiers were captured when Ukrainian troops overran ..., a spokesman for the
    brigade said": a unit's spokesman speaks for the one party in the post other than the
    victim's side; with no such party, the role's slug stays."""
    for d in drafts:
        if d.claimant.startswith(ROLE):
            d.claimant = other_side(mentioned, d.victim) or d.claimant[len(ROLE) :]


def other_side(mentioned: list[str], victim: str | None) -> str | None:
    """The one party the post names besides `victim`'s side, its allies and civilians; with
    none named, in a war of two sides only, the other of the two ("The 93rd Brigade said its
    units inflicted 1,100 casualties on Russian forces")."""
    if victim not in SIDES:
        return None
    others = {p for p in mentioned if p not in (victim, "civilians")}
    others.difference_update(ALLIES.get(victim, ()))
    if not others:
        foe = DEFAULT_ENEMY.get(victim)
        return foe if foe is not None and DEFAULT_ENEMY.get(foe) == victim else None
    return others.pop() if len(others) == 1 else None


def _member(doc: Doc, s: int, e: int) -> bool:
    """A soldier or a commander of the party named in the phrase ("по словам бойца «Ахмата»",
    "a Wagner commander"): one of its men speaks, whom the channel quotes, not the channel, as
    "a company commander said" in a channel of a side is that side's."""
    return any(SOLDIERS in doc.at[k] or COMMANDER in doc.at[k] for k in range(s, e))


def _read_claimant(doc: Doc, s: int, e: int) -> tuple[str, str]:
    """("id", id) | ("actor", id) | ("army", "") | ("role", slug) | ("slug", slug), from the
    words alone."""
    rid = reporter_in(doc, s, e)
    if rid is not None:
        other = _other_country(doc, s, e, _REPORTER_SIDE.get(rid))
        if other is None:
            return "id", rid
        # "Минобороны Нигера", "Минобороны Украины": a ministry, but another country's
        return ("actor", other) if other in SIDES else ("slug", other)
    # "local sources in northern Mali", "مصادر عسكرية أوكرانية": sources, not the party they
    # are near; the table's kinds of speaker come before any name inside the phrase
    # ("Army officials" are the army's own)
    if doc.rules.slugs and not any(ARMY in doc.at[k] for k in range(s, e)):
        keys = [_keys(doc, k) for k in range(s, e)]
        if any(_contains(keys, phrase) for phrase, _ in doc.rules.slugs):
            return "slug", slug(doc, s, e)
    # "Russian military bloggers" are no party speaking; "Wagner's press service" is Wagner
    media = any("MEDIA" in doc.at[k] for k in range(s, e)) and not any(
        SPEAKER in doc.at[k] for k in range(s, e)
    )
    if media:
        # "JNIM у своїх каналах стверджує", "l'EI sur ses canaux": the party first, then where
        # it spoke, is the party
        first = next((k for k in range(s, e) if "MEDIA" in doc.at[k]), e)
        for k in range(s, first):
            m = doc.at[k].get(ACTOR)
            if (
                m is not None
                and m.payload in SIDES
                and m.end < first
                # "Russian military bloggers" are no party speaking: a preposition parts them
                and any(PREP in doc.at[j] or doc.flags(j) & PREP_FLAG for j in range(m.end, first))
            ):
                return "actor", str(m.payload)
        return "slug", slug(doc, s, e)
    for k in range(s, e):
        at = doc.at[k]
        if ACTOR in at and at[ACTOR].payload != "civilians" and not media:
            m = at[ACTOR]
            nxt = doc.at[m.end].get(ACTOR) if m.end < e and CONTEXT in at else None
            if nxt is not None and nxt.payload != "civilians":
                # "Суданские Силы быстрого реагирования": the country's adjective, then the
                # force of that country that speaks
                return "actor", str(nxt.payload)
            return "actor", str(m.payload)
    for k in range(s, e):
        if ARMY in doc.at[k] and not _numbered(doc, k, s):
            # "l'armée béninoise a affirmé", "the Chadian army said": a state outside the table
            nation = _nation_beside(doc, k, s, e)
            if nation is not None:
                return "slug", f"{nation}_army"
            # "وزارة الدفاع في النيجر", "the defence ministry in Niger": the country the
            # speaker's own words name, not whichever the rest of the sentence names beside it
            country = _country_in(doc, s, e)
            return ("slug", country) if country is not None else ("army", "")
        if REBELS in doc.at[k]:
            return "rebels", ""  # "les rebelles ont affirmé": the theatre's rebels speak
    if any(ENEMY in doc.at[k] for k in range(s, e)):
        return "enemy", ""  # "Противник заявляет", "по данным противника": the other side
    speaker = any(SPEAKER in doc.at[k] for k in range(s, e))
    if any(OURS in doc.at[k] for k in range(s, e)) and not speaker:
        return "id", SELF  # "по нашим данным", "by our count"
    told: set[int] = set()  # the words of statement phrases ("bilan provisoire")
    for k in range(s, e):
        m = doc.at[k].get(STATEMENT)
        if m is not None:
            told.update(range(m.start, m.end))
    if all(
        PRONOUN in doc.at[k]
        or k in told
        or AUX in doc.at[k]  # "a-t-il ajouté": "a", "-t-il", the subject split off its verb
        or ARTICLE in doc.at[k]
        or PREP in doc.at[k]
        or doc.tokens[k].kind != WORD
        for k in range(s, e)
    ):
        # "he said", "le bilan fait état de", "وقالت في بيان" (said in a statement): whoever
        # spoke before, or the clause's subject
        return "id", IMPLICIT
    if any(SOLDIERS in doc.at[k] or COMMANDER in doc.at[k] for k in range(s, e)) and not any(
        MILITANTS in doc.at[k] for k in range(s, e)
    ):
        # "a company commander said", "речник угруповання": in a channel of a side, that side's;
        # a governor, a mayor or "sources" stay themselves; "Сами джихадисты рассказывают":
        # militants are never the channel's own
        for k in range(s, e):
            if SOLDIERS in doc.at[k] or COMMANDER in doc.at[k]:
                # "un sous-officier tchadien", "a Nigerien officer": a soldier of a state
                # outside the table speaks for its army
                for j in (k - 1, k + 1):
                    m = doc.at[j].get(OTHER_ACTOR) if s <= j < e else None
                    if m is not None and isinstance(m.payload, str) and m.payload != "local":
                        return "slug", f"{m.payload}_army"
        return "role", slug(doc, s, e)
    return "slug", slug(doc, s, e)


_REPORTER_SIDE: Final = {"ru_mod": "ru", "ua_gs": "ua"}
_RU_UA: Final = frozenset(_REPORTER_SIDE.values())  # the two sides of the war in Ukraine


def foreign_office(doc: Doc, rid: str) -> str | None:
    """A bare "General Staff" or "military spokesman" that cannot be Russia's or Ukraine's: in
    another side's own channel it is that channel ("L'État-major général des Armées informe"
    on the Malian army's); in a post that names neither country and no other, an army."""
    own = _REPORTER_SIDE.get(rid)
    if own is None:
        return None
    side = doc.side
    if side is not None and side != own and side not in ALLIES.get(own, ()):
        return SELF
    if not doc.context and not any(
        doc.at[k][ACTOR].payload in _REPORTER_SIDE.values() for k in doc.where.get(ACTOR, ())
    ):
        return army_of(doc, doc.context)
    return None


def _bare_office(doc: Doc, s: int, e: int, rid: str) -> bool:
    """The phrase names the ministry with no country ("Минобороны", "генштаб", "the General
    Staff"): every entry of `rid` it matches is one part, and no word of it names a country."""
    if any(ACTOR in doc.at[k] or "CONTEXT" in doc.at[k] for k in range(s, e)):
        return False
    keys = [_keys(doc, k) for k in range(s, e)]
    found = False
    for parts, r in doc.rules.reporters:
        if r != rid or not all(_contains(keys, part) for part in parts):
            continue
        if len(parts) > 1:
            return False
        found = True
    return found


def _other_country(doc: Doc, s: int, e: int, side: str | None) -> str | None:
    """The party or country (a slug: "niger_mod") other than `side` that tokens[s:e] name."""
    if side is None:
        return None
    for k in range(s, e):
        at = doc.at[k]
        actor = at.get(ACTOR)
        if actor is not None and actor.payload not in (side, "civilians"):
            return str(actor.payload)
        ctx = at.get("CONTEXT")
        if ctx is not None and ctx.payload not in (side, None):
            if ctx.payload in SIDES:
                return str(ctx.payload)  # "Минобороны Мали": a party's own ministry is the party
            return str(ctx.payload).replace("_army", "") + "_mod"
    return None


def _theatre_army(doc: Doc, context: dict[str, int], side: str | None) -> str | None:
    """The army of the war the post is about, for whom "the rebels" who speak are: the country
    its places name, else the first party it names that fights in one, else the channel's."""
    army = army_of(doc, context)
    if army in THEATRE_ARMY.values():
        return army
    if army in context:
        return None  # a post on Chad or Syria
    if ACTOR in doc.concepts:
        for i in doc.starts_of(ACTOR):
            m = doc.at[i][ACTOR]
            if m.payload in THEATRE_ARMY:
                return THEATRE_ARMY[str(m.payload)]
    return THEATRE_ARMY.get(side or "")


def army_of(doc: Doc, context: dict[str, int], home: bool = True) -> str:
    """ "The army" of the country the post is about (counted cue words), else a generic slug.
    `home`: an army that speaks in a post of its language's home war is the home side's (not
    the soldiers a post leaves open: "загинули 8 військовослужбовців" stays unknown)."""
    if context:
        best = max(context.items(), key=lambda kv: kv[1])
        if list(context.values()).count(best[1]) == 1:
            return best[0]
    if home and doc.rules.default_army is None and home_war(doc, context):
        # "У командуванні Сухопутних військ підтвердили" in a Ukrainian post on its own war
        return str(doc.rules.home_side)
    return doc.rules.default_army or "army"


def _ascii(text: str) -> str:
    """Lowercase ASCII: accents dropped ("préfet" -> "prefet"), anything else left out."""
    plain = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9_]+", "", plain)


def slug(doc: Doc, s: int, e: int) -> str:
    """A lowercase slug of the speaker phrase: its content words, transliterated."""
    office = _office(doc, s, e) if doc.rules.offices else None
    if office is not None:
        return office
    keys = [_keys(doc, k) for k in range(s, e)]
    # "губернатор Вячеслав Гладков", "голова ОВА Олег Синєгубов": the surname, in its base form
    for k in range(e - 1, s - 1, -1):
        t = doc.tokens[k]
        if t.kind != WORD or not t.text[:1].isupper():
            continue
        if doc.flags(k) & SURNAME or (
            k > s and doc.flags(k - 1) & NAME and doc.tokens[k - 1].text[:1].isupper()
        ):
            base = base_form(t.low, doc.rules.analyzer)
            text = "".join(doc.rules.translit.get(c, c) for c in base)
            text = _ascii(text)
            if text:
                return text
    # "regional Gov. Ivan Fedorov", "le maire Ihor Terekhov": a title, then a capitalised name
    end = e
    while end > s and doc.tokens[end - 1].kind == PUNCT:
        end -= 1
    run = end
    while run > s and doc.tokens[run - 1].kind == WORD and doc.tokens[run - 1].text[:1].isupper():
        run -= 1
    if run < end and SPEAKER in doc.at[run]:
        run += 1  # "Mayor Vitali Klitschko": the capitalised title opens the run
    title = run - 1
    if title > s and doc.is_punct(title, "."):
        title -= 1  # "Gov." ends with its full stop
    if end - run >= 2 and title >= s and SPEAKER in doc.at[title]:
        text = _ascii("".join(doc.rules.translit.get(c, c) for c in doc.tokens[end - 1].low))
        if text:
            return text
    for phrase, sl in doc.rules.slugs:
        if _contains(keys, phrase):
            return sl
    if doc.rules.heads:
        # "مصدر في أم درمان", "مسؤول محلي": no name of its own, so the kind of speaker its head
        # noun says ("source", "official"), never a transliteration of the place or adjective
        for ks in keys:
            head = next((doc.rules.heads[x] for x in ks if x in doc.rules.heads), None)
            if head is not None:
                return head
    words: list[str] = []
    for k in range(s, e):
        t = doc.tokens[k]
        if t.kind != WORD or len(t.low) < 3 and not t.text.isupper():
            continue
        at = doc.at[k]
        if (
            SPEAKER not in at
            and doc.flags(k) & PREP_FLAG
            or PREP in at
            or ARTICLE in at
            or DEF in at
            or POSS in at
            or PRONOUN in at
            or STATEMENT in at
            or AUX in at
        ):  # prepositions, articles, pronouns, "statement" and "has" say nothing of who
            continue
        words.append(t.low)
    text = "_".join(words[:3])
    text = "".join(doc.rules.translit.get(c, c) for c in text)
    text = _ascii(text)
    return text.strip("_") or "source"


def _office(doc: Doc, s: int, e: int) -> str | None:
    """ "Belgorod Governor Vyacheslav Gladkov", "le maire de Kharkiv", "губернатор Белгородской
    области": an office named with its place is that office ("belgorod_governor"), whoever
    holds it; with no place named, None (the holder's name stands)."""
    for k in range(s, e):
        office = next((doc.rules.offices[x] for x in _keys(doc, k) if x in doc.rules.offices), None)
        if office is None:
            continue
        place = _place(doc, k - 1) if k > s else None
        j, prep = k + 1, False
        while place is None and j < e and j <= k + 3:
            at = doc.at[j]
            if PREP in at or LINK in at or ARTICLE in at or doc.flags(j) & PREP_FLAG:
                j, prep = j + 1, True
                continue
            if prep or doc.rules.place_bare:
                place = _place(doc, j)
            break
        if place is not None:
            return f"{place}_{office}"
    return None


def _place(doc: Doc, k: int) -> str | None:
    """The place a capitalised word names, as an ASCII slug ("Белгородской" -> "belgorod")."""
    t = doc.tokens[k]
    if t.kind != WORD or not t.text[:1].isupper() or SPEAKER in doc.at[k] or ACTOR in doc.at[k]:
        return None
    if doc.flags(k) & (NAME | SURNAME) or PRONOUN in doc.at[k]:
        return None  # "губернатор Вячеслав Гладков": the holder, not the place
    base = base_form(t.low, doc.rules.analyzer)
    for end in doc.rules.place_adjective:
        if base.endswith(end) and len(base) > len(end) + 2:
            base = base[: -len(end)]
            break
    text = _ascii("".join(doc.rules.translit.get(c, c) for c in base))
    return text or None


def context_counts(doc: Doc) -> dict[str, int]:
    """How often the post names each country an unqualified "army" may belong to."""
    counts: dict[str, int] = {}
    if "CONTEXT" in doc.concepts:
        for i in doc.starts_of("CONTEXT"):
            target = str(doc.at[i]["CONTEXT"].payload)
            counts[target] = counts.get(target, 0) + 1
    if "#" in doc.text:
        # "#BurkinaFaso", "#Mali": a hashtag names the country as its word would
        for t in doc.tokens:
            if t.kind == OTHER and t.text.startswith("#") and len(t.text) > 3:
                tag = t.text[1:].lower().replace("_", "")
                for atom, target in doc.rules.context:
                    stem = atom.rstrip("*")
                    if " " not in stem and len(stem) > 3 and tag.startswith(stem):
                        counts[target] = counts.get(target, 0) + 1
                        break
    return counts


def bind_paramilitary(doc: Doc, counts: dict[str, int], side: str | None) -> None:
    """ "Les paramilitaires démentent" in a post on Sudan's war: the word names the theatre's
    paramilitary force (the RSF; in Mali, Wagner / Africa Corps) and reads as that party's
    name from here on, as victim, speaker or antecedent; in any other war it names no one."""
    if PARAMILITARY not in doc.concepts:
        return
    party = PARAMILITARY_OF.get(_theatre_army(doc, counts, side) or "")
    if party is None:
        return
    for i in doc.starts_of(PARAMILITARY):
        at = doc.at[i]
        if ACTOR in at or i in doc.name_inner:
            continue  # "paramilitaires russes", "RSF paramilitaries": a name says whose
        m = at[PARAMILITARY]
        at[ACTOR] = bound = Match(ACTOR, m.start, m.end, party)
        bisect.insort(doc.where.setdefault(ACTOR, []), i)
        doc.ending.setdefault(m.end, []).append(bound)
        if m.end - m.start > 1:
            doc.name_inner.update(range(m.start + 1, m.end))  # "شبه العسكرية": one name
        doc.concepts.add(ACTOR)


def unbind_local(doc: Doc, counts: dict[str, int]) -> None:
    """A post whose places name a country, none of them the war an alias belongs to ("فلول
    النظام البائد" in Homs): the alias names no party of the table there, an outsider."""
    if not counts or LOCAL not in doc.concepts:
        return
    for i in doc.starts_of(LOCAL):
        at = doc.at[i]
        if counts.get(str(at[LOCAL].payload)):
            continue
        m = at.pop(ACTOR, None)
        if m is not None:
            m.concept, m.payload = OTHER_ACTOR, "local"
            # the index of where each concept starts follows the token's concepts
            doc.where[ACTOR].remove(i)
            if OTHER_ACTOR not in at:
                at[OTHER_ACTOR] = m
                bisect.insort(doc.where.setdefault(OTHER_ACTOR, []), i)
            doc.concepts.add(OTHER_ACTOR)
