"""`claimwatch retag`: apply the topics of config.toml to every stored post."""

from __future__ import annotations

import argparse

from bot.cli.common import Context, UserError, add_command, progress_bar
from db.topics import retag, sync_topics

DESCRIPTION = """\
Bring the topics table in line with [[topics]] in config.toml, then tag every
stored post again: a topic added or changed after posts were stored (new
keywords, another date window) reaches them, and tags of a topic's old keywords
go. New posts are tagged as they are stored; this is for the posts before.
"""

EPILOG = """\
examples:
  claimwatch retag
  claimwatch retag --config /etc/claimwatch/config.toml --db /var/lib/claimwatch.db
"""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = add_command(
        sub,
        common,
        "retag",
        help="apply topics added or changed later to the stored posts",
        description=DESCRIPTION,
        epilog=EPILOG,
    )
    p.add_argument(
        "--batch", type=int, default=2000, metavar="N", help="posts per transaction (default 2000)"
    )
    p.set_defaults(handler=run)


async def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.batch < 1:
        raise UserError(f"--batch {args.batch} must be 1 or more, e.g. --batch 2000.")
    store = await ctx.open_store()
    try:
        async with store.transaction() as conn:
            sync = await sync_topics(conn, ctx.config.topics, ctx.config.tz)
        for label, names in (
            ("added", sync.added),
            ("changed", sync.changed),
            ("removed", sync.removed),
        ):
            if names:
                print(f"topics {label}: {', '.join(names)}")
        with progress_bar("tagging") as progress:
            result = await retag(store, batch=args.batch, progress=progress)
    finally:
        await store.close()
    print(f"{result.posts:,} posts: {result.added:,} tags added, {result.removed:,} removed")
    for name, count in result.per_topic.items():
        print(f"  {name}: {count:,} posts")
    if not result.per_topic:
        print("no [[topics]] in the config: nothing to tag")
    return 0
