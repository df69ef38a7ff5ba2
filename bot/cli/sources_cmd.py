"""`claimwatch sources`: every source with its last success, last error and posts fetched."""

from __future__ import annotations

import argparse
import json

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from bot.cli.common import Context, add_command
from db.sources import Source, list_sources, posts_per_source

DESCRIPTION = """\
List the sources in the database (Telegram channels and mainstream outlets) and
the mainstream sources of config.toml not polled yet, with the time of their
last success, their last error (and when), and the posts fetched from them.
Outlets that are not in config.toml (found through GDELT, or read by `claimwatch
ingest` from a feed) are summarised in one line; --outlets lists them one by one.
The JSON has last_error and error_current (true while that error is the latest
word from the source).
"""

EPILOG = """\
examples:
  claimwatch sources
  claimwatch sources --kind mainstream --outlets
  claimwatch sources --json | jq '.[] | select(.error_current)'   failing now
"""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = add_command(
        sub,
        common,
        "sources",
        help="list sources with last success, last error and posts fetched",
        description=DESCRIPTION,
        epilog=EPILOG,
    )
    p.add_argument("--kind", choices=("telegram", "mainstream"), help="only this kind")
    p.add_argument(
        "--outlets", action="store_true", help="list the outlets not in config.toml one by one"
    )
    p.add_argument("--json", action="store_true", help="JSON for scripts, one object per source")
    p.set_defaults(handler=run)


async def run(args: argparse.Namespace, ctx: Context) -> int:
    configured = {s.name: s for s in ctx.config.sources}
    store = await ctx.open_store()
    try:
        rows = await list_sources(store.conn, args.kind)
        stored = await posts_per_source(store.conn)
    finally:
        await store.close()
    items: list[dict[str, object]] = []
    seen: set[str] = set()
    for row in rows:
        kind = row.kind
        if row.kind == "mainstream":
            seen.add(row.handle)
            cfg = configured.get(row.handle)
            kind = cfg.kind if cfg else ("outlet" if row.origin == "ingest" else "mainstream")
        items.append(_item(row, kind, stored.get(row.id, 0), configured.get(row.handle)))
    if args.kind in (None, "mainstream"):
        for name, cfg in configured.items():
            if name not in seen:
                items.append(
                    {"name": name, "kind": cfg.kind, "title": cfg.title, "url": cfg.url,
                     "every_minutes": cfg.every_minutes, "last_success": None,
                     "last_error": None, "last_error_at": None, "error_current": False,
                     "posts_fetched": 0,
                     "posts_stored": 0, "active": True}
                )  # fmt: skip
    if args.json:
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return 0
    _table(items, args.outlets)
    return 0


def _item(row: Source, kind: str, stored: int, cfg: object) -> dict[str, object]:
    return {
        "name": row.handle,
        "kind": kind,
        "title": row.title,
        "url": row.url,
        "every_minutes": getattr(cfg, "every_minutes", None),
        "last_success": row.last_success,
        "last_error": row.last_error,
        "last_error_at": row.last_error_at,
        "error_current": bool(
            row.last_error
            and (not row.last_success or (row.last_error_at or "") >= row.last_success)
        ),
        "posts_fetched": row.posts_fetched,
        "posts_stored": stored,
        "active": row.active,
    }


def _table(items: list[dict[str, object]], outlets: bool) -> None:
    console = Console()
    table = Table(title_justify="left")
    for column in ("source", "kind", "every", "last success", "last error", "fetched", "stored"):
        table.add_column(column, justify="right" if column in ("fetched", "stored") else "left")
    hidden = [i for i in items if i["kind"] == "outlet" and not outlets]
    for item in items:
        if item in hidden:
            continue
        error = ""
        if item["last_error"]:
            when = str(item["last_error_at"] or "")[:16].replace("T", " ")
            error = f"{when} {item['last_error']}"
            error = f"[red]{escape(error)}[/red]" if item.get("error_current") else escape(error)
        name = escape(str(item["name"]))
        if item["title"] and item["title"] != item["name"]:
            name += f"\n[dim]{escape(str(item['title']))}[/dim]"
        every = f"{item['every_minutes']} min" if item["every_minutes"] else ""
        success = str(item["last_success"] or "never")[:16].replace("T", " ")
        table.add_row(
            name, str(item["kind"]), every, success, error,
            str(item["posts_fetched"]), str(item["posts_stored"]),
        )  # fmt: skip
    console.print(table)
    if hidden:
        total = sum(int(str(i["posts_stored"])) for i in hidden)
        console.print(
            f"{len(hidden)} more outlets (found through GDELT or ingested from feeds,"
            f" {total} posts); --outlets lists them"
        )
    if not items:
        console.print("no sources yet: add [[channels]] or [[sources]] to config.toml")
