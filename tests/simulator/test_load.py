"""The benchmarks' synthetic load follows the contract like any other resource: each volunteer's
and queue's version goes up by one on every change, across loads; a volunteer keeps their
name; and what the stream said, a snapshot says too (a client that resyncs keeps the team)."""

import asyncio
from collections import defaultdict
from typing import Any

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.simkit import EventStream, connect, open_stream

pytestmark = pytest.mark.anyio

LOAD_TYPES = ("team.agent_changed", "queue.stats_changed")


def load(team_size: int, events: int, queues: int = 4) -> dict[str, Any]:
    return {
        "agent_id": "demo-supervisor",
        "events_per_s": 10_000,
        "seconds": events / 10_000,
        "team_size": team_size,
        "queues": queues,
    }


async def load_events(stream: EventStream, count: int) -> list[dict[str, Any]]:
    """The next `count` synthetic events on the stream (nothing else is happening)."""
    seen: list[dict[str, Any]] = []
    async with asyncio.timeout(30):
        while len(seen) < count:
            event = await stream.next()
            assert event is not None, "stream closed"
            if event["type"] in LOAD_TYPES:
                seen.append(event)
    return seen


async def test_a_second_load_carries_on_every_version_from_the_first(
    simulator: SimulatorServer,
) -> None:
    async with (
        connect(simulator.url, "demo-supervisor") as boss,
        httpx.AsyncClient(base_url=simulator.url) as admin,
        open_stream(boss) as stream,
    ):
        (await admin.post("/_sim/load", json=load(40, 300))).raise_for_status()
        first = await load_events(stream, 300)
        (await admin.post("/_sim/load", json=load(40, 300))).raise_for_status()
        second = await load_events(stream, 300)
    versions: dict[str, list[int]] = defaultdict(list)
    names: dict[str, set[str]] = defaultdict(set)
    for event in first + second:
        data = event["data"]
        versions[data["id"]].append(data["version"])
        if event["type"] == "team.agent_changed":
            names[data["id"]].add(data["display_name"])
    assert len([rid for rid in versions if rid.startswith("load-")]) == 40
    assert len([rid for rid in versions if rid.startswith("load.")]) == 4
    # Up by one on every change, from 1, and never back at the second load (the client's
    # "version went back ... resync" warning came from a counter restarted per load).
    for rid, seen in versions.items():
        assert seen == list(range(1, len(seen) + 1)), rid
    assert all(len(n) == 1 for n in names.values())


async def test_a_team_of_2000_signs_in_whole_and_the_snapshot_shows_it(
    simulator: SimulatorServer,
) -> None:
    async with connect(simulator.url, "demo-supervisor") as boss:
        async with httpx.AsyncClient(base_url=simulator.url) as admin:
            too_big = await admin.post("/_sim/load", json=load(5001, 10))
            assert too_big.status_code == 422  # bounded
            async with open_stream(boss) as stream:
                # 2,000 volunteers and 24 queues: a tenth of the events are queue updates.
                (
                    await admin.post("/_sim/load", json=load(2000, 2400, queues=24))
                ).raise_for_status()
                events = await load_events(stream, 2400)
        team_events = [e["data"]["id"] for e in events if e["type"] == "team.agent_changed"]
        # Everyone once, in order, before anyone changes twice.
        assert team_events[:2000] == [f"load-{i:04d}" for i in range(2000)]
        snapshot = (await boss.get("/v1/snapshot")).json()
    team = {m["id"]: m for m in snapshot["team"] if m["id"].startswith("load-")}
    assert len(team) == 2000
    assert team["load-1234"]["display_name"] == "Volunteer 1234"
    queue_ids = {q["id"] for q in snapshot["queues"]}
    assert {e["data"]["id"] for e in events if e["type"] == "queue.stats_changed"} <= queue_ids
    latest: dict[str, int] = {}
    for event in events:
        latest[event["data"]["id"]] = event["data"]["version"]
    assert all(team[rid]["version"] == v for rid, v in latest.items() if rid in team)
