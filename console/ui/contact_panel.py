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

from console.bridge.operation_names import OperationName
from console.config.risk_forms import RiskForm
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
from console.contract.limits import MESSAGE_MAX_CHARS
from console.contract.resources import Interaction, Message, Municipality, Transfer, TransferTarget
from console.core.errors import CoreError
from console.core.outbox import OutgoingMessage
from console.core.ready_replies import ReplyBook
from console.ui.formatting import format_duration
from console.ui.labels import (
    age_group_icon,
    age_group_label,
    channel_label,
    error_message,
    language_label,
    offline_reason,
    outcome_label,
)
from console.ui.plurals import Plurals
from console.ui.ready_replies import ReplySearch
from console.ui.reroute_notice import RerouteNotice
from console.ui.resource_panel import ResourcePanel
from console.ui.risk_panel import RiskCommands, build_risk_panel
from console.ui.risk_record import prefill_record
from console.ui.transcript import TranscriptView
from console.ui.transfer_bar import TransferBar, TransferCommands
from console.ui.weak_method import weak_method
from console.ui.wrap_up_form import WrapUpForm, form_language

# How far past the limit the input still takes text (so the overflow can be shown and fixed),
# and from how many characters left the count is shown while typing.
INPUT_SLACK_CHARS = 1000
SHOW_REMAINING_BELOW = 200


# Failures the contact's own panel shows (so they leave with the contact); the shift page
# leaves these to it.
ERRORS_SHOWN_IN_PANEL = frozenset(
    {
        OperationName.HOLD,
        OperationName.END,
        OperationName.FLAG,
        OperationName.WRAP_UP,
        OperationName.TRANSFER,
    }
)


class ContactCommands(TransferCommands, RiskCommands, Protocol):
    """What a contact panel may ask of the session (narrow on purpose).

    Called on the GUI thread only; the bridge that implements it hands the work to the core thread.
    """

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
    """One active contact's panel; created and called on the GUI thread only."""

    def __init__(
        self,
        interaction: Interaction,
        commands: ContactCommands,
        targets: list[TransferTarget],
        municipalities: Callable[[], list[Municipality]],
        parent: QWidget | None = None,
        keys: dict[str, str] | None = None,
        form: ContactForm | None = None,
        risk_form: RiskForm | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"contact_{interaction.id}")
        self._risk_form = risk_form
        self._keys = keys or DEFAULT_KEYS
        self.interaction = interaction
        self._commands = commands
        self._online = True
        self.wrap_up: QFrame  # the outcome list, or the record form when there is a form
        self._held_since: datetime | None = None  # when this client saw the hold begin
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        layout.addLayout(self._build_controls())
        # An error about this contact lives in the panel, so it goes away with the contact.
        self.error_label = QLabel(self)
        self.error_label.setObjectName("contactError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.transfer_bar = TransferBar(
            interaction.id, interaction.channel, targets, commands, municipalities, self, self._keys
        )
        self.transfer_bar.commandFailed.connect(self._command_failed)
        layout.addWidget(self.transfer_bar)
        self.transfer_bar.add_reroute(interaction)  # re-route: reroute_bar.py
        self.reroute_notice = RerouteNotice(targets, self)
        layout.addWidget(self.reroute_notice)
        layout.addLayout(self._build_beside(interaction, commands, targets, risk_form), 1)
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

    def _build_beside(
        self,
        interaction: Interaction,
        commands: ContactCommands,
        targets: list[TransferTarget],
        risk_form: RiskForm | None,
    ) -> QHBoxLayout:
        """The conversation, with what opens beside it and never over it: the risk panel when
        opened (risk_panel.py) and the resources (resource_panel.py)."""
        beside = QHBoxLayout()
        beside.addWidget(self._build_transcript(), 3)
        self.risk_panel = build_risk_panel(
            risk_form, interaction, commands, targets, self.transfer_bar.request, self
        )
        if self.risk_panel is not None:
            self.risk_panel.closed.connect(self._risk_panel_closed)
            beside.addWidget(self.risk_panel, 2)
        self.resource_panel = ResourcePanel(
            interaction,
            getattr(commands, "resource_directory", lambda: None),
            weak_method(self._insert),  # weakly: see weak_method.py
            self,
            getattr(commands, "directory_is_offline", lambda: False),
        )
        beside.addWidget(self.resource_panel, 2)
        return beside

    def _build_header(self) -> QHBoxLayout:
        self._icon = QLabel(self)
        self._title = QLabel(self)
        self._title.setObjectName("contactTitle")
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self._title.setWordWrap(True)  # a long organisation name wraps, never widens the window
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
        self.risk_support_button = QPushButton(self)
        self.risk_support_button.setObjectName("riskSupportButton")
        self.risk_support_button.clicked.connect(self._toggle_risk_panel)
        self.help_button = QPushButton(self)
        self.help_button.setObjectName("helpRequestButton")
        self.help_button.clicked.connect(self._ask_help)
        self._flags = QLabel(self)
        self._flags.setObjectName("flagStatus")
        controls = QHBoxLayout()
        for widget in (self.hold_button, self.end_button, self.risk_button):
            controls.addWidget(widget)
        controls.addWidget(self.risk_support_button)
        controls.addWidget(self.help_button)
        controls.addWidget(self._flags, 1)
        return controls

    def _build_transcript(self) -> TranscriptView:
        # Chat text is only ever plain text: a QPlainTextEdit has no markup at all.
        self.transcript = TranscriptView(self)
        return self.transcript

    def _build_composer(self) -> QVBoxLayout:
        self.chat_input = QLineEdit(self)
        self.chat_input.setObjectName("chatInput")
        # The line edit takes a little more than the contract allows, so an over-long line (a
        # paste) is kept and refused with a message, never cut silently; a paste of megabytes
        # is cut to this at once, so it cannot freeze the window.
        self.chat_input.setMaxLength(MESSAGE_MAX_CHARS + INPUT_SLACK_CHARS)
        self.chat_input.returnPressed.connect(self._send)
        self.chat_input.textChanged.connect(self._render_length)
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendButton")
        self.send_button.clicked.connect(self._send)
        self.length_label = QLabel(self)
        self.length_label.setObjectName("chatLengthLabel")
        self.length_label.setTextFormat(Qt.TextFormat.PlainText)
        self.length_label.setWordWrap(True)
        self.length_label.hide()
        row = QHBoxLayout()
        row.addWidget(self.chat_input, 1)
        row.addWidget(self.send_button)
        composer = QVBoxLayout()
        composer.addLayout(row)
        composer.addWidget(self.length_label)
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
        self.risk_support_button.setText(QCoreApplication.translate("ContactPanel", "Risk support"))
        if self.risk_panel is not None:
            self.risk_panel.retranslate()
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
        self._render_length()
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
        # In wrap-up only the wrap-up controls work: the caller is gone, so a transfer, hold,
        # flag or help request could only fail (and leave an error behind the contact).
        self.transfer_bar.set_contact_active(active)
        if ix.on_hold and self._held_since is None:
            self._held_since = datetime.now(UTC)
        elif not ix.on_hold:
            self._held_since = None
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
        self.risk_button.setEnabled(can_act and not ix.flags.risk)
        self.help_button.setEnabled(can_act and not ix.flags.help_requested)
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
        self.risk_support_button.setEnabled(self.risk_panel is not None)
        if self.risk_panel is not None:
            self.risk_panel.set_interaction(ix)
        if starts_wrap_up and self.record_form is not None and self.risk_panel is not None:
            prefill_record(self.record_form, self.risk_panel.summary)  # codes only
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
                # The hold timer counts the hold (how long the caller has waited in silence);
                # the call's own length is in the tooltip.
                held = (now - (self._held_since or now)).total_seconds()
                self._timer.setToolTip(
                    QCoreApplication.translate("ContactPanel", "Call time %1").replace("%1", label)
                )
                label = QCoreApplication.translate("ContactPanel", "On hold %1").replace(
                    "%1", format_duration(held)
                )
            else:
                self._timer.setToolTip("")
        self._timer.setText(label)

    def add_message(self, message: Message) -> None:
        self.transcript.put_message(message)

    def set_outgoing(self, message: OutgoingMessage) -> None:
        # A line the volunteer wrote stays in view, sent or not, until the real message
        # comes back on the stream: it never blinks out of the transcript in between.
        self.transcript.put_pending(message)

    # -------------------------------------------------------------- actions

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _watch(self, operation: object) -> None:
        """A failed command about this contact is said in this panel (it leaves with it)."""
        failed = getattr(operation, "failed", None)
        if failed is not None:
            failed.connect(self._command_failed)

    @Slot(object)
    def _command_failed(self, error: object) -> None:
        self.show_error(error_message(error))

    @Slot()
    def _toggle_hold(self) -> None:
        if self.hold_button.isVisible() and self.hold_button.isEnabled():
            self.show_error("")
            self._watch(self._commands.hold(self.interaction.id, not self.interaction.on_hold))

    @Slot()
    def _end(self) -> None:
        if self.end_button.isEnabled():
            self.show_error("")
            self._watch(self._commands.end(self.interaction.id))

    @Slot()
    def _flag_risk(self) -> None:
        if self.risk_button.isEnabled():
            self.show_error("")
            self._watch(self._commands.flag(self.interaction.id, FlagKind.RISK))
            if self.risk_panel is not None:
                self.risk_panel.reveal()  # the assessment beside the chat; focus stays put

    @Slot()
    def _toggle_risk_panel(self) -> None:
        if self.risk_panel is None:
            return
        if self.risk_panel.isVisible():
            self.risk_panel.close_panel()
        else:
            self.risk_panel.open_panel()

    @Slot()
    def _risk_panel_closed(self) -> None:
        target = self.chat_input if self.chat_input.isVisible() else self.risk_support_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _ask_help(self) -> None:
        if self.help_button.isEnabled():
            self.show_error("")
            self._watch(self._commands.flag(self.interaction.id, FlagKind.HELP_REQUEST))

    @Slot()
    def _render_length(self) -> None:
        """Near the limit the count of characters left shows; over it, by how much."""
        left = MESSAGE_MAX_CHARS - len(self.chat_input.text().strip())
        if left < 0:
            text = Plurals().characters_over(-left)
        elif left < SHOW_REMAINING_BELOW:
            text = Plurals().characters_left(left)
        else:
            text = ""
        self.length_label.setText(text)
        self.length_label.setVisible(bool(text))
        self.length_label.setProperty("alert", left < 0)
        self.length_label.style().unpolish(self.length_label)
        self.length_label.style().polish(self.length_label)

    @Slot()
    def _send(self) -> None:
        text = self.chat_input.text().strip()
        if not text or not self.send_button.isEnabled():
            return
        if not self.replies.allows_sending(text):
            return  # a placeholder is left: the volunteer is told and it is selected
        if len(text) > MESSAGE_MAX_CHARS:
            # Refused before the input is cleared: nothing the volunteer wrote is lost.
            self._render_length()
            self.chat_input.setFocus()
            return
        try:
            self._commands.send_message(self.interaction.id, text)
        except CoreError as error:  # refused before it left (never with the text in it)
            self.show_error(error_message(error))
            return
        self.chat_input.clear()

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
        self.show_error("")
        self._watch(self._commands.wrap_up(self.interaction.id, OutcomeCode(outcome), note))
