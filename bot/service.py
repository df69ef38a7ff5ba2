"""What `claimwatch run` adds beside the clients: the scheduler, digests, the command menu.

    install(app)   # before app.run_startup(): hooks start and stop everything below

On start: the command menu is registered with Telegram (the public list for
everyone, the full one for each admin), the /claims page buttons are attached,
the scheduler starts (resuming and catching up digests), and each configured
mainstream source is polled every `every_minutes`. On stop, in reverse.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any

from telethon import errors
from telethon.tl import functions, types

from bot.delivery import digest_outgoing
from bot.scheduler import Scheduler
from bot.sendings import Sender, SharedBuilds
from handlers.commands import CommandRegistry, load
from handlers.commands import digest as digest_commands
from handlers.commands.html import fmt

if TYPE_CHECKING:
    from bot.telegram.app import App

log = logging.getLogger(__name__)


def install(app: App) -> None:
    app.on_startup(start)
    app.on_shutdown(stop)


async def start(app: App) -> None:
    registry = load()
    digest_commands.attach(app.bot, app)
    try:
        await register_menu(app.bot, registry, app.config.telegram.admins)
    except (errors.RPCError, OSError) as exc:
        # The menu is a convenience: typed commands work without it; the next start retries.
        log.warning("could not register the command menu: %s", type(exc).__name__)
    build = SharedBuilds(functools.partial(digest_outgoing, app.store, app.config))
    sender = Sender(app.store, app.config, app.bot, build, notify_admins=app.notify_admins)
    scheduler = Scheduler(app.store, app.config, sender)
    app.extras["scheduler"] = scheduler
    await scheduler.start()
    _schedule_polls(app, scheduler)


async def stop(app: App) -> None:
    scheduler: Scheduler | None = app.extras.pop("scheduler", None)
    if scheduler is not None:
        await scheduler.shutdown()
    poller = app.extras.pop("poller", None)
    if poller is not None:
        await poller.aclose()


async def register_menu(client: Any, registry: CommandRegistry, admins: list[int]) -> None:
    """The command menu: public commands for everyone, every command for each admin."""
    public = [types.BotCommand(name, text) for name, text in registry.menu(False)]
    full = [types.BotCommand(name, text) for name, text in registry.menu(True)]
    await client(
        functions.bots.SetBotCommandsRequest(
            scope=types.BotCommandScopeDefault(), lang_code="", commands=public
        )
    )
    for admin in admins:
        try:
            peer = await client.get_input_entity(admin)
            await client(
                functions.bots.SetBotCommandsRequest(
                    scope=types.BotCommandScopePeer(peer=peer), lang_code="", commands=full
                )
            )
        except (ValueError, errors.RPCError) as exc:
            # Telegram knows a user to a bot only once they wrote to it: /start fixes this.
            log.warning("admin %s gets the public menu for now: %s", admin, type(exc).__name__)


def _schedule_polls(app: App, scheduler: Scheduler) -> None:
    """Each [[sources]] entry polled every `every_minutes`, the first time right away."""
    if not app.config.sources:
        return
    from bot.sources.poller import Poller, schedule

    poller = app.extras.get("poller") or Poller.create(app.store, app.config)
    app.extras["poller"] = poller

    async def poll(name: str) -> None:
        result = await poller.poll_source(name)
        if result.first_error:
            await app.notify_admins(fmt("Source <b>{}</b> failed: {}", name, result.error or "?"))

    for name, minutes in schedule(app.config):
        scheduler.every(f"poll:{name}", minutes, functools.partial(poll, name), run_now=True)
