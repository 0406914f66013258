"""The transfer bar alone, with fake transfer commands: one click consults, a slip is undone,
and every failure shows the number to dial by hand."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from console.contract.enums import Channel, TransferFailure, TransferState
from console.contract.resources import TransferTarget
from console.core.errors import CoreError, ErrorKind
from console.ui.municipality_picker import MunicipalityPicker
from console.ui.transfer_bar import TransferBar
from tests.ui.widgets.fakes import (
    AMK,
    CHILD_LINE,
    LEGEVAKT,
    MUNICIPALITIES,
    FakeTransferCommands,
    transfer,
)

pytestmark = pytest.mark.qt

LEFT = Qt.MouseButton.LeftButton
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def commands() -> FakeTransferCommands:
    return FakeTransferCommands()


@pytest.fixture
def hosts() -> list[QWidget]:
    """Keeps each bar's window referenced until the test ends (qtbot holds only weak ones)."""
    return []


def make_bar(
    qtbot: QtBot,
    commands: FakeTransferCommands,
    channel: Channel,
    hosts: list[QWidget],
    targets: list[TransferTarget] | None = None,
) -> TransferBar:
    host = QWidget()
    hosts.append(host)
    qtbot.addWidget(host)
    bar = TransferBar(
        "interaction-1",
        channel,
        targets or [LEGEVAKT, AMK, CHILD_LINE],
        commands,
        lambda: MUNICIPALITIES,
    )
    QVBoxLayout(host).addWidget(bar)  # the host owns the bar from here
    host.show()
    qtbot.waitExposed(host)
    return bar


@pytest.fixture
def bar(qtbot: QtBot, commands: FakeTransferCommands, hosts: list[QWidget]) -> TransferBar:
    return make_bar(qtbot, commands, Channel.VOICE, hosts)


def button(bar: TransferBar, target_id: str) -> QPushButton:
    return bar.buttons[target_id]


def test_each_target_shows_its_number_as_read_aloud(bar: TransferBar) -> None:
    assert [b.text() for b in bar.buttons.values()] == [
        "Legevakt 116 117",
        "AMK 113",
        "Alarmtelefonen 116 111",
    ]
    assert not button(bar, "alarmtelefonen").isEnabled()  # closed now
    assert "Open: 15-22\nClosed now." in button(bar, "alarmtelefonen").toolTip()
    assert not bar.complete_button.isVisible()
    assert not bar.copy_button.isVisible()


def test_one_click_starts_a_consult_and_nothing_more(
    qtbot: QtBot, bar: TransferBar, commands: FakeTransferCommands
) -> None:
    qtbot.mouseClick(button(bar, "amk"), LEFT)
    assert commands.calls == [("start", "interaction-1", "amk", "None", "None")]
    assert bar.state_label.text() == "Starting…"
    assert not any(b.isEnabled() for b in bar.buttons.values())  # no second transfer meanwhile
    qtbot.mouseClick(button(bar, "amk"), LEFT)
    assert len(commands.calls) == 1


def test_a_consult_can_be_completed_or_cancelled(
    qtbot: QtBot, bar: TransferBar, commands: FakeTransferCommands
) -> None:
    qtbot.mouseClick(button(bar, "amk"), LEFT)
    bar.set_transfer(transfer(AMK, TransferState.RINGING))
    assert bar.state_label.text().startswith("Ringing AMK… 0:0")
    assert bar.reminder.text() == "AMK will ask where the caller is: address, place, landmarks."
    assert bar.complete_button.isVisible()
    assert not bar.complete_button.isEnabled()  # nobody to hand over to yet
    bar.set_transfer(transfer(AMK, TransferState.CONSULTING))
    assert bar.complete_button.isEnabled()
    qtbot.mouseClick(bar.cancel_button, LEFT)
    qtbot.mouseClick(bar.complete_button, LEFT)
    assert commands.calls[1:] == [("cancel", "transfer-1"), ("complete", "transfer-1")]


def test_a_failed_transfer_shows_the_number_to_dial(qtbot: QtBot, bar: TransferBar) -> None:
    qtbot.mouseClick(button(bar, "amk"), LEFT)
    failed = transfer(AMK, TransferState.FAILED).model_copy(
        update={"failure_reason": TransferFailure.BUSY}
    )
    bar.set_transfer(failed)
    assert bar.fallback_text.text() == "The line was busy. Dial by hand:"
    assert bar.fallback_number.text() == "113"
    assert bar.copy_button.isVisible()
    assert button(bar, "amk").isEnabled()  # and trying again is one click away
    qtbot.mouseClick(bar.copy_button, LEFT)
    assert QGuiApplication.clipboard().text() == "113"


def test_a_refused_start_shows_the_number_at_once(
    qtbot: QtBot, bar: TransferBar, commands: FakeTransferCommands
) -> None:
    qtbot.mouseClick(button(bar, "amk"), LEFT)
    commands.operations[0].failed.emit(CoreError(ErrorKind.TIMEOUT, "no answer"))
    assert bar.fallback_text.text() == "The routing service did not answer in time. Dial by hand:"
    assert bar.fallback_number.text() == "113"
    assert bar.state_label.text() == ""
    assert button(bar, "amk").isEnabled()


def test_offline_a_click_shows_the_number_and_sends_nothing(
    qtbot: QtBot, bar: TransferBar, commands: FakeTransferCommands
) -> None:
    bar.set_online(False)
    qtbot.mouseClick(button(bar, "legevakt"), LEFT)
    assert commands.calls == []
    assert bar.fallback_number.text() == "116 117"
    assert bar.fallback_text.text().startswith("No connection to the routing service.")


def test_legevakt_asks_for_the_municipality_first(
    qtbot: QtBot, bar: TransferBar, commands: FakeTransferCommands
) -> None:
    qtbot.mouseClick(button(bar, "legevakt"), LEFT)
    picker = bar.findChild(MunicipalityPicker)
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    assert commands.calls == []  # nothing is dialled before the municipality is known
    qtbot.keyClicks(picker.search, "karas")  # QTest types ASCII only; "Karasjok" matches
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert commands.calls == [("start", "interaction-1", "legevakt", "5626", "None")]
    assert bar.picker is None  # the picker is gone (deleted later: the leak check sees to it)


def test_the_second_transfer_key_starts_the_second_target(
    qtbot: QtBot, bar: TransferBar, commands: FakeTransferCommands
) -> None:
    window = bar.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL_SHIFT)
    assert commands.calls == [("start", "interaction-1", "amk", "None", "None")]


def test_a_chat_handover_carries_the_note(
    qtbot: QtBot, commands: FakeTransferCommands, hosts: list[QWidget]
) -> None:
    open_now = CHILD_LINE.model_copy(update={"available_now": True})
    chat = make_bar(qtbot, commands, Channel.CHAT, hosts, [LEGEVAKT, AMK, open_now])
    assert chat.note.isVisible()
    qtbot.keyClicks(chat.note, "  Vil snakke med noen i kveld  ")
    qtbot.mouseClick(button(chat, "alarmtelefonen"), LEFT)
    assert commands.calls == [
        ("start", "interaction-1", "alarmtelefonen", "None", "Vil snakke med noen i kveld")
    ]


def test_a_call_on_behalf_sends_no_note(
    qtbot: QtBot, commands: FakeTransferCommands, hosts: list[QWidget]
) -> None:
    chat = make_bar(qtbot, commands, Channel.CHAT, hosts)
    qtbot.keyClicks(chat.note, "not for AMK")
    qtbot.mouseClick(button(chat, "amk"), LEFT)
    assert commands.calls == [("start", "interaction-1", "amk", "None", "None")]


def test_the_consult_line_names_the_service_and_the_municipality(
    qtbot: QtBot, bar: TransferBar
) -> None:
    consult = transfer(LEGEVAKT, TransferState.CONSULTING)
    bar.set_transfer(consult.model_copy(update={"municipality_number": "5626"}))
    assert bar.state_label.text().startswith("Connected to Legevakt (Kárášjohka - Karasjok) 0:0")
    bar.set_transfer(consult.model_copy(update={"municipality_number": None}))
    assert bar.state_label.text().startswith("Connected to Legevakt 0:0")
    bar.set_transfer(transfer(AMK, TransferState.INITIATING, "transfer-2"))
    assert bar.state_label.text().startswith("Calling AMK… 0:0")


def test_in_wrap_up_no_transfer_starts_but_the_number_to_dial_stays(
    qtbot: QtBot, bar: TransferBar, commands: FakeTransferCommands
) -> None:
    abandoned = transfer(AMK, TransferState.ABANDONED)
    bar.set_transfer(abandoned.model_copy(update={"fallback_number": "113"}))
    bar.set_contact_active(False)
    assert not any(b.isEnabled() for b in bar.buttons.values())
    qtbot.mouseClick(button(bar, "amk"), LEFT)
    qtbot.keyClick(bar, Qt.Key.Key_2, CTRL_SHIFT)
    bar.request("amk")
    assert commands.calls == []
    assert bar.fallback_number.isVisible() and bar.fallback_number.text() == "113"
    assert bar.copy_button.isEnabled()
