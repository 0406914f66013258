"""Telling the volunteer that someone waits: the ring repeats while an offer is open, and an
OS notification says only that someone is waiting, never who or what (Windows keeps
notification text in a database)."""

from collections import deque
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

from console.ui.accessibility import announce
from console.ui.ring import RingPlayer

RING_INTERVAL_MS = 2000


class NotificationArea(Protocol):
    """Where OS notifications go (the tray); called on the GUI thread only."""

    def notify(self, title: str, text: str) -> None: ...


class Notifier:
    """Shows notifications on the GUI thread (called by the shift page and the team view)."""

    def __init__(self, window: QWidget, tray: NotificationArea) -> None:
        self._window = window
        self._tray = tray
        # The last notifications shown (bounded: a shift shows hundreds).
        self.shown: deque[tuple[str, str]] = deque(maxlen=20)

    def offer(self) -> None:
        """Someone is waiting for this volunteer."""
        self._show(QCoreApplication.translate("MainWindow", "A contact is waiting for you."))

    def alert(self) -> None:
        """A supervisor alert: that someone needs them, never who or why."""
        self._show(QCoreApplication.translate("MainWindow", "A volunteer needs you."))

    def _show(self, text: str) -> None:
        title = QCoreApplication.translate("MainWindow", "Helpline Console")
        self.shown.append((title, text))
        announce(self._window, text)
        self._tray.notify(title, text)


class RingRepeater(QObject):
    """Rings at once when an offer arrives, then every RING_INTERVAL_MS until none is open.
    GUI thread only."""

    def __init__(self, player: Callable[[], RingPlayer], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._timer = QTimer(self)
        self._timer.setInterval(RING_INTERVAL_MS)
        self._timer.timeout.connect(self._ring_once)

    def offers_open(self, any_open: bool) -> None:
        if any_open:
            if not self._timer.isActive():
                self._ring_once()
                self._timer.start()
        else:
            self._timer.stop()

    @Slot()
    def _ring_once(self) -> None:
        self._player().play()

    def stop(self) -> None:
        self._timer.stop()
