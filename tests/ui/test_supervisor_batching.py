"""The supervisor view under a large, busy team (issue #23): updates are gathered and shown in
batches, none lost, with sort order and selection kept; alerts and their rows at once; the clock
repaints the time column only; the cells the table paints are exactly the team model's."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from console.contract.enums import Presence, RoutingState
from console.ui.supervisor_view import SupervisorView
from console.ui.team_model import ANSWERED_ROLES, NAME, TIME, TeamTableModel
from tests.qt_leaks import flush_deletes
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
    # Deleted here, on the GUI thread: left to the garbage collector (signal connections make
    # cycles), a later collection on the core thread would destroy Qt objects there.
    shown.close()
    shown.deleteLater()
    flush_deletes()


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


def cells_differ(view: SupervisorView) -> list[tuple[int, int, int]]:
    """Where what the table paints differs from the team model (the clock column aside)."""
    model, cells = view.model, view.cells
    return [
        (row, column, int(role))
        for row in range(model.rowCount())
        for column in range(7)
        for role in ANSWERED_ROLES
        if not (column == TIME and role == Qt.ItemDataRole.DisplayRole)
        and model.index(row, column).data(role) != cells.index(row, column).data(role)
    ]


def test_the_table_paints_exactly_what_the_team_model_says(
    qtbot: QtBot, view: SupervisorView
) -> None:
    for n in range(40):
        view.upsert_member(member(f"v{n}", f"Volunteer {n:02d}"))
    view.upsert_member(member("kari", "Kari", help_requested=True, risk_flagged=True))
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 41)
    view.upsert_member(member("v5", "Volunteer 05", Presence.BREAK, languages=["se", "nb"]))
    view.upsert_member(member("kari", "Kari", help_requested=True, help_acknowledged=True))
    view.settle()
    assert view.model.rowCount() == view.cells.rowCount()
    assert cells_differ(view) == []
    assert [view.cells.headerData(c, Qt.Orientation.Horizontal) for c in range(7)] == [
        view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)
    ]


def test_the_table_cells_cannot_be_edited(qtbot: QtBot, view: SupervisorView) -> None:
    view.upsert_member(member("ola", "Ola"))
    view.settle()
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, NAME))
    for key in (Qt.Key.Key_F2, Qt.Key.Key_A):  # the edit key, and any key
        qtbot.keyClick(view.table, key)
        assert view.table.state() is not QAbstractItemView.State.EditingState
    cell = view.table.visualRect(view.proxy.index(0, NAME)).center()
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert view.table.state() is not QAbstractItemView.State.EditingState
    assert view.proxy.index(0, NAME).data() == "Ola"


def test_rows_coming_on_screen_show_their_time_in_state_now(
    qtbot: QtBot, view: SupervisorView, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The clock is outside our process: the time text is faked, one value per moment.
    clock = ["at arrival"]
    monkeypatch.setattr(TeamTableModel, "_time_in_state", staticmethod(lambda _m: clock[0]))
    for n in range(300):
        view.upsert_member(member(f"v{n}", f"Volunteer {n:03d}"))
    view.settle()
    view.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)

    def on_screen_times() -> set[str]:
        first = view.table.rowAt(0)
        last = view.table.rowAt(view.table.viewport().height() - 1)
        return {view.proxy.index(row, TIME).data() for row in range(first, last + 1)}

    clock[0] = "a second later"
    view.tick()
    assert on_screen_times() == {"a second later"}
    clock[0] = "scrolled"
    view.table.scrollToBottom()  # no tick between: rows that come on screen are brought up
    assert on_screen_times() == {"scrolled"}
