"""Hand work from the core thread to the GUI thread without touching Qt on the core thread.

PySide6 6.8+ is fragile when a thread Qt did not create emits signals carrying Python objects
(PYSIDE-3124). So the core thread never emits, never looks up an attribute of a Qt object and
never holds the last reference to one: it only holds a `MailboxSender`, plain Python, a queue
and one end of a socket pair. It queues a call
that was bound on the GUI thread and writes one byte; a QSocketNotifier on the GUI thread wakes
up, drains the queue and runs the calls there. A burst of events costs one wake-up.

A very large burst (5,000 offers at once from a broken backend) is run in passes: after some
calls, or PASS_BUDGET_S of them, the rest waits for the next pass of the event loop, so the
slots those calls reach (connected queued) run, and the window paints and takes keys, in
between. The receivers' cost is not seen by the calls, so each pass ends by posting a marker
of its own behind the queued slots it set off; when the marker arrives, those slots have run
(a repaint, posted later at low priority, is not counted: it costs the same for any pass).
The calls per pass are halved while that work takes longer than WORK_TARGET_S and doubled
while it takes under half of that, never below CALLS_PER_PASS_MIN (fewer calls per pass
would mean more repaints than a flood of team updates can afford). Cheap events go in large
passes and repaint seldom; costly ones (a long chat line to lay out) in small ones. Order is
kept; an ordinary burst fits in one pass.

Both threads run Python, and only one at a time holds the GIL. While the core thread works
through a flood (validating 5,000 envelopes takes it a few hundred milliseconds), every step of
the GUI thread into Python (a slot, a timer, an event filter: dozens per turn of the event loop)
waited for the core thread to be made to let go, up to the switch interval each time: the window
froze for as long as the flood lasted. So a poster other than the GUI thread, finding more than
BACKLOG_YIELD calls not yet run, pauses for YIELD_S after posting: it holds no GIL while it
sleeps, the GUI thread runs its turn unhindered, and the flood is slowed to what the window can
take. Nothing is dropped or reordered; an ordinary burst never waits.
"""

import contextlib
import logging
import queue
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Qt, Signal, Slot

log = logging.getLogger(__name__)

Call = tuple[Callable[..., Any], tuple[Any, ...]]

PASS_BUDGET_S = 0.004  # the calls themselves, per pass
WORK_TARGET_S = 0.012  # a pass and the queued slots it set off
CALLS_PER_PASS_MIN = 16  # no more repaints than one per ~10 ms slice of a 1,000 events/s flood
CALLS_PER_PASS_FIRST = 16
CALLS_PER_PASS_MAX = 256
BACKLOG_YIELD = 64  # calls waiting for the GUI thread: above this, a poster pauses
YIELD_S = 0.001
WAKE_UPS_PER_READ = 65536  # one byte per post: a read takes all a burst wrote, usually


class MailboxSender:
    """The only part of the bridge the core thread may hold: no Qt inside. Made on the GUI
    thread (`gui_thread` is its ident); `post` is called from any thread."""

    def __init__(
        self,
        calls: "queue.SimpleQueue[Call]",
        writer: socket.socket,
        gui_thread: int,
        pause: Callable[[float], None] = time.sleep,
    ) -> None:
        self._calls = calls
        self._writer = writer
        self._gui_thread = gui_thread
        self._pause = pause

    def post(self, call: Callable[..., Any], *args: Any) -> None:
        """From any thread: run `call(*args)` on the GUI thread soon. `call` must have been
        bound on the GUI thread (a plain function, or a method looked up there). A poster on
        another thread pauses while the GUI thread is behind (see the module docstring)."""
        self._calls.put((call, args))
        # A full socket already holds wake-ups; the queue holds the call either way.
        with contextlib.suppress(OSError):
            self._writer.send(b"\x01")
        if self._calls.qsize() > BACKLOG_YIELD and threading.get_ident() != self._gui_thread:
            self._pause(YIELD_S)


class GuiMailbox(QObject):
    """Owned and drained on the GUI thread; only its `postbox` (a MailboxSender) is handed to
    the core thread."""

    _passDone = Signal()  # connected queued: arrives after the slots a pass set off

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: queue.SimpleQueue[Call] = queue.SimpleQueue()
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self.postbox = MailboxSender(self._calls, self._writer, threading.get_ident())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        self.calls_per_pass = CALLS_PER_PASS_FIRST
        self._pass_started = 0.0
        self._work_s: float | None = None  # the last pass and its slots, once they have run
        self._passDone.connect(self._pass_done, Qt.ConnectionType.QueuedConnection)

    @Slot()
    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            # One read, never a loop until the socket is empty: while the core thread goes on
            # posting (5,000 events validated one after another), such a loop chased its
            # wake-ups for as long as it posted, and every read gave up the GIL and waited for
            # the busy core thread to hand it back. Bytes left over only wake us once more.
            self._reader.recv(WAKE_UPS_PER_READ)
        work, self._work_s = self._work_s, None
        if work is not None:
            if work > WORK_TARGET_S:
                self.calls_per_pass = max(CALLS_PER_PASS_MIN, self.calls_per_pass // 2)
            elif work < WORK_TARGET_S / 2:
                self.calls_per_pass = min(CALLS_PER_PASS_MAX, self.calls_per_pass * 2)
        self._pass_started = time.monotonic()
        deadline = self._pass_started + PASS_BUDGET_S
        for _ in range(self.calls_per_pass):
            try:
                call, args = self._calls.get_nowait()
            except queue.Empty:
                break
            try:
                call(*args)
            except Exception:
                log.exception("GUI delivery failed")
            if time.monotonic() > deadline:
                break
        if not self._calls.empty():
            self._passDone.emit()
            # The rest waits for the socket to wake us again: on the next turn of the loop,
            # after the posted events (the queued slots of this pass, the repaint). A zero
            # timer could fire in this same turn, before them.
            with contextlib.suppress(OSError):
                self._writer.send(b"\x01")

    @Slot()
    def _pass_done(self) -> None:
        self._work_s = time.monotonic() - self._pass_started

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
