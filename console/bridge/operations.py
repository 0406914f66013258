"""Run a core coroutine for the GUI and report its outcome as a Qt signal on the GUI thread.

One small helper so that every button reports success or failure the same way. The future
(owned by the core thread) refers to no Qt object: only to the mailbox sender, a token and a
callback bound here on the GUI thread. Everything still pending is cancelled at shutdown.
"""

import concurrent.futures
import functools
import itertools
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from console.bridge.mailbox import GuiMailbox, MailboxSender
from console.bridge.operation_names import OperationName
from console.core.errors import CoreError, ErrorKind
from console.core.runtime import CoreRuntime

log = logging.getLogger(__name__)


class Operation(QObject):
    """One running coroutine. `succeeded(result)` or `failed(CoreError)` fires exactly once,
    on the GUI thread (the core thread only posts its outcome to the mailbox)."""

    succeeded = Signal(object)
    failed = Signal(object)
    failedNamed = Signal(object, object)  # (OperationName, CoreError)

    def __init__(self, name: OperationName, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.future: concurrent.futures.Future[Any] | None = None

    def deliver(self, result: object, error: object) -> None:
        if error is None:
            self.succeeded.emit(result)
        else:
            self.failed.emit(error)
            self.failedNamed.emit(self.name, error)


def _report(
    sender: MailboxSender,
    finish: Callable[[int, object, object], None],
    token: int,
    name: OperationName,
    future: concurrent.futures.Future[Any],
) -> None:
    """Runs on the core thread when the future is done: plain Python only."""
    if future.cancelled():
        return
    error = future.exception()
    if error is None:
        sender.post(finish, token, future.result(), None)
    elif isinstance(error, CoreError):
        sender.post(finish, token, None, error)
    else:
        log.error("operation %s failed unexpectedly: %s", name, type(error).__name__)
        sender.post(finish, token, None, CoreError(ErrorKind.SERVER, f"{name} failed"))


class OperationRunner(QObject):
    """Starts operations. GUI thread only (`run`, `cancel_all`, and `_finished` through the
    mailbox); the coroutines themselves run on the core thread."""

    def __init__(
        self, runtime: CoreRuntime, mailbox: GuiMailbox, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._runtime = runtime
        self._postbox = mailbox.postbox
        self._tokens = itertools.count(1)
        self._running: dict[int, Operation] = {}
        self._finish = self._finished  # bound once, here on the GUI thread

    def run(self, name: OperationName, coro: Coroutine[Any, Any, Any]) -> Operation:
        operation = Operation(name, self)
        if not self._runtime.running:
            # A late signal after shutdown (a sign-in answer that arrives as the window
            # closes): nothing is left to run it, and nobody is left to tell.
            coro.close()
            log.info("operation %s asked for after shutdown: not run", name.value)
            return operation
        token = next(self._tokens)
        self._running[token] = operation
        future = self._runtime.submit(coro)
        operation.future = future
        future.add_done_callback(
            functools.partial(_report, self._postbox, self._finish, token, name)
        )
        return operation

    def _finished(self, token: int, result: object, error: object) -> None:
        operation = self._running.pop(token, None)
        if operation is not None:
            operation.deliver(result, error)
            operation.deleteLater()

    def cancel_all(self) -> None:
        for operation in list(self._running.values()):
            if operation.future is not None:
                operation.future.cancel()
