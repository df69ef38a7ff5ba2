"""Putting a digest in a chat: its messages in HTML parse mode, then the chart as a photo.

A digest goes out as numbered parts (each message, then the photo), and the
caller hears about each part once Telegram has taken it, so a sending cut off
by a restart resumes after the last part delivered instead of starting over.
Failures are sorted here into the three kinds the scheduler treats differently.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from telethon import errors

from handlers.commands.html import TELEGRAM_LIMIT, Html, esc, split_message

log = logging.getLogger(__name__)

# Telegram cuts photo captions at 1,024 characters (after entity parsing).
CAPTION_LIMIT = 1024


@dataclass(frozen=True)
class Outgoing:
    """What one digest puts in a chat. Every text is already safe for HTML parse mode."""

    messages: Sequence[Html]
    photo: bytes | None = None
    caption: Html = Html("")
    empty: bool = False  # the window held no claim: the one short line, and recorded so

    @property
    def parts(self) -> int:
        return len(self.messages) + (1 if self.photo else 0)


def empty_line(topic: str | None, days: int) -> Html:
    """An empty window still gets an answer: silence reads as a broken bot."""
    span = "the last day" if days == 1 else f"the last {days} days"
    if topic:
        return Html(f"No casualty claims about <b>{esc(topic)}</b> in {span}.")
    return Html(f"No casualty claims in {span}.")


def fit(messages: Sequence[Html]) -> list[Html]:
    """Every message under Telegram's limit, cut at line ends where one is too long."""
    out: list[Html] = []
    for message in messages:
        out.extend(split_message(message, TELEGRAM_LIMIT - 1))
    return [m for m in out if m.strip()]


OnPart = Callable[[int], Awaitable[None]]


async def send_outgoing(
    client: Any,
    chat_id: int,
    out: Outgoing,
    *,
    start: int = 0,
    on_part: OnPart | None = None,
) -> int:
    """Send parts `start`.. of `out`; `on_part(n)` after each, n = parts delivered so far.

    Returns the number of parts delivered in total. Raises whatever Telegram
    raised; the parts before it are delivered and were reported.
    """
    messages = list(out.messages)
    for index in range(start, out.parts):
        if index < len(messages):
            await client.send_message(
                chat_id, messages[index], parse_mode="html", link_preview=False
            )
        else:
            await _send_photo(client, chat_id, out)
        if on_part is not None:
            await on_part(index + 1)
    return out.parts


async def _send_photo(client: Any, chat_id: int, out: Outgoing) -> None:
    assert out.photo is not None
    photo = io.BytesIO(out.photo)
    photo.name = "digest.png"  # the extension makes Telethon send it as a photo, not a file
    caption = out.caption
    if len(caption) > CAPTION_LIMIT:
        # A cut through markup would break the parse; a plain note is better than none.
        caption = Html("Chart of the claims above.")
    await client.send_file(
        chat_id, photo, caption=caption or None, parse_mode="html", force_document=False
    )


# --- what went wrong ---

Failure = Literal["flood", "gone", "retry"]

# The recipient will not take messages from us: blocked, deleted, or we were thrown out.
GONE: tuple[type[BaseException], ...] = (
    errors.UserIsBlockedError,
    errors.InputUserDeactivatedError,
    errors.UserDeactivatedError,
    errors.ChatWriteForbiddenError,
    errors.PeerIdInvalidError,
    errors.ChatIdInvalidError,
    errors.ChannelPrivateError,
    errors.ChatAdminRequiredError,
    errors.ChatRestrictedError,
    errors.UserBannedInChannelError,
)


def classify(exc: BaseException) -> Failure:
    """flood: wait as told; gone: the chat refuses us (counts toward dropping it); retry: else."""
    if isinstance(exc, errors.FloodWaitError):
        return "flood"
    if isinstance(exc, GONE):
        return "gone"
    if isinstance(exc, ValueError) and "input entity" in str(exc):
        # Telethon cannot resolve a chat it has never seen and Telegram does not know.
        return "gone"
    return "retry"


def describe(exc: BaseException) -> str:
    """An error for logs and the ledger: its type and Telegram's words, no message text."""
    if isinstance(exc, errors.RPCError):
        return f"{type(exc).__name__}: {exc.message}"
    return type(exc).__name__


# --- the digest itself, in its Telegram form (bot/digest/telegram.py) ---


async def digest_outgoing(
    store: Any, config: Any, topic: str | None, since: Any, until: Any
) -> Outgoing:
    raise NotImplementedError("waiting for bot/digest/telegram.py")
