"""The resource panel beside the chat and `/` ready replies in the reply box, driven with real
keys and clicks: nothing is ever sent by inserting, private fields never reach the chat, a 16+
service is hidden for a young contact under 16, and a placeholder left blocks sending."""

from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.simulator.server import SimulatorServer
from console.ui.contact_panel import ContactPanel
from tests.ui.helpers import open_console
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available


def chat(qtbot: QtBot, console: Console, admin: httpx.Client, **fields: str) -> ContactPanel:
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", **fields})
    panel = accept_first(qtbot, console)
    qtbot.waitUntil(lambda: panel.resource_panel.results.count() > 0, timeout=WAIT_MS)
    return panel


def messages_posted(admin: httpx.Client) -> list[object]:
    return [c for c in admin.get("/commands").json() if str(c["path"]).endswith("/messages")]


def listed(panel: ContactPanel) -> list[str]:
    results = panel.resource_panel.results
    return [results.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(results.count())]


def test_a_16_plus_resource_is_hidden_for_a_youth_under_16(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = chat(qtbot, console, admin, age_group="child_youth", language="nb")
    resources = panel.resource_panel
    assert "alarmtelefonen" in listed(panel)
    assert "self-help-apps-16" not in listed(panel)
    assert resources.hidden_note.isVisible()  # the volunteer is told something is hidden
    resources.age.setFocus()
    for _ in range(14):
        qtbot.keyClick(resources.age, Qt.Key.Key_Up)
    assert resources.age.value() == 14
    assert "self-help-apps-13" in listed(panel)
    assert "self-help-apps-16" not in listed(panel)
    qtbot.keyClick(resources.age, Qt.Key.Key_Up)
    qtbot.keyClick(resources.age, Qt.Key.Key_Up)
    assert "self-help-apps-16" in listed(panel)


def test_put_in_reply_inserts_public_fields_only_and_never_sends(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = chat(qtbot, console, admin, age_group="child_youth", language="se")
    resources = panel.resource_panel
    shared: list[str] = []
    resources.shared.connect(shared.append)
    resources.search.setFocus()
    qtbot.keyClicks(resources.search, "116111")
    qtbot.waitUntil(lambda: listed(panel) == ["alarmtelefonen"], timeout=WAIT_MS)
    qtbot.keyClick(resources.search, Qt.Key.Key_Return)  # to the results
    assert resources.results.hasFocus()
    assert resources.private.isVisible()  # the volunteer sees the private note, marked
    private_text = resources.private.text()
    assert "Kristiansand" in private_text
    qtbot.keyClick(resources.results, Qt.Key.Key_Return)  # put in reply
    reply = panel.chat_input.text()
    assert reply.startswith("Alarmtelefovdna mánáide ja nuoraide")  # the chatter's language
    assert "116 111" in reply
    assert "Kristiansand" not in reply and "barnevernvakter" not in reply
    assert panel.chat_input.hasFocus()
    assert shared == ["alarmtelefonen"]
    assert messages_posted(admin) == []  # inserting never sends
    # "Resource shared" is ticked on the contact record (filed at wrap-up).
    assert panel.record_form is not None
    assert "resource_shared" in panel.record_form.record()["actions"]


def test_slash_silent_finds_the_silent_check_in_and_inserting_does_not_send(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = chat(qtbot, console, admin, age_group="adult", language="en")
    box = panel.chat_input
    box.setFocus()
    qtbot.keyClicks(box, "/silent")
    replies = panel.replies.list
    assert replies.isVisible()
    assert replies.item(0).text() == "Silent check-in"  # the volunteer's language (en)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.text() == "I am still here. Write when you are ready; it is fine to take your time."
    assert not replies.isVisible()
    assert messages_posted(admin) == []
    assert "I am still here" not in panel.transcript.toPlainText()


def test_an_unfilled_placeholder_blocks_sending(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = chat(qtbot, console, admin, age_group="adult", language="en", org_id="kirkens-sos")
    box = panel.chat_input
    box.setFocus()
    qtbot.keyClicks(box, "/opening hours")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.text() == "Kirkens SOS is open {opening hours}."
    qtbot.keyClick(box, Qt.Key.Key_Return)  # try to send
    assert panel.replies.message.isVisible()
    assert "{opening hours}" in panel.replies.message.text()
    assert messages_posted(admin) == []
    assert box.selectedText() == "{opening hours}"  # typing replaces it
    qtbot.keyClicks(box, "day and night")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(messages_posted(admin)) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: "Kirkens SOS is open day and night." in panel.transcript.toPlainText(),
        timeout=WAIT_MS,
    )


def test_the_offline_copy_serves_when_the_backend_cannot(
    qtbot: QtBot,
    qapp: QApplication,
    simulator: SimulatorServer,
    admin: httpx.Client,
    tmp_path: Path,
) -> None:
    cache = tmp_path / "resources.json"
    console = open_console(qtbot, qapp, simulator.url, resource_cache=cache)
    try:
        qtbot.waitUntil(lambda: console.bridge.directory is not None, timeout=WAIT_MS)
        assert cache.exists()  # public service data only: the directory, never a contact
        admin.post("/faults", json={"fail_next": 3, "status": 503})  # every retry fails
        console.bridge.directory = None
        console.bridge.load_resources()
        qtbot.waitUntil(lambda: console.bridge.directory is not None, timeout=WAIT_MS)
        assert console.bridge.directory_offline
        panel = chat(qtbot, console, admin, age_group="adult", language="nb")
        assert "Offline copy" in panel.resource_panel.status.text()
    finally:
        console.shutdown()
