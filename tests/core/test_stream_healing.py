"""The real client against the real simulator: hostile events, a backend restart, a crash.

Each test ends by proving the console is not deaf: a real change made through the API (or an
injected contact) still reaches the store afterwards.
"""

import json
from typing import Any

import httpx
import pytest

from console.contract.enums import Presence
from console.core.connection import ConnectionState, Phase
from console.core.session import ShiftSession
from console.simulator.server import SimulatorServer
from tests.core.helpers import admin, shift
from tests.core.waiting import until
from tests.helpers import quiet_config

pytestmark = pytest.mark.anyio
AGENT = "demo-volunteer"


async def raw(sim: httpx.AsyncClient, event_type: str, payload: str) -> None:
    body = {"agent_id": AGENT, "event_type": event_type, "payload": payload}
    response = await sim.post("/events/raw", json=body)
    assert response.status_code == 200


def presence_event(
    simulator: SimulatorServer, session: ShiftSession, **changes: Any
) -> dict[str, Any]:
    """A presence event carrying the id the simulator will give it, with `changes` made."""
    me = session.store.me
    assert me is not None
    return {
        "id": simulator.sim.engine.hub.head(AGENT) + 1,
        "type": "agent.presence_changed",
        "time": "2026-12-06T05:00:00Z",
        "subject": f"agents/{AGENT}",
        "data": {**me.model_dump(mode="json"), **changes},
        "v": 1,
    }


async def presence_arrives(session: ShiftSession, presence: Presence) -> None:
    await session.api.run_agent(session.api.presence(presence))
    await until(
        session, lambda: session.store.me is not None and session.store.me.presence == presence
    )


async def test_deep_json_and_a_calendar_edge_timestamp_do_not_stop_the_stream(
    simulator: SimulatorServer,
) -> None:
    async with shift(simulator.url) as session, admin(simulator.url) as sim:
        await until(session, lambda: session.connection.phase is Phase.LIVE)
        await raw(sim, "offer.created", "[" * 50_000 + "]" * 50_000)
        edge = presence_event(simulator, session, presence="break")
        edge["time"] = "0001-01-01T00:00:00+01:00"  # in UTC, before the calendar begins
        await raw(sim, "agent.presence_changed", json.dumps(edge))
        # Events arrive in order: once this one is in, the two before it were handled.
        await presence_arrives(session, Presence.AVAILABLE)
        assert session.store.counts["too_deep"] == 1
        assert session.store.counts["malformed"] == 2
        assert session.store.counts["stream_restarts"] == 0
        assert session.store.counts["gaps"] == 0  # both bad events moved the cursor on


async def test_a_too_high_version_does_not_hide_the_real_updates(
    simulator: SimulatorServer,
) -> None:
    async with shift(simulator.url) as session, admin(simulator.url) as sim:
        await until(session, lambda: session.connection.phase is Phase.LIVE)
        bogus = presence_event(simulator, session, presence="break", version=10**9)
        await raw(sim, "agent.presence_changed", json.dumps(bogus))
        await until(
            session, lambda: session.store.me is not None and session.store.me.version == 10**9
        )
        snapshots = session.store.counts["snapshots"]
        # The real update has a lower version: a contradiction, healed by a snapshot.
        await presence_arrives(session, Presence.AVAILABLE)
        assert session.store.counts["version_regressions"] >= 1
        assert session.store.counts["snapshots"] > snapshots
        assert session.store.me is not None and session.store.me.version < 10**9
        await presence_arrives(session, Presence.BREAK)  # and later ones apply as usual


async def test_a_backend_restart_that_forgets_everything_is_healed_by_a_snapshot() -> None:
    """A fresh simulator on the same port: events numbered from 1 again, versions from the
    start. Only the identity provider survives (sessions live elsewhere in a real backend)."""
    with SimulatorServer(quiet_config()) as first:
        async with shift(first.url) as session:
            for presence in [Presence.AVAILABLE, Presence.BREAK, Presence.AVAILABLE]:
                await presence_arrives(session, presence)
            cursor_before = session.store.cursor
            assert cursor_before >= 3
            host, port = first.url.removeprefix("http://").rsplit(":", 1)
            first.stop()
            fresh = SimulatorServer(quiet_config(), host=host, port=int(port))
            vars(fresh.sim.identity).update(vars(first.sim.identity))  # sessions survive
            with fresh:
                await until(session, lambda: session.store.counts["epoch_resets"] == 1)
                assert session.store.cursor < cursor_before
                await until(session, lambda: session.connection.phase is Phase.LIVE)
                await presence_arrives(session, Presence.BREAK)
                await presence_arrives(session, Presence.AVAILABLE)
                async with admin(fresh.url) as sim:
                    await sim.post("/interactions", json={"channel": "chat", "age_group": "adult"})
                await until(session, lambda: bool(session.store.offers()))


async def test_a_stream_task_that_fails_unexpectedly_is_restarted_and_reported(
    simulator: SimulatorServer,
) -> None:
    states: list[ConnectionState] = []
    failures = [RuntimeError("an observer with a bug")]

    def buggy_observer(state: ConnectionState) -> None:
        states.append(state)
        if state.phase is Phase.LIVE and failures:
            raise failures.pop()

    async with shift(simulator.url) as session:
        session.on_connection.insert(0, buggy_observer)
        async with admin(simulator.url) as sim:
            await sim.post("/streams/drop")  # the next LIVE report raises inside the stream task
        await until(session, lambda: session.store.counts["stream_restarts"] == 1)
        await until(session, lambda: session.connection.phase is Phase.LIVE)
        assert any(s.stopped_unexpectedly and s.phase is Phase.RECONNECTING for s in states)
        assert session._stream_task is not None and not session._stream_task.done()
        await presence_arrives(session, Presence.AVAILABLE)
