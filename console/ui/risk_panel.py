"""Risk support beside the conversation: the organisation's assessment (one click per answer),
the level by the form's rules, its escalation steps, consent to lift anonymity, 113 one click
away with the location reminder, and the safety plan.

Focus is a safety feature here. The panel opens only when the volunteer opens it (then focus
goes to its first answer); updates from the stream never move focus; answer and consent buttons
take no focus on a mouse click (Tab still reaches them), so the volunteer can click an answer
while writing and the reply box keeps the cursor. Closing gives focus back to the reply box.

Nothing the volunteer answers leaves this widget except the level (to the backend, so that high
and acute alert the supervisors at once) and the safety plan (into the chat, as one message).
Threads: GUI thread only; commands go through the session bridge.
"""

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console.config.risk_forms import ALERTING_LEVELS, RiskForm, RiskFormError, load_form
from console.contract.enums import Channel, ConsentAnswer, RiskLevel, WithoutConsentReason
from console.contract.resources import Interaction, TransferTarget
from console.core.outbox import OutgoingMessage
from console.core.risk_record import RiskAction, RiskSummary
from console.ui.formatting import fill_number, format_clock, format_duration
from console.ui.labels import error_message
from console.ui.safety_plan import SafetyPlanEditor
from console.ui.weak_method import weak_method

log = logging.getLogger(__name__)


class RiskCommands(Protocol):
    """What the risk panel asks of the session: called on the GUI thread; the bridge that
    implements it hands the work to the core thread."""

    def assess_risk(self, interaction_id: str, level: RiskLevel) -> object: ...
    def record_consent(
        self, interaction_id: str, answer: ConsentAnswer, reason: WithoutConsentReason | None
    ) -> object: ...
    def send_message(self, interaction_id: str, text: str) -> OutgoingMessage: ...


def level_label(level: RiskLevel | None) -> str:
    if level is None:
        return QCoreApplication.translate("RiskPanel", "not assessed yet")
    return {
        RiskLevel.LOW: QCoreApplication.translate("RiskPanel", "low"),
        RiskLevel.MODERATE: QCoreApplication.translate("RiskPanel", "moderate"),
        RiskLevel.HIGH: QCoreApplication.translate("RiskPanel", "high"),
        RiskLevel.ACUTE: QCoreApplication.translate("RiskPanel", "acute"),
    }[level]


def assessed_level_text(level: RiskLevel, assessed_at: datetime | None) -> str:
    """For the supervisor: the level and the minutes since the assessment (never its content)."""
    text = QCoreApplication.translate("RiskPanel", "level %1").replace("%1", level_label(level))
    if assessed_at is None:
        return text
    minutes = int(max(0.0, (datetime.now(UTC) - assessed_at).total_seconds()) // 60)
    since = fill_number(
        QCoreApplication.translate("RiskPanel", "assessed %1 min ago"), "%1", minutes
    )
    return f"{text}, {since}"


def consent_label(answer: ConsentAnswer) -> str:
    return {
        ConsentAnswer.YES: QCoreApplication.translate("RiskPanel", "Yes"),
        ConsentAnswer.NO: QCoreApplication.translate("RiskPanel", "No"),
        ConsentAnswer.NOT_POSSIBLE: QCoreApplication.translate("RiskPanel", "Not possible to ask"),
    }[answer]


def reason_label(reason: WithoutConsentReason) -> str:
    return {
        WithoutConsentReason.LIFE_IN_DANGER: QCoreApplication.translate(
            "RiskPanel", "Life in danger"
        ),
        WithoutConsentReason.CANNOT_ANSWER: QCoreApplication.translate(
            "RiskPanel", "The person cannot answer"
        ),
        WithoutConsentReason.OTHER: QCoreApplication.translate("RiskPanel", "Other reason"),
    }[reason]


def _no_click_focus(button: QPushButton) -> None:
    # A click answers without taking the cursor from the reply box; Tab still reaches it.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


class RiskPanel(QFrame):
    """The assessment, escalation steps, consent and safety plan beside one contact.
    GUI thread only."""

    closed = Signal()

    def __init__(
        self,
        form: RiskForm,
        interaction: Interaction,
        commands: RiskCommands,
        call_113: Callable[[], None] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("riskPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.form = form
        self.interaction = interaction
        self._commands = commands
        self._call_113 = call_113
        self.answers: dict[str, str] = {}  # in memory only, for this contact
        self.summary = RiskSummary(form=form.key)
        self._sent_level: RiskLevel | None = None
        inner = QWidget(self)
        body = QVBoxLayout(inner)
        body.addLayout(self._build_header())
        body.addLayout(self._build_questions())
        body.addLayout(self._build_level())
        body.addWidget(self._build_escalation())
        body.addWidget(self._build_consent())
        self.plan = SafetyPlanEditor(form, weak_method(self._send_plan), inner)  # weak_method.py
        self.plan.sent.connect(self._plan_sent)
        body.addWidget(self.plan)
        body.addStretch(1)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_panel)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setVisible(False)
        self.retranslate()
        self.set_interaction(interaction)

    # ---------------------------------------------------------------- building

    def _build_header(self) -> QHBoxLayout:
        self._title = QLabel(self)
        self._title.setObjectName("riskPanelTitle")
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeRiskPanelButton")
        self.close_button.clicked.connect(self.close_panel)
        self._sample_note = QLabel(self)
        self._sample_note.setObjectName("riskSampleNote")
        self._sample_note.setWordWrap(True)
        self._sample_note.setVisible(self.form.sample)
        header = QHBoxLayout()
        column = QVBoxLayout()
        column.addWidget(self._title)
        column.addWidget(self._sample_note)
        header.addLayout(column, 1)
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _build_questions(self) -> QGridLayout:
        # One question per pair of rows (its text above its answers): narrow beside the chat.
        grid = QGridLayout()
        self._question_labels: dict[str, QLabel] = {}
        self.answer_buttons: dict[tuple[str, str], QPushButton] = {}
        for row, question in enumerate(self.form.questions):
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(label, 2 * row, 0)
            self._question_labels[question.id] = label
            group = QButtonGroup(self)
            buttons = QHBoxLayout()
            for answer in question.answers:
                button = QPushButton(self)
                button.setObjectName(f"answer_{question.id}_{answer.id}")
                button.setCheckable(True)
                _no_click_focus(button)
                button.clicked.connect(
                    lambda _=False, q=question.id, a=answer.id: self.answer(q, a)
                )
                group.addButton(button)
                buttons.addWidget(button)
                self.answer_buttons[(question.id, answer.id)] = button
            buttons.addStretch(1)
            grid.addLayout(buttons, 2 * row + 1, 0)
        return grid

    def _build_level(self) -> QVBoxLayout:
        self.level_label = QLabel(self)
        self.level_label.setObjectName("riskLevel")
        # A level that did not reach the backend is said here, with a way to send it again:
        # a silent failure would leave the supervisor unaware of an acute contact.
        self.level_error = QLabel(self)
        self.level_error.setObjectName("riskLevelError")
        self.level_error.setWordWrap(True)
        self.level_error.setTextFormat(Qt.TextFormat.PlainText)
        self.resend_level_button = QPushButton(self)
        self.resend_level_button.setObjectName("resendRiskLevelButton")
        self.resend_level_button.clicked.connect(self._send_level)
        self.level_error.hide()
        self.resend_level_button.hide()
        column = QVBoxLayout()
        column.addWidget(self.level_label)
        column.addWidget(self.level_error)
        column.addWidget(self.resend_level_button)
        return column

    def _build_escalation(self) -> QFrame:
        self.escalation = QFrame(self)
        self.escalation.setObjectName("riskEscalation")
        layout = QVBoxLayout(self.escalation)
        self._steps = QLabel(self.escalation)
        self._steps.setObjectName("escalationSteps")
        self._steps.setWordWrap(True)
        self._steps.setTextFormat(Qt.TextFormat.PlainText)
        self.call_113_button = QPushButton(self.escalation)
        self.call_113_button.setObjectName("riskCall113Button")
        self.call_113_button.clicked.connect(self._call_emergency)
        self.call_113_button.setVisible(self._call_113 is not None)
        self.location_reminder = QLabel(self.escalation)
        self.location_reminder.setObjectName("riskLocationReminder")
        self.location_reminder.setWordWrap(True)
        layout.addWidget(self._steps)
        layout.addWidget(self.call_113_button)
        layout.addWidget(self.location_reminder)
        return self.escalation

    def _build_consent(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("riskConsent")
        layout = QVBoxLayout(box)
        self._consent_question = QLabel(box)
        self._consent_question.setWordWrap(True)
        row = QHBoxLayout()
        self.consent_buttons: dict[ConsentAnswer, QPushButton] = {}
        for answer in ConsentAnswer:
            button = QPushButton(box)
            button.setObjectName(f"consent_{answer.value}")
            _no_click_focus(button)
            button.clicked.connect(lambda _=False, a=answer: self.record_consent(a))
            self.consent_buttons[answer] = button
            row.addWidget(button)
        row.addStretch(1)
        self.consent_status = QLabel(box)
        self.consent_status.setObjectName("consentStatus")
        self.reason = QComboBox(box)
        self.reason.setObjectName("withoutConsentReason")
        self._reason_caption = QLabel(box)
        self._reason_caption.setBuddy(self.reason)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self._reason_caption)
        reason_row.addWidget(self.reason, 1)
        layout.addWidget(self._consent_question)
        layout.addLayout(row)
        layout.addWidget(self.consent_status)
        layout.addLayout(reason_row)
        return box

    # --------------------------------------------------------------- rendering

    def retranslate(self) -> None:
        ui = QLocale().name()
        self._title.setText(
            QCoreApplication.translate("RiskPanel", "Risk support: %1").replace(
                "%1", self.form.title.get(ui)
            )
        )
        self._sample_note.setText(
            QCoreApplication.translate(
                "RiskPanel",
                "Sample form: your organisation replaces it with its own approved wording.",
            )
        )
        self.close_button.setText(QCoreApplication.translate("RiskPanel", "Close"))
        for question in self.form.questions:
            self._question_labels[question.id].setText(question.text.get(ui))
            for answer in question.answers:
                button = self.answer_buttons[(question.id, answer.id)]
                chosen = self.answers.get(question.id) == answer.id
                # The mark shows the choice in every theme (a checked button may look alike).
                button.setText(("✓ " if chosen else "") + answer.label.get(ui))
                button.setAccessibleName(f"{question.text.get(ui)}: {answer.label.get(ui)}")
        self.call_113_button.setText(QCoreApplication.translate("RiskPanel", "Call 113 now"))
        self.resend_level_button.setText(
            QCoreApplication.translate("RiskPanel", "Send the level again")
        )
        self.location_reminder.setText(
            QCoreApplication.translate(
                "TransferBar", "AMK will ask where the caller is: address, place, landmarks."
            )
        )
        self._consent_question.setText(
            QCoreApplication.translate(
                "RiskPanel", "Consent to pass on anything that identifies the person:"
            )
        )
        for consent_answer, consent_button in self.consent_buttons.items():
            consent_button.setText(consent_label(consent_answer))
        self._reason_caption.setText(
            QCoreApplication.translate("RiskPanel", "Without consent, because:")
        )
        current = self.reason.currentData()
        self.reason.clear()
        for reason in WithoutConsentReason:
            self.reason.addItem(reason_label(reason), reason)
        if current is not None:
            self.reason.setCurrentIndex(self.reason.findData(current))
        self.plan.retranslate()
        self._render()

    def set_interaction(self, interaction: Interaction) -> None:
        """From the stream: never moves focus."""
        self.interaction = interaction
        self.plan.set_chatter_language(interaction.language)
        consent = interaction.consent
        if consent is not None:
            self.summary = RiskSummary(
                form=self.summary.form,
                level=self.summary.level,
                assessed_at=interaction.flags.risk_assessed_at or self.summary.assessed_at,
                consent=consent.answer,
                consent_at=consent.recorded_at,
                without_consent_reason=consent.without_consent_reason,
                actions=self.summary.actions,
            )
        self._render()

    def _render(self) -> None:
        level = self.summary.level
        text = QCoreApplication.translate("RiskPanel", "Level: %1").replace(
            "%1", level_label(level)
        )
        assessed = self.interaction.flags.risk_assessed_at
        if level is not None and assessed is not None:
            since = format_duration((datetime.now(UTC) - assessed).total_seconds())
            text += " · " + QCoreApplication.translate("RiskPanel", "assessed %1 ago").replace(
                "%1", since
            )
        self.level_label.setText(text)
        self.level_label.setProperty("alerting", level in ALERTING_LEVELS)
        alerting = level in ALERTING_LEVELS
        self.escalation.setVisible(alerting)
        ui = QLocale().name()
        self._steps.setText("\n".join(f"• {step.get(ui)}" for step in self.form.steps_for(level)))
        if self.summary.consent is None:
            self.consent_status.setText(
                QCoreApplication.translate("RiskPanel", "Consent not recorded yet.")
            )
        else:
            moment = self.summary.consent_at
            self.consent_status.setText(
                QCoreApplication.translate("RiskPanel", "Consent: %1, recorded at %2")
                .replace("%1", consent_label(self.summary.consent))
                .replace("%2", format_clock(moment) if moment is not None else "")
            )
        without = self.summary.consent is not ConsentAnswer.YES
        self.reason.setEnabled(without)
        chat = self.interaction.channel is Channel.CHAT
        self.plan.setVisible(chat)

    # ----------------------------------------------------------------- actions

    def open_panel(self) -> None:
        """The volunteer opened it: now, and only now, focus comes here."""
        self.setVisible(True)
        first = next(iter(self.answer_buttons.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def reveal(self) -> None:
        """Shown after a quick risk flag, for the assessment to follow: focus stays where the
        volunteer is (typing a reply, most likely)."""
        self.setVisible(True)

    @Slot()
    def close_panel(self) -> None:
        self.setVisible(False)
        self.closed.emit()

    def answer(self, question_id: str, answer_id: str) -> None:
        self.answers[question_id] = answer_id
        self.answer_buttons[(question_id, answer_id)].setChecked(True)
        self.retranslate()
        level = self.form.level(self.answers)
        self.summary = RiskSummary(
            form=self.summary.form,
            level=level,
            assessed_at=datetime.now(UTC),
            consent=self.summary.consent,
            consent_at=self.summary.consent_at,
            without_consent_reason=self.summary.without_consent_reason,
            actions=self.summary.actions,
        ).did(RiskAction.ASSESSED)
        if level is not None and level is not self._sent_level:
            self._send_level()
        self._render()

    @Slot()
    def _send_level(self) -> None:
        """The level only, at once: high and acute reach the supervisors' streams now."""
        level = self.summary.level
        if level is None:
            return
        self._sent_level = level
        self.level_error.hide()
        self.resend_level_button.hide()
        operation = self._commands.assess_risk(self.interaction.id, level)
        failed = getattr(operation, "failed", None)
        if failed is not None:
            failed.connect(self._level_failed)
        succeeded = getattr(operation, "succeeded", None)
        if succeeded is not None and level in ALERTING_LEVELS:
            succeeded.connect(self._supervisor_alerted)

    @Slot(object)
    def _level_failed(self, error: object) -> None:
        self._sent_level = None
        self.level_error.setText(
            QCoreApplication.translate(
                "RiskPanel", "The level did not reach the supervisor: %1"
            ).replace("%1", error_message(error))
        )
        self.level_error.show()
        self.resend_level_button.show()

    @Slot(object)
    def _supervisor_alerted(self, _result: object) -> None:
        self.summary = self.summary.did(RiskAction.SUPERVISOR_ALERTED)

    def record_consent(self, answer: ConsentAnswer) -> None:
        reason = None if answer is ConsentAnswer.YES else self._chosen_reason()
        self._commands.record_consent(self.interaction.id, answer, reason)
        self.summary = self.summary.did(RiskAction.CONSENT_RECORDED)

    def _chosen_reason(self) -> WithoutConsentReason:
        data = self.reason.currentData()
        return WithoutConsentReason(data) if data is not None else WithoutConsentReason.OTHER

    @Slot()
    def _call_emergency(self) -> None:
        """Lives first: one click starts the transfer; without a recorded yes, it records why."""
        if self._call_113 is None:
            return
        if self.summary.consent is not ConsentAnswer.YES:
            answer = self.summary.consent or ConsentAnswer.NOT_POSSIBLE
            self._commands.record_consent(self.interaction.id, answer, self._chosen_reason())
            self.summary = self.summary.did(RiskAction.TRANSFER_WITHOUT_CONSENT)
        self.summary = self.summary.did(RiskAction.TRANSFER_113)
        self._call_113()

    def _send_plan(self, text: str) -> object:
        return self._commands.send_message(self.interaction.id, text)

    @Slot()
    def _plan_sent(self) -> None:
        self.summary = self.summary.did(RiskAction.SAFETY_PLAN_SENT)


def usable_risk_form() -> RiskForm | None:
    """The organisation's risk form, or None when it cannot be used (the log names file and
    field, never contact data): the contacts then have no risk panel and the button stays
    disabled, rather than a crash. The shift page reads it once, at its first contact."""
    try:
        return load_form()
    except RiskFormError as error:
        log.warning("risk form unusable: %s", error)
        return None


def build_risk_panel(
    form: RiskForm | None,
    interaction: Interaction,
    commands: RiskCommands,
    targets: list[TransferTarget],
    request_transfer: Callable[[str], None],
    parent: QWidget,
) -> RiskPanel | None:
    """The panel for one contact, with 113 wired to the transfer bar's own request (the same
    one click, location reminder and fallback number); none without a usable form."""
    if form is None:
        return None
    emergency = next((t.id for t in targets if t.asks_location), None)
    call_113 = (lambda: request_transfer(emergency)) if emergency is not None else None
    return RiskPanel(form, interaction, commands, call_113, parent)
