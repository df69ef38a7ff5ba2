"""`claimwatch run`: one process, two clients, sweeps and the hooks, until Ctrl-C or SIGTERM.

    store -> App -> handlers registered -> user connects (back-off) -> logged in?
    -> bot signs in -> startup hooks (the scheduler) -> sweep now and every N
    minutes -> wait for a stop signal or a lost connection -> reconnect with
    back-off and sweep the gap -> ... -> shutdown hooks -> both clients
    disconnect -> the store closes.

Nothing here knows what the handlers do; `handlers.channel_events.register`
and `handlers.commands.register` attach them. Other parts join through
PLUGINS below: each entry names a function `install(app: App) -> None` that
registers its hooks (`app.on_startup`, `app.on_shutdown`), handlers or tasks.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import random
import signal
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from telethon import errors

from bot.config import Config, Secrets
from bot.telegram import NETWORK_ERRORS, clients
from bot.telegram.app import App
from bot.telegram.progress import terminal_bar
from bot.telegram.sweep import Sweeper
from db.channels import sync_config_channels
from db.store import Store
from db.topics import apply_topics
from handlers import channel_events, commands

log = logging.getLogger(__name__)

# "module:function" of every part that joins the running process, e.g. the scheduler:
# "bot.scheduler:install" with `def install(app: App) -> None: app.on_startup(...)`.
PLUGINS: list[str] = [
    "bot.service:install",  # scheduler, digests, /claims buttons, command menu, source polls
]

ClientFactory = Callable[[Config, Secrets], tuple[Any, Any]]
Plugin = Callable[[App], None]  # called once the App exists: registers hooks, handlers
Pause = Callable[[float, asyncio.Event], Awaitable[bool]]


async def pause(seconds: float, stop: asyncio.Event) -> bool:
    """Wait `seconds` or until `stop`; True when stopped."""
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    return stop.is_set()


def backoff(attempt: int, cap: float, jitter: Callable[[], float] = random.random) -> float:
    """1, 2, 4 ... seconds up to `cap`, each shortened by up to a fifth at random."""
    base = min(cap, 2.0 ** min(attempt, 30))
    return base * (1 - 0.2 * jitter())


class Runner:
    def __init__(
        self,
        app: App,
        secrets: Secrets,
        *,
        pause: Pause = pause,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.app = app
        self.secrets = secrets
        self.pause = pause
        self.jitter = jitter
        self.stop = asyncio.Event()
        self._sweep_now = asyncio.Event()
        self.reconnects = 0

    # --- connections ---

    async def connect(self, client: Any, what: str) -> bool:
        """Connect with a growing back-off; False when stopped meanwhile."""
        cap = float(self.app.config.telegram.reconnect_max_seconds)
        attempt = 0
        while not self.stop.is_set():
            try:
                await client.connect()
                return True
            except NETWORK_ERRORS as exc:
                delay = backoff(attempt, cap, self.jitter)
                attempt += 1
                log.warning(
                    "%s: no connection to Telegram (%s); retrying in %.0f s",
                    what,
                    type(exc).__name__,
                    delay,
                )
                if await self.pause(delay, self.stop):
                    return False
        return False

    async def supervise(self) -> None:
        """Until stopped: when a client loses its connection for good, bring it back."""
        app = self.app
        stop_wait = asyncio.ensure_future(self.stop.wait())
        try:
            while not self.stop.is_set():
                watched = {"user": app.user.disconnected, "bot": app.bot.disconnected}
                done, _ = await asyncio.wait(
                    [stop_wait, *watched.values()], return_when=asyncio.FIRST_COMPLETED
                )
                if self.stop.is_set():
                    return
                for what, fut in watched.items():
                    if fut not in done:
                        continue
                    problem = fut.exception() if not fut.cancelled() else None
                    log.warning("%s client disconnected (%s); reconnecting", what, problem)
                    client = app.user if what == "user" else app.bot
                    if not await self.connect(client, what):
                        return
                    self.reconnects += 1
                    if what == "user":
                        try:
                            await clients.ensure_authorized(client, app.config.telegram)
                        except NETWORK_ERRORS:
                            continue  # lost again at once: the next round reconnects
                        self.request_sweep()  # whatever came while away
        finally:
            stop_wait.cancel()

    # --- sweeps ---

    def request_sweep(self) -> None:
        self._sweep_now.set()

    async def sweep_loop(self) -> None:
        interval = self.app.config.telegram.sweep_minutes * 60
        sweeper = self.app.sweeper
        assert sweeper is not None
        while not self.stop.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._sweep_now.wait(), timeout=interval)
            self._sweep_now.clear()
            if self.stop.is_set():
                return
            try:
                results = await sweeper.sweep_all()
                new = sum(r.new for r in results)
                log.info("sweep: %d channels, %d new posts", len(results), new)
            except NETWORK_ERRORS as exc:
                log.warning(
                    "sweep stopped by a lost connection (%s); retried after reconnecting",
                    type(exc).__name__,
                )
            except Exception:
                log.exception("sweep failed; the next one retries")

    # --- the whole run ---

    async def run(self) -> int:
        app = self.app
        if not await self.connect(app.user, "user"):
            return 0
        await clients.ensure_authorized(app.user, app.config.telegram)
        if not await self.connect(app.bot, "bot"):
            return 0
        while True:
            try:
                app.bot_username = await clients.start_bot(app.bot, self.secrets)
                break
            except errors.FloodWaitError as exc:  # too many bot logins in a row
                log.warning("bot sign-in: Telegram asks to wait %s s", exc.seconds)
                if await self.pause(exc.seconds, self.stop):
                    return 0
        if not app.config.telegram.admins:
            log.warning("telegram.admins is empty: nobody can /watch, /unwatch or /channels")
        log.info(
            "running: %d channels, bot @%s, sweep every %d min",
            len(app.watchlist),
            app.bot_username,
            app.config.telegram.sweep_minutes,
        )
        await app.run_startup()
        app.spawn(self.sweep_loop(), "sweeps")
        self.request_sweep()  # catch up at once on what came while the process was down
        await self.supervise()
        return 0


def load_plugins(names: Sequence[str] = ()) -> list[Plugin]:
    plugins: list[Plugin] = []
    for name in names or PLUGINS:
        module, _, attr = name.partition(":")
        plugins.append(getattr(importlib.import_module(module), attr or "install"))
    return plugins


def _install_signals(stop: asyncio.Event) -> list[int]:
    loop = asyncio.get_running_loop()
    installed: list[int] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
            installed.append(sig)
        except (NotImplementedError, RuntimeError):  # not the main thread, or no signals
            pass
    return installed


async def run_live(
    config: Config,
    db_path: str,
    secrets: Secrets,
    *,
    make_clients: ClientFactory = clients.make_clients,
    plugins: Sequence[Plugin] | None = None,
    pause: Pause = pause,
    ready: Callable[[Runner], None] | None = None,
) -> int:
    """The `claimwatch run` process. Errors the user can fix raise UserError/ConfigError."""
    user, bot = make_clients(config, secrets)  # a missing secret or login stops here
    store = await Store.open(db_path)
    try:
        async with store.transaction() as conn:
            await sync_config_channels(conn, config.channels)
        # Live posts are tagged with the topics the store holds: config's go in first.
        _, retagged = await apply_topics(store, config.topics, config.tz)
        if retagged is not None:
            log.info("topics changed; retagged %d stored posts", retagged.posts)
        app = App(config=config, store=store, user=user, bot=bot)
        await app.watchlist.reload(store)
        app.sweeper = Sweeper(
            store,
            user,
            config.telegram,
            watchlist=app.watchlist,
            notify=app.notify_admins,
            bar=terminal_bar,
        )
        channel_events.register(user, app)
        commands.register(bot, app)
        for plugin in load_plugins() if plugins is None else plugins:
            plugin(app)
        runner = Runner(app, secrets, pause=pause)
        installed = _install_signals(runner.stop)
        if ready is not None:
            ready(runner)
        try:
            return await runner.run()
        finally:
            for sig in installed:
                asyncio.get_running_loop().remove_signal_handler(sig)
            await app.run_shutdown()
            await app.cancel_tasks()
            for client in (user, bot):
                with contextlib.suppress(Exception):
                    await client.disconnect()
            log.info("stopped; both clients disconnected")
    finally:
        await store.close()
