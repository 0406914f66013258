"""The simulator's identity provider: PKCE, rotation, revocation, expiry."""

import re
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import KeySet

from console.simulator.server import SimulatorServer
from tests.simkit import REDIRECT_URI, authorize, connect, pkce_pair, sign_in

pytestmark = pytest.mark.anyio

CLIENT = "helpline-console"


async def _token(client: httpx.AsyncClient, **form: str) -> httpx.Response:
    return await client.post("/oauth/token", data={"client_id": CLIENT, **form})


async def test_pkce_code_exchange_needs_the_right_verifier_once(
    simulator: SimulatorServer,
) -> None:
    async with httpx.AsyncClient(base_url=simulator.url) as client:
        verifier, challenge = pkce_pair()
        code = await authorize(client, "demo-volunteer", challenge, "s1")
        wrong = await _token(
            client,
            grant_type="authorization_code",
            code=code,
            redirect_uri=REDIRECT_URI,
            code_verifier=pkce_pair()[0],
        )
        assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
        # The failed attempt used the code up: a code is single-use.
        again = await _token(
            client,
            grant_type="authorization_code",
            code=code,
            redirect_uri=REDIRECT_URI,
            code_verifier=verifier,
        )
        assert again.status_code == 400


async def test_refresh_rotates_and_a_reused_token_revokes_the_family(
    simulator: SimulatorServer,
) -> None:
    async with httpx.AsyncClient(base_url=simulator.url) as client:
        tokens = await sign_in(client, "demo-volunteer")
        first = await _token(
            client, grant_type="refresh_token", refresh_token=tokens["refresh_token"]
        )
        assert first.status_code == 200
        rotated = first.json()
        assert rotated["refresh_token"] != tokens["refresh_token"]
        reuse = await _token(
            client, grant_type="refresh_token", refresh_token=tokens["refresh_token"]
        )
        assert reuse.status_code == 400 and reuse.json()["error"] == "invalid_grant"
        # The theft response: the newest tokens of that family are gone too.
        after = await _token(
            client, grant_type="refresh_token", refresh_token=rotated["refresh_token"]
        )
        assert after.status_code == 400
        me = await client.get(
            "/v1/me", headers={"Authorization": f"Bearer {rotated['access_token']}"}
        )
        assert me.status_code == 401


async def test_revoke_and_expiry(simulator: SimulatorServer) -> None:
    async with connect(simulator.url) as me, httpx.AsyncClient(base_url=simulator.url) as raw:
        assert (await me.get("/v1/me")).status_code == 200
        await raw.post("/_sim/tokens/expire")
        expired = await me.get("/v1/me")
        assert expired.status_code == 401
        assert expired.json()["type"] == "/problems/token-expired"
        assert 'error="invalid_token"' in expired.headers["www-authenticate"]
        refreshed = await _token(
            raw, grant_type="refresh_token", refresh_token=me.tokens["refresh_token"]
        )
        me.tokens = refreshed.json()
        assert (await me.get("/v1/me")).status_code == 200
        await raw.post("/oauth/revoke", data={"token": me.tokens["refresh_token"]})
        assert (await me.get("/v1/me")).status_code == 401


@pytest.mark.parametrize(
    "redirect",
    ["https://evil.example/cb", "http://192.0.2.1:8000/cb", "javascript:alert(1)"],
)
async def test_only_loopback_redirects_are_accepted(
    simulator: SimulatorServer, redirect: str
) -> None:
    async with httpx.AsyncClient(base_url=simulator.url) as client:
        response = await client.get(
            "/oauth/authorize",
            params={
                "client_id": CLIENT,
                "redirect_uri": redirect,
                "code_challenge": pkce_pair()[1],
                "code_challenge_method": "S256",
                "state": "x",
                "login_hint": "demo-volunteer",
            },
        )
        assert response.status_code == 400
        assert "location" not in response.headers


async def test_without_a_hint_the_login_page_lists_demo_users(simulator: SimulatorServer) -> None:
    async with httpx.AsyncClient(base_url=simulator.url) as client:
        params = {
            "client_id": CLIENT,
            "redirect_uri": REDIRECT_URI,
            "code_challenge": pkce_pair()[1],
            "code_challenge_method": "S256",
            "state": "<script>",
        }
        page = await client.get("/oauth/authorize", params=params)
        assert page.status_code == 200
        assert "demo-supervisor" in page.text
        assert "<script>" not in page.text  # echoed state is escaped
        chosen = await client.post(
            "/oauth/authorize",
            data={
                **{k: v for k, v in params.items() if k != "code_challenge_method"},
                "user_id": "demo-supervisor",
            },
        )
        assert chosen.status_code == 302
        assert "code=" in chosen.headers["location"]


async def test_the_simulator_is_an_openid_provider_with_nonce_and_iss(
    simulator: SimulatorServer,
) -> None:
    async with httpx.AsyncClient(base_url=simulator.url) as client:
        discovery = (await client.get("/.well-known/openid-configuration")).json()
        assert discovery["issuer"] == simulator.url
        assert discovery["code_challenge_methods_supported"] == ["S256"]
        keys = KeySet.import_key_set((await client.get("/oauth/jwks")).json())
        verifier, challenge = pkce_pair()
        # The sign-in page carries the nonce through to the ID token, like the hint does.
        page = await client.get(
            "/oauth/authorize",
            params={
                "client_id": CLIENT,
                "redirect_uri": REDIRECT_URI,
                "code_challenge": challenge,
                "code_challenge_method": "S256",
                "state": "s1",
                "nonce": "n-0123",
            },
        )
        assert 'name="nonce" value="n-0123"' in page.text
        form = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page.text))
        chosen = await client.post("/oauth/authorize", data={**form, "user_id": "demo-volunteer"})
        query = parse_qs(urlsplit(chosen.headers["location"]).query)
        assert query["iss"] == [simulator.url] and query["state"] == ["s1"]
        answer = await _token(
            client,
            grant_type="authorization_code",
            code=query["code"][0],
            redirect_uri=REDIRECT_URI,
            code_verifier=verifier,
        )
    claims = jwt.decode(answer.json()["id_token"], keys, algorithms=["ES256"]).claims
    assert claims["iss"] == simulator.url and claims["aud"] == CLIENT
    assert claims["nonce"] == "n-0123" and claims["sub"] == "demo-volunteer"
