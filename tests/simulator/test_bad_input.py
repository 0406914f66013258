"""Bad input always gets a 4xx problem+json, never a 500 or a crash."""

import httpx
import pytest

from console.simulator.server import SimulatorServer
from tests.simkit import connect

pytestmark = pytest.mark.anyio

PROBLEM = "application/problem+json"


@pytest.mark.parametrize(
    ("content", "status", "problem"),
    [
        (b"{not json", 400, "/problems/malformed-request"),
        (b'{"presence": 7}', 422, "/problems/validation-failed"),
        (b'{"presence": "asleep"}', 422, "/problems/validation-failed"),
        (b'{"presence": "available", "extra": 1}', 422, "/problems/validation-failed"),
        (b"[]", 422, "/problems/validation-failed"),
        (b"", 422, "/problems/validation-failed"),
        (b"x" * 200_000, 413, "/problems/body-too-large"),
    ],
)
async def test_bad_bodies(
    simulator: SimulatorServer, content: bytes, status: int, problem: str
) -> None:
    async with connect(simulator.url) as me:
        response = await me.client.put(
            "/v1/me/presence",
            content=content,
            headers={**me.auth, "Idempotency-Key": "bad", "Content-Type": "application/json"},
        )
        assert response.status_code == status, response.text
        assert response.headers["content-type"] == PROBLEM
        assert response.json()["type"] == problem
        assert "asleep" not in response.text  # values are never echoed


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/v1/offers/of_999999/accept"),
        ("POST", "/v1/interactions/nope/end"),
        ("GET", "/v1/interactions/nope"),
        ("GET", "/v1/transfers/nope"),
        ("GET", "/v1/no-such-thing"),
        ("POST", "/v1/transfers/tr_1/complete"),
    ],
)
async def test_unknown_ids_are_404(simulator: SimulatorServer, method: str, path: str) -> None:
    async with connect(simulator.url) as me:
        response = await me.command(method, path)
        assert response.status_code == 404
        assert response.headers["content-type"] == PROBLEM


async def test_wrong_method_is_405_with_allow(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me:
        response = await me.command("DELETE", "/v1/me/presence")
        assert response.status_code == 405
        assert "PUT" in response.headers["allow"]


async def test_huge_message_text_is_refused(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me:
        response = await me.command(
            "POST",
            "/v1/interactions/x/messages",
            {"client_message_id": "a", "text": "y" * 5000},
        )
        assert response.status_code == 422


async def test_garbage_tokens_are_401(simulator: SimulatorServer) -> None:
    async with httpx.AsyncClient(base_url=simulator.url) as client:
        for header in ("Bearer", "Bearer x y", "Basic abc", "Bearer \u00e6\u00f8\u00e5"):
            encoded = {b"Authorization": header.encode()}
            response = await client.get("/v1/me", headers=encoded)
            assert response.status_code == 401
