"""Warm transfer from the window: every path, and a failure is never silent."""

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.ui.contact_panel import ContactPanel
from console.ui.municipality_picker import MunicipalityPicker
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available


def start_contact(
    qtbot: QtBot, console: Console, admin: httpx.Client, channel: str
) -> ContactPanel:
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": channel, "age_group": "adult"})
    return accept_first(qtbot, console)


def transfers_started(admin: httpx.Client) -> list[dict[str, object]]:
    return [
        c
        for c in admin.get("/commands").json()
        if str(c["path"]).endswith("/transfers") and not c["replayed"] and c["status"] == 201
    ]


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_voice_warm_transfer_to_113_completes(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_contact(qtbot, console, admin, "voice")
    bar = panel.transfer_bar
    assert "113" in bar.buttons["amk"].text()
    assert "on hold" in bar.buttons["amk"].toolTip()
    click(qtbot, bar.buttons["amk"])
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "consulting", timeout=WAIT_MS
    )
    assert "AMK will ask where the caller is" in bar.reminder.text()
    assert panel.interaction.on_hold
    assert not bar.buttons["legevakt"].isEnabled()  # one transfer at a time
    click(qtbot, bar.complete_button)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)


def test_voice_transfer_cancel_brings_the_caller_back(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_contact(qtbot, console, admin, "voice")
    bar = panel.transfer_bar
    click(qtbot, bar.buttons["alarmtelefonen"])
    qtbot.waitUntil(bar.cancel_button.isVisible, timeout=WAIT_MS)
    click(qtbot, bar.cancel_button)
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "canceled", timeout=WAIT_MS
    )
    qtbot.waitUntil(lambda: not panel.interaction.on_hold, timeout=WAIT_MS)
    assert bar.buttons["amk"].isEnabled()
    assert not bar.fallback_number.isVisible()


@pytest.mark.parametrize(
    ("outcome", "advance", "words"),
    [
        ("busy", 0, "busy"),
        ("no_answer", 30, "Nobody answered"),
        ("reject", 0, "declined"),
    ],
)
def test_failed_transfer_shows_the_number_to_dial(
    qtbot: QtBot, console: Console, admin: httpx.Client, outcome: str, advance: int, words: str
) -> None:
    panel = start_contact(qtbot, console, admin, "voice")
    bar = panel.transfer_bar
    admin.put("/targets/amk", json={"outcome": outcome})
    click(qtbot, bar.buttons["amk"])
    if advance:
        qtbot.waitUntil(
            lambda: bar.transfer is not None and bar.transfer.state == "ringing", timeout=WAIT_MS
        )
        admin.post("/clock/advance", json={"seconds": advance})
    qtbot.waitUntil(bar.fallback_number.isVisible, timeout=WAIT_MS)
    assert bar.fallback_number.text() == "113"
    assert words in bar.fallback_text.text()
    qtbot.waitUntil(lambda: not panel.interaction.on_hold, timeout=WAIT_MS)  # caller is back
    click(qtbot, bar.copy_button)
    assert QApplication.clipboard().text() == "113"


def test_caller_hangs_up_during_the_consult(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_contact(qtbot, console, admin, "voice")
    bar = panel.transfer_bar
    click(qtbot, bar.buttons["amk"])
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "consulting", timeout=WAIT_MS
    )
    admin.post(f"/interactions/{panel.interaction.id}/hangup")
    qtbot.waitUntil(bar.fallback_number.isVisible, timeout=WAIT_MS)
    assert "hung up" in bar.fallback_text.text()
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)


def test_network_down_at_click_shows_the_number_at_once(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_contact(qtbot, console, admin, "voice")
    bar = panel.transfer_bar
    admin.post("/faults", json={"fail_next": 1000, "status": 503})
    admin.post("/streams/drop")
    qtbot.waitUntil(console.window.banner.isVisible, timeout=WAIT_MS)
    click(qtbot, bar.buttons["amk"])
    assert bar.fallback_number.isVisible() and bar.fallback_number.text() == "113"
    assert "No connection" in bar.fallback_text.text()
    admin.post("/faults", json={"fail_next": 0})
    assert transfers_started(admin) == []


def test_a_failed_start_shows_the_number(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_contact(qtbot, console, admin, "voice")
    bar = panel.transfer_bar
    admin.post("/faults", json={"fail_next": 1, "status": 503})
    click(qtbot, bar.buttons["alarmtelefonen"])
    qtbot.waitUntil(bar.fallback_number.isVisible, timeout=WAIT_MS)
    assert bar.fallback_number.text() == "116 111"
    assert bar.buttons["alarmtelefonen"].isEnabled()  # the volunteer can try again


def test_double_click_starts_exactly_one_transfer(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_contact(qtbot, console, admin, "voice")
    bar = panel.transfer_bar
    button = bar.buttons["amk"]
    click(qtbot, button)
    click(qtbot, button)
    qtbot.mouseDClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bar.transfer is not None, timeout=WAIT_MS)
    assert len(transfers_started(admin)) == 1


def test_chat_handover_to_116111_carries_the_note(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_contact(qtbot, console, admin, "chat")
    bar = panel.transfer_bar
    assert bar.note.isVisible()
    bar.note.setText("Young chatter, wants to keep talking.")
    click(qtbot, bar.buttons["alarmtelefonen"])
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "consulting", timeout=WAIT_MS
    )
    assert bar.transfer is not None and bar.transfer.mode == "chat_handover"
    click(qtbot, bar.complete_button)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)


def test_chat_to_113_is_call_on_behalf_and_says_so(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_contact(qtbot, console, admin, "chat")
    bar = panel.transfer_bar
    assert "not connected" in bar.buttons["amk"].toolTip()
    click(qtbot, bar.buttons["amk"])
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "consulting", timeout=WAIT_MS
    )
    assert "not connected to" in bar.reminder.text()
    assert panel.chat_input.isEnabled()  # the chat stays open
    click(qtbot, bar.complete_button)
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "completed", timeout=WAIT_MS
    )
    assert not panel.wrap_up.isVisible()


def picker_of(qtbot: QtBot, panel: ContactPanel) -> MunicipalityPicker:
    click(qtbot, panel.transfer_bar.buttons["legevakt"])
    picker = panel.transfer_bar.picker
    assert picker is not None and picker.isVisible()
    return picker


def test_legevakt_with_a_municipality_found_by_name(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_contact(qtbot, console, admin, "voice")
    qtbot.waitUntil(lambda: len(console.window.municipalities()) == 357, timeout=WAIT_MS)
    picker = picker_of(qtbot, panel)
    qtbot.keyClicks(picker.search, "Tromsø")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    bar = panel.transfer_bar
    qtbot.waitUntil(lambda: bar.transfer is not None, timeout=WAIT_MS)
    assert bar.transfer is not None
    assert bar.transfer.municipality_number == "5501"
    assert bar.transfer.municipality_resolved
    assert "near the helpline" not in bar.reminder.text()


def test_legevakt_by_number_and_without_a_municipality(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_contact(qtbot, console, admin, "voice")
    qtbot.waitUntil(lambda: len(console.window.municipalities()) == 357, timeout=WAIT_MS)
    picker = picker_of(qtbot, panel)
    qtbot.keyClicks(picker.search, "5612")
    assert picker.results.model().rowCount() == 1  # Guovdageaidnu - Kautokeino
    click(qtbot, picker.unknown_button)
    bar = panel.transfer_bar
    qtbot.waitUntil(lambda: bar.transfer is not None, timeout=WAIT_MS)
    assert bar.transfer is not None and not bar.transfer.municipality_resolved
    assert "near the helpline" in bar.reminder.text()
