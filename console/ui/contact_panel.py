"""One active contact: who (tags, never a number), controls, chat, flags and wrap-up."""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
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
    SAMI_LANGUAGES,
    Channel,
    FlagKind,
    InteractionState,
    OutcomeCode,
    TransferState,
)
from console.contract.forms import ContactForm, ContactRecordData
from console.contract.resources import Interaction, Message, Municipality, Transfer, TransferTarget
from console.core.outbox import OutgoingMessage
from console.core.ready_replies import ReplyBook
from console.ui.formatting import format_duration
from console.ui.labels import (
    age_group_icon,
    age_group_label,
    channel_label,
    language_label,
    offline_reason,
    outcome_label,
)
from console.ui.ready_replies import ReplySearch
from console.ui.reroute_notice import RerouteNotice
from console.ui.resource_panel import ResourcePanel
from console.ui.transcript import TranscriptView
from console.ui.transfer_bar import TransferBar, TransferCommands
from console.ui.wrap_up_form import WrapUpForm, form_language


class ContactCommands(TransferCommands, Protocol):
    """What a contact panel may ask of the session (narrow on purpose)."""

    def hold(self, interaction_id: str, on_hold: bool) -> object: ...
    def end(self, interaction_id: str) -> object: ...
    def flag(self, interaction_id: str, kind: FlagKind) -> object: ...
    def wrap_up(self, interaction_id: str, outcome: OutcomeCode, note: str | None) -> object: ...
    def wrap_up_record(
        self, interaction_id: str, form_version: str, record: ContactRecordData
    ) -> object: ...
    def send_message(self, interaction_id: str, text: str) -> OutgoingMessage: ...
    def resend(self, message: OutgoingMessage) -> object: ...


class ContactPanel(QWidget):
    def __init__(
        self,
        interaction: Interaction,
        commands: ContactCommands,
        targets: list[TransferTarget],
        municipalities: Callable[[], list[Municipality]],
        parent: QWidget | None = None,
        keys: dict[str, str] | None = None,
        form: ContactForm | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"contact_{interaction.id}")
        self._keys = keys or DEFAULT_KEYS
        self.interaction = interaction
        self._commands = commands
        self._online = True
        self.wrap_up: QFrame  # the outcome list, or the record form when there is a form
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_controls())
        self.transfer_bar = TransferBar(
            interaction.id, interaction.channel, targets, commands, municipalities, self, self._keys
        )
        layout.addWidget(self.transfer_bar)
        self.transfer_bar.add_reroute(interaction)  # re-route: reroute_bar.py
        self.reroute_notice = RerouteNotice(targets, self)
        layout.addWidget(self.reroute_notice)
        beside = QHBoxLayout()  # resources beside the chat: resource_panel.py
        beside.addWidget(self._build_transcript(), 3)
        self.resource_panel = ResourcePanel(
            interaction,
            getattr(commands, "resource_directory", lambda: None),
            self._insert,
            self,
            getattr(commands, "directory_is_offline", lambda: False),
        )
        beside.addWidget(self.resource_panel, 2)
        layout.addLayout(beside, 1)
        layout.addLayout(self._build_composer())
        self.replies = ReplySearch(  # `/` search of ready replies: ready_replies.py
            self.chat_input,
            interaction,
            getattr(commands, "ready_replies", ReplyBook),
            getattr(commands, "volunteer_name", str),
            self,
        )
        layout.addWidget(self.replies.message)
        layout.addWidget(self.replies.list)
        layout.addWidget(self._build_wrap_up())
        # With the organisation's form (GET /v1/contact-forms/current) the wrap-up is the
        # contact record; without one (an older backend, training) the outcome list stays.
        self.record_form: WrapUpForm | None = None
        if form is not None:
            self.wrap_up.hide()
            self.record_form = WrapUpForm(form, interaction.age_group, form_language(), self)
            self.record_form.filed.connect(self._file_record)
            self.wrap_up = self.record_form
            self.finish_button = self.record_form.finish_button
            layout.addWidget(self.record_form)
        self.resource_panel.shared.connect(self._resource_shared)
        if interaction.channel is Channel.VOICE:
            layout.addStretch(1)  # no transcript: keep the controls together at the top
        QShortcut(QKeySequence(self._keys["hold"]), self, self._toggle_hold)
        self.retranslate()
        self.set_interaction(interaction)

    def _build_header(self) -> QHBoxLayout:
        self._icon = QLabel(self)
        self._title = QLabel(self)
        self._title.setObjectName("contactTitle")
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._timer = QLabel(self)
        self._timer.setObjectName("contactTimer")
        header = QHBoxLayout()
        header.addWidget(self._icon)
        header.addWidget(self._title, 1)
        header.addWidget(self._timer)
        return header

    def _build_controls(self) -> QHBoxLayout:
        self.hold_button = QPushButton(self)
        self.hold_button.setObjectName("holdButton")
        self.hold_button.clicked.connect(self._toggle_hold)
        self.end_button = QPushButton(self)
        self.end_button.setObjectName("endButton")
        self.end_button.clicked.connect(self._end)
        self.risk_button = QPushButton(self)
        self.risk_button.setObjectName("riskFlagButton")
        self.risk_button.clicked.connect(self._flag_risk)
        self.help_button = QPushButton(self)
        self.help_button.setObjectName("helpRequestButton")
        self.help_button.clicked.connect(self._ask_help)
        self._flags = QLabel(self)
        self._flags.setObjectName("flagStatus")
        controls = QHBoxLayout()
        for widget in (self.hold_button, self.end_button, self.risk_button, self.help_button):
            controls.addWidget(widget)
        controls.addWidget(self._flags, 1)
        return controls

    def _build_transcript(self) -> TranscriptView:
        # Chat text is only ever plain text: a QPlainTextEdit has no markup at all.
        self.transcript = TranscriptView(self)
        return self.transcript

    def _build_composer(self) -> QHBoxLayout:
        self.chat_input = QLineEdit(self)
        self.chat_input.setObjectName("chatInput")
        self.chat_input.returnPressed.connect(self._send)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendButton")
        self.send_button.clicked.connect(self._send)
        composer = QHBoxLayout()
        composer.addWidget(self.chat_input, 1)
        composer.addWidget(self.send_button)
        return composer

    def _build_wrap_up(self) -> QFrame:
        self.wrap_up = QFrame(self)
        self.wrap_up.setObjectName("wrapUpDialog")
        self.wrap_up.setFrameShape(QFrame.Shape.StyledPanel)
        self._wrap_title = QLabel(self.wrap_up)
        self.outcome = QComboBox(self.wrap_up)
        self.outcome.setObjectName("outcomeSelector")
        self.wrap_note = QLineEdit(self.wrap_up)
        self.wrap_note.setObjectName("wrapUpNote")
        self.wrap_note.setMaxLength(500)
        self.finish_button = QPushButton(self.wrap_up)
        self.finish_button.setObjectName("finishWrapUpButton")
        self.finish_button.clicked.connect(self._finish)
        wrap_layout = QVBoxLayout(self.wrap_up)
        wrap_layout.addWidget(self._wrap_title)
        wrap_layout.addWidget(self.outcome)
        wrap_layout.addWidget(self.wrap_note)
        wrap_layout.addWidget(self.finish_button)
        return self.wrap_up

    # ------------------------------------------------------------ rendering

    def retranslate(self) -> None:
        self.transfer_bar.retranslate()
        self.resource_panel.retranslate()
        self.replies.retranslate()
        self.reroute_notice.retranslate()
        if self.record_form is not None:
            self.record_form.retranslate(form_language())
        self.send_button.setText(QCoreApplication.translate("ContactPanel", "Send"))
        self.transcript.setAccessibleName(
            QCoreApplication.translate("ContactPanel", "Chat transcript")
        )
        self.chat_input.setPlaceholderText(
            QCoreApplication.translate("ContactPanel", "Write a reply (plain text)")
        )
        self.end_button.setText(QCoreApplication.translate("ContactPanel", "End"))
        self.end_button.setToolTip(
            QCoreApplication.translate(
                "ContactPanel", "End the contact and start wrap-up (%1)"
            ).replace("%1", self._keys["end"])
        )
        self.risk_button.setText(QCoreApplication.translate("ContactPanel", "Flag high risk"))
        self.help_button.setText(QCoreApplication.translate("ContactPanel", "Ask supervisor"))
        self._wrap_title.setText(
            QCoreApplication.translate("ContactPanel", "Wrap-up: choose an outcome")
        )
        self.wrap_note.setPlaceholderText(
            QCoreApplication.translate("ContactPanel", "Short note (optional, no names)")
        )
        self.finish_button.setText(QCoreApplication.translate("ContactPanel", "Finish wrap-up"))
        self.chat_input.setAccessibleName(self.chat_input.placeholderText())
        self.outcome.setAccessibleName(self._wrap_title.text())
        self.wrap_note.setAccessibleName(self.wrap_note.placeholderText())
        current = self.outcome.currentData()
        self.outcome.clear()
        for code in OutcomeCode:
            self.outcome.addItem(outcome_label(code), code)
        if current is not None:
            self.outcome.setCurrentIndex(self.outcome.findData(current))
        self.set_interaction(self.interaction)
        self.transcript.render_all()

    def title(self) -> str:
        ix = self.interaction
        parts = [
            channel_label(ix.channel),
            age_group_label(ix.age_group),
            language_label(ix.language),
            ix.org.name,
        ]
        return " · ".join(parts)

    def set_interaction(self, interaction: Interaction) -> None:
        starts_wrap_up = (
            interaction.state is InteractionState.WRAP_UP
            and self.interaction.state is not InteractionState.WRAP_UP
        )
        self.interaction = interaction
        ix = interaction
        self._icon.setPixmap(age_group_icon(ix.age_group).pixmap(20, 20))
        self._icon.setToolTip(age_group_label(ix.age_group))
        sami = ix.language in SAMI_LANGUAGES
        self._title.setText(("★ " if sami else "") + self.title())
        self._title.setProperty("sami", sami)
        voice = ix.channel is Channel.VOICE
        active = ix.state is InteractionState.ACTIVE
        can_act = active and self._online
        offline = offline_reason()
        for button in (self.hold_button, self.end_button, self.risk_button, self.help_button):
            button.setToolTip("" if self._online else offline)
        self.hold_button.setVisible(voice)
        self.hold_button.setEnabled(can_act and ix.transfer_id is None)
        self.hold_button.setText(
            QCoreApplication.translate("ContactPanel", "Resume")
            if ix.on_hold
            else QCoreApplication.translate("ContactPanel", "Hold")
        )
        self.end_button.setEnabled(can_act and ix.transfer_id is None)
        for widget in (self.transcript, self.chat_input, self.send_button):
            widget.setVisible(not voice)
        self.chat_input.setEnabled(active)
        self.send_button.setEnabled(active)
        self.risk_button.setEnabled(self._online and not ix.flags.risk)
        self.help_button.setEnabled(self._online and not ix.flags.help_requested)
        self.finish_button.setEnabled(self._online)
        flags = []
        if ix.flags.risk:
            flags.append(QCoreApplication.translate("ContactPanel", "High risk flagged"))
        if ix.flags.help_acknowledged:
            flags.append(QCoreApplication.translate("ContactPanel", "Supervisor is coming"))
        elif ix.flags.help_requested:
            flags.append(QCoreApplication.translate("ContactPanel", "Help requested"))
        if ix.remote_ended:
            flags.append(QCoreApplication.translate("ContactPanel", "The caller has left"))
        self._flags.setText(" · ".join(flags))
        self.wrap_up.setVisible(ix.state is InteractionState.WRAP_UP)
        self.reroute_notice.show_interaction(ix)
        if self.transfer_bar.reroute is not None:
            self.transfer_bar.reroute.show_for(ix.state is InteractionState.ACTIVE)
        if starts_wrap_up and self.record_form is not None and self.isVisible():
            self.record_form.focus_first()  # the call type: never a one-click closer
        self.tick()

    def set_online(self, online: bool) -> None:
        """Actions that need the backend wait for the connection; typing never does."""
        self._online = online
        self.transfer_bar.set_online(online)
        if self.record_form is not None:
            self.record_form.set_online(online)
        self.set_interaction(self.interaction)

    def set_transfer(self, transfer: Transfer) -> None:
        self.transfer_bar.set_transfer(transfer)
        self.reroute_notice.show_transfer(transfer)
        if transfer.state is TransferState.COMPLETED and self.record_form is not None:
            self.record_form.prefill_transfer(transfer.target_id)

    def tick(self) -> None:
        self.transfer_bar.tick()
        self.resource_panel.tick()
        ix = self.interaction
        now = datetime.now(UTC)
        if ix.state is InteractionState.WRAP_UP and ix.wrap_up_started_at is not None:
            label = QCoreApplication.translate("ContactPanel", "Wrap-up %1").replace(
                "%1", format_duration((now - ix.wrap_up_started_at).total_seconds())
            )
        else:
            start = ix.connected_at or ix.enqueued_at
            label = format_duration((now - start).total_seconds())
            if ix.on_hold:
                label = QCoreApplication.translate("ContactPanel", "On hold %1").replace(
                    "%1", label
                )
        self._timer.setText(label)

    def add_message(self, message: Message) -> None:
        self.transcript.put_message(message)

    def set_outgoing(self, message: OutgoingMessage) -> None:
        # A line the volunteer wrote stays in view, sent or not, until the real message
        # comes back on the stream: it never blinks out of the transcript in between.
        self.transcript.put_pending(message)

    # -------------------------------------------------------------- actions

    @Slot()
    def _toggle_hold(self) -> None:
        if self.hold_button.isVisible() and self.hold_button.isEnabled():
            self._commands.hold(self.interaction.id, not self.interaction.on_hold)

    @Slot()
    def _end(self) -> None:
        self._commands.end(self.interaction.id)

    @Slot()
    def _flag_risk(self) -> None:
        self._commands.flag(self.interaction.id, FlagKind.RISK)

    @Slot()
    def _ask_help(self) -> None:
        self._commands.flag(self.interaction.id, FlagKind.HELP_REQUEST)

    @Slot()
    def _send(self) -> None:
        text = self.chat_input.text().strip()
        if not text or not self.send_button.isEnabled():
            return
        if not self.replies.allows_sending(text):
            return  # a placeholder is left: the volunteer is told and it is selected
        self.chat_input.clear()
        self._commands.send_message(self.interaction.id, text)

    def _insert(self, text: str) -> None:
        """A resource goes into the reply box, after what is there; nothing is sent."""
        current = self.chat_input.text().rstrip()
        self.chat_input.setText(f"{current} {text}" if current else text)
        self.chat_input.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _resource_shared(self, _entry_id: str) -> None:
        if self.record_form is not None:
            self.record_form.check("resource_shared")  # on the contact record

    def _file_record(self, form_version: str, record: ContactRecordData) -> None:
        self._commands.wrap_up_record(self.interaction.id, form_version, record)

    @Slot()
    def _finish(self) -> None:
        outcome = self.outcome.currentData()
        note = self.wrap_note.text().strip() or None
        self._commands.wrap_up(self.interaction.id, OutcomeCode(outcome), note)
