"""Warm transfer to legevakt, 113 and 116 111: one click to consult, never a silent failure.

The first click only starts a consult (a slip is undone with Cancel). Whatever goes wrong (the
target is busy, nobody answers, the caller hangs up, the network is down), the number to dial by
hand is shown large and copyable at once.
"""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.config.shortcuts import DEFAULTS as DEFAULT_KEYS
from console.contract.enums import (
    TRANSFER_ACTIVE_STATES,
    Channel,
    TargetKind,
    TransferMode,
    TransferState,
)
from console.contract.resources import Interaction, Municipality, Transfer, TransferTarget
from console.core.errors import CoreError, ErrorKind
from console.ui.flow_layout import FlowLayout
from console.ui.formatting import format_duration
from console.ui.labels import error_message, transfer_failure_label, transfer_state_label
from console.ui.municipality_picker import MunicipalityPicker
from console.ui.reroute_bar import ReroutePanel, is_reroute, reroute_reminder
from console.ui.weak_method import weak_method


class TransferCommands(Protocol):
    """Called on the GUI thread only; the bridge that implements it hands the work to the core
    thread.
    """

    def start_transfer(
        self,
        interaction_id: str,
        target_id: str,
        municipality: str | None = None,
        note: str | None = None,
    ) -> object: ...
    def complete_transfer(self, transfer_id: str) -> object: ...
    def cancel_transfer(self, transfer_id: str) -> object: ...


def spaced_number(number: str) -> str:
    """116117 -> 116 117, 113 stays: how people read the numbers aloud."""
    if len(number) == 6:
        return f"{number[:3]} {number[3:]}"
    if len(number) == 8:
        return " ".join(number[i : i + 2] for i in range(0, 8, 2))
    return number


def mode_description(target: TransferTarget, channel: Channel) -> str:
    mode = target.modes.voice if channel is Channel.VOICE else target.modes.chat
    if mode is TransferMode.WARM_VOICE:
        return QCoreApplication.translate(
            "TransferBar", "The caller waits on hold while you talk to %1 first."
        ).replace("%1", target.name)
    if mode is TransferMode.CHAT_HANDOVER:
        return QCoreApplication.translate(
            "TransferBar", "%1 joins this chat with your note; then you hand over."
        ).replace("%1", target.name)
    if mode is TransferMode.CALL_ON_BEHALF:
        return QCoreApplication.translate(
            "TransferBar",
            "Your phone rings and connects you to %1. The chatter is not connected: you relay.",
        ).replace("%1", target.name)
    return QCoreApplication.translate("TransferBar", "Not possible on this channel.")


class TransferBar(QFrame):
    """GUI thread only. `commandFailed` carries the error of a complete or cancel that failed
    (a failed start shows the number to dial by hand here instead)."""

    commandFailed = Signal(object)

    def __init__(
        self,
        interaction_id: str,
        channel: Channel,
        targets: list[TransferTarget],
        commands: TransferCommands,
        municipalities: Callable[[], list[Municipality]],
        parent: QWidget | None = None,
        keys: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferBar")
        self._keys = keys or DEFAULT_KEYS
        self._interaction_id = interaction_id
        self._channel = channel
        self._targets = {t.id: t for t in targets}
        self._commands = commands
        self._municipalities = municipalities
        self._online = True
        self._contact_active = True  # False in wrap-up: the caller is gone, nothing to transfer
        self._starting = False
        self.transfer: Transfer | None = None
        self.picker: MunicipalityPicker | None = None
        self.reroute: ReroutePanel | None = None
        layout = QVBoxLayout(self)
        public = [t for t in targets if t.kind is TargetKind.PUBLIC_SERVICE]
        layout.addLayout(self._build_targets(public))  # re-routes: reroute_bar.py
        self.note = QLineEdit(self)
        self.note.setObjectName("handoverNote")
        self.note.setMaxLength(500)
        self.note.setVisible(channel is Channel.CHAT)
        layout.addWidget(self.note)
        layout.addLayout(self._build_actions())
        self.reminder = QLabel(self)
        self.reminder.setTextFormat(Qt.TextFormat.PlainText)  # backend text, never markup
        self.reminder.setObjectName("transferReminder")
        self.reminder.setWordWrap(True)
        self.reminder.hide()
        layout.addWidget(self.reminder)
        layout.addLayout(self._build_fallback())
        self.retranslate()
        self._show_fallback(None)
        self._render()

    def _build_targets(self, targets: list[TransferTarget]) -> FlowLayout:
        # The buttons wrap onto a second line when the row is full (large text, a narrow
        # window), so the transfer row never makes the window wider than the screen.
        self.buttons: dict[str, QPushButton] = {}
        row = FlowLayout()
        self._caption = QLabel(self)
        row.addWidget(self._caption)
        for index, target in enumerate(targets, start=1):
            button = QPushButton(self)
            button.setObjectName(f"transferButton_{target.id}")
            button.clicked.connect(self._clicked)
            button.setProperty("target_id", target.id)
            self.buttons[target.id] = button
            row.addWidget(button)
            QShortcut(QKeySequence(self._keys[f"transfer_{index}"]), self, button.click)
        return row

    def add_reroute(self, interaction: Interaction) -> ReroutePanel:
        """Re-route behind the shared number, under the public targets (reroute_bar.py)."""
        self.reroute = ReroutePanel(
            interaction,
            list(self._targets.values()),
            weak_method(self._start_reroute),  # a lambda holding self: a cycle (weak_method.py)
            self._keys.get("reroute", DEFAULT_KEYS["reroute"]),
            self,
        )
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.reroute)
        self._render()
        return self.reroute

    def _build_actions(self) -> QHBoxLayout:
        self.state_label = QLabel(self)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)  # backend text, never markup
        self.state_label.setObjectName("transferState")
        self.state_label.setWordWrap(True)
        self.complete_button = QPushButton(self)
        self.complete_button.setObjectName("completeTransferButton")
        self.complete_button.clicked.connect(self._complete)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelTransferButton")
        self.cancel_button.clicked.connect(self._cancel)
        actions = QHBoxLayout()
        actions.addWidget(self.state_label, 1)
        actions.addWidget(self.complete_button)
        actions.addWidget(self.cancel_button)
        return actions

    def _build_fallback(self) -> QVBoxLayout:
        self.fallback_text = QLabel(self)
        self.fallback_text.setTextFormat(Qt.TextFormat.PlainText)  # backend text, never markup
        self.fallback_text.setObjectName("transferFailure")
        self.fallback_text.setWordWrap(True)
        self.fallback_number = QLabel(self)
        self.fallback_number.setTextFormat(Qt.TextFormat.PlainText)  # backend text, never markup
        self.fallback_number.setObjectName("fallbackNumberLabel")
        self.fallback_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont()
        big.setPointSize(22)
        big.setBold(True)
        self.fallback_number.setFont(big)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyFallbackNumberButton")
        self.copy_button.clicked.connect(self._copy_number)
        number_row = QHBoxLayout()
        number_row.addWidget(self.fallback_number)
        number_row.addWidget(self.copy_button)
        number_row.addStretch(1)
        fallback = QVBoxLayout()
        fallback.addWidget(self.fallback_text)
        fallback.addLayout(number_row)
        return fallback

    # ------------------------------------------------------------ rendering

    def retranslate(self) -> None:
        self._caption.setText(QCoreApplication.translate("TransferBar", "Transfer:"))
        self._caption.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        if self.buttons:  # as tall as the buttons, so the caption lines up with their text
            self._caption.setMinimumHeight(next(iter(self.buttons.values())).sizeHint().height())
        for index, (target_id, button) in enumerate(self.buttons.items(), start=1):
            target = self._targets[target_id]
            button.setText(f"{target.name} {spaced_number(target.number)}")
            lines = [mode_description(target, self._channel)]
            if target.opening_hours:
                lines.append(
                    QCoreApplication.translate("TransferBar", "Open: %1").replace(
                        "%1", target.opening_hours
                    )
                )
            if not target.available_now:
                lines.append(QCoreApplication.translate("TransferBar", "Closed now."))
            lines.append(self._keys[f"transfer_{index}"])
            button.setToolTip("\n".join(lines))
            button.setAccessibleDescription(lines[0])
        self.note.setPlaceholderText(
            QCoreApplication.translate("TransferBar", "Note for the receiving service (optional)")
        )
        self.note.setAccessibleName(self.note.placeholderText())
        self.complete_button.setText(QCoreApplication.translate("TransferBar", "Complete transfer"))
        self.cancel_button.setText(
            QCoreApplication.translate("TransferBar", "Cancel: back to the caller")
        )
        self.copy_button.setText(QCoreApplication.translate("TransferBar", "Copy number"))
        if self.picker is not None:
            self.picker.retranslate()
        if self.reroute is not None:
            self.reroute.retranslate()
        self._render()

    def set_online(self, online: bool) -> None:
        self._online = online
        self._render()

    def set_contact_active(self, active: bool) -> None:
        """In wrap-up no transfer can start (the backend would refuse it); a fallback number
        already shown stays in view, with its copy button, so the volunteer can still call."""
        self._contact_active = active
        if not active:
            self.note.setEnabled(False)
        self._render()

    def set_transfer(self, transfer: Transfer) -> None:
        self.transfer = transfer
        self._starting = False
        target = self._targets.get(transfer.target_id)
        if transfer.state is TransferState.FAILED:
            self._show_fallback(
                transfer.fallback_number, transfer_failure_label(transfer.failure_reason)
            )
        elif transfer.state is TransferState.ABANDONED:
            self._show_fallback(
                transfer.fallback_number,
                QCoreApplication.translate(
                    "TransferBar", "The caller hung up. If they may be in danger, call yourself:"
                ),
            )
        elif transfer.state in TRANSFER_ACTIVE_STATES:
            self._show_fallback(None)
        if target is not None and transfer.state in TRANSFER_ACTIVE_STATES:
            self.reminder.setText(self._reminder(target, transfer))
        else:
            self.reminder.setText("")
        if self.reroute is not None:
            self.reroute.transfer_changed(transfer, target)
        self.reminder.setVisible(bool(self.reminder.text()))  # no empty line taking room
        self._render()

    def _reminder(self, target: TransferTarget, transfer: Transfer) -> str:
        notes = [reroute_reminder(target, transfer)] if is_reroute(target) else []
        if target.asks_location:
            notes.append(
                QCoreApplication.translate(
                    "TransferBar", "AMK will ask where the caller is: address, place, landmarks."
                )
            )
        if target.requires_municipality and not transfer.municipality_resolved:
            notes.append(
                QCoreApplication.translate(
                    "TransferBar",
                    "No municipality: this reaches the legevakt near the helpline, "
                    "not near the caller.",
                )
            )
        if transfer.mode is TransferMode.CALL_ON_BEHALF:
            notes.append(
                QCoreApplication.translate(
                    "TransferBar", "The chatter is not connected to %1: you relay."
                ).replace("%1", target.name)
            )
        return "\n".join(notes)

    def tick(self) -> None:
        self._render_state()

    def _render(self) -> None:
        active = self.transfer is not None and self.transfer.state in TRANSFER_ACTIVE_STATES
        for target_id, button in self.buttons.items():
            target = self._targets[target_id]
            mode = target.modes.voice if self._channel is Channel.VOICE else target.modes.chat
            button.setEnabled(
                self._contact_active
                and not active
                and not self._starting
                and mode is not None
                and target.available_now
            )
        if self.reroute is not None:
            self.reroute.set_enabled(
                self._contact_active and not active and not self._starting and self._online
            )
        self.complete_button.setVisible(active)
        self.cancel_button.setVisible(active)
        consulting = (
            active
            and self.transfer is not None
            and (self.transfer.state is TransferState.CONSULTING)
        )
        self.complete_button.setEnabled(consulting and self._online)
        self.cancel_button.setEnabled(self._online)
        self._render_state()

    def _render_state(self) -> None:
        transfer = self.transfer
        if self._starting:
            self.state_label.setText(QCoreApplication.translate("TransferBar", "Starting…"))
        elif transfer is None:
            self.state_label.setText("")
        else:
            text = self._state_text(transfer)
            if transfer.state in TRANSFER_ACTIVE_STATES:
                since = (datetime.now(UTC) - transfer.created_at).total_seconds()
                text = f"{text} {format_duration(since)}"
            self.state_label.setText(text)
        self.state_label.setVisible(bool(self.state_label.text()))  # no empty line taking room

    def _state_text(self, transfer: Transfer) -> str:
        """While a transfer runs, the line names the service and the caller's municipality
        ("Connected to Legevakt (Tromsø)"), so the volunteer knows who they are talking to."""
        target = self._targets.get(transfer.target_id)
        if target is None or transfer.state not in TRANSFER_ACTIVE_STATES:
            return transfer_state_label(transfer.state)
        service = target.name
        place = self._municipality_name(transfer.municipality_number)
        if place:
            service = f"{service} ({place})"
        if transfer.state is TransferState.CONSULTING:
            return QCoreApplication.translate("TransferBar", "Connected to %1").replace(
                "%1", service
            )
        if transfer.state is TransferState.RINGING:
            return QCoreApplication.translate("TransferBar", "Ringing %1…").replace("%1", service)
        return QCoreApplication.translate("TransferBar", "Calling %1…").replace("%1", service)

    def _municipality_name(self, number: str | None) -> str:
        if number is None:
            return ""
        for municipality in self._municipalities():
            if municipality.number == number:
                return municipality.name
        return number  # the list is not loaded (yet): the kommunenummer still says where

    def _show_fallback(self, number: str | None, why: str = "") -> None:
        visible = number is not None
        if number is not None:
            dial = QCoreApplication.translate("TransferBar", "Dial by hand:") if number else ""
            self.fallback_text.setText(f"{why} {dial}".strip())  # a queue has no number
            self.fallback_number.setText(spaced_number(number))
        self.fallback_text.setVisible(visible)
        self.fallback_number.setVisible(bool(number))
        self.copy_button.setVisible(bool(number))

    # -------------------------------------------------------------- actions

    @Slot()
    def _clicked(self) -> None:
        button = self.sender()
        target_id = str(button.property("target_id")) if button is not None else ""
        self.request(target_id)

    def request(self, target_id: str) -> None:
        target = self._targets[target_id]
        if not self._contact_active:
            return
        if not self._online:
            self._show_fallback(
                target.number,
                error_message(CoreError(ErrorKind.OFFLINE, "offline at click")),
            )
            return
        if target.requires_municipality:
            self.picker = MunicipalityPicker(self._municipalities(), self)
            self.picker.accepted.connect(self._municipality_chosen)
            self.picker.setProperty("target_id", target_id)
            self.picker.open()
            return
        self._start(target, None)

    @Slot()
    def _municipality_chosen(self) -> None:
        picker = self.picker
        if picker is None:
            return
        target = self._targets[str(picker.property("target_id"))]
        self._start(target, picker.chosen)
        picker.deleteLater()
        self.picker = None

    def _start_reroute(self, target: TransferTarget, note: str | None) -> None:
        self._start(target, None, note)

    def _start(
        self, target: TransferTarget, municipality: str | None, reroute_note: str | None = None
    ) -> None:
        self._starting = True
        self._show_fallback(None)
        note = self.note.text().strip() or None
        mode = target.modes.voice if self._channel is Channel.VOICE else target.modes.chat
        if mode is not TransferMode.CHAT_HANDOVER:
            note = None
        if is_reroute(target):
            note = reroute_note
        operation = self._commands.start_transfer(
            self._interaction_id, target.id, municipality, note
        )
        failed = getattr(operation, "failed", None)
        if failed is not None:
            failed.connect(self._start_failed)
        self.setProperty("pending_target", target.id)
        self._render()

    @Slot(object)
    def _start_failed(self, error: object) -> None:
        self._starting = False
        target = self._targets.get(str(self.property("pending_target")))
        number = target.number if target is not None else ""
        self._show_fallback(number, error_message(error))
        self._render()

    @Slot()
    def _complete(self) -> None:
        if self.transfer is not None:
            self._watch(self._commands.complete_transfer(self.transfer.id))

    @Slot()
    def _cancel(self) -> None:
        if self.transfer is not None:
            self._watch(self._commands.cancel_transfer(self.transfer.id))

    def _watch(self, operation: object) -> None:
        failed = getattr(operation, "failed", None)
        if failed is not None:
            failed.connect(self.commandFailed)

    @Slot()
    def _copy_number(self) -> None:
        QGuiApplication.clipboard().setText(self.fallback_number.text().replace(" ", ""))
