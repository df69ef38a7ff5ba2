"""Topics compiled once, then matched against any number of texts.

A keyword is one or more words; it matches where its words appear in a row,
each word matching under `stems.keys`. A topic's optional window (ISO UTC
instants, start inclusive, end exclusive) bounds the posts it can take; a post
without a date is not excluded by it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.topics.normalise import words
from bot.topics.stems import keys

Phrase = tuple[frozenset[str], ...]


@dataclass(frozen=True, slots=True)
class TopicSpec:
    id: int
    name: str
    keywords: tuple[str, ...]
    starts_at: str | None = None  # ISO 8601 UTC, inclusive
    ends_at: str | None = None  # ISO 8601 UTC, exclusive


class TopicMatcher:
    def __init__(self, topics: Iterable[TopicSpec]) -> None:
        self.topics = {t.id: t for t in topics}
        # First-word key -> (topic id, the rest of the phrase).
        self._index: dict[str, list[tuple[int, Phrase]]] = {}
        for topic in self.topics.values():
            for keyword in topic.keywords:
                phrase = tuple(keys(w) for w in words(keyword))
                if not phrase:
                    continue
                for key in phrase[0]:
                    self._index.setdefault(key, []).append((topic.id, phrase[1:]))

    def __bool__(self) -> bool:
        return bool(self._index)

    def in_window(self, topic_id: int, date: str | None) -> bool:
        topic = self.topics[topic_id]
        if date is None:
            return True
        stamp = _utc(date)
        if topic.starts_at and stamp < topic.starts_at:
            return False
        return not (topic.ends_at and stamp >= topic.ends_at)

    def match(self, text: str, date: str | None = None) -> list[int]:
        """Ids of the topics whose keywords `text` contains, within their windows."""
        if not self._index or not text:
            return []
        seq = [keys(w) for w in words(text)]
        found: set[int] = set()
        for i, here in enumerate(seq):
            for key in here:
                for topic_id, rest in self._index.get(key, ()):
                    if topic_id in found or i + len(rest) >= len(seq):
                        continue
                    if all(rest[j] & seq[i + 1 + j] for j in range(len(rest))):
                        found.add(topic_id)
        return sorted(t for t in found if self.in_window(t, date))

    def names(self, ids: Sequence[int]) -> list[str]:
        return [self.topics[i].name for i in ids]


def _utc(date: str) -> str:
    """Dates stored by the store are ISO UTC already; a bare day becomes its midnight."""
    if len(date) == 10:
        return date + "T00:00:00+00:00"
    return date
