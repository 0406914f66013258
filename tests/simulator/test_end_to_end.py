"""A whole shift through the contract, as an independent client would do it."""

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.simkit import Admin, connect, open_stream

pytestmark = pytest.mark.anyio


async def test_chat_shift_with_handover_and_resume(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        admin = Admin(raw)
        snapshot = (await me.get("/v1/snapshot")).json()
        assert snapshot["me"]["presence"] == "busy"  # never straight to available

        async with open_stream(me, last_event_id=snapshot["as_of"]) as events:
            await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
            await admin.inject(channel="chat", age_group="child_youth", language="se")
            offer = (await events.wait_type("offer.created"))["data"]
            assert (offer["age_group"], offer["language"], offer["channel"]) == (
                "child_youth",
                "se",
                "chat",
            )
            assert offer["org"]["name"]
            interaction = await me.ok("POST", f"/v1/offers/{offer['id']}/accept")
            ix = interaction["id"]
            assert interaction["state"] == "active"

            await admin.post(f"/interactions/{ix}/messages", {"text": "Bures."})
            incoming = await events.wait_type("message.created")
            assert incoming["data"]["sender"] == "remote"
            sent = await me.ok(
                "POST",
                f"/v1/interactions/{ix}/messages",
                {"client_message_id": "c-1", "text": "Bures! Mun lean dás."},
            )
            assert sent["delivery"] == "sent"
            delivered = await events.wait_for(
                lambda e: e["type"] == "message.updated" and e["data"]["id"] == sent["id"]
            )
            assert delivered["data"]["delivery"] == "delivered"

            transfer = await me.ok(
                "POST",
                f"/v1/interactions/{ix}/transfers",
                {"target_id": "alarmtelefonen", "note": "Young chatter, wants to talk more."},
            )
            assert transfer["mode"] == "chat_handover"
            await events.wait_type("transfer.answered")
            done = await me.ok("POST", f"/v1/transfers/{transfer['id']}/complete")
            assert done["state"] == "completed"
            await events.wait_type("interaction.wrap_up_started")
            closed = await me.ok(
                "POST", f"/v1/interactions/{ix}/wrap-up", {"outcome_code": "transferred"}
            )
            assert closed["state"] == "closed"
            await events.wait_type("interaction.closed")
            cursor = events.received[-1]["id"]
            ids = [e["id"] for e in events.received]
            assert ids == list(range(ids[0], ids[0] + len(ids))), "ids must be consecutive"

        # Things happen while we are away; resuming from the cursor shows them all, once.
        await me.ok("PUT", "/v1/me/presence", {"presence": "break"})
        await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
        async with open_stream(me, last_event_id=cursor) as resumed:
            first = await resumed.wait_type("agent.presence_changed")
            second = await resumed.wait_type("agent.presence_changed")
            assert (first["data"]["presence"], second["data"]["presence"]) == (
                "break",
                "available",
            )
            # Everything after the cursor, once and in order (the backend may also have said
            # something of its own after the close, before the presence changes).
            replayed = [e["id"] for e in resumed.received]
            assert replayed[0] == cursor + 1
            assert replayed == list(range(cursor + 1, cursor + 1 + len(replayed)))
            assert cursor < first["id"] < second["id"]
