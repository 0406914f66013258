"""The banner that says plainly when the connection is not live, with a retry button."""

import time

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from console.core.connection import ConnectionState, Phase
from console.ui.labels import connection_label
from console.ui.plurals import Plurals


class ConnectionBanner(QFrame):
    """The banner that says when the connection is not live, with a retry button; created and called
    on the GUI thread only.
    """

    retryRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._state = ConnectionState(Phase.CONNECTING)
        self._plurals = Plurals(self)
        self._label = QLabel(self)
        self._label.setObjectName("connectionBannerText")
        self._label.setWordWrap(True)
        self._retry = QPushButton(self)
        self._retry.setObjectName("retryConnectionButton")
        self._retry.clicked.connect(self.retryRequested)
        layout = QHBoxLayout(self)
        layout.addWidget(self._label, 1)
        layout.addWidget(self._retry)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._render)
        self.retranslate()

    @property
    def state(self) -> ConnectionState:
        return self._state

    @Slot(object)
    def set_state(self, state: ConnectionState) -> None:
        self._state = state
        if state.phase is Phase.RECONNECTING and state.next_attempt_at is not None:
            self._tick.start()
        else:
            self._tick.stop()
        self._render()

    def retranslate(self) -> None:
        self._retry.setText(QCoreApplication.translate("ConnectionBanner", "Retry now"))
        self._retry.setToolTip(
            QCoreApplication.translate("ConnectionBanner", "Try to reconnect at once")
        )
        self._render()

    @Slot()
    def _render(self) -> None:
        state = self._state
        text = connection_label(state.phase)
        if state.phase is Phase.RECONNECTING and state.next_attempt_at is not None:
            seconds = max(0, round(state.next_attempt_at - time.time()))
            text = self._plurals.reconnecting_in(seconds)
        if state.phase is Phase.RECONNECTING and state.stopped_unexpectedly:
            text = QCoreApplication.translate(
                "ConnectionBanner", "The live connection stopped unexpectedly. Reconnecting…"
            )
        self._label.setText(text)
        self.setProperty("phase", state.phase.value)
        self.style().unpolish(self)
        self.style().polish(self)
        self._retry.setVisible(state.phase is Phase.RECONNECTING)
        self.setVisible(state.phase is not Phase.LIVE)
        self.setAccessibleName(text)
