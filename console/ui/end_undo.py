"""Ending a contact can be undone for a few seconds: nothing is sent until the time is up.

On a crisis line a slip of the hand must not hang up on a caller. Asking "are you sure?" every
time teaches people to click through; an undo bar with a countdown costs nothing when the end
was meant. The end goes to the backend only when the countdown runs out (never before), so
Undo needs no second request and cannot race one.
"""

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from console.ui.accessibility import announce

END_UNDO_S = 5.0


class EndUndo(QFrame):
    """The undo bar and the ends it holds back. GUI thread only (its timer runs there)."""

    undone = Signal(str)  # the interaction whose end was taken back
    sent = Signal(str)  # the interaction whose end went to the backend

    def __init__(
        self,
        send_end: Callable[[str], object],
        undo_key: str,
        window_s: float = END_UNDO_S,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("endUndoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._send_end = send_end
        self._undo_key = undo_key
        self.window_s = window_s
        self.clock = clock
        self._pending: dict[str, float] = {}  # interaction id -> when the end is sent
        self._label = QLabel(self)
        self._label.setObjectName("endUndoText")
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoEndButton")
        self.undo_button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.addWidget(self._label, 1)
        layout.addWidget(self.undo_button)
        self._timer = QTimer(self)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.tick)
        self.hide()
        self.retranslate()

    def pending(self) -> list[str]:
        return list(self._pending)

    def request(self, interaction_id: str) -> None:
        """The volunteer asked to end this contact: wait, then send (a second ask waits too)."""
        if interaction_id in self._pending:
            return
        self._pending[interaction_id] = self.clock() + self.window_s
        self._timer.start()
        self._render()
        announce(self, self._label.text())

    @Slot()
    def undo(self) -> None:
        """Take back the most recent end still waiting."""
        if not self._pending:
            return
        interaction_id = list(self._pending)[-1]
        del self._pending[interaction_id]
        self._render()
        announce(self, QCoreApplication.translate("EndUndo", "The contact goes on."))
        self.undone.emit(interaction_id)

    def forget(self, interaction_id: str) -> None:
        """The contact ended another way (the caller left): nothing to send."""
        if self._pending.pop(interaction_id, None) is not None:
            self._render()

    def send_now(self) -> None:
        """The window closes: ends still waiting are sent, never silently dropped."""
        for interaction_id in list(self._pending):
            del self._pending[interaction_id]
            self._send_end(interaction_id)
        self._render()

    @Slot()
    def tick(self) -> None:
        now = self.clock()
        for interaction_id, due in list(self._pending.items()):
            if now >= due:
                del self._pending[interaction_id]
                self._send_end(interaction_id)
                self.sent.emit(interaction_id)
        self._render()

    def retranslate(self) -> None:
        self.undo_button.setText(
            QCoreApplication.translate("EndUndo", "Undo (%1)").replace("%1", self._undo_key)
        )
        self.undo_button.setAccessibleName(
            QCoreApplication.translate("EndUndo", "Undo: the contact goes on")
        )
        self._render()

    def _render(self) -> None:
        if not self._pending:
            self._timer.stop()
            self.hide()
            return
        due = list(self._pending.values())[-1]
        left = max(0, int(due - self.clock() + 0.999))
        self._label.setText(
            QCoreApplication.translate("EndUndo", "Ending the contact in %1 s.").replace(
                "%1", str(left)
            )
        )
        self.setAccessibleName(self._label.text())
        self.show()
