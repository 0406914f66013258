"""A burst through the mailbox keeps its order and lets the GUI loop run in between."""

import threading

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from console.bridge.mailbox import CALLS_PER_PASS, GuiMailbox

pytestmark = pytest.mark.qt


def test_a_large_burst_is_run_in_order_in_short_passes(qtbot: QtBot) -> None:
    mailbox = GuiMailbox()
    timeline: list[str] = []  # "c" a call ran, "t" the GUI loop ran a timer in between
    ran: list[int] = []
    beat = QTimer()
    beat.setInterval(0)
    beat.timeout.connect(lambda: timeline.append("t"))

    def delivered(index: int) -> None:
        ran.append(index)
        timeline.append("c")

    burst = 20 * CALLS_PER_PASS

    def post_all() -> None:
        for index in range(burst):
            mailbox.postbox.post(delivered, index)

    sender = threading.Thread(target=post_all)
    try:
        beat.start()
        sender.start()
        sender.join()
        qtbot.waitUntil(lambda: len(ran) == burst, timeout=10_000)
    finally:
        beat.stop()
        mailbox.close()
    assert ran == list(range(burst))
    calls = "".join(timeline).strip("t")
    runs = [len(run) for run in calls.split("t") if run]
    assert len(runs) >= 10  # the loop ran between passes, many times over
    assert max(runs) <= CALLS_PER_PASS
