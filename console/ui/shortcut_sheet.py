"""The keyboard shortcut sheet (F1, Help menu): every key of the console, the volunteer's own
keys first, in their language, as a table read at the window's text size."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def sheet_rows(keys: dict[str, str], targets: list[str] | None = None) -> list[tuple[str, str]]:
    """(key, what it does) for every shortcut, in the order a contact goes."""
    names = list(targets or [])
    rows = [
        (keys["accept"], QCoreApplication.translate("MainWindow", "Accept the selected offer")),
        (keys["decline"], QCoreApplication.translate("MainWindow", "Decline the selected offer")),
        (keys["hold"], QCoreApplication.translate("MainWindow", "Hold or resume the call")),
        (
            keys["mute"],
            QCoreApplication.translate("ShortcutSheet", "Mute or unmute the microphone"),
        ),
    ]
    for index in (1, 2, 3):
        name = names[index - 1] if index <= len(names) else str(index)
        rows.append(
            (
                keys[f"transfer_{index}"],
                QCoreApplication.translate("ShortcutSheet", "Start a transfer to %1").replace(
                    "%1", name
                ),
            )
        )
    rows += [
        (
            keys["complete_transfer"],
            QCoreApplication.translate("ShortcutSheet", "Complete the transfer"),
        ),
        (
            keys["cancel_transfer"],
            QCoreApplication.translate("ShortcutSheet", "Cancel the transfer: back to the caller"),
        ),
        (
            keys["reroute"],
            QCoreApplication.translate(
                "ShortcutSheet", "Re-route to the chosen queue or organisation"
            ),
        ),
        (
            keys["end"],
            QCoreApplication.translate(
                "ShortcutSheet", "End the current contact (it can be undone for a few seconds)"
            ),
        ),
        (keys["undo_end"], QCoreApplication.translate("ShortcutSheet", "Undo ending the contact")),
        ("Enter", QCoreApplication.translate("MainWindow", "Send the chat message")),
        (
            "/",
            QCoreApplication.translate("ShortcutSheet", "Find a ready reply (in the reply box)"),
        ),
        (
            "Tab / Shift+Tab",
            QCoreApplication.translate("ShortcutSheet", "Move to the next or previous control"),
        ),
        (
            "Alt",
            QCoreApplication.translate(
                "ShortcutSheet",
                "Open the menus: the Contact menu answers offers, transfers and ends",
            ),
        ),
        (
            _native("Ctrl++") + " / " + _native("Ctrl+-"),
            QCoreApplication.translate("ShortcutSheet", "Larger or smaller text"),
        ),
        (_native("Ctrl+0"), QCoreApplication.translate("ShortcutSheet", "Normal text size")),
        (keys["shortcuts"], QCoreApplication.translate("MainWindow", "This list")),
    ]
    return rows


def _native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def sheet_text(keys: dict[str, str], targets: list[str] | None = None) -> str:
    """The sheet as plain text, one shortcut a line (key, a tab, what it does)."""
    return "\n".join(f"{key}\t{what}" for key, what in sheet_rows(keys, targets))


class ShortcutSheet(QDialog):
    """GUI thread only. Modeless: the shortcuts it lists keep working while it is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("shortcutTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        rows = self.table.verticalHeader()
        rows.hide()
        # Row heights follow the text as it wraps at the columns' real widths (never a
        # height guessed before the dialog is laid out).
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for Close
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._text = ""

    def fill(self, keys: dict[str, str], targets: list[str] | None = None) -> None:
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
        self._intro.setText(
            QCoreApplication.translate(
                "ShortcutSheet",
                "Declining, transferring and ending never happen from Space or Enter alone: "
                "use the keys below, the Contact menu, or a click.",
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ShortcutSheet", "Keys"),
                QCoreApplication.translate("ShortcutSheet", "What it does"),
            ]
        )
        self.table.setAccessibleName(self.windowTitle())
        rows = sheet_rows(keys, targets)
        self.table.setRowCount(len(rows))
        for row, (key, what) in enumerate(rows):
            for column, text in enumerate((key, what)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.setCurrentCell(-1, -1)
        self._text = sheet_text(keys, targets)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(QCoreApplication.translate("ShortcutSheet", "Close"))
        # Wide and tall enough to read every row at the window's text size without scrolling.
        metrics = self.fontMetrics()
        width = max(metrics.horizontalAdvance(k) for k, _ in rows) + max(
            metrics.horizontalAdvance(w) for _, w in rows
        )
        height = (metrics.lineSpacing() + 10) * (len(rows) + 1) + 4 * metrics.lineSpacing()
        self.resize(min(width + 80, 1100), min(height + 60, 900))

    def text(self) -> str:
        return self._text

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows, row by row (key, what it does)."""
        return [(self.cell(r, 0), self.cell(r, 1)) for r in range(self.table.rowCount())]


def create_sheet(parent: QWidget) -> ShortcutSheet:
    return ShortcutSheet(parent)


def retranslate_sheet(
    sheet: ShortcutSheet, keys: dict[str, str], targets: list[str] | None = None
) -> None:
    sheet.fill(keys, targets)
