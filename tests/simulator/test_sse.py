"""The event stream over a real socket: cursors, resume, resync, pings, drops."""

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.helpers import quiet_config
from tests.simkit import Admin, connect, open_stream

pytestmark = pytest.mark.anyio


async def _toggle(me_ok: object, times: int) -> None:
    for index in range(times):
        presence = "break" if index % 2 == 0 else "busy"
        await me_ok("PUT", "/v1/me/presence", {"presence": presence})  # type: ignore[operator]


async def test_ids_strictly_increase_and_resume_has_no_gap_or_duplicate(
    simulator: SimulatorServer,
) -> None:
    async with connect(simulator.url) as me:
        async with open_stream(me, last_event_id=0) as first:
            await _toggle(me.ok, 6)
            for _ in range(6):
                await first.wait_type("agent.presence_changed")
        seen = [e["id"] for e in first.received]
        assert seen == sorted(set(seen)), "ids strictly increasing"
        cursor = seen[3]
        async with open_stream(me, last_event_id=cursor) as resumed:
            await _toggle(me.ok, 2)
            for _ in range(2 + len([i for i in seen if i > cursor])):
                await resumed.next()
        replayed = [e["id"] for e in resumed.received]
        assert replayed == list(range(cursor + 1, cursor + 1 + len(replayed)))
        assert replayed[: len(seen) - 4] == seen[4:]


@pytest.mark.parametrize("sim_config", [quiet_config(replay_log_size=5)])
async def test_cursor_older_than_the_log_asks_for_resync(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me:
        await _toggle(me.ok, 12)
        async with open_stream(me, last_event_id=1) as stream:
            event = await stream.next()
            assert event is not None
            assert event["type"] == "stream.resync_required"
            snapshot = (await me.get("/v1/snapshot")).json()
            assert event["id"] == snapshot["as_of"]
            await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
            after = await stream.wait_type("agent.presence_changed")
            assert after["id"] == snapshot["as_of"] + 1


async def test_cursor_from_the_future_asks_for_resync(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, open_stream(me, last_event_id=999_999) as stream:
        event = await stream.next()
        assert event is not None and event["type"] == "stream.resync_required"


@pytest.mark.parametrize("sim_config", [quiet_config(ping_interval_s=0.2)])
async def test_ping_arrives_on_a_quiet_stream(simulator: SimulatorServer) -> None:
    async with (
        connect(simulator.url) as me,
        httpx.AsyncClient(base_url=simulator.url, timeout=5) as client,
        client.stream("GET", "/v1/events", headers=me.auth) as response,
    ):
        assert response.headers["content-type"].startswith("text/event-stream")
        text = ""
        async for chunk in response.aiter_text():
            text += chunk
            if ": ping" in text:
                break
        assert text.startswith("retry: ")
        assert ": ping" in text


async def test_dropped_stream_resumes_without_loss(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        admin = Admin(raw)
        async with open_stream(me, last_event_id=0) as stream:
            await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
            await stream.wait_type("agent.presence_changed")
            assert (await admin.post("/streams/drop"))["dropped"] >= 1
            await stream.closed.wait()
        cursor = stream.received[-1]["id"]
        await admin.inject(channel="voice", age_group="adult", language="nb")
        async with open_stream(me, last_event_id=cursor) as resumed:
            offer = await resumed.wait_type("offer.created")
            assert offer["id"] > cursor
            assert offer["data"]["age_group"] == "adult"


async def test_events_need_a_token(simulator: SimulatorServer) -> None:
    async with httpx.AsyncClient(base_url=simulator.url) as client:
        response = await client.get("/v1/events")
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"
