"""The state store: version rules under duplicates and reordering, snapshots, bad events."""

import json
from functools import cache
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from console.contract.enums import AgeGroup, Channel, OutcomeCode, Presence
from console.contract.requests import MessageRequest, TransferRequest, WrapUpRequest
from console.core.store import Kind, StateStore
from console.simulator.admin_models import InjectInteractionRequest
from console.simulator.clock import Scheduler, SimClock
from console.simulator.config import SimConfig
from console.simulator.engine import Engine

AGENT = "demo-volunteer"


@cache
def recorded_shift() -> tuple[str, ...]:
    """A real event log from the routing engine: a volunteer's busy shift, 200+ events."""
    clock = SimClock()
    scheduler = Scheduler(clock, raise_errors=True)
    engine = Engine(SimConfig(replay_log_size=10_000, max_chats=3), clock, scheduler)
    engine.sign_in(AGENT)
    engine.set_presence(AGENT, Presence.AVAILABLE)

    def tick(seconds: float) -> None:
        clock.advance(seconds)
        scheduler.run_due()

    for round_no in range(12):
        channel = Channel.CHAT if round_no % 3 else Channel.VOICE
        engine.inject(
            InjectInteractionRequest(channel=channel, age_group=AgeGroup.ADULT), "kirkens-sos"
        )
        offer = engine.pending_offer(AGENT)
        assert offer is not None
        ix = engine.accept(AGENT, offer.id)
        if channel is Channel.CHAT:
            for n in range(4):
                engine.remote_message(ix.id, f"hello {n}")
                engine.post_message(
                    AGENT, ix.id, MessageRequest(client_message_id=f"c{round_no}-{n}", text="svar")
                )
                tick(1)
        else:
            engine.hold(AGENT, ix.id, True)
            engine.hold(AGENT, ix.id, False)
            transfer = engine.start_transfer(AGENT, ix.id, TransferRequest(target_id="amk"))
            for _ in range(4):
                tick(1)
            engine.complete_transfer(AGENT, transfer.id)
        if engine.interactions[ix.id].state == "active":
            engine.end(AGENT, ix.id)
        engine.wrap_up(AGENT, ix.id, WrapUpRequest(outcome_code=OutcomeCode.SUPPORTED))
        tick(1)
    # The shift goes on: one chat open with a transcript, and a new chat ringing.
    chat = InjectInteractionRequest(channel=Channel.CHAT, age_group=AgeGroup.CHILD_YOUTH)
    engine.inject(chat, "kors-paa-halsen")
    offer = engine.pending_offer(AGENT)
    assert offer is not None
    open_ix = engine.accept(AGENT, offer.id)
    for n in range(3):
        engine.remote_message(open_ix.id, f"still here {n}")
    engine.inject(chat, "kors-paa-halsen")
    events = tuple(e.payload for e in engine.hub.stream(AGENT).log)
    assert len(events) >= 200
    return events


def fill(events: list[str]) -> StateStore:
    store = StateStore()
    for payload in events:
        store.apply_raw(json.loads(payload))
    return store


@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_duplicates_and_reordering_give_the_same_store(data: Any) -> None:
    events = list(recorded_shift())
    expected = fill(events).fingerprint()
    doubled = events + events
    shuffled = data.draw(st.permutations(doubled))
    assert fill(shuffled).fingerprint() == expected


def test_stale_versions_are_ignored_and_counted() -> None:
    events = list(recorded_shift())
    store = fill(events)
    applied = store.counts["applied"]
    for payload in events[:50]:
        store.apply_raw(json.loads(payload))
    assert store.counts["applied"] == applied
    assert store.counts["stale"] >= 50


def test_the_final_store_holds_only_what_is_open() -> None:
    store = fill(list(recorded_shift()))
    [open_chat] = store.interactions()
    assert open_chat.age_group == "child_youth"
    assert [m.text for m in store.transcript(open_chat.id)] == [f"still here {n}" for n in range(3)]
    assert len(store.fingerprint()[Kind.MESSAGE.value]) == 3  # closed chats left nothing behind
    assert len(store.offers()) == 1
    assert store.me is not None and store.me.routing_state == "offered"


def test_changes_name_one_resource_each() -> None:
    store = StateStore()
    seen: list[tuple[str, str, bool]] = []
    store.subscribe(lambda changes: seen.extend((c.kind, c.id, c.removed) for c in changes))
    first = json.loads(recorded_shift()[0])
    store.apply_raw(first)
    assert seen == [(Kind.ME, AGENT, False)]


def test_tombstones_are_bounded_over_a_long_shift_and_recent_ones_still_hold() -> None:
    events = [json.loads(p) for p in recorded_shift()]
    unbounded = StateStore(max_tombstones=10**6)
    bounded = StateStore(max_tombstones=20)
    for event in events:
        unbounded.apply_raw(event)
        bounded.apply_raw(event)
    live = sum(len(v) for v in unbounded.fingerprint().values())
    assert unbounded.size() > live + 50  # what grows without a bound
    assert bounded.size() <= live + 20
    assert bounded.fingerprint() == unbounded.fingerprint()  # nothing live was lost
    # The most recent removals still refuse a stale event.
    applied = bounded.counts["applied"]
    for event in events[-10:]:
        bounded.apply_raw(event)
    assert bounded.counts["applied"] == applied


def test_in_order_events_of_a_real_shift_never_look_like_a_regression() -> None:
    store = fill(list(recorded_shift()))
    assert store.counts["version_regressions"] == 0
    assert not store.resync_wanted


def small_engine() -> Engine:
    clock = SimClock()
    engine = Engine(SimConfig(), clock, Scheduler(clock, raise_errors=True))
    engine.sign_in(AGENT)
    return engine


def replay(engine: Engine, store: StateStore) -> None:
    for event in engine.hub.stream(AGENT).log:
        if event.seq > store.cursor:
            store.apply_raw(json.loads(event.payload), expected_id=event.seq)


def test_a_too_high_version_is_noticed_and_the_snapshot_replaces_it() -> None:
    engine = small_engine()
    store = StateStore()
    replay(engine, store)
    assert store.me is not None
    bogus_id = store.cursor + 1
    bogus = {
        "id": bogus_id,
        "type": "agent.presence_changed",
        "time": "2026-12-06T05:00:00Z",
        "subject": f"agents/{AGENT}",
        "data": {**store.me.model_dump(mode="json"), "presence": "break", "version": 10**9},
    }
    store.apply_raw(bogus, expected_id=bogus_id)
    engine.set_presence(AGENT, Presence.AVAILABLE)  # the real next event takes the same id
    engine.set_presence(AGENT, Presence.BUSY)
    replay(engine, store)
    assert store.me.version == 10**9  # not applied: lower than what is held
    assert store.resync_wanted and store.counts["version_regressions"] >= 1
    store.load_snapshot(engine.snapshot(AGENT))
    assert store.me.presence == "busy" and store.me.version < 10**9
    assert not store.resync_wanted
    assert store.counts["epoch_resets"] == 0


def test_a_snapshot_behind_the_cursor_starts_a_new_epoch() -> None:
    old = small_engine()
    for presence in [Presence.AVAILABLE, Presence.BREAK] * 3:
        old.set_presence(AGENT, presence)
    store = StateStore()
    replay(old, store)
    old_version = store.me.version if store.me else 0
    fresh = small_engine()  # a restarted backend: ids and versions from the start
    snapshot = fresh.snapshot(AGENT)
    assert snapshot.as_of < store.cursor and snapshot.me.version < old_version
    store.load_snapshot(snapshot)
    assert store.counts["epoch_resets"] == 1
    assert store.cursor == snapshot.as_of
    assert store.me is not None and store.me.version == snapshot.me.version
    fresh.set_presence(AGENT, Presence.AVAILABLE)
    replay(fresh, store)  # the new epoch's events apply again
    assert store.me.presence == "available"


def test_a_parse_that_raises_anything_is_a_malformed_event() -> None:
    store = StateStore()
    event = json.loads(recorded_shift()[0])
    event["time"] = "9999-12-31T23:59:59-01:00"  # past the end of the calendar in UTC
    assert store.apply_raw(event) == []
    assert store.counts["malformed"] == 1
