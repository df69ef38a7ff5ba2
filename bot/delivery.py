"""Putting a digest in a chat: its messages in HTML parse mode, then the chart as photos.

A digest goes out as numbered parts (each message, then the chart), and the
caller hears about each part once Telegram has taken it, so a sending cut off
by a restart resumes after the last part delivered instead of starting over.
The chart is one part however many pages it has: its pages go as one album, a
single request that Telegram takes or refuses whole, so a resume never repeats
a page nor leaves half an album.
Failures are sorted here into the three kinds the scheduler treats differently.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from telethon import errors

from bot.config import Config
from bot.digest.build import build_digest
from bot.digest.chart import ALBUM_LIMIT
from bot.digest.telegram import CAPTION_LIMIT, telegram_digest, utf16_len
from db.digest import claim_rows, get_topic
from db.store import Store
from db.util import now_iso, to_iso
from handlers.commands.html import Html, esc

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outgoing:
    """What one digest puts in a chat. Every text is already safe for HTML parse mode."""

    messages: Sequence[Html]
    photos: Sequence[bytes] = ()  # the chart's pages, sent as one album (one part)
    caption: Html = Html("")  # on the first page
    empty: bool = False  # the window held no claim: the one short line, and recorded so

    @property
    def parts(self) -> int:
        return len(self.messages) + (1 if self.photos else 0)


def empty_line(topic: str | None, days: int, span: str | None = None) -> Html:
    """An empty window still gets an answer: silence reads as a broken bot.

    `span` replaces "in the last N days" when the window is elsewhere ("from A to B").
    """
    when = span or ("in the last day" if days == 1 else f"in the last {days} days")
    if topic:
        return Html(f"No casualty claims about <b>{esc(topic)}</b> {esc(when)}.")
    return Html(f"No casualty claims {esc(when)}.")


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
            await _send_chart(client, chat_id, out)
        if on_part is not None:
            await on_part(index + 1)
    return out.parts


def _png(data: bytes, name: str) -> io.BytesIO:
    photo = io.BytesIO(data)
    photo.name = name  # the extension makes Telethon send it as a photo, not a file
    return photo


async def _send_chart(client: Any, chat_id: int, out: Outgoing) -> None:
    assert out.photos and len(out.photos) <= ALBUM_LIMIT  # more would be two requests
    caption = out.caption
    if utf16_len(caption) > CAPTION_LIMIT:
        # A cut through markup would break the parse; a plain note is better than none.
        caption = Html("Chart of the claims above.")
    files: io.BytesIO | list[io.BytesIO]
    if len(out.photos) == 1:
        files = _png(out.photos[0], "digest.png")
    else:
        # A list is an album; a str caption goes on its first photo only.
        files = [_png(p, f"digest-{n}.png") for n, p in enumerate(out.photos, start=1)]
    await client.send_file(
        chat_id, files, caption=caption or None, parse_mode="html", force_document=False
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
    store: Store, config: Config, topic: str | None, since: dt.datetime, until: dt.datetime
) -> Outgoing:
    """The digest of `topic` (None: every claim) over [since, until), ready to send."""
    conn = store.conn
    row = await get_topic(conn, topic) if topic else None
    title = (row.title if row else "") or _configured_title(config, topic)
    if topic and row is None:
        rows = []  # configured but never synced into the store: nothing is tagged with it yet
    else:
        rows = await claim_rows(
            conn, topic_id=row.id if row else None, since=to_iso(since), until=to_iso(until)
        )
    digest = build_digest(
        rows,
        topic=topic,
        title=title,
        since=to_iso(since),
        until=to_iso(until),
        generated_at=now_iso(),
    )
    if digest.empty:
        return Outgoing([], empty=True)
    # The chart is drawn on matplotlib's Agg canvas, seconds of CPU: off the event loop.
    form = await asyncio.to_thread(telegram_digest, digest)
    return Outgoing(
        [Html(m) for m in form.messages],
        photos=form.photos,
        caption=Html(form.caption),
    )


def _configured_title(config: Config, topic: str | None) -> str:
    found = config.topic(topic) if topic else None
    return found.title if found else ""
