"""bot.service: what `claimwatch run` starts beside the clients, through the App's hooks."""

from __future__ import annotations

import asyncio

import httpx
from telethon.tl import functions

from bot import service
from bot.scheduler import Scheduler
from bot.sources.poller import Poller
from bot.telegram.app import App
from bot.telegram.runner import load_plugins
from db.store import Store
from tests.bot_world import ADMIN, make_config
from tests.fake_bot import FakeBot


def test_claimwatch_run_loads_the_service() -> None:
    assert service.install in load_plugins()


async def test_startup_registers_menu_starts_scheduler_and_polls_then_stops(store: Store) -> None:
    config = make_config("[http]\nretries = 0\n")
    app = App(config=config, store=store, bot=FakeBot())
    requests: list[str] = []

    def failing_feed(request: httpx.Request) -> httpx.Response:
        requests.append(str(request.url))
        return httpx.Response(500)

    poller = Poller.create(store, config, transport=httpx.MockTransport(failing_feed))
    app.extras["poller"] = poller
    service.install(app)
    await app.run_startup()
    try:
        scheduler = app.extras["scheduler"]
        assert isinstance(scheduler, Scheduler) and scheduler.aps.running
        menus = [r for r in app.bot.requests if isinstance(r, functions.bots.SetBotCommandsRequest)]
        assert len(menus) == 2  # everyone, and the one admin
        for _ in range(500):  # the first poll runs at once; its failure is told to the admins
            if app.bot.to(ADMIN):
                break
            await asyncio.sleep(0.01)
        (told,) = app.bot.to(ADMIN)
        assert "Source <b>rfi_afrique</b> failed" in told.text
        assert requests == ["https://www.rfi.fr/fr/afrique/rss"]
        job = scheduler.aps.get_job("every:poll:rfi_afrique")
        assert job is not None and job.trigger.interval.total_seconds() == 30 * 60
        callbacks = [b for b, _ in app.bot._event_builders if type(b).__name__ == "CallbackQuery"]
        assert len(callbacks) == 1
    finally:
        await app.run_shutdown()
    assert "scheduler" not in app.extras and not scheduler.aps.running
    assert poller.http.client.is_closed


async def test_a_menu_telegram_refuses_does_not_stop_the_start(store: Store) -> None:
    class NoMenu(FakeBot):
        async def __call__(self, request: object) -> object:
            raise ConnectionError("Telegram unreachable")

    app = App(config=make_config(), store=store, bot=NoMenu())
    app.extras["poller"] = Poller.create(
        store, app.config, transport=httpx.MockTransport(lambda r: httpx.Response(304))
    )
    service.install(app)
    await app.run_startup()
    try:
        assert app.extras["scheduler"].aps.running
    finally:
        await app.run_shutdown()
