"""The voice path in the window: a voice line in each call's panel, the voice button and the
muted sign in the status bar, the mute shortcut, and the unanswered-phone message.

Attached by the composition root, so the window and the call panel need not know about voice.
GUI thread only: the bridges' signals arrive queued.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QVBoxLayout

from console.bridge.session_bridge import SessionBridge
from console.bridge.voice_bridge import VoiceBridge
from console.config.shortcuts import DEFAULTS as DEFAULT_KEYS
from console.contract.enums import Channel
from console.contract.resources import Interaction
from console.contract.voice import AgentLeg
from console.core.store import Change, Kind
from console.core.voice.softphone import PhoneState, SoftphoneStatus
from console.ui.contact_panel import ContactPanel
from console.ui.voice_dialog import VoiceDialog
from console.ui.voice_line import VoiceLine, leg_text, where_text


class VoiceControls(QObject):
    """See the module doc; GUI thread only."""

    def __init__(
        self,
        window: QMainWindow,
        bridge: SessionBridge,
        voice: VoiceBridge,
        show_error: Callable[[str], None],
        locked: frozenset[str] = frozenset(),
        remember: Callable[[str, Any], None] | None = None,
        ask_at_start: bool = False,
        ring_device: str | None = None,
        set_ring_device: Callable[[str | None], None] | None = None,
        mute_key: str = DEFAULT_KEYS["mute"],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._voice = voice
        self._show_error = show_error
        self._locked = locked
        self._remember = remember
        self._ask_at_start = ask_at_start
        self.ring_device = ring_device
        self._set_ring_device = set_ring_device
        self.lines: dict[str, VoiceLine] = {}
        self.dialog: VoiceDialog | None = None
        self.button = QPushButton(window)
        self.button.setObjectName("voiceButton")
        self.button.setFlat(True)
        self.button.clicked.connect(self.open_dialog)
        self.muted_sign = QLabel(window)
        self.muted_sign.setObjectName("mutedSign")
        self.muted_sign.setVisible(False)
        window.statusBar().addPermanentWidget(self.muted_sign)
        window.statusBar().addPermanentWidget(self.button)
        self._mute_key = mute_key
        self.mute_shortcut = QShortcut(QKeySequence(mute_key), window, self.toggle_mute)
        queued = Qt.ConnectionType.QueuedConnection
        bridge.resourceChanged.connect(self._change, queued)
        bridge.started.connect(self._started, queued)
        voice.statusChanged.connect(self._status, queued)
        voice.modeChanged.connect(self._mode, queued)
        # A plain QObject gets no LanguageChange of its own: the window's tells us to follow.
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        voice = self._voice
        if voice.mode.value == "softphone" and voice.status.state is PhoneState.NO_DEVICE:
            # Said where the volunteer looks for it, without blocking the shift.
            self.button.setText(
                QCoreApplication.translate(
                    "VoiceControls", "No microphone or speaker: choose where to hear calls"
                )
            )
        else:
            self.button.setText(where_text(voice.mode.value, voice.phone_number or ""))
        self.button.setToolTip(
            QCoreApplication.translate(
                "VoiceControls", "Where you hear calls: devices, microphone test, volume"
            )
        )
        self.muted_sign.setText(QCoreApplication.translate("VoiceControls", "Microphone muted"))
        # The same text can measure wider in another language (fallback fonts): the status bar
        # lays the button out again only when told.
        self.button.updateGeometry()
        for line in self.lines.values():
            line.retranslate()

    # ------------------------------------------------------------- actions

    @Slot()
    def open_dialog(self) -> None:
        if self.dialog is None:
            self.dialog = VoiceDialog(
                self._voice, self._locked, self._remember, self._window, self.ring_device
            )
            self.dialog.ringDeviceChosen.connect(self._ring_device_chosen)
            self.dialog.finished.connect(self._dialog_closed)
        self.dialog.show()
        self.dialog.raise_()

    @Slot()
    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    @Slot(object)
    def _ring_device_chosen(self, name: str | None) -> None:
        self.ring_device = name
        if self._set_ring_device is not None:
            self._set_ring_device(name)

    @Slot()
    def toggle_mute(self) -> None:
        if self._voice.mode.value == "softphone":
            self._voice.set_muted(not self._voice.status.muted)

    @Slot(object)
    def _started(self, _meta: object) -> None:
        if self._ask_at_start and "voice_mode" not in self._locked:
            self.open_dialog()

    # ------------------------------------------------------------- updates

    @Slot(object)
    def _change(self, change: Change) -> None:
        if change.kind is not Kind.INTERACTION:
            return
        interaction: Interaction = change.value
        if interaction.channel is not Channel.VOICE:
            return
        if change.removed:
            self.lines.pop(change.id, None)
            if interaction.agent_leg is AgentLeg.FAILED:
                self._show_error(
                    leg_text(AgentLeg.FAILED)
                    + " "
                    + QCoreApplication.translate(
                        "VoiceControls",
                        "You are marked as not responding: check your phone, then choose "
                        "Available when you are ready.",
                    )
                )
            return
        line = self.lines.get(change.id) or self._attach(change.id)
        if line is not None:
            line.set_leg(interaction.agent_leg)

    def _attach(self, interaction_id: str) -> VoiceLine | None:
        panel = self._window.findChild(ContactPanel, f"contact_{interaction_id}")
        layout = panel.layout() if panel is not None else None
        if panel is None or not isinstance(layout, QVBoxLayout):
            return None
        line = VoiceLine(on_mute=self._voice.set_muted, parent=panel, mute_key=self._mute_key)
        line.set_mode(self._voice.mode.value, self._voice.phone_number or "")
        line.set_status(self._voice.status)
        layout.insertWidget(1, line)  # under the caller's tags, above the call controls
        self.lines[interaction_id] = line
        line.destroyed.connect(lambda: self.lines.pop(interaction_id, None))
        return line

    @Slot(object)
    def _status(self, status: SoftphoneStatus) -> None:
        self.muted_sign.setVisible(status.muted and status.state is PhoneState.CONNECTED)
        self.retranslate()
        for line in self.lines.values():
            line.set_status(status)
        if status.state is PhoneState.FAILED:
            self._show_error(
                QCoreApplication.translate(
                    "VoiceControls",
                    "The console's audio connection failed, so calls cannot be heard. "
                    "Open the voice settings in the status bar to try again, or switch to "
                    "your phone.",
                )
            )

    @Slot(str, str)
    def _mode(self, mode: str, number: str) -> None:
        for line in self.lines.values():
            line.set_mode(mode, number)
        self.retranslate()
