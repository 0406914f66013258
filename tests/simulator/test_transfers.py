"""Warm transfers in the simulator: every path and failure reason."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.simkit import Admin, EventStream, Session, connect, open_stream

pytestmark = pytest.mark.anyio


@asynccontextmanager
async def active_contact(
    url: str, channel: str
) -> AsyncIterator[tuple[Session, Admin, EventStream, str]]:
    async with connect(url) as me, httpx.AsyncClient(base_url=url) as raw:
        admin = Admin(raw)
        async with open_stream(me, last_event_id=0) as events:
            await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
            await admin.inject(channel=channel, age_group="adult")
            offer = (await events.wait_type("offer.created"))["data"]
            ix = (await me.ok("POST", f"/v1/offers/{offer['id']}/accept"))["id"]
            yield me, admin, events, ix


async def _start(me: Session, ix: str, **body: Any) -> dict[str, Any]:
    return await me.ok("POST", f"/v1/interactions/{ix}/transfers", body)


async def test_voice_warm_transfer_complete(simulator: SimulatorServer) -> None:
    async with active_contact(simulator.url, "voice") as (me, _admin, events, ix):
        transfer = await _start(me, ix, target_id="amk")
        assert (transfer["mode"], transfer["state"], transfer["fallback_number"]) == (
            "warm_voice",
            "initiating",
            "113",
        )
        held = (await me.get(f"/v1/interactions/{ix}")).json()
        assert held["on_hold"] is True and held["transfer_id"] == transfer["id"]
        early = await me.command("POST", f"/v1/transfers/{transfer['id']}/complete")
        assert early.status_code == 409  # nobody to join the caller to yet
        await events.wait_type("transfer.ringing")
        await events.wait_type("transfer.answered")
        done = await me.ok("POST", f"/v1/transfers/{transfer['id']}/complete")
        assert done["state"] == "completed"
        assert (await me.get(f"/v1/interactions/{ix}")).json()["state"] == "wrap_up"


async def test_voice_transfer_cancel_brings_the_caller_back(simulator: SimulatorServer) -> None:
    async with active_contact(simulator.url, "voice") as (me, _admin, events, ix):
        transfer = await _start(me, ix, target_id="legevakt")
        await events.wait_type("transfer.answered")
        canceled = await me.ok("POST", f"/v1/transfers/{transfer['id']}/cancel")
        assert canceled["state"] == "canceled"
        back = (await me.get(f"/v1/interactions/{ix}")).json()
        assert (back["state"], back["on_hold"], back["transfer_id"]) == ("active", False, None)


@pytest.mark.parametrize(
    ("outcome", "reason", "advance"),
    [("busy", "busy", 0), ("no_answer", "no_answer", 30), ("reject", "rejected", 0)],
)
async def test_failed_transfers_say_why_and_return_the_caller(
    simulator: SimulatorServer, outcome: str, reason: str, advance: float
) -> None:
    async with active_contact(simulator.url, "voice") as (me, admin, events, ix):
        await admin.put("/targets/amk", {"outcome": outcome})
        transfer = await _start(me, ix, target_id="amk")
        if advance:
            await events.wait_type("transfer.ringing")
            await admin.post("/clock/advance", {"seconds": advance})
        failed = await events.wait_type("transfer.failed")
        assert failed["data"]["failure_reason"] == reason
        assert failed["data"]["fallback_number"] == "113"
        back = (await me.get(f"/v1/interactions/{ix}")).json()
        assert (back["on_hold"], back["transfer_id"]) == (False, None)
        assert (await me.get(f"/v1/transfers/{transfer['id']}")).json()["state"] == "failed"


async def test_caller_hangs_up_during_consult(simulator: SimulatorServer) -> None:
    async with active_contact(simulator.url, "voice") as (me, admin, events, ix):
        transfer = await _start(me, ix, target_id="amk")
        await events.wait_type("transfer.answered")
        await admin.post(f"/interactions/{ix}/hangup")
        abandoned = await events.wait_type("transfer.abandoned")
        assert abandoned["data"]["id"] == transfer["id"]
        ended = await events.wait_type("interaction.remote_ended")
        assert ended["data"]["state"] == "wrap_up" and ended["data"]["remote_ended"] is True


async def test_chat_to_phone_only_target_is_call_on_behalf(simulator: SimulatorServer) -> None:
    async with active_contact(simulator.url, "chat") as (me, _admin, events, ix):
        note = await me.command(
            "POST", f"/v1/interactions/{ix}/transfers", {"target_id": "amk", "note": "x"}
        )
        assert note.status_code == 422  # a note goes only with a chat handover
        transfer = await _start(me, ix, target_id="amk")
        assert transfer["mode"] == "call_on_behalf"
        chat = (await me.get(f"/v1/interactions/{ix}")).json()
        assert chat["on_hold"] is False  # the chat stays open while the volunteer calls
        await events.wait_type("transfer.answered")
        await me.ok("POST", f"/v1/transfers/{transfer['id']}/complete")
        after = (await me.get(f"/v1/interactions/{ix}")).json()
        assert (after["state"], after["transfer_id"]) == ("active", None)


async def test_legevakt_with_and_without_municipality(simulator: SimulatorServer) -> None:
    async with active_contact(simulator.url, "voice") as (me, _admin, _events, ix):
        unknown = await me.command(
            "POST",
            f"/v1/interactions/{ix}/transfers",
            {"target_id": "legevakt", "caller_municipality": "9999"},
        )
        assert unknown.status_code == 422
        assert unknown.json()["type"] == "/problems/unknown-municipality"
        national = await _start(me, ix, target_id="legevakt")
        assert national["municipality_resolved"] is False
        assert national["dialled_number"] == "116117"
        await me.ok("POST", f"/v1/transfers/{national['id']}/cancel")
        local = await _start(me, ix, target_id="legevakt", caller_municipality="5501")
        assert local["municipality_resolved"] is True
        assert local["fallback_number"].startswith("0")  # fictional sample number
        one_at_a_time = await me.command(
            "POST", f"/v1/interactions/{ix}/transfers", {"target_id": "amk"}
        )
        assert one_at_a_time.status_code == 409
        assert one_at_a_time.json()["type"] == "/problems/transfer-in-progress"


async def test_municipalities_come_from_the_classification(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me:
        data = (await me.get("/v1/municipalities")).json()
        by_number = {m["number"]: m["name"] for m in data["municipalities"]}
        assert len(by_number) == 357
        assert by_number["5501"] == "Tromsø"
        assert by_number["5612"] == "Guovdageaidnu - Kautokeino"
        targets = (await me.get("/v1/transfer-targets")).json()["targets"]
        public = [t for t in targets if t["kind"] == "public_service"]
        assert {t["number"] for t in public} == {"113", "116117", "116111"}
