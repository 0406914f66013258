"""Where calls are heard: softphone (devices, microphone test, volume), own phone, or none.

Shown at shift start (when the choice is not remembered or locked) and from the status bar's
voice button. GUI thread only; it talks to the VoiceBridge and remembers choices through the
callback the composition root gives it. A setting that machine policy locks cannot be changed.
"""

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from console.bridge.voice_bridge import VoiceBridge
from console.contract.voice import E164_PATTERN
from console.core.voice.devices import DeviceInfo, NoAudioDevice
from console.core.voice.softphone import PhoneState

MODES = ("softphone", "phone", "none")


def normalise_number(text: str) -> str:
    """Spaces and dashes as people type them go; a leading 00 becomes +."""
    number = re.sub(r"[\s\-().]", "", text)
    if number.startswith("00"):
        number = "+" + number[2:]
    return number


class VoiceDialog(QDialog):
    """See the module doc; GUI thread only."""

    ringDeviceChosen = Signal(object)  # str | None: the output the ring plays on

    def __init__(
        self,
        voice: VoiceBridge,
        locked: frozenset[str] = frozenset(),
        remember: Callable[[str, Any], None] | None = None,
        parent: QWidget | None = None,
        ring_device: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("voiceDialog")
        self._voice = voice
        self._remember = remember
        self._started = voice.status.state is not PhoneState.OFF
        self._ring_device = ring_device
        self.setWindowTitle(QCoreApplication.translate("VoiceDialog", "Where you hear calls"))
        self.modes = QButtonGroup(self)
        self.softphone = QRadioButton(
            QCoreApplication.translate("VoiceDialog", "In the console (headset or speakers)"), self
        )
        self.phone = QRadioButton(
            QCoreApplication.translate("VoiceDialog", "On my own phone"), self
        )
        self.none = QRadioButton(
            QCoreApplication.translate("VoiceDialog", "No calls, chat only"), self
        )
        for index, button in enumerate((self.softphone, self.phone, self.none)):
            self.modes.addButton(button, index)
            button.setEnabled("voice_mode" not in locked)
        self._build_fields(voice, locked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.softphone, self.phone, self.none):
            layout.addWidget(widget)
        self.form = self._form()
        layout.addLayout(self.form)
        layout.addWidget(self.devices_note)
        layout.addWidget(buttons)
        self.modes.idToggled.connect(self._mode_changed)
        voice.levelChanged.connect(self._level)
        # The microphone is measured only while this dialog is open (between calls it is not
        # read at all otherwise).
        voice.set_metering(True)
        self.finished.connect(lambda _result: voice.set_metering(False))
        self._fill_devices()
        self.modes.button(MODES.index(voice.mode.value)).setChecked(True)
        self.number.setText(voice.phone_number or "")
        self._mode_changed()

    def _build_fields(self, voice: VoiceBridge, locked: frozenset[str]) -> None:
        self.number = QLineEdit(self)
        self.number.setObjectName("voicePhoneNumber")
        self.number.setPlaceholderText("+47 912 34 567")
        self.number.setEnabled("voice_phone_number" not in locked)
        self.number_error = QLabel(self)
        self.number_error.setTextFormat(Qt.TextFormat.PlainText)
        self.number_error.setObjectName("voiceNumberError")
        self.microphone = QComboBox(self)
        self.speaker = QComboBox(self)
        self.ring = QComboBox(self)
        for combo, name in (
            (self.microphone, "voice_input_device"),
            (self.speaker, "voice_output_device"),
            (self.ring, "voice_ring_device"),
        ):
            combo.setEnabled(name not in locked)
            combo.setProperty("locked", name in locked)
        self.level = QProgressBar(self)
        self.level.setRange(0, 60)
        self.level.setTextVisible(False)
        self.level.setAccessibleName(QCoreApplication.translate("VoiceDialog", "Microphone level"))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(round(voice.status.volume * 100))
        self.volume.setAccessibleName(QCoreApplication.translate("VoiceDialog", "Call volume"))
        self.volume.valueChanged.connect(lambda value: voice.set_volume(value / 100))
        self.devices_note = QLabel(self)
        self.devices_note.setTextFormat(Qt.TextFormat.PlainText)
        self.devices_note.setWordWrap(True)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("VoiceDialog", "Phone number to ring"), self.number)
        form.addRow("", self.number_error)
        form.addRow(QCoreApplication.translate("VoiceDialog", "Microphone"), self.microphone)
        form.addRow(
            QCoreApplication.translate("VoiceDialog", "Microphone test (speak)"), self.level
        )
        form.addRow(QCoreApplication.translate("VoiceDialog", "Speaker or headset"), self.speaker)
        form.addRow(QCoreApplication.translate("VoiceDialog", "Call volume"), self.volume)
        form.addRow(QCoreApplication.translate("VoiceDialog", "Ring plays on"), self.ring)
        return form

    def _fill_devices(self) -> None:
        try:
            devices = self._voice.devices()
            inputs, outputs = devices.inputs(), devices.outputs()
        except NoAudioDevice:
            inputs, outputs = [], []
        for combo, found in (
            (self.microphone, inputs),
            (self.speaker, outputs),
            (self.ring, outputs),
        ):
            combo.clear()
            combo.addItem(QCoreApplication.translate("VoiceDialog", "System default"), None)
            for device in found:
                combo.addItem(self._device_label(device), device.id)
        voice = self._voice
        for combo, chosen in (
            (self.microphone, voice.input_id),
            (self.speaker, voice.output_id),
            (self.ring, self._ring_device),
        ):
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(0, index))
        if not inputs or not outputs or voice.status.state is PhoneState.NO_DEVICE:
            self.devices_note.setText(
                QCoreApplication.translate(
                    "VoiceDialog",
                    "No microphone or speaker was found on this computer. Plug in a headset "
                    "and open this again, or choose your own phone.",
                )
            )
        else:
            self.devices_note.setText(
                QCoreApplication.translate("VoiceDialog", "Nothing you hear or say is recorded.")
            )

    @staticmethod
    def _device_label(device: DeviceInfo) -> str:
        return device.name

    @Slot()
    def _mode_changed(self, *_args: object) -> None:
        mode = MODES[max(0, self.modes.checkedId())]
        self.form.setRowVisible(self.number, mode == "phone")
        self.form.setRowVisible(self.number_error, mode == "phone")
        for widget in (self.microphone, self.speaker, self.level, self.volume):
            widget.setEnabled(mode == "softphone" and widget.property("locked") is not True)

    @Slot(float)
    def _level(self, dbfs: float) -> None:
        self.level.setValue(max(0, min(60, round(dbfs + 60))))

    def chosen_number(self) -> str:
        return normalise_number(self.number.text())

    def accept(self) -> None:
        mode = MODES[max(0, self.modes.checkedId())]
        number = self.chosen_number() if mode == "phone" else None
        if mode == "phone" and not re.fullmatch(E164_PATTERN, number or ""):
            self.number_error.setText(
                QCoreApplication.translate(
                    "VoiceDialog",
                    "Write the whole number with the country code, for example +47 912 34 567.",
                )
            )
            self.number.setFocus()
            return
        self.number_error.setText("")
        microphone, speaker = self.microphone.currentData(), self.speaker.currentData()
        if mode == "softphone" and self._voice.mode.value == "softphone" and self._started:
            self._voice.use_devices(microphone, speaker)  # the session stays up
        else:
            self._voice.choose(mode, number, microphone, speaker)
        self.ringDeviceChosen.emit(self.ring.currentData())
        if self._remember is not None:
            chosen = {
                "voice_mode": mode,
                "voice_phone_number": number,
                "voice_input_device": microphone,
                "voice_output_device": speaker,
                "voice_ring_device": self.ring.currentData(),
            }
            for name, value in chosen.items():
                if name == "voice_phone_number" and value is None:
                    continue  # phone mode off: the number stays for next time
                # "" is the system default (a settings file holds no null).
                self._remember(name, value or "")
        super().accept()
