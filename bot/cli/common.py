"""What every command shares: the loaded config, the database path, opening the store."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from bot.config import Config, load_config
from db.store import Store


class UserError(Exception):
    """Something the user can fix; the message says what and how."""


@dataclass(frozen=True)
class Context:
    config: Config
    db_path: str

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        config = load_config(args.config)
        db_path = args.db or str(Path(config.database.path).expanduser())
        return cls(config=config, db_path=db_path)

    async def open_store(self) -> Store:
        return await Store.open(self.db_path)


def add_command(
    sub: argparse._SubParsersAction,  # type: ignore[type-arg]
    common: argparse.ArgumentParser,
    name: str,
    *,
    help: str,
    description: str,
    epilog: str = "",
) -> argparse.ArgumentParser:
    """A subcommand with the shared options and a help text that teaches by example."""
    parser: argparse.ArgumentParser = sub.add_parser(
        name,
        help=help,
        description=description,
        epilog=epilog,
        parents=[common],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser
