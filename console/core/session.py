"""One signed-in shift against one backend: sign-in, snapshot, live stream, commands, outbox.

Everything here runs on the core loop. Observers (the Qt bridge) are plain callbacks called on
the core thread; they must hand data over to their own thread themselves.
"""

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from console.contract.resources import (
    Meta,
    MunicipalityList,
    ResourceDirectory,
    TransferTargetList,
)
from console.core.api import RoutingApi, fetch_meta
from console.core.auth import Authenticator, IdentityPolicy
from console.core.backoff import Backoff
from console.core.chat_outbox import ChatOutbox
from console.core.commands import Command
from console.core.connection import ConnectionState, Phase
from console.core.errors import CoreError, ErrorKind
from console.core.outbox import OutgoingMessage
from console.core.resource_cache import ResourceCache, fresh_or_cached
from console.core.store import StateStore
from console.core.stream import HEARTBEAT_TIMEOUT_S, EventStream
from console.core.tokens import TokenStore
from console.core.transport import new_client
from console.core.voice.signalling import MediaSignalling

log = logging.getLogger(__name__)


@dataclass
class SessionOptions:
    """How to run one shift: built on the GUI thread by the composition root, then read on the core
    thread only.
    """

    backend_url: str
    token_store: TokenStore
    login_hint: str | None = None
    open_browser: Callable[[str], object] | None = None
    heartbeat_timeout_s: float = HEARTBEAT_TIMEOUT_S
    backoff: Backoff = field(default_factory=Backoff)
    identity_policy: IdentityPolicy = field(default_factory=IdentityPolicy)
    wall_clock: Callable[[], float] = time.time  # ID-token expiry; tests fake it
    resource_cache: Path | None = None  # where the resource directory is kept offline


class ShiftSession:
    """One shift's client: runs on the core thread only, and calls its `on_*` callbacks there (the
    bridge posts them to its mailbox for the GUI thread).
    """

    def __init__(self, options: SessionOptions) -> None:
        self.options = options
        self.store = StateStore()
        self.meta: Meta | None = None
        self.targets: TransferTargetList | None = None
        self._client: httpx.AsyncClient | None = None
        self._auth: Authenticator | None = None
        self._api: RoutingApi | None = None
        self._stream: EventStream | None = None
        self._stream_task: asyncio.Task[None] | None = None
        self.chat_outbox = ChatOutbox(lambda: self.api, self._notify_outbox)
        self.on_connection: list[Callable[[ConnectionState], None]] = []
        self.on_outbox: list[Callable[[OutgoingMessage], None]] = []
        self.on_signed_out: list[Callable[[], None]] = []

    @property
    def api(self) -> RoutingApi:
        if self._api is None:
            raise CoreError(ErrorKind.SIGN_IN_REQUIRED, "not signed in")
        return self._api

    def media_signalling(self) -> MediaSignalling:
        """Softphone signalling on this shift's connection and sign-in (core/voice)."""
        if self._client is None or self._auth is None:
            raise CoreError(ErrorKind.SIGN_IN_REQUIRED, "not signed in")
        return MediaSignalling(self._client, self._auth)

    @property
    def connection(self) -> ConnectionState:
        return self._stream.state if self._stream else ConnectionState(Phase.CONNECTING)

    async def start(self) -> Meta:
        """Sign in (a remembered session first), load the snapshot, open the stream."""
        self._client = new_client(self.options.backend_url)
        self.meta = await fetch_meta(self._client)
        self._auth = Authenticator(
            self.options.backend_url,
            self.meta.auth,
            self.options.token_store,
            open_browser=self.options.open_browser,
            policy=self.options.identity_policy,
            wall_clock=self.options.wall_clock,
        )
        self._auth.bind_to(self._client)
        self._auth.on_signed_out = self._signed_out
        if self.options.login_hint is not None or not await self._auth.restore():
            await self._auth.sign_in(self.options.login_hint)
        self._api = RoutingApi(self._client, self._auth)
        self.store.load_snapshot(await self._api.snapshot())
        self.targets = await self._api.transfer_targets()
        self._stream = EventStream(
            self._client,
            self._auth,
            self.store,
            resync=self.resync,
            on_state=self._connection_changed,
            heartbeat_timeout_s=self.options.heartbeat_timeout_s,
            backoff=self.options.backoff,
        )
        self._stream_task = asyncio.get_running_loop().create_task(
            self._stream.run(), name="event-stream"
        )
        return self.meta

    async def resync(self) -> None:
        self.store.load_snapshot(await self.api.snapshot())

    def reconnect_now(self) -> None:
        if self._stream is not None:
            self._stream.reconnect_now()

    def _connection_changed(self, state: ConnectionState) -> None:
        for callback in self.on_connection:
            callback(state)
        if state.phase is Phase.LIVE:
            self.chat_outbox.send_waiting()

    def _signed_out(self) -> None:
        for callback in self.on_signed_out:
            callback()

    # ---------------------------------------------------------------- chat

    def compose(self, interaction_id: str, text: str) -> OutgoingMessage:
        return self.chat_outbox.compose(interaction_id, text)

    async def send(self, message: OutgoingMessage) -> OutgoingMessage:
        """Send (or re-send) a composed line, in its chat's order (core/chat_outbox.py)."""
        return await self.chat_outbox.send(message)

    def outbox(self) -> list[OutgoingMessage]:
        return self.chat_outbox.lines()

    def _notify_outbox(self, message: OutgoingMessage) -> None:
        for callback in self.on_outbox:
            callback(message)

    # ------------------------------------------------------------- lookups

    async def municipalities(self) -> MunicipalityList:
        return await self.api.municipalities()

    async def resources(self) -> tuple[ResourceDirectory, bool]:
        """The resource directory and whether it came from the offline copy."""
        cache = ResourceCache(self.options.resource_cache)
        if self._api is None:
            cached = cache.load()
            if cached is None:
                raise CoreError(ErrorKind.SIGN_IN_REQUIRED, "not signed in")
            return cached, True
        return await fresh_or_cached(self._api.resources, cache)

    async def run(self, command: Command) -> None:
        """Run a command whose answer arrives as events anyway."""
        await self.api.run_empty(command)

    # ------------------------------------------------------------ shutdown

    async def sign_out(self) -> None:
        """Offline, logout, revoke, forget the keychain entry.

        Refused (CoreError CONFLICT) while a contact is open: nobody is dropped by a logout.
        If the backend cannot be reached, the local session is ended anyway."""
        if self._api is not None:
            try:
                await self._api.run_empty(self._api.logout())
            except CoreError as error:
                if error.kind is ErrorKind.CONFLICT:
                    raise
                log.warning("logout not confirmed by the backend (%s)", error.kind.value)
        if self._auth is not None:
            await self._auth.sign_out()
        await self.close()

    async def reauthenticate(self) -> None:
        """After an idle lock: a fresh sign-in, which must be the same volunteer. Someone else
        signing in at a shared PC must not see this volunteer's contacts: that is refused."""
        if self._auth is None:
            raise CoreError(ErrorKind.SIGN_IN_REQUIRED, "not signed in")
        before = (await self.api.me()).id
        await self._auth.sign_in(self.options.login_hint)
        if (await self.api.me()).id != before:
            raise CoreError(ErrorKind.FORBIDDEN, "a different volunteer signed in")

    async def close(self) -> None:
        if self._stream_task is not None:
            self._stream_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._stream_task
            self._stream_task = None
        if self._client is not None:
            await self._client.aclose()
            self._client = None
