"""Chat lines written while the connection was down reach the caller in the order written."""

import asyncio
from collections.abc import Iterator

import httpx
import pytest

from console.contract.enums import Presence, Sender
from console.core.commands import Command
from console.core.connection import Phase
from console.core.outbox import OutboxState
from console.core.session import ShiftSession
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


async def _open_chat(session: ShiftSession, sim: httpx.AsyncClient) -> str:
    api = session.api
    await api.run_agent(api.presence(Presence.AVAILABLE))
    await sim.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    await until(session, lambda: bool(session.store.offers()))
    return (await api.run_interaction(api.accept(session.store.offers()[0].id))).id


def _received(simulator: SimulatorServer, chat_id: str) -> list[str]:
    messages = simulator.sim.engine.list_messages("demo-volunteer", chat_id, 0)
    return [m.text for m in messages if m.sender is Sender.AGENT]


async def test_a_line_written_while_waiting_lines_go_out_queues_behind_them(
    simulator: SimulatorServer, proxy: FaultProxy
) -> None:
    async with shift(proxy.url, heartbeat_s=1.5) as session, admin(simulator.url) as sim:
        chat_id = await _open_chat(session, sim)
        api = session.api
        proxy.cut()
        await until(session, lambda: session.connection.phase is not Phase.LIVE)
        lines = [f"line {n}" for n in range(3)]
        for line in lines:
            await session.send(session.compose(chat_id, line))
        send = api.run_message
        first_on_the_wire = asyncio.Event()

        async def first_one_slow(command: Command) -> object:
            if not first_on_the_wire.is_set():
                first_on_the_wire.set()
                await asyncio.sleep(SLOW_WIRE_S)
            return await send(command)

        api.run_message = first_one_slow  # type: ignore[assignment, method-assign]
        proxy.restore()
        await first_on_the_wire.wait()  # the waiting lines are going out: now write one more
        latest = await session.send(session.compose(chat_id, "written during the resend"))
        assert latest.state is OutboxState.SENT
        assert _received(simulator, chat_id) == [*lines, "written during the resend"]
        assert not session.outbox()


async def test_a_line_behind_a_waiting_one_waits_without_trying_the_wire(
    simulator: SimulatorServer, proxy: FaultProxy
) -> None:
    async with shift(proxy.url, heartbeat_s=1.5) as session, admin(simulator.url) as sim:
        chat_id = await _open_chat(session, sim)
        api = session.api
        send = api.run_message
        tries: list[Command] = []

        async def counted(command: Command) -> object:
            tries.append(command)
            return await send(command)

        api.run_message = counted  # type: ignore[assignment, method-assign]
        proxy.cut()
        await until(session, lambda: session.connection.phase is not Phase.LIVE)
        written = [await session.send(session.compose(chat_id, f"l{n}")) for n in range(3)]
        assert [m.state for m in written] == [OutboxState.UNSENT] * 3
        assert len(tries) == 1, "each new line tried the wire again"
        # The volunteer sends the last one again by hand: the earlier ones go first.
        proxy.restore()
        retried = await session.send(written[-1])
        assert retried.state is OutboxState.SENT
        assert _received(simulator, chat_id) == ["l0", "l1", "l2"]
