"""/subscribe, /unsubscribe, /subscriptions: who gets which digest every day, and when.

A subscription is always for the chat the command is sent in: anyone may
subscribe their own private chat; a group gets digests only when one of the
bot's admins subscribed it there. Refusals are logged with the user id and
the command name, never the text.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from bot.scheduler import last_due
from db import subscriptions as subs
from db.subscriptions import Subscriber
from handlers.commands import CommandContext, CommandError, command
from handlers.commands.args import ALL, parse_time, parse_topic
from handlers.commands.html import Html, fmt, join

if TYPE_CHECKING:
    from bot.scheduler import Scheduler
    from bot.telegram.app import App

log = logging.getLogger("claimwatch.commands")


def scheduler_of(app: App) -> Scheduler | None:
    found = app.extras.get("scheduler")
    return found


async def _may_change(ctx: CommandContext) -> bool:
    """Own private chat: anyone. Any other chat: the bot's admins only.

    A user's id is positive; a channel post or an anonymous group admin has the
    chat itself as sender (a negative id equal to chat_id), which is nobody's own chat.
    """
    if ctx.user_id is not None and ctx.user_id > 0 and ctx.chat_id == ctx.user_id:
        return True
    if ctx.is_admin:
        return True
    log.warning("refused /%s to user %s: not an admin", ctx.command.name, ctx.user_id)
    await ctx.reply(
        fmt(
            "Sorry, only the bot's admins can change the digests of a group. "
            "Send me /{} in a private chat to get it yourself.",
            ctx.command.name,
        )
    )
    return False


def next_run(app: App, sub: Subscriber, now: dt.datetime | None = None) -> dt.datetime:
    """When the subscription's next digest goes out (local time), from its schedule."""
    scheduler = scheduler_of(app)
    when = scheduler.next_run(sub.id) if scheduler is not None else None
    if when is not None:
        return when
    tz = app.config.tz
    return last_due(sub.at_time, tz, now or dt.datetime.now(dt.UTC)) + dt.timedelta(days=1)


def _when(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def _topic_label(topic: str) -> str:
    return "every claim" if topic == ALL else topic


@command(
    "subscribe",
    "Get a topic's digest in this chat every day.",
    usage="/subscribe topic [HH:MM]",
    example="/subscribe tinzaouaten 07:30",
)
async def subscribe(ctx: CommandContext) -> None:
    ctx.require_args(1, 2)
    app = ctx.app
    topic = await parse_topic(app, ctx.arg(0)) or ALL
    at = parse_time(ctx.arg(1), app.config.digest.default_time)
    if not await _may_change(ctx):
        return
    async with app.store.transaction() as conn:
        sub, outcome = await subs.subscribe(conn, ctx.chat_id, topic, at, created_by=ctx.user_id)
    if outcome == "config":
        await ctx.reply(
            fmt(
                "This chat already gets <b>{}</b> at {} from config.toml; config wins, so "
                "ask the admins to change it there.",
                _topic_label(topic),
                sub.at_time,
            )
        )
        return
    scheduler = scheduler_of(app)
    if scheduler is not None:
        await scheduler.add(sub)
    log.info("chat %s subscribed to %s at %s by user %s", ctx.chat_id, topic, at, ctx.user_id)
    verb = {"new": "Subscribed", "updated": "Moved", "unchanged": "Already subscribed"}[outcome]
    days = app.config.digest.days
    await ctx.reply(
        fmt(
            "{}: <b>{}</b> every day at {} ({}), covering the last {}. Next: {}.\n"
            "Stop with /unsubscribe {}.",
            verb,
            _topic_label(topic),
            sub.at_time,
            app.config.timezone,
            "day" if days == 1 else f"{days} days",
            _when(next_run(app, sub)),
            topic,
        )
    )


@command(
    "unsubscribe",
    "Stop a topic's daily digest in this chat.",
    usage="/unsubscribe topic",
    example="/unsubscribe tinzaouaten",
)
async def unsubscribe(ctx: CommandContext) -> None:
    ctx.require_args(1, 1)
    app = ctx.app
    name = (ctx.arg(0) or "").lower()
    current = await subs.find(app.store.conn, ctx.chat_id, name)
    if current is None or not current.active:
        mine = await subs.list_subscribers(app.store.conn, chat_id=ctx.chat_id)
        listed = ", ".join(s.topic for s in mine)
        if listed:
            raise CommandError(f"This chat is not subscribed to {name!r}; it gets: {listed}.")
        raise CommandError(f"This chat is not subscribed to {name!r}, nor to any topic.")
    if current.origin == "config":
        await ctx.reply(
            fmt(
                "<b>{}</b> is sent here by config.toml; ask the admins to remove it there.",
                _topic_label(current.topic),
            )
        )
        return
    if not await _may_change(ctx):
        return
    async with app.store.transaction() as conn:
        await subs.unsubscribe(conn, ctx.chat_id, current.topic)
    scheduler = scheduler_of(app)
    if scheduler is not None:
        await scheduler.remove(current.id)
    log.info("chat %s unsubscribed from %s by user %s", ctx.chat_id, current.topic, ctx.user_id)
    await ctx.reply(
        fmt("Unsubscribed: no more <b>{}</b> digests here.", _topic_label(current.topic))
    )


@command(
    "subscriptions",
    "This chat's daily digests (admins: add 'all' for every chat).",
    usage="/subscriptions [all]",
    example="/subscriptions",
)
async def subscriptions(ctx: CommandContext) -> None:
    ctx.require_args(0, 1)
    app = ctx.app
    every_chat = ctx.arg(0, "") == "all"
    if every_chat and not ctx.is_admin:
        log.warning("refused /subscriptions all to user %s: not an admin", ctx.user_id)
        raise CommandError("Only the bot's admins can see every chat's subscriptions.")
    if ctx.arg(0) not in (None, "all"):
        raise CommandError(f"/subscriptions takes no argument but 'all', not {ctx.arg(0)!r}.")
    rows = await subs.list_subscribers(app.store.conn, chat_id=None if every_chat else ctx.chat_id)
    if not rows:
        await ctx.reply(
            Html("No daily digests here yet. Try /subscribe with a topic from /topics.")
        )
        return
    lines: list[Html] = [Html("<b>Daily digests</b> (" + fmt("{}", app.config.timezone) + "):")]
    for sub in rows:
        last = await subs.last_sent(app.store.conn, sub.id)
        status = (
            f"last: {last.status} {last.due_at[:16].replace('T', ' ')} UTC"
            if last
            else "none sent yet"
        )
        where = fmt("chat <code>{}</code>: ", sub.chat_id) if every_chat else Html("")
        origin = " (config.toml)" if sub.origin == "config" else ""
        lines.append(
            fmt(
                "{}<b>{}</b> at {}{} — next {}, {}",
                where,
                _topic_label(sub.topic),
                sub.at_time,
                origin,
                _when(next_run(app, sub)),
                status,
            )
        )
    await ctx.reply(join(lines))
