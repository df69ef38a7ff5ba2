"""The matcher across languages: every topic a post matches, windows, empty keywords."""

from __future__ import annotations

from bot.topics import TopicMatcher, TopicSpec
from bot.topics.normalise import words

TINZ = TopicSpec(
    1,
    "tinzaouaten",
    ("Tinzaouaten", "Tinzaouatène", "Tin Zaouatene", "Тинзауатен", "Тінзауатен", "تينزاواتين"),
    starts_at="2024-07-20T00:00:00+00:00",
    ends_at="2024-09-01T00:00:00+00:00",
)
WAGNER = TopicSpec(2, "wagner", ("Wagner", "Вагнер", "فاغنر"))
EMPTY = TopicSpec(3, "empty", ())


def test_a_post_gets_every_topic_it_matches() -> None:
    m = TopicMatcher([TINZ, WAGNER, EMPTY])
    assert m.match("Бойцы Вагнера погибли у Тинзауатена", "2024-07-28T09:00:00+00:00") == [1, 2]
    assert m.names([1, 2]) == ["tinzaouaten", "wagner"]
    assert m.match("nothing here", "2024-07-28T09:00:00+00:00") == []


def test_window_bounds_a_topic_but_not_the_others() -> None:
    m = TopicMatcher([TINZ, WAGNER])
    text = "Wagner at Tinzaouaten"
    assert m.match(text, "2024-07-19T23:59:59+00:00") == [2]
    assert m.match(text, "2024-07-20T00:00:00+00:00") == [1, 2]
    assert m.match(text, "2024-08-31T23:59:59+00:00") == [1, 2]
    assert m.match(text, "2024-09-01T00:00:00+00:00") == [2]
    assert m.match(text, None) == [1, 2]  # an undated post is not excluded


def test_no_topics_match_nothing() -> None:
    m = TopicMatcher([EMPTY])
    assert not m
    assert m.match("Wagner") == []


def test_words_fold_case_accents_and_marks() -> None:
    assert words("TINZAOUATÈNE, Ёлки; Слов’янськ l'Armée") == [
        "tinzaouatene", "елки", "словянськ", "l", "armee",
    ]  # fmt: skip
    assert words("بِتِيـنْزَاوَاتِين أزواد مدرسة") == ["بتينزاواتين", "ازواد", "مدرسه"]
