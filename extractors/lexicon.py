"""Lexicon matching: which entries of a language's rules start at each token.

Atoms: a word (equal to one of the token's keys), a stem "xyz*" (a prefix of one), "#" (any
number token) and "@" (any date/other token). Quote marks between the words of a phrase are
skipped ('по данным «Русича»' still reads "по данным").
"""

from __future__ import annotations

from extractors.morph import Info, analyse
from extractors.rules import Entry, Rules
from extractors.tokens import GLUED, NUM, OTHER, PUNCT, WORD, Tok

_QUOTES = frozenset("\"'")
_NO_INFO = Info((), 0)


class Match:
    __slots__ = ("concept", "start", "end", "payload")

    def __init__(self, concept: str, start: int, end: int, payload: object) -> None:
        self.concept = concept
        self.start = start  # token index
        self.end = end  # token index, exclusive
        self.payload = payload

    def __repr__(self) -> str:
        return f"Match({self.concept}, {self.start}, {self.end}, {self.payload!r})"


def analyse_tokens(tokens: list[Tok], rules: Rules) -> None:
    """Fill every token's `info` (its keys and grammar flags)."""
    analyzer, clitics = rules.analyzer, rules.clitics
    cache = rules.info_cache
    for t in tokens:
        if t.kind == WORD:
            info = cache.get(t.low)
            if info is None:
                info = analyse(t.low, analyzer, clitics)
                if len(cache) > 200_000:  # bounded: a stream of new words must not grow it forever
                    cache.clear()
                cache[t.low] = info
            t.info = info
        elif t.kind in (PUNCT, GLUED):
            t.info = Info((t.low,), 0)
        else:
            t.info = _NO_INFO


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


def match_all(tokens: list[Tok], rules: Rules) -> tuple[list[dict[str, Match]], list[list[Match]]]:
    """For each token index the longest match of each concept starting there, and for each
    index the matches ending there."""
    n = len(tokens)
    at: list[dict[str, Match]] = [_EMPTY] * n  # shared and never written: most words match nothing
    ending: list[list[Match]] = [[] for _ in range(n + 1)]
    numbers_first = tuple(rules.exact.get("#", ()))
    for i, tok in enumerate(tokens):
        info = tok.info
        if tok.kind == NUM:
            entries: tuple[Entry, ...] = numbers_first
        elif isinstance(info, Info) and info.keys:
            entries = _first_atom_entries(rules, info.keys)
        else:
            continue
        if not entries:
            continue
        slot: dict[str, Match] = {}
        for e in entries:
            atoms = e.atoms
            if atoms[0][0] == "=" and tok.text != atoms[0][1:]:
                continue
            j = i + 1
            if len(atoms) > 1:
                ok = True
                for atom in atoms[1:]:
                    while j < n and tokens[j].kind == PUNCT and tokens[j].text in _QUOTES:
                        j += 1
                    if j >= n or not atom_matches(atom, tokens[j]):
                        ok = False
                        break
                    j += 1
                if not ok:
                    continue
            m = Match(e.concept, i, j, e.payload)
            old = slot.get(e.concept)
            if old is None or j > old.end:
                slot[e.concept] = m
            ending[j].append(m)
        if slot:
            at[i] = slot
    return at, ending


_EMPTY: dict[str, Match] = {}
