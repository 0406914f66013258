"""The wellbeing banner alone, on a fake clock: the shift timer, the break reminder, the
heavy-contact pause, snoozing, and the debrief request."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from console.contract.enums import Presence
from console.ui.wellbeing import SNOOZE_S, Wellbeing

pytestmark = pytest.mark.qt

BREAK_AFTER_S = 3600.0


class FakeClock:
    """Monotonic seconds that move only when the test says so."""

    def __init__(self) -> None:
        self.now = 10_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def wellbeing(qtbot: QtBot, clock: FakeClock) -> Iterator[Wellbeing]:
    host = QWidget()  # the window: it also holds the shift timer label
    qtbot.addWidget(host)
    widget = Wellbeing(break_after_s=BREAK_AFTER_S, clock=clock, parent=host)
    host.show()
    qtbot.waitExposed(host)
    yield widget  # `host` stays referenced until the test ends


def click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_shift_timer_counts_from_the_start(wellbeing: Wellbeing, clock: FakeClock) -> None:
    wellbeing.start()
    clock.now += 45 * 60 + 7
    wellbeing.tick()
    assert wellbeing.shift_label.text() == "On shift 45:07"
    assert not wellbeing.isVisible()  # nothing to say yet


def test_a_long_stretch_brings_the_reminder_once_due(
    wellbeing: Wellbeing, clock: FakeClock
) -> None:
    wellbeing.start()
    clock.now += BREAK_AFTER_S - 1
    wellbeing.tick()
    assert not wellbeing.isVisible()
    clock.now += 1
    wellbeing.tick()
    assert wellbeing.isVisible()
    message = wellbeing.message.text()
    assert message.startswith("You have been on shift for 1:00:00 without a break.")
    assert wellbeing.break_button.isVisible()
    assert wellbeing.later_button.isVisible()


def test_take_a_break_asks_for_a_break(
    qtbot: QtBot, wellbeing: Wellbeing, clock: FakeClock
) -> None:
    wellbeing.start()
    clock.now += BREAK_AFTER_S
    wellbeing.tick()
    with qtbot.waitSignal(wellbeing.takeBreak):
        click(qtbot, wellbeing.break_button)
    wellbeing.presence(Presence.BREAK)  # the backend confirms the break
    assert not wellbeing.isVisible()
    clock.now += BREAK_AFTER_S - 1
    wellbeing.tick()
    assert not wellbeing.isVisible()  # the stretch counts from the break


def test_later_snoozes_for_half_an_hour(
    qtbot: QtBot, wellbeing: Wellbeing, clock: FakeClock
) -> None:
    wellbeing.start()
    clock.now += BREAK_AFTER_S
    wellbeing.tick()
    wellbeing.later_button.setFocus()
    qtbot.keyClick(wellbeing.later_button, Qt.Key.Key_Space)
    assert not wellbeing.isVisible()
    clock.now += SNOOZE_S - 1
    wellbeing.tick()
    assert not wellbeing.isVisible()
    clock.now += 1
    wellbeing.tick()
    assert wellbeing.isVisible()


def test_a_heavy_contact_brings_a_pause_at_once(wellbeing: Wellbeing) -> None:
    wellbeing.start()
    wellbeing.heavy_contact_ended()
    assert wellbeing.isVisible()
    assert wellbeing.message.text() == (
        "That was a heavy contact. Take a moment before the next one."
    )


def test_a_debrief_request_is_answered_in_the_banner(qtbot: QtBot, wellbeing: Wellbeing) -> None:
    wellbeing.start()
    wellbeing.heavy_contact_ended()
    assert wellbeing.debrief_button.isVisible()
    with qtbot.waitSignal(wellbeing.debriefRequested):
        click(qtbot, wellbeing.debrief_button)
    wellbeing.set_debrief("requested")  # the backend's echo
    assert not wellbeing.debrief_button.isVisible()  # asked once is enough
    assert wellbeing.message.text().endswith(
        "\nA supervisor has been asked to talk it through with you."
    )
    click(qtbot, wellbeing.later_button)
    wellbeing.set_debrief("acknowledged")
    assert wellbeing.isVisible()  # the answer is shown even after the pause is dismissed
    assert wellbeing.message.text() == "A supervisor will talk it through with you."


def test_the_open_reminder_holds_offers_and_later_resumes_them(
    qtbot: QtBot, wellbeing: Wellbeing
) -> None:
    asked: list[str] = []
    wellbeing.holdOffers.connect(lambda: asked.append("hold"))
    wellbeing.resumeOffers.connect(lambda: asked.append("resume"))
    wellbeing.start()
    wellbeing.presence(Presence.AVAILABLE)
    wellbeing.heavy_contact_ended()
    assert asked == ["hold"]
    wellbeing.presence(Presence.AVAILABLE)  # the busy status is on its way: no second ask
    wellbeing.presence(Presence.BUSY)
    assert "your status is Busy" in wellbeing.message.text()
    click(qtbot, wellbeing.later_button)
    assert asked == ["hold", "resume"]
    assert "Busy" not in wellbeing.message.text()


def test_a_status_the_volunteer_chose_is_never_undone(qtbot: QtBot, wellbeing: Wellbeing) -> None:
    asked: list[str] = []
    wellbeing.holdOffers.connect(lambda: asked.append("hold"))
    wellbeing.resumeOffers.connect(lambda: asked.append("resume"))
    wellbeing.start()
    wellbeing.presence(Presence.BREAK)  # already away: nothing to hold
    wellbeing.heavy_contact_ended()
    click(qtbot, wellbeing.later_button)
    assert asked == []
    wellbeing.presence(Presence.AVAILABLE)
    wellbeing.heavy_contact_ended()
    wellbeing.presence(Presence.BUSY)
    wellbeing.presence(Presence.AVAILABLE)  # the volunteer chose Available themselves
    click(qtbot, wellbeing.later_button)
    assert asked == ["hold"]  # no resume on top of their own choice
