"""A stand-in for the Telethon bot client that records what would be sent.

Updates go through Telethon's own event machinery (`EventBuilderDict`, the real
`events.NewMessage` / `events.CallbackQuery` builders and filters), the same
path `TelegramClient._dispatch_update` takes; only the network is missing.
Every text sent in HTML parse mode is checked on the way out: only Telegram's
tags, no attribute but href, so anything unescaped fails the test that sent it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import html.parser
import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from telethon import events
from telethon._updates import EntityCache
from telethon.client.updates import EventBuilderDict
from telethon.tl import types

BOT_ID = 5_000_000
ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "blockquote",
    "tg-spoiler",
    "span",
}


class UnsafeHtml(AssertionError):
    pass


class _TagCheck(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if not (tag == "a" and name == "href") and not (tag == "span" and name == "class"):
                self.problems.append(f"{tag}[{name}]")
            if (
                tag == "a"
                and name == "href"
                and not (value or "").startswith(("http://", "https://", "tg://"))
            ):
                self.problems.append(f"href={value!r}")

    def handle_endtag(self, tag: str) -> None:
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"</{tag}>")


def check_html(text: str) -> None:
    """Raise UnsafeHtml when `text` holds markup Telegram's HTML mode should never get from us."""
    checker = _TagCheck()
    checker.feed(text)
    checker.close()
    if checker.problems:
        raise UnsafeHtml(f"unescaped markup {checker.problems} in {text[:300]!r}")


@dataclass
class Sent:
    kind: str  # message | photo | album | edit
    chat_id: int
    text: str
    kwargs: dict[str, Any] = field(default_factory=dict)


Failure = BaseException | Callable[[], Any]


class FakeBot:
    """Records sends; `fail_next(chat, exc, ...)` makes the next sends to that chat raise."""

    def __init__(self, self_id: int = BOT_ID) -> None:
        self._self_id = self_id
        self._mb_entity_cache = EntityCache(self_id=self_id, self_bot=True)
        self._event_builders: list[tuple[Any, Callable[[Any], Any]]] = []
        self.sent: list[Sent] = []
        self.requests: list[Any] = []
        self.answers: list[Any] = []
        self._failures: dict[int, list[Failure]] = {}
        self._next_id = 100
        self.unsafe: list[str] = []  # HTML that failed the check (also raised at the sender)

    # --- what the code under test calls ---

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        return asyncio.get_running_loop()

    def add_event_handler(self, callback: Callable[[Any], Any], event: Any = None) -> None:
        builder = event() if isinstance(event, type) else event
        self._event_builders.append((builder, callback))

    def on(self, event: Any) -> Callable[[Any], Any]:
        def decorate(f: Any) -> Any:
            self.add_event_handler(f, event)
            return f

        return decorate

    async def get_input_entity(self, peer: Any) -> Any:
        if isinstance(peer, int) and peer > 0:
            return types.InputPeerUser(peer, 0)
        return peer

    async def __call__(self, request: Any) -> Any:
        self.requests.append(request)
        if type(request).__name__ == "SetBotCallbackAnswerRequest":
            self.answers.append(request)
        return True

    async def send_message(self, entity: Any, message: str = "", **kwargs: Any) -> Any:
        await self._maybe_fail(entity)
        self._check(message, kwargs)
        self.sent.append(Sent("message", _chat(entity), str(message), kwargs))
        return self._message(entity, message)

    async def send_file(self, entity: Any, file: Any, **kwargs: Any) -> Any:
        await self._maybe_fail(entity)
        caption = kwargs.get("caption") or ""
        self._check(caption, kwargs)
        if isinstance(file, list | tuple):
            # An album, as Telethon sends a list: one request; a str caption on the first photo.
            files = [f.getvalue() if hasattr(f, "getvalue") else f for f in file]
            names = [getattr(f, "name", None) for f in file]
            extra = {"files": files, "names": names}
            self.sent.append(Sent("album", _chat(entity), str(caption), {**kwargs, **extra}))
            return [self._message(entity, caption if i == 0 else "") for i in range(len(file))]
        data = file.getvalue() if hasattr(file, "getvalue") else file
        self.sent.append(
            Sent(
                "photo",
                _chat(entity),
                str(caption),
                {**kwargs, "file": data, "name": getattr(file, "name", None)},
            )
        )
        return self._message(entity, caption)

    async def edit_message(self, entity: Any, message: Any, text: str = "", **kwargs: Any) -> Any:
        self._check(text, kwargs)
        self.sent.append(Sent("edit", _chat(entity), str(text), {**kwargs, "message_id": message}))
        return self._message(entity, text)

    # --- test controls ---

    def fail_next(self, chat_id: int, *failures: Failure) -> None:
        """The next sends to `chat_id` raise these (an exception, or a callable returning an awaitable)."""
        self._failures.setdefault(chat_id, []).extend(failures)

    def to(self, chat_id: int, kind: str | None = None) -> list[Sent]:
        return [s for s in self.sent if s.chat_id == chat_id and (kind is None or s.kind == kind)]

    async def dispatch(self, update: Any, entities: dict[int, Any] | None = None) -> None:
        """What TelegramClient._dispatch_update does with one update, offline."""
        update._entities = entities or {}
        built = EventBuilderDict(self, update, None)
        for builder, callback in self._event_builders:
            event = built[type(builder)]
            if not event:
                continue
            if not builder.resolved:
                await builder.resolve(self)
            passed = builder.filter(event)
            if inspect.isawaitable(passed):
                passed = await passed
            if passed:
                await callback(event)

    # --- inside ---

    async def _maybe_fail(self, entity: Any) -> None:
        queue = self._failures.get(_chat(entity))
        if queue:
            failure = queue.pop(0)
            if isinstance(failure, BaseException):
                raise failure
            await failure()

    def _check(self, text: Any, kwargs: dict[str, Any]) -> None:
        if kwargs.get("parse_mode") == "html" and text:
            try:
                check_html(str(text))
            except UnsafeHtml as exc:
                self.unsafe.append(str(exc))
                raise

    def _message(self, entity: Any, text: str) -> types.Message:
        self._next_id += 1
        return types.Message(
            id=self._next_id,
            peer_id=types.PeerUser(_chat(entity)),
            date=dt.datetime.now(dt.UTC),
            message=str(text),
            out=True,
        )


def _chat(entity: Any) -> int:
    if isinstance(entity, int):
        return entity
    for attr in ("user_id", "chat_id", "channel_id"):
        if hasattr(entity, attr):
            return int(getattr(entity, attr))
    raise TypeError(f"cannot tell the chat of {entity!r}")


# --- updates, as Telegram would send them ---

_msg_ids = iter(range(1, 10**9))


def user(user_id: int, name: str = "Ann") -> types.User:
    return types.User(id=user_id, access_hash=user_id * 7, first_name=name, bot=False)


def private_message(user_id: int, text: str) -> types.UpdateNewMessage:
    """A message a user sends the bot in a private chat."""
    msg = types.Message(
        id=next(_msg_ids),
        peer_id=types.PeerUser(user_id),
        from_id=types.PeerUser(user_id),
        date=dt.datetime.now(dt.UTC),
        message=text,
        out=False,
    )
    return types.UpdateNewMessage(message=msg, pts=1, pts_count=1)


def group_message(chat_id: int, user_id: int, text: str) -> types.UpdateNewMessage:
    """A message in a basic group (chat_id is the bare positive id; Telethon marks it -id)."""
    msg = types.Message(
        id=next(_msg_ids),
        peer_id=types.PeerChat(chat_id),
        from_id=types.PeerUser(user_id),
        date=dt.datetime.now(dt.UTC),
        message=text,
        out=False,
    )
    return types.UpdateNewMessage(message=msg, pts=1, pts_count=1)


def button_press(
    user_id: int, msg_id: int, data: bytes, chat_peer: Any = None
) -> types.UpdateBotCallbackQuery:
    return types.UpdateBotCallbackQuery(
        query_id=next(_msg_ids),
        user_id=user_id,
        peer=chat_peer or types.PeerUser(user_id),
        msg_id=msg_id,
        chat_instance=1,
        data=data,
    )


def new_message_builder() -> events.NewMessage:
    return events.NewMessage(incoming=True, pattern=r"^/")
