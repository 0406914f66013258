"""Training mode in the window: an unmistakable TRAINING frame, a panel to pick and follow a
scenario, and the debrief afterwards (exportable only when the trainee chooses to)."""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.bridge.training_bridge import TrainingBridge
from console.contract.enums import RiskLevel
from console.contract.training import (
    Debrief,
    ExpectationResult,
    ScenarioInfo,
    ScenarioLanguage,
    SpokenCheck,
    Step,
    TrainingState,
)
from console.core.errors import CoreError
from console.ui.formatting import NBSP, fill_number
from console.ui.labels import error_message
from console.ui.risk_panel import level_label

SCENARIO_LANGUAGES: dict[str, ScenarioLanguage] = {"se_NO": "se", "en": "en"}
# Numbers joined by no-break spaces: a phone number never breaks over two lines.
TARGET_NAMES = {
    "legevakt": f"legevakt{NBSP}116{NBSP}117",
    "amk": "113",
    "alarmtelefonen": f"116{NBSP}111",
}


def scenario_language(ui_language: str) -> ScenarioLanguage:
    """Scenarios are written in nb, se and en; other languages follow the UI's fallback."""
    return SCENARIO_LANGUAGES.get(ui_language, "nb")


def banner_text() -> str:
    return QCoreApplication.translate(
        "Training", "TRAINING: practice only. No real callers, no real services."
    )


def step_text(step: Step, checks: list[SpokenCheck], language: ScenarioLanguage) -> str:
    target = TARGET_NAMES.get((step.detail or "").split(":")[0], step.detail or "")
    if step.what.startswith("check:"):
        label = next((c.label.pick(language) for c in checks if c.id == step.what[6:]), "")
        return QCoreApplication.translate("Training", "You marked: %1").replace("%1", label)
    texts = {
        "start": QCoreApplication.translate("Training", "Scenario started"),
        "offered": QCoreApplication.translate("Training", "The contact was offered to you"),
        "accepted": QCoreApplication.translate("Training", "You accepted"),
        "replied": QCoreApplication.translate("Training", "You wrote"),
        "risk_flagged": QCoreApplication.translate("Training", "You flagged high risk"),
        "help_requested": QCoreApplication.translate("Training", "You asked the supervisor"),
        "risk_assessed": QCoreApplication.translate("Training", "Risk assessed: %1"),
        "consent_recorded": QCoreApplication.translate("Training", "You recorded consent"),
        "transfer_started": QCoreApplication.translate("Training", "You started a transfer to %1"),
        "transfer_answered": QCoreApplication.translate("Training", "%1 answered"),
        "transfer_completed": QCoreApplication.translate("Training", "Transfer to %1 completed"),
        "transfer_failed": QCoreApplication.translate("Training", "Transfer to %1 failed"),
        "transfer_canceled": QCoreApplication.translate("Training", "Transfer to %1 cancelled"),
        "caller_left": QCoreApplication.translate("Training", "The caller left"),
        "ended": QCoreApplication.translate("Training", "You ended the contact"),
        "wrapped_up": QCoreApplication.translate("Training", "You finished the wrap-up"),
    }
    if step.what == "risk_assessed" and step.detail in set(RiskLevel):
        target = level_label(RiskLevel(step.detail))
    return texts.get(step.what, step.what).replace("%1", target)


def action_text(
    result: ExpectationResult, checks: list[SpokenCheck], language: ScenarioLanguage
) -> str:
    target = TARGET_NAMES.get(result.target or "", result.target or "")
    if result.action == "check":
        return next((c.label.pick(language) for c in checks if c.id == result.check), "")
    texts = {
        "accept": QCoreApplication.translate("Training", "Accept the contact"),
        "reply": QCoreApplication.translate("Training", "Write a first reply"),
        "flag_risk": QCoreApplication.translate("Training", "Flag high risk"),
        "ask_help": QCoreApplication.translate("Training", "Ask the supervisor"),
        "assess_risk": QCoreApplication.translate("Training", "Assess the risk"),
        "record_consent": QCoreApplication.translate("Training", "Record consent"),
        "transfer": QCoreApplication.translate("Training", "Transfer to %1"),
        "complete_transfer": QCoreApplication.translate("Training", "Complete the transfer to %1"),
        "wrap_up": QCoreApplication.translate("Training", "Finish the wrap-up"),
    }
    return texts.get(result.action, result.action).replace("%1", target)


def expectation_text(
    result: ExpectationResult, checks: list[SpokenCheck], language: ScenarioLanguage
) -> str:
    """What was expected, and why (the why is the scenario author's words)."""
    return f"{action_text(result, checks, language)}: {result.why.pick(language)}"


def verdict_text(result: ExpectationResult) -> str:
    if result.met:
        return fill_number(
            QCoreApplication.translate("Training", "Done (%1 s)"), "%1", f"{result.at_s:g}"
        )
    if result.at_s is None:
        return QCoreApplication.translate("Training", "Not done")
    if result.limit_s is not None and result.at_s > result.limit_s:
        text = QCoreApplication.translate("Training", "Too late (%1 s, expected by %2 s)")
        text = fill_number(text, "%1", f"{result.at_s:g}")
        return fill_number(text, "%2", f"{result.limit_s:g}")
    return fill_number(
        QCoreApplication.translate("Training", "Not as expected (%1 s)"), "%1", f"{result.at_s:g}"
    )


def seconds_text(value: float | None) -> str:
    if value is None:
        return "–"
    return fill_number(QCoreApplication.translate("Training", "%1 s"), "%1", f"{value:g}")


def report_text(
    debrief: Debrief, checks: list[SpokenCheck], language: ScenarioLanguage, when: datetime
) -> str:
    """The debrief as plain text, for the trainee to keep (written only when they export it)."""
    lines = [
        QCoreApplication.translate("Training", "Helpline Console: training debrief"),
        QCoreApplication.translate("Training", "Scenario: %1").replace(
            "%1", debrief.title.pick(language)
        ),
        QCoreApplication.translate("Training", "Date: %1").replace(
            "%1", when.strftime("%Y-%m-%d %H:%M")
        ),
        QCoreApplication.translate("Training", "Expected actions done: %1 of %2")
        .replace("%1", str(debrief.met))
        .replace("%2", str(len(debrief.expectations))),
        QCoreApplication.translate("Training", "Time to accept: %1").replace(
            "%1", seconds_text(debrief.time_to_accept_s)
        ),
        QCoreApplication.translate("Training", "Time to flag high risk: %1").replace(
            "%1", seconds_text(debrief.time_to_flag_s)
        ),
        QCoreApplication.translate("Training", "Time to start a transfer: %1").replace(
            "%1", seconds_text(debrief.time_to_transfer_s)
        ),
        "",
        QCoreApplication.translate("Training", "What the scenario expected"),
    ]
    for result in debrief.expectations:
        mark = "[x]" if result.met else "[ ]"
        lines.append(f"{mark} {expectation_text(result, checks, language)}: {verdict_text(result)}")
    lines += ["", QCoreApplication.translate("Training", "What you did")]
    lines += [f"{step.at_s:>6g} s  {step_text(step, checks, language)}" for step in debrief.steps]
    return "\n".join(lines) + "\n"


class TrainingBanner(QLabel):
    """Always visible in training mode: nobody may mistake practice for a live shift.

    Created and called on the GUI thread only.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(banner_text())
        self.setAccessibleName(banner_text())


class ScenarioPicker(QDialog):
    """Choose a training scenario; created and called on the GUI thread only."""

    def __init__(
        self, scenarios: list[ScenarioInfo], language: ScenarioLanguage, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scenarioPicker")
        self.setWindowTitle(QCoreApplication.translate("Training", "Choose a scenario"))
        self.list = QListWidget(self)
        self.list.setObjectName("scenarioList")
        self.list.setAccessibleName(QCoreApplication.translate("Training", "Choose a scenario"))
        self.list.setWordWrap(True)
        for info in scenarios:
            item = QListWidgetItem(f"{info.title.pick(language)}\n{info.summary.pick(language)}")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(self.accept)
        buttons = QDialogButtonBox(self)
        self.start_button = buttons.addButton(
            QCoreApplication.translate("Training", "Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))


class DebriefDialog(QDialog):
    """The training debrief; created and called on the GUI thread only."""

    def __init__(
        self,
        debrief: Debrief,
        checks: list[SpokenCheck],
        language: ScenarioLanguage,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("debriefDialog")
        self.debrief = debrief
        self._checks = checks
        self._language = language
        self.setWindowTitle(QCoreApplication.translate("Training", "Debrief"))
        self.summary = QLabel(self)
        self.summary.setObjectName("debriefSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setText(
            "\n".join(report_text(debrief, checks, language, datetime.now()).splitlines()[1:7])
        )
        self.expected = QTableWidget(len(debrief.expectations), 2, self)
        self.expected.setObjectName("debriefExpectations")
        self.expected.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Training", "What happened"),
                QCoreApplication.translate("Training", "What the scenario expected"),
            ]
        )
        for row, result in enumerate(debrief.expectations):
            self.expected.setItem(row, 0, QTableWidgetItem(verdict_text(result)))
            text = f"{action_text(result, checks, language)}\n{result.why.pick(language)}"
            self.expected.setItem(row, 1, QTableWidgetItem(text))
        self.timeline = QTableWidget(len(debrief.steps), 2, self)
        self.timeline.setObjectName("debriefTimeline")
        self.timeline.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Training", "Time"),
                QCoreApplication.translate("Training", "What you did"),
            ]
        )
        for row, step in enumerate(debrief.steps):
            self.timeline.setItem(row, 0, QTableWidgetItem(seconds_text(step.at_s)))
            self.timeline.setItem(row, 1, QTableWidgetItem(step_text(step, checks, language)))
        for table in (self.expected, self.timeline):
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.setWordWrap(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.expected.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.expected.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(
            QCoreApplication.translate("Training", "Export report…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.export_button.setObjectName("exportReportButton")
        self.export_button.clicked.connect(self._export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.expected, 2)
        layout.addWidget(self.timeline, 3)
        layout.addWidget(buttons)
        self.resize(820, 640)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Row heights depend on the column widths, known only once the dialog is laid out.
        self.expected.resizeRowsToContents()

    def report(self) -> str:
        return report_text(self.debrief, self._checks, self._language, datetime.now())

    def export_to(self, path: Path) -> None:
        path.write_text(self.report(), encoding="utf-8")

    @Slot()
    def _export(self) -> None:
        suggested = f"training-{self.debrief.scenario_id}.txt"
        chosen, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("Training", "Export report"), suggested
        )
        if chosen:
            self.export_to(Path(chosen))


class TrainingPanel(QWidget):
    """Pick a scenario, follow it (what a caller says, spoken checks), open the debrief.

    Created and called on the GUI thread only.
    """

    def __init__(
        self,
        bridge: TrainingBridge,
        ui_language: Callable[[], str],
        parent: QWidget | None = None,
        make_available: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingPanel")
        self._bridge = bridge
        self._ui_language = ui_language
        self._make_available = make_available
        self.scenarios: list[ScenarioInfo] = []
        self.current: ScenarioInfo | None = None
        self.picker: ScenarioPicker | None = None
        self.debrief_dialog: DebriefDialog | None = None
        self._shown_debrief_for: str | None = None
        self.title = QLabel(self)
        self.title.setObjectName("trainingTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("trainingStatus")
        self.status.setWordWrap(True)
        self.presence_note = QLabel(self)
        self.presence_note.setObjectName("trainingPresenceNote")
        self.presence_note.setWordWrap(True)
        self.presence_note.hide()
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseScenarioButton")
        self.choose_button.clicked.connect(self.choose)
        self._caller_caption = QLabel(self)
        for label in (
            self.title,
            self.summary,
            self.status,
            self.presence_note,
            self._caller_caption,
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)  # scenario text comes from the backend
        self.caller_lines = QListWidget(self)
        self.caller_lines.setObjectName("callerLines")
        self.caller_lines.setWordWrap(True)
        self._checks_box = QVBoxLayout()
        self.check_buttons: dict[str, QPushButton] = {}
        self.debrief_button = QPushButton(self)
        self.debrief_button.setObjectName("showDebriefButton")
        self.debrief_button.clicked.connect(self.show_debrief)
        self.debrief_button.setEnabled(False)
        self.error = QLabel(self)
        self.error.setObjectName("trainingError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self._lay_out()
        bridge.scenariosLoaded.connect(self._scenarios_loaded, Qt.ConnectionType.QueuedConnection)
        bridge.stateChanged.connect(self.set_state, Qt.ConnectionType.QueuedConnection)
        bridge.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.retranslate()
        bridge.load_scenarios()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.debrief_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.presence_note)
        layout.addLayout(self._checks_box)
        layout.addWidget(self._caller_caption)
        layout.addWidget(self.caller_lines, 3)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def language(self) -> ScenarioLanguage:
        return scenario_language(self._ui_language())

    def retranslate(self) -> None:
        self.choose_button.setText(QCoreApplication.translate("Training", "Choose a scenario…"))
        self.debrief_button.setText(QCoreApplication.translate("Training", "Show debrief"))
        self._caller_caption.setText(
            QCoreApplication.translate("Training", "What the caller says:")
        )
        self.caller_lines.setAccessibleName(self._caller_caption.text())
        self.presence_note.setText(
            QCoreApplication.translate(
                "Training", "You are now Available, so the practice contact can reach you."
            )
        )
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(object)
    def _scenarios_loaded(self, scenarios: object) -> None:
        if isinstance(scenarios, list):
            self.scenarios = [s for s in scenarios if isinstance(s, ScenarioInfo)]

    @Slot(object)
    def _failed(self, error: object) -> None:
        detail = str(error) if isinstance(error, CoreError) else ""
        self.error.setText(f"{error_message(error)}\n{detail}".strip())

    @Slot()
    def choose(self) -> None:
        if not self.scenarios:
            self._bridge.load_scenarios()
            return
        if self.picker is not None:
            self.picker.deleteLater()
        self.picker = ScenarioPicker(self.scenarios, self.language(), self.window())
        self.picker.accepted.connect(self._picked)
        self.picker.open()

    @Slot()
    def _picked(self) -> None:
        chosen = self.picker.chosen() if self.picker is not None else None
        if chosen is not None:
            self.start(chosen)

    def start(self, scenario_id: str) -> None:
        self.current = next((s for s in self.scenarios if s.id == scenario_id), None)
        self.error.setText("")
        self._shown_debrief_for = None
        if self._make_available is not None:
            # The practice contact is routed like a real one: only to someone available.
            self._make_available()
            self.presence_note.show()
        self._bridge.start(scenario_id, self.language())

    @Slot(object)
    def set_state(self, state: object) -> None:
        if not isinstance(state, TrainingState):
            return
        self._render()
        debrief = state.debrief
        if debrief is not None and self._shown_debrief_for != debrief.scenario_id:
            self._shown_debrief_for = debrief.scenario_id
            self.show_debrief()

    def _render(self) -> None:
        state = self._bridge.state
        info = self.current
        language = self.language()
        self.title.setText(info.title.pick(language) if info else "")
        self.summary.setText(info.summary.pick(language) if info else "")
        self.status.setText(
            {
                "idle": QCoreApplication.translate("Training", "Choose a scenario to start."),
                "waiting": QCoreApplication.translate(
                    "Training", "Get ready: the contact arrives in a moment."
                ),
                "running": QCoreApplication.translate(
                    "Training", "In progress. Handle the contact as on a real shift."
                ),
                "finished": QCoreApplication.translate(
                    "Training", "Finished. The debrief shows how it went."
                ),
            }[state.status]
        )
        self.caller_lines.clear()
        for line in state.caller_lines:
            self.caller_lines.addItem(f"{seconds_text(line.at_s)}  {line.text}")
        voice = info is not None and info.channel == "voice"
        self._caller_caption.setVisible(voice)
        self.caller_lines.setVisible(voice)
        self._render_checks(info, state)
        self.debrief_button.setEnabled(state.debrief is not None)

    def _render_checks(self, info: ScenarioInfo | None, state: TrainingState) -> None:
        wanted = {c.id: c for c in info.checks} if info else {}
        for check_id in list(self.check_buttons):
            if check_id not in wanted:
                gone = self.check_buttons.pop(check_id)
                self._checks_box.removeWidget(gone)
                gone.deleteLater()
        for check_id, check in wanted.items():
            button = self.check_buttons.get(check_id)
            if button is None:
                button = QPushButton(self)
                button.setObjectName(f"check_{check_id}")
                button.clicked.connect(self._check_clicked)
                button.setProperty("check_id", check_id)
                self._checks_box.addWidget(button)
                self.check_buttons[check_id] = button
            done = check_id in state.checks_done
            button.setText(("✓ " if done else "") + check.label.pick(self.language()))
            button.setEnabled(state.status == "running" and not done)

    @Slot()
    def _check_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QPushButton):
            button.setEnabled(False)
            self._bridge.mark(str(button.property("check_id")))

    @Slot()
    def show_debrief(self) -> None:
        debrief = self._bridge.state.debrief
        if debrief is None:
            return
        checks = self.current.checks if self.current else []
        if self.debrief_dialog is not None:
            self.debrief_dialog.deleteLater()
        self.debrief_dialog = DebriefDialog(debrief, checks, self.language(), self.window())
        self.debrief_dialog.open()
