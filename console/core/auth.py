"""Sign-in with OpenID Connect: authorization code + PKCE (S256), loopback redirect (RFC 8252).

The backend names the issuer and client id (`GET /v1/meta`); the provider's discovery document
names everything else (core/oidc.py). Authlib speaks OAuth; this module adds what a desktop
client needs around it: the loopback listener (core/loopback.py), the system browser (or,
against the embedded simulator, `login_hint` auto-approval through the very same redirect),
`state`, `nonce` and `iss` checks, ID-token verification, refresh before expiry with one refresh
at a time, a rotated refresh token saved before the old one is dropped, and sign-out at the
provider. Pushed authorization requests (RFC 9126) and DPoP (RFC 9449, core/dpop.py) are used
when the provider requires them or machine policy does.

Runs on the core loop; `on_signed_out` is called there too.
"""

import asyncio
import logging
import secrets
import time
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit

import httpx

from console.contract.resources import AuthInfo
from console.core.dpop import NONCE_ERROR, DPoPKey, choose_algorithm
from console.core.errors import CoreError, ErrorKind
from console.core.loopback import LoopbackReceiver
from console.core.oidc import ProviderDirectory, ProviderMetadata, verify_id_token
from console.core.tokens import TokenStore
from console.core.transport import USER_AGENT, check_backend_url, timeouts, tls_context

with warnings.catch_warnings():
    # Authlib warns about its own httpx integration module at import; nothing for us to do.
    warnings.simplefilter("ignore")
    from authlib.integrations.base_client.errors import OAuthError
    from authlib.integrations.httpx_client import AsyncOAuth2Client

log = logging.getLogger(__name__)

REFRESH_LEEWAY_S = 60.0
SIGN_IN_TIMEOUT_S = 300.0
T = TypeVar("T")


@dataclass(frozen=True)
class IdentityPolicy:
    """What machine policy pins (console/config); unset leaves it to the backend and provider."""

    issuer: str | None = None
    client_id: str | None = None
    require_par: bool = False
    require_dpop: bool = False


@dataclass
class Tokens:
    """Held and changed by the Authenticator on the core thread only."""

    access_token: str
    expires_at: float  # monotonic seconds
    refresh_token: str | None
    token_type: str = "Bearer"
    id_token: str | None = None
    subject: str | None = None


class Authenticator:
    """One backend's sign-in. Called on the core thread only."""

    def __init__(
        self,
        backend_url: str,
        auth: AuthInfo,
        token_store: TokenStore,
        open_browser: Callable[[str], object] | None = None,
        clock: Callable[[], float] = time.monotonic,
        *,
        policy: IdentityPolicy | None = None,
        providers: ProviderDirectory | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._backend = check_backend_url(backend_url)
        # What meta names is refused before anything is fetched from it.
        for endpoint in (
            auth.issuer,
            auth.authorization_endpoint,
            auth.token_endpoint,
            auth.revocation_endpoint,
        ):
            check_backend_url(endpoint)
        self._policy = policy or IdentityPolicy()
        if self._policy.issuer is not None and self._policy.issuer != auth.issuer:
            raise CoreError(ErrorKind.PROVIDER_NOT_ALLOWED, "the backend names another issuer")
        if self._policy.client_id is not None and self._policy.client_id != auth.client_id:
            raise CoreError(ErrorKind.PROVIDER_NOT_ALLOWED, "the backend names another client")
        self._auth = auth
        self._store = token_store
        self._open_browser = open_browser
        self._clock = clock
        self._wall_clock = wall_clock
        self._providers = providers or ProviderDirectory()
        self._dpop: DPoPKey | None = None
        self._tokens: Tokens | None = None
        self._refresh_lock = asyncio.Lock()
        self.on_signed_out: Callable[[], None] | None = None

    @property
    def account(self) -> str:
        return self._backend

    @property
    def signed_in(self) -> bool:
        return self._tokens is not None

    @property
    def token_type(self) -> str | None:
        return self._tokens.token_type if self._tokens else None

    # ------------------------------------------------------------ provider

    async def _provider(self) -> ProviderMetadata:
        metadata = await self._providers.metadata(self._auth.issuer)
        if self._policy.require_par and metadata.par_endpoint is None:
            raise CoreError(
                ErrorKind.PROVIDER_MISCONFIGURED, "policy requires PAR; the provider has none"
            )
        if self._dpop is None and (metadata.dpop_algorithms or self._policy.require_dpop):
            try:
                algorithm = choose_algorithm(metadata.dpop_algorithms)
            except CoreError:
                if self._policy.require_dpop:
                    raise
                return metadata  # offered, in algorithms we do not sign with: plain tokens
            self._dpop = DPoPKey(algorithm, self._wall_clock)
        return metadata

    def _uses_par(self, metadata: ProviderMetadata) -> bool:
        return metadata.requires_par or self._policy.require_par

    def _oauth(self, redirect_uri: str | None = None) -> AsyncOAuth2Client:
        """An OAuth client; the scope goes only with a sign-in (a refresh without one keeps the
        granted scope, RFC 6749 section 6; some providers refuse a repeated one)."""
        hooks: dict[str, list[Callable[..., Any]]] = {"request": [], "response": []}
        if self._dpop is not None:
            hooks = {"request": [self._dpop.sign_request], "response": [self._dpop.read_response]}
        return AsyncOAuth2Client(
            client_id=self._auth.client_id,
            token_endpoint_auth_method="none",
            revocation_endpoint_auth_method="none",
            scope=" ".join(self._auth.scopes) if redirect_uri else None,
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            timeout=timeouts(),
            verify=tls_context(),
            trust_env=False,
            headers={"User-Agent": USER_AGENT},
            event_hooks=hooks,
        )

    async def _nonce_retry(self, call: Callable[[], Awaitable[T]]) -> T:
        """One retry when the provider asks for a DPoP nonce (its hook already kept it)."""
        try:
            return await call()
        except OAuthError as error:
            if error.error != NONCE_ERROR or self._dpop is None:
                raise
            return await call()

    # ------------------------------------------------------------- sign-in

    async def sign_in(self, login_hint: str | None = None) -> None:
        """The full flow. With `login_hint` and no browser, the backend must auto-approve
        (the embedded simulator does in demo mode); the redirect still goes through our listener."""
        metadata = await self._provider()
        verifier = secrets.token_urlsafe(64)
        nonce = secrets.token_urlsafe(24)
        async with LoopbackReceiver() as receiver, self._oauth(receiver.redirect_uri) as oauth:
            extra = {"nonce": nonce}
            if login_hint:
                extra["login_hint"] = login_hint
            if self._dpop is not None:
                extra["dpop_jkt"] = self._dpop.thumbprint  # binds the code to our key
            url, state = oauth.create_authorization_url(
                metadata.authorization_endpoint, code_verifier=verifier, **extra
            )
            if self._uses_par(metadata):
                url = await self._push(oauth, metadata, url)
            if login_hint and self._open_browser is None:
                await self._follow_auto_approval(oauth, url)
            elif self._open_browser is not None:
                self._open_browser(url)
            else:
                raise CoreError(ErrorKind.SIGN_IN_FAILED, "no browser to sign in with")
            try:
                query = await receiver.wait(SIGN_IN_TIMEOUT_S)
            except TimeoutError:
                raise CoreError(ErrorKind.SIGN_IN_FAILED, "sign-in timed out") from None
            code = self._check_redirect(query, state, metadata)
            try:
                token = await self._nonce_retry(
                    lambda: oauth.fetch_token(
                        metadata.token_endpoint, code=code, code_verifier=verifier
                    )
                )
            except OAuthError as error:
                log.info("token exchange refused: %s", error.error)
                raise CoreError(ErrorKind.SIGN_IN_FAILED, "token exchange failed") from None
            except httpx.TransportError:
                raise CoreError(
                    ErrorKind.PROVIDER_UNREACHABLE, "token endpoint unreachable"
                ) from None
        token = dict(token)
        id_token = token.get("id_token")
        if not isinstance(id_token, str):
            raise CoreError(ErrorKind.ID_TOKEN_INVALID, "ID token refused: none was issued")
        claims = await verify_id_token(
            self._providers,
            metadata,
            id_token,
            client_id=self._auth.client_id,
            nonce=nonce,
            now=self._wall_clock(),
        )
        await self._accept(token, str(claims["sub"]))

    def _check_redirect(
        self, query: dict[str, list[str]], state: str, metadata: ProviderMetadata
    ) -> str:
        """The redirect must answer our request (state), from our provider (RFC 9207 iss)."""
        received = query.get("state", [""])[0]
        if not secrets.compare_digest(received.encode(), state.encode()):
            raise CoreError(ErrorKind.SIGN_IN_TAMPERED, "state in the redirect is not ours")
        issuer = query.get("iss")
        if (issuer is not None and issuer != [metadata.issuer]) or (
            issuer is None and metadata.sends_iss
        ):
            raise CoreError(ErrorKind.SIGN_IN_TAMPERED, "iss in the redirect is not our provider")
        if "error" in query:
            # Error codes are a fixed vocabulary (RFC 6749 4.1.2.1): safe to log.
            log.info("the provider refused the sign-in: %s", query["error"][0][:64])
            raise CoreError(ErrorKind.SIGN_IN_FAILED, "the provider refused the sign-in")
        if "code" not in query:
            raise CoreError(ErrorKind.SIGN_IN_FAILED, "no code in the redirect")
        return query["code"][0]

    async def _push(self, oauth: AsyncOAuth2Client, metadata: ProviderMetadata, url: str) -> str:
        """RFC 9126: the parameters go to the provider directly; the browser gets a handle."""
        assert metadata.par_endpoint is not None
        params = dict(parse_qsl(urlsplit(url).query))

        async def push() -> httpx.Response:
            response: httpx.Response = await oauth.request(
                "POST", metadata.par_endpoint, data=params, withhold_token=True
            )
            if response.status_code == 400 and _error_code(response) == NONCE_ERROR:
                raise OAuthError(NONCE_ERROR, "nonce required")
            return response

        try:
            response = await self._nonce_retry(push)
        except httpx.TransportError:
            raise CoreError(ErrorKind.PROVIDER_UNREACHABLE, "PAR endpoint unreachable") from None
        except OAuthError:
            raise CoreError(ErrorKind.SIGN_IN_FAILED, "pushed request refused") from None
        request_uri = _json_field(response, "request_uri") if response.status_code == 201 else None
        if request_uri is None:
            log.info("pushed authorization request refused: %s", _error_code(response))
            raise CoreError(ErrorKind.SIGN_IN_FAILED, "pushed authorization request refused")
        query = urlencode({"client_id": self._auth.client_id, "request_uri": request_uri})
        separator = "&" if "?" in metadata.authorization_endpoint else "?"
        return f"{metadata.authorization_endpoint}{separator}{query}"

    async def _follow_auto_approval(self, oauth: AsyncOAuth2Client, url: str) -> None:
        response = await oauth.request("GET", url, withhold_token=True)
        location = response.headers.get("location", "")
        if response.status_code != 302 or not location.startswith("http://127.0.0.1:"):
            raise CoreError(ErrorKind.SIGN_IN_FAILED, "the backend did not approve the login hint")
        # Plain http to our own listener: a (lazy) truststore context spares httpx loading its
        # own CA bundle, 20-40 ms of a start, for a connection that never uses TLS.
        async with httpx.AsyncClient(
            timeout=timeouts(), verify=tls_context(), trust_env=False
        ) as loopback:
            await loopback.get(location)

    async def restore(self) -> bool:
        """Sign in with a remembered refresh token, if there is one."""
        refresh = await asyncio.to_thread(self._store.load, self.account)
        if not refresh:
            return False
        await self._provider()
        try:
            await self._refresh_with(refresh, subject=None)
        except CoreError as error:
            if error.kind is ErrorKind.SIGN_IN_REQUIRED:
                return False
            raise
        return True

    async def _accept(self, token: dict[str, object], subject: str | None) -> None:
        access = str(token["access_token"])
        expires_in = float(token.get("expires_in", 300))  # type: ignore[arg-type]
        refresh = token.get("refresh_token")
        new_refresh = str(refresh) if refresh else None
        if new_refresh:
            # Store the rotated token before dropping the old one: a crash in between
            # must not leave the keychain with a token the backend has already retired.
            await asyncio.to_thread(self._store.save, self.account, new_refresh)
        id_token = token.get("id_token")
        previous = self._tokens
        self._tokens = Tokens(
            access,
            self._clock() + expires_in,
            new_refresh,
            token_type=str(token.get("token_type") or "Bearer"),
            id_token=str(id_token) if id_token else (previous.id_token if previous else None),
            subject=subject,
        )

    # -------------------------------------------------------------- tokens

    async def access_token(self) -> str:
        tokens = self._tokens
        if tokens is None:
            raise CoreError(ErrorKind.SIGN_IN_REQUIRED, "not signed in")
        if tokens.expires_at - REFRESH_LEEWAY_S > self._clock():
            return tokens.access_token
        return await self.refresh(stale=tokens.access_token)

    async def refresh(self, stale: str | None = None) -> str:
        """Refresh once, however many requests ask at the same moment."""
        async with self._refresh_lock:
            tokens = self._tokens
            if tokens is None:
                raise CoreError(ErrorKind.SIGN_IN_REQUIRED, "not signed in")
            if stale is not None and tokens.access_token != stale:
                return tokens.access_token  # someone else refreshed while we waited
            if not tokens.refresh_token:
                self._lost_session()
                raise CoreError(ErrorKind.SIGN_IN_REQUIRED, "no refresh token")
            await self._refresh_with(tokens.refresh_token, subject=tokens.subject)
            assert self._tokens is not None
            return self._tokens.access_token

    async def _refresh_with(self, refresh_token: str, subject: str | None) -> None:
        metadata = await self._provider()
        async with self._oauth() as oauth:
            try:
                token = await self._nonce_retry(
                    lambda: oauth.refresh_token(
                        metadata.token_endpoint, refresh_token=refresh_token
                    )
                )
            except OAuthError as error:
                log.info("refresh refused: %s", error.error)
                await asyncio.to_thread(self._store.delete, self.account)
                self._lost_session()
                raise CoreError(ErrorKind.SIGN_IN_REQUIRED, "session ended") from None
            except httpx.TransportError as error:
                raise CoreError(ErrorKind.OFFLINE, "token endpoint unreachable") from error
        token = dict(token)
        id_token = token.get("id_token")
        if isinstance(id_token, str):
            # OIDC Core 12.2: same issuer and subject; no nonce on a refresh.
            claims = await verify_id_token(
                self._providers,
                metadata,
                id_token,
                client_id=self._auth.client_id,
                nonce=None,
                now=self._wall_clock(),
            )
            if subject is not None and claims["sub"] != subject:
                raise CoreError(ErrorKind.ID_TOKEN_INVALID, "ID token refused: another subject")
            subject = str(claims["sub"])
        await self._accept(token, subject)

    def _lost_session(self) -> None:
        self._tokens = None
        if self.on_signed_out is not None:
            self.on_signed_out()

    # ------------------------------------------- requests to the backend API

    def bind_to(self, client: httpx.AsyncClient) -> None:
        """Make the backend client send DPoP proofs when our tokens are DPoP-bound.

        The API and stream code set `Authorization: Bearer <token>`; for a DPoP-bound token
        this turns that into `DPoP <token>` with a fresh proof for the very request."""
        client.event_hooks["request"].append(self._bind_request)
        client.event_hooks["response"].append(self._read_response)

    async def _bind_request(self, request: httpx.Request) -> None:
        tokens, key = self._tokens, self._dpop
        if tokens is None or key is None or tokens.token_type.lower() != "dpop":
            return
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or value != tokens.access_token:
            return
        request.headers["Authorization"] = f"DPoP {value}"
        request.headers["DPoP"] = key.proof(request.method, request.url, value)

    async def _read_response(self, response: httpx.Response) -> None:
        if self._dpop is not None:
            self._dpop.remember_nonce(response)

    # ------------------------------------------------------------ sign-out

    async def sign_out(self) -> None:
        """Revoke at the provider, end its session in the browser, forget it here, whatever
        the network does."""
        tokens, self._tokens = self._tokens, None
        try:
            metadata = await self._provider()
            endpoint = metadata.revocation_endpoint
            if tokens is not None and tokens.refresh_token and endpoint:
                async with self._oauth() as oauth:
                    await oauth.revoke_token(
                        endpoint, token=tokens.refresh_token, token_type_hint="refresh_token"
                    )
            if tokens is not None and tokens.id_token and metadata.end_session_endpoint:
                self._end_session(metadata.end_session_endpoint, tokens.id_token)
        except (OAuthError, httpx.HTTPError, CoreError):
            log.warning("sign-out at the provider failed; the local session is cleared anyway")
        finally:
            await asyncio.to_thread(self._store.delete, self.account)

    def _end_session(self, endpoint: str, id_token: str) -> None:
        """RP-initiated logout: the provider's session lives in the browser, so it goes there."""
        if self._open_browser is None:
            return
        query = urlencode({"id_token_hint": id_token, "client_id": self._auth.client_id})
        separator = "&" if "?" in endpoint else "?"
        self._open_browser(f"{endpoint}{separator}{query}")


def _error_code(response: httpx.Response) -> str:
    value = _json_field(response, "error")
    return value[:64] if value else f"status {response.status_code}"


def _json_field(response: httpx.Response, name: str) -> str | None:
    try:
        body = response.json()
    except ValueError:
        return None
    value = body.get(name) if isinstance(body, dict) else None
    return value if isinstance(value, str) else None
