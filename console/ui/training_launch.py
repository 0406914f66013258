"""Practice from a live shift: the training console runs as a child process of this one.

It is a child, not a detached process, so it cannot outlive the console and keep its
simulator's port: its stdin is a pipe from here, and it quits when that pipe closes, which
happens when this console shuts down (`stop`) and also when it dies without shutting down
(the operating system closes the pipe). Starting practice with a live contact open asks
first: the contact stays in this window, but the volunteer should know that.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget

STOP_WAIT_MS = 3000


class TrainingLauncher(QObject):
    """Starts and stops training consoles. GUI thread only (a menu action starts it, the
    composition root stops it on shutdown)."""

    def __init__(self, command: Callable[[], list[str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._command = command
        self._window: QWidget | None = None
        self._busy: Callable[[], bool] = lambda: False
        self.processes: list[QProcess] = []
        self.warning: QMessageBox | None = None

    def attach(self, window: QWidget, busy: Callable[[], bool]) -> None:
        """The window that asks, and whether a live contact is open in it."""
        self._window = window
        self._busy = busy

    def start(self) -> None:
        if not self._busy():
            self._spawn()
            return
        box = QMessageBox(self._window)
        box.setObjectName("practiseDuringContact")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("TrainingLaunch", "Practise now?"))
        box.setText(
            QCoreApplication.translate(
                "TrainingLaunch",
                "You have a live contact open. Practice opens a separate training window; "
                "the live contact stays here and still needs you.",
            )
        )
        go = box.addButton(
            QCoreApplication.translate("TrainingLaunch", "Practise anyway"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        stay = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(stay)  # Enter keeps the volunteer with the caller
        box.setEscapeButton(stay)
        box.finished.connect(lambda: self._spawn() if box.clickedButton() is go else None)
        self.warning = box
        box.open()

    def _spawn(self) -> None:
        stopped = QProcess.ProcessState.NotRunning
        self.processes = [p for p in self.processes if p.state() != stopped]
        program, *arguments = self._command()
        process = QProcess(self)
        # Its output is ours (already redacted); its stdin is the pipe it watches.
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedChannels)
        process.start(program, arguments)
        self.processes.append(process)

    def stop(self) -> None:
        """End every training console: close its pipe, then insist if it does not quit."""
        for process in self.processes:
            if process.state() == QProcess.ProcessState.NotRunning:
                continue
            process.closeWriteChannel()
            if not process.waitForFinished(STOP_WAIT_MS):
                process.terminate()
                if not process.waitForFinished(STOP_WAIT_MS):
                    process.kill()
                    process.waitForFinished(STOP_WAIT_MS)
        self.processes.clear()
