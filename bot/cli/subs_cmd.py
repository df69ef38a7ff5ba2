"""`claimwatch subscriptions`: who gets which digest when, and what was sent."""

from __future__ import annotations

import argparse
import json

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bot.cli.common import Context, UserError, add_command
from db import subscriptions as subs

DESCRIPTION = """\
List the daily digest subscriptions in the database: the chat, the topic, the
local time (in the config's timezone), whether it came from config.toml or the
bot, and its consecutive failed sends. --sent shows the ledger of digests
instead: each scheduled sending with its status (sending, sent, empty, failed),
the parts delivered, the attempts and the last error.

Subscriptions are made in Telegram (/subscribe) or under [[schedules]] in
config.toml; `claimwatch run` sends them. [[schedules]] reach the database (and
this list) when `claimwatch run` starts.
"""

_NONE = (
    "no subscriptions yet: /subscribe in Telegram, or add [[schedules]] to config.toml"
    " (stored when `claimwatch run` starts)"
)

EPILOG = """\
examples:
  claimwatch subscriptions
  claimwatch subscriptions --all          also the stopped ones
  claimwatch subscriptions --sent -n 50   the last 50 digests sent
  claimwatch subscriptions --json
"""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = add_command(
        sub,
        common,
        "subscriptions",
        help="list digest subscriptions, or the digests sent (--sent)",
        description=DESCRIPTION,
        epilog=EPILOG,
    )
    p.add_argument("--all", action="store_true", help="include stopped subscriptions")
    p.add_argument("--sent", action="store_true", help="the ledger of digests sent, newest first")
    p.add_argument("-n", type=int, default=20, metavar="N", help="rows of --sent (default 20)")
    p.add_argument("--json", action="store_true", help="JSON for scripts")
    p.set_defaults(handler=run)


async def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.n < 1:
        raise UserError(f"-n {args.n} must be 1 or more, e.g. --sent -n 50.")
    store = await ctx.open_store()
    try:
        if args.sent:
            sendings = await subs.recent_sendings(store.conn, limit=args.n)
            rows = [s.__dict__ for s in sendings]
        else:
            found = await subs.list_subscribers(store.conn, active_only=not args.all)
            rows = [s.__dict__ for s in found]
    finally:
        await store.close()
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    if not rows:
        print("no digests sent yet" if args.sent else _NONE)
        return 0
    columns = (
        ["chat_id", "topic", "due_at", "status", "parts_sent", "attempts", "error"]
        if args.sent
        else ["chat_id", "topic", "at_time", "origin", "active", "failures", "since"]
    )
    title = "digests sent" if args.sent else f"subscriptions (times in {ctx.config.timezone})"
    table = Table(title=title)
    for column in columns:
        table.add_column(column.replace("_", " "))
    for row in rows:
        table.add_row(*(escape("" if row[c] is None else str(row[c])) for c in columns))
    Console().print(table)
    return 0
