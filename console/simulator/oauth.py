"""OAuth and OpenID endpoints of the simulator's identity provider (outside the v1 API).

Discovery (`/.well-known/openid-configuration`) names the issuer as the simulator's own base
URL, the same one `GET /v1/meta` names, so the console discovers it like any provider.
"""

import html
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from console.simulator.directory import USERS
from console.simulator.identity import CLIENT_ID, SCOPES, OAuthError, is_loopback_redirect
from console.simulator.runtime import Simulator
from console.simulator.trust import login_hint_approves

router = APIRouter(prefix="/oauth", tags=["oauth"])
discovery_router = APIRouter(tags=["oauth"])


def issuer_of(request: Request) -> str:
    return str(request.base_url).rstrip("/")


async def _sim(request: Request) -> Simulator:
    sim: Simulator = request.app.state.sim
    return sim


Sim = Annotated[Simulator, Depends(_sim)]


def _oauth_error(error: OAuthError) -> JSONResponse:
    return JSONResponse(
        {"error": error.error, "error_description": error.description},
        status_code=error.status,
        headers={"Cache-Control": "no-store"},
    )


def _check_request(
    client_id: str, redirect_uri: str, response_type: str, method: str, challenge: str
) -> None:
    # Never redirect to an unchecked URI: these errors are shown, not redirected.
    if client_id != CLIENT_ID:
        raise OAuthError("invalid_client", "unknown client_id")
    if not is_loopback_redirect(redirect_uri):
        raise OAuthError("invalid_request", "redirect_uri must be an http loopback address")
    if response_type != "code":
        raise OAuthError("unsupported_response_type", "only the code flow is supported")
    if method != "S256" or not 43 <= len(challenge) <= 128:
        raise OAuthError("invalid_request", "PKCE with S256 is required")


def _redirect(
    request: Request,
    sim: Simulator,
    user_id: str,
    redirect_uri: str,
    challenge: str,
    state: str,
    scope: str,
    nonce: str | None,
) -> RedirectResponse:
    code = sim.identity.issue_code(user_id, redirect_uri, challenge, scope, nonce)
    sim.engine.sign_in(user_id)
    separator = "&" if "?" in redirect_uri else "?"
    # RFC 9207: the issuer in the response tells a client which provider answered.
    query = urlencode({"code": code, "state": state, "iss": issuer_of(request)})
    return RedirectResponse(f"{redirect_uri}{separator}{query}", status_code=302)


@router.get("/authorize", response_model=None)
async def authorize(
    request: Request,
    sim: Sim,
    client_id: str,
    redirect_uri: str,
    code_challenge: str,
    state: str,
    response_type: str = "code",
    code_challenge_method: str = "plain",
    scope: str = " ".join(SCOPES),
    login_hint: Annotated[str | None, Query()] = None,
    nonce: Annotated[str | None, Query(max_length=255)] = None,
) -> Response:
    try:
        _check_request(
            client_id, redirect_uri, response_type, code_challenge_method, code_challenge
        )
    except OAuthError as error:
        return _oauth_error(error)
    user = USERS.get(login_hint or "")
    # Beyond loopback a hint alone must not sign anyone in (as a supervisor, even): trust.py.
    approves = login_hint_approves(sim.config, request.headers.get("authorization"))
    if user is not None and user.signs_in and approves:
        return _redirect(request, sim, user.id, redirect_uri, code_challenge, state, scope, nonce)
    return HTMLResponse(
        _login_page(client_id, redirect_uri, code_challenge, state, scope, nonce or "")
    )


@router.post("/authorize", response_model=None)
async def authorize_submit(
    request: Request,
    sim: Sim,
    user_id: Annotated[str, Form()],
    client_id: Annotated[str, Form()],
    redirect_uri: Annotated[str, Form()],
    code_challenge: Annotated[str, Form()],
    state: Annotated[str, Form()],
    scope: Annotated[str, Form()] = " ".join(SCOPES),
    nonce: Annotated[str, Form(max_length=255)] = "",
) -> Response:
    try:
        _check_request(client_id, redirect_uri, "code", "S256", code_challenge)
    except OAuthError as error:
        return _oauth_error(error)
    user = USERS.get(user_id)
    if user is None or not user.signs_in:
        return _oauth_error(OAuthError("access_denied", "unknown demo user"))
    return _redirect(
        request, sim, user.id, redirect_uri, code_challenge, state, scope, nonce or None
    )


@router.post("/token", response_model=None)
async def token(
    request: Request,
    sim: Sim,
    grant_type: Annotated[str, Form()],
    client_id: Annotated[str, Form()],
    code: Annotated[str | None, Form()] = None,
    redirect_uri: Annotated[str | None, Form()] = None,
    code_verifier: Annotated[str | None, Form()] = None,
    refresh_token: Annotated[str | None, Form()] = None,
) -> Response:
    try:
        if grant_type == "authorization_code":
            if code is None or redirect_uri is None or code_verifier is None:
                raise OAuthError("invalid_request", "code, redirect_uri and code_verifier needed")
            _agent, body = sim.identity.exchange_code(
                code, redirect_uri, client_id, code_verifier, issuer_of(request)
            )
        elif grant_type == "refresh_token":
            if refresh_token is None:
                raise OAuthError("invalid_request", "refresh_token needed")
            body = sim.identity.refresh(refresh_token, client_id)
        else:
            raise OAuthError("unsupported_grant_type", "use authorization_code or refresh_token")
    except OAuthError as error:
        return _oauth_error(error)
    return JSONResponse(body, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})


@router.post("/revoke", response_model=None)
async def revoke(
    sim: Sim,
    token: Annotated[str, Form()],
    client_id: Annotated[str | None, Form()] = None,
    token_type_hint: Annotated[str | None, Form()] = None,
) -> Response:
    sim.identity.revoke(token)
    return Response(status_code=200)


@discovery_router.get("/.well-known/openid-configuration", response_model=None)
async def openid_configuration(request: Request) -> Response:
    issuer = issuer_of(request)
    return JSONResponse(
        {
            "issuer": issuer,
            "authorization_endpoint": f"{issuer}/oauth/authorize",
            "token_endpoint": f"{issuer}/oauth/token",
            "revocation_endpoint": f"{issuer}/oauth/revoke",
            "jwks_uri": f"{issuer}/oauth/jwks",
            "scopes_supported": SCOPES,
            "response_types_supported": ["code"],
            "grant_types_supported": ["authorization_code", "refresh_token"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["ES256"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["none"],
            "authorization_response_iss_parameter_supported": True,
        },
        headers={"Cache-Control": "max-age=300"},
    )


@router.get("/jwks", response_model=None)
async def jwks(sim: Sim) -> Response:
    return JSONResponse(sim.identity.jwks(), headers={"Cache-Control": "max-age=300"})


def _login_page(
    client_id: str, redirect_uri: str, challenge: str, state: str, scope: str, nonce: str
) -> str:
    hidden = "".join(
        f'<input type="hidden" name="{name}" value="{html.escape(value, quote=True)}">'
        for name, value in (
            ("client_id", client_id),
            ("redirect_uri", redirect_uri),
            ("code_challenge", challenge),
            ("state", state),
            ("scope", scope),
            ("nonce", nonce),
        )
    )
    buttons = "".join(
        f'<button name="user_id" value="{html.escape(u.id)}">{html.escape(u.display_name)}'
        f" ({html.escape(u.id)})</button><br>"
        for u in USERS.values()
        if u.signs_in
    )
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Routing simulator: sign in</title></head><body>"
        "<h1>Routing simulator</h1><p>Choose a demo user. This is a simulator, not a real "
        f"identity provider.</p><form method='post' action='/oauth/authorize'>{hidden}{buttons}"
        "</form></body></html>"
    )
