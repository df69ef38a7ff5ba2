"""`claimwatch config`: validate config.toml and show what it holds."""

from __future__ import annotations

import argparse

from bot.cli.common import Context, add_command


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = add_command(
        sub,
        common,
        "config",
        help="check config.toml and summarise it",
        description="Load and validate the config file, then list what it configures.\n"
        "A problem is reported with the file, the key and how to fix it.",
        epilog="example:\n  claimwatch config --config /etc/claimwatch/config.toml",
    )
    p.set_defaults(handler=run)


async def run(args: argparse.Namespace, ctx: Context) -> int:
    cfg = ctx.config
    print(f"config:    {cfg.path or '(defaults: no config.toml found)'}")
    print(f"database:  {ctx.db_path}")
    print(f"timezone:  {cfg.timezone}")
    print(f"admins:    {len(cfg.telegram.admins)}")
    print(f"channels:  {', '.join('@' + c.username for c in cfg.channels) or '(none)'}")
    print(f"sources:   {', '.join(s.name for s in cfg.sources) or '(none)'}")
    print(f"topics:    {', '.join(t.name for t in cfg.topics) or '(none)'}")
    print(f"schedules: {len(cfg.schedules)}")
    for t in cfg.topics:
        if not any(k.strip() for k in t.keywords):
            print(
                f"note: topic {t.name!r} has no keywords, so no post is tagged with it;"
                " add keywords = [...] under its [[topics]]."
            )
    if not cfg.telegram.admins:
        print(
            "note: telegram.admins is empty, so nobody can /watch, /unwatch or subscribe"
            " a group; add your Telegram user id."
        )
    return 0
