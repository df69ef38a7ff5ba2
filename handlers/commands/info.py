"""/start, /help, /topics: what the bot does and what it can be asked."""

from __future__ import annotations

from db.digest import topic_names
from handlers.commands import CommandContext, command, commands
from handlers.commands.html import Html, fmt, join

START = Html(
    "I read Telegram channels and news feeds, pull out every casualty claim, and set "
    "what each side claims beside what mainstream outlets report, with links.\n"
    "Try /digest for the last day, /subscribe with a topic from /topics to get it every "
    "morning, and /help for everything else."
)


@command("start", "What this bot does.", usage="/start", example="/start")
async def start(ctx: CommandContext) -> None:
    await ctx.reply(START)


@command("help", "Every command, with an example.", usage="/help", example="/help")
async def help_(ctx: CommandContext) -> None:
    lines: list[Html] = [Html("<b>Commands</b>")]
    admin_only: list[Html] = []
    for cmd in commands.visible(ctx.is_admin):
        line = fmt("{} — {}", cmd.usage or f"/{cmd.name}", cmd.description)
        if cmd.example and cmd.example != cmd.usage:
            line = fmt("{}\n    e.g. <code>{}</code>", line, cmd.example)
        (admin_only if cmd.admin else lines).append(line)
    if admin_only:
        lines.append(Html("\n<b>For admins</b>"))
        lines.extend(admin_only)
    lines.append(
        fmt(
            "\nTopics are listed by /topics; 'all' means every claim. Days default to 1. "
            "Times are HH:MM in {}.",
            ctx.app.config.timezone,
        )
    )
    await ctx.reply(join(lines))


@command("topics", "The topics digests are made for.", usage="/topics", example="/topics")
async def topics(ctx: CommandContext) -> None:
    config = ctx.app.config
    lines: list[Html] = [Html("<b>Topics</b>")]
    for topic in config.topics:
        window = ""
        if topic.since or topic.until:
            window = f" ({topic.since or '…'} to {topic.until or 'now'})"
        lines.append(fmt("<b>{}</b> — {}{}", topic.name, topic.title or topic.name, window))
    configured = {t.name for t in config.topics}
    extra = [n for n in await topic_names(ctx.app.store.conn) if n not in configured]
    for name in extra:
        lines.append(fmt("<b>{}</b>", name))
    if len(lines) == 1:
        await ctx.reply(Html("No topics yet: the admins add them under [[topics]] in config.toml."))
        return
    first = config.topics[0].name if config.topics else extra[0]
    lines.append(
        fmt("\nUse one with /digest, /claims or /subscribe: <code>/digest {}</code>", first)
    )
    await ctx.reply(join(lines))
