"""The contact record in the real window against the real simulator: one click for a silent
call, nothing filed while required fields are empty, a transfer pre-fills its action, and only
coordinators get the Statistics tab."""

from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.simulator.server import SimulatorServer
from tests.ui.helpers import file_conversation, open_console, wait_for_contact_form
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

pytestmark = pytest.mark.qt


def _records(admin: httpx.Client) -> dict[str, dict[str, Any]]:
    return {r["interaction_id"]: r for r in admin.get("/records").json()}


def _wrap_ups(admin: httpx.Client) -> list[dict[str, Any]]:
    return [c for c in admin.get("/commands").json() if c["path"].endswith("/wrap-up")]


def _in_wrap_up(qtbot: QtBot, console: Console, admin: httpx.Client, channel: str) -> Any:
    wait_for_contact_form(qtbot, console)
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": channel, "age_group": "adult"})
    panel = accept_first(qtbot, console)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    assert panel.record_form is not None
    return panel


def test_a_silent_call_is_filed_in_one_click(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = _in_wrap_up(qtbot, console, admin, "voice")
    ix = panel.interaction.id
    qtbot.mouseClick(panel.record_form.closing_buttons["silent"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: console.window.contacts.count() == 0, timeout=WAIT_MS)
    assert _records(admin)[ix]["record"] == {"call_type": "silent"}
    assert len(_wrap_ups(admin)) == 1  # one action, one command


def test_required_fields_block_completion(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = _in_wrap_up(qtbot, console, admin, "chat")
    form = panel.record_form
    qtbot.waitUntil(form.call_type_buttons["conversation"].hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(form.call_type_buttons["conversation"], Qt.Key.Key_Space)
    qtbot.mouseClick(panel.finish_button, Qt.MouseButton.LeftButton)
    problem = form.findChild(type(panel._title), "wrapUpProblem")
    assert problem is not None and "Topics" in problem.text()
    assert panel.wrap_up.isVisible() and _wrap_ups(admin) == []  # nothing was sent
    file_conversation(qtbot, panel, "existential.meaning")
    qtbot.waitUntil(lambda: console.window.contacts.count() == 0, timeout=WAIT_MS)
    record = _records(admin)[panel.interaction.id]["record"]
    assert record["topics"] == ["existential.meaning"]
    assert (record["age_band"], record["gender"]) == ("unknown", "not_asked")


def test_a_completed_transfer_prefills_its_action(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    wait_for_contact_form(qtbot, console)
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "voice", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    bar = panel.transfer_bar
    qtbot.mouseClick(bar.buttons["amk"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "consulting", timeout=WAIT_MS
    )
    qtbot.mouseClick(bar.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    assert panel.record_form is not None
    record = panel.record_form.record()
    assert record["actions"] == ["transferred_amk"]
    assert record["call_type"] == "conversation"


def test_only_a_coordinator_gets_the_statistics_tab(
    qtbot: QtBot, qapp: QApplication, console: Console, simulator: SimulatorServer
) -> None:
    qtbot.waitUntil(lambda: console.window.me is not None, timeout=WAIT_MS)
    assert console.window.statistics is None  # a volunteer
    coordinator = open_console(qtbot, qapp, simulator.url, "demo-coordinator")
    try:
        window = coordinator.window
        qtbot.waitUntil(lambda: window.statistics is not None, timeout=WAIT_MS)
        wait_for_contact_form(qtbot, coordinator)  # the shift has fully started
        assert window.views.currentWidget() is window.statistics  # takes no contacts
        tab = window.statistics
        assert tab is not None
        assert window.views.tabText(window.views.indexOf(tab)) == "Statistics"
        assert window.supervisor is None
    finally:
        coordinator.shutdown()
