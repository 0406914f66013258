"""The client core against the simulator: offers, reconnect and resume, resync, robustness."""

import json

import pytest

from console.contract.enums import Presence
from console.core.connection import Phase
from console.simulator.server import SimulatorServer
from tests.core.helpers import admin, shift
from tests.core.waiting import until
from tests.helpers import quiet_config

pytestmark = pytest.mark.anyio


async def test_an_injected_call_reaches_the_store_in_one_event(simulator: SimulatorServer) -> None:
    async with shift(simulator.url) as session, admin(simulator.url) as sim:
        assert session.store.me is not None and session.store.me.presence == "busy"
        await session.api.run_agent(session.api.presence(Presence.AVAILABLE))
        await until(session, lambda: session.connection.phase is Phase.LIVE)
        applied_before = session.store.counts["applied"]
        await sim.post(
            "/interactions", json={"channel": "voice", "age_group": "child_youth", "language": "se"}
        )
        await until(session, lambda: bool(session.store.offers()))
        offer = session.store.offers()[0]
        assert (offer.channel, offer.age_group, offer.language) == ("voice", "child_youth", "se")
        assert session.store.counts["applied"] - applied_before <= 3  # presence, offer, state


async def test_dropped_streams_resume_without_loss_or_duplicates(
    simulator: SimulatorServer,
) -> None:
    async with shift(simulator.url) as session, admin(simulator.url) as sim:
        api = session.api
        await until(session, lambda: session.connection.phase is Phase.LIVE)
        await api.run_agent(api.presence(Presence.AVAILABLE))
        await sim.post("/interactions", json={"channel": "chat", "age_group": "adult"})
        await until(session, lambda: bool(session.store.offers()))
        interaction = await api.run_interaction(api.accept(session.store.offers()[0].id))
        connections = session._stream.connections if session._stream else 0
        await sim.post("/streams/drop")
        # While the stream is down, the chatter writes.
        for index in range(3):
            await sim.post(f"/interactions/{interaction.id}/messages", json={"text": f"m{index}"})
        await until(session, lambda: len(session.store.transcript(interaction.id)) == 3)
        assert session._stream is not None and session._stream.connections == connections + 1
        assert [m.text for m in session.store.transcript(interaction.id)] == ["m0", "m1", "m2"]
        fresh = await api.snapshot()
        assert {m.id: m.version for m in fresh.messages} == {
            m.id: m.version for m in session.store.transcript(interaction.id)
        }
        assert session.store.counts["duplicate"] == 0


@pytest.mark.parametrize("sim_config", [quiet_config(replay_log_size=3)])
async def test_a_cursor_older_than_the_log_leads_to_a_snapshot(simulator: SimulatorServer) -> None:
    async with shift(simulator.url) as session, admin(simulator.url) as sim:
        await until(session, lambda: session.connection.phase is Phase.LIVE)
        snapshots = session.store.counts["snapshots"]
        # The backend refuses the console while more happens than its replay log holds (the
        # admin API is not refused), so the reconnect surely comes with a cursor the log has
        # forgotten, however fast the console reconnects.
        await sim.post("/faults", json={"fail_next": 10_000})
        await sim.post("/streams/drop")
        for presence in ["available", "break", "busy", "available", "break", "available"]:
            await sim.put("/agents/demo-volunteer/presence", json={"presence": presence})
        await sim.post("/faults", json={"fail_next": 0})
        await until(session, lambda: session.store.counts["snapshots"] > snapshots)
        await until(
            session,
            lambda: session.store.me is not None and session.store.me.presence == "available",
        )
        assert session.connection.phase is Phase.LIVE


async def test_garbage_events_are_survived_and_counted(simulator: SimulatorServer) -> None:
    async with shift(simulator.url) as session, admin(simulator.url) as sim:
        await until(session, lambda: session.connection.phase is Phase.LIVE)
        garbage = [
            ("offer.created", "{not json"),
            ("offer.created", json.dumps({"id": 1, "type": "offer.created", "data": {"x": 1}})),
            ("agent.mood", json.dumps({"id": 1, "type": "agent.mood", "data": {}})),
            ("message.created", json.dumps({"type": "message.created", "data": "x" * 1_000_000})),
            ("raw", "[1, 2, 3]"),
        ]
        for event_type, payload in garbage:
            response = await sim.post(
                "/events/raw",
                json={"agent_id": "demo-volunteer", "event_type": event_type, "payload": payload},
            )
            assert response.status_code == 200
        # Bad events notify nobody; a good event behind them does, and the stream is ordered:
        # once it is applied, every bad event before it has been counted. It also shows that
        # the stream is still alive and the store still works.
        await session.api.run_agent(session.api.presence(Presence.BREAK))
        await until(
            session, lambda: session.store.me is not None and session.store.me.presence == "break"
        )
        counts = session.store.counts
        assert counts["malformed"] + counts["unknown"] == len(garbage)
        assert counts["unknown"] == 1
        assert counts["too_large"] == 1  # dropped unread, and counted as malformed too
