"""A training console started by a live console ends with it: it watches the pipe on its
stdin, and the pipe closes when the parent shuts down or dies."""

import threading
from typing import BinaryIO

from PySide6.QtCore import QObject, Signal


class ParentWatch(QObject):
    """`gone` fires once the parent's pipe is closed. A daemon thread only reads the pipe
    (blocking) and emits; the signal reaches the GUI thread queued, where the app quits."""

    gone = Signal()

    def __init__(self, pipe: BinaryIO, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pipe = pipe
        self._thread = threading.Thread(target=self._read, name="parent-watch", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def join(self, timeout_s: float) -> None:
        self._thread.join(timeout_s)

    def _read(self) -> None:
        try:
            while self._pipe.read(4096):
                pass  # the parent never writes; anything it did would be ignored
        except (OSError, ValueError):
            pass  # a pipe that fails is a parent that is gone
        self.gone.emit()
