"""The supervisor's view: the team, the queues, and the alerts that need a person now.

It shows states and tags only: never a conversation, never anything about a caller.
"""

from collections.abc import Callable
from dataclasses import dataclass
from time import monotonic

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRect,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.config.risk_forms import ALERTING_LEVELS
from console.contract.resources import QueueStats, TeamMember
from console.ui.alert_list import Alert, AlertList
from console.ui.formatting import fill_number, format_duration
from console.ui.plurals import Plurals
from console.ui.queue_tiles import QueueTiles
from console.ui.team_cells import TeamCells
from console.ui.team_model import FILTER_ROLE, NAME, SORT_ROLE, TIME, TeamTableModel

ALERT_RING_MS = 3000
# Team and queue updates are gathered for this long, then shown together: a busy team sends
# tens of updates a second (thousands when it signs in). One table update, resort, repaint and
# warning check per batch instead of per event keeps the GUI thread light: sorted by time in
# state, every update moves a row and repaints the whole table (~10 ms in Python for the
# cells' data), so at 15 events/s per-event updates cost ~20 % of a core and 5 batches a
# second ~6 % (issue #23). A fifth of a second is quick for a table a supervisor reads;
# anything that raises or clears an alert is shown at once.
SETTLE_MS = 200


@dataclass(frozen=True)
class Thresholds:
    longest_wait_s: float = 120.0
    min_on_duty: int = 2


# Share of the table's width per column (name, presence, state, time, contact, languages,
# flags): together they fit the viewport, so Flags is on screen at 1366 px.
COLUMN_SHARES = (0.17, 0.11, 0.12, 0.1, 0.2, 0.1, 0.2)


def needs_attention(member: TeamMember) -> bool:
    """A volunteer with something an alert is about: help, risk or a debrief wanted."""
    return bool(member.help_requested or member.risk_flagged or member.debrief == "requested")


class ColumnFitter(QObject):
    """Spreads the team table's columns over its width when the width changes (never per
    update: that is O(columns), not O(rows) like ResizeToContents). GUI thread only."""

    def __init__(self, table: QTableView, resized: Callable[[], None]) -> None:
        super().__init__(table)
        self._table = table
        self._resized = resized  # more rows on screen may need their time in state
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
            self._resized()
        return False

    def fit(self) -> None:
        width = self._table.viewport().width()
        header = self._table.horizontalHeader()
        for column, share in enumerate(COLUMN_SHARES[:-1]):
            header.resizeSection(column, max(header.minimumSectionSize(), int(width * share)))


class SupervisorView(QWidget):
    """The supervisor's team, queues and alerts; created and called on the GUI thread only."""

    def __init__(
        self,
        acknowledge_help: Callable[[str], object],
        thresholds: Thresholds | None = None,
        parent: QWidget | None = None,
        acknowledge_debrief: Callable[[str], object] | None = None,
        notify: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorView")
        self._acknowledge_help = acknowledge_help
        self._acknowledge_debrief = acknowledge_debrief
        self._notify = notify
        self.thresholds = thresholds or Thresholds()
        self._plurals = Plurals(self)
        self._alerts: dict[str, Alert] = {}
        self._dismissed: set[str] = set()  # risk alerts acknowledged here, until the flag clears
        self._ring = QTimer(self)
        self._ring.setInterval(ALERT_RING_MS)
        self._ring.timeout.connect(QApplication.beep)
        self._pending: dict[str, TeamMember] = {}  # newest state per volunteer, not yet shown
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.settle)
        splitter = QSplitter(self)
        splitter.addWidget(self._build_team())
        splitter.addWidget(self._build_alerts_and_queues())
        splitter.setSizes([860, 500])  # proportions: the team gets the larger share
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    def _build_team(self) -> QWidget:
        self.model = TeamTableModel(self)
        self.cells = TeamCells(self.model, self)  # what the table paints, row for row
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.cells)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterRole(FILTER_ROLE)  # every column but the time, in one value
        self.proxy.setFilterKeyColumn(NAME)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setDynamicSortFilter(True)
        self.proxy.setSortLocaleAware(True)  # Áilu sorts with A, not after Z
        self.filter = QLineEdit(self)
        self.filter.setObjectName("teamFilter")
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("teamTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Tab leaves the table (arrows move within it), so the keyboard reaches the alerts.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        # Not ResizeToContents: that asks every row for its size on every update (500 rows,
        # 10 updates a second). Shares of the width, set when the width changes; the
        # supervisor can still drag them. Long headers and cells are elided, with the full
        # header as its tooltip.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(40)
        header.setStretchLastSection(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.columns = ColumnFitter(self.table, self._refresh_visible_times)
        self.table.verticalScrollBar().valueChanged.connect(self._refresh_visible_times)
        for moved in (
            self.proxy.layoutChanged,
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
        ):
            moved.connect(self._refresh_visible_times)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table, 1)
        return left

    def _build_alerts_and_queues(self) -> QWidget:
        self.queues = QueueTiles(self)

        self.alerts = AlertList(self._acknowledge, self)
        self.warnings = QLabel(self)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)  # backend text, never markup
        self.warnings.setObjectName("supervisorWarnings")
        self.warnings.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self._alerts_caption = QLabel(right)
        self._alerts_caption.setObjectName("alertsHeading")
        right_layout.addWidget(self._alerts_caption)
        right_layout.addWidget(self.alerts, 2)
        right_layout.addWidget(self.warnings)
        # The tiles scroll rather than squeeze: at 150 % text on 768 px nothing is clipped.
        queues_area = QScrollArea(right)
        queues_area.setObjectName("queueTilesArea")
        queues_area.setWidgetResizable(True)
        queues_area.setFrameShape(QFrame.Shape.NoFrame)
        queues_area.setWidget(self.queues)
        right_layout.addWidget(queues_area, 3)
        return right

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(
            QCoreApplication.translate("SupervisorView", "Filter by name, state, language…")
        )
        self._alerts_caption.setText(QCoreApplication.translate("SupervisorView", "Needs you now"))
        self.alerts.setAccessibleName(self._alerts_caption.text())
        self.filter.setAccessibleName(self.filter.placeholderText())
        self.table.setAccessibleName(QCoreApplication.translate("SupervisorView", "Team members"))
        self.model.retranslate()
        self._show_alerts()
        self.queues.tick()
        self._check_warnings()

    # ------------------------------------------------------------ data in

    def upsert_member(self, member: TeamMember) -> None:
        shown = self.member(member.id)
        self._pending[member.id] = member
        self._update_alerts(member)
        if needs_attention(member) or (shown is not None and needs_attention(shown)):
            self.settle()  # the row says what the alert says, at the same moment
        else:
            self._settle_soon()

    def set_queue(self, stats: QueueStats) -> None:
        self.queues.set_stats(stats)
        self._settle_soon()

    def member(self, agent_id: str) -> TeamMember | None:
        """The newest state of a volunteer, shown in the table yet or not."""
        return self._pending.get(agent_id) or self.model.find(agent_id)

    def _settle_soon(self) -> None:
        if not self._settle.isActive():
            self._settle.start()

    def settle(self) -> None:
        """Show what has come in since the last time: the table in one batch, then warnings."""
        self._settle.stop()
        pending, self._pending = self._pending, {}
        if pending:
            self.model.upsert_many(pending.values())
        self._check_warnings()

    def tick(self) -> None:
        self._repaint_times()
        self.queues.tick()
        self._show_alerts()  # minutes waiting move on
        self._check_warnings()

    def _repaint_times(self) -> None:
        """Time in state moves on: new texts for the rows on screen, then a repaint of that
        column, nothing more. Not a model update over every row: that would have the proxy
        map and the view redo all 2,000 rows each second, for the 30 on screen (neither
        sorting nor filtering reads that text)."""
        self._refresh_visible_times()
        header = self.table.horizontalHeader()
        viewport = self.table.viewport()
        left = header.sectionViewportPosition(TIME)
        viewport.update(QRect(left, 0, header.sectionSize(TIME), viewport.height()))

    def _refresh_visible_times(self) -> None:
        """Rows that come on screen (scrolled, sorted, filtered, moved) get their time in state
        before they are painted; rows off screen are brought up to date when they come on."""
        first = self.table.rowAt(0)
        if first < 0:
            return
        last = self.table.rowAt(self.table.viewport().height() - 1)
        last = self.proxy.rowCount() - 1 if last < 0 else last
        proxy = self.proxy
        rows = [proxy.mapToSource(proxy.index(row, TIME)).row() for row in range(first, last + 1)]
        self.cells.refresh_times(rows)

    # ------------------------------------------------------------- alerts

    def _update_alerts(self, member: TeamMember) -> None:
        wanted: dict[str, Alert] = {}
        if member.help_requested and not member.help_acknowledged:
            key = f"help:{member.id}"
            wanted[key] = Alert(key, member.id, "help", member.help_interaction_id)
        if member.risk_flagged:
            key = f"risk:{member.id}"
            urgent = member.risk_level in ALERTING_LEVELS
            wanted[key] = Alert(key, member.id, "risk", None, urgent=urgent)
        if member.debrief == "requested":
            key = f"debrief:{member.id}"
            wanted[key] = Alert(key, member.id, "debrief", None)
        for key in [k for k in self._alerts if k.endswith(f":{member.id}") and k not in wanted]:
            self._drop_alert(key)
        for key, alert in wanted.items():
            if key not in self._alerts and key not in self._dismissed:
                self._alerts[key] = alert
                self.alerts.add(alert)
                QApplication.beep()
                QApplication.alert(self.window())
                if self._notify is not None:
                    self._notify()
        if not any(k.endswith(f":{member.id}") for k in wanted):
            self._dismissed = {k for k in self._dismissed if not k.endswith(f":{member.id}")}
        self._show_alerts(member.id)
        self._update_ring()

    def _update_ring(self) -> None:
        if self._alerts and not self._ring.isActive():
            self._ring.start()
        elif not self._alerts:
            self._ring.stop()

    def _show_alerts(self, agent_id: str | None = None) -> None:
        """Fill in the rows' text: one volunteer's rows after their update, all on a tick."""
        now = monotonic()
        for key, row in self.alerts.rows.items():
            alert = self._alerts[key]
            if agent_id is None or alert.agent_id == agent_id:
                member = self.member(alert.agent_id)
                row.show_text(member.display_name if member else "", member, now)

    def _drop_alert(self, key: str) -> None:
        self._alerts.pop(key, None)
        if self.alerts.drop(key) and not self.alerts.focus_first():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # focus never falls to nothing
        self._update_ring()

    def active_alerts(self) -> list[Alert]:
        return list(self._alerts.values())

    def _acknowledge(self, alert: Alert) -> None:
        row = self.alerts.rows.get(alert.key)
        if alert.kind == "help" and alert.interaction_id is not None:
            # The volunteer sees the acknowledgement; the row goes when the backend says so.
            self._acknowledge_help(alert.interaction_id)
            if row is not None:
                row.button.setEnabled(False)  # one click is enough; no second command
        elif alert.kind == "debrief" and self._acknowledge_debrief is not None:
            self._acknowledge_debrief(alert.agent_id)
            if row is not None:
                row.button.setEnabled(False)
        else:
            self._dismissed.add(alert.key)
            self._drop_alert(alert.key)
        if row is not None and not row.button.isEnabled() and not self.alerts.focus_first():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----------------------------------------------------------- warnings

    def _check_warnings(self) -> None:
        notes = []
        longest = self.queues.longest_wait_s()
        if longest > self.thresholds.longest_wait_s:
            notes.append(
                fill_number(
                    QCoreApplication.translate("SupervisorView", "Someone has waited %1."),
                    "%1",
                    format_duration(longest),
                )
            )
        on_duty = self.model.on_duty()
        if self.model.rowCount() and on_duty < self.thresholds.min_on_duty:
            notes.append(self._plurals.too_few_on_duty(self.thresholds.min_on_duty, on_duty))
        self.warnings.setText("\n".join(notes))
        self.warnings.setVisible(bool(notes))
