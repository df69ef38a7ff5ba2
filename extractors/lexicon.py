"""Lexicon matching: which entries of a language's rules start at each token.

Atoms: a word (equal to one of the token's keys), a stem "xyz*" (a prefix of one), "#" (any
number token) and "@" (any date/other token). Quote marks between the words of a phrase are
skipped ('по данным «Русича»' still reads "по данным").
"""

from __future__ import annotations

from typing import Final

from extractors.morph import Info, analyse
from extractors.rules import Entry, Rules
from extractors.tokens import GLUED, NUM, OTHER, PUNCT, WORD, Tok

_QUOTES: Final = frozenset("\"'")
_NO_INFO: Final = Info((), 0)


class Match:
    __slots__ = ("concept", "start", "end", "payload")

    def __init__(self, concept: str, start: int, end: int, payload: object) -> None:
        self.concept = concept
        self.start = start  # token index
        self.end = end  # token index, exclusive
        self.payload = payload

    def __repr__(self) -> str:
        return f"Match({self.concept}, {self.start}, {self.end}, {self.payload!r})"


def analyse_tokens(
    tokens: list[Tok], rules: Rules, numbers: list[int] | None = None
) -> list[tuple[int, _Candidates]]:
    """Fill every token's `info` (its keys and grammar flags); return the tokens that may start
    a lexicon entry, with the entries they may start. The indices of digit tokens (plain or
    glued to letters) go to `numbers`."""
    analyzer, clitics = rules.analyzer, rules.clitics
    # lowercase text -> (Info, _Candidates or None when it starts nothing): the text decides both
    cache = rules.info_cache
    get = cache.get
    starts: list[tuple[int, _Candidates]] = []
    append = starts.append
    if numbers is None:
        numbers = []
    digits = _numbers(rules)
    number_starts = not digits.nothing  # whether any entry starts with a number
    for i, t in enumerate(tokens):
        kind = t.kind
        if kind == NUM:
            t.info = _NO_INFO
            if number_starts:
                append((i, digits))
            numbers.append(i)
            continue
        if kind == OTHER:
            t.info = _NO_INFO
            continue
        if kind == GLUED:
            numbers.append(i)
        # no word is punctuation or has digits: PUNCT and GLUED share the cache without clashing
        low = t.low
        pair = get(low)
        if pair is None:
            if kind == WORD:
                info = analyse(low, analyzer, clitics)
            else:
                info = Info((low,), 0)
            cand = _Candidates(_first_atom_entries(rules, info.keys))
            pair = (info, None if cand.nothing else cand)
            if len(cache) > 200_000:  # bounded: a stream of new words must not grow it forever
                cache.clear()
            cache[low] = pair
        t.info = pair[0]
        if pair[1] is not None:
            append((i, pair[1]))
    return starts


def _numbers(rules: Rules) -> _Candidates:
    hit: _Candidates | None = rules.candidate_cache.get("#")
    if hit is None:
        hit = rules.candidate_cache["#"] = _Candidates(tuple(rules.exact.get("#", ())))
    return hit


class _Candidates:
    """The entries a word may start, split for speed: one-word entries match at once; longer
    ones are looked up by their second word (or tried when it is a stem or a wildcard)."""

    __slots__ = (
        "singles",
        "plain",
        "by_second",
        "others",
        "nothing",
        "longer",
        "others_for",
        "after",
    )

    def __init__(self, entries: tuple[Entry, ...]) -> None:
        self.singles = tuple(e for e in entries if len(e.atoms) == 1)
        # without case-exact atoms, the first one-word entry of each concept is all that counts
        self.plain: tuple[tuple[str, object], ...] | None = None
        if not any(e.atoms[0][0] == "=" for e in self.singles):
            firsts: dict[str, object] = {}
            for e in self.singles:
                firsts.setdefault(e.concept, e.payload)
            self.plain = tuple(firsts.items())
        # second word -> its entries, each with whether it is two words and no exact spelling
        # (then the second word's key alone decides the match)
        self.by_second: dict[str, list[tuple[Entry, bool]]] = {}
        others: list[Entry] = []
        for e in entries:
            if len(e.atoms) == 1:
                continue
            second = e.atoms[1]
            if second[-1] == "*" or second in ("#", "@", "?") or second[0] == "=":
                others.append(e)
            else:
                pair = len(e.atoms) == 2 and e.atoms[0][0] != "="
                self.by_second.setdefault(second, []).append((e, pair))
        self.others = tuple(others)
        # by the kind of the token after: the entries whose second atom may match it there
        self.others_for = tuple(
            tuple(e for e in others if _may_match(e.atoms[1], kind)) for kind in _KINDS
        )
        self.longer = bool(self.by_second or self.others)
        self.nothing = not (self.singles or self.longer)
        # the next token's (kind, spelling, lowercase) -> longer_with's answer for it
        self.after: dict[tuple[int, str, str], tuple[tuple[Entry, bool], ...]] = {}

    def longer_with(self, nxt: Tok) -> tuple[tuple[Entry, bool], ...]:
        """The longer entries whose second atom matches `nxt` (the next token but quotes), in
        the order they are tried, each with whether those two words alone match it (else
        `_verify` reads on). The answer depends on the token's spelling only."""
        found: list[tuple[Entry, bool]] = [
            (e, len(e.atoms) == 2 and e.atoms[0][0] != "=")
            for e in self.others_for[nxt.kind]
            if atom_matches(e.atoms[1], nxt)
        ]
        info = nxt.info
        if self.by_second and isinstance(info, Info):
            for k in info.keys:
                found.extend(self.by_second.get(k, ()))
        return tuple(found)


def _longer_with(cand: _Candidates, nxt: Tok, rules: Rules) -> tuple[tuple[Entry, bool], ...]:
    """`cand.longer_with(nxt)`, kept in `cand.after`. The candidates live in the word and
    number caches: past a budget of kept answers those start afresh, and these with them."""
    rules.follow_kept += 1
    if rules.follow_kept > 500_000:
        rules.follow_kept = 0
        rules.info_cache.clear()  # (this post's words keep the candidates they have)
        rules.candidate_cache.clear()
    tries = cand.after[(nxt.kind, nxt.text, nxt.low)] = cand.longer_with(nxt)
    return tries


_KINDS: Final = (WORD, NUM, PUNCT, GLUED, OTHER)
assert _KINDS == tuple(range(len(_KINDS)))  # token kinds index `others_for`


def _may_match(atom: str, kind: int) -> bool:
    """Whether `atom_matches(atom, tok)` can be true for a token of this kind (numbers and
    dates carry no keys; see analyse_tokens)."""
    if atom == "#":
        return kind == NUM
    if atom == "@":
        return kind == OTHER
    if atom == "?":
        return kind in (WORD, NUM)
    if atom.startswith("=") and len(atom) > 1:
        return True
    return kind not in (NUM, OTHER)


def _first_atom_entries(rules: Rules, keys: tuple[str, ...]) -> tuple[Entry, ...]:
    """Entries whose first atom matches one of `keys`, cached per word."""
    cache = rules.entry_cache
    hit = cache.get(keys)
    if hit is not None:
        return hit
    found: list[Entry] = []
    seen: set[int] = set()
    for key in keys:
        for e in rules.exact.get(key, ()):
            if id(e) not in seen:
                seen.add(id(e))
                found.append(e)
        n = len(key)
        for length in rules.stem_lengths:
            if length > n:
                break
            for e in rules.stems.get(key[:length], ()):
                if id(e) not in seen:
                    seen.add(id(e))
                    found.append(e)
    if len(cache) > 200_000:  # a bounded cache: a stream of new words must not grow it forever
        cache.clear()
    result = tuple(found)
    cache[keys] = result
    return result


def atom_matches(atom: str, tok: Tok) -> bool:
    if atom == "#":
        return tok.kind == NUM
    if atom == "@":
        return tok.kind == OTHER
    if atom == "?":
        return tok.kind in (WORD, NUM)
    if atom.startswith("=") and len(atom) > 1:
        return tok.text == atom[1:]
    info = tok.info
    if not isinstance(info, Info):
        return False
    if atom[-1] == "*" and len(atom) > 1:
        stem = atom[:-1]
        for k in info.keys:
            if k.startswith(stem):
                return True
        return False
    return atom in info.keys


def match_all(
    tokens: list[Tok], rules: Rules, numbers: list[int] | None = None
) -> tuple[list[dict[str, Match]], dict[int, list[Match]], list[int], dict[str, list[int]]]:
    """For each token index the longest match of each concept starting there; for each index
    the matches ending there (only where some do); the indices where some match starts; for
    each concept, the indices where a match of it starts (the steps that look for a few
    concepts walk these instead of every match). The digit tokens' indices go to `numbers`."""
    n = len(tokens)
    at: list[dict[str, Match]] = [_EMPTY] * n  # shared and never written: most words match nothing
    ending: dict[int, list[Match]] = {}
    matched: list[int] = []
    where: dict[str, list[int]] = {}
    for i, cand in analyse_tokens(tokens, rules, numbers):
        plain = cand.plain
        if plain is not None:
            if not plain:
                slot: dict[str, Match] = {}
            else:
                stop = i + 1
                after = ending.setdefault(stop, [])  # a longer match may end here already
                if len(plain) == 1:  # most words: one concept
                    concept, payload = plain[0]
                    m = Match(concept, i, stop, payload)
                    slot = {concept: m}
                    after.append(m)
                    if not cand.longer:
                        at[i] = slot
                        matched.append(i)
                        indices = where.get(concept)
                        if indices is None:
                            where[concept] = [i]
                        else:
                            indices.append(i)
                        continue
                else:
                    slot = {}
                    for concept, payload in plain:
                        slot[concept] = m = Match(concept, i, stop, payload)
                        after.append(m)
        else:
            slot = {}
            text = tokens[i].text
            for e in cand.singles:
                first = e.atoms[0]
                if first[0] == "=" and text != first[1:]:
                    continue
                m = Match(e.concept, i, i + 1, e.payload)
                if e.concept not in slot:
                    slot[e.concept] = m
                ending.setdefault(i + 1, []).append(m)
        if cand.longer:
            j = i + 1
            while j < n and tokens[j].kind == PUNCT and tokens[j].text in _QUOTES:
                j += 1
            if j < n:
                # the longer entries this word may start, by the spelling of the word after
                nxt = tokens[j]
                tries = cand.after.get((nxt.kind, nxt.text, nxt.low))
                if tries is None:
                    tries = _longer_with(cand, nxt, rules)
                for e, pair in tries:
                    # a two-word entry whose second word is this one: matched
                    end = j + 1 if pair else _verify(e, tokens, i, n)
                    if end:
                        _add(slot, ending, Match(e.concept, i, end, e.payload))
        if slot:
            at[i] = slot
            matched.append(i)
            for concept in slot:
                indices = where.get(concept)
                if indices is None:
                    where[concept] = [i]
                else:
                    indices.append(i)
    return at, ending, matched, where


def _add(slot: dict[str, Match], ending: dict[int, list[Match]], m: Match) -> None:
    old = slot.get(m.concept)
    if old is None or m.end > old.end:
        slot[m.concept] = m
    ending.setdefault(m.end, []).append(m)


def _verify(e: Entry, tokens: list[Tok], i: int, n: int) -> int:
    """Where entry e ends if it matches at token i (0 if it does not)."""
    atoms = e.atoms
    if atoms[0][0] == "=" and tokens[i].text != atoms[0][1:]:
        return 0
    j = i + 1
    for atom in atoms[1:]:
        while j < n and tokens[j].kind == PUNCT and tokens[j].text in _QUOTES:
            j += 1
        if j >= n or not atom_matches(atom, tokens[j]):
            return 0
        j += 1
    return j


_EMPTY: Final[dict[str, Match]] = {}
