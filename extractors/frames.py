"""Reporting frames: who a sentence attributes its figures to ("по данным X", "X said",
"selon X", "قال X", "Генштаб ВСУ: ..."), and the claimant id or slug of X.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from extractors.actors import PARTIES, REPORTERS
from extractors.doc import Doc
from extractors.figures import figure_at
from extractors.morph import PREP as PREP_FLAG
from extractors.rules import (
    ACCORDING_TO,
    ACTOR,
    AGENT_BY,
    AMONG,
    ARMY,
    COMMANDER,
    CONJ,
    OURS,
    PEOPLE,
    PERIOD,
    PREP,
    PRONOUN,
    REPORTER,
    SAY,
    SOLDIERS,
    SPEAKER,
    THAT,
    TRIGGERS,
    WHILE,
)
from extractors.tokens import NUM, PUNCT, WORD

_SPEAKERISH = (ACTOR, REPORTER, SPEAKER, ARMY, PEOPLE, SOLDIERS, OURS, PRONOUN)
_FUNCTION = ("WHILE", "CONJ", THAT, PREP, "AUX", "ARTICLE", "NEW_TOPIC")

_MAX_X = 12  # words in a claimant phrase
SELF = "self"
IMPLICIT = "<implicit>"  # a frame whose speaker is the sentence's subject or the last speaker


_S_FUNCTION = frozenset(_FUNCTION)
_S_SPEAKERISH = frozenset(_SPEAKERISH)
_S_TRIGGERS = frozenset(TRIGGERS)


@dataclass(slots=True)
class Frame:
    start: int  # token span of the whole frame, speaker included
    end: int
    sentence: int
    claimant: str
    kind: str  # "according", "say", "colon"
    speaker: tuple[int, int] = (0, 0)


def find_frames(
    doc: Doc, context: dict[str, int], side: str | None = None
) -> tuple[list[Frame], set[int]]:
    """Frames in order, and the token indices of their speaker phrases (not claim material)."""
    frames: list[Frame] = []
    excluded: set[int] = set()
    matched = doc.matched
    for sid, (s, e) in enumerate(doc.sentences):
        colon = _colon_frame(doc, sid, s, e)
        if colon is not None:
            frames.append(colon)
            excluded.update(range(colon.speaker[0], colon.speaker[1]))
        i = s
        for k in matched[bisect.bisect_left(matched, s) : bisect.bisect_left(matched, e)]:
            if k < i:
                continue  # inside the frame before
            i = k
            at = doc.at[i]
            m = at.get(ACCORDING_TO)
            kind = "according"
            if m is None:
                m = at.get(SAY)
                kind = "say"
            if m is None or any(c in at and at[c].end > m.end for c in TRIGGERS):
                continue
            if kind == "according":
                span = _phrase_after(doc, m.end, e, through_triggers=True)
            elif m.end < e and AGENT_BY in doc.at[m.end]:
                # "a strike claimed by the FLA", "revendiquée par le JNIM": who claims follows "by"
                span = _phrase_after(doc, doc.at[m.end][AGENT_BY].end, e, through_triggers=True)
            else:
                span = _phrase_before(doc, m.start, s)
                if span is None:
                    span = _phrase_after(
                        doc, m.end, e, content_stops=not doc.rules.subject_after_verb
                    )
            if span is None:
                claimant = IMPLICIT
                span = (m.end, m.end)
            else:
                claimant = claimant_of(doc, span[0], span[1], context, side)
                if claimant == "":
                    claimant = IMPLICIT
            if claimant == "":
                i = m.end
                continue
            frames.append(
                Frame(min(m.start, span[0]), max(m.end, span[1]), sid, claimant, kind, span)
            )
            excluded.update(range(span[0], span[1]))
            i = max(m.end, span[1])
    return frames, excluded


def _stop(doc: Doc, i: int, through_triggers: bool = False) -> bool:
    t = doc.tokens[i]
    at = doc.at[i]
    if t.kind == PUNCT and t.text not in "\"'-&.()«»":
        return True
    if (
        t.kind == NUM
        or THAT in at
        or (not through_triggers and not at.keys().isdisjoint(_S_TRIGGERS))
    ):
        return True
    if t.kind != WORD or ACTOR in at or REPORTER in at:
        return False
    fig = figure_at(doc, i)
    return fig is not None and not fig.weak


def _phrase_after(
    doc: Doc, j: int, e: int, through_triggers: bool = False, content_stops: bool = False
) -> tuple[int, int] | None:
    """The speaker phrase after a reporting word. With `content_stops`, a phrase that runs into
    a figure or a trigger is what was said ("putting Russian losses at ..."), not who said it."""
    k = j
    while k < e and doc.is_punct(k, "\"'"):
        k += 1
    start = k
    words = 0
    while k < e and words < _MAX_X and not _stop(doc, k, through_triggers):
        if doc.tokens[k].kind == WORD:
            words += 1
        k += 1
    if content_stops and k < e and doc.tokens[k].kind != PUNCT and THAT not in doc.at[k]:
        return None
    while k > start and doc.is_punct(k - 1, "\"'-("):
        k -= 1
    if words == 0:
        return None
    first = doc.at[start] if start < len(doc.tokens) else {}
    if PERIOD in first:
        return None
    if not through_triggers and not any(_speakerish(doc, x) for x in range(start, k)):
        return None
    return start, k


def _speakerish(doc: Doc, k: int) -> bool:
    """A word that can name who speaks: an actor, a role, a source, or a capitalised name."""
    at = doc.at[k]
    if not at.keys().isdisjoint(_S_SPEAKERISH):
        return True
    t = doc.tokens[k]
    return (
        t.kind == WORD and t.text[:1].isupper() and not doc.flags(k) & PREP_FLAG and len(t.text) > 1
    )


def _phrase_before(doc: Doc, j: int, s: int) -> tuple[int, int] | None:
    k = j
    words = 0
    clause = doc.clause[j] if j < len(doc.tokens) else -1
    while k > s and words < _MAX_X:
        p = k - 1
        if doc.clause[p] != clause and not doc.is_punct(p, "\"'"):
            break
        if _stop(doc, p):
            break
        if doc.tokens[p].kind == WORD:
            words += 1
        k = p
    if words == 0 or words >= _MAX_X:
        return None
    # "while the army said", "а командование заявило": the clause's opening word is no speaker
    while k < j and (doc.tokens[k].kind != WORD or WHILE in doc.at[k] or CONJ in doc.at[k]):
        k += 1
    first = doc.at[k] if k < j else {}
    if AMONG in first or PREP in first or doc.flags(k) & PREP_FLAG:
        return None  # "у противника подтверждено": a place, not a speaker
    if not any(_speakerish(doc, x) or _content(doc, x) for x in range(k, j)):
        return None
    return k, j


def _content(doc: Doc, x: int) -> bool:
    """A word that is not a conjunction, preposition, complementiser or auxiliary."""
    t, at = doc.tokens[x], doc.at[x]
    if t.kind != WORD or len(t.text) <= 3:
        return False
    return at.keys().isdisjoint(_S_FUNCTION)


def _colon_frame(doc: Doc, sid: int, s: int, e: int) -> Frame | None:
    """ "Генштаб ВСУ: ...", "Министерство обороны России: ..." (a known reporter, then a colon)."""
    last = min(e, s + _MAX_X) - 1
    if ":" not in doc.text[doc.tokens[s].start : doc.tokens[last].end]:
        return None
    for k in range(s, min(e, s + _MAX_X)):
        if doc.is_punct(k, ":"):
            rid = _reporter(doc, s, k)
            if rid is not None:
                return Frame(s, k + 1, sid, rid, "colon", (s, k))
            # "Речник ОСУВ «Хортиця» Назар Волошин: ...": a speaker of a side, then a colon
            if any(SPEAKER in doc.at[j] for j in range(s, k)) and any(
                ACTOR in doc.at[j] for j in range(s, k)
            ):
                who = claimant_of(doc, s, k, {})
                if who not in ("", IMPLICIT, SELF):
                    return Frame(s, k + 1, sid, who, "colon", (s, k))
            return None
        if doc.tokens[k].kind == NUM or not doc.at[k].keys().isdisjoint(_S_TRIGGERS):
            return None
    return None


def _reporter(doc: Doc, s: int, e: int) -> str | None:
    """The non-party claimant named in tokens[s:e] ("Минобороны России", "Ukraine's General Staff")."""
    keys: list[tuple[str, ...]] = [_keys(doc, k) for k in range(s, e)]
    present = {key for ks in keys for key in ks}
    for parts, rid in doc.rules.reporters:
        first = parts[0][0]
        if not first.endswith("*") and first not in present:
            continue  # the cheap test first: most phrases name none of them
        if all(_contains(keys, part) for part in parts):
            return rid
    return None


def _keys(doc: Doc, k: int) -> tuple[str, ...]:
    t = doc.tokens[k]
    info = t.info
    return info.keys if t.kind == WORD and hasattr(info, "keys") else (t.low,)


def _contains(keys: list[tuple[str, ...]], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    for k in range(len(keys) - n + 1):
        if all(_atom_ok(phrase[x], keys[k + x]) for x in range(n)):
            return True
    return False


def _atom_ok(atom: str, keys: tuple[str, ...]) -> bool:
    if atom.endswith("*") and len(atom) > 1:
        return any(key.startswith(atom[:-1]) for key in keys)
    return atom in keys


def claimant_of(doc: Doc, s: int, e: int, context: dict[str, int], side: str | None = None) -> str:
    """The claimant id (or slug) of the speaker phrase tokens[s:e]; "" when it names no one.
    What the words alone say is cached per phrase (speakers repeat: "the army said")."""
    key = tuple(t.low for t in doc.tokens[s:e])
    cache = doc.rules.claimant_cache
    reading = cache.get(key)
    if reading is None:
        reading = _read_claimant(doc, s, e)
        if len(cache) > 50_000:
            cache.clear()
        cache[key] = reading
    what, value = reading
    if what == "army":
        return army_of(doc, context)
    if what == "role" and side is not None:
        return side  # "a company commander said", "речник угруповання", in a channel of that side
    return value


def _read_claimant(doc: Doc, s: int, e: int) -> tuple[str, str]:
    """("id", id) | ("army", "") | ("role", slug) | ("slug", slug), from the words alone."""
    rid = _reporter(doc, s, e)
    if rid is not None:
        return "id", rid
    media = any("MEDIA" in doc.at[k] for k in range(s, e))
    for k in range(s, e):
        at = doc.at[k]
        if ACTOR in at and at[ACTOR].payload != "civilians" and not media:
            return "id", str(at[ACTOR].payload)
    for k in range(s, e):
        if ARMY in doc.at[k]:
            return "army", ""
    speaker = any(SPEAKER in doc.at[k] for k in range(s, e))
    if any(OURS in doc.at[k] for k in range(s, e)) and not speaker:
        return "id", SELF  # "по нашим данным", "by our count"
    if all(PRONOUN in doc.at[k] or doc.tokens[k].kind != WORD for k in range(s, e)):
        return "id", IMPLICIT
    if any(SOLDIERS in doc.at[k] or COMMANDER in doc.at[k] for k in range(s, e)):
        # "a company commander said", "речник угруповання": in a channel of a side, that side's;
        # a governor, a mayor or "sources" stay themselves
        return "role", slug(doc, s, e)
    return "slug", slug(doc, s, e)


def army_of(doc: Doc, context: dict[str, int]) -> str:
    """ "The army" of the country the post is about (counted cue words), else a generic slug."""
    if context:
        best = max(context.items(), key=lambda kv: kv[1])
        if list(context.values()).count(best[1]) == 1:
            return best[0]
    return doc.rules.default_army or "army"


def slug(doc: Doc, s: int, e: int) -> str:
    """A lowercase slug of the speaker phrase: its content words, transliterated."""
    keys = [_keys(doc, k) for k in range(s, e)]
    for phrase, sl in doc.rules.slugs:
        if _contains(keys, phrase):
            return sl
    words: list[str] = []
    for k in range(s, e):
        t = doc.tokens[k]
        if t.kind != WORD or len(t.low) < 3 and not t.text.isupper():
            continue
        if (
            SPEAKER not in doc.at[k] and doc.flags(k) & PREP_FLAG or PREP in doc.at[k]
        ):  # prepositions say nothing
            continue
        words.append(t.low)
    text = "_".join(words[:3])
    text = "".join(doc.rules.translit.get(c, c) for c in text)
    text = re.sub(r"[^a-z0-9_]+", "", text.lower())
    return text.strip("_") or "source"


def context_counts(doc: Doc) -> dict[str, int]:
    """How often the post names each country an unqualified "army" may belong to."""
    counts: dict[str, int] = {}
    for slot in doc.at:
        m = slot.get("CONTEXT")
        if m is not None:
            target = str(m.payload)
            counts[target] = counts.get(target, 0) + 1
    return counts


class FrameIndex:
    """The frames of a post, indexed by sentence, with each sentence's paragraph lead."""

    def __init__(self, doc: Doc, frames: list[Frame]) -> None:
        self.frames = frames
        self.by_sentence: dict[int, list[Frame]] = {}
        for f in frames:
            self.by_sentence.setdefault(f.sentence, []).append(f)
        self.explicit = [f for f in frames if f.claimant != IMPLICIT]
        self.explicit_starts = [f.start for f in self.explicit]
        # "Минобороны РФ: ... . Всего ...": a speaker put at the head of a paragraph with a colon
        # speaks for the paragraph, until a blank line or another speaker
        self.lead: list[Frame | None] = []
        current: Frame | None = None
        toks = doc.tokens
        for sid, (s, _) in enumerate(doc.sentences):
            if sid and doc.text.count("\n", toks[s - 1].end, toks[s].start) > 1:
                current = None
            self.lead.append(current)
            here = self.by_sentence.get(sid)
            if here:
                current = here[0] if here[0].kind == "colon" else None

    def last_explicit_before(self, pos: int) -> Frame | None:
        k = bisect.bisect_left(self.explicit_starts, pos)
        return self.explicit[k - 1] if k else None


def frame_for(index: FrameIndex, sid: int, pos: int) -> Frame | None:
    """The frame a figure at token `pos` of sentence `sid` falls under: the nearest one before
    it, else the nearest after; an "according to X" anywhere in the sentence wins unless a
    reporting verb stands between it and the figure."""
    here = index.by_sentence.get(sid, [])
    before = [f for f in here if f.start <= pos]
    after = [f for f in here if f.start > pos]
    nearest = before[-1] if before else (after[0] if after else None)
    if nearest is None or nearest.kind == "according":
        return nearest
    for f in (*reversed(before), *after):
        if f.kind != "according":
            continue
        lo, hi = sorted((f.start, pos))
        if not any(g.kind == "say" and lo < g.start < hi for g in here):
            return f
    return nearest


def is_party(claimant: str) -> bool:
    return claimant in PARTIES and claimant != "civilians"


def is_known(claimant: str) -> bool:
    return claimant in PARTIES or claimant in REPORTERS or claimant == SELF
