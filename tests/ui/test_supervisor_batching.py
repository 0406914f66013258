"""The supervisor view under a large, busy team (issue #23): updates are gathered and shown in
batches, none lost, with sort order and selection kept; alerts and their rows at once; the clock
repaints the time column only."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPaintEvent
from pytestqt.qtbot import QtBot

from console.contract.enums import Presence, RoutingState
from console.ui.supervisor_view import SupervisorView
from console.ui.team_model import NAME, TIME
from tests.ui.widgets.fakes import member

pytestmark = pytest.mark.qt


@pytest.fixture
def view(qtbot: QtBot) -> Iterator[SupervisorView]:
    shown = SupervisorView(lambda _interaction_id: None)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown


def shown_names(view: SupervisorView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, NAME).data() for row in range(proxy.rowCount())]


def test_a_team_of_2000_arrives_in_one_insert_and_every_row_is_shown(
    qtbot: QtBot, view: SupervisorView
) -> None:
    inserts: list[tuple[int, int]] = []
    view.model.rowsInserted.connect(lambda _parent, first, last: inserts.append((first, last)))
    for n in range(2000):
        view.upsert_member(member(f"load-{n:04d}", f"Volunteer {n:04d}"))
    assert view.model.rowCount() == 0  # gathered, not yet shown...
    assert view.member("load-1999") is not None  # ...but known to the view already
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 2000)
    assert inserts == [(0, 1999)]
    assert shown_names(view) == [f"Volunteer {n:04d}" for n in range(2000)]


def test_updates_in_a_batch_are_none_lost_and_keep_sort_and_selection(
    qtbot: QtBot, view: SupervisorView
) -> None:
    for n in range(50):
        view.upsert_member(member(f"v{n}", f"Volunteer {n:02d}", since_s=1000 - n))
    view.settle()
    view.table.sortByColumn(TIME, Qt.SortOrder.AscendingOrder)  # longest in state first
    view.table.selectRow(view.proxy.rowCount() - 1)  # the one in state for the shortest time
    selected = view.table.selectionModel().selectedRows()[0].data()
    assert selected == "Volunteer 49"
    # A burst: several volunteers change, some twice; the newest state of each is the one shown.
    view.upsert_member(member("v3", "Volunteer 03", Presence.BREAK, since_s=5))
    view.upsert_member(member("v7", "Volunteer 07", Presence.BUSY, since_s=4))
    view.upsert_member(member("v3", "Volunteer 03", Presence.BUSY, RoutingState.ENGAGED, since_s=3))
    view.upsert_member(member("v49", "Volunteer 49", Presence.BREAK, since_s=2))
    view.upsert_member(member("new", "Volunteer 50", since_s=1))
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 51)
    newest = {m.id: (m.presence, m.routing_state) for m in view.model.members()}
    assert newest["v3"] == (Presence.BUSY, RoutingState.ENGAGED)
    assert newest["v7"] == (Presence.BUSY, RoutingState.IDLE)
    assert newest["v49"] == (Presence.BREAK, RoutingState.IDLE)
    # Still sorted by time in state: the fresh changes last, oldest first.
    assert shown_names(view)[-4:] == [
        "Volunteer 07",
        "Volunteer 03",
        "Volunteer 49",
        "Volunteer 50",
    ]
    # The selection followed its volunteer, wherever the row went.
    assert view.table.selectionModel().selectedRows()[0].data() == "Volunteer 49"
    assert view.model.on_duty() == 51


def test_a_help_request_is_in_the_table_as_soon_as_its_alert(view: SupervisorView) -> None:
    view.upsert_member(member("kari", "Kari"))
    view.settle()
    view.upsert_member(member("kari", "Kari", help_requested=True))
    assert [a.kind for a in view.active_alerts()] == ["help"]
    row = view.model.index(0, 6)
    assert row.data() == "HELP REQUESTED"  # no wait for the batch
    view.upsert_member(member("kari", "Kari", help_requested=True, help_acknowledged=True))
    assert row.data() == "Help on the way"


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.regions: list[QRect] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(event, QPaintEvent):
            self.regions.append(event.rect())
        return False


def test_the_clock_repaints_the_time_column_and_touches_no_row(
    qtbot: QtBot, view: SupervisorView
) -> None:
    paints = Paints()
    view.table.viewport().installEventFilter(paints)
    for n in range(300):
        view.upsert_member(member(f"v{n}", f"Volunteer {n:03d}", since_s=60))
    view.settle()
    qtbot.waitUntil(lambda: bool(paints.regions))  # the table painted with its rows...
    view.table.executeDelayedItemsLayout()  # ...and laid out, with nothing left to repaint
    view.table.viewport().repaint()
    paints.regions.clear()
    with (
        qtbot.assertNotEmitted(view.proxy.dataChanged),
        qtbot.assertNotEmitted(view.proxy.layoutChanged),
    ):
        view.tick()
        qtbot.waitUntil(lambda: bool(paints.regions))
    header = view.table.horizontalHeader()
    left = header.sectionViewportPosition(TIME)
    column = QRect(left, 0, header.sectionSize(TIME), view.table.viewport().height())
    assert all(column.contains(region) for region in paints.regions), (column, paints.regions)
    view.table.viewport().removeEventFilter(paints)
