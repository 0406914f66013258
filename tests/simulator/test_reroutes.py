"""Re-routes behind the shared number: another target group or a member organisation.

Two agents of the real simulator: the first answers, the second (demo-sami) receives.
"""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.simkit import Admin, EventStream, Session, connect, open_stream

pytestmark = pytest.mark.anyio

Pair = tuple[Session, EventStream, Session, EventStream, Admin, str]


@asynccontextmanager
async def two_volunteers(url: str, channel: str) -> AsyncIterator[Pair]:
    """The first volunteer holds an adult contact; the second is available, idle."""
    async with (
        connect(url) as first,
        connect(url, "demo-sami") as second,
        httpx.AsyncClient(base_url=url) as raw,
    ):
        admin = Admin(raw)
        async with (
            open_stream(first, last_event_id=0) as first_events,
            open_stream(second, last_event_id=0) as second_events,
        ):
            await first.ok("PUT", "/v1/me/presence", {"presence": "available"})
            await admin.inject(channel=channel, age_group="adult", org_id="kirkens-sos")
            offer = (await first_events.wait_type("offer.created"))["data"]
            ix = (await first.ok("POST", f"/v1/offers/{offer['id']}/accept"))["id"]
            await second.ok("PUT", "/v1/me/presence", {"presence": "available"})
            yield first, first_events, second, second_events, admin, ix


async def _accept_offer(session: Session, events: EventStream) -> dict[str, Any]:
    offer = (await events.wait_type("offer.created"))["data"]
    return await session.ok("POST", f"/v1/offers/{offer['id']}/accept")


async def test_targets_say_their_kind(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me:
        targets = (await me.get("/v1/transfer-targets")).json()["targets"]
    kinds = {t["id"]: t["kind"] for t in targets}
    assert kinds["amk"] == "public_service"
    assert kinds["queue.child_youth"] == "queue"
    assert kinds["org.mental-helse"] == "organisation"
    numbers = {t["id"]: t["number"] for t in targets}
    assert numbers["queue.adult"] == ""  # a queue has nothing to dial by hand


async def test_chat_reroute_carries_transcript_and_note(simulator: SimulatorServer) -> None:
    async with two_volunteers(simulator.url, "chat") as pair:
        first, first_events, second, second_events, admin, ix = pair
        await admin.post(f"/interactions/{ix}/messages", {"text": "jeg er 14 egentlig"})
        await first.ok(
            "POST",
            f"/v1/interactions/{ix}/messages",
            {"client_message_id": "c1", "text": "Takk for at du sier det"},
        )
        transfer = await first.ok(
            "POST",
            f"/v1/interactions/{ix}/transfers",
            {"target_id": "queue.child_youth", "note": "Sier hun er 14, vil snakke om skolen"},
        )
        assert (transfer["mode"], transfer["state"]) == ("chat_handover", "ringing")
        leg = await _accept_offer(second, second_events)
        assert leg["id"] != ix
        assert leg["age_group"] == "child_youth"
        assert leg["queue_id"] == "child_youth.chat"
        assert leg["handover"]["note"] == "Sier hun er 14, vil snakke om skolen"
        assert leg["handover"]["from_org"]["id"] == "kirkens-sos"
        texts = [
            m["text"]
            for m in (await second.get(f"/v1/interactions/{leg['id']}/messages")).json()["messages"]
        ]
        assert texts == ["jeg er 14 egentlig", "Takk for at du sier det"]
        copied = (await second.get(f"/v1/interactions/{leg['id']}/messages")).json()["messages"]
        assert all(m["before_handover"] for m in copied)
        done = await first_events.wait_type("transfer.completed")
        assert done["data"]["target_id"] == "queue.child_youth"
        mine = (await first.get(f"/v1/interactions/{ix}")).json()
        assert (mine["state"], mine["transfer_id"]) == ("wrap_up", None)
        # The chatter's next words reach the receiving volunteer, not the first.
        await admin.post(f"/interactions/{ix}/messages", {"text": "hei igjen"})
        arrived = await second_events.wait_for(
            lambda e: e["type"] == "message.created" and e["data"]["text"] == "hei igjen"
        )
        assert arrived["data"]["interaction_id"] == leg["id"]
        # The first volunteer never sees the note (it is not on their interaction).
        assert all("Sier hun" not in str(e["data"]) for e in first_events.received)


async def test_warm_call_reroute_consult_then_complete(simulator: SimulatorServer) -> None:
    async with two_volunteers(simulator.url, "voice") as pair:
        first, first_events, second, second_events, _admin, ix = pair
        transfer = await first.ok(
            "POST",
            f"/v1/interactions/{ix}/transfers",
            {"target_id": "queue.child_youth", "note": "Ung gutt, rus"},
        )
        assert transfer["mode"] == "warm_voice"
        assert (await first.get(f"/v1/interactions/{ix}")).json()["on_hold"] is True
        leg = await _accept_offer(second, second_events)
        assert leg["handover"]["consulting"] is True
        await first_events.wait_type("transfer.answered")
        done = await first.ok("POST", f"/v1/transfers/{transfer['id']}/complete")
        assert done["state"] == "completed"
        assert (await first.get(f"/v1/interactions/{ix}")).json()["state"] == "wrap_up"
        now = (await second.get(f"/v1/interactions/{leg['id']}")).json()
        assert (now["state"], now["handover"]["consulting"]) == ("active", False)


async def test_warm_call_reroute_cancel_brings_the_caller_back(
    simulator: SimulatorServer,
) -> None:
    async with two_volunteers(simulator.url, "voice") as pair:
        first, first_events, second, second_events, _admin, ix = pair
        transfer = await first.ok(
            "POST", f"/v1/interactions/{ix}/transfers", {"target_id": "queue.child_youth"}
        )
        leg = await _accept_offer(second, second_events)
        await first_events.wait_type("transfer.answered")
        await first.ok("POST", f"/v1/transfers/{transfer['id']}/cancel")
        back = (await first.get(f"/v1/interactions/{ix}")).json()
        assert (back["state"], back["on_hold"], back["transfer_id"]) == ("active", False, None)
        ended = (await second.get(f"/v1/interactions/{leg['id']}")).json()
        assert (ended["state"], ended["remote_ended"]) == ("wrap_up", True)


async def test_org_reroute_waits_for_that_organisation(simulator: SimulatorServer) -> None:
    async with two_volunteers(simulator.url, "chat") as pair:
        first, first_events, _second, second_events, admin, ix = pair
        transfer = await first.ok(
            "POST", f"/v1/interactions/{ix}/transfers", {"target_id": "org.mental-helse"}
        )
        assert transfer["fallback_number"] == "116123"
        await admin.post("/clock/advance", {"seconds": 30})
        failed = await first_events.wait_type("transfer.failed")
        assert failed["data"]["failure_reason"] == "no_answer"
        # Nobody of Kirkens SOS was offered a contact meant for Mental Helse.
        assert not [e for e in second_events.received if e["type"] == "offer.created"]
        back = (await first.get(f"/v1/interactions/{ix}")).json()
        assert (back["state"], back["transfer_id"]) == ("active", None)


async def test_reroute_to_where_it_already_is_is_refused(simulator: SimulatorServer) -> None:
    async with two_volunteers(simulator.url, "chat") as pair:
        first, *_rest, ix = pair
        same = await first.command(
            "POST", f"/v1/interactions/{ix}/transfers", {"target_id": "queue.adult"}
        )
        assert same.status_code == 422, same.text
