"""`claimwatch poll [SOURCE...]`: poll mainstream sources now, with progress."""

from __future__ import annotations

import argparse
import logging

from rich.console import Console
from rich.table import Table

from bot.cli.common import Context, UserError, add_command
from bot.config import Secrets

DESCRIPTION = """\
Fetch the mainstream sources of config.toml ([[sources]]) now: RSS and Atom
feeds, the GDELT DOC API (one query per topic) and ACLED (needs ACLED_KEY and
ACLED_EMAIL). New and changed items are stored as mainstream posts, run through
the extractor and tagged with their topics. A source that fails is reported and
recorded (see `claimwatch sources`); the others are polled all the same.
"""

EPILOG = """\
examples:
  claimwatch poll                   every configured source
  claimwatch poll rfi_afrique       one source, by its name in config.toml
  claimwatch poll rfi_afrique gdelt two of them

Exit status: 0 when every source polled, 1 when one or more failed.
"""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = add_command(
        sub,
        common,
        "poll",
        help="fetch RSS/Atom, GDELT and ACLED sources now",
        description=DESCRIPTION,
        epilog=EPILOG,
    )
    p.add_argument("source", nargs="*", metavar="SOURCE", help="source name(s); default: all")
    p.set_defaults(handler=run)


async def run(args: argparse.Namespace, ctx: Context) -> int:
    config = ctx.config
    if not config.sources:
        raise UserError(
            f"no [[sources]] in {config.path or 'the config (none found)'}; add one, e.g.\n"
            '  [[sources]]\n  name = "rfi_afrique"\n  kind = "rss"\n'
            '  url = "https://www.rfi.fr/fr/afrique/rss"'
        )
    known = [s.name for s in config.sources]
    for name in args.source:
        if name not in known:
            raise UserError(
                f"no source named {name!r} in [[sources]]; use one of: {', '.join(known)}."
            )
    if not args.verbose:
        # The progress lines already say which source failed and why.
        logging.getLogger("bot.sources.poller").setLevel(logging.ERROR)
    err = Console(stderr=True)
    out = Console()

    def on_event(name: str, message: str) -> None:
        err.print(f"[bold]{name}[/bold]: {message}", markup=True, highlight=False)

    from bot.sources.poller import Poller  # feedparser, trafilatura: only when polling

    store = await ctx.open_store()
    poller = Poller.create(store, config, secrets=Secrets.from_env(), on_event=on_event)
    try:
        with err.status("polling...", spinner="dots") if err.is_terminal else _Null():
            results = await poller.poll_all(args.source or None)
    finally:
        await poller.aclose()
        await store.close()
    table = Table(title="poll", title_justify="left")
    for column in ("source", "result", "items", "new", "changed"):
        table.add_column(
            column, justify="right" if column in ("items", "new", "changed") else "left"
        )
    for r in results:
        o = r.outcome
        status = "[green]ok[/green]" if r.ok else f"[red]failed[/red]: {_esc(r.error or '')}"
        if r.ok and o.not_modified:
            status = "not modified"
        if r.ok and o.problem:
            status += f" [yellow](warning: {_esc(o.problem)})[/yellow]"
        table.add_row(r.name, status, str(o.fetched), str(o.new), str(o.changed))
    out.print(table)
    return 0 if all(r.ok for r in results) else 1


def _esc(text: str) -> str:
    # Error texts come from servers: never let them be read as rich markup.
    return text.replace("[", "\\[")


class _Null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None
