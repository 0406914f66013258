"""Run a core coroutine for the GUI and report its outcome as a queued Qt signal.

One small helper so that every button reports success or failure the same way: the coroutine
runs on the core thread, the outcome is delivered to the GUI thread, and everything still
pending is cancelled when the window goes away.
"""

import concurrent.futures
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

from console.core.errors import CoreError, ErrorKind
from console.core.runtime import CoreRuntime

log = logging.getLogger(__name__)


class Operation(QObject):
    """One running coroutine. `succeeded(result)` or `failed(CoreError)` fires exactly once."""

    succeeded = Signal(object)
    failed = Signal(object)
    failedNamed = Signal(str, object)  # (operation name, CoreError)
    _finished = Signal(object, object)  # (result, error) from the core thread

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.future: concurrent.futures.Future[Any] | None = None
        self.on_finished: Callable[[Operation], None] | None = None
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _on_done(self, future: concurrent.futures.Future[Any]) -> None:
        # Runs on the core thread: only emit, the slot runs on the GUI thread.
        if future.cancelled():
            return
        error = future.exception()
        if error is None:
            self._finished.emit(future.result(), None)
        elif isinstance(error, CoreError):
            self._finished.emit(None, error)
        else:
            log.error("operation %s failed unexpectedly: %s", self.name, type(error).__name__)
            self._finished.emit(None, CoreError(ErrorKind.SERVER, f"{self.name} failed"))

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        if error is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(error)
            self.failedNamed.emit(self.name, error)
        if self.on_finished is not None:
            self.on_finished(self)
        self.deleteLater()


class OperationRunner(QObject):
    def __init__(self, runtime: CoreRuntime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runtime = runtime
        self._running: set[Operation] = set()

    def run(self, name: str, coro: Coroutine[Any, Any, Any]) -> Operation:
        operation = Operation(name, self)
        self._running.add(operation)
        operation.on_finished = self._running.discard
        future = self._runtime.submit(coro)
        operation.future = future
        future.add_done_callback(operation._on_done)
        return operation

    def pending(self) -> int:
        return sum(1 for op in self._running if op.future is not None and not op.future.done())

    def cancel_all(self) -> None:
        for operation in list(self._running):
            if operation.future is not None:
                operation.future.cancel()
