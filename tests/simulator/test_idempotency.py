"""Idempotency-Key semantics: replay, mismatch, missing, and retries after failures."""

import asyncio

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.simkit import Admin, connect

pytestmark = pytest.mark.anyio


async def test_same_key_replays_the_first_answer(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
        await Admin(raw).inject(channel="chat", age_group="adult")
        offer = (await me.get("/v1/snapshot")).json()["offers"][0]
        path = f"/v1/offers/{offer['id']}/accept"
        first = await me.command("POST", path, key="accept-1")
        again = await me.command("POST", path, key="accept-1")
        assert first.status_code == again.status_code == 200
        assert again.json() == first.json()
        assert again.headers["idempotent-replayed"] == "true"
        # The same command with a new key meets the state machine.
        fresh = await me.command("POST", path, key="accept-2")
        assert fresh.status_code == 409
        log = await Admin(raw).commands()
        accepts = [c for c in log if c["path"] == path]
        assert [(c["status"], c["replayed"]) for c in accepts] == [
            (200, False),
            (200, True),
            (409, False),
        ]


async def test_concurrent_duplicates_take_effect_once(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
        await Admin(raw).inject(channel="voice", age_group="adult")
        offer = (await me.get("/v1/snapshot")).json()["offers"][0]
        ix = (await me.ok("POST", f"/v1/offers/{offer['id']}/accept"))["id"]
        path = f"/v1/interactions/{ix}/transfers"
        answers = await asyncio.gather(
            *(me.command("POST", path, {"target_id": "amk"}, key="double-click") for _ in range(5))
        )
        assert {a.status_code for a in answers} == {201}
        assert len({a.json()["id"] for a in answers}) == 1
        executed = [
            c for c in await Admin(raw).commands() if c["path"] == path and not c["replayed"]
        ]
        assert len(executed) == 1


async def test_key_reused_for_another_request_is_refused(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me:
        await me.command("PUT", "/v1/me/presence", {"presence": "break"}, key="k")
        other = await me.command("PUT", "/v1/me/presence", {"presence": "available"}, key="k")
        assert other.status_code == 422
        assert other.json()["type"] == "/problems/idempotency-key-reused"


async def test_mutations_without_a_key_are_refused(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me:
        response = await me.client.put(
            "/v1/me/presence", json={"presence": "available"}, headers=me.auth
        )
        assert response.status_code == 400
        assert response.json()["type"] == "/problems/idempotency-key-required"
        assert (await me.get("/v1/me")).json()["presence"] == "busy"


async def test_a_failed_attempt_is_not_remembered(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        await Admin(raw).post("/faults", {"fail_next": 1, "status": 503})
        failed = await me.command("PUT", "/v1/me/presence", {"presence": "available"}, key="r")
        assert failed.status_code == 503
        assert failed.headers["content-type"] == "application/problem+json"
        retried = await me.command("PUT", "/v1/me/presence", {"presence": "available"}, key="r")
        assert retried.status_code == 200
        assert retried.json()["presence"] == "available"
