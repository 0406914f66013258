"""Core test helpers: a shift on the real client core, the simulator's admin API."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx

from console.core.backoff import Backoff
from console.core.session import SessionOptions, ShiftSession
from console.core.tokens import MemoryTokenStore, TokenStore


@asynccontextmanager
async def shift(
    url: str,
    user: str = "demo-volunteer",
    store: TokenStore | None = None,
    heartbeat_s: float = 45.0,
) -> AsyncIterator[ShiftSession]:
    options = SessionOptions(
        backend_url=url,
        token_store=store or MemoryTokenStore(),
        login_hint=user,
        heartbeat_timeout_s=heartbeat_s,
        backoff=Backoff(base_s=0.05, cap_s=0.5),
    )
    session = ShiftSession(options)
    await session.start()
    try:
        yield session
    finally:
        await session.close()


@asynccontextmanager
async def admin(url: str) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=f"{url}/_sim", timeout=10) as client:
        yield client
