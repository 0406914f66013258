"""One console per user on a PC: a second start brings the running console's window to the
front instead of signing in twice (two windows could each ring for the same volunteer).
Training is apart.

The first console holds a lock file and listens on a local socket beside it; a second start
finds the lock taken, connects to that socket and asks for the window ("show"), then exits.
Only the user's own processes can connect, and the request carries nothing but that word.
"""

import getpass
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, Qt, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

ASK_TIMEOUT_MS = 1000


def lock_path(training: bool = False) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    name = f"helpline-console-{getpass.getuser()}{'-training' if training else ''}.lock"
    return Path(folder or tempfile.gettempdir()) / name


def server_name(lock: Path) -> str:
    """The local socket beside the lock (a named pipe's name on Windows)."""
    return lock.stem if sys.platform == "win32" else str(lock.with_suffix(".socket"))


def acquire(path: Path) -> QLockFile | None:
    """The lock if this is the only console for this user, else None. A lock left by a crashed
    console is taken over (QLockFile checks whether its process still runs)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock if lock.tryLock(200) else None


class ShowRequests(QObject):
    """The running console's ear for a second start: `requested` fires when one asks for the
    window. GUI thread only (the local server's signals arrive there)."""

    requested = Signal()

    def __init__(self, lock: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        name = server_name(lock)
        # We hold the lock, so a socket left there belongs to a console that is gone.
        QLocalServer.removeServer(name)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._connected)

    @Slot()
    def _connected(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.disconnected.connect(socket.deleteLater)
            socket.disconnectFromServer()
            self.requested.emit()


def ask_running_to_show(lock: Path) -> bool:
    """From a second start: ask the running console to show its window; False if none
    answers (an older console, or one that is just starting)."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(lock))
    if not socket.waitForConnected(ASK_TIMEOUT_MS):
        return False
    socket.write(b"show\n")
    socket.waitForBytesWritten(ASK_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


def bring_to_front(window: QWidget) -> None:
    """Restore, raise and activate; where the desktop refuses focus stealing, at least flash."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)


def already_open(show_window: bool, lock: Path | None = None) -> None:
    """Bring the running console to the front; if it does not answer, say so, in the
    terminal and (with a display) in a window, in the OS language."""
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
    if lock is not None and ask_running_to_show(lock):
        return  # its window is in front now: that says it better than a message box
    from console.ui.startup_problem import display_available  # noqa: PLC0415

    if show_window and display_available() and isinstance(app, QApplication):
        QMessageBox.information(None, "Helpline Console", text)
