"""Transport policy, keychain policy, runtime lifecycle, backoff: the core's safety rails."""

import asyncio
import random
import threading
from typing import Any

import httpx
import keyring.backend
import pytest
from keyring.backends import fail, null

from console.contract.enums import Presence
from console.contract.resources import AuthInfo
from console.core import session as session_module
from console.core.auth import Authenticator
from console.core.backoff import Backoff
from console.core.connection import Phase
from console.core.errors import CoreError, ErrorKind
from console.core.keychain import KeyringTokenStore, is_safe_backend
from console.core.runtime import CoreRuntime
from console.core.session import SessionOptions, ShiftSession
from console.core.tokens import MemoryTokenStore
from console.core.transport import check_backend_url
from console.simulator.server import SimulatorServer
from tests.core.helpers import shift
from tests.core.waiting import until
from tests.helpers import quiet_config

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "url",
    ["http://192.0.2.7:8080", "http://helpline.example", "ftp://127.0.0.1", "file:///etc/passwd"],
)
async def test_insecure_backends_are_refused_before_any_connection(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def must_not_connect(*_args: object) -> None:
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(session_module, "fetch_meta", must_not_connect)
    session = ShiftSession(SessionOptions(backend_url=url, token_store=MemoryTokenStore()))
    with pytest.raises(CoreError) as refused:
        await session.start()
    assert refused.value.kind is ErrorKind.INSECURE_BACKEND


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9", "http://[::1]:9", "http://localhost:9", "https://x.example"]
)
def test_loopback_http_and_any_https_are_allowed(url: str) -> None:
    assert check_backend_url(url) == url


def test_a_backend_cannot_send_sign_in_to_plain_http_elsewhere() -> None:
    auth = AuthInfo(
        issuer="http://127.0.0.1:1",
        client_id="c",
        authorization_endpoint="http://evil.example/authorize",
        token_endpoint="http://127.0.0.1:1/token",
        revocation_endpoint="http://127.0.0.1:1/revoke",
        scopes=[],
    )
    with pytest.raises(CoreError) as refused:
        Authenticator("http://127.0.0.1:1", auth, MemoryTokenStore())
    assert refused.value.kind is ErrorKind.INSECURE_BACKEND


class FakeKeychain(keyring.backend.KeyringBackend):
    """An in-memory OS keychain stand-in (the keychain is outside our process)."""

    priority = 1.0

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}
        self.writes: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes.append(password)
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


class PlaintextKeyring(FakeKeychain):
    pass


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring(), PlaintextKeyring()],  # type: ignore[no-untyped-call]
)
def test_unsafe_keyring_backends_are_refused(backend: Any) -> None:
    assert not is_safe_backend(backend)
    with pytest.raises(CoreError) as refused:
        KeyringTokenStore(backend)
    assert refused.value.kind is ErrorKind.KEYRING_REFUSED


async def test_refresh_tokens_live_in_the_keychain_and_rotate(simulator: SimulatorServer) -> None:
    keychain = FakeKeychain()
    store = KeyringTokenStore(keychain)
    async with shift(simulator.url, store=store) as first:
        assert first._auth is not None
        await first._auth.refresh()
    assert len(keychain.writes) == 2 and keychain.writes[0] != keychain.writes[1]
    stored = list(keychain.secrets.values())
    assert stored == [keychain.writes[-1]]  # only the newest, and nothing in memory outlives it
    # "Remember me": a new session starts from the keychain, no sign-in needed.
    options = SessionOptions(backend_url=simulator.url, token_store=store)
    session = ShiftSession(options)
    await session.start()
    try:
        assert session.store.me is not None and session.store.me.id == "demo-volunteer"
        await session.sign_out()
    finally:
        await session.close()
    assert keychain.secrets == {}  # logout deletes the keychain entry


async def test_sign_out_is_refused_with_an_open_contact(simulator: SimulatorServer) -> None:
    async with shift(simulator.url) as session:
        api = session.api
        await api.run_agent(api.presence(Presence.AVAILABLE))
        async with httpx.AsyncClient(base_url=simulator.url) as raw:
            await raw.post("/_sim/interactions", json={"channel": "voice", "age_group": "adult"})
        await until(session, lambda: bool(session.store.offers()))
        await api.run_interaction(api.accept(session.store.offers()[0].id))
        with pytest.raises(CoreError) as refused:
            await session.sign_out()
        assert refused.value.kind is ErrorKind.CONFLICT
        assert session.store.me is not None


@pytest.mark.parametrize("sim_config", [quiet_config(ping_interval_s=30)])
async def test_a_silent_stream_is_treated_as_dead(simulator: SimulatorServer) -> None:
    async with shift(simulator.url, heartbeat_s=0.3) as session:
        await until(session, lambda: session.connection.phase is Phase.LIVE)
        await until(session, lambda: session.connection.phase is Phase.RECONNECTING)
        assert session.connection.error is ErrorKind.TIMEOUT
        assert session.connection.next_attempt_at is not None


def test_backoff_is_full_jitter_with_cap_and_floor() -> None:
    backoff = Backoff(base_s=0.5, cap_s=30.0, rng=random.Random(7))
    delays = [backoff.next_delay() for _ in range(12)]
    ceilings = [min(30.0, 0.5 * 2**n) for n in range(12)]
    assert all(0 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    assert max(delays) > 2.0  # it does grow
    backoff.reset()
    backoff.floor_s = 2.0
    assert backoff.next_delay() == 2.0  # the server's retry: wins over a tiny jitter


def test_runtime_runs_coroutines_and_leaves_nothing_behind() -> None:
    runtime = CoreRuntime().start()
    assert runtime.submit(asyncio.sleep(0, result=42)).result(timeout=5) == 42
    forever = runtime.submit(asyncio.Event().wait())
    threads = [t.name for t in threading.enumerate()]
    assert "console-core" in threads
    runtime.stop()
    assert forever.cancelled()
    assert "console-core" not in [t.name for t in threading.enumerate()]
    assert not runtime.running
