"""The analysed post every step reads: tokens, lexicon matches by position, sentences, clauses."""

from __future__ import annotations

import bisect
from typing import Any, Final
from unicodedata import category

from extractors.lexicon import Match, match_all
from extractors.morph import VERB, Info
from extractors.rules import (
    CASUALTIES,
    FIGHTERS,
    LOSS,
    MERCENARIES,
    MILITANTS,
    REBELS,
    SOLDIERS,
    SUMMARY,
    TRIGGER_SET,
    WHILE,
    Rules,
)
from extractors.tokens import NUM, OTHER, PUNCT, WORD, Tok

_SENTENCE_END: Final = frozenset(".!?…")
_SOFT: Final = frozenset(",;:()[]|•▪►●◾◽■□▫✅❗⚡🔥🔴📌➡️👉—-،؛")
_HARD: Final = frozenset(";؛|")
_BULLETS: Final = frozenset("•▪►●◾◽■□▫✅❗⚡🔥🔴📌➡👉🔹🔸🔻🔺➖-—–*·")
_NONE: Final[list[int]] = []
_CODES: Final = {
    "200": "KILLED",
    "300": "WOUNDED",
}  # "груз 200", the front's codes  # shared and never written: a concept the post does not hold


_COUNTS: Final = frozenset(("NUMBER", "NEG"))  # a count before a quoted code: a number or none


def _bullet(t: Tok) -> bool:
    return t.kind in (PUNCT, OTHER) and t.text[:1] in _BULLETS


def _joined_names(tokens: list[Tok], at: list[dict[str, Match]], rules: Rules) -> list[Tok] | None:
    """ "une colonne FAMa-Wagner", "the FAMa-Wagner column": two parties' names joined by a
    hyphen name a joint force, each of the two, where the whole word is no name of its own
    ("CSP-DPA" is one party's). The tokens with each such word split into its names (no
    hyphen token between them: "FAMa Wagner"), or None when there is none."""
    out: list[Tok] | None = None
    for i, t in enumerate(tokens):
        pieces = _names_of(t, at[i], rules)
        if pieces is not None and out is None:
            out = tokens[:i]
        if out is not None:
            out.extend(pieces if pieces is not None else (t,))
    return out


_S_FIGHTER_WORDS: Final = frozenset((MILITANTS, SOLDIERS, FIGHTERS, MERCENARIES, REBELS))


def _names_of(t: Tok, at: dict[str, Match], rules: Rules) -> list[Tok] | None:
    """The names a hyphenated word joins, each a different party's, or None."""
    if t.kind != WORD or "-" not in t.text or "ACTOR" in at:
        return None
    parts = t.text.split("-")
    named = all(p[:1].isupper() for p in parts)
    if not named and (at or len(parts) != 2 or not all(parts)):
        return None  # "peut-être", "russo-ukrainien": words of their own
    pieces: list[Tok] = []
    pos = t.start
    for p in parts:
        pieces.append(Tok(pos, pos + len(p), p, WORD))
        pos += len(p) + 1
    found = match_all(pieces, rules)[0]
    if not named:
        # "боевиков-туарегов": a word for fighters and, hyphened to it, a party's name, no
        # word of its own: the party's fighters
        first, second = found
        if "ACTOR" in second and not _S_FIGHTER_WORDS.isdisjoint(first) and "ACTOR" not in first:
            return pieces
        return None
    names = [
        m.payload for m in (a.get("ACTOR") for a in found) if m is not None and m.end - m.start == 1
    ]
    if len(names) != len(parts) or len(set(names)) != len(names):
        return None
    return pieces


class Doc:
    """One post, normalised, tokenised and matched against its language's lexicon."""

    def __init__(self, text: str, tokens: list[Tok], rules: Rules, breaks: bool = False) -> None:
        self.breaks = (
            breaks  # tokens come from separate windows: a gap of skipped text ends a sentence
        )
        self.text = text
        self.tokens = tokens
        self.rules = rules
        n = len(tokens)
        self.at: list[dict[str, Match]]
        self.ending: dict[int, list[Match]]  # token index -> the matches ending there
        self.matched: list[int]  # the token indices where some match starts: loops walk these
        self.where: dict[str, list[int]]  # concept -> the token indices where it starts
        self.numbers: list[int] = []  # the indices of digit tokens
        self.at, self.ending, self.matched, self.where = match_all(tokens, rules, self.numbers)
        joined = _joined_names(tokens, self.at, rules)
        if joined is not None:
            tokens = self.tokens = joined
            n = len(tokens)
            self.numbers = []
            self.at, self.ending, self.matched, self.where = match_all(tokens, rules, self.numbers)
        # every concept the post holds: a step whose words are absent is skipped at once
        if "OTHER_ACTOR" in self.where and "ACTOR" in self.where:
            self._outside_names()
        self._quoted_codes()
        self.concepts: set[str] = set(self.where)
        at = self.at
        # words inside a multi-word name ("Africa Corps", "Сил спеціальних операцій") are only the name
        self.name_inner: set[int] = set()
        for concept in ("ACTOR", "REPORTER"):
            for i in self.where.get(concept, ()):
                m = at[i][concept]
                if m.end - m.start > 1:
                    self.name_inner.update(range(m.start + 1, m.end))
        self.speakers: set[int] = set()  # tokens of claimant phrases, filled by the frames
        self.figures: dict[int, Any] = {}  # figure_at's answers, by token index
        self.context: dict[str, int] = {}  # how often each country an "army" may be is named
        self.hired: str | None = None  # whom "mercenaries" name in the post's theatre
        self.side: str | None = None  # the channel's side, when the caller gives one
        self.opened: list[bool] | None = None  # per sentence: a period opened before it carries
        self.scope_marks: list[int] | None = None  # where period and since markers stand
        self.period_before: list[bool] | None = None  # per sentence: a period named before it
        self.titled_period: bool | None = None  # the title line dates the claims below it
        self.sentence_of = [0] * n
        self.sentences: list[tuple[int, int]] = []
        self.headers: dict[int, int] = {}  # sentence index -> index of its header line
        self.clause = [0] * n  # soft clause number (commas, colons, dashes)
        self.hard = [0] * n  # hard clause number (";", "while", sentence)
        self._split()

    def _quoted_codes(self) -> None:
        """ "241 — «200», 177 — «300»", "57 (200) / 83 (300)": the front's codes for the dead
        and the wounded, in quotes or brackets, are words of harm, not figures."""
        toks = self.tokens
        for i in self.numbers:
            code = _CODES.get(toks[i].text)
            if code is None or i + 1 >= len(toks):
                continue
            if i + 2 < len(toks) and self._line_code(i):
                pass  # "☠️ 200 – 378": a tally line opened by the code, its figure after a dash
            elif i == 0 or (toks[i - 1].text, toks[i + 1].text) not in (('"', '"'), ("(", ")")):
                continue  # "«200»", "57 (200) / 83 (300)"
            elif not any(
                toks[j].kind == NUM or not _COUNTS.isdisjoint(self.at[j])
                for j in range(max(0, i - 4), i - 1)
            ):
                # the code follows the count it qualifies ("deux « 300 »" in words too, and none:
                # "zéro « 200 »", "ноль «200»"); "أكثر من (٣٠٠)" is a figure
                continue
            m = Match(code, i, i + 1, None)
            self.at[i] = {**self.at[i], code: m}
            self.ending.setdefault(i + 1, []).append(m)
            bisect.insort(self.where.setdefault(code, []), i)
            if i not in self.matched:
                bisect.insort(self.matched, i)

    def _line_code(self, i: int) -> bool:
        """The code opens its line (after a pictograph or a bullet at most) and a dash or a
        colon and a figure follow it: "☠️ 200 – 378", "🩸 300: 241"."""
        toks, text = self.tokens, self.text
        if not (toks[i + 1].kind == PUNCT and toks[i + 1].text in "-:" and toks[i + 2].kind == NUM):
            return False
        start = text.rfind("\n", 0, toks[i].start) + 1
        return not any(ch.isalnum() for ch in text[start : toks[i].start])

    def _outside_names(self) -> None:
        """A table alias inside a longer name of a party outside the table is that party:
        "الجيش الوطني" is Sudan's army, "الجيش الوطني الصومالي" Somalia's, no one's here."""
        at = self.at
        spans = [
            (at[i]["OTHER_ACTOR"].start, at[i]["OTHER_ACTOR"].end)
            for i in self.where["OTHER_ACTOR"]
        ]
        keep: list[int] = []
        for i in self.where["ACTOR"]:
            m = at[i]["ACTOR"]
            if any(s <= m.start and m.end <= e and e - s > m.end - m.start for s, e in spans):
                slot = dict(at[i])
                del slot["ACTOR"]
                at[i] = slot
                self.ending[m.end] = [x for x in self.ending.get(m.end, ()) if x is not m]
            else:
                keep.append(i)
        if keep:
            self.where["ACTOR"] = keep
        else:
            del self.where["ACTOR"]

    # -- lookups -----------------------------------------------------------------------
    def starts_of(self, concept: str) -> list[int]:
        """The token indices where a match of `concept` starts, in order (do not modify)."""
        return self.where.get(concept, _NONE)

    def starts(self, concepts: frozenset[str]) -> list[int]:
        """The token indices where a match of one of `concepts` starts, in order."""
        where = self.where
        found = [where[c] for c in concepts if c in where]
        if len(found) <= 1:
            return list(found[0]) if found else []
        return sorted(set().union(*found))

    def in_sentence(self, concept: str, sentence: int) -> bool:
        """Whether a match of `concept` starts inside sentence number `sentence`."""
        return any(self.sentence_of[k] == sentence for k in self.where.get(concept, _NONE))

    def has(self, i: int, concept: str) -> Match | None:
        if 0 <= i < len(self.tokens):
            return self.at[i].get(concept)
        return None

    def ends_at(self, j: int, *concepts: str) -> Match | None:
        """The longest match of one of `concepts` ending exactly at token index `j`."""
        best: Match | None = None
        ending = self.ending.get(j)
        if ending is not None:
            for m in ending:
                if m.concept in concepts and (best is None or m.start < best.start):
                    best = m
        return best

    def flags(self, i: int) -> int:
        info = self.tokens[i].info
        return info.flags if isinstance(info, Info) else 0

    def is_punct(self, i: int, chars: str | frozenset[str] | None = None) -> bool:
        t = self.tokens[i]
        return t.kind == PUNCT and (chars is None or t.text in chars)

    def gap_has_newline(self, i: int, j: int) -> bool:
        """Whether the text between token i's end and token j's start holds a line break."""
        return "\n" in self.text[self.tokens[i].end : self.tokens[j].start]

    # -- structure ---------------------------------------------------------------------
    def _split(self) -> None:
        toks, n = self.tokens, len(self.tokens)
        if not n:
            return
        abbreviations = self.rules.abbreviations
        start = 0
        sid = 0
        bounds: list[tuple[int, int]] = []
        text = self.text
        nl = text.find("\n")  # the next line break at or after the current token's end
        sentence_of, breaks = self.sentence_of, self.breaks
        for i in range(n - 1):
            tok, nxt = toks[i], toks[i + 1]
            sentence_of[i] = sid
            if nl != -1 and nl < tok.end:
                nl = text.find("\n", tok.end)
            if (nl != -1 and nl < nxt.start) or (
                breaks
                and nxt.start - tok.end > 1
                and any(ch in ".!?…" for ch in text[tok.end : nxt.start])
            ):
                pass  # a line break, or skipped text between windows, ends the sentence
            elif tok.kind == PUNCT and tok.text in _SENTENCE_END:
                prev = toks[i - 1] if i else None
                abbrev = (
                    tok.text == "."
                    and prev is not None
                    and prev.kind == WORD
                    and (prev.low in abbreviations or (len(prev.text) == 1 and prev.text.isupper()))
                )
                first = nxt.text[:1]
                starts_upper = first.isupper() or nxt.kind in (NUM, OTHER, PUNCT)
                caseless = first.isalpha() and first.lower() == first.upper()  # Arabic script
                if abbrev or not (starts_upper or caseless):
                    continue
            elif not (
                # "... selon le gouverneur 💔 Douze immeubles": a pictograph between a word and a
                # capitalised one ends a sentence, as Telegram posts use them
                _pictograph(tok)
                and i > 0
                and nxt.kind == WORD
                and nxt.text[:1].isupper()
                # "surrendered 🙋‍♂️ Zero losses": a pictograph of several signs is one
                and toks[_before_pictographs(toks, i)].kind in (WORD, NUM)
            ):
                continue
            bounds.append((start, i + 1))
            start = i + 1
            sid += 1
        sentence_of[n - 1] = sid
        if start < n:
            bounds.append((start, n))
        self.sentences = bounds
        # A line ending with ":" heads the lines below it until a blank line.
        header: int | None = None
        for k, (s, e) in enumerate(bounds):
            if header is not None:
                if (
                    self.gap_has_newline(s - 1, s)
                    and self.text.count("\n", toks[s - 1].end, toks[s].start) > 1
                ):
                    header = None
                else:
                    self.headers[k] = header
            if toks[e - 1].kind == PUNCT and toks[e - 1].text == ":":
                header = k
            elif k + 1 < len(bounds) and self._heads_list(s, e, *bounds[k + 1]):
                header = k
        clause = hard = 0
        clauses, hards, at = self.clause, self.hard, self.at
        whiles = WHILE in self.concepts  # most posts have no "while" word to look up
        for s, e in bounds:
            hard += 1
            clause += 1
            for i in range(s, e):
                t = toks[i]
                if t.kind == PUNCT:
                    if t.text in _SOFT and (t.text not in "-—" or self._spaced(i)):
                        clause += 1
                        if t.text in _HARD:
                            hard += 1
                elif whiles and WHILE in at[i] and not self._joins(i) and not self._in_verb(i):
                    clause += 1
                    hard += 1
                clauses[i] = clause
                hards[i] = hard

    def _joins(self, i: int) -> bool:
        """ "а также" (as well as) starts with "а" (while): the longer words join a figure to
        the one before ("погибли 1 383 мирных жителя, а также около 230 силовиков"), not
        contrast; before a verb they open a predicate of its own ("а также взяли в плен")."""
        c = self.at[i].get("CONJ")
        if c is None or c.end <= self.at[i][WHILE].end:
            return False
        return c.end < len(self.tokens) and not self.flags(c.end) & VERB

    def _in_verb(self, i: int) -> bool:
        """ "cinq soldats auraient pourtant été tués", "were however killed": a one-word
        "however" between a verb and its auxiliary or participle is an adverb inside the verb
        group, no boundary (not "20 morts, mais 15 blessés")."""
        m = self.at[i][WHILE]
        if m.end != i + 1 or i == 0 or m.end >= len(self.tokens):
            return False
        if self.tokens[i - 1].kind == PUNCT or self.tokens[i + 1].kind != WORD:
            return False
        nxt = self.at[i + 1]
        return "AUX" in nxt or ("AUX" in self.at[i - 1] and not TRIGGER_SET.isdisjoint(nxt))

    def _heads_list(self, s: int, e: int, nxt: int, nxt_end: int) -> bool:
        """A toll's title line with no colon over bulleted lines ("الحصيلة الأسبوعية لضحايا
        القصف ... من المدنيين (١٤ – ٢٠ يونيو)" then "▪️ الشهداء: ٢٦"): it names a toll and is
        no bullet itself, and the line after it (tokens nxt..nxt_end) starts with a bullet. A
        line that ends a sentence heads only a tally's lines of bare figures."""
        toks = self.tokens
        if not self.gap_has_newline(nxt - 1, nxt) or not _bullet(toks[nxt]) or _bullet(toks[s]):
            return False
        if toks[e - 1].kind == PUNCT and toks[e - 1].text in _SENTENCE_END:
            # "les forces ukrainiennes ont perdu jusqu'à 1 460 militaires en 24 heures." over
            # "— groupement Nord : jusqu'à 190": a tally's sentence heads its sectors' lines;
            # not a digest's items that name their own toll ("— Odessa : 2 morts après une
            # frappe"), news of their own under a sentence that happens to tell a loss
            if any(not self.at[i].keys().isdisjoint(TRIGGER_SET) for i in range(nxt, nxt_end)):
                return False
            return any(LOSS in self.at[i] or CASUALTIES in self.at[i] for i in range(s, e))
        # "Сводка МО по направлениям за сутки 📊": a summary's title heads its lines too
        return any(
            not self.at[i].keys().isdisjoint(TRIGGER_SET) or SUMMARY in self.at[i]
            for i in range(s, e)
        )

    def _spaced(self, i: int) -> bool:
        t = self.tokens[i]
        before = t.start == 0 or self.text[t.start - 1].isspace()
        after = t.end >= len(self.text) or self.text[t.end].isspace()
        return before and after


def _before_pictographs(toks: list[Tok], i: int) -> int:
    """The token before the run of pictographs that ends at token i (0 at the start)."""
    j = i - 1
    while j > 0 and _pictograph(toks[j]):
        j -= 1
    return j


def _pictograph(tok: Tok) -> bool:
    """An emoji or another symbol sign ("💔", "🙋"), which Telegram posts use as punctuation."""
    return tok.kind == PUNCT and tok.text >= "\u2190" and category(tok.text) == "So"
