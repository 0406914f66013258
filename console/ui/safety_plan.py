"""The safety plan: the organisation's template, filled in with the chatter and sent into the
chat as ONE message in the chatter's language. The console keeps nothing: the fields are cleared
the moment the plan is sent, and nothing of it is logged or written.

Threads: GUI thread only (the message goes out through the session's outbox like any reply).
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.config.risk_forms import RiskForm, render_plan
from console.contract.limits import MESSAGE_MAX_CHARS
from console.ui.labels import language_label

# Six steps of this length and their headings stay well inside one chat message.
STEP_MAX_CHARS = 400


class SafetyPlanEditor(QFrame):
    """Emits `sent` with nothing (no text leaves this widget except into the chat). GUI thread
    only."""

    sent = Signal()

    def __init__(
        self, form: RiskForm, send: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPlan")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._form = form
        self._send = send
        self._chatter_language = "nb"
        self._title = QLabel(self)
        self._title.setObjectName("safetyPlanTitle")
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        self.fields: dict[str, QLineEdit] = {}
        self._labels: dict[str, QLabel] = {}
        rows = QFormLayout()
        for step in form.safety_plan.steps:
            label = QLabel(self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            edit = QLineEdit(self)
            edit.setObjectName(f"planStep_{step.id}")
            edit.setMaxLength(STEP_MAX_CHARS)
            label.setBuddy(edit)
            rows.addRow(label, edit)
            self.fields[step.id] = edit
            self._labels[step.id] = label
        self.send_button = QPushButton(self)
        self.send_button.setObjectName("sendSafetyPlanButton")
        self.send_button.clicked.connect(self._send_plan)
        self.status = QLabel(self)
        self.status.setObjectName("safetyPlanStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(rows)
        layout.addWidget(self.send_button)
        layout.addWidget(self.status)
        self.retranslate()

    def set_chatter_language(self, language: str) -> None:
        self._chatter_language = language
        self.retranslate()

    def retranslate(self) -> None:
        ui = QLocale().name()
        self._title.setText(
            QCoreApplication.translate(
                "SafetyPlan", "Safety plan, filled in together; it is sent in %1"
            ).replace("%1", language_label(self._chatter_language))
        )
        for step in self._form.safety_plan.steps:
            self._labels[step.id].setText(step.title.get(ui))
            self.fields[step.id].setAccessibleName(step.title.get(ui))
        self.send_button.setText(
            QCoreApplication.translate("SafetyPlan", "Send the plan into the chat")
        )

    def text(self) -> str:
        entries = {step_id: edit.text() for step_id, edit in self.fields.items()}
        return render_plan(self._form, self._chatter_language, entries)

    def is_empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.fields.values())

    @Slot()
    def _send_plan(self) -> None:
        if self.is_empty():
            self.status.setText(
                QCoreApplication.translate("SafetyPlan", "Fill in at least one step first.")
            )
            return
        text = self.text()
        if len(text) > MESSAGE_MAX_CHARS:  # cannot happen with STEP_MAX_CHARS; never cut silently
            self.status.setText(
                QCoreApplication.translate("SafetyPlan", "The plan is too long for one message.")
            )
            return
        self._send(text)
        for edit in self.fields.values():
            edit.clear()  # the console keeps nothing: the chatter has the plan now
        self.status.setText(
            QCoreApplication.translate("SafetyPlan", "Sent into the chat. Nothing is kept here.")
        )
        self.sent.emit()
