"""A burst through the mailbox keeps its order and lets the GUI loop run in between; the
passes shrink when what they set off is costly and grow when it is cheap."""

import queue
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from pytestqt.qtbot import QtBot

from console.bridge.mailbox import (
    BACKLOG_YIELD,
    CALLS_PER_PASS_FIRST,
    CALLS_PER_PASS_MIN,
    WORK_TARGET_S,
    Call,
    GuiMailbox,
    MailboxSender,
)

pytestmark = pytest.mark.qt


class Relay(QObject):
    """Like the session bridge: the mailbox call emits, a receiver connected queued runs."""

    delivered = Signal(int)


def burst(qtbot: QtBot, count: int, receiver_cost_s: float) -> tuple[list[int], list[int]]:
    """Post `count` calls at once from another thread; return the order the receiver saw and
    how many receivers ran between two turns of the GUI loop (a 0 ms timer marks a turn)."""
    mailbox = GuiMailbox()
    relay = Relay()
    ran: list[int] = []
    timeline: list[str] = []

    def receive(index: int) -> None:
        until = time.perf_counter() + receiver_cost_s
        while time.perf_counter() < until:
            pass
        ran.append(index)
        timeline.append("c")

    relay.delivered.connect(receive, Qt.ConnectionType.QueuedConnection)
    emit: Callable[..., Any] = relay.delivered.emit
    beat = QTimer()
    beat.setInterval(0)
    beat.timeout.connect(lambda: timeline.append("t"))

    def post_all() -> None:
        for index in range(count):
            mailbox.postbox.post(emit, index)

    sender = threading.Thread(target=post_all)
    try:
        beat.start()
        sender.start()
        # The GUI loop runs while the sender posts: a sender far ahead of it pauses.
        qtbot.waitUntil(lambda: not sender.is_alive(), timeout=30_000)
        sender.join()
        qtbot.waitUntil(lambda: len(ran) == count, timeout=30_000)
    finally:
        beat.stop()
        mailbox.close()
    runs = [len(run) for run in "".join(timeline).split("t") if run]
    return ran, runs


def test_costly_receivers_get_small_passes_in_order(qtbot: QtBot) -> None:
    cost = 0.003
    ran, runs = burst(qtbot, 300, cost)
    assert ran == list(range(300))
    assert max(runs) <= CALLS_PER_PASS_FIRST
    settled = runs[len(runs) // 2 :]
    # A pass fits the cycle target, or is as small as passes get.
    assert max(settled) <= max(CALLS_PER_PASS_MIN, 2 * WORK_TARGET_S / cost)
    assert len(runs) >= 300 / CALLS_PER_PASS_FIRST  # the loop turned between passes


def test_cheap_receivers_get_large_passes(qtbot: QtBot) -> None:
    ran, runs = burst(qtbot, 4000, 0.0)
    assert ran == list(range(4000))
    assert max(runs) > CALLS_PER_PASS_FIRST  # fewer repaints for a flood of cheap updates


def test_a_poster_far_ahead_of_the_gui_pauses_and_nothing_is_lost() -> None:
    """While the GUI thread is behind, a poster on another thread pauses after each post (it
    holds no GIL while it sleeps); the GUI thread itself never pauses. Counted, not timed."""
    calls: queue.SimpleQueue[Call] = queue.SimpleQueue()
    reader, writer = socket.socketpair()
    writer.setblocking(False)
    pauses: list[threading.Thread] = []
    sender = MailboxSender(
        calls, writer, threading.get_ident(), lambda _s: pauses.append(threading.current_thread())
    )
    try:

        def post_many() -> None:
            for index in range(300):
                sender.post(print, index)

        worker = threading.Thread(target=post_many)
        worker.start()
        worker.join()
        assert len(pauses) == 300 - BACKLOG_YIELD and set(pauses) == {worker}
        for index in range(300, 400):  # the GUI thread posting to itself never waits
            sender.post(print, index)
        assert len(pauses) == 300 - BACKLOG_YIELD
        delivered = [calls.get_nowait()[1][0] for _ in range(400)]
        assert delivered == list(range(400)) and calls.empty()
    finally:
        reader.close()
        writer.close()
