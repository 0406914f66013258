"""Re-route from the window: a chat to the other target group, and a warm call re-route with
consult, cancel and complete. The receiving side is a second volunteer on the same simulator."""

from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.simulator.server import SimulatorServer
from console.ui.contact_panel import ContactPanel
from tests.ui.helpers import open_console
from tests.ui.second_volunteer import SecondVolunteer
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available


@pytest.fixture
def second(simulator: SimulatorServer) -> Iterator[SecondVolunteer]:
    volunteer = SecondVolunteer(simulator.url)
    yield volunteer
    volunteer.close()


def adult_contact(
    qtbot: QtBot, console: Console, admin: httpx.Client, channel: str
) -> ContactPanel:
    go_available(qtbot, console)
    admin.post(
        "/interactions", json={"channel": channel, "age_group": "adult", "org_id": "kirkens-sos"}
    )
    return accept_first(qtbot, console)


def reroute_by_keyboard(qtbot: QtBot, panel: ContactPanel, target_id: str, note: str) -> None:
    """Choose the target and write the note with the keyboard; the shortcut starts it."""
    reroute = panel.transfer_bar.reroute
    assert reroute is not None
    reroute.choice.setFocus()
    index = reroute.choice.findData(target_id)
    assert index >= 0, [reroute.choice.itemData(i) for i in range(reroute.choice.count())]
    while reroute.choice.currentIndex() != index:
        key = Qt.Key.Key_Down if reroute.choice.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(reroute.choice, key)
    qtbot.keyClick(reroute.choice, Qt.Key.Key_Tab)
    assert reroute.note.hasFocus()
    qtbot.keyClicks(reroute.note, note)
    qtbot.keyClick(
        reroute.note,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def test_chat_reroute_to_the_other_target_group(
    qtbot: QtBot, console: Console, admin: httpx.Client, second: SecondVolunteer
) -> None:
    panel = adult_contact(qtbot, console, admin, "chat")
    ix = panel.interaction.id
    admin.post(f"/interactions/{ix}/messages", json={"text": "I am 14 actually"})
    qtbot.waitUntil(lambda: "I am 14 actually" in panel.transcript.toPlainText(), timeout=WAIT_MS)
    reroute = panel.transfer_bar.reroute
    assert reroute is not None
    assert reroute.choice.findData("queue.adult") < 0  # never back where it already is
    assert reroute.choice.findData("org.kirkens-sos") < 0
    second.available()
    reroute_by_keyboard(qtbot, panel, "queue.child_youth", "Says she is 14; school trouble")
    bar = panel.transfer_bar
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "ringing", timeout=WAIT_MS
    )
    assert "Waiting for a volunteer" in bar.reminder.text()
    qtbot.waitUntil(lambda: bool(second.offers()), timeout=WAIT_MS)
    leg = second.accept_offer()
    # The receiving volunteer has the note and the whole transcript: nobody repeats themselves.
    assert leg["handover"]["note"] == "Says she is 14; school trouble"
    assert leg["age_group"] == "child_youth"
    texts = [m["text"] for m in second.get(f"/v1/interactions/{leg['id']}/messages")["messages"]]
    assert texts == ["I am 14 actually"]
    # The first volunteer's contact closes into wrap-up with a clear record of where it went.
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(panel.reroute_notice.isVisible, timeout=WAIT_MS)
    assert "Re-routed to Child/youth queue" in panel.reroute_notice.text()
    assert "transcript" in panel.reroute_notice.text()
    assert not panel.chat_input.isEnabled()


def test_the_receiving_volunteer_sees_the_note_and_the_transcript(
    qtbot: QtBot, console: Console, admin: httpx.Client, second: SecondVolunteer
) -> None:
    second.available()
    admin.post(
        "/interactions",
        json={"channel": "chat", "age_group": "child_youth", "org_id": "kors-paa-halsen"},
    )
    qtbot.waitUntil(lambda: bool(second.offers()), timeout=WAIT_MS)
    first = second.accept_offer()
    admin.post(f"/interactions/{first['id']}/messages", json={"text": "I am 19, not a child"})
    second.command(
        "POST",
        f"/v1/interactions/{first['id']}/messages",
        {"client_message_id": "c-1", "text": "Thanks, I will find the right people"},
    )
    go_available(qtbot, console)
    second.command(
        "POST",
        f"/v1/interactions/{first['id']}/transfers",
        {"target_id": "queue.adult", "note": "Adult after all"},
    )
    panel = accept_first(qtbot, console)
    qtbot.waitUntil(
        lambda: "I am 19, not a child" in panel.transcript.toPlainText(), timeout=WAIT_MS
    )
    # The first volunteer's lines are theirs, not "You".
    qtbot.waitUntil(
        lambda: (
            "First volunteer: Thanks, I will find the right people"
            in panel.transcript.toPlainText()
        ),
        timeout=WAIT_MS,
    )
    qtbot.waitUntil(panel.reroute_notice.isVisible, timeout=WAIT_MS)
    notice = panel.reroute_notice.text()
    assert "Re-routed to you from Kors på halsen" in notice
    assert "Note from the first volunteer: Adult after all" in notice
    assert panel.reroute_notice.accessibleName() == notice


def test_warm_call_reroute_consult_cancel_then_complete(
    qtbot: QtBot, console: Console, admin: httpx.Client, second: SecondVolunteer
) -> None:
    panel = adult_contact(qtbot, console, admin, "voice")
    bar = panel.transfer_bar
    reroute = bar.reroute
    assert reroute is not None
    assert reroute.note.isVisible()  # a call's re-route carries a note too
    second.available()
    reroute_by_keyboard(qtbot, panel, "queue.child_youth", "Young caller")
    qtbot.waitUntil(lambda: panel.interaction.on_hold, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bool(second.offers()), timeout=WAIT_MS)
    leg = second.accept_offer()
    assert leg["handover"]["consulting"] is True
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "consulting", timeout=WAIT_MS
    )
    assert bar.complete_button.isEnabled() and not reroute.button.isEnabled()
    # Cancel: the caller is back with the first volunteer; the receiver's consult ends.
    qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.interaction.on_hold, timeout=WAIT_MS)
    ended = second.get(f"/v1/interactions/{leg['id']}")
    assert (ended["state"], ended["remote_ended"]) == ("wrap_up", True)
    second.command("POST", f"/v1/interactions/{leg['id']}/wrap-up", {"outcome_code": "other"})
    second.available()
    # Again, and this time complete: the caller moves, the first volunteer wraps up.
    qtbot.waitUntil(reroute.button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(reroute.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(second.offers()), timeout=WAIT_MS)
    leg = second.accept_offer()
    qtbot.waitUntil(bar.complete_button.isEnabled, timeout=WAIT_MS)
    qtbot.mouseClick(bar.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(panel.reroute_notice.isVisible, timeout=WAIT_MS)
    assert "the caller is with a volunteer there now" in panel.reroute_notice.text()
    moved = second.get(f"/v1/interactions/{leg['id']}")
    assert (moved["state"], moved["handover"]["consulting"]) == ("active", False)


def test_supervisor_tiles_show_rerouted_contacts(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer, admin: httpx.Client
) -> None:
    supervisor = open_console(qtbot, qapp, simulator.url, login_hint="demo-supervisor")
    try:
        view = supervisor.window.supervisor
        assert view is not None
        volunteer = SecondVolunteer(simulator.url, "demo-volunteer")
        volunteer.available()
        admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
        qtbot.waitUntil(lambda: bool(volunteer.offers()), timeout=WAIT_MS)
        contact = volunteer.accept_offer()
        volunteer.command(
            "POST",
            f"/v1/interactions/{contact['id']}/transfers",
            {"target_id": "queue.child_youth"},
        )
        tile = view.queues.tiles["child_youth.chat"]
        qtbot.waitUntil(
            lambda: tile.stats is not None and tile.stats.rerouted == 1, timeout=WAIT_MS
        )
        assert tile.waiting.text() == "Waiting: 1 (re-routed here: 1)"
        volunteer.close()
    finally:
        supervisor.shutdown()
