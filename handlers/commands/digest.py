"""/digest and /claims: the comparison now, and the raw claims page by page.

/digest sends the same Telegram form a scheduled digest does (bot.delivery).
/claims lists every claim of the window newest first, ten to a message, with
inline buttons that page through them by editing that message in place.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
from typing import TYPE_CHECKING, Any

from telethon import Button, errors, events

from bot.delivery import digest_outgoing, empty_line, send_outgoing
from bot.digest.build import claimant_label, post_link, quote_of
from bot.digest.figures import figure
from bot.digest.sanitize import one_line, safe_url, shorten
from db.digest import ClaimRow, claim_rows, get_topic, topic_name
from db.util import parse_iso, to_iso, utc_now
from extractors.actors import actor_name
from handlers.commands import CommandContext, command
from handlers.commands.args import MAX_DAYS, topic_and_days
from handlers.commands.html import Html, esc, fmt, join

if TYPE_CHECKING:
    from bot.telegram.app import App

log = logging.getLogger(__name__)

PAGE = 10
QUOTE_CHARS = 200
# topic id, days, until (epoch), page, the user who asked (only they turn the pages)
CALLBACK = re.compile(rb"^cl:(\d+):(\d+):(\d+):(\d+):(\d+)$")


@command(
    "digest",
    "The comparison digest now: Telegram against mainstream.",
    usage="/digest [topic] [days]",
    example="/digest tinzaouaten 7",
)
async def digest(ctx: CommandContext) -> None:
    topic, days = await topic_and_days(ctx.app, ctx.args)
    since, until, span = await window(ctx.app, topic, days, utc_now())
    out = await digest_outgoing(ctx.app.store, ctx.app.config, topic, since, until)
    if out.empty or out.parts == 0:
        await ctx.reply(empty_line(topic, days, span and f"from {span}"))
        return
    if span:
        await ctx.reply(fmt("<i>{} is over: showing its whole window, {}.</i>", topic, span))
    await send_outgoing(ctx.app.bot, ctx.chat_id, out)


async def window(
    app: App, topic: str | None, days: int, now: dt.datetime
) -> tuple[dt.datetime, dt.datetime, str | None]:
    """[since, until) of the last `days`; a topic that ended before them gets its own window.

    "/digest tinzaouaten" a year after the ambush should show the ambush, not
    an empty day. The third value names such a window ("2024-07-20 to 2024-08-31").
    """
    since = now - dt.timedelta(days=days)
    row = await get_topic(app.store.conn, topic) if topic else None
    if row is None or row.until is None or parse_iso(row.until) > since:
        return since, now, None
    end = parse_iso(row.until)
    start = parse_iso(row.since) if row.since else end - dt.timedelta(days=days)
    last_day = (end - dt.timedelta(seconds=1)).astimezone(app.config.tz).date()
    first_day = start.astimezone(app.config.tz).date()
    return start, end, f"{first_day} to {last_day}"


@command(
    "claims",
    "Every claim, newest first, page by page.",
    usage="/claims [topic] [days]",
    example="/claims tinzaouaten 3",
)
async def claims(ctx: CommandContext) -> None:
    topic, days = await topic_and_days(ctx.app, ctx.args)
    topic_id = 0
    if topic is not None:
        row = await get_topic(ctx.app.store.conn, topic)
        topic_id = row.id if row else -1  # configured but not in the store yet: no claims
    since, until, _ = await window(ctx.app, topic, days, utc_now())
    days = max(1, math.ceil((until - since) / dt.timedelta(days=1)))
    text, buttons = await claims_page(
        ctx.app, topic_id, topic, days, int(until.timestamp()), 0, owner=ctx.user_id or 0
    )
    await ctx.app.bot.send_message(
        ctx.chat_id, text, parse_mode="html", link_preview=False, buttons=buttons
    )


async def claims_page(
    app: App, topic_id: int, topic: str | None, days: int, until: int, page: int, *, owner: int
) -> tuple[Html, Any]:
    """One page of the list and its buttons; the window is pinned to `until` so pages hold still."""
    end = dt.datetime.fromtimestamp(until, dt.UTC)
    rows: list[ClaimRow] = []
    if topic_id >= 0:
        rows = await claim_rows(
            app.store.conn,
            topic_id=topic_id or None,
            since=to_iso(end - dt.timedelta(days=days)),
            until=to_iso(end),
        )
    # The raw list shows what each post says now: claims of older versions stay out.
    rows = [r for r in rows if r.claim_version == r.post_version]
    rows.sort(key=lambda r: (r.date or "", r.claim_id), reverse=True)
    span = _span(end, days)
    if not rows:
        return empty_line(topic, days, span), None
    pages = (len(rows) + PAGE - 1) // PAGE
    page = max(0, min(page, pages - 1))
    head = fmt(
        "<b>{}</b> claims{} {}, newest first (page {}/{}):",
        len(rows),
        f" about {topic}" if topic else "",
        span or ("in the last day" if days == 1 else f"in the last {days} days"),
        page + 1,
        pages,
    )
    lines = [head] + [_line(r, app.config.tz) for r in rows[page * PAGE : (page + 1) * PAGE]]
    nav = []
    if page > 0:
        nav.append(Button.inline("« Newer", _data(topic_id, days, until, page - 1, owner)))
    if page < pages - 1:
        nav.append(Button.inline("Older »", _data(topic_id, days, until, page + 1, owner)))
    return join(lines, "\n\n"), ([nav] if nav else None)


def _span(end: dt.datetime, days: int) -> str | None:
    """None for "the last N days"; the dates when the window ended well before now."""
    if utc_now() - end < dt.timedelta(hours=1):
        return None
    first = (end - dt.timedelta(days=days)).date()
    return f"from {first} to {(end - dt.timedelta(seconds=1)).date()}"


def _data(topic_id: int, days: int, until: int, page: int, owner: int) -> bytes:
    return f"cl:{max(topic_id, 0)}:{days}:{until}:{page}:{max(owner, 0)}".encode()


def _line(row: ClaimRow, tz: dt.tzinfo) -> Html:
    figure_text = figure(row.low, row.high, bool(row.approx))
    what = fmt("<b>{}</b> {} — {}", figure_text, row.kind, actor_name(row.victim))
    who = esc(claimant_label(row))
    url = safe_url(post_link(row))
    if url:
        who = fmt('<a href="{}">{}</a>', url, who)
    when = parse_iso(row.date).astimezone(tz).strftime("%Y-%m-%d %H:%M") if row.date else "?"
    marks = " (deleted)" if row.deleted_at else ""
    quote, _ = quote_of(row)
    said = shorten(one_line(quote), QUOTE_CHARS)
    return fmt("{} · {} · {}{}\n<i>{}</i>", what, who, when, marks, said)


def attach(client: Any, app: App) -> None:
    """The /claims page buttons. Commands themselves come through the framework."""

    async def on_page(event: Any) -> None:
        match = CALLBACK.match(event.data or b"")
        if match is None:
            await event.answer("This list is out of date; send /claims again.")
            return
        topic_id, days, until, page, owner = (int(g) for g in match.groups())
        if owner and event.sender_id != owner:
            # In a group everyone sees the list; only who asked turns its pages.
            await event.answer("Only who asked can turn these pages; send /claims yourself.")
            return
        # The data came from a client: keep the window within what /claims accepts.
        days = min(max(days, 1), MAX_DAYS)
        until = min(until, int(utc_now().timestamp()) + 3600)
        topic = await topic_name(app.store.conn, topic_id) if topic_id else None
        text, buttons = await claims_page(app, topic_id, topic, days, until, page, owner=owner)
        await event.answer()
        try:
            await app.bot.edit_message(
                event.chat_id,
                event.message_id,
                text,
                parse_mode="html",
                link_preview=False,
                buttons=buttons,
            )
        except errors.MessageNotModifiedError:
            pass  # a double press: the page shown is already the one asked for

    client.add_event_handler(on_page, events.CallbackQuery(pattern=rb"^cl:"))
