"""Pure text to casualty claims (shared/claims-spec.md). No I/O happens in this package."""

from __future__ import annotations

from extractors.claim import Claim

EXTRACTOR_VERSION = "0.0.0"


def extract(text: str, *, lang: str | None = None, channel_side: str | None = None) -> list[Claim]:
    """Every casualty claim `text` states, as a set in order of appearance."""
    del text, lang, channel_side
    return []


__all__ = ["EXTRACTOR_VERSION", "Claim", "extract"]
