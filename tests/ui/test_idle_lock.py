"""Idle lock on a shared PC: caller panels hidden, no new contacts, the call not dropped, and
only the same volunteer's fresh sign-in brings the shift back."""

import shutil
import subprocess
from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from console.app import Console
from console.simulator.server import SimulatorServer
from console.ui.idle_lock import IdleWatcher
from console.ui.os_session import OsSessionWatcher
from console.ui.page import Page
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

LIMIT_S = 600.0


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def watch(console: Console) -> tuple[FakeClock, IdleWatcher]:
    clock = FakeClock()
    watcher = IdleWatcher(LIMIT_S, clock=clock, check_ms=20, parent=console.window)
    console.window.enable_idle_lock(watcher)
    return clock, watcher


def test_idle_locks_hides_contacts_keeps_the_call_and_the_same_volunteer_unlocks(
    qtbot: QtBot, console: Console, admin: httpx.Client, simulator: SimulatorServer
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "voice", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    clock, _ = watch(console)
    clock.now += LIMIT_S + 1
    qtbot.waitUntil(lambda: window.pages.currentIndex() == Page.LOCKED, timeout=WAIT_MS)
    assert not panel.isVisible() and not window.offers.isVisible()
    engine = simulator.sim.engine
    qtbot.waitUntil(lambda: engine.agents["demo-volunteer"].presence == "busy", timeout=WAIT_MS)
    assert engine.interactions[panel.interaction.id].state == "active"  # the call stays up
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # End: ignored
    assert engine.interactions[panel.interaction.id].state == "active"
    qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == Page.SHIFT, timeout=WAIT_MS)
    assert panel.isVisible() and panel.end_button.isEnabled()


def test_input_keeps_the_console_unlocked(qtbot: QtBot, console: Console) -> None:
    window = console.window
    clock, watcher = watch(console)
    clock.now += LIMIT_S - 100
    qtbot.keyClick(window, Qt.Key.Key_Shift)  # the volunteer is here
    clock.now += 200
    watcher.check()
    assert window.pages.currentIndex() == Page.SHIFT and not window.locked
    clock.now += LIMIT_S  # and now they are not
    watcher.check()
    assert window.locked


def test_someone_else_signing_in_keeps_it_locked(qtbot: QtBot, console: Console) -> None:
    window = console.window
    clock, _ = watch(console)
    clock.now += LIMIT_S + 1
    qtbot.waitUntil(lambda: window.pages.currentIndex() == Page.LOCKED, timeout=WAIT_MS)
    console.session.options.login_hint = "demo-sami"  # another person at the shared PC
    qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "Someone else signed in" in window.lock_page.error.text(), timeout=WAIT_MS
    )
    assert window.pages.currentIndex() == Page.LOCKED and window.locked


@pytest.fixture
def private_session_bus() -> Iterator[str]:
    """A D-Bus session bus of the test's own (the desktop's is not ours to signal on)."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="dbus-daemon is not installed")
def test_the_console_locks_when_the_desktop_locks_the_screen(
    qtbot: QtBot, console: Console, private_session_bus: str
) -> None:
    bus = QDBusConnection.connectToBus(private_session_bus, "helpline-test-bus")
    try:
        watcher = OsSessionWatcher(bus, parent=console.window)
        assert watcher.watching
        console.window.lock_with_os_session(watcher)
        for active in ("false", "true"):
            subprocess.run(
                [
                    "dbus-send",
                    f"--bus={private_session_bus}",
                    "--type=signal",
                    "/org/freedesktop/ScreenSaver",
                    "org.freedesktop.ScreenSaver.ActiveChanged",
                    f"boolean:{active}",
                ],
                check=True,
                timeout=10,
            )
        qtbot.waitUntil(lambda: console.window.locked, timeout=WAIT_MS)
        assert console.window.pages.currentIndex() == Page.LOCKED
    finally:
        QDBusConnection.disconnectFromBus("helpline-test-bus")
