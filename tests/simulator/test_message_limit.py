"""One chat message limit, both directions: MESSAGE_MAX_CHARS characters (code points)."""

import json
from pathlib import Path

import httpx
import pytest

from console.contract.limits import MESSAGE_MAX_CHARS
from console.contract.requests import MessageRequest
from console.simulator.problems import ApiProblem
from console.simulator.scenario import chat_library
from console.simulator.server import SimulatorServer
from tests.simkit import Admin, connect

pytestmark = pytest.mark.anyio

OPENAPI = Path(__file__).resolve().parents[2] / "console" / "contract" / "openapi.json"


def test_the_request_model_and_the_document_carry_the_limit() -> None:
    MessageRequest(client_message_id="a", text="ŋ" * MESSAGE_MAX_CHARS)
    with pytest.raises(ValueError, match="text"):
        MessageRequest(client_message_id="a", text="ŋ" * (MESSAGE_MAX_CHARS + 1))
    schemas = json.loads(OPENAPI.read_text(encoding="utf-8"))["components"]["schemas"]
    assert schemas["MessageRequest"]["properties"]["text"]["maxLength"] == MESSAGE_MAX_CHARS
    assert schemas["Message"]["properties"]["text"]["maxLength"] == MESSAGE_MAX_CHARS


async def test_both_directions_hold_to_the_limit(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        admin = Admin(raw)
        meta = (await me.get("/v1/meta")).json()
        assert meta["limits"]["message_max_chars"] == MESSAGE_MAX_CHARS
        await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
        await admin.inject(channel="chat", age_group="adult")
        offer = (await me.get("/v1/snapshot")).json()["offers"][0]
        ix = (await me.ok("POST", f"/v1/offers/{offer['id']}/accept"))["id"]
        path = f"/v1/interactions/{ix}/messages"

        # 🙂 is one character (one code point) though two UTF-16 units and four UTF-8 bytes.
        longest = "🙂" * MESSAGE_MAX_CHARS
        sent = await me.command("POST", path, {"client_message_id": "ok", "text": longest})
        assert sent.status_code == 201
        too_long = await me.command(
            "POST", path, {"client_message_id": "no", "text": longest + "x"}
        )
        assert too_long.status_code == 422
        problem = too_long.json()
        assert problem["type"] == "/problems/validation-failed"
        assert "text" in problem["detail"] and "🙂" not in problem["detail"]

        chatter = await raw.post(f"/_sim/interactions/{ix}/messages", json={"text": longest})
        assert chatter.status_code == 201
        refused = await raw.post(f"/_sim/interactions/{ix}/messages", json={"text": longest + "x"})
        assert refused.status_code == 422 and "text" in refused.json()["detail"]
        with pytest.raises(ApiProblem):
            simulator.sim.engine.remote_message(ix, "x" * (MESSAGE_MAX_CHARS + 1))
        texts = [m["text"] for m in (await me.get(f"{path}?after=0")).json()["messages"]]
        assert texts == [longest, longest]


def test_simulated_chatter_lines_fit_the_limit() -> None:
    lines = [line for lines in chat_library().values() for line in lines]
    assert lines and all(1 <= len(line) <= MESSAGE_MAX_CHARS for line in lines)
