"""HTML for Telegram's parse mode: every value is escaped on its way in.

`Html` marks text that is safe to send with ``parse_mode="html"``. The only ways
to make one are `fmt` (a trusted template, every argument escaped), `esc` (a
value, escaped) and `join`; so a reply that type-checks never carries raw user
or channel text into the parse mode.

    fmt("<b>{}</b> is watched ({} posts)", handle, count)
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.digest.sanitize import escape_html

TELEGRAM_LIMIT = 4096  # characters per message, after entity parsing; we count raw text


class Html(str):
    """Text already safe for Telegram's HTML parse mode."""

    __slots__ = ()


def esc(value: object) -> Html:
    """One value as HTML text: <, >, & and " escaped, so it is safe in text and in
    double-quoted attributes (href="..."); templates never use single quotes."""
    if isinstance(value, Html):
        return value
    return Html(escape_html(str(value)))


def fmt(template: str, *args: object, **kwargs: object) -> Html:
    """`template` is trusted markup; every argument is escaped unless it is already Html."""
    return Html(template.format(*(esc(a) for a in args), **{k: esc(v) for k, v in kwargs.items()}))


def join(parts: Iterable[Html | str], sep: str = "\n") -> Html:
    """Join pieces; plain strings among them are escaped, Html pieces kept."""
    return Html(sep.join(esc(p) for p in parts))


def link(url: str, text: object) -> Html:
    return fmt('<a href="{}">{}</a>', url, text)


def split_message(text: Html, limit: int = TELEGRAM_LIMIT) -> list[Html]:
    """Cut a long reply into messages of at most `limit` UTF-16 units (as Telegram counts),
    at line ends; a line longer than that is cut between words with its open tags closed
    and reopened, never inside a tag or an entity. Each line must be balanced on its own."""
    # The digest's splitter serves both; imported here so the chart's matplotlib loads late.
    from bot.digest.telegram import split_html

    return [Html(part) for part in split_html(text, limit)]
