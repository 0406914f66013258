"""Wait for a condition on a session, woken by its own notifications (never by sleeping)."""

import asyncio
from collections.abc import Callable

from console.core.session import ShiftSession

WAIT_S = 10.0


async def until(
    session: ShiftSession, condition: Callable[[], bool], timeout: float = WAIT_S
) -> None:
    changed = asyncio.Event()
    session.store.subscribe(lambda _changes: changed.set())
    session.on_connection.append(lambda _state: changed.set())
    session.on_outbox.append(lambda _message: changed.set())
    async with asyncio.timeout(timeout):
        while not condition():
            changed.clear()
            await changed.wait()
