"""A hostile backend, byte for byte: the real stream parser must survive anything it sends.

The backend here is an httpx MockTransport (the only way to send bytes the simulator never
would); what it serves is made by the real routing engine. Whatever comes first, the next valid
offer still reaches the store. Snapshots are answered consistently: before the offer is out,
without it (as_of one below its id); after, with it.
"""

import asyncio
import json
import re
from collections.abc import AsyncIterator, Callable
from functools import cache
from typing import Any

import httpx
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from console.contract.enums import AgeGroup, Channel, Presence
from console.contract.events import KNOWN_EVENT_TYPES
from console.contract.resources import Snapshot
from console.core.api import RoutingApi
from console.core.backoff import Backoff
from console.core.connection import ConnectionState, Phase
from console.core.sse import MAX_JSON_DEPTH
from console.core.store import StateStore
from console.core.stream import EventStream
from console.simulator.admin_models import InjectInteractionRequest
from console.simulator.clock import Scheduler, SimClock
from console.simulator.config import SimConfig
from console.simulator.engine import Engine

AGENT = "demo-volunteer"
WAIT_S = 5.0
SSE = {"content-type": "text/event-stream"}


class StaticTokens:
    async def access_token(self) -> str:
        return "token"

    async def refresh(self, stale: str | None = None) -> str:
        return "token"


def new_engine() -> Engine:
    clock = SimClock()
    return Engine(SimConfig(scenario="quiet"), clock, Scheduler(clock, raise_errors=True))


def log_after(engine: Engine, head: int) -> list[dict[str, Any]]:
    return [json.loads(e.payload) for e in engine.hub.stream(AGENT).log if e.seq > head]


@cache
def offer_world() -> tuple[Snapshot, Snapshot, dict[str, Any]]:
    """A real snapshot before an offer, one after it, and the real offer.created envelope."""
    engine = new_engine()
    engine.sign_in(AGENT)
    engine.set_presence(AGENT, Presence.AVAILABLE)
    before = engine.snapshot(AGENT)
    head = engine.hub.head(AGENT)
    request = InjectInteractionRequest(channel=Channel.CHAT, age_group=AgeGroup.ADULT)
    engine.inject(request, "kirkens-sos")
    offer = next(e for e in log_after(engine, head) if e["type"] == "offer.created")
    return before, engine.snapshot(AGENT), offer


def frame(event_id: object, event_type: str, data: str) -> bytes:
    # surrogatepass: a lone surrogate becomes bytes that are not UTF-8, which is hostile too.
    return f"id: {event_id}\nevent: {event_type}\ndata: {data}\n\n".encode(errors="surrogatepass")


class HostileBackend:
    """Serves `hostile` bytes, then the real offer event renumbered to `offer_id`."""

    def __init__(self, hostile: bytes, offer_id: int) -> None:
        self.hostile = hostile
        self.offer_id = offer_id
        self.published = False
        self.connections = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        before, after, _offer = offer_world()
        if request.url.path == "/v1/snapshot":
            snapshot = after if self.published else before
            as_of = self.offer_id if self.published else self.offer_id - 1
            body = snapshot.model_copy(update={"as_of": as_of}).model_dump_json()
            return httpx.Response(200, content=body, headers={"content-type": "application/json"})
        self.connections += 1
        if self.connections > 1:  # reconnects find a quiet stream
            return httpx.Response(200, content=b": quiet\n\n", headers=SSE)
        return httpx.Response(200, content=self.body(), headers=SSE)

    async def body(self) -> AsyncIterator[bytes]:
        _before, _after, offer = offer_world()
        yield self.hostile
        yield b"\n\n"  # ends whatever frame the hostile part left open
        self.published = True
        yield frame(self.offer_id, "offer.created", json.dumps({**offer, "id": self.offer_id}))


async def run_stream(
    handler: Callable[[httpx.Request], httpx.Response],
    store: StateStore,
    done: Callable[[], bool],
    states: list[ConnectionState] | None = None,
    backoff: Backoff | None = None,
) -> EventStream:
    """Run the real EventStream against `handler` until `done()` holds (or time runs out)."""
    transport = httpx.MockTransport(handler)
    async with httpx.AsyncClient(transport=transport, base_url="http://backend.test") as client:
        api = RoutingApi(client, StaticTokens())

        async def resync() -> None:
            store.load_snapshot(await api.snapshot())

        changed = asyncio.Event()
        store.subscribe(lambda _changes: changed.set())

        def on_state(state: ConnectionState) -> None:
            if states is not None:
                states.append(state)
            changed.set()

        stream = EventStream(
            client,
            StaticTokens(),
            store,
            resync=resync,
            on_state=on_state,
            backoff=backoff or Backoff(base_s=0.01, cap_s=0.05),
            wall_clock=lambda: 1000.0,
        )
        task = asyncio.get_running_loop().create_task(stream.run())
        try:
            async with asyncio.timeout(WAIT_S):
                while not done():
                    changed.clear()
                    await changed.wait()
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        assert not task.done() or task.cancelled()
        return stream


def offer_arrives(hostile: bytes, offer_id: int) -> StateStore:
    store = StateStore()
    _before, _after, offer = offer_world()
    backend = HostileBackend(hostile, offer_id)
    asyncio.run(run_stream(backend.handle, store, lambda: bool(store.offers())))
    assert [o.id for o in store.offers()] == [offer["data"]["id"]]
    assert store.cursor == offer_id
    return store


def longest_digit_run(data: bytes) -> int:
    return max((len(run) for run in re.findall(rb"[0-9]+", data)), default=0)


# ------------------------------------------------------------------ properties


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile=st.binary(max_size=400))
def test_after_arbitrary_bytes_the_next_valid_offer_still_arrives(hostile: bytes) -> None:
    run = longest_digit_run(hostile)
    assume(run <= 15)
    # Above every number in the hostile bytes: the backend never reuses an id it sent.
    offer_arrives(hostile, 10 ** (run + 1))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
EDGE_TIMES = st.sampled_from(
    [
        "0001-01-01T00:00:00+01:00",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59-01:00",
        "9999-12-31T23:59:59.999999Z",
        "2026-02-30T00:00:00Z",
        "1970-01-01T00:00:00",
    ]
)
IDS = st.integers(0, 10**6).map(str) | st.sampled_from(
    ["", "1.5", "-3", "1e3", "0x10", " 7", "²", "١٢", "९", "99999999999999999999999"]
)
EVENT_TYPES = st.sampled_from(sorted(KNOWN_EVENT_TYPES)) | st.text(
    alphabet=st.characters(exclude_characters="\r\n"), max_size=30
)


@st.composite
def hostile_envelopes(draw: st.DrawFn) -> str:
    """The real offer envelope with one field (or one field of its data) made hostile."""
    _before, _after, offer = offer_world()
    envelope: dict[str, Any] = json.loads(json.dumps(offer))
    value = draw(JSON | EDGE_TIMES)
    if draw(st.booleans()):
        envelope[draw(st.sampled_from(sorted(envelope)))] = value
    else:
        envelope["data"][draw(st.sampled_from(sorted(envelope["data"])))] = value
    return json.dumps(envelope)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    frames=st.lists(
        st.tuples(IDS, EVENT_TYPES, st.one_of(JSON.map(json.dumps), hostile_envelopes())),
        max_size=6,
    )
)
def test_after_arbitrary_json_events_the_next_valid_offer_still_arrives(
    frames: list[tuple[str, str, str]],
) -> None:
    hostile = b"".join(frame(i, t, d) for i, t, d in frames)
    offer_arrives(hostile, 10**7)


# ------------------------------------------------------------ targeted regressions


def test_an_id_that_is_not_a_plain_integer_is_counted_and_skipped() -> None:
    _before, _after, offer = offer_world()
    bad_ids = ["²", "1.0", "-1", "0x1", "١"]
    hostile = b"".join(frame(i, "offer.created", json.dumps(offer)) for i in bad_ids)
    store = offer_arrives(hostile, 10)
    assert store.counts["bad_id"] == len(bad_ids)
    assert store.counts["gaps"] == 1  # only the real offer (id 10 after cursor 0) was a gap


def test_deeply_nested_json_is_refused_before_parsing() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    barely = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    hostile = frame(1, "offer.created", deep) + frame(2, "offer.created", barely)
    store = offer_arrives(hostile, 3)
    assert store.counts["too_deep"] == 1
    assert store.counts["malformed"] == 2  # the shallow one parses, but is no event


def test_an_oversized_event_is_dropped_without_buffering_it_whole() -> None:
    huge = "x" * (300 * 1024)
    hostile = frame(1, "offer.created", huge) + b"data: " + huge.encode() + b"\n"
    store = offer_arrives(hostile, 3)
    assert store.counts["too_large"] == 2
    assert store.counts["malformed"] == 1  # the second one reuses id 1: a duplicate
    assert store.counts["gaps"] == 1  # the offer (3) after id 1


def test_a_timestamp_at_the_edge_of_the_calendar_is_malformed_not_fatal() -> None:
    _before, _after, offer = offer_world()
    hostile = b"".join(
        frame(n, "offer.created", json.dumps({**offer, "id": n, "time": time}))
        for n, time in enumerate(["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"], 1)
    )
    store = offer_arrives(hostile, 3)
    assert store.counts["malformed"] == 2


def test_an_envelope_whose_id_is_not_its_stream_id_cannot_move_the_cursor() -> None:
    _before, _after, offer = offer_world()
    hostile = frame(1, "offer.created", json.dumps({**offer, "id": 10**15}))
    store = offer_arrives(hostile, 2)
    assert store.counts["malformed"] == 1


def test_a_huge_retry_hint_is_capped_at_the_backoff_cap() -> None:
    assert Backoff(floor_s=86_400.0, cap_s=30.0).next_delay() <= 30.0
    states: list[ConnectionState] = []

    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"retry: 86400000\n\n", headers=SSE)

    def reconnecting() -> bool:
        return any(s.phase is Phase.RECONNECTING for s in states)

    asyncio.run(run_stream(handle, StateStore(), reconnecting, states))
    waits = [s.next_attempt_at - 1000.0 for s in states if s.next_attempt_at is not None]
    assert waits and max(waits) <= 0.05


class RestartingBackend:
    """Epoch A, then a restart: epoch B ignores Last-Event-ID and numbers from 1 again (it
    sends no resync_required either). B's versions are lower than A's."""

    def __init__(self) -> None:
        a = new_engine()
        a.sign_in(AGENT)
        for presence in [Presence.AVAILABLE, Presence.BREAK] * 4:
            a.set_presence(AGENT, presence)
        self.epoch_a = log_after(a, 0)
        self.snapshot_a = a.snapshot(AGENT)
        b = new_engine()
        b.sign_in(AGENT)
        b.set_presence(AGENT, Presence.AVAILABLE)
        self.snapshot_b = b.snapshot(AGENT)  # taken before the offer: the offer comes live
        request = InjectInteractionRequest(channel=Channel.CHAT, age_group=AgeGroup.ADULT)
        b.inject(request, "kirkens-sos")
        self.epoch_b = log_after(b, 0)
        self.connections = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/snapshot":
            snapshot = self.snapshot_a if self.connections <= 1 else self.snapshot_b
            return httpx.Response(200, content=snapshot.model_dump_json())
        self.connections += 1
        events = self.epoch_a if self.connections == 1 else self.epoch_b
        if self.connections > 2:
            events = []
        body = b"".join(frame(e["id"], e["type"], json.dumps(e)) for e in events)
        return httpx.Response(200, content=body, headers=SSE)


def test_a_backend_that_numbers_from_1_again_is_healed_by_a_snapshot() -> None:
    backend = RestartingBackend()
    assert len(backend.epoch_a) > len(backend.epoch_b) // 2  # cursor A is well above B's start
    store = StateStore()
    asyncio.run(run_stream(backend.handle, store, lambda: bool(store.offers())))
    assert store.counts["epoch_changes"] == 1
    assert store.counts["epoch_resets"] == 1
    assert store.cursor <= backend.epoch_b[-1]["id"]
    assert store.me is not None
    assert store.me.version < backend.snapshot_a.me.version  # B's lower version won
