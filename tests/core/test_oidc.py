"""OpenID Connect in the core: discovery, ID-token checks, redirect checks, policy, DPoP proofs.

Against the real simulator's identity provider (its discovery, JWKS and ID tokens); the
certified-provider interop is in tests/interop.
"""

import time
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from console.contract.resources import AuthInfo
from console.core.auth import Authenticator, IdentityPolicy
from console.core.dpop import DPoPKey
from console.core.errors import CoreError, ErrorKind
from console.core.oidc import ProviderDirectory, metadata_from_document, verify_id_token
from console.core.tokens import MemoryTokenStore
from console.simulator.config import SimConfig
from console.simulator.external import ExternalIssuer
from console.simulator.server import SimulatorServer
from tests.simkit import sign_in

pytestmark = pytest.mark.anyio

ISSUER = "https://idp.example"
GOOD: dict[str, Any] = {
    "issuer": ISSUER,
    "authorization_endpoint": f"{ISSUER}/authorize",
    "token_endpoint": f"{ISSUER}/token",
    "jwks_uri": f"{ISSUER}/jwks",
    "response_types_supported": ["code"],
    "code_challenge_methods_supported": ["S256"],
    "id_token_signing_alg_values_supported": ["RS256"],
}


def test_a_complete_discovery_document_is_accepted() -> None:
    metadata = metadata_from_document(ISSUER, GOOD)
    assert metadata.token_endpoint == f"{ISSUER}/token" and not metadata.requires_par
    assert metadata.dpop_algorithms == ()


@pytest.mark.parametrize(
    "change",
    [
        {"issuer": ISSUER + "/"},  # the classic trailing-slash mismatch
        {"issuer": "https://evil.example"},
        {"code_challenge_methods_supported": ["plain"]},
        {"response_types_supported": ["id_token"]},
        {"id_token_signing_alg_values_supported": ["none", "HS256"]},
        {"token_endpoint": "http://idp.example/token"},
        {"require_pushed_authorization_requests": True},  # ... and no PAR endpoint
        {"jwks_uri": None},
    ],
)
def test_an_inconsistent_discovery_document_is_refused(change: dict[str, Any]) -> None:
    with pytest.raises(CoreError) as refused:
        metadata_from_document(ISSUER, {**GOOD, **change})
    assert refused.value.kind is ErrorKind.PROVIDER_MISCONFIGURED


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@given(
    st.one_of(
        json_values,
        st.dictionaries(st.sampled_from(sorted(GOOD)), json_values).map(lambda d: {**GOOD, **d}),
    )
)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_any_document_from_the_network_is_accepted_or_refused_as_misconfigured(
    document: object,
) -> None:
    try:
        metadata = metadata_from_document(ISSUER, document)
    except CoreError as error:
        assert error.kind is ErrorKind.PROVIDER_MISCONFIGURED
    else:
        assert metadata.issuer == ISSUER and metadata.id_token_algorithms


async def test_discovery_is_cached_and_fetched_again_after_its_lifetime(
    simulator: SimulatorServer,
) -> None:
    now = [0.0]
    directory = ProviderDirectory(ttl_s=60, clock=lambda: now[0])
    first = await directory.metadata(simulator.url)
    assert await directory.metadata(simulator.url) is first
    now[0] = 61
    again = await directory.metadata(simulator.url)
    assert again is not first and again == first


async def test_an_unreachable_provider_is_its_own_error() -> None:
    with pytest.raises(CoreError) as refused:
        await ProviderDirectory().metadata("http://127.0.0.1:9")
    assert refused.value.kind is ErrorKind.PROVIDER_UNREACHABLE


async def test_the_simulators_id_token_verifies_and_every_mismatch_is_refused(
    simulator: SimulatorServer,
) -> None:
    async with httpx.AsyncClient(base_url=simulator.url) as client:
        id_token = (await sign_in(client, "demo-volunteer"))["id_token"]
    directory = ProviderDirectory()
    metadata = await directory.metadata(simulator.url)
    now = time.time()
    claims = await verify_id_token(
        directory, metadata, id_token, client_id="helpline-console", nonce=None, now=now
    )
    assert claims["sub"] == "demo-volunteer"
    header, payload, signature = id_token.split(".")
    forged = f"{header}.{payload}.{signature[:-4]}AAAA"
    cases: list[tuple[str, str, str | None, float]] = [
        (id_token, "another-client", None, now),  # audience
        (id_token, "helpline-console", "a-nonce-we-sent", now),  # nonce missing
        (id_token, "helpline-console", None, now + 3 * 3600),  # expired (PC clock ahead)
        (forged, "helpline-console", None, now),  # signature
        ("not.a.jwt", "helpline-console", None, now),
    ]
    for token, client_id, nonce, at in cases:
        with pytest.raises(CoreError) as refused:
            await verify_id_token(
                directory, metadata, token, client_id=client_id, nonce=nonce, now=at
            )
        assert refused.value.kind is ErrorKind.ID_TOKEN_INVALID


def _auth(url: str, issuer: str | None = None) -> AuthInfo:
    return AuthInfo(
        issuer=issuer or url,
        client_id="helpline-console",
        authorization_endpoint=f"{url}/oauth/authorize",
        token_endpoint=f"{url}/oauth/token",
        revocation_endpoint=f"{url}/oauth/revoke",
        scopes=["openid"],
    )


async def test_machine_policy_pins_the_issuer_and_client(simulator: SimulatorServer) -> None:
    for policy in (
        IdentityPolicy(issuer="https://login.example/tenant/v2.0"),
        IdentityPolicy(client_id="another-client"),
    ):
        with pytest.raises(CoreError) as refused:
            Authenticator(simulator.url, _auth(simulator.url), MemoryTokenStore(), policy=policy)
        assert refused.value.kind is ErrorKind.PROVIDER_NOT_ALLOWED
    pinned = IdentityPolicy(issuer=simulator.url, client_id="helpline-console")
    authenticator = Authenticator(
        simulator.url, _auth(simulator.url), MemoryTokenStore(), policy=pinned
    )
    await authenticator.sign_in("demo-volunteer")
    assert authenticator.signed_in and authenticator.token_type == "Bearer"


async def test_policy_requiring_par_refuses_a_provider_without_it(
    simulator: SimulatorServer,
) -> None:
    policy = IdentityPolicy(require_par=True)
    authenticator = Authenticator(
        simulator.url, _auth(simulator.url), MemoryTokenStore(), policy=policy
    )
    with pytest.raises(CoreError) as refused:
        await authenticator.sign_in("demo-volunteer")
    assert refused.value.kind is ErrorKind.PROVIDER_MISCONFIGURED


@pytest.mark.parametrize(
    ("query", "kind"),
    [
        ({"code": ["c"], "state": ["forged"]}, ErrorKind.SIGN_IN_TAMPERED),
        ({"code": ["c"]}, ErrorKind.SIGN_IN_TAMPERED),
        (
            {"code": ["c"], "state": ["S"], "iss": ["https://evil.example"]},
            ErrorKind.SIGN_IN_TAMPERED,
        ),
        ({"code": ["c"], "state": ["S"]}, ErrorKind.SIGN_IN_TAMPERED),  # iss promised, missing
        ({"error": ["access_denied"], "state": ["S"], "iss": [ISSUER]}, ErrorKind.SIGN_IN_FAILED),
    ],
)
def test_a_redirect_that_does_not_answer_our_request_is_refused(
    query: dict[str, list[str]], kind: ErrorKind
) -> None:
    metadata = metadata_from_document(
        ISSUER, {**GOOD, "authorization_response_iss_parameter_supported": True}
    )
    authenticator = Authenticator("https://backend.example", _auth(ISSUER), MemoryTokenStore())
    with pytest.raises(CoreError) as refused:
        authenticator._check_redirect(query, "S", metadata)
    assert refused.value.kind is kind
    good = {"code": ["c"], "state": ["S"], "iss": [ISSUER]}
    assert authenticator._check_redirect(good, "S", metadata) == "c"


def test_a_dpop_proof_is_accepted_once_for_its_own_request_only() -> None:
    key = DPoPKey()
    verifier = ExternalIssuer(SimConfig(external_issuer=ISSUER))
    url = "https://backend.example/v1/me"
    proof = key.proof("GET", url + "?x=1", "access-1")
    now = time.time()
    assert verifier._check_proof(proof, key.thumbprint, "access-1", "GET", url, now) == ""
    assert "replayed" in verifier._check_proof(proof, key.thumbprint, "access-1", "GET", url, now)
    fresh = key.proof("GET", url, "access-1")
    assert verifier._check_proof(fresh, key.thumbprint, "access-1", "POST", url, now)
    assert verifier._check_proof(fresh, key.thumbprint, "access-2", "GET", url, now)
    assert verifier._check_proof(fresh, DPoPKey().thumbprint, "access-1", "GET", url, now)
    assert verifier._check_proof(fresh, key.thumbprint, "access-1", "GET", url, now + 600)
