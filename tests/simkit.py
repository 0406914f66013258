"""A small independent client of the routing contract, for tests.

It knows only the contract (HTTP + SSE + OAuth PKCE), like any third-party client would.
"""

import asyncio
import base64
import hashlib
import json
import secrets
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from httpx_sse import aconnect_sse

REDIRECT_URI = "http://127.0.0.1:53682/callback"
WAIT_S = 10.0


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    digest = hashlib.sha256(verifier.encode()).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


async def authorize(client: httpx.AsyncClient, user: str, challenge: str, state: str) -> str:
    """Run /oauth/authorize with login_hint; return the code from the loopback redirect."""
    response = await client.get(
        "/oauth/authorize",
        params={
            "response_type": "code",
            "client_id": "helpline-console",
            "redirect_uri": REDIRECT_URI,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": state,
            "login_hint": user,
        },
    )
    assert response.status_code == 302, response.text
    query = parse_qs(urlsplit(response.headers["location"]).query)
    assert query["state"] == [state]
    return query["code"][0]


async def sign_in(client: httpx.AsyncClient, user: str) -> dict[str, Any]:
    verifier, challenge = pkce_pair()
    code = await authorize(client, user, challenge, secrets.token_urlsafe(8))
    response = await client.post(
        "/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": REDIRECT_URI,
            "client_id": "helpline-console",
            "code_verifier": verifier,
        },
    )
    assert response.status_code == 200, response.text
    tokens: dict[str, Any] = response.json()
    return tokens


@dataclass
class Session:
    """One signed-in agent: commands with idempotency keys, and the event stream."""

    client: httpx.AsyncClient
    tokens: dict[str, Any]
    events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens['access_token']}"}

    async def get(self, path: str, **kwargs: Any) -> httpx.Response:
        return await self.client.get(path, headers=self.auth, **kwargs)

    async def command(
        self, method: str, path: str, body: Any = None, key: str | None = None
    ) -> httpx.Response:
        headers = {**self.auth, "Idempotency-Key": key or str(uuid.uuid4())}
        return await self.client.request(method, path, json=body, headers=headers)

    async def ok(self, method: str, path: str, body: Any = None) -> dict[str, Any]:
        response = await self.command(method, path, body)
        assert response.status_code < 300, response.text
        result: dict[str, Any] = response.json() if response.content else {}
        return result


class EventStream:
    """Reads one SSE connection in a task; tests wait on what arrives."""

    def __init__(self) -> None:
        self.frames: asyncio.Queue[dict[str, Any] | None] = asyncio.Queue()
        self.received: list[dict[str, Any]] = []
        self.pings = 0
        self.retry_ms: int | None = None
        self.closed = asyncio.Event()

    async def next(self, timeout: float = WAIT_S) -> dict[str, Any] | None:
        return await asyncio.wait_for(self.frames.get(), timeout)

    async def wait_for(
        self, predicate: Callable[[dict[str, Any]], bool], timeout: float = WAIT_S
    ) -> dict[str, Any]:
        async with asyncio.timeout(timeout):
            while True:
                event = await self.frames.get()
                if event is None:
                    raise AssertionError("stream closed while waiting")
                if predicate(event):
                    return event

    async def wait_type(self, event_type: str, timeout: float = WAIT_S) -> dict[str, Any]:
        return await self.wait_for(lambda e: e["type"] == event_type, timeout)


@asynccontextmanager
async def open_stream(
    session: Session, last_event_id: int | None = None
) -> AsyncIterator[EventStream]:
    stream = EventStream()
    headers = dict(session.auth)
    if last_event_id is not None:
        headers["Last-Event-ID"] = str(last_event_id)
    opened = asyncio.Event()

    async def read() -> None:
        try:
            async with aconnect_sse(session.client, "GET", "/v1/events", headers=headers) as source:
                source.response.raise_for_status()
                opened.set()
                async for sse in source.aiter_sse():
                    if sse.retry is not None:
                        stream.retry_ms = sse.retry
                    if not sse.data:
                        continue
                    envelope = json.loads(sse.data)
                    assert str(envelope["id"]) == sse.id
                    stream.received.append(envelope)
                    await stream.frames.put(envelope)
        finally:
            opened.set()
            stream.closed.set()
            await stream.frames.put(None)

    task = asyncio.create_task(read())
    await asyncio.wait_for(opened.wait(), WAIT_S)
    try:
        yield stream
    finally:
        task.cancel()
        with suppress(asyncio.CancelledError, httpx.HTTPError):
            await task


@asynccontextmanager
async def connect(base_url: str, user: str = "demo-volunteer") -> AsyncIterator[Session]:
    timeout = httpx.Timeout(10.0, read=60.0)
    async with httpx.AsyncClient(base_url=base_url, timeout=timeout) as client:
        yield Session(client, await sign_in(client, user))


class Admin:
    def __init__(self, client: httpx.AsyncClient) -> None:
        self.client = client

    async def post(self, path: str, body: Any = None) -> Any:
        response = await self.client.post(f"/_sim{path}", json=body)
        assert response.status_code < 300, response.text
        return response.json()

    async def put(self, path: str, body: Any = None) -> Any:
        response = await self.client.put(f"/_sim{path}", json=body)
        assert response.status_code < 300, response.text
        return response.json()

    async def inject(self, **fields: Any) -> dict[str, Any]:
        result: dict[str, Any] = await self.post("/interactions", fields)
        return result

    async def commands(self) -> list[dict[str, Any]]:
        response = await self.client.get("/_sim/commands")
        result: list[dict[str, Any]] = response.json()
        return result
