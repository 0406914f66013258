"""Practice from a live shift: a child process that ends with the console, a warning when a
live contact is open, the trainee made available, and a debrief that counts each reply once."""

import getpass
import os
import subprocess
import sys
import time
from functools import partial
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from console import app as app_module
from console.app import Console, build_console, training_command
from console.simulator.server import SimulatorServer
from console.ui.contact_panel import ContactPanel
from console.ui.training_launch import TrainingLauncher
from tests.ui.helpers import open_console
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

pytestmark = pytest.mark.qt

# A stand-in training console that keeps the contract: it lives until its stdin pipe closes.
PIPE_WATCHER = [sys.executable, "-c", "import sys; sys.stdin.buffer.read()"]


def shown(contact: ContactPanel, text: str) -> bool:
    return text in contact.transcript.toPlainText()


def launcher_of(console: Console) -> TrainingLauncher:
    assert console.practice is not None
    return console.practice


def test_practice_is_a_child_that_ends_when_the_console_shuts_down(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert training_command("se_NO")[-4:] == ["--training", "--language", "se_NO", "--parent-pipe"]
    monkeypatch.setattr(app_module, "training_command", lambda language: PIPE_WATCHER)
    live = build_console(
        qapp, simulator.url, login_hint="demo-volunteer", language="se_NO", offer_practice=True
    )
    qtbot.addWidget(live.window)
    try:
        assert live.window.practise_action.isVisible()
        assert live.window.training_panel is None and not live.window.training_banner.isVisible()
        live.window.practise_action.trigger()
        process = launcher_of(live).processes[0]
        assert process.waitForStarted(5000)
        assert process.state() == QProcess.ProcessState.Running
    finally:
        live.shutdown()
    # Shutting down closed its pipe and it quit by itself (no kill was needed).
    assert process.state() == QProcess.ProcessState.NotRunning
    assert process.exitStatus() == QProcess.ExitStatus.NormalExit and process.exitCode() == 0


def test_practice_during_a_live_contact_asks_first_and_enter_stays(
    qtbot: QtBot,
    qapp: QApplication,
    simulator: SimulatorServer,
    admin: httpx.Client,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(app_module, "training_command", lambda language: PIPE_WATCHER)
    live = open_console(qtbot, qapp, simulator.url, offer_practice=True)
    try:
        go_available(qtbot, live)
        admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
        accept_first(qtbot, live)
        launcher = launcher_of(live)
        live.window.practise_action.trigger()
        box = launcher.warning
        assert isinstance(box, QMessageBox)
        qtbot.waitUntil(box.isVisible)
        assert "live contact" in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter keeps the volunteer with the caller
        qtbot.waitUntil(box.isHidden)
        assert launcher.processes == []
        live.window.practise_action.trigger()
        box = launcher.warning
        assert box is not None
        qtbot.waitUntil(box.isVisible)
        go = next(b for b in box.buttons() if b.text() == "Practise anyway")
        qtbot.mouseClick(go, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(launcher.processes) == 1)
        process = launcher.processes[0]
        assert process.waitForStarted(5000)
    finally:
        live.shutdown()
    assert process.state() == QProcess.ProcessState.NotRunning


def test_a_training_console_quits_when_its_parent_pipe_closes(tmp_path: Path) -> None:
    """The parent dying closes the pipe just like this (the OS does it): no orphan stays."""
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_RUNTIME_DIR": str(runtime),
    }
    child = subprocess.Popen(
        [*training_command("en")[:-4], "--training", "--language", "en", "--parent-pipe"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        cwd=tmp_path,
    )
    try:
        lock = runtime / f"helpline-console-{getpass.getuser()}-training.lock"
        deadline = time.monotonic() + 30
        while not lock.exists() and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)  # another process: nothing of ours to wait on but its files
        assert lock.exists() and child.poll() is None  # it started and keeps running
        assert child.stdin is not None
        child.stdin.close()
        assert child.wait(timeout=30) == 0  # it quit cleanly: its simulator and port are gone
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def test_starting_a_scenario_makes_the_trainee_available_and_each_reply_counts_once(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer, admin: httpx.Client
) -> None:
    trainee = open_console(qtbot, qapp, simulator.url, training_url=simulator.url)
    try:
        window = trainee.window
        panel = window.training_panel
        assert panel is not None and window.me is not None
        assert window.me.presence != "available"
        qtbot.waitUntil(lambda: bool(panel.scenarios), timeout=WAIT_MS)
        panel.start("silent-chatter")
        qtbot.waitUntil(
            lambda: window.me is not None and window.me.presence == "available", timeout=WAIT_MS
        )
        assert panel.presence_note.isVisible()
        admin.post("/clock/advance", json={"seconds": 2})
        contact = accept_first(qtbot, trainee)
        for text in ("Hi. I'm here.", "Take your time."):
            contact.chat_input.setText(text)
            qtbot.mouseClick(contact.send_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(partial(shown, contact, text), timeout=WAIT_MS)
        admin.post("/clock/advance", json={"seconds": 165})  # delivered, read, then goodbye
        qtbot.waitUntil(contact.wrap_up.isVisible, timeout=WAIT_MS)
        contact.outcome.setCurrentIndex(contact.outcome.findData("silent"))
        qtbot.mouseClick(contact.finish_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.debrief_dialog is not None, timeout=WAIT_MS)
        assert panel.debrief_dialog is not None
        steps = [step.what for step in panel.debrief_dialog.debrief.steps]
        assert steps.count("replied") == 2
    finally:
        trainee.shutdown()
