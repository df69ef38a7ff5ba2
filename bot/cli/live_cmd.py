"""`claimwatch login`, `claimwatch run`, `claimwatch backfill`: going live on Telegram."""

from __future__ import annotations

import argparse

from bot.cli.common import Context, UserError, add_command, parse_day, sync_config_topics
from bot.config import Secrets
from extractors.actors import LANGS, SIDES

ENV_HELP = """\
environment (secrets never go in config.toml):
  CLAIMWATCH_API_ID, CLAIMWATCH_API_HASH   from https://my.telegram.org (API development tools)
  CLAIMWATCH_BOT_TOKEN                     from @BotFather (/newbot)
"""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = add_command(
        sub,
        common,
        "login",
        help="log in the Telegram account that reads the channels",
        description="Log in the user account that reads channels: it asks for the phone\n"
        "number, the code Telegram sends and the two-step password, if any. The session\n"
        "is written to telegram.session (outside git, mode 0600). With CLAIMWATCH_BOT_TOKEN\n"
        "set, the bot's token is checked too. Running it again when logged in says so.",
        epilog=f"example:\n  claimwatch login --phone +447700900123\n\n{ENV_HELP}",
    )
    p.add_argument("--phone", help="phone number in international format (asked if left out)")
    p.set_defaults(handler=run_login)

    p = add_command(
        sub,
        common,
        "run",
        help="watch the channels and answer the bot until stopped",
        description="Run the user client (reads the watched channels), the bot client\n"
        "(commands, digests) and the scheduled work in one process until Ctrl-C or\n"
        "SIGTERM. On start, and every telegram.sweep_minutes, every channel is read\n"
        "after its cursor, so nothing posted while the process was down is missed.",
        epilog="examples:\n  claimwatch run\n  claimwatch run -v --config /etc/claimwatch/config.toml\n\n"
        f"{ENV_HELP}\nUnder systemd: see bot/telegram/claimwatch.service.",
    )
    p.set_defaults(handler=run_live_cmd)

    p = add_command(
        sub,
        common,
        "backfill",
        help="fetch a channel's posts since a date",
        description="Read a channel from a date up to now, oldest first, and store every\n"
        "post with its claims; posts already stored are skipped. A channel that is not\n"
        "watched is stored but not followed (use /watch or config.toml for that).",
        epilog="examples:\n  claimwatch backfill @rybar --since 2024-07-20\n"
        "  claimwatch backfill t.me/grey_zone --since 2024-07-25 --side wagner --lang ru",
    )
    p.add_argument("channel", help="@username or t.me/username of a public channel")
    p.add_argument(
        "--since",
        required=True,
        metavar="D",
        help="first day, YYYY-MM-DD in the config's time zone (or an ISO 8601 time)",
    )
    p.add_argument("--side", choices=sorted(SIDES), help="actor id, for a channel not yet known")
    p.add_argument("--lang", choices=LANGS, help="language, for a channel not yet known")
    p.set_defaults(handler=run_backfill)


async def run_login(args: argparse.Namespace, ctx: Context) -> int:
    from bot.telegram.clients import login

    return await login(ctx.config, Secrets.from_env(), phone=args.phone)


async def run_live_cmd(args: argparse.Namespace, ctx: Context) -> int:
    from bot.telegram.runner import run_live

    return await run_live(ctx.config, ctx.db_path, Secrets.from_env())


async def run_backfill(args: argparse.Namespace, ctx: Context) -> int:
    from telethon import errors

    from bot.telegram import NETWORK_ERRORS
    from bot.telegram.clients import ensure_authorized, user_client
    from bot.telegram.progress import terminal_bar
    from bot.telegram.sweep import ChannelProblem, Sweeper
    from db.sources import ensure_source, get_source, normalise_handle
    from db.util import parse_iso

    handle = normalise_handle(args.channel)
    # Checked before Telegram is asked anything: a typo costs no connection.
    since = parse_iso(parse_day(args.since, "--since", ctx.config, end=False))
    client = user_client(ctx.config, Secrets.from_env())
    store = await ctx.open_store()
    try:
        try:
            await client.connect()
        except NETWORK_ERRORS as exc:
            raise UserError(
                f"cannot reach Telegram ({type(exc).__name__}); check the network and run again."
            ) from exc
        await ensure_authorized(client, ctx.config.telegram)
        await sync_config_topics(store, ctx)
        known = await get_source(store.conn, "telegram", handle)
        if known is None:
            async with store.transaction() as conn:
                known = await ensure_source(
                    conn, "telegram", handle, side=args.side, lang=args.lang, origin="ingest"
                )
        sweeper = Sweeper(store, client, ctx.config.telegram, bar=terminal_bar)
        try:
            result = await sweeper.backfill(known.id, since)
        except ChannelProblem as exc:
            raise UserError(f"@{handle} cannot be read: {exc}.") from exc
        except errors.FloodWaitError as exc:
            raise UserError(
                f"Telegram asks to wait {exc.seconds} s, longer than telegram.flood_wait_cap; "
                "run the command again later (posts already stored are skipped)."
            ) from exc
        print(
            f"@{handle}: {result.read} messages read, {result.new} new posts, "
            f"{result.changed} changed."
        )
        if known.origin == "ingest":
            print(f"@{handle} is not watched; /watch @{handle} or config.toml follows it live.")
        return 0
    finally:
        await client.disconnect()
        await store.close()
