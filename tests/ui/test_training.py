"""Training mode: every shipped scenario, played by a scripted good and a poor volunteer on the
real console against the real simulator, and the debrief each one gets."""

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.contract.enums import ConsentAnswer
from console.contract.training import Debrief, TrainingState
from console.core.errors import CoreError
from console.core.training import TrainingClient
from console.simulator.server import SimulatorServer
from console.simulator.training.schema import load_scenarios
from console.ui.contact_panel import ContactPanel
from console.ui.training import TrainingPanel
from tests.ui.helpers import open_console
from tests.ui.test_shift_workflow import WAIT_MS, go_available

SCENARIOS = sorted(load_scenarios())


@pytest.fixture
def trainee_console(
    qtbot: QtBot, qapp: QApplication, simulator: SimulatorServer
) -> Iterator[Console]:
    built = open_console(qtbot, qapp, simulator.url, training_url=simulator.url)
    yield built
    built.shutdown()


class Trainee:
    """Drives the console as a person would: clicks, typing, choices."""

    def __init__(self, qtbot: QtBot, console: Console, admin: httpx.Client) -> None:
        self.qtbot = qtbot
        self.console = console
        self.window = console.window
        self.admin = admin
        panel = self.window.training_panel
        assert panel is not None
        self.training: TrainingPanel = panel
        self.contact: ContactPanel | None = None

    def click(self, button: object) -> None:
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def start(self, scenario_id: str) -> None:
        go_available(self.qtbot, self.console)
        self.qtbot.waitUntil(
            lambda: len(self.training.scenarios) == len(SCENARIOS), timeout=WAIT_MS
        )
        self.training.start(scenario_id)
        self.qtbot.waitUntil(lambda: self.console_state().status == "waiting", timeout=WAIT_MS)
        self.let_time_pass(2)  # the contact's arrival delay

    def wait_for_offer(self) -> None:
        self.qtbot.waitUntil(lambda: self.window.offers.list.count() == 1, timeout=WAIT_MS)

    def let_time_pass(self, seconds: float) -> None:
        self.admin.post("/clock/advance", json={"seconds": seconds})

    def accept(self) -> ContactPanel:
        self.wait_for_offer()
        self.click(self.window.offers.accept_button)
        self.qtbot.waitUntil(lambda: self.window.contacts.count() == 1, timeout=WAIT_MS)
        panel = self.window.contacts.currentWidget()
        assert isinstance(panel, ContactPanel)
        self.contact = panel
        return panel

    @property
    def panel(self) -> ContactPanel:
        assert self.contact is not None
        return self.contact

    def wait_for_chat(self, text: str) -> None:
        self.qtbot.waitUntil(lambda: text in self.panel.transcript.toPlainText(), timeout=WAIT_MS)

    def wait_for_caller(self, text: str) -> None:
        lines = self.training.caller_lines
        self.qtbot.waitUntil(
            lambda: any(text in lines.item(i).text() for i in range(lines.count())),
            timeout=WAIT_MS,
        )

    def write(self, text: str) -> None:
        self.panel.chat_input.setText(text)
        self.click(self.panel.send_button)
        self.qtbot.waitUntil(lambda: text in self.panel.transcript.toPlainText(), timeout=WAIT_MS)

    def flag_risk(self) -> None:
        self.click(self.panel.risk_button)
        self.qtbot.waitUntil(lambda: self.panel.interaction.flags.risk, timeout=WAIT_MS)

    def ask_help(self) -> None:
        self.click(self.panel.help_button)
        self.qtbot.waitUntil(lambda: self.panel.interaction.flags.help_requested, timeout=WAIT_MS)

    def mark(self, check_id: str) -> None:
        self.qtbot.waitUntil(lambda: check_id in self.training.check_buttons, timeout=WAIT_MS)
        button = self.training.check_buttons[check_id]
        self.qtbot.waitUntil(button.isEnabled, timeout=WAIT_MS)
        self.click(button)
        self.qtbot.waitUntil(lambda: check_id in self.console_state().checks_done, timeout=WAIT_MS)

    def console_state(self) -> TrainingState:
        assert self.console.training is not None
        return self.console.training.state

    def transfer(self, target: str, municipality: str | None = None) -> None:
        bar = self.panel.transfer_bar
        if target == "legevakt":
            self.qtbot.waitUntil(lambda: len(self.window.municipalities()) == 357, timeout=WAIT_MS)
        self.click(bar.buttons[target])
        if target == "legevakt":
            picker = bar.picker
            assert picker is not None
            self.qtbot.waitUntil(picker.isVisible, timeout=WAIT_MS)
            if municipality is None:
                self.click(picker.unknown_button)
            else:
                self.qtbot.keyClicks(picker.search, municipality)
                self.qtbot.keyClick(picker.search, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: bar.transfer is not None, timeout=WAIT_MS)

    def complete_transfer(self) -> None:
        bar = self.panel.transfer_bar
        self.qtbot.waitUntil(
            lambda: bar.transfer is not None and bar.transfer.state == "consulting",
            timeout=WAIT_MS,
        )
        self.click(bar.complete_button)

    def end(self) -> None:
        self.click(self.panel.end_button)

    def wrap_up(self, outcome: str) -> Debrief:
        panel = self.panel
        self.qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
        panel.outcome.setCurrentIndex(panel.outcome.findData(outcome))
        self.click(panel.finish_button)
        return self.debrief()

    def debrief(self) -> Debrief:
        self.qtbot.waitUntil(
            lambda: (
                self.training.debrief_dialog is not None
                and self.training.debrief_dialog.isVisible()
            ),
            timeout=WAIT_MS,
        )
        dialog = self.training.debrief_dialog
        assert dialog is not None
        return dialog.debrief


def missed_actions(debrief: Debrief) -> list[str]:
    return [e.action for e in debrief.expectations if not e.met]


# ------------------------------------------------------------------- scripts


def youth_chat_good(t: Trainee) -> Debrief:
    t.start("youth-chat-116111")
    t.accept()
    t.let_time_pass(2)
    t.wait_for_chat("i don't know if i should write here")
    t.write("Hi, I'm glad you wrote. I'm here.")
    t.let_time_pass(6)
    t.wait_for_chat("he hit mum")
    t.flag_risk()
    t.transfer("alarmtelefonen")
    t.let_time_pass(4)
    t.complete_transfer()
    return t.wrap_up("transferred")


def youth_chat_poor(t: Trainee) -> Debrief:
    t.start("youth-chat-116111")
    t.wait_for_offer()
    t.let_time_pass(16)  # hesitates: the chatter writes while waiting
    t.accept()
    t.wait_for_chat("is anyone there")
    t.let_time_pass(40)
    t.write("ok")
    t.end()
    return t.wrap_up("supported")


def overdose_good(t: Trainee) -> Debrief:
    t.start("adult-call-113-location")
    t.accept()
    t.let_time_pass(1)
    t.wait_for_caller("taken a lot of pills")
    t.flag_risk()
    t.ask_help()
    t.let_time_pass(5)  # the simulated supervisor answers; the caller reacts
    t.qtbot.waitUntil(lambda: t.panel.interaction.flags.help_acknowledged, timeout=WAIT_MS)
    t.wait_for_caller("Don't leave me")
    t.mark("location_confirmed")
    t.let_time_pass(1)
    t.wait_for_caller("Storgata 12")
    t.transfer("amk")
    t.let_time_pass(5)
    t.complete_transfer()
    return t.wrap_up("transferred")


def overdose_poor(t: Trainee) -> Debrief:
    t.start("adult-call-113-location")
    t.accept()
    t.let_time_pass(1)
    t.wait_for_caller("taken a lot of pills")
    t.transfer("amk")  # before knowing where the caller is, and no risk flag
    t.mark("location_confirmed")
    bar = t.panel.transfer_bar
    t.qtbot.waitUntil(bar.cancel_button.isVisible, timeout=WAIT_MS)
    t.click(bar.cancel_button)  # gives up on AMK and ends the call instead
    t.qtbot.waitUntil(t.panel.end_button.isEnabled, timeout=WAIT_MS)
    t.end()
    return t.wrap_up("referred")


def legevakt_good(t: Trainee) -> Debrief:
    t.start("legevakt-other-municipality")
    t.accept()
    t.let_time_pass(10)
    t.wait_for_caller("visiting my sister in Tromsø")
    t.transfer("legevakt", "Tromsø")
    t.let_time_pass(5)
    t.complete_transfer()
    return t.wrap_up("transferred")


def legevakt_poor(t: Trainee) -> Debrief:
    t.start("legevakt-other-municipality")
    t.accept()
    t.let_time_pass(10)
    t.wait_for_caller("visiting my sister in Tromsø")
    t.transfer("legevakt")  # no municipality: the legevakt near the helpline
    t.let_time_pass(5)
    t.complete_transfer()
    return t.wrap_up("transferred")


def silent_good(t: Trainee) -> Debrief:
    t.start("silent-chatter")
    t.accept()
    t.write("Hi. You don't need to write anything. I'm here, and I'll wait with you.")
    t.let_time_pass(165)  # the chatter says thanks and leaves after 160 s
    t.wait_for_chat("thanks for waiting")
    return t.wrap_up("silent")


def silent_poor(t: Trainee) -> Debrief:
    t.start("silent-chatter")
    t.accept()
    t.let_time_pass(45)
    t.write("Hello?")
    t.end()  # gives up after less than a minute
    return t.wrap_up("misuse")


def sami_good(t: Trainee) -> Debrief:
    t.start("sami-speaking-caller")
    t.accept()
    t.let_time_pass(1)
    t.wait_for_caller("Bures")
    t.mark("language_offered")
    t.let_time_pass(2)
    t.wait_for_caller("Sámegillii")
    t.let_time_pass(70)
    t.end()
    return t.wrap_up("supported")


def sami_poor(t: Trainee) -> Debrief:
    t.start("sami-speaking-caller")
    t.wait_for_offer()
    t.let_time_pass(14)
    t.accept()
    t.let_time_pass(1)
    t.wait_for_caller("Bures")
    t.end()
    return t.wrap_up("other")


def hang_up_good(t: Trainee) -> Debrief:
    t.start("caller-hangs-up-during-transfer")
    t.accept()
    t.let_time_pass(1)
    t.wait_for_caller("standing on the bridge")
    t.flag_risk()
    t.transfer("amk")
    t.let_time_pass(5)  # the caller hangs up while 113 rings
    bar = t.panel.transfer_bar
    t.qtbot.waitUntil(bar.fallback_number.isVisible, timeout=WAIT_MS)
    assert "113" in bar.fallback_number.text()  # the number to dial by hand
    t.mark("called_113_myself")
    return t.wrap_up("abandoned")


def hang_up_poor(t: Trainee) -> Debrief:
    t.start("caller-hangs-up-during-transfer")
    t.accept()
    t.let_time_pass(95)
    t.transfer("amk")
    t.let_time_pass(5)
    t.qtbot.waitUntil(t.panel.transfer_bar.fallback_number.isVisible, timeout=WAIT_MS)
    return t.wrap_up("abandoned")


def assess_in_panel(t: Trainee, answers: tuple[tuple[str, str], ...]) -> None:
    risk = t.panel.risk_panel
    assert risk is not None
    t.click(t.panel.risk_support_button)
    for question, answer in answers:
        t.click(risk.answer_buttons[(question, answer)])
    t.qtbot.waitUntil(lambda: t.panel.interaction.flags.risk_level is not None, timeout=WAIT_MS)


def risk_chat_good(t: Trainee) -> Debrief:
    t.start("adult-chat-risk-assessment")
    t.accept()
    t.let_time_pass(2)
    t.wait_for_chat("ending my life")
    t.write("Thank you for telling me. I'm here with you.")
    t.let_time_pass(8)
    t.wait_for_chat("saved up pills")
    assess_in_panel(
        t, (("thoughts", "yes"), ("plan", "yes"), ("means", "yes"), ("time_frame", "now"))
    )
    t.qtbot.waitUntil(lambda: t.panel.interaction.flags.risk, timeout=WAIT_MS)
    t.let_time_pass(10)
    t.wait_for_chat("i don't want the police here")
    risk = t.panel.risk_panel
    assert risk is not None
    t.click(risk.consent_buttons[ConsentAnswer.YES])
    t.qtbot.waitUntil(lambda: t.panel.interaction.consent is not None, timeout=WAIT_MS)
    t.let_time_pass(3)
    t.wait_for_chat("Storgata 5")
    t.click(risk.call_113_button)
    t.qtbot.waitUntil(lambda: t.panel.transfer_bar.transfer is not None, timeout=WAIT_MS)
    t.let_time_pass(5)
    t.complete_transfer()  # AMK has it; the chat goes on until the volunteer ends it
    end_after_relay(t)
    return t.wrap_up("transferred")


def risk_chat_poor(t: Trainee) -> Debrief:
    t.start("adult-chat-risk-assessment")
    t.accept()
    t.let_time_pass(2)
    t.wait_for_chat("ending my life")
    t.write("ok")
    t.let_time_pass(8)
    t.wait_for_chat("saved up pills")
    t.flag_risk()  # a flag without an assessment, and 113 without asking for consent
    t.transfer("amk")
    t.let_time_pass(5)
    t.complete_transfer()
    end_after_relay(t)
    return t.wrap_up("transferred")


def end_after_relay(t: Trainee) -> None:
    bar = t.panel.transfer_bar
    t.qtbot.waitUntil(
        lambda: bar.transfer is not None and bar.transfer.state == "completed", timeout=WAIT_MS
    )
    t.qtbot.waitUntil(t.panel.end_button.isEnabled, timeout=WAIT_MS)
    t.end()


PLAYS: dict[str, tuple[Callable[[Trainee], Debrief], Callable[[Trainee], Debrief], list[str]]] = {
    # scenario: (good, poor, what the poor volunteer is told they missed)
    "youth-chat-116111": (
        youth_chat_good,
        youth_chat_poor,
        ["accept", "reply", "flag_risk", "transfer", "complete_transfer"],
    ),
    "adult-call-113-location": (
        overdose_good,
        overdose_poor,
        ["flag_risk", "check", "complete_transfer"],
    ),
    "legevakt-other-municipality": (legevakt_good, legevakt_poor, ["transfer"]),
    "silent-chatter": (silent_good, silent_poor, ["reply", "wrap_up"]),
    "sami-speaking-caller": (sami_good, sami_poor, ["accept", "check", "wrap_up"]),
    "adult-chat-risk-assessment": (
        risk_chat_good,
        risk_chat_poor,
        ["assess_risk", "record_consent"],
    ),
    "caller-hangs-up-during-transfer": (
        hang_up_good,
        hang_up_poor,
        ["flag_risk", "transfer", "check"],
    ),
}


def test_every_shipped_scenario_has_a_good_and_a_poor_play() -> None:
    assert sorted(PLAYS) == SCENARIOS


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_a_good_volunteer_meets_every_expectation(
    qtbot: QtBot, trainee_console: Console, admin: httpx.Client, scenario_id: str
) -> None:
    good, _, _ = PLAYS[scenario_id]
    debrief = good(Trainee(qtbot, trainee_console, admin))
    assert debrief.scenario_id == scenario_id
    assert missed_actions(debrief) == [], debrief.expectations
    assert debrief.time_to_accept_s is not None and debrief.time_to_accept_s < 10


@pytest.mark.parametrize("scenario_id", SCENARIOS)
def test_a_poor_volunteer_is_shown_what_was_missed(
    qtbot: QtBot, trainee_console: Console, admin: httpx.Client, scenario_id: str
) -> None:
    _, poor, missed = PLAYS[scenario_id]
    debrief = poor(Trainee(qtbot, trainee_console, admin))
    assert missed_actions(debrief) == missed, debrief.expectations
    assert debrief.met == len(debrief.expectations) - len(missed)


def test_training_mode_is_unmistakable_and_the_report_is_written_only_on_export(
    qtbot: QtBot, trainee_console: Console, admin: httpx.Client, tmp_path: Path
) -> None:
    window = trainee_console.window
    assert window.training_banner.isVisible()
    assert "TRAINING" in window.training_banner.text()
    assert window.windowTitle().startswith("TRAINING")
    assert window.central_area.property("training") is True
    assert not window.practise_action.isVisible()  # no training inside training
    trainee = Trainee(qtbot, trainee_console, admin)
    debrief = silent_poor(trainee)
    dialog = trainee.training.debrief_dialog
    assert dialog is not None
    assert "1 of 3" in dialog.summary.text()
    assert list(tmp_path.iterdir()) == []  # nothing on disk until the trainee exports
    report = tmp_path / "report.txt"
    dialog.export_to(report)
    text = report.read_text(encoding="utf-8")
    assert debrief.title.en in text
    assert "[ ] Write a first reply: A short, kind opening" in text
    assert "[x] Accept the contact: Someone who hesitates" in text
    assert "Hello?" not in text  # what the trainee wrote is not in the report


def test_training_never_talks_to_anything_but_this_machine() -> None:
    with pytest.raises(CoreError):
        TrainingClient("https://routing.example.no")
    TrainingClient("http://127.0.0.1:9")  # loopback is fine (nothing is sent yet)


def test_training_and_a_real_backend_cannot_be_combined() -> None:
    from console.__main__ import parse_args  # noqa: PLC0415

    with pytest.raises(SystemExit):
        parse_args(["--training", "--backend", "https://routing.example.no"])
    assert parse_args(["--training"]).training
