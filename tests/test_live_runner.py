"""`claimwatch run`, `login` and `backfill`: start, stop, reconnect, and the errors a person must fix."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import re
import signal
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import extractors
from bot.cli import main
from bot.cli.common import UserError
from bot.config import (
    ChannelConfig,
    Config,
    ConfigError,
    Secrets,
    TelegramConfig,
    TopicConfig,
)
from bot.telegram import clients
from bot.telegram.app import App
from bot.telegram.runner import Runner, backoff, run_live
from tests.fake_telegram import FakeClient, standin_extract

ADMIN = 111
ENV = {
    "CLAIMWATCH_API_ID": "12345",
    "CLAIMWATCH_API_HASH": "0123456789abcdef0123456789abcdef",
    "CLAIMWATCH_BOT_TOKEN": "12345:very-secret-token",
}


@pytest.fixture(autouse=True)
def extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The stand-in extractor: these tests are about the live path, not the rules."""
    monkeypatch.setattr(extractors, "extract", standin_extract)


def full_secrets() -> Secrets:
    return Secrets.from_env(ENV)


def config(tmp_path: Path) -> Config:
    return Config(
        telegram=TelegramConfig(
            session=str(tmp_path / "state" / "user.session"),
            admins=[ADMIN],
            backfill_days=0,
            backfill_posts=100,
            reconnect_max_seconds=8,
        ),
        channels=[ChannelConfig(username="rybar", side="ru", lang="ru")],
    )


async def eventually(check: Callable[[], Any], what: str) -> None:
    """Poll until `check()` is true: the runner works in background tasks."""
    for _ in range(500):
        result = check()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"never happened: {what}")


async def count_posts(app: App | None) -> int:
    if app is None:
        return 0
    row = await (await app.store.conn.execute("SELECT COUNT(*) FROM posts")).fetchone()
    return int(row[0]) if row else 0


class Live:
    """run_live in a task, with fake clients, recorded back-off pauses, and its Runner."""

    def __init__(self, tmp_path: Path) -> None:
        self.config = config(tmp_path)
        self.db = tmp_path / "live.db"
        self.user = FakeClient()
        self.bot = FakeClient(bot=True)
        self.rybar = self.user.add_channel("rybar")
        self.pauses: list[float] = []
        self.runner: Runner | None = None
        self.app: App | None = None
        self.hooks: list[str] = []

    async def pause(self, seconds: float, stop: asyncio.Event) -> bool:
        self.pauses.append(seconds)
        await asyncio.sleep(0)
        return stop.is_set()

    def plugin(self, app: App) -> None:
        self.app = app

        async def started(app: App) -> None:
            self.hooks.append("started")

        async def stopping(app: App) -> None:
            self.hooks.append(f"stopping, bot connected={app.bot.connected}")

        app.on_startup(started)
        app.on_shutdown(stopping)

    def start(self) -> asyncio.Task[int]:
        def ready(runner: Runner) -> None:
            self.runner = runner

        return asyncio.create_task(
            run_live(
                self.config,
                str(self.db),
                full_secrets(),
                make_clients=lambda c, s: (self.user, self.bot),
                plugins=[self.plugin],
                pause=self.pause,
                ready=ready,
            )
        )


async def test_run_catches_up_answers_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    live = Live(tmp_path)
    for i in range(5):
        live.rybar.post(f"before start {i}")  # posted while the process was down
    task = live.start()
    await eventually(
        lambda: live.app is not None and live.app.watchlist.by_tg_id(live.rybar.id), "tg id"
    )
    await eventually(lambda: count_posts(live.app), "the first sweep")
    assert await count_posts(live.app) == 5
    assert live.hooks == ["started"]
    assert live.bot.bot_token == ENV["CLAIMWATCH_BOT_TOKEN"]
    # a live post through the registered handlers
    await live.user.dispatch(live.rybar.new_update(live.rybar.post("live")))
    assert await count_posts(live.app) == 6
    # a command through the bot client
    await live.bot.dispatch(live.bot.command(ADMIN, "/channels"))
    assert "@rybar" in live.bot.sent[-1].text
    os.kill(os.getpid(), signal.SIGTERM)  # what systemd sends
    assert await asyncio.wait_for(task, 5) == 0
    assert live.hooks == ["started", "stopping, bot connected=True"]
    assert not live.user.connected and not live.bot.connected
    assert live.app is not None and live.app._tasks == set()
    # the store was closed: its connection refuses work
    with pytest.raises(ValueError):
        await live.app.store.conn.execute("SELECT 1")


async def test_network_loss_reconnects_with_backoff_then_sweeps_the_gap(tmp_path: Path) -> None:
    live = Live(tmp_path)
    # even the first connect waits; a proxy's reply cut short counts as no connection
    live.user.connect_faults = [asyncio.IncompleteReadError(b"HTTP/1.1", 1347703872)]
    task = live.start()
    await eventually(lambda: live.hooks == ["started"], "the start")
    assert live.runner is not None
    await eventually(
        lambda: live.app is not None and live.app.watchlist.by_tg_id(live.rybar.id), "tg id"
    )
    live.user.connect_faults = [ConnectionError("down")] * 4
    live.user.drop_connection()
    for i in range(7):
        live.rybar.post(f"while the network was down {i}")  # no update will ever come
    await eventually(lambda: count_posts(live.app), "the gap filled")
    await eventually(lambda: live.runner is not None and live.runner.reconnects == 1, "reconnect")
    assert await count_posts(live.app) == 7
    # 1 s before the first connect; then 1, 2, 4, 8 (the cap) before the reconnect, less jitter
    assert len(live.pauses) == 5
    for got, base in zip(live.pauses, [1, 1, 2, 4, 8], strict=True):
        assert base * 0.8 <= got <= base
    live.runner.stop.set()
    assert await asyncio.wait_for(task, 5) == 0


async def test_live_posts_are_tagged_with_the_config_topics(tmp_path: Path) -> None:
    # No [[sources]]: nothing but the runner itself brings config's topics into the store.
    live = Live(tmp_path)
    topic = TopicConfig(name="tinzaouaten", title="Tinzaouaten", keywords=["Тинзауатен"])
    live.config = dataclasses.replace(live.config, topics=[topic])
    task = live.start()
    await eventually(
        lambda: live.app is not None and live.app.watchlist.by_tg_id(live.rybar.id), "tg id"
    )
    await live.user.dispatch(live.rybar.new_update(live.rybar.post("Засада под Тинзауатеном")))
    assert live.app is not None
    cur = await live.app.store.conn.execute(
        "SELECT t.name FROM post_topics pt JOIN topics t ON t.id = pt.topic_id"
    )
    assert [r[0] for r in await cur.fetchall()] == ["tinzaouaten"]
    assert live.runner is not None
    live.runner.stop.set()
    assert await asyncio.wait_for(task, 5) == 0


def test_backoff_grows_to_the_cap() -> None:
    assert [backoff(i, 300, lambda: 0.0) for i in range(11)] == [
        1,
        2,
        4,
        8,
        16,
        32,
        64,
        128,
        256,
        300,
        300,
    ]
    assert backoff(3, 300, lambda: 1.0) == pytest.approx(6.4)


async def test_a_session_not_logged_in_stops_with_the_command_to_run(tmp_path: Path) -> None:
    live = Live(tmp_path)
    live.user.authorized = False
    with pytest.raises(UserError, match="is not logged in; run `claimwatch login` first"):
        await asyncio.wait_for(live.start(), 5)
    assert not live.user.connected and not live.bot.connected


def test_cli_run_names_the_missing_variable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[telegram]\nsession = "{tmp_path}/user.session"\n', encoding="utf-8")
    for var in ENV:
        monkeypatch.delenv(var, raising=False)
    assert main(["run", "--config", str(cfg), "--db", str(tmp_path / "x.db")]) == 2
    err = capsys.readouterr().err
    assert "CLAIMWATCH_API_ID: not set; export CLAIMWATCH_API_ID" in err
    assert "Traceback" not in err
    monkeypatch.setenv("CLAIMWATCH_API_ID", ENV["CLAIMWATCH_API_ID"])
    monkeypatch.setenv("CLAIMWATCH_API_HASH", ENV["CLAIMWATCH_API_HASH"])
    assert main(["run", "--config", str(cfg), "--db", str(tmp_path / "x.db")]) == 2
    assert "CLAIMWATCH_BOT_TOKEN: not set" in capsys.readouterr().err
    monkeypatch.setenv("CLAIMWATCH_BOT_TOKEN", ENV["CLAIMWATCH_BOT_TOKEN"])
    assert main(["run", "--config", str(cfg), "--db", str(tmp_path / "x.db")]) == 2
    err = capsys.readouterr().err
    assert f"no Telegram login at {tmp_path}/user.session" in err
    assert "run `claimwatch login` first" in err
    assert ENV["CLAIMWATCH_BOT_TOKEN"] not in err and ENV["CLAIMWATCH_API_HASH"] not in err
    assert not (tmp_path / "user.session").exists()  # nothing half-made to trip on later


def test_cli_backfill_rejects_a_bad_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no config.toml: the defaults
    asked: list[str] = []
    monkeypatch.setattr(clients, "user_client", lambda config, secrets: asked.append("client"))
    assert main(["backfill", "@rybar", "--since", "last week", "--db", "x.db"]) == 2
    err = capsys.readouterr().err
    assert "--since 'last week' is not a date; write it as YYYY-MM-DD" in err
    assert asked == []  # Telegram is not asked before the date is right


class LoginClient(FakeClient):
    def __init__(self) -> None:
        super().__init__()
        self.answers: dict[str, str] = {}

    async def start(self, bot_token: str | None = None, **callbacks: Any) -> FakeClient:
        if bot_token is not None:
            return await super().start(bot_token=bot_token)
        self.answers = {name: cb() for name, cb in callbacks.items()}
        return self

    async def get_me(self) -> Any:
        from telethon import types

        return types.User(id=77, first_name="Desk", last_name="Analyst", username="desk")


async def test_login_asks_writes_a_private_session_and_checks_the_bot(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    user, bot = LoginClient(), FakeClient(bot=True)
    out: list[str] = []
    made: list[Path] = []

    def user_factory(c: Config, s: Secrets) -> Any:
        path = clients.session_path(c.telegram)
        clients.prepare_session(path)
        made.append(path)
        return user

    await clients.login(
        cfg,
        full_secrets(),
        ask=lambda prompt: "+447700900123" if "Phone" in prompt else "12345",
        ask_secret=lambda prompt: "hunter2",
        client_factory=user_factory,
        bot_factory=lambda c, s: bot,
        out=out.append,
    )
    assert user.answers == {
        "phone": "+447700900123",
        "code_callback": "12345",
        "password": "hunter2",
    }
    (path,) = made
    assert path == tmp_path / "state" / "user.session"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert out[0] == "Logged in as Desk Analyst (@desk), id 77."
    assert "Bot token works: @claimwatch_test_bot" in out[-1]
    assert not user.connected and not bot.connected
    assert not any("hunter2" in line or "secret-token" in line for line in out)


@pytest.mark.parametrize(
    ("failure", "expected"),
    [
        (ConnectionRefusedError(111, "refused"), "cannot reach Telegram (ConnectionRefusedError)"),
        # a proxy answering in Telegram's place: Telethon runs out of bytes mid-packet
        (asyncio.IncompleteReadError(b"HTTP/1.1", 1347703872), "(IncompleteReadError)"),
        (EOFError(), "run it in a terminal"),  # input() with stdin closed
    ],
)
async def test_login_failures_are_one_sentence(
    tmp_path: Path, failure: BaseException, expected: str
) -> None:
    class Failing(LoginClient):
        async def start(self, bot_token: str | None = None, **callbacks: Any) -> FakeClient:
            raise failure

    user = Failing()
    with pytest.raises(UserError, match=re.escape(expected)):
        await clients.login(config(tmp_path), full_secrets(), client_factory=lambda c, s: user)
    assert not user.connected


async def test_login_refuses_a_session_inside_a_git_checkout(tmp_path: Path) -> None:
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    cfg = Config(telegram=TelegramConfig(session=str(tmp_path / "repo" / "user.session")))
    with pytest.raises(UserError, match="inside the git checkout"):
        await clients.login(cfg, full_secrets(), client_factory=lambda c, s: LoginClient())


async def test_login_needs_the_api_id() -> None:
    with pytest.raises(ConfigError, match="CLAIMWATCH_API_ID: not set"):
        await clients.login(Config(), Secrets.from_env({}))


def test_session_paths_and_the_systemd_unit() -> None:
    tg = TelegramConfig(session="/var/lib/claimwatch/user")
    assert clients.session_path(tg) == Path("/var/lib/claimwatch/user.session")
    assert clients.bot_session_path(tg) == Path("/var/lib/claimwatch/user-bot.session")
    unit = (Path(clients.__file__).parent / "claimwatch.service").read_text(encoding="utf-8")
    lines = {
        line.split("=", 1)[0]: line.split("=", 1)[1]
        for line in unit.splitlines()
        if "=" in line and not line.startswith("#")
    }
    assert lines["ExecStart"].endswith("claimwatch run")
    assert lines["Restart"] == "on-failure"
    assert lines["KillSignal"] == "SIGTERM"
    assert lines["RestartPreventExitStatus"] == "2"


async def test_real_clients_are_built_from_config_and_environment(tmp_path: Path) -> None:
    from telethon import TelegramClient

    cfg = config(tmp_path)
    clients.prepare_session(clients.session_path(cfg.telegram))  # as `claimwatch login` leaves it
    user, bot = clients.make_clients(cfg, full_secrets())
    try:
        assert isinstance(user, TelegramClient) and isinstance(bot, TelegramClient)
        assert user.flood_sleep_threshold == cfg.telegram.flood_wait_cap
        assert not user.is_connected()  # building touches no network
        for path in (tmp_path / "state" / "user.session", tmp_path / "state" / "user-bot.session"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        user.session.close()
        bot.session.close()


def test_cli_backfill_stores_an_unwatched_channel_without_following_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt
    import sqlite3

    from tests.fake_telegram import T0

    fake = FakeClient()
    grey = fake.add_channel("grey_zone")
    for day in range(6):
        grey.post(f"{day + 1} killed on day {day}", date=T0 + dt.timedelta(days=day))
    monkeypatch.setattr(clients, "user_client", lambda config, secrets: fake)
    for var, value in ENV.items():
        monkeypatch.setenv(var, value)
    db = tmp_path / "b.db"
    cfg = tmp_path / "config.toml"
    cfg.write_text("", encoding="utf-8")
    argv = ["backfill", "t.me/grey_zone", "--since", "2024-07-30", "--side", "wagner"]
    assert main([*argv, "--config", str(cfg), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "@grey_zone: 4 messages read, 4 new posts, 0 changed." in out
    assert "@grey_zone is not watched" in out
    assert not grey.joined and not fake.connected
    con = sqlite3.connect(db)
    assert con.execute("SELECT origin, side, cursor FROM sources").fetchall() == [
        ("ingest", "wagner", 6)
    ]
    assert con.execute("SELECT COUNT(*) FROM claims").fetchone() == (4,)
    con.close()


def test_cli_backfill_days_are_in_the_config_time_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    fake = FakeClient()
    grey = fake.add_channel("grey_zone")
    # 20:00 UTC on 29 July is 23:00 in Kyiv, still the 29th; 22:30 UTC is already the 30th.
    for hour, minute in ((20, 0), (22, 30)):
        grey.post("3 killed", date=dt.datetime(2024, 7, 29, hour, minute, tzinfo=dt.UTC))
    monkeypatch.setattr(clients, "user_client", lambda config, secrets: fake)
    for var, value in ENV.items():
        monkeypatch.setenv(var, value)
    cfg = tmp_path / "config.toml"
    cfg.write_text('timezone = "Europe/Kyiv"\n', encoding="utf-8")
    argv = ["backfill", "@grey_zone", "--since", "2024-07-30", "--db", str(tmp_path / "k.db")]
    assert main([*argv, "--config", str(cfg)]) == 0
    assert "@grey_zone: 1 messages read, 1 new posts" in capsys.readouterr().out
