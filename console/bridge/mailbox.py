"""Hand work from the core thread to the GUI thread without touching Qt on the core thread.

PySide6 6.8+ is fragile when a thread Qt did not create emits signals carrying Python objects
(PYSIDE-3124). So the core thread never emits, never looks up an attribute of a Qt object and
never holds the last reference to one: it only holds a `MailboxSender`, plain Python, a queue
and one end of a socket pair. It queues a call
that was bound on the GUI thread and writes one byte; a QSocketNotifier on the GUI thread wakes
up, drains the queue and runs the calls there. A burst of events costs one wake-up.
"""

import contextlib
import logging
import queue
import socket
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Slot

log = logging.getLogger(__name__)

Call = tuple[Callable[..., Any], tuple[Any, ...]]


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
    """Owned and drained on the GUI thread; only its `postbox` (a MailboxSender) is handed to
    the core thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: queue.SimpleQueue[Call] = queue.SimpleQueue()
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self.postbox = MailboxSender(self._calls, self._writer)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    @Slot()
    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            while self._reader.recv(4096):
                pass
        while True:
            try:
                call, args = self._calls.get_nowait()
            except queue.Empty:
                return
            try:
                call(*args)
            except Exception:
                log.exception("GUI delivery failed")

    def close(self) -> None:
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
