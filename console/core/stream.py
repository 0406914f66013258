"""The live event stream: SSE with heartbeat watchdog, resume, gap detection and reconnect.

httpx-sse decodes the fields (console.core.sse bounds lines and events first); it does not
reconnect, so this module does: exponential backoff with full jitter (base 0.5 s, cap 30 s,
never below the server's `retry:`, which is itself capped at the backoff cap), resuming from
the last cursor with Last-Event-ID. A connection that says nothing (not even a ping) for the
heartbeat timeout is treated as dead. A `stream.resync_required` event or a gap in the cursor
leads to a snapshot, and the stream carries on.

The stream is never trusted. Whatever is wrong with one event (an id that is not a plain
integer, oversized or too deeply nested JSON, a timestamp at the edge of the calendar, a
listener that raises) is counted in the store's counts, logged by type and id only, and
skipped; the cursor moves only by a valid integer id. Healing rules (docs/design-core.md):
- the first event after a (re)connect with an id below our cursor means the backend restarted
  and numbers from 1 again: a snapshot, which moves the cursor back (the store's epoch reset);
- after a snapshot, an event whose id is beyond the snapshot's `as_of` is bogus: skipped;
- an in-order event carrying a lower version than the stored one: a snapshot (resync_wanted).
If the connection loop itself fails in a way nobody foresaw, `run` restarts it after a delay
and says so in the connection state (`stopped_unexpectedly`): the task never dies silently.
"""

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

import httpx
from httpx_sse import ServerSentEvent, SSEError, aconnect_sse

from console.core.api import TokenSource, json_body
from console.core.backoff import Backoff
from console.core.connection import ConnectionState, Phase
from console.core.errors import CoreError, ErrorKind, error_from_problem
from console.core.sse import decode_json, read_events
from console.core.sse import event_id as parse_event_id
from console.core.store import StateStore

log = logging.getLogger(__name__)

HEARTBEAT_TIMEOUT_S = 45.0


class EventStream:
    """Lives on the core thread: `run` is the stream task, `reconnect_now` is called on its loop."""

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
        self._first_after_connect = False
        # Restarts after unexpected failures back off on their own, never reset by a connect:
        # a fault that recurs right after each connect must not spin.
        self._restart_backoff = Backoff(
            base_s=self._backoff.base_s, cap_s=self._backoff.cap_s, rng=self._backoff.rng
        )

    def _set(self, state: ConnectionState) -> None:
        if state != self.state:
            self.state = state
            self._on_state(state)

    def reconnect_now(self) -> None:
        """The volunteer pressed "retry": skip the rest of the backoff wait."""
        self._wake.set()

    async def run(self) -> None:
        """Supervise the connection loop: an unexpected failure restarts it, never ends it."""
        while True:
            try:
                await self._connect_until_refused()
                return
            except Exception as failure:  # the live view must not die silently
                self._store.counts["stream_restarts"] += 1
                reason = type(failure).__name__
                log.error("event stream stopped unexpectedly (%s): restarting", reason)
                delay = self._restart_backoff.next_delay()
                state = ConnectionState(
                    Phase.RECONNECTING,
                    next_attempt_at=self._wall() + delay,
                    attempt=self._restart_backoff.attempt,
                    stopped_unexpectedly=True,
                )
                try:
                    self._set(state)
                except Exception as report_failure:  # restart all the same
                    log.error("could not report the restart (%s)", type(report_failure).__name__)
                await self._wait(delay)

    async def _connect_until_refused(self) -> None:
        """Connect, read, reconnect with backoff; returns only when access is refused."""
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
            except (httpx.RequestError, SSEError):  # RequestError: also a body that will not decode
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
            await self._wait(delay)

    async def _wait(self, delay: float) -> None:
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
            self._first_after_connect = True
            async for sse in read_events(response, self._store.counts):
                if sse.retry is not None:
                    # A floor, which Backoff caps: `retry: 86400000` is not a day of silence.
                    self._backoff.floor_s = max(sse.retry, 0) / 1000.0
                if sse.data:  # as the SSE spec says: no data, no event (an id alone is none)
                    await self._handle(sse)

    async def _handle(self, sse: ServerSentEvent) -> None:
        """One event. Snapshot failures propagate (the connection loop handles them); anything
        wrong with the event itself is counted and skipped."""
        event_id = parse_event_id(sse.id)
        if event_id is None:
            self._store.counts["bad_id"] += 1
            log.warning("skipped an event whose id is not a plain integer (type=%s)", sse.event)
            return
        first, self._first_after_connect = self._first_after_connect, False
        if sse.event == "stream.resync_required":
            log.info("server asked for a resync at cursor %s", event_id)
            await self._resync()  # the snapshot sets the cursor, even lower than ours
            return
        cursor = self._store.cursor
        if event_id <= cursor and not (first and event_id < cursor):
            self._store.counts["duplicate"] += 1
            return
        if event_id != cursor + 1:
            if event_id < cursor:
                self._store.counts["epoch_changes"] += 1
                log.warning("stream restarted below cursor (%s -> %s): resync", cursor, event_id)
            else:
                self._store.counts["gaps"] += 1
                log.info("gap in the event stream (%s -> %s): resync", cursor, event_id)
            await self._resync()
            if event_id <= self._store.cursor:
                return  # the snapshot covers this event
            if event_id > self._store.cursor + 1:
                # Sent before the snapshot was asked for, yet beyond its head: not a real id.
                self._store.counts["ahead_of_snapshot"] += 1
                log.warning("skipped event %s: beyond snapshot %s", event_id, self._store.cursor)
                return
        try:
            raw = decode_json(sse.data, self._store.counts)
            self._store.apply_raw(raw, expected_id=event_id)
        except Exception as failure:  # one bad event is never fatal
            self._store.counts["failed"] += 1
            reason = type(failure).__name__
            log.warning("event %s (type=%s) failed to apply (%s)", event_id, sse.event, reason)
        self._store.cursor = max(self._store.cursor, event_id)
        if self._store.resync_wanted:
            await self._resync()


class _TokenRefreshed(Exception):
    """The token was refreshed after a 401: connect again at once (once)."""
