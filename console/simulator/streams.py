"""Per-agent event streams: a consecutive cursor, a bounded replay log, live subscribers.

Each signed-in agent has its own stream, so cursors are consecutive and a client can detect a
gap. A cursor older than the log (or from the future, e.g. after a restart) is answered with
`stream.resync_required`.
"""

import asyncio
import json
import time
from collections import deque
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

from pydantic import BaseModel

from console.contract.events import ENVELOPE_VERSION
from console.simulator.clock import SimClock

_CLOSE = None


@dataclass(frozen=True)
class LoggedEvent:
    seq: int
    type: str
    payload: str  # the serialised envelope


@dataclass
class AgentStream:
    log_size: int
    seq: int = 0
    log: deque[LoggedEvent] = field(default_factory=deque)
    subscribers: set["asyncio.Queue[LoggedEvent | None]"] = field(default_factory=set)

    def append(self, event: LoggedEvent) -> None:
        self.log.append(event)
        while len(self.log) > self.log_size:
            self.log.popleft()
        for queue in self.subscribers:
            queue.put_nowait(event)


class EventHub:
    def __init__(self, clock: SimClock, log_size: int = 1000) -> None:
        self._clock = clock
        self.log_size = log_size
        self._streams: dict[str, AgentStream] = {}
        self.published = 0
        self.emissions: deque[tuple[str, str, float]] = deque(maxlen=2000)
        # Told (agent id, live connections) whenever one of an agent's streams opens or ends.
        self.on_connections: Callable[[str, int], None] | None = None

    def stream(self, agent_id: str) -> AgentStream:
        stream = self._streams.get(agent_id)
        if stream is None:
            stream = AgentStream(log_size=self.log_size)
            self._streams[agent_id] = stream
        return stream

    def head(self, agent_id: str) -> int:
        return self.stream(agent_id).seq

    def publish(self, agent_id: str, event_type: str, subject: str, data: BaseModel) -> int:
        stream = self.stream(agent_id)
        stream.seq += 1
        envelope = {
            "id": stream.seq,
            "type": event_type,
            "time": self._clock.now().isoformat().replace("+00:00", "Z"),
            "subject": subject,
            "data": data.model_dump(mode="json"),
            "v": ENVELOPE_VERSION,
        }
        stream.append(LoggedEvent(stream.seq, event_type, json.dumps(envelope)))
        self.published += 1
        # For latency benchmarks: when (system monotonic clock) each resource went out.
        self.emissions.append((event_type, str(getattr(data, "id", "")), time.monotonic()))
        return stream.seq

    def publish_raw(
        self, agent_id: str, event_type: str, payload: str, stamp_id: bool = False
    ) -> int:
        """Admin: put an arbitrary payload on a stream (robustness tests); it gets a real id.
        With `stamp_id` the payload (a JSON object) gets that id as its envelope id too, so a
        test can send a well-formed envelope with hostile data."""
        stream = self.stream(agent_id)
        stream.seq += 1
        if stamp_id:
            payload = json.dumps(json.loads(payload) | {"id": stream.seq})
        stream.append(LoggedEvent(stream.seq, event_type, payload))
        return stream.seq

    def drop_all(self, agent_id: str | None = None) -> int:
        """Close live connections (all, or one agent's); clients must reconnect and resume."""
        dropped = 0
        for owner, stream in self._streams.items():
            if agent_id is not None and owner != agent_id:
                continue
            for queue in stream.subscribers:
                queue.put_nowait(_CLOSE)
                dropped += 1
        return dropped

    def connections(self) -> int:
        return sum(len(s.subscribers) for s in self._streams.values())

    async def subscribe(
        self, agent_id: str, last_event_id: int | None, ping_interval_s: float, retry_ms: int
    ) -> AsyncIterator[str]:
        """Yield SSE frames: replay after the cursor, then live events and pings."""
        stream = self.stream(agent_id)
        queue: asyncio.Queue[LoggedEvent | None] = asyncio.Queue()
        stream.subscribers.add(queue)
        self._connections_changed(agent_id, stream)
        try:
            yield f"retry: {retry_ms}\n\n"
            sent = stream.seq if last_event_id is None else last_event_id
            oldest = stream.log[0].seq if stream.log else stream.seq + 1
            if last_event_id is not None and (
                last_event_id > stream.seq or last_event_id < oldest - 1
            ):
                yield self._resync_frame(stream.seq, "cursor outside the replay log")
                sent = stream.seq
            else:
                for event in list(stream.log):
                    if event.seq > sent:
                        yield _frame(event)
                        sent = event.seq
            while True:
                try:
                    live = await asyncio.wait_for(queue.get(), timeout=ping_interval_s)
                except TimeoutError:
                    yield ": ping\n\n"
                    continue
                if live is _CLOSE:
                    return
                if live.seq > sent:
                    yield _frame(live)
                    sent = live.seq
        finally:
            stream.subscribers.discard(queue)
            self._connections_changed(agent_id, stream)

    def _connections_changed(self, agent_id: str, stream: AgentStream) -> None:
        if self.on_connections is not None:
            self.on_connections(agent_id, len(stream.subscribers))

    def _resync_frame(self, head: int, reason: str) -> str:
        envelope = {
            "id": head,
            "type": "stream.resync_required",
            "time": self._clock.now().isoformat().replace("+00:00", "Z"),
            "subject": "streams/current",
            "data": {"reason": reason},
            "v": ENVELOPE_VERSION,
        }
        return f"id: {head}\nevent: stream.resync_required\ndata: {json.dumps(envelope)}\n\n"


def _frame(event: LoggedEvent) -> str:
    # A raw payload may contain newlines; SSE needs one `data:` line per line.
    data = "\n".join(f"data: {line}" for line in event.payload.split("\n"))
    event_name = event.type.replace("\n", " ").replace("\r", " ")
    return f"id: {event.seq}\nevent: {event_name}\n{data}\n\n"
