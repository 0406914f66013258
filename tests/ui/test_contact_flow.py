"""A contact's flow through the real window: wrap-up locks the contact's controls, an error
about a contact leaves with it, the consult line names the service and place, the hold timer
counts the hold, and a chat line over the limit is refused before anything is lost."""

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from console.app import Console
from console.contract.enums import InteractionState, Presence, TransferState
from console.contract.limits import MESSAGE_MAX_CHARS
from console.ui.accessibility import ANNOUNCED
from console.ui.contact_panel import ContactPanel
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

ADULT_CALL = {"channel": "voice", "age_group": "adult", "language": "nb"}
ADULT_CHAT = {"channel": "chat", "age_group": "adult", "language": "nb"}


def open_call(qtbot: QtBot, console: Console, admin: httpx.Client) -> ContactPanel:
    go_available(qtbot, console)
    admin.post("/interactions", json=ADULT_CALL).raise_for_status()
    return accept_first(qtbot, console)


def close_in_one_click(qtbot: QtBot, panel: ContactPanel) -> None:
    """File the wrap-up as a hang-up: one click on the record form (or Finish on the outcome
    list of a contact opened before the form arrived)."""
    form = panel.record_form
    button = form.closing_buttons["hang_up"] if form is not None else panel.finish_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def press(qtbot: QtBot, widget: QWidget, sequence: str) -> None:
    """A shortcut as the volunteer presses it (a real key event, modifiers included)."""
    combo = QKeySequence(sequence)[0]  # type: ignore[index]  # the stubs lack __getitem__
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


def test_in_wrap_up_only_the_wrap_up_controls_work(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    panel = open_call(qtbot, console, admin)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.interaction.state is InteractionState.WRAP_UP, timeout=WAIT_MS)
    contact_controls = [
        panel.hold_button,
        panel.end_button,
        panel.risk_button,
        panel.help_button,
        *panel.transfer_bar.buttons.values(),
    ]
    assert [w.objectName() for w in contact_controls if w.isEnabled()] == []
    assert panel.finish_button.isEnabled() and panel.outcome.isEnabled()
    # A click on 113 and its shortcut do nothing: no command goes out, no error appears.
    before = len(admin.get("/commands").json())
    qtbot.mouseClick(panel.transfer_bar.buttons["amk"], Qt.MouseButton.LeftButton)
    press(qtbot, panel.outcome, window.keys["transfer_2"])
    press(qtbot, panel.outcome, window.keys["hold"])
    QApplication.processEvents()
    assert len(admin.get("/commands").json()) == before
    assert not panel.error_label.isVisible() and window.error_label.text() == ""


def test_an_error_about_a_contact_leaves_with_the_contact(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    panel = open_call(qtbot, console, admin)
    admin.post("/faults", json={"fail_next": 1, "status": 409}).raise_for_status()
    qtbot.mouseClick(panel.hold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.error_label.isVisible, timeout=WAIT_MS)
    assert "not possible" in panel.error_label.text()
    assert window.error_label.text() == ""  # said once, in the contact's own panel
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.finish_button.isVisible, timeout=WAIT_MS)
    close_in_one_click(qtbot, panel)
    qtbot.waitUntil(lambda: window.contacts.count() == 0, timeout=WAIT_MS)
    assert window.error_label.text() == ""
    assert "not possible" not in window.error_label.text()


def test_the_consult_line_names_the_service_and_the_municipality(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = open_call(qtbot, console, admin)
    bar = panel.transfer_bar
    qtbot.waitUntil(lambda: bool(console.window.municipalities()), timeout=WAIT_MS)
    qtbot.mouseClick(bar.buttons["legevakt"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.picker is not None and bar.picker.isVisible(), timeout=WAIT_MS)
    assert bar.picker is not None
    qtbot.keyClicks(bar.picker.search, "Romsa")
    qtbot.keyClick(bar.picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state is TransferState.CONSULTING,
        timeout=WAIT_MS,
    )
    assert bar.state_label.text().startswith("Connected to Legevakt (Tromsø)")


def test_the_hold_timer_counts_the_hold_not_the_call(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = open_call(qtbot, console, admin)
    timer = panel._timer
    qtbot.waitUntil(lambda: timer.text() not in ("", "0:00"), timeout=WAIT_MS)  # the call runs
    qtbot.mouseClick(panel.hold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.interaction.on_hold, timeout=WAIT_MS)
    assert timer.text() == "On hold 0:00"
    assert timer.toolTip().startswith("Call time 0:0")
    qtbot.waitUntil(lambda: timer.text() == "On hold 0:01", timeout=WAIT_MS)


@pytest.mark.parametrize("how", ["return", "click"])
def test_a_line_over_the_limit_is_refused_and_kept(
    qtbot: QtBot, console: Console, admin: httpx.Client, how: str
) -> None:
    go_available(qtbot, console)
    admin.post("/interactions", json=ADULT_CHAT).raise_for_status()
    panel = accept_first(qtbot, console)
    before = len(admin.get("/commands").json())
    panel.chat_input.setFocus()
    secret = "my address is Storgata 1 " * 5_000  # 125,000 characters, as a paste would bring
    QApplication.clipboard().setText(secret)
    press(qtbot, panel.chat_input, "Ctrl+V")
    qtbot.waitUntil(lambda: bool(panel.chat_input.text()), timeout=WAIT_MS)
    if how == "return":
        qtbot.keyClick(panel.chat_input, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    kept = panel.chat_input.text()
    assert len(kept) > MESSAGE_MAX_CHARS and secret.startswith(kept)  # nothing cleared
    assert panel.length_label.isVisible()
    assert "over the limit" in panel.length_label.text()
    assert "\u00a0characters" in panel.length_label.text()  # the number keeps its unit
    assert len(admin.get("/commands").json()) == before
    # Shortened to fit, it goes; the count of characters left shows near the limit.
    panel.chat_input.setText(kept[: MESSAGE_MAX_CHARS - 10])
    assert panel.length_label.text() == "10\u00a0characters left"
    qtbot.keyClick(panel.chat_input, Qt.Key.Key_Return)
    assert panel.chat_input.text() == ""
    qtbot.waitUntil(lambda: len(admin.get("/commands").json()) == before + 1, timeout=WAIT_MS)
    QTest.qWait(0)


def test_tabs_tell_two_chats_apart_show_their_state_and_the_capacity(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    tabs = window.contacts
    go_available(qtbot, console)
    for count in (1, 2):
        admin.post("/interactions", json=ADULT_CHAT).raise_for_status()
        qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
        qtbot.mouseClick(window.offers.accept_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=count: tabs.count() == n, timeout=WAIT_MS)  # type: ignore[misc]
    texts = [tabs.tabText(i) for i in range(2)]
    assert texts == ["Chat 1 · Adult", "Chat 2 · Adult"]
    assert tabs.tabToolTip(1) == "Chat 2 · Adult · Norwegian (bokmål)"
    capacity = window.shift_page.tab_labels.capacity
    assert tabs.cornerWidget() is capacity and capacity.isVisible()
    assert capacity.text().replace("\u00a0", " ") == "2 of 3 chats"
    assert "3\u00a0chats" in capacity.text()  # the number keeps its unit
    first = tabs.widget(0)
    assert isinstance(first, ContactPanel)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(0).center())
    assert tabs.currentIndex() == 0
    qtbot.mouseClick(first.risk_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tabs.tabText(0).startswith("⚠ High risk · Chat 1"), timeout=WAIT_MS)
    qtbot.mouseClick(first.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: tabs.tabText(0) == "⚠ High risk · ✎ Wrap-up · Chat 1 · Adult",
        timeout=WAIT_MS,
    )
    close_in_one_click(qtbot, first)
    qtbot.waitUntil(lambda: tabs.count() == 1, timeout=WAIT_MS)
    assert tabs.tabText(0).startswith("Chat 2 ·")  # ordinals stay with their chat
    assert capacity.text().replace("\u00a0", " ") == "1 of 3 chats"


def test_a_call_on_hold_says_so_in_its_tab(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = open_call(qtbot, console, admin)
    tabs = console.window.contacts
    assert tabs.tabText(0) == "Call · Adult"
    capacity = console.window.shift_page.tab_labels.capacity
    assert capacity.text() == ""  # no chat comes during a call
    qtbot.mouseClick(panel.hold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tabs.tabText(0).startswith("‖ On hold · Call"), timeout=WAIT_MS)


def test_an_offer_the_caller_gives_up_on_says_why(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    ringing = admin.post("/interactions", json=ADULT_CALL).json()
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    accept_at = window.offers.accept_button.mapTo(
        window, window.offers.accept_button.rect().center()
    )
    admin.post(f"/interactions/{ringing['id']}/hangup").raise_for_status()
    notice = window.shift_page.offer_notice
    qtbot.waitUntil(notice.isVisible, timeout=WAIT_MS)
    assert notice.text() == "The caller hung up before you answered."
    assert ANNOUNCED[-1] == notice.text()
    assert window.error_label.text() == ""  # calm: not an error
    button = window.offers.accept_button
    assert button.mapTo(window, button.rect().center()) == accept_at  # nothing moved
    admin.post("/interactions", json=ADULT_CALL).raise_for_status()
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    assert not notice.isVisible()


def test_no_contact_rings_while_the_wellbeing_note_is_open(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    panel = open_call(qtbot, console, admin)
    qtbot.mouseClick(panel.risk_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.interaction.flags.risk, timeout=WAIT_MS)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.finish_button.isVisible, timeout=WAIT_MS)
    close_in_one_click(qtbot, panel)
    qtbot.waitUntil(lambda: window.contacts.count() == 0, timeout=WAIT_MS)
    wellbeing = window.wellbeing
    assert wellbeing.isVisible()
    # The volunteer sees why: Busy in the status box and in the note itself.
    qtbot.waitUntil(lambda: window.presence.currentData() == Presence.BUSY, timeout=WAIT_MS)
    assert "your status is Busy" in wellbeing.message.text()
    admin.post("/interactions", json=ADULT_CALL).raise_for_status()
    assert window.offers.list.count() == 0
    qtbot.mouseClick(wellbeing.later_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.presence.currentData() == Presence.AVAILABLE, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    assert console.window.me is not None and console.window.me.routing_state != "not_responding"
