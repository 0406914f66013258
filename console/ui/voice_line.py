"""Where the call's audio is, in one line of the call panel, with mute always at hand.

"In the console" or "On your phone +47 … 23", the agent leg (ringing, connected, did not
answer), and a media failure said at once with what to do. GUI thread only; it reads the
VoiceBridge's signals and calls its mute.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from console.contract.voice import AgentLeg
from console.core.voice.softphone import PhoneState, PhoneWarning, SoftphoneStatus

MUTE_SHORTCUT = "Ctrl+Shift+M"


def masked_number(number: str | None) -> str:
    """ "+47 … 23": the country code and the last two digits, never the whole number."""
    if not number:
        return ""
    country = number[:3] if number.startswith("+47") else number[:2]
    return f"{country} … {number[-2:]}"


def where_text(mode: str, number: str) -> str:
    if mode == "phone":
        return QCoreApplication.translate("VoiceLine", "On your phone %1").replace(
            "%1", masked_number(number)
        )
    if mode == "none":
        return QCoreApplication.translate("VoiceLine", "Chat only: no calls")
    return QCoreApplication.translate("VoiceLine", "In the console")


def leg_text(leg: AgentLeg | None) -> str:
    if leg is AgentLeg.RINGING:
        return QCoreApplication.translate(
            "VoiceLine", "Your phone is ringing: answer it to talk to the caller"
        )
    if leg is AgentLeg.FAILED:
        return QCoreApplication.translate(
            "VoiceLine", "Your phone did not answer. The call went back to the queue."
        )
    if leg is AgentLeg.CONNECTED:
        return QCoreApplication.translate("VoiceLine", "Connected")
    return ""


def status_text(status: SoftphoneStatus) -> str:
    if status.state is PhoneState.FAILED:
        return QCoreApplication.translate(
            "VoiceLine", "The audio connection failed. Try again, or switch to your phone."
        )
    if status.state is PhoneState.NO_DEVICE:
        return QCoreApplication.translate(
            "VoiceLine",
            "No microphone or speaker found. Plug in a headset, or switch to your phone.",
        )
    if status.warning is PhoneWarning.DEVICE_LOST:
        return QCoreApplication.translate(
            "VoiceLine", "Headset disconnected: the call goes on through this computer's speakers."
        )
    if status.state is PhoneState.CONNECTING:
        return QCoreApplication.translate("VoiceLine", "Connecting audio…")
    return ""


class VoiceLine(QWidget):
    """The voice line; `mute_requested(bool)` is emitted through `on_mute`."""

    def __init__(self, on_mute: "object | None" = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voiceLine")
        self._on_mute = on_mute
        self._mode = "softphone"
        self._number = ""
        self._leg: AgentLeg | None = None
        self._status = SoftphoneStatus()
        self.where = QLabel(self)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.leg = QLabel(self)
        self.leg.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("voiceProblem")
        self.mute = QPushButton(self)
        self.mute.setCheckable(True)
        self.mute.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.mute.toggled.connect(self._muted)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.where)
        layout.addSpacing(24)
        layout.addWidget(self.leg)
        layout.addSpacing(24)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(self.mute)
        self.retranslate()

    def retranslate(self) -> None:
        self.where.setText(where_text(self._mode, self._number))
        self.leg.setText(leg_text(self._leg))
        self.problem.setText(status_text(self._status))
        self.problem.setVisible(bool(self.problem.text()))
        muted = self.mute.isChecked()
        self.mute.setText(
            QCoreApplication.translate("VoiceLine", "Muted")
            if muted
            else QCoreApplication.translate("VoiceLine", "Mute")
        )
        self.mute.setToolTip(
            QCoreApplication.translate("VoiceLine", "Mute the microphone (%1)").replace(
                "%1", MUTE_SHORTCUT
            )
        )
        self.mute.setAccessibleName(
            QCoreApplication.translate("VoiceLine", "Microphone muted")
            if muted
            else QCoreApplication.translate("VoiceLine", "Mute microphone")
        )
        self.mute.setVisible(self._mode == "softphone")

    def set_mode(self, mode: str, number: str) -> None:
        self._mode, self._number = mode, number
        self.retranslate()

    def set_leg(self, leg: AgentLeg | None) -> None:
        self._leg = leg
        self.retranslate()

    def set_status(self, status: SoftphoneStatus) -> None:
        self._status = status
        if self.mute.isChecked() != status.muted:
            self.mute.blockSignals(True)
            self.mute.setChecked(status.muted)
            self.mute.blockSignals(False)
        self.retranslate()

    def _muted(self, muted: bool) -> None:
        if callable(self._on_mute):
            self._on_mute(muted)
        self.retranslate()
