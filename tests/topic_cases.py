"""The harness of the per-language topic tables: keyword, text, should it match."""

from __future__ import annotations

from bot.topics import TopicMatcher, TopicSpec


def matches(keyword: str, text: str) -> bool:
    matcher = TopicMatcher([TopicSpec(1, "t", (keyword,))])
    return matcher.match(text) == [1]
