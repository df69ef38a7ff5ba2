"""The bot's command framework: a registry, argument helpers, the admin gate, one dispatcher.

A command is one async function and a registration line (see handlers/commands/__init__.py):

    from handlers.commands import CommandContext, command
    from handlers.commands.html import fmt

    @command("ping", "Check that the bot answers.", usage="/ping [word]", example="/ping hello")
    async def ping(ctx: CommandContext) -> None:
        word = ctx.arg(0, default="pong")
        await ctx.reply(fmt("<b>{}</b>", word))

`admin=True` makes a command admins-only: anyone else gets a polite refusal and
the refusal is logged with the user id and the command name, never the message
text. Raise `CommandError("what was expected ...")` for bad input: the user gets
that sentence plus the usage and an example. Any other exception is logged
(name only) and the user told that something went wrong.
"""

from __future__ import annotations

import logging
import re
import shlex
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from db.sources import is_username, normalise_handle
from handlers.commands.html import Html, esc, fmt, split_message

if TYPE_CHECKING:
    from bot.telegram.app import App

log = logging.getLogger("claimwatch.commands")

# "/watch@ClaimwatchBot @rybar ru" -> name, bot, rest
COMMAND_RE = re.compile(
    r"^/(?P<name>[A-Za-z0-9_]{1,32})(?:@(?P<bot>[A-Za-z0-9_]{3,64}))?(?:\s+(?P<rest>.*))?$",
    re.DOTALL,
)

Handler = Callable[["CommandContext"], Awaitable[None]]


class CommandError(Exception):
    """Bad input the user can fix; the message is one sentence saying what was expected."""


@dataclass(frozen=True)
class Command:
    name: str
    handler: Handler
    description: str  # one line, shown in /help and in Telegram's command menu
    usage: str = ""  # "/watch @username [side] [lang]"
    example: str = ""  # "/watch @rybar ru ru"
    admin: bool = False


@dataclass
class CommandContext:
    """Everything a command needs: the app, who asked, where, and the arguments."""

    app: App
    event: Any
    command: Command
    args: list[str]
    rest: str  # the raw text after the command name, for free-form arguments
    user_id: int | None
    chat_id: int
    is_admin: bool
    replies: list[Html] = field(default_factory=list)

    async def reply(self, text: Html) -> None:
        """Answer in the chat the command came from, HTML parse mode, no link previews."""
        for chunk in split_message(text):
            self.replies.append(chunk)
            await self.app.bot.send_message(
                self.chat_id, chunk, parse_mode="html", link_preview=False
            )

    def arg(self, index: int, default: str | None = None) -> str | None:
        return self.args[index] if index < len(self.args) else default

    def require_args(self, low: int, high: int | None = None) -> None:
        """Between `low` and `high` arguments, or a CommandError naming what was expected."""
        n = len(self.args)
        if n < low:
            raise CommandError(f"/{self.command.name} needs more arguments.")
        if high is not None and n > high:
            raise CommandError(f"/{self.command.name} takes at most {high} argument(s).")


# --- argument helpers: each returns the parsed value or raises CommandError with a sentence ---


def parse_username(value: str | None) -> str:
    """A public @username (also t.me/NAME), lowercased without the @."""
    if not value:
        raise CommandError("Give the channel's public @username.")
    handle = normalise_handle(value)
    if not is_username(handle):
        raise CommandError(
            f"{value!r} is not a public channel username (5-32 letters, digits or _)."
        )
    return handle


def parse_choice(value: str | None, choices: Sequence[str], what: str) -> str:
    if value is None or value.lower() not in choices:
        raise CommandError(f"Unknown {what} {value!r}; use one of: {', '.join(choices)}.")
    return value.lower()


def parse_int(value: str | None, what: str, low: int | None = None, high: int | None = None) -> int:
    try:
        number = int(value or "")
    except ValueError:
        raise CommandError(f"{what} must be a whole number, not {value!r}.") from None
    if (low is not None and number < low) or (high is not None and number > high):
        span = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise CommandError(f"{what} must be {span}.")
    return number


def split_args(text: str) -> list[str]:
    """Shell-like words ("quoted words" stay one); unbalanced quotes fall back to spaces."""
    try:
        return shlex.split(text)
    except ValueError:
        return text.split()


class CommandRegistry:
    def __init__(self, order: Sequence[str] = ()) -> None:
        self._commands: dict[str, Command] = {}
        # Modules in the order /help and the menu list their commands, whatever
        # imported them first; commands of other modules come after.
        self._rank = {module: i for i, module in enumerate(order)}

    def add(
        self,
        name: str,
        handler: Handler,
        description: str,
        *,
        usage: str = "",
        example: str = "",
        admin: bool = False,
    ) -> Command:
        key = name.lower()
        if key in self._commands:
            raise ValueError(f"command /{key} is registered twice")
        cmd = Command(key, handler, description, usage or f"/{key}", example, admin)
        self._commands[key] = cmd
        return cmd

    def command(
        self,
        name: str,
        description: str,
        *,
        usage: str = "",
        example: str = "",
        admin: bool = False,
    ) -> Callable[[Handler], Handler]:
        """Decorator form of `add`."""

        def decorate(handler: Handler) -> Handler:
            self.add(name, handler, description, usage=usage, example=example, admin=admin)
            return handler

        return decorate

    def get(self, name: str) -> Command | None:
        return self._commands.get(name.lower())

    def __iter__(self) -> Iterator[Command]:
        return iter(self._commands.values())

    def __len__(self) -> int:
        return len(self._commands)

    def visible(self, admin: bool) -> list[Command]:
        """The commands a user may run (all for admins, the public ones for everyone
        else), in module order."""
        found = [c for c in self._commands.values() if admin or not c.admin]
        return sorted(found, key=lambda c: self._rank.get(c.handler.__module__, len(self._rank)))

    def menu(self, admin: bool) -> list[tuple[str, str]]:
        """(name, description) pairs for SetBotCommandsRequest, in /help order."""
        return [(c.name, c.description[:256]) for c in self.visible(admin)]

    async def dispatch(self, app: App, event: Any) -> bool:
        """Run the command in `event`; False when the message is no command of ours."""
        text = getattr(event.message, "message", None) or ""
        match = COMMAND_RE.match(text.strip())
        if not match:
            return False
        target = match.group("bot")
        if target and app.bot_username and target.lower() != app.bot_username.lower():
            return False  # "/help@otherbot" in a group is not for us
        name = match.group("name").lower()
        user_id: int | None = event.sender_id
        chat_id: int = event.chat_id
        cmd = self.get(name)
        if cmd is None:
            if event.is_private:
                await _send(
                    app, chat_id, fmt("Unknown command /{}. Send /help for the list.", name)
                )
            return True
        is_admin = app.is_admin(user_id)
        if cmd.admin and not is_admin:
            # The user id and the command name only: the text may hold what they tried to watch.
            log.warning("refused /%s to user %s: not an admin", cmd.name, user_id)
            await _send(
                app,
                chat_id,
                fmt(
                    "Sorry, /{} is for the bot's admins only. Send /help for what you can use.",
                    name,
                ),
            )
            return True
        rest = (match.group("rest") or "").strip()
        ctx = CommandContext(app, event, cmd, split_args(rest), rest, user_id, chat_id, is_admin)
        try:
            await cmd.handler(ctx)
        except CommandError as exc:
            await ctx.reply(_explain(cmd, str(exc)))
        except Exception:
            log.exception("command /%s from user %s failed", cmd.name, user_id)
            await ctx.reply(esc("Something went wrong; the admins can find it in the log."))
        return True


def _explain(cmd: Command, problem: str) -> Html:
    lines = [esc(problem), fmt("Usage: {}", cmd.usage)]
    if cmd.example:
        lines.append(fmt("Example: {}", cmd.example))
    return Html("\n".join(lines))


async def _send(app: App, chat_id: int, text: Html) -> None:
    await app.bot.send_message(chat_id, text, parse_mode="html", link_preview=False)


def attach(registry: CommandRegistry, client: Any, app: App) -> None:
    """Route the bot client's incoming "/..." messages through `registry`."""
    from telethon import events

    async def on_command(event: Any) -> None:
        await registry.dispatch(app, event)

    client.add_event_handler(on_command, events.NewMessage(incoming=True, pattern=r"^/"))
