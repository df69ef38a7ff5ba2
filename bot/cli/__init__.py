"""The `claimwatch` command: a thin layer of argparse over the core.

Each command lives in its own module with `register(subparsers)`; the module
sets `handler` to a coroutine `run(args, ctx) -> int`. Errors the user can fix
(bad config, bad file, missing secret) print one clear message and exit 2.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from bot import __version__
from bot.cli.common import Context, UserError
from bot.config import ConfigError
from db.store import StoreError

# Order here is the order in `claimwatch --help`.
COMMAND_MODULES = [
    "bot.cli.demo_cmd",
    "bot.cli.digest_cmd",
    "bot.cli.config_cmd",
    "bot.cli.ingest_cmd",
    "bot.cli.claims_cmd",
    "bot.cli.export_cmd",
    "bot.cli.reextract_cmd",
    "bot.cli.poll_cmd",
    "bot.cli.sources_cmd",
    "bot.cli.retag_cmd",
    "bot.cli.live_cmd",
    "bot.cli.subs_cmd",
]

EPILOG = """\
examples:
  claimwatch demo                          the Tinzaouaten digest from bundled data
  claimwatch ingest result.json --side ru  a Telegram Desktop export of a channel
  claimwatch claims --victim wagner        what has been claimed about Wagner
  claimwatch run                           watch channels and send digests (needs login)

Every command takes --config PATH (default ./config.toml or $CLAIMWATCH_CONFIG)
and --db PATH (default: database.path from the config).
"""


def _common_options(default: object) -> argparse.ArgumentParser:
    # The subcommands repeat the options with SUPPRESS, so that
    # `claimwatch --db X ingest` and `claimwatch ingest --db X` both work.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        metavar="PATH",
        default=default,
        help="config file (default: ./config.toml, or $CLAIMWATCH_CONFIG)",
    )
    common.add_argument(
        "--db", metavar="PATH", default=default, help="SQLite database (default: from config)"
    )
    common.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=argparse.SUPPRESS if default is argparse.SUPPRESS else 0,
        help="more log output (-vv for debug)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    top = _common_options(None)
    common = _common_options(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="claimwatch",
        description="Pull casualty claims out of Telegram channels and news feeds, "
        "and set them side by side in digests.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[top],
    )
    parser.add_argument("--version", action="version", version=f"claimwatch {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    logging.basicConfig(
        level=(logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)],
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        ctx = Context.from_args(args)
        result: int = asyncio.run(args.handler(args, ctx))
        return result
    except (ConfigError, StoreError, UserError) as exc:
        print(f"claimwatch: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("claimwatch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader left early (`claimwatch claims | head`): no traceback. Standard output
        # goes to devnull so the interpreter's last flush does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
