"""/sources and /status: the health of what the bot reads and sends, for its admins."""

from __future__ import annotations

import time
from typing import Any

from db import subscriptions as subs
from db.channels import channel_overview
from db.sources import list_sources
from handlers.commands import CommandContext, command
from handlers.commands.html import Html, esc, fmt, join

ERRORS_SHOWN = 5


def _ago(iso: str | None) -> str:
    return iso[:16].replace("T", " ") + " UTC" if iso else "never"


def _uptime(seconds: float) -> str:
    minutes, _ = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return f"{days}d {hours}h {minutes}m" if days else f"{hours}h {minutes}m"


@command(
    "sources",
    "Mainstream sources: last success, last error, posts fetched (admins).",
    usage="/sources",
    example="/sources",
    admin=True,
)
async def sources(ctx: CommandContext) -> None:
    app = ctx.app
    stored = {s.handle: s for s in await list_sources(app.store.conn, "mainstream")}
    configured = {s.name: s for s in app.config.sources}
    if not stored and not configured:
        await ctx.reply(Html("No mainstream sources: add [[sources]] to config.toml."))
        return
    lines: list[Html] = [Html("<b>Mainstream sources</b>")]
    for name in sorted(set(stored) | set(configured)):
        src = stored.get(name)
        cfg = configured.get(name)
        kind = cfg.kind if cfg else "ingested"
        every = f", every {cfg.every_minutes} min" if cfg else ""
        head = fmt("<b>{}</b> ({}{})", name, kind, every)
        if src is None:
            lines.append(fmt("{}: not polled yet", head))
            continue
        state = fmt(
            "{}: {} posts, last success {}", head, src.posts_fetched, _ago(src.last_success)
        )
        if src.last_error:
            state = fmt("{}\n    last error {}: {}", state, _ago(src.last_error_at), src.last_error)
        if not src.active:
            state = fmt("{} (inactive)", state)
        lines.append(state)
    await ctx.reply(join(lines))


@command(
    "status",
    "Uptime, channels, last post per channel, queue, last errors (admins).",
    usage="/status",
    example="/status",
    admin=True,
)
async def status(ctx: CommandContext) -> None:
    app = ctx.app
    conn = app.store.conn
    lines: list[Html] = [
        fmt("<b>Up</b> {} since {}", _uptime(max(0.0, time.time() - app.started_at)), _started(app))
    ]
    channels = await channel_overview(conn)
    lines.append(fmt("\n<b>Channels</b> ({} watched)", len(channels)))
    for ch in channels:
        lines.append(fmt("@{}: {} posts, last {}", ch.handle, ch.posts, _ago(ch.last_post_at)))

    lines.append(Html("\n<b>Queue</b>"))
    waiting = _queue_size(app)
    if waiting is not None:
        lines.append(fmt("posts waiting to be stored: {}", waiting))
    sending = await subs.unfinished(conn)
    lines.append(fmt("digests being sent: {}", len(sending)))
    active = await subs.list_subscribers(conn)
    lines.append(fmt("subscriptions: {}", len(active)))
    scheduler = app.extras.get("scheduler")
    if scheduler is not None:
        upcoming = sorted(
            (when, sub) for sub in active if (when := scheduler.next_run(sub.id)) is not None
        )[:3]
        for job in scheduler.aps.get_jobs(jobstore="memory"):
            if job.next_run_time is not None:
                lines.append(fmt("next: {} at {}", job.name, job.next_run_time.strftime("%H:%M")))
        for when, sub in upcoming:
            lines.append(
                fmt(
                    "next: {} to chat {} at {}",
                    sub.topic,
                    sub.chat_id,
                    when.strftime("%Y-%m-%d %H:%M"),
                )
            )

    lines.append(Html("\n<b>Last errors</b>"))
    errors = await _last_errors(conn)
    if not errors:
        lines.append(Html("none"))
    lines.extend(errors)
    await ctx.reply(join(lines))


def _started(app: Any) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(app.started_at))


def _queue_size(app: Any) -> int | None:
    """The live handlers' backlog, when the running process exposes one."""
    queue = app.extras.get("queue")
    size = getattr(queue, "qsize", None)
    return int(size()) if callable(size) else None


async def _last_errors(conn: Any) -> list[Html]:
    found: list[tuple[str, Html]] = []
    for src in await list_sources(conn):
        if src.last_error is not None:
            name = f"@{src.handle}" if src.kind == "telegram" else src.handle
            at = src.last_error_at
            found.append((at or "", fmt("{} {}: {}", _ago(at), name, src.last_error)))
    for sending in await subs.recent_sendings(conn, status="failed", limit=ERRORS_SHOWN):
        at = sending.sent_at
        found.append(
            (
                at or "",
                fmt(
                    "{} digest {} to chat {}: {}",
                    _ago(at),
                    sending.topic,
                    sending.chat_id,
                    sending.error or "?",
                ),
            )
        )
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [esc(line) for _, line in found[:ERRORS_SHOWN]]
