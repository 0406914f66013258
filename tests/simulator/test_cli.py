"""`python -m console.simulator` as scripts use it."""

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from console.simulator.__main__ import config_from_args, parse_args
from tests.simkit import sign_in

pytestmark = pytest.mark.anyio


@pytest.fixture
def simulator_process() -> Iterator[str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "console.simulator",
            "--port",
            "0",
            "--scenario",
            "demo",
            "--ping-interval",
            "0.2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


async def test_prints_its_url_and_serves_meta_and_events(simulator_process: str) -> None:
    async with httpx.AsyncClient(base_url=simulator_process, timeout=10) as client:
        meta = await client.get("/v1/meta")
        assert meta.status_code == 200 and meta.json()["api_version"] == "1.0"
        tokens = await sign_in(client, "demo-supervisor")
        headers = {"Authorization": f"Bearer {tokens['access_token']}", "Last-Event-ID": "0"}
        async with client.stream("GET", "/v1/events", headers=headers) as stream:
            text = ""
            async for chunk in stream.aiter_text():
                text += chunk
                if "event: team.agent_changed" in text and ": ping" in text:
                    break
        # Demo traffic: simulated colleagues are on shift for the supervisor to see.
        assert "event: team.agent_changed" in text


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10"])
def test_refuses_non_loopback_addresses(host: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "console.simulator", "--host", host, "--port", "0"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "loopback" in result.stderr
    assert result.stdout == ""


def test_an_external_issuer_is_configured_from_the_command_line() -> None:
    args = parse_args(
        [
            "--external-issuer",
            "https://login.example/tenant/v2.0",
            "--external-role-claim",
            "roles",
            "--external-scopes",
            "openid offline_access api://routing/routing",
        ]
    )
    config = config_from_args(args, {})
    assert config.external_issuer == "https://login.example/tenant/v2.0"
    assert config.external_role_claim == "roles" and config.external_audience is None
    assert config.external_scopes == ("openid", "offline_access", "api://routing/routing")
    assert config_from_args(parse_args([]), {}).external_issuer is None
