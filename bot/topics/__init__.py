"""Topics tie posts to one event: keyword matching that survives inflection and spelling.

`normalise` folds case, accents, Arabic marks and clitics; `stems` gives each word
the set of keys it may match under (its form and its stems in the languages of
its script); `matcher` compiles a topic's keywords once and finds them in texts.
"""

from bot.topics.matcher import TopicMatcher, TopicSpec

__all__ = ["TopicMatcher", "TopicSpec"]
