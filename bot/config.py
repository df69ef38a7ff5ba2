"""config.toml as small validated objects.

Every section is a frozen dataclass; `load_config` walks the TOML table against
the dataclass fields, so an unknown key, a wrong type or a bad value stops with
the file, the key and one sentence saying how to fix it. Secrets never live in
the file: they come from the environment through `Secrets`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import tomllib
import types
import typing
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from db.sources import is_username
from extractors.actors import LANGS, SIDES

DEFAULT_CONFIG = Path("config.toml")


class ConfigError(Exception):
    """A config problem: where it is and how to fix it."""

    def __init__(self, path: Path | str, key: str, message: str) -> None:
        self.path = str(path)
        self.key = key
        self.message = message
        super().__init__(f"{self.path}: {key}: {message}")


# --- value checks: each returns an error sentence, or None when the value is fine ---

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9_\-]*$")


def _side(v: Any) -> str | None:
    if v is None or v in SIDES:
        return None
    return f"unknown side {v!r}; use one of the actor ids {', '.join(sorted(SIDES))}."


def _lang(v: Any) -> str | None:
    if v is None or v in LANGS:
        return None
    return f"unknown language {v!r}; use one of {', '.join(LANGS)} (or leave it out to detect)."


def _username(v: Any) -> str | None:
    if is_username(str(v).lstrip("@")):
        return None
    return (
        f"{v!r} is not a Telegram username; write the public name of the channel, "
        'as in username = "rybar" (5-32 letters, digits or _).'
    )


def _time(v: Any) -> str | None:
    if v is None or _TIME.match(str(v)):
        return None
    return f'{v!r} is not a time of day; write it as HH:MM in 24 hours, e.g. "08:00".'


def _timezone(v: Any) -> str | None:
    try:
        zoneinfo.ZoneInfo(str(v))
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return f'unknown time zone {v!r}; use an IANA name such as "Europe/Kyiv" or "UTC".'
    return None


def _name(v: Any) -> str | None:
    if _NAME.match(str(v)):
        return None
    return f'{v!r} is not a short name; use lowercase letters, digits, - and _, e.g. "tinzaouaten".'


def _positive(v: Any) -> str | None:
    if v is None or v > 0:
        return None
    return f"{v!r} must be greater than zero."


def _not_negative(v: Any) -> str | None:
    if v is None or v >= 0:
        return None
    return f"{v!r} must be zero or more."


def _url(v: Any) -> str | None:
    if v is None or str(v).startswith(("http://", "https://")):
        return None
    return f"{v!r} is not a web address; it must start with https:// or http://."


def _date(v: Any) -> str | None:
    if v is None or isinstance(v, dt.date):
        return None
    try:
        dt.date.fromisoformat(str(v))
    except ValueError:
        return f"{v!r} is not a date; write it as YYYY-MM-DD, e.g. 2024-07-25 (no quotes needed)."
    return None


def _source_kind(v: Any) -> str | None:
    if v in ("rss", "gdelt", "acled"):
        return None
    return f'unknown source kind {v!r}; use "rss" (RSS or Atom), "gdelt" or "acled".'


def _check(fn: Callable[[Any], str | None], help_text: str = "") -> dict[str, Any]:
    return {"check": fn, "help": help_text}


def _doc(help_text: str) -> dict[str, Any]:
    return {"help": help_text}


# --- sections ---


@dataclass(frozen=True)
class DatabaseConfig:
    path: str = field(default="claimwatch.db", metadata=_doc("SQLite file, made on first use."))


@dataclass(frozen=True)
class TelegramConfig:
    session: str = field(
        default="~/.local/share/claimwatch/user.session",
        metadata=_doc("Telethon session file of the user account; keep it out of git."),
    )
    admins: list[int] = field(
        default_factory=list, metadata=_doc("Telegram user ids allowed to change what is watched.")
    )
    sweep_minutes: int = field(default=10, metadata=_check(_positive, "Gap-fill sweep interval."))
    backfill_days: int = field(
        default=3, metadata=_check(_not_negative, "Depth of the first backfill, in days.")
    )
    backfill_posts: int = field(
        default=500, metadata=_check(_not_negative, "Cap on posts in the first backfill.")
    )
    flood_wait_cap: int = field(
        default=300, metadata=_check(_not_negative, "Longest FloodWait slept in place, seconds.")
    )
    reconnect_max_seconds: int = field(
        default=300, metadata=_check(_positive, "Longest back-off between reconnects.")
    )
    join_channels: bool = field(
        default=True,
        metadata=_doc("Join watched channels so their posts arrive live, not only by sweep."),
    )


@dataclass(frozen=True)
class ChannelConfig:
    username: str = field(metadata=_check(_username, "Public @username, without the @."))
    side: str | None = field(
        default=None, metadata=_check(_side, "Actor id the channel speaks for.")
    )
    lang: str | None = field(default=None, metadata=_check(_lang, "ru, uk, en, ar or fr."))
    title: str | None = field(default=None, metadata=_doc("Display name in digests."))


@dataclass(frozen=True)
class HttpConfig:
    user_agent: str = field(
        default="claimwatch/0.1 (+https://github.com/claimwatch/claimwatch)",
        metadata=_doc("User-Agent sent to every mainstream source."),
    )
    timeout_seconds: float = field(default=20.0, metadata=_check(_positive, "Per request."))
    retries: int = field(default=2, metadata=_check(_not_negative, "Retries with back-off."))
    max_bytes: int = field(
        default=10_000_000, metadata=_check(_positive, "Bodies larger than this are cut off.")
    )


@dataclass(frozen=True)
class SourceConfig:
    name: str = field(metadata=_check(_name, "Short id of the outlet, e.g. rfi_afrique."))
    kind: str = field(default="rss", metadata=_check(_source_kind, "rss, gdelt or acled."))
    url: str | None = field(default=None, metadata=_check(_url, "Feed URL (rss)."))
    title: str | None = field(default=None, metadata=_doc("Display name of the outlet."))
    lang: str | None = field(default=None, metadata=_check(_lang, "Language of the outlet."))
    side: str | None = field(default=None, metadata=_check(_side, "Actor id, if partisan."))
    fetch_body: bool = field(default=False, metadata=_doc("Fetch and extract article bodies."))
    every_minutes: int = field(default=30, metadata=_check(_positive, "Poll interval."))
    query: str | None = field(default=None, metadata=_doc("GDELT: extra query terms."))
    country: str | None = field(default=None, metadata=_doc("ACLED: country filter."))


@dataclass(frozen=True)
class TopicConfig:
    name: str = field(metadata=_check(_name, "Short id used in commands: /digest tinzaouaten."))
    title: str = field(default="", metadata=_doc("Heading of the digest."))
    keywords: list[str] = field(
        default_factory=list, metadata=_doc("Place names, actors, operations; any language.")
    )
    since: dt.date | None = field(default=None, metadata=_check(_date, "First day, YYYY-MM-DD."))
    until: dt.date | None = field(default=None, metadata=_check(_date, "Last day, YYYY-MM-DD."))


@dataclass(frozen=True)
class DigestConfig:
    default_time: str = field(default="08:00", metadata=_check(_time, "Local HH:MM of /subscribe."))
    days: int = field(default=1, metadata=_check(_positive, "Window of a scheduled digest."))
    grace_hours: float = field(
        default=6.0, metadata=_check(_not_negative, "A missed digest is sent late within this.")
    )
    max_failures: int = field(
        default=5, metadata=_check(_positive, "Failed sends before a blocked user is dropped.")
    )


@dataclass(frozen=True)
class ScheduleConfig:
    chat_id: int = field(metadata=_doc("Chat (user or group id) that receives the digest."))
    topic: str = field(metadata=_check(_name, "Topic name from [[topics]]."))
    time: str | None = field(default=None, metadata=_check(_time, "Local HH:MM."))


@dataclass(frozen=True)
class Config:
    timezone: str = field(default="UTC", metadata=_check(_timezone, "IANA time zone."))
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    http: HttpConfig = field(default_factory=HttpConfig)
    digest: DigestConfig = field(default_factory=DigestConfig)
    channels: list[ChannelConfig] = field(default_factory=list)
    sources: list[SourceConfig] = field(default_factory=list)
    topics: list[TopicConfig] = field(default_factory=list)
    schedules: list[ScheduleConfig] = field(default_factory=list)
    path: str = field(default="", metadata={"internal": True})

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def topic(self, name: str) -> TopicConfig | None:
        return next((t for t in self.topics if t.name == name), None)


# --- the walker ---

_TYPE_WORDS = {
    int: "a whole number",
    float: "a number",
    str: 'a string in quotes, e.g. "value"',
    bool: "true or false",
    dt.date: "a date, YYYY-MM-DD",
}


def _describe(tp: Any) -> str:
    origin = typing.get_origin(tp)
    if origin is list:
        (inner,) = typing.get_args(tp)
        return f"a list of {_describe(inner)}s"
    if origin in (types.UnionType, typing.Union):
        return " or ".join(_describe(a) for a in typing.get_args(tp) if a is not type(None))
    if dataclasses.is_dataclass(tp):
        return "a table"
    return _TYPE_WORDS.get(tp, str(tp))


def _coerce(value: Any, tp: Any, where: str, path: Path) -> Any:
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _coerce(value, args[0], where, path)
    if origin is list:
        (inner,) = typing.get_args(tp)
        if not isinstance(value, list):
            raise ConfigError(path, where, f"expected {_describe(tp)}, got {value!r}.")
        return [_coerce(v, inner, f"{where}[{i}]", path) for i, v in enumerate(value)]
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(value, Mapping):
            raise ConfigError(path, where, f"expected a table ([{where}]), got {value!r}.")
        return _build(tp, value, where, path)
    if tp is dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        raise ConfigError(path, where, f"{value!r} is not a date; write it as YYYY-MM-DD.")
    if tp is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if tp is int and isinstance(value, bool):
        raise ConfigError(path, where, f"expected {_describe(tp)}, got {value!r}.")
    if not isinstance(value, tp):
        raise ConfigError(
            path, where, f"expected {_describe(tp)}, got {value!r}.{_hint(value, tp)}"
        )
    return value


def _hint(value: Any, tp: Any) -> str:
    """How to write it, when the value is the right thing in the wrong TOML form."""
    if isinstance(value, str) and tp in (int, float):
        try:
            float(value)
        except ValueError:
            return ""
        return f" Write it without quotes: {value.strip()}."
    if isinstance(value, str) and tp is bool and value.lower() in ("true", "false"):
        return f" Write it without quotes: {value.lower()}."
    if tp is str and isinstance(value, int | float) and not isinstance(value, bool):
        return f' Put it in quotes: "{value}".'
    return ""


_SECRET_KEYS = {
    "api_id": "CLAIMWATCH_API_ID",
    "api_hash": "CLAIMWATCH_API_HASH",
    "bot_token": "CLAIMWATCH_BOT_TOKEN",
    "token": "CLAIMWATCH_BOT_TOKEN",
    "acled_key": "ACLED_KEY",
    "key": "ACLED_KEY",
    "password": "nothing (2FA is asked by `claimwatch login`)",
}


def _build(cls: type[Any], table: Mapping[str, Any], where: str, path: Path) -> Any:
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}
    for key in table:
        if key.lower() in _SECRET_KEYS:
            var = _SECRET_KEYS[key.lower()]
            raise ConfigError(
                path,
                f"{where}.{key}" if where else key,
                f"secrets never go in the config file; remove it and export {var} instead.",
            )
        if key not in fields:
            known = ", ".join(sorted(fields))
            raise ConfigError(
                path,
                f"{where}.{key}" if where else key,
                f"unknown key; remove it or use one of: {known}.",
            )
    kwargs: dict[str, Any] = {}
    for name, f in fields.items():
        key = f"{where}.{name}" if where else name
        if name not in table:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ConfigError(path, key, f"missing; every {where or 'config'} needs a {name}.")
            continue
        value = _coerce(table[name], hints[name], key, path)
        check = f.metadata.get("check")
        if check is not None:
            problem = check(value)
            if problem:
                raise ConfigError(path, key, problem)
        kwargs[name] = value
    return cls(**kwargs)


def _cross_checks(cfg: Config, path: Path) -> None:
    topics = {t.name for t in cfg.topics}
    seen: set[str] = set()
    for i, ch in enumerate(cfg.channels):
        handle = ch.username.lstrip("@").lower()
        if handle in seen:
            raise ConfigError(path, f"channels[{i}].username", f"@{handle} is listed twice.")
        seen.add(handle)
    for i, sched in enumerate(cfg.schedules):
        if sched.topic not in topics:
            raise ConfigError(
                path,
                f"schedules[{i}].topic",
                f"no topic named {sched.topic!r}; add it under [[topics]] or use one of "
                f"{', '.join(sorted(topics)) or '(none defined)'}.",
            )
    names = [s.name for s in cfg.sources]
    for i, name in enumerate(names):
        if names.index(name) != i:
            raise ConfigError(path, f"sources[{i}].name", f"{name!r} is used twice.")
    for i, src in enumerate(cfg.sources):
        if src.kind == "rss" and not src.url:
            raise ConfigError(path, f"sources[{i}].url", "an rss source needs the feed's url.")
    for i, t in enumerate(cfg.topics):
        if [x.name for x in cfg.topics].index(t.name) != i:
            raise ConfigError(path, f"topics[{i}].name", f"{t.name!r} is used twice.")
        if t.name == "all":
            raise ConfigError(
                path, f"topics[{i}].name", '"all" means every claim in /digest; name it otherwise.'
            )
        if t.since and t.until and t.until < t.since:
            raise ConfigError(path, f"topics[{i}].until", "ends before since; swap the dates.")


def parse_config(text: str, path: Path | str = "<config>") -> Config:
    path = Path(path)
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, "syntax", f"{exc}; fix the TOML syntax at that line.") from exc
    cfg = _build(Config, table, "", path)
    cfg = dataclasses.replace(cfg, path=str(path))
    _cross_checks(cfg, path)
    return typing.cast(Config, cfg)


def load_config(path: Path | str | None = None) -> Config:
    """Load and validate config.toml; a missing default file gives the defaults."""
    if path is None:
        env = os.environ.get("CLAIMWATCH_CONFIG")
        path = Path(env) if env else DEFAULT_CONFIG
        if not path.exists():
            return Config(path="")
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(path, "file", "not found; pass --config with the right path.") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(path, "file", "is not UTF-8 text; save it as UTF-8.") from exc
    except IsADirectoryError as exc:
        raise ConfigError(
            path, "file", "is a folder; pass --config the config.toml file inside it."
        ) from exc
    except OSError as exc:
        raise ConfigError(
            path, "file", f"cannot be read ({exc.strerror}); check its permissions."
        ) from exc
    return parse_config(text, path)


# --- secrets: only from the environment, never printed ---


class Secret(str):
    """A string that never shows itself in repr, logs or tracebacks."""

    def __repr__(self) -> str:
        return "Secret('***')"


@dataclass(frozen=True)
class Secrets:
    api_id: int | None
    api_hash: Secret | None
    bot_token: Secret | None
    acled_key: Secret | None
    acled_email: str | None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Secrets:
        env = os.environ if env is None else env
        raw_id = env.get("CLAIMWATCH_API_ID", "").strip()
        api_id: int | None = None
        if raw_id:
            if not raw_id.isdigit():
                raise ConfigError(
                    "environment",
                    "CLAIMWATCH_API_ID",
                    "must be the numeric api_id from https://my.telegram.org (digits only).",
                )
            api_id = int(raw_id)

        def secret(name: str) -> Secret | None:
            value = env.get(name, "").strip()
            return Secret(value) if value else None

        return cls(
            api_id=api_id,
            api_hash=secret("CLAIMWATCH_API_HASH"),
            bot_token=secret("CLAIMWATCH_BOT_TOKEN"),
            acled_key=secret("ACLED_KEY"),
            acled_email=env.get("ACLED_EMAIL", "").strip() or None,
        )

    def require(self, *names: str) -> None:
        """Stop with the variable to set when a secret is missing."""
        hints = {
            "api_id": ("CLAIMWATCH_API_ID", "the api_id from https://my.telegram.org"),
            "api_hash": ("CLAIMWATCH_API_HASH", "the api_hash from https://my.telegram.org"),
            "bot_token": ("CLAIMWATCH_BOT_TOKEN", "the token @BotFather gave your bot"),
            "acled_key": ("ACLED_KEY", "your ACLED API key"),
            "acled_email": ("ACLED_EMAIL", "the e-mail of your ACLED account"),
        }
        for name in names:
            if getattr(self, name) is None:
                var, what = hints[name]
                raise ConfigError(
                    "environment", var, f"not set; export {var} with {what} and run again."
                )
