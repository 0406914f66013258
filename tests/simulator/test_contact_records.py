"""Contact records through the contract: the form, the wrap-up check, and who sees statistics."""

from typing import Any

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.simkit import Admin, Session, connect, open_stream

pytestmark = pytest.mark.anyio


async def _in_wrap_up(me: Session, admin: Admin, age_group: str = "adult") -> str:
    """Takes one call to wrap-up; returns its interaction id."""
    async with open_stream(me) as events:
        await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
        await admin.inject(channel="voice", age_group=age_group, language="nb")
        offer = (await events.wait_type("offer.created"))["data"]
        ix: str = (await me.ok("POST", f"/v1/offers/{offer['id']}/accept"))["id"]
        await me.ok("POST", f"/v1/interactions/{ix}/end")
        return ix


async def _records(raw: httpx.AsyncClient) -> list[dict[str, Any]]:
    response = await raw.get("/_sim/records")
    assert response.status_code == 200
    result: list[dict[str, Any]] = response.json()
    return result


async def test_form_is_the_core_plus_the_organisations_own_fields(
    simulator: SimulatorServer,
) -> None:
    async with connect(simulator.url) as me:
        form = (await me.get("/v1/contact-forms/current")).json()
    ids = [f["id"] for f in form["fields"]]
    assert ids[:6] == ["call_type", "topics", "age_band", "gender", "actions", "note"]
    assert "repeat_contact" in ids  # Kirkens SOS's own field
    assert form["version"] == "core-1+kirkens-sos-1"
    assert "se" in form["label_review"]


async def test_a_silent_call_is_filed_with_its_call_type_alone(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        ix = await _in_wrap_up(me, Admin(raw))
        version = (await me.get("/v1/contact-forms/current")).json()["version"]
        closed = await me.ok(
            "POST",
            f"/v1/interactions/{ix}/wrap-up",
            {"form_version": version, "record": {"call_type": "silent"}},
        )
        assert (closed["state"], closed["outcome_code"]) == ("closed", "silent")
        [row] = [r for r in await _records(raw) if r["interaction_id"] == ix]
        assert row["record"] == {"call_type": "silent"}
        assert row["answered_at"] is not None and row["abandoned"] is False


@pytest.mark.parametrize(
    ("record", "version", "named"),
    [
        ({"call_type": "conversation", "age_band": "unknown", "gender": "unknown"}, None, "topics"),
        (
            {"call_type": "conversation", "topics": ["school.pressure"], "age_band": "unknown"},
            None,
            "record.topics",  # a child/youth topic on an adult call
        ),
        ({"call_type": "silent", "mood": "low"}, None, "record.mood"),
        ({"call_type": "silent"}, "core-9", "form_version"),
        ({"call_type": "whisper"}, None, "record.call_type"),
    ],
)
async def test_a_record_that_does_not_fit_its_form_version_is_refused_naming_the_field(
    simulator: SimulatorServer, record: dict[str, Any], version: str | None, named: str
) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        ix = await _in_wrap_up(me, Admin(raw))
        current = (await me.get("/v1/contact-forms/current")).json()["version"]
        body = {"form_version": version or current, "record": record}
        response = await me.command("POST", f"/v1/interactions/{ix}/wrap-up", body)
        assert response.status_code == 422, response.text
        problem = response.json()
        assert problem["type"] == "/problems/validation-failed"
        assert named in problem["detail"]
        still = (await me.get(f"/v1/interactions/{ix}")).json()
        assert still["state"] == "wrap_up"  # nothing was filed


async def test_a_refusal_never_echoes_the_note(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        ix = await _in_wrap_up(me, Admin(raw))
        version = (await me.get("/v1/contact-forms/current")).json()["version"]
        body = {"form_version": version, "record": {"call_type": "conversation", "note": "Kari"}}
        response = await me.command("POST", f"/v1/interactions/{ix}/wrap-up", body)
        assert response.status_code == 422
        assert "Kari" not in response.text


async def test_a_full_conversation_record_is_kept_and_an_older_console_still_closes(
    simulator: SimulatorServer,
) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        admin = Admin(raw)
        ix = await _in_wrap_up(me, admin, age_group="child_youth")
        version = (await me.get("/v1/contact-forms/current")).json()["version"]
        record = {
            "call_type": "conversation",
            "topics": ["school.pressure", "mental_health.anxiety"],
            "age_band": "age_13_15",
            "gender": "not_asked",
            "actions": ["transferred_alarmtelefonen"],
            "repeat_contact": "first",
        }
        closed = await me.ok(
            "POST", f"/v1/interactions/{ix}/wrap-up", {"form_version": version, "record": record}
        )
        assert closed["outcome_code"] == "transferred"
        ix2 = await _in_wrap_up(me, admin)
        legacy = await me.ok("POST", f"/v1/interactions/{ix2}/wrap-up", {"outcome_code": "other"})
        assert legacy["state"] == "closed"
        rows = {r["interaction_id"]: r for r in await _records(raw)}
        assert rows[ix]["record"] == record
        assert rows[ix2]["record"] is None


@pytest.mark.parametrize("user", ["demo-volunteer", "demo-supervisor"])
async def test_only_coordinators_get_statistics(simulator: SimulatorServer, user: str) -> None:
    query = {"from": "2026-01-01", "to": "2026-01-31"}
    async with connect(simulator.url, user) as me:
        response = await me.get("/v1/statistics", params=query)
        assert response.status_code == 403
        assert response.headers["content-type"] == "application/problem+json"
    async with connect(simulator.url, "demo-coordinator") as coordinator:
        assert (await coordinator.get("/v1/statistics", params=query)).status_code == 200
