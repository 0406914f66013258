"""The live event stream: SSE with heartbeat watchdog, resume, gap detection and reconnect.

httpx-sse parses the stream; it does not reconnect, so this module does: exponential backoff
with full jitter (base 0.5 s, cap 30 s, never below the server's `retry:`), resuming from the
last cursor with Last-Event-ID. A connection that says nothing (not even a ping) for the
heartbeat timeout is treated as dead. A `stream.resync_required` event or a gap in the cursor
leads to a snapshot, and the stream carries on.
"""

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Awaitable, Callable

import httpx
from httpx_sse import ServerSentEvent, SSEError, aconnect_sse

from console.core.api import TokenSource, json_body
from console.core.backoff import Backoff
from console.core.connection import ConnectionState, Phase
from console.core.errors import CoreError, ErrorKind, error_from_problem
from console.core.store import StateStore

log = logging.getLogger(__name__)

HEARTBEAT_TIMEOUT_S = 45.0


class EventStream:
    def __init__(
        self,
        client: httpx.AsyncClient,
        tokens: TokenSource,
        store: StateStore,
        resync: Callable[[], Awaitable[None]],
        on_state: Callable[[ConnectionState], None],
        heartbeat_timeout_s: float = HEARTBEAT_TIMEOUT_S,
        backoff: Backoff | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._client = client
        self._tokens = tokens
        self._store = store
        self._resync = resync
        self._on_state = on_state
        self._heartbeat_s = heartbeat_timeout_s
        self._backoff = backoff or Backoff()
        self._wall = wall_clock
        self._wake = asyncio.Event()
        self.state = ConnectionState(Phase.CONNECTING)
        self.connections = 0
        self._refreshed = False

    def _set(self, state: ConnectionState) -> None:
        if state != self.state:
            self.state = state
            self._on_state(state)

    def reconnect_now(self) -> None:
        """The volunteer pressed "retry": skip the rest of the backoff wait."""
        self._wake.set()

    async def run(self) -> None:
        error: ErrorKind | None = None
        while True:
            try:
                await self._connect_once()
                error = None
            except _TokenRefreshed:
                continue
            except CoreError as failure:
                if failure.kind in (ErrorKind.SIGN_IN_REQUIRED, ErrorKind.FORBIDDEN):
                    self._set(ConnectionState(Phase.OFFLINE, error=failure.kind))
                    return
                error = failure.kind
            except httpx.TimeoutException:
                log.info("event stream silent for %.0f s: reconnecting", self._heartbeat_s)
                error = ErrorKind.TIMEOUT
            except (httpx.TransportError, SSEError):
                error = ErrorKind.OFFLINE
            delay = self._backoff.next_delay()
            self._set(
                ConnectionState(
                    Phase.RECONNECTING,
                    next_attempt_at=self._wall() + delay,
                    attempt=self._backoff.attempt,
                    error=error,
                )
            )
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), delay)

    async def _connect_once(self) -> None:
        token = await self._tokens.access_token()
        headers = {"Authorization": f"Bearer {token}", "Cache-Control": "no-store"}
        if self._store.cursor:
            headers["Last-Event-ID"] = str(self._store.cursor)
        timeout = httpx.Timeout(connect=5.0, read=self._heartbeat_s, write=5.0, pool=5.0)
        async with aconnect_sse(
            self._client, "GET", "/v1/events", headers=headers, timeout=timeout
        ) as source:
            response = source.response
            if response.status_code == 401 and not self._refreshed:
                await response.aread()
                await self._tokens.refresh(stale=token)
                self._refreshed = True
                raise _TokenRefreshed
            if response.status_code >= 400:
                await response.aread()
                raise error_from_problem(response.status_code, json_body(response), "events")
            self.connections += 1
            self._refreshed = False
            self._backoff.reset()
            self._set(ConnectionState(Phase.LIVE))
            async for sse in source.aiter_sse():
                if sse.retry is not None:
                    self._backoff.floor_s = sse.retry / 1000.0
                if sse.data or sse.id:
                    await self._handle(sse)

    async def _handle(self, sse: ServerSentEvent) -> None:
        event_id = int(sse.id) if sse.id.isdigit() else None
        if sse.event == "stream.resync_required":
            log.info("server asked for a resync at cursor %s", sse.id)
            await self._resync()
            if event_id is not None:
                self._store.cursor = max(self._store.cursor, event_id)
            return
        if event_id is not None:
            if event_id <= self._store.cursor:
                self._store.counts["duplicate"] += 1
                return
            if event_id > self._store.cursor + 1:
                self._store.counts["gaps"] += 1
                log.info("gap in the event stream (%s -> %s): resync", self._store.cursor, event_id)
                await self._resync()
        try:
            raw = json.loads(sse.data)
        except ValueError:
            raw = None
        self._store.apply_raw(raw)
        if event_id is not None:
            self._store.cursor = max(self._store.cursor, event_id)


class _TokenRefreshed(Exception):
    """The token was refreshed after a 401: connect again at once (once)."""
