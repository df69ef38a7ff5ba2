"""A claim's bounds written as a figure a reader takes in at a glance."""

from __future__ import annotations

import functools

# The ranges claims-spec.md gives to vague quantity words, and the word for each.
VAGUE_RANGES: dict[tuple[int, int], str] = {
    (2, 9): "several",
    (20, 99): "dozens",
    (200, 999): "hundreds",
    (2000, 9999): "thousands",
    (20000, 99999): "tens of thousands",
}
_VAGUE_TOPS = {high: word for (_, high), word in VAGUE_RANGES.items()}


def number(n: int) -> str:
    return f"{n:,}"


@functools.lru_cache(maxsize=8192)  # a year of claims repeats the same few thousand bounds
def figure(low: int | None, high: int | None, approx: bool) -> str:
    """ "80+", "up to 99 (dozens)", "about 20", "20-99 (dozens)", "0", "54"."""
    if low is None and high is None:
        return "?"
    if low is not None and high is not None and low > high:
        low, high = high, low  # a reversed range from a sloppy source still reads right
    if low is not None and high is None:
        return f"about {number(low)}+" if approx else f"{number(low)}+"
    if low is None and high is not None:
        word = _VAGUE_TOPS.get(high) if approx else None
        if word:
            return f"up to {number(high)} ({word})"
        return f"up to about {number(high)}" if approx else f"up to {number(high)}"
    assert low is not None and high is not None
    if low == high:
        if low == 0:
            return "0"
        return f"about {number(low)}" if approx else number(low)
    word = VAGUE_RANGES.get((low, high)) if approx else None
    if word:
        return f"{number(low)}-{number(high)} ({word})"
    return f"about {number(low)}-{number(high)}" if approx else f"{number(low)}-{number(high)}"


def is_vague(low: int | None, high: int | None, approx: bool) -> bool:
    """A vague quantity word ("dozens", "no more than dozens") rather than a number."""
    if not approx:
        return False
    if low is not None and high is not None:
        return (low, high) in VAGUE_RANGES
    return high is not None and low is None and high in _VAGUE_TOPS


def ratio_text(value: float | None) -> str:
    """ "×4", "×1.5", "n/a": how many times one side's figure is the other's."""
    if value is None:
        return "n/a"
    text = f"{value:.0f}" if value >= 10 else f"{value:.1f}".removesuffix(".0")
    return f"×{text}"
