"""The team as a table model: one row per volunteer, updated in batches of rows.

Rows are never reset on an update (only `dataChanged` for the rows that changed, and one insert
for the volunteers new in a batch), so sorting, filtering, selection and scroll position survive
a live shift. Counts for the warnings are kept as rows change: O(1) per update, not O(team).
"""

from collections.abc import Iterable
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
# The row's searchable text (every column but the time, which moves on every second), asked of
# the name column only: the filter reads one value a row, and a clock tick never refilters.
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2
# Roles with an answer (the table's painted copy, ui/team_cells.py, mirrors these); a painted
# cell asks for more (alignment, colours, check state): those return at once. Painting calls
# data() for every role of every visible cell.
ANSWERED_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.BackgroundRole,
    SORT_ROLE,
    FILTER_ROLE,
)
_ANSWERED = frozenset(int(role) for role in ANSWERED_ROLES)


def is_on_duty(member: TeamMember) -> bool:
    return member.presence is not Presence.OFFLINE


def is_available(member: TeamMember) -> bool:
    return (
        member.presence is Presence.AVAILABLE
        and member.routing_state is not RoutingState.NOT_RESPONDING
    )


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
        # Each row's texts, made when first asked for after a change (a repaint asks for them
        # many times): None until then, and again after an update or a language switch.
        self._texts: list[tuple[str, ...] | None] = []
        self._headers: list[str] | None = None
        self._on_duty = 0
        self._available = 0

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
        if self._headers is None:  # the header repaints whenever rows move: made once a language
            self._headers = [
                QCoreApplication.translate("TeamTable", "Volunteer"),
                QCoreApplication.translate("TeamTable", "Presence"),
                QCoreApplication.translate("TeamTable", "State"),
                QCoreApplication.translate("TeamTable", "Time in state"),
                QCoreApplication.translate("TeamTable", "Current contact"),
                QCoreApplication.translate("TeamTable", "Languages"),
                QCoreApplication.translate("TeamTable", "Flags"),
            ]
        return self._headers[section]

    def member(self, row: int) -> TeamMember:
        return self._rows[row]

    def find(self, agent_id: str) -> TeamMember | None:
        row = self._row_of.get(agent_id)
        return None if row is None else self._rows[row]

    def members(self) -> list[TeamMember]:
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED or not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int) -> Any:
        """What data() answers, by row and column (no model index to make: for the mirror)."""
        member = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._time_in_state(member) if column == TIME else self._texts_of(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column != TIME:
            # The whole text of a cell that may be elided; our own words only, never markup.
            return plain_tooltip(self._texts_of(row)[column]) or None
        if role == SORT_ROLE:
            if column == TIME:
                return member.routing_state_since.timestamp()
            return self._texts_of(row)[column]
        if role == FILTER_ROLE:
            return "\n".join(t for c, t in enumerate(self._texts_of(row)) if c != TIME)
        decorated = role == Qt.ItemDataRole.DecorationRole and column == CONTACT
        if decorated and member.current_age_group is not None:
            return age_group_icon(member.current_age_group)
        if role == Qt.ItemDataRole.FontRole and column == FLAGS and self._texts_of(row)[FLAGS]:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role == Qt.ItemDataRole.BackgroundRole and self._texts_of(row)[FLAGS]:
            needs_help = member.help_requested and not member.help_acknowledged
            return QColor("#fde7e9") if needs_help or member.risk_flagged else QColor("#fff4ce")
        return None

    def _texts_of(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            member = self._rows[row]
            texts = tuple("" if c == TIME else self._display(member, c) for c in range(7))
            self._texts[row] = texts
        return texts

    @staticmethod
    def _time_in_state(member: TeamMember) -> str:
        return format_duration((datetime.now(UTC) - member.routing_state_since).total_seconds())

    def _display(self, member: TeamMember, column: int) -> str:
        if column == NAME:
            return member.display_name
        if column == PRESENCE:
            return presence_label(member.presence)
        if column == STATE:
            return routing_label_short(member.routing_state)
        if column == TIME:
            return self._time_in_state(member)
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
        self.upsert_many([member])

    def upsert_many(self, members: Iterable[TeamMember]) -> None:
        """Apply a batch: the last state of each volunteer wins; volunteers new to the table are
        added in one insert, in the order they first came; changed rows are announced as runs
        of neighbouring rows (never one range over the rows between: the proxy would resort
        all of them)."""
        latest: dict[str, TeamMember] = {}
        for member in members:
            latest[member.id] = member
        changed: list[int] = []
        new: list[TeamMember] = []
        for member in latest.values():
            row = self._row_of.get(member.id)
            if row is None:
                new.append(member)
                continue
            self._count(self._rows[row], -1)
            self._rows[row] = member
            self._texts[row] = None
            self._count(member, +1)
            changed.append(row)
        for first, last in _runs(sorted(changed)):
            self.dataChanged.emit(self.index(first, 0), self.index(last, 6))
        if new:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            for offset, member in enumerate(new):
                self._rows.append(member)
                self._texts.append(None)
                self._row_of[member.id] = start + offset
                self._count(member, +1)
            self.endInsertRows()

    def _count(self, member: TeamMember, sign: int) -> None:
        self._on_duty += sign * is_on_duty(member)
        self._available += sign * is_available(member)

    def retranslate(self) -> None:
        self._headers = None
        self._texts = [None] * len(self._rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 6))

    def on_duty(self) -> int:
        return self._on_duty

    def available(self) -> int:
        return self._available


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as runs of neighbours: [1, 2, 3, 7] -> [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
