"""Live updates from watched channels: new posts, edits, deletions.

`register(client, app)` attaches the three handlers to the user client; the
wiring (bot/telegram/runner.py) never sees what they do. Posts go through
handlers/channel_posts.py, the one path the sweep uses as well, so a post that
arrives by event and by sweep is stored once. An edit is a new version with its
own claims (the old ones stay); a deletion is a mark. Telegram names the
channel of a channel deletion; a deletion without one is resolved from the
store when exactly one stored post has that id, and recorded unresolved
otherwise (db.posts.mark_deleted).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from telethon import events, utils
from telethon.tl import types

from db.posts import mark_deleted
from handlers.channel_posts import Stored, store_messages

if TYPE_CHECKING:
    from bot.telegram.app import App, Watched

log = logging.getLogger(__name__)


def channel_id(event: Any) -> int | None:
    """The bare (positive) id of the channel an event happened in, or None."""
    peer = getattr(event, "_chat_peer", None)
    if isinstance(peer, types.PeerChannel):
        return int(peer.channel_id)
    chat_id = getattr(event, "chat_id", None)
    if chat_id is None:
        return None
    real_id, kind = utils.resolve_id(chat_id)
    return int(real_id) if kind is types.PeerChannel else None


def _watched(app: App, event: Any) -> Watched | None:
    tg_id = channel_id(event)
    return app.watchlist.by_tg_id(tg_id) if tg_id is not None else None


async def on_message(app: App, event: Any, *, edited: bool) -> Stored | None:
    channel = _watched(app, event)
    if channel is None:
        return None
    try:
        # An edit may be of an old post: it must not move the cursor past a hole either.
        return await store_messages(app.store, channel, [event.message], contiguous=True)
    except Exception:
        log.exception(
            "could not store %s message %s of @%s; the next sweep fills new posts",
            "an edited" if edited else "a new",
            event.message.id,
            channel.handle,
        )
        return None


async def on_deleted(app: App, event: Any) -> tuple[int, int]:
    """Mark the deleted posts; return (marked, unresolved)."""
    ids = [int(i) for i in (event.deleted_ids or [])]
    if not ids:
        return 0, 0
    tg_id = channel_id(event)
    async with app.store.transaction() as conn:
        if tg_id is None:
            return await mark_deleted(conn, msg_ids=ids, how="event-nochannel")
        channel = app.watchlist.by_tg_id(tg_id)
        if channel is None:
            return 0, 0
        return await mark_deleted(conn, msg_ids=ids, source_id=channel.source_id, how="event")


def register(client: Any, app: App) -> None:
    """Attach the channel handlers to the user client."""

    def watched(event: Any) -> bool:
        return _watched(app, event) is not None

    def deletion_wanted(event: Any) -> bool:
        # Channel deletions name their channel: only watched ones matter. The rest
        # carry no channel at all and are resolved from the store.
        return channel_id(event) is None or watched(event)

    async def new_message(event: Any) -> None:
        await on_message(app, event, edited=False)

    async def message_edited(event: Any) -> None:
        await on_message(app, event, edited=True)

    async def message_deleted(event: Any) -> None:
        try:
            await on_deleted(app, event)
        except Exception:
            log.exception("could not mark deleted messages %s", event.deleted_ids)

    client.add_event_handler(new_message, events.NewMessage(func=watched))
    client.add_event_handler(message_edited, events.MessageEdited(func=watched))
    client.add_event_handler(message_deleted, events.MessageDeleted(func=deletion_wanted))
