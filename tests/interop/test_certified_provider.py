"""The console against a certified OpenID provider nobody on this project wrote (oidc-provider).

The real client core signs in through the provider (browser step: tests/interop/provider_kit's
UserAgent), reaches the real simulator with the provider's tokens, refreshes and signs out;
first with PKCE required, then with DPoP (nonces included), then with PAR and DPoP required.
Bad cases are refused with their own typed error kind (each has a translated message in the UI).
"""

import time
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest

from console.contract.enums import Role
from console.contract.resources import AuthInfo
from console.core.auth import Authenticator
from console.core.backoff import Backoff
from console.core.errors import CoreError, ErrorKind
from console.core.session import SessionOptions, ShiftSession
from console.core.tokens import MemoryTokenStore
from console.simulator.server import SimulatorServer
from tests.helpers import quiet_config
from tests.interop.provider_kit import RunningProvider, UserAgent, certified_provider

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["pkce", "dpop", "hardened"])
def provider(request: pytest.FixtureRequest) -> Iterator[RunningProvider]:
    with certified_provider(request.param) as running:
        yield running


@pytest.fixture
def pkce_provider() -> Iterator[RunningProvider]:
    with certified_provider("pkce") as running:
        yield running


def _backend(issuer: str) -> SimulatorServer:
    return SimulatorServer(quiet_config(external_issuer=issuer))


@pytest.fixture
async def agent() -> AsyncIterator[UserAgent]:
    user_agent = UserAgent()
    yield user_agent
    await user_agent.close()


def _options(url: str, browser: UserAgent, **extra: object) -> SessionOptions:
    return SessionOptions(
        backend_url=url,
        token_store=MemoryTokenStore(),
        open_browser=browser.open,
        backoff=Backoff(base_s=0.05, cap_s=0.5),
        **extra,  # type: ignore[arg-type]
    )


async def test_sign_in_reach_the_backend_refresh_and_sign_out(
    provider: RunningProvider, agent: UserAgent
) -> None:
    bound = provider.mode in ("dpop", "hardened")
    with _backend(provider.issuer) as simulator:
        options = _options(simulator.url, agent)
        session = ShiftSession(options)
        try:
            meta = await session.start()
            assert meta.auth.issuer == provider.issuer
            me = await session.api.me()
            assert me.id == "demo-volunteer" and Role.SUPERVISOR not in me.roles
            auth = session._auth
            assert auth is not None
            assert auth.token_type == ("DPoP" if bound else "Bearer")
            first_refresh = options.token_store.load(auth.account)
            first_access = await auth.access_token()
            if bound:
                # Bound to our key: the same token without its proof is refused.
                async with httpx.AsyncClient(base_url=simulator.url) as stolen:
                    replay = await stolen.get(
                        "/v1/me", headers={"Authorization": f"Bearer {first_access}"}
                    )
                assert replay.status_code == 401
            await auth.refresh(stale=first_access)
            assert await auth.access_token() != first_access
            rotated = options.token_store.load(auth.account)
            assert rotated and rotated != first_refresh
            assert (await session.api.me()).id == "demo-volunteer"
            await session.sign_out()
        finally:
            await session.close()
        assert await agent.finished() == ["callback", "signed out"]
        assert options.token_store.load(auth.account) is None
        # Revoked at the provider: the last refresh token no longer works there.
        if not bound:
            async with httpx.AsyncClient() as client:
                answer = await client.post(
                    f"{provider.issuer}/token",
                    data={
                        "grant_type": "refresh_token",
                        "refresh_token": rotated,
                        "client_id": "helpline-console",
                    },
                )
            assert answer.status_code == 400 and answer.json()["error"] == "invalid_grant"


async def test_the_role_claim_makes_a_coordinator_a_supervisor_in_the_simulator(
    pkce_provider: RunningProvider,
) -> None:
    browser = UserAgent(login="coordinator")
    with _backend(pkce_provider.issuer) as simulator:
        session = ShiftSession(_options(simulator.url, browser))
        try:
            await session.start()
            me = await session.api.me()
            assert me.id == "demo-supervisor" and Role.SUPERVISOR in me.roles
        finally:
            await session.close()
            await browser.close()


def _auth_info(issuer: str) -> AuthInfo:
    return AuthInfo(
        issuer=issuer,
        client_id="helpline-console",
        authorization_endpoint=f"{issuer}/auth",
        token_endpoint=f"{issuer}/token",
        revocation_endpoint=f"{issuer}/token/revocation",
        scopes=["openid", "offline_access"],
    )


async def _refused(
    issuer: str, browser: UserAgent, wall_clock: Callable[[], float] = time.time
) -> ErrorKind:
    authenticator = Authenticator(
        "http://127.0.0.1:9",
        _auth_info(issuer),
        MemoryTokenStore(),
        browser.open,
        wall_clock=wall_clock,
    )
    with pytest.raises(CoreError) as refused:
        await authenticator.sign_in()
    assert not authenticator.signed_in
    return refused.value.kind


async def test_a_backend_naming_another_issuer_is_refused(
    pkce_provider: RunningProvider, agent: UserAgent
) -> None:
    # Discovery answers for 127.0.0.1 when asked as localhost: the document names another issuer.
    wrong = pkce_provider.issuer.replace("127.0.0.1", "localhost")
    assert await _refused(wrong, agent) is ErrorKind.PROVIDER_MISCONFIGURED
    assert await _refused(pkce_provider.issuer + "/", agent) is ErrorKind.PROVIDER_MISCONFIGURED
    assert agent.visits == []  # refused before the browser was opened


async def test_an_expired_id_token_is_refused(
    pkce_provider: RunningProvider, agent: UserAgent
) -> None:
    # This PC's clock two hours ahead: the provider's fresh ID token is already expired here.
    kind = await _refused(pkce_provider.issuer, agent, wall_clock=lambda: time.time() + 7200)
    assert kind is ErrorKind.ID_TOKEN_INVALID
    assert await agent.finished() == ["callback"]


async def test_an_id_token_that_does_not_verify_against_the_jwks_is_refused(
    agent: UserAgent,
) -> None:
    with certified_provider("pkce", "--bad-signature") as impostor:
        assert await _refused(impostor.issuer, agent) is ErrorKind.ID_TOKEN_INVALID


async def test_a_redirect_with_another_state_is_refused(pkce_provider: RunningProvider) -> None:
    browser = UserAgent(tamper_state=True)
    try:
        assert await _refused(pkce_provider.issuer, browser) is ErrorKind.SIGN_IN_TAMPERED
        assert await browser.finished() == ["callback"]
    finally:
        await browser.close()


async def test_a_provider_that_is_down_is_refused_clearly(agent: UserAgent) -> None:
    with certified_provider("pkce") as gone:
        issuer = gone.issuer
    assert await _refused(issuer, agent) is ErrorKind.PROVIDER_UNREACHABLE
