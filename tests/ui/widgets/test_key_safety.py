"""Guarded buttons and the end's undo bar alone, on fakes: what Space, Enter and the clock do."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from console.ui.accessibility import ANNOUNCED
from console.ui.end_undo import EndUndo
from console.ui.key_safety import KeySafety
from console.ui.offers_panel import OffersPanel
from tests.ui.widgets.fakes import offer

pytestmark = pytest.mark.qt


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def form(qtbot: QtBot) -> Iterator[tuple[QWidget, QLineEdit, QPushButton]]:
    root = QWidget()
    reply = QLineEdit(root)
    danger = QPushButton("Decline", root)
    layout = QVBoxLayout(root)
    layout.addWidget(reply)
    layout.addWidget(danger)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    yield root, reply, danger


@pytest.mark.parametrize(
    "key", [Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Select]
)
def test_a_guarded_button_ignores_press_keys_and_says_how(
    qtbot: QtBot, form: tuple[QWidget, QLineEdit, QPushButton], key: Qt.Key
) -> None:
    root, _, danger = form
    safety = KeySafety(root)
    safety.guard(danger, lambda: "Press Ctrl+Shift+D to decline")
    danger.setFocus()
    ANNOUNCED.clear()
    with qtbot.assertNotEmitted(danger.clicked, wait=20):
        qtbot.keyClick(danger, key)
    assert "Press Ctrl+Shift+D to decline" in ANNOUNCED


def test_without_the_guard_space_would_press_it(
    qtbot: QtBot, form: tuple[QWidget, QLineEdit, QPushButton]
) -> None:
    _, _, danger = form  # the control case: proves the test above can fail
    danger.setFocus()
    with qtbot.waitSignal(danger.clicked, timeout=1000):
        qtbot.keyClick(danger, Qt.Key.Key_Space)


def test_a_click_presses_a_guarded_button_but_leaves_the_focus_in_the_reply(
    qtbot: QtBot, form: tuple[QWidget, QLineEdit, QPushButton]
) -> None:
    root, reply, danger = form
    KeySafety(root).guard(danger, lambda: "")
    reply.setFocus()
    with qtbot.waitSignal(danger.clicked, timeout=1000):
        qtbot.mouseClick(danger, Qt.MouseButton.LeftButton)
    assert root.focusWidget() is reply
    assert danger.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_the_offers_decline_button_takes_no_focus_from_a_click(qtbot: QtBot) -> None:
    panel = OffersPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.upsert(offer("o1"))
    panel.list.setFocus()
    with qtbot.waitSignal(panel.declineRequested, timeout=1000):
        qtbot.mouseClick(panel.decline_button, Qt.MouseButton.LeftButton)
    assert panel.focusWidget() is panel.list
    assert "Ctrl+Shift+D" in panel.decline_hint()


def test_an_end_is_sent_only_when_the_undo_window_has_passed(qtbot: QtBot) -> None:
    sent: list[str] = []
    clock = FakeClock()
    bar = EndUndo(sent.append, "Ctrl+Shift+E", window_s=5, clock=clock)
    qtbot.addWidget(bar)
    bar.request("ix-1")
    bar.request("ix-1")  # a second click waits with the first
    assert bar.isVisibleTo(bar.parentWidget() or bar) and "5 s" in bar._label.text()
    clock.now += 4.9
    bar.tick()
    assert sent == [] and bar.pending() == ["ix-1"]
    clock.now += 0.1
    with qtbot.waitSignal(bar.sent, timeout=1000):
        bar.tick()
    assert sent == ["ix-1"] and bar.pending() == []


def test_undo_takes_back_the_latest_end_and_nothing_is_sent(qtbot: QtBot) -> None:
    sent: list[str] = []
    clock = FakeClock()
    bar = EndUndo(sent.append, "Ctrl+Shift+E", window_s=5, clock=clock)
    qtbot.addWidget(bar)
    bar.request("ix-1")
    clock.now += 1
    bar.request("ix-2")
    with qtbot.waitSignal(bar.undone, timeout=1000) as undone:
        bar.undo_button.click()
    assert undone.args == ["ix-2"]
    clock.now += 60
    bar.tick()
    assert sent == ["ix-1"]
    bar.request("ix-3")
    bar.forget("ix-3")  # the caller left first: nothing to send
    clock.now += 60
    bar.tick()
    assert sent == ["ix-1"]
