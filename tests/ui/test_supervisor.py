"""The supervisor view against the simulator: team, alerts, queues, and who may see it."""

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console, build_console
from console.simulator.server import SimulatorServer
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


def test_a_help_request_alerts_and_is_acknowledged(
    qtbot: QtBot, supervisor: Console, admin: httpx.Client, simulator: SimulatorServer
) -> None:
    view = supervisor.window.supervisor
    assert view is not None

    async def ask_for_help() -> dict[str, Any]:
        async with connect(simulator.url) as me:
            await me.ok("PUT", "/v1/me/presence", {"presence": "available"})
            admin.post("/interactions", json={"channel": "chat", "age_group": "child_youth"})
            offer = (await me.get("/v1/snapshot")).json()["offers"][0]
            ix = await me.ok("POST", f"/v1/offers/{offer['id']}/accept")
            await me.ok("POST", f"/v1/interactions/{ix['id']}/flags", {"kind": "help_request"})
            return ix

    interaction = asyncio.run(ask_for_help())
    qtbot.waitUntil(lambda: len(view.active_alerts()) == 1, timeout=WAIT_MS)
    assert "Ingrid Demo asks for help" in view.alerts.item(0).text()
    flags = view.model.index(row_of(supervisor, "Ingrid Demo"), 6).data()
    assert flags == "HELP REQUESTED"
    qtbot.mouseClick(view.ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.active_alerts(), timeout=WAIT_MS)
    seen = admin.get("/commands").json()
    assert any(c["path"].endswith(f"{interaction['id']}/acknowledge") for c in seen)
    assert view.model.index(row_of(supervisor, "Ingrid Demo"), 6).data() == "Help on the way"


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
