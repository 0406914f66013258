"""The leak checks themselves: each one fails when a window or a timer is left behind."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.qt_leaks import QtLeakCheck


def test_a_clean_test_leaks_nothing(qtbot: QtBot) -> None:
    check = QtLeakCheck.start()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    timer = QTimer(window)
    timer.start(1000)
    window.close()
    window.deleteLater()  # as qtbot does: deferred, the check must run the deletion itself
    assert check.leaks() == []


def test_a_hidden_parentless_widget_is_a_leak(qapp: QApplication) -> None:
    check = QtLeakCheck.start()
    stray = QLabel()  # never shown: still a window as far as Qt is concerned
    stray.setObjectName("stray")
    leaks = check.leaks()
    assert leaks == ["window left open: QLabel(objectName='stray', hidden)"]
    del stray


def test_a_shown_window_left_open_is_a_leak(qapp: QApplication) -> None:
    check = QtLeakCheck.start()
    parent = QWidget()
    dialog = QDialog(parent)  # a dialog is a window even with a parent
    dialog.setObjectName("leftOpen")
    dialog.show()
    assert sorted(check.leaks()) == [
        "window left open: QDialog(objectName='leftOpen', shown)",
        "window left open: QWidget(objectName='-', hidden)",
    ]
    del parent, dialog


def test_a_running_timer_of_a_parentless_object_is_a_leak(qapp: QApplication) -> None:
    check = QtLeakCheck.start()
    owner = QObject()  # a bridge nobody shut down
    timer = QTimer(owner)
    timer.start(50)
    assert check.leaks() == ["timer left running: QTimer(repeating, 50 ms, owned by QObject)"]
    assert not timer.isActive()  # the check stops it, so the next test starts clean
    del owner


def test_a_stopped_timer_is_not_a_leak(qapp: QApplication) -> None:
    check = QtLeakCheck.start()
    owner = QObject()
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.start(50)
    timer.stop()
    assert check.leaks() == []
    del owner


def test_objects_from_before_the_test_are_not_its_leaks(qapp: QApplication) -> None:
    older = QWidget()
    older_timer = QTimer()
    older_timer.start(1000)
    check = QtLeakCheck.start()
    assert check.leaks() == []
    older_timer.stop()
    older.deleteLater()
    del older, older_timer


ROOT = Path(__file__).resolve().parents[2]
LEAKY_TESTS = """
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

KEEP = []

def test_clean(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    label.show()

def test_leaves_a_window(qtbot):
    KEEP.append(QLabel())

def test_leaves_a_timer(qtbot):
    owner = QObject()
    timer = QTimer(owner)
    timer.start(1000)
    KEEP.append(owner)

def test_without_qt():
    KEEP.append(object())
"""


def test_the_autouse_fixture_fails_only_the_leaking_tests(tmp_path: Path) -> None:
    """The real fixture from tests/conftest.py, in a pytest run of its own (a subprocess, so the
    leaks it provokes stay out of this run)."""
    (tmp_path / "conftest.py").write_text(
        "from tests.conftest import no_leaked_threads, no_leaked_windows_or_timers\n"
        "__all__ = ['no_leaked_threads', 'no_leaked_windows_or_timers']\n"
    )
    (tmp_path / "test_leaky.py").write_text(textwrap.dedent(LEAKY_TESTS))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    report = run.stdout
    assert "PASSED test_leaky.py::test_clean" in report, report
    assert "PASSED test_leaky.py::test_without_qt" in report, report
    assert "ERROR test_leaky.py::test_leaves_a_window" in report, report
    assert "window left open: QLabel(objectName='-', hidden)" in report, report
    assert "ERROR test_leaky.py::test_leaves_a_timer" in report, report
    assert "timer left running: QTimer(repeating, 1000 ms, owned by QObject)" in report, report
