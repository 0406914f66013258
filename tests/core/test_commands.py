"""Commands over HTTP: retries where safe, typed errors, idempotency keys, token refresh."""

import httpx
import pytest

from console.contract.enums import Presence
from console.contract.problems import ProblemType
from console.core.connection import Phase
from console.core.errors import CoreError, ErrorKind
from console.simulator.server import SimulatorServer
from tests.core.helpers import admin, shift
from tests.core.waiting import until

pytestmark = pytest.mark.anyio


async def _commands(sim: httpx.AsyncClient, path_end: str) -> list[dict[str, object]]:
    log = (await sim.get("/commands")).json()
    return [c for c in log if str(c["path"]).endswith(path_end)]


async def test_503s_are_retried_for_safe_commands_with_the_same_key(
    simulator: SimulatorServer,
) -> None:
    async with shift(simulator.url) as session, admin(simulator.url) as sim:
        await sim.post("/faults", json={"fail_next": 2, "status": 503})
        agent = await session.api.run_agent(session.api.presence(Presence.AVAILABLE))
        assert agent.presence == "available"
        attempts = await _commands(sim, "/me/presence")
        assert [a["status"] for a in attempts] == [503, 503, 200]
        assert len({a["idempotency_key"] for a in attempts}) == 1


async def test_a_transfer_start_fails_fast_with_a_typed_error(simulator: SimulatorServer) -> None:
    async with shift(simulator.url) as session, admin(simulator.url) as sim:
        api = session.api
        await api.run_agent(api.presence(Presence.AVAILABLE))
        await sim.post("/interactions", json={"channel": "voice", "age_group": "adult"})
        await until(session, lambda: bool(session.store.offers()))
        ix = await api.run_interaction(api.accept(session.store.offers()[0].id))
        await sim.post("/faults", json={"fail_next": 1, "status": 503})
        command = api.start_transfer(ix.id, "amk")
        with pytest.raises(CoreError) as failure:
            await api.run_transfer(command)
        assert failure.value.kind is ErrorKind.UNAVAILABLE
        assert failure.value.problem_type is ProblemType.SERVICE_UNAVAILABLE
        # The volunteer tries again: the same command, the same key, one transfer.
        transfer = await api.run_transfer(command)
        again = await api.run_transfer(command)
        assert again.id == transfer.id
        attempts = await _commands(sim, "/transfers")
        assert [a["status"] for a in attempts] == [503, 201, 201]
        assert [a["replayed"] for a in attempts] == [False, False, True]
        assert len({a["idempotency_key"] for a in attempts}) == 1


async def test_state_machine_refusals_are_typed(simulator: SimulatorServer) -> None:
    async with shift(simulator.url) as session:
        api = session.api
        with pytest.raises(CoreError) as missing:
            await api.run_interaction(api.accept("of_nothing"))
        assert missing.value.kind is ErrorKind.NOT_FOUND
        with pytest.raises(CoreError) as refused:
            await api.team()
        assert refused.value.kind is ErrorKind.FORBIDDEN


async def test_token_expiry_is_one_refresh_not_a_burst_of_401s(
    simulator: SimulatorServer,
) -> None:
    async with shift(simulator.url) as session, admin(simulator.url) as sim:
        api = session.api
        await until(session, lambda: session.connection.phase is Phase.LIVE)
        await sim.post("/tokens/expire")
        for presence in (Presence.AVAILABLE, Presence.BREAK, Presence.BUSY):
            await api.run_agent(api.presence(presence))
        statuses = [c["status"] for c in await _commands(sim, "/me/presence")]
        assert statuses.count(401) == 1
        assert statuses[-3:] == [200, 200, 200]


async def test_a_revoked_session_asks_to_sign_in_again(simulator: SimulatorServer) -> None:
    async with shift(simulator.url) as session, admin(simulator.url) as sim:
        signed_out: list[bool] = []
        session.on_signed_out.append(lambda: signed_out.append(True))
        await until(session, lambda: session.connection.phase is Phase.LIVE)
        await sim.post("/tokens/revoke-refresh")
        await sim.post("/tokens/expire")
        with pytest.raises(CoreError) as failure:
            await session.api.run_agent(session.api.presence(Presence.AVAILABLE))
        assert failure.value.kind is ErrorKind.SIGN_IN_REQUIRED
        assert signed_out == [True]
        await sim.post("/streams/drop")
        await until(session, lambda: session.connection.phase is Phase.OFFLINE)
        assert session.connection.error is ErrorKind.SIGN_IN_REQUIRED
