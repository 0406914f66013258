"""Voice delivery in the simulator: voice modes, the phone-mode agent leg, guaranteed logoff."""

import asyncio
import time

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from console.contract.voice import VOICE_REQUEST
from console.simulator.server import SimulatorServer
from tests.helpers import quiet_config
from tests.simkit import Admin, connect, open_stream

pytestmark = pytest.mark.anyio

PHONE = {"mode": "phone", "phone_number": "+4791234567"}


@given(st.text(max_size=20))
def test_only_e164_numbers_are_taken_for_phone_mode(number: str) -> None:
    digits = number[1:]
    valid = (
        number.startswith("+")
        and 7 <= len(digits) <= 15
        and digits.isascii()
        and digits.isdigit()
        and digits[0] != "0"
    )
    try:
        VOICE_REQUEST.validate_python({"mode": "phone", "phone_number": number})
    except ValidationError:
        assert not valid
    else:
        assert valid


def test_phone_mode_needs_a_number_and_the_others_take_none() -> None:
    with pytest.raises(ValidationError):
        VOICE_REQUEST.validate_python({"mode": "phone"})
    with pytest.raises(ValidationError):
        VOICE_REQUEST.validate_python({"mode": "softphone", "phone_number": "+4791234567"})


async def test_a_malformed_number_is_a_clear_422(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me:
        response = await me.command(
            "PUT", "/v1/me/voice", {"mode": "phone", "phone_number": "9123"}
        )
        assert response.status_code == 422
        assert response.json()["type"].endswith("validation-failed")
        assert "phone_number" in response.json()["detail"]
        assert (await me.get("/v1/me")).json()["voice"]["mode"] == "softphone"


async def test_chat_only_volunteers_are_offered_no_calls(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        admin = Admin(raw)
        async with open_stream(me, last_event_id=0) as events:
            agent = await me.ok("PUT", "/v1/me/voice", {"mode": "none"})
            assert agent["voice"] == {"mode": "none", "phone_number": None, "media_session": None}
            await events.wait_type("agent.voice_changed")
            await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
            await admin.inject(channel="voice")
            await admin.inject(channel="chat")
            offer = (await events.wait_type("offer.created"))["data"]
            assert offer["channel"] == "chat"


async def test_phone_mode_rings_then_connects(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        admin = Admin(raw)
        await admin.post("/settings", {"agent_phone_answers_after_s": 0.2})
        async with open_stream(me, last_event_id=0) as events:
            assert (await me.ok("PUT", "/v1/me/voice", PHONE))["voice"]["phone_number"] == (
                "+4791234567"
            )
            await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
            await admin.inject(channel="voice")
            offer = (await events.wait_type("offer.created"))["data"]
            accepted = await me.ok("POST", f"/v1/offers/{offer['id']}/accept")
            assert accepted["agent_leg"] == "ringing"
            leg = await events.wait_type("interaction.agent_leg_changed")
            assert (leg["data"]["agent_leg"], leg["data"]["state"]) == ("connected", "active")
            response = await me.command("PUT", "/v1/me/voice", {"mode": "softphone"})
            assert response.status_code == 409  # never mid-call


async def test_an_unanswered_phone_returns_the_call_to_the_queue(
    simulator: SimulatorServer,
) -> None:
    async with (
        connect(simulator.url) as me,
        connect(simulator.url, "demo-sami") as other,
        httpx.AsyncClient(base_url=simulator.url) as raw,
    ):
        admin = Admin(raw)
        await admin.post(
            "/settings", {"agent_phone_fails": True, "agent_phone_ring_timeout_s": 0.3}
        )
        async with open_stream(me, last_event_id=0) as events:
            await me.ok("PUT", "/v1/me/voice", PHONE)
            await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
            ix = await admin.inject(channel="voice")
            offer = (await events.wait_type("offer.created"))["data"]
            await me.ok("POST", f"/v1/offers/{offer['id']}/accept")
            gone = await events.wait_type("interaction.agent_leg_changed")
            assert (gone["data"]["agent_leg"], gone["data"]["state"]) == ("failed", "queued")
            state = await events.wait_for(
                lambda e: (
                    e["type"] == "agent.routing_state_changed"
                    and e["data"]["routing_state"] == "not_responding"
                )
            )
            assert state["data"]["presence"] == "available"
            # Back in the queue: the next volunteer gets it.
            async with open_stream(other, last_event_id=0) as other_events:
                await other.ok("PUT", "/v1/me/presence", {"presence": "available"})
                again = (await other_events.wait_type("offer.created"))["data"]
                assert again["interaction_id"] == ix["id"]


@pytest.mark.parametrize("sim_config", [quiet_config(stream_gone_logoff_s=0.5)])
async def test_a_phone_whose_console_is_gone_is_logged_off(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, connect(simulator.url, "demo-sami") as soft:
        for session in (me, soft):
            async with open_stream(session):
                await session.ok("PUT", "/v1/me/presence", {"presence": "available"})
        await me.ok("PUT", "/v1/me/voice", PHONE)
        async with open_stream(me) as events:
            gone_at = time.monotonic()  # the stream closes when this block ends
        del events
        while (await me.get("/v1/me")).json()["presence"] != "offline":
            assert time.monotonic() - gone_at < 5, "not logged off"
            await asyncio.sleep(0.05)  # polling the API as any client would
        assert time.monotonic() - gone_at >= 0.45
        # A softphone volunteer is not logged off by the phone watchdog.
        assert (await soft.get("/v1/me")).json()["presence"] == "available"
