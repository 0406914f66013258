"""The team as a table model: one row per volunteer, updated one row at a time.

Rows are never reset on an update (only `dataChanged` for the row that changed), so sorting,
filtering, selection and scroll position survive a live shift.
"""

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from console.contract.enums import Presence, RoutingState
from console.contract.resources import TeamMember
from console.ui.formatting import format_duration, plain_tooltip
from console.ui.labels import (
    age_group_icon,
    age_group_label,
    channel_label,
    presence_label,
    routing_label_short,
)
from console.ui.risk_panel import level_label

Index = QModelIndex | QPersistentModelIndex
NAME, PRESENCE, STATE, TIME, CONTACT, LANGUAGES, FLAGS = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def flags_text(member: TeamMember) -> str:
    parts = []
    if member.help_requested and not member.help_acknowledged:
        parts.append(QCoreApplication.translate("TeamTable", "HELP REQUESTED"))
    elif member.help_acknowledged:
        parts.append(QCoreApplication.translate("TeamTable", "Help on the way"))
    if member.risk_flagged and member.risk_level is not None:
        # The assessed level only (issue #20); never anything of the assessment itself.
        parts.append(
            QCoreApplication.translate("TeamTable", "HIGH RISK: %1").replace(
                "%1", level_label(member.risk_level)
            )
        )
    elif member.risk_flagged:
        parts.append(QCoreApplication.translate("TeamTable", "HIGH RISK"))
    return " · ".join(parts)


class TeamTableModel(QAbstractTableModel):
    """The team as a table model: created and changed on the GUI thread only (store changes reach it
    there from the bridge's mailbox).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TeamMember] = []
        self._row_of: dict[str, int] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # tooltip: elided
        if orientation is not Qt.Orientation.Horizontal or role not in shown:
            return None
        return [
            QCoreApplication.translate("TeamTable", "Volunteer"),
            QCoreApplication.translate("TeamTable", "Presence"),
            QCoreApplication.translate("TeamTable", "State"),
            QCoreApplication.translate("TeamTable", "Time in state"),
            QCoreApplication.translate("TeamTable", "Current contact"),
            QCoreApplication.translate("TeamTable", "Languages"),
            QCoreApplication.translate("TeamTable", "Flags"),
        ][section]

    def member(self, row: int) -> TeamMember:
        return self._rows[row]

    def find(self, agent_id: str) -> TeamMember | None:
        row = self._row_of.get(agent_id)
        return None if row is None else self._rows[row]

    def members(self) -> list[TeamMember]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, column)
        if role == Qt.ItemDataRole.ToolTipRole and column != TIME:
            # The whole text of a cell that may be elided; our own words only, never markup.
            return plain_tooltip(self._display(member, column)) or None
        if role == SORT_ROLE:
            if column == TIME:
                return member.routing_state_since.timestamp()
            return self._display(member, column)
        decorated = role == Qt.ItemDataRole.DecorationRole and column == CONTACT
        if decorated and member.current_age_group is not None:
            return age_group_icon(member.current_age_group)
        if role == Qt.ItemDataRole.FontRole and column == FLAGS and flags_text(member):
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.BackgroundRole and flags_text(member):
            needs_help = member.help_requested and not member.help_acknowledged
            return QColor("#fde7e9") if needs_help or member.risk_flagged else QColor("#fff4ce")
        return None

    def _display(self, member: TeamMember, column: int) -> str:
        if column == NAME:
            return member.display_name
        if column == PRESENCE:
            return presence_label(member.presence)
        if column == STATE:
            return routing_label_short(member.routing_state)
        if column == TIME:
            since = (datetime.now(UTC) - member.routing_state_since).total_seconds()
            return format_duration(since)
        if column == CONTACT:
            if member.current_channel is None or member.current_age_group is None:
                return ""
            return (
                f"{channel_label(member.current_channel)} · "
                f"{age_group_label(member.current_age_group)}"
            )
        if column == LANGUAGES:
            return ", ".join(member.languages)
        return flags_text(member)

    def upsert(self, member: TeamMember) -> None:
        row = self._row_of.get(member.id)
        if row is None:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(member)
            self._row_of[member.id] = row
            self.endInsertRows()
            return
        self._rows[row] = member
        self.dataChanged.emit(self.index(row, 0), self.index(row, 6))

    def tick(self) -> None:
        """Time in state moves on: repaint that column only."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, TIME),
                self.index(len(self._rows) - 1, TIME),
                [Qt.ItemDataRole.DisplayRole],
            )

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 6))

    def on_duty(self) -> int:
        return sum(1 for m in self._rows if m.presence is not Presence.OFFLINE)

    def available(self) -> int:
        return sum(
            1
            for m in self._rows
            if m.presence is Presence.AVAILABLE
            and m.routing_state is not RoutingState.NOT_RESPONDING
        )
