"""Tab from the moment the window opens: the first real control, every control in reading
order, and round again from the last to the first. Real Tab key events on the real window."""

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from console.app import Console
from tests.ui.test_accessibility import CODES, interactive
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available


def tab_round(qtbot: QtBot, console: Console, key: Qt.Key = Qt.Key.Key_Tab) -> list[QWidget]:
    """Press Tab until the focus comes back where it started (or a bound is reached)."""
    window = console.window
    start = window.focusWidget()
    assert start is not None, "nothing has the focus: Tab would go nowhere"
    visited = [start]
    for _ in range(200):
        current = window.focusWidget()
        assert current is not None
        qtbot.keyClick(current, key)
        after = window.focusWidget()
        assert after is not current, f"Tab stuck on {type(current).__name__}"
        if after is start:
            return visited
        assert after is not None
        visited.append(after)
    raise AssertionError("Tab never came back to the first control")


def reachable(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in interactive(window)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
    ]


def test_tab_enters_at_the_first_control_and_wraps(qtbot: QtBot, console: Console) -> None:
    window = console.window
    assert window.focusWidget() is window.presence  # not a hidden tab bar
    assert window.views.tabBar().focusPolicy() == Qt.FocusPolicy.NoFocus
    visited = tab_round(qtbot, console)
    assert visited[0] is window.presence
    assert set(reachable(window)) <= set(visited)
    back = tab_round(qtbot, console, Qt.Key.Key_Backtab)
    assert set(back) == set(visited)  # Shift+Tab goes round the same controls


def test_tab_covers_every_control_of_an_open_chat_in_reading_order(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "unknown"})
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    window.presence.setFocus()
    visited = tab_round(qtbot, console)
    missing = [
        f"{type(w).__name__} {w.objectName()}" for w in reachable(window) if w not in visited
    ]
    assert missing == []
    names = [w.objectName() for w in visited]
    assert names.index("presenceSelector") < names.index("offerList")
    assert names.index("offerList") < names.index("chatInput") < names.index("sendButton")
    assert panel.chat_input in visited and any(isinstance(w, QTabBar) for w in visited)


def test_the_presence_box_is_named_by_its_label_not_its_value(console: Console) -> None:
    window = console.window
    for code in CODES:
        console.languages.switch(code)
        face = QAccessible.queryAccessibleInterface(window.presence)
        assert face is not None
        name = face.text(QAccessible.Text.Name)
        assert name.strip(), code
        assert name != window.presence.currentText(), code
    console.languages.switch("en")
    face = QAccessible.queryAccessibleInterface(window.presence)
    assert face is not None and face.text(QAccessible.Text.Name) == "Your presence"


def test_no_combo_box_is_named_by_its_value(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "voice", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    window.shift_page.end_undo.window_s = 0
    panel.end_button.click()
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    for code in CODES:
        console.languages.switch(code)
        for box in window.findChildren(QComboBox):
            if box.isVisible():
                face = QAccessible.queryAccessibleInterface(box)
                name = face.text(QAccessible.Text.Name) if face is not None else ""
                assert name.strip() and name != box.currentText(), (code, box.objectName())
    console.languages.switch("en")
