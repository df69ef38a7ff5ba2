"""Language detection for the five languages: the script, then distinctive letters and a few
function words of each language written in that script (all read from the rules modules).
"""

from __future__ import annotations

import re
from typing import Final

from extractors.lang import all_rules

_SCRIPTS: Final = {
    "cyrl": re.compile(r"[\u0400-\u04ff]"),
    "arab": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "latn": re.compile(r"[A-Za-z\u00c0-\u024f]"),
}
_WORD: Final = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_SAMPLE: Final = 4000  # characters looked at: enough for any of these five


def detect(text: str) -> str | None:
    """The language code of `text`, or None when it has no letters of a known script."""
    sample = text[:_SAMPLE]
    counts = {script: len(rx.findall(sample)) for script, rx in _SCRIPTS.items()}
    script = max(counts, key=lambda s: counts[s])
    if counts[script] == 0:
        return None
    candidates = [r for r in all_rules() if r.script == script]
    if len(candidates) == 1:
        return candidates[0].code
    words = [w.lower() for w in _WORD.findall(sample)]
    best, best_score = None, -1.0
    for r in candidates:
        score = sum((2.0 for c in sample.lower() if c in r.letters), 0.0) if r.letters else 0.0
        score += sum((1.0 for w in words if w in r.function_words), 0.0)
        if score > best_score:
            best, best_score = r.code, score
    return best
