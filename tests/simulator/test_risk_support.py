"""Risk support through the contract: an assessed level alerts the supervisors at once with the
level and no content; consent is recorded with the backend's time; a transfer to 113 goes ahead
without consent and the contact keeps why."""

import time
from datetime import UTC, datetime

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.simkit import Admin, Session, connect, open_stream

pytestmark = pytest.mark.anyio

SECRET = "CANARYanswers"  # what the volunteer typed; it must never reach the backend's events


async def _active_chat(me: Session, raw: httpx.AsyncClient) -> str:
    await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
    await Admin(raw).inject(channel="chat", age_group="adult")
    offer = (await me.get("/v1/snapshot")).json()["offers"][0]
    ix: str = (await me.ok("POST", f"/v1/offers/{offer['id']}/accept"))["id"]
    return ix


async def test_an_acute_assessment_alerts_the_supervisor_within_a_second_without_content(
    simulator: SimulatorServer,
) -> None:
    async with (
        connect(simulator.url) as me,
        connect(simulator.url, "demo-supervisor") as boss,
        httpx.AsyncClient(base_url=simulator.url) as raw,
    ):
        ix = await _active_chat(me, raw)
        async with open_stream(boss, last_event_id=0) as supervision:
            sent = time.monotonic()
            flagged = await me.ok(
                "POST", f"/v1/interactions/{ix}/flags", {"kind": "risk", "level": "acute"}
            )
            alert = await supervision.wait_for(
                lambda e: e["type"] == "team.agent_changed" and e["data"]["risk_flagged"],
                timeout=1.0,
            )
            assert time.monotonic() - sent < 1.0
        member = alert["data"]
        assert member["id"] == "demo-volunteer"
        assert member["risk_level"] == "acute"
        assert datetime.fromisoformat(member["risk_assessed_at"]) <= datetime.now(UTC)
        assert set(member) >= {"risk_level", "risk_assessed_at"}
        assert "text" not in str(member) and "answers" not in str(member)
        assert flagged["flags"]["risk"] is True
        assert flagged["flags"]["risk_level"] == "acute"


@pytest.mark.parametrize(("level", "alerts"), [("low", False), ("moderate", False), ("high", True)])
async def test_only_high_and_acute_flag_the_contact(
    simulator: SimulatorServer, level: str, alerts: bool
) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        ix = await _active_chat(me, raw)
        flagged = await me.ok(
            "POST", f"/v1/interactions/{ix}/flags", {"kind": "risk", "level": level}
        )
        assert flagged["flags"]["risk"] is alerts
        assert flagged["flags"]["risk_level"] == level
        # A lower reassessment keeps the flag that already alerted.
        again = await me.ok(
            "POST", f"/v1/interactions/{ix}/flags", {"kind": "risk", "level": "low"}
        )
        assert again["flags"]["risk"] is alerts
        assert again["flags"]["risk_level"] == "low"


async def test_a_level_is_refused_with_a_help_request_and_unknown_fields_are_refused(
    simulator: SimulatorServer,
) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        ix = await _active_chat(me, raw)
        wrong = await me.command(
            "POST", f"/v1/interactions/{ix}/flags", {"kind": "help_request", "level": "acute"}
        )
        assert wrong.status_code == 422
        content = await me.command(
            "POST",
            f"/v1/interactions/{ix}/flags",
            {"kind": "risk", "level": "high", "answers": SECRET},
        )
        assert content.status_code == 422


async def test_consent_is_recorded_with_its_time(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        ix = await _active_chat(me, raw)
        async with open_stream(me, last_event_id=0) as events:
            before = datetime.now(UTC)
            recorded = await me.ok("POST", f"/v1/interactions/{ix}/consent", {"answer": "yes"})
            update = await events.wait_for(
                lambda e: e["type"] == "interaction.updated" and e["data"]["consent"] is not None
            )
        consent = recorded["consent"]
        assert consent["answer"] == "yes"
        assert consent["without_consent_reason"] is None
        assert before <= datetime.fromisoformat(consent["recorded_at"]) <= datetime.now(UTC)
        assert update["data"]["consent"] == consent


async def test_a_transfer_to_113_without_consent_goes_ahead_and_records_why(
    simulator: SimulatorServer,
) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        ix = await _active_chat(me, raw)
        await me.ok("POST", f"/v1/interactions/{ix}/flags", {"kind": "risk", "level": "acute"})
        await me.ok(
            "POST",
            f"/v1/interactions/{ix}/consent",
            {"answer": "not_possible", "without_consent_reason": "cannot_answer"},
        )
        transfer = await me.ok("POST", f"/v1/interactions/{ix}/transfers", {"target_id": "amk"})
        assert transfer["target_id"] == "amk"
        mine = (await me.get(f"/v1/interactions/{ix}")).json()
        assert mine["consent"]["answer"] == "not_possible"
        assert mine["consent"]["without_consent_reason"] == "cannot_answer"
        # A later yes replaces the record, and a yes never carries a reason.
        yes = await me.ok(
            "POST",
            f"/v1/interactions/{ix}/consent",
            {"answer": "yes", "without_consent_reason": "other"},
        )
        assert yes["consent"]["without_consent_reason"] is None
