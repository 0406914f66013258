"""The keyboard shortcut sheet (Help menu): the volunteer's own keys, in their language."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def sheet_text(keys: dict[str, str]) -> str:
    rows = [
        (keys["accept"], QCoreApplication.translate("MainWindow", "Accept the selected offer")),
        (
            keys["decline"],
            QCoreApplication.translate("MainWindow", "Decline the selected offer"),
        ),
        (keys["hold"], QCoreApplication.translate("MainWindow", "Hold or resume the call")),
        (keys["end"], QCoreApplication.translate("MainWindow", "End the current contact")),
        (
            keys["reroute"],
            QCoreApplication.translate(
                "MainWindow", "Re-route to the chosen queue or organisation"
            ),
        ),
        ("Enter", QCoreApplication.translate("MainWindow", "Send the chat message")),
        ("/", QCoreApplication.translate("MainWindow", "Find a ready reply (in the reply box)")),
        (keys["shortcuts"], QCoreApplication.translate("MainWindow", "This list")),
    ]
    return "\n".join(f"{key}\t{what}" for key, what in rows)


def create_sheet(parent: QWidget) -> QMessageBox:
    sheet = QMessageBox(parent)
    sheet.setObjectName("shortcutSheet")
    sheet.setTextFormat(Qt.TextFormat.PlainText)
    return sheet


def retranslate_sheet(sheet: QMessageBox, keys: dict[str, str]) -> None:
    sheet.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
    sheet.setText(sheet_text(keys))
