"""/watch, /unwatch, /channels: what the user client reads, managed by the admins.

Channels from config.toml and from /watch share one table; config wins on
conflict (db/channels.py).
"""

from __future__ import annotations

from db.channels import (
    channel_overview,
    claim_tg_id,
    set_title_if_missing,
    unwatch_channel,
    watch_channel,
)
from db.sources import get_source, tme_link
from extractors.actors import LANGS, SIDES
from handlers.commands import CommandContext, CommandError, command, parse_choice, parse_username
from handlers.commands.html import Html, esc, fmt, link

NONE = "-"  # "/watch @x - en": no side, language en


def _optional(value: str | None, choices: list[str], what: str) -> str | None:
    if value is None or value == NONE:
        return None
    return parse_choice(value, choices, what)


def _describe(side: str | None, lang: str | None) -> str:
    return f"side {side or 'none'}, language {lang or 'detected per post'}"


@command(
    "watch",
    "Watch a public channel (admins).",
    usage="/watch @username [side] [lang]",
    example="/watch @rybar ru ru",
    admin=True,
)
async def watch(ctx: CommandContext) -> None:
    ctx.require_args(1, 3)
    handle = parse_username(ctx.arg(0))
    side = _optional(ctx.arg(1), sorted(SIDES), "side")
    lang = _optional(ctx.arg(2), list(LANGS), "language")
    app = ctx.app
    current = await get_source(app.store.conn, "telegram", handle)
    if current is not None and current.origin == "config" and current.active:
        await ctx.reply(
            fmt(
                "@{} is configured in config.toml ({}); config wins on conflict, so /watch "
                "changes nothing. Edit config.toml to change it.",
                handle,
                _describe(current.side, current.lang),
            )
        )
        return
    probe = await app.sweeper.probe(handle) if app.sweeper is not None else None
    if probe is not None and probe.problem and not probe.transient:
        raise CommandError(f"@{handle} cannot be watched: {probe.problem}")
    async with app.store.transaction() as conn:
        result, source = await watch_channel(conn, handle, side=side, lang=lang)
        if probe is not None and probe.tg_id is not None:
            other = await claim_tg_id(conn, source.id, probe.tg_id)
            if other is not None:
                raise CommandError(
                    f"@{handle} is the channel already known as @{other.handle} (renamed?); "
                    f"/unwatch @{other.handle} first."
                )
            if probe.title:
                await set_title_if_missing(conn, source.id, probe.title)
    await app.watchlist.reload(app.store)
    if result == "config":  # raced with a config reload; same answer as above
        await ctx.reply(fmt("@{} is configured in config.toml; config wins.", handle))
        return
    what = _describe(source.side, source.lang)
    lines: list[Html] = []
    if result == "unchanged":
        lines.append(fmt("Already watching @{} ({}).", handle, what))
    elif result == "updated":
        lines.append(fmt("Still watching @{}, now with {}.", handle, what))
    else:
        title = f" ({probe.title})" if probe is not None and probe.title else ""
        lines.append(fmt("Now watching @{}{} with {}.", handle, title, what))
        if source.cursor is None:
            tg = app.config.telegram
            lines.append(
                fmt(
                    "Fetching its last {} days (at most {} posts) now.",
                    tg.backfill_days,
                    tg.backfill_posts,
                )
            )
    if probe is not None and probe.transient:
        lines.append(
            fmt(
                "Telegram could not be asked just now ({}); the next sweep checks it.",
                probe.problem,
            )
        )
    if app.sweeper is not None and result != "unchanged":
        app.spawn(app.sweeper.sweep_one(source.id), f"sweep @{handle}")
    await ctx.reply(Html("\n".join(lines)))


@command(
    "unwatch",
    "Stop watching a channel; its posts and claims stay (admins).",
    usage="/unwatch @username",
    example="/unwatch @rybar",
    admin=True,
)
async def unwatch(ctx: CommandContext) -> None:
    ctx.require_args(1, 1)
    handle = parse_username(ctx.arg(0))
    async with ctx.app.store.transaction() as conn:
        result, _ = await unwatch_channel(conn, handle)
    await ctx.app.watchlist.reload(ctx.app.store)
    replies = {
        "stopped": fmt("Stopped watching @{}. Its posts and claims stay in the store.", handle),
        "config": fmt(
            "@{} is listed in config.toml, and config wins: remove it there and restart "
            "to stop watching it.",
            handle,
        ),
        "unknown": fmt("@{} is not watched. /channels lists what is.", handle),
        "inactive": fmt("@{} is not being watched already.", handle),
    }
    await ctx.reply(replies[result])


@command("channels", "Watched channels: side, last post, last error (admins).", admin=True)
async def channels(ctx: CommandContext) -> None:
    rows = await channel_overview(ctx.app.store.conn)
    if not rows:
        await ctx.reply(
            esc("No channels are watched. Add one with /watch @username [side] [lang].")
        )
        return
    lines: list[Html] = [fmt("<b>{} watched channel(s)</b>", len(rows))]
    for r in rows:
        head = fmt("<b>@{}</b>", r.handle)
        if r.title:
            head = Html(head + fmt(" ({})", r.title))
        lines.append(Html(head + fmt(" · {} · from {}", _describe(r.side, r.lang), r.origin)))
        if r.last_post_msg_id is not None:
            when = (r.last_post_at or "?").replace("T", " ").replace("+00:00", " UTC")
            url = tme_link(r.handle, r.last_post_msg_id)
            post = link(url, f"#{r.last_post_msg_id}") if url else esc(f"#{r.last_post_msg_id}")
            lines.append(Html(fmt("  last post {} ", when) + post + fmt(" · {} stored", r.posts)))
        else:
            lines.append(esc("  no post stored yet"))
        if r.last_error:
            at = (r.last_error_at or "").replace("T", " ").replace("+00:00", " UTC")
            lines.append(fmt("  last error: {} ({})", r.last_error, at))
    await ctx.reply(Html("\n".join(lines)))
