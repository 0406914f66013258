"""Hand work from the core thread to the GUI thread without touching Qt on the core thread.

PySide6 6.8+ is fragile when a thread Qt did not create emits signals carrying Python objects
(PYSIDE-3124). So the core thread never emits, never looks up an attribute of a Qt object and
never holds the last reference to one: it only holds a `MailboxSender`, plain Python, a queue
and one end of a socket pair. It queues a call
that was bound on the GUI thread and writes one byte; a QSocketNotifier on the GUI thread wakes
up, drains the queue and runs the calls there. A burst of events costs one wake-up.

A very large burst (5,000 offers at once from a broken backend) is run in short passes: after
CALLS_PER_PASS calls or PASS_BUDGET_S, the rest waits for the next pass of the event loop, so
the slots those calls reach (connected queued) run, and the window paints and takes keys,
in between. Order is kept; an ordinary burst still fits in one pass.
"""

import contextlib
import logging
import queue
import socket
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Slot

log = logging.getLogger(__name__)

Call = tuple[Callable[..., Any], tuple[Any, ...]]

# One pass of the GUI loop runs at most this many calls, or calls for at most this long. Each
# call's queued receivers run after the pass, so the count bounds their work too.
CALLS_PER_PASS = 5
PASS_BUDGET_S = 0.004


class MailboxSender:
    """The only part of the bridge the core thread may hold: no Qt inside."""

    def __init__(self, calls: "queue.SimpleQueue[Call]", writer: socket.socket) -> None:
        self._calls = calls
        self._writer = writer

    def post(self, call: Callable[..., Any], *args: Any) -> None:
        """From any thread: run `call(*args)` on the GUI thread soon. `call` must have been
        bound on the GUI thread (a plain function, or a method looked up there)."""
        self._calls.put((call, args))
        # A full socket already holds wake-ups; the queue holds the call either way.
        with contextlib.suppress(OSError):
            self._writer.send(b"\x01")


class GuiMailbox(QObject):
    """Owned and drained by the GUI thread; only `postbox` is handed to other threads."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: queue.SimpleQueue[Call] = queue.SimpleQueue()
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self.postbox = MailboxSender(self._calls, self._writer)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        # The rest of a large burst: a zero timer fires once the event loop has run what the
        # previous pass queued (posted events first, then timers and sockets).
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._drain)

    @Slot()
    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            while self._reader.recv(4096):
                pass
        deadline = time.monotonic() + PASS_BUDGET_S
        for _ in range(CALLS_PER_PASS):
            try:
                call, args = self._calls.get_nowait()
            except queue.Empty:
                return
            try:
                call(*args)
            except Exception:
                log.exception("GUI delivery failed")
            if time.monotonic() > deadline:
                break
        if not self._calls.empty():
            self._more.start()

    def close(self) -> None:
        self._more.stop()
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
