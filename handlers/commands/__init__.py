"""Bot commands. Adding one takes an async function and a registration line.

In a module of this package (or a new one, listed in COMMAND_MODULES below):

    from handlers.commands import CommandContext, CommandError, command
    from handlers.commands.html import fmt

    @command("topics", "List the topics digests are made for.", usage="/topics")
    async def topics(ctx: CommandContext) -> None:
        names = [t.name for t in ctx.app.config.topics]
        await ctx.reply(fmt("Topics: {}", ", ".join(names) or "none"))

    @command("watch", "Watch a channel.", usage="/watch @username [side] [lang]",
             example="/watch @rybar ru ru", admin=True)
    async def watch(ctx: CommandContext) -> None: ...

What the framework does for every command:
- `admin=True`: only the Telegram user ids in config `telegram.admins` may run it;
  anyone else gets a polite refusal, logged with user id and command name only.
- `ctx.args` (shell-like words), `ctx.rest` (the raw remainder), `ctx.arg(i)`,
  `ctx.require_args(lo, hi)` and the helpers `parse_username`, `parse_choice`,
  `parse_int`; each raises `CommandError` with one sentence, and the user gets it
  with the command's usage and example.
- `ctx.reply(html)` takes `Html` only (`fmt`, `esc`, `join` in handlers.commands.html
  escape every value), splits under Telegram's 4,096 characters, no link previews.
- `commands.menu(admin)` gives (name, description) pairs for SetBotCommandsRequest;
  `commands.visible(admin)` the commands for /help.

`register(client, app)` imports COMMAND_MODULES and routes the bot client's
"/..." messages to them; `bot/telegram/runner.py` calls it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from handlers.commands.registry import (
    Command,
    CommandContext,
    CommandError,
    CommandRegistry,
    attach,
    parse_choice,
    parse_int,
    parse_username,
)

if TYPE_CHECKING:
    from bot.telegram.app import App

# Every module that registers commands; their order is the order of /help.
COMMAND_MODULES = [
    "handlers.commands.info",
    "handlers.commands.digest",
    "handlers.commands.subscriptions",
    "handlers.commands.channels",
    "handlers.commands.admin_status",
]

commands = CommandRegistry(order=COMMAND_MODULES)
command = commands.command


def load() -> CommandRegistry:
    """Import every command module (each registers its commands once) and return the registry."""
    for name in COMMAND_MODULES:
        importlib.import_module(name)
    return commands


def register(client: Any, app: App) -> CommandRegistry:
    """Answer commands on `client` (the bot client)."""
    registry = load()
    attach(registry, client, app)
    return registry


__all__ = [
    "COMMAND_MODULES",
    "Command",
    "CommandContext",
    "CommandError",
    "CommandRegistry",
    "command",
    "commands",
    "load",
    "parse_choice",
    "parse_int",
    "parse_username",
    "register",
]
