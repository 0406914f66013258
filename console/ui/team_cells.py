"""The team table's cells held on the C++ side, for painting: a mirror of the team model.

Painting a table cell asks its model about ten questions (text, font, colours, icon, flags),
each through the sorting proxy; with the Python team model each question is three calls into
Python, about 4,000 per repaint of the visible rows, and sorted by time in state every update
repaints them all. The mirror answers from Qt's own item model, so a repaint never enters
Python: the team model stays the one place rows are decided, and the mirror copies each row
when the team model says it changed, in the same row order.
"""

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from console.ui.team_model import ANSWERED_ROLES, TIME, TeamTableModel

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 7
CELL_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class TeamCells(QStandardItemModel):
    """Created and fed on the GUI thread only, by the team model's signals."""

    def __init__(self, source: TeamTableModel, parent: QObject | None = None) -> None:
        super().__init__(0, COLUMNS, parent)
        self._source = source
        source.rowsInserted.connect(self._inserted)
        source.dataChanged.connect(self._changed)
        source.headerDataChanged.connect(self._headers)
        self._headers()

    def _headers(self) -> None:
        for column in range(COLUMNS):
            item = QStandardItem()
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                item.setData(self._source.headerData(column, Qt.Orientation.Horizontal, role), role)
            self.setHorizontalHeaderItem(column, item)

    def _inserted(self, parent: Index, first: int, last: int) -> None:
        """New rows: one insert (the proxy places them once), then their cells, announced as
        one change."""
        self.insertRows(first, last - first + 1)
        self._copy(first, last, 0, COLUMNS - 1)

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: object) -> None:
        self._copy(top_left.row(), bottom_right.row(), top_left.column(), bottom_right.column())

    def _copy(self, first: int, last: int, left: int, right: int) -> None:
        source = self._source
        blocked = self.blockSignals(True)  # one announcement below, not one per role and cell
        try:
            for row in range(first, last + 1):
                for column in range(left, right + 1):
                    index = self.index(row, column)
                    # Every role, None included: a role that has no answer now is cleared.
                    self.setItemData(
                        index, {role: source.cell(row, column, role) for role in ANSWERED_ROLES}
                    )
                    item = self.itemFromIndex(index)
                    if item is not None and item.flags() != CELL_FLAGS:
                        item.setFlags(CELL_FLAGS)  # not editable, as the team model's cells
        finally:
            self.blockSignals(blocked)
        self.dataChanged.emit(self.index(first, left), self.index(last, right))

    def refresh_times(self, rows: Iterable[int]) -> None:
        """Time in state moves on: new text in those rows (the ones on screen), quietly:
        neither sorting nor filtering reads it, and the caller repaints the column."""
        source = self._source
        blocked = self.blockSignals(True)
        try:
            for row in rows:
                item = self.item(row, TIME)
                if item is not None:
                    text = source.cell(row, TIME, Qt.ItemDataRole.DisplayRole)
                    item.setData(text, Qt.ItemDataRole.DisplayRole)
        finally:
            self.blockSignals(blocked)
