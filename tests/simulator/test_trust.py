"""Beyond loopback, /_sim and login-hint sign-in need the admin token, or are off.

Tests never listen beyond loopback: "beyond loopback" is the simulator's config (what the CLI
sets from --host), while the server itself stays on 127.0.0.1.
"""

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from console.simulator.__main__ import config_from_args, parse_args
from console.simulator.config import SimConfig
from console.simulator.server import SimulatorServer
from console.simulator.trust import ADMIN_TOKEN_ENV, AdminAccess, admin_access, login_hint_approves
from tests.helpers import quiet_config
from tests.simkit import REDIRECT_URI, pkce_pair

TOKEN = "room-42-token-0123456789"


@pytest.mark.parametrize(
    ("beyond", "token", "header", "expected"),
    [
        (False, None, None, AdminAccess.ALLOWED),
        (False, None, "Bearer anything", AdminAccess.ALLOWED),
        (True, None, None, AdminAccess.REFUSED),
        (True, None, f"Bearer {TOKEN}", AdminAccess.REFUSED),
        (True, TOKEN, None, AdminAccess.TOKEN_REQUIRED),
        (True, TOKEN, f"Bearer {TOKEN}x", AdminAccess.TOKEN_REQUIRED),
        (True, TOKEN, f"Basic {TOKEN}", AdminAccess.TOKEN_REQUIRED),
        (True, TOKEN, "Bearer ", AdminAccess.TOKEN_REQUIRED),
        (True, TOKEN, f"Bearer {TOKEN}", AdminAccess.ALLOWED),
        (True, TOKEN, f"bearer  {TOKEN} ", AdminAccess.ALLOWED),
        (False, TOKEN, None, AdminAccess.TOKEN_REQUIRED),
        (False, TOKEN, f"Bearer {TOKEN}", AdminAccess.ALLOWED),
    ],
)
def test_admin_access_decision(
    beyond: bool, token: str | None, header: str | None, expected: AdminAccess
) -> None:
    config = SimConfig(beyond_loopback=beyond, admin_token=token)
    assert admin_access(config, header) is expected
    assert login_hint_approves(config, header) is (expected is AdminAccess.ALLOWED)


def test_login_hint_stays_off_when_auto_approval_is_off() -> None:
    config = SimConfig(auto_approve_login_hint=False)
    assert admin_access(config, None) is AdminAccess.ALLOWED
    assert not login_hint_approves(config, None)


def _authorize_params(user: str) -> dict[str, str]:
    return {
        "response_type": "code",
        "client_id": "helpline-console",
        "redirect_uri": REDIRECT_URI,
        "code_challenge": pkce_pair()[1],
        "code_challenge_method": "S256",
        "state": "s",
        "login_hint": user,
    }


@pytest.fixture
def room_without_token() -> Iterator[httpx.Client]:
    with (
        SimulatorServer(quiet_config(beyond_loopback=True)) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        yield client


@pytest.fixture
def room_with_token() -> Iterator[httpx.Client]:
    with (
        SimulatorServer(quiet_config(beyond_loopback=True, admin_token=TOKEN)) as server,
        httpx.Client(base_url=server.url, timeout=10) as client,
    ):
        yield client


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/_sim/stats"),
        ("POST", "/_sim/tokens/expire"),
        ("POST", "/_sim/interactions"),
        ("GET", "/_sim/training/scenarios"),
    ],
)
def test_beyond_loopback_without_token_the_admin_api_is_refused(
    room_without_token: httpx.Client, method: str, path: str
) -> None:
    answer = room_without_token.request(
        method, path, json={}, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert answer.status_code == 403
    assert answer.json()["type"] == "/problems/forbidden"


def test_beyond_loopback_without_token_a_login_hint_shows_the_sign_in_page(
    room_without_token: httpx.Client,
) -> None:
    answer = room_without_token.get("/oauth/authorize", params=_authorize_params("demo-supervisor"))
    assert answer.status_code == 200 and "location" not in answer.headers
    assert "Choose a demo user" in answer.text


def test_with_a_token_the_admin_api_needs_it(room_with_token: httpx.Client) -> None:
    assert room_with_token.get("/_sim/stats").status_code == 401
    wrong = room_with_token.get("/_sim/stats", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json()["type"] == "/problems/unauthorized"
    right = room_with_token.get("/_sim/stats", headers={"Authorization": f"Bearer {TOKEN}"})
    assert right.status_code == 200 and "connections" in right.json()


def test_with_a_token_a_login_hint_needs_it(room_with_token: httpx.Client) -> None:
    params = _authorize_params("demo-supervisor")
    assert room_with_token.get("/oauth/authorize", params=params).status_code == 200
    approved = room_with_token.get(
        "/oauth/authorize", params=params, headers={"Authorization": f"Bearer {TOKEN}"}
    )
    assert approved.status_code == 302
    assert approved.headers["location"].startswith(REDIRECT_URI + "?code=")


def test_on_loopback_without_token_nothing_changes(admin: httpx.Client) -> None:
    assert admin.get("/stats").status_code == 200


def test_cli_marks_non_loopback_hosts_and_reads_the_token_from_the_environment() -> None:
    args = parse_args(["--host", "0.0.0.0", "--allow-non-loopback"])
    config = config_from_args(args, {ADMIN_TOKEN_ENV: TOKEN})
    assert config.beyond_loopback and config.admin_token == TOKEN
    assert TOKEN not in repr(config)
    local = config_from_args(parse_args(["--admin-token", TOKEN]), {})
    assert not local.beyond_loopback and local.admin_token == TOKEN
    assert config_from_args(parse_args(["--host", "::1"]), {}).admin_token is None
    with pytest.raises(ValueError, match="at least"):
        config_from_args(parse_args(["--admin-token", "short"]), {})


def test_help_says_who_may_drive_the_simulator() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "console.simulator", "--help"],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert "--admin-token" in result.stdout and ADMIN_TOKEN_ENV in result.stdout
    assert "beyond loopback" in result.stdout and "OFF" in result.stdout
