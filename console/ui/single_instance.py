"""One console per user on a PC: a second start says the console is already open instead of
signing in twice (two windows could each ring for the same volunteer). Training is apart."""

import getpass
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths


def lock_path(training: bool = False) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    name = f"helpline-console-{getpass.getuser()}{'-training' if training else ''}.lock"
    return Path(folder or tempfile.gettempdir()) / name


def acquire(path: Path) -> QLockFile | None:
    """The lock if this is the only console for this user, else None. A lock left by a crashed
    console is taken over (QLockFile checks whether its process still runs)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock if lock.tryLock(200) else None


def already_open(show_window: bool) -> None:
    """Say so, in the terminal and (with a display) in a window, in the OS language."""
    from PySide6.QtCore import QCoreApplication, QLocale  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: PLC0415

    from console.i18n import LanguageManager, pick_language  # noqa: PLC0415

    app = QApplication.instance()
    if isinstance(app, QApplication):
        LanguageManager(app).switch(pick_language(None, QLocale.system().uiLanguages()))
    text = QCoreApplication.translate(
        "SingleInstance", "Helpline Console is already open for you on this computer."
    )
    print(text, file=sys.stderr)
    from console.ui.startup_problem import display_available  # noqa: PLC0415

    if show_window and display_available() and isinstance(app, QApplication):
        QMessageBox.information(None, "Helpline Console", text)
