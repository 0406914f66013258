"""Chat lines written while the connection was down reach the caller in the order written."""

import asyncio
from collections.abc import Iterator

import pytest

from console.contract.enums import Presence, Sender
from console.core.commands import Command
from console.core.connection import Phase
from console.core.outbox import OutboxState
from console.simulator.config import SimConfig
from console.simulator.server import SimulatorServer
from tests.core.helpers import admin, shift
from tests.core.waiting import until
from tests.faults.proxy import FaultProxy
from tests.helpers import quiet_config

pytestmark = pytest.mark.anyio
SLOW_WIRE_S = 0.3  # the first resend's extra time on the wire


@pytest.fixture
def sim_config() -> SimConfig:
    return quiet_config(ping_interval_s=0.3, retry_ms=100)


@pytest.fixture
def proxy(simulator: SimulatorServer) -> Iterator[FaultProxy]:
    with FaultProxy(simulator.url) as running:
        yield running


async def test_lines_written_in_an_outage_go_out_in_order_even_if_the_first_is_slow(
    simulator: SimulatorServer, proxy: FaultProxy
) -> None:
    async with shift(proxy.url, heartbeat_s=1.5) as session, admin(simulator.url) as sim:
        api = session.api
        await api.run_agent(api.presence(Presence.AVAILABLE))
        await sim.post("/interactions", json={"channel": "chat", "age_group": "adult"})
        await until(session, lambda: bool(session.store.offers()))
        chat = await api.run_interaction(api.accept(session.store.offers()[0].id))
        proxy.cut()
        await until(session, lambda: session.connection.phase is not Phase.LIVE)
        lines = [f"line {n}" for n in range(4)]
        for line in lines:
            assert (await session.send(session.compose(chat.id, line))).state is OutboxState.UNSENT
        # The network is back, but slow for the first line sent: lines sent side by side would
        # overtake it and reach the caller swapped.
        send = api.run_message
        sends = 0

        async def first_one_slow(command: Command) -> object:
            nonlocal sends
            sends += 1
            if sends == 1:
                await asyncio.sleep(SLOW_WIRE_S)
            return await send(command)

        api.run_message = first_one_slow  # type: ignore[assignment, method-assign]
        proxy.restore()
        await until(session, lambda: not session.outbox())
        engine = simulator.sim.engine
        received = [
            m.text
            for m in engine.list_messages("demo-volunteer", chat.id, 0)
            if m.sender is Sender.AGENT
        ]
        assert received == lines
        assert sends == len(lines)
