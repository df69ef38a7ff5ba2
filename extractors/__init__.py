"""Pure text to casualty claims (shared/claims-spec.md). No I/O happens in this package.

    extract(text, lang=None, channel_side=None) -> list[Claim]

`lang` is an ISO 639-1 code (ru, uk, en, ar, fr), detected when absent; `channel_side` is
the actor id of the channel's side, which decides who "the enemy" and "our losses" are.
"""

from __future__ import annotations

from extractors._native import activate

# A compiled build of these very sources, if `make native` made one (extractors/_native.py).
NATIVE = activate(__path__)

from extractors.claim import Claim  # noqa: E402
from extractors.engine import run  # noqa: E402

EXTRACTOR_VERSION = "1.22.1"  # bump whenever the rules change: stored claims are re-extracted


def extract(text: str, *, lang: str | None = None, channel_side: str | None = None) -> list[Claim]:
    """Every casualty claim `text` states, as a set in order of appearance."""
    claims, _ = run(text, lang, channel_side)
    return claims


def extract_with_lang(
    text: str, *, lang: str | None = None, channel_side: str | None = None
) -> tuple[list[Claim], str | None]:
    """The claims and the language the text was read in (detected when `lang` is None)."""
    return run(text, lang, channel_side)


__all__ = ["EXTRACTOR_VERSION", "NATIVE", "Claim", "extract", "extract_with_lang"]
