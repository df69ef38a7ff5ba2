"""`claimwatch export`: posts or claims as CSV or JSON Lines, with post links."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from bot.cli.claims_cmd import (
    CLAIM_FIELDS,
    add_filter_options,
    build_filter,
    claim_record,
    silence_stdout,
    write_csv,
    write_jsonl,
)
from bot.cli.common import Context, UserError, add_command
from db.claims import Filter, PostRow, iter_claims, iter_posts
from db.store import Store

# A posts export in JSON Lines is itself valid input for `claimwatch ingest` and
# `python -m extractors`: the same id/text/channel/channel_side/lang/date/url fields.
POST_FIELDS = (
    "id",
    "text",
    "channel",
    "channel_side",
    "lang",
    "date",
    "url",
    "kind",
    "channel_title",
    "msg_id",
    "version",
    "deleted_at",
    "first_seen",
    "claim_count",
)

EPILOG = """\
examples:
  claimwatch export --what claims --format csv --out claims.csv
  claimwatch export --what posts --format jsonl --channel rybar --since 2024-07-01 > rybar.jsonl
  claimwatch export --what posts --format jsonl | python -m extractors > claims.jsonl

Links are https://t.me/USERNAME/ID for public channels (a Telegram export ingested
without --channel has no username, so its posts have no link) and the article
address for mainstream outlets. A posts export in JSON Lines can be ingested again.
In CSV a text that a spreadsheet would run as a formula (=, +, -, @ first) starts
with an apostrophe; JSON Lines keeps every text exactly.
"""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = add_command(
        sub,
        common,
        "export",
        help="write posts or claims as CSV or JSON Lines",
        description="Write the stored posts (current text) or the current claims, oldest "
        "first, as CSV or JSON Lines, to a file or standard output.",
        epilog=EPILOG,
    )
    p.add_argument("--what", choices=("posts", "claims"), required=True, help="posts or claims")
    p.add_argument("--format", choices=("csv", "jsonl"), required=True, help="csv or jsonl")
    p.add_argument(
        "--out", metavar="PATH", help="file to write (default: standard output); replaced whole"
    )
    add_filter_options(p, claims=True)
    p.set_defaults(handler=run)


def post_record(row: PostRow) -> dict[str, Any]:
    return {
        "id": row.ext_id,
        "text": row.text,
        "channel": row.channel,
        "channel_side": row.channel_side,
        "lang": row.lang,
        "date": row.date,
        "url": row.link,
        "kind": row.kind,
        "channel_title": row.channel_title,
        "msg_id": row.msg_id,
        "version": row.version,
        "deleted_at": row.deleted_at,
        "first_seen": row.first_seen,
        "claim_count": row.claims,
    }


async def _rows(store: Store, what: str, f: Filter) -> AsyncIterator[dict[str, Any]]:
    if what == "posts":
        async for post in iter_posts(store.conn, f):
            yield post_record(post)
    else:
        async for claim in iter_claims(store.conn, f):
            yield claim_record(claim)


async def _write(store: Store, args: argparse.Namespace, f: Filter, out: TextIO) -> int:
    rows = _rows(store, args.what, f)
    if args.format == "jsonl":
        return await write_jsonl(rows, out)
    return await write_csv(rows, POST_FIELDS if args.what == "posts" else CLAIM_FIELDS, out)


def _checked_target(out: str) -> Path:
    target = Path(out)
    if target.is_dir():
        raise UserError(f"--out {out} is a folder; give a file name, e.g. --out claims.csv.")
    folder = target.resolve().parent
    if not folder.is_dir():
        raise UserError(f"--out {out}: the folder {folder} does not exist; create it first.")
    return target


@contextmanager
def _replacing(target: Path) -> Iterator[TextIO]:
    """A file written beside `target` and renamed over it: a failed export leaves no half file."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.resolve().parent)
    except OSError as exc:
        raise UserError(f"--out {target}: cannot write there ({exc.strerror or exc}).") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


async def run(args: argparse.Namespace, ctx: Context) -> int:
    if args.what == "posts" and (args.victim or args.kind):
        raise UserError(
            "--victim and --kind select claims; use them with --what claims, "
            "e.g. claimwatch export --what claims --format csv --victim wagner."
        )
    store = await ctx.open_store()
    try:
        f = await build_filter(args, ctx.config, store)
        if not args.out:
            try:
                await _write(store, args, f, sys.stdout)
            except BrokenPipeError:
                silence_stdout()
            return 0
        target = _checked_target(args.out)
        with _replacing(target) as out:
            n = await _write(store, args, f, out)
        print(f"wrote {n:,} {args.what} to {target}", file=sys.stderr)
    finally:
        await store.close()
    return 0
