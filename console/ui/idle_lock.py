"""Idle lock for shared PCs: after a stretch without input the caller panels are hidden, the
volunteer stops receiving contacts, and only a fresh sign-in brings the shift back."""

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    """Emits `idle` once input has been absent for `limit_s` (checked every `check_ms`).

    An application event filter: created and called on the GUI thread only.
    """

    idle = Signal()

    def __init__(
        self,
        limit_s: float,
        clock: Callable[[], float] = time.monotonic,
        check_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.limit_s = limit_s
        self._clock = clock
        self._last_input = clock()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self._clock()
            self._fired = False
        return False

    @Slot()
    def check(self) -> None:
        if not self._fired and self._clock() - self._last_input >= self.limit_s:
            self._fired = True
            self.idle.emit()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockPage(QWidget):
    """What a locked console shows: no caller, no chat, only the way back in.

    Created and called on the GUI thread only.
    """

    unlockRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockPage")
        self.message = QLabel(self)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self.unlockRequested)
        self.error = QLabel(self)
        self.error.setObjectName("lockError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(
            QCoreApplication.translate(
                "IdleLock",
                "The console locked itself after a while without use. Contacts are hidden and "
                "no new ones come to you. A call in progress is not dropped.",
            )
        )
        self.unlock_button.setText(QCoreApplication.translate("IdleLock", "Sign in to continue"))
