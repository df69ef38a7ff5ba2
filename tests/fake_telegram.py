"""An offline stand-in for Telethon's TelegramClient, made of real Telethon objects.

Channels hold real `telethon.tl.types.Message`s; updates are real
`UpdateNewChannelMessage` / `UpdateEditChannelMessage` /
`UpdateDeleteChannelMessages` / `UpdateNewMessage`, and `dispatch` runs them
through Telethon's own event builders (`EventBuilderDict`, `builder.filter`)
exactly as `TelegramClient._dispatch_update` does. What the real client would
fetch from Telegram, `iter_messages` and `get_entity` serve from the channels,
and raise `FloodWaitError`, `ChannelPrivateError` or `ConnectionError` on demand.

    client = FakeClient()
    rybar = client.add_channel("rybar")
    msg = rybar.post("text")                    # stored, no update sent
    await client.dispatch(rybar.new_update(msg)) # through the registered handlers
    client.fail_iter(errors.FloodWaitError(request=None, capture=30), after=120)

Bot side: `client.command(user_id, "/watch @x")` delivers a private message to
the bot's handlers; `client.sent` records every `send_message`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
import re
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from telethon import errors, functions, types
from telethon._updates import EntityCache
from telethon.client.updates import EventBuilderDict

from extractors.claim import Claim

T0 = dt.datetime(2024, 7, 28, 9, 0, tzinfo=dt.UTC)


def standin_extract(
    text: str, *, lang: str | None = None, channel_side: str | None = None
) -> list[Claim]:
    """Stands in for the real extractor (written beside this): one claim per "N killed".

    Tests of the live path patch `extractors.extract` with it, so they test the
    plumbing of claims whatever state the real extractor is in.
    """
    out = []
    for m in re.finditer(r"(\d+) killed", text):
        out.append(
            Claim(
                "killed", "wagner", int(m.group(1)), int(m.group(1)), start=m.start(1), end=m.end(1)
            )
        )
    return out


@dataclass
class Sent:
    entity: Any
    text: str
    kwargs: dict[str, Any]


@dataclass
class FakeChannel:
    id: int
    username: str
    title: str
    messages: dict[int, Any] = field(default_factory=dict)
    last_id: int = 0
    pts: int = 0
    clock: dt.datetime = T0
    private: bool = False  # reading raises ChannelPrivateError
    joined: bool = False  # the reading account is a member (Channel.left is the opposite)
    gone: bool = False  # the username no longer resolves

    @property
    def peer(self) -> types.PeerChannel:
        return types.PeerChannel(self.id)

    def entity(self) -> types.Channel:
        return types.Channel(
            id=self.id,
            title=self.title,
            photo=types.ChatPhotoEmpty(),
            date=T0,
            broadcast=True,
            username=self.username,
            access_hash=self.id * 7,
            left=not self.joined,
        )

    def post(
        self,
        text: str,
        *,
        grouped_id: int | None = None,
        date: dt.datetime | None = None,
        msg_id: int | None = None,
    ) -> types.Message:
        """A new post (stored in the channel; no update is sent)."""
        self.last_id = msg_id if msg_id is not None else self.last_id + 1
        self.clock = date or (self.clock + dt.timedelta(minutes=1))
        msg = types.Message(
            id=self.last_id,
            peer_id=self.peer,
            date=self.clock,
            message=text,
            post=True,
            grouped_id=grouped_id,
            views=1,
        )
        self.messages[msg.id] = msg
        return msg

    def service(self) -> types.MessageService:
        """A service message (a pin): takes an id, is not a post."""
        self.last_id += 1
        msg = types.MessageService(
            id=self.last_id,
            peer_id=self.peer,
            date=self.clock,
            action=types.MessageActionPinMessage(),
            post=True,
        )
        self.messages[msg.id] = msg
        return msg

    def edit(self, msg_id: int, text: str) -> types.Message:
        old = self.messages[msg_id]
        msg = types.Message(
            id=msg_id,
            peer_id=self.peer,
            date=old.date,
            message=text,
            post=True,
            grouped_id=old.grouped_id,
            edit_date=self.clock + dt.timedelta(minutes=5),
        )
        self.messages[msg_id] = msg
        return msg

    def delete(self, *ids: int) -> None:
        for i in ids:
            self.messages.pop(i, None)

    def _pts(self) -> int:
        self.pts += 1
        return self.pts

    def new_update(self, msg: Any) -> types.UpdateNewChannelMessage:
        return _with_entities(types.UpdateNewChannelMessage(msg, self._pts(), 1))

    def edit_update(self, msg: Any) -> types.UpdateEditChannelMessage:
        return _with_entities(types.UpdateEditChannelMessage(msg, self._pts(), 1))

    def delete_update(self, *ids: int) -> types.UpdateDeleteChannelMessages:
        return _with_entities(types.UpdateDeleteChannelMessages(self.id, list(ids), self._pts(), 1))


def _with_entities(update: Any) -> Any:
    update._entities = {}  # what Telethon's update loop attaches before dispatching
    return update


@dataclass
class _Fault:
    exc: BaseException
    after: int


class FakeClient:
    def __init__(self, *, self_id: int = 4242, bot: bool = False) -> None:
        self._self_id = self_id
        self._mb_entity_cache = EntityCache(self_id=self_id, self_bot=bot)
        self.channels: dict[int, FakeChannel] = {}
        self.handlers: list[tuple[Any, Callable[[Any], Any]]] = []
        self.sent: list[Sent] = []
        self.iter_calls: list[dict[str, Any]] = []
        self.entity_calls: list[Any] = []
        self.requests: list[Any] = []
        self._iter_faults: list[_Fault] = []
        self._entity_faults: list[BaseException] = []
        self._next_channel = 1_000_000_000
        self._next_msg = 0
        # connection state for the runner
        self.connected = False
        self.authorized = True
        self.connect_faults: list[BaseException] = []
        self.disconnected: asyncio.Future[None] | None = None
        self.bot_token: str | None = None

    # --- channels ---

    def add_channel(self, username: str, title: str | None = None) -> FakeChannel:
        self._next_channel += 1
        ch = FakeChannel(self._next_channel, username, title or username.title())
        self.channels[ch.id] = ch
        return ch

    def channel(self, username: str) -> FakeChannel:
        return next(c for c in self.channels.values() if c.username.lower() == username.lower())

    def _find(self, entity: Any) -> FakeChannel:
        if isinstance(entity, str):
            name = entity.lstrip("@").lower()
            for ch in self.channels.values():
                if ch.username.lower() == name and not ch.gone:
                    return ch
            raise errors.UsernameNotOccupiedError(request=None)
        if isinstance(entity, types.PeerChannel | types.InputPeerChannel):
            cid = entity.channel_id
        elif isinstance(entity, types.Channel):
            cid = entity.id
        else:
            raise ValueError(f"Could not find the input entity for {entity!r}")
        if cid not in self.channels:
            raise ValueError(f"Could not find the input entity for {entity!r}")
        return self.channels[cid]

    # --- faults on demand ---

    def fail_iter(self, exc: BaseException, *, after: int = 0) -> None:
        """A later iter_messages call yields `after` messages, then raises `exc`
        (after=0: the next call raises at once)."""
        self._iter_faults.append(_Fault(exc, after))

    def fail_entity(self, exc: BaseException) -> None:
        self._entity_faults.append(exc)

    # --- what the sweep calls ---

    async def __call__(self, request: Any) -> Any:
        """Raw requests; JoinChannelRequest is the one the sweep sends."""
        self.requests.append(request)
        if isinstance(request, functions.channels.JoinChannelRequest):
            self._find(request.channel).joined = True
        return None

    async def get_entity(self, entity: Any) -> types.Channel:
        self.entity_calls.append(entity)
        if self._entity_faults:
            raise self._entity_faults.pop(0)
        ch = self._find(entity)
        if ch.private:
            raise errors.ChannelPrivateError(request=None)
        return ch.entity()

    async def get_input_entity(self, entity: Any) -> types.InputPeerChannel:
        ch = self._find(entity)
        return types.InputPeerChannel(ch.id, ch.id * 7)

    def iter_messages(
        self,
        entity: Any,
        limit: int | None = None,
        *,
        offset_date: dt.datetime | None = None,
        min_id: int = 0,
        max_id: int = 0,
        reverse: bool = False,
        **_: Any,
    ) -> AsyncIterator[Any]:
        """Messages as Telethon yields them (newest first unless reverse), from the ids
        present when the call is made. A queued fault fires in the first call that
        reaches its position; a shorter call leaves it queued."""
        self.iter_calls.append({"entity": entity, "min_id": min_id, "reverse": reverse})
        ch = self._find(entity)
        ids = sorted(i for i in ch.messages if i > min_id and (not max_id or i < max_id))
        if not reverse:
            ids.reverse()
        if offset_date is not None:
            if reverse:
                ids = [i for i in ids if ch.messages[i].date >= offset_date]
            else:
                ids = [i for i in ids if ch.messages[i].date < offset_date]
        if limit is not None:
            ids = ids[:limit]
        fault = None
        if self._iter_faults and (
            self._iter_faults[0].after == 0 or self._iter_faults[0].after < len(ids)
        ):
            fault = self._iter_faults.pop(0)
        return self._iterate(ch, ids, fault)

    async def _iterate(
        self, ch: FakeChannel, ids: list[int], fault: _Fault | None
    ) -> AsyncIterator[Any]:
        if fault is not None and fault.after == 0:
            raise fault.exc
        if ch.private:
            raise errors.ChannelPrivateError(request=None)
        for n, i in enumerate(ids):
            if fault is not None and n == fault.after:
                raise fault.exc
            await asyncio.sleep(0)  # a page boundary: let other tasks run, as the network would
            if i in ch.messages:
                yield ch.messages[i]

    # --- events, as TelegramClient._dispatch_update does them ---

    def add_event_handler(self, callback: Callable[[Any], Any], event: Any) -> None:
        if inspect.isclass(event):
            event = event()
        self.handlers.append((event, callback))

    async def dispatch(self, update: Any) -> None:
        built = EventBuilderDict(self, update, None)
        for builder, callback in self.handlers:
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

    # --- the bot side ---

    def command(self, user_id: int, text: str) -> types.UpdateNewMessage:
        """A private message from `user_id` to the bot, as Telegram delivers it."""
        self._next_msg += 1
        msg = types.Message(
            id=self._next_msg,
            peer_id=types.PeerUser(user_id),
            date=T0,
            message=text,
            out=False,
        )
        return _with_entities(types.UpdateNewMessage(msg, self._next_msg, 1))

    async def send_message(self, entity: Any, message: Any = "", **kwargs: Any) -> None:
        self.sent.append(Sent(entity, str(message), kwargs))

    def texts(self, to: int | None = None) -> list[str]:
        return [s.text for s in self.sent if to is None or s.entity == to]

    # --- connection, for the runner ---

    async def connect(self) -> None:
        if self.connect_faults:
            raise self.connect_faults.pop(0)
        self.connected = True
        self.disconnected = asyncio.get_running_loop().create_future()

    async def is_user_authorized(self) -> bool:
        return self.authorized

    async def start(self, bot_token: str | None = None, **_: Any) -> FakeClient:
        """What TelegramClient.start does for a bot: connect if needed, sign in with the token."""
        if not self.connected:
            await self.connect()
        self.bot_token = bot_token
        return self

    def drop_connection(self) -> None:
        """The network went away: Telethon gave up reconnecting and resolved `disconnected`."""
        self.connected = False
        if self.disconnected is not None and not self.disconnected.done():
            self.disconnected.set_exception(ConnectionError("network is unreachable"))

    async def disconnect(self) -> None:
        self.connected = False
        if self.disconnected is not None and not self.disconnected.done():
            self.disconnected.set_result(None)

    def is_connected(self) -> bool:
        return self.connected

    async def get_me(self) -> types.User:
        return types.User(id=self._self_id, bot=True, username="claimwatch_test_bot")
