"""Access tokens from an external OpenID provider (Entra ID, ID-porten, oidc-provider, ...).

When `SimConfig.external_issuer` is set, `/v1/meta` names that issuer and client id, and the
API accepts JWT access tokens (RFC 9068 shape) the issuer signed: signature against its JWKS
(fetched from its discovery document, again once for an unknown key id), `iss`, `aud`, `exp`.
A token bound to a DPoP key (`cnf.jkt`) is accepted only as `Authorization: DPoP` with a valid
proof for this very request (RFC 9449 section 7): method, URI, age, access-token hash, key
thumbprint, and a `jti` not seen before.

The role claim (`external_role_claim`) picks who the person is *in the simulator*: its world has
a fixed cast of fictional staff, so a real person signing in becomes the demo volunteer or the
demo supervisor. The contract has no coordinator role yet: `coordinator` maps to supervisor.

Runs on the simulator's event loop. The simulator's own opaque tokens stay in identity.py.
"""

import base64
import hashlib
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
from joserfc import jws, jwt
from joserfc.errors import ExpiredTokenError, InvalidKeyIdError, JoseError
from joserfc.jwk import ECKey, KeySet, RSAKey

from console.simulator.config import SimConfig

log = logging.getLogger(__name__)

ACCESS_TOKEN_ALGORITHMS = ["RS256", "PS256", "ES256", "RS384", "PS384", "ES384", "EdDSA"]
PROOF_ALGORITHMS = ("ES256", "PS256", "RS256")
PROOF_MAX_AGE_S = 60
SEEN_JTI_LIMIT = 10_000
JWKS_REFETCH_MIN_S = 30.0
# Role claim values (case-insensitive; the part after the last "." so app roles such as
# "Helpline.Supervisor" work) -> the simulator's demo user of that role.
AGENT_BY_ROLE = {
    "volunteer": "demo-volunteer",
    "supervisor": "demo-supervisor",
    "coordinator": "demo-supervisor",  # no coordinator role in the contract yet
}
_RANK = ("volunteer", "supervisor", "coordinator")


@dataclass(frozen=True)
class ExternalAuth:
    """The answer for one request: who, or why not."""

    agent_id: str | None
    expired: bool = False
    reason: str = ""


class ProviderUnavailable(Exception):
    """The external provider's discovery or JWKS could not be read."""


def agent_for_roles(value: object) -> str | None:
    values = value if isinstance(value, list) else [value]
    roles = {str(v).rsplit(".", 1)[-1].lower() for v in values if isinstance(v, str)}
    best = [r for r in _RANK if r in roles]
    return AGENT_BY_ROLE[best[-1]] if best else None


def _b64_sha256(text: str) -> str:
    digest = hashlib.sha256(text.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


class ExternalIssuer:
    """The external issuer's keys and the checks of its tokens; on the simulator's loop only."""

    def __init__(self, config: SimConfig) -> None:
        assert config.external_issuer is not None
        self.issuer = config.external_issuer
        self.client_id = config.external_client_id
        self.audience = config.external_audience or config.external_client_id
        self.role_claim = config.external_role_claim
        self.scopes = list(config.external_scopes)
        self._document: dict[str, Any] | None = None
        self._keys: KeySet | None = None
        self._keys_loaded_at = float("-inf")
        self._seen_jti: OrderedDict[str, None] = OrderedDict()
        self._verified: OrderedDict[str, tuple[str, float]] = OrderedDict()

    async def document(self) -> dict[str, Any]:
        if self._document is None:
            url = self.issuer.rstrip("/") + "/.well-known/openid-configuration"
            body = await self._get(url)
            if not isinstance(body, dict) or body.get("issuer") != self.issuer:
                raise ProviderUnavailable("discovery document names another issuer")
            self._document = body
        return self._document

    async def _load_keys(self) -> KeySet:
        document = await self.document()
        body = await self._get(str(document["jwks_uri"]))
        try:
            self._keys = KeySet.import_key_set(body)  # type: ignore[arg-type]
            self._keys_loaded_at = time.monotonic()
        except (JoseError, ValueError, TypeError, KeyError) as error:
            raise ProviderUnavailable("unusable JWKS") from error
        return self._keys

    async def _get(self, url: str) -> object:
        try:
            async with httpx.AsyncClient(timeout=10, trust_env=False) as client:
                response = await client.get(url)
                response.raise_for_status()
                return response.json()
        except (httpx.HTTPError, ValueError) as error:
            raise ProviderUnavailable(f"{url} unreadable") from error

    async def authenticate(
        self,
        scheme: str,
        token: str,
        proof: str | None,
        method: str,
        url: str,
        now: float,
    ) -> ExternalAuth:
        try:
            claims = await self._verified_claims(token, now)
        except ExpiredTokenError:
            return ExternalAuth(None, expired=True)
        except (JoseError, ValueError) as error:
            return ExternalAuth(None, reason=f"token refused ({type(error).__name__})")
        except ProviderUnavailable:
            return ExternalAuth(None, reason="the external issuer cannot be reached")
        jkt = (claims.get("cnf") or {}).get("jkt") if isinstance(claims.get("cnf"), dict) else None
        if jkt is not None:
            if scheme.lower() != "dpop" or proof is None:
                return ExternalAuth(None, reason="a DPoP-bound token needs a DPoP proof")
            problem = self._check_proof(proof, jkt, token, method, url, time.time())
            if problem:
                return ExternalAuth(None, reason=f"DPoP proof refused: {problem}")
        elif scheme.lower() != "bearer":
            return ExternalAuth(None, reason="not a DPoP-bound token")
        agent = agent_for_roles(claims.get(self.role_claim))
        if agent is None:
            return ExternalAuth(None, reason=f"no helpline role in claim {self.role_claim}")
        self._verified[token] = (agent, float(claims["exp"]))
        while len(self._verified) > SEEN_JTI_LIMIT:
            self._verified.popitem(last=False)
        return ExternalAuth(agent)

    def verified_agent(self, token: str, now: float) -> str | None:
        """Who a token already verified by `authenticate` belongs to (the request guard's
        idempotency scope needs it before the route runs; nothing is trusted unverified)."""
        known = self._verified.get(token)
        return known[0] if known is not None and known[1] > now else None

    def forget(self, token: str) -> None:
        self._verified.pop(token, None)

    async def _verified_claims(self, token: str, now: float) -> dict[str, Any]:
        keys = self._keys or await self._load_keys()
        try:
            decoded = jwt.decode(token, keys, algorithms=ACCESS_TOKEN_ALGORITHMS)
        except InvalidKeyIdError:
            # The provider may have rotated its keys; tokens with made-up key ids must not
            # make us fetch the JWKS for each of them.
            if time.monotonic() - self._keys_loaded_at < JWKS_REFETCH_MIN_S:
                raise
            decoded = jwt.decode(token, await self._load_keys(), algorithms=ACCESS_TOKEN_ALGORITHMS)
        claims = dict(decoded.claims)
        jwt.JWTClaimsRegistry(
            now=int(now),
            leeway=30,
            iss={"essential": True, "value": self.issuer},
            aud={"essential": True, "value": self.audience},
            exp={"essential": True},
        ).validate(claims)
        return claims

    def _check_proof(
        self, proof: str, jkt: str, token: str, method: str, url: str, now: float
    ) -> str:
        try:
            header = jws.extract_compact(proof.encode("ascii")).protected
            alg, jwk = header.get("alg"), header.get("jwk")
            if header.get("typ") != "dpop+jwt" or alg not in PROOF_ALGORITHMS:
                return "wrong typ or alg"
            if not isinstance(jwk, dict) or "d" in jwk:
                return "no public key"
            key = ECKey.import_key(jwk) if jwk.get("kty") == "EC" else RSAKey.import_key(jwk)
            claims = dict(jwt.decode(proof, key, algorithms=[str(alg)]).claims)
        except (JoseError, ValueError, TypeError, UnicodeEncodeError):
            return "not a valid signed JWT"
        if key.thumbprint() != jkt:
            return "signed by another key than the token is bound to"
        if claims.get("htm") != method or claims.get("htu") != _without_query(url):
            return "for another request"
        iat = claims.get("iat")
        if not isinstance(iat, int | float) or abs(now - iat) > PROOF_MAX_AGE_S:
            return "too old or from the future"
        if claims.get("ath") != _b64_sha256(token):
            return "for another access token"
        jti = claims.get("jti")
        if not isinstance(jti, str) or jti in self._seen_jti:
            return "replayed"
        self._seen_jti[jti] = None
        while len(self._seen_jti) > SEEN_JTI_LIMIT:
            self._seen_jti.popitem(last=False)
        return ""
