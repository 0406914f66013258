"""Stray keys never hurt a caller: focus goes where the volunteer acts next, and Space or Enter
never declines, transfers or ends. Real key events on the real window, real simulator."""

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from console.app import Console
from console.ui.contact_flow import wrap_up_start
from console.ui.contact_panel import ContactPanel
from tests.ui.helpers import file_conversation
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PRESS_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def focused(console: Console) -> QWidget | None:
    return console.window.focusWidget()


def type_into_focus(qtbot: QtBot, console: Console, text: str) -> None:
    """Keys go where the focus is, as on a real keyboard."""
    widget = focused(console)
    assert widget is not None, "nothing has the focus: keys would go nowhere"
    qtbot.keyClicks(widget, text)


def shortcut(qtbot: QtBot, console: Console, key: Qt.Key) -> None:
    window = console.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(focused(console) or window, key, CTRL_SHIFT)


def commands(admin: httpx.Client, ending: str) -> list[object]:
    return [c for c in admin.get("/commands").json() if str(c["path"]).endswith(ending)]


def contact(qtbot: QtBot, console: Console, admin: httpx.Client, channel: str) -> ContactPanel:
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": channel, "age_group": "adult"})
    return accept_first(qtbot, console)


def press_does_nothing(qtbot: QtBot, button: QAbstractButton) -> None:
    button.setFocus(Qt.FocusReason.TabFocusReason)
    assert button.hasFocus() or button.window().focusWidget() is button
    with qtbot.assertNotEmitted(button.clicked, wait=50):
        for key in PRESS_KEYS:
            qtbot.keyClick(button, key)


def test_typing_after_a_mouse_accept_goes_to_the_reply_and_spares_the_next_offer(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    panel = contact(qtbot, console, admin, "chat")
    admin.post("/interactions", json={"channel": "chat", "age_group": "child_youth"})
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    assert focused(console) is panel.chat_input
    with qtbot.assertNotEmitted(window.offers.declineRequested, wait=50):
        type_into_focus(qtbot, console, "hello world")
    assert panel.chat_input.text() == "hello world"
    assert window.offers.list.count() == 1  # the youth chat still waits
    qtbot.keyClick(panel.chat_input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "hello world" in panel.transcript.toPlainText(), timeout=WAIT_MS)
    assert commands(admin, "/decline") == []


def test_space_and_enter_on_decline_do_nothing_but_its_shortcut_declines(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "child_youth"})
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    decline = window.offers.decline_button
    assert decline.isEnabled()
    with qtbot.assertNotEmitted(window.offers.declineRequested, wait=50):
        press_does_nothing(qtbot, decline)
    assert window.offers.list.count() == 1
    assert decline.focusPolicy() == Qt.FocusPolicy.TabFocus  # reachable, read, not pressed
    with qtbot.waitSignal(window.offers.declineRequested, timeout=WAIT_MS):
        shortcut(qtbot, console, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: window.offers.list.count() == 0, timeout=WAIT_MS)


def test_a_mouse_click_on_decline_leaves_the_focus_where_it_was(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    window.offers.list.setFocus()
    qtbot.mouseClick(window.offers.decline_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.offers.list.count() == 0, timeout=WAIT_MS)
    assert focused(console) is window.offers.list


@pytest.mark.parametrize("which", ["transfer", "end"])
def test_space_and_enter_on_a_transfer_or_end_button_do_nothing(
    qtbot: QtBot, console: Console, admin: httpx.Client, which: str
) -> None:
    panel = contact(qtbot, console, admin, "voice")
    button = panel.transfer_bar.buttons["amk"] if which == "transfer" else panel.end_button
    press_does_nothing(qtbot, button)
    assert panel.transfer_bar.transfer is None
    assert console.window.shift_page.end_undo.pending() == []


def test_space_and_enter_on_complete_and_cancel_do_nothing(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = contact(qtbot, console, admin, "voice")
    bar = panel.transfer_bar
    qtbot.mouseClick(bar.buttons["amk"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "consulting", timeout=WAIT_MS
    )
    for button in (bar.complete_button, bar.cancel_button):
        press_does_nothing(qtbot, button)
    assert commands(admin, "/complete") == [] and commands(admin, "/cancel") == []


@pytest.mark.parametrize("channel", ["chat", "voice"])
@pytest.mark.parametrize("button_name", ["risk_button", "help_button"])
def test_after_flag_or_ask_supervisor_the_focus_is_on_the_next_step(
    qtbot: QtBot, console: Console, admin: httpx.Client, channel: str, button_name: str
) -> None:
    panel = contact(qtbot, console, admin, channel)
    button: QAbstractButton = getattr(panel, button_name)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=WAIT_MS)  # the flag came back
    expected = panel.chat_input if channel == "chat" else panel.hold_button
    assert focused(console) is expected
    if channel == "chat":
        type_into_focus(qtbot, console, " x")
        assert panel.chat_input.text() == " x"
    assert panel.transfer_bar.transfer is None  # no stray transfer


def test_the_complete_transfer_shortcut_completes_and_focus_goes_to_wrap_up(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = contact(qtbot, console, admin, "voice")
    bar = panel.transfer_bar
    shortcut(qtbot, console, Qt.Key.Key_2)  # the second service: 113 (Ctrl+Shift+2)
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "consulting", timeout=WAIT_MS
    )
    shortcut(qtbot, console, Qt.Key.Key_C)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: focused(console) is wrap_up_start(panel), timeout=WAIT_MS)


def test_the_cancel_transfer_shortcut_brings_the_caller_back_and_keeps_the_reply(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = contact(qtbot, console, admin, "voice")
    bar = panel.transfer_bar
    qtbot.mouseClick(bar.buttons["alarmtelefonen"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(bar.cancel_button.isVisible, timeout=WAIT_MS)
    shortcut(qtbot, console, Qt.Key.Key_X)
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "canceled", timeout=WAIT_MS
    )
    widget = focused(console)
    assert widget is panel or widget is panel.hold_button  # the call itself, never a transfer
    assert widget not in bar.buttons.values()


def test_ending_waits_for_the_undo_window_and_undo_keeps_the_call(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    page = console.window.shift_page
    clock = FakeClock()
    page.end_undo.clock = clock
    panel = contact(qtbot, console, admin, "voice")
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    assert page.end_undo.isVisible() and panel.interaction.id in page.end_undo.pending()
    assert focused(console) is page.end_undo.undo_button
    clock.now += page.end_undo.window_s - 0.1
    page.end_undo.tick()
    assert page.end_undo.pending() == [panel.interaction.id]  # not sent before the time is up
    qtbot.keyClick(page.end_undo.undo_button, Qt.Key.Key_Space)  # Space here only undoes
    assert page.end_undo.pending() == [] and not page.end_undo.isVisible()
    assert focused(console) is panel.hold_button
    clock.now += 60
    page.end_undo.tick()
    # A hold after the undo: when it is back, any end would have been sent before it.
    qtbot.mouseClick(panel.hold_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.interaction.on_hold, timeout=WAIT_MS)
    assert commands(admin, "/end") == []
    assert panel.interaction.state == "active"


def test_an_end_not_undone_is_sent_and_focus_goes_to_the_outcome(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    page = console.window.shift_page
    clock = FakeClock()
    page.end_undo.clock = clock
    panel = contact(qtbot, console, admin, "voice")
    shortcut_end = console.window.keys["end"]
    assert shortcut_end == "Ctrl+E"
    window = console.window
    qtbot.keyClick(focused(console) or window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.end_undo.pending() == [panel.interaction.id], timeout=WAIT_MS)
    clock.now += page.end_undo.window_s
    page.end_undo.tick()
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: focused(console) is wrap_up_start(panel), timeout=WAIT_MS)


@pytest.mark.parametrize("after", ["nothing", "offer", "contact"])
def test_after_wrap_up_the_focus_goes_to_what_comes_next(
    qtbot: QtBot, console: Console, admin: httpx.Client, after: str
) -> None:
    window = console.window
    page = window.shift_page
    page.end_undo.window_s = 0
    other = None
    if after == "contact":
        go_available(qtbot, console)
        admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
        other = accept_first(qtbot, console)
        admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
        qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
        qtbot.mouseClick(window.offers.accept_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.contacts.count() == 2, timeout=WAIT_MS)
        panel = window.contacts.currentWidget()
        assert isinstance(panel, ContactPanel) and panel is not other
    else:
        panel = contact(qtbot, console, admin, "chat")
    if after == "offer":  # a second chat waits while this one is wrapped up
        admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
        qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: focused(console) is wrap_up_start(panel), timeout=WAIT_MS)
    file_conversation(qtbot, panel, "mental_health.loneliness")
    qtbot.waitUntil(lambda: panel.interaction.id not in page._panels, timeout=WAIT_MS)
    expected = {
        "nothing": window.presence,
        "offer": window.offers.list,
        "contact": other.chat_input if other is not None else None,
    }[after]
    assert focused(console) is expected
    # Shortcuts still work: the sheet opens from the keyboard.
    qtbot.keyClick(focused(console) or window, Qt.Key.Key_F1)
    qtbot.waitUntil(
        lambda: window.shortcut_sheet is not None and window.shortcut_sheet.isVisible(),
        timeout=WAIT_MS,
    )
    window.shortcut_sheet.close()  # type: ignore[union-attr]


def test_f1_lists_every_shortcut_in_the_volunteers_language(qtbot: QtBot, console: Console) -> None:
    window = console.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)
    qtbot.keyClick(focused(console) or window, Qt.Key.Key_F1)
    sheet = window.shortcut_sheet
    assert sheet is not None
    qtbot.waitUntil(sheet.isVisible, timeout=WAIT_MS)
    keys = [key for key, _ in sheet.rows()]
    assert set(window.keys.values()) <= set(keys)
    english = sheet.cell(0, 1)
    console.languages.switch("nb_NO")
    assert sheet.cell(0, 1) not in ("", english)  # retranslated while open
    console.languages.switch("en")
    sheet.close()


def test_the_contact_shortcuts_work_while_typing_a_reply(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    page = console.window.shift_page
    panel = contact(qtbot, console, admin, "chat")
    assert focused(console) is panel.chat_input
    type_into_focus(qtbot, console, "one moment")
    qtbot.keyClick(panel.chat_input, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.end_undo.pending() == [panel.interaction.id], timeout=WAIT_MS)
    panel.chat_input.setFocus()
    qtbot.keyClick(panel.chat_input, Qt.Key.Key_E, CTRL_SHIFT)  # undo, from the reply box too
    assert page.end_undo.pending() == []
    assert panel.chat_input.text() == "one moment"
