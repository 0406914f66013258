"""Routing behaviour seen through the API: offers, expiry, skills, abandon, voice controls."""

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.simkit import Admin, Session, connect, open_stream

pytestmark = pytest.mark.anyio


async def _available(session: Session) -> None:
    await session.ok("PUT", "/v1/me/presence", {"presence": "available"})


async def test_expired_offer_makes_the_agent_not_responding(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        admin = Admin(raw)
        async with open_stream(me, last_event_id=0) as events:
            await _available(me)
            await admin.inject(channel="chat", age_group="adult")
            offer = (await events.wait_type("offer.created"))["data"]
            await admin.post("/clock/advance", {"seconds": 21})
            expired = await events.wait_type("offer.expired")
            assert expired["data"]["id"] == offer["id"]
            state = await events.wait_for(
                lambda e: (
                    e["type"] == "agent.routing_state_changed"
                    and e["data"]["routing_state"] == "not_responding"
                )
            )
            assert state["data"]["presence"] == "available"
            late = await me.command("POST", f"/v1/offers/{offer['id']}/accept")
            assert late.status_code == 409
            assert late.json()["type"] == "/problems/offer-not-pending"
            # One action makes the agent available again, and the waiting chat comes back.
            await _available(me)
            again = await events.wait_type("offer.created")
            assert again["data"]["interaction_id"] == offer["interaction_id"]


async def test_declined_offer_goes_to_another_agent(simulator: SimulatorServer) -> None:
    async with (
        connect(simulator.url) as me,
        connect(simulator.url, "demo-sami") as other,
        httpx.AsyncClient(base_url=simulator.url) as raw,
    ):
        admin = Admin(raw)
        await _available(me)
        async with open_stream(other, last_event_id=0) as other_events:
            await admin.inject(channel="chat", age_group="adult", language="nb")
            snap = (await me.get("/v1/snapshot")).json()
            first_to_me = bool(snap["offers"])
            await _available(other)
            if first_to_me:
                declined = await me.ok("POST", f"/v1/offers/{snap['offers'][0]['id']}/decline")
                assert declined["state"] == "declined"
            offer = await other_events.wait_type("offer.created")
            assert offer["data"]["agent_id"] == "demo-sami"


async def test_sami_speaking_caller_goes_to_a_sami_speaker(simulator: SimulatorServer) -> None:
    async with (
        connect(simulator.url) as me,
        connect(simulator.url, "demo-sami") as sami,
        httpx.AsyncClient(base_url=simulator.url) as raw,
    ):
        await _available(me)  # available first: longest idle, would win otherwise
        await _available(sami)
        await Admin(raw).inject(channel="voice", age_group="adult", language="se")
        assert (await me.get("/v1/snapshot")).json()["offers"] == []
        offers = (await sami.get("/v1/snapshot")).json()["offers"]
        assert [o["language"] for o in offers] == ["se"]


async def test_caller_abandons_while_offered(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        admin = Admin(raw)
        async with open_stream(me, last_event_id=0) as events:
            await _available(me)
            ix = await admin.inject(channel="voice", age_group="child_youth", patience_s=5)
            await events.wait_type("offer.created")
            await admin.post("/clock/advance", {"seconds": 6})
            rescinded = await events.wait_type("offer.rescinded")
            assert rescinded["data"]["interaction_id"] == ix["id"]
        snap = (await me.get("/v1/snapshot")).json()
        assert snap["offers"] == [] and snap["me"]["routing_state"] == "idle"


async def test_voice_call_hold_resume_end_wrap_up(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        await _available(me)
        await Admin(raw).inject(channel="voice", age_group="adult")
        offer = (await me.get("/v1/snapshot")).json()["offers"][0]
        ix = (await me.ok("POST", f"/v1/offers/{offer['id']}/accept"))["id"]
        base = f"/v1/interactions/{ix}"
        assert (await me.ok("POST", f"{base}/hold"))["on_hold"] is True
        twice = await me.command("POST", f"{base}/hold")
        assert twice.status_code == 409
        assert (await me.ok("POST", f"{base}/resume"))["on_hold"] is False
        offline = await me.command("PUT", "/v1/me/presence", {"presence": "offline"})
        assert offline.status_code == 409
        assert offline.json()["type"] == "/problems/presence-refused"
        message = await me.command(
            "POST", f"{base}/messages", {"client_message_id": "x", "text": "hi"}
        )
        assert message.json()["type"] == "/problems/not-supported-on-channel"
        ended = await me.ok("POST", f"{base}/end")
        assert ended["state"] == "wrap_up"
        assert (await me.get("/v1/me")).json()["routing_state"] == "wrap_up"
        closed = await me.ok("POST", f"{base}/wrap-up", {"outcome_code": "supported"})
        assert closed["state"] == "closed"
        assert (await me.get("/v1/me")).json()["routing_state"] == "idle"
        assert (await me.command("POST", f"{base}/end")).status_code == 409


async def test_chats_up_to_the_backend_limit(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        admin = Admin(raw)
        limit = (await me.get("/v1/meta")).json()["limits"]["max_chats"]
        await _available(me)
        for _ in range(limit + 1):
            await admin.inject(channel="chat", age_group="adult")
            offers = (await me.get("/v1/snapshot")).json()["offers"]
            if offers:
                await me.ok("POST", f"/v1/offers/{offers[0]['id']}/accept")
        snap = (await me.get("/v1/snapshot")).json()
        assert len(snap["interactions"]) == limit
        assert snap["offers"] == []


async def test_help_request_reaches_supervisors_and_is_acknowledged(
    simulator: SimulatorServer,
) -> None:
    async with (
        connect(simulator.url) as me,
        connect(simulator.url, "demo-supervisor") as boss,
        httpx.AsyncClient(base_url=simulator.url) as raw,
    ):
        forbidden = await me.get("/v1/supervision/team")
        assert forbidden.status_code == 403
        assert forbidden.json()["type"] == "/problems/forbidden"
        await _available(me)
        await Admin(raw).inject(channel="chat", age_group="child_youth")
        offer = (await me.get("/v1/snapshot")).json()["offers"][0]
        ix = (await me.ok("POST", f"/v1/offers/{offer['id']}/accept"))["id"]
        async with open_stream(boss, last_event_id=0) as supervision:
            await me.ok("POST", f"/v1/interactions/{ix}/flags", {"kind": "help_request"})
            team = await supervision.wait_for(
                lambda e: e["type"] == "team.agent_changed" and e["data"]["help_requested"]
            )
            assert team["data"]["id"] == "demo-volunteer"
            assert team["data"]["current_age_group"] == "child_youth"
            assert "text" not in str(team["data"])
            acked = await boss.ok("POST", f"/v1/supervision/help-requests/{ix}/acknowledge")
            assert acked["flags"]["help_acknowledged"] is True
        mine = (await me.get(f"/v1/interactions/{ix}")).json()
        assert mine["flags"] == {
            "risk": False,
            "help_requested": True,
            "help_acknowledged": True,
            "risk_level": None,
            "risk_assessed_at": None,
        }
        status = (await boss.get("/v1/supervision/team")).json()
        queue = next(q for q in status["queues"] if q["id"] == "child_youth.chat")
        assert queue["waiting"] == 0


async def test_queue_stats_follow_arrivals(simulator: SimulatorServer) -> None:
    async with (
        connect(simulator.url, "demo-supervisor") as boss,
        httpx.AsyncClient(base_url=simulator.url) as raw,
        open_stream(boss, last_event_id=0) as supervision,
    ):
        admin = Admin(raw)
        for _ in range(3):
            await admin.inject(channel="voice", age_group="adult")
        event = await supervision.wait_for(
            lambda e: (
                e["type"] == "queue.stats_changed"
                and e["data"]["id"] == "adult.voice"
                and e["data"]["waiting"] == 3
            )
        )
        assert event["data"]["oldest_enqueued_at"] is not None
        # Coalesced: three arrivals within a second give fewer than three queue events.
        adult_voice = [
            e
            for e in supervision.received
            if e["type"] == "queue.stats_changed" and e["data"]["id"] == "adult.voice"
        ]
        assert len(adult_voice) < 3
