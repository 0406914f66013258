"""The supervisor's view: the team, the queues, and the alerts that need a person now.

It shows states and tags only: never a conversation, never anything about a caller.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.contract.resources import QueueStats, TeamMember
from console.ui.formatting import format_duration
from console.ui.plurals import Plurals
from console.ui.queue_tiles import QueueTiles
from console.ui.team_model import SORT_ROLE, TeamTableModel

ALERT_RING_MS = 3000


@dataclass(frozen=True)
class Thresholds:
    longest_wait_s: float = 120.0
    min_on_duty: int = 2


@dataclass(frozen=True)
class Alert:
    key: str  # one alert per volunteer and kind
    agent_id: str
    kind: str  # help | risk | debrief
    interaction_id: str | None


class SupervisorView(QWidget):
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
        self._alert_items: dict[str, QListWidgetItem] = {}
        self._alerts: dict[str, Alert] = {}
        self._dismissed: set[str] = set()  # risk alerts acknowledged here, until the flag clears
        self._ring = QTimer(self)
        self._ring.setInterval(ALERT_RING_MS)
        self._ring.timeout.connect(QApplication.beep)
        splitter = QSplitter(self)
        splitter.addWidget(self._build_team())
        splitter.addWidget(self._build_alerts_and_queues())
        splitter.setSizes([700, 500])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()

    def _build_team(self) -> QWidget:
        self.model = TeamTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
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
        header = self.table.horizontalHeader()
        # Not ResizeToContents: that asks every row for its size on every update (500 rows,
        # 10 updates a second). Fixed starting widths; the supervisor can drag them.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 100, 110, 100, 190, 100)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table, 1)
        return left

    def _build_alerts_and_queues(self) -> QWidget:
        self.queues = QueueTiles(self)

        self.alerts = QListWidget(self)
        self.alerts.setObjectName("supervisorAlerts")
        self.ack_button = QPushButton(self)
        self.ack_button.setObjectName("acknowledgeButton")
        self.ack_button.clicked.connect(self._acknowledge)
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
        right_layout.addWidget(self.alerts)
        right_layout.addWidget(self.ack_button)
        right_layout.addWidget(self.warnings)
        right_layout.addWidget(self.queues, 1)
        return right

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(
            QCoreApplication.translate("SupervisorView", "Filter by name, state, language…")
        )
        self._alerts_caption.setText(QCoreApplication.translate("SupervisorView", "Needs you now"))
        self.alerts.setAccessibleName(self._alerts_caption.text())
        self.filter.setAccessibleName(self.filter.placeholderText())
        self.table.setAccessibleName(QCoreApplication.translate("SupervisorView", "Team members"))
        self.ack_button.setText(
            QCoreApplication.translate("SupervisorView", "Acknowledge: I am on my way")
        )
        self.model.retranslate()
        for alert in self._alerts.values():
            self._alert_items[alert.key].setText(self._alert_text(alert))
        self.queues.tick()
        self._check_warnings()

    # ------------------------------------------------------------ data in

    def upsert_member(self, member: TeamMember) -> None:
        self.model.upsert(member)
        self._update_alerts(member)
        self._check_warnings()

    def set_queue(self, stats: QueueStats) -> None:
        self.queues.set_stats(stats)
        self._check_warnings()

    def tick(self) -> None:
        self.model.tick()
        self.queues.tick()
        self._check_warnings()

    # ------------------------------------------------------------- alerts

    def _update_alerts(self, member: TeamMember) -> None:
        wanted: dict[str, Alert] = {}
        if member.help_requested and not member.help_acknowledged:
            key = f"help:{member.id}"
            wanted[key] = Alert(key, member.id, "help", member.help_interaction_id)
        if member.risk_flagged:
            key = f"risk:{member.id}"
            wanted[key] = Alert(key, member.id, "risk", None)
        if member.debrief == "requested":
            key = f"debrief:{member.id}"
            wanted[key] = Alert(key, member.id, "debrief", None)
        for key in [k for k in self._alerts if k.endswith(f":{member.id}") and k not in wanted]:
            self._drop_alert(key)
        for key, alert in wanted.items():
            if key not in self._alerts and key not in self._dismissed:
                self._alerts[key] = alert
                item = QListWidgetItem(self._alert_text(alert), self.alerts)
                item.setData(Qt.ItemDataRole.UserRole, key)
                self._alert_items[key] = item
                self.alerts.setCurrentItem(item)
                QApplication.beep()
                QApplication.alert(self.window())
                if self._notify is not None:
                    self._notify()
        if not any(k.endswith(f":{member.id}") for k in wanted):
            self._dismissed = {k for k in self._dismissed if not k.endswith(f":{member.id}")}
        self._update_ring()

    def _update_ring(self) -> None:
        if self._alerts and not self._ring.isActive():
            self._ring.start()
        elif not self._alerts:
            self._ring.stop()

    def _alert_text(self, alert: Alert) -> str:
        name = next((m.display_name for m in self.model.members() if m.id == alert.agent_id), "")
        if alert.kind == "help":
            text = QCoreApplication.translate("SupervisorView", "%1 asks for help")
        elif alert.kind == "debrief":
            text = QCoreApplication.translate("SupervisorView", "%1 would like a debrief")
        else:
            text = QCoreApplication.translate("SupervisorView", "%1 flagged a contact as high risk")
        return text.replace("%1", name)

    def _drop_alert(self, key: str) -> None:
        self._alerts.pop(key, None)
        item = self._alert_items.pop(key, None)
        if item is not None:
            self.alerts.takeItem(self.alerts.row(item))
        self._update_ring()

    def active_alerts(self) -> list[Alert]:
        return list(self._alerts.values())

    @Slot()
    def _acknowledge(self) -> None:
        item = self.alerts.currentItem() or (self.alerts.item(0) if self.alerts.count() else None)
        if item is None:
            return
        key = str(item.data(Qt.ItemDataRole.UserRole))
        alert = self._alerts.get(key)
        if alert is None:
            return
        if alert.kind == "help" and alert.interaction_id is not None:
            # The volunteer sees the acknowledgement; the alert goes when the backend says so.
            self._acknowledge_help(alert.interaction_id)
        elif alert.kind == "debrief" and self._acknowledge_debrief is not None:
            self._acknowledge_debrief(alert.agent_id)
        else:
            self._dismissed.add(key)
            self._drop_alert(key)

    # ----------------------------------------------------------- warnings

    def _check_warnings(self) -> None:
        notes = []
        longest = self.queues.longest_wait_s()
        if longest > self.thresholds.longest_wait_s:
            notes.append(
                QCoreApplication.translate("SupervisorView", "Someone has waited %1.").replace(
                    "%1", format_duration(longest)
                )
            )
        on_duty = self.model.on_duty()
        if self.model.rowCount() and on_duty < self.thresholds.min_on_duty:
            notes.append(self._plurals.too_few_on_duty(self.thresholds.min_on_duty, on_duty))
        self.warnings.setText("\n".join(notes))
        self.warnings.setVisible(bool(notes))
