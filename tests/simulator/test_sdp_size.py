"""An SDP body past the size limit is refused before it is read (413), and a schema-breaking
body within it with a 422 problem: what schemathesis's negative check cannot count (413)."""

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.simkit import sign_in

pytestmark = pytest.mark.anyio


async def test_an_oversized_offer_is_413_and_a_bad_small_one_422(
    simulator: SimulatorServer,
) -> None:
    async with httpx.AsyncClient(base_url=simulator.url, timeout=10) as client:
        tokens = await sign_in(client, "demo-volunteer")
        headers = {
            "Authorization": f"Bearer {tokens['access_token']}",
            "Content-Type": "application/sdp",
        }
        huge = await client.post(
            "/v1/me/media-session", content=("v=0\r\n" + "a" * 300_000), headers=headers
        )
        assert huge.status_code == 413
        assert huge.headers["content-type"].startswith("application/problem+json")
        small = await client.post("/v1/me/media-session", content="not sdp", headers=headers)
        assert small.status_code == 422
