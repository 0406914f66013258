"""Banners never move a button under the cursor: the connection banner, an error, the
wellbeing prompt and the undo bar appear below the contacts, never above Accept or a
contact's buttons."""

import httpx
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from console.app import Console
from console.ui.wellbeing import BREAK_AFTER_S
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available
from tests.ui.test_wellbeing import FakeClock


def where(widget: QWidget) -> QPoint:
    return widget.mapToGlobal(QPoint(0, 0))


def test_no_banner_moves_accept_or_a_contacts_buttons(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    window.resize(1366, 768)
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "unknown"})
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    watched = {
        "accept": window.offers.accept_button,
        "decline": window.offers.decline_button,
        "end": panel.end_button,
        "risk": panel.risk_button,
        "113": panel.transfer_bar.buttons["amk"],
    }
    before = {name: where(button) for name, button in watched.items()}

    def unmoved(banner: str) -> None:
        moved = {n: (before[n], where(b)) for n, b in watched.items() if where(b) != before[n]}
        assert moved == {}, f"{banner} moved {moved}"

    # The connection banner, while the stream is down and when it comes back.
    admin.post("/settings", json={"ping_interval_s": 30})
    admin.post("/faults", json={"fail_next": 2, "status": 503})
    admin.post("/streams/drop")
    qtbot.waitUntil(window.banner.isVisible, timeout=WAIT_MS)
    unmoved("the connection banner")
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=WAIT_MS)
    unmoved("the connection banner going")
    # An error line.
    window.show_error("Something went wrong. Try again.")
    qtbot.waitUntil(window.error_label.isVisible, timeout=WAIT_MS)
    unmoved("an error")
    # The wellbeing prompt.
    clock = FakeClock()
    window.wellbeing.clock = clock
    window.wellbeing.start()
    clock.now += BREAK_AFTER_S + 1
    window.wellbeing.tick()
    qtbot.waitUntil(window.wellbeing.isVisible, timeout=WAIT_MS)
    unmoved("the wellbeing prompt")
    # The undo bar of an end.
    panel.end_button.click()
    qtbot.waitUntil(window.shift_page.end_undo.isVisible, timeout=WAIT_MS)
    unmoved("the undo bar")
    window.shift_page.end_undo.undo()
    window.show_error("")
    window.wellbeing.later()
    qtbot.waitUntil(lambda: not window.wellbeing.isVisible(), timeout=WAIT_MS)
    unmoved("the banners going")
