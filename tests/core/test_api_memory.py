"""The routing API keeps nothing of an answer once it is parsed: no response, request or body
waits for Python's full garbage collection (each would hold what was sent or answered, a chat
line among them). Checked with the collector off: reference counting alone must free them."""

import gc
from collections.abc import Iterator

import httpx
import pytest

from console.contract.enums import Presence
from console.core.connection import Phase
from console.simulator.server import SimulatorServer
from tests.core.helpers import shift
from tests.core.waiting import until

pytestmark = pytest.mark.anyio


def live(kind: type) -> int:
    return sum(1 for item in gc.get_objects() if type(item) is kind)


@pytest.fixture
def no_cycle_collector() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


async def test_answers_are_freed_as_soon_as_they_are_parsed(
    simulator: SimulatorServer, no_cycle_collector: None
) -> None:
    async with shift(simulator.url) as session:
        await until(session, lambda: session.connection.phase is Phase.LIVE)
        api = session.api
        await api.me()  # whatever the first call sets up once
        responses, requests = live(httpx.Response), live(httpx.Request)
        for presence in (Presence.AVAILABLE, Presence.BUSY, Presence.AVAILABLE):
            await api.run_agent(api.presence(presence))
            await api.me()
        assert (live(httpx.Response), live(httpx.Request)) == (responses, requests)
