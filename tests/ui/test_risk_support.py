"""Risk support from the window: the panel beside the conversation never takes the reply box's
focus unless opened; an acute assessment reaches the supervisor's console within a second with
the level and no content; consent is recorded with its time; 113 without consent goes ahead and
records why; the safety plan arrives in the chat as one message and nothing of it stays."""

import time
from collections.abc import Iterator

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console, build_console
from console.contract.enums import ConsentAnswer, OutcomeCode, RiskLevel
from console.core.risk_record import RiskAction
from console.simulator.server import SimulatorServer
from console.ui.contact_panel import ContactPanel
from console.ui.risk_panel import RiskPanel
from tests.ui.helpers import file_conversation, wait_for_contact_form
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available

pytestmark = pytest.mark.qt

ACUTE = (("plan", "yes"), ("means", "yes"), ("time_frame", "now"))


def start_chat(
    qtbot: QtBot, console: Console, admin: httpx.Client, channel: str = "chat"
) -> ContactPanel:
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": channel, "age_group": "adult", "language": "nb"})
    return accept_first(qtbot, console)


def risk_panel_of(panel: ContactPanel) -> RiskPanel:
    assert panel.risk_panel is not None
    return panel.risk_panel


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_panel_never_takes_focus_from_the_reply_box_unless_opened(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_chat(qtbot, console, admin)
    risk = risk_panel_of(panel)
    panel.chat_input.setFocus()
    qtbot.waitUntil(panel.chat_input.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(panel.chat_input, "hei")
    # Stream updates that the panel renders (a level, a consent) arrive while it is closed.
    console.bridge.assess_risk(panel.interaction.id, RiskLevel.HIGH)
    console.bridge.record_consent(panel.interaction.id, ConsentAnswer.NO, None)
    qtbot.waitUntil(lambda: panel.interaction.consent is not None, timeout=WAIT_MS)
    assert not risk.isVisible()
    assert panel.chat_input.hasFocus()
    qtbot.keyClicks(panel.chat_input, " du")
    assert panel.chat_input.text() == "hei du"
    # Opened by the volunteer: now focus goes to its first answer.
    click(qtbot, panel.risk_support_button)
    assert risk.isVisible()
    first = risk.answer_buttons[("thoughts", "yes")]
    qtbot.waitUntil(first.hasFocus, timeout=WAIT_MS)
    # While open, the volunteer writes on and clicks answers: the cursor stays in the reply box.
    panel.chat_input.setFocus()
    qtbot.waitUntil(panel.chat_input.hasFocus, timeout=WAIT_MS)
    click(qtbot, risk.answer_buttons[("thoughts", "yes")])
    click(qtbot, risk.consent_buttons[ConsentAnswer.YES])
    qtbot.waitUntil(lambda: risk.summary.consent is ConsentAnswer.YES, timeout=WAIT_MS)
    assert panel.chat_input.hasFocus()
    qtbot.keyClicks(panel.chat_input, "!")
    assert panel.chat_input.text() == "hei du!"
    # The controls are never blocked by it, and Escape inside it closes it back to the reply.
    assert panel.end_button.isEnabled() and panel.transfer_bar.buttons["amk"].isEnabled()
    risk.answer_buttons[("plan", "no")].setFocus()
    qtbot.keyClick(risk.answer_buttons[("plan", "no")], Qt.Key.Key_Escape)
    assert not risk.isVisible()
    assert panel.chat_input.hasFocus()


@pytest.fixture
def supervisor(qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer) -> Iterator[Console]:
    built = build_console(qapp, simulator.url, login_hint="demo-supervisor", language="en")
    qtbot.addWidget(built.window)
    built.window.show()
    qtbot.waitUntil(lambda: built.window.supervisor is not None, timeout=WAIT_MS)
    yield built
    built.shutdown()


def test_an_acute_assessment_alerts_the_supervisor_within_a_second_without_content(
    qtbot: QtBot, console: Console, supervisor: Console, admin: httpx.Client
) -> None:
    view = supervisor.window.supervisor
    assert view is not None
    panel = start_chat(qtbot, console, admin)
    risk = risk_panel_of(panel)
    click(qtbot, panel.help_button)  # an older alert: the acute one still goes above it
    qtbot.waitUntil(lambda: "help:demo-volunteer" in view.alerts.rows, timeout=WAIT_MS)
    click(qtbot, panel.risk_support_button)
    for question, answer in ACUTE[:-1]:
        click(qtbot, risk.answer_buttons[(question, answer)])
    assert "risk:demo-volunteer" not in view.alerts.rows
    clicked = time.monotonic()
    click(qtbot, risk.answer_buttons[ACUTE[-1]])
    qtbot.waitUntil(lambda: "risk:demo-volunteer" in view.alerts.rows, timeout=1000)
    assert time.monotonic() - clicked < 1.0
    row = view.alerts.rows["risk:demo-volunteer"]
    assert "level acute" in row.detail.text()
    model = view.model
    flags = [model.index(r, 6).data() for r in range(model.rowCount())]
    assert any(str(f).endswith("HIGH RISK: acute") for f in flags)
    body = view.alerts.rows["help:demo-volunteer"].parentWidget()
    column = body.layout() if body is not None else None
    assert column is not None
    assert column.indexOf(row) < column.indexOf(view.alerts.rows["help:demo-volunteer"])
    assert risk.summary.level is RiskLevel.ACUTE
    assert RiskAction.SUPERVISOR_ALERTED in risk.summary.actions
    # The volunteer sees the organisation's escalation steps, and 113 one click away.
    assert risk.escalation.isVisible()
    assert "113" in risk.call_113_button.text()
    assert "AMK will ask where the caller is" in risk.location_reminder.text()
    # No content: what reached the backend is the level, never an answer.
    bodies = [c for c in admin.get("/commands").json() if str(c["path"]).endswith("/flags")]
    assert bodies and all("plan" not in str(c) and "means" not in str(c) for c in bodies)


def test_consent_is_recorded_with_its_time(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_chat(qtbot, console, admin, "voice")
    risk = risk_panel_of(panel)
    click(qtbot, panel.risk_support_button)
    click(qtbot, risk.consent_buttons[ConsentAnswer.NOT_POSSIBLE])
    qtbot.waitUntil(lambda: risk.summary.consent_at is not None, timeout=WAIT_MS)
    assert risk.summary.consent is ConsentAnswer.NOT_POSSIBLE
    assert panel.interaction.consent is not None
    assert risk.summary.consent_at == panel.interaction.consent.recorded_at
    assert "Not possible to ask, recorded at" in risk.consent_status.text()


def test_113_without_consent_goes_ahead_and_records_why(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_chat(qtbot, console, admin, "voice")
    risk = risk_panel_of(panel)
    click(qtbot, panel.risk_support_button)
    for question, answer in ACUTE:
        click(qtbot, risk.answer_buttons[(question, answer)])
    risk.reason.setCurrentIndex(risk.reason.findData("cannot_answer"))
    click(qtbot, risk.call_113_button)  # one click, no consent asked for first
    bar = panel.transfer_bar
    qtbot.waitUntil(lambda: bar.transfer is not None, timeout=WAIT_MS)
    assert bar.transfer is not None and bar.transfer.target_id == "amk"
    qtbot.waitUntil(lambda: panel.interaction.consent is not None, timeout=WAIT_MS)
    consent = panel.interaction.consent
    assert consent is not None
    assert consent.answer == "not_possible"
    assert consent.without_consent_reason == "cannot_answer"
    assert {RiskAction.TRANSFER_113, RiskAction.TRANSFER_WITHOUT_CONSENT} <= set(
        risk.summary.actions
    )


def test_the_safety_plan_arrives_in_the_chat_as_one_message_in_the_chatters_language(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_chat(qtbot, console, admin)  # a chatter writing bokmål, an English console
    risk = risk_panel_of(panel)
    click(qtbot, panel.risk_support_button)
    plan = risk.plan
    plan.fields["coping"].setFocus()
    qtbot.keyClicks(plan.fields["coping"], "gå en tur")
    qtbot.keyClicks(plan.fields["people"], "søsteren min")
    before = panel.transcript.toPlainText()
    click(qtbot, plan.send_button)
    qtbot.waitUntil(lambda: "søsteren min" in panel.transcript.toPlainText(), timeout=WAIT_MS)
    sent = [
        c
        for c in admin.get("/commands").json()
        if str(c["path"]).endswith("/messages") and not c["replayed"] and c["status"] == 201
    ]
    assert len(sent) == 1
    added = panel.transcript.toPlainText()[len(before) :]
    assert "Din plan for vanskelige stunder" in added and "Det jeg kan gjøre selv" in added
    assert "gå en tur" in added
    assert all(not edit.text() for edit in plan.fields.values())  # nothing kept
    assert RiskAction.SAFETY_PLAN_SENT in risk.summary.actions


@pytest.mark.parametrize(("answers", "heavy"), [(ACUTE, True), ((("thoughts", "no"),), False)])
def test_the_record_gets_the_risk_codes_and_a_high_risk_contact_offers_a_debrief(
    qtbot: QtBot,
    console: Console,
    admin: httpx.Client,
    answers: tuple[tuple[str, str], ...],
    heavy: bool,
) -> None:
    wait_for_contact_form(qtbot, console)
    panel = start_chat(qtbot, console, admin)
    risk = risk_panel_of(panel)
    click(qtbot, panel.risk_support_button)
    for question, answer in answers:
        click(qtbot, risk.answer_buttons[(question, answer)])
    qtbot.waitUntil(lambda: panel.interaction.flags.risk_level is not None, timeout=WAIT_MS)
    click(qtbot, panel.end_button)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    assert panel.record_form is not None
    prefilled = panel.record_form.record().get("actions", [])
    assert ("supervisor_involved" in prefilled) is heavy  # the alert went to the supervisors
    file_conversation(qtbot, panel, "mental_health.suicidal_thoughts")
    qtbot.waitUntil(lambda: console.window.contacts.count() == 0, timeout=WAIT_MS)
    records = admin.get("/records").json()
    assert len(records) == 1
    assert ("supervisor_involved" in str(records[0])) is heavy
    assert "plan" not in str(records[0]) and "means" not in str(records[0])  # codes only
    if heavy:
        qtbot.waitUntil(console.window.wellbeing.isVisible, timeout=WAIT_MS)
        assert "heavy contact" in console.window.wellbeing.message.text()
    else:
        assert "heavy contact" not in console.window.wellbeing.message.text()


def test_a_level_that_fails_to_send_is_said_and_can_be_sent_again(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_chat(qtbot, console, admin)
    risk = risk_panel_of(panel)
    click(qtbot, panel.risk_support_button)
    for question, answer in ACUTE[:-1]:
        click(qtbot, risk.answer_buttons[(question, answer)])
    qtbot.waitUntil(lambda: panel.interaction.flags.risk_level is not None, timeout=WAIT_MS)
    admin.post("/faults", json={"fail_next": 1, "status": 409}).raise_for_status()
    click(qtbot, risk.answer_buttons[ACUTE[-1]])
    qtbot.waitUntil(risk.resend_level_button.isVisible, timeout=WAIT_MS)
    assert "did not reach the supervisor" in risk.level_error.text()
    assert not panel.interaction.flags.risk
    assert RiskAction.SUPERVISOR_ALERTED not in risk.summary.actions
    click(qtbot, risk.resend_level_button)
    qtbot.waitUntil(lambda: panel.interaction.flags.risk_level == "acute", timeout=WAIT_MS)
    assert panel.interaction.flags.risk
    assert not risk.resend_level_button.isVisible()
    qtbot.waitUntil(lambda: RiskAction.SUPERVISOR_ALERTED in risk.summary.actions, timeout=WAIT_MS)


def test_a_quick_risk_flag_shows_the_assessment_without_taking_focus(
    qtbot: QtBot, console: Console, admin: httpx.Client
) -> None:
    panel = start_chat(qtbot, console, admin)
    risk = risk_panel_of(panel)
    panel.chat_input.setFocus()
    qtbot.waitUntil(panel.chat_input.hasFocus, timeout=WAIT_MS)
    qtbot.keyClicks(panel.chat_input, "jeg er her")
    panel.risk_button.click()  # as a shortcut or a click without moving focus would
    qtbot.waitUntil(lambda: panel.interaction.flags.risk, timeout=WAIT_MS)
    assert risk.isVisible()
    assert panel.chat_input.hasFocus()
    focused = QApplication.focusWidget()
    assert focused is not None and not risk.isAncestorOf(focused)
    qtbot.keyClicks(panel.chat_input, "!")
    assert panel.chat_input.text() == "jeg er her!"


def test_the_risk_form_is_read_once_a_shift_at_the_first_contact(
    qtbot: QtBot, console: Console, admin: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from console.config.risk_forms import load_form  # noqa: PLC0415
    from console.ui import risk_panel  # noqa: PLC0415

    reads: list[object] = []
    read = load_form

    def counted() -> object:
        reads.append(None)
        return read()

    monkeypatch.setattr(risk_panel, "load_form", counted)
    forms = []
    for _ in range(2):
        panel = start_chat(qtbot, console, admin)
        forms.append(risk_panel_of(panel).form)
        console.bridge.end(panel.interaction.id)
        qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
        console.bridge.wrap_up(panel.interaction.id, OutcomeCode.SUPPORTED, None)
        qtbot.waitUntil(lambda: console.window.contacts.count() == 0, timeout=WAIT_MS)
    assert forms[0] is forms[1]
    assert len(reads) == 1
