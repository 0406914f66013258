"""Screen-reader names in every language, a tab order that reaches every action, and
announcements for what happens while the volunteer looks elsewhere."""

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from console.app import Console
from console.simulator.server import SimulatorServer
from console.ui.accessibility import ANNOUNCED
from console.ui.language_menu import LANGUAGES
from tests.ui.helpers import open_console
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

INTERACTIVE = (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit, QAbstractItemView, QTabBar)
CODES = [code for code, _ in LANGUAGES]


def interactive(root: QWidget) -> list[QWidget]:
    # A table's header is read through the table (its column names), not as a control.
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not isinstance(w, QHeaderView)
        and w.isVisible()
        and w.isEnabled()
    ]


def nameless(root: QWidget) -> list[str]:
    found = []
    for widget in interactive(root):
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            found.append(f"{type(widget).__name__} {widget.objectName() or '(unnamed)'}")
    return found


def every_language(console: Console, root: QWidget) -> dict[str, list[str]]:
    missing = {}
    for code in CODES:
        console.languages.switch(code)
        found = nameless(root)
        if found:
            missing[code] = found
    console.languages.switch("en")
    return missing


@pytest.mark.parametrize("channel", ["voice", "chat"])
def test_every_control_has_a_name_in_every_language(
    qtbot: QtBot, console: Console, admin: httpx.Client, channel: str
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": channel, "age_group": "adult"})
    panel = accept_first(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "unknown"})
    if channel == "chat":
        qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    assert every_language(console, window) == {}
    # Dialogs too: the municipality picker and the shortcut sheet.
    panel.transfer_bar.buttons["legevakt"].click()
    picker = panel.transfer_bar.picker
    assert picker is not None and picker.isVisible()
    assert every_language(console, picker) == {}
    picker.reject()
    window.show_shortcuts()
    assert window.shortcut_sheet is not None
    assert every_language(console, window.shortcut_sheet) == {}


def test_the_supervisor_view_names_every_control(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer
) -> None:
    console = open_console(qtbot, qapp, simulator.url, "demo-supervisor")
    try:
        qtbot.waitUntil(lambda: console.window.supervisor is not None, timeout=WAIT_MS)
        console.window.views.setCurrentIndex(1)
        assert every_language(console, console.window) == {}
    finally:
        console.shutdown()


def test_the_tab_order_reaches_every_action(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    accept_first(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "unknown"})
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and widget not in chain:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    unreachable = [
        f"{type(w).__name__} {w.objectName()}"
        for w in interactive(window)
        if not isinstance(w, QTabBar)
        and (w not in chain or not (w.focusPolicy() & Qt.FocusPolicy.TabFocus))
    ]
    assert unreachable == []
    # Reading order: the offers come before the open contact, the composer before Send.
    order = [w.objectName() for w in chain if w.objectName()]
    assert order.index("offerList") < order.index("chatInput") < order.index("sendButton")


def test_offers_and_connection_changes_are_announced(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    go_available(qtbot, console)
    ANNOUNCED.clear()
    admin.post("/interactions", json={"channel": "voice", "age_group": "adult"})
    qtbot.waitUntil(lambda: "A contact is waiting for you." in ANNOUNCED, timeout=WAIT_MS)
    admin.post("/streams/drop")
    qtbot.waitUntil(lambda: any("Connection lost" in t for t in ANNOUNCED), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Connected" in ANNOUNCED, timeout=WAIT_MS)
