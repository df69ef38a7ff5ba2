"""The language-neutral pipeline: normalise, detect, tokenise, match, find quantities and
triggers, attach, frame (claimant and scope), resolve victims, and return the set of claims.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from extractors.actors import (
    DEFAULT_ENEMY,
    HIRED_OF,
    PARTIES,
    REBELS_OF,
    REPORTER_SIDE,
    SIDES,
    THEATRE_ARMY,
    THEATRES,
)
from extractors.attach import attach
from extractors.claim import Claim
from extractors.claimants import (
    IMPLICIT,
    SELF,
    army_of,
    bind_paramilitary,
    context_counts,
    foreign_office,
    home_war,
    reporter_in,
    resolve_roles,
    unbind_local,
)
from extractors.claimset import drop_parts, finish, sum_coordinated
from extractors.coordination import THINGS
from extractors.detect import detect
from extractors.doc import Doc
from extractors.draft import Draft, clause_span, loss_kind
from extractors.ellipsis import continue_claims
from extractors.figures import figure_at
from extractors.frames import Frame, FrameIndex, find_frames, frame_for, whose_data
from extractors.lang import get_rules, known
from extractors.morph import CONJ_PREFIX
from extractors.normalize import normalise
from extractors.phrases import OUR_MEN, UNKNOWN, post_parties
from extractors.quantities import Quantity, find_quantities
from extractors.referents import quoted
from extractors.rules import (
    ACTOR,
    ARMY,
    ARTICLE,
    AUX,
    CAPTURED,
    CASUALTIES,
    COMMANDER,
    CONJ,
    DEF,
    ELIMINATED,
    ENEMY,
    FORMATION,
    HURT,
    KILLED,
    LOSS,
    MATES,
    MERCENARIES,
    MISSING,
    NEG,
    NONCLAIM,
    OURS,
    PEOPLE,
    PERIOD,
    RANGE_OR,
    REPORTER,
    SAY,
    SERIOUS,
    SINCE,
    SOLDIERS,
    SOURCES,
    SPEAKER,
    STATEMENT,
    TOTAL,
    TRIGGER_SET,
    WOUNDED,
    Rules,
)
from extractors.scope import scope_of
from extractors.sides import Context, formation_side
from extractors.tokens import NUM, WORD, tokenize
from extractors.triggers import TRIGGER_WORDS, Trigger, find_triggers
from extractors.victims import resolve_victim

MAX_TOKENS: Final = 40_000  # a document longer than this (some 200 KB of claims) is read up to here
LARGE: Final = 20_000  # characters: past this only the sentences that may hold a claim are read
_PIECE: Final = 2_000  # characters: the longest stretch read as one sentence in a long document
_SUBJECT: Final = frozenset(
    (ACTOR, ENEMY)
)  # "خسر العدو": who lost, between the verb and its objects
_SEGMENT: Final = re.compile(r"[^.!?…\n]*(?:[.!?…]+|\n|$)")
_KIND: Final = {
    KILLED: "killed",
    ELIMINATED: "killed",
    WOUNDED: "wounded",
    CAPTURED: "captured",
    MISSING: "missing",
    CASUALTIES: "casualties",
}


def run(text: str, lang: str | None, channel_side: str | None) -> tuple[list[Claim], str | None]:
    """The claims of one post and the language it was read in."""
    norm = normalise(text)
    code = lang if lang is not None and known(lang) else detect(norm.text)
    if code is None:
        return [], None
    rules = get_rules(code)
    if not rules.prefilter.search(norm.text.lower()):  # it reads "ё" and the folds itself
        return [], code
    ranges = _windows(norm.text, rules) if len(norm.text) > LARGE else None
    doc = Doc(norm.text, tokenize(norm.text, MAX_TOKENS, ranges), rules, breaks=ranges is not None)
    if doc.concepts.isdisjoint(TRIGGER_WORDS):
        # no trigger word anywhere: find_triggers would find none, and with no trigger no
        # figure is attached, continued or listed and no zero claim is made
        return [], code
    counts = context_counts(doc)
    unbind_local(doc, counts)
    bind_paramilitary(doc, counts, channel_side)
    doc.context = counts
    doc.side = channel_side
    frame_list, excluded = find_frames(doc, counts, channel_side)
    frames = FrameIndex(doc, frame_list)
    doc.speakers = excluded
    qs = find_quantities(doc)
    for q in qs if excluded else ():
        if not excluded.isdisjoint(range(q.fig_start, q.fig_end)) or _counts_speakers(
            doc, q, excluded
        ):
            q.drop = "speaker"
    if SAY in doc.concepts:
        for q in qs:
            if q.article and q.drop is None and _article_speaker(doc, qs, q):
                q.drop = "speaker"
    ts = find_triggers(doc, excluded)
    pairs = attach(doc, qs, ts, excluded)
    if NEG in doc.concepts:
        for k in [k for k, (t, _) in pairs.items() if t.neg and _negated_one(doc, qs[k], t)]:
            del pairs[k]  # "not a single soldier", "ни одного бойца": none, not one
    army = army_of(doc, counts, home=False)
    mentioned = post_parties(doc)
    if army in PARTIES and army not in mentioned:
        mentioned.append(army)
    ctx = Context(channel_side, mentioned, army if army in PARTIES else None)
    if channel_side is None and home_war(doc, counts):
        ctx.home_side = rules.home_side
    ctx.country = army if counts else None
    for target, present in THEATRES.items():  # "Russians" in a Mali post are Africa Corps
        if any(p in mentioned for p in present[1]) or any(counts.get(c) for c in present[1]):
            ctx.theatre[present[0]] = target
    ctx.rebels = REBELS_OF.get(_theatre(doc, ctx) or "")
    if MERCENARIES in doc.concepts:
        doc.hired = HIRED_OF.get(_theatre(doc, ctx) or "")
    if FORMATION in doc.concepts:
        ctx.voice = formation_side(doc)
    if REPORTER in doc.concepts:
        ctx.reporter_side = _reporter_side(doc, mentioned)
    if ctx.army is None:
        # "the army" in a post on the RSF's war is Sudan's, named or not; Wagner alone fought
        # in Ukraine too, so it names no army's war
        ctx.army = _theatre(doc, ctx, frozenset(("wagner",)))
    drafts = _drafts(doc, qs, ts, pairs, frames)
    resolve_victim(doc, drafts, ctx)
    # a part that names its whole's own party is no claim ("12 rebelles tués, dont un chef du FLA")
    drafts = [d for d in drafts if d.within is None or d.within.victim != d.victim]
    for d in drafts:
        if _own_loss_told(doc, d, channel_side):
            d.kind, d.scope = "killed", "event"
    resolve_roles(drafts, mentioned)
    drafts = sum_coordinated(doc, drafts)
    claims = finish(doc, drafts)
    out: list[Claim] = []
    for d in claims:
        a, b = d.span
        start = norm.original(doc.tokens[a].start)
        end = norm.original(doc.tokens[b - 1].end)
        out.append(
            Claim(
                d.kind,
                d.victim or UNKNOWN,
                d.low,
                d.high,
                d.approx,
                d.claimant,
                d.scope,
                start,
                max(end, start + 1),
            )
        )
    return out, code


_SPEAKER_REACH: Final = (
    20  # "the head of Ukraine's military intelligence (HUR), Kyrylo Budanov, said"
)


def _article_speaker(doc: Doc, qs: list[Quantity], q: Quantity) -> bool:
    """ "... about 2,100 servicemen, the head of Ukraine's military intelligence, Kyrylo
    Budanov, said": a person said with an article ("a", "the", "un") who is the subject of a
    verb of saying later in the sentence, with no word of harm and no other figure between,
    is who speaks, not one person harmed."""
    if doc.tokens[q.fig_start].kind != WORD or ARTICLE not in doc.at[q.fig_start]:
        return False
    # "the head of ...": a role that speaks; not "killed a civilian in Kherson, the governor
    # said", whose one person is the toll
    role = range(q.fig_end, min(q.fig_end + 2, len(doc.tokens)))  # "a platoon commander"
    if all(_S_ROLE.isdisjoint(doc.at[k]) for k in role):
        return False
    _, e = doc.sentences[doc.sentence_of[q.fig_start]]
    starts = {o.start for o in qs if o is not q}
    for k in range(q.end, min(e, q.end + _SPEAKER_REACH)):
        at = doc.at[k]
        if k in starts or not at.keys().isdisjoint(TRIGGER_SET):
            return False
        if k > q.end and doc.is_punct(k - 1, ",") and not _S_ANOTHER_SUBJECT.isdisjoint(at):
            return False  # "..., the regional governor said": another subject after a comma
        if SAY in at:
            return k > q.end
    return False


_S_ANOTHER_SUBJECT: Final = frozenset((ARTICLE, ACTOR))
_S_ROLE: Final = frozenset((SPEAKER, SOURCES, REPORTER, COMMANDER))


def _counts_speakers(doc: Doc, q: Quantity, excluded: set[int]) -> bool:
    """ "..., two security officials said": how many speak, right before who they are (not
    "10 persons were confirmed dead", a speaker phrase read too far)."""
    k = q.fig_end
    if k not in excluded or not _S_COUNTED.isdisjoint(doc.at[k]):
        return False
    return any(
        not _S_WHO_SPEAKS.isdisjoint(doc.at[j])
        for j in range(k, min(k + 3, len(doc.tokens)))
        if j in excluded
    )


_S_COUNTED: Final = frozenset((PEOPLE, SOLDIERS))
_S_WHO_SPEAKS: Final = frozenset((SPEAKER, SOURCES, REPORTER))


def _reporter_side(doc: Doc, mentioned: list[str]) -> str | None:
    """The side of the reporters the post names, when they are all of one side and the post
    names parties of that war only, one at least ("l'état-major" in a post on Mali, or in one
    that names no party, is no Ukrainian staff)."""
    sides = {REPORTER_SIDE.get(str(doc.at[i][REPORTER].payload)) for i in doc.starts_of(REPORTER)}
    side = sides.pop() if len(sides) == 1 else None
    if side is None:
        return None
    war = {side, DEFAULT_ENEMY.get(side), "civilians"}
    return side if mentioned and all(p in war for p in mentioned) else None


def _theatre(doc: Doc, ctx: Context, unsure: frozenset[str] = frozenset()) -> str | None:
    """The army of the war the post is about: the country its places name, else the first
    party it names that fights in one (a speaker too: "selon des canaux proches de Wagner"),
    else the channel's own war."""
    if ctx.army in THEATRE_ARMY.values():
        return ctx.army
    if ctx.country is not None:
        return None  # a post on Chad or Syria: neither Mali's war nor Sudan's
    for party in ctx.mentioned:
        if party in THEATRE_ARMY and party not in unsure:
            return THEATRE_ARMY[party]
    if ACTOR in doc.concepts:
        for i in doc.starts_of(ACTOR):
            m = doc.at[i][ACTOR]
            if m.payload in THEATRE_ARMY and m.payload not in unsure:
                return THEATRE_ARMY[str(m.payload)]
    side = ctx.channel_side or ""
    return THEATRE_ARMY.get(side) if side not in unsure else None


def _negated_one(doc: Doc, q: Quantity, t: Trigger) -> bool:
    """The figure is the "one" of a negation ("not a single", "ни одного", "жодного"), or
    the one right after a negated verb ("did not lose a single man")."""
    if q.low == q.high == 1:
        word = doc.tokens[q.fig_start].kind != NUM
        if t.end <= q.start <= t.end + 1 or t.start < q.fig_start < t.end:  # "لم يُصب أحد"
            return word
        if (
            word
            and q.fig_end < t.start <= q.fig_end + 5
            and any(
                NEG in doc.at[j] and doc.clause[j] == doc.clause[q.fig_start]
                for j in range(q.fig_end, t.start)
            )
        ):
            return True  # "أن أحداً من السكان لم يُقتل": anyone, then the negated verb: no one
    return any(
        NEG in doc.at[j] and doc.at[j][NEG].end > q.fig_start
        for j in range(max(0, q.fig_start - 2), q.fig_start + 1)
    )


def _windows(text: str, rules: Rules) -> list[tuple[int, int]]:
    """In a long document, the sentences with a trigger stem and the sentence before each (it
    may name the speaker or the side); the rest is never tokenised."""
    spans: list[tuple[int, int]] = []
    for m in _SEGMENT.finditer(text):
        a, b = m.start(), m.end()
        while b - a > _PIECE:  # a "sentence" of megabytes: cut it at spaces into pieces
            cut = text.rfind(" ", a + _PIECE // 2, a + _PIECE)
            if cut <= a:
                cut = text.find(" ", a + _PIECE, b)  # never inside a word or a number
                if cut < 0:
                    break
            spans.append((a, cut))
            a = cut
        if b > a:
            spans.append((a, b))
    keep: set[int] = set()
    for k, (a, b) in enumerate(spans):
        if rules.prefilter.search(text[a:b].lower()):
            keep.update((k - 1, k) if k else (k,))
    return [spans[k] for k in sorted(keep)]


def _own_figure_after(doc: Doc, frames: FrameIndex, g: Frame) -> bool:
    """A figure follows the frame g in its sentence, before any next frame: what g says."""
    _, e = doc.sentences[g.sentence]
    for h in frames.by_sentence.get(g.sentence, ()):
        if h.start >= g.end:
            e = min(e, h.start)
    return any(figure_at(doc, k) is not None for k in range(g.end, e))


def _claimant(doc: Doc, frames: FrameIndex, sid: int, pos: int, t: Trigger | None = None) -> str:
    f = frame_for(frames, sid, pos) or frames.lead[sid]
    if f is None and quoted(doc, pos):
        # '"In two days eight of ours were killed. Two are missing," said a commander': a quote
        # of several sentences is the words of the speaker named after it closes; '« ... »,
        # raconte Pierre. « Cinq copains sont morts »': a quote that goes on after its speaker
        # was named is his
        f = _after_quote(doc, frames, pos) or _quote_goes_on(doc, frames, sid, pos)
    if f is None:
        h = doc.headers.get(sid)
        if h is not None and h != sid:
            # "Enemy losses, per Ukraine's General Staff:" speaks for the lines under it
            for g in frames.by_sentence.get(h, ()):
                if g.claimant != IMPLICIT:
                    return g.claimant
        own = _reporter_agent(doc, t, pos) if t is not None else SELF
        if own == SELF and frames.title is not None and sid > 0:
            return frames.title.claimant  # the title line's source speaks for the post
        return own
    if f.claimant != IMPLICIT:
        return f.claimant
    # "adding that ...", "affirmant avoir tué", "he added": the last speaker of the sentence,
    # else the sentence's subject, else the last speaker of the sentence before
    earlier = frames.last_explicit_before(f.start)
    if earlier is not None and earlier.sentence == sid:
        return earlier.claimant
    if (
        earlier is not None
        and earlier.sentence >= sid - 2
        and quoted(doc, pos)
        and any(doc.is_punct(k, '"') for k in range(max(0, f.start - 3), f.start))
    ):
        # "Командир батальона рассказал ... «... Наши потери — трое погибших», — сказал он":
        # "he" after the quote closes is the speaker named just before it opened
        return earlier.claimant
    # "No casualties were reported ..., the governor said": the speaker named later on (not one
    # with a figure of his own after him: "saying none of its men died, and shelled a camp,
    # where medics said 11 people died" speaks for the 11 only)
    for g in frames.by_sentence.get(sid, ()):
        if (
            g.start > f.start
            and g.claimant != IMPLICIT
            and g.kind != "by"
            and not _own_figure_after(doc, frames, g)
        ):
            return g.claimant
    if (
        f.kind == "according"
        and f.start > 0
        and doc.is_punct(f.start - 1, ",،")
        and not whose_data(doc, f.start, f.end)  # "Генштаб, по его данным,": the subject's
    ):
        # "Туареги, по тем же данным, потеряли": data set off by commas; the subject before it
        # is whose losses, not whose data; the last named source's, else the post's own
        return earlier.claimant if earlier is not None else SELF
    s, _ = doc.sentences[sid]
    for k in range(f.start - 1, s, -1):
        if doc.is_punct(k, "-—–") and doc.tokens[k].text in "-—–":
            # "Бородатые из ДжНИМ тоже отхватили — насчитали десятки тел": the clause before
            # the dash has its own subject; "насчитали" has none
            s = k + 1
            break
    for k in range(s, f.start):
        at = doc.at[k]
        if REPORTER in at:
            rid = str(at[REPORTER].payload)
            office = foreign_office(doc, rid)
            if office is not None:
                return office  # a bare "military spokesman" in a post on no Russian war
            # "المتحدث&مجموعة قوات": the lexicon marks an entry's first part; the rest must be
            # there too ("المتحدث الرسمي باسم القوات المسلحة السودانية" is no Russian spokesman)
            named = reporter_in(doc, k, f.start)
            if named is not None:
                return named
        if ACTOR in at and at[ACTOR].payload != "civilians":
            if any(_our_men(doc, j, f.start) for j in range(k + 1, f.start)):
                # "after the failed khokhol attack our guys counted 70 corpses": "our" nearer
                # the verb is its subject; the party before it is the attack's
                return SELF
            return str(at[ACTOR].payload)
        if ARMY in at:
            return army_of(doc, doc.context)
    if earlier is not None and (earlier.sentence >= sid - 1 or _data_phrase(doc, (f.start, f.end))):
        return earlier.claimant
    return SELF


# "our" with these after it names our men ("наши ребята", "our troops", "наш батальйон")
_S_OUR_MEN: Final = OUR_MEN | {MATES}


def _our_men(doc: Doc, j: int, verb: int) -> bool:
    """ "Our" at j as a subject: of men or a unit ("наши ребята насчитали"), or alone right
    before the verb ("наши насчитали"); not "our request", "our correspondent" ("The Ukrainian
    military, in a reply to our request, said": the military speaks)."""
    m = doc.at[j].get(OURS)
    if m is None:
        return False
    return m.end >= verb or not _S_OUR_MEN.isdisjoint(doc.at[m.end])


def _after_quote(doc: Doc, frames: FrameIndex, pos: int) -> Frame | None:
    """The speaker named right after the quote that holds token `pos` closes, on its line."""
    toks = doc.tokens
    line_end = doc.text.find("\n", toks[pos].start)
    for k in range(pos + 1, len(toks)):
        if line_end != -1 and toks[k].start > line_end:
            return None
        if doc.is_punct(k, '"'):
            sid = doc.sentence_of[min(k + 1, len(toks) - 1)]
            return next(
                (
                    g
                    for g in frames.by_sentence.get(sid, ())
                    if g.claimant != IMPLICIT and k < g.start <= k + 3
                ),
                None,
            )
    return None


def _quote_goes_on(doc: Doc, frames: FrameIndex, sid: int, pos: int) -> Frame | None:
    """The speaker named right after the quote before this one, in this paragraph."""
    g = frames.last_explicit_before(pos)
    if g is None or g.sentence < sid - 2 or g.start == 0:
        return None
    toks = doc.tokens
    if doc.text.count("\n\n", toks[g.start].start, toks[pos].start):
        return None
    # the speaker follows a closing quote: '», raconte Pierre', '," said a commander'
    return g if any(doc.is_punct(k, '"') for k in range(max(0, g.start - 3), g.start)) else None


def _data_phrase(doc: Doc, speaker: tuple[int, int]) -> bool:
    """ "According to preliminary data", "D'après des données préliminaires": figures, not a
    speaker, so they are the post's earlier speaker's, however far back it was named."""
    return STATEMENT in doc.concepts and any(
        STATEMENT in doc.at[k] for k in range(speaker[0], speaker[1])
    )


def _reporter_agent(doc: Doc, t: Trigger, pos: int) -> str:
    """ "Генштаб ВСУ опять «отминусовал» 1 300 наших": a source named as the one who killed, in
    the figure's clause, is whose count it is (a party doing the killing is not: the post says)."""
    if t.concept not in (ELIMINATED, KILLED) or not t.end <= pos or REPORTER not in doc.concepts:
        return SELF
    k = t.start - 1
    while k >= 0 and doc.clause[k] == doc.clause[t.start] and t.start - k <= 6:
        m = doc.ends_at(k + 1, REPORTER)
        if m is not None:
            # the lexicon marks an entry's first part; the rest must be there too: "les gars
            # du groupement « Ouest » ont liquidé" names no battlegroup of Russia's ministry
            # (its press officer speaks for it), only men who act, in the channel's words
            named = reporter_in(doc, m.start, t.start)
            return named if named is not None else SELF
        k -= 1
    return SELF


def _direct(doc: Doc, frames: FrameIndex, sid: int, pos: int) -> bool:
    """Whether a figure is in its speaker's own words: inside quotes, or after "X:"."""
    if quoted(doc, pos):
        return True
    f = frame_for(frames, sid, pos) or frames.lead[sid]
    return f is not None and f.kind == "colon"


def _drafts(
    doc: Doc,
    qs: list[Quantity],
    ts: list[Trigger],
    pairs: dict[int, tuple[Trigger, Trigger | None]],
    frames: FrameIndex,
) -> list[Draft]:
    drafts: list[Draft] = []
    taken: set[int] = set()
    by_q: dict[int, Draft] = {}
    for k, q in enumerate(qs):
        pair = pairs.get(k)
        if pair is None:
            continue
        t, ft = pair
        taken.add(id(t))
        sid = doc.sentence_of[q.fig_start]
        claimant = _claimant(doc, frames, sid, q.fig_start, t)
        scope = scope_of(doc, q, t, ft)
        kind = _kind(t, ft, scope)
        if kind is None:
            continue
        if kind == "killed" and t.concept == LOSS and ft is None and _lists_things(doc, qs, t):
            kind = "casualties"  # "lost 2 tanks and up to 30 men": a tally, the wounded too
        elif kind == "killed" and t.concept == LOSS and _lump_before(doc, t):
            kind = "casualties"  # "убитыми и ранеными россияне потеряли не менее 10": the split
        elif kind == "casualties" and t.concept == LOSS and _mates(doc, q):
            kind = "killed"  # "il dit avoir perdu deux camarades la semaine dernière": comrades
        a, b = min(q.start, t.start), max(q.end, t.end)
        direct = _direct(doc, frames, sid, q.fig_start)
        d = Draft(
            q,
            t,
            ft,
            sid,
            q.fig_start,
            kind,
            q.low,
            q.high,
            q.approx,
            claimant,
            scope,
            span=clause_span(doc, a, b),
            direct=direct,
        )
        drafts.append(d)
        by_q[k] = d
        if q.delta is not None:
            d.scope = "cumulative"
            if t.concept == LOSS and ft is None:
                d.kind = "casualties"
            if q.delta.low == 0:
                continue  # "(+0)": no figure for the day; the running total still stands
            dd = Draft(
                q.delta,
                t,
                ft,
                sid,
                q.delta.fig_start,
                kind,
                q.delta.low,
                q.delta.high,
                False,
                claimant,
                "period",
                span=d.span,
            )
            dd.kind = d.kind
            drafts.append(dd)
    by_start = {t.start: t for t in ts if id(t) not in taken and not t.neg}
    for d in list(drafts):
        t2 = _and_then(doc, d, by_start)
        if t2 is not None:
            # "один ранен и взят в плен", "wounded and taken prisoner": one figure, two fates
            taken.add(id(t2))
            drafts.append(
                replace(d, trigger=t2, kind=_trigger_kind(t2) or "casualties", frame_trigger=None)
            )
    continue_claims(
        doc, qs, ts, pairs, by_q, drafts, lambda sid, pos, t: _claimant(doc, frames, sid, pos, t)
    )
    # zero claims: a negated trigger no figure took
    neg_at = {t.start for t in ts if t.neg}
    for t in ts:
        if t.concept in (LOSS, CASUALTIES) and t.end in neg_at:
            continue  # "Потерь убитыми нет": the word after the losses says their kind, one zero
        if t.neg and id(t) not in taken and t.concept != NONCLAIM and not _serious(doc, t):
            sid = doc.sentence_of[t.start]
            claimant = _claimant(doc, frames, sid, t.start)
            kind = (
                # "не втратила жодного бійця", "did not lose a single soldier": a verb of losing
                # with a person counted is a death toll of none, as it is with a figure
                "killed"
                if t.concept == LOSS and _person_after(doc, t.end)
                else "casualties"
                if t.concept in (LOSS, CASUALTIES)
                else _trigger_kind(t) or "casualties"
            )
            d = Draft(
                None,
                t,
                None,
                sid,
                t.start,
                kind,
                0,
                0,
                False,
                claimant,
                "",
                span=clause_span(doc, t.start, t.end),
                # "Генштаб армии Мали: ..., с нашей стороны потерь нет": the speaker's "our"
                direct=_direct(doc, frames, sid, t.start),
            )
            d.scope = scope_of(doc, None, t, None)
            drafts.append(d)
    drafts.sort(key=lambda d: d.pos)
    _losses_with_dead_part(drafts)
    _losses_beside_wounded(drafts)
    return drop_parts(doc, drafts, qs)


def _serious(doc: Doc, t: Trigger) -> bool:
    """ "aucune perte significative", "без существенных потерь", "no significant losses": a
    word of weight beside the negated word says some were suffered, no toll of none."""
    if SERIOUS not in doc.concepts:
        return False
    n = len(doc.tokens)
    near = (*range(max(0, t.start - 2), t.start), *range(t.end, min(n, t.end + 2)))
    return any(SERIOUS in doc.at[k] for k in near)


def _losses_beside_wounded(drafts: list[Draft]) -> None:
    """ "En trois jours, nous avons perdu onze hommes, et une vingtaine ont été évacués
    blessés", "за неделю потеряли 12 человек, ещё 30 ранены": a tally's verb of losing with the
    wounded given apart in its sentence counts the dead only; the words that split decide."""
    for d in drafts:
        if (
            d.kind == "casualties"
            and d.trigger.concept == LOSS
            and d.frame_trigger is None
            and d.q is not None
            and d.q.delta is None
            and not d.q.part_of
            and any(
                w.kind == "wounded"
                and w.sentence == d.sentence
                and w.q is not None
                and not w.q.part_of
                and w.pos > d.pos
                for w in drafts
            )
        ):
            d.kind = "killed"


def _losses_with_dead_part(drafts: list[Draft]) -> None:
    """ "lost up to 70 troops, of whom more than 30 were killed", "потерял до 90, из них более
    40 убитыми": a loss whose part is the dead lumps the wounded in, so it is casualties."""
    whole: Draft | None = None
    for d in drafts:
        if d.q is None:
            continue
        if not d.q.part_of:
            whole = d if d.trigger.concept == LOSS and d.frame_trigger is None else None
            continue
        if (
            whole is not None
            and whole.kind == "killed"
            and d.sentence == whole.sentence
            and d.kind == "killed"
            and d.trigger.concept != LOSS
        ):
            whole.kind = "casualties"


def _lump_before(doc: Doc, t: Trigger) -> bool:
    """A lump of the dead and the wounded ("убитыми и ранеными", "killed and wounded") put before
    the verb of losing in its clause: the words that split the figure decide its kind."""
    hard = doc.hard[t.start]
    for k in range(max(0, t.start - 6), t.start - 2):
        if doc.hard[k] != hard:
            continue
        m = doc.at[k].get(CASUALTIES)
        if m is not None and m.end - m.start > 1:
            return True
        if KILLED in doc.at[k] and CONJ in doc.at[k + 1] and WOUNDED in doc.at[k + 2]:
            return True
    return False


def _lists_things(doc: Doc, qs: list[Quantity], t: Trigger) -> bool:
    """The loss verb's objects include equipment with a figure of its own, as an item of the
    list ("потерял 2 БТР, танк и до 30 человек", "lost up to 40 servicemen and 12 drones"),
    not in a phrase of place ("near 3 villages")."""
    hard = doc.hard[t.start]
    for q in qs:
        if q.drop not in THINGS or q.start < t.end or doc.hard[q.start] != hard:
            continue
        fig = figure_at(doc, q.fig_start)
        if fig is not None and fig.article and DEF in doc.at[q.fig_start]:
            continue  # "..., près de la frontière malienne": "the" counts nothing
        if any(AUX in doc.at[j] for j in range(q.end, min(q.end + 4, len(doc.tokens)))):
            continue  # "a perdu onze hommes et trois de ses véhicules ont été saisis": its own verb
        k = q.start - 1
        if k < t.end or doc.is_punct(k, ",،") or CONJ in doc.at[k]:
            return True
        if doc.flags(q.start) & CONJ_PREFIX or not _SUBJECT.isdisjoint(doc.at[k]):
            return True  # "وما يصل", "خسر العدو 3 دبابات": the subject between verb and list
    return False


_BOTH: Final = frozenset((WOUNDED, CAPTURED))  # fates one man can share; "killed and wounded" lumps


def _and_then(doc: Doc, d: Draft, by_start: dict[int, Trigger]) -> Trigger | None:
    """The other fate right after d's own verb ("ранен и взят в плен"): "and", then up to
    two words ("взят в", "was") before its trigger."""
    t = d.trigger
    if d.q is None or t.concept not in _BOTH or t.start < d.q.end or t.end >= len(doc.tokens):
        return None
    k = t.end
    if doc.is_punct(k, "—–-"):
        first = k + 1  # "подобрали ранеными — теперь это пленные"
    elif CONJ not in doc.at[k] or RANGE_OR in doc.at[k]:
        return None
    else:
        first = doc.at[k][CONJ].end
    for k in range(first, min(first + 3, len(doc.tokens))):
        t2 = by_start.get(k)
        if t2 is not None:
            return t2 if t2.concept in _BOTH and t2.concept != t.concept else None
        if doc.tokens[k].kind != WORD or CONJ in doc.at[k]:
            return None  # "ранен, и ещё двое взяты в плен": another figure's
    return None


def _person_after(doc: Doc, i: int) -> bool:
    return any(
        not doc.at[k].keys().isdisjoint(_PERSON_WORDS)
        for k in range(i, min(i + 4, len(doc.tokens)))
    )


_PERSON_WORDS: Final = frozenset(("PEOPLE", "SOLDIERS", "MATES"))


def _mates(doc: Doc, q: Quantity) -> bool:
    """The figure counts comrades ("deux camarades", "two of our guys"): one loses them dead,
    unless words of both kinds follow ("deux ou trois gars par semaine, tués ou blessés")."""
    _, e = doc.sentences[doc.sentence_of[q.fig_start]]
    return any(
        "MATES" in doc.at[k] for k in range(q.fig_end, min(q.fig_end + 3, len(doc.tokens)))
    ) and not any(CASUALTIES in doc.at[k] for k in range(q.fig_end, min(q.fig_end + 8, e)))


def _own_loss_told(doc: Doc, d: Draft, side: str | None) -> bool:
    """ "[the rebels] killed dozens over three days of fighting ... The spokesman admitted that
    the movement lost nine of its fighters": a party that tells of its own loss in a fight the
    post told before counts its dead; only a period named in an earlier sentence made it a
    tally, and a party's own count is no tally of the other side's losses."""
    q = d.q
    if q is None or d.kind != "casualties" or d.scope != "period" or d.trigger.concept != LOSS:
        return False
    if d.frame_trigger is not None or d.victim is None or d.victim not in SIDES:
        return False
    if d.claimant != d.victim and not (d.claimant == SELF and d.victim == side):
        return False
    s, e = doc.sentences[d.sentence]
    return not any(
        PERIOD in doc.at[k] or SINCE in doc.at[k] or TOTAL in doc.at[k] for k in range(s, e)
    )


def _kind(t: Trigger, ft: Trigger | None, scope: str) -> str | None:
    if t.concept == LOSS:
        return loss_kind(scope)
    if t.concept == HURT:
        return HURT
    return _trigger_kind(t)


def _trigger_kind(t: Trigger) -> str | None:
    if t.wounds:
        return "wounded"  # "затрёхсотили": a verb of the speaker's side that wounds
    return _KIND.get(t.concept)
