"""`claimwatch ingest`: Telegram Desktop exports, JSON Lines and RSS/Atom feeds into the store."""

from __future__ import annotations

import argparse
import os

from bot.cli.common import Context, UserError, add_command, sync_config_topics
from bot.ingest import ConsoleReporter, Ingest, IngestOptions
from db.sources import normalise_handle
from extractors.actors import LANGS, SIDES

DESCRIPTION = """\
Read posts from files (or feed URLs) and store them with the claims the
extractor finds in them. Formats are told apart by content:

  Telegram Desktop export  result.json of one channel, or of the whole account
                           (Settings > Advanced > Export Telegram data, format
                           "Machine-readable JSON"); read as a stream, any size.
                           A full-account export gives its channels; --all-chats
                           takes groups and personal chats too.
  JSON Lines               one {"id", "text", "channel", "channel_side", "lang",
                           "date", "url"} object per line, as in gold/*.jsonl
                           (only id and text are required; "claims" is ignored).
  RSS 2.0 / Atom           a feed file or an http(s) URL; each entry becomes a
                           post of a mainstream outlet, with its link.

Ingesting the same file again adds nothing; a post whose text changed is kept
as a new version and its claims are extracted again. A bad line or message is
reported (file:line, what is wrong) and skipped; the rest goes in.

Exit status: 0 when anything could be read (even with some bad lines: see the
summary), 1 when nothing could be read at all (every input missing, empty,
unreadable, or every line bad), 2 for a bad option or config.
"""

EPILOG = """\
examples:
  claimwatch ingest ~/Downloads/Telegram\\ Desktop/ChatExport_2024-07-30/result.json \\
      --channel rybar --side ru --lang ru
  claimwatch ingest DataExport_2024-08-01/result.json     every channel of an account
  claimwatch ingest ../shared/gold/dev.jsonl
  claimwatch ingest https://www.rfi.fr/fr/afrique/rss --lang fr
  claimwatch ingest posts.jsonl --no-extract && claimwatch reextract
"""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = add_command(
        sub,
        common,
        "ingest",
        help="read Telegram exports, JSON Lines or RSS/Atom feeds into the database",
        description=DESCRIPTION,
        epilog=EPILOG,
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or http(s) feed URLs")
    p.add_argument(
        "--channel",
        metavar="NAME",
        help="the channel's @username (a Telegram export does not hold it; without it the "
        "chat is stored as tg-<id> and its posts get no t.me links); for JSON Lines, the "
        "channel of lines that name none; for a feed, the outlet's name",
    )
    p.add_argument(
        "--side",
        metavar="ID",
        help="actor id the channel speaks for, when the file, config or database does not "
        f"say: {', '.join(sorted(SIDES))}",
    )
    p.add_argument(
        "--lang",
        metavar="xx",
        help=f"language of the posts when the file does not say: {', '.join(LANGS)}",
    )
    p.add_argument(
        "--all-chats",
        action="store_true",
        help="full-account export: read groups and personal chats too, not only channels",
    )
    p.add_argument(
        "--no-extract",
        action="store_true",
        help="store raw posts only; `claimwatch reextract` derives their claims later",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=default_jobs(),
        metavar="N",
        help="processes running the extractor on a long file (default: one per CPU, "
        f"here {default_jobs()}); 1 extracts in the main process",
    )
    p.add_argument(
        "--batch",
        type=int,
        default=500,
        metavar="N",
        help="posts per transaction (default 500); a crash loses only the batches not "
        "yet committed, and the next run stores them",
    )
    p.set_defaults(handler=run)


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 4))


def check_options(args: argparse.Namespace) -> IngestOptions:
    if args.side is not None and args.side not in SIDES:
        raise UserError(
            f"--side {args.side!r} is not an actor id; use one of {', '.join(sorted(SIDES))}, "
            "e.g. --side ru."
        )
    if args.lang is not None and args.lang not in LANGS:
        raise UserError(
            f"--lang {args.lang!r} is not a supported language; use one of {', '.join(LANGS)}, "
            "e.g. --lang uk."
        )
    channel = args.channel
    if channel is not None:
        channel = normalise_handle(channel)
        if not channel:
            raise UserError(
                "--channel is empty; pass the channel's username, e.g. --channel rybar."
            )
    if args.jobs < 1:
        raise UserError(f"--jobs {args.jobs} must be 1 or more, e.g. --jobs 2.")
    if args.batch < 1:
        raise UserError(f"--batch {args.batch} must be 1 or more, e.g. --batch 500.")
    return IngestOptions(
        channel=channel,
        side=args.side,
        lang=args.lang,
        all_chats=args.all_chats,
        extract=not args.no_extract,
        batch_size=args.batch,
        workers=args.jobs,
    )


async def run(args: argparse.Namespace, ctx: Context) -> int:
    options = check_options(args)
    store = await ctx.open_store()
    try:
        # Posts are tagged as they are stored, with the topics the store holds.
        await sync_config_topics(store, ctx)
        with ConsoleReporter() as reporter:
            summary = await Ingest(store, ctx.config, reporter, options).run(list(args.paths))
    finally:
        await store.close()
    for line in summary.lines():
        print(line)
    return 1 if summary.nothing_read else 0
