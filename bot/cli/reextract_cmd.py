"""`claimwatch reextract`: derive claims for stored posts with the current extractor."""

from __future__ import annotations

import argparse

import extractors
from bot.cli.common import Context, UserError, add_command, progress_bar
from bot.cli.ingest_cmd import default_jobs
from bot.ingest.reextract import reextract
from db.claims import channel_names, source_ids_for

DESCRIPTION = """\
Run the extractor over the current text of stored posts: those ingested raw
(--no-extract, or before the extractor existed) and those extracted by an older
extractor version. Claims it replaces are kept, marked superseded, never deleted;
`claimwatch claims` shows only the live ones. Safe to interrupt: a rerun goes on
where it stopped.
"""

EPILOG = """\
examples:
  claimwatch reextract                      posts the current extractor has not seen
  claimwatch reextract --source rybar       only one channel
  claimwatch reextract --all                every post again (e.g. rules changed
                                            without a version bump)
"""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = add_command(
        sub,
        common,
        "reextract",
        help="derive claims for stored posts (after raw ingest or an extractor upgrade)",
        description=DESCRIPTION,
        epilog=EPILOG,
    )
    p.add_argument(
        "--all",
        action="store_true",
        help="every post, even those the current extractor version has already seen",
    )
    p.add_argument(
        "--source",
        metavar="NAME",
        action="append",
        default=[],
        help="only this channel or outlet (@username, name or title; repeat for more)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        default=default_jobs(),
        metavar="N",
        help=f"processes running the extractor (default: one per CPU, here {default_jobs()})",
    )
    p.add_argument(
        "--batch", type=int, default=500, metavar="N", help="posts per transaction (default 500)"
    )
    p.set_defaults(handler=run)


async def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.jobs < 1:
        raise UserError(f"--jobs {args.jobs} must be 1 or more, e.g. --jobs 2.")
    if args.batch < 1:
        raise UserError(f"--batch {args.batch} must be 1 or more, e.g. --batch 500.")
    store = await ctx.open_store()
    try:
        found = await source_ids_for(store.conn, args.source)
        missing = [s for s in args.source if s not in found]
        if missing:
            known = await channel_names(store.conn)
            raise UserError(
                f"no source {missing[0]!r} in the database; use a stored one "
                f"({', '.join(known[:15]) or 'none yet'}), e.g. --source "
                f"{known[0] if known else 'rybar'}."
            )
        with progress_bar("extracting") as progress:
            summary = await reextract(
                store,
                redo_all=args.all,
                source_ids=list(found.values()),
                batch=args.batch,
                workers=args.jobs,
                progress=progress,
            )
    finally:
        await store.close()
    print(
        f"extractor {extractors.EXTRACTOR_VERSION}: {summary.posts:,} posts, "
        f"{summary.claims:,} claims stored, {summary.superseded:,} older claims superseded"
    )
    if summary.failed:
        print(
            f"the extractor failed on {summary.failed:,} posts (run with -v for details); "
            "their claims are unchanged"
        )
    return 0
