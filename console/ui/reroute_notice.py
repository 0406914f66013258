"""What a re-route leaves on a contact panel, in plain words.

The receiving volunteer reads where the contact came from and the first volunteer's note (and,
for a warm call, that they talk to that volunteer first); the first volunteer reads where the
contact went, so the panel that closes leaves a clear record. GUI thread only.
"""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from console.contract.enums import AgeGroup, Channel, TransferState
from console.contract.resources import Interaction, Transfer, TransferTarget
from console.ui.labels import age_group_label, channel_label
from console.ui.reroute_bar import is_reroute, reroute_record


class RerouteNotice(QLabel):
    """Where a re-routed contact came from and the first volunteer's note. GUI thread only."""

    def __init__(self, targets: list[TransferTarget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rerouteNotice")
        self.setTextFormat(Qt.TextFormat.PlainText)  # the note is a volunteer's free text
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._targets = {t.id: t for t in targets}
        self._interaction: Interaction | None = None
        self._record: tuple[Transfer, TransferTarget] | None = None
        self.setVisible(False)

    def show_interaction(self, interaction: Interaction) -> None:
        self._interaction = interaction
        self._render()

    def show_transfer(self, transfer: Transfer) -> None:
        target = self._targets.get(transfer.target_id)
        if target is not None and is_reroute(target) and transfer.state is TransferState.COMPLETED:
            self._record = (transfer, target)
            self._render()

    def retranslate(self) -> None:
        self._render()

    def _render(self) -> None:
        lines = []
        ix = self._interaction
        if self._record is not None and ix is not None:
            lines.append(reroute_record(self._record[1], ix.channel))
        elif ix is not None and ix.handover is not None:
            handover = ix.handover
            lines.append(
                QCoreApplication.translate("Reroute", "Re-routed to you from %1 (%2).")
                .replace("%1", handover.from_org.name)
                .replace("%2", self._queue_label(handover.from_queue_id))
            )
            if handover.note:
                lines.append(
                    QCoreApplication.translate(
                        "Reroute", "Note from the first volunteer: %1"
                    ).replace("%1", handover.note)
                )
            if handover.consulting:
                lines.append(
                    QCoreApplication.translate(
                        "Reroute",
                        "The first volunteer is still with the caller and talks to you first; "
                        "the caller joins you when they complete.",
                    )
                )
        self.setText("\n".join(lines))
        self.setAccessibleName(self.text())
        self.setVisible(bool(lines))

    @staticmethod
    def _queue_label(queue_id: str) -> str:
        """'adult.chat' -> 'Adult · Chat' in the volunteer's language (unknown ids as they are)."""
        age, _, channel = queue_id.partition(".")
        try:
            return f"{age_group_label(AgeGroup(age))} · {channel_label(Channel(channel))}"
        except ValueError:
            return queue_id
