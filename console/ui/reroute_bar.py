"""Re-route behind the shared number: move a contact to the other target group's queue or to a
member organisation, with a note to the receiving volunteer (transfer_bar.py hosts it).

A call is warm (the caller waits on hold while the two volunteers talk, then Complete or Cancel
in the transfer bar); a chat is handed over with its transcript when a volunteer there accepts.
Choosing a target only selects it: the Re-route button (or its shortcut) starts it, so an Enter
or Space on the list never moves a contact by accident. GUI thread only.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from console.contract.enums import Channel, TargetKind, TransferState
from console.contract.limits import NOTE_MAX_CHARS
from console.contract.resources import Interaction, Transfer, TransferTarget
from console.ui.labels import age_group_label


def reroute_targets(
    targets: list[TransferTarget], interaction: Interaction
) -> list[TransferTarget]:
    """Queues and organisations this contact can move to (never where it already is)."""
    found = []
    for target in targets:
        if target.kind is TargetKind.PUBLIC_SERVICE:
            continue
        mode = target.modes.voice if interaction.channel is Channel.VOICE else target.modes.chat
        same_queue = target.kind is TargetKind.QUEUE and target.age_group is interaction.age_group
        same_org = target.org is not None and target.org.id == interaction.org.id
        if mode is not None and not same_queue and not same_org:
            found.append(target)
    return found


def is_reroute(target: TransferTarget | None) -> bool:
    return target is not None and target.kind is not TargetKind.PUBLIC_SERVICE


def target_label(target: TransferTarget) -> str:
    """A queue by its target group in the volunteer's language; an organisation by name."""
    if target.kind is TargetKind.QUEUE and target.age_group is not None:
        return QCoreApplication.translate("Reroute", "%1 queue (shared number)").replace(
            "%1", age_group_label(target.age_group)
        )
    return target.name


def reroute_description(target: TransferTarget, channel: Channel) -> str:
    if channel is Channel.VOICE:
        return QCoreApplication.translate(
            "Reroute",
            "The caller waits on hold while you talk to a volunteer at %1 first; "
            "then you complete or cancel.",
        ).replace("%1", target_label(target))
    return QCoreApplication.translate(
        "Reroute",
        "The chat moves to %1 with its transcript and your note when a volunteer there accepts.",
    ).replace("%1", target_label(target))


def reroute_reminder(target: TransferTarget, transfer: Transfer) -> str:
    """What the first volunteer reads while a re-route runs."""
    if transfer.state is TransferState.RINGING:
        return QCoreApplication.translate(
            "Reroute", "Waiting for a volunteer at %1. Stay with the contact until then."
        ).replace("%1", target_label(target))
    return QCoreApplication.translate(
        "Reroute", "A volunteer at %1 is talking to you: complete to hand the caller over."
    ).replace("%1", target_label(target))


def reroute_record(target: TransferTarget, channel: Channel) -> str:
    """The clear record left on the first volunteer's panel once the contact has moved."""
    if channel is Channel.CHAT:
        return QCoreApplication.translate(
            "Reroute",
            "Re-routed to %1: the chat, its transcript and your note are with a volunteer "
            "there now. Finish the wrap-up.",
        ).replace("%1", target_label(target))
    return QCoreApplication.translate(
        "Reroute", "Re-routed to %1: the caller is with a volunteer there now. Finish the wrap-up."
    ).replace("%1", target_label(target))


class ReroutePanel(QWidget):
    """Target list, note and Re-route button; `start(target, note)` is the transfer bar's.
    GUI thread only."""

    rerouted = Signal(str)  # target id, once the contact has moved (for the contact record)

    def __init__(
        self,
        interaction: Interaction,
        targets: list[TransferTarget],
        start: Callable[[TransferTarget, str | None], None],
        shortcut: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reroutePanel")
        self._channel = interaction.channel
        self._targets = reroute_targets(targets, interaction)
        self._start = start
        self._shortcut = shortcut
        self._caption = QLabel(self)
        self.choice = QComboBox(self)
        self.choice.setObjectName("rerouteTarget")
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._caption.setBuddy(self.choice)
        self.note = QLineEdit(self)
        self.note.setObjectName("rerouteNote")
        self.note.setMaxLength(NOTE_MAX_CHARS)
        self.button = QPushButton(self)
        self.button.setObjectName("rerouteButton")
        self.button.clicked.connect(self._clicked)
        QShortcut(QKeySequence(shortcut), self, self._by_key)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._caption)
        row.addWidget(self.choice)
        row.addWidget(self.note, 1)
        row.addWidget(self.button)
        self.choice.currentIndexChanged.connect(self._describe)
        self.setVisible(bool(self._targets))
        self.retranslate()

    def retranslate(self) -> None:
        current = self.choice.currentIndex()
        self.choice.blockSignals(True)
        self.choice.clear()
        for target in self._targets:
            self.choice.addItem(target_label(target), target.id)
        self.choice.setCurrentIndex(max(current, 0))
        self.choice.blockSignals(False)
        self._caption.setText(QCoreApplication.translate("Reroute", "Re-route to:"))
        self.choice.setAccessibleName(
            QCoreApplication.translate("Reroute", "Re-route to another queue or organisation")
        )
        self.note.setPlaceholderText(
            QCoreApplication.translate("Reroute", "Note for the receiving volunteer (optional)")
        )
        self.note.setAccessibleName(self.note.placeholderText())
        self.button.setText(QCoreApplication.translate("Reroute", "Re-route"))
        self._describe()

    @Slot()
    def _describe(self) -> None:
        target = self.chosen()
        text = reroute_description(target, self._channel) if target is not None else ""
        self.choice.setToolTip(text)
        self.choice.setAccessibleDescription(text)
        self.button.setToolTip(f"{text}\n{self._shortcut}" if text else self._shortcut)
        self.button.setAccessibleDescription(text)

    def chosen(self) -> TransferTarget | None:
        index = self.choice.currentIndex()
        return self._targets[index] if 0 <= index < len(self._targets) else None

    def show_for(self, active: bool) -> None:
        """Only an active contact can move: in wrap-up the row gives its room to the record."""
        self.setVisible(active and bool(self._targets))

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.choice, self.note, self.button):
            widget.setEnabled(enabled)

    @Slot()
    def _by_key(self) -> None:
        if self.isVisible() and self.button.isEnabled():
            self._clicked()

    @Slot()
    def _clicked(self) -> None:
        target = self.chosen()
        if target is None:
            return
        self._start(target, self.note.text().strip() or None)

    def transfer_changed(self, transfer: Transfer, target: TransferTarget | None) -> None:
        if target is not None and is_reroute(target) and transfer.state is TransferState.COMPLETED:
            self.note.clear()
            self.rerouted.emit(target.id)


__all__ = [
    "ReroutePanel",
    "is_reroute",
    "reroute_record",
    "reroute_reminder",
    "reroute_targets",
    "target_label",
]
