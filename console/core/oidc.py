"""OpenID Connect discovery and ID-token checks, for whichever provider the backend names.

The backend says who its issuer is (`GET /v1/meta`); everything else comes from that issuer's
`/.well-known/openid-configuration` (OpenID Connect Discovery 1.0), read once and cached. A
document that does not name the very issuer we asked, or lacks what a native public client
needs, is refused with PROVIDER_MISCONFIGURED; a provider that cannot be reached with
PROVIDER_UNREACHABLE. ID tokens are checked with joserfc against the provider's JWKS (fetched
again once when a token names a key we do not know: providers rotate keys).

Runs on the core loop; `ProviderDirectory` is shared by one session's Authenticator.
"""

import logging
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
from joserfc import jwt
from joserfc.errors import (
    BadSignatureError,
    ExpiredTokenError,
    InvalidKeyIdError,
    JoseError,
    MissingClaimError,
)
from joserfc.jwk import KeySet
from pydantic import BaseModel, ConfigDict, ValidationError

from console.core.errors import CoreError, ErrorKind
from console.core.transport import USER_AGENT, check_backend_url, timeouts, tls_context

log = logging.getLogger(__name__)

DISCOVERY_PATH = "/.well-known/openid-configuration"
DISCOVERY_TTL_S = 3600.0
# Asymmetric algorithms only: "none" and HS* (a public client has no secret) never verify.
ID_TOKEN_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384")
CLOCK_LEEWAY_S = 60


class DiscoveryDocument(BaseModel):
    """The parts of a provider's metadata the console uses; everything else is ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    response_types_supported: list[str] = ["code"]
    code_challenge_methods_supported: list[str] | None = None
    id_token_signing_alg_values_supported: list[str] = ["RS256"]
    end_session_endpoint: str | None = None
    revocation_endpoint: str | None = None
    pushed_authorization_request_endpoint: str | None = None
    require_pushed_authorization_requests: bool = False
    dpop_signing_alg_values_supported: list[str] | None = None
    authorization_response_iss_parameter_supported: bool = False


@dataclass(frozen=True)
class ProviderMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    id_token_algorithms: tuple[str, ...]
    end_session_endpoint: str | None = None
    revocation_endpoint: str | None = None
    par_endpoint: str | None = None
    requires_par: bool = False
    dpop_algorithms: tuple[str, ...] = ()
    sends_iss: bool = False


def _misconfigured(issuer: str, problem: str) -> CoreError:
    return CoreError(ErrorKind.PROVIDER_MISCONFIGURED, f"identity provider {issuer}: {problem}")


def _endpoint(issuer: str, name: str, url: str | None) -> str | None:
    if url is None:
        return None
    try:
        check_backend_url(url)
    except (CoreError, ValueError):  # ValueError: not even a URL
        raise _misconfigured(issuer, f"{name} must be https (http only on this machine)") from None
    return url


def _required(issuer: str, name: str, url: str) -> str:
    checked = _endpoint(issuer, name, url)
    assert checked is not None
    return checked


def metadata_from_document(issuer: str, document: object) -> ProviderMetadata:
    """Validate a discovery document for `issuer` (Discovery 1.0 section 4.3: exact match)."""
    try:
        doc = DiscoveryDocument.model_validate(document)
    except ValidationError as error:
        where = ".".join(str(p) for p in error.errors()[0]["loc"])
        raise _misconfigured(issuer, f"discovery document is unusable ({where})") from None
    if doc.issuer != issuer:
        raise _misconfigured(issuer, "discovery document names another issuer")
    if "code" not in doc.response_types_supported:
        raise _misconfigured(issuer, "the authorization code flow is not offered")
    methods = doc.code_challenge_methods_supported
    if methods is not None and "S256" not in methods:
        raise _misconfigured(issuer, "PKCE with S256 is not offered")
    algorithms = tuple(
        a for a in doc.id_token_signing_alg_values_supported if a in ID_TOKEN_ALGORITHMS
    )
    if not algorithms:
        raise _misconfigured(issuer, "ID tokens are not signed with an accepted algorithm")
    par = doc.pushed_authorization_request_endpoint
    if doc.require_pushed_authorization_requests and par is None:
        raise _misconfigured(issuer, "requires pushed authorization requests but has no endpoint")
    return ProviderMetadata(
        issuer=issuer,
        authorization_endpoint=_required(
            issuer, "authorization_endpoint", doc.authorization_endpoint
        ),
        token_endpoint=_required(issuer, "token_endpoint", doc.token_endpoint),
        jwks_uri=_required(issuer, "jwks_uri", doc.jwks_uri),
        id_token_algorithms=algorithms,
        end_session_endpoint=_endpoint(issuer, "end_session_endpoint", doc.end_session_endpoint),
        revocation_endpoint=_endpoint(issuer, "revocation_endpoint", doc.revocation_endpoint),
        par_endpoint=_endpoint(issuer, "pushed_authorization_request_endpoint", par),
        requires_par=doc.require_pushed_authorization_requests,
        dpop_algorithms=tuple(doc.dpop_signing_alg_values_supported or ()),
        sends_iss=doc.authorization_response_iss_parameter_supported,
    )


@dataclass
class _Cached:
    """One issuer's cached metadata; read and replaced by the ProviderDirectory on the core thread
    only.
    """

    metadata: ProviderMetadata
    fetched_at: float
    keys: KeySet | None = None


@dataclass
class ProviderDirectory:
    """Discovery documents and key sets by issuer, cached for `ttl_s` (monotonic clock).

    Used by one session's Authenticator on the core thread only (no locking needed)."""

    ttl_s: float = DISCOVERY_TTL_S
    clock: Callable[[], float] = time.monotonic
    _cache: dict[str, _Cached] = field(default_factory=dict)

    async def metadata(self, issuer: str) -> ProviderMetadata:
        cached = self._cache.get(issuer)
        if cached is not None and self.clock() - cached.fetched_at < self.ttl_s:
            return cached.metadata
        try:
            check_backend_url(issuer)
        except (CoreError, ValueError):
            raise _misconfigured(
                issuer, "issuer must be https (http only on this machine)"
            ) from None
        document = await _get_json(issuer, issuer.rstrip("/") + DISCOVERY_PATH)
        metadata = metadata_from_document(issuer, document)
        self._cache[issuer] = _Cached(metadata, self.clock())
        return metadata

    async def keys(self, metadata: ProviderMetadata, *, fresh: bool = False) -> KeySet:
        cached = self._cache.get(metadata.issuer)
        if cached is not None and cached.keys is not None and not fresh:
            return cached.keys
        document = await _get_json(metadata.issuer, metadata.jwks_uri)
        try:
            keys = KeySet.import_key_set(document)  # type: ignore[arg-type]
        except (JoseError, ValueError, TypeError, KeyError):
            raise _misconfigured(metadata.issuer, "the JWKS is unusable") from None
        if cached is not None:
            cached.keys = keys
        return keys

    def forget(self, issuer: str) -> None:
        self._cache.pop(issuer, None)


async def _get_json(issuer: str, url: str) -> object:
    try:
        async with httpx.AsyncClient(
            timeout=timeouts(),
            verify=tls_context(),
            trust_env=False,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
        ) as client:
            response = await client.get(url)
    except httpx.TransportError as error:
        if _certificate_problem(error):
            raise CoreError(
                ErrorKind.UNTRUSTED_CERTIFICATE, f"identity provider {issuer}: certificate"
            ) from None
        raise CoreError(
            ErrorKind.PROVIDER_UNREACHABLE, f"identity provider {issuer}: no connection"
        ) from None
    if response.status_code >= 500:
        raise CoreError(
            ErrorKind.PROVIDER_UNREACHABLE,
            f"identity provider {issuer}: answered {response.status_code}",
        )
    if response.status_code != 200:
        raise _misconfigured(issuer, f"{url} answered {response.status_code}")
    try:
        return response.json()
    except ValueError:
        raise _misconfigured(issuer, f"{url} is not JSON") from None


def _certificate_problem(error: BaseException) -> bool:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, ssl.SSLCertVerificationError):
            return True
        cause = cause.__cause__ or cause.__context__
    return False


def _invalid(problem: str) -> CoreError:
    return CoreError(ErrorKind.ID_TOKEN_INVALID, f"ID token refused: {problem}")


async def verify_id_token(
    directory: ProviderDirectory,
    metadata: ProviderMetadata,
    id_token: str,
    *,
    client_id: str,
    nonce: str | None,
    now: float,
) -> dict[str, Any]:
    """Signature (JWKS), iss, aud (+azp), exp, iat and nonce (OIDC Core 3.1.3.7)."""
    keys = await directory.keys(metadata)
    try:
        try:
            token = jwt.decode(id_token, keys, algorithms=list(metadata.id_token_algorithms))
        except InvalidKeyIdError:
            keys = await directory.keys(metadata, fresh=True)  # the provider rotated its keys
            token = jwt.decode(id_token, keys, algorithms=list(metadata.id_token_algorithms))
    except BadSignatureError:
        raise _invalid("bad signature") from None
    except (JoseError, ValueError):
        raise _invalid("not a verifiable JWT") from None
    claims: dict[str, Any] = dict(token.claims)
    expected: dict[str, Any] = {
        "iss": {"essential": True, "value": metadata.issuer},
        "aud": {"essential": True, "value": client_id},
        "sub": {"essential": True},
        "exp": {"essential": True},
        "iat": {"essential": True},
    }
    if nonce is not None:
        expected["nonce"] = {"essential": True, "value": nonce}
    registry = jwt.JWTClaimsRegistry(now=int(now), leeway=CLOCK_LEEWAY_S, **expected)
    try:
        registry.validate(claims)
    except ExpiredTokenError:
        raise _invalid("expired (or this computer's clock is wrong)") from None
    except MissingClaimError as error:
        raise _invalid(f"missing {getattr(error, 'claim', 'a claim')}") from None
    except JoseError as error:
        raise _invalid(f"{getattr(error, 'claim', 'a claim')} does not match") from None
    if float(claims["iat"]) > now + CLOCK_LEEWAY_S:
        raise _invalid("issued in the future (or this computer's clock is wrong)")
    audience = claims["aud"]
    if isinstance(audience, list) and len(audience) > 1 and claims.get("azp") != client_id:
        raise _invalid("azp does not name this client")
    return claims
