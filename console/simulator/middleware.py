"""Request guard for the public API: faults, body limit, idempotency and the command log.

Pure ASGI so it sees the raw body (for the idempotency fingerprint and the size limit) and can
replay a stored response byte for byte. The command log records who did what and the answer,
never a request body: even simulated chat text stays out of logs.
"""

import asyncio
import hashlib
import json
import re
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from console.contract.problems import PROBLEM_MEDIA_TYPE, ProblemType
from console.simulator.clock import SimClock
from console.simulator.config import SimConfig
from console.simulator.identity import IdentityProvider
from console.simulator.problems import ApiProblem
from console.simulator.routes_table import RouteTable

MUTATING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
_KEY_PATTERN = re.compile(r"^[\x21-\x7e]{1,255}$")


@dataclass
class Faults:
    fail_next: int = 0
    fail_status: int = 503
    latency_s: float = 0.0


@dataclass
class StoredResponse:
    fingerprint: str
    expires: float
    status: int = 0
    headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    body: bytes = b""
    done: asyncio.Event = field(default_factory=asyncio.Event)


@dataclass(frozen=True)
class CommandRecord:
    time: str
    agent_id: str | None
    method: str
    path: str
    idempotency_key: str | None
    status: int
    replayed: bool
    injected_fault: bool

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def problem_bytes(problem: ApiProblem, instance: str) -> bytes:
    return json.dumps(problem.body(instance)).encode()


async def send_problem(send: Send, problem: ApiProblem, instance: str) -> tuple[int, bool, bool]:
    body = problem_bytes(problem, instance)
    headers = [
        (b"content-type", PROBLEM_MEDIA_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
    ]
    if problem.status == 503:
        headers.append((b"retry-after", b"1"))
    await send({"type": "http.response.start", "status": problem.status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
    return problem.status, False, False


@dataclass(frozen=True)
class _Call:
    path: str
    method: str
    key: str | None
    agent_id: str | None
    content_length: str | None


class RequestGuard:
    def __init__(
        self,
        app: ASGIApp,
        config: SimConfig,
        clock: SimClock,
        identity: IdentityProvider,
        faults: Faults,
        command_log: "deque[CommandRecord]",
        routes: RouteTable,
    ) -> None:
        self.routes = routes
        self.app = app
        self.config = config
        self.clock = clock
        self.identity = identity
        self.faults = faults
        self.command_log = command_log
        self.store: dict[tuple[str, str], StoredResponse] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        call = _Call(
            path=scope["path"],
            method=scope["method"],
            key=headers.get("idempotency-key"),
            agent_id=self._agent(headers.get("authorization", "")),
            content_length=headers.get("content-length"),
        )
        status, replayed, injected = await self._handle(scope, receive, send, call)
        if call.method in MUTATING:
            self.command_log.append(
                CommandRecord(
                    self.clock.now().isoformat(),
                    call.agent_id,
                    call.method,
                    call.path,
                    call.key,
                    status,
                    replayed,
                    injected,
                )
            )

    async def _handle(
        self, scope: Scope, receive: Receive, send: Send, call: "_Call"
    ) -> tuple[int, bool, bool]:
        """Answer one request; returns (status, replayed, injected fault)."""
        if self.faults.latency_s > 0:
            await asyncio.sleep(self.faults.latency_s)
        if self.faults.fail_next > 0:
            self.faults.fail_next -= 1
            await self._send_fault(send, call.path)
            return self.faults.fail_status, False, True
        body = await self._read_body(receive, call.content_length)
        if body is None:
            return await send_problem(send, ApiProblem(ProblemType.BODY_TOO_LARGE), call.path)
        replay_receive = _replaying(body, receive)
        if call.method not in MUTATING:
            return await self._forward(scope, replay_receive, send, None), False, False
        if (
            call.key is None
            or not _KEY_PATTERN.match(call.key)
            or call.agent_id is None
            or call.method not in self.routes.allowed(call.path)
        ):
            # Nothing to remember: routing answers 404/405, authentication 401, and the
            # route's own header validation refuses a missing or bad key before it runs.
            return await self._forward(scope, replay_receive, send, None), False, False
        return await self._idempotent(scope, replay_receive, send, call, body)

    async def _idempotent(
        self, scope: Scope, receive: Receive, send: Send, call: "_Call", body: bytes
    ) -> tuple[int, bool, bool]:
        assert call.agent_id is not None and call.key is not None
        self._expire_old()
        store_key = (call.agent_id, call.key)
        fingerprint = hashlib.sha256(f"{call.method} {call.path}\n".encode() + body).hexdigest()
        stored = self.store.get(store_key)
        if stored is not None:
            if stored.fingerprint != fingerprint:
                problem = ApiProblem(ProblemType.IDEMPOTENCY_KEY_REUSED)
                return await send_problem(send, problem, call.path)
            await stored.done.wait()  # a concurrent duplicate waits for the first answer
            if stored.status:
                await self._replay(send, stored)
                return stored.status, True, False
        stored = StoredResponse(fingerprint, self.clock.monotonic() + self.config.idempotency_ttl_s)
        self.store[store_key] = stored
        try:
            status = await self._forward(scope, receive, send, stored)
        finally:
            stored.done.set()
        if status == 401 or status >= 500:
            # Not executed: a retry with the same key must run for real.
            self.store.pop(store_key, None)
            stored.status = 0
        return status, False, False

    async def _send_fault(self, send: Send, path: str) -> None:
        status = self.faults.fail_status
        problem = ApiProblem(ProblemType.SERVICE_UNAVAILABLE, "injected fault")
        body = json.dumps({**problem.body(path), "status": status}).encode()
        headers = [(b"content-type", PROBLEM_MEDIA_TYPE.encode()), (b"retry-after", b"1")]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _agent(self, authorization: str) -> str | None:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() not in ("bearer", "dpop") or not token:
            return None
        agent_id, _expired = self.identity.authenticate(token.strip())
        return agent_id

    def _expire_old(self) -> None:
        now = self.clock.monotonic()
        for store_key in [k for k, v in self.store.items() if v.expires < now and v.done.is_set()]:
            del self.store[store_key]

    async def _read_body(self, receive: Receive, declared: str | None) -> bytes | None:
        limit = self.config.max_body_bytes
        if declared is not None and declared.isdigit() and int(declared) > limit:
            return None
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    async def _forward(
        self, scope: Scope, receive: Receive, send: Send, stored: StoredResponse | None
    ) -> int:
        status = 500

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                if stored is not None:
                    stored.status = status
                    stored.headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body" and stored is not None:
                stored.body += message.get("body", b"")
            await send(message)

        await self.app(scope, receive, capture)
        return status

    async def _replay(self, send: Send, stored: StoredResponse) -> None:
        headers = [h for h in stored.headers if h[0].lower() != b"content-length"]
        headers.append((b"content-length", str(len(stored.body)).encode()))
        headers.append((b"idempotent-replayed", b"true"))
        await send({"type": "http.response.start", "status": stored.status, "headers": headers})
        await send({"type": "http.response.body", "body": stored.body})


def _replaying(body: bytes, receive: Receive) -> Receive:
    """Hand the already-read body to the app, then pass on the real connection's messages
    (so a streaming response still learns when the client goes away)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay
