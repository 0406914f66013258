"""When the console cannot start, say so in a window: a volunteer who started it from the
desktop never sees the terminal. The technical detail (file, line, key of every problem) is
shown open, for IT, with control characters escaped."""

import os
import sys

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from console.config.problems import printable
from console.i18n import LanguageManager, pick_language


def display_available() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return False
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def settings_problem_box(detail: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Critical, "", "")
    box.setObjectName("settingsProblem")
    box.setWindowTitle(QCoreApplication.translate("StartupProblem", "Helpline Console"))
    box.setText(
        QCoreApplication.translate(
            "StartupProblem", "Helpline Console cannot start: a settings file has a problem."
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "StartupProblem",
            "Please tell your IT department. What they need to correct is shown below.",
        )
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    # The detail is every problem found (IT fixes them in one go), already made printable;
    # shown open, because a volunteer would not think to press "Show Details".
    box.setDetailedText(printable(detail, keep_lines=True))
    for button in box.buttons():
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            button.click()
    return box


def show_settings_problem(detail: str) -> None:
    """A modal message in the OS language (the settings that name one could not be read)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    LanguageManager(app).switch(pick_language(None, QLocale.system().uiLanguages()))
    settings_problem_box(detail).exec()
