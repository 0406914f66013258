"""A second start brings the running console's window to the front instead of a second
console (or a bare message)."""

import getpass
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from console.ui import single_instance
from console.ui.single_instance import ShowRequests, ask_running_to_show, bring_to_front

pytestmark = pytest.mark.qt


def minimised_window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    return window


def test_nobody_answers_when_no_console_runs(tmp_path: Path) -> None:
    assert not ask_running_to_show(tmp_path / "helpline-console-nobody.lock")


def test_a_request_restores_and_raises_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    lock = tmp_path / "console.lock"
    window = minimised_window(qtbot)
    requests = ShowRequests(lock, window)
    assert requests.listening
    requests.requested.connect(lambda: bring_to_front(window))
    with qtbot.waitSignal(requests.requested, timeout=5000):
        assert ask_running_to_show(lock)
    assert not window.isMinimized() and window.isVisible()


def test_a_second_start_of_the_console_brings_the_first_to_the_front(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    home = tmp_path / "home"
    home.mkdir()
    # This test is the first console: it holds the lock and listens beside it.
    lock = runtime / f"helpline-console-{getpass.getuser()}.lock"
    held = single_instance.acquire(lock)
    assert held is not None
    window = minimised_window(qtbot)
    requests = ShowRequests(lock, window)
    requests.requested.connect(lambda: bring_to_front(window))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    second = subprocess.Popen(
        [sys.executable, "-m", "console", "--demo"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        with qtbot.waitSignal(requests.requested, timeout=30_000):
            pass
        _, stderr = second.communicate(timeout=30)
    finally:
        if second.poll() is None:
            second.kill()
            second.communicate()
        held.unlock()
    assert second.returncode == 0
    assert b"already open" in stderr
    assert not window.isMinimized() and window.isVisible()
