"""Phone mode end to end: the console's core against the simulator (ringing, answered, not
answered), and a real console process killed with SIGKILL being logged off by the backend."""

import asyncio
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from console.contract.enums import RoutingState
from console.contract.voice import AgentLeg
from console.core.store import Change, Kind, StateStore
from console.simulator.server import SimulatorServer
from tests.core.waiting import until
from tests.helpers import quiet_config
from tests.simkit import connect
from tests.voice.kit import eventually, voice_shift

pytestmark = pytest.mark.anyio
LOGOFF_S = 2.0


async def test_the_phone_rings_and_is_answered(simulator: SimulatorServer) -> None:
    async with voice_shift(simulator.url, mode="phone") as call:
        await call.sim.post("/settings", json={"agent_phone_answers_after_s": 1.0})
        me = call.session.store.me
        assert me is not None and me.voice.phone_number == "+4791234567"
        ix = await call.take_call()
        await until(call.session, lambda: _leg(call.session.store, ix) is AgentLeg.RINGING)
        await until(call.session, lambda: _leg(call.session.store, ix) is AgentLeg.CONNECTED)


async def test_a_phone_that_does_not_answer_sends_the_call_back_and_says_why(
    simulator: SimulatorServer,
) -> None:
    async with voice_shift(simulator.url, mode="phone") as call:
        await call.sim.post(
            "/settings", json={"agent_phone_fails": True, "agent_phone_ring_timeout_s": 1.0}
        )
        removed: list[Change] = []
        call.session.store.subscribe(
            lambda changes: removed.extend(c for c in changes if c.removed)
        )
        ix = await call.take_call()
        await until(call.session, lambda: _leg(call.session.store, ix) is AgentLeg.RINGING)
        await until(call.session, lambda: call.session.store.interaction(ix) is None)
        gone = next(c.value for c in removed if c.kind is Kind.INTERACTION and c.id == ix)
        # What the console shows: the call went back to the queue because the phone did not
        # answer (the leg failed), and the volunteer is not responding.
        assert (gone.agent_leg, gone.state) == (AgentLeg.FAILED, "queued")
        await until(
            call.session,
            lambda: (
                call.session.store.me is not None
                and call.session.store.me.routing_state is RoutingState.NOT_RESPONDING
            ),
        )


def _leg(store: StateStore, ix: str) -> AgentLeg | None:
    interaction = store.interaction(ix)
    return None if interaction is None else interaction.agent_leg


@pytest.mark.parametrize("sim_config", [quiet_config(stream_gone_logoff_s=LOGOFF_S)])
async def test_kill_9_of_the_console_logs_the_phone_off_within_the_window(
    simulator: SimulatorServer, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "HELPLINE_VOICE_MODE": "phone",
        "HELPLINE_VOICE_PHONE_NUMBER": "+4791234567",
    }
    command = [
        sys.executable,
        "-m",
        "console",
        "--backend",
        simulator.url,
        "--login-hint",
        "demo-volunteer",
        "--language",
        "en",
    ]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        async with (
            connect(simulator.url) as me,
            httpx.AsyncClient(base_url=f"{simulator.url}/_sim") as sim,
        ):

            async def console_in_phone_mode() -> bool:
                agent = (await me.get("/v1/me")).json()
                stats = (await sim.get("/stats")).json()
                return bool(agent["voice"]["mode"] == "phone" and stats["connections"] >= 1)

            await eventually(console_in_phone_mode, within_s=30, what="console started")
            await sim.put("/agents/demo-volunteer/presence", json={"presence": "available"})
            process.send_signal(signal.SIGKILL)
            killed_at = time.monotonic()
            process.wait(timeout=10)

            async def offline() -> bool:
                return bool((await me.get("/v1/me")).json()["presence"] == "offline")

            await eventually(offline, within_s=LOGOFF_S + 3, what="logged off")
            took = time.monotonic() - killed_at
            assert took >= LOGOFF_S - 0.2, f"logged off after {took:.2f} s, before the window"
            assert (await sim.get("/stats")).json()["logged_off_by_watchdog"] == 1
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
    await asyncio.sleep(0)
