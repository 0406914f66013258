"""Sign-in: OAuth 2.0 authorization code + PKCE (S256) with a loopback redirect (RFC 8252).

Authlib speaks OAuth; this module adds what a desktop client needs around it: a one-shot
loopback listener on 127.0.0.1 and a random port, the system browser (or, against the embedded
simulator, `login_hint` auto-approval through the very same redirect), refresh before expiry
with one refresh at a time, and a rotated refresh token saved before the old one is dropped.
"""

import asyncio
import contextlib
import logging
import secrets
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

import httpx

from console.contract.resources import AuthInfo
from console.core.errors import CoreError, ErrorKind
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

_DONE_PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Helpline Console</title></head>"
    "<body><p>Du er logget inn. Gå tilbake til Helpline Console.</p>"
    "<p>You are signed in. Return to Helpline Console.</p></body></html>"
)


@dataclass
class Tokens:
    access_token: str
    expires_at: float  # monotonic seconds
    refresh_token: str | None


class LoopbackReceiver:
    """Accepts exactly one redirect on 127.0.0.1:<random port> and hands over its query."""

    def __init__(self) -> None:
        self._result: asyncio.Future[dict[str, list[str]]] | None = None
        self._server: asyncio.Server | None = None
        self.redirect_uri = ""

    async def __aenter__(self) -> "LoopbackReceiver":
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.redirect_uri = f"http://127.0.0.1:{port}/callback"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def wait(self, timeout_s: float) -> dict[str, list[str]]:
        assert self._result is not None
        return await asyncio.wait_for(asyncio.shield(self._result), timeout_s)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request_line = await asyncio.wait_for(reader.readline(), 10)
            parts = request_line.decode("latin-1").split(" ")
            target = parts[1] if len(parts) >= 2 else ""
            query = parse_qs(urlsplit(target).query)
            found = urlsplit(target).path == "/callback" and ("code" in query or "error" in query)
            status = "200 OK" if found else "404 Not Found"
            body = _DONE_PAGE.encode() if found else b""
            writer.write(
                f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body
            )
            await writer.drain()
            if found and self._result is not None and not self._result.done():
                self._result.set_result(query)
        except (TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()


class Authenticator:
    def __init__(
        self,
        backend_url: str,
        auth: AuthInfo,
        token_store: TokenStore,
        open_browser: Callable[[str], object] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._backend = check_backend_url(backend_url)
        for endpoint in (
            auth.authorization_endpoint,
            auth.token_endpoint,
            auth.revocation_endpoint,
        ):
            check_backend_url(endpoint)
        self._auth = auth
        self._store = token_store
        self._open_browser = open_browser
        self._clock = clock
        self._tokens: Tokens | None = None
        self._refresh_lock = asyncio.Lock()
        self.on_signed_out: Callable[[], None] | None = None

    @property
    def account(self) -> str:
        return self._backend

    @property
    def signed_in(self) -> bool:
        return self._tokens is not None

    def _oauth(self, redirect_uri: str | None = None) -> AsyncOAuth2Client:
        return AsyncOAuth2Client(
            client_id=self._auth.client_id,
            token_endpoint_auth_method="none",
            revocation_endpoint_auth_method="none",
            scope=" ".join(self._auth.scopes),
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
            timeout=timeouts(),
            verify=tls_context(),
            trust_env=False,
            headers={"User-Agent": USER_AGENT},
        )

    async def sign_in(self, login_hint: str | None = None) -> None:
        """The full PKCE flow. With `login_hint` and no browser, the backend must auto-approve
        (the embedded simulator does in demo mode); the redirect still goes through our listener."""
        verifier = secrets.token_urlsafe(64)
        async with LoopbackReceiver() as receiver, self._oauth(receiver.redirect_uri) as oauth:
            extra = {"login_hint": login_hint} if login_hint else {}
            url, state = oauth.create_authorization_url(
                self._auth.authorization_endpoint, code_verifier=verifier, **extra
            )
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
            if query.get("state") != [state] or "code" not in query:
                raise CoreError(ErrorKind.SIGN_IN_FAILED, "sign-in was refused or tampered with")
            try:
                token = await oauth.fetch_token(
                    self._auth.token_endpoint, code=query["code"][0], code_verifier=verifier
                )
            except (OAuthError, httpx.HTTPError) as error:
                raise CoreError(ErrorKind.SIGN_IN_FAILED, "token exchange failed") from error
        await self._accept(dict(token))

    async def _follow_auto_approval(self, oauth: AsyncOAuth2Client, url: str) -> None:
        response = await oauth.request("GET", url, withhold_token=True)
        location = response.headers.get("location", "")
        if response.status_code != 302 or not location.startswith("http://127.0.0.1:"):
            raise CoreError(ErrorKind.SIGN_IN_FAILED, "the backend did not approve the login hint")
        async with httpx.AsyncClient(timeout=timeouts(), trust_env=False) as loopback:
            await loopback.get(location)

    async def restore(self) -> bool:
        """Sign in with a remembered refresh token, if there is one."""
        refresh = await asyncio.to_thread(self._store.load, self.account)
        if not refresh:
            return False
        try:
            await self._refresh_with(refresh)
        except CoreError as error:
            if error.kind is ErrorKind.SIGN_IN_REQUIRED:
                return False
            raise
        return True

    async def _accept(self, token: dict[str, object]) -> None:
        access = str(token["access_token"])
        expires_in = float(token.get("expires_in", 300))  # type: ignore[arg-type]
        refresh = token.get("refresh_token")
        new_refresh = str(refresh) if refresh else None
        if new_refresh:
            # Store the rotated token before dropping the old one: a crash in between
            # must not leave the keychain with a token the backend has already retired.
            await asyncio.to_thread(self._store.save, self.account, new_refresh)
        self._tokens = Tokens(access, self._clock() + expires_in, new_refresh)

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
            await self._refresh_with(tokens.refresh_token)
            assert self._tokens is not None
            return self._tokens.access_token

    async def _refresh_with(self, refresh_token: str) -> None:
        async with self._oauth() as oauth:
            try:
                token = await oauth.refresh_token(
                    self._auth.token_endpoint, refresh_token=refresh_token
                )
            except OAuthError as error:
                log.info("refresh refused: %s", error.error)
                await asyncio.to_thread(self._store.delete, self.account)
                self._lost_session()
                raise CoreError(ErrorKind.SIGN_IN_REQUIRED, "session ended") from None
            except httpx.TransportError as error:
                raise CoreError(ErrorKind.OFFLINE, "token endpoint unreachable") from error
        await self._accept(dict(token))

    def _lost_session(self) -> None:
        self._tokens = None
        if self.on_signed_out is not None:
            self.on_signed_out()

    async def sign_out(self) -> None:
        """Revoke the session at the backend and forget it here, whatever the network does."""
        tokens, self._tokens = self._tokens, None
        try:
            if tokens is not None and tokens.refresh_token:
                async with self._oauth() as oauth:
                    await oauth.revoke_token(
                        self._auth.revocation_endpoint,
                        token=tokens.refresh_token,
                        token_type_hint="refresh_token",
                    )
        except (OAuthError, httpx.HTTPError):
            log.warning("token revocation failed; the local session is cleared anyway")
        finally:
            await asyncio.to_thread(self._store.delete, self.account)
