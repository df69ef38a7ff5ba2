"""The two Telethon clients, built from config.toml and the environment, and the login flow.

The user client reads channels as a logged-in Telegram account; its session
file (telegram.session) is a login: it lives outside git, in a folder of mode
0700, as a file of mode 0600. The bot client answers commands and sends
digests; its session sits beside the user's as NAME-bot.session. Secrets come
from the environment only (bot.config.Secrets) and go nowhere but to Telethon.
"""

from __future__ import annotations

import getpass as _getpass
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from telethon import TelegramClient, errors

from bot import __version__
from bot.cli.common import UserError
from bot.config import Config, Secrets, TelegramConfig
from bot.telegram import NETWORK_ERRORS

log = logging.getLogger(__name__)

SUFFIX = ".session"
LOGIN_HINT = (
    "run `claimwatch login` first (it asks for the account's phone number, the code "
    "Telegram sends and the two-step password, if any)"
)


def session_path(config: TelegramConfig) -> Path:
    """The user session file, with the .session suffix Telethon adds."""
    path = Path(config.session).expanduser()
    return path if path.name.endswith(SUFFIX) else path.with_name(path.name + SUFFIX)


def bot_session_path(config: TelegramConfig) -> Path:
    user = session_path(config)
    return user.with_name(user.name[: -len(SUFFIX)] + "-bot" + SUFFIX)


def git_checkout_of(path: Path) -> Path | None:
    """The git work tree holding `path`, if any: a session must never be committed."""
    for parent in path.resolve().parents:
        if (parent / ".git").exists():
            return parent
    return None


def prepare_session(path: Path) -> None:
    """Make the folder (0700) and the file (0600) before Telethon opens it with default modes."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    secure(path)


def secure(path: Path) -> None:
    """Owner-only modes on the session and SQLite's side files."""
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        if p.exists():
            p.chmod(0o600)


def _client(
    path: Path, secrets: Secrets, config: TelegramConfig, *, catch_up: bool
) -> TelegramClient:
    assert secrets.api_id is not None and secrets.api_hash is not None
    return TelegramClient(
        str(path),
        secrets.api_id,
        str(secrets.api_hash),
        # Telethon sleeps through a FloodWait up to this itself; longer ones reach the sweep.
        flood_sleep_threshold=config.flood_wait_cap,
        # A short outage is Telethon's to ride out; a long one returns to the runner,
        # which reconnects with its own growing back-off (telegram.reconnect_max_seconds).
        connection_retries=3,
        retry_delay=2,
        auto_reconnect=True,
        # The user client asks, on connect, for what happened while away (edits and
        # deletions too; the sweep covers new posts either way). The bot does not:
        # a command typed hours ago should not run now.
        catch_up=catch_up,
        device_model="claimwatch",
        app_version=__version__,
    )


def user_client(config: Config, secrets: Secrets, *, for_login: bool = False) -> TelegramClient:
    """The account that reads channels; outside `login` its session must already exist."""
    secrets.require("api_id", "api_hash")
    path = session_path(config.telegram)
    if for_login:
        prepare_session(path)
    elif not path.exists():
        raise UserError(f"no Telegram login at {path} (telegram.session); {LOGIN_HINT}.")
    return _client(path, secrets, config.telegram, catch_up=True)


def bot_client(config: Config, secrets: Secrets) -> TelegramClient:
    secrets.require("api_id", "api_hash", "bot_token")
    path = bot_session_path(config.telegram)
    prepare_session(path)
    return _client(path, secrets, config.telegram, catch_up=False)


def make_clients(config: Config, secrets: Secrets) -> tuple[Any, Any]:
    """(user, bot) for `claimwatch run`; every secret is checked before either is built."""
    secrets.require("api_id", "api_hash", "bot_token")
    return user_client(config, secrets), bot_client(config, secrets)


async def ensure_authorized(client: Any, config: TelegramConfig) -> None:
    """Stop with the command to run when the session is not logged in (or was logged out)."""
    try:
        ok = await client.is_user_authorized()
    except (errors.AuthKeyUnregisteredError, errors.SessionRevokedError):
        ok = False
    if not ok:
        raise UserError(
            f"the Telegram session {session_path(config)} is not logged in; {LOGIN_HINT}."
        )


async def start_bot(bot: Any, secrets: Secrets) -> str | None:
    """Sign the bot in; return its @username. A refused token names the variable."""
    try:
        await bot.start(bot_token=str(secrets.bot_token))
    except (errors.AccessTokenInvalidError, errors.AccessTokenExpiredError) as exc:
        raise UserError(
            "Telegram refused CLAIMWATCH_BOT_TOKEN; copy the token @BotFather shows for "
            "your bot (/mybots, API Token) into the variable and run again."
        ) from exc
    me = await bot.get_me()
    return getattr(me, "username", None)


Prompt = Callable[[str], str]


async def login(
    config: Config,
    secrets: Secrets,
    *,
    phone: str | None = None,
    ask: Prompt = input,
    ask_secret: Prompt = _getpass.getpass,
    client_factory: Callable[[Config, Secrets], Any] | None = None,
    bot_factory: Callable[[Config, Secrets], Any] | None = None,
    out: Callable[[str], None] = print,
) -> int:
    """Log the user account in interactively; also the bot when its token is set."""
    secrets.require("api_id", "api_hash")
    path = session_path(config.telegram)
    checkout = git_checkout_of(path)
    if checkout is not None:
        raise UserError(
            f"the session file {path} would be inside the git checkout {checkout}; a session "
            "is a login to the account, so set telegram.session to a path outside it "
            '(the default is "~/.local/share/claimwatch/user.session").'
        )
    client = (client_factory or (lambda c, s: user_client(c, s, for_login=True)))(config, secrets)
    try:
        try:
            await client.start(
                phone=lambda: phone or ask("Phone number of the reading account (e.g. +44...): "),
                code_callback=lambda: ask("The login code Telegram just sent: "),
                password=lambda: ask_secret("Two-step verification password: "),
            )
        except NETWORK_ERRORS as exc:
            raise UserError(
                f"cannot reach Telegram ({type(exc).__name__}); check the network (or the "
                "proxy in between) and run `claimwatch login` again."
            ) from exc
        except EOFError as exc:
            raise UserError(
                "`claimwatch login` asks for the phone number, the code and the password: "
                "run it in a terminal, not with its input closed or redirected."
            ) from exc
        me = await client.get_me()
        name = " ".join(x for x in (me.first_name, me.last_name) if x) or "?"
        handle = f" (@{me.username})" if getattr(me, "username", None) else ""
        out(f"Logged in as {name}{handle}, id {me.id}.")
    finally:
        await client.disconnect()
        secure(path)
    out(f"Session: {path} (mode 0600). Keep it private: it is a login to the account.")
    if secrets.bot_token is None:
        out("CLAIMWATCH_BOT_TOKEN is not set; set it before `claimwatch run`.")
        return 0
    bot = (bot_factory or bot_client)(config, secrets)
    try:
        username = await start_bot(bot, secrets)
        out(f"Bot token works: @{username}. Next: claimwatch run")
    finally:
        await bot.disconnect()
        secure(bot_session_path(config.telegram))
    return 0
