"""config.toml: validated on load, errors name the file, the key and the fix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.config import Config, ConfigError, Secrets, load_config, parse_config

ROOT = Path(__file__).resolve().parents[1]


def test_shipped_config_is_valid() -> None:
    cfg = load_config(ROOT / "config.toml")
    assert cfg.topic("tinzaouaten") is not None
    assert all(c.side for c in cfg.channels)
    assert cfg.topics[0].since == dt.date(2024, 7, 20)


def test_missing_default_file_gives_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CLAIMWATCH_CONFIG", raising=False)
    cfg = load_config(None)
    assert isinstance(cfg, Config)
    assert cfg.database.path == "claimwatch.db"


@pytest.mark.parametrize(
    ("text", "key", "hint"),
    [
        ("timezone = 5", "timezone", "expected a string"),
        ('timezone = "Mars/Olympus"', "timezone", "IANA name"),
        ('[telegram]\nsweep_minutes = "ten"', "telegram.sweep_minutes", "whole number"),
        ('[telegram]\nsweep_minutes = "10"', "telegram.sweep_minutes", "without quotes: 10."),
        ('[telegram]\njoin_channels = "True"', "telegram.join_channels", "without quotes: true."),
        ("timezone = 3", "timezone", 'in quotes: "3"'),
        ("[telegram]\nsweep_minutes = 0", "telegram.sweep_minutes", "greater than zero"),
        ('[telegram]\nadmins = ["bob"]', "telegram.admins[0]", "whole number"),
        ('[telegram]\nsesion = "x"', "telegram.sesion", "unknown key"),
        ('colour = "red"', "colour", "unknown key"),
        ('[[channels]]\nusername = "rybar"\nside = "nato"', "channels[0].side", "actor ids"),
        ('[[channels]]\nusername = "rybar"\nlang = "de"', "channels[0].lang", "ru, uk, en"),
        ('[[channels]]\nside = "ru"', "channels[0].username", "missing"),
        ('[[channels]]\nusername = "no spaces!"', "channels[0].username", "Telegram username"),
        ('[digest]\ndefault_time = "8am"', "digest.default_time", "HH:MM"),
        ('[digest]\ndefault_time = "24:00"', "digest.default_time", "HH:MM"),
        ('[[sources]]\nname = "x"\nkind = "rss"', "sources[0].url", "needs the feed"),
        ('[[sources]]\nname = "x"\nkind = "twitter"', "sources[0].kind", "rss"),
        ('[[sources]]\nname = "x"\nurl = "ftp://a"', "sources[0].url", "https://"),
        ('[[topics]]\nname = "t"\nsince = "July"', "topics[0].since", "YYYY-MM-DD"),
        (
            '[[topics]]\nname = "t"\nsince = 2024-08-01\nuntil = 2024-07-01',
            "topics[0].until",
            "swap",
        ),
        ('[[schedules]]\nchat_id = 1\ntopic = "nope"', "schedules[0].topic", "no topic named"),
        (
            '[[topics]]\nname = "t"\nkeywords = ["a"]\n[[topics]]\nname = "t"\nkeywords = ["b"]',
            "topics[1].name",
            "used twice",
        ),
        ('[[topics]]\nname = "all"\nkeywords = ["a"]', "topics[0].name", "every claim"),
        ("[database\npath = 1", "syntax", "TOML syntax"),
    ],
)
def test_bad_values_name_the_key_and_the_fix(text: str, key: str, hint: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_config(text, "conf.toml")
    assert err.value.key == key
    assert hint in err.value.message
    assert str(err.value).startswith("conf.toml: ")


def test_duplicate_channel_is_refused() -> None:
    text = '[[channels]]\nusername = "Rybar"\n[[channels]]\nusername = "rybar"\n'
    with pytest.raises(ConfigError, match="listed twice"):
        parse_config(text, "c.toml")


def test_missing_file_says_which(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "absent.toml")


def test_a_folder_given_as_config_says_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is a folder; pass --config the config.toml file"):
        load_config(tmp_path)


def test_secrets_only_from_environment_and_never_shown() -> None:
    s = Secrets.from_env({"CLAIMWATCH_API_ID": "12345", "CLAIMWATCH_API_HASH": "deadbeef"})
    assert s.api_id == 12345
    assert s.api_hash == "deadbeef"
    assert "deadbeef" not in repr(s)
    with pytest.raises(ConfigError, match="CLAIMWATCH_BOT_TOKEN"):
        s.require("bot_token")
    with pytest.raises(ConfigError, match="digits only"):
        Secrets.from_env({"CLAIMWATCH_API_ID": "abc"})


def test_secret_keys_in_file_are_refused() -> None:
    with pytest.raises(ConfigError, match="export CLAIMWATCH_API_HASH") as err:
        parse_config('[telegram]\napi_hash = "x"', "c.toml")
    assert "x" not in err.value.message.replace("export", "")


def test_config_command_notes_what_will_not_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    path = tmp_path / "c.toml"
    path.write_text('[[topics]]\nname = "mali"\n', encoding="utf-8")
    assert main(["config", "--config", str(path), "--db", str(tmp_path / "x.db")]) == 0
    out = capsys.readouterr().out
    assert "topic 'mali' has no keywords" in out
    assert "telegram.admins is empty" in out
