"""Every backend string is shown as plain text, in every view: a walk over every label (and
tooltip) of every window, fed with markup that would load a local file if it were rendered."""

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from console.app import Console, build_console
from console.contract.training import Debrief, LocalText
from console.simulator.server import SimulatorServer
from console.ui.training import DebriefDialog, ScenarioPicker
from tests.ui.helpers import open_console
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

pytestmark = pytest.mark.qt

IMAGE = '<img src="file:///etc/passwd">'
BOLD = "<b>x</b>"
MARKUP = f"{IMAGE}{BOLD}"


def not_plain(qapp: QApplication) -> list[str]:
    """Labels of every window that would read their text as markup, and tooltips that would
    render ours as markup. A label is polished (as Qt does before it is first shown) first."""
    found = []
    for window in qapp.topLevelWidgets():
        for label in [window, *window.findChildren(QWidget)]:
            if isinstance(label, QLabel):
                label.ensurePolished()
                if label.textFormat() is not Qt.TextFormat.PlainText:
                    found.append(f"label {label.objectName()!r}: {label.text()[:40]!r}")
            tip = label.toolTip()
            if IMAGE in tip or BOLD in tip:
                found.append(f"tooltip of {label.objectName()!r}: {tip[:40]!r}")
    return found


def shown_literally(qapp: QApplication, text: str) -> bool:
    return any(
        text in label.text()
        for window in qapp.topLevelWidgets()
        for label in window.findChildren(QLabel)
        if label.isVisible()
    )


def envelope(event_type: str, data: dict[str, Any]) -> str:
    return json.dumps(
        {"id": 1, "type": event_type, "time": "2026-11-24T12:00:00Z", "subject": "s", "data": data}
        | {"v": 1}
    )


def raw(admin: httpx.Client, agent_id: str, event_type: str, data: dict[str, Any]) -> None:
    payload = envelope(event_type, data)
    body = {"agent_id": agent_id, "event_type": event_type, "payload": payload, "stamp_id": True}
    admin.post("/events/raw", json=body).raise_for_status()


def test_the_sign_in_page_is_plain_text(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer
) -> None:
    built = build_console(qapp, simulator.url, language="en")
    qtbot.addWidget(built.window)
    built.window.show()
    try:
        qtbot.waitUntil(built.window.isVisible)
        assert not_plain(qapp) == []
    finally:
        built.shutdown()


def test_a_shift_with_a_chat_a_transfer_and_an_offer_shows_markup_literally(
    qtbot: QtBot, qapp: QApplication, console: Console, admin: httpx.Client
) -> None:
    window = console.window
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "child_youth"})
    qtbot.waitUntil(lambda: window.offers.list.count() == 1, timeout=WAIT_MS)
    # Taken before the transfer starts: a running transfer sends the ringing offer back.
    offer = window.offers.offers()[0].model_dump(mode="json")
    qtbot.mouseClick(panel.transfer_bar.buttons["amk"], Qt.MouseButton.LeftButton)
    bar = panel.transfer_bar
    qtbot.waitUntil(lambda: bar.transfer is not None, timeout=WAIT_MS)
    # The backend names the organisation with markup, on the live call and on a new offer.
    live = panel.interaction.model_dump(mode="json")
    live.update(version=live["version"] + 100, org={"id": live["org"]["id"], "name": MARKUP})
    raw(admin, "demo-volunteer", "interaction.flagged", live)
    offer.update(id="off_markup", org={"id": "h", "name": MARKUP})
    raw(admin, "demo-volunteer", "offer.created", offer)
    qtbot.waitUntil(lambda: "off_markup" in {o.id for o in window.offers.offers()}, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: shown_literally(qapp, MARKUP), timeout=WAIT_MS)
    window.show_shortcuts()  # the F1 sheet is a window of its own
    qtbot.waitUntil(lambda: window.shortcut_sheet is not None and window.shortcut_sheet.isVisible())
    assert not_plain(qapp) == []


@pytest.fixture
def supervisor(qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer) -> Iterator[Console]:
    built = open_console(qtbot, qapp, simulator.url, "demo-supervisor")
    qtbot.waitUntil(lambda: built.window.supervisor is not None, timeout=WAIT_MS)
    built.window.views.setCurrentIndex(1)
    yield built
    built.shutdown()


def test_the_supervisor_view_shows_backend_markup_literally(
    qtbot: QtBot, qapp: QApplication, supervisor: Console, admin: httpx.Client
) -> None:
    view = supervisor.window.supervisor
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() >= 5, timeout=WAIT_MS)
    member = view.model.member(0).model_dump(mode="json")
    member.update(
        version=member["version"] + 100,
        display_name=MARKUP,
        languages=[MARKUP],
        help_requested=True,
        help_interaction_id="ix_markup",
        current_channel="chat",
        current_age_group="adult",
    )
    raw(admin, "demo-supervisor", "team.agent_changed", member)
    queue = {
        "id": f"adult.chat.{MARKUP}",
        "version": 1,
        "age_group": "adult",
        "channel": "chat",
        "waiting": 2,
        "agents_available": 1,
    }
    raw(admin, "demo-supervisor", "queue.stats_changed", queue)
    qtbot.waitUntil(lambda: f"adult.chat.{MARKUP}" in view.queues.tiles, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(view.active_alerts()) == 1, timeout=WAIT_MS)
    row = next(iter(view.alerts.rows.values()))
    assert row.headline.text() == f"{MARKUP} asks for help"
    tile = view.queues.tiles[f"adult.chat.{MARKUP}"]
    title = tile.findChild(QLabel, "queueTileTitle")
    assert title is not None and MARKUP in title.text()
    # A cell's tooltip is the escaped text, so Qt's tooltip shows the markup, not an image.
    languages = view.model.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert IMAGE not in languages and "&lt;img" in languages
    assert not GuiQt.mightBeRichText(MARKUP) or languages.startswith("<p>")
    assert not_plain(qapp) == []


def test_training_panel_picker_and_debrief_are_plain_text(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer
) -> None:
    built = open_console(qtbot, qapp, simulator.url, training_url=simulator.url)
    try:
        panel = built.window.training_panel
        assert panel is not None
        qtbot.waitUntil(lambda: bool(panel.scenarios), timeout=WAIT_MS)
        info = panel.scenarios[0].model_copy(
            update={"title": LocalText(nb=MARKUP, se=MARKUP, en=MARKUP)}
        )
        panel.current = info
        panel.retranslate()
        assert panel.title.text() == MARKUP
        picker = ScenarioPicker([info], "en", built.window)
        picker.open()
        debrief = Debrief(
            scenario_id=info.id, title=info.title, language="en", steps=[], expectations=[]
        )
        dialog = DebriefDialog(debrief, [], "en", built.window)
        dialog.open()
        qtbot.waitUntil(dialog.isVisible)
        assert MARKUP in dialog.summary.text()
        assert not_plain(qapp) == []
        picker.close()
        dialog.close()
    finally:
        built.shutdown()
