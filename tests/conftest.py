"""Test-wide setup: headless Qt, loopback-only simulators, and leak checks."""

import os
import threading
from collections.abc import Iterator

import httpx
import pytest

# Before anything imports Qt: every GUI test runs headless.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from console.simulator.config import SimConfig
from console.simulator.server import SimulatorServer
from tests.helpers import quiet_config

LEAK_GRACE_S = 5.0


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    """Fail a test that leaves a thread running (the simulator's and the core's included)."""
    before = set(threading.enumerate())
    yield
    for thread in set(threading.enumerate()) - before:
        thread.join(timeout=LEAK_GRACE_S)
    leaked = [t.name for t in set(threading.enumerate()) - before if t.is_alive()]
    assert not leaked, f"threads leaked by this test: {leaked}"


@pytest.fixture(autouse=True)
def no_leaked_windows_or_timers(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a Qt test that leaves a window open or a timer running (tests/qt_leaks.py says how).

    Only tests that use `qapp` (qtbot does) are checked, and only they import Qt here: the core
    and contract tests run with PySide6 blocked. Autouse fixtures are set up first, so this
    teardown runs after the test's own fixtures (a console's shutdown) and qtbot's closing.
    """
    if "qapp" not in request.fixturenames:
        yield
        return
    from tests.qt_leaks import QtLeakCheck  # noqa: PLC0415 - Qt only for Qt tests

    request.getfixturevalue("qapp")
    check = QtLeakCheck.start()
    yield
    leaks = check.leaks()
    assert not leaks, "Qt objects leaked by this test:\n" + "\n".join(leaks)


@pytest.fixture(autouse=True)
def no_audio_hardware(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never open a real microphone or speaker: PortAudio reads as absent (a test that
    wants audio passes in-memory devices, console/core/voice/devices.py)."""
    from console.core.voice import portaudio  # noqa: PLC0415 - no aiortc, no Qt
    from console.core.voice.devices import NoAudioDevice  # noqa: PLC0415

    def absent() -> None:
        raise NoAudioDevice("tests use no audio hardware")

    monkeypatch.setattr(portaudio, "_library", absent)


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def sim_config() -> SimConfig:
    return quiet_config()


@pytest.fixture
def simulator(sim_config: SimConfig) -> Iterator[SimulatorServer]:
    with SimulatorServer(sim_config) as server:
        yield server


@pytest.fixture
def admin(simulator: SimulatorServer) -> Iterator[httpx.Client]:
    """The simulator's admin API: tests make the world happen through it."""
    with httpx.Client(base_url=f"{simulator.url}/_sim", timeout=10) as client:
        yield client
