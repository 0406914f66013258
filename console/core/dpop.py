"""DPoP (RFC 9449): a key per session and a proof per request, so a stolen token is useless.

joserfc makes and signs the proof JWT; this module only says what goes in it. The key lives in
memory for the session (never on disk), so a DPoP-bound refresh token does not survive a
restart: the volunteer signs in again, which is the point of binding it.

Nonces (RFC 9449 sections 8 and 9): a server may answer `use_dpop_nonce` with a `DPoP-Nonce`
header; the newest nonce per origin is kept and sent with the next proof there.

Called on the core loop only (from httpx event hooks of the core's clients).
"""

import base64
import hashlib
import secrets
import time
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit

import httpx
from joserfc import jwt
from joserfc.jwk import ECKey, RSAKey

from console.core.errors import CoreError, ErrorKind

# In order of preference; the provider's dpop_signing_alg_values_supported picks among them.
SUPPORTED_ALGORITHMS = ("ES256", "PS256", "RS256")
NONCE_ERROR = "use_dpop_nonce"


def choose_algorithm(offered: tuple[str, ...]) -> str:
    for alg in SUPPORTED_ALGORITHMS:
        if alg in offered:
            return alg
    raise CoreError(
        ErrorKind.PROVIDER_MISCONFIGURED, "DPoP is required but offers no algorithm we sign with"
    )


def target_uri(url: str | httpx.URL) -> str:
    """The `htu` claim: the request URI without query and fragment (RFC 9449 4.2)."""
    parts = urlsplit(str(url))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def token_hash(access_token: str) -> str:
    digest = hashlib.sha256(access_token.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _origin(url: str | httpx.URL) -> str:
    parts = urlsplit(str(url))
    return f"{parts.scheme}://{parts.netloc}"


class DPoPKey:
    """One proof-of-possession key and the nonces servers gave us for it.

    Owned by the Authenticator; called on the core thread only
    (directly and from httpx hooks).
    """

    def __init__(self, algorithm: str = "ES256", clock: Callable[[], float] = time.time) -> None:
        self.algorithm = algorithm
        self._key: ECKey | RSAKey = (
            ECKey.generate_key("P-256") if algorithm == "ES256" else RSAKey.generate_key(2048)
        )
        self._clock = clock
        self._nonces: dict[str, str] = {}

    @property
    def thumbprint(self) -> str:
        """The `jkt` a server binds tokens to (RFC 7638 SHA-256 thumbprint)."""
        return self._key.thumbprint()

    def proof(self, method: str, url: str | httpx.URL, access_token: str | None = None) -> str:
        header = {
            "typ": "dpop+jwt",
            "alg": self.algorithm,
            "jwk": self._key.as_dict(private=False),
        }
        claims: dict[str, object] = {
            "jti": secrets.token_urlsafe(16),
            "htm": method.upper(),
            "htu": target_uri(url),
            "iat": int(self._clock()),
        }
        nonce = self._nonces.get(_origin(url))
        if nonce is not None:
            claims["nonce"] = nonce
        if access_token is not None:
            claims["ath"] = token_hash(access_token)
        return jwt.encode(header, claims, self._key, algorithms=[self.algorithm])

    def remember_nonce(self, response: httpx.Response) -> bool:
        """Keep a `DPoP-Nonce` the server sent; True when it is new (worth one retry)."""
        nonce: str | None = response.headers.get("dpop-nonce")
        if not nonce:
            return False
        origin = _origin(response.request.url)
        new: bool = self._nonces.get(origin) != nonce
        self._nonces[origin] = nonce
        return new

    # httpx event hooks for the clients that talk to the provider (token, PAR, revocation).

    async def sign_request(self, request: httpx.Request) -> None:
        request.headers["DPoP"] = self.proof(request.method, request.url)

    async def read_response(self, response: httpx.Response) -> None:
        self.remember_nonce(response)
