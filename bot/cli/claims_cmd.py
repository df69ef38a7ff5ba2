"""`claimwatch claims`: the current claims, filtered, as a table, CSV or JSON Lines.

The filter options and the output writers live here and are shared with
`claimwatch export`.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import sys
from collections.abc import AsyncIterable
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from bot.cli.common import Context, UserError, add_command, parse_day
from bot.config import Config
from bot.digest.render_csv import csv_cell
from db.claims import ClaimRow, Filter, channel_names, count_claims, iter_claims, source_ids_for
from db.sources import is_username
from db.store import Store
from extractors.actors import KINDS, VICTIMS, actor_name

TABLE_LIMIT = 100

CLAIM_FIELDS = (
    "date",
    "channel",
    "channel_title",
    "channel_side",
    "post_id",
    "ext_id",
    "msg_id",
    "link",
    "kind",
    "victim",
    "low",
    "high",
    "approx",
    "figure",
    "claimant",
    "scope",
    "evidence",
    "span_start",
    "span_end",
    "lang",
    "post_version",
    "extractor_version",
    "deleted",
)

EPILOG = """\
examples:
  claimwatch claims --victim wagner --since 2024-07-25 --until 2024-07-31
  claimwatch claims --channel rybar --kind killed --format csv > rybar.csv
  claimwatch claims --format jsonl | jq .figure

Dates are days in the config's time zone (YYYY-MM-DD; --until is the last day
included) or full ISO 8601 times. Claims of edited posts come from their current
text; claims replaced by `claimwatch reextract` are not shown.
"""


def add_filter_options(p: argparse.ArgumentParser, *, claims: bool) -> None:
    p.add_argument("--since", metavar="D", help="first day, YYYY-MM-DD (or an ISO 8601 time)")
    p.add_argument("--until", metavar="D", help="last day included, YYYY-MM-DD")
    p.add_argument(
        "--channel",
        metavar="C",
        action="append",
        default=[],
        help="only this channel or outlet (@username, name or title; repeat for more)",
    )
    if claims:
        p.add_argument(
            "--victim",
            metavar="V",
            help=f"only claims about this actor: {', '.join(sorted(VICTIMS))}",
        )
        p.add_argument("--kind", metavar="K", help=f"only this kind: {', '.join(KINDS)}")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = add_command(
        sub,
        common,
        "claims",
        help="list the casualty claims found, filtered by date, channel, victim, kind",
        description="List the current casualty claims, oldest first: who claimed what "
        "figure about whom, with the post's link.\nA table shows the newest "
        f"{TABLE_LIMIT} unless --limit says otherwise; csv and jsonl give all of them.",
        epilog=EPILOG,
    )
    add_filter_options(p, claims=True)
    p.add_argument(
        "--format",
        choices=("table", "csv", "jsonl"),
        default="table",
        help="table (default), csv or jsonl (one claim per line)",
    )
    p.add_argument(
        "--limit",
        type=int,
        metavar="N",
        help=f"only the newest N claims (table default {TABLE_LIMIT}; 0 = all)",
    )
    p.set_defaults(handler=run)


# --- option checking ---


async def build_filter(
    args: argparse.Namespace, config: Config, store: Store, *, limit: int | None = None
) -> Filter:
    since = parse_day(args.since, "--since", config, end=False) if args.since else None
    until = parse_day(args.until, "--until", config, end=True) if args.until else None
    if since and until and until <= since:
        raise UserError(
            f"--until {args.until} is before --since {args.since}; swap them, "
            "e.g. --since 2024-07-25 --until 2024-07-31."
        )
    victim = getattr(args, "victim", None)
    if victim is not None and victim not in VICTIMS:
        raise UserError(
            f"--victim {victim!r} is not an actor id; use one of "
            f"{', '.join(sorted(VICTIMS))}, e.g. --victim wagner."
        )
    kind = getattr(args, "kind", None)
    if kind is not None and kind not in KINDS:
        raise UserError(
            f"--kind {kind!r} is not a claim kind; use one of {', '.join(KINDS)}, e.g. --kind killed."
        )
    if args.channel:
        found = await source_ids_for(store.conn, args.channel)
        missing = [c for c in args.channel if c not in found]
        if missing:
            known = await channel_names(store.conn)
            listed = ", ".join(known[:15]) + (", ..." if len(known) > 15 else "")
            raise UserError(
                f"no channel {missing[0]!r} in the database; use a stored one "
                f"({listed or 'none yet: run claimwatch ingest first'}), e.g. --channel "
                f"{known[0] if known else 'rybar'}."
            )
    if limit is not None and limit < 0:
        raise UserError(f"--limit {limit} must be 0 (all) or more, e.g. --limit 50.")
    return Filter(
        since=since,
        until=until,
        channels=tuple(args.channel),
        victim=victim,
        kind=kind,
        limit=limit or None,
    )


# --- output ---


def figure(low: int | None, high: int | None, approx: bool) -> str:
    """The stated figure at a glance: 54, ~50, 40+, ≤480, 20–99."""
    if low is not None and high is not None:
        text = str(low) if low == high else f"{low}–{high}"
    elif low is not None:
        text = f"{low}+"
    elif high is not None:
        text = f"≤{high}"
    else:
        text = "?"
    return f"~{text}" if approx else text


def claim_record(row: ClaimRow) -> dict[str, Any]:
    return {
        "date": row.date,
        "channel": row.channel,
        "channel_title": row.channel_title,
        "channel_side": row.channel_side,
        "post_id": row.post_id,
        "ext_id": row.ext_id,
        "msg_id": row.msg_id,
        "link": row.link,
        "kind": row.kind,
        "victim": row.victim,
        "low": row.low,
        "high": row.high,
        "approx": row.approx,
        "figure": figure(row.low, row.high, row.approx),
        "claimant": row.claimant,
        "scope": row.scope,
        "evidence": row.evidence,
        "span_start": row.span_start,
        "span_end": row.span_end,
        "lang": row.lang,
        "post_version": row.post_version,
        "extractor_version": row.extractor_version,
        "deleted": row.deleted,
    }


async def write_jsonl(records: AsyncIterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line, streamed: an export never sits in memory whole."""
    n = 0
    async for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


async def write_csv(
    records: AsyncIterable[dict[str, Any]], fields: tuple[str, ...], out: TextIO
) -> int:
    writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
    writer.writeheader()
    n = 0
    async for record in records:
        writer.writerow({k: csv_cell(v) for k, v in record.items()})
        n += 1
    return n


def _local(iso: str | None, config: Config) -> str:
    if not iso:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.astimezone(config.tz).strftime("%Y-%m-%d %H:%M")


def render_table(rows: list[ClaimRow], config: Config, console: Console) -> None:
    table = Table(show_lines=False, header_style="bold")
    table.add_column(f"date ({config.timezone})", no_wrap=True)
    table.add_column("channel", overflow="fold")
    table.add_column("kind")
    table.add_column("victim")
    table.add_column("figure", justify="right", no_wrap=True)
    table.add_column("claimant", overflow="fold")
    table.add_column("scope")
    table.add_column("link", overflow="fold")
    for r in rows:
        channel = r.channel_title or r.channel
        if r.source_kind == "telegram" and is_username(r.channel):
            channel = f"@{r.channel}"
        claimant = "self" if r.claimant == "self" else actor_name(r.claimant)
        table.add_row(
            _local(r.date, config),
            channel,
            r.kind,
            r.victim,
            figure(r.low, r.high, r.approx),
            claimant,
            r.scope,
            (r.link or "") + (" (deleted)" if r.deleted else ""),
        )
    console.print(table)


def silence_stdout() -> None:
    """`claimwatch claims | head`: the reader went away, which is no error of ours.

    Point stdout at /dev/null so the interpreter's final flush does not complain.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


async def run(args: argparse.Namespace, ctx: Context) -> int:
    store = await ctx.open_store()
    try:
        limit = args.limit
        if limit is None and args.format == "table":
            limit = TABLE_LIMIT
        f = await build_filter(args, ctx.config, store, limit=limit)
        rows = (claim_record(r) async for r in iter_claims(store.conn, f))
        if args.format == "jsonl":
            await write_jsonl(rows, sys.stdout)
        elif args.format == "csv":
            await write_csv(rows, CLAIM_FIELDS, sys.stdout)
        else:
            found = [r async for r in iter_claims(store.conn, f)]
            # Piped into a file or `less`, keep rows whole rather than fold to 80 columns.
            console = Console(width=None if sys.stdout.isatty() else 250)
            if not found:
                print("no claims match; widen the filters, or run `claimwatch ingest` first.")
                return 0
            render_table(found, ctx.config, console)
            total = await count_claims(store.conn, f)
            if total > len(found):
                print(
                    f"showing the newest {len(found):,} of {total:,} claims; --limit 0 shows "
                    "all, --format csv exports them."
                )
    except BrokenPipeError:
        silence_stdout()
    finally:
        await store.close()
    return 0
