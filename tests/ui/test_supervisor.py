"""The supervisor view against the simulator: team, alerts, queues, and who may see it."""

import asyncio
import time
from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from console.app import Console, build_console
from console.simulator.server import SimulatorServer
from console.ui import supervisor_view
from console.ui.style import Appearance
from console.ui.supervisor_view import SupervisorView
from tests.simkit import connect
from tests.ui.test_shift_workflow import WAIT_MS

pytestmark = pytest.mark.qt


@pytest.fixture
def supervisor(qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer) -> Iterator[Console]:
    built = build_console(qapp, simulator.url, login_hint="demo-supervisor", language="en")
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitUntil(lambda: built.window.supervisor is not None, timeout=WAIT_MS)
    yield built
    built.shutdown()


def row_of(console: Console, name: str) -> int:
    assert console.window.supervisor is not None
    model = console.window.supervisor.model
    return next(i for i, m in enumerate(model.members()) if m.display_name == name)


def test_a_volunteer_gets_no_supervisor_view(console: Console) -> None:
    assert console.window.supervisor is None
    assert console.window.views.count() == 1
    assert console.window.findChild(QObject, "teamTable") is None


def test_presence_changes_appear_in_the_team_table(
    qtbot: QtBot, supervisor: Console, admin: httpx.Client
) -> None:
    view = supervisor.window.supervisor
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() >= 10, timeout=WAIT_MS)
    view.table.selectRow(0)
    selected = view.table.selectionModel().selectedRows()[0].data()
    admin.put("/agents/vol-kari/presence", json={"presence": "break"})
    qtbot.waitUntil(
        lambda: view.model.member(row_of(supervisor, "Kari")).presence == "break", timeout=WAIT_MS
    )
    index = view.model.index(row_of(supervisor, "Kari"), 1)
    assert index.data() == "On break"
    # The live update kept the selection where it was.
    assert view.table.selectionModel().selectedRows()[0].data() == selected
    view.filter.setText("on break")
    assert view.proxy.rowCount() == 1


async def flag_from_a_volunteer(simulator: SimulatorServer, admin: httpx.Client) -> str:
    """Ingrid Demo takes a youth chat, asks for help and flags it high risk."""
    async with connect(simulator.url) as me:
        await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
        admin.post("/interactions", json={"channel": "chat", "age_group": "child_youth"})
        offer = (await me.get("/v1/snapshot")).json()["offers"][0]
        ix = await me.ok("POST", f"/v1/offers/{offer['id']}/accept")
        await me.ok("POST", f"/v1/interactions/{ix['id']}/flags", {"kind": "help_request"})
        await me.ok("POST", f"/v1/interactions/{ix['id']}/flags", {"kind": "risk"})
        return str(ix["id"])


def test_each_alert_says_who_what_where_and_how_long_and_has_its_own_button(
    qtbot: QtBot,
    supervisor: Console,
    admin: httpx.Client,
    simulator: SimulatorServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = supervisor.window.supervisor
    assert view is not None
    supervisor.window.views.setCurrentIndex(1)
    interaction_id = asyncio.run(flag_from_a_volunteer(simulator, admin))
    qtbot.waitUntil(lambda: len(view.active_alerts()) == 2, timeout=WAIT_MS)
    help_row = view.alerts.rows["help:demo-volunteer"]
    risk_row = view.alerts.rows["risk:demo-volunteer"]
    assert help_row.headline.text() == "Ingrid Demo asks for help"
    assert risk_row.headline.text() == "Ingrid Demo flagged a contact as high risk"
    assert help_row.detail.text() == "Chat · Child/youth · waiting 0\u00a0min"
    assert help_row.button is not risk_row.button
    assert "Ingrid Demo asks for help" in help_row.button.accessibleName()
    # The minutes move on with the view's tick (the clock is outside our process: faked).
    later = time.monotonic() + 185
    monkeypatch.setattr(supervisor_view, "monotonic", lambda: later)
    view.tick()
    assert help_row.detail.text().endswith("waiting 3\u00a0min")
    assert flags_of(supervisor, "Ingrid Demo") == "HELP REQUESTED · HIGH RISK"
    # Keyboard only: Tab from the filter reaches the first row's button; Space acknowledges
    # that alert only (the help request), and focus moves to the next alert's button.
    view.filter.setFocus()
    qtbot.waitUntil(view.filter.hasFocus)

    for _ in range(10):
        if help_row.button.hasFocus():
            break
        qtbot.keyClick(view.window().focusWidget(), Qt.Key.Key_Tab)
    assert help_row.button.hasFocus()
    qtbot.keyClick(help_row.button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "help:demo-volunteer" not in view.alerts.rows, timeout=WAIT_MS)
    seen = admin.get("/commands").json()
    assert [c for c in seen if c["path"].endswith(f"{interaction_id}/acknowledge")]
    assert [a.kind for a in view.active_alerts()] == ["risk"]
    assert risk_row.button.hasFocus()
    assert flags_of(supervisor, "Ingrid Demo") == "Help on the way · HIGH RISK"
    qtbot.mouseClick(risk_row.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.active_alerts(), timeout=WAIT_MS)
    assert view.table.hasFocus()  # focus never falls to nothing


def clipped_labels(view: SupervisorView) -> list[str]:
    """Wrapped labels of the queue tiles and alert rows shorter than their text needs."""
    boxes: list[QWidget] = [*view.queues.tiles.values(), *view.alerts.rows.values()]
    return [
        label.text()
        for box in boxes
        for label in box.findChildren(QLabel)
        if label.wordWrap()
        and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]


def flags_of(console: Console, name: str) -> str:
    assert console.window.supervisor is not None
    return str(console.window.supervisor.model.index(row_of(console, name), 6).data())


@pytest.mark.parametrize("zoom", [100, 150])
def test_the_team_table_fits_a_1366_by_768_screen(
    qtbot: QtBot, supervisor: Console, admin: httpx.Client, simulator: SimulatorServer, zoom: int
) -> None:
    window = supervisor.window
    appearance = window.findChild(Appearance)
    assert appearance is not None
    appearance.set_zoom(zoom)
    window.resize(1366, 768)
    window.views.setCurrentIndex(1)
    view = window.supervisor
    assert view is not None
    asyncio.run(flag_from_a_volunteer(simulator, admin))
    qtbot.waitUntil(lambda: len(view.active_alerts()) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: view.table.isVisible() and view.table.viewport().width() > 0)
    header = view.table.horizontalHeader()
    flags_right = header.sectionViewportPosition(6) + header.sectionSize(6)
    assert header.sectionViewportPosition(6) >= 0 and flags_right <= view.table.viewport().width()
    assert not view.table.horizontalScrollBar().isVisible()
    assert header.sectionSize(6) >= 120  # room for "HELP REQUESTED" at least
    # The right-hand side keeps the acknowledge buttons whole and on screen.
    for row in view.alerts.rows.values():
        corner = row.button.mapTo(window, row.button.rect().bottomRight())
        assert window.rect().contains(corner)
    # The queue tiles reflow (and scroll) rather than cut their words off: every label of a
    # tile or an alert gets the height its wrapped text needs.
    qtbot.waitUntil(lambda: clipped_labels(view) == [], timeout=5000)
    # The full flags stay readable where a cell is elided.
    index = view.model.index(row_of(supervisor, "Ingrid Demo"), 6)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "<p>HELP REQUESTED · HIGH RISK</p>"


def test_queue_tiles_follow_arrivals(
    qtbot: QtBot, supervisor: Console, admin: httpx.Client
) -> None:
    view = supervisor.window.supervisor
    assert view is not None
    tile = view.queues.tiles["adult.voice"]
    for _ in range(3):
        admin.post("/interactions", json={"channel": "voice", "age_group": "adult"})
    qtbot.waitUntil(lambda: tile.stats is not None and tile.stats.waiting == 3, timeout=WAIT_MS)
    assert tile.waiting.text() == "Waiting: 3"
    assert tile.longest.text().startswith("Longest wait: 0:0")
    assert tile.trend.samples[-1][1] == 3
