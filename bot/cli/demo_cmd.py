"""`claimwatch demo`: the bundled samples through the real pipeline, then the Tinzaouaten digest.

Nothing here is a shortcut: the Telegram Desktop exports and RSS files in
samples/ go through `claimwatch ingest` (bot.ingest: parse, store raw, extract,
tag topics in one transaction per batch) into a fresh database, and the digest
is read back from it exactly as `claimwatch digest` reads it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from rich.console import Console

from bot.cli.common import Context, UserError, add_command
from bot.cli.digest_cmd import FORMATS, render, table_console
from bot.config import Config
from bot.digest.build import build_digest
from bot.digest.model import Digest
from bot.digest.render_html import render_html
from bot.digest.render_text import print_digest
from bot.ingest import ConsoleReporter, Ingest, IngestOptions
from db.digest import claim_rows, get_topic
from db.store import Store
from db.topics import sync_topics
from db.util import now_iso

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
TOPIC = "tinzaouaten"

DESCRIPTION = """\
Load the bundled samples (samples/: Telegram Desktop exports of four channels
and RSS feeds of three outlets, in Russian, Ukrainian, English, Arabic and
French) into a fresh database through the real ingest, extractor and topic
tagging, then print the Tinzaouaten comparison digest and write digest.html
and digest.png into the current folder (or --out-dir). No login, no network.
It runs with the settings in samples/demo.toml; --db keeps the database.
"""

EPILOG = """\
examples:
  claimwatch demo
  claimwatch demo --format json > tinzaouaten.json
  claimwatch demo --db demo.db
  claimwatch digest --db demo.db --config samples/demo.toml --topic tinzaouaten
"""


@dataclass(frozen=True)
class Loaded:
    files: int
    posts: int
    claims: int
    errors: int


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = add_command(
        sub,
        common,
        "demo",
        help="the Tinzaouaten digest from bundled sample data (no login needed)",
        description=DESCRIPTION,
        epilog=EPILOG,
    )
    p.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="what to print (default: text; png prints nothing, the chart is digest.png)",
    )
    p.add_argument(
        "--out-dir",
        metavar="DIR",
        default=".",
        help="where digest.html and digest.png go (default: the current folder)",
    )
    p.add_argument("--samples", metavar="DIR", help=f"sample folder (default: {SAMPLES})")
    p.set_defaults(handler=run, config_from=lambda args: _samples(args) / "demo.toml")


def sample_inputs(samples: Path) -> list[tuple[Path, str]]:
    """(file, channel name) for every export and feed: a channel is named by its folder,
    an outlet by its file name, as `claimwatch ingest --channel` would be told."""
    exports = sorted(samples.glob("telegram/*/result.json"))
    feeds = sorted(samples.glob("news/*.xml"))
    return [(p, p.parent.name) for p in exports] + [(p, p.stem) for p in feeds]


async def load_samples(store: Store, config: Config, samples: Path) -> Loaded:
    """Ingest every sample file, tagging posts with the config's topics as they go in."""
    async with store.transaction() as conn:
        await sync_topics(conn, config.topics, config.tz)
    inputs = sample_inputs(samples)
    if not inputs:
        raise UserError(f"{samples}: no telegram/*/result.json or news/*.xml to load.")
    posts = claims = errors = 0
    with ConsoleReporter() as reporter:
        for path, channel in inputs:
            ingest = Ingest(store, config, reporter, IngestOptions(channel=channel))
            summary = await ingest.run([str(path)])
            posts += summary.new + summary.changed + summary.unchanged
            claims += summary.claims
            errors += summary.errors
    return Loaded(len(inputs), posts, claims, errors)


async def topic_digest(store: Store, topic: str) -> Digest:
    row = await get_topic(store.conn, topic)
    if row is None:
        raise UserError(f"the sample config has no topic {topic!r}.")
    rows = await claim_rows(store.conn, topic_id=row.id, since=row.since, until=row.until)
    return build_digest(
        rows, topic=topic, title=row.title, since=row.since, until=row.until,
        generated_at=now_iso(),
    )  # fmt: skip


def _samples(args: argparse.Namespace) -> Path:
    samples = Path(args.samples).expanduser() if args.samples else SAMPLES
    if not (samples / "demo.toml").is_file():
        raise UserError(
            f"{samples}: not a sample folder (no demo.toml); run the demo from a checkout of "
            "claimwatch, or pass --samples DIR."
        )
    return samples


def _shown(path: Path) -> Path:
    """The path as the user can type it from here: relative inside the current folder."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _out_dir(args: argparse.Namespace) -> Path:
    out_dir = Path(args.out_dir).expanduser()
    if not out_dir.is_dir():
        raise UserError(f"--out-dir {args.out_dir}: no such folder; create it first.")
    return out_dir


def _write_files(digest: Digest, out_dir: Path) -> tuple[Path, Path]:
    from bot.cli.digest_cmd import render_chart

    chart = render_chart(digest)
    html_path, png_path = out_dir / "digest.html", out_dir / "digest.png"
    png_path.write_bytes(chart)
    html_path.write_text(render_html(digest, chart_png=chart), encoding="utf-8")
    return html_path.resolve(), png_path.resolve()


async def run(args: argparse.Namespace, ctx: Context) -> int:
    samples = _samples(args)
    out_dir = _out_dir(args)
    config = ctx.config  # samples/demo.toml, read by Context through config_from
    err = Console(stderr=True, highlight=False)
    with tempfile.TemporaryDirectory(prefix="claimwatch-demo-") as tmp:
        db_path = args.db or str(Path(tmp) / "demo.db")
        store = await Store.open(db_path)
        try:
            loaded = await load_samples(store, config, samples)
            digest = await topic_digest(store, TOPIC)
        finally:
            await store.close()
    kept = f"database {db_path}" if args.db else "a temporary database"
    err.print(
        f"Loaded {loaded.posts} posts from {loaded.files} sample files into {kept}: "
        f"{loaded.claims} claims extracted"
        + (f", {loaded.errors} problems (see above)" if loaded.errors else "")
        + ".",
        markup=False,
    )
    html_path, png_path = _write_files(digest, out_dir)
    if args.format == "text":
        print_digest(digest, table_console())
    elif args.format != "png":
        data = render(digest, args.format)
        assert isinstance(data, str)
        sys.stdout.write(data)
    err.print(
        f"\nWrote {html_path} (the page, with the chart)\n"
        f"  and {png_path} (the whole chart; the bot sends it as pages of at most"
        " 1280x1280 px).",
        markup=False,
    )
    if not args.db:
        err.print(
            "Keep the database with --db demo.db, then: claimwatch digest --db demo.db "
            f"--config {_shown(samples / 'demo.toml')} --topic tinzaouaten --format json",
            markup=False,
        )
    return 0
