"""One rules module per language, each filling the shared concepts of extractors/rules.py.

Adding a language: write `extractors/lang/xx.py` with the same names and add its code here.
"""

from __future__ import annotations

import importlib

from extractors.rules import Rules, compile_rules

CODES: tuple[str, ...] = ("ru", "uk", "en", "ar", "fr")
_COMPILED: dict[str, Rules] = {}


def known(code: str) -> bool:
    return code in CODES


def get_rules(code: str) -> Rules:
    """The compiled rules of language `code` (compiled once)."""
    rules = _COMPILED.get(code)
    if rules is None:
        rules = compile_rules(importlib.import_module(f"extractors.lang.{code}"))
        _COMPILED[code] = rules
    return rules


def all_rules() -> list[Rules]:
    return [get_rules(c) for c in CODES]
