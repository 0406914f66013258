"""No new offers while a volunteer's contact is flagged high risk or a transfer runs, and no
"not responding" for an offer that was ringing when that began; offers resume after."""

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.simkit import Admin, Session, connect

pytestmark = pytest.mark.anyio

CHAT = {"channel": "chat", "age_group": "adult", "language": "nb"}


async def first_chat(me: Session, admin: Admin) -> str:
    """Available, one chat accepted; returns its interaction id."""
    await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
    await admin.inject(**CHAT)
    offer = (await me.get("/v1/snapshot")).json()["offers"][0]
    accepted = await me.ok("POST", f"/v1/offers/{offer['id']}/accept")
    return str(accepted["id"])


async def offers(me: Session) -> list[dict[str, object]]:
    return list((await me.get("/v1/snapshot")).json()["offers"])


async def test_a_high_risk_contact_holds_back_new_offers_until_it_closes(
    simulator: SimulatorServer,
) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        admin = Admin(raw)
        ix = await first_chat(me, admin)
        await me.ok("POST", f"/v1/interactions/{ix}/flags", {"kind": "risk"})
        waiting = await admin.inject(**CHAT)
        assert await offers(me) == []
        assert simulator.sim.engine.interactions[waiting["id"]].state == "queued"
        await me.ok("POST", f"/v1/interactions/{ix}/end")
        assert await offers(me) == []  # wrap-up of a heavy contact: still nothing new
        await me.ok("POST", f"/v1/interactions/{ix}/wrap-up", {"outcome_code": "supported"})
        resumed = await offers(me)
        assert [o["interaction_id"] for o in resumed] == [waiting["id"]]


async def test_a_running_transfer_holds_back_new_offers_until_it_ends(
    simulator: SimulatorServer,
) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        admin = Admin(raw)
        ix = await first_chat(me, admin)
        transfer = await me.ok("POST", f"/v1/interactions/{ix}/transfers", {"target_id": "amk"})
        waiting = await admin.inject(**CHAT)
        assert await offers(me) == []
        await me.ok("POST", f"/v1/transfers/{transfer['id']}/cancel")
        assert [o["interaction_id"] for o in await offers(me)] == [waiting["id"]]


async def test_an_offer_ringing_when_risk_is_flagged_goes_back_without_a_penalty(
    simulator: SimulatorServer,
) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        admin = Admin(raw)
        ix = await first_chat(me, admin)
        await admin.inject(**CHAT)
        ringing = (await offers(me))[0]
        await me.ok("POST", f"/v1/interactions/{ix}/flags", {"kind": "risk"})
        gone = simulator.sim.engine.offers[str(ringing["id"])]
        assert (gone.state, gone.reason) == ("rescinded", "other")
        await admin.post("/clock/advance", {"seconds": 60})  # long past the offer timeout
        agent = (await me.get("/v1/me")).json()
        assert agent["routing_state"] == "engaged"
        assert agent["presence"] == "available"
        assert await offers(me) == []
