"""Exceptions and Qt warnings carrying a canary, run as its own process with the console's
output guards (the ones `python -m console` installs) in place.

    python tests/privacy/uncaught_canary.py CANARY

Used by test_canary.py: stderr must name each exception's type and place, never the canary.
"""

import os
import sys
import threading

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, qWarning
from PySide6.QtWidgets import QApplication, QWidget

from console.logs import configure_logging, log_uncaught_exceptions
from console.ui.qt_messages import route_qt_messages


class ChatLine(QObject):
    arrived = Signal(str)


def show_line(text: str) -> None:
    """A slot that fails on the chat line it was given (its argument holds the canary)."""
    raise ValueError(f"cannot show {text!r}")


class FailingWidget(QWidget):
    def __init__(self, canary: str) -> None:
        super().__init__()
        self.canary = canary

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.User:
            raise RuntimeError(f"event override failed on {self.canary}")
        return super().event(event)


def fail_in_thread(canary: str) -> None:
    raise KeyError(canary)


def main() -> int:
    canary = sys.argv[1]
    configure_logging()
    log_uncaught_exceptions()
    route_qt_messages()
    app = QApplication(sys.argv[:1])
    line = ChatLine()
    line.arrived.connect(show_line)
    widget = FailingWidget(canary)

    def run() -> None:
        line.arrived.emit(f"hei, {canary}")
        QApplication.postEvent(widget, QEvent(QEvent.Type.User))
        qWarning(f"a Qt warning about {canary}")
        worker = threading.Thread(target=fail_in_thread, args=(canary,), name="worker")
        worker.start()
        worker.join()
        QTimer.singleShot(50, app.quit)

    QTimer.singleShot(0, run)
    app.exec()
    print("guards done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
