"""Care on a long shift: the break reminder, the heavy-contact pause, and a debrief request
that reaches a supervisor and comes back answered."""

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from console.app import Console
from console.simulator.server import SimulatorServer
from console.ui.wellbeing import BREAK_AFTER_S
from tests.ui.helpers import file_conversation, open_console, wait_for_contact_form
from tests.ui.test_shift_workflow import WAIT_MS, accept_first, go_available


class FakeClock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_long_stretch_brings_a_gentle_break_reminder(
    qtbot: QtBot, console: Console, simulator: SimulatorServer
) -> None:
    window = console.window
    clock = FakeClock()
    window.wellbeing.clock = clock
    window.wellbeing.start()
    window.wellbeing.tick()
    assert not window.wellbeing.isVisible()
    clock.now += BREAK_AFTER_S + 60
    window.wellbeing.tick()
    assert window.wellbeing.isVisible()
    assert "2:01:00 without a break" in window.wellbeing.message.text()
    assert window.wellbeing.shift_label.text() == "On shift 2:01:00"
    click(qtbot, window.wellbeing.break_button)
    engine = simulator.sim.engine
    qtbot.waitUntil(lambda: engine.agents["demo-volunteer"].presence == "break", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.wellbeing.isVisible(), timeout=WAIT_MS)


def test_later_snoozes_the_reminder(console: Console) -> None:
    wellbeing = console.window.wellbeing
    clock = FakeClock()
    wellbeing.clock = clock
    wellbeing.start()
    clock.now += BREAK_AFTER_S
    wellbeing.tick()
    assert wellbeing.isVisible()
    wellbeing.later_button.click()
    assert not wellbeing.isVisible()
    clock.now += 60
    wellbeing.tick()
    assert not wellbeing.isVisible()  # not again for half an hour
    clock.now += 30 * 60
    wellbeing.tick()
    assert wellbeing.isVisible()


def test_a_heavy_contact_offers_a_pause_and_a_debrief_that_a_supervisor_answers(
    qtbot: QtBot,
    qapp: QApplication,
    console: Console,
    admin: httpx.Client,
    simulator: SimulatorServer,
) -> None:
    window = console.window
    wait_for_contact_form(qtbot, console)
    go_available(qtbot, console)
    admin.post("/interactions", json={"channel": "chat", "age_group": "adult"})
    panel = accept_first(qtbot, console)
    click(qtbot, panel.risk_button)
    qtbot.waitUntil(lambda: panel.interaction.flags.risk, timeout=WAIT_MS)
    click(qtbot, panel.end_button)
    qtbot.waitUntil(panel.wrap_up.isVisible, timeout=WAIT_MS)
    file_conversation(qtbot, panel, "mental_health.suicidal_thoughts")
    qtbot.waitUntil(window.wellbeing.isVisible, timeout=WAIT_MS)
    assert "heavy contact" in window.wellbeing.message.text()
    click(qtbot, window.wellbeing.debrief_button)
    engine = simulator.sim.engine
    qtbot.waitUntil(lambda: engine.agents["demo-volunteer"].debrief == "requested", timeout=WAIT_MS)
    qtbot.waitUntil(
        lambda: "has been asked to talk it through" in window.wellbeing.message.text(),
        timeout=WAIT_MS,
    )
    # The supervisor sees it ring and answers with one click.
    supervisor = open_console(qtbot, qapp, simulator.url, "demo-supervisor")
    try:
        qtbot.waitUntil(lambda: supervisor.window.supervisor is not None, timeout=WAIT_MS)
        view = supervisor.window.supervisor
        assert view is not None
        qtbot.waitUntil(
            lambda: any(a.kind == "debrief" for a in view.active_alerts()), timeout=WAIT_MS
        )
        row = view.alerts.rows["debrief:demo-volunteer"]
        assert "would like a debrief" in row.headline.text()
        row.button.click()
        qtbot.waitUntil(
            lambda: engine.agents["demo-volunteer"].debrief == "acknowledged", timeout=WAIT_MS
        )
        qtbot.waitUntil(lambda: not view.active_alerts(), timeout=WAIT_MS)
        # Waited for with the supervisor's window still open: a wait after its shutdown would
        # run its deferred delete, and pytest-qt would then close a deleted window.
        qtbot.waitUntil(
            lambda: "will talk it through with you" in window.wellbeing.message.text(),
            timeout=WAIT_MS,
        )
    finally:
        supervisor.shutdown()
