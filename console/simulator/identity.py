"""The simulator's identity provider: authorization code + PKCE (S256), rotating refresh tokens.

Public client, loopback redirect URIs only (RFC 8252, see `is_loopback_redirect`). Refresh
tokens rotate on every use; a reused (already rotated) refresh token is treated as stolen and
revokes its whole family. It is an OpenID provider too: discovery, a JWKS and ES256-signed ID
tokens (joserfc), so the demo signs in through the same code as a real provider. Access tokens
stay opaque: only this simulator reads them.
"""

import base64
import hashlib
import re
import secrets
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from joserfc import jwt
from joserfc.jwk import ECKey

from console.simulator.clock import SimClock
from console.simulator.config import SimConfig
from console.simulator.external import ExternalIssuer

CLIENT_ID = "helpline-console"
SCOPES = ["openid", "profile", "routing"]
# The authority of a redirect URI, whole: a loopback IP literal and an optional port. Nothing
# else may stand there (no userinfo, no name, no other spelling of the address).
_LOOPBACK_AUTHORITY = re.compile(r"(?:127\.0\.0\.1|\[::1\])(?::(?P<port>[0-9]{1,5}))?")
_VISIBLE_ASCII = re.compile(r"[\x21-\x7e]+")


class OAuthError(Exception):
    """An RFC 6749 error, answered as {"error": ..., "error_description": ...}."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status


@dataclass
class AuthCode:
    agent_id: str
    redirect_uri: str
    challenge: str
    scope: str
    expires: float
    nonce: str | None = None


@dataclass
class TokenFamily:
    agent_id: str
    scope: str
    current_refresh: str
    used_refresh: set[str] = field(default_factory=set)
    access_tokens: set[str] = field(default_factory=set)
    revoked: bool = False


@dataclass
class AccessToken:
    family_id: str
    agent_id: str
    expires: float


def is_loopback_redirect(uri: str) -> bool:
    """True only for `http://127.0.0.1[:port]/...` or `http://[::1][:port]/...`.

    RFC 8252 (7.3, 8.3): native apps redirect to a loopback IP literal on any port. `localhost`
    is refused (the RFC advises against it: a name may resolve elsewhere), and so is userinfo
    (`http://127.0.0.1@evil.example/` goes to evil.example), a fragment (RFC 6749 3.1.2) and
    anything that is not visible ASCII (spaces, backslashes are left to a browser to guess).
    """
    if not _VISIBLE_ASCII.fullmatch(uri) or "\\" in uri:
        return False
    try:
        parts = urlsplit(uri)
    except ValueError:
        return False
    authority = _LOOPBACK_AUTHORITY.fullmatch(parts.netloc)
    if parts.scheme != "http" or authority is None or parts.fragment or "#" in uri:
        return False
    port = authority.group("port")
    return port is None or 1 <= int(port) <= 65535


def s256(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class IdentityProvider:
    def __init__(self, config: SimConfig, clock: SimClock) -> None:
        self._config = config
        self._clock = clock
        self._codes: dict[str, AuthCode] = {}
        self._families: dict[str, TokenFamily] = {}
        self._refresh_index: dict[str, str] = {}  # refresh token (current or used) -> family
        self._access: dict[str, AccessToken] = {}
        self.external = ExternalIssuer(config) if config.external_issuer else None
        # A new key per run: ID tokens of an earlier run must not verify.
        self._signing_key = ECKey.generate_key("P-256", auto_kid=True)

    def jwks(self) -> dict[str, object]:
        public = {**self._signing_key.as_dict(private=False), "use": "sig", "alg": "ES256"}
        return {"keys": [public]}

    def id_token(self, issuer: str, agent_id: str, nonce: str | None) -> str:
        # Wall-clock seconds (JWT NumericDate), not the simulated clock: clients compare them
        # with their own clock.
        now = int(time.time())
        claims: dict[str, object] = {
            "iss": issuer,
            "sub": agent_id,
            "aud": CLIENT_ID,
            "iat": now,
            "auth_time": now,
            "exp": now + int(self._config.access_token_ttl_s),
        }
        if nonce is not None:
            claims["nonce"] = nonce
        header = {"alg": "ES256", "typ": "JWT", "kid": self._signing_key.kid}
        return jwt.encode(header, claims, self._signing_key, algorithms=["ES256"])

    def issue_code(
        self,
        agent_id: str,
        redirect_uri: str,
        challenge: str,
        scope: str,
        nonce: str | None = None,
    ) -> str:
        code = secrets.token_urlsafe(24)
        expires = self._clock.monotonic() + self._config.auth_code_ttl_s
        self._codes[code] = AuthCode(agent_id, redirect_uri, challenge, scope, expires, nonce)
        return code

    def exchange_code(
        self, code: str, redirect_uri: str, client_id: str, verifier: str, issuer: str = ""
    ) -> tuple[str, dict[str, object]]:
        """Returns (agent id, token response)."""
        if client_id != CLIENT_ID:
            raise OAuthError("invalid_client", "unknown client", 401)
        grant = self._codes.pop(code, None)  # single use, even when the exchange fails
        if grant is None or grant.expires < self._clock.monotonic():
            raise OAuthError("invalid_grant", "authorization code unknown, used or expired")
        if grant.redirect_uri != redirect_uri:
            raise OAuthError("invalid_grant", "redirect_uri does not match the authorization")
        if not 43 <= len(verifier) <= 128 or s256(verifier) != grant.challenge:
            raise OAuthError("invalid_grant", "PKCE verification failed")
        family_id = secrets.token_hex(8)
        refresh = secrets.token_urlsafe(32)
        self._families[family_id] = TokenFamily(grant.agent_id, grant.scope, refresh)
        self._refresh_index[refresh] = family_id
        body = self._token_response(family_id, refresh)
        if "openid" in grant.scope.split() and issuer:
            body["id_token"] = self.id_token(issuer, grant.agent_id, grant.nonce)
        return grant.agent_id, body

    def refresh(self, refresh_token: str, client_id: str) -> dict[str, object]:
        if client_id != CLIENT_ID:
            raise OAuthError("invalid_client", "unknown client", 401)
        family_id = self._refresh_index.get(refresh_token)
        family = self._families.get(family_id) if family_id else None
        if family is None or family.revoked:
            raise OAuthError("invalid_grant", "refresh token unknown or revoked")
        if refresh_token != family.current_refresh:
            # Replay of a rotated token: someone else may hold it. Revoke the whole family.
            self._revoke_family(family)
            raise OAuthError("invalid_grant", "refresh token was already used")
        assert family_id is not None
        family.used_refresh.add(refresh_token)
        family.current_refresh = secrets.token_urlsafe(32)
        self._refresh_index[family.current_refresh] = family_id
        return self._token_response(family_id, family.current_refresh)

    def _token_response(self, family_id: str, refresh: str) -> dict[str, object]:
        family = self._families[family_id]
        access = secrets.token_urlsafe(32)
        ttl = self._config.access_token_ttl_s
        self._access[access] = AccessToken(
            family_id, family.agent_id, self._clock.monotonic() + ttl
        )
        family.access_tokens.add(access)
        return {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": int(ttl),
            "refresh_token": refresh,
            "scope": family.scope,
        }

    def revoke(self, token: str) -> None:
        """RFC 7009: unknown tokens are not an error. A refresh token takes its family with it."""
        family_id = self._refresh_index.get(token)
        if family_id is not None:
            self._revoke_family(self._families[family_id])
            return
        self._access.pop(token, None)

    def _revoke_family(self, family: TokenFamily) -> None:
        family.revoked = True
        for access in family.access_tokens:
            self._access.pop(access, None)
        family.access_tokens.clear()

    def revoke_agent(self, agent_id: str, family_of_token: str | None = None) -> None:
        """Logout: revoke the session the token belongs to."""
        if self.external is not None:
            self.external.forget(family_of_token or "")
        token = self._access.get(family_of_token or "")
        if token is not None:
            self._revoke_family(self._families[token.family_id])

    def authenticate(self, access_token: str) -> tuple[str | None, bool]:
        """Returns (agent id, expired). (None, False) means unknown or revoked."""
        token = self._access.get(access_token)
        if token is None:
            if self.external is not None:
                return self.external.verified_agent(
                    access_token, self._clock.now().timestamp()
                ), False
            return None, False
        if token.expires <= self._clock.monotonic():
            return None, True
        return token.agent_id, False

    def expire_access_tokens(self) -> int:
        now = self._clock.monotonic()
        for token in self._access.values():
            token.expires = min(token.expires, now)
        return len(self._access)

    def revoke_all_refresh_tokens(self) -> int:
        count = 0
        for family in self._families.values():
            if not family.revoked:
                self._revoke_family(family)
                count += 1
        return count
